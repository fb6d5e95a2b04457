"""The editing dialogs as a user drives them: every kind of field, problems shown beside the field,
Enter and Esc, the Edit menu's texts, and the public create/edit/delete entry points."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from PySide6.QtCore import QLocale, QObject, Qt, QTime
from PySide6.QtWidgets import QDialog

from planner import enums, records
from planner.changes import Entity
from ui import editing
from ui.editing import accounts as account_editing
from ui.editing.dialog import RecordDialog
from ui.editing.kinds import KINDS
from ui.editing.reasons import explain_reason
from ui.editing.widgets import FieldProblem, format_decimal, parse_decimal
from ui.undo import UndoActions

from .test_editing_support import account_uuid, context_for, demo_template, open_copy


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    """One copy for the module: the tests add records of their own and touch nothing another reads."""
    database = open_copy(demo_template(tmp_path_factory), tmp_path_factory.mktemp("dialogs"))
    yield database
    database.close()


@pytest.fixture
def context(qapp, db):
    return context_for(db)


def dialog_for(qtbot, context, key, **kwargs) -> RecordDialog:
    dialog = RecordDialog(context, KINDS[key], **kwargs)
    qtbot.addWidget(dialog)
    return dialog


def test_a_person_is_typed_in_with_every_kind_of_field(qtbot, context, db):
    account = account_uuid(db)
    site = records.sites.list_for(db, account)[0]
    dialog = dialog_for(qtbot, context, "people", parent_uuid=account)
    editors = dialog.form.editors
    editors["full_name"].setText("Ольга Смирнова")
    editors["title"].setText("Главный механик")
    editors["site"].setEditText(site.name)  # typed, matched against the list
    editors["influence"].setValue(5)
    editors["attitude"].setCurrentIndex(editors["attitude"].findText("Champion"))
    editors["birthday"].line.setText("3/14/1985")
    editors["contacts"].add(enums.ContactKind.EMAIL, "o.smirnova@example.ru", "work", True, edit=False)
    editors["contacts"].add(enums.ContactKind.PHONE, "+7 912 000-00-00", edit=False)
    economic = editors["roles"].lists[enums.RoleFramework.MILLER_HEIMAN].item(0)
    economic.setCheckState(Qt.CheckState.Checked)
    editors["priorities"].setPlainText("Надёжность поставок")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    olga = records.people.get(db, dialog.saved_uuid)
    assert (olga.full_name, olga.title, olga.site, olga.influence) == (
        "Ольга Смирнова",
        "Главный механик",
        site.uuid,
        5,
    )
    assert olga.attitude is enums.Attitude.CHAMPION and olga.birthday == date(1985, 3, 14)
    assert [c.value for c in olga.contacts] == ["o.smirnova@example.ru", "+7 912 000-00-00"]
    assert olga.contacts[0].is_primary and olga.priorities == "Надёжность поставок"
    assert olga.roles == (
        records.RoleInput(enums.RoleFramework.MILLER_HEIMAN, enums.MillerHeimanRole.ECONOMIC_BUYER),
    )
    assert context.undo_stack.undoText() == "Add person “Ольга Смирнова”"


def test_an_edit_keeps_what_the_user_did_not_touch(qtbot, context, db):
    person = records.people.list_for(db, account_uuid(db))[0]
    dialog = dialog_for(qtbot, context, "people", record_uuid=person.uuid)
    dialog.form.editors["interest"].setValue(1 if person.interest != 1 else 2)
    dialog.accept()
    after = records.people.get(db, person.uuid)
    assert after.interest != person.interest
    assert (after.contacts, after.roles, after.site, after.reports_to, after.owner) == (
        person.contacts,
        person.roles,
        person.site,
        person.reports_to,
        person.owner,
    )


def test_money_is_read_and_written_with_a_decimal_comma_in_russian(qtbot, context, db):
    QLocale.setDefault(QLocale(QLocale.Language.Russian, QLocale.Country.Russia))
    dialog = dialog_for(qtbot, context, "opportunities", parent_uuid=account_uuid(db))
    dialog.form.editors["name"].setText("Модернизация стана")
    assert dialog.form.editors["value"].unit.text() == "RUB"  # the account's currency
    dialog.form.editors["value"].line.setText("1 234 567,5")
    dialog.accept()
    saved = records.opportunities.get(db, dialog.saved_uuid)
    assert saved.value == Decimal("1234567.5") and saved.currency == "RUB"
    again = dialog_for(qtbot, context, "opportunities", record_uuid=saved.uuid)
    assert again.form.editors["value"].line.text() == "1\u00a0234\u00a0567,50"


def test_numbers_parse_the_way_the_locale_writes_them():
    english = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    russian = QLocale(QLocale.Language.Russian, QLocale.Country.Russia)
    assert parse_decimal("1,234.50", english) == Decimal("1234.50")
    assert parse_decimal("1 234,5", russian) == Decimal("1234.5")
    assert parse_decimal("12.5", russian) == Decimal("12.5")
    assert parse_decimal("  ", russian) is None
    with pytest.raises(FieldProblem):
        parse_decimal("двенадцать", russian)
    assert format_decimal(Decimal("1234567.50"), min_decimals=2, locale=english) == "1,234,567.50"


def test_a_moment_is_a_local_date_and_time_saved_in_utc(qtbot, context, db):
    dialog = dialog_for(qtbot, context, "tickets", parent_uuid=account_uuid(db))
    dialog.form.editors["subject"].setText("Течь гидроцилиндра")
    dialog.form.editors["opened_at"].day.line.setText("11/20/2026")
    dialog.form.editors["opened_at"].time.setTime(QTime(14, 30))
    dialog.accept()
    opened = records.tickets.get(db, dialog.saved_uuid).opened_at
    assert opened == datetime(2026, 11, 20, 14, 30).astimezone().astimezone(UTC)


def test_an_optional_date_can_be_emptied(qtbot, context, db):
    account = account_uuid(db)
    goal = records.goals.list_for(db, account)[0]
    objective = records.objectives.list_for(db, goal.uuid)[0]
    action = next(a for a in records.actions.list_for(db, objective.uuid) if a.due_on is not None)
    dialog = dialog_for(qtbot, context, "actions", record_uuid=action.uuid)
    dialog.form.editors["due_on"].line.clear()
    dialog.accept()
    assert records.actions.get(db, action.uuid).due_on is None


def test_participants_are_ticked_with_their_roles(qtbot, context, db):
    account = account_uuid(db)
    person = records.people.list_for(db, account)[0]
    colleague = next(m for m in records.team_members.list_for(db) if m.active)
    dialog = dialog_for(qtbot, context, "interactions", parent_uuid=account)
    form = dialog.form
    form.set_value("kind", enums.InteractionKind.MEETING)
    form.editors["subject"].setText("Совещание по пилоту")
    dialog.accept()  # a meeting needs somebody
    assert form.problem("participants") == "Who took part? Only a note may have no participants."
    assert dialog.result() != QDialog.DialogCode.Accepted and context.undo_stack.count() == 0
    editor = form.editors["participants"]
    editor.search.setText(person.full_name[:6])
    editor.check(person.uuid)
    editor.check(colleague.uuid)
    row = next(
        r
        for r in range(editor.table.rowCount())
        if editor.table.item(r, 0).data(Qt.ItemDataRole.UserRole).key == colleague.uuid
    )
    roles = editor.table.cellWidget(row, 2)
    roles.setCurrentIndex(roles.findData(str(enums.ParticipantRole.ORGANIZER)))
    dialog.accept()
    saved = records.interactions.get(db, dialog.saved_uuid)
    assert set(saved.participants) == {
        records.ParticipantInput(person=person.uuid),
        records.ParticipantInput(team_member=colleague.uuid, role=enums.ParticipantRole.ORGANIZER),
    }


def test_order_lines_and_a_delivery_that_picks_one_of_them(qtbot, context, db):
    account = account_uuid(db)
    dialog = dialog_for(qtbot, context, "orders", parent_uuid=account)
    dialog.form.editors["number"].setText("4500999002")
    lines = dialog.form.editors["lines"]
    lines.add(None, edit=False)
    for column, text in enumerate(["Гидравлика", "Насос", "2", "шт", "1,500.50"]):
        lines.table.item(0, column).setText(text)
    dialog.accept()
    order = records.orders.get(db, dialog.saved_uuid)
    assert order.total == Decimal("1500.50") and order.lines[0].quantity == 2

    delivery = dialog_for(qtbot, context, "deliveries", parent_uuid=account)
    picker = delivery.form.editors["order_line"]
    assert picker.keys == []
    delivery.form.set_value("order", order.uuid)
    assert picker.keys == [order.lines[0].uuid]  # the lines follow the order chosen
    delivery.form.set_value("order_line", order.lines[0].uuid)
    delivery.accept()
    assert records.deliveries.get(db, delivery.saved_uuid).order_line == order.lines[0].uuid


def test_a_refused_save_shows_the_reason_under_its_field_and_stacks_nothing(qtbot, context, db):
    account = account_uuid(db)
    dialog = dialog_for(qtbot, context, "people", parent_uuid=account)
    dialog.show()
    dialog.form.editors["full_name"].setText("Пётр Иванов")
    dialog.form.editors["contacts"].add(enums.ContactKind.EMAIL, "не-адрес", edit=False)
    dialog.accept()
    assert dialog.form.problem("contacts") == "Row 1: This is not an e-mail address."
    assert dialog.isVisible() and context.undo_stack.count() == 0
    assert dialog.form.pages.currentIndex() == 1  # the page holding the field is brought forward
    assert dialog.focusWidget() is dialog.form.editors["contacts"].table  # and the field focused

    rate = dialog_for(qtbot, context, "fx_rates")
    rate.form.set_value("currency", "EUR")
    rate.form.set_value("base", "EUR")
    rate.form.editors["rate"].line.setText("1")
    rate.accept()
    assert rate.form.problem("base") == "The base currency must differ from the currency."
    assert context.undo_stack.count() == 0


def test_what_cannot_be_read_is_shown_before_asking_the_planner(qtbot, context, db):
    dialog = dialog_for(qtbot, context, "people", parent_uuid=account_uuid(db))
    dialog.form.editors["full_name"].setText("")
    dialog.form.editors["birthday"].line.setText("31/31/2026")
    dialog.form.editors["site"].setEditText("No such site")
    dialog.accept()
    assert dialog.form.problem("birthday") == f"Write the date as 12/31/{date.today().year}."
    assert dialog.form.problem("site") == "Choose one from the list."
    dialog.form.editors["birthday"].line.clear()
    dialog.form.editors["site"].setEditText("")
    dialog.accept()
    assert dialog.form.problem("birthday") == "" and dialog.form.problem("full_name") == "Required."
    assert context.undo_stack.count() == 0


def test_enter_saves_and_escape_cancels(qtbot, context, db):
    account = account_uuid(db)
    dialog = dialog_for(qtbot, context, "competitors", parent_uuid=account)
    dialog.show()
    name = dialog.form.editors["name"]
    name.setText("Hydra AG")
    name.setFocus()
    qtbot.keyClick(name, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted and context.undo_stack.count() == 1
    other = dialog_for(qtbot, context, "competitors", parent_uuid=account)
    other.show()
    other.form.editors["name"].setText("Never saved")
    qtbot.keyClick(other.form.editors["name"], Qt.Key.Key_Escape)
    assert other.result() == QDialog.DialogCode.Rejected and context.undo_stack.count() == 1


def test_the_edit_menu_names_the_action_to_undo_and_redo(qtbot, context, db):
    owner = QObject()
    actions = UndoActions(context.undo_stack, owner)
    person = records.people.list_for(db, account_uuid(db))[0]
    dialog = dialog_for(qtbot, context, "people", record_uuid=person.uuid)
    dialog.form.editors["department"].setText("Отдел главного механика")
    dialog.accept()
    assert actions.undo.text() == f"&Undo Edit person “{person.full_name}”"
    actions.undo.trigger()
    assert records.people.get(db, person.uuid).department == person.department
    assert actions.redo.text() == f"&Redo Edit person “{person.full_name}”"
    actions.redo.trigger()
    assert records.people.get(db, person.uuid).department == "Отдел главного механика"
    del actions, owner


def test_the_entry_points_open_the_dialogs_and_ask_before_deleting(qtbot, context, db, monkeypatch):
    account = account_uuid(db)

    def type_and_save(dialog):
        if dialog.form.editors["title"].value() is None:
            dialog.form.editors["title"].setText("Смена закупщика")
        dialog.form.editors["impact"].setValue(5)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(RecordDialog, "exec", type_and_save)
    created = editing.create_record(context, Entity.RISK, account, None, probability=4)
    risk = records.risks.get(db, created)
    assert (risk.title, risk.probability, risk.impact) == ("Смена закупщика", 4, 5)
    assert editing.edit_record(context, Entity.RISK, created, None)
    asked = []
    monkeypatch.setattr(account_editing, "confirm", lambda parent, text: asked.append(text) or False)
    assert not editing.delete_record(context, Entity.RISK, created, None)
    monkeypatch.setattr(account_editing, "confirm", lambda parent, text: asked.append(text) or True)
    assert editing.delete_record(context, Entity.RISK, created, None)
    assert asked == ["Delete risk “Смена закупщика”"] * 2
    assert context.undo_stack.undoText() == "Delete risk “Смена закупщика”"
    context.undo_stack.undo()
    assert records.risks.get(db, created).impact == 5


def test_kinds_sharing_an_entity_are_named_by_kind():
    assert editing.kind_for(Entity.PLAN, "objectives").key == "objectives"
    assert editing.kind_for(Entity.PLAN, "plan_action").key == "actions"
    assert editing.kind_for(Entity.PERSON).key == "people"
    assert editing.kind_for(Entity.TEAM_MEMBER, "account_team").key == "account_team"
    with pytest.raises(ValueError):
        editing.kind_for(Entity.ORDER, "goals")


def test_planner_reasons_are_worded_for_the_user():
    assert explain_reason("required") == "Required."
    assert explain_reason("row 2, value: not an e-mail address") == "Row 2: This is not an e-mail address."
    assert explain_reason("from 1 to 5") == "From 1 to 5."
    assert explain_reason("cannot be before the opening") == "Cannot be before the ticket was opened."
    assert explain_reason("something new") == "Something new"


def test_shared_lists_follow_every_change_even_an_undo(qtbot, context, db):
    from PySide6.QtTest import QAbstractItemModelTester

    from ui.editing.commands import CreateRecord
    from ui.editing.lists import SharedRecordsDialog
    from ui.undo import perform

    rates = SharedRecordsDialog(context, "fx_rates")
    qtbot.addWidget(rates)
    QAbstractItemModelTester(rates.panel.model, QAbstractItemModelTester.FailureReportingMode.Fatal, rates)
    before = rates.panel.model.rowCount()
    assert before == len(records.fx_rates.list_for(db))
    data = records.FxRateInput("CNY", "EUR", Decimal("0.13"), date(2021, 5, 4))
    perform(context.undo_stack, CreateRecord(db, KINDS["fx_rates"], None, data, bus=context.bus))
    assert rates.panel.model.rowCount() == before + 1
    context.undo_stack.undo()
    assert rates.panel.model.rowCount() == before
    rates.reject()

    quality = SharedRecordsDialog(context, "quality_records", parent_uuid=account_uuid(db))
    qtbot.addWidget(quality)
    assert quality.panel.model.rowCount() == len(records.quality_records.list_for(db, account_uuid(db)))
    assert quality.panel.add_action.text() == "New quality record…"
    quality.reject()


def test_a_refused_correction_of_a_survey_answer_keeps_the_old_one(qtbot, context, db):
    answer = records.surveys.list_for(db, account_uuid(db))[0]
    dialog = dialog_for(qtbot, context, "surveys", record_uuid=answer.uuid)
    dialog.form.set_value("kind", enums.SurveyKind.CSAT)
    dialog.form.set_value("score", 9)  # CSAT goes from 1 to 5
    dialog.accept()
    assert dialog.form.problem("score") == "From 1 to 5."
    assert records.surveys.get(db, answer.uuid) == answer and context.undo_stack.count() == 0


def test_a_reorder_that_fails_leaves_every_position_as_it_was(context, db):
    from planner.errors import PlannerError
    from ui.editing.commands import ReorderRecords
    from ui.undo import perform

    goals = records.goals.list_for(db, account_uuid(db))
    reordered = list(reversed(goals))
    command = ReorderRecords(db, KINDS["goals"], reordered, "Reverse the goals", bus=context.bus)
    gone = records.goals.delete(db, reordered[-1].uuid)  # deleted meanwhile: the reorder is refused
    with pytest.raises(PlannerError):
        perform(context.undo_stack, command)
    assert [g.position for g in records.goals.list_for(db, account_uuid(db))] == [
        g.position for g in goals[1:]
    ]
    assert context.undo_stack.count() == 0
    records.undelete(db, gone.snapshot)
