"""The Timeline tab: filters, Cyrillic search, routes from the search, the chart and its banner."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QUndoStack

from planner import records
from planner.changes import Entity
from planner.enums import InteractionKind
from planner.timeline import query
from ui.tabs import timeline as timeline_tab
from ui.tabs.timeline import CHART_SHOWN_KEY, TimelineTab
from ui.timeline.model import COUNT_ROLE
from ui.undo import ChangeBus
from ui.workers import WorkerPool
from ui.workspace import WorkspaceContext

from .test_timeline_support import AS_OF, DROPPING, RUSSIAN, account_uuid, copy_of, demo_file


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    from db.store import open_database

    db = open_database(demo_file(tmp_path_factory))
    yield db
    db.close()


def make_tab(qtbot, db, *, chart: bool = False) -> TimelineTab:
    QSettings().setValue(CHART_SHOWN_KEY, chart)
    context = WorkspaceContext(db, QUndoStack(), ChangeBus.instance(), WorkerPool())
    tab = TimelineTab(context)
    tab.as_of = AS_OF
    qtbot.addWidget(tab)
    tab.resize(1100, 700)
    tab.show()
    qtbot.waitExposed(tab)
    return tab


def test_the_tab_shows_the_account_newest_first_and_the_detail_of_a_row(qtbot, demo):
    tab = make_tab(qtbot, demo)
    tab.load(account_uuid(demo, DROPPING))
    assert tab.model.index(0).data() == "November 2026"
    first = tab.model.entry(1)
    tab.ui.list.setCurrentIndex(tab.model.index(1))
    assert tab.ui.detail.entry == first
    assert first.subject in tab.ui.detail.body.text()
    assert tab.ui.list_stack.currentWidget() is tab.ui.list


def test_filter_bar_narrows_by_channel_direction_and_period(qtbot, demo):
    tab = make_tab(qtbot, demo)
    tab.load(account_uuid(demo, DROPPING))
    everything = tab.model.entries_loaded
    tab.ui.filters.channel_actions[InteractionKind.SITE_VISIT].setChecked(True)
    assert {e.kind for e in tab.model.entries()} == {InteractionKind.SITE_VISIT}
    assert tab.ui.filters.clear.isVisibleTo(tab)
    tab.ui.filters.period.setCurrentIndex(1)  # the last 30 days
    assert all((AS_OF - e.occurred_at.date()).days <= 31 for e in tab.model.entries())
    tab.ui.filters.reset()
    assert tab.model.entries_loaded == everything and not tab.ui.filters.clear.isVisibleTo(tab)


def test_search_finds_a_cyrillic_word_typed_in_the_box(qtbot, demo):
    tab = make_tab(qtbot, demo)
    tab.load(account_uuid(demo, RUSSIAN))
    tab.ui.filters.search.setText("Претензия")
    qtbot.waitUntil(lambda: tab.model.filters.text == "Претензия")
    hits = tab.model.entries()
    assert hits and all("претенз" in f"{e.subject} {e.summary}".casefold() for e in hits)
    tab.ui.filters.search.setText("несуществующееслово")
    qtbot.waitUntil(lambda: tab.model.filters.text == "несуществующееслово")
    assert tab.ui.list_stack.currentWidget() is tab.ui.empty
    assert tab.ui.empty.text() == "No interactions match these filters."


def test_open_person_shows_their_timeline(qtbot, demo):
    tab = make_tab(qtbot, demo)
    account = account_uuid(demo, DROPPING)
    tab.load(account)
    person = records.people.list_for(demo, account)[0]
    assert tab.open_record(Entity.PERSON, person.uuid)
    assert tab.ui.filters.person.currentText() == person.full_name
    assert tab.model.entries()
    assert all(any(p.uuid == person.uuid for p in e.people) for e in tab.model.entries())


def test_open_interaction_scrolls_to_it_even_far_back_and_behind_filters(qtbot, demo):
    tab = make_tab(qtbot, demo)
    account = account_uuid(demo, DROPPING)
    tab.load(account)
    page, cursor = None, None
    for _ in range(4):  # some 3,000 interactions back
        page = query.timeline(demo, account, limit=1000, before=cursor)
        cursor = page.next_cursor
    old = page.entries[-1]
    tab.ui.filters.channel_actions[InteractionKind.NOTE if old.kind != InteractionKind.NOTE else
                                   InteractionKind.CALL].setChecked(True)  # fmt: skip
    assert tab.open_record(Entity.INTERACTION, old.uuid)
    assert tab.ui.detail.entry.uuid == old.uuid
    assert tab.ui.list.currentIndex().row() == tab.model.row_of(old.uuid)
    assert not tab.ui.filters.is_filtered(), "the filter that hid it was cleared"
    assert tab.model.entries_loaded < 5000


def test_the_chart_is_built_in_a_worker_and_the_drop_is_flagged(qtbot, demo):
    tab = make_tab(qtbot, demo, chart=True)
    tab.load(account_uuid(demo, DROPPING))
    qtbot.waitUntil(lambda: tab.ui.activity.canvas is not None, timeout=20_000)
    assert tab.ui.activity.data.engagement.drop
    assert tab.ui.activity.banner.isVisible()
    assert tab.ui.activity.banner.text().startswith("Engagement has dropped")
    assert tab.model.index(0).data(COUNT_ROLE) > 0  # the month header's count, from the chart's data
    tab.load(account_uuid(demo, RUSSIAN))
    qtbot.waitUntil(lambda: tab.ui.activity.data is not None and not tab.ui.activity.data.engagement.drop)
    assert not tab.ui.activity.banner.isVisible()


def test_after_a_switch_the_chart_waits_for_the_user_to_settle(qtbot, demo):
    """Arrowing through accounts builds no chart for those passed over, and never shows the
    previous account's chart for the new one."""
    from ui.tabs import timeline as timeline_tab

    tab = make_tab(qtbot, demo, chart=True)
    tab.load(account_uuid(demo, DROPPING))
    qtbot.waitUntil(lambda: tab.ui.activity.canvas is not None, timeout=20_000)
    requests = []
    original = tab.ui.activity.request
    tab.ui.activity.request = lambda *args, **kwargs: requests.append(args) or original(*args, **kwargs)
    tab.load(account_uuid(demo, RUSSIAN))
    assert tab.ui.activity.canvas is None and tab.ui.activity.data is None  # cleared at once
    tab.load(account_uuid(demo, DROPPING))
    tab.load(account_uuid(demo, RUSSIAN))
    assert requests == []
    qtbot.wait(timeline_tab.CHART_AFTER_SWITCH_MS + 50)
    assert len(requests) == 1 and requests[0][2] == account_uuid(demo, RUSSIAN)
    qtbot.waitUntil(lambda: tab.ui.activity.canvas is not None, timeout=20_000)


def test_edit_and_delete_go_through_ui_editing(qtbot, demo, monkeypatch):
    calls = []

    class FakeEditing:
        @staticmethod
        def edit_record(context, entity, record, parent):
            calls.append(("edit", entity, record))
            return True

        @staticmethod
        def delete_record(context, entity, record, parent):
            calls.append(("delete", entity, record))
            return True

    monkeypatch.setattr(timeline_tab, "editing", FakeEditing)
    tab = make_tab(qtbot, demo)
    assert tab.ui.detail.edit.isVisibleTo(tab) and tab.ui.detail.delete.isVisibleTo(tab)
    tab.load(account_uuid(demo, DROPPING))
    tab.ui.list.setCurrentIndex(tab.model.index(1))
    record = tab.model.entry(1).uuid
    tab.ui.detail.edit.click()
    tab.ui.delete_action.trigger()
    assert calls == [("edit", Entity.INTERACTION, record), ("delete", Entity.INTERACTION, record)]


def test_without_ui_editing_there_is_no_edit_or_delete(qtbot, demo, monkeypatch):
    monkeypatch.setattr(timeline_tab, "editing", None)
    tab = make_tab(qtbot, demo)
    assert not tab.ui.detail.edit.isVisibleTo(tab) and not tab.ui.delete_action.isEnabled()


def test_the_main_window_routes_search_results_to_the_timeline(qtbot, tmp_path, tmp_path_factory):
    from planner.database import open_planner_database
    from ui.main_window import MainWindow

    QSettings().setValue(CHART_SHOWN_KEY, False)
    db = open_planner_database(str(copy_of(demo_file(tmp_path_factory), tmp_path)))
    window = MainWindow(db, owns_database=True)
    qtbot.addWidget(window)
    window.show()
    account = account_uuid(db, DROPPING)
    old = query.timeline(db, account, limit=400).entries[-1]
    assert window.open_record(Entity.INTERACTION, old.uuid)
    assert window.workspace.current_key() == "timeline"
    tab = window.workspace.tab("timeline")
    assert tab.ui.detail.entry.uuid == old.uuid
    window.close()
