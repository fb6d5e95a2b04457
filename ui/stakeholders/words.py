"""Translated words for the stakeholder map: attitudes, roles, links, gaps, next steps, changes.

The planner hands out enums (and its own en/ru words for the pictures it renders);
the Qt view words them through Qt's translation, in the context ``stakeholders``,
so a language switch takes effect when the map is next built. Tables are keyed by
the enums' string values.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

translate = QCoreApplication.translate

CONTEXT = "stakeholders"

ATTITUDES: dict[str, str] = {
    "champion": QT_TRANSLATE_NOOP("stakeholders", "Champion"),
    "supporter": QT_TRANSLATE_NOOP("stakeholders", "Supporter"),
    "neutral": QT_TRANSLATE_NOOP("stakeholders", "Neutral"),
    "sceptic": QT_TRANSLATE_NOOP("stakeholders", "Sceptic"),
    "blocker": QT_TRANSLATE_NOOP("stakeholders", "Blocker"),
}

#: Short badges on the cards (a person often holds roles under both frameworks); own context,
#: since a badge is cut shorter than the role's name.
ROLE_BADGES: dict[str, str] = {
    "economic_buyer": QT_TRANSLATE_NOOP("stakeholderBadges", "EB"),
    "user_buyer": QT_TRANSLATE_NOOP("stakeholderBadges", "UB"),
    "technical_buyer": QT_TRANSLATE_NOOP("stakeholderBadges", "TB"),
    "coach": QT_TRANSLATE_NOOP("stakeholderBadges", "Coach"),
    "initiator": QT_TRANSLATE_NOOP("stakeholderBadges", "Init"),
    "user": QT_TRANSLATE_NOOP("stakeholderBadges", "User"),
    "influencer": QT_TRANSLATE_NOOP("stakeholderBadges", "Infl"),
    "decider": QT_TRANSLATE_NOOP("stakeholderBadges", "Dec"),
    "buyer": QT_TRANSLATE_NOOP("stakeholderBadges", "Buyer"),
    "gatekeeper": QT_TRANSLATE_NOOP("stakeholderBadges", "Gate"),
    "approver": QT_TRANSLATE_NOOP("stakeholderBadges", "Appr"),
}

ROLE_NAMES: dict[str, str] = {
    "economic_buyer": QT_TRANSLATE_NOOP("stakeholders", "Economic buyer"),
    "user_buyer": QT_TRANSLATE_NOOP("stakeholders", "User buyer"),
    "technical_buyer": QT_TRANSLATE_NOOP("stakeholders", "Technical buyer"),
    "coach": QT_TRANSLATE_NOOP("stakeholders", "Coach"),
    "initiator": QT_TRANSLATE_NOOP("stakeholders", "Initiator"),
    "user": QT_TRANSLATE_NOOP("stakeholders", "User"),
    "influencer": QT_TRANSLATE_NOOP("stakeholders", "Influencer"),
    "decider": QT_TRANSLATE_NOOP("stakeholders", "Decider"),
    "buyer": QT_TRANSLATE_NOOP("stakeholders", "Buyer"),
    "gatekeeper": QT_TRANSLATE_NOOP("stakeholders", "Gatekeeper"),
    "approver": QT_TRANSLATE_NOOP("stakeholders", "Approver"),
}

#: What a drawn link means, as a menu item and in the legend.
LINKS: dict[str, str] = {
    "influence": QT_TRANSLATE_NOOP("stakeholders", "Influences"),
    "ally": QT_TRANSLATE_NOOP("stakeholders", "Ally"),
    "conflict": QT_TRANSLATE_NOOP("stakeholders", "Conflict"),
}

GAP_KINDS: dict[str, str] = {
    "no_economic_buyer": QT_TRANSLATE_NOOP("stakeholders", "No economic buyer"),
    "no_coach": QT_TRANSLATE_NOOP("stakeholders", "No coach"),
    "single_threaded": QT_TRANSLATE_NOOP("stakeholders", "Single-threaded"),
    "decision_maker_stale": QT_TRANSLATE_NOOP("stakeholders", "Decision maker out of touch"),
    "blocker_unowned": QT_TRANSLATE_NOOP("stakeholders", "Blocker without an owner"),
    "champion_left": QT_TRANSLATE_NOOP("stakeholders", "Champion left"),
    "site_unmapped": QT_TRANSLATE_NOOP("stakeholders", "Site without contacts"),
}

NEXT_STEPS: dict[str, str] = {
    "identify_economic_buyer": QT_TRANSLATE_NOOP(
        "stakeholders", "Find out who signs off the budget and ask for an introduction."
    ),
    "develop_coach": QT_TRANSLATE_NOOP(
        "stakeholders", "Develop a coach who guides us through their decision."
    ),
    "multi_thread": QT_TRANSLATE_NOOP("stakeholders", "Build relationships with more people of influence."),
    "meet_decision_maker": QT_TRANSLATE_NOOP("stakeholders", "Arrange a meeting with the decision maker."),
    "assign_owner": QT_TRANSLATE_NOOP(
        "stakeholders", "Give the blocker an owner on our team to address their concerns."
    ),
    "find_new_champion": QT_TRANSLATE_NOOP(
        "stakeholders", "Find a new champion, starting with the warmest contacts."
    ),
    "map_site": QT_TRANSLATE_NOOP("stakeholders", "Map the people who work at this site."),
}

SEVERITIES: dict[str, str] = {
    "high": QT_TRANSLATE_NOOP("stakeholders", "High"),
    "medium": QT_TRANSLATE_NOOP("stakeholders", "Medium"),
    "low": QT_TRANSLATE_NOOP("stakeholders", "Low"),
}

#: Short tags on highlighted cards (what changed since the baseline).
CHANGE_TAGS: dict[str, str] = {
    "joined": QT_TRANSLATE_NOOP("stakeholders", "NEW"),
    "left": QT_TRANSLATE_NOOP("stakeholders", "LEFT"),
    "returned": QT_TRANSLATE_NOOP("stakeholders", "BACK"),
    "removed": QT_TRANSLATE_NOOP("stakeholders", "removed"),
    "attitude_warmed": QT_TRANSLATE_NOOP("stakeholders", "warmer"),
    "attitude_cooled": QT_TRANSLATE_NOOP("stakeholders", "cooler"),
    "influence_up": QT_TRANSLATE_NOOP("stakeholders", "infl ▲"),
    "influence_down": QT_TRANSLATE_NOOP("stakeholders", "infl ▼"),
    "interest_up": QT_TRANSLATE_NOOP("stakeholders", "int ▲"),
    "interest_down": QT_TRANSLATE_NOOP("stakeholders", "int ▼"),
    "coverage_gained": QT_TRANSLATE_NOOP("stakeholders", "owned"),
    "coverage_lost": QT_TRANSLATE_NOOP("stakeholders", "unowned"),
    "owner_changed": QT_TRANSLATE_NOOP("stakeholders", "new owner"),
    "relationship_stronger": QT_TRANSLATE_NOOP("stakeholders", "rel ▲"),
    "relationship_weaker": QT_TRANSLATE_NOOP("stakeholders", "rel ▼"),
    "role_gained": QT_TRANSLATE_NOOP("stakeholders", "+role"),
    "role_lost": QT_TRANSLATE_NOOP("stakeholders", "−role"),
    "manager_changed": QT_TRANSLATE_NOOP("stakeholders", "moved"),
    "link_added": QT_TRANSLATE_NOOP("stakeholders", "+link"),
    "link_removed": QT_TRANSLATE_NOOP("stakeholders", "−link"),
}

#: Headings of the change list.
CHANGE_TITLES: dict[str, str] = {
    "joined": QT_TRANSLATE_NOOP("stakeholders", "Joined"),
    "left": QT_TRANSLATE_NOOP("stakeholders", "Left the company"),
    "returned": QT_TRANSLATE_NOOP("stakeholders", "Came back"),
    "removed": QT_TRANSLATE_NOOP("stakeholders", "Removed from the map"),
    "attitude_warmed": QT_TRANSLATE_NOOP("stakeholders", "Attitude warmed"),
    "attitude_cooled": QT_TRANSLATE_NOOP("stakeholders", "Attitude cooled"),
    "influence_up": QT_TRANSLATE_NOOP("stakeholders", "Influence up"),
    "influence_down": QT_TRANSLATE_NOOP("stakeholders", "Influence down"),
    "interest_up": QT_TRANSLATE_NOOP("stakeholders", "Interest up"),
    "interest_down": QT_TRANSLATE_NOOP("stakeholders", "Interest down"),
    "coverage_gained": QT_TRANSLATE_NOOP("stakeholders", "Coverage gained"),
    "coverage_lost": QT_TRANSLATE_NOOP("stakeholders", "Coverage lost"),
    "owner_changed": QT_TRANSLATE_NOOP("stakeholders", "Owner changed"),
    "relationship_stronger": QT_TRANSLATE_NOOP("stakeholders", "Relationship stronger"),
    "relationship_weaker": QT_TRANSLATE_NOOP("stakeholders", "Relationship weaker"),
    "role_gained": QT_TRANSLATE_NOOP("stakeholders", "Role gained"),
    "role_lost": QT_TRANSLATE_NOOP("stakeholders", "Role lost"),
    "manager_changed": QT_TRANSLATE_NOOP("stakeholders", "Reports to someone else"),
    "link_added": QT_TRANSLATE_NOOP("stakeholders", "Link added"),
    "link_removed": QT_TRANSLATE_NOOP("stakeholders", "Link removed"),
}

QUADRANTS: dict[tuple[bool, bool], str] = {  # (high influence, high interest)
    (True, True): QT_TRANSLATE_NOOP("stakeholders", "Manage closely"),
    (True, False): QT_TRANSLATE_NOOP("stakeholders", "Keep satisfied"),
    (False, True): QT_TRANSLATE_NOOP("stakeholders", "Keep informed"),
    (False, False): QT_TRANSLATE_NOOP("stakeholders", "Monitor"),
}


def word(table: dict, value: StrEnum | str | tuple, context: str = CONTEXT) -> str:
    """``value`` looked up in ``table`` and translated; an unknown value is shown as it is."""
    source = table.get(value)
    if source is None:
        return str(value)
    return translate(context, source)


def attitude(value: StrEnum | str) -> str:
    return word(ATTITUDES, value)


def role_badge(value: str) -> str:
    return word(ROLE_BADGES, value, "stakeholderBadges")


def role_name(value: str) -> str:
    return word(ROLE_NAMES, value)


def link_kind(value: StrEnum | str) -> str:
    return word(LINKS, value)


def gap_kind(value: StrEnum | str) -> str:
    return word(GAP_KINDS, value)


def next_step(value: StrEnum | str) -> str:
    return word(NEXT_STEPS, value)


def severity(value: StrEnum | str) -> str:
    return word(SEVERITIES, value)


def change_tag(value: StrEnum | str) -> str:
    return word(CHANGE_TAGS, value)


def change_title(value: StrEnum | str) -> str:
    return word(CHANGE_TITLES, value)


def quadrant(high_influence: bool, high_interest: bool) -> str:
    return word(QUADRANTS, (high_influence, high_interest))


def stored_role(text: str | None) -> str:
    """A role as a baseline diff writes it ("framework:role") in the user's words."""
    if not text:
        return ""
    _framework, _, role = text.partition(":")
    return role_name(role or text)
