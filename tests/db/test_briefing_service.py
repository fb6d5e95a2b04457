"""The briefing service on the demo portfolio and on a bare account: collect in a fixed number
of queries, the document with progress and cancel, the outline, and the meeting pickers."""

from __future__ import annotations

import io
import uuid
import zipfile
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import event, select

from db.models import Account, Interaction
from planner.briefing import service
from planner.briefing.collect import collect
from planner.briefing.model import SectionKind
from planner.briefing.request import Audience, BriefingRequest
from planner.database import open_planner_database
from planner.errors import Cancelled, NotFound, ValidationError
from planner.services import accounts

AS_OF = date(2026, 11, 27)
LARGEST = "Староуральская сталь"
_DEMO: dict[str, Path] = {}


def demo_path(tmp_path_factory) -> Path:
    """One demo portfolio (as of AS_OF) for every briefing test of the session."""
    if "path" not in _DEMO:
        from planner.demo import build_demo

        path = tmp_path_factory.mktemp("briefing-demo") / "demo.sqlite"
        db = open_planner_database(str(path))
        build_demo(db, as_of=AS_OF)
        db.close()
        _DEMO["path"] = path
    return _DEMO["path"]


def latest_meeting(db, account_uuid: uuid.UUID) -> uuid.UUID:
    """The account's most recent meeting (the demo's calendar ends at AS_OF)."""
    return service.list_meetings(db, account_uuid, as_of=AS_OF)[0].uuid


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    db = open_planner_database(str(demo_path(tmp_path_factory)))
    yield db
    db.close()


@pytest.fixture(scope="module")
def steel(demo):
    return accounts.resolve(demo, LARGEST)


def count_queries(db, call):
    seen = []
    listener = lambda *args: seen.append(args[2])  # noqa: E731 - (conn, cursor, statement, ...)
    event.listen(db.engine, "before_cursor_execute", listener)
    try:
        result = call()
    finally:
        event.remove(db.engine, "before_cursor_execute", listener)
    return result, len(seen)


def test_collect_reads_a_fixed_number_of_queries_whatever_the_attendees(demo, steel):
    people = service.account_people(demo, steel.uuid)
    one = BriefingRequest(steel.uuid, date=AS_OF, attendees=(people[0].uuid,), as_of=AS_OF)
    many = BriefingRequest(steel.uuid, date=AS_OF, attendees=tuple(p.uuid for p in people[:12]), as_of=AS_OF)
    _, few_queries = count_queries(demo, lambda: collect(demo, one))
    data, more_queries = count_queries(demo, lambda: collect(demo, many))
    assert few_queries == more_queries < 60
    assert len(data.attendees) == 12 and all(len(data.last_contacts.get(p.uuid, ())) <= 3
                                             for p in data.attendees)


def test_collect_for_a_timeline_meeting(demo, steel):
    meeting = latest_meeting(demo, steel.uuid)
    data = collect(demo, BriefingRequest(steel.uuid, meeting=meeting, as_of=AS_OF))
    assert data.meeting.uuid == meeting and data.meeting.client and data.meeting.team
    assert data.meeting.start is not None and data.meeting.start.utcoffset() is not None  # local time
    for person in data.attendees:
        contacts = data.last_contacts.get(person.uuid, ())
        assert all(c.uuid != meeting for c in contacts)  # not the meeting itself
        assert [c.at for c in contacts] == sorted((c.at for c in contacts), reverse=True)
    assert all((d.days_late or 0) > 0 for d in data.late_deliveries)
    assert all((AS_OF - c.at.date()).days <= data.window_days for c in data.recent)
    assert data.scorecard and data.orders is not None and data.smap is not None


def test_build_reports_progress_and_writes_the_file_whole(demo, steel, tmp_path):
    seen = []
    out = tmp_path / "brief.docx"
    result = service.build_briefing(
        demo, BriefingRequest(steel.uuid, meeting=latest_meeting(demo, steel.uuid), as_of=AS_OF),
        out=out, progress=lambda label, fraction: seen.append((label, fraction)))
    assert out.read_bytes() == result.content and result.path == out
    assert zipfile.ZipFile(io.BytesIO(result.content)).testzip() is None
    fractions = [f for _, f in seen]
    assert fractions == sorted(fractions) and fractions[-1] == 1.0
    assert {"collect", "map", "done"} <= {label for label, _ in seen}
    assert result.sections[0] is SectionKind.COVER and SectionKind.TALKING_POINTS in result.sections
    assert result.talking_points > 0 and result.pictures == 3
    assert sorted(p.name for p in tmp_path.iterdir()) == ["brief.docx"]  # no temporary left


def test_cancel_stops_and_writes_nothing(demo, steel, tmp_path):
    calls = []
    with pytest.raises(Cancelled):
        service.build_briefing(demo, BriefingRequest(steel.uuid, date=AS_OF, as_of=AS_OF),
                               out=tmp_path / "never.docx", cancelled=lambda: bool(calls.append(1)) or
                               len(calls) > 3)
    assert list(tmp_path.iterdir()) == []


def test_outline_words_the_sections_in_the_documents_language(demo, steel):
    request = BriefingRequest(steel.uuid, meeting=latest_meeting(demo, steel.uuid), lang="ru", as_of=AS_OF)
    outline = service.outline(demo, request)
    titles = [s.title for s in outline.sections]
    assert titles[:3] == ["Брифинг к встрече", "Сводка", "Тезисы для разговора"]
    points = next(s for s in outline.sections if s.kind is SectionKind.TALKING_POINTS)
    assert points.lines and all(line.endswith(".") for line in points.lines)
    client = service.outline(demo, BriefingRequest(steel.uuid, date=AS_OF, audience=Audience.CLIENT,
                                                   as_of=AS_OF))
    assert [s.kind for s in client.sections] == [SectionKind.COVER, SectionKind.COMMERCE, SectionKind.SERVICE]


def test_meetings_to_choose_from_are_meetings_visits_and_video_calls(demo, steel):
    found = service.list_meetings(demo, steel.uuid, as_of=AS_OF, back_days=30)
    assert found and {m.kind.value for m in found} <= {"meeting", "site_visit", "video_call"}
    assert [m.occurred_at for m in found] == sorted((m.occurred_at for m in found), reverse=True)
    assert all(not m.upcoming for m in found)  # the demo's calendar ends today
    earlier = service.list_meetings(demo, steel.uuid, as_of=date(2026, 11, 10), ahead_days=30)
    upcoming = [m for m in earlier if m.upcoming]
    assert upcoming and all(m.upcoming for m in earlier[:len(upcoming)])  # upcoming first, soonest first
    assert [m.occurred_at for m in upcoming] == sorted(m.occurred_at for m in upcoming)


def test_names_resolve_by_prefix_and_fail_with_candidates(demo, steel):
    people = service.account_people(demo, steel.uuid)
    target = people[0]
    assert service.resolve_names([target.name.upper(), target.name[:12]], people) == (target.uuid,)
    with pytest.raises(service.UnknownNames) as unknown:
        service.resolve_names(["Nobody Atall"], people, "person at X")
    assert "no person at X matches 'Nobody Atall'" in unknown.value.detail
    assert len(unknown.value.candidates) >= 3
    first_word = target.name.split()[0]
    sharing = [p for p in people if p.name.split()[0] == first_word]
    if len(sharing) > 1:
        with pytest.raises(service.UnknownNames, match="fits more than one"):
            service.resolve_names([first_word], people)


def test_bad_requests(demo, steel):
    other = accounts.resolve(demo, "Brenner")
    with pytest.raises(ValidationError):
        BriefingRequest(steel.uuid).validated()
    with pytest.raises(ValidationError):
        BriefingRequest(steel.uuid, meeting=uuid.uuid4(), date=AS_OF).validated()
    with pytest.raises(ValidationError):
        BriefingRequest(steel.uuid, date=AS_OF, lang="de").validated()
    with pytest.raises(NotFound):
        collect(demo, BriefingRequest(steel.uuid, meeting=latest_meeting(demo, other.uuid), as_of=AS_OF))
    stranger = service.account_people(demo, other.uuid)[0].uuid
    with pytest.raises(ValidationError, match="attendees"):
        collect(demo, BriefingRequest(steel.uuid, date=AS_OF, attendees=(stranger,), as_of=AS_OF))


def test_a_bare_account_gets_a_short_briefing(sqlite_db, tmp_path):
    from planner.services.accounts import AccountInput

    created = accounts.create(sqlite_db, AccountInput(name="Empty Ltd", currency="EUR"))
    account = created.created[0]
    result = service.build_briefing(sqlite_db, BriefingRequest(account, date=date(2026, 12, 1)))
    assert result.sections == (SectionKind.COVER, SectionKind.SUMMARY, SectionKind.TALKING_POINTS)
    assert (result.talking_points, result.questions) == (0, 1)  # who signs off the budget?
    client = service.build_briefing(sqlite_db, BriefingRequest(account, date=date(2026, 12, 1),
                                                               audience=Audience.CLIENT))
    assert client.sections == (SectionKind.COVER,) and client.pictures == 0
    with sqlite_db.session.begin() as session:
        assert session.scalar(select(Account.name)) == "Empty Ltd"
        assert session.scalar(select(Interaction.id)) is None


def test_a_corporate_template_without_our_styles_still_works(demo, steel, tmp_path):
    from docx import Document

    corporate = tmp_path / "corporate.docx"
    plain = Document()
    plain.sections[0].footer.paragraphs[0].text = "ACME Corp confidential"
    plain.save(str(corporate))
    request = BriefingRequest(steel.uuid, meeting=latest_meeting(demo, steel.uuid), as_of=AS_OF,
                              template=corporate)
    result = service.build_briefing(demo, request)
    doc = Document(io.BytesIO(result.content))
    used = {p.style.name for p in doc.paragraphs}
    assert {"Title", "Heading 1", "Heading 2"} <= used
    assert {t.style.name for t in doc.tables if t.style is not None} <= {"Table Grid"}
    assert doc.sections[0].footer.paragraphs[0].text == "ACME Corp confidential"
