"""Charts as matplotlib Figures (no pyplot, no Qt): the UI embeds them with
FigureCanvasQTAgg and the briefing renders the same Figure to PNG. Every text comes
from ``style.LABELS`` in the requested language, or from a caller's ``labels``.

Import the submodules directly; matplotlib loads only then, never at CLI start-up.
"""
