"""Chart builders (Figures without pyplot, texts in the asked language) and the order
analytics they draw from."""

from __future__ import annotations

import ast
import io
import uuid
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import pytest

from db.enums import SlaDirection, SlaMetric, SlaPeriod, SurveyKind
from planner.analytics.orders import OrderLineFact, by_product_line, year_over_year
from planner.analytics.satisfaction import trend
from planner.sla.facts import AccountData, DeliveryFact, SlaSpec, SurveyFact
from planner.sla.periods import Period, periods_back
from planner.sla.scorecard import trend as sla_trend

TODAY = date(2026, 11, 27)
CHARTS = Path(__file__).resolve().parents[2] / "planner" / "charts"


def texts(figure) -> list[str]:
    from matplotlib.text import Text

    return [t.get_text() for t in figure.findobj(Text) if t.get_text()]


def png(figure) -> bytes:
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    buffer = io.BytesIO()
    FigureCanvasAgg(figure).print_png(buffer)
    return buffer.getvalue()


def order_lines() -> list[OrderLineFact]:
    lines = []
    for year in (2024, 2025, 2026):
        for month in range(1, 13):
            if (year, month) > (2026, 11):
                continue
            lines.append(OrderLineFact(date(year, month, 15), "Гидравлика", Decimal(1000 * month)))
            lines.append(OrderLineFact(date(year, month, 20), "Приводы", Decimal(500) * (year - 2023)))
    return lines


# --- Analytics -------------------------------------------------------------------------------

def test_year_over_year():
    yoy = year_over_year(order_lines(), TODAY, years=3)
    assert yoy.years == (2024, 2025, 2026)
    assert yoy.months[2026][10] == Decimal(11000 + 1500) and yoy.months[2026][11] is None
    assert yoy.totals[2024] == Decimal(78000 + 6000)
    assert yoy.to_date[2025] == Decimal(66000 + 11 * 1000)
    assert yoy.change_to_date == pytest.approx(500 * 11 / (66000 + 11000))


def test_by_product_line_last_twelve_months_against_the_twelve_before():
    rows = by_product_line(order_lines(), TODAY)
    assert [r.product_line for r in rows] == ["Гидравлика", "Приводы"]
    drives = rows[1]
    assert drives.amount == Decimal(1500 * 11 + 1000)       # Dec 2025 at 2025's price
    assert drives.previous_amount == Decimal(1000 * 11 + 500)
    assert sum(r.share for r in rows) == pytest.approx(1.0)
    assert by_product_line([], TODAY) == []


def test_year_over_year_without_orders():
    yoy = year_over_year([], TODAY)
    assert yoy.change_to_date is None and yoy.totals[2026] == 0


# --- Figures ---------------------------------------------------------------------------------

def sla_results():
    spec = SlaSpec(uuid.uuid4(), 1, SlaMetric.ON_TIME_DELIVERY, Decimal(95), SlaDirection.AT_LEAST,
                   SlaPeriod.MONTH, Decimal(97), "%")
    deliveries = tuple(
        DeliveryFact(uuid.uuid4(), 1, date(2026, m, d), date(2026, m, d + (3 if d <= m - 7 else 0)), "X")
        for m in range(8, 12) for d in range(1, 21)
    )
    return sla_trend(spec, AccountData(deliveries=deliveries), datetime(2026, 11, 27, tzinfo=UTC), 6)


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_sla_trend_figure(lang):
    from matplotlib.figure import Figure

    from planner.charts.sla import sla_trend_figure

    figure = sla_trend_figure(sla_results(), lang=lang)
    assert isinstance(figure, Figure)
    words = texts(figure)
    assert ("Поставки в срок" if lang == "ru" else "On-time delivery") in words
    assert any(w.startswith("Цель" if lang == "ru" else "Target") for w in words)
    assert "2026-11" in words
    assert png(figure).startswith(b"\x89PNG")


def test_labels_override_any_text():
    from planner.charts.sla import sla_trend_figure

    figure = sla_trend_figure(sla_results(), lang="ru", labels={"on_time_delivery": "OTD (клиент)"})
    assert "OTD (клиент)" in texts(figure)


def test_orders_figures_in_russian():
    from planner.charts.orders import orders_by_product_line_figure, orders_yoy_figure

    yoy = year_over_year(order_lines(), TODAY)
    figure = orders_yoy_figure(yoy, "RUB", lang="ru")
    words = texts(figure)
    assert "Заказы по месяцам: год к году" in words and "янв" in words and "2026" in words
    assert "Объём заказов, RUB" in words
    assert png(figure)
    bars = orders_by_product_line_figure(by_product_line(order_lines(), TODAY), "RUB", lang="ru")
    assert {"Гидравлика", "Последние 12 месяцев"} <= set(texts(bars))
    assert png(bars)


def test_nps_trend_figure():
    from planner.charts.satisfaction import nps_trend_figure

    answers = [SurveyFact(uuid.uuid4(), 1, SurveyKind.NPS, s, 10, datetime(2026, m, 12, tzinfo=UTC))
               for m, s in ((5, 10), (5, 9), (8, 9), (8, 3), (11, 2), (11, 4))]
    points = trend(answers, periods_back(Period(SlaPeriod.QUARTER, 2026, 4), 4))
    figure = nps_trend_figure(points, lang="en")
    words = texts(figure)
    assert "Net Promoter Score" in words and "2026-Q4" in words
    assert any("-100" in w for w in words)
    assert png(figure)


def test_empty_data_says_so():
    from planner.charts.orders import orders_by_product_line_figure
    from planner.charts.satisfaction import nps_trend_figure
    from planner.charts.sla import sla_trend_figure

    assert "Данных пока нет" in texts(sla_trend_figure([], lang="ru"))
    assert "No data yet" in texts(orders_by_product_line_figure([], "EUR"))
    assert "No data yet" in texts(nps_trend_figure([], lang="en"))


def test_charts_never_use_pyplot():
    """pyplot keeps global state and picks a GUI backend: the builders must not touch it."""
    for path in CHARTS.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                names = [node.module or "", *(f"{node.module}.{a.name}" for a in node.names)]
            else:
                continue
            assert not any("pyplot" in n or n.startswith("PySide6") for n in names), path.name
