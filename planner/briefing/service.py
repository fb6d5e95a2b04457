"""The briefing's use cases: write the document, preview its outline, choose the meeting.

``build_briefing`` runs collect → decide → render and reports progress with the
planner's convention (``progress(label, fraction)``, ``cancelled() -> bool``), so
the app runs it in a worker with a Cancel button. ``outline`` runs collect and
decide only (no charts), fast enough for a live preview. The meeting helpers list
an account's recent and upcoming meetings and its people, for the app's pickers
and the CLI's ``--meeting`` and ``--attendees``.
"""

from __future__ import annotations

import os
import tempfile
import time
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from datetime import time as day_time
from pathlib import Path

from sqlalchemy import select

from db.enums import InteractionKind
from db.models import Account, Interaction, InteractionParticipant, Person, TeamMember
from db.store import Database
from planner.briefing.model import Briefing, SectionKind
from planner.briefing.request import Audience, BriefingRequest
from planner.errors import Cancelled, ErrorCode, NotFound, PlannerError
from planner.sla.periods import moment_of, utc_day

#: Interactions that are meetings one prepares for.
MEETING_KINDS = (InteractionKind.MEETING, InteractionKind.SITE_VISIT, InteractionKind.VIDEO_CALL)
Progress = Callable[[str, float], None]


@dataclass(frozen=True)
class OutlineSection:
    kind: SectionKind
    #: The section's heading in the document's language.
    title: str
    #: A few lines of what it holds (talking points in full, else counts and names).
    lines: tuple[str, ...]


@dataclass(frozen=True)
class Outline:
    """What the document will hold, for the app's preview."""

    account: str
    audience: Audience
    lang: str
    title: str
    day: date
    sections: tuple[OutlineSection, ...]


@dataclass(frozen=True)
class BriefingResult:
    content: bytes
    #: Where it was written (``out``), or None when only the bytes were asked for.
    path: Path | None
    sections: tuple[SectionKind, ...]
    talking_points: int
    questions: int
    pictures: int
    seconds: float


@dataclass(frozen=True)
class MeetingChoice:
    uuid: uuid.UUID
    occurred_at: datetime
    kind: InteractionKind
    subject: str | None
    location: str | None
    people: tuple[str, ...]
    upcoming: bool


@dataclass(frozen=True)
class PersonChoice:
    uuid: uuid.UUID
    name: str
    title: str | None
    left: bool


@dataclass(frozen=True)
class TeamChoice:
    uuid: uuid.UUID
    name: str
    title: str | None


class UnknownNames(PlannerError):
    """Names that match nobody (or several people); ``candidates`` are the closest names."""

    def __init__(self, what: str, names: list[str], candidates: list[str], ambiguous: bool = False) -> None:
        shown = ", ".join(candidates[:12]) + (" …" if len(candidates) > 12 else "")
        listed = ", ".join(repr(n) for n in names)
        detail = (f"{listed} fits more than one {what}: {shown}" if ambiguous
                  else f"no {what} matches {listed}; the closest: {shown}")
        super().__init__(ErrorCode.AMBIGUOUS if ambiguous else ErrorCode.NOT_FOUND, detail, what=what,
                         names=names, candidates=candidates)
        self.candidates = candidates


# --------------------------------------------------------------------------- the document


def _decided(db: Database, request: BriefingRequest) -> Briefing:
    from planner.briefing.collect import collect
    from planner.briefing.decide import decide

    request = request.validated()
    return decide(collect(db, request), request.audience, request.lang)


def build_briefing(
    db: Database,
    request: BriefingRequest,
    *,
    out: Path | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> BriefingResult:
    """The .docx for the request; written atomically to ``out`` when given."""
    from planner.briefing.collect import collect
    from planner.briefing.decide import decide
    from planner.briefing.render import render

    started = time.perf_counter()
    request = request.validated()

    def step(label: str, fraction: float) -> None:
        if cancelled is not None and cancelled():
            raise Cancelled("briefing")
        if progress is not None:
            progress(label, fraction)

    step("collect", 0.0)
    data = collect(db, request)
    step("decide", 0.3)
    briefing = decide(data, request.audience, request.lang)
    total = len(briefing.sections)
    done = [0]

    def tick(kind: SectionKind) -> None:
        done[0] += 1
        step(kind.value, 0.35 + 0.6 * done[0] / total)

    content = render(briefing, request.template, tick)
    if out is not None:
        step("write", 0.97)
        _write_atomically(Path(out), content)
    step("done", 1.0)
    points = briefing.section(SectionKind.TALKING_POINTS)
    return BriefingResult(
        content=content, path=Path(out) if out is not None else None,
        sections=tuple(s.kind_of_section for s in briefing.sections),
        talking_points=len(points.points) if points else 0,
        questions=len(points.questions) if points else 0,
        pictures=_pictures(content),
        seconds=time.perf_counter() - started,
    )


def _pictures(content: bytes) -> int:
    """Pictures in the document's body (the header's logo not counted)."""
    import io
    import zipfile

    with zipfile.ZipFile(io.BytesIO(content)) as package:
        return package.read("word/document.xml").count(b"<wp:docPr ")


def _write_atomically(path: Path, content: bytes) -> None:
    """Write beside the target and rename, so a reader never sees half a document."""
    if not path.parent.is_dir():
        raise PlannerError(ErrorCode.INVALID, f"no folder {path.parent}")
    handle, temp = tempfile.mkstemp(prefix=".briefing-", suffix=".docx", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(content)
        os.replace(temp, path)
    except OSError as exc:
        Path(temp).unlink(missing_ok=True)
        raise PlannerError(ErrorCode.UNAVAILABLE, f"cannot write {path}: {exc.strerror}") from exc


def outline(db: Database, request: BriefingRequest) -> Outline:
    """The sections the document will have, with their headings and a few lines each."""
    from planner.briefing.outline import outline_of

    return outline_of(_decided(db, request))


# --------------------------------------------------------------------------- choosing the meeting


def list_meetings(db: Database, account_uuid: uuid.UUID, *, as_of: date | None = None,
                  back_days: int = 60, ahead_days: int = 90) -> tuple[MeetingChoice, ...]:
    """The account's meetings, site visits and video calls around ``as_of``: upcoming first
    (soonest first), then recent ones (newest first)."""
    now = moment_of(as_of)
    today = utc_day(now)
    start = datetime.combine(today - timedelta(days=back_days), day_time.min, tzinfo=UTC)
    end = datetime.combine(today + timedelta(days=ahead_days + 1), day_time.min, tzinfo=UTC)
    with db.session.begin() as session:
        account_id = session.scalar(select(Account.id).where(Account.uuid == account_uuid,
                                                             Account.deleted_at.is_(None)))
        if account_id is None:
            raise NotFound("account", str(account_uuid))
        rows = session.execute(
            select(Interaction.id, Interaction.uuid, Interaction.occurred_at, Interaction.kind,
                   Interaction.subject, Interaction.location)
            .where(Interaction.account_id == account_id, Interaction.deleted_at.is_(None),
                   Interaction.kind.in_(MEETING_KINDS), Interaction.occurred_at >= start,
                   Interaction.occurred_at < end)
        ).all()
        ip = InteractionParticipant
        names: dict[int, list[str]] = {}
        if rows:
            for interaction_id, name in session.execute(
                select(ip.interaction_id, Person.full_name).join(Person, Person.id == ip.person_id)
                .join(Interaction, Interaction.id == ip.interaction_id)
                .where(Interaction.account_id == account_id, Interaction.kind.in_(MEETING_KINDS),
                       Interaction.occurred_at >= start, Interaction.occurred_at < end).order_by(ip.id)
            ):
                names.setdefault(interaction_id, []).append(name)
    choices = [MeetingChoice(r.uuid, r.occurred_at, r.kind, r.subject, r.location,
                             tuple(names.get(r.id, ())), r.occurred_at > now) for r in rows]
    upcoming = sorted((c for c in choices if c.upcoming), key=lambda c: c.occurred_at)
    recent = sorted((c for c in choices if not c.upcoming), key=lambda c: c.occurred_at, reverse=True)
    return tuple(upcoming + recent)


def account_people(db: Database, account_uuid: uuid.UUID) -> tuple[PersonChoice, ...]:
    """The account's people for the attendee picker, current ones first, by name."""
    with db.session.begin() as session:
        rows = session.execute(
            select(Person.uuid, Person.full_name, Person.title, Person.left_company)
            .join(Account, Account.id == Person.account_id)
            .where(Account.uuid == account_uuid, Person.deleted_at.is_(None))
        ).all()
    people = [PersonChoice(r.uuid, r.full_name, r.title, bool(r.left_company)) for r in rows]
    return tuple(sorted(people, key=lambda p: (p.left, p.name.casefold())))


def team_members(db: Database) -> tuple[TeamChoice, ...]:
    with db.session.begin() as session:
        rows = session.execute(select(TeamMember.uuid, TeamMember.name, TeamMember.title)
                               .where(TeamMember.deleted_at.is_(None), TeamMember.active.is_(True)))
        return tuple(sorted((TeamChoice(*r) for r in rows), key=lambda t: t.name.casefold()))


def resolve_names(names: Sequence[str], choices: Sequence[PersonChoice | TeamChoice],
                  what: str = "person") -> tuple[uuid.UUID, ...]:
    """Names (exact, case-insensitive, unique prefix or unique word prefix) to UUIDs, in order;
    unknown or ambiguous names raise UnknownNames with the closest candidates."""
    found, unknown, ambiguous = [], [], []
    for name in names:
        key = name.strip()
        matches = _matches(key, choices)
        if len(matches) == 1:
            found.append(matches[0].uuid)
        elif matches:
            ambiguous.append((key, [c.name for c in matches]))
        else:
            unknown.append(key)
    if unknown:
        raise UnknownNames(what, unknown, _closest(unknown, [c.name for c in choices]))
    if ambiguous:
        key, candidates = ambiguous[0]
        raise UnknownNames(what, [key], sorted(candidates), ambiguous=True)
    return tuple(dict.fromkeys(found))


def _matches(key: str, choices: Sequence[PersonChoice | TeamChoice]) -> list:
    """The first non-empty of: exact name, case-insensitive name, prefix, prefix of a word."""
    folded = key.casefold()
    for rule in (lambda c: c.name == key, lambda c: c.name.casefold() == folded,
                 lambda c: c.name.casefold().startswith(folded),
                 lambda c: any(w.startswith(folded) for w in c.name.casefold().split())):
        matches = [c for c in choices if rule(c)]
        if matches:
            return matches
    return []


def _closest(names: list[str], pool: list[str]) -> list[str]:
    from rapidfuzz import fuzz, process

    scored: dict[str, float] = {}
    for name in names:
        for match, score, _ in process.extract(name, pool, scorer=fuzz.WRatio, limit=8):
            scored[match] = max(score, scored.get(match, 0.0))
    if not scored:
        return sorted(pool)
    return [n for n, _ in sorted(scored.items(), key=lambda kv: (-kv[1], kv[0]))]
