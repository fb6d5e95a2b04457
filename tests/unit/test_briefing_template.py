"""The Word template: regenerating it from its script gives the same styles, and it holds
what the briefing relies on (real heading styles, table styles, logo slot, placeholders)."""

from __future__ import annotations

import importlib.util
import zipfile
from pathlib import Path

from lxml import etree

ROOT = Path(__file__).resolve().parents[2]
TEMPLATE = ROOT / "resources" / "templates" / "briefing.docx"
SCRIPT = ROOT / "resources" / "templates" / "make_briefing_template.py"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def build_into(path: Path) -> Path:
    spec = importlib.util.spec_from_file_location("make_briefing_template", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.build(path)


def part(docx: Path, name: str) -> bytes:
    with zipfile.ZipFile(docx) as package:
        return package.read(name)


def styles(docx: Path) -> dict[str, bytes]:
    """Each style's canonical XML by its id."""
    root = etree.fromstring(part(docx, "word/styles.xml"))
    found = {"__defaults__": etree.tostring(root.find(f"{W}docDefaults"), method="c14n")}
    for style in root.iter(f"{W}style"):
        found[style.get(f"{W}styleId")] = etree.tostring(style, method="c14n")
    return found


def test_regenerating_the_template_gives_the_same_styles_header_and_footer(tmp_path):
    fresh = build_into(tmp_path / "briefing.docx")
    assert styles(fresh) == styles(TEMPLATE), "run resources/templates/make_briefing_template.py"
    for name in ("word/header1.xml", "word/footer1.xml", "word/fontTable.xml"):
        assert part(fresh, name) == part(TEMPLATE, name), name


def test_the_template_is_reproducible_to_the_byte(tmp_path):
    assert build_into(tmp_path / "a.docx").read_bytes() == build_into(tmp_path / "b.docx").read_bytes()


def test_the_template_has_the_styles_the_briefing_uses():
    from docx import Document

    doc = Document(str(TEMPLATE))
    names = {s.name for s in doc.styles}
    assert {"Title", "Subtitle", "Heading 1", "Heading 2", "Heading 3", "Caption", "List Bullet",
            "Table Text", "Source Note", "Briefing Table", "Briefing Facts"} <= names
    for level in (1, 2, 3):
        ppr = doc.styles[f"Heading {level}"].element.pPr
        assert ppr.find(f"{W}outlineLvl").get(f"{W}val") == str(level - 1)  # navigation pane, TOC
    table = doc.styles["Briefing Table"].element
    assert table.find(f"{W}tblStylePr[@{W}type='firstRow']") is not None


def test_the_header_has_a_logo_slot_and_the_footer_the_page_label():
    header = part(TEMPLATE, "word/header1.xml").decode()
    footer = part(TEMPLATE, "word/footer1.xml").decode()
    assert "<pic:pic" in header and 'descr="Logo"' in header and "{header}" in header
    assert "{footer}" in footer and "{page_label}" in footer
    section = part(TEMPLATE, "word/document.xml").decode()
    assert 'w:w="11906"' in section and 'w:h="16838"' in section  # A4
    assert "docProps/thumbnail.jpeg" not in zipfile.ZipFile(TEMPLATE).namelist()
