"""The map view at scale: scene build and first paint of a 300-person map, offscreen.

Builds the scene (planner layout included) for a constructed map, then paints the
view once into an image, for the org chart and the grid, fitted and at 100 %; and
pans the 100 % view a few hundred times to time a frame. Prints milliseconds and
the ratio to the floor (the issue's 200 ms for laying out 300 people).

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.bench.bench_map_view [--people 300]
"""

from __future__ import annotations

import argparse
import os
import statistics
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

FLOOR_MS = 200.0


def median_ms(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=300)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()

    from PySide6.QtCore import QSize
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtWidgets import QApplication

    from planner.stakeholders.model import View
    from tests.unit.test_stakeholder_layout import random_map
    from ui.stakeholders.scene import MapScene
    from ui.stakeholders.view import MapView

    app = QApplication.instance() or QApplication([])
    smap = random_map(args.people, seed=3)
    scene = MapScene()
    view = MapView(scene)
    view.resize(QSize(1200, 800))
    view.show()
    app.processEvents()
    font = view.font()

    def paint() -> None:
        image = QImage(view.viewport().size(), QImage.Format.Format_ARGB32_Premultiplied)
        painter = QPainter(image)
        view.render(painter)
        painter.end()

    print(f"people              {args.people}  ({len(smap.links)} links)")
    for kind in (View.ORG, View.GRID):
        build = median_ms(lambda k=kind: scene.show_map(smap, k, font), args.repeat)

        def first_paint(k=kind, fit=True) -> None:
            scene.show_map(smap, k, font)
            if fit:
                view.fit()
            else:
                view.set_zoom(1.0)
                view.centerOn(scene.itemsBoundingRect().center())
            paint()

        fitted = median_ms(first_paint, args.repeat)
        zoom = view.zoom
        actual = median_ms(lambda k=kind: first_paint(k, fit=False), args.repeat)
        worst = max(fitted, actual)
        print(
            f"{kind.value:5} scene build              {build:7.1f} ms   ({len(scene.cards)} cards, "
            f"{len(scene.connectors)} lines, {len(scene.links)} links)"
        )
        print(f"{kind.value:5} build + first paint, fit {fitted:7.1f} ms   (zoom {zoom:.2f})")
        print(
            f"{kind.value:5} build + first paint 100% {actual:7.1f} ms   (floor {FLOOR_MS:.0f} ms, "
            f"ratio {worst / FLOOR_MS:.2f})"
        )

    scene.show_map(smap, View.ORG, font)
    view.set_zoom(1.0)
    bar = view.horizontalScrollBar()
    bar.setValue(bar.minimum())

    def pan() -> None:
        bar.setValue(bar.value() + 40)
        paint()

    frame = median_ms(pan, 200)
    print(f"org   pan frame      {frame:7.1f} ms   (100 %, 1200 × 800 viewport; {1000 / frame:.0f} fps)")


if __name__ == "__main__":
    main()
