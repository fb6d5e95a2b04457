"""Accounts, their sites, domains, lifecycle, account team, contracts and competitors."""

from __future__ import annotations

import re
from datetime import timedelta
from decimal import Decimal

from db.enums import ContractStatus, LifecycleStage, TeamRole, Tier
from planner.demo.catalog import PROFILES, Profile
from planner.demo.context import AccountInfo, Build, SiteInfo
from planner.demo.lexicon import lexicon
from planner.demo.names import latin_slug
from planner.demo.team import TEAM

#: Days before ``as_of`` at which an account entered its current stage.
_CURRENT_STAGE_AGE = {
    LifecycleStage.ONBOARDING: (430, 470),
    LifecycleStage.GROWTH: (220, 420),
    LifecycleStage.MATURE: (300, 600),
    LifecycleStage.RENEWAL: (45, 80),
    LifecycleStage.AT_RISK: (70, 110),
}


def write_team(build: Build) -> list[int]:
    """Our own people, shared by all accounts; returns their ids in catalogue order."""
    ids = []
    joined = build.timeline.day(-1200)
    for spec in TEAM:
        row = build.base_row("team_member", joined)
        row.update(name=spec.name, email=spec.email, phone=spec.phone, title=spec.title,
                   department=spec.department, active=True)
        build.writer.add("team_member", row)
        ids.append(row["id"])
    return ids


def account_name(profile: Profile, copy: int) -> str:
    """The base name for copy 0, then fictional siblings from the profile's pool."""
    if copy == 0:
        return profile.name
    pool = profile.copy_names
    name = pool[(copy - 1) % len(pool)]
    rounds = (copy - 1) // len(pool)
    return name if rounds == 0 else f"{name} {rounds + 1}"


def new_account(build: Build, index: int, used_domains: set[str]) -> AccountInfo:
    """Allocate an account's ids, choose its name and domain and write its sites."""
    profile = PROFILES[index % len(PROFILES)]
    copy = index // len(PROFILES)
    name = account_name(profile, copy)
    if copy == 0:
        domain = profile.domain
    else:
        stem = re.sub("-+", "-", latin_slug(name, "-")).strip("-")
        domain = f"{stem}.{profile.tld}"
    base = domain
    n = 2
    while domain in used_domains:
        domain = base.replace(".", f"{n}.", 1)
        n += 1
    used_domains.add(domain)
    acc = AccountInfo(
        index=index, copy=copy, profile=profile, lex=lexicon(profile.language),
        id=build.writer.new_id("account"), uuid=build.writer.uuid(), name=name, domain=domain,
    )
    _write_sites(build, acc)
    return acc


def _write_sites(build: Build, acc: AccountInfo) -> None:
    rng = build.rng
    created = build.timeline.day(-rng.randrange(760, 1100))
    hq_id = None
    for spec in acc.profile.sites:
        row = build.base_row("site", created)
        revenue = None
        if spec.kind == "plant":
            revenue = Decimal(acc.profile.revenue * rng.randrange(20, 60)).quantize(Decimal("1"))
        row.update(
            account_id=acc.id, parent_id=hq_id if spec.kind != "hq" else None, name=spec.name,
            kind=spec.kind, city=spec.city, country=spec.country, address=f"{spec.address}, {spec.city}",
            timezone=spec.timezone, annual_revenue=revenue, notes=None,
        )
        build.writer.add("site", row)
        if spec.kind == "hq":
            hq_id = row["id"]
        acc.sites.append(SiteInfo(row["id"], spec.name, spec.kind, spec.city, row["address"],
                                  spec.timezone, spec.country))


def write_account(build: Build, acc: AccountInfo) -> None:
    """The account row itself, with revenue taken from the generated orders."""
    p = acc.profile
    rng = build.rng
    revenue = _thousands(acc.revenue_12m or Decimal(p.revenue))
    share = p.share_of_wallet * rng.uniform(0.9, 1.1)
    wallet = _thousands(revenue / Decimal(str(round(share, 4))))
    legal = p.legal_name if acc.copy == 0 else p.legal_pattern.format(name=acc.name)
    first_contact = build.timeline.day(-rng.randrange(1000, 1400))
    row = build.base_row("account", first_contact, build.timeline.day(-rng.randrange(1, 20)),
                         row_id=acc.id, row_uuid=acc.uuid)
    row.update(
        name=acc.name, legal_name=legal, industry=p.industry, region=p.region, country=p.country,
        tier=p.tier.value, stage=p.stage.value, currency=p.currency, language=p.language,
        annual_revenue=revenue, wallet_spend=max(wallet, revenue), strategic_goals=p.goals,
        description=p.description, website=f"https://www.{acc.domain}", owner_id=acc.owner_id,
        next_review_on=build.timeline.day(rng.randrange(7, 60)),
    )
    build.writer.add("account", row)
    _write_domains(build, acc, first_contact)
    _write_stage_history(build, acc)


def _write_domains(build: Build, acc: AccountInfo, created) -> None:
    domains = [acc.domain]
    if acc.profile.tier is not Tier.DEVELOPMENT and build.rng.random() < 0.6:
        domains.append(acc.domain.rsplit(".", 1)[0] + ".com")
    for domain in domains:
        row = build.base_row("account_domain", created)
        row.update(account_id=acc.id, domain=domain)
        build.writer.add("account_domain", row)


def _write_stage_history(build: Build, acc: AccountInfo) -> None:
    rng = build.rng
    path = acc.profile.stage_path
    low, high = _CURRENT_STAGE_AGE.get(path[-1], (200, 400))
    ages = [rng.randrange(low, high)]
    for _ in path[:-1]:
        ages.append(ages[-1] + rng.randrange(120, 330))
    ages.reverse()  # oldest first, ages[i] days before as_of for path[i]
    if path[-1] is not LifecycleStage.ONBOARDING and LifecycleStage.ONBOARDING in path:
        # Established accounts signed before the two years of history begin.
        k = path.index(LifecycleStage.ONBOARDING)
        shortfall = 760 + rng.randrange(0, 240) - ages[k]
        for j in range(k + 1):
            ages[j] += max(0, shortfall)
    previous = None
    for stage, age in zip(path, ages, strict=True):
        day = build.timeline.day(-age)
        row = build.base_row("stage_change", day)
        row.update(account_id=acc.id, from_stage=previous, to_stage=stage.value,
                   changed_at=build.stamp(day, 10),
                   reason=acc.lex.stage_reasons.get(stage.value))
        build.writer.add("stage_change", row)
        previous = stage.value
        if stage is LifecycleStage.ONBOARDING:
            acc.contract_start = day


def write_account_team(build: Build, acc: AccountInfo) -> None:
    """Our people on the account; the account manager owns it."""
    lang = acc.profile.language
    members = [(tid, spec) for tid, spec in zip(build.team_ids, TEAM, strict=True)
               if spec.language == lang]
    managers = [tid for tid, spec in members if TeamRole.ACCOUNT_MANAGER in spec.roles]
    if lang == "en":
        manager = managers[0] if acc.profile.country in ("DE", "HU") else managers[1]
    else:
        manager = managers[acc.index % len(managers)]
    team = [(manager, TeamRole.ACCOUNT_MANAGER.value)]
    for tid, spec in members:
        for role in spec.roles:
            if role is TeamRole.ACCOUNT_MANAGER:
                continue
            if role is TeamRole.EXECUTIVE_SPONSOR and acc.profile.tier is Tier.DEVELOPMENT:
                continue
            team.append((tid, role.value))
    acc.team = team
    acc.owner_id = manager
    since = build.timeline.day(-build.rng.randrange(700, 900))
    for tid, role in team:
        row = build.base_row("account_team_member", since)
        row.update(account_id=acc.id, team_member_id=tid, role=role)
        build.writer.add("account_team_member", row)


def write_contracts(build: Build, acc: AccountInfo) -> None:
    """Frame agreements (the current one ends within six months at the renewal account), its
    predecessor if the relationship is older, and often a service agreement.

    Leaves ``acc.contract_start`` at the first agreement's start: SLAs apply from then on.
    """
    rng = build.rng
    tl = build.timeline
    p = acc.profile
    lex = acc.lex
    three_years = timedelta(days=3 * 365)
    first_signed = acc.contract_start or tl.day(-1000)  # the move to onboarding
    if p.stage is LifecycleStage.RENEWAL:
        ends = tl.day(rng.randrange(95, 150))
    else:
        ends = tl.day(rng.randrange(220, 900))
    start = max(ends - three_years, first_signed)
    ends = max(ends, start + three_years) if p.stage is not LifecycleStage.RENEWAL else ends
    prefix = "РД" if p.language == "ru" else "FA"
    yearly = (acc.revenue_12m or Decimal(p.revenue)) * Decimal("0.7")
    contracts = [(lex.contract_titles[0], start, ends, ContractStatus.ACTIVE, 90, False,
                  _thousands(yearly), "")]
    if start - first_signed > timedelta(days=180):
        old_start = max(first_signed, start - three_years)
        contracts.append((lex.contract_titles[0], old_start, start - timedelta(days=1),
                          ContractStatus.EXPIRED, 90, False, _thousands(yearly * Decimal("0.8")), ""))
    if rng.random() < 0.6:
        s_start = tl.day(-rng.randrange(20, 160))  # ends well after the renewal window
        contracts.append((lex.contract_titles[1], s_start, s_start + timedelta(days=365),
                          ContractStatus.ACTIVE, 30, True, _thousands(yearly * Decimal("0.08")), "S-"))
    for title, starts, ends_on, status, notice, auto, value, kind in contracts:
        created = min(starts, tl.day(-1)) - timedelta(days=20)
        row = build.base_row("contract", created)
        row.update(account_id=acc.id, title=title,
                   number=f"{prefix}-{kind}{starts.year}/{rng.randrange(10, 400):03d}",
                   status=status.value, starts_on=starts, ends_on=ends_on, notice_days=notice,
                   auto_renew=auto, annual_value=value, currency=p.currency, notes=lex.contract_notes)
        build.writer.add("contract", row)
    acc.contract_start = min(first_signed, start)


def _thousands(value: Decimal) -> Decimal:
    return (value / 1000).quantize(Decimal(1)) * 1000


def write_competitors(build: Build, acc: AccountInfo) -> None:
    """Rivals at the account with share estimates that leave room for ours."""
    rng = build.rng
    room = 100 - round(acc.profile.share_of_wallet * 100)
    for name, line, share, strengths, weaknesses in acc.profile.competitors:
        value = max(3, min(room, share + rng.randrange(-4, 5)))
        room -= value
        row = build.base_row("competitor", build.timeline.day(-rng.randrange(100, 600)))
        row.update(account_id=acc.id, name=name, product_line=line, share_pct=Decimal(value),
                   strengths=strengths, weaknesses=weaknesses)
        build.writer.add("competitor", row)
