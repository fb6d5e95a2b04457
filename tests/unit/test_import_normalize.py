"""Numbers, dates, addresses and names as exports write them."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from decimal import Decimal

import pytest

from planner.importers.normalize import (
    clean_text,
    header_key,
    month_first_hint,
    name_key,
    normalize_email,
    normalize_phone,
    parse_date,
    parse_datetime,
    parse_decimal,
    parse_int,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1 234,56", "1234.56"),
        ("1\u00a0234,56", "1234.56"),
        ("1\u202f000", "1000"),
        ("1,234.56", "1234.56"),
        ("1.234,56", "1234.56"),
        ("-12,5 ₽", "-12.5"),
        ("(7.50)", "-7.50"),
        ("12,345,678", "12345678"),
        ("1.234.567", "1234567"),
        ("€ 12.5", "12.5"),
        ("3", "3"),
        ("0,5", "0.5"),
        ("1'000", "1000"),
        (2.5, "2.5"),
        (7, "7"),
        ("\ufffd12.5", "12.5"),
    ],
)
def test_numbers(text, expected):
    assert parse_decimal(text) == Decimal(expected)


@pytest.mark.parametrize("text", ["", "abc", "1,2,3.4.5", "12-3", float("nan"), True])
def test_not_numbers(text):
    with pytest.raises(ValueError):
        parse_decimal(text)


def test_whole_numbers():
    assert parse_int("1 200") == 1200
    with pytest.raises(ValueError):
        parse_int("1,5")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("31.12.2024", datetime(2024, 12, 31)),
        ("01.02.2025", datetime(2025, 2, 1)),
        ("1/2/2025 14:30", datetime(2025, 2, 1, 14, 30)),
        ("2025-02-01", datetime(2025, 2, 1)),
        ("2025-02-01 08:05:09", datetime(2025, 2, 1, 8, 5, 9)),
        ("01.02.25", datetime(2025, 2, 1)),
        ("5 марта 2024", datetime(2024, 3, 5)),
        ("5 Mar 2024", datetime(2024, 3, 5)),
        (45000, datetime(2023, 3, 15)),
        (date(2024, 1, 2), datetime(2024, 1, 2)),
    ],
)
def test_day_first_dates(text, expected):
    assert parse_datetime(text) == expected


def test_dates_with_zones_and_month_first():
    assert parse_datetime("2025-02-01T10:00:00+03:00") == datetime(
        2025, 2, 1, 10, tzinfo=timezone(timedelta(hours=3))
    )
    assert parse_datetime("2025-02-01 10:00Z").utcoffset() == timedelta(0)
    assert parse_date("12/1/2010", month_first=True) == date(2010, 12, 1)
    assert month_first_hint(["12/1/2010 8:26", "12/13/2010 9:00"]) is True
    assert month_first_hint(["13/1/2010", "01/02/2010"]) is False
    assert month_first_hint(["01.02.2010"]) is False


@pytest.mark.parametrize("text", ["31.02.2025", "2025-13-01", "tomorrow", "", "99/99/99"])
def test_not_dates(text):
    with pytest.raises(ValueError):
        parse_datetime(text)


def test_addresses_phones_names():
    assert normalize_email(" <John.Doe@Example.COM> ") == "john.doe@example.com"
    assert normalize_email("mailto:a@b.ru") == "a@b.ru"
    for bad in ("", None, "no-at", "a@b", "two@@x.com", "a b@c.de"):
        assert normalize_email(bad) is None
    assert normalize_phone("+7 (495) 123-45-67") == "+74951234567"
    assert normalize_phone("8 800 100") == "8800100"
    assert name_key("  Пётр  ИВАНОВ ") == name_key("петр иванов") == "петр иванов"
    assert header_key("Кол-во, шт.") == "кол во шт"
    assert clean_text("  a\x00b  ") == "ab" and clean_text("   ") is None
    assert clean_text("x" * 10, 5) == "xxxx…"
