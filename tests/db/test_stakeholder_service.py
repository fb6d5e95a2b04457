"""The stakeholder map service on a real database: loading, edits, cycles, positions, baselines."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import event, select

from db.enums import (
    Attitude,
    Direction,
    InteractionKind,
    LinkKind,
    MillerHeimanRole,
    RoleFramework,
)
from db.models import (
    Interaction,
    InteractionParticipant,
    MapPosition,
    Person,
    PersonLink,
    PersonRole,
    Site,
    TeamMember,
)
from planner.changes import Entity
from planner.errors import NotFound, ValidationError
from planner.services import accounts
from planner.services.accounts import AccountInput
from planner.stakeholders import baseline, service
from planner.stakeholders.baseline import ChangeKind
from planner.stakeholders.gaps import GapKind, find_gaps
from planner.stakeholders.model import View

AS_OF = date(2026, 11, 27)


@dataclass
class Seeded:
    account: uuid.UUID
    other_account: uuid.UUID
    people: dict[str, uuid.UUID]
    sites: dict[str, uuid.UUID]
    owner: uuid.UUID


def seed_account(db, name: str = "Уралсталь") -> Seeded:
    """A small org: CEO, two heads, staff; a coach who left, a stale economic buyer, links."""
    accounts.create(db, AccountInput(name=name, currency="RUB"))
    accounts.create(db, AccountInput(name=f"{name} Other"))
    listed = {a.name: a.uuid for a in accounts.list_accounts(db)}
    with db.session.begin() as session:
        account_id = _account_id(session, listed[name])
        other_id = _account_id(session, listed[f"{name} Other"])
        plant = Site(account_id=account_id, name="Magnitogorsk Plant", kind="plant")
        office = Site(account_id=account_id, name="Moscow Office", kind="office")
        lab = Site(account_id=account_id, name="Research Lab", kind="rnd")
        anna = TeamMember(name="Anna Kovaleva")
        session.add_all([plant, office, lab, anna])
        session.flush()

        def add(full_name, boss=None, site=plant, **fields):
            person = Person(account_id=account_id, full_name=full_name, site_id=site.id,
                            reports_to_id=boss.id if boss else None, **fields)
            session.add(person)
            session.flush()
            return person

        ceo = add("Владимир Кузнецов", title="Генеральный директор", site=office, influence=5,
                  attitude=Attitude.NEUTRAL, owner_id=anna.id, relationship_strength=2)
        cfo = add("Olga Finance", ceo, site=office, influence=4, attitude=Attitude.SCEPTIC)
        prod = add("Ivan Production", ceo, influence=4, attitude=Attitude.SUPPORTER,
                   owner_id=anna.id, relationship_strength=4)
        champ = add("Cara Champion", prod, influence=3, attitude=Attitude.CHAMPION,
                    owner_id=anna.id, relationship_strength=5, left_company=True,
                    left_on=AS_OF - timedelta(days=40), left_to="Rival Steel")
        eng = add("Eric Engineer", prod, influence=2, attitude=Attitude.NEUTRAL)
        outsider = Person(account_id=other_id, full_name="Other Person")
        session.add(outsider)
        session.flush()
        session.add_all([
            PersonRole(person_id=cfo.id, framework=RoleFramework.MILLER_HEIMAN,
                       role=MillerHeimanRole.ECONOMIC_BUYER.value),
            PersonRole(person_id=champ.id, framework=RoleFramework.MILLER_HEIMAN,
                       role=MillerHeimanRole.COACH.value),
            PersonRole(person_id=prod.id, framework=RoleFramework.BUYING_CENTRE, role="user"),
            PersonRole(person_id=prod.id, framework=RoleFramework.MILLER_HEIMAN, role="user_buyer"),
            PersonLink(from_person_id=prod.id, to_person_id=cfo.id, kind=LinkKind.INFLUENCE),
            PersonLink(from_person_id=prod.id, to_person_id=outsider.id, kind=LinkKind.ALLY),
        ])

        def meet(days_ago, *people, kind=InteractionKind.MEETING, direction=Direction.MUTUAL,
                 deleted=False):
            when = datetime.combine(AS_OF, datetime.min.time(), tzinfo=UTC) - timedelta(days=days_ago)
            interaction = Interaction(account_id=account_id, kind=kind, direction=direction,
                                      occurred_at=when + timedelta(hours=10),
                                      deleted_at=when if deleted else None)
            interaction.participants = [InteractionParticipant(person_id=p.id) for p in people]
            interaction.participants.append(InteractionParticipant(team_member_id=anna.id))
            session.add(interaction)

        meet(130, cfo)
        meet(5, cfo, kind=InteractionKind.NOTE)  # our note: not a contact
        meet(3, cfo, direction=Direction.INTERNAL)
        meet(2, cfo, deleted=True)
        meet(12, prod, ceo)
        meet(30, prod)
        meet(45, champ)
        meet(-5, eng)  # after the map's date: not counted
        people = {p.full_name: p.uuid for p in (ceo, cfo, prod, champ, eng)}
        people["outsider"] = outsider.uuid
        return Seeded(listed[name], listed[f"{name} Other"], people,
                      {"plant": plant.uuid, "office": office.uuid, "lab": lab.uuid}, anna.uuid)


def _account_id(session, account_uuid):
    from db.models import Account

    return session.scalar(select(Account.id).where(Account.uuid == account_uuid))


@pytest.fixture
def seeded(sqlite_db) -> Seeded:
    return seed_account(sqlite_db)


def by_name(smap):
    return {p.name: p for p in smap.people}


# --------------------------------------------------------------------------- loading


def test_load_map_reads_people_roles_owner_freshness(sqlite_db, seeded):
    smap = service.load_map(sqlite_db, seeded.account, as_of=AS_OF)
    people = by_name(smap)
    assert set(people) == {"Владимир Кузнецов", "Olga Finance", "Ivan Production", "Cara Champion",
                           "Eric Engineer"}
    cfo = people["Olga Finance"]
    assert cfo.is_economic_buyer and cfo.days_since == 130 and cfo.stale
    assert cfo.manager == seeded.people["Владимир Кузнецов"]
    assert cfo.site_name == "Moscow Office"
    prod = people["Ivan Production"]
    assert prod.days_since == 12 and not prod.stale
    assert prod.owner_name == "Anna Kovaleva" and prod.owner == seeded.owner
    assert {(r.framework, r.role) for r in prod.roles} == {
        (RoleFramework.BUYING_CENTRE, "user"), (RoleFramework.MILLER_HEIMAN, "user_buyer")}
    champ = people["Cara Champion"]
    assert champ.left and champ.left_on == AS_OF - timedelta(days=40) and not champ.stale
    assert champ.left_to == "Rival Steel"
    assert people["Eric Engineer"].days_since is None and people["Eric Engineer"].stale
    # the link to another account's person is not on this map
    assert [(link.kind, link.target) for link in smap.links] == [
        (LinkKind.INFLUENCE, seeded.people["Olga Finance"])]
    assert {s.name for s in smap.sites} == {"Magnitogorsk Plant", "Moscow Office", "Research Lab"}


def test_load_map_as_of_an_earlier_date_shows_the_champion_still_there(sqlite_db, seeded):
    earlier = service.load_map(sqlite_db, seeded.account, as_of=AS_OF - timedelta(days=60))
    assert not by_name(earlier)["Cara Champion"].left


def test_load_map_uses_a_fixed_number_of_queries(sqlite_db, seeded):
    statements = []

    def count(*_args):
        statements.append(1)

    event.listen(sqlite_db.engine, "before_cursor_execute", count)
    try:
        service.load_map(sqlite_db, seeded.account, as_of=AS_OF)
    finally:
        event.remove(sqlite_db.engine, "before_cursor_execute", count)
    assert len(statements) <= 8


def test_site_filter_keeps_sites_and_drops_lines_leaving_it(sqlite_db, seeded):
    smap = service.load_map(sqlite_db, seeded.account, as_of=AS_OF)
    plant = service.resolve_site(smap, "magnito")
    narrowed = smap.filtered(plant.uuid)
    assert {p.name for p in narrowed.people} == {"Ivan Production", "Cara Champion", "Eric Engineer"}
    assert narrowed.links == ()
    assert len(narrowed.sites) == 3
    with pytest.raises(NotFound):
        service.resolve_site(smap, "nowhere")


def test_gaps_on_the_seeded_account(sqlite_db, seeded):
    gaps = find_gaps(service.load_map(sqlite_db, seeded.account, as_of=AS_OF))
    found = {g.kind: g for g in gaps}
    assert found[GapKind.CHAMPION_LEFT].people[0].name == "Cara Champion"
    assert found[GapKind.CHAMPION_LEFT].days == 40
    assert found[GapKind.NO_COACH].people[0].name == "Cara Champion"
    assert found[GapKind.DECISION_MAKER_STALE].days == 130
    assert found[GapKind.SINGLE_THREADED].people[0].name == "Ivan Production"
    assert found[GapKind.SITE_UNMAPPED].site_name == "Research Lab"


def test_unknown_account_is_not_found(sqlite_db, seeded):
    with pytest.raises(NotFound):
        service.load_map(sqlite_db, uuid.uuid4())


# --------------------------------------------------------------------------- edits


def test_update_person_changes_values_and_reports_changes(sqlite_db, seeded):
    eric = seeded.people["Eric Engineer"]
    changes = service.update_person(sqlite_db, eric, attitude="champion", influence=5, interest=1,
                                    strength=2, owner=seeded.owner)
    assert changes.touches(Entity.PERSON) and changes.accounts == {seeded.account}
    person = by_name(service.load_map(sqlite_db, seeded.account, as_of=AS_OF))["Eric Engineer"]
    assert (person.attitude, person.influence, person.interest, person.strength) == (
        Attitude.CHAMPION, 5, 1, 2)
    assert person.owner_name == "Anna Kovaleva"
    service.update_person(sqlite_db, eric, owner=None)
    person = by_name(service.load_map(sqlite_db, seeded.account, as_of=AS_OF))["Eric Engineer"]
    assert person.owner is None and person.attitude == Attitude.CHAMPION


@pytest.mark.parametrize(
    ("values", "field"),
    [({"attitude": "friendly"}, "attitude"), ({"influence": 0}, "influence"),
     ({"interest": 6}, "interest"), ({"strength": -1}, "strength"), ({"influence": True}, "influence"),
     ({"owner": uuid.UUID(int=5)}, "owner")],
)
def test_update_person_refuses_bad_values(sqlite_db, seeded, values, field):
    with pytest.raises(ValidationError) as caught:
        service.update_person(sqlite_db, seeded.people["Eric Engineer"], **values)
    assert caught.value.field == field


def test_move_on_grid_sets_values_from_the_cell_and_keeps_the_spot(sqlite_db, seeded):
    eric = seeded.people["Eric Engineer"]
    service.move_on_grid(sqlite_db, eric, 4.2, 4.9)
    person = by_name(service.load_map(sqlite_db, seeded.account, as_of=AS_OF))["Eric Engineer"]
    assert (person.influence, person.interest) == (5, 4)
    assert person.grid_position == (4.2, 4.9)


def test_set_reports_to_refuses_cycles_self_and_other_accounts(sqlite_db, seeded):
    p = seeded.people
    with pytest.raises(ValidationError) as caught:
        service.set_reports_to(sqlite_db, p["Владимир Кузнецов"], p["Eric Engineer"])
    assert caught.value.field == "manager" and "cycle" in caught.value.reason
    with pytest.raises(ValidationError):
        service.set_reports_to(sqlite_db, p["Eric Engineer"], p["Eric Engineer"])
    with pytest.raises(ValidationError):
        service.set_reports_to(sqlite_db, p["Eric Engineer"], p["outsider"])
    with pytest.raises(NotFound):
        service.set_reports_to(sqlite_db, p["Eric Engineer"], uuid.uuid4())
    service.set_reports_to(sqlite_db, p["Eric Engineer"], p["Olga Finance"])
    service.set_reports_to(sqlite_db, p["Ivan Production"], None)
    people = by_name(service.load_map(sqlite_db, seeded.account, as_of=AS_OF))
    assert people["Eric Engineer"].manager == p["Olga Finance"]
    assert people["Ivan Production"].manager is None


def test_links_are_added_once_and_removed(sqlite_db, seeded):
    p = seeded.people
    changes = service.add_link(sqlite_db, p["Eric Engineer"], p["Olga Finance"], LinkKind.CONFLICT,
                               strength=4)
    [created] = changes.created
    with pytest.raises(ValidationError):
        service.add_link(sqlite_db, p["Eric Engineer"], p["Olga Finance"], "conflict")
    with pytest.raises(ValidationError):
        service.add_link(sqlite_db, p["Eric Engineer"], p["Eric Engineer"], "ally")
    with pytest.raises(ValidationError):
        service.add_link(sqlite_db, p["Eric Engineer"], p["outsider"], "ally")
    with pytest.raises(ValidationError):
        service.add_link(sqlite_db, p["Eric Engineer"], p["Olga Finance"], "friendship")
    smap = service.load_map(sqlite_db, seeded.account, as_of=AS_OF)
    assert any(link.uuid == created and link.strength == 4 for link in smap.links)
    service.remove_link(sqlite_db, created)
    assert all(link.uuid != created for link in service.load_map(sqlite_db, seeded.account).links)
    with pytest.raises(NotFound):
        service.remove_link(sqlite_db, created)


def test_positions_are_saved_updated_and_cleared_per_view(sqlite_db, seeded):
    p = seeded.people
    service.save_positions(sqlite_db, seeded.account, View.ORG,
                           {p["Eric Engineer"]: (10.0, 20.0), p["Olga Finance"]: (30.0, 40.0)})
    service.save_positions(sqlite_db, seeded.account, "org", {p["Eric Engineer"]: (11.0, 21.0)})
    service.save_positions(sqlite_db, seeded.account, "grid", {p["Eric Engineer"]: (2.0, 2.0)})
    people = by_name(service.load_map(sqlite_db, seeded.account, as_of=AS_OF))
    assert people["Eric Engineer"].org_position == (11.0, 21.0)
    assert people["Eric Engineer"].grid_position == (2.0, 2.0)
    assert people["Olga Finance"].org_position == (30.0, 40.0)
    service.clear_positions(sqlite_db, seeded.account, "org", [p["Olga Finance"]])
    people = by_name(service.load_map(sqlite_db, seeded.account, as_of=AS_OF))
    assert people["Olga Finance"].org_position is None and people["Eric Engineer"].org_position
    service.clear_positions(sqlite_db, seeded.account, "org")
    with sqlite_db.session.begin() as session:
        assert session.scalars(select(MapPosition.view)).all() == ["grid"]
    with pytest.raises(ValidationError):
        service.save_positions(sqlite_db, seeded.account, "org", {p["outsider"]: (1.0, 1.0)})
    with pytest.raises(ValidationError):
        service.save_positions(sqlite_db, seeded.account, "org", {p["Eric Engineer"]: (float("nan"), 1)})
    with pytest.raises(ValidationError):
        service.save_positions(sqlite_db, seeded.account, "map", {})


def test_delete_and_restore_person(sqlite_db, seeded):
    eric = seeded.people["Eric Engineer"]
    service.delete_person(sqlite_db, eric)
    assert "Eric Engineer" not in by_name(service.load_map(sqlite_db, seeded.account))
    service.restore_person(sqlite_db, eric)
    assert "Eric Engineer" in by_name(service.load_map(sqlite_db, seeded.account))


# --------------------------------------------------------------------------- baselines


def test_baseline_save_list_load_and_diff(sqlite_db, seeded):
    p = seeded.people
    earlier = AS_OF - timedelta(days=60)
    changes = baseline.save_baseline(sqlite_db, seeded.account, "QBR Q3", as_of=earlier)
    [created] = changes.created
    service.update_person(sqlite_db, p["Olga Finance"], attitude=Attitude.BLOCKER, influence=5)
    [info] = baseline.list_baselines(sqlite_db, seeded.account)
    assert (info.uuid, info.name, info.as_of, info.people) == (created, "QBR Q3", earlier, 5)
    result = baseline.diff_since(sqlite_db, seeded.account, "qbr q3", as_of=AS_OF)
    got = {(c.kind, c.name) for c in result.changes}
    assert got == {
        (ChangeKind.LEFT, "Cara Champion"),
        (ChangeKind.ATTITUDE_COOLED, "Olga Finance"),
        (ChangeKind.INFLUENCE_UP, "Olga Finance"),
    }
    assert (result.covered_before, result.covered_after) == (3, 2)
    assert baseline.load_baseline(sqlite_db, seeded.account, str(created))[0].name == "QBR Q3"
    with pytest.raises(NotFound):
        baseline.load_baseline(sqlite_db, seeded.account, "QBR Q4")
    with pytest.raises(ValidationError):
        baseline.save_baseline(sqlite_db, seeded.account, "  ")
    baseline.delete_baseline(sqlite_db, created)
    assert baseline.list_baselines(sqlite_db, seeded.account) == ()


def test_map_on_both_backends(any_db):
    """Aggregates, edits and baselines behave the same on SQLite and PostgreSQL."""
    seeded = seed_account(any_db, "Nordwerk")
    smap = service.load_map(any_db, seeded.account, as_of=AS_OF)
    people = by_name(smap)
    assert people["Olga Finance"].days_since == 130
    assert people["Ivan Production"].last_interaction.tzinfo is not None
    service.set_reports_to(any_db, seeded.people["Eric Engineer"], seeded.people["Olga Finance"])
    with pytest.raises(ValidationError):
        service.set_reports_to(any_db, seeded.people["Владимир Кузнецов"], seeded.people["Eric Engineer"])
    service.save_positions(any_db, seeded.account, "org", {seeded.people["Eric Engineer"]: (1.5, 2.5)})
    baseline.save_baseline(any_db, seeded.account, "before")
    service.update_person(any_db, seeded.people["Eric Engineer"], attitude="supporter")
    result = baseline.diff_since(any_db, seeded.account, "before")
    assert [c.kind for c in result.changes] == [ChangeKind.ATTITUDE_WARMED]
