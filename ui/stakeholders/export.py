"""Exporting the map or the grid as PNG or SVG, drawn by the planner's renderer in a worker.

The picture is the same one ``kap map`` writes and the briefing embeds: the
map as shown (site filter, baseline highlights), in the app's language. Big maps
take seconds to render, so the work runs off the UI thread with a progress dialog.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from planner.stakeholders.baseline import MapDiff
from planner.stakeholders.model import StakeholderMap, View
from ui import i18n
from ui.progress import TaskProgress
from ui.workers import Worker
from ui.workspace import WorkspaceContext

translate = QCoreApplication.translate
FORMATS = ("png", "svg")


def render_file(
    smap: StakeholderMap,
    target: str,
    view: View,
    fmt: str,
    lang: str,
    diff: MapDiff | None,
    baseline_name: str | None,
) -> str:
    """Runs in a worker thread: lay out, draw and save; returns the file written."""
    from planner.stakeholders import render

    render.render_map(smap, target, view=view, fmt=fmt, lang=lang, diff=diff, baseline_name=baseline_name)
    return target


def default_name(smap: StakeholderMap, view: View, fmt: str) -> str:
    what = (
        translate("MapExport", "stakeholder map")
        if view == View.ORG
        else translate("MapExport", "power-interest grid")
    )
    name = re.sub(r'[\\/:*?"<>|]+', " ", f"{smap.account_name} - {what}").strip()
    return f"{name}.{fmt}"


class MapExporter(QObject):
    """Asks where to save, then renders in a worker; reports the file written or the failure."""

    exported = Signal(str)
    failed = Signal(object)

    def __init__(self, context: WorkspaceContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.context = context
        self.widget = parent
        self.folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.PicturesLocation)

    def export(
        self,
        smap: StakeholderMap,
        view: View,
        target: str | Path,
        *,
        diff: MapDiff | None = None,
        baseline_name: str | None = None,
    ) -> Worker:
        """Render ``view`` of ``smap`` to ``target`` (.png or .svg) in a worker."""
        target = str(target)
        fmt = Path(target).suffix.lstrip(".").lower()
        if fmt not in FORMATS:
            fmt = "png"
            target += ".png"
        lang = i18n.current_language() or "en"
        worker = Worker(render_file, smap, target, view, fmt, lang, diff, baseline_name)
        worker.context = self
        worker.signals.result.connect(lambda written: self.exported.emit(str(written)))
        worker.signals.error.connect(self.failed)
        self.context.workers.start(worker)
        title = translate("MapExport", "Export")
        TaskProgress(self.widget, worker, title, translate("MapExport", "Drawing the map…"))
        return worker

    def ask_and_export(
        self,
        smap: StakeholderMap,
        view: View,
        *,
        diff: MapDiff | None = None,
        baseline_name: str | None = None,
    ) -> Worker | None:
        png = translate("MapExport", "PNG image (*.png)")
        svg = translate("MapExport", "SVG drawing (*.svg)")
        caption = (
            translate("MapExport", "Export Stakeholder Map")
            if view == View.ORG
            else translate("MapExport", "Export Power/Interest Grid")
        )
        start = str(Path(self.folder or ".") / default_name(smap, view, "png"))
        path, chosen = QFileDialog.getSaveFileName(self.widget, caption, start, f"{png};;{svg}")
        if not path:
            return None
        self.folder = str(Path(path).parent)
        if Path(path).suffix.lower() not in (".png", ".svg"):
            path += ".svg" if chosen == svg else ".png"
        return self.export(smap, view, path, diff=diff, baseline_name=baseline_name)
