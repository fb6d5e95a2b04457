"""Our own team: the key-account managers, engineers and sponsors who serve the accounts.

Shared by all demo accounts; each account's team is picked by language (the
Russian team works the Russian accounts, the European team the others).
"""

from __future__ import annotations

from dataclasses import dataclass

from db.enums import TeamRole


@dataclass(frozen=True)
class TeamSpec:
    """A member of our own team; ``language`` says which accounts they mostly work."""

    name: str
    title: str
    department: str
    email: str
    phone: str
    language: str
    roles: tuple[TeamRole, ...]


TEAM: tuple[TeamSpec, ...] = (
    TeamSpec("Андрей Викторович Соколов", "Менеджер по ключевым клиентам", "Отдел ключевых клиентов",
             "a.sokolov@kinetra.ru", "+7 (343) 310-22-41", "ru", (TeamRole.ACCOUNT_MANAGER,)),
    TeamSpec("Екатерина Сергеевна Громова", "Менеджер по ключевым клиентам", "Отдел ключевых клиентов",
             "e.gromova@kinetra.ru", "+7 (846) 205-17-03", "ru", (TeamRole.ACCOUNT_MANAGER,)),
    TeamSpec("Игорь Павлович Рябинин", "Руководитель сервисного направления", "Сервис",
             "i.ryabinin@kinetra.ru", "+7 (343) 310-22-57", "ru", (TeamRole.SERVICE_MANAGER,)),
    TeamSpec("Максим Олегович Дьяков", "Ведущий инженер по применению", "Инжиниринг",
             "m.dyakov@kinetra.ru", "+7 (343) 310-22-64", "ru",
             (TeamRole.TECHNICAL_LEAD, TeamRole.SALES_ENGINEER)),
    TeamSpec("Ольга Николаевна Прокофьева", "Менеджер по логистике", "Логистика",
             "o.prokofyeva@kinetra.ru", "+7 (495) 640-11-28", "ru", (TeamRole.LOGISTICS,)),
    TeamSpec("Дмитрий Андреевич Лебедев", "Директор по продажам, Россия", "Продажи",
             "d.lebedev@kinetra.ru", "+7 (495) 640-11-01", "ru", (TeamRole.EXECUTIVE_SPONSOR,)),
    TeamSpec("Katrin Vogel", "Key Account Manager DACH", "Key Accounts", "katrin.vogel@kinetra.eu",
             "+49 711 4402 318", "en", (TeamRole.ACCOUNT_MANAGER,)),
    TeamSpec("Joost Verbeek", "Key Account Manager Benelux & Nordics", "Key Accounts",
             "joost.verbeek@kinetra.eu", "+31 40 238 7712", "en", (TeamRole.ACCOUNT_MANAGER,)),
    TeamSpec("Lukas Hartwig", "Senior Application Engineer", "Engineering", "lukas.hartwig@kinetra.eu",
             "+49 711 4402 355", "en", (TeamRole.TECHNICAL_LEAD, TeamRole.SALES_ENGINEER)),
    TeamSpec("Emma Lindqvist", "Service Manager Europe", "Service", "emma.lindqvist@kinetra.eu",
             "+46 8 5560 2210", "en", (TeamRole.SERVICE_MANAGER,)),
    TeamSpec("Marco Ferretti", "Logistics Coordinator", "Supply Chain", "marco.ferretti@kinetra.eu",
             "+49 711 4402 390", "en", (TeamRole.LOGISTICS,)),
    TeamSpec("Thomas Reinholt", "VP Sales Europe", "Sales", "thomas.reinholt@kinetra.eu",
             "+49 711 4402 300", "en", (TeamRole.EXECUTIVE_SPONSOR,)),
)

#: How often each team role takes part in the account's interactions.
TEAM_ROLE_WEIGHT = {
    TeamRole.ACCOUNT_MANAGER: 10,
    TeamRole.TECHNICAL_LEAD: 4,
    TeamRole.SERVICE_MANAGER: 4,
    TeamRole.SALES_ENGINEER: 3,
    TeamRole.LOGISTICS: 3,
    TeamRole.EXECUTIVE_SPONSOR: 1,
}
