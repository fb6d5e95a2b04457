"""How we serve the account: tickets, quality records, SLA definitions and survey answers."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from db import models as orm
from db.enums import (
    SlaDirection,
    SlaMetric,
    SlaPeriod,
    SurveyKind,
    TicketKind,
    TicketSeverity,
    TicketStatus,
)
from planner.changes import Entity
from planner.records import checks
from planner.records.checks import fail
from planner.records.engine import EntitySpec, Records, Ref, Stamped

# --------------------------------------------------------------------------- tickets


@dataclass(frozen=True)
class TicketInput:
    """A request, incident or complaint; its times feed the response and resolution SLAs."""

    subject: str
    opened_at: datetime
    kind: TicketKind = TicketKind.REQUEST
    severity: TicketSeverity = TicketSeverity.MEDIUM
    status: TicketStatus = TicketStatus.OPEN
    number: str | None = None
    description: str | None = None
    category: str | None = None
    product_line: str | None = None
    first_response_at: datetime | None = None
    resolved_at: datetime | None = None
    resolution: str | None = None
    raised_by: uuid.UUID | None = None
    assignee: uuid.UUID | None = None


@dataclass(frozen=True, kw_only=True)
class Ticket(TicketInput, Stamped):
    raised_by_name: str | None = None
    assignee_name: str | None = None


def _validate_ticket(data: TicketInput) -> TicketInput:
    checks.not_before("first_response_at", data.first_response_at, "the opening", data.opened_at)
    checks.not_before("resolved_at", data.resolved_at, "the opening", data.opened_at)
    return data


TICKET = EntitySpec(
    name="ticket", entity=Entity.TICKET, model=orm.Ticket, input=TicketInput, read=Ticket,
    refs=(Ref("raised_by", orm.Person, label="full_name", same_account=True),
          Ref("assignee", orm.TeamMember)),
    validate=_validate_ticket, order=("-opened_at",),
)

# --------------------------------------------------------------------------- quality


@dataclass(frozen=True)
class QualityRecordInput:
    """Inspected and defective units of a product line for a period (gives ppm)."""

    recorded_on: date
    units_inspected: Decimal
    defects: Decimal
    product_line: str | None = None
    notes: str | None = None


@dataclass(frozen=True, kw_only=True)
class QualityRecord(QualityRecordInput, Stamped):
    pass


def _validate_quality(data: QualityRecordInput) -> QualityRecordInput:
    if data.defects > data.units_inspected:
        fail("defects", "cannot exceed the units inspected")
    return data


QUALITY_RECORD = EntitySpec(
    name="quality_record", entity=Entity.QUALITY, model=orm.QualityRecord, input=QualityRecordInput,
    read=QualityRecord, ranges={"units_inspected": (0, None), "defects": (0, None)},
    validate=_validate_quality, order=("-recorded_on",),
)

# --------------------------------------------------------------------------- SLA definitions


@dataclass(frozen=True)
class SlaDefinitionInput:
    """What we promised on one metric; ``warning_threshold`` lies on the safe side of ``target``."""

    metric: SlaMetric
    target: Decimal
    direction: SlaDirection
    period: SlaPeriod = SlaPeriod.MONTH
    name: str | None = None
    unit: str | None = None
    warning_threshold: Decimal | None = None
    product_line: str | None = None
    valid_from: date | None = None
    valid_to: date | None = None


@dataclass(frozen=True, kw_only=True)
class SlaDefinition(SlaDefinitionInput, Stamped):
    pass


def _validate_sla(data: SlaDefinitionInput) -> SlaDefinitionInput:
    if data.metric is SlaMetric.CUSTOM and data.name is None:
        fail("name", "a custom metric needs a name")
    warning = data.warning_threshold
    if warning is not None:
        if data.direction is SlaDirection.AT_LEAST and warning < data.target:
            fail("warning_threshold", "at or above the target (the target is a minimum)")
        if data.direction is SlaDirection.AT_MOST and warning > data.target:
            fail("warning_threshold", "at or below the target (the target is a maximum)")
    checks.not_before("valid_to", data.valid_to, "valid_from", data.valid_from)
    return data


SLA_DEFINITION = EntitySpec(
    name="sla_definition", entity=Entity.SLA, model=orm.SlaDefinition, input=SlaDefinitionInput,
    read=SlaDefinition, validate=_validate_sla, order=("metric", "name"),
)

# --------------------------------------------------------------------------- surveys

#: The scale of each survey kind: lowest and highest score.
SCALES: dict[SurveyKind, tuple[int, int]] = {
    SurveyKind.NPS: (0, 10),
    SurveyKind.CSAT: (1, 5),
    SurveyKind.CES: (1, 7),
}


@dataclass(frozen=True)
class SurveyResponseInput:
    """One NPS, CSAT or CES answer. Answers are history: added and deleted, never updated."""

    kind: SurveyKind
    score: int
    responded_at: datetime
    person: uuid.UUID | None = None
    comment: str | None = None
    survey_name: str | None = None


@dataclass(frozen=True, kw_only=True)
class SurveyResponse(SurveyResponseInput, Stamped):
    person_name: str | None = None
    #: The top of the scale (10, 5 or 7), set from the kind.
    scale_max: int = 10


def _validate_survey(data: SurveyResponseInput) -> SurveyResponseInput:
    low, high = SCALES[data.kind]
    checks.check_range("score", data.score, low, high)
    return data


SURVEY_RESPONSE = EntitySpec(
    name="survey", entity=Entity.SURVEY, model=orm.SurveyResponse, input=SurveyResponseInput,
    read=SurveyResponse, refs=(Ref("person", orm.Person, label="full_name", same_account=True),),
    validate=_validate_survey, derived=lambda data, new: {"scale_max": SCALES[data.kind][1]},
    order=("-responded_at",), updatable=False,
)

tickets: Records[TicketInput, Ticket] = Records(TICKET)
quality_records: Records[QualityRecordInput, QualityRecord] = Records(QUALITY_RECORD)
sla_definitions: Records[SlaDefinitionInput, SlaDefinition] = Records(SLA_DEFINITION)
surveys: Records[SurveyResponseInput, SurveyResponse] = Records(SURVEY_RESPONSE)
