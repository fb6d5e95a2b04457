"""The timeline's paged model: pages on demand, month headers and gaps, filters, search."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QListView

from planner.enums import Direction, InteractionKind
from planner.timeline.query import TimelineEntry, TimelineFilter
from ui.timeline.delegate import TimelineDelegate
from ui.timeline.model import PAGE_SIZE, ROW_ROLE, TimelineModel
from ui.timeline.rows import EntryRow, GapRow, MonthRow, RowBuilder

from .test_timeline_support import DROPPING, RUSSIAN, account_uuid, demo_file

FATAL = QAbstractItemModelTester.FailureReportingMode.Fatal


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    from db.store import open_database

    db = open_database(demo_file(tmp_path_factory))
    yield db
    db.close()


def entry(moment: datetime, kind=InteractionKind.CALL) -> TimelineEntry:
    return TimelineEntry(
        uuid=uuid.uuid4(), account_uuid=uuid.uuid4(), occurred_at=moment, kind=kind,
        direction=Direction.OUTBOUND, subject="s", summary=None, location=None, duration_minutes=None,
        timezone=None, sentiment=None, next_step=None, source="manual", source_name=None, people=(), team=(),
    )  # fmt: skip


def kinds_of(rows) -> list[str]:
    return [type(r).__name__[0] for r in rows]  # M(onth), G(ap), E(ntry)


def test_rows_have_month_headers_and_gaps_across_pages():
    noon = datetime(2026, 11, 20, 12, tzinfo=UTC)
    builder = RowBuilder(now=noon + timedelta(days=2))
    first = [entry(noon), entry(noon - timedelta(days=3))]  # both November
    second = [entry(noon - timedelta(days=40)), entry(noon - timedelta(days=41))]  # October, 37 days on
    rows = builder.rows(first) + builder.rows(second)
    assert kinds_of(rows) == ["M", "E", "E", "G", "M", "E", "E"]
    gap = rows[3]
    assert isinstance(gap, GapRow) and gap.gap.days == 37 and not gap.gap.ongoing
    assert [r.month for r in rows if isinstance(r, MonthRow)] == [date(2026, 11, 1), date(2026, 10, 1)]


def test_a_silence_up_to_now_is_an_ongoing_gap_first():
    noon = datetime(2026, 11, 20, 12, tzinfo=UTC)
    rows = RowBuilder(now=noon + timedelta(days=45)).rows([entry(noon)])
    assert kinds_of(rows) == ["G", "M", "E"]
    assert rows[0].gap.ongoing and rows[0].gap.days == 45


def test_the_model_pages_as_the_view_scrolls_and_never_loads_everything(qtbot, demo):
    model = TimelineModel()
    QAbstractItemModelTester(model, FATAL)
    model.set_query(demo, account_uuid(demo, DROPPING))
    assert model.pages_loaded == 1 and model.entries_loaded == PAGE_SIZE
    view = QListView()
    view.setItemDelegate(TimelineDelegate(view))
    view.setModel(model)
    view.resize(700, 500)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    assert model.pages_loaded == 1, "one page fills the screen many times over"
    for pages in (2, 3):
        bar = view.verticalScrollBar()
        bar.setValue(bar.maximum())
        qtbot.waitUntil(lambda pages=pages: model.pages_loaded == pages)
    assert model.entries_loaded == 3 * PAGE_SIZE  # of 5,000+: only what was scrolled through
    assert model.canFetchMore()
    months = [model.index(r).data(ROW_ROLE) for r in range(model.rowCount())]
    assert isinstance(months[0], MonthRow) and model.index(0).data() == "November 2026"
    entries = [r.entry for r in months if isinstance(r, EntryRow)]
    assert entries == sorted(entries, key=lambda e: e.occurred_at, reverse=True)
    assert len({e.uuid for e in entries}) == len(entries)


def test_filters_narrow_the_list(demo):
    account = account_uuid(demo, DROPPING)
    model = TimelineModel()
    QAbstractItemModelTester(model, FATAL)
    model.set_query(demo, account, TimelineFilter(kinds=frozenset({InteractionKind.SITE_VISIT})))
    visits = model.entries()
    assert visits and all(e.kind == InteractionKind.SITE_VISIT for e in visits)
    person = next(p.uuid for e in visits for p in e.people)
    model.set_query(demo, account, TimelineFilter(person=person))
    assert model.entries() and all(any(p.uuid == person for p in e.people) for e in model.entries())
    inbound = TimelineFilter(
        directions=frozenset({Direction.INBOUND}), kinds=frozenset({InteractionKind.CALL})
    )
    model.set_query(demo, account, inbound)
    assert all(e.direction == Direction.INBOUND and e.kind == InteractionKind.CALL for e in model.entries())


def test_a_person_timeline_shows_gaps_where_nobody_talked(demo):
    from planner import records

    account = account_uuid(demo, DROPPING)
    model = TimelineModel()
    found = False
    for person in records.people.list_for(demo, account):
        model.set_query(demo, account, TimelineFilter(person=person.uuid))
        while model.canFetchMore():
            model.fetchMore()
        rows = [model.index(r).data(ROW_ROLE) for r in range(model.rowCount())]
        gaps = [r for r in rows if isinstance(r, GapRow)]
        if gaps:
            found = True
            row = rows.index(gaps[0])
            text = model.index(row).data()
            assert text.startswith("No contact for ") and text.endswith(" days") or "so far" in text
            assert gaps[0].gap.days >= 30
            break
    assert found, "some contact of the demo account goes quiet for a month or more"


def test_search_is_full_text_through_the_planner(demo):
    account = account_uuid(demo, RUSSIAN)
    model = TimelineModel()
    model.set_query(demo, account, TimelineFilter(text="претензия"))
    hits = model.entries()
    assert hits
    assert all("претенз" in f"{e.subject} {e.summary}".casefold() for e in hits)
