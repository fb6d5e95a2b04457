"""Believable people's names, e-mail addresses and phone numbers for the demo portfolio.

Russian names carry a patronymic and agree in gender; European names follow the
country of the account. Addresses and numbers are derived from the names, so a
person's e-mail reads like a real corporate address.
"""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass

RU_MALE = (
    "Александр", "Алексей", "Андрей", "Антон", "Артём", "Борис", "Вадим", "Валерий",
    "Василий", "Виктор", "Виталий", "Владимир", "Вячеслав", "Геннадий", "Григорий",
    "Денис", "Дмитрий", "Евгений", "Егор", "Иван", "Игорь", "Илья", "Кирилл",
    "Константин", "Леонид", "Максим", "Михаил", "Никита", "Николай", "Олег", "Павел",
    "Роман", "Руслан", "Сергей", "Станислав", "Степан", "Тимур", "Фёдор", "Юрий",
)
RU_FEMALE = (
    "Алла", "Анастасия", "Анна", "Валентина", "Вера", "Виктория", "Галина", "Дарья",
    "Евгения", "Екатерина", "Елена", "Жанна", "Ирина", "Ксения", "Лариса", "Людмила",
    "Марина", "Мария", "Надежда", "Наталья", "Нина", "Оксана", "Ольга", "Светлана",
    "Татьяна", "Юлия",
)
#: Patronymics as (male form, female form).
RU_PATRONYMICS = (
    ("Александрович", "Александровна"), ("Алексеевич", "Алексеевна"),
    ("Анатольевич", "Анатольевна"), ("Андреевич", "Андреевна"), ("Борисович", "Борисовна"),
    ("Валерьевич", "Валерьевна"), ("Васильевич", "Васильевна"), ("Викторович", "Викторовна"),
    ("Владимирович", "Владимировна"), ("Геннадьевич", "Геннадьевна"),
    ("Григорьевич", "Григорьевна"), ("Дмитриевич", "Дмитриевна"), ("Евгеньевич", "Евгеньевна"),
    ("Иванович", "Ивановна"), ("Игоревич", "Игоревна"), ("Константинович", "Константиновна"),
    ("Леонидович", "Леонидовна"), ("Михайлович", "Михайловна"), ("Николаевич", "Николаевна"),
    ("Олегович", "Олеговна"), ("Павлович", "Павловна"), ("Петрович", "Петровна"),
    ("Сергеевич", "Сергеевна"), ("Юрьевич", "Юрьевна"), ("Фёдорович", "Фёдоровна"),
)
#: Surnames in their male form; the female form is derived by ``_ru_female_surname``.
RU_SURNAMES = (
    "Абрамов", "Алексеев", "Андреев", "Баранов", "Белов", "Беляев", "Богданов", "Болотов",
    "Быстров", "Васильев", "Виноградов", "Волков", "Воробьёв", "Гаврилов", "Голованов",
    "Горбунов", "Григорьев", "Гусев", "Данилов", "Дементьев", "Денисов", "Дорофеев",
    "Егоров", "Ершов", "Жуков", "Журавлёв", "Зайцев", "Захаров", "Зиновьев", "Зубарев",
    "Игнатьев", "Ильин", "Казаков", "Калинин", "Карпов", "Киселёв", "Климов", "Ковалёв",
    "Козлов", "Колесников", "Комаров", "Коновалов", "Корнилов", "Котов", "Крылов",
    "Кудрявцев", "Кузнецов", "Кулагин", "Лапин", "Лебедев", "Литвинов", "Лобанов",
    "Логинов", "Макаров", "Максимов", "Мартынов", "Медведев", "Мельников", "Миронов",
    "Михайлов", "Морозов", "Муравьёв", "Никитин", "Новиков", "Овчинников", "Орлов",
    "Осипов", "Павлов", "Панов", "Пестов", "Поляков", "Пономарёв", "Прохоров", "Рогов",
    "Романов", "Рябов", "Савельев", "Самойлов", "Сафонов", "Селезнёв", "Семёнов",
    "Сидоров", "Смирнов", "Соболев", "Соколов", "Сорокин", "Субботин", "Суханов",
    "Тарасов", "Тимофеев", "Титов", "Трофимов", "Устинов", "Фадеев", "Федотов", "Филиппов",
    "Фомин", "Фролов", "Харитонов", "Чернов", "Шаповалов", "Шестаков", "Широков",
    "Шубин", "Щербаков", "Юдин", "Яковлев", "Ярцев", "Бережной", "Вишневский",
    "Заболоцкий", "Кравченко", "Ткаченко", "Полонский", "Савчук", "Черных",
)

EU_NAMES: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    # country: (male first names, female first names, surnames)
    "DE": (
        ("Andreas", "Bernd", "Christian", "Daniel", "Dirk", "Florian", "Frank", "Jan", "Jens",
         "Jörg", "Jürgen", "Kai", "Klaus", "Lars", "Lukas", "Markus", "Martin", "Matthias",
         "Michael", "Oliver", "Patrick", "Ralf", "Sebastian", "Stefan", "Thomas", "Tobias",
         "Uwe", "Volker", "Wolfgang"),
        ("Andrea", "Anja", "Birgit", "Claudia", "Julia", "Katrin", "Kerstin", "Laura", "Lena",
         "Monika", "Nicole", "Petra", "Sabine", "Sandra", "Silke", "Stefanie", "Susanne",
         "Tanja", "Ulrike"),
        ("Bauer", "Becker", "Brandt", "Braun", "Engel", "Fischer", "Frank", "Friedrich",
         "Fuchs", "Graf", "Günther", "Hahn", "Hartmann", "Hoffmann", "Huber", "Jäger", "Keller",
         "Klein", "Koch", "Köhler", "König", "Krämer", "Krause", "Kühn", "Lang", "Lehmann",
         "Lorenz", "Maier", "Meyer", "Möller", "Müller", "Neumann", "Richter", "Roth", "Schäfer",
         "Schmid", "Schmitt", "Schneider", "Scholz", "Schulz", "Schwarz", "Simon", "Vogel",
         "Vogt", "Wagner", "Walter", "Weber", "Werner", "Winkler", "Wolf", "Zimmermann"),
    ),
    "NL": (
        ("Bart", "Bas", "Dennis", "Erik", "Frank", "Hans", "Jan", "Jeroen", "Joost", "Koen",
         "Maarten", "Mark", "Martijn", "Niels", "Pieter", "Rob", "Ruud", "Sander", "Stefan",
         "Thijs", "Tim", "Wouter"),
        ("Anke", "Annemiek", "Eline", "Esther", "Inge", "Karin", "Linda", "Lotte", "Marieke",
         "Marloes", "Monique", "Nienke", "Sanne", "Saskia", "Sophie", "Wendy"),
        ("Bakker", "Bos", "Brouwer", "de Boer", "de Bruijn", "de Graaf", "de Groot", "de Jong",
         "de Vries", "de Wit", "Dekker", "Hendriks", "Janssen", "Jansen", "Kok", "Koster",
         "Meijer", "Mulder", "Peeters", "Smit", "Smits", "van Beek", "van Dam", "van den Berg",
         "van der Heijden", "van der Linden", "van Dijk", "van Leeuwen", "Verhoeven", "Visser",
         "Vos", "Willems"),
    ),
    "BE": (
        ("Bart", "Dirk", "Filip", "Geert", "Jan", "Jeroen", "Johan", "Kris", "Luc", "Marc",
         "Nico", "Peter", "Pieter", "Steven", "Tom", "Wim", "Yves", "Olivier", "Thomas"),
        ("An", "Ann", "Caroline", "Els", "Griet", "Hilde", "Ilse", "Katrien", "Leen", "Liesbeth",
         "Nathalie", "Sofie", "Veerle", "Isabelle", "Sarah"),
        ("Claes", "De Backer", "De Clercq", "De Smet", "Dubois", "Goossens", "Hermans",
         "Jacobs", "Janssens", "Lambert", "Maes", "Martens", "Mertens", "Michiels", "Peeters",
         "Renard", "Stevens", "Van Damme", "Van de Velde", "Vermeulen", "Wouters", "Willems",
         "Lemmens", "Aerts"),
    ),
    "SE": (
        ("Anders", "Björn", "Daniel", "Erik", "Fredrik", "Gustav", "Henrik", "Jakob", "Johan",
         "Jonas", "Lars", "Magnus", "Mats", "Mikael", "Niklas", "Olof", "Per", "Stefan",
         "Tomas", "Ulf"),
        ("Anna", "Annika", "Camilla", "Elin", "Emma", "Eva", "Helena", "Ingrid", "Karin",
         "Linnea", "Maria", "Malin", "Sara", "Sofia", "Ulrika"),
        ("Andersson", "Berg", "Berglund", "Björk", "Dahl", "Ekström", "Eriksson", "Gustafsson",
         "Hansson", "Holm", "Johansson", "Karlsson", "Larsson", "Lindberg", "Lindqvist",
         "Lundgren", "Nilsson", "Nyström", "Olsson", "Persson", "Sandberg", "Sjöberg",
         "Ström", "Svensson", "Wallin"),
    ),
}

_RU_LATIN = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh",
    "з": "z", "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu",
    "я": "ya",
}
_EU_LATIN = {"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "å": "a", "ø": "o", "æ": "ae"}


def latin_slug(text: str, sep: str = "") -> str:
    """An ASCII, lower-case rendering of a name for domains and mailboxes."""
    out = []
    for ch in text.lower():
        if ch in _RU_LATIN:
            out.append(_RU_LATIN[ch])
        elif ch in _EU_LATIN:
            out.append(_EU_LATIN[ch])
        elif ch.isascii() and ch.isalnum():
            out.append(ch)
        elif ch in " -'.":
            out.append(sep)
        else:
            decomposed = unicodedata.normalize("NFKD", ch)
            out.append("".join(c for c in decomposed if c.isascii() and c.isalnum()))
    return "".join(out)


def _ru_female_surname(surname: str) -> str:
    if surname.endswith(("ов", "ев", "ёв", "ин", "ын")):
        return surname + "а"
    if surname.endswith(("ский", "цкий")):
        return surname[:-2] + "ая"
    if surname.endswith("ной"):
        return surname[:-2] + "ая"
    return surname  # -ко, -ук, -их do not change


@dataclass(frozen=True)
class PersonName:
    """A generated name with the parts an address or a greeting needs."""

    full: str
    first: str
    last: str
    female: bool


class NameMaker:
    """Draws names for one country without repeating a full name within an account."""

    def __init__(self, rng: random.Random, country: str) -> None:
        self.rng = rng
        self.country = country
        self.used: set[str] = set()

    def make(self, female: bool | None = None) -> PersonName:
        rng = self.rng
        if female is None:
            female = rng.random() < (0.3 if self.country == "RU" else 0.35)
        for _ in range(50):
            name = self._draw(female)
            if name.full not in self.used:
                break
        self.used.add(name.full)
        return name

    def _draw(self, female: bool) -> PersonName:
        rng = self.rng
        if self.country == "RU":
            first = rng.choice(RU_FEMALE if female else RU_MALE)
            patronymic = rng.choice(RU_PATRONYMICS)[1 if female else 0]
            last = rng.choice(RU_SURNAMES)
            if female:
                last = _ru_female_surname(last)
            return PersonName(f"{first} {patronymic} {last}", first, last, female)
        males, females, surnames = EU_NAMES.get(self.country, EU_NAMES["DE"])
        first = rng.choice(females if female else males)
        last = rng.choice(surnames)
        return PersonName(f"{first} {last}", first, last, female)


def mailbox(name: PersonName, country: str) -> str:
    """The local part of a corporate address: i.petrov in Russia, jan.de.vries in Europe."""
    if country == "RU":
        return f"{latin_slug(name.first)[:1]}.{latin_slug(name.last, '')}"
    return f"{latin_slug(name.first)}.{latin_slug(name.last, '.')}".replace("..", ".")


#: Country calling code and a few area codes per country.
PHONE_PLANS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    # country: (calling code, landline area codes, mobile prefixes)
    "RU": ("7", ("343", "846", "391", "495", "499", "8152"), ("912", "922", "927", "902", "916", "985")),
    "DE": ("49", ("711", "89", "621"), ("151", "160", "170", "172")),
    "NL": ("31", ("40", "20", "10"), ("6",)),
    "BE": ("32", ("3", "9"), ("470", "475", "478", "486")),
    "SE": ("46", ("60", "8", "31"), ("70", "72", "73")),
    "HU": ("36", ("96",), ("20", "30", "70")),
}


def phone_number(rng: random.Random, country: str, area: str | None, mobile: bool) -> tuple[str, str]:
    """A formatted number and its digits-only form for matching."""
    code, areas, mobiles = PHONE_PLANS.get(country, PHONE_PLANS["DE"])
    prefix = rng.choice(mobiles) if mobile else (area or rng.choice(areas))
    length = 10 - len(prefix) if country == "RU" else 9 - len(prefix)
    subscriber = "".join(str(rng.randrange(10)) for _ in range(max(length, 6)))
    if country == "RU":
        grouped = f"{subscriber[:-4]}-{subscriber[-4:-2]}-{subscriber[-2:]}"
        shown = f"+7 ({prefix}) {grouped}"
    else:
        shown = f"+{code} {prefix} {subscriber[:-4]} {subscriber[-4:]}"
    return shown, f"{code}{prefix}{subscriber}"
