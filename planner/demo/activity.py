"""Two years of interactions and their participants: the bulk of the demo.

About 5,400 touches per account, weighted to e-mail and calls, spread over the
days by the timeline's weekly and seasonal rhythm and placed in local working
hours at the site of the person involved. This is the hot loop of the builder:
texts are pre-rendered per account, choices use ``random()`` into pre-expanded
pools, and timestamps are one addition each.
"""

from __future__ import annotations

import itertools

from planner.demo.catalog import SERVICE_UNITS
from planner.demo.context import AccountInfo, Build
from planner.demo.stories import CHAMPION_LEFT_DAYS, DROP_DAYS, DROP_FACTOR, StoryKind
from planner.demo.team import TEAM_ROLE_WEIGHT
from planner.demo.timeline import MINUTE

#: Interactions per account over two years at activity 1.0 (scale 25 ⇒ ≥ 1,000,000).
BASE_VOLUME = 5_400
_KIND_WEIGHTS = (("email", 40), ("call", 22), ("message", 9), ("video_call", 8), ("meeting", 6),
                 ("note", 7), ("web_visit", 5), ("site_visit", 2.5), ("conference", 0.5))
_DIRECTIONS = {
    "email": ("inbound", "outbound"), "message": ("inbound", "outbound"),
    "call": ("inbound", "outbound", "outbound"), "video_call": ("mutual",), "meeting": ("mutual",),
    "site_visit": ("mutual",), "conference": ("mutual",), "web_visit": ("inbound",),
    "note": ("internal",),
}
_DURATIONS = {
    "email": (3, 5, 5, 8, 10, 15, 20), "message": (1, 1, 2, 3, 5),
    "call": (4, 6, 8, 10, 12, 15, 20, 25, 30, 45), "video_call": (30, 30, 45, 45, 60, 60, 90),
    "meeting": (45, 60, 60, 90, 90, 120, 180), "site_visit": (180, 240, 240, 300, 360, 480),
    "conference": (120, 180, 240, 480), "web_visit": (2, 4, 6, 8, 12, 20), "note": (5, 10, 15),
}
_SENTIMENT = {"normal": (30, 60, 10), "tense": (12, 50, 38), "problem": (5, 55, 40)}
_FOLLOW_UP = {"call", "meeting", "video_call", "site_visit"}
_TEXT_VARIANTS = {"email": 72, "call": 48}
INTERACTION_COLUMNS = (
    "id", "uuid", "created_at", "updated_at", "account_id", "site_id", "kind", "direction",
    "occurred_at", "timezone", "duration_minutes", "subject", "summary", "location", "sentiment",
    "next_step", "source_kind",
)
PARTICIPANT_COLUMNS = (
    "id", "uuid", "created_at", "updated_at", "interaction_id", "person_id", "team_member_id", "role",
)


def _expand(weighted, scale: float = 1.0) -> list:
    """A list holding each item about ``weight * scale`` times, for O(1) weighted picks."""
    out = []
    for item, weight in weighted:
        out.extend([item] * max(1, round(weight * scale)))
    return out


def _day_counts(build: Build, acc: AccountInfo) -> list[int]:
    """Interactions per history day: rhythm × trend × story, rounded without losing any."""
    rng = build.rng
    tl = build.timeline
    days = tl.days
    weights = tl.weights(acc.profile.language)
    stage = acc.profile.stage.value
    slope = {"growth": 0.3, "onboarding": 0.7, "at_risk": -0.1}.get(stage, 0.0)
    expected = [w * (1 - slope / 2 + slope * i / days) for i, w in enumerate(weights)]
    total = BASE_VOLUME * acc.profile.activity * rng.uniform(0.97, 1.05)
    factor = total / sum(expected)
    expected = [e * factor for e in expected]
    if acc.story is StoryKind.ENGAGEMENT_DROP:
        for i in range(days - DROP_DAYS, days):
            expected[i] *= DROP_FACTOR
    counts = []
    carry = 0.0
    for e in expected:
        carry += e
        n = int(carry)
        carry -= n
        counts.append(n)
    return counts


def _text_pools(build: Build, acc: AccountInfo) -> dict[str, list[tuple]]:
    """Pre-rendered texts per kind for this account.

    Each variant is (subject, summary, needs the quarter filled in, direction the text
    implies or None, whether it reports a problem).
    """
    rng = build.rng
    lex = acc.lex
    lines = acc.profile.product_lines
    goods = [line for line in lines if line.unit not in SERVICE_UNITS] or list(lines)
    pools = {}
    for kind, (subjects, summaries) in lex.interactions.items():
        two_way = len(set(_DIRECTIONS[kind])) > 1
        variants = []
        for _ in range(_TEXT_VARIANTS.get(kind, 28)):
            i = rng.randrange(len(subjects))
            line = rng.choice(lines)
            site = rng.choice(acc.sites)
            fill = {
                "line": line.name, "product": rng.choice(rng.choice(goods).products),
                "site": site.name, "city": site.city,
                "po": rng.choice(acc.order_numbers) if acc.order_numbers else "—",
                "qty": rng.randrange(2, 60), "days": rng.randrange(2, 15), "n": rng.randrange(2, 12),
                "conf": rng.choice(lex.conferences), "tool": rng.choice(lex.video_tools),
                "quarter": "{quarter}",
            }
            subject = subjects[i].format(**fill)
            summary = summaries[i].format(**fill)
            direction = None
            if two_way and summary.startswith(lex.outbound_starts):
                direction = "outbound"
            elif two_way and summary.startswith(lex.inbound_starts):
                direction = "inbound"
            text = (subject + " " + summary).lower()
            negative = any(word in text for word in lex.negative_words)
            variants.append((subject, summary, "{quarter}" in text, direction, negative))
        pools[kind] = variants
    return pools


def _segments(acc: AccountInfo, days: int):
    """(first day, end day, pick pool) spans over which the set of reachable people is fixed."""
    cuts = sorted({p.until for p in acc.people if 0 < p.until < days} | {0, days})
    spans = []
    for start, end in itertools.pairwise(cuts):
        eligible = [(p.id, p.site, p.weight) for p in acc.people if p.until >= end]
        picks = _expand([((pid, site), w) for pid, site, w in eligible], 4.0)
        spans.append((start, end, picks))
    return spans


def _tense_from(build: Build, acc: AccountInfo) -> int:
    """First history day from which the account's mood turns sour (or never)."""
    days = build.timeline.days
    story = acc.story
    if story is StoryKind.NPS_DROP:
        return days - 150
    if story is StoryKind.SLA_SLIPPING:
        return days - 120
    if story is StoryKind.ENGAGEMENT_DROP:
        return days - DROP_DAYS - 60
    if story is StoryKind.CHAMPION_LEFT:
        return days - CHAMPION_LEFT_DAYS
    if acc.profile.stage.value == "at_risk":
        return days - 200
    return days + 1


def write_interactions(build: Build, acc: AccountInfo) -> int:
    """Generate and buffer the account's interactions; returns how many."""
    rng = build.rng
    r = rng.random
    tl = build.timeline
    writer = build.writer
    lex = acc.lex
    days = tl.days
    counts = _day_counts(build, acc)
    total = sum(counts)
    pools = _text_pools(build, acc)
    kinds = _expand(_KIND_WEIGHTS, 2.0)
    n_kinds = len(kinds)
    sentiments = {name: _expand(zip(("positive", "neutral", "negative"), w, strict=True), 0.5)
                  for name, w in _SENTIMENT.items()}
    sour = sentiments["problem"]
    n_sour = len(sour)
    team_picks = _expand([(member, _team_weight(role)) for member, role in acc.team])
    n_team = len(team_picks)
    minute_pool = tl.minute_pool
    n_minutes = len(minute_pool)
    next_steps = lex.next_steps
    tools = lex.video_tools
    sites = [(s.id, s.timezone, tl.midnights(s.timezone), s.address) for s in acc.sites]
    hq_id, hq_tz, hq_mid, _ = sites[0]
    labels = lex.quarter_labels
    quarter_text = {q: f"{labels[q[1]]} {q[0]}" for q in set(tl.quarter_of_day)}
    quarters = [quarter_text[q] for q in tl.quarter_of_day]
    tense_from = _tense_from(build, acc)
    account_id = acc.id
    uuid = writer.new_uuid_value
    encode_time = writer.encode_time
    add_interaction = writer.tuples("interaction", INTERACTION_COLUMNS).append
    add_participant = writer.tuples("interaction_participant", PARTICIPANT_COLUMNS).append
    iid = writer.take("interaction", total)
    first_pid = writer.peek("interaction_participant")
    next_pid = itertools.count(first_pid).__next__

    def party(at, interaction, person_id, member_id, role):
        add_participant((next_pid(), uuid(), at, at, interaction, person_id, member_id, role))

    for start, end, picks in _segments(acc, days):
        n_picks = len(picks)
        for d in range(start, end):
            count = counts[d]
            if not count:
                continue
            quarter = quarters[d]
            mood = sentiments["tense" if d >= tense_from else "normal"]
            n_mood = len(mood)
            for _ in range(count):
                kind = kinds[int(r() * n_kinds)]
                member = team_picks[int(r() * n_team)]
                if kind == "note":
                    person = None
                    site_id, tz, mids, address = None, hq_tz, hq_mid, None
                else:
                    person, site = picks[int(r() * n_picks)]
                    site_id, tz, mids, address = sites[site]
                at = encode_time(mids[d] + MINUTE[minute_pool[int(r() * n_minutes)]])
                variants = pools[kind]
                subject, summary, needs_quarter, direction, negative = \
                    variants[int(r() * len(variants))]
                if needs_quarter:
                    subject = subject.replace("{quarter}", quarter)
                    summary = summary.replace("{quarter}", quarter)
                if direction is None:
                    directions = _DIRECTIONS[kind]
                    direction = directions[int(r() * len(directions))]
                durations = _DURATIONS[kind]
                location = None
                if kind == "meeting" or kind == "site_visit":
                    location = address
                elif kind == "video_call":
                    location = tools[int(r() * len(tools))]
                add_interaction((
                    iid, uuid(), at, at, account_id, site_id, kind, direction, at, tz,
                    durations[int(r() * len(durations))], subject, summary, location,
                    sour[int(r() * n_sour)] if negative else mood[int(r() * n_mood)],
                    next_steps[int(r() * len(next_steps))]
                    if kind in _FOLLOW_UP and r() < 0.3 else None,
                    "demo",
                ))
                if kind == "email" or kind == "message" or kind == "call":
                    inbound = direction == "inbound"
                    if kind == "call":
                        first, second = ("organizer", "attendee") if inbound else \
                            ("attendee", "organizer")
                    elif inbound:
                        first, second = "sender", "recipient"
                    else:
                        first, second = "recipient", "sender"
                    add_participant((next_pid(), uuid(), at, at, iid, person, None, first))
                    add_participant((next_pid(), uuid(), at, at, iid, None, member, second))
                    if kind == "email":
                        if inbound and r() < 0.2:
                            other = picks[int(r() * n_picks)][0]
                            if other != person:
                                party(at, iid, other, None, "cc")
                        elif not inbound and r() < 0.25:
                            other = team_picks[int(r() * n_team)]
                            if other != member:
                                party(at, iid, None, other, "cc")
                elif kind == "note":
                    party(at, iid, None, member, "organizer")
                elif kind == "web_visit":
                    party(at, iid, person, None, "attendee")
                else:
                    extra = {"video_call": 2, "meeting": 3, "site_visit": 2, "conference": 1}[kind]
                    host_is_client = kind == "site_visit" or (kind == "meeting" and r() < 0.4)
                    party(at, iid, person, None, "organizer" if host_is_client else "attendee")
                    party(at, iid, None, member, "attendee" if host_is_client else "organizer")
                    seen = {person}
                    for _ in range(int(r() * (extra + 1))):
                        other = picks[int(r() * n_picks)][0]
                        if other not in seen:
                            seen.add(other)
                            party(at, iid, other, None, "attendee")
                    if kind != "conference" and r() < 0.35:
                        other = team_picks[int(r() * n_team)]
                        if other != member:
                            party(at, iid, None, other, "attendee")
                iid += 1
    writer.take("interaction_participant", next_pid() - first_pid)
    return total


def _team_weight(role: str) -> float:
    for team_role, weight in TEAM_ROLE_WEIGHT.items():
        if team_role.value == role:
            return weight
    return 1.0
