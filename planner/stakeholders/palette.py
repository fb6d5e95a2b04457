"""Colours of the stakeholder map, shared by the matplotlib renderer and the Qt view.

Attitude runs warm to cold, green to red; people who left are grey; the rest
code reporting lines, informal links, stale contacts and changes since a baseline.
"""

from __future__ import annotations

from db.enums import Attitude, LinkKind, RoleFramework

#: Edge and fill per attitude, warm (green) to cold (red).
ATTITUDE_COLOURS: dict[Attitude, tuple[str, str]] = {
    Attitude.CHAMPION: ("#1b7f3b", "#d4f0db"),
    Attitude.SUPPORTER: ("#67a83a", "#eaf6dc"),
    Attitude.NEUTRAL: ("#7d8590", "#f2f3f5"),
    Attitude.SCEPTIC: ("#e08600", "#ffefd2"),
    Attitude.BLOCKER: ("#c62828", "#fddcd9"),
}
LEFT_COLOURS = ("#9e9e9e", "#ececec")
LINK_STYLES: dict[LinkKind, tuple[str, object, str]] = {
    LinkKind.INFLUENCE: ("#2f5fa7", (0, (5, 3)), "-|>"),
    LinkKind.ALLY: ("#2e9d4f", "-", "-"),
    LinkKind.CONFLICT: ("#d0342c", (0, (1, 1.6)), "-"),
}
REPORTING = "#5b6573"
STALE = "#c62828"
HIGHLIGHT = "#ff8f00"
BADGE = {RoleFramework.MILLER_HEIMAN: "#24487a", RoleFramework.BUYING_CENTRE: "#6b5b95"}
INFLUENCE_WIDTH = {1: 0.8, 2: 1.3, 3: 1.9, 4: 2.8, 5: 3.8}
QUADRANT_FILL = {  # (high influence, high interest)
    (True, True): "#fde3e1",
    (True, False): "#fff1d6",
    (False, True): "#e2ecfa",
    (False, False): "#f1f2f4",
}
