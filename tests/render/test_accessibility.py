"""Accessible reports: tagged PDF/UA with the charts' alternative text, and HTML that a narrow screen can read.

Dutch public bodies must publish accessible documents.  Renders one buurt of
the demo (February 2025, so there is a previous month) and reads the PDF's
structure tree back with pypdf.  A browser cannot run here; the 768-pixel
window is checked through what guarantees it: every table sits in its own box,
which scrolls sideways on screen (headless Chromium showed the overview's
tables, 880-910 pixels wide, scrolling inside their boxes at 768 pixels).
"""

from __future__ import annotations

from collections import Counter
from html.parser import HTMLParser
from itertools import pairwise
from pathlib import Path
from xml.etree import ElementTree

import pytest
import tinycss2
import tinyhtml5
from pypdf import PdfReader

from kit.data.dataset import load
from kit.data.months import as_month
from kit.render.batch import FORMATS, NOTEBOOKS, _jobs, render
from kit.render.convert import leave_out_other_parts
from kit.render.page import HOOFD, TEMPLATE_NAME, TEMPLATES

BUURT, MAAND = "zilverdistel", "2025-02"
#: Each PDF of the rendered month, the HTML page it is printed from, and the part of that page it prints.
PRINTED = {
    f"{BUURT}/maandrapport.pdf": (f"{BUURT}/maandrapport.html", HOOFD),
    f"{BUURT}/maandrapport.bijlage.pdf": (f"{BUURT}/maandrapport.html", "bijlage"),
    "overzicht.pdf": ("overzicht.html", HOOFD),
    "overzicht.bijlage.pdf": ("overzicht.html", "bijlage"),
}


class Elements(HTMLParser):
    """Every start tag of a page with its attributes and its parent's, in document order."""

    VOID = frozenset({"meta", "link", "img", "br", "hr", "input", "source", "col", "wbr"})

    def __init__(self, text: str):
        super().__init__()
        self.found: list[tuple[str, dict, tuple[str, dict] | None]] = []
        self.open: list[tuple[str, dict]] = []
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        self.found.append((tag, dict(attrs), self.open[-1] if self.open else None))
        if tag not in self.VOID:
            self.open.append((tag, dict(attrs)))

    def handle_endtag(self, tag):
        while self.open and self.open.pop()[0] != tag:
            pass

    def handle_startendtag(self, tag, attrs):
        self.found.append((tag, dict(attrs), self.open[-1] if self.open else None))

    def all(self, tag: str) -> list[tuple[dict, tuple[str, dict] | None]]:
        return [(attrs, parent) for t, attrs, parent in self.found if t == tag]


def alt_texts(html: str) -> list[str]:
    """The text alternatives of the page's charts: ``alt`` of each image, ``<title>`` of each inline SVG."""

    class Titles(HTMLParser):
        def __init__(self):
            super().__init__()
            self.texts, self.svg, self.title = [], 0, None

        def handle_starttag(self, tag, attrs):
            if tag == "img":
                self.texts.append(dict(attrs).get("alt"))
            self.svg += tag == "svg"
            if tag == "title" and self.svg:
                self.title = ""

        def handle_endtag(self, tag):
            if tag == "title" and self.title is not None:
                self.texts.append(self.title)
                self.title = None
            self.svg -= tag == "svg"

        def handle_data(self, data):
            if self.title is not None:
                self.title += data

    parser = Titles()
    parser.feed(html)
    return parser.texts


def printed(out: Path, pdf: str) -> str:
    """The HTML that ``pdf`` is printed from: its page, without the sections of the parts it does not print."""
    page, deel = PRINTED[pdf]
    text = (out / MAAND / page).read_text(encoding="utf-8")
    root = tinyhtml5.parse(text, namespace_html_elements=False)
    leave_out_other_parts(root, deel)
    for element in root.iter():  # an inline SVG's elements carry the SVG namespace: written back as <svg>, <title>
        element.tag = element.tag.rpartition("}")[2] if isinstance(element.tag, str) else element.tag
    return ElementTree.tostring(root, encoding="unicode", method="html")


def structure(reader: PdfReader) -> list[dict]:
    """Every element of the PDF's structure tree, depth first."""
    found = []

    def walk(node):
        node = node.get_object()
        if "/S" in node:
            found.append(node)
        kids = node.get("/K")
        kids = kids.get_object() if kids is not None else []
        for kid in kids if isinstance(kids, list) else [kids]:
            if hasattr(kid, "get_object") and hasattr(kid.get_object(), "get"):
                walk(kid)

    walk(reader.trailer["/Root"]["/StructTreeRoot"])
    return found


@pytest.fixture(scope="module")
def out(tmp_path_factory, demo_path) -> Path:
    """The demo's February 2025 for one buurt, after January as HTML (so there is a previous month to link)."""
    out = tmp_path_factory.mktemp("toegankelijk")
    summary = render(demo_path, "2025-01", buurten=[BUURT], out=out, jobs=2, formats=("html",), progress=False)
    assert summary.ok, summary.describe()
    summary = render(demo_path, MAAND, buurten=[BUURT], out=out, jobs=2, progress=False, bijlage=True)
    assert summary.ok, summary.describe()
    return out


@pytest.mark.slow
@pytest.mark.parametrize("pdf", PRINTED)
def test_pdf_is_tagged_pdf_ua_with_title_and_language(out, pdf):
    reader = PdfReader(out / MAAND / pdf)
    catalog = reader.trailer["/Root"]
    assert catalog["/MarkInfo"]["/Marked"].value is True
    assert catalog["/ViewerPreferences"]["/DisplayDocTitle"].value is True
    assert catalog["/Lang"] == "nl"
    assert reader.metadata.title.endswith("februari 2025")
    assert b'pdfuaid:part="1"' in catalog["/Metadata"].get_object().get_data()
    assert reader.pages[0]["/Tabs"] == "/S"  # tab order follows the structure


@pytest.mark.slow
@pytest.mark.parametrize("pdf", PRINTED)
def test_every_chart_is_a_figure_with_its_alt_text(out, pdf):
    expected = alt_texts(printed(out, pdf))
    assert all(expected), "a chart without alternative text"
    assert bool(expected) == (pdf != "overzicht.pdf")  # only the sheet and the mirror are tables alone
    figures = [e for e in structure(PdfReader(out / MAAND / pdf)) if e["/S"] == "/Figure"]
    assert Counter(str(f.get("/Alt")) for f in figures) == Counter(expected)


@pytest.mark.slow
@pytest.mark.parametrize("pdf", [f"{BUURT}/maandrapport.pdf", f"{BUURT}/maandrapport.bijlage.pdf"])
def test_structure_tree_has_the_report_s_headings_and_tables(out, pdf):
    tags = Counter(str(e["/S"]) for e in structure(PdfReader(out / MAAND / pdf)))
    page = Elements(printed(out, pdf))
    assert tags["/H1"] == 1  # the appendix printed alone opens with its own heading
    assert tags["/H2"] == len(page.all("h2")) >= 4  # every section of the part, in reading order
    # WeasyPrint builds the tree page by page: a table across a page break is two /Table elements.
    assert tags["/Table"] >= len(page.all("table"))
    assert (tags["/TH"] > 0) == bool(page.all("table"))


@pytest.mark.slow
def test_html_has_one_main_landmark_and_links_to_the_index_and_the_previous_month(out):
    page = Elements((out / MAAND / BUURT / "maandrapport.html").read_text(encoding="utf-8"))
    assert len(page.all("main")) == 1
    [(nav, _)] = page.all("nav")
    assert nav["aria-label"]
    links = [attrs["href"] for attrs, parent in page.all("a") if parent[0] == "nav"]
    assert links == ["../../index.html", f"../../2025-01/{BUURT}/maandrapport.html"]
    assert (out / MAAND / BUURT / links[0]).resolve() == (out / "index.html").resolve()

    overview = Elements((out / MAAND / "overzicht.html").read_text(encoding="utf-8"))
    assert len(overview.all("main")) == 1
    assert [a["href"] for a, parent in overview.all("a") if parent[0] == "nav"] == [
        "../index.html",
        "../2025-01/overzicht.html",
    ]

    index = Elements((out / "index.html").read_text(encoding="utf-8"))
    [(_, parent)] = index.all("main")
    assert parent[0] == "body"
    assert [parent[0] for _, parent in index.all("h1")] == ["main"]
    assert {parent[0] for _, parent in index.all("ul")} == {"main"}


def test_previous_month_is_linked_only_when_its_report_was_rendered(demo_path, tmp_path):
    """No link to a report that was never rendered: February links to January once January's report exists.

    The first month of the data has nothing to link back to.  The buurt's
    report and the overview are each linked when their own file is there.
    """
    demo = load(demo_path)

    def pages(maand):
        jobs = _jobs(demo, as_month(maand), [BUURT], tmp_path, FORMATS, NOTEBOOKS, "k")
        return {job.naam: job.page.links for job in jobs}

    alleen_index = {
        BUURT: (("../../index.html", "Alle rapporten"),),
        "overzicht": (("../index.html", "Alle rapporten"),),
    }
    assert pages("2025-01") == alleen_index
    assert pages(MAAND) == alleen_index  # January was never rendered

    (tmp_path / "2025-01" / BUURT).mkdir(parents=True)
    (tmp_path / "2025-01" / BUURT / "maandrapport.pdf").write_bytes(b"%PDF")  # no HTML to link to
    assert pages(MAAND) == alleen_index
    (tmp_path / "2025-01" / BUURT / "maandrapport.html").write_text("<html></html>", encoding="utf-8")
    assert pages(MAAND) == {
        BUURT: (
            ("../../index.html", "Alle rapporten"),
            (f"../../2025-01/{BUURT}/maandrapport.html", "Vorige maand: januari 2025"),
        ),
        "overzicht": (("../index.html", "Alle rapporten"),),  # January's overview was never rendered
    }
    (tmp_path / "2025-01" / "overzicht.html").write_text("<html></html>", encoding="utf-8")
    assert pages(MAAND)["overzicht"][1] == ("../2025-01/overzicht.html", "Vorige maand: januari 2025")


@pytest.mark.slow
@pytest.mark.parametrize("report", [f"{BUURT}/maandrapport", "overzicht"])
def test_every_scrolling_table_box_is_a_named_region_reachable_by_keyboard(out, report):
    page = Elements((out / MAAND / f"{report}.html").read_text(encoding="utf-8"))
    boxes = [attrs for attrs, _ in page.all("div") if "tabel" in attrs.get("class", "").split()]
    assert boxes
    for attrs in boxes:
        assert attrs.get("role") == "region" and attrs.get("tabindex") == "0", attrs
        assert attrs.get("aria-label", "").strip(), attrs
    labels = [attrs["aria-label"] for attrs in boxes]
    assert not any(label.startswith("Tabel: ") for label in labels), labels  # each named after its heading


@pytest.mark.slow
@pytest.mark.parametrize("report", [f"{BUURT}/maandrapport", "overzicht"])
def test_headings_go_down_one_level_at_a_time_and_the_page_is_dutch(out, report):
    text = (out / MAAND / f"{report}.html").read_text(encoding="utf-8")
    page = Elements(text)
    [(html_attrs, _)] = page.all("html")
    assert html_attrs.get("lang") == "nl"
    levels = [int(tag[1]) for tag, _, _ in page.found if len(tag) == 2 and tag[0] == "h" and tag[1] in "123456"]
    assert levels[0] == 1 and levels.count(1) == 1
    skips = [(a, b) for a, b in pairwise(levels) if b > a + 1]
    assert not skips, skips


def test_only_table_boxes_scroll():
    """Whatever scrolls must be reachable by keyboard: the stylesheet lets only ``div.tabel`` scroll."""
    css = (TEMPLATES / TEMPLATE_NAME / "rapport.css").read_text(encoding="utf-8")
    scrolling = set()
    for rule in _rules(tinycss2.parse_stylesheet(css, skip_comments=True, skip_whitespace=True)):
        body = tinycss2.serialize(rule.content).replace(" ", "")
        if any(f"{p}:{v}" in body for p in ("overflow", "overflow-x", "overflow-y") for v in ("auto", "scroll")):
            scrolling.add(tinycss2.serialize(rule.prelude).strip())
    assert scrolling == {"div.tabel"}


def _rules(nodes):
    """Every qualified rule of ``nodes``, also those inside ``@media``."""
    for node in nodes:
        if node.type == "qualified-rule":
            yield node
        elif node.type == "at-rule" and node.lower_at_keyword == "media":
            yield from _rules(tinycss2.parse_rule_list(node.content, True, True))


@pytest.mark.slow
def test_every_table_sits_in_a_box_that_scrolls_on_a_narrow_screen(out):
    for report in (f"{BUURT}/maandrapport", "overzicht"):
        page = Elements((out / MAAND / f"{report}.html").read_text(encoding="utf-8"))
        tables = page.all("table")
        assert tables
        for _, parent in tables:
            assert parent[0] == "div" and "tabel" in parent[1].get("class", "").split()

    css = tinycss2.parse_stylesheet(
        (TEMPLATES / TEMPLATE_NAME / "rapport.css").read_text(encoding="utf-8"),
        skip_comments=True,
        skip_whitespace=True,
    )
    screen = [
        rule
        for rule in css
        if rule.type == "at-rule"
        and rule.lower_at_keyword == "media"
        and tinycss2.serialize(rule.prelude).strip() == "screen"
    ]
    rules = {
        tinycss2.serialize(r.prelude).strip(): tinycss2.serialize(r.content).replace(" ", "")
        for media in screen
        for r in tinycss2.parse_rule_list(media.content, True, True)
    }
    assert "overflow-x:auto" in rules["div.tabel"]


#: CSS lengths in CSS pixels; an ``em`` counted as the root's 16 pixels (the kit's text is smaller).
_PX = {"px": 1.0, "rem": 16.0, "em": 16.0, "pt": 4 / 3, "mm": 96 / 25.4, "cm": 96 / 2.54, "in": 96.0}


def test_index_fits_a_320_pixel_screen(tmp_path):
    """No horizontal scrolling of the index on a phone: the page is laid out at the device's width, no box of the
    screen stylesheet has a fixed width above 320 pixels, and a narrow screen gets its own smaller margins and
    titles.  (Checked once outside the suite with headless Chromium at 320 pixels: docs/reports.md.)"""
    from kit.render.index import Entry, render_index

    entries = [
        Entry("Maandrapport Zilverdistel, februari 2025", {"html": "a.html", "pdf": "a.pdf"}, {1: {"html": "b"}})
    ]
    page = Elements(render_index({"2025-02": entries}))
    assert {"name": "viewport", "content": "width=device-width, initial-scale=1.0"} in [a for a, _ in page.all("meta")]
    assert not page.all("table") and not page.all("pre")

    css = tinycss2.parse_stylesheet(
        (TEMPLATES / TEMPLATE_NAME / "rapport.css").read_text(encoding="utf-8"),
        skip_comments=True,
        skip_whitespace=True,
    )
    too_wide = []
    for rule in _rules(css):
        for node in tinycss2.parse_blocks_contents(rule.content, True, True):
            if node.type == "declaration" and node.lower_name in ("width", "min-width"):
                for token in node.value:
                    if token.type == "dimension" and token.value * _PX.get(token.lower_unit, 0) > 320:
                        too_wide.append(f"{tinycss2.serialize(rule.prelude).strip()}: {node.lower_name}")
    assert too_wide == []
    media = [tinycss2.serialize(r.prelude) for r in css if r.type == "at-rule" and r.lower_at_keyword == "media"]
    assert any("screen" in m and "max-width" in m for m in media), "no rules for a narrow screen"
