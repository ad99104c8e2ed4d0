"""End to end on the demo data: render a buurt (with its appendix PDF) and the overview, read the PDFs back.

Checks what a reader gets: the buurtbrief in the platform's PDF, the appendix
in its own PDF and both in the HTML, the figures as `proeftuin metrics`
computes them, the running header and page numbers, and that nobody is named
who did not consent — in any output file, charts and the appendix included.
"""

from __future__ import annotations

import base64
import io
import json
import re
import subprocess
import sys
import urllib.parse

import pytest
from pypdf import PdfReader

from kit.dutch import getal
from kit.render.batch import render

#: Every test here renders real reports (kernel, papermill, WeasyPrint): left out of the quick loop.
pytestmark = pytest.mark.slow

BUURT, MAAND = "zilverdistel", "2025-09"


@pytest.fixture(scope="module")
def rendered(tmp_path_factory, demo_path):
    root = tmp_path_factory.mktemp("e2e")
    summary = render(demo_path, MAAND, buurten=[BUURT], out=root / "reports", jobs=2, progress=False, bijlage=True)
    assert summary.ok, summary.describe()
    return root


def pdf_text(path) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(path).pages)


def every_output_text(folder) -> dict[str, str]:
    """The text of every file written, with the charts' data URIs decoded (a name could hide there)."""
    texts = {}
    for path in folder.rglob("*"):
        if path.suffix == ".pdf":
            texts[str(path)] = pdf_text(path)
        elif path.suffix in (".html", ".ipynb"):
            text = path.read_text(encoding="utf-8")
            for kind, data in re.findall(r"data:image/svg\+xml(;base64)?,([^\"')\s]+)", text):
                text += base64.b64decode(data).decode() if kind else urllib.parse.unquote(data)
            texts[str(path)] = text
    return texts


#: The headings of the buurtbrief, and of the appendix, as the PDFs print them; the first of each are not words
#: the other part may use ("Deze maand" is).
BRIEF = ("Buurtbrief Zilverdistel", "Wat openstaat bij instellingen", "Waar het schuurt", "Om te bespreken")
BRIEF += ("Deze maand", "De netwerkkaart", "maandrapport.bijlage.pdf")
APPENDIX = ("Bijlage: cijfers en achtergrond", "De belangrijkste cijfers", "Samenwerkingspatronen")
APPENDIX += ("Belevingsverschillen", "De buurt tussen de proeftuinbuurten", "Intervisie: lessen en afspraken")
APPENDIX += ("Colofon", "Controlegetal", "Parallelle infrastructuren en dubbel werk", "De actielijst", "De maatlat")


def test_the_platforms_pdf_is_the_brief_and_the_appendix_has_the_rest(rendered):
    """One execution, two PDFs: the brief's sections in ``maandrapport.pdf``, the appendix's in
    ``maandrapport.bijlage.pdf``, both in the HTML; each PDF with its running header and page numbers."""
    folder = rendered / "reports" / MAAND / BUURT
    brief, appendix = pdf_text(folder / "maandrapport.pdf"), pdf_text(folder / "maandrapport.bijlage.pdf")
    html = (folder / "maandrapport.html").read_text(encoding="utf-8")
    for heading in BRIEF:
        assert heading in brief, heading
    for heading in BRIEF[:4]:
        assert heading not in appendix, heading
    for heading in APPENDIX:
        assert heading in appendix, heading
    for heading in APPENDIX[:8]:
        assert heading not in brief, heading
    assert 'class="maandrapport deel-hoofd' in html and 'class="maandrapport deel-bijlage' in html
    assert html.index('id="rest"') < html.index('id="bijlage"') < html.index('id="colofon"')
    for path in (folder / "maandrapport.pdf", folder / "maandrapport.bijlage.pdf"):
        reader = PdfReader(path)
        for number, page in enumerate(reader.pages, start=1):
            page_text = " ".join(page.extract_text().split())
            assert "Zilverdistel · september 2025" in page_text
            assert f"pagina {number} van {len(reader.pages)}" in page_text
        assert reader.metadata.title == "Maandrapport Zilverdistel, september 2025"
    assert len(PdfReader(folder / "maandrapport.pdf").pages) <= 4


def test_the_appendix_is_rendered_on_request_only(rendered, demo_path, tmp_path):
    summary = render(demo_path, MAAND, buurten=[BUURT], out=tmp_path, jobs=1, progress=False, formats=("pdf",))
    assert summary.ok, summary.describe()
    written = sorted(p.name for p in (tmp_path / MAAND / BUURT).iterdir() if not p.name.startswith("."))
    assert written == ["maandrapport.ipynb", "maandrapport.pdf"]


def test_figures_in_the_pdf_are_those_of_proeftuin_metrics(rendered, demo_path):
    out = subprocess.run(
        [sys.executable, "-m", "kit.cli", "metrics", str(demo_path), "--buurt", BUURT, "--maand", MAAND, "--json"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    metrics = json.loads(out)
    text = pdf_text(rendered / "reports" / MAAND / BUURT / "maandrapport.bijlage.pdf")
    for label, key, decimals in (
        ("Actoren in het netwerk", "actoren", 0),
        ("Dichtheid", "dichtheid", 2),
        ("Gemiddelde samenwerking", "gem_intensiteit", 1),
        ("Bereik van het platform", "platform_bereik", 2),
        ("Ruggengraat", "ruggengraat", 2),
        ("Spanningen", "spanningen", 0),
        ("Activiteiten", "activiteiten", 0),
        ("Acties open", None, 0),
    ):
        value = metrics["acties"]["open"] if key is None else metrics[key]
        assert f"{label} {getal(value, decimals)}" in text, (label, value)
    assert f"Parallelle infrastructuren {len(metrics['parallelle_infrastructuren'])}" in text


def test_overview_shows_every_buurt_and_the_chair_rotation(rendered, demo):
    """The sheet's PDF: every buurt and the mirror; its appendix PDF (``--bijlage``): the chairs and the parallel
    infrastructures, which the sheet's own PDF leaves to it."""
    text = pdf_text(rendered / "reports" / MAAND / "overzicht.pdf")
    appendix = pdf_text(rendered / "reports" / MAAND / "overzicht.bijlage.pdf")
    for name in demo.buurten["naam"]:
        assert name in text and name in appendix, name
    assert "Spiegel voor instellingen" in text and "Spiegel voor instellingen" not in appendix
    assert "Intervisie: voorzitters" in appendix and "Parallelle infrastructuren in de proeftuin" in appendix
    assert "Intervisie: voorzitters" not in text and "Alle buurten naast elkaar" not in text


def _words(text: str) -> str:
    """PDF text without the hyphens WeasyPrint puts at a line's end (``instellin‐ gen``), white space single."""
    return " ".join(re.sub(r"\u2010 ", "", text).split())


def _printed(html: str, hidden: str) -> PdfReader:
    """The report's HTML printed with the sections matching the CSS selector ``hidden`` left out."""
    from kit.render.convert import to_pdf

    style = f"<style>{hidden} {{ display: none; }}</style>"
    return PdfReader(io.BytesIO(to_pdf(html.replace("</head>", style + "</head>", 1))))


def test_page_one_of_the_intervision_sheet_holds_every_buurt_and_the_agenda(rendered, demo):
    """The facilitator's page 1: a row per buurt and the agenda's points; the mirror starts on page 2."""
    from kit.report.agenda import agendapunten
    from kit.report.gebeurtenissen import Names
    from kit.report.overzicht import Overzicht

    reader = PdfReader(rendered / "reports" / MAAND / "overzicht.pdf")
    first, second = (_words(reader.pages[i].extract_text()) for i in (0, 1))
    assert (
        first.startswith("Intervisieblad proeftuinbuurten September 2025")
        and "Alle proeftuinbuurten · september 2025" in first
    )
    for name in demo.buurten["naam"]:
        assert name in first, name
    overzicht = Overzicht(demo, MAAND)
    points = agendapunten(demo, MAAND, Names.of(overzicht))
    assert len(points) == 3
    for point in points:
        assert _words(point.question) in first and _words(point.step) in first, point.rule
    assert "Spiegel voor instellingen" not in first and second.count("Spiegel voor instellingen") == 1


def test_the_sheet_is_one_page_and_its_main_part_short(rendered):
    """Printed alone, the sheet (title, rows, agenda) is one A4 page, and the whole main part — with the mirror and
    the colophon, without the appendix — a few."""
    html = (rendered / "reports" / MAAND / "overzicht.html").read_text(encoding="utf-8")
    assert len(_printed(html, "section.deel-bijlage, section#spiegel, section#colofon").pages) == 1
    main = PdfReader(rendered / "reports" / MAAND / "overzicht.pdf")  # the main part alone
    assert len(main.pages) <= 5
    assert all(page.mediabox.width > page.mediabox.height for page in main.pages)  # landscape
    assert len(PdfReader(rendered / "reports" / MAAND / "overzicht.bijlage.pdf").pages) > 1  # the appendix


def test_nobody_is_named_without_consent_in_any_output(rendered, demo):
    data = demo
    actors = data.actoren
    hidden = set(actors.loc[actors["persoon"] & ~actors["naam_tonen"], "naam"])
    assert hidden, "the demo must have persons without consent"
    own = actors["buurt"] == BUURT
    shared_names = set(actors.loc[own | actors["buurt"].isna(), "naam"])
    elsewhere = set(actors.loc[~own & actors["buurt"].notna(), "naam"]) - shared_names
    texts = every_output_text(rendered / "reports")
    assert len(texts) == 9  # buurt and overview: ipynb, html, pdf and the appendix PDF; and the index
    for path, text in texts.items():
        for name in hidden:
            assert name not in text, (path, name)
        if f"/{BUURT}/" in path:
            for name in elsewhere:
                assert name not in text, (path, name)


def test_a_report_does_not_depend_on_the_reports_before_it_in_the_kernel(rendered, demo_path, tmp_path):
    """One kernel renders report after report: the second must equal the same report rendered alone."""
    out = tmp_path / "reports"
    summary = render(demo_path, MAAND, buurten=["klaproos", BUURT], out=out, jobs=1, progress=False)
    assert summary.ok, summary.describe()
    alone = rendered / "reports" / MAAND / BUURT
    for name in ("maandrapport.ipynb", "maandrapport.html", "maandrapport.pdf"):
        assert (out / MAAND / BUURT / name).read_bytes() == (alone / name).read_bytes(), name
