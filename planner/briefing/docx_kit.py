"""The python-docx pieces the briefing is built from: template, styles, tables, pictures, fields.

Everything here works on any template: a style the template lacks falls back to
a built-in one, and the header and footer placeholders (``{header}``,
``{footer}``, ``{page_label}``, ``{page}``, ``{pages}``) are filled wherever
they appear. python-docx is imported by the caller's first use of this module,
never at CLI start-up.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterable, Mapping, Sequence
from copy import deepcopy
from dataclasses import dataclass
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

#: Text width of our A4 template (17 cm); a corporate template's own width is read from it.
DEFAULT_WIDTH_CM = 17.0
#: Logical style → the style used, and what to fall back to where a template lacks it.
FALLBACKS: dict[str, tuple[str, ...]] = {
    "Title": ("Title", "Heading 1"),
    "Subtitle": ("Subtitle", "Normal"),
    "Heading 1": ("Heading 1",),
    "Heading 2": ("Heading 2",),
    "Heading 3": ("Heading 3",),
    "List Bullet": ("List Bullet", "List Paragraph", "Normal"),
    "Caption": ("Caption", "Normal"),
    "Table Text": ("Table Text", "Normal"),
    "Source Note": ("Source Note", "Caption", "Normal"),
    "Briefing Table": ("Briefing Table", "Table Grid", None),
    "Briefing Facts": ("Briefing Facts", "Briefing Table", "Table Grid", None),
}
_TOKEN = re.compile(r"\{(header|footer|page_label|page|pages)\}")
STATUS_INK = {"good": "2E7D4F", "warn": "B7791F", "bad": "C0392B", "none": "6B7480"}


@dataclass(frozen=True)
class Cell:
    """A table cell's text with its emphasis; ``second`` is a smaller line below it."""

    text: str
    bold: bool = False
    ink: str | None = None
    second: str | None = None


def open_template(path: Path) -> Document:
    """The template with its body emptied (page set-up, header and footer kept)."""
    doc = Document(str(path))
    body = doc.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)
    for rel_id, rel in list(doc.part.rels.items()):
        if rel.reltype.endswith("/comments") or rel.reltype.endswith("/commentsExtended"):
            del doc.part.rels[rel_id]
    return doc


def style_name(doc: Document, logical: str) -> str | None:
    """The template's style for a logical name, or the best fallback it has."""
    return _style(doc, logical)[0]


def _style(doc: Document, logical: str) -> tuple[str | None, str | None]:
    """(name, style id) for a logical style, looked up once per document: python-docx
    searches every style by name on each assignment, which costs more than the tables."""
    cache = doc.__dict__.setdefault("_kap_styles", {})
    if logical not in cache:
        cache[logical] = (None, None)
        for name in FALLBACKS.get(logical, (logical,)):
            if name is None:
                break
            try:
                cache[logical] = (name, doc.styles[name].style_id)
            except KeyError:
                continue
            break
    return cache[logical]


def _styled(para_element, doc: Document, logical: str) -> None:
    style_id = _style(doc, logical)[1]
    if style_id is not None:
        para_element.style = style_id


def _add_paragraph(doc: Document, logical: str):
    para = doc.add_paragraph()
    _styled(para._p, doc, logical)
    return para


def text_width_cm(doc: Document) -> float:
    section = doc.sections[-1]
    try:
        return (section.page_width - section.left_margin - section.right_margin) / 360000
    except TypeError:
        return DEFAULT_WIDTH_CM


def set_language(doc: Document, lang: str) -> None:
    """The document's proofing language (spelling, hyphenation): en-GB or ru-RU."""
    defaults = doc.styles.element.find(qn("w:docDefaults"))
    if defaults is None:
        return
    rpr = defaults.find(qn("w:rPrDefault"))
    rpr = rpr.find(qn("w:rPr")) if rpr is not None else None
    if rpr is None:
        return
    found = rpr.find(qn("w:lang"))
    if found is None:
        found = parse_xml(f'<w:lang {nsdecls("w")}/>')
        rpr.append(found)
    found.set(qn("w:val"), "ru-RU" if lang == "ru" else "en-GB")


# --------------------------------------------------------------------------- paragraphs


def paragraph(doc: Document, text: str = "", style: str = "Normal", *, bold: bool = False,
              keep_next: bool = False, align: str | None = None):
    found = style_name(doc, style) or "Normal"
    para = _add_paragraph(doc, style)
    if text:
        run = para.add_run(text)
        run.bold = bold or None
    if found != "List Bullet" and style == "List Bullet" and text:
        para.runs[0].text = "• " + text
    if keep_next:
        para.paragraph_format.keep_with_next = True
    if align == "center":
        para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return para


def heading(doc: Document, text: str, level: int):
    return paragraph(doc, text, f"Heading {level}")


def rich(doc: Document, parts: Iterable[tuple[str, bool]], style: str = "Normal"):
    """A paragraph of runs, each (text, bold)."""
    para = _add_paragraph(doc, style)
    for text, bold in parts:
        para.add_run(text).bold = bold or None
    return para


# --------------------------------------------------------------------------- tables


#: Tables up to this many rows are kept on one page (when they fit), longer ones flow.
KEEP_TOGETHER_ROWS = 14


def table(doc: Document, headers: Sequence[str] | None, rows: Sequence[Sequence[Cell | str]],
          widths: Sequence[float], *, right: Iterable[int] = (), style: str = "Briefing Table"):
    """A table at the text width: ``widths`` are shares; the header row repeats on every page
    (w:tblHeader), no row breaks across pages (w:cantSplit), and a short table stays whole."""
    right = set(right)
    columns = len(widths)
    total = sum(widths)
    width_cm = text_width_cm(doc)
    twips = [int(width_cm * 567 * w / total) for w in widths]
    count = len(rows) + (1 if headers else 0)
    grid = doc.add_table(rows=count, cols=columns)
    style_id = _style(doc, style)[1]
    if style_id:
        grid._tbl.tblPr.style = style_id
    grid.autofit = False  # a fixed layout (w:tblLayout): the widths below hold in Word and LibreOffice
    tbl_pr = grid._tbl.tblPr
    look = tbl_pr.find(qn("w:tblLook"))
    if look is None:
        look = parse_xml(f'<w:tblLook {nsdecls("w")}/>')
        tbl_pr.append(look)
    has_header = headers is not None
    facts_style = style == "Briefing Facts"
    for attr, value in (("firstRow", has_header), ("lastRow", False), ("firstColumn", facts_style),
                        ("lastColumn", False), ("noHBand", facts_style), ("noVBand", True)):
        look.set(qn(f"w:{attr}"), "1" if value else "0")
    look.set(qn("w:val"), "04A0" if has_header else "0080")
    tbl_w = tbl_pr.find(qn("w:tblW"))
    if tbl_w is None:
        tbl_w = parse_xml(f'<w:tblW {nsdecls("w")}/>')
        tbl_pr.append(tbl_w)
    tbl_w.set(qn("w:w"), str(sum(twips)))
    tbl_w.set(qn("w:type"), "dxa")
    for col, w in zip(grid._tbl.tblGrid.findall(qn("w:gridCol")), twips, strict=True):
        col.set(qn("w:w"), str(w))
    all_rows = ([list(headers)] if headers else []) + [list(r) for r in rows]
    keep = len(all_rows) <= KEEP_TOGETHER_ROWS
    for r, (row, values) in enumerate(zip(grid.rows, all_rows, strict=True)):
        tr_pr = row._tr.get_or_add_trPr()
        tr_pr.append(parse_xml(f'<w:cantSplit {nsdecls("w")}/>'))
        if r == 0 and has_header:
            tr_pr.append(parse_xml(f'<w:tblHeader {nsdecls("w")}/>'))
        for c, (cell, value) in enumerate(zip(row.cells, values, strict=True)):
            cell.width = twips[c] * 635
            _fill(doc, cell, value if isinstance(value, Cell) else Cell(str(value)), c in right,
                  keep and r < len(all_rows) - 1)
    return grid


def _fill(doc: Document, cell, value: Cell, right: bool, keep_next: bool) -> None:
    para = cell.paragraphs[0]
    _styled(para._p, doc, "Table Text")
    if right:
        para.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if keep_next:
        para.paragraph_format.keep_with_next = True
    run = para.add_run(value.text)
    run.bold = value.bold or None
    if value.ink:
        run.font.color.rgb = RGBColor.from_string(value.ink)
    if value.second:
        para.add_run().add_break()
        small = para.add_run(value.second)
        small.font.size = Pt(8)
        small.font.color.rgb = RGBColor.from_string(STATUS_INK["none"])


def facts(doc: Document, pairs: Sequence[tuple[str, str]], *, columns: int = 1):
    """Label–value pairs as a borderless table; ``columns`` pairs side by side."""
    if not pairs:
        return None
    rows = []
    for i in range(0, len(pairs), columns):
        chunk = list(pairs[i:i + columns]) + [("", "")] * (columns - len(pairs[i:i + columns]))
        rows.append([cell for label, value in chunk for cell in (Cell(label, bold=True, ink="5A6270"),
                                                                 Cell(value))])
    widths = [1.25, 1.75] * columns if columns > 1 else [1.0, 3.0]
    return table(doc, None, rows, widths, style="Briefing Facts")


def space(doc: Document, points: float = 4):
    para = _add_paragraph(doc, "Table Text")
    para.paragraph_format.space_after = Pt(points)
    return para


# --------------------------------------------------------------------------- pictures


def picture(doc: Document, png: bytes, width_cm: float, alt: str) -> None:
    """A picture on its own centred line, kept with what follows, with audience-safe alt text."""
    para = doc.add_paragraph()
    para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    para.paragraph_format.keep_with_next = True
    para.paragraph_format.space_after = Pt(2)
    shape = para.add_run().add_picture(io.BytesIO(png), width=Cm(min(width_cm, text_width_cm(doc))))
    doc_pr = shape._inline.docPr
    doc_pr.set("descr", alt)
    doc_pr.set("title", alt)
    doc_pr.set("name", "Chart")
    pic_name = shape._inline.find(".//" + qn("pic:cNvPr"))
    if pic_name is not None:
        pic_name.set("name", "chart.png")
        pic_name.set("descr", alt)


# --------------------------------------------------------------------------- sections


def turn_page(doc: Document, landscape: bool) -> None:
    """Start a new page in the other orientation (a wide org chart reads better landscape),
    with the first section's header and footer, their right tab moved to the new width."""
    from docx.enum.section import WD_ORIENT, WD_SECTION

    section = doc.add_section(WD_SECTION.NEW_PAGE)
    first = doc.sections[0]  # (read after adding: before, the first section was the last one)
    old_width = int(first.page_width - first.left_margin - first.right_margin)
    short, long = sorted((first.page_width, first.page_height))
    section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = (long, short) if landscape else (short, long)
    new_width = int(section.page_width - section.left_margin - section.right_margin)
    for source, target in ((first.header, section.header), (first.footer, section.footer)):
        if source.is_linked_to_previous:
            continue
        target.is_linked_to_previous = False
        _copy_part(source, target, old_width // 635, new_width // 635)


def _copy_part(source, target, old_tab: int, new_tab: int) -> None:
    """The source header's (or footer's) paragraphs in the target, pictures re-linked."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT

    body = target._element
    for child in list(body):
        body.remove(child)
    for child in source._element:
        copy = deepcopy(child)
        for blip in copy.iter(qn("a:blip")):
            rel_id = blip.get(qn("r:embed"))
            if rel_id in source.part.related_parts:
                blip.set(qn("r:embed"), target.part.relate_to(source.part.related_parts[rel_id], RT.IMAGE))
        for para in copy.iter(qn("w:p")) if copy.tag != qn("w:p") else [copy]:
            if old_tab != new_tab and para.find(".//" + qn("w:tab")) is not None:
                tabs = para.get_or_add_pPr().get_or_add_tabs()  # in its schema place
                tabs.append(parse_xml(f'<w:tab {nsdecls("w")} w:val="clear" w:pos="{old_tab}"/>'))
                tabs.append(parse_xml(f'<w:tab {nsdecls("w")} w:val="right" w:pos="{new_tab}"/>'))
        body.append(copy)


# --------------------------------------------------------------------------- header, footer


def fill_placeholders(doc: Document, values: Mapping[str, str], page_label: str) -> None:
    """``{header}``, ``{footer}`` and ``{page_label}`` in every header and footer; the page
    label's ``{page}`` and ``{pages}`` become PAGE and NUMPAGES fields."""
    for section in doc.sections:
        for part in (section.header, section.footer, section.first_page_header,
                     section.first_page_footer, section.even_page_header, section.even_page_footer):
            if part.is_linked_to_previous:  # no part of its own (reading it would add one)
                continue
            for para in part.paragraphs:
                _fill_paragraph(para, values, page_label)
            for grid in part.tables:
                for row in grid.rows:
                    for cell in row.cells:
                        for para in cell.paragraphs:
                            _fill_paragraph(para, values, page_label)


def _fill_paragraph(para, values: Mapping[str, str], page_label: str) -> None:
    # Runs of text and tabs are rewritten; runs holding a picture (the logo) stay as they are.
    text_runs = [r for r in para._p.findall(qn("w:r")) if r.find(qn("w:drawing")) is None
                 and (r.find(qn("w:t")) is not None or r.find(qn("w:tab")) is not None)]
    text = "".join(("\t" if node.tag == qn("w:tab") else node.text or "")
                   for r in text_runs for node in r if node.tag in (qn("w:t"), qn("w:tab")))
    if not _TOKEN.search(text):
        return
    text = text.replace("{page_label}", page_label)
    with_text = [r for r in text_runs if r.find(qn("w:t")) is not None]
    model = with_text[0].find(qn("w:rPr")) if with_text else None
    model = deepcopy(model) if model is not None else None
    for r in text_runs:
        para._p.remove(r)
    for piece in re.split(r"(\{page\}|\{pages\}|\t)", text):
        if not piece:
            continue
        if piece in ("{page}", "{pages}"):
            field = "PAGE" if piece == "{page}" else "NUMPAGES"
            node = parse_xml(f'<w:fldSimple {nsdecls("w")} w:instr=" {field} ">'
                             '<w:r><w:t>1</w:t></w:r></w:fldSimple>')
            if model is not None:
                node.find(qn("w:r")).insert(0, deepcopy(model))
            para._p.append(node)
            continue
        run = parse_xml(f'<w:r {nsdecls("w")}/>')
        if model is not None:
            run.append(deepcopy(model))
        if piece == "\t":
            run.append(parse_xml(f'<w:tab {nsdecls("w")}/>'))
        else:
            piece = _TOKEN.sub(lambda m: values.get(m.group(1), ""), piece)
            node = parse_xml(f'<w:t {nsdecls("w")} xml:space="preserve"/>')
            node.text = piece
            run.append(node)
        para._p.append(run)
