"""Every kind of record: create, edit and delete through its dialog and commands, then undo and redo.

Each kind runs create → edit → delete → undo delete → undo edit → undo create,
then redoes all three, checking the planner's data at every step and the
Edit menu's text of each command.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from planner import enums, records
from planner.errors import NotFound
from ui.editing.commands import DeleteRecord
from ui.editing.dialog import RecordDialog
from ui.editing.kinds import KINDS
from ui.undo import perform

from .test_editing_support import account_uuid, context_for, demo_template, open_copy


@pytest.fixture(scope="module")
def module_db(tmp_path_factory):
    """One copy for the module: every test here leaves the data as it found it (all undone)."""
    db = open_copy(demo_template(tmp_path_factory), tmp_path_factory.mktemp("kinds"))
    yield db
    db.close()


@pytest.fixture
def context(qapp, module_db):
    return context_for(module_db)


def _parent(db, key):
    account = account_uuid(db)
    if KINDS[key].shared:
        return None
    if key == "objectives":
        return records.goals.list_for(db, account)[0].uuid
    if key == "actions":
        goal = records.goals.list_for(db, account)[0].uuid
        return records.objectives.list_for(db, goal)[0].uuid
    return account


def _fill_new(db, key, form):
    """Type the least a new record of ``key`` needs into its form."""
    account = account_uuid(db)
    people = records.people.list_for(db, account)
    value = {
        "sites": {"name": "Склад № 7"},
        "people": {"full_name": "Ольга Смирнова"},
        "person_links": {
            "from_person": people[0].uuid,
            "to_person": people[1].uuid,
            "kind": enums.LinkKind.CONFLICT,
        },
        "team_members": {"name": "Nina Berg"},
        "account_team": {
            "team_member": records.team_members.list_for(db)[0].uuid,
            "role": enums.TeamRole.LOGISTICS,
        },
        "interactions": {"kind": enums.InteractionKind.NOTE, "subject": "Заметка о встрече"},
        "orders": {
            "number": "4500999001",
            "lines": (records.OrderLineInput("Гидравлика", Decimal(2), Decimal("1500.50")),),
        },
        "deliveries": {"product_line": "Гидравлика"},
        "tickets": {"subject": "Течь гидроцилиндра"},
        "quality_records": {"units_inspected": Decimal(1000), "defects": Decimal(3)},
        "sla_definitions": {
            "metric": enums.SlaMetric.CUSTOM,
            "name": "Отгрузка в срок",
            "direction": enums.SlaDirection.AT_LEAST,
            "target": Decimal(95),
        },
        "surveys": {"kind": enums.SurveyKind.NPS, "score": 9},
        "opportunities": {"name": "Модернизация стана", "value": Decimal(1_000_000)},
        "goals": {"title": "Стать поставщиком № 1"},
        "objectives": {"title": "Пройти аудит"},
        "actions": {"title": "Позвонить главному механику"},
        "risks": {"title": "Смена закупщика"},
        "contracts": {"title": "Рамочный договор 2027"},
        "competitors": {"name": "Hydra AG"},
        "fx_rates": {"currency": "USD", "base": "EUR", "rate": Decimal("0.92"), "as_of": date(2020, 1, 2)},
    }[key]
    if key == "account_team":  # a role the colleague does not hold yet
        held = {(m.team_member, m.role) for m in records.account_team.list_for(db, account)}
        member = next(
            m for m in records.team_members.list_for(db) if (m.uuid, enums.TeamRole.LOGISTICS) not in held
        )
        value["team_member"] = member.uuid
    for name, typed in value.items():
        form.set_value(name, typed)


#: The field changed by the edit step, and its new value.
EDITS = {
    "sites": ("city", "Ревда"),
    "people": ("influence", 5),
    "person_links": ("strength", 5),
    "team_members": ("title", "Key account manager"),
    "account_team": ("role", enums.TeamRole.SALES_ENGINEER),
    "interactions": ("summary", "Договорились о пилоте."),
    "orders": ("status", enums.OrderStatus.CONFIRMED),
    "deliveries": ("carrier", "ПЭК"),
    "tickets": ("severity", enums.TicketSeverity.HIGH),
    "quality_records": ("defects", Decimal(5)),
    "sla_definitions": ("target", Decimal(97)),
    "surveys": ("score", 10),
    "opportunities": ("probability", 60),
    "goals": ("horizon", "FY2027"),
    "objectives": ("measure", "Акт аудита подписан"),
    "actions": ("due_on", date(2027, 2, 1)),
    "risks": ("impact", 5),
    "contracts": ("notice_days", 60),
    "competitors": ("share_pct", Decimal(12)),
    "fx_rates": ("rate", Decimal("0.95")),
}


@pytest.mark.parametrize("key", sorted(KINDS))
def test_create_edit_delete_and_undo_everything(qtbot, context, key):
    db, stack = context.db, context.undo_stack
    kind = KINDS[key]
    dialog = RecordDialog(context, kind, parent_uuid=_parent(db, key))
    qtbot.addWidget(dialog)
    _fill_new(db, key, dialog.form)
    dialog.accept()
    problems = {name: dialog.form.problem(name) for name in dialog.form.messages if dialog.form.problem(name)}
    assert not problems and not dialog.general.text(), (problems, dialog.general.text())
    created = dialog.saved_uuid
    assert created is not None and stack.count() == 1
    assert stack.undoText() == kind.text(kind.create_text, kind.records.get(db, created))

    field, value = EDITS[key]
    before = kind.records.get(db, created)
    editor = RecordDialog(context, kind, record_uuid=created)
    qtbot.addWidget(editor)
    editor.form.set_value(field, value)
    editor.accept()
    assert editor.result(), {n: editor.form.problem(n) for n in editor.form.messages}
    # A survey answer is history: correcting it replaces it by a new one.
    edited = editor.saved_uuid if not kind.spec.updatable else created
    assert getattr(kind.records.get(db, edited), field) == value
    assert stack.count() == 2 and stack.undoText() == kind.text(kind.edit_text, before)

    doomed = kind.records.get(db, edited)
    perform(stack, DeleteRecord(db, kind, edited, bus=context.bus))
    assert stack.undoText() == kind.text(kind.delete_text, doomed)
    with pytest.raises(NotFound):
        kind.records.get(db, edited)

    stack.undo()  # the delete
    assert getattr(kind.records.get(db, edited), field) == value
    stack.undo()  # the edit
    assert getattr(kind.records.get(db, created), field) == getattr(before, field) != value
    stack.undo()  # the create
    with pytest.raises(NotFound):
        kind.records.get(db, created)

    stack.redo()
    assert kind.records.get(db, created).uuid == created  # the very same record is back
    stack.redo()
    assert getattr(kind.records.get(db, edited), field) == value
    stack.redo()
    with pytest.raises(NotFound):
        kind.records.get(db, edited)
    # Leave the module's database as it was.
    while stack.canUndo():
        stack.undo()
    with pytest.raises(NotFound):
        kind.records.get(db, created)
