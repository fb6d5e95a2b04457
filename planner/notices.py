"""The draft notice to the client about a late delivery, in the account's language.

Client-facing text, so unlike the rest of planner/ it is worded here — in English or
Russian (other languages fall back to English and say so in ``language``). Russian
follows Russian typography: «ёлочки», dates as 27.11.2026, a non-breaking space as
thousands separator and after №, a dash with a non-breaking space before it, and a
salutation by first name and patronymic agreeing in gender.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

NBSP = "\u00a0"
SUPPORTED = ("en", "ru")
EN_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December")
#: Russian unit abbreviations written with a full stop.
RU_DOTTED_UNITS = {"шт", "усл", "компл", "уп", "ед", "пар", "рул"}
#: Who hears first about a late delivery: purchasing, then users, then the deciders.
RECIPIENT_ROLES = ("buyer", "user_buyer", "user", "technical_buyer", "decider", "economic_buyer")


@dataclass(frozen=True)
class Recipient:
    name: str
    email: str | None = None
    title: str | None = None
    roles: tuple[str, ...] = ()
    relationship_strength: int = 0


@dataclass(frozen=True)
class LateDeliveryNotice:
    #: The language the text is in ("en" or "ru"); ``requested`` is what the account asked for.
    language: str
    requested: str
    to_name: str | None
    to_email: str | None
    subject: str
    body: str


def choose_recipient(people: Sequence[Recipient]) -> Recipient | None:
    """The purchasing contact if known, else the closest user or decider, else the strongest
    relationship; ties by name."""

    def rank(person: Recipient) -> tuple:
        best = min((RECIPIENT_ROLES.index(r) for r in person.roles if r in RECIPIENT_ROLES),
                   default=len(RECIPIENT_ROLES))
        return (best, person.email is None, -person.relationship_strength, person.name.casefold())

    return min(people, key=rank) if people else None


def format_date(day: date, language: str) -> str:
    if language == "ru":
        return day.strftime("%d.%m.%Y")
    return f"{day.day} {EN_MONTHS[day.month - 1]} {day.year}"


def format_number(value: Decimal | int | float, language: str) -> str:
    """1200 → "1 200" (non-breaking space) in Russian, "1,200" in English; no trailing zeros."""
    number = Decimal(str(value)).normalize()
    if number == number.to_integral_value():
        number = number.quantize(Decimal(1))
    text = f"{number:,f}"
    if language == "ru":
        return text.replace(",", NBSP).replace(".", ",")
    return text


def quote(text: str, language: str) -> str:
    return f"«{text}»" if language == "ru" else f"“{text}”"


def _ru_unit(unit: str) -> str:
    return f"{unit}." if unit in RU_DOTTED_UNITS else unit


def ru_salutation(full_name: str | None) -> str:
    """«Уважаемый Иван Петрович!» from a name with a patronymic, else a neutral greeting."""
    if not full_name:
        return "Уважаемые коллеги!"
    tokens = full_name.split()
    for i, token in enumerate(tokens):
        if i == 0:
            continue
        low = token.casefold()
        if low.endswith(("вич", "ьич", "ич")) and len(low) > 4:
            return f"Уважаемый {tokens[i - 1]} {token}!"
        if low.endswith(("вна", "чна")) and len(low) > 4:
            return f"Уважаемая {tokens[i - 1]} {token}!"
    return f"Здравствуйте, {full_name}!"


def draft_late_delivery_notice(
    *,
    language: str,
    recipient: Recipient | None,
    order_number: str | None,
    product_line: str | None,
    promised_on: date,
    expected_on: date,
    quantity: Decimal | None = None,
    unit: str | None = None,
    ordered_on: date | None = None,
    overdue: bool = False,
    sender: str | None = None,
) -> LateDeliveryNotice:
    """The notice text; ``overdue`` says the promised date has passed (not a forecast)."""
    lang = language if language in SUPPORTED else "en"
    build = _russian if lang == "ru" else _english
    subject, body = build(recipient, order_number, product_line, promised_on, expected_on,
                          quantity, unit, ordered_on, overdue, sender)
    return LateDeliveryNotice(lang, language, recipient.name if recipient else None,
                              recipient.email if recipient else None, subject, body)


def _russian(recipient, number, line, promised, expected, qty, unit, ordered, overdue, sender):
    def d(day: date) -> str:
        return format_date(day, "ru")

    order = f"заказу №{NBSP}{number}" if number else "вашему заказу"
    if number and ordered:
        order += f" от {d(ordered)}"
    details = []
    if line:
        details.append(f"товарная группа {quote(line, 'ru')}")
    if qty is not None:
        amount = format_number(qty, "ru")
        details.append(f"{amount}{NBSP}{_ru_unit(unit)}" if unit else amount)
    what = f"поставка по {order}" + (f" ({', '.join(details)})" if details else "")
    if overdue:
        first = f"Сообщаем, что {what} задерживается."
    else:
        first = f"Сообщаем, что {what}, по нашей оценке, будет выполнена позже согласованного срока."
    dates = (f"Согласованная дата поставки{NBSP}— {d(promised)}, "
             f"ожидаемая новая дата{NBSP}— {d(expected)}.")
    if number:
        subject = f"Перенос срока поставки по заказу №{NBSP}{number}"
    else:
        subject = "Перенос срока поставки" + (f" {quote(line, 'ru')}" if line else "")
    body = "\n\n".join([
        ru_salutation(recipient.name if recipient else None),
        f"{first} {dates}",
        "Приносим извинения за доставленные неудобства. Мы принимаем меры, чтобы сократить "
        "задержку, и сообщим, как только новая дата будет подтверждена.",
        "С уважением,\n" + (sender or "Ваша команда по работе с клиентом"),
    ])
    return subject, body + "\n"


def _english(recipient, number, line, promised, expected, qty, unit, ordered, overdue, sender):
    def d(day: date) -> str:
        return format_date(day, "en")

    order = f"order {number}" if number else "your order"
    if number and ordered:
        order += f" of {d(ordered)}"
    details = []
    if line:
        details.append(line)
    if qty is not None:
        details.append(f"{format_number(qty, 'en')} {unit}" if unit else format_number(qty, "en"))
    what = f"the delivery for {order}" + (f" ({', '.join(details)})" if details else "")
    if overdue:
        first = f"We are sorry to inform you that {what} is delayed."
    else:
        first = f"We expect {what} to arrive later than agreed."
    dates = (f"The agreed delivery date was {d(promised)}; we now expect to deliver on {d(expected)}."
             if overdue else
             f"The agreed delivery date is {d(promised)}; we now expect to deliver on {d(expected)}.")
    subject = f"Revised delivery date for order {number}" if number else "Revised delivery date"
    body = "\n\n".join([
        f"Dear {recipient.name}," if recipient else "Dear colleagues,",
        f"{first} {dates}",
        "We apologise for the inconvenience. We are working to shorten the delay and will "
        "confirm the new date as soon as possible.",
        "Kind regards,\n" + (sender or "Your account team"),
    ])
    return subject, body + "\n"
