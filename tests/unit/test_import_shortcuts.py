"""The importers' shortcuts give the answers of the general code they stand in for: the typed
order path against the general row converter, the address regex against getaddresses, the
filename and charset shortcuts against email.message, the file order against Path sorting,
and the missing-columns rejection names the columns wanted as well as those found."""

from __future__ import annotations

import math
from datetime import date, datetime
from email import message_from_bytes
from email.policy import compat32
from email.utils import getaddresses

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner.importers.bulk import UuidSupply, uuid4_hexes
from planner.importers.columns import closest
from planner.importers.email_eml import _charset, _filename, _name_address_pairs
from planner.importers.report import ImportFailure, Reason
from planner.importers.service import expand
from planner.importers.sheet_rows import DateOrderChanged, RowReader, convert_row, row_converter
from planner.importers.spreadsheet import resolve_mapping

# -- the typed order path ----------------------------------------------------------------------

HEADERS = ["Номер заказа", "Дата", "Контрагент", "Номенклатура", "Товарная группа", "Кол-во", "Сумма"]
FULL_HEADERS = HEADERS + ["Валюта", "Статус", "Ед. изм."]

words = st.sampled_from(["Лист", "  Уголок ", "", "   ", "Труба\t", "x" * 250, "Изделие 5", "a\x07b"])
dates = st.one_of(
    st.dates(min_value=date(1990, 1, 1), max_value=date(2100, 1, 1)),
    st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2100, 1, 1)),
    st.sampled_from(["03.03.2025", "12/13/2010", "31.02.2025", "", None, 45000, 45000.5]),
)
numbers = st.one_of(
    st.sampled_from([1.0, 2.675, 0.0, -0.0, -5.0, 12.5, 1e16, math.nan, math.inf, 3, 0, -2, True]),
    st.floats(min_value=-1e6, max_value=1e6, allow_nan=False),
    st.integers(min_value=-10, max_value=10**6),
    st.sampled_from(["1 234,50", "7", "six", "", None, " "]),
)
cells = {
    "Номер заказа": st.one_of(words, st.sampled_from(["З-1", "З-2", 536365.0, 17, None])),
    "Дата": dates,
    "Контрагент": st.sampled_from(["Уралсталь", " Уралсталь", None, "", 42]),
    "Номенклатура": words,
    "Товарная группа": st.one_of(words, st.none()),
    "Кол-во": numbers,
    "Сумма": numbers,
    "Валюта": st.sampled_from([None, "", "RUB", "rub", "EURO", "12€", " usd "]),
    "Статус": st.sampled_from([None, "", "Закрыт", "open", "shipped", "непонятно"]),
    "Ед. изм.": st.sampled_from([None, "шт", " кг ", "x" * 30]),
}


def _rows(headers):
    row = st.tuples(*(cells[h] for h in headers)).map(list)
    # Short rows too (a CSV line with fewer cells than the header).
    return st.lists(st.one_of(row, row.map(lambda r: r[:3])), min_size=1, max_size=30)


def _outcomes(convert, rows):
    out = []
    for number, row in enumerate(rows, start=2):
        try:
            out.append(convert(number, list(row)))
        except DateOrderChanged as change:
            out.append(("date order changed", change.column))
            break
    return out


@pytest.mark.parametrize("headers", [HEADERS, FULL_HEADERS])
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_typed_order_rows_read_as_the_general_converter_reads_them(headers, data):
    rows = data.draw(_rows(headers))
    mapping = resolve_mapping(headers, wanted=None, given=None, remembered=None)
    assert mapping.target == "orders"
    sample = list(enumerate(rows[:5], start=2))
    fast = row_converter("orders", RowReader(mapping, sample), "-")
    general = RowReader(mapping, sample)
    expected = _outcomes(lambda n, row: convert_row("orders", general, n, row, "-"), rows)
    assert _outcomes(fast, rows) == expected


def test_the_typed_path_takes_plain_rows_and_leaves_the_rest():
    mapping = resolve_mapping(HEADERS, wanted=None, given=None, remembered=None)
    reader = RowReader(mapping, [])
    convert = row_converter("orders", reader, "-")
    plain = ["З-1", date(2025, 3, 3), "Уралсталь", "Лист", "Металл", 2.0, 2.675]
    record = convert(2, plain)
    assert (record.number, record.ordered_on, str(record.quantity), str(record.amount)) == (
        "З-1",
        date(2025, 3, 3),
        "2.0",
        "2.68",  # rounded as Decimal("2.675").quantize does, not as the float 2.675 would be
    )
    negative = convert(3, ["З-1", date(2025, 3, 3), "Уралсталь", "Лист", "Металл", -1.0, 5.0])
    assert (negative.reason, negative.row, negative.column) == (Reason.NEGATIVE, 3, "Кол-во")


# -- mail --------------------------------------------------------------------------------------

atoms = st.text(alphabet="abcXYZ09-_+!#'=/ЖжЁ.", min_size=1, max_size=6)
specials = st.sampled_from(list('<>@,;:."()[]\\ ') + ["  "])
plain_addresses = st.builds(lambda a, b, c: f"{a}@{b}.{c}", atoms, atoms, atoms)
named = st.builds(
    lambda n, a: f"{n} <{a}>", st.lists(atoms, min_size=1, max_size=3).map(" ".join), plain_addresses
)
noise = st.lists(st.one_of(atoms, specials, plain_addresses), max_size=8).map("".join)
# A special character where the simple forms have a word: each must send the text the long way.
spiked = st.one_of(
    st.builds(lambda a, s, b: a + s + b, atoms, specials, plain_addresses),
    st.builds(lambda a, s, b: a + s + b, plain_addresses, specials, atoms),
    st.builds(lambda n, s, a: f"{n}{s} <{a}>", atoms, specials, plain_addresses),
)
header_values = st.one_of(plain_addresses, named, noise, spiked)


@settings(max_examples=1000, deadline=None)
@given(st.lists(header_values, min_size=1, max_size=3))
def test_the_address_shortcut_answers_as_getaddresses(values):
    texts = [" ".join(v.split()) for v in values]  # as header_text leaves them
    assert _name_address_pairs(texts) == getaddresses(texts)


@pytest.mark.parametrize(
    "headers",
    [
        b"Content-Type: text/plain; charset=utf-8\r\n",
        b'Content-Type: text/plain; charset="KOI8-R"\r\n',
        b'Content-Type: text/plain; charset="utf-8\r\n',
        b"Content-Type: text/plain\r\n",
        b"",
        b'Content-Type: application/pdf; name="a.pdf"\r\n',
        b"Content-Type: application/pdf; NAME*=utf-8''%D0%90.pdf\r\n",
        b'Content-Type: text/plain\r\nContent-Disposition: attachment; filename="b.txt"\r\n',
        b"Content-Type: text/plain\r\nContent-Disposition: inline\r\n",
        b"Content-Type: text/plain; charset*=us-ascii'en'utf-8\r\n",
    ],
)
def test_filename_and_charset_shortcuts_answer_as_email_message(headers):
    part = message_from_bytes(b"From: a@b.c\r\n" + headers + b"\r\nbody\r\n", policy=compat32)
    assert _filename(part, part.get("Content-Disposition")) == part.get_filename()
    assert _charset(part) == part.get_content_charset()
    assert _charset(part) == part.get_content_charset()  # the remembered answer too


def test_folders_expand_in_path_order(tmp_path):
    for name in ("a/b.eml", "a-c.eml", "A.eml", "b.eml", "a/.hidden", "a/c/d.eml"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x")
    found = expand([tmp_path, tmp_path / "b.eml"])
    assert found == sorted(p for p in tmp_path.rglob("*") if p.is_file() and p.name != ".hidden")


# -- bulk inserts' UUIDs ------------------------------------------------------------------------


def test_uuids_are_version_4_unique_and_handed_out_ascending():
    import uuid

    supply = UuidSupply()
    taken = [supply.take(n) for n in (3, 100, 1000, 7, 5000)]
    flat = [u for chunk in taken for u in chunk]
    assert len(set(flat)) == len(flat) == 6110
    assert all(uuid.UUID(u).version == 4 and uuid.UUID(u).variant == uuid.RFC_4122 for u in flat)
    assert all(chunk == sorted(chunk) for chunk in taken)
    assert len(set(uuid4_hexes(2000))) == 2000


# -- missing columns ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("headers", "wanted", "column", "target"),
    [
        (["Дата", "Сумма"], None, "product|product_line, quantity", "orders"),
        (["Дата", "Сумма"], "orders", "product|product_line, quantity", "orders"),
        (["Тема", "Клиент"], None, "occurred_at", "interactions"),
        (["Foo", "Bar"], None, "occurred_at, kind|subject|summary", "interactions"),
        (["Foo", "Bar"], "tickets", "subject, opened_at", "tickets"),
    ],
)
def test_missing_columns_name_the_required_columns_and_the_headers_found(headers, wanted, column, target):
    with pytest.raises(ImportFailure) as caught:
        resolve_mapping(headers, wanted=wanted, given=None, remembered=None)
    rejection = caught.value.rejection
    assert rejection.reason is Reason.MISSING_COLUMNS
    assert (rejection.column, rejection.detail, rejection.value) == (column, target, ", ".join(headers))


def test_the_nearest_target_is_the_one_with_most_required_columns_found():
    assert closest(["Номер заказа", "Дата", "Кол-во"]).target == "orders"
    assert closest(["Дата", "Оценка"]).target == "surveys"
