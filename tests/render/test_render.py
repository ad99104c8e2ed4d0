"""The report factory end to end: notebook in, HTML, PDF and index out.

Renders the Lindenhof example (one buurt, April 2024) with the real kernel,
nbconvert and WeasyPrint, and reads the PDF back with pypdf.  Each render
starts Jupyter kernels, so the renders are shared through module-scoped
fixtures.
"""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

import nbformat
import pytest
from helpers import EXAMPLE as LINDENHOF
from pypdf import PdfReader

from kit import atomic
from kit.render.batch import render
from kit.render.execute import strip_volatile
from kit.render.index import write_index
from kit.report.words import maand_label

MAAND = "2024-04"


def _snapshot(folder: Path) -> dict[Path, tuple[int, bytes]]:
    """Return every file under ``folder`` with its mtime and bytes."""
    return {p: (p.stat().st_mtime_ns, p.read_bytes()) for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def rendered(tmp_path_factory):
    """One render of Lindenhof, April 2024: (summary, output folder)."""
    out = tmp_path_factory.mktemp("reports")
    summary = render(LINDENHOF, MAAND, out=out, jobs=2, progress=False)
    return summary, out


@pytest.fixture(scope="module")
def with_failure(tmp_path_factory):
    """A render of a fictitious copy with an unknown buurt beside Lindenhof."""
    data = tmp_path_factory.mktemp("data") / "lindenhof"
    shutil.copytree(LINDENHOF, data)
    (data / "FICTIEF.txt").write_text("Fictieve gegevens voor de test.\n", encoding="utf-8")
    out = tmp_path_factory.mktemp("reports")
    summary = render(data, MAAND, buurten=["lindenhof", "nergens"], out=out, jobs=2, progress=False)
    return summary, out


@pytest.mark.slow
def test_render_writes_every_format(rendered):
    summary, out = rendered
    assert summary.ok and summary.exit_status == 0
    assert [o.naam for o in summary.written] == ["lindenhof", "overzicht"]
    for stem in (f"{MAAND}/lindenhof/maandrapport", f"{MAAND}/overzicht"):
        for fmt in ("ipynb", "html", "pdf"):
            assert (out / f"{stem}.{fmt}").stat().st_size > 0
    assert not list(out.rglob("*.tmp")), "tijdelijke bestanden achtergebleven"


@pytest.mark.slow
def test_pdf_has_header_page_numbers_and_metadata(rendered):
    _, out = rendered
    reader = PdfReader(out / MAAND / "lindenhof" / "maandrapport.pdf")
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert "Lindenhof · april 2024" in text
    assert f"pagina 1 van {len(reader.pages)}" in text
    assert "Fictieve demonstratiegegevens" not in text
    assert reader.metadata.title == "Maandrapport Lindenhof, april 2024"
    assert reader.metadata.author == "Proeftuin kit"
    assert reader.trailer["/Root"]["/Lang"] == "nl"


@pytest.mark.slow
def test_html_shows_no_code_parameters_or_stderr(rendered):
    _, out = rendered
    html = (out / MAAND / "lindenhof" / "maandrapport.html").read_text(encoding="utf-8")
    assert '<html lang="nl">' in html
    assert "<title>Maandrapport Lindenhof, april 2024</title>" in html
    assert '<meta content="Proeftuin kit" name="author"/>' in html or 'name="author" content="Proeftuin kit"' in html
    for leak in ("from kit", "input_area", "In&nbsp;[", "output_stderr", str(LINDENHOF)):
        assert leak not in html


@pytest.mark.slow
def test_saved_notebook_has_no_timings(rendered):
    _, out = rendered
    nb = nbformat.read(out / MAAND / "lindenhof" / "maandrapport.ipynb", as_version=4)
    text = nbformat.writes(nb)
    assert "start_time" not in text and "duration" not in text
    assert nb.metadata.papermill.parameters["buurt"] == "lindenhof"
    assert nb.metadata.papermill.parameters["buurt"] == "lindenhof"


@pytest.mark.slow
def test_second_render_without_force_changes_nothing(rendered):
    _, out = rendered
    report = out / MAAND
    before = _snapshot(report)
    summary = render(LINDENHOF, MAAND, out=out, jobs=2, progress=False)
    assert [o.naam for o in summary.skipped] == ["lindenhof", "overzicht"]
    assert summary.ok
    assert "overgeslagen" in summary.describe()
    assert _snapshot(report) == before


@pytest.mark.slow
def test_forced_render_gives_the_same_bytes(rendered, tmp_path):
    _, out = rendered
    again = tmp_path / "reports"
    shutil.copytree(out, again)
    summary = render(LINDENHOF, MAAND, buurten=["lindenhof"], out=again, jobs=1, force=True, progress=False)
    assert [o.naam for o in summary.written] == ["lindenhof", "overzicht"]
    for fmt in ("ipynb", "html", "pdf"):
        name = Path(MAAND, "lindenhof", f"maandrapport.{fmt}")
        assert (again / name).read_bytes() == (out / name).read_bytes(), fmt


@pytest.mark.slow
def test_index_lists_month_with_relative_links(rendered):
    _, out = rendered
    index = (out / "index.html").read_text(encoding="utf-8")
    assert '<html lang="nl">' in index
    assert "April 2024" in index
    assert 'href="2024-04/lindenhof/maandrapport.pdf"' in index
    assert 'href="2024-04/overzicht.html"' in index


@pytest.mark.slow
def test_failing_buurt_is_kept_and_others_succeed(with_failure):
    summary, out = with_failure
    assert not summary.ok and summary.exit_status == 1
    assert {o.naam for o in summary.written} == {"lindenhof", "overzicht"}
    [failed] = summary.failed
    assert failed.naam == "nergens" and failed.error == "UnknownBuurt"
    kept = out / MAAND / "nergens" / "maandrapport.failed.ipynb"
    assert failed.files == (kept,)
    assert "onbekende buurt" in kept.read_text(encoding="utf-8")
    assert not (out / MAAND / "nergens" / "maandrapport.pdf").exists()
    assert "MISLUKT" in summary.describe()


@pytest.mark.slow
def test_fictitious_data_are_marked_on_every_page(with_failure):
    _, out = with_failure
    reader = PdfReader(out / MAAND / "lindenhof" / "maandrapport.pdf")
    for page in reader.pages:
        assert "Fictieve demonstratiegegevens" in page.extract_text()


@pytest.mark.slow
def test_failed_report_not_in_index(with_failure):
    _, out = with_failure
    index = (out / "index.html").read_text(encoding="utf-8")
    assert "lindenhof/maandrapport.html" in index
    assert "nergens" not in index


def test_invalid_buurt_id_is_refused(tmp_path):
    with pytest.raises(ValueError, match="ongeldige buurt-id"):
        render(LINDENHOF, MAAND, buurten=["../elders"], out=tmp_path, progress=False)
    with pytest.raises(ValueError, match="JJJJ-MM"):
        render(LINDENHOF, "april", out=tmp_path, progress=False)


def test_atomic_write_replaces_whole_file_or_nothing(tmp_path):
    target = tmp_path / "a" / "rapport.html"
    atomic.write_text(target, "oud")
    with pytest.raises(TypeError):
        atomic.write_bytes(target, "geen bytes")  # fails while writing
    assert target.read_text() == "oud"
    assert os.listdir(target.parent) == ["rapport.html"]


def test_strip_volatile_fixes_inserted_cell_ids():
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("x = 1")])
    nb.cells[0].metadata = {"tags": ["injected-parameters"], "papermill": {"duration": 1.0, "status": "completed"}}
    nb.metadata["papermill"] = {"start_time": "2024-01-01", "parameters": {}}
    strip_volatile(nb)
    assert nb.cells[0].id == "injected-parameters-0"
    assert nb.cells[0].metadata.papermill == {"status": "completed"}
    assert nb.metadata.papermill == {"parameters": {}}


def test_index_of_empty_folder_says_so(tmp_path):
    index = write_index(tmp_path).read_text(encoding="utf-8")
    assert "nog geen rapporten" in index
    assert re.search(r"<h2", index) is None


def test_month_label_is_dutch():
    assert maand_label("2024-12") == "december 2024"


@pytest.mark.slow
def test_conversion_error_keeps_the_notebook(tmp_path, monkeypatch):
    from kit.render import convert

    def broken(html, deel=None):
        raise RuntimeError("kapot")

    monkeypatch.setattr(convert, "to_pdf", broken)
    summary = render(LINDENHOF, MAAND, out=tmp_path, jobs=1, formats=("pdf",), progress=False)
    assert {o.naam: o.error for o in summary.failed} == {"lindenhof": "RuntimeError", "overzicht": "RuntimeError"}
    assert (tmp_path / MAAND / "lindenhof" / "maandrapport.failed.ipynb").exists()
    assert not (tmp_path / MAAND / "lindenhof" / "maandrapport.ipynb").exists()


@pytest.mark.slow
def test_changed_data_renews_the_report_and_keeps_the_earlier_one(rendered, tmp_path):
    """A facilitator fixes the data and renders again: new report, the sent one kept and listed; then nothing to do."""
    _, out = rendered
    again = tmp_path / "reports"
    shutil.copytree(out, again)
    sent = {fmt: (again / MAAND / "lindenhof" / f"maandrapport.{fmt}").read_bytes() for fmt in ("ipynb", "html", "pdf")}
    data = tmp_path / "lindenhof"
    shutil.copytree(LINDENHOF, data)
    with (data / "relaties.csv").open("a", encoding="utf-8") as handle:
        handle.write("\n")  # a change of bytes, not of content: the checksum in the colophon changes all the same

    summary = render(data, MAAND, out=again, jobs=2, progress=False)
    assert [(o.naam, o.status, o.version) for o in summary.outcomes] == [
        ("lindenhof", "vernieuwd", 1),
        ("overzicht", "vernieuwd", 1),
    ]
    assert summary.ok
    line = summary.describe().splitlines()[0]
    assert line.startswith(
        "lindenhof: vernieuwd (gegevens veranderd: relaties.csv); vorige versie bewaard als maandrapport.v1.*: "
    )
    report = again / MAAND / "lindenhof"
    for fmt, data_sent in sent.items():
        assert (report / f"maandrapport.v1.{fmt}").read_bytes() == data_sent, fmt
    # the colophon with the checksums is in the appendix: the HTML changed, the brief's PDF need not
    assert (report / "maandrapport.html").read_bytes() != sent["html"]
    index = (again / "index.html").read_text(encoding="utf-8")
    assert 'eerdere versies: versie 1 (<a href="2024-04/lindenhof/maandrapport.v1.html">HTML</a>' in index
    assert 'href="2024-04/overzicht.v1.pdf"' in index

    before = _snapshot(again / MAAND)
    unchanged = render(data, MAAND, out=again, jobs=2, progress=False)
    assert [o.status for o in unchanged.outcomes] == ["overgeslagen", "overgeslagen"]
    assert _snapshot(again / MAAND) == before


@pytest.mark.slow
def test_a_failed_notebook_kept_for_inspection_names_no_hidden_person(tmp_path):
    """An error's message, its traceback and what a cell printed can quote the data: a resident's name among them."""
    from nbformat.v4 import new_code_cell, new_notebook

    from kit.render.factory import NOTEBOOKS

    notebooks = tmp_path / "notebooks"
    shutil.copytree(NOTEBOOKS, notebooks)
    failing = new_notebook(
        cells=[
            new_code_cell('dataset = ""\nbuurt = ""\nmaand = ""', metadata={"tags": ["parameters"]}),
            new_code_cell(  # a value from the data in what a cell prints and in an error's message
                "import pathlib, pandas as pd\n"
                'naam = pd.read_csv(pathlib.Path(dataset) / "actoren.csv").set_index("id").loc["lh-sf", "naam"]\n'
                'print("gebeld door", naam)\n'
                'raise KeyError(f"{naam} El Amrani; {naam.upper()}")'
            ),
        ]
    )
    failing.metadata["kernelspec"] = nbformat.read(NOTEBOOKS / "maandrapport.ipynb", as_version=4).metadata.kernelspec
    nbformat.write(failing, notebooks / "maandrapport.ipynb")
    summary = render(LINDENHOF, MAAND, out=tmp_path / "uit", jobs=1, notebooks=notebooks, progress=False)
    [failed] = summary.failed
    assert failed.naam == "lindenhof" and failed.error == "KeyError"
    kept = (tmp_path / "uit" / MAAND / "lindenhof" / "maandrapport.failed.ipynb").read_text(encoding="utf-8")
    assert "KeyError" in kept and "gebeld door Sleutelfiguur 1" in kept
    assert "samira" not in kept.casefold()
