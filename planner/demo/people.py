"""Stakeholders: a believable org chart, buying roles, attitudes, contacts and informal ties.

Each account gets a head of the organisation, department heads under them and
managers and engineers under those (a tree, never a cycle), placed at the
sites where such people work. Buying roles follow the org chart: one economic
buyer per account, technical and user buyers in the departments, and a coach
everywhere except at the account planted with none.
"""

from __future__ import annotations

from collections import Counter
from datetime import date

from db.enums import Attitude, ContactKind, LinkKind, RoleFramework, TeamRole
from planner.demo.context import AccountInfo, Build, PersonInfo
from planner.demo.names import NameMaker, latin_slug, mailbox, phone_number
from planner.demo.stories import CHAMPION_LEFT_DAYS, STALE_DAYS, StoryKind

DEPTS_ALL = ("finance", "production", "engineering", "procurement", "quality", "it", "logistics")
DEPTS_SMALL = ("production", "engineering", "procurement", "quality", "finance")
_FILL_WEIGHT = {"production": 3.0, "engineering": 2.5, "procurement": 2.0, "quality": 1.5,
                "it": 0.7, "logistics": 1.0, "finance": 0.8}
_SITE_KINDS = {"production": ("plant", "branch"), "quality": ("plant", "branch"),
               "engineering": ("rnd", "office", "hq"), "logistics": ("plant", "branch", "hq")}
_INTEREST = {"ceo": 3, "finance": 2, "production": 4, "engineering": 4, "procurement": 5,
             "quality": 3, "it": 2, "logistics": 3}
_LEVEL_WEIGHT = {0: 0.5, 1: 1.6, 2: 2.6, 3: 1.4, 4: 0.8}
_STRENGTH = {"champion": (4, 5), "supporter": (2, 4), "neutral": (1, 3), "sceptic": (0, 2),
             "blocker": (0, 1)}
_AREA_BY_ZONE = {"Asia/Yekaterinburg": "343", "Europe/Samara": "846", "Asia/Krasnoyarsk": "391",
                 "Europe/Moscow": "495"}
MH = RoleFramework.MILLER_HEIMAN.value
BC = RoleFramework.BUYING_CENTRE.value


class _Org:
    """Builds the org chart of one account."""

    def __init__(self, build: Build, acc: AccountInfo) -> None:
        self.build = build
        self.acc = acc
        self.rng = build.rng
        profile = acc.profile
        self.org = acc.lex.agency_org if profile.org == "agency" else acc.lex.company_org
        self.names = NameMaker(build.rng, profile.country)
        self.people: list[PersonInfo] = []

    def site_for(self, dept: str) -> int:
        sites = self.acc.sites
        for kind in _SITE_KINDS.get(dept, ("hq",)):
            matching = [i for i, s in enumerate(sites) if s.kind == kind]
            if matching:
                return self.rng.choice(matching)
        return 0

    def add(self, dept: str, level: int, title: str, site: int, boss: PersonInfo | None) -> PersonInfo:
        person = PersonInfo(
            id=self.build.writer.new_id("person"), name=self.names.make(), dept=dept, level=level,
            title=title, site=site, reports_to=boss.id if boss else None,
        )
        self.people.append(person)
        return person

    def build_chart(self, size: int) -> tuple[PersonInfo, dict[str, PersonInfo]]:
        rng = self.rng
        org = self.org
        ceo = self.add("ceo", 0, org["ceo"].head, 0, None)
        if size >= 15:
            self.add("ceo", 4, self.acc.lex.assistant[self.acc.profile.org], 0, ceo)
        depts = DEPTS_ALL if size >= 18 else DEPTS_SMALL
        heads = {d: self.add(d, 1, org[d].head, self.site_for(d), ceo) for d in depts}
        managers: dict[str, list[PersonInfo]] = {d: [] for d in depts}
        staff = Counter()
        open_depts = list(depts)
        while len(self.people) < size and open_depts:
            d = rng.choices(open_depts, [_FILL_WEIGHT[x] for x in open_depts])[0]
            dept = org[d]
            mgrs = managers[d]
            if len(mgrs) < 1 + staff[d] // 4 and len(mgrs) < len(dept.managers):
                mgrs.append(self.add(d, 2, dept.managers[len(mgrs)], self.site_for(d), heads[d]))
            elif dept.staff:
                boss = rng.choice(mgrs) if mgrs else heads[d]
                self.add(d, 3, rng.choice(dept.staff), boss.site, boss)
                staff[d] += 1
            else:
                open_depts.remove(d)
        return ceo, heads


def write_people(build: Build, acc: AccountInfo) -> None:
    """The account's stakeholders with roles, contacts and ties; remembers them on ``acc``."""
    rng = build.rng
    profile = acc.profile
    chart = _Org(build, acc)
    ceo, heads = chart.build_chart(rng.randint(*profile.people))
    people = chart.people
    acc.people = people
    roles = _assign_roles(rng, acc, ceo, heads)
    _assign_attitudes(build, acc, ceo, heads)
    _assign_owners(acc)
    mailboxes: set[str] = set()
    for person in people:
        _write_person(build, acc, person, roles.get(person.id, ()), mailboxes)
    _write_links(build, acc, heads)


def _assign_roles(rng, acc: AccountInfo, ceo: PersonInfo, heads: dict[str, PersonInfo]):
    roles: dict[int, list[tuple[str, str]]] = {}

    def give(person: PersonInfo | None, framework: str, role: str) -> None:
        if person is not None and (framework, role) not in roles.setdefault(person.id, []):
            roles[person.id].append((framework, role))

    eb = ceo if acc.profile.economic_buyer == "ceo" else heads.get(acc.profile.economic_buyer, ceo)
    eb.economic_buyer = True
    give(eb, MH, "economic_buyer")
    give(eb, BC, "decider")
    if ceo is not eb:
        give(ceo, BC, "approver")
    finance = heads.get("finance")
    if finance is not None and finance is not eb:
        give(finance, BC, "approver")
    for dept in ("procurement", "quality", "engineering"):
        give(heads.get(dept), MH, "technical_buyer")
    give(heads.get("procurement"), BC, "buyer")
    give(heads.get("quality"), BC, "influencer")
    give(heads.get("engineering"), BC, "influencer")
    give(heads.get("it"), BC, "influencer")
    if "it" in heads and rng.random() < 0.5:
        give(heads["it"], MH, "technical_buyer")
    production = heads.get("production")
    if production is not None and production is not eb:
        give(production, MH, "user_buyer")
        give(production, BC, "user")
    gatekeeper_given = False
    for person in acc.people:
        if person.level == 4:
            give(person, BC, "gatekeeper")
            gatekeeper_given = True
        elif person.level == 2:
            if person.dept == "production":
                give(person, MH, "user_buyer")
                give(person, BC, "user")
            elif person.dept == "engineering":
                give(person, BC, rng.choice(("initiator", "influencer")))
            elif person.dept == "procurement":
                give(person, BC, "buyer")
            elif person.dept == "quality" and rng.random() < 0.5:
                give(person, BC, "influencer")
        elif person.level == 3:
            if person.dept == "procurement":
                if not gatekeeper_given:
                    give(person, BC, "gatekeeper")
                    gatekeeper_given = True
                elif rng.random() < 0.6:
                    give(person, BC, "buyer")
            elif person.dept == "production" and rng.random() < 0.4:
                give(person, BC, "user")
            elif person.dept == "engineering" and rng.random() < 0.2:
                give(person, BC, "initiator")
    if acc.story is not StoryKind.NO_COACH:
        candidates = [p for p in acc.people if p.level in (1, 2) and not p.economic_buyer
                      and p.dept in ("production", "engineering", "quality")]
        count = 2 if (acc.story is StoryKind.CHAMPION_LEFT or
                      (len(acc.people) > 30 and rng.random() < 0.4)) else 1
        for coach in rng.sample(candidates, min(count, len(candidates))):
            coach.coach = True
            give(coach, MH, "coach")
    return roles


def _assign_attitudes(build: Build, acc: AccountInfo, ceo: PersonInfo, heads) -> None:
    rng = build.rng
    tl = build.timeline
    story = acc.story
    stage = acc.profile.stage.value
    weights = (15, 55, 25, 5) if story is StoryKind.NO_COACH else (28, 45, 20, 7)
    if stage == "at_risk":
        weights = (18, 42, 32, 8)
    blocker_used = False
    coaches = [p for p in acc.people if p.coach]
    for person in acc.people:
        if person.coach:
            attitude = "champion"
            if story is StoryKind.CHAMPION_LEFT and person is not coaches[0]:
                attitude = "supporter"
        elif person.economic_buyer:
            attitude = {"at_risk": "sceptic", "onboarding": "neutral"}.get(stage, "supporter")
        else:
            attitude = rng.choices(("supporter", "neutral", "sceptic", "blocker"), weights)[0]
            if attitude == "blocker":
                if blocker_used or person.level > 2:
                    attitude = "sceptic"
                blocker_used = True
        person.attitude = attitude
        low, high = _STRENGTH[attitude]
        person.strength = rng.randint(low, high)
        if person.level == 0:
            person.strength = min(person.strength, 3)
        person.influence = {0: 5, 1: 4, 2: 3, 4: 2}.get(person.level) or (
            2 if person.dept == "procurement" else rng.choice((1, 2)))
        if person.economic_buyer:
            person.influence = 5
        person.interest = max(1, min(5, _INTEREST[person.dept] + rng.choice((-1, 0, 0, 1))))
        if person.economic_buyer:
            person.interest = max(person.interest, 3)
        weight = _LEVEL_WEIGHT[person.level] * (0.6 + 0.2 * person.strength)
        if person.dept == "procurement":
            weight *= 1.8 if person.level == 3 else 1.4
        if attitude == "champion":
            weight *= 2.5
        if person.economic_buyer:
            weight = max(weight, 1.8)
        person.weight = weight
    if story is StoryKind.CHAMPION_LEFT:
        champion = coaches[0]
        champion.strength = 5
        champion.weight *= 1.5
        champion.left_on = tl.day(-CHAMPION_LEFT_DAYS)
        champion.until = tl.index(champion.left_on)
        acc.story_person = champion
    elif story is StoryKind.KEY_PERSON_STALE:
        eb = acc.economic_buyer()
        eb.until = tl.index(tl.day(-STALE_DAYS))
        acc.story_person = eb
    if story is not StoryKind.CHAMPION_LEFT and rng.random() < 0.4:
        staff = [p for p in acc.people if p.level == 3 and not p.coach]
        if staff:
            leaver = rng.choice(staff)
            leaver.left_on = tl.day(-rng.randrange(150, 500))
            leaver.until = tl.index(leaver.left_on)


def _assign_owners(acc: AccountInfo) -> None:
    by_dept = {
        "engineering": (TeamRole.TECHNICAL_LEAD.value,), "it": (TeamRole.TECHNICAL_LEAD.value,),
        "production": (TeamRole.SERVICE_MANAGER.value,), "quality": (TeamRole.SERVICE_MANAGER.value,),
        "logistics": (TeamRole.LOGISTICS.value,),
    }
    for person in acc.people:
        if person.level <= 1 or person.dept not in by_dept:
            person.owner_id = acc.owner_id
        else:
            person.owner_id = acc.team_member(*by_dept[person.dept])


def _write_person(build: Build, acc: AccountInfo, person: PersonInfo, roles, mailboxes) -> None:
    rng = build.rng
    lex = acc.lex
    tl = build.timeline
    site = acc.sites[person.site]
    notes = []
    if person.attitude == "champion":
        notes.append(lex.champion_note)
    elif person.attitude == "blocker":
        notes.append(lex.blocker_note)
    elif person.attitude == "sceptic" and rng.random() < 0.5:
        notes.append(lex.sceptic_note)
    if rng.random() < 0.6:
        notes.append(rng.choice(lex.notes))
    priorities = rng.sample(lex.priorities[person.dept], 2)
    birthday = None
    if rng.random() < 0.5:
        birthday = date(rng.randrange(1962, 1998), rng.randrange(1, 13), rng.randrange(1, 29))
    created = tl.day(-rng.randrange(700, 1300))
    row = build.base_row("person", created, tl.day(-rng.randrange(1, 120)), row_id=person.id)
    left = person.left_on is not None
    row.update(
        account_id=acc.id, site_id=site.id, reports_to_id=person.reports_to,
        full_name=person.name.full, title=person.title,
        department=(lex.agency_org if acc.profile.org == "agency" else lex.company_org)[person.dept].name,
        influence=person.influence, interest=person.interest, attitude=person.attitude,
        relationship_strength=person.strength, owner_id=person.owner_id,
        priorities="; ".join(priorities), internal_notes=" ".join(notes) or None,
        preferred_language=acc.profile.language, birthday=birthday, left_company=left,
        left_on=person.left_on, left_to=rng.choice(lex.left_to) if left else None,
    )
    build.writer.add("person", row)
    for framework, role in roles:
        role_row = build.base_row("person_role", created)
        role_row.update(person_id=person.id, framework=framework, role=role)
        build.writer.add("person_role", role_row)
    _write_contacts(build, acc, person, created, mailboxes)


def _write_contacts(
    build: Build, acc: AccountInfo, person: PersonInfo, created: date, used: set[str]
) -> None:
    """Work e-mail in the account's domain (unique mailbox), desk phone, often a mobile."""
    rng = build.rng
    country = acc.profile.country
    local = mailbox(person.name, country)
    candidate, n = local, 2
    while candidate in used:
        candidate, n = f"{local}{n}", n + 1
    used.add(candidate)
    person.email = f"{candidate}@{acc.domain}"
    site = acc.sites[person.site]
    area = _AREA_BY_ZONE.get(site.timezone) if country == "RU" else None
    contacts = [(ContactKind.EMAIL, person.email, person.email.lower(), "work", True)]
    shown, digits = phone_number(rng, site.country, area, mobile=False)
    contacts.append((ContactKind.PHONE, shown, digits, "work", False))
    if rng.random() < 0.65:
        shown, digits = phone_number(rng, country, None, mobile=True)
        contacts.append((ContactKind.MOBILE, shown, digits, "mobile", False))
    if country == "RU" and rng.random() < 0.15:
        handle = "@" + latin_slug(person.name.first) + "_" + latin_slug(person.name.last)
        contacts.append((ContactKind.MESSENGER, handle, handle.lower(), "Telegram", False))
    for kind, value, normalized, label, primary in contacts:
        row = build.base_row("contact_point", created)
        row.update(person_id=person.id, kind=kind.value, value=value, value_normalized=normalized,
                   label=label, is_primary=primary)
        build.writer.add("contact_point", row)


def _write_links(build: Build, acc: AccountInfo, heads: dict[str, PersonInfo]) -> None:
    rng = build.rng
    lex = acc.lex
    links: dict[tuple[int, int, str], int] = {}

    def link(a: PersonInfo | None, b: PersonInfo | None, kind: LinkKind, strength: int) -> None:
        if a is None or b is None or a is b:
            return
        links.setdefault((a.id, b.id, kind.value), strength)

    eb = acc.economic_buyer()
    coaches = [p for p in acc.people if p.coach]
    supporters = [p for p in acc.people if p.attitude == Attitude.SUPPORTER.value and p.level <= 2]
    if coaches and supporters:
        link(coaches[0], rng.choice(supporters), LinkKind.ALLY, 4)
    link(heads.get("engineering"), eb, LinkKind.INFLUENCE, 4)
    link(heads.get("procurement"), eb, LinkKind.INFLUENCE, 3)
    link(heads.get("procurement"), heads.get("engineering") or heads.get("production"),
         LinkKind.CONFLICT, rng.randint(2, 4))
    managers = [p for p in acc.people if p.level == 2]
    by_id = {p.id: p for p in acc.people}
    for manager in rng.sample(managers, min(2, len(managers))):
        link(manager, by_id.get(manager.reports_to), LinkKind.INFLUENCE, rng.randint(2, 4))
    if len(managers) >= 2 and rng.random() < 0.6:
        a, b = rng.sample(managers, 2)
        link(a, b, rng.choice((LinkKind.ALLY, LinkKind.CONFLICT)), rng.randint(1, 4))
    day = build.timeline.day(-rng.randrange(30, 500))
    for (source, target, kind), strength in links.items():
        row = build.base_row("person_link", day)
        row.update(from_person_id=source, to_person_id=target, kind=kind, strength=strength,
                   note=rng.choice(lex.link_notes[kind]))
        build.writer.add("person_link", row)
