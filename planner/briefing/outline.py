"""The outline of a decided briefing: each section's heading and a few lines, for a preview.

Worded by the same lexicon as the document, in the document's language, so the
preview shows exactly the headings (and talking points) the .docx will carry.
"""

from __future__ import annotations

from planner.briefing import model as m
from planner.briefing.lexicon import Lexicon
from planner.briefing.request import Audience
from planner.briefing.service import Outline, OutlineSection

MAX_LINES = 6


def outline_of(briefing: m.Briefing) -> Outline:
    lx = Lexicon(briefing.lang)
    client = briefing.audience is Audience.CLIENT
    sections = tuple(OutlineSection(s.kind_of_section, *_describe(lx, s, client)) for s in briefing.sections)
    title = lx("doc_title_client" if client else "doc_title")
    return Outline(briefing.account, briefing.audience, briefing.lang, title, briefing.day, sections)


def _describe(lx: Lexicon, section: m.Section, client: bool) -> tuple[str, tuple[str, ...]]:
    match section:
        case m.Cover():
            people = [p.name for p in section.client] + [p.name for p in section.team]
            return lx("doc_title_client" if client else "doc_title"), (
                lx.text(section.subject) if section.subject else lx("no_subject"), lx.day(section.day),
                *people[:MAX_LINES - 2])
        case m.Summary():
            return lx("summary"), tuple(lx.point(p) for p in (*section.achieve, *section.watch))
        case m.TalkingPoints():
            return lx("talking_points"), tuple(lx.point(p) for p in (*section.points, *section.questions))
        case m.Attendees():
            return lx("attendees"), tuple(c.person.name for c in section.cards)
        case m.MapSection():
            return lx("map"), tuple(lx.gap(g) for g in section.gaps[:MAX_LINES])
        case m.TimelineSection():
            return lx("timeline", days=section.days), tuple(
                lx.count(n, kind.value) for kind, n in section.counts[:MAX_LINES])
        case m.ServiceSection() | m.ClientService():
            title = lx("service_client" if client else "service")
            return title, tuple(lx.sla_name(r.metric, r.name, r.product_line) for r in section.scorecard)
        case m.CommerceSection():
            return lx("commerce"), tuple(lx.text(o.name) for o in section.opportunities[:MAX_LINES])
        case m.ClientCommerce():
            return lx("commerce_client"), tuple(lx.text(r.product_line) for r in section.lines[:MAX_LINES])
    return "", ()
