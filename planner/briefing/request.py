"""What a briefing is for: the account, the meeting, the audience and the language.

A meeting is either one from the timeline (an interaction's UUID) or a date with
attendees picked from the account's people; the same request drives the outline
the app previews and the document it writes, so both always agree.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum
from pathlib import Path

from planner.errors import ValidationError

LANGS = ("en", "ru")


class Audience(StrEnum):
    """Who reads the document: our own people, or the client (nothing internal)."""

    INTERNAL = "internal"
    CLIENT = "client"


@dataclass(frozen=True)
class BriefingRequest:
    """One briefing to write; ``as_of`` dates the data (default today)."""

    account: uuid.UUID
    meeting: uuid.UUID | None = None
    date: date | None = None
    #: The client's people at the meeting (with ``date``; a timeline meeting brings its own).
    attendees: tuple[uuid.UUID, ...] = ()
    #: Our people at the meeting; empty means the account's owner (with ``date``).
    team: tuple[uuid.UUID, ...] = ()
    place: str | None = None
    subject: str | None = None
    audience: Audience = Audience.INTERNAL
    lang: str = "en"
    as_of: date | None = None
    #: A corporate .docx template whose styles the document uses; None for ours.
    template: Path | None = None

    def validated(self) -> BriefingRequest:
        """The request with its fields checked; raises ValidationError naming the field."""
        if self.lang not in LANGS:
            raise ValidationError("lang", f"a briefing is written in {' or '.join(LANGS)}")
        if self.meeting is None and self.date is None:
            raise ValidationError("meeting", "choose a meeting from the timeline, or a date")
        if self.meeting is not None and (self.date is not None or self.attendees):
            raise ValidationError("meeting", "a timeline meeting brings its own date and attendees")
        if len(set(self.attendees)) != len(self.attendees):
            raise ValidationError("attendees", "somebody is listed twice")
        if self.template is not None and not Path(self.template).is_file():
            raise ValidationError("template", f"no template file {self.template}")
        return replace(self, audience=Audience(self.audience))
