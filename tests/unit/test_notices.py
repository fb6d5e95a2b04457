"""The draft late-delivery notice: language, recipient, facts and Russian typography."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from planner.notices import (
    NBSP,
    Recipient,
    choose_recipient,
    draft_late_delivery_notice,
    format_date,
    format_number,
    ru_salutation,
)

FACTS = dict(order_number="4500623880", product_line="Гидравлика", promised_on=date(2026, 12, 3),
             expected_on=date(2026, 12, 12), quantity=Decimal("1200.000"), unit="шт",
             ordered_on=date(2026, 10, 19))


def test_russian_notice_typography():
    notice = draft_late_delivery_notice(
        language="ru", recipient=Recipient("Васильев Тимур Александрович", "t.vasilev@egrk.ru"),
        sender="Андрей Соколов", **FACTS)
    assert notice.language == "ru" and notice.to_email == "t.vasilev@egrk.ru"
    assert notice.subject == f"Перенос срока поставки по заказу №{NBSP}4500623880"
    body = notice.body
    assert body.startswith("Уважаемый Тимур Александрович!\n")
    assert "«Гидравлика»" in body and '"' not in body
    assert f"1{NBSP}200{NBSP}шт." in body
    assert "03.12.2026" in body and "12.12.2026" in body and "от 19.10.2026" in body
    assert f"поставки{NBSP}— 03.12.2026" in body
    assert "по нашей оценке" in body
    assert body.rstrip().endswith("Андрей Соколов")


def test_overdue_wording_differs_from_a_forecast():
    ru = draft_late_delivery_notice(language="ru", recipient=None, overdue=True, **FACTS)
    assert "задерживается" in ru.body and "по нашей оценке" not in ru.body
    assert ru.body.startswith("Уважаемые коллеги!")
    en = draft_late_delivery_notice(language="en", recipient=None, overdue=True, **FACTS)
    assert "is delayed" in en.body and "agreed delivery date was 3 December 2026" in en.body


def test_english_notice():
    notice = draft_late_delivery_notice(
        language="en", recipient=Recipient("Eline Vos", "e.vos@lumisight.nl"),
        **{**FACTS, "product_line": "Vision sensors", "unit": "pcs"})
    assert notice.subject == "Revised delivery date for order 4500623880"
    assert notice.body.startswith("Dear Eline Vos,")
    assert "(Vision sensors, 1,200 pcs)" in notice.body
    assert "3 December 2026" in notice.body and "12 December 2026" in notice.body
    assert "Your account team" in notice.body


def test_unsupported_language_falls_back_to_english():
    notice = draft_late_delivery_notice(language="de", recipient=None, **FACTS)
    assert (notice.language, notice.requested) == ("en", "de")


def test_without_order_number_or_quantity():
    notice = draft_late_delivery_notice(language="ru", recipient=None, **{
        **FACTS, "order_number": None, "quantity": None, "ordered_on": None})
    assert notice.subject == "Перенос срока поставки «Гидравлика»"
    assert "по вашему заказу (товарная группа «Гидравлика»)" in notice.body


@pytest.mark.parametrize(
    ("name", "greeting"),
    [("Иванов Иван Петрович", "Уважаемый Иван Петрович!"),
     ("Анна Сергеевна Кузнецова", "Уважаемая Анна Сергеевна!"),
     ("Мария Ильинична Павлова", "Уважаемая Мария Ильинична!"),
     ("Пётр Ильич Чайковский", "Уважаемый Пётр Ильич!"),
     ("Jan de Vries", "Здравствуйте, Jan de Vries!"),
     (None, "Уважаемые коллеги!")],
)
def test_russian_salutation(name, greeting):
    assert ru_salutation(name) == greeting


def test_formats():
    assert format_date(date(2026, 11, 27), "ru") == "27.11.2026"
    assert format_date(date(2026, 11, 7), "en") == "7 November 2026"
    assert format_number(Decimal("1234567.50"), "ru") == f"1{NBSP}234{NBSP}567,5"
    assert format_number(Decimal("1234567.50"), "en") == "1,234,567.5"
    assert format_number(12, "ru") == "12"


def test_recipient_is_the_purchasing_contact():
    people = [
        Recipient("Economic Buyer", "eb@x", roles=("economic_buyer",), relationship_strength=5),
        Recipient("Purchasing Head", "buy@x", roles=("buyer", "technical_buyer")),
        Recipient("Plant User", "user@x", roles=("user",)),
    ]
    assert choose_recipient(people).name == "Purchasing Head"
    no_roles = [Recipient("A", None, relationship_strength=5), Recipient("B", "b@x", relationship_strength=1)]
    assert choose_recipient(no_roles).name == "B"
    assert choose_recipient([]) is None
