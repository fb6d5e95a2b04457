"""``kap brief``: the Word briefing for a client meeting.

    kap brief --account A --out F.docx [--meeting ID | --date D --attendees "X; Y"]
              [--audience internal|client] [--lang en|ru] [--template T.docx]
    kap brief --account A --meetings          (the meetings to choose from)

The language defaults to the account's own (English where it is neither).
Unknown attendee names are bad input (exit 2), listed with the closest names.
"""

from __future__ import annotations

import argparse
import uuid
from pathlib import Path

from planner.cli.args import iso_date
from planner.cli.output import info, print_json, print_table
from planner.database import open_planner_database
from planner.errors import ErrorCode, PlannerError, ValidationError
from planner.services import accounts as accounts_service


def register(sub, parents) -> None:
    parser = sub.add_parser(
        "brief", parents=parents, help="write the Word briefing for a client meeting",
        description="Writes the meeting briefing as a .docx: for a meeting from the timeline "
                    "(--meeting, an interaction's UUID; see --meetings) or for a date with "
                    "attendees from the account's people. The client audience leaves out "
                    "everything internal.",
    )
    parser.add_argument("--account", required=True, metavar="NAME", help="name, unique prefix or UUID")
    parser.add_argument("--out", metavar="FILE.docx", help="where to write the briefing")
    parser.add_argument("--meeting", metavar="ID", help="the meeting: an interaction's UUID")
    parser.add_argument("--date", type=iso_date, metavar="YYYY-MM-DD", help="the meeting's date")
    parser.add_argument("--attendees", metavar='"NAME; NAME"',
                        help="the client's people at the meeting (with --date), separated by ;")
    parser.add_argument("--team", metavar='"NAME; NAME"',
                        help="our people at the meeting (with --date; default: the account's owner)")
    parser.add_argument("--place", help="where the meeting is (with --date)")
    parser.add_argument("--subject", help="what the meeting is about")
    parser.add_argument("--audience", choices=("internal", "client"), default="internal",
                        help="internal (everything) or client (nothing internal); default internal")
    parser.add_argument("--lang", choices=("en", "ru"), help="language of the document "
                        "(default: the account's language)")
    parser.add_argument("--template", metavar="FILE.docx", help="a corporate Word template to use")
    parser.add_argument("--as-of", type=iso_date, default=None, metavar="DATE",
                        help="date the data as of this day, YYYY-MM-DD (default: today)")
    parser.add_argument("--meetings", action="store_true",
                        help="list the account's recent and upcoming meetings instead")
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.set_defaults(handler=brief)


def _names(text: str | None) -> list[str]:
    return [n.strip() for n in (text or "").split(";") if n.strip()]


def _usage(message: str) -> PlannerError:
    return PlannerError(ErrorCode.INVALID, message)


def _check(args: argparse.Namespace) -> None:
    if args.meetings:
        return
    if not args.out:
        raise _usage("--out FILE.docx is needed (or --meetings to list the meetings)")
    out = Path(args.out)
    if out.suffix.lower() != ".docx":
        raise ValidationError("out", f"{out.name}: the briefing is written as .docx")
    if not out.parent.is_dir():
        raise ValidationError("out", f"no folder {out.parent}")
    if args.meeting and (args.date or args.attendees or args.team):
        raise _usage("--meeting brings its own date and attendees; leave out --date, --attendees, --team")
    if not args.meeting and not args.date:
        raise _usage("choose the meeting: --meeting ID (see --meetings) or --date YYYY-MM-DD")
    if args.attendees and not args.date:
        raise _usage("--attendees go with --date")
    if args.template and not Path(args.template).is_file():
        raise ValidationError("template", f"no template file {args.template}")


def brief(args: argparse.Namespace) -> int:
    _check(args)
    from planner.briefing import service
    from planner.briefing.request import Audience, BriefingRequest

    db = open_planner_database(args.db)
    try:
        account = accounts_service.resolve(db, args.account)
        if args.meetings:
            return _list_meetings(db, account, args)
        meeting = None
        if args.meeting:
            try:
                meeting = uuid.UUID(args.meeting.strip())
            except ValueError:
                raise ValidationError("meeting", f"{args.meeting!r} is not a meeting ID (a UUID; see "
                                                 "--meetings)") from None
        attendees = team = ()
        if args.attendees:
            people = service.account_people(db, account.uuid)
            attendees = service.resolve_names(_names(args.attendees), people, f"person at {account.name}")
        if args.team:
            team = service.resolve_names(_names(args.team), service.team_members(db), "team member")
        lang = args.lang or _account_language(db, account.uuid)
        request = BriefingRequest(
            account=account.uuid, meeting=meeting, date=args.date, attendees=attendees, team=team,
            place=args.place, subject=args.subject, audience=Audience(args.audience), lang=lang,
            as_of=args.as_of, template=Path(args.template) if args.template else None,
        )
        result = service.build_briefing(db, request, out=Path(args.out))
    finally:
        db.close()
    if args.json:
        print_json({"path": str(result.path), "account": account.name, "account_uuid": account.uuid,
                    "audience": args.audience, "lang": lang, "sections": list(result.sections),
                    "talking_points": result.talking_points, "questions": result.questions,
                    "pictures": result.pictures, "seconds": round(result.seconds, 2)})
    else:
        info(f"Wrote the {args.audience} briefing ({lang}) for {account.name} to {result.path}: "
             f"{len(result.sections)} sections, {result.talking_points} talking points, "
             f"{result.questions} questions, {result.pictures} pictures, in {result.seconds:.1f} s")
    return 0


def _account_language(db, account_uuid: uuid.UUID) -> str:
    language = (accounts_service.get(db, account_uuid).language or "en").split("-")[0].lower()
    return language if language in ("en", "ru") else "en"


def _list_meetings(db, account, args: argparse.Namespace) -> int:
    from planner.briefing.service import list_meetings

    found = list_meetings(db, account.uuid, as_of=args.as_of)
    if args.json:
        print_json(list(found))
        return 0
    if not found:
        info(f"No meetings of {account.name} in the last 60 or next 90 days; use --date and --attendees.")
        return 0
    rows = []
    for m in found:
        people = ", ".join(m.people[:3]) + (" …" if len(m.people) > 3 else "")
        when = m.occurred_at.strftime("%Y-%m-%d %H:%M") + (" *" if m.upcoming else "")
        rows.append([str(m.uuid), when, m.kind.value, m.subject or "—", people])
    print_table(["ID", "When (UTC)", "Kind", "Subject", "People"], rows)
    return 0
