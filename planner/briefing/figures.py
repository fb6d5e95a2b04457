"""The briefing's pictures as PNG bytes at print resolution: the orders chart and the map.

The same matplotlib Figures the app shows (planner.charts, planner.stakeholders.render),
sized to the page's text width and saved at DPI, so they print sharp at 17 cm.
matplotlib is imported here, inside the functions, only when a briefing is written.
"""

from __future__ import annotations

import io

from planner.analytics.orders import YearOverYear
from planner.stakeholders.model import StakeholderMap

#: Print resolution of every picture (dots per inch at its size on the page).
DPI = 200
CHART_HEIGHT_IN = 3.3


def orders_chart(yoy: YearOverYear, currency: str, lang: str, width_in: float) -> bytes:
    from planner.charts.orders import orders_yoy_figure

    figure = orders_yoy_figure(yoy, currency, lang)
    figure.set_size_inches(width_in, CHART_HEIGHT_IN)
    return _png(figure)


def org_chart(smap: StakeholderMap, lang: str, width_in: float, height_in: float) -> tuple[bytes, float]:
    """The org chart fitted into the box; returns the PNG and its width in inches."""
    from planner.stakeholders.render import org_figure

    figure = org_figure(smap, lang=lang, fit=(width_in, height_in))
    return _png(figure), float(figure.get_figwidth())


def grid_chart(smap: StakeholderMap, lang: str, width_in: float, height_in: float) -> tuple[bytes, float]:
    from planner.stakeholders.render import grid_figure

    figure = grid_figure(smap, lang=lang, fit=(width_in, height_in))
    return _png(figure), float(figure.get_figwidth())


def _png(figure) -> bytes:
    out = io.BytesIO()
    figure.savefig(out, format="png", dpi=DPI, facecolor="white", pil_kwargs={"compress_level": 1})
    return out.getvalue()
