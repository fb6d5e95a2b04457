"""The gap analysis beside the map: each gap, how bad, who is involved, and the next step.

The rules live in ``planner.stakeholders.gaps``; here they are worded. Choosing a
gap selects and shows the people it names (and those who could close it).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from planner.stakeholders.gaps import Gap, GapKind, Severity
from ui import formatting
from ui.stakeholders import words
from ui.stakeholders.side_list import SideList

translate = QCoreApplication.translate

SEVERITY_COLOURS = {Severity.HIGH: "#c62828", Severity.MEDIUM: "#e08600", Severity.LOW: "#7d8590"}


class GapsPanel(QWidget):
    """Lists the map's gaps, the most severe first."""

    people_chosen = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stakeholderGaps")
        self._gaps: tuple[Gap, ...] = ()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        self.heading = QLabel()
        self.heading.setObjectName("gapsHeading")
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        self.list = SideList()
        self.list.setObjectName("gapsList")
        self.heading.setBuddy(self.list)
        self.list.people_chosen.connect(self.people_chosen)
        layout.addWidget(self.list, 1)
        self.retranslate()

    @property
    def gaps(self) -> tuple[Gap, ...]:
        return self._gaps

    def show_gaps(self, gaps: Sequence[Gap]) -> None:
        self._gaps = tuple(gaps)
        self.list.clear()
        for gap in self._gaps:
            detail = "\n".join(line for line in describe(gap) if line)
            people = [p.uuid for p in (*gap.people, *gap.candidates)]
            item = self.list.add_entry(
                words.gap_kind(gap.kind), detail, people, SEVERITY_COLOURS.get(gap.severity, "#7d8590")
            )
            item.setToolTip(
                self.tr("Severity: {severity}").format(severity=words.severity(gap.severity))
                + "\n"
                + item.toolTip()
            )
        self._heading()

    def retranslate(self) -> None:
        self.list.setAccessibleName(self.tr("Gaps"))
        self.list.placeholder = self.tr("No gaps: the map meets every rule.")
        self._heading()
        if self._gaps:
            self.show_gaps(self._gaps)

    def _heading(self) -> None:
        high = sum(g.severity == Severity.HIGH for g in self._gaps)
        self.heading.setText(
            self.tr("Gaps: {count}, severe: {high}").format(
                count=formatting.integer(len(self._gaps)), high=formatting.integer(high)
            )
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def describe(gap: Gap) -> list[str]:
    """The lines under a gap's heading: who, since when, who could help, what to do next."""
    names = ", ".join(p.name for p in gap.people)
    days = formatting.integer(gap.days) if gap.days is not None else None
    lines: list[str] = []
    match gap.kind:
        case GapKind.CHAMPION_LEFT if days is not None:
            lines.append(translate("GapsPanel", "{names} left {days} d ago").format(names=names, days=days))
        case GapKind.CHAMPION_LEFT:
            lines.append(translate("GapsPanel", "{names} left").format(names=names))
        case GapKind.DECISION_MAKER_STALE if days is not None:
            lines.append(
                translate("GapsPanel", "{names}: no contact for {days} d").format(names=names, days=days)
            )
        case GapKind.DECISION_MAKER_STALE:
            lines.append(translate("GapsPanel", "{names}: never contacted").format(names=names))
        case GapKind.SINGLE_THREADED if names:
            lines.append(translate("GapsPanel", "Only {names} carries the relationship").format(names=names))
        case GapKind.SINGLE_THREADED:
            lines.append(translate("GapsPanel", "Nobody carries the relationship"))
        case GapKind.SITE_UNMAPPED:
            lines.append(
                translate("GapsPanel", "{site}: nobody on the map").format(site=gap.site_name or "?")
            )
        case GapKind.NO_ECONOMIC_BUYER | GapKind.NO_COACH if names:
            lines.append(translate("GapsPanel", "Left: {names}").format(names=names))
        case _ if names and gap.kind not in (GapKind.NO_ECONOMIC_BUYER, GapKind.NO_COACH):
            lines.append(names)
    if gap.candidates:
        candidates = ", ".join(p.name for p in gap.candidates)
        lines.append(translate("GapsPanel", "Candidates: {names}").format(names=candidates))
    step = words.next_step(gap.next_step)
    lines.append(translate("GapsPanel", "Next step: {step}").format(step=step))
    return lines
