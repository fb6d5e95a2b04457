"""Every kind of record the editing layer knows: its planner records, entity and wording.

A ``Kind`` binds a ``planner.records`` collection to the ``Entity`` it reports,
to how one record is named in the Edit menu ("Delete order 4500337261") and to
the titles of its dialog. Kinds sharing an Entity (plan goals, objectives and
actions all report ``Entity.PLAN``) are told apart by their records name.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from planner import records
from planner.changes import Entity
from ui import formatting
from ui.editing import labels

CONTEXT = "editing"


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


@dataclass(frozen=True)
class Kind:
    """One kind of record: what it is called, where its records live, how one is named."""

    #: The attribute of ``planner.records`` holding its operations ("people", "goals" ...).
    key: str
    entity: Entity
    records: records.Records
    #: How a record reads in a command text or a question: its name, number or title.
    describe: Callable[[Any], str]
    #: Source texts (context "editing"): dialog titles and command texts with ``{name}``.
    new_title: str
    edit_title: str
    create_text: str
    edit_text: str
    delete_text: str

    @property
    def spec(self):
        return self.records.spec

    @property
    def shared(self) -> bool:
        """Records shared by every account (our team, exchange rates): no parent."""
        return self.spec.parent is None

    def name_of(self, record: Any) -> str:
        return self.describe(record) or formatting.EMPTY

    def text(self, template: str, record: Any) -> str:
        return tr(template).format(name=self.name_of(record))


def _date(value) -> str:
    return formatting.short_date(value)


def _interaction(record) -> str:
    subject = record.subject or labels.enum_label(record.kind)
    return f"{subject}, {_date(record.occurred_at)}"


def _order(record) -> str:
    return record.number or _date(record.ordered_on)


def _delivery(record) -> str:
    head = record.order_number or record.product_line or ""
    return f"{head} {_date(record.promised_on)}".strip()


def _survey(record) -> str:
    return f"{labels.enum_label(record.kind)} {record.score}, {_date(record.responded_at)}"


def _fx(record) -> str:
    return f"{record.currency}/{record.base}, {_date(record.as_of)}"


def _team_role(record) -> str:
    return f"{record.team_member_name or ''}, {labels.enum_label(record.role)}"


def _link(record) -> str:
    return f"{record.from_person_name or ''} → {record.to_person_name or ''}"


def _sla(record) -> str:
    return record.name or labels.enum_label(record.metric)


def _quality(record) -> str:
    return ", ".join(filter(None, (_date(record.recorded_on), record.product_line)))


KINDS: dict[str, Kind] = {
    kind.key: kind
    for kind in (
        Kind(
            "sites",
            Entity.SITE,
            records.sites,
            lambda r: r.name,
            QT_TRANSLATE_NOOP("editing", "New site"),
            QT_TRANSLATE_NOOP("editing", "Edit site"),
            QT_TRANSLATE_NOOP("editing", "Add site “{name}”"),
            QT_TRANSLATE_NOOP("editing", "Edit site “{name}”"),
            QT_TRANSLATE_NOOP("editing", "Delete site “{name}”"),
        ),
        Kind(
            "people",
            Entity.PERSON,
            records.people,
            lambda r: r.full_name,
            QT_TRANSLATE_NOOP("editing", "New person"),
            QT_TRANSLATE_NOOP("editing", "Edit person"),
            QT_TRANSLATE_NOOP("editing", "Add person “{name}”"),
            QT_TRANSLATE_NOOP("editing", "Edit person “{name}”"),
            QT_TRANSLATE_NOOP("editing", "Delete person “{name}”"),
        ),
        Kind(
            "person_links",
            Entity.PERSON,
            records.person_links,
            _link,
            QT_TRANSLATE_NOOP("editing", "New relationship"),
            QT_TRANSLATE_NOOP("editing", "Edit relationship"),
            QT_TRANSLATE_NOOP("editing", "Add relationship {name}"),
            QT_TRANSLATE_NOOP("editing", "Edit relationship {name}"),
            QT_TRANSLATE_NOOP("editing", "Delete relationship {name}"),
        ),
        Kind(
            "team_members",
            Entity.TEAM_MEMBER,
            records.team_members,
            lambda r: r.name,
            QT_TRANSLATE_NOOP("editing", "New colleague"),
            QT_TRANSLATE_NOOP("editing", "Edit colleague"),
            QT_TRANSLATE_NOOP("editing", "Add colleague “{name}”"),
            QT_TRANSLATE_NOOP("editing", "Edit colleague “{name}”"),
            QT_TRANSLATE_NOOP("editing", "Delete colleague “{name}”"),
        ),
        Kind(
            "account_team",
            Entity.TEAM_MEMBER,
            records.account_team,
            _team_role,
            QT_TRANSLATE_NOOP("editing", "Add to the account team"),
            QT_TRANSLATE_NOOP("editing", "Edit role on the account"),
            QT_TRANSLATE_NOOP("editing", "Add {name} to the account team"),
            QT_TRANSLATE_NOOP("editing", "Edit account role {name}"),
            QT_TRANSLATE_NOOP("editing", "Remove {name} from the account team"),
        ),
        Kind(
            "interactions",
            Entity.INTERACTION,
            records.interactions,
            _interaction,
            QT_TRANSLATE_NOOP("editing", "New interaction"),
            QT_TRANSLATE_NOOP("editing", "Edit interaction"),
            QT_TRANSLATE_NOOP("editing", "Add interaction “{name}”"),
            QT_TRANSLATE_NOOP("editing", "Edit interaction “{name}”"),
            QT_TRANSLATE_NOOP("editing", "Delete interaction “{name}”"),
        ),
        Kind(
            "orders",
            Entity.ORDER,
            records.orders,
            _order,
            QT_TRANSLATE_NOOP("editing", "New order"),
            QT_TRANSLATE_NOOP("editing", "Edit order"),
            QT_TRANSLATE_NOOP("editing", "Add order {name}"),
            QT_TRANSLATE_NOOP("editing", "Edit order {name}"),
            QT_TRANSLATE_NOOP("editing", "Delete order {name}"),
        ),
        Kind(
            "deliveries",
            Entity.DELIVERY,
            records.deliveries,
            _delivery,
            QT_TRANSLATE_NOOP("editing", "New delivery"),
            QT_TRANSLATE_NOOP("editing", "Edit delivery"),
            QT_TRANSLATE_NOOP("editing", "Add delivery {name}"),
            QT_TRANSLATE_NOOP("editing", "Edit delivery {name}"),
            QT_TRANSLATE_NOOP("editing", "Delete delivery {name}"),
        ),
        Kind(
            "tickets",
            Entity.TICKET,
            records.tickets,
            lambda r: r.number or r.subject,
            QT_TRANSLATE_NOOP("editing", "New ticket"),
            QT_TRANSLATE_NOOP("editing", "Edit ticket"),
            QT_TRANSLATE_NOOP("editing", "Add ticket “{name}”"),
            QT_TRANSLATE_NOOP("editing", "Edit ticket “{name}”"),
            QT_TRANSLATE_NOOP("editing", "Delete ticket “{name}”"),
        ),
        Kind(
            "quality_records",
            Entity.QUALITY,
            records.quality_records,
            _quality,
            QT_TRANSLATE_NOOP("editing", "New quality record"),
            QT_TRANSLATE_NOOP("editing", "Edit quality record"),
            QT_TRANSLATE_NOOP("editing", "Add quality record {name}"),
            QT_TRANSLATE_NOOP("editing", "Edit quality record {name}"),
            QT_TRANSLATE_NOOP("editing", "Delete quality record {name}"),
        ),
        Kind(
            "sla_definitions",
            Entity.SLA,
            records.sla_definitions,
            _sla,
            QT_TRANSLATE_NOOP("editing", "New SLA"),
            QT_TRANSLATE_NOOP("editing", "Edit SLA"),
            QT_TRANSLATE_NOOP("editing", "Add SLA “{name}”"),
            QT_TRANSLATE_NOOP("editing", "Edit SLA “{name}”"),
            QT_TRANSLATE_NOOP("editing", "Delete SLA “{name}”"),
        ),
        Kind(
            "surveys",
            Entity.SURVEY,
            records.surveys,
            _survey,
            QT_TRANSLATE_NOOP("editing", "New survey answer"),
            QT_TRANSLATE_NOOP("editing", "Correct survey answer"),
            QT_TRANSLATE_NOOP("editing", "Add survey answer {name}"),
            QT_TRANSLATE_NOOP("editing", "Correct survey answer {name}"),
            QT_TRANSLATE_NOOP("editing", "Delete survey answer {name}"),
        ),
        Kind(
            "opportunities",
            Entity.OPPORTUNITY,
            records.opportunities,
            lambda r: r.name,
            QT_TRANSLATE_NOOP("editing", "New opportunity"),
            QT_TRANSLATE_NOOP("editing", "Edit opportunity"),
            QT_TRANSLATE_NOOP("editing", "Add opportunity “{name}”"),
            QT_TRANSLATE_NOOP("editing", "Edit opportunity “{name}”"),
            QT_TRANSLATE_NOOP("editing", "Delete opportunity “{name}”"),
        ),
        Kind(
            "goals",
            Entity.PLAN,
            records.goals,
            lambda r: r.title,
            QT_TRANSLATE_NOOP("editing", "New goal"),
            QT_TRANSLATE_NOOP("editing", "Edit goal"),
            QT_TRANSLATE_NOOP("editing", "Add goal “{name}”"),
            QT_TRANSLATE_NOOP("editing", "Edit goal “{name}”"),
            QT_TRANSLATE_NOOP("editing", "Delete goal “{name}”"),
        ),
        Kind(
            "objectives",
            Entity.PLAN,
            records.objectives,
            lambda r: r.title,
            QT_TRANSLATE_NOOP("editing", "New objective"),
            QT_TRANSLATE_NOOP("editing", "Edit objective"),
            QT_TRANSLATE_NOOP("editing", "Add objective “{name}”"),
            QT_TRANSLATE_NOOP("editing", "Edit objective “{name}”"),
            QT_TRANSLATE_NOOP("editing", "Delete objective “{name}”"),
        ),
        Kind(
            "actions",
            Entity.PLAN,
            records.actions,
            lambda r: r.title,
            QT_TRANSLATE_NOOP("editing", "New action"),
            QT_TRANSLATE_NOOP("editing", "Edit action"),
            QT_TRANSLATE_NOOP("editing", "Add action “{name}”"),
            QT_TRANSLATE_NOOP("editing", "Edit action “{name}”"),
            QT_TRANSLATE_NOOP("editing", "Delete action “{name}”"),
        ),
        Kind(
            "risks",
            Entity.RISK,
            records.risks,
            lambda r: r.title,
            QT_TRANSLATE_NOOP("editing", "New risk"),
            QT_TRANSLATE_NOOP("editing", "Edit risk"),
            QT_TRANSLATE_NOOP("editing", "Add risk “{name}”"),
            QT_TRANSLATE_NOOP("editing", "Edit risk “{name}”"),
            QT_TRANSLATE_NOOP("editing", "Delete risk “{name}”"),
        ),
        Kind(
            "contracts",
            Entity.CONTRACT,
            records.contracts,
            lambda r: r.number or r.title,
            QT_TRANSLATE_NOOP("editing", "New contract"),
            QT_TRANSLATE_NOOP("editing", "Edit contract"),
            QT_TRANSLATE_NOOP("editing", "Add contract “{name}”"),
            QT_TRANSLATE_NOOP("editing", "Edit contract “{name}”"),
            QT_TRANSLATE_NOOP("editing", "Delete contract “{name}”"),
        ),
        Kind(
            "competitors",
            Entity.COMPETITOR,
            records.competitors,
            lambda r: r.name,
            QT_TRANSLATE_NOOP("editing", "New competitor"),
            QT_TRANSLATE_NOOP("editing", "Edit competitor"),
            QT_TRANSLATE_NOOP("editing", "Add competitor “{name}”"),
            QT_TRANSLATE_NOOP("editing", "Edit competitor “{name}”"),
            QT_TRANSLATE_NOOP("editing", "Delete competitor “{name}”"),
        ),
        Kind(
            "fx_rates",
            Entity.FX_RATE,
            records.fx_rates,
            _fx,
            QT_TRANSLATE_NOOP("editing", "New exchange rate"),
            QT_TRANSLATE_NOOP("editing", "Edit exchange rate"),
            QT_TRANSLATE_NOOP("editing", "Add exchange rate {name}"),
            QT_TRANSLATE_NOOP("editing", "Edit exchange rate {name}"),
            QT_TRANSLATE_NOOP("editing", "Delete exchange rate {name}"),
        ),
    )
}

#: The kind an Entity means when no ``kind`` is given.
DEFAULT_KIND: dict[Entity, str] = {
    Entity.SITE: "sites",
    Entity.PERSON: "people",
    Entity.TEAM_MEMBER: "team_members",
    Entity.INTERACTION: "interactions",
    Entity.ORDER: "orders",
    Entity.DELIVERY: "deliveries",
    Entity.TICKET: "tickets",
    Entity.SLA: "sla_definitions",
    Entity.SURVEY: "surveys",
    Entity.OPPORTUNITY: "opportunities",
    Entity.PLAN: "goals",
    Entity.RISK: "risks",
    Entity.CONTRACT: "contracts",
    Entity.COMPETITOR: "competitors",
    Entity.FX_RATE: "fx_rates",
    Entity.QUALITY: "quality_records",
}

#: The planner's spec names ("plan_goal", "person_link") as aliases of the keys.
_BY_SPEC = {kind.spec.name: kind for kind in KINDS.values()}


def kind_for(entity: Entity, kind: str | None = None) -> Kind:
    """The kind meant by an entity and an optional records name ("objectives" or "plan_objective")."""
    if kind is not None:
        found = KINDS.get(kind) or _BY_SPEC.get(kind)
        if found is None:
            raise ValueError(f"no editable kind of record {kind!r}")
        if found.entity is not entity:
            raise ValueError(f"{kind!r} records report {found.entity}, not {entity}")
        return found
    key = DEFAULT_KIND.get(entity)
    if key is None:
        raise ValueError(f"records of {entity} are not edited through ui.editing")
    return KINDS[key]


def kind_of_spec(spec) -> Kind:
    return _BY_SPEC[spec.name]


def account_of(db, kind: Kind, parent_uuid: uuid.UUID | None) -> uuid.UUID | None:
    """The account a new record of ``kind`` under ``parent_uuid`` belongs to (None if shared)."""
    if kind.shared or parent_uuid is None:
        return None
    parent = kind.spec.parent
    if parent.__name__ == "Account":
        return parent_uuid
    for other in KINDS.values():
        if other.spec.model is parent:
            return other.records.get(db, parent_uuid).account_uuid
    return None
