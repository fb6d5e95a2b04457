"""The vocabularies of the data model, as the planner's callers (the UI) should import them.

They are defined next to the models in db/, which is the lowest layer; the UI
imports them from here so it never reaches below the planner.
"""

from db.enums import *  # noqa: F403
from db.enums import ROLES_BY_FRAMEWORK  # noqa: F401  (not covered by the star import's __all__)
