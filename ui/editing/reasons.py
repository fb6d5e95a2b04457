"""The planner's validation reasons in the user's words, shown under the field they name.

The planner words a ``ValidationError`` in plain English for the CLI ("cannot be
before the opening"); here each known reason has a translated sentence, and
reasons with numbers or a row ("row 2, value: not an e-mail address") are matched
by pattern. An unknown reason is shown as it is rather than hidden.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from planner.errors import ValidationError

CONTEXT = "reasons"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


_EXACT: dict[str, str] = {
    "required": QT_TRANSLATE_NOOP("reasons", "Required."),
    "text expected": QT_TRANSLATE_NOOP("reasons", "Text is expected here."),
    "a date and time with its time zone": QT_TRANSLATE_NOOP("reasons", "Give a date and a time."),
    "a date": QT_TRANSLATE_NOOP("reasons", "Give a date."),
    "yes or no": QT_TRANSLATE_NOOP("reasons", "Yes or no."),
    "a whole number": QT_TRANSLATE_NOOP("reasons", "A whole number is expected."),
    "an exact number (Decimal), not a float": QT_TRANSLATE_NOOP("reasons", "A number is expected."),
    "a finite number": QT_TRANSLATE_NOOP("reasons", "A number is expected."),
    "too large": QT_TRANSLATE_NOOP("reasons", "The number is too large."),
    "cannot be negative": QT_TRANSLATE_NOOP("reasons", "Cannot be negative."),
    "a three-letter ISO code such as EUR or RUB": QT_TRANSLATE_NOOP(
        "reasons", "A three-letter currency code, such as EUR or RUB."
    ),
    "a two-letter ISO code such as DE or RU": QT_TRANSLATE_NOOP(
        "reasons", "A two-letter country code, such as DE or RU."
    ),
    "not an e-mail address": QT_TRANSLATE_NOOP("reasons", "This is not an e-mail address."),
    "digits, spaces and + - ( ) . / only": QT_TRANSLATE_NOOP(
        "reasons", "Only digits, spaces and + - ( ) . / are allowed."
    ),
    "5 to 15 digits": QT_TRANSLATE_NOOP("reasons", "A phone number has 5 to 15 digits."),
    "has been deleted": QT_TRANSLATE_NOOP("reasons", "This record has been deleted meanwhile."),
    "belongs to another account": QT_TRANSLATE_NOOP("reasons", "This record belongs to another account."),
    "cannot point to itself": QT_TRANSLATE_NOOP("reasons", "A record cannot point to itself."),
    "would make a cycle": QT_TRANSLATE_NOOP(
        "reasons", "This would make a circle: choose someone not below this record."
    ),
    "already used by another record": QT_TRANSLATE_NOOP("reasons", "Already used by another record."),
    "only for somebody who left the company": QT_TRANSLATE_NOOP(
        "reasons", "Only for somebody who has left the company."
    ),
    "the same contact twice": QT_TRANSLATE_NOOP("reasons", "The same contact appears twice."),
    "one primary contact per kind": QT_TRANSLATE_NOOP("reasons", "Only one primary contact of each kind."),
    "the same role twice": QT_TRANSLATE_NOOP("reasons", "The same role appears twice."),
    "a link joins two different people": QT_TRANSLATE_NOOP(
        "reasons", "A relationship joins two different people."
    ),
    "these two people are already linked this way": QT_TRANSLATE_NOOP(
        "reasons", "These two people are already linked this way."
    ),
    "this team member already has this role on the account": QT_TRANSLATE_NOOP(
        "reasons", "This colleague already has this role on the account."
    ),
    "choose the order first": QT_TRANSLATE_NOOP("reasons", "Choose the order first."),
    "is not a line of this order": QT_TRANSLATE_NOOP("reasons", "This line belongs to another order."),
    "a line of another order": QT_TRANSLATE_NOOP("reasons", "A line of another order."),
    "the same line twice": QT_TRANSLATE_NOOP("reasons", "The same line appears twice."),
    "differs from the currency": QT_TRANSLATE_NOOP(
        "reasons", "The base currency must differ from the currency."
    ),
    "must be positive": QT_TRANSLATE_NOOP("reasons", "Must be greater than zero."),
    "a rate for this pair and day exists already": QT_TRANSLATE_NOOP(
        "reasons", "A rate for these currencies on this day exists already."
    ),
    "a custom metric needs a name": QT_TRANSLATE_NOOP("reasons", "A custom metric needs a name."),
    "at or above the target (the target is a minimum)": QT_TRANSLATE_NOOP(
        "reasons", "The target is a minimum: the warning level is at or above it."
    ),
    "at or below the target (the target is a maximum)": QT_TRANSLATE_NOOP(
        "reasons", "The target is a maximum: the warning level is at or below it."
    ),
    "cannot exceed the units inspected": QT_TRANSLATE_NOOP("reasons", "Cannot exceed the units inspected."),
    "who took part? (only a note may have nobody)": QT_TRANSLATE_NOOP(
        "reasons", "Who took part? Only a note may have no participants."
    ),
    "the same participant twice": QT_TRANSLATE_NOOP("reasons", "The same participant appears twice."),
    "either a person of the client or a member of our team": QT_TRANSLATE_NOOP(
        "reasons", "Either a person of the client or a member of our team."
    ),
    "an account needs a name": QT_TRANSLATE_NOOP("reasons", "An account needs a name."),
    "the client's spend in our categories includes what it buys from us": QT_TRANSLATE_NOOP(
        "reasons",
        "The client’s spend in our categories includes what it buys from us: "
        "it cannot be less than our revenue.",
    ),
    "is history and never rewritten: add a new one (and delete the wrong one)": QT_TRANSLATE_NOOP(
        "reasons", "This is history and is never rewritten: add a new one and delete the wrong one."
    ),
}

#: What ``cannot be before {other}`` compares with.
_BEFORE: dict[str, str] = {
    "the opening": QT_TRANSLATE_NOOP("reasons", "Cannot be before the ticket was opened."),
    "the start": QT_TRANSLATE_NOOP("reasons", "Cannot be before the start."),
    "the order date": QT_TRANSLATE_NOOP("reasons", "Cannot be before the order date."),
    "valid_from": QT_TRANSLATE_NOOP("reasons", "Cannot be before the start of validity."),
}


def _row(match: re.Match) -> str:
    inner = explain_reason(match["reason"])
    return QCoreApplication.translate("reasons", "Row {row}: {reason}").format(row=match["row"], reason=inner)


def _before(match: re.Match) -> str:
    source = _BEFORE.get(match["other"])
    return (
        _tr(source)
        if source
        else QCoreApplication.translate("reasons", "Cannot be before {other}.").format(other=match["other"])
    )


_PATTERNS: list[tuple[re.Pattern, Callable[[re.Match], str]]] = [
    (re.compile(r"^row (?P<row>\d+), [\w ]+: (?P<reason>.*)$", re.S), _row),
    (re.compile(r"^row (?P<row>\d+): (?P<reason>.*)$", re.S), _row),
    (re.compile(r"^cannot be before (?P<other>.+)$"), _before),
    (
        re.compile(r"^at most (?P<n>\d+) characters$"),
        lambda m: QCoreApplication.translate("reasons", "At most {n} characters.").format(n=m["n"]),
    ),
    (
        re.compile(r"^at most (?P<n>\d+) decimal places$"),
        lambda m: QCoreApplication.translate("reasons", "At most {n} digits after the decimal mark.").format(
            n=m["n"]
        ),
    ),
    (
        re.compile(r"^from (?P<low>\S+) to (?P<high>\S+)$"),
        lambda m: QCoreApplication.translate("reasons", "From {low} to {high}.").format(
            low=m["low"], high=m["high"]
        ),
    ),
    (
        re.compile(r"^at least (?P<n>\S+)$"),
        lambda m: QCoreApplication.translate("reasons", "At least {n}.").format(n=m["n"]),
    ),
    (
        re.compile(r"^at most (?P<n>\S+)$"),
        lambda m: QCoreApplication.translate("reasons", "At most {n}.").format(n=m["n"]),
    ),
    (
        re.compile(r"^no such (?P<what>.+)$"),
        lambda m: QCoreApplication.translate("reasons", "This record no longer exists."),
    ),
    (
        re.compile(r"^one of .+$"),
        lambda m: QCoreApplication.translate("reasons", "Choose one of the offered values."),
    ),
]


def explain_reason(reason: str) -> str:
    """A planner reason as a translated sentence (the reason itself when unknown)."""
    source = _EXACT.get(reason)
    if source is not None:
        return _tr(source)
    for pattern, word in _PATTERNS:
        match = pattern.match(reason)
        if match:
            return word(match)
    return reason[:1].upper() + reason[1:]


def explain(error: ValidationError) -> str:
    """The message shown under the field ``error.field`` names."""
    return explain_reason(error.reason)
