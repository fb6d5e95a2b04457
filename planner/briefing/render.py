"""Render: the decided briefing as a .docx on the template, in the briefing's language.

Real Word styles (Title, Heading 1–3, List Bullet, the template's table styles),
so the navigation pane and a table of contents work and a corporate template
restyles everything. The renderer sees only the audience's model from ``decide``;
what it writes around it (header, footer, core properties, picture alt texts)
comes from the lexicon and the account's name, never from internal fields.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from planner.briefing import docx_kit as kit
from planner.briefing import model as m
from planner.briefing.docx_kit import Cell
from planner.briefing.lexicon import Lexicon
from planner.briefing.request import Audience
from planner.briefing.typography import NBSP

APP = "Key Account Planner"


#: Our template: resources/templates beside the packages (in the app bundle as well).
DEFAULT_TEMPLATE = Path(__file__).resolve().parents[2] / "resources" / "templates" / "briefing.docx"


def default_template() -> Path:
    return DEFAULT_TEMPLATE


def render(briefing: m.Briefing, template: Path | None = None,
           tick: Callable[[m.SectionKind], None] | None = None) -> bytes:
    """The .docx bytes; ``tick`` is called after each section (progress, cancellation)."""
    lx = Lexicon(briefing.lang)
    doc = kit.open_template(template or default_template())
    kit.set_language(doc, briefing.lang)
    writer = Writer(doc, lx, briefing)
    for section in briefing.sections:
        writer.write(section)
        if tick is not None:
            tick(section.kind_of_section)
    writer.finish()
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


class Writer:
    """Writes one briefing's sections into a document."""

    def __init__(self, doc, lx: Lexicon, briefing: m.Briefing) -> None:
        self.doc = doc
        self.lx = lx
        self.briefing = briefing
        self.width_cm = kit.text_width_cm(doc)
        self.landscape = False

    def write(self, section: m.Section) -> None:
        from planner.briefing.render_sections import WRITERS

        wide = isinstance(section, m.MapSection)
        if wide != self.landscape:
            kit.turn_page(self.doc, landscape=wide)
            self.landscape = wide
            self.width_cm = kit.text_width_cm(self.doc)
        WRITERS[type(section)](self, section)

    # ------------------------------------------------------------------ shared pieces

    def h(self, text: str, level: int = 1) -> None:
        kit.heading(self.doc, text, level)

    def bullets(self, points: tuple[m.Point, ...], *, sources: bool = True) -> None:
        for point in points:
            keep = sources and bool(point.sources)
            kit.paragraph(self.doc, self.lx.point(point), "List Bullet", keep_next=keep)
            if sources and point.sources:
                self.sources(point.sources)

    def sources(self, sources: tuple[m.Source, ...], shown: int = 4) -> None:
        items = [self.lx.source(s) for s in sources[:shown]]
        if len(sources) > shown:
            items.append(self.lx("and_more", n=len(sources) - shown))
        kit.paragraph(self.doc, self.lx("sources", items="; ".join(items)), "Source Note")

    def people_cell(self, name: str, title: str | None) -> Cell:
        return Cell(name, bold=True, second=self.lx.text(title) if title else None)

    # ------------------------------------------------------------------ document frame

    def finish(self) -> None:
        lx, b = self.lx, self.briefing
        date_text = lx.day(b.day)
        footer = (lx("footer_client", account=b.account, date=lx.day(self._prepared()))
                  if b.audience is Audience.CLIENT else lx("footer_internal", date=lx.day(self._prepared())))
        page_label = lx("page", page="{page}", pages="{pages}")
        kit.fill_placeholders(self.doc, {"header": lx("header", account=b.account, date=date_text),
                                         "footer": footer}, page_label)
        props = self.doc.core_properties
        title = lx("doc_title_client" if b.audience is Audience.CLIENT else "doc_title")
        props.title = f"{title}: {b.account}"
        props.subject = lx("doc_subject", account=b.account, date=date_text)
        cover = b.section(m.SectionKind.COVER)
        author = cover.prepared_by if isinstance(cover, m.Cover) and cover.prepared_by else APP
        props.author = author
        props.last_modified_by = author
        for name in ("comments", "keywords", "category", "content_status", "identifier", "version"):
            setattr(props, name, "")
        props.language = "ru-RU" if b.lang == "ru" else "en-GB"
        props.revision = 1
        now = datetime.now(UTC).replace(microsecond=0, tzinfo=None)
        props.created = props.modified = now

    def _prepared(self):
        cover = self.briefing.section(m.SectionKind.COVER)
        return cover.prepared_on if isinstance(cover, m.Cover) else self.briefing.day


def nb(text: str) -> str:
    """Spaces to non-breaking ones (short values that must not wrap)."""
    return text.replace(" ", NBSP)
