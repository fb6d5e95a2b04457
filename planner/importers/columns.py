"""Recognising spreadsheet columns: English and Russian headers to planner fields.

Each target (interactions, contacts, orders, deliveries, tickets, surveys) has
fields with the headers they are known by; the target whose required fields are
all found, with the most fields recognised, wins. A header row is identified by
a signature so the mapping a user confirmed is used again for the same layout.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from planner.importers.normalize import header_key
from planner.importers.synonyms import SYNONYMS

TARGETS = ("interactions", "contacts", "orders", "deliveries", "tickets", "surveys")

#: Fields a target cannot do without (contacts need a name or an e-mail: checked in the parser).
REQUIRED: dict[str, tuple[tuple[str, ...], ...]] = {
    "interactions": (("occurred_at",), ("kind", "subject", "summary")),
    "contacts": (("full_name", "first_name", "last_name", "email"),),
    "orders": (("ordered_on",), ("product", "product_line"), ("quantity",), ("amount", "unit_price")),
    "deliveries": (("promised_on",),),
    "tickets": (("subject",), ("opened_at",)),
    "surveys": (("score",), ("responded_at",)),
}

_INDEX = {
    target: {header_key(s): name for name, synonyms in fields.items() for s in synonyms}
    for target, fields in SYNONYMS.items()
}


def fields_of(target: str) -> tuple[str, ...]:
    return tuple(SYNONYMS[target])


@dataclass(frozen=True)
class Mapping:
    """Which column holds which field for one target; ``columns`` maps column index -> field."""

    target: str
    columns: dict[int, str]
    headers: tuple[str, ...]

    def missing(self) -> list[str]:
        """Required fields not mapped, as "a|b" for either-or groups."""
        present = set(self.columns.values())
        return ["|".join(group) for group in REQUIRED[self.target] if not present & set(group)]

    def as_names(self) -> dict[str, str]:
        return {self.headers[i]: f for i, f in sorted(self.columns.items())}


def map_headers(headers: list[str], target: str) -> Mapping:
    """The best mapping of ``headers`` to ``target``'s fields (each field used once)."""
    index = _INDEX[target]
    columns: dict[int, str] = {}
    used: set[str] = set()
    for i, header in enumerate(headers):
        key = header_key(header)
        name = index.get(key)
        if name is None:
            name = _loose(key, index)
        if name is not None and name not in used:
            columns[i] = name
            used.add(name)
    return Mapping(target, columns, tuple(headers))


def _loose(key: str, index: dict[str, str]) -> str | None:
    """A header with a unit or note appended ("Сумма, руб", "Amount (EUR)"): the longest known prefix
    (of three characters or more) that ends where a word of the key ends."""
    end = key.rfind(" ")
    while end >= 3:
        name = index.get(key[:end])
        if name is not None:
            return name
        end = key.rfind(" ", 0, end)
    return None


def recognise(headers: list[str], wanted: str | None = None) -> Mapping | None:
    """The target these headers most likely hold (or ``wanted``'s mapping), None if none fits."""
    if wanted is not None:
        return map_headers(headers, wanted)
    best: Mapping | None = None
    for target in TARGETS:
        mapping = map_headers(headers, target)
        if mapping.missing():
            continue
        if best is None or _score(mapping) > _score(best):
            best = mapping
    return best


def closest(headers: list[str]) -> Mapping:
    """The target these headers come nearest to holding when none fits: the most required fields
    found, then the most fields, then the first in TARGETS. Its missing() are the columns a
    rejection names as required (with nothing recognised at all, the first target's)."""
    mappings = [map_headers(headers, target) for target in TARGETS]
    return max(mappings, key=lambda m: (len(REQUIRED[m.target]) - len(m.missing()), len(m.columns)))


def _score(mapping: Mapping) -> float:
    # Orders and deliveries need specific columns; prefer the target whose fields are most used.
    return len(mapping.columns) + len(mapping.columns) / len(SYNONYMS[mapping.target])


def header_signature(headers: list[str]) -> str:
    """A stable hash of a header row: the same export layout gives the same signature."""
    folded = "\x1f".join(header_key(h) for h in headers)
    return hashlib.sha256(folded.encode("utf-8")).hexdigest()


def recognised_count(headers: list[str]) -> int:
    """How many cells of a row are known headers of any target: finds the header row."""
    count = 0
    for cell in headers:
        key = header_key(cell)
        if key and any(key in index or _loose(key, index) for index in _INDEX.values()):
            count += 1
    return count
