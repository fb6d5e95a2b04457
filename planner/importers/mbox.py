"""Unix mailboxes (.mbox, as Thunderbird and Google Takeout write them), one message at a time.

Read as a stream: a mailbox of several gigabytes never sits in memory, only the
message being parsed. ">From " escaping (mboxrd) is undone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from planner.importers.email_eml import parse_mail
from planner.importers.records import InteractionRecord
from planner.importers.report import Rejection

_SEPARATOR = re.compile(rb"^From \S+")
_ESCAPED = re.compile(rb"^>+From ")
#: A single message larger than this is rejected rather than held in memory.
MAX_MESSAGE_BYTES = 64 * 1024 * 1024


def messages(path: Path) -> Iterator[tuple[int, bytes]]:
    """(number from 1, raw bytes) of each message in the mailbox."""
    number = 0
    chunks: list[bytes] = []
    size = 0
    previous_blank = True
    with path.open("rb") as handle:
        for line in handle:
            if previous_blank and _SEPARATOR.match(line):
                if number:
                    yield number, b"".join(chunks)
                number += 1
                chunks, size = [], 0
                previous_blank = False
                continue
            previous_blank = not line.strip()
            if not number:
                continue  # text before the first separator is not a message
            if _ESCAPED.match(line):
                line = line[1:]
            size += len(line)
            if size <= MAX_MESSAGE_BYTES:
                chunks.append(line)
    if number:
        yield number, b"".join(chunks)


def parse_mbox(path: Path) -> Iterator[InteractionRecord | Rejection]:
    for number, raw in messages(path):
        yield parse_mail(raw, row=number)
