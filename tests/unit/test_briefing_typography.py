"""Briefing words and typography: Russian numbers, dates and quotes; both lexicons complete."""

from __future__ import annotations

import string
from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal

import pytest

from planner.briefing import lexicon_en, lexicon_ru
from planner.briefing import typography as ty
from planner.briefing.lexicon import Lexicon
from planner.sla.periods import parse_period

NB = "\u00a0"


def test_russian_money_has_non_breaking_groups_a_decimal_comma_and_the_rouble_sign():
    assert ty.money(Decimal("1234567.89"), "RUB", "ru") == f"1{NB}234{NB}567,89{NB}₽"
    assert ty.money(Decimal("1388546000"), "RUB", "ru") == f"1{NB}388{NB}546{NB}000{NB}₽"
    assert ty.money(Decimal("8355000"), "EUR", "ru") == f"8{NB}355{NB}000{NB}€"


def test_english_money_puts_the_euro_first_and_groups_with_commas():
    assert ty.money(Decimal("8355000"), "EUR", "en") == "€8,355,000"
    assert ty.money(Decimal("12.5"), "EUR", "en") == "€12.50"
    assert ty.money(Decimal("1000"), "CHF", "en") == f"1,000{NB}CHF"


def test_short_money_and_percentages():
    assert ty.short_money(113_860_807, "RUB", "ru") == f"113,9{NB}млн{NB}₽"
    assert ty.short_money(8_355_000, "EUR", "en") == "€8.36M"
    assert ty.percent(0.343, "ru") == f"34{NB}%"
    assert ty.percent(0.343, "en") == "34%"
    assert ty.percent(-0.06, "ru", signed=True) == f"−6{NB}%"
    assert ty.percent(0.04, "en", signed=True) == "+4%"


def test_dates_are_unambiguous_in_both_languages():
    assert ty.day(date(2026, 11, 27), "ru") == "27.11.2026"
    assert ty.day(date(2026, 11, 7), "en") == f"7{NB}Nov{NB}2026"


def test_local_time_shows_its_offset():
    moment = datetime(2026, 11, 25, 5, 53, tzinfo=UTC)
    assert ty.clock(ty.local(moment, "Asia/Yekaterinburg")) == f"10:53{NB}(UTC+5)"
    assert ty.clock(ty.local(moment, "Nowhere/Else")) == f"05:53{NB}(UTC)"
    assert ty.clock(moment.astimezone(timezone(timedelta(hours=5, minutes=30)))) == f"11:23{NB}(UTC+5:30)"


def test_russian_quotes_nest_as_lapki_inside_yolochki():
    assert ty.quote("Пилот на «Сталеплавильный комплекс»", "ru") == "«Пилот на „Сталеплавильный комплекс“»"
    assert ty.quote('ООО "Ромашка"', "ru") == "«ООО „Ромашка“»"


def test_quotes_follow_the_language_of_the_quoted_text():
    """A Russian title in an English briefing keeps «ёлочки»: no “«mixed»” quotes."""
    assert ty.quote("Пилот на «Сталеплавильный комплекс»", "en") == "«Пилот на „Сталеплавильный комплекс“»"
    assert ty.quote('the "Zwickau" plant', "en") == "“the ‘Zwickau’ plant”"


def test_data_text_gets_typographic_quotes_dashes_and_a_tied_number_sign():
    assert ty.smarten('Поставка по заказу № 45 - срочно, "Гидравлика"', "ru") == \
        f"Поставка по заказу №{NB}45{NB}— срочно, «Гидравлика»"
    assert ty.smarten('Plant "North" - line 2', "en") == "Plant “North” – line 2"


def test_russian_plurals_agree_with_the_number():
    lx = Lexicon("ru")
    assert [lx.count(n, "meeting") for n in (1, 2, 5, 11, 21, 22, 112)] == [
        f"1{NB}встреча", f"2{NB}встречи", f"5{NB}встреч", f"11{NB}встреч", f"21{NB}встреча",
        f"22{NB}встречи", f"112{NB}встреч"]
    assert Lexicon("en").count(1, "day") == f"1{NB}day"
    assert Lexicon("en").count(3, "day") == f"3{NB}days"


def test_measures_keep_targets_exact_and_values_to_one_decimal():
    ru, en = Lexicon("ru"), Lexicon("en")
    assert ru.target("at_least", Decimal("95.0000"), "%") == f"≥{NB}95{NB}%"
    assert ru.measure(Decimal("87.012"), "%") == f"87,0{NB}%"
    assert en.target("at_most", Decimal("72"), "hours") == f"≤{NB}72{NB}hours"
    assert en.measure(Decimal("101.87"), "hours") == f"101.9{NB}hours"
    assert ru.period(parse_period("2026-Q4")) == f"IV{NB}кв. 2026"
    assert en.period(parse_period("2026-11")) == "November 2026"


@pytest.mark.parametrize("table", ["TEXT", "ENUMS", "PLURALS"])
def test_both_languages_have_the_same_keys(table):
    assert set(getattr(lexicon_en, table)) == set(getattr(lexicon_ru, table))


def test_every_template_takes_the_same_values_in_both_languages():
    def fields(text: str) -> set[str]:
        return {name for _, name, _, _ in string.Formatter().parse(text) if name}

    different = {key for key in lexicon_en.TEXT
                 if fields(lexicon_en.TEXT[key]) - {"deliveries"} != fields(lexicon_ru.TEXT[key])}
    assert not different


def test_russian_texts_use_no_straight_quotes():
    for table in (lexicon_ru.TEXT, lexicon_ru.ENUMS):
        assert not [k for k, v in table.items() if '"' in v or "“" in v.replace("„", "")]
