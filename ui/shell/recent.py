"""File ▸ Open Recent: the last databases opened, newest first, kept in QSettings."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

KEY = "recentFiles/paths"
LIMIT = 8


class RecentFiles:
    """The list itself: SQLite files by absolute path (server URLs are not remembered)."""

    def __init__(self, settings: QSettings | None = None) -> None:
        self._settings = settings or QSettings()

    def paths(self) -> list[Path]:
        value = self._settings.value(KEY, [])
        if isinstance(value, str):  # QSettings hands back a one-item list as a string
            value = [value]
        return [Path(p) for p in value or [] if p]

    def add(self, path: Path) -> None:
        """Put ``path`` first; files that no longer exist drop off when the list is full."""
        path = Path(path).resolve()
        paths = [p for p in self.paths() if p != path]
        paths.insert(0, path)
        while len(paths) > LIMIT:
            missing = [p for p in paths[1:] if not p.exists()]
            paths.remove(missing[-1] if missing else paths[-1])
        self._store(paths)

    def remove(self, path: Path) -> None:
        self._store([p for p in self.paths() if p != Path(path)])

    def prune(self) -> None:
        """Forget the files that no longer exist."""
        self._store([p for p in self.paths() if p.exists()])

    def clear(self) -> None:
        self._settings.remove(KEY)

    def _store(self, paths: list[Path]) -> None:
        if paths:
            self._settings.setValue(KEY, [str(p) for p in paths])
        else:
            self._settings.remove(KEY)


class RecentMenu(QMenu):
    """The submenu, rebuilt each time it opens; a missing file is shown greyed out."""

    #: The user picked this file.
    chosen = Signal(Path)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recentMenu")
        self.aboutToShow.connect(self.rebuild)
        self.rebuild()

    def rebuild(self) -> None:
        self.clear()
        paths = RecentFiles().paths()
        for number, path in enumerate(paths, start=1):
            exists = path.exists()
            # "&1 planner.sqlite": a digit to pick it with, the folder in the tooltip.
            label = f"&{number} {path.name}" if number < 10 else path.name
            if not exists:
                label = self.tr("{file} (missing)").format(file=label)
            action = QAction(label, self)
            action.setToolTip(str(path))
            action.setStatusTip(str(path))
            action.setEnabled(exists)
            action.setData(str(path))
            action.triggered.connect(lambda _checked=False, p=path: self.chosen.emit(p))
            self.addAction(action)
        if paths:
            self.addSeparator()
            if any(not p.exists() for p in paths):
                forget = self.addAction(self.tr("Remove Missing Files"))
                forget.setObjectName("pruneRecent")
                forget.triggered.connect(lambda: RecentFiles().prune())
            clear = self.addAction(self.tr("Clear List"))
            clear.setObjectName("clearRecent")
            clear.triggered.connect(lambda: RecentFiles().clear())
        else:
            empty = self.addAction(self.tr("No Recent Databases"))
            empty.setEnabled(False)
        self.setToolTipsVisible(True)
