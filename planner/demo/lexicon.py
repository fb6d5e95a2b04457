"""The words of the demo: titles, interaction texts, comments and plans, per language.

A Lexicon holds every phrase the generators need in one language, so the
Russian and the European accounts read naturally in their own language.
Templates use ``str.format`` fields: {line}, {product}, {site}, {city}, {po},
{qty}, {quarter}, {days}, {n}, {conf}, {tool}.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Dept:
    """A department of the client's organisation and the titles in it."""

    name: str
    head: str
    managers: tuple[str, ...]
    staff: tuple[str, ...]


@dataclass(frozen=True)
class GoalSpec:
    title: str
    description: str
    #: (objective title, measure, action titles)
    objectives: tuple[tuple[str, str, tuple[str, ...]], ...]


@dataclass(frozen=True)
class Lexicon:
    """All language-dependent text of the demo for one language."""

    language: str
    company_org: dict[str, Dept]
    agency_org: dict[str, Dept]
    assistant: dict[str, str]  # org kind -> title of the head's assistant
    priorities: dict[str, tuple[str, ...]]
    notes: tuple[str, ...]
    champion_note: str
    blocker_note: str
    sceptic_note: str
    link_notes: dict[str, tuple[str, ...]]
    left_to: tuple[str, ...]
    #: kind -> (subject templates, summary templates)
    interactions: dict[str, tuple[tuple[str, ...], tuple[str, ...]]]
    #: Word stems that make a text a problem (its sentiment leans negative).
    negative_words: tuple[str, ...]
    #: Summary openings that say who wrote or called first.
    outbound_starts: tuple[str, ...]
    inbound_starts: tuple[str, ...]
    next_steps: tuple[str, ...]
    conferences: tuple[str, ...]
    video_tools: tuple[str, ...]
    #: ticket kind -> ((subject, description), ...)
    tickets: dict[str, tuple[tuple[str, str], ...]]
    ticket_categories: dict[str, tuple[str, ...]]
    resolutions: dict[str, tuple[str, ...]]  # ticket kind -> how such tickets get closed
    delay_reasons: tuple[str, ...]
    carriers: tuple[str, ...]
    nps_comments: tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]  # promoter/passive/detractor
    csat_comments: tuple[tuple[str, ...], tuple[str, ...]]  # good / poor
    ces_comments: tuple[tuple[str, ...], tuple[str, ...]]  # easy / hard
    nps_name: str  # "{q}" quarter label, "{year}"
    csat_name: str  # "{number}" ticket number
    ces_name: str  # "{half}", "{year}"
    quarter_labels: tuple[str, str, str, str]
    opportunity_names: tuple[str, ...]
    opportunity_steps: tuple[str, ...]
    loss_reasons: tuple[str, ...]
    goals: tuple[GoalSpec, ...]
    horizons: tuple[str, ...]
    #: (title, category, mitigation)
    risks: tuple[tuple[str, str, str], ...]
    contract_titles: tuple[str, str]  # frame agreement, service agreement
    contract_notes: str
    stage_reasons: dict[str, str]
    quality_notes: tuple[str, ...]
    order_notes: tuple[str, ...]


def lexicon(language: str) -> Lexicon:
    """The lexicon of a language ("ru" or anything else for English)."""
    if language == "ru":
        from planner.demo.lexicon_ru import RU

        return RU
    from planner.demo.lexicon_en import EN

    return EN
