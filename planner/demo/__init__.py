"""The deterministic demo portfolio: realistic key accounts with planted stories.

``build_demo`` fills an empty planner database; ``DemoSummary.stories`` names
the patterns planted for analytics to find.
"""

from planner.demo.builder import DemoCancelled, DemoSummary, build_demo
from planner.demo.stories import Story, StoryKind

__all__ = ["DemoCancelled", "DemoSummary", "Story", "StoryKind", "build_demo"]
