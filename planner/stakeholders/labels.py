"""The few words the map pictures carry (legend, quadrants, badges), in English and Russian.

Kept apart from the renderer so a translator finds them in one place; the
planner elsewhere returns enums, and the UI words those itself.
"""

from __future__ import annotations

from db.enums import Attitude, BuyingCentreRole, LinkKind, MillerHeimanRole, RoleFramework
from planner.stakeholders.baseline import ChangeKind

LANGS = ("en", "ru")

_EN: dict[str, str] = {
    "title": "Stakeholder map",
    "grid_title": "Power / interest grid",
    "as_of": "as of {date}",
    "people": "{n} people",
    "left_count": "{n} left",
    "site": "site: {site}",
    "reporting": "reports to",
    "stale": "no contact > {days} d",
    "left": "left the company",
    "left_tag": "LEFT {date}",
    "left_tag_undated": "LEFT",
    "never": "never",
    "days": "{n} d",
    "no_owner": "no owner",
    "changed": "changed since {name}",
    "since": "Since {name} ({date}): {summary}",
    "coverage": "owned {a} → {b}",
    "removed": "removed: {names}",
    "unplaced": "No reporting line",
    "interest_axis": "Interest →",
    "influence_axis": "Influence →",
    "q_manage": "Manage closely",
    "q_satisfy": "Keep satisfied",
    "q_inform": "Keep informed",
    "q_monitor": "Monitor",
    "roles_key": "EB economic buyer · UB user buyer · TB technical buyer · Dec decider · Appr approver",
    "infl": "infl",
    "rel": "rel",
    "dots_key": "infl ●●●○○ influence (also border weight) · rel ●●○○○ our relationship, then its owner",
}

_RU: dict[str, str] = {
    "title": "Карта влияния",
    "grid_title": "Матрица влияния и интереса",
    "as_of": "на {date}",
    "people": "{n} чел.",
    "left_count": "{n} ушли",
    "site": "площадка: {site}",
    "reporting": "подчинение",
    "stale": "нет контакта > {days} дн.",
    "left": "ушёл из компании",
    "left_tag": "УШЁЛ {date}",
    "left_tag_undated": "УШЁЛ",
    "never": "никогда",
    "days": "{n} дн.",
    "no_owner": "нет владельца",
    "changed": "изменилось с {name}",
    "since": "С {name} ({date}): {summary}",
    "coverage": "с владельцем {a} → {b}",
    "removed": "удалены: {names}",
    "unplaced": "Без линии подчинения",
    "interest_axis": "Интерес →",
    "influence_axis": "Влияние →",
    "q_manage": "Плотно работать",
    "q_satisfy": "Удовлетворять",
    "q_inform": "Информировать",
    "q_monitor": "Наблюдать",
    "roles_key": "ЭП экон. покупатель · ПП пользователь · ТП технический · ЛПР · Утв утверждает",
    "infl": "влиян",
    "rel": "отн",
    "dots_key": "влиян ●●●○○ влияние (и толщина рамки) · отн ●●○○○ наши отношения и их владелец",
}

_ATTITUDES = {
    "en": {Attitude.CHAMPION: "champion", Attitude.SUPPORTER: "supporter", Attitude.NEUTRAL: "neutral",
           Attitude.SCEPTIC: "sceptic", Attitude.BLOCKER: "blocker"},
    "ru": {Attitude.CHAMPION: "чемпион", Attitude.SUPPORTER: "сторонник", Attitude.NEUTRAL: "нейтрален",
           Attitude.SCEPTIC: "скептик", Attitude.BLOCKER: "блокирует"},
}

_LINKS = {
    "en": {LinkKind.INFLUENCE: "influences", LinkKind.ALLY: "allies", LinkKind.CONFLICT: "conflict"},
    "ru": {LinkKind.INFLUENCE: "влияет", LinkKind.ALLY: "союзники", LinkKind.CONFLICT: "конфликт"},
}

_ROLES = {
    "en": {
        MillerHeimanRole.ECONOMIC_BUYER: "EB", MillerHeimanRole.USER_BUYER: "UB",
        MillerHeimanRole.TECHNICAL_BUYER: "TB", MillerHeimanRole.COACH: "Coach",
        BuyingCentreRole.INITIATOR: "Init", BuyingCentreRole.USER: "User",
        BuyingCentreRole.INFLUENCER: "Infl", BuyingCentreRole.DECIDER: "Dec",
        BuyingCentreRole.BUYER: "Buyer", BuyingCentreRole.GATEKEEPER: "Gate",
        BuyingCentreRole.APPROVER: "Appr",
    },
    "ru": {
        MillerHeimanRole.ECONOMIC_BUYER: "ЭП", MillerHeimanRole.USER_BUYER: "ПП",
        MillerHeimanRole.TECHNICAL_BUYER: "ТП", MillerHeimanRole.COACH: "Коуч",
        BuyingCentreRole.INITIATOR: "Иниц", BuyingCentreRole.USER: "Польз",
        BuyingCentreRole.INFLUENCER: "Влиян", BuyingCentreRole.DECIDER: "ЛПР",
        BuyingCentreRole.BUYER: "Закуп", BuyingCentreRole.GATEKEEPER: "Привр",
        BuyingCentreRole.APPROVER: "Утв",
    },
}

_CHANGES = {
    "en": {
        ChangeKind.JOINED: "NEW", ChangeKind.LEFT: "LEFT", ChangeKind.RETURNED: "BACK",
        ChangeKind.REMOVED: "removed", ChangeKind.ATTITUDE_WARMED: "warmer",
        ChangeKind.ATTITUDE_COOLED: "cooler", ChangeKind.INFLUENCE_UP: "infl ▲",
        ChangeKind.INFLUENCE_DOWN: "infl ▼", ChangeKind.INTEREST_UP: "int ▲",
        ChangeKind.INTEREST_DOWN: "int ▼", ChangeKind.COVERAGE_GAINED: "owned",
        ChangeKind.COVERAGE_LOST: "unowned", ChangeKind.OWNER_CHANGED: "new owner",
        ChangeKind.RELATIONSHIP_STRONGER: "rel ▲", ChangeKind.RELATIONSHIP_WEAKER: "rel ▼",
        ChangeKind.ROLE_GAINED: "+role", ChangeKind.ROLE_LOST: "−role",
        ChangeKind.MANAGER_CHANGED: "moved", ChangeKind.LINK_ADDED: "+link",
        ChangeKind.LINK_REMOVED: "−link",
    },
    "ru": {
        ChangeKind.JOINED: "НОВЫЙ", ChangeKind.LEFT: "УШЁЛ", ChangeKind.RETURNED: "ВЕРНУЛСЯ",
        ChangeKind.REMOVED: "удалён", ChangeKind.ATTITUDE_WARMED: "теплее",
        ChangeKind.ATTITUDE_COOLED: "холоднее", ChangeKind.INFLUENCE_UP: "влиян ▲",
        ChangeKind.INFLUENCE_DOWN: "влиян ▼", ChangeKind.INTEREST_UP: "интер ▲",
        ChangeKind.INTEREST_DOWN: "интер ▼", ChangeKind.COVERAGE_GAINED: "есть владелец",
        ChangeKind.COVERAGE_LOST: "без владельца", ChangeKind.OWNER_CHANGED: "новый владелец",
        ChangeKind.RELATIONSHIP_STRONGER: "отн ▲", ChangeKind.RELATIONSHIP_WEAKER: "отн ▼",
        ChangeKind.ROLE_GAINED: "+роль", ChangeKind.ROLE_LOST: "−роль",
        ChangeKind.MANAGER_CHANGED: "перевод", ChangeKind.LINK_ADDED: "+связь",
        ChangeKind.LINK_REMOVED: "−связь",
    },
}


class Labels:
    """Words for one language; unknown languages fall back to English."""

    def __init__(self, lang: str) -> None:
        self.lang = lang if lang in LANGS else "en"
        self._text = _RU if self.lang == "ru" else _EN

    def __call__(self, key: str, **values: object) -> str:
        return self._text[key].format(**values)

    def attitude(self, attitude: Attitude) -> str:
        return _ATTITUDES[self.lang][attitude]

    def link(self, kind: LinkKind) -> str:
        return _LINKS[self.lang][kind]

    def role(self, framework: RoleFramework, role: str) -> str:
        enum = MillerHeimanRole if framework == RoleFramework.MILLER_HEIMAN else BuyingCentreRole
        try:
            return _ROLES[self.lang][enum(role)]
        except ValueError:
            return role[:5]

    def change(self, kind: ChangeKind) -> str:
        return _CHANGES[self.lang][kind]
