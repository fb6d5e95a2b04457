"""Builds resources/templates/briefing.docx, the Word template the meeting briefing is written on.

This script is the source; the .docx is what users and the app need at run time,
so it is kept in the repository beside it. Run it after changing a style:

    .venv/bin/python resources/templates/make_briefing_template.py

The output is byte-for-byte reproducible (fixed dates, fixed zip timestamps), so
a regenerated template shows in a diff only where a style really changed.

What the template holds: A4 pages; Normal in Calibri 10.5 pt (Word's default
sans; LibreOffice substitutes the metric-compatible Carlito); Title, Subtitle,
Heading 1–3 with outline levels (navigation pane, table of contents); Caption,
List Bullet; "Table Text" and "Source Note" paragraph styles; the "Briefing
Table" (header row) and "Briefing Facts" (label column) table styles; a header
with a logo slot (a picture the user replaces) and ``{header}``, and a footer
with ``{footer}`` and ``{page_label}`` (page X of Y), which the briefing fills in.
A corporate template may use the same placeholders and style names.
"""

from __future__ import annotations

import io
import sys
import zipfile
from datetime import UTC, datetime
from pathlib import Path

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

HERE = Path(__file__).resolve().parent
OUT = HERE / "briefing.docx"
FONT = "Calibri"
INK = "1F2328"
ACCENT = "1F4E79"
MUTED = "5A6270"
RULE = "C9D1DC"
FIXED = datetime(2026, 1, 1, tzinfo=UTC)
TEXT_WIDTH_TWIPS = 9638  # 17 cm between the margins

APP_XML = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
    'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
    "<Template>briefing.dotx</Template><Application>Key Account Planner</Application>"
    "<DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop><Company/>"
    "<LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc>"
    "<HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0000</AppVersion></Properties>"
)


def build(target: Path = OUT) -> Path:
    """Write the template to ``target`` and return it."""
    doc = Document()
    _defaults(doc)
    _paragraph_styles(doc)
    _table_styles(doc)
    _page(doc)
    _header_footer(doc)
    _specimen(doc)
    _properties(doc)
    buffer = io.BytesIO()
    doc.save(buffer)
    target.write_bytes(_reproducible(buffer.getvalue()))
    return target


# --------------------------------------------------------------------------- styles


def _fonts(rpr, name: str = FONT) -> None:
    """Explicit font names on an rPr (theme fonts would override them)."""
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.insert(0, fonts)
    for attr in list(fonts.attrib):
        del fonts.attrib[attr]
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attr), name)


def _defaults(doc) -> None:
    styles = doc.styles.element
    rpr = styles.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    _fonts(rpr)
    rpr.find(qn("w:sz")).set(qn("w:val"), "21")
    rpr.find(qn("w:szCs")).set(qn("w:val"), "21")
    lang = rpr.find(qn("w:lang"))
    lang.set(qn("w:val"), "en-GB")
    ppr = styles.find(qn("w:docDefaults")).find(qn("w:pPrDefault")).find(qn("w:pPr"))
    spacing = ppr.find(qn("w:spacing"))
    spacing.set(qn("w:after"), "80")
    spacing.set(qn("w:line"), "264")
    # Every defined style names its fonts outright (no theme fonts), so a reader's theme
    # cannot swap them, and a missing Calibri falls back to a sans (see the font table).
    for style in styles.iter(qn("w:style")):
        own = style.find(qn("w:rPr"))
        if own is not None and own.find(qn("w:rFonts")) is not None:
            _fonts(own)
    # The ink colour sits in the defaults, below table styles, so a header row can be white.
    rpr.find(qn("w:sz")).addprevious(parse_xml(f'<w:color {nsdecls("w")} w:val="{INK}"/>'))
    _font_table(doc)


def _font_table(doc) -> None:
    """Declare Calibri as a Swiss sans with its panose, so substitutes are sans too."""
    part = next(rel.target_part for rel in doc.part.rels.values() if rel.reltype == RT.FONT_TABLE)
    table = part.element if hasattr(part, "element") else parse_xml(part.blob)
    for font in table.findall(qn("w:font")):
        if font.get(qn("w:name")) == FONT:
            table.remove(font)
    table.append(parse_xml(
        f'<w:font {nsdecls("w")} w:name="{FONT}"><w:altName w:val="Carlito"/>'
        '<w:panose1 w:val="020F0502020204030204"/><w:charset w:val="CC"/><w:family w:val="swiss"/>'
        '<w:pitch w:val="variable"/></w:font>'))
    if not hasattr(part, "element"):
        from lxml import etree

        part._blob = etree.tostring(table, xml_declaration=True, encoding="UTF-8", standalone=True)


def _para(doc, name: str, *, size: float, bold: bool = False, italic: bool = False, colour: str | None = None,
          before: float = 0, after: float = 4, keep_next: bool = False, outline: int | None = None,
          base: str | None = None, line: float | None = None) -> None:
    try:
        style = doc.styles[name]
    except KeyError:
        style = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.quick_style = True
    if base:
        style.base_style = doc.styles[base]
    font = style.font
    font.size = Pt(size)
    font.bold = bold or None  # never "not bold": a table style's bold header row must show
    font.italic = italic or None
    if colour:
        font.color.rgb = RGBColor.from_string(colour)
    fmt = style.paragraph_format
    fmt.space_before = Pt(before)
    fmt.space_after = Pt(after)
    if line is not None:
        fmt.line_spacing = line
    fmt.keep_with_next = keep_next or None
    if keep_next:
        fmt.keep_together = True
    rpr = style.element.get_or_add_rPr()
    _fonts(rpr)
    ppr = style.element.get_or_add_pPr()
    for old in ppr.findall(qn("w:pBdr")):
        ppr.remove(old)
    for old in ppr.findall(qn("w:contextualSpacing")):
        ppr.remove(old)
    if outline is not None:
        level = ppr.find(qn("w:outlineLvl"))
        if level is None:
            level = ppr.makeelement(qn("w:outlineLvl"), {})
            ppr.append(level)
        level.set(qn("w:val"), str(outline))


def _rule_below(doc, name: str, colour: str, size: int = 6) -> None:
    ppr = doc.styles[name].element.get_or_add_pPr()
    border = parse_xml(f'<w:pBdr {nsdecls("w")}><w:bottom w:val="single" w:sz="{size}" w:space="2" '
                       f'w:color="{colour}"/></w:pBdr>')
    ppr.insert(_after_keep(ppr), border)


def _after_keep(ppr) -> int:
    """Where a pBdr goes in a pPr (after keepNext/keepLines/pageBreakBefore, per the schema)."""
    index = 0
    for i, child in enumerate(ppr):
        if child.tag in (qn("w:pStyle"), qn("w:keepNext"), qn("w:keepLines"), qn("w:pageBreakBefore"),
                         qn("w:framePr"), qn("w:widowControl"), qn("w:numPr"), qn("w:suppressLineNumbers")):
            index = i + 1
    return index


def _paragraph_styles(doc) -> None:
    _para(doc, "Title", size=24, colour=ACCENT, after=2, line=1.0)
    _para(doc, "Subtitle", size=13, colour=MUTED, after=14, line=1.0)
    subtitle = doc.styles["Subtitle"].element.get_or_add_rPr()
    for old in subtitle.findall(qn("w:spacing")):
        subtitle.remove(old)
    _para(doc, "Heading 1", size=15, bold=True, colour=ACCENT, before=16, after=6, keep_next=True, outline=0)
    _rule_below(doc, "Heading 1", ACCENT, 6)
    _para(doc, "Heading 2", size=12, bold=True, colour=ACCENT, before=11, after=3, keep_next=True, outline=1)
    _para(doc, "Heading 3", size=10.5, bold=True, colour="2F3B4C", before=7, after=2, keep_next=True,
          outline=2)
    _para(doc, "Caption", size=8.5, italic=True, colour=MUTED, before=2, after=10)
    _para(doc, "List Bullet", size=10.5, after=3)
    _para(doc, "Table Text", size=9, after=0, line=1.0, base="Normal")
    _para(doc, "Source Note", size=8, italic=True, colour=MUTED, after=5, line=1.0, base="Normal")
    doc.styles["Source Note"].paragraph_format.left_indent = Cm(0.63)
    for name in ("Header", "Footer"):
        _para(doc, name, size=8.5, colour=MUTED, after=0, line=1.0)
        ppr = doc.styles[name].element.get_or_add_pPr()
        for old in ppr.findall(qn("w:tabs")):
            ppr.remove(old)
        doc.styles[name].paragraph_format.tab_stops.add_tab_stop(Cm(17), WD_TAB_ALIGNMENT.RIGHT)


def _table_styles(doc) -> None:
    styles = doc.styles.element
    for style_id in ("BriefingTable", "BriefingFacts"):
        for old in styles.findall(qn("w:style")):
            if old.get(qn("w:styleId")) == style_id:
                styles.remove(old)
    margins = ('<w:tblCellMar><w:top w:w="45" w:type="dxa"/><w:left w:w="85" w:type="dxa"/>'
               '<w:bottom w:w="45" w:type="dxa"/><w:right w:w="85" w:type="dxa"/></w:tblCellMar>')
    text = (f'<w:pPr><w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
            f'<w:rPr><w:rFonts w:ascii="{FONT}" w:hAnsi="{FONT}" w:cs="{FONT}" w:eastAsia="{FONT}"/>'
            '<w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr>')
    styles.append(parse_xml(
        f'<w:style {nsdecls("w")} w:type="table" w:customStyle="1" w:styleId="BriefingTable">'
        '<w:name w:val="Briefing Table"/><w:basedOn w:val="TableNormal"/>'
        '<w:uiPriority w:val="40"/><w:qFormat/>'
        f'{text}<w:tblPr><w:tblStyleRowBandSize w:val="1"/>'
        f'<w:tblBorders><w:top w:val="single" w:sz="8" w:space="0" w:color="{ACCENT}"/>'
        f'<w:bottom w:val="single" w:sz="8" w:space="0" w:color="{ACCENT}"/>'
        f'<w:insideH w:val="single" w:sz="4" w:space="0" w:color="{RULE}"/></w:tblBorders>{margins}</w:tblPr>'
        '<w:tblStylePr w:type="firstRow"><w:rPr><w:b/><w:bCs/><w:color w:val="FFFFFF"/></w:rPr>'
        f'<w:tblPr/><w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="{ACCENT}"/></w:tcPr></w:tblStylePr>'
        '<w:tblStylePr w:type="band2Horz"><w:tblPr/>'
        '<w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="F2F5F9"/></w:tcPr></w:tblStylePr>'
        '</w:style>'))
    styles.append(parse_xml(
        f'<w:style {nsdecls("w")} w:type="table" w:customStyle="1" w:styleId="BriefingFacts">'
        '<w:name w:val="Briefing Facts"/><w:basedOn w:val="TableNormal"/>'
        '<w:uiPriority w:val="41"/><w:qFormat/>'
        f'{text}<w:tblPr><w:tblBorders><w:insideH w:val="single" w:sz="4" w:space="0" w:color="{RULE}"/>'
        f'</w:tblBorders>{margins}</w:tblPr>'
        f'<w:tblStylePr w:type="firstCol"><w:rPr><w:b/><w:bCs/><w:color w:val="{MUTED}"/></w:rPr>'
        '<w:tblPr/><w:tcPr/></w:tblStylePr>'
        '</w:style>'))


# --------------------------------------------------------------------------- page


def _page(doc) -> None:
    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.top_margin, section.bottom_margin = Cm(2.2), Cm(2.0)
    section.left_margin = section.right_margin = Cm(2.0)
    section.header_distance = section.footer_distance = Cm(1.0)


def _logo() -> io.BytesIO:
    """The logo slot's picture: a neutral mark a user replaces with their own."""
    from PIL import Image, ImageDraw

    size = 240
    image = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.rounded_rectangle((0, 0, size - 1, size - 1), radius=44, fill=(0x1F, 0x4E, 0x79, 255))
    for i, height in enumerate((70, 115, 160)):
        left = 50 + i * 52
        draw.rounded_rectangle((left, 195 - height, left + 36, 195), radius=8, fill=(255, 255, 255, 255))
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=False)
    out.seek(0)
    return out


def _border(paragraph, side: str) -> None:
    ppr = paragraph._p.get_or_add_pPr()
    ppr.insert(_after_keep(ppr), parse_xml(
        f'<w:pBdr {nsdecls("w")}><w:{side} w:val="single" w:sz="4" w:space="4" w:color="{RULE}"/></w:pBdr>'))


def _header_footer(doc) -> None:
    section = doc.sections[0]
    header = section.header.paragraphs[0]
    header.style = doc.styles["Header"]
    logo = header.add_run().add_picture(_logo(), height=Cm(0.8))
    logo._inline.docPr.set("descr", "Logo")
    logo._inline.docPr.set("name", "Logo")
    header.add_run("\t{header}")
    _border(header, "bottom")
    footer = section.footer.paragraphs[0]
    footer.style = doc.styles["Footer"]
    footer.add_run("{footer}\t{page_label}")
    _border(footer, "top")


def _specimen(doc) -> None:
    """A page showing the styles; the briefing replaces the whole body."""
    doc.add_paragraph("Briefing template", style="Title")
    doc.add_paragraph("Styles of the meeting briefing", style="Subtitle")
    doc.add_paragraph(
        "Key Account Planner writes each briefing on this template: it keeps the page set-up, the "
        "header with the logo and the footer, and uses the styles below. Replace the logo picture "
        "(right-click, Change Picture) and adjust the styles; keep their names. In the header and "
        "footer, {header}, {footer} and {page_label} are filled in for each briefing.")
    doc.add_paragraph("Heading 1", style="Heading 1")
    doc.add_paragraph("Heading 2", style="Heading 2")
    doc.add_paragraph("Heading 3", style="Heading 3")
    doc.add_paragraph("A bulleted talking point.", style="List Bullet")
    doc.add_paragraph("From: the records a point stands on.", style="Source Note")
    table = doc.add_table(rows=3, cols=3)
    table.style = doc.styles["Briefing Table"]
    sample = (("Column", "Column", "Column"), ("Text", "Text", "Text"), ("Text", "Text", "Text"))
    for r, row in enumerate(sample):
        for c, value in enumerate(row):
            table.cell(r, c).paragraphs[0].text = value
            table.cell(r, c).paragraphs[0].style = doc.styles["Table Text"]
    doc.add_paragraph("A caption under a chart or table.", style="Caption")


def _properties(doc) -> None:
    props = doc.core_properties
    props.title = "Briefing template"
    props.subject = ""
    props.author = "Key Account Planner"
    props.comments = ""
    props.keywords = ""
    props.category = ""
    props.last_modified_by = ""
    props.revision = 1
    props.created = props.modified = FIXED.replace(tzinfo=None)
    package = doc.part.package
    for rel_id, rel in list(package.rels.items()):
        if rel.reltype == RT.THUMBNAIL:
            del package.rels[rel_id]
        elif rel.reltype == RT.EXTENDED_PROPERTIES:
            rel.target_part._blob = APP_XML.encode("utf-8")
    for rel_id, rel in list(doc.part.rels.items()):
        if rel.reltype.endswith("/stylesWithEffects"):
            del doc.part.rels[rel_id]


def _reproducible(data: bytes) -> bytes:
    """The same bytes on every run: fixed zip timestamps, parts in a fixed order."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        entries = sorted(source.infolist(), key=lambda i: (i.filename != "[Content_Types].xml", i.filename))
        for info in entries:
            entry = zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0))
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o644 << 16
            target.writestr(entry, source.read(info.filename))
    return out.getvalue()


if __name__ == "__main__":
    path = build(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT)
    print(f"Wrote {path}")
