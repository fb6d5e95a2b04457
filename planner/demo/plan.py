"""The account plan: opportunities, goals → objectives → actions, and risks.

Some opportunities are closed (won or lost), the rest open with decisions due
in the coming months; some plan actions are overdue, as in any real plan.
"""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

from db.enums import OpportunityStage, PlanStatus, RiskStatus, Tier
from planner.demo.catalog import SERVICE_UNITS
from planner.demo.context import AccountInfo, Build

_OPEN_STAGES = ((OpportunityStage.IDENTIFIED, 10), (OpportunityStage.QUALIFIED, 25),
                (OpportunityStage.PROPOSAL, 50), (OpportunityStage.NEGOTIATION, 75))


def write_plan(build: Build, acc: AccountInfo) -> None:
    _write_opportunities(build, acc)
    _write_goals(build, acc)
    _write_risks(build, acc)


def _fill(build: Build, acc: AccountInfo) -> dict[str, str]:
    """Template fields; ``goods_line`` is the line of ``product`` (service lines have none)."""
    rng = build.rng
    lines = acc.profile.product_lines
    line = rng.choice(lines)
    goods = line if line.unit not in SERVICE_UNITS else rng.choice(
        [pl for pl in lines if pl.unit not in SERVICE_UNITS])
    return {"line": line.name, "product": rng.choice(goods.products), "goods_line": goods.name,
            "site": rng.choice(acc.sites).name, "year": str(build.as_of.year + 1)}


def _write_opportunities(build: Build, acc: AccountInfo) -> None:
    rng = build.rng
    tl = build.timeline
    p = acc.profile
    revenue = acc.revenue_12m or Decimal(p.revenue)
    eb = acc.economic_buyer()
    competitor_names = [c[0] for c in p.competitors]
    count = rng.randint(6, 10)
    names: set[str] = set()
    for i in range(count):
        value = (revenue * Decimal(str(round(rng.uniform(0.02, 0.25), 3)))).quantize(Decimal("1000"))
        closed_on = loss_reason = next_step = None
        if i < 2:  # decisions due in the next one to three months
            stage, probability = _OPEN_STAGES[rng.randrange(2, 4)]
            expected = tl.day(rng.randrange(30, 91))
        elif i < count // 2 + 1:
            stage, probability = rng.choice(_OPEN_STAGES)
            expected = tl.day(rng.randrange(15, 200))
        else:
            won = rng.random() < 0.6
            stage, probability = (OpportunityStage.WON, 100) if won else (OpportunityStage.LOST, 0)
            expected = tl.day(-rng.randrange(20, 700))
            closed_on = min(expected + timedelta(days=rng.randrange(-10, 15)), tl.day(-1))
            loss_reason = None if won else rng.choice(acc.lex.loss_reasons)
        for _ in range(6):  # no two opportunities of an account with the same name
            fill = _fill(build, acc)
            fill["year"] = str(expected.year + 1)
            template = rng.choice(acc.lex.opportunity_names)
            name = template.format(**fill)[:300]
            if name not in names:
                break
        names.add(name)
        line = fill["goods_line"] if "{product}" in template else fill["line"]
        if stage not in (OpportunityStage.WON, OpportunityStage.LOST):
            next_step = rng.choice(acc.lex.opportunity_steps)
        created = min(expected - timedelta(days=rng.randrange(60, 300)), tl.day(-2))
        row = build.base_row("opportunity", created, min(closed_on or tl.day(-1), tl.day(-1)))
        row.update(
            account_id=acc.id, name=name, product_line=line, value=value,
            currency=p.currency, stage=stage.value, probability=probability, expected_close=expected,
            owner_id=acc.owner_id,
            decision_maker_id=eb.id,
            competitors=", ".join(rng.sample(competitor_names, rng.randint(1, len(competitor_names)))),
            next_step=next_step, closed_on=closed_on, loss_reason=loss_reason,
        )
        build.writer.add("opportunity", row)


def _write_goals(build: Build, acc: AccountInfo) -> None:
    rng = build.rng
    tl = build.timeline
    lex = acc.lex
    specs = list(lex.goals) if acc.profile.tier is Tier.STRATEGIC else rng.sample(lex.goals, 2)
    team = [member for member, _ in acc.team]
    overdue_made = False
    created = tl.day(-rng.randrange(200, 400))
    for g_pos, spec in enumerate(specs):
        fill = _fill(build, acc)
        goal = build.base_row("plan_goal", created, tl.day(-rng.randrange(1, 60)))
        goal.update(account_id=acc.id, title=spec.title.format(**fill)[:300], description=spec.description,
                    horizon=rng.choice(lex.horizons), status=PlanStatus.IN_PROGRESS.value, position=g_pos)
        build.writer.add("plan_goal", goal)
        for o_pos, (title, measure, actions) in enumerate(spec.objectives):
            due = tl.day(rng.randrange(-90, 270))
            objective = build.base_row("plan_objective", created, tl.day(-rng.randrange(1, 60)))
            objective.update(goal_id=goal["id"], title=title.format(**fill)[:300], measure=measure,
                             due_on=due, position=o_pos)
            build.writer.add("plan_objective", objective)
            statuses = []
            for a_pos, action_title in enumerate(actions):
                action_due = due - timedelta(days=rng.randrange(10, 120))
                done_on = None
                if action_due < build.as_of:
                    if not overdue_made or rng.random() < 0.35:
                        a_status = rng.choice((PlanStatus.IN_PROGRESS, PlanStatus.NOT_STARTED,
                                               PlanStatus.BLOCKED))
                        overdue_made = True
                    else:
                        a_status = PlanStatus.DONE
                        done_on = min(action_due + timedelta(days=rng.randrange(-10, 12)), tl.day(-1))
                else:
                    a_status = rng.choice((PlanStatus.NOT_STARTED, PlanStatus.IN_PROGRESS))
                action = build.base_row("plan_action", created, done_on or tl.day(-rng.randrange(1, 30)))
                action.update(objective_id=objective["id"], title=action_title.format(**fill)[:300],
                              owner_id=rng.choice(team), due_on=action_due, status=a_status.value,
                              done_on=done_on, notes=None, position=a_pos)
                build.writer.add("plan_action", action)
                statuses.append(a_status)
            if all(x is PlanStatus.DONE for x in statuses):
                objective["status"] = PlanStatus.DONE.value
            elif any(x in (PlanStatus.DONE, PlanStatus.IN_PROGRESS) for x in statuses):
                objective["status"] = PlanStatus.IN_PROGRESS.value
            else:
                objective["status"] = PlanStatus.NOT_STARTED.value


def _write_risks(build: Build, acc: AccountInfo) -> None:
    rng = build.rng
    tl = build.timeline
    tense = acc.profile.stage.value in ("at_risk", "renewal")
    team = [member for member, _ in acc.team]
    for title, category, mitigation in rng.sample(acc.lex.risks, rng.randint(2, 4)):
        fill = _fill(build, acc)
        row = build.base_row("risk", tl.day(-rng.randrange(20, 400)), tl.day(-rng.randrange(1, 20)))
        row.update(
            account_id=acc.id, title=title.format(**fill)[:300], category=category,
            probability=rng.randint(3, 5) if tense else rng.randint(1, 4),
            impact=rng.randint(2, 5), mitigation=mitigation, owner_id=rng.choice(team),
            status=rng.choice((RiskStatus.OPEN, RiskStatus.MITIGATING, RiskStatus.OPEN,
                               RiskStatus.CLOSED)).value,
            review_on=tl.day(rng.randrange(7, 60)),
        )
        build.writer.add("risk", row)
