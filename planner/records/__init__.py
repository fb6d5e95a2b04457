"""Editing everything an account holds, one record at a time, with undo in mind.

Each kind of record has a frozen ``XInput`` (its editable fields, references
by UUID) and a read-model ``X`` (the input plus ``uuid``, ``parent_uuid``,
``account_uuid``, display names of references and timestamps). A read-model is
itself a valid input, so undoing an edit is ``update(db, uuid, old_read_model)``.

    from planner import records
    changes = records.people.create(db, account_uuid, records.PersonInput("Olga Smirnova"))
    olga = records.people.get(db, changes.created[0])
    records.people.update(db, olga.uuid, dataclasses.replace(olga, influence=5))
    deleted = records.people.delete(db, olga.uuid)
    records.undelete(db, deleted.snapshot)   # undo: everything back as it was

Every call is one unit of work returning read-models or ``Changes``; invalid
input raises ``planner.errors.ValidationError`` naming the field.
"""

from planner.records.activity import Interaction, InteractionInput, ParticipantInput, interactions
from planner.records.commerce import (
    Competitor,
    CompetitorInput,
    Contract,
    ContractInput,
    Delivery,
    DeliveryInput,
    FxRate,
    FxRateInput,
    Order,
    OrderInput,
    OrderLineInput,
    competitors,
    contracts,
    deliveries,
    fx_rates,
    orders,
)
from planner.records.engine import (
    Deleted,
    EntitySpec,
    Records,
    Snapshot,
    count_for,
    create,
    delete,
    get,
    list_for,
    restore,
    undelete,
    update,
)
from planner.records.org import (
    AccountTeamMember,
    AccountTeamMemberInput,
    ContactInput,
    Person,
    PersonInput,
    PersonLink,
    PersonLinkInput,
    RoleInput,
    Site,
    SiteInput,
    TeamMember,
    TeamMemberInput,
    account_team,
    people,
    person_links,
    sites,
    team_members,
)
from planner.records.plan import (
    Opportunity,
    OpportunityInput,
    PlanAction,
    PlanActionInput,
    PlanGoal,
    PlanGoalInput,
    PlanObjective,
    PlanObjectiveInput,
    Risk,
    RiskInput,
    actions,
    goals,
    objectives,
    opportunities,
    risks,
)
from planner.records.service import (
    QualityRecord,
    QualityRecordInput,
    SlaDefinition,
    SlaDefinitionInput,
    SurveyResponse,
    SurveyResponseInput,
    Ticket,
    TicketInput,
    quality_records,
    sla_definitions,
    surveys,
    tickets,
)

#: Every kind of record by its spec name, for generic views and commands.
ALL: dict[str, Records] = {
    r.spec.name: r
    for r in (
        sites, people, person_links, team_members, account_team, interactions, orders, deliveries,
        tickets, quality_records, sla_definitions, surveys, opportunities, goals, objectives,
        actions, risks, contracts, competitors, fx_rates,
    )
}

__all__ = [
    "ALL", "AccountTeamMember", "AccountTeamMemberInput", "Competitor", "CompetitorInput",
    "ContactInput", "Contract", "ContractInput", "Deleted", "Delivery", "DeliveryInput",
    "EntitySpec", "FxRate", "FxRateInput", "Interaction", "InteractionInput", "Opportunity",
    "OpportunityInput", "Order", "OrderInput", "OrderLineInput", "ParticipantInput", "Person",
    "PersonInput", "PersonLink", "PersonLinkInput", "PlanAction", "PlanActionInput", "PlanGoal",
    "PlanGoalInput", "PlanObjective", "PlanObjectiveInput", "QualityRecord", "QualityRecordInput",
    "Records", "Risk", "RiskInput", "RoleInput", "Site", "SiteInput", "SlaDefinition",
    "SlaDefinitionInput", "Snapshot", "SurveyResponse", "SurveyResponseInput", "TeamMember",
    "TeamMemberInput", "Ticket", "TicketInput", "account_team", "actions", "competitors",
    "contracts", "count_for", "create", "deliveries", "delete", "fx_rates", "get",
    "goals", "interactions", "list_for", "objectives", "opportunities", "orders", "people",
    "person_links", "quality_records", "restore", "risks", "sites", "sla_definitions", "surveys",
    "team_members", "tickets", "undelete", "update",
]
