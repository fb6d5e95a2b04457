"""The service catalogue (resources/translations/service_ru.ts) is current, and the Orders & SLA
views and alert texts read in Russian with it (``test_i18n_catalogue.py`` checks every
catalogue's translations)."""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from planner.alerts.model import AccountRef, Alert, AlertKind, Severity
from ui import i18n

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "service_ru.ts"


def sources() -> list[Path]:
    return [
        ROOT / "ui" / "tabs" / "orders_sla.py",
        *sorted((ROOT / "ui" / "service").glob("*.py")),
        *sorted((ROOT / "ui" / "alerts").glob("*.py")),
    ]


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts).getroot()
    return {
        (c.findtext("name"), m.findtext("source")): m for c in root.iter("context") for m in c.iter("message")
    }


def test_lupdate_finds_nothing_missing_from_the_catalogue(tmp_path):
    tool = i18n.qt_tool("lupdate")
    if tool is None:
        pytest.skip("lupdate is not installed")
    copy = tmp_path / TS.name
    shutil.copyfile(TS, copy)
    subprocess.run(
        [
            str(tool),
            *map(str, sources()),
            "-locations",
            "none",
            "-no-obsolete",
            "-source-language",
            "en",
            "-target-language",
            "ru",
            "-ts",
            str(copy),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    fresh, committed = set(messages(copy)), set(messages(TS))
    assert not fresh - committed, f"strings without a translation: {sorted(fresh - committed)}"
    assert not committed - fresh, f"translations of strings gone: {sorted(committed - fresh)}"


@pytest.fixture
def russian(qapp, tmp_path):
    tool = i18n.qt_tool("lrelease")
    if tool is None:
        pytest.skip("lrelease is not installed")
    qm = tmp_path / "service_ru.qm"
    subprocess.run(
        [str(tool), "-silent", str(TS), "-qm", str(qm)], check=True, capture_output=True, timeout=120
    )
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    QLocale.setDefault(QLocale(QLocale.Language.Russian, QLocale.Country.Russia))
    yield
    QCoreApplication.removeTranslator(translator)


def test_alert_messages_and_values_read_in_russian(russian):
    from ui.alerts import wording
    from ui.service import words

    account = AccountRef(1, __import__("uuid").uuid4(), "Енисейская горнорудная компания", "ru")
    facts = {
        "order_number": "4500118083",
        "product_line": "Запчасти дробильного оборудования",
        "promised_on": date(2026, 12, 3),
        "expected_on": date(2026, 12, 7),
        "expected_delay_days": 4,
        "probability": 0.846,
        "overdue": False,
        "days_overdue": 0,
        "late_count": 11,
        "sample_size": 13,
        "scope": "account",
    }
    alert = Alert(
        "k", AlertKind.DELIVERY_LATE, Severity.HIGH, account, datetime(2026, 11, 8, tzinfo=UTC), facts
    )
    assert wording.message(alert) == (
        "Поставка по заказу №\u00a04500118083 (Запчасти дробильного оборудования) со сроком 03.12.2026, "
        "вероятно, опоздает: вероятность 85\u00a0%, примерно на 4 дня (ожидается 07.12.2026); сопоставимые "
        "поставки за последние 12 месяцев (по этому клиенту): опоздали 11 из 13."
    )
    sla = {
        "metric": "on_time_delivery",
        "name": None,
        "product_line": None,
        "unit": "%",
        "direction": "at_least",
        "target": Decimal("95"),
        "warning_threshold": Decimal("97"),
        "value": Decimal("90.91"),
        "status": "breached",
        "period": "2026-10",
        "period_complete": True,
        "sample_size": 66,
        "evidence_count": 6,
    }
    breach = Alert(
        "s", AlertKind.SLA_BREACHED, Severity.HIGH, account, datetime(2026, 10, 30, tzinfo=UTC), sla
    )
    assert wording.message(breach) == (
        "SLA «Поставки в срок» был нарушен за октябрь 2026: 90,9\u00a0% при цели не менее 95\u00a0%; "
        "опоздали 6 из 66 поставок."
    )
    assert words.days(1) == "1 день" and words.days(3) == "3 дня" and words.days(11) == "11 дней"
    assert wording.kind_label(AlertKind.NPS_DROP) == "Падение NPS"
