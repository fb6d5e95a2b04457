"""``kap map``: the stakeholder map as PNG/SVG, its gaps, and baselines to compare against.

    kap map --account A --out F.png|.svg [--view org|grid] [--site S] [--baseline B]
    kap map --account A --gaps [--json]
    kap map --account A --save-baseline NAME | --baselines | --diff NAME [--json]

The planner returns enums; the English wording of gaps and changes lives here.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from planner.cli.args import iso_date
from planner.cli.output import info, print_json, print_table
from planner.database import open_planner_database
from planner.errors import ValidationError
from planner.services import accounts as accounts_service

GAP_TEXT = {
    "no_economic_buyer": "No economic buyer identified",
    "no_coach": "No coach",
    "single_threaded": "Single-threaded: one active relationship or none",
    "decision_maker_stale": "Decision maker not contacted",
    "blocker_unowned": "Influential blocker with no owner on our side",
    "champion_left": "Champion left the company",
    "site_unmapped": "Site with nobody mapped",
}
NEXT_STEP_TEXT = {
    "identify_economic_buyer": "find out who signs off the budget",
    "develop_coach": "develop a coach among our supporters",
    "multi_thread": "build relationships with more people",
    "meet_decision_maker": "arrange a meeting with the decision maker",
    "assign_owner": "assign an owner to engage the blocker",
    "find_new_champion": "find a new champion; follow the old one to their new company",
    "map_site": "map the people at this site",
}


def register(sub, parents) -> None:
    parser = sub.add_parser("map", parents=parents, help="stakeholder map: picture, gaps, baselines")
    parser.add_argument("--account", required=True, metavar="NAME", help="name, unique prefix or UUID")
    action = parser.add_mutually_exclusive_group(required=True)
    action.add_argument("--out", metavar="FILE", help="write the map to FILE.png or FILE.svg")
    action.add_argument("--gaps", action="store_true", help="list the gaps of the map")
    action.add_argument("--save-baseline", metavar="NAME", help="save today's map as a baseline")
    action.add_argument("--baselines", action="store_true", help="list the saved baselines")
    action.add_argument("--diff", metavar="BASELINE", help="list what changed since a baseline")
    parser.add_argument("--view", choices=("org", "grid"), default="org", help="org chart or grid")
    parser.add_argument("--site", metavar="SITE", help="only the people of one site")
    parser.add_argument("--baseline", metavar="NAME", help="with --out: highlight changes since it")
    parser.add_argument("--as-of", type=iso_date, default=None, help="the map's date (default today)")
    parser.add_argument("--lang", choices=("en", "ru"), default="en", help="language of the labels")
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.set_defaults(handler=stakeholder_map)


def stakeholder_map(args: argparse.Namespace) -> int:
    if args.out is not None:
        _check_out(Path(args.out))
    db = open_planner_database(args.db)
    try:
        account = accounts_service.resolve(db, args.account)
        if args.out is not None:
            return _write(db, account, args)
        if args.gaps:
            return _gaps(db, account, args)
        if args.save_baseline is not None:
            return _save_baseline(db, account, args)
        if args.baselines:
            return _baselines(db, account, args)
        return _diff(db, account, args)
    finally:
        db.close()


def _check_out(path: Path) -> None:
    if path.suffix.lower() not in (".png", ".svg"):
        raise ValidationError("out", f"{path.name}: the map is written as .png or .svg")
    if not path.parent.is_dir():
        raise ValidationError("out", f"no folder {path.parent}")


def _load(db, account, args):
    from planner.stakeholders.service import load_map, resolve_site

    smap = load_map(db, account.uuid, as_of=args.as_of)
    if args.site:
        smap = smap.filtered(resolve_site(smap, args.site).uuid)
    return smap


def _write(db, account, args) -> int:
    from planner.stakeholders import baseline as baselines
    from planner.stakeholders.render import render_map

    smap = _load(db, account, args)
    diff = None
    if args.baseline:
        _, snap = baselines.load_baseline(db, account.uuid, args.baseline)
        diff = baselines.diff(snap, smap)
    out = Path(args.out)
    render_map(smap, out, view=args.view, lang=args.lang, diff=diff, baseline_name=args.baseline)
    if args.json:
        print_json({"path": str(out), "view": args.view, "account": account.name,
                    "people": len(smap.people), "as_of": smap.as_of})
    else:
        info(f"Wrote the {args.view} map of {account.name} ({len(smap.people)} people) to {out}")
    return 0


def _gaps(db, account, args) -> int:
    from planner.stakeholders.gaps import find_gaps

    smap = _load(db, account, args)
    gaps = find_gaps(smap)
    if args.json:
        print_json({"account": account.name, "account_uuid": account.uuid, "as_of": smap.as_of,
                    "gaps": list(gaps)})
        return 0
    if not gaps:
        info(f"No gaps on the map of {account.name}.")
        return 0
    rows = []
    for gap in gaps:
        who = ", ".join(_who(gap, p.name) for p in gap.people) or (gap.site_name or "—")
        step = NEXT_STEP_TEXT[gap.next_step.value]
        if gap.candidates:
            step += f" (e.g. {', '.join(c.name for c in gap.candidates)})"
        rows.append([gap.severity.value, GAP_TEXT[gap.kind.value], who, step])
    print_table(["Severity", "Gap", "Who", "Next step"], rows)
    return 0


def _who(gap, name: str) -> str:
    if gap.days is None:
        return f"{name} (never contacted)" if gap.kind.value == "decision_maker_stale" else name
    if gap.kind.value == "champion_left":
        return f"{name} (left {gap.days} d ago)"
    return f"{name} ({gap.days} d)"


def _save_baseline(db, account, args) -> int:
    from planner.stakeholders.baseline import save_baseline

    changes = save_baseline(db, account.uuid, args.save_baseline, as_of=args.as_of)
    if args.json:
        print_json({"uuid": changes.created[0], "name": args.save_baseline, "account": account.name})
    else:
        info(f"Saved the baseline {args.save_baseline!r} of {account.name}")
    return 0


def _baselines(db, account, args) -> int:
    from planner.stakeholders.baseline import list_baselines

    found = list_baselines(db, account.uuid)
    if args.json:
        print_json(list(found))
        return 0
    if not found:
        info(f"No baselines for {account.name} yet (kap map --save-baseline NAME).")
        return 0
    print_table(["Name", "As of", "Taken", "People"],
                [[b.name, b.as_of.isoformat(), b.taken_at.isoformat(timespec="minutes"), str(b.people)]
                 for b in found], right={3})
    return 0


def _diff(db, account, args) -> int:
    from planner.stakeholders.baseline import diff_since

    diff = diff_since(db, account.uuid, args.diff, as_of=args.as_of)
    if args.json:
        print_json(diff)
        return 0
    info(f"Since {args.diff} ({diff.baseline_as_of}): people {diff.people_before} → {diff.people_after}, "
         f"owned {diff.covered_before} → {diff.covered_after}")
    if not diff.changes:
        info("No changes.")
        return 0
    rows = []
    for change in diff.changes:
        detail = " → ".join(str(v) for v in (change.before, change.after) if v is not None)
        if change.other_name:
            detail = f"{detail} ({change.other_name})" if detail else change.other_name
        rows.append([change.kind.value.replace("_", " "), change.name, detail])
    print_table(["Change", "Person", "Detail"], rows)
    return 0
