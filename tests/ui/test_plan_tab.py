"""The Plan tab: the plan tree, opportunities, risks, team and sites, edited with undo and refreshed
only where a change lands."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QAbstractItemModelTester

from planner import enums, records
from planner.changes import Entity
from ui.editing import accounts as account_editing
from ui.editing.commands import CreateRecord
from ui.editing.dialog import RecordDialog
from ui.editing.kinds import KINDS
from ui.editing.table import UUID_ROLE
from ui.tabs.plan import PlanTab
from ui.tabs.plan_models import KIND_ROLE, OVERDUE, PlanColumn, risk_colour, weighted_pipeline
from ui.undo import perform
from ui.workspace import AccountWorkspace

from .test_editing_support import AS_OF, account_uuid, context_for, demo_template, open_copy

FATAL = QAbstractItemModelTester.FailureReportingMode.Fatal


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    """One copy for the module: the tests add records of their own and touch nothing another reads."""
    database = open_copy(demo_template(tmp_path_factory), tmp_path_factory.mktemp("plan"))
    yield database
    database.close()


@pytest.fixture
def tab(qtbot, db):
    workspace = AccountWorkspace()
    qtbot.addWidget(workspace)
    context = context_for(db, workspace)
    workspace.register_tab(PlanTab, "Plan", order=40, key="plan")
    workspace.set_context(context)
    plan: PlanTab = workspace.tab("plan")
    plan.today = AS_OF
    testers = [QAbstractItemModelTester(plan.tree_model, FATAL, plan)]
    testers += [QAbstractItemModelTester(panel.model, FATAL, plan) for panel in plan.ui.panels]
    testers += [QAbstractItemModelTester(panel.proxy, FATAL, plan) for panel in plan.ui.panels]
    workspace.show_account(account_uuid(db))
    workspace.show()
    plan.testers = testers
    yield plan
    workspace.detach()


def goals(db):
    return records.goals.list_for(db, account_uuid(db))


def test_the_plan_shows_goals_objectives_and_actions_with_overdue_ones_in_red(tab, db):
    model = tab.tree_model
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == [g.title for g in goals(db)]
    first_goal = model.index(0, 0)
    objective = model.index(0, 0, first_goal)
    assert (
        objective.data(KIND_ROLE) == "objectives"
        and model.index(0, 0, objective).data(KIND_ROLE) == "actions"
    )
    overdue = []
    for g in range(model.rowCount()):
        goal = model.index(g, 0)
        for o in range(model.rowCount(goal)):
            for a in range(model.rowCount(model.index(o, 0, goal))):
                action = model.index(a, 0, model.index(o, 0, goal))
                brush = action.data(Qt.ItemDataRole.ForegroundRole)
                if brush is not None and brush.color() == OVERDUE:
                    overdue.append(action.data(UUID_ROLE))
    assert overdue and len(overdue) == model.overdue_count()
    for record_uuid in overdue:
        action = records.actions.get(db, record_uuid)
        assert action.due_on < AS_OF and action.status not in (
            enums.PlanStatus.DONE,
            enums.PlanStatus.CANCELLED,
        )
    assert "Overdue actions: " in tab.ui.plan_summary.text()


def test_a_goal_and_an_action_are_added_where_the_selection_is_and_undone(tab, db, monkeypatch):
    def save(dialog):
        dialog.form.editors["title"].setText("Новый пункт плана")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(RecordDialog, "exec", save)
    stack = tab.context.undo_stack
    goal = tab.add("goals")
    model = tab.tree_model
    assert model.index(model.rowCount() - 1, 0).data(UUID_ROLE) == goal  # at the end of the plan
    assert tab.current_uuid() == goal and stack.undoText() == "Add goal “Новый пункт плана”"
    assert records.goals.get(db, goal).position == model.rowCount() - 1

    objective_uuid = records.objectives.list_for(db, goals(db)[0].uuid)[0].uuid
    tab.select(objective_uuid)
    action = tab.add("actions")
    assert records.actions.get(db, action).parent_uuid == objective_uuid
    assert model.index_of(action).parent().data(UUID_ROLE) == objective_uuid
    stack.undo()
    stack.undo()
    assert not model.index_of(action).isValid() and not model.index_of(goal).isValid()


def test_the_status_changes_in_place_as_one_undo_step(qtbot, tab, db):
    model = tab.tree_model
    objective = model.index(0, 0, model.index(0, 0))
    action_index = model.index(0, PlanColumn.STATUS, objective)
    action = records.actions.get(db, action_index.data(UUID_ROLE))
    assert action.status != enums.PlanStatus.DONE and model.flags(action_index) & Qt.ItemFlag.ItemIsEditable
    stack = tab.context.undo_stack
    assert model.setData(action_index, "done")
    qtbot.waitUntil(lambda: stack.count() == 1)
    done = records.actions.get(db, action.uuid)
    assert done.status is enums.PlanStatus.DONE and done.done_on == AS_OF
    assert stack.undoText() == f"Set “{action.title}” to Done"
    assert model.index_of(action.uuid).siblingAtColumn(PlanColumn.STATUS).data() == "Done"
    stack.undo()
    assert replace(records.actions.get(db, action.uuid), updated_at=action.updated_at) == action


def test_items_move_up_and_down_as_one_undo_step(tab, db):
    before = [g.uuid for g in goals(db)]
    tab.select(before[0])
    tab.move(1)
    assert [g.uuid for g in goals(db)] == [before[1], before[0], *before[2:]]
    assert tab.current_uuid() == before[0]
    assert tab.context.undo_stack.undoText() == f"Move “{goals(db)[1].title}” down"
    tab.context.undo_stack.undo()
    assert [g.uuid for g in goals(db)] == before
    assert [tab.tree_model.index(r, 0).data(UUID_ROLE) for r in range(len(before))] == before


def test_deleting_a_plan_item_asks_and_is_undone(tab, db, monkeypatch):
    monkeypatch.setattr(account_editing, "confirm", lambda parent, text: True)
    goal = goals(db)[0]
    tab.select(goal.uuid)
    tab.delete_current()
    assert not tab.tree_model.index_of(goal.uuid).isValid()
    assert tab.context.undo_stack.undoText() == f"Delete goal “{goal.title}”"
    tab.context.undo_stack.undo()
    restored = tab.tree_model.index_of(goal.uuid)
    assert restored.isValid() and tab.tree_model.rowCount(restored) > 0  # objectives came back with it


def test_opportunities_show_the_weighted_pipeline(tab, db):
    found = records.opportunities.list_for(db, account_uuid(db))
    panel = tab.ui.opportunities
    assert panel.model.rowCount() == len(found)
    totals = weighted_pipeline(found)
    open_value = sum(
        (
            o.value * o.probability / 100
            for o in found
            if o.stage not in (enums.OpportunityStage.WON, enums.OpportunityStage.LOST)
        ),
        Decimal(0),
    )
    assert totals["RUB"] == pytest.approx(open_value, abs=Decimal("0.05"))
    assert panel.footer.text().startswith("Weighted pipeline: ₽")


def test_risks_are_coloured_by_probability_times_impact(tab, db):
    risk = records.risks.list_for(db, account_uuid(db))[0]
    assert risk_colour(replace(risk, probability=5, impact=4, status=enums.RiskStatus.OPEN)) == QColor(
        "#ef9a9a"
    )
    assert risk_colour(replace(risk, probability=2, impact=4, status=enums.RiskStatus.OPEN)) == QColor(
        "#ffe082"
    )
    assert risk_colour(replace(risk, probability=1, impact=2, status=enums.RiskStatus.OPEN)) == QColor(
        "#a5d6a7"
    )
    assert risk_colour(replace(risk, status=enums.RiskStatus.CLOSED)) is None
    panel = tab.ui.risks
    row = panel.model.row_of(risk.uuid)
    assert panel.model.index(row, 1).data() == str(risk.probability * risk.impact)


def test_a_change_refreshes_only_the_section_it_touches(qtbot, tab, db):
    resets = []
    tab.tree_model.modelReset.connect(lambda: resets.append("plan"))
    account = account_uuid(db)
    before = tab.ui.risks.model.rowCount()
    perform(
        tab.context.undo_stack,
        CreateRecord(
            db, KINDS["risks"], account, records.RiskInput("Уход главного инженера"), bus=tab.context.bus
        ),
    )
    assert tab.ui.risks.model.rowCount() == before + 1 and resets == []
    tab.context.undo_stack.undo()
    assert tab.ui.risks.model.rowCount() == before


def test_a_record_opened_elsewhere_is_shown_here(tab, db):
    risk = records.risks.list_for(db, account_uuid(db))[-1]
    assert tab.open_record(Entity.RISK, risk.uuid)
    assert tab.ui.sections.currentIndex() == 2 and tab.ui.risks.current_uuid() == risk.uuid
    action_uuid = tab.tree_model.index(0, 0, tab.tree_model.index(0, 0, tab.tree_model.index(0, 0))).data(
        UUID_ROLE
    )
    assert tab.open_record(Entity.PLAN, action_uuid) and tab.current_uuid() == action_uuid
    assert not tab.open_record(Entity.ORDER, action_uuid)


def test_team_and_sites_are_listed_and_a_new_colleague_joins_the_account(tab, db, monkeypatch):
    account = account_uuid(db)
    assert tab.ui.sites.model.rowCount() == len(records.sites.list_for(db, account))
    assert tab.ui.team.model.rowCount() == len(records.account_team.list_for(db, account))
    assert tab.ui.contracts.model.rowCount() == len(records.contracts.list_for(db, account))
    assert tab.ui.competitors.model.rowCount() == len(records.competitors.list_for(db, account))

    def save(dialog):
        if dialog.kind.key == "team_members":
            dialog.form.editors["name"].setText("Nina Berg")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(RecordDialog, "exec", save)
    tab.new_colleague()
    nina = next(m for m in records.account_team.list_for(db, account) if m.team_member_name == "Nina Berg")
    assert tab.ui.team.current_uuid() == nina.uuid
    assert tab.context.undo_stack.count() == 2  # the colleague, then her role on the account


def test_the_tab_and_its_dialogs_speak_russian(qtbot, tab, db):
    from ui import i18n

    i18n.apply_language("ru")
    qtbot.waitUntil(lambda: tab.ui.sections.tabText(0) == "План по клиенту")  # the change event is posted
    assert [tab.ui.sections.tabText(i) for i in range(4)] == [
        "План по клиенту",
        "Сделки",
        "Риски",
        "Команда и площадки",
    ]
    assert tab.tree_model.headerData(PlanColumn.STATUS, Qt.Orientation.Horizontal) == "Статус"
    assert tab.ui.new_goal.text() == "Новая цель…"
    dialog = RecordDialog(tab.context, KINDS["goals"], parent_uuid=account_uuid(db))
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Новая цель"
    assert dialog.form.labels["title"].text() == "Название *"
    dialog.accept()
    assert dialog.form.problem("title") == "Обязательное поле."
