"""The synthesis from the factory (kit.render.batch.render_synthese) and the command line (render --synthese).

The batch's behaviour (skip, renew and keep, time limit) is tested with a tiny
synthesis notebook, the report itself once for real on the demo year: HTML
and PDF, a page per buurt, the index, the same bytes when rendered again.
"""

from __future__ import annotations

import re
import shutil
import time
from pathlib import Path

import nbformat
import pytest
from helpers import EXAMPLE
from nbformat.v4 import new_code_cell, new_notebook
from pypdf import PdfReader

from kit.cli import main
from kit.render.batch import render_synthese

VAN, TOT = "2024-03", "2024-04"
FOLDER = "synthese-2024-03-2024-04"
#: Seconds a tiny report may take on a loaded 2-core machine (see test_batch).
LIMIT = 10


@pytest.fixture(scope="module")
def notebooks(tmp_path_factory) -> Path:
    """A synthesis that prints its period, and sleeps ten minutes for a period starting in 2000."""
    folder = tmp_path_factory.mktemp("notebooks")
    parameters = new_code_cell('dataset = ""\nvan = ""\ntot = ""', metadata={"tags": ["parameters"]})
    body = new_code_cell("import time\nif van.startswith('2000'):\n    time.sleep(600)\nprint(van, tot)")
    nb = new_notebook(cells=[parameters, body])
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nbformat.write(nb, folder / "synthese.ipynb")
    return folder


@pytest.mark.slow
def test_a_synthesis_is_written_skipped_and_renewed_with_its_earlier_version_kept(notebooks, tmp_path):
    data = tmp_path / "lindenhof"
    shutil.copytree(EXAMPLE, data)
    out = tmp_path / "rapporten"
    summary = render_synthese(data, VAN, TOT, out=out, progress=False, notebooks=notebooks)
    assert [(o.naam, o.status) for o in summary.outcomes] == [("synthese", "geschreven")]
    assert (
        summary.describe()
        .splitlines()[-1]
        .startswith(
            "synthese maart tot en met april 2024: 1 geschreven, 0 vernieuwd, 0 overgeslagen, 0 mislukt; index: "
        )
    )
    for suffix in ("ipynb", "html", "pdf"):
        assert (out / FOLDER / f"synthese.{suffix}").exists(), suffix
    assert "2024-03 2024-04" in (out / FOLDER / "synthese.html").read_text(encoding="utf-8")
    index = (out / "index.html").read_text(encoding="utf-8")
    assert "Synthese over een periode" in index and f'href="{FOLDER}/synthese.pdf"' in index

    again = render_synthese(data, VAN, TOT, out=out, progress=False, notebooks=notebooks)
    assert [o.status for o in again.outcomes] == ["overgeslagen"]

    with (data / "acties.csv").open("a", encoding="utf-8") as f:
        f.write("x99,lindenhof,Nog een actie,lh-plat,2024-04-02,,open,,\n")
    renewed = render_synthese(data, VAN, TOT, out=out, progress=False, notebooks=notebooks)
    [outcome] = renewed.outcomes
    assert (outcome.status, outcome.version, outcome.reason) == ("vernieuwd", 1, "gegevens veranderd: acties.csv")
    assert (out / FOLDER / "synthese.v1.pdf").exists()
    assert f'href="{FOLDER}/synthese.v1.pdf"' in (out / "index.html").read_text(encoding="utf-8")


@pytest.mark.slow
def test_a_hanging_synthesis_is_stopped_at_its_time_limit(notebooks, tmp_path):
    start = time.monotonic()
    summary = render_synthese(
        EXAMPLE, "2000-01", "2000-02", out=tmp_path / "rapporten", progress=False, notebooks=notebooks, timeout=LIMIT
    )
    assert time.monotonic() - start < 120
    [failed] = summary.failed
    assert failed.error == "tijdslimiet" and summary.exit_status == 1
    assert not (tmp_path / "rapporten" / "synthese-2000-01-2000-02" / "synthese.pdf").exists()


def test_a_malformed_period_is_refused_before_any_work(tmp_path):
    with pytest.raises(ValueError, match="begint na haar einde"):
        render_synthese(EXAMPLE, "2024-04", "2024-03", out=tmp_path / "out", progress=False)
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize(
    ("periode", "message"),
    [
        (
            "2025-13:2025-01",
            "proeftuin: '2025-13:2025-01' is geen periode; schrijf JJJJ-MM:JJJJ-MM, bijvoorbeeld 2025-01:2025-12",
        ),
        ("2024-04:2024-03", "proeftuin: de periode 2024-04:2024-03 begint na haar einde"),
        ("2024-03", "proeftuin: '2024-03' is geen periode; schrijf JJJJ-MM:JJJJ-MM, bijvoorbeeld 2025-01:2025-12"),
        ("2024-03:2030-01", "proeftuin: periode 2024-03:2030-01 valt buiten de gegevens (2022-01 tot en met 2024-04)"),
    ],
)
def test_the_cli_checks_the_period_in_one_line(periode, message, example, tmp_path, capsys):
    out = tmp_path / "out"
    assert main(["render", str(example), "--synthese", periode, "--out", str(out)]) == 2
    assert capsys.readouterr().err.splitlines() == [message]
    assert not list(out.iterdir()) if out.exists() else True


def test_the_cli_synthesis_is_for_all_buurten(example, tmp_path, capsys):
    assert main(["render", str(example), "--synthese", "2024-03:2024-04", "--buurt", "lindenhof"]) == 2
    assert capsys.readouterr().err.strip() == (
        "proeftuin: --synthese gaat over alle buurten en een periode: laat --maand en --buurt weg"
    )


def test_the_cli_passes_the_period_and_options(example, tmp_path, monkeypatch, capsys):
    import kit.render.batch

    seen = {}

    def fake(dataset, van, tot, **kwargs):
        seen.update(van=van, tot=tot, **kwargs)
        raise SystemExit(0)

    monkeypatch.setattr(kit.render.batch, "render_synthese", fake)
    with pytest.raises(SystemExit):
        main(
            [
                "render",
                str(example),
                "--synthese",
                "2024-03:2024-04",
                "--out",
                str(tmp_path / "out"),
                "--formats",
                "pdf",
                "--timeout",
                "60",
                "--force",
                "--stil",
            ]
        )
    assert (seen["van"], seen["tot"], seen["formats"], seen["timeout"], seen["force"]) == (
        "2024-03",
        "2024-04",
        ("pdf",),
        60,
        True,
    )


@pytest.fixture(scope="module")
def demo_year(tmp_path_factory, demo_path):
    out = tmp_path_factory.mktemp("synthese") / "reports"
    summary = render_synthese(demo_path, "2025-01", "2025-12", out=out, progress=False)
    assert summary.ok, summary.describe()
    return out


def _pages(path) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in PdfReader(path).pages]


@pytest.mark.slow
def test_the_demo_year_renders_as_html_and_pdf(demo_year, demo):
    folder = demo_year / "synthese-2025-01-2025-12"
    pages = _pages(folder / "synthese.pdf")
    everything = " ".join(pages)
    for heading in (
        "Wat leerden we in de proeftuin?",
        "Bestuurlijke samenvatting",
        "Tijdlijnen per buurt",
        "Erkenningsbesluiten",
        "Welke gegevens er zijn",
        "Wat platforms bereikten",
        "Wat platforms nodig hadden",
        "Hoe instellingen antwoordden",
        "Voor en na de erkenning",
        "Parallelle infrastructuren: gekomen en gegaan",
        "Leren in actie",
        "Lessen per thema",
        "Zo is er gerekend",
        "Colofon",
    ):
        assert heading in everything, heading
    for number, page in enumerate(pages, start=1):
        assert "Synthese · januari tot en met december 2025 · Fictieve demonstratiegegevens" in page
        assert f"pagina {number} van {len(pages)}" in page
    assert PdfReader(folder / "synthese.pdf").metadata.title == (
        "Synthese proeftuin buurtplatformrecht, januari tot en met december 2025"
    )
    html = (folder / "synthese.html").read_text(encoding="utf-8")
    assert "Content-Security-Policy" in html and 'href="../index.html"' in html


@pytest.mark.slow
def test_every_buurt_starts_a_page_of_its_own(demo_year, demo):
    pages = _pages(demo_year / "synthese-2025-01-2025-12" / "synthese.pdf")
    for naam, stadsdeel in zip(demo.buurten["naam"], demo.buurten["stadsdeel"], strict=True):
        assert any(page.startswith(f"{naam} Stadsdeel {stadsdeel}.") for page in pages), naam


@pytest.mark.slow
def test_the_index_lists_the_synthesis(demo_year):
    index = (demo_year / "index.html").read_text(encoding="utf-8")
    assert (
        "<li>Synthese proeftuin buurtplatformrecht, januari tot en met december 2025 "
        '(<a href="synthese-2025-01-2025-12/synthese.html">HTML</a> · '
    ) in index


@pytest.mark.slow
def test_the_same_data_give_the_same_bytes(demo_year, demo_path, tmp_path):
    out = tmp_path / "reports"
    summary = render_synthese(demo_path, "2025-01", "2025-12", out=out, progress=False)
    assert summary.ok
    for name in ("synthese.ipynb", "synthese.html", "synthese.pdf"):
        folder = "synthese-2025-01-2025-12"
        assert (out / folder / name).read_bytes() == (demo_year / folder / name).read_bytes(), name


@pytest.mark.slow
def test_the_bestuurlijke_samenvatting_is_at_most_two_pages(demo_year):
    """Read back from the PDF: from its heading to the timelines, which start on a page of their own."""
    pages = _pages(demo_year / "synthese-2025-01-2025-12" / "synthese.pdf")
    first = next(i for i, page in enumerate(pages) if "Bestuurlijke samenvatting" in page)
    timelines = next(i for i, page in enumerate(pages) if "Tijdlijnen per buurt" in page)
    assert timelines - first <= 2
    summary = " ".join(pages[first:timelines])
    for question in (
        "Wat brengt een platform?",
        "Wat heeft een platform nodig?",
        "Hoe antwoordden instellingen?",
        "Waar bouwden instellingen iets naast het platform?",
    ):
        assert question in summary, question
    assert summary.count("Bron:") == summary.count("Let op:") >= 4


@pytest.mark.slow
def test_the_pdf_shows_the_seat_gained_and_the_seat_lost_after_recognition(demo_year):
    """Read back from the PDF (contract version 4): Zonnedauwkwartier is invited to co-produce the playground two
    months after its recognition, Reigersbos's sounding board ends a month after its own — in the summary, before
    and after recognition, and on the timelines, whose seats carry their rung."""
    pages = _pages(demo_year / "synthese-2025-01-2025-12" / "synthese.pdf")
    words = re.sub(r"(\w)[‐-] (\w)", r"\1\2", " ".join(pages))  # words hyphenated at a line's end, joined again
    first = next(i for i, page in enumerate(pages) if "Bestuurlijke samenvatting" in page)
    timelines = next(i for i, page in enumerate(pages) if "Tijdlijnen per buurt" in page)
    summary = re.sub(r"(\w)[‐-] (\w)", r"\1\2", " ".join(pages[first:timelines]))
    assert (
        "Sinds hun erkenning in deze periode: Zonnedauwkwartier kreeg een plek bij ‘Stuurgroep speelplek achter de "
        "flats’ (coproducerend) in september 2025; Reigersbos verloor een plek bij ‘Klankbordgroep renovatie "
        "Reigersbos’ (adviserend) in oktober 2025." in summary
    )
    assert "was de belasting in 3 of meer buurten hoog" in summary
    assert (
        "Sinds de erkenning — 1 september 2025: Platform Zonnedauw is door Woningcorporatie Thuishaven uitgenodigd "
        "aan tafel bij ‘Stuurgroep speelplek achter de flats’ (coproducerend, trede 4 van 6)." in words
    )
    assert (
        "Sinds de erkenning — 31 oktober 2025: Buurtplatform Reigersbos zit niet meer aan tafel bij ‘Klankbordgroep "
        "renovatie Reigersbos’." in words
    )
    assert "4 coproducerend" in words and "3 adviserend" in words  # the seats' labels on the timelines
