"""Drawing the stakeholder map as a matplotlib Figure: the org chart and the power/interest grid.

One renderer for every output: the UI embeds the Figure, ``kap map`` and the
briefing save it as PNG or SVG (names stay text in the SVG). Cards keep a fixed
size in scene units and text a fixed size in points, so the Figure grows with
the account instead of shrinking its text: a 300-person map stays readable when
zoomed, and the SVG stays sharp at any zoom. Paginating would cut reporting
lines, so we do not. A caller with a fixed page (the briefing) passes ``fit``,
which scales the whole picture, text included, down to that size.
matplotlib is imported inside the functions, so the CLI starts fast.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING

from db.enums import LinkKind, RoleFramework
from planner.errors import ValidationError
from planner.stakeholders.baseline import ChangeKind, MapDiff
from planner.stakeholders.labels import Labels
from planner.stakeholders.layout import (
    HIGH_AT,
    LEVELS,
    Box,
    GridLayout,
    OrgLayout,
    grid_layout,
    org_layout,
)
from planner.stakeholders.model import STALE_AFTER_DAYS, MapPerson, StakeholderMap, View
from planner.stakeholders.palette import (
    ATTITUDE_COLOURS,
    BADGE,
    HIGHLIGHT,
    INFLUENCE_WIDTH,
    LEFT_COLOURS,
    LINK_STYLES,
    QUADRANT_FILL,
    REPORTING,
    STALE,
)
from planner.stakeholders.text import FONT, PT, UNITS_PER_INCH, fit_name, fit_text, short_name, text_width

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

MARGIN = 48.0
HEADER_IN = 1.3
DIFF_LINE_IN = 0.3
MIN_WIDTH_IN = 12.0
DPI = 110
#: A PNG is never larger than this; beyond it the resolution drops, not the layout.
MAX_PIXELS = 36_000_000
MAX_SIDE_PX = 32_000
#: zlib level for PNGs: big maps are mostly flat colour, so fast compression costs little size.
PNG_COMPRESSION = 2
FORMATS = ("png", "svg")


@dataclass(frozen=True)
class _Look:
    """Everything that scales together: fonts and line widths (points), and inches per unit."""

    scale: float
    words: Labels
    changes: Mapping[uuid.UUID, tuple[ChangeKind, ...]]

    def pt(self, size: float) -> float:
        return size * self.scale


# --------------------------------------------------------------------------- public


def org_figure(
    smap: StakeholderMap,
    layout: OrgLayout | None = None,
    *,
    lang: str = "en",
    diff: MapDiff | None = None,
    baseline_name: str | None = None,
    fit: tuple[float, float] | None = None,
) -> Figure:
    """The org chart: cards, reporting lines, informal links, legend, changes since a baseline."""
    layout = layout or org_layout(smap)
    x0, y0, x1, y1 = layout.bounds
    fig, ax, look = _canvas(smap, x1 - x0 + 2 * MARGIN, y1 - y0 + 2 * MARGIN, (0, 0, 0, 0),
                            lang, diff, baseline_name, fit, View.ORG)
    span_x = ax.get_position().width * fig.get_figwidth() / look.scale * UNITS_PER_INCH
    ax.set_xlim((x0 + x1 - span_x) / 2, (x0 + x1 + span_x) / 2)
    ax.set_ylim(y1 + MARGIN, y0 - MARGIN)
    ax.set_axis_off()
    from matplotlib.collections import LineCollection

    ax.add_collection(LineCollection([c.points for c in layout.lines], colors=REPORTING,
                                     linewidths=look.pt(1.2), zorder=1, capstyle="butt"))
    for link in smap.links:
        _link(ax, layout.cards[link.source], layout.cards[link.target], link.kind, link.strength, look)
    if layout.unplaced is not None:
        box = layout.unplaced
        ax.text(box.left, box.top - 34, look.words("unplaced"), fontsize=look.pt(11), color="#555",
                fontweight="bold", fontfamily=FONT, va="bottom", ha="left")
        ax.plot([box.left, box.right], [box.top - 24, box.top - 24], color="#bbb",
                lw=look.pt(0.8), zorder=0.5)
    for person in smap.people:
        _org_card(ax, layout.cards[person.uuid], person, look)
    return fig


def grid_figure(
    smap: StakeholderMap,
    layout: GridLayout | None = None,
    *,
    lang: str = "en",
    diff: MapDiff | None = None,
    baseline_name: str | None = None,
    fit: tuple[float, float] | None = None,
) -> Figure:
    """The power/interest grid (Mendelow): cells by influence and interest, four quadrants."""
    layout = layout or grid_layout(smap)
    pads = (1.0, 1.15, 0.35, 0.45)  # left, bottom, right, top (inches, scaled)
    fig, ax, look = _canvas(smap, layout.width, layout.height, pads, lang, diff, baseline_name,
                            fit, View.GRID)
    ax.set_xlim(0, layout.width)
    ax.set_ylim(layout.height, 0)
    from matplotlib.patches import Rectangle

    for influence in range(1, LEVELS + 1):
        for interest in range(1, LEVELS + 1):
            cell = layout.cell_box(influence, interest)
            fill = QUADRANT_FILL[(influence >= HIGH_AT, interest >= HIGH_AT)]
            ax.add_artist(Rectangle((cell.left, cell.top), cell.w, cell.h, facecolor=fill,
                                    edgecolor="white", linewidth=look.pt(1.5), zorder=0))
    split_x = (HIGH_AT - 1) * layout.cell_w
    split_y = (LEVELS - HIGH_AT + 1) * layout.cell_h
    ax.axvline(split_x, color="#888", lw=look.pt(1.6), zorder=0.5)
    ax.axhline(split_y, color="#888", lw=look.pt(1.6), zorder=0.5)
    ticks = [(i - 0.5) * layout.cell_w for i in range(1, LEVELS + 1)]
    ax.set_xticks(ticks, [str(i) for i in range(1, LEVELS + 1)])
    ax.set_yticks([(LEVELS - i + 0.5) * layout.cell_h for i in range(1, LEVELS + 1)],
                  [str(i) for i in range(1, LEVELS + 1)])
    ax.tick_params(labelsize=look.pt(10), length=0)
    for label in (*ax.get_xticklabels(), *ax.get_yticklabels()):
        label.set_fontfamily(FONT)
    for spine in ax.spines.values():
        spine.set_visible(False)
    words = look.words
    font = {"fontfamily": FONT, "fontsize": look.pt(12), "fontweight": "bold", "color": "#444"}
    gap = 10 * PT
    ax.text(split_x / 2, -gap, words("q_satisfy"), ha="center", va="bottom", **font)
    ax.text((split_x + layout.width) / 2, -gap, words("q_manage"), ha="center", va="bottom", **font)
    below = layout.height + 24 * PT
    ax.text(split_x / 2, below, words("q_monitor"), ha="center", va="top", **font)
    ax.text((split_x + layout.width) / 2, below, words("q_inform"), ha="center", va="top", **font)
    ax.text(layout.width, below + 20 * PT, words("interest_axis"), ha="right", va="top",
            fontfamily=FONT, fontsize=look.pt(10), color="#333")
    ax.set_ylabel(words("influence_axis"), fontfamily=FONT, fontsize=look.pt(10), color="#333")
    for person in smap.people:
        _grid_card(ax, layout.cards[person.uuid], person, look)
    return fig


def save_figure(fig: Figure, target: str | Path | IO[bytes], fmt: str | None = None) -> None:
    """PNG or SVG; SVG keeps text as text, PNG resolution drops only past MAX_PIXELS."""
    from matplotlib import rc_context

    if fmt is None:
        fmt = Path(str(target)).suffix.lstrip(".").lower()
    if fmt not in FORMATS:
        raise ValidationError("out", "the map is written as .png or .svg")
    width, height = fig.get_size_inches()
    dpi = min(float(DPI), (MAX_PIXELS / (width * height)) ** 0.5, MAX_SIDE_PX / max(width, height))
    with rc_context({"svg.fonttype": "none", "font.family": FONT, "svg.hashsalt": "kap"}):
        extra = {"pil_kwargs": {"compress_level": PNG_COMPRESSION}} if fmt == "png" else {}
        fig.savefig(target, format=fmt, dpi=dpi, facecolor="white", **extra)


def render_map(
    smap: StakeholderMap,
    target: str | Path | IO[bytes],
    *,
    view: View | str = View.ORG,
    fmt: str | None = None,
    lang: str = "en",
    diff: MapDiff | None = None,
    baseline_name: str | None = None,
) -> None:
    """Lay out, draw and save one view of the map: what ``kap map`` does."""
    view = View(view)
    build = org_figure if view == View.ORG else grid_figure
    save_figure(build(smap, lang=lang, diff=diff, baseline_name=baseline_name), target, fmt)


# --------------------------------------------------------------------------- frame


def _canvas(smap, w_units, h_units, pads, lang, diff, baseline_name, fit, view):
    from matplotlib.figure import Figure

    left, bottom, right, top = pads
    header = HEADER_IN + (DIFF_LINE_IN if diff is not None else 0.0) + top
    body_w = w_units / UNITS_PER_INCH + left + right
    body_h = h_units / UNITS_PER_INCH + bottom + header
    scale = 1.0
    if fit is not None:
        scale = min(1.0, fit[0] / max(body_w, MIN_WIDTH_IN), fit[1] / body_h)
    width_in = max(body_w, MIN_WIDTH_IN) * scale
    height_in = body_h * scale
    fig = Figure(figsize=(width_in, height_in), dpi=DPI, facecolor="white")
    plot_w = w_units / UNITS_PER_INCH * scale
    plot_h = h_units / UNITS_PER_INCH * scale
    if view == View.ORG:
        rect = (0.0, 0.0, 1.0, plot_h / height_in)
    else:
        rect = (left * scale / width_in, bottom * scale / height_in, plot_w / width_in, plot_h / height_in)
    ax = fig.add_axes(rect)
    changes = diff.by_person() if diff is not None else {}
    look = _Look(scale, Labels(lang), changes)
    _header(fig, smap, look, diff, baseline_name, view)
    return fig, ax, look


def _header(fig, smap: StakeholderMap, look: _Look, diff, baseline_name, view) -> None:
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    words = look.words
    inch = fig.dpi_scale_trans
    height = fig.get_figheight()
    x = 0.3 * look.scale
    left = sum(p.left for p in smap.people)
    facts = [words("as_of", date=smap.as_of.isoformat()), words("people", n=len(smap.people) - left)]
    if left:
        facts.append(words("left_count", n=left))
    if smap.site_filter is not None:
        facts.append(words("site", site=smap.site_name(smap.site_filter) or "?"))
    title = words("title" if view == View.ORG else "grid_title")
    fig.text(x, height - 0.25 * look.scale, f"{title} — {smap.account_name}", transform=inch,
             fontsize=look.pt(16), fontweight="bold", fontfamily=FONT, va="top")
    fig.text(x, height - 0.62 * look.scale, "  ·  ".join(facts), transform=inch,
             fontsize=look.pt(10), fontfamily=FONT, va="top", color="#444")
    handles = [Patch(facecolor=fill, edgecolor=edge, linewidth=look.pt(1.5), label=words.attitude(a))
               for a, (edge, fill) in ATTITUDE_COLOURS.items()]
    handles.append(Patch(facecolor=LEFT_COLOURS[1], edgecolor=LEFT_COLOURS[0], linestyle="--",
                         label=words("left")))
    if view == View.ORG:
        handles.append(Line2D([], [], color=REPORTING, lw=look.pt(1.2), label=words("reporting")))
        handles += [Line2D([], [], color=colour, ls=style, lw=look.pt(1.6), label=words.link(kind))
                    for kind, (colour, style, _) in LINK_STYLES.items()]
    handles.append(Patch(facecolor=STALE, edgecolor=STALE, label=words("stale", days=STALE_AFTER_DAYS)))
    if diff is not None:
        handles.append(Patch(facecolor="none", edgecolor=HIGHLIGHT, linewidth=look.pt(3),
                             label=words("changed", name=baseline_name or diff.baseline_as_of)))
    fig.legend(handles=handles, loc="upper left", bbox_to_anchor=(x - 0.1 * look.scale,
               height - 0.82 * look.scale), bbox_transform=inch, ncol=len(handles), frameon=False,
               prop={"family": FONT, "size": look.pt(8.5)}, handlelength=1.8, columnspacing=1.2)
    note = f"{words('roles_key')}  ·  {words('dots_key')}" if view == View.ORG else words("roles_key")
    fig.text(x, height - 1.17 * look.scale, note, transform=inch, fontsize=look.pt(8),
             fontfamily=FONT, va="top", color="#555")
    if diff is not None:
        fig.text(x, height - 1.45 * look.scale, _diff_summary(diff, baseline_name, words),
                 transform=inch, fontsize=look.pt(9), fontfamily=FONT, va="top", color="#8a4b00",
                 fontweight="bold")


def _diff_summary(diff: MapDiff, baseline_name: str | None, words: Labels) -> str:
    counts: dict[ChangeKind, int] = {}
    for change in diff.changes:
        counts[change.kind] = counts.get(change.kind, 0) + 1
    named = (ChangeKind.JOINED, ChangeKind.LEFT, ChangeKind.RETURNED)
    parts = []
    for kind, n in counts.items():
        if kind in named:
            who = [c.name for c in diff.changes if c.kind == kind]
            parts.append(f"{words.change(kind)} {n}: {', '.join(who[:3])}{' …' if n > 3 else ''}")
        elif kind != ChangeKind.REMOVED:
            parts.append(f"{words.change(kind)} {n}")
    parts.append(words("coverage", a=diff.covered_before, b=diff.covered_after))
    removed = [c.name for c in diff.changes if c.kind == ChangeKind.REMOVED]
    if removed:
        parts.append(words("removed", names=", ".join(removed[:5]) + (" …" if len(removed) > 5 else "")))
    name = f"«{baseline_name}»" if baseline_name else ""
    return words("since", name=name, date=diff.baseline_as_of.isoformat(), summary=" · ".join(parts))


# --------------------------------------------------------------------------- cards


def _org_card(ax: Axes, box: Box, person: MapPerson, look: _Look) -> None:
    words = look.words
    edge, fill = LEFT_COLOURS if person.left else ATTITUDE_COLOURS[person.attitude]
    ink = "#8a8a8a" if person.left else "#1d1d1f"
    _frame(ax, box, person, edge, fill, look, INFLUENCE_WIDTH.get(person.influence, 1.9))
    pad = 10.0
    x = box.left + pad
    inner = box.w - 2 * pad
    name = fit_name(person.name, inner, 10, bold=True)
    ax.text(x, box.top + 17, name, fontsize=look.pt(10), fontweight="bold", color=ink,
            fontfamily=FONT, va="center", ha="left", zorder=4)
    if person.left:
        width = text_width(name, 10, bold=True)
        ax.plot([x, x + width], [box.top + 17, box.top + 17], color="#666", lw=look.pt(1.1), zorder=4.5)
    if person.title:
        ax.text(x, box.top + 37, fit_text(person.title, inner, 8), fontsize=look.pt(8), color="#4a4a4a",
                fontfamily=FONT, va="center", ha="left", zorder=4)
    pips = f"{words('infl')} " + "●" * person.influence + "○" * (5 - person.influence)
    pips_w = text_width(pips, 7)
    ax.text(box.right - pad, box.top + 60, pips, fontsize=look.pt(7), color=edge, fontfamily=FONT,
            va="center", ha="right", zorder=4)
    _badges(ax, person, x, box.top + 60, box.right - pad - pips_w - 6, look)
    bottom = box.bottom - 16
    if person.left:
        tag = words("left_tag", date=person.left_on.isoformat()) if person.left_on else words(
            "left_tag_undated")
        if person.left_to:
            tag += f" → {person.left_to}"
        ax.text(x, bottom, fit_text(tag, inner, 7.5, bold=True), fontsize=look.pt(7.5), color="#555",
                fontweight="bold", fontfamily=FONT, va="center", ha="left", zorder=4)
        return
    fresh_w = _freshness(ax, person, box.right - pad, bottom, look, 7.5)
    strength = f"{words('rel')} " + "●" * person.strength + "○" * (5 - person.strength)
    owner = short_name(person.owner_name) if person.owner_name else words("no_owner")
    text = fit_text(f"{strength}  {owner}", inner - fresh_w - 8, 7.5)
    ax.text(x, bottom, text, fontsize=look.pt(7.5), fontfamily=FONT, va="center", ha="left",
            color="#23509b" if person.owner_name else "#b85c00", zorder=4,
            fontstyle="normal" if person.owner_name else "italic")


def _grid_card(ax: Axes, box: Box, person: MapPerson, look: _Look) -> None:
    edge, fill = LEFT_COLOURS if person.left else ATTITUDE_COLOURS[person.attitude]
    ink = "#8a8a8a" if person.left else "#1d1d1f"
    _frame(ax, box, person, edge, fill, look, 1.6)
    pad = 8.0
    x = box.left + pad
    inner = box.w - 2 * pad
    name = fit_name(person.name, inner, 8.5, bold=True)
    ax.text(x, box.top + 15, name, fontsize=look.pt(8.5), fontweight="bold", color=ink,
            fontfamily=FONT, va="center", ha="left", zorder=4)
    if person.left:
        width = text_width(name, 8.5, bold=True)
        ax.plot([x, x + width], [box.top + 15, box.top + 15], color="#666", lw=look.pt(1), zorder=4.5)
    y = box.bottom - 14
    if person.left:
        fresh_w = text_width(look.words("left_tag_undated"), 7, bold=True)
        ax.text(box.right - pad, y, look.words("left_tag_undated"), fontsize=look.pt(7), color="#555",
                fontweight="bold", fontfamily=FONT, va="center", ha="right", zorder=4)
    else:
        fresh_w = _freshness(ax, person, box.right - pad, y, look, 7)
    roles = " ".join(look.words.role(r.framework, r.role) for r in person.roles)
    if roles:
        ax.text(x, y, fit_text(roles, inner - fresh_w - 6, 7, bold=True), fontsize=look.pt(7),
                color=BADGE[RoleFramework.MILLER_HEIMAN], fontweight="bold", fontfamily=FONT,
                va="center", ha="left", zorder=4)


def _frame(ax, box: Box, person: MapPerson, edge: str, fill: str, look: _Look, width: float) -> None:
    from matplotlib.patches import FancyBboxPatch

    rounding = min(10.0, box.h / 4)
    ax.add_artist(FancyBboxPatch((box.left, box.top), box.w, box.h,
                                 boxstyle=f"round,pad=0,rounding_size={rounding}", facecolor=fill,
                                 edgecolor=edge, linewidth=look.pt(width),
                                 linestyle="--" if person.left else "-", zorder=3))
    if person.left:  # what they were to us stays visible as a strip in their old colour
        was = ATTITUDE_COLOURS[person.attitude][0]
        ax.add_artist(FancyBboxPatch((box.left + 2.5, box.top + 8), 4, box.h - 16,
                                     boxstyle="round,pad=0,rounding_size=2", facecolor=was,
                                     edgecolor="none", zorder=3.5))
    kinds = look.changes.get(person.uuid)
    if kinds:
        ax.add_artist(FancyBboxPatch((box.left, box.top), box.w, box.h,
                                     boxstyle=f"round,pad=5,rounding_size={rounding + 4}",
                                     facecolor="none", edgecolor=HIGHLIGHT, linewidth=look.pt(4.5),
                                     alpha=0.85, zorder=2.5))
        tag = " · ".join(dict.fromkeys(look.words.change(k) for k in kinds))
        ax.text(box.right - 6, box.top, fit_text(tag, box.w - 12, 7, bold=True), fontsize=look.pt(7),
                fontweight="bold", color="white", fontfamily=FONT, ha="right", va="center", zorder=6,
                bbox={"boxstyle": "round,pad=0.25", "facecolor": HIGHLIGHT, "edgecolor": "none"})


def _badges(ax, person: MapPerson, x: float, y: float, right: float, look: _Look) -> None:
    for role in person.roles:
        text = look.words.role(role.framework, role.role)
        width = text_width(text, 7, bold=True) + 8
        if x + width > right:
            ax.text(x, y, "…", fontsize=look.pt(8), fontfamily=FONT, va="center", zorder=4)
            return
        ax.text(x + 4, y, text, fontsize=look.pt(7), fontweight="bold", color="white",
                fontfamily=FONT, va="center", ha="left", zorder=5,
                bbox={"boxstyle": "round,pad=0.3", "facecolor": BADGE[role.framework],
                      "edgecolor": "none"})
        x += width + 6


def _freshness(ax, person: MapPerson, right: float, y: float, look: _Look, size: float) -> float:
    """Days since the last contact at the card's right; stale ones as a red pill. Returns width."""
    words = look.words
    text = words("never") if person.days_since is None else words("days", n=person.days_since)
    if person.stale:
        text = f"⚠ {text}"
        ax.text(right - 3, y, text, fontsize=look.pt(size), fontweight="bold", color="white",
                fontfamily=FONT, va="center", ha="right", zorder=5,
                bbox={"boxstyle": "round,pad=0.25", "facecolor": STALE, "edgecolor": "none"})
        return text_width(text, size, bold=True) + 8
    ax.text(right, y, text, fontsize=look.pt(size), color="#2b6b3a", fontfamily=FONT, va="center",
            ha="right", zorder=4)
    return text_width(text, size)


def _link(ax, a: Box, b: Box, kind: LinkKind, strength: int, look: _Look) -> None:
    from matplotlib.patches import FancyArrowPatch

    colour, style, arrow = LINK_STYLES[kind]
    start = a.edge_towards((b.cx, b.cy))
    end = b.edge_towards((a.cx, a.cy))
    ax.add_artist(FancyArrowPatch(start, end, arrowstyle=arrow, connectionstyle="arc3,rad=0.18",
                                  color=colour, linestyle=style, mutation_scale=look.pt(12),
                                  linewidth=look.pt(0.8 + 0.35 * strength), alpha=0.9, zorder=2))
