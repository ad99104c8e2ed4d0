"""The carriers' load appears only where docs/privacy.md ("The carriers' load: who may see what") allows it.

A copy of ``examples/lindenhof-v4`` gets a pulse for both buurten whose numbers of carriers (``dragers``) appear
nowhere else in the data: 7919 and 7927 for lindenhof, 6173 and 6197 for esdoorn.  Every command runs on it and
every output is rendered for real and scanned (:func:`helpers.output_text`): a buurt's values may appear in its own
monthly report's appendix (the HTML, the executed notebook, the appendix PDF), its own ``metrics`` and ``metrics
--json``, and a panel written with ``--met-draaglast``; nowhere else — not in its brief (the PDF handed around in the
buurt), the other buurt's report, the overview, the intervision sheet, the synthesis, the plain panel, an export,
validation or the render summary.  That the scan finds them where they are allowed shows it can.

The intervision sheet shows the pulse only across buurten (:mod:`kit.report.overzicht.draaglast`): on the demo's
twelve buurten, every section of the sheet is the same when each month's pulses are handed round to other buurten,
so nothing on it depends on which buurt had which pulse.
"""

from __future__ import annotations

import contextlib
import io
import re
import shutil
from pathlib import Path

import pandas as pd
import pytest
from helpers import EXAMPLE_V4, output_text, show

from kit.cli import main
from kit.privacy import PULSE

#: Every test here renders real reports: left out of the quick loop.
pytestmark = pytest.mark.slow

MAAND = "2024-04"
#: Each buurt's numbers of carriers, March and April: numbers found nowhere else in the data or the reports.
VALUES = {"lindenhof": ("7919", "7927"), "esdoorn": ("6173", "6197")}


def found(text: str, buurt: str) -> list[str]:
    """The buurt's pulse values in ``text``, as whole numbers (not inside a longer number or a checksum), written
    plain (``7919``) or as a report writes them (``7.919``)."""
    return [v for v in VALUES[buurt] if re.search(rf"(?<![0-9A-Za-z.]){v[0]}\.?{v[1:]}(?![0-9A-Za-z])", text)]


#: The brief of a buurt's monthly report: handed around in the buurt, it never shows the pulse.
BRIEF = "maandrapport.pdf"


def allowed(name: str, buurt: str) -> bool:
    """Whether output ``name`` may show ``buurt``'s pulse: its own report but its brief (the HTML, the notebook, the
    appendix PDF), its own metrics, the panel asked for it."""
    own_report = name.startswith(f"reports/{MAAND}/{buurt}/") and Path(name).name != BRIEF
    return own_report or name in (f"metrics {buurt}", f"metrics --json {buurt}", "panel-met-draaglast.csv")


@pytest.fixture(scope="module")
def outputs(tmp_path_factory) -> dict[str, str]:
    root = tmp_path_factory.mktemp("pulse")
    data = root / "gegevens"
    shutil.copytree(EXAMPLE_V4, data)
    (data / "draaglast.csv").write_text(
        "buurt,maand,belasting,dragers,incident\n"
        "lindenhof,2024-03,3,7919,nee\n"
        "lindenhof,2024-04,4,7927,ja\n"
        "esdoorn,2024-03,2,6173,nee\n"
        "esdoorn,2024-04,5,6197,ja\n",
        encoding="utf-8",
    )
    out = root / "out"
    out.mkdir()
    texts = {}

    def run(name, *argv):
        stdout, stderr = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(stderr):
            status = main([*map(str, argv)])
        texts[name] = stdout.getvalue() + stderr.getvalue()
        return status

    assert run("validate", "validate", data) == 0, texts["validate"]
    for buurt in VALUES:
        assert run(f"metrics {buurt}", "metrics", data, "--buurt", buurt, "--maand", MAAND) == 0
        assert run(f"metrics --json {buurt}", "metrics", data, "--buurt", buurt, "--maand", MAAND, "--json") == 0
    for suffix in ("csv", "parquet", "xlsx"):
        assert run(f"panel {suffix}", "metrics", data, "--out", out / f"panel.{suffix}", "--jobs", "1") == 0
    target = out / "panel-met-draaglast.csv"
    assert run("panel --met-draaglast", "metrics", data, "--out", target, "--jobs", "1", "--met-draaglast") == 0
    for fmt in ("gexf", "graphml"):
        target = out / f"lindenhof.{fmt}"
        assert run(f"export {fmt}", "export", data, "--buurt", "lindenhof", "--format", fmt, "--out", target) == 0
    reports = out / "reports"
    assert run("render", "render", data, "--maand", MAAND, "--out", reports, "--jobs", "1", "--stil", "--bijlage") == 0
    assert run("render --synthese", "render", data, "--synthese", f"2024-03:{MAAND}", "--out", reports, "--stil") == 0
    for path in sorted(out.rglob("*")):
        if path.is_file():
            texts[str(path.relative_to(out))] = output_text(path)
    return texts


def test_the_scan_covers_every_kind_of_output(outputs):
    assert {".html", ".pdf", ".ipynb", ".gexf", ".graphml", ".csv", ".parquet", ".xlsx"} <= {
        Path(name).suffix for name in outputs
    }
    for buurt in VALUES:
        assert {"maandrapport.html", BRIEF, "maandrapport.bijlage.pdf"} <= {
            Path(name).name for name in outputs if name.startswith(f"reports/{MAAND}/{buurt}/")
        }
    assert any(name.startswith("reports/synthese-") for name in outputs)


def test_the_scan_finds_the_pulse_where_it_is_allowed(outputs):
    """The facilitator's own metrics and a panel asked for it show the pulse: the scan would see a leak."""
    for buurt, (_, april) in VALUES.items():
        assert found(outputs[f"metrics --json {buurt}"], buurt) == [april]
        assert april in found(outputs["panel-met-draaglast.csv"], buurt)
    for name in ("maandrapport.html", "maandrapport.bijlage.pdf"):  # the appendix's "Wat het dragen kost"
        assert found(outputs[f"reports/{MAAND}/lindenhof/{name}"], "lindenhof") == list(VALUES["lindenhof"]), name
    header = outputs["panel-met-draaglast.csv"].splitlines()[0].split(",")
    assert set(PULSE) <= set(header) and not set(PULSE) & set(outputs["panel.csv"].splitlines()[0].split(","))


def test_no_pulse_where_the_docs_do_not_allow_it(outputs):
    leaks = {
        (name, buurt): values
        for name, text in outputs.items()
        for buurt in VALUES
        if not allowed(name, buurt) and (values := found(text, buurt))
    }
    assert not leaks, f"the carriers' load appears where docs/privacy.md does not allow it: {leaks}"


def _handed_round(path: Path) -> None:
    """Each month's pulses rotated one buurt on: the same pulses in the month, each at another buurt."""
    frame = pd.read_csv(path, dtype=str)
    parts = []
    for _, month in frame.groupby("maand", sort=False):
        values = month[["belasting", "dragers", "incident"]]
        parts.append(month.assign(**{c: [*values[c].iloc[1:], values[c].iloc[0]] for c in values}))
    pd.concat(parts).to_csv(path, index=False)


def test_no_per_buurt_pulse_reaches_the_intervision_sheet(demo_path, tmp_path):
    from kit.data.dataset import load
    from kit.report.overzicht import SECTIES, Overzicht

    folder = tmp_path / "rond"
    shutil.copytree(demo_path, folder)
    _handed_round(folder / "draaglast.csv")
    before, after = load(demo_path), load(folder)
    month = "2025-09"
    moved = before.draaglast.merge(after.draaglast, on=["buurt", "maand"])
    assert (moved["belasting_x"] != moved["belasting_y"]).any()  # the rotation moved loads between buurten
    sheet, rotated = Overzicht(before, month), Overzicht(after, month)
    assert "gemeten in 10 van de 12 buurten" in show(sheet, "titel")  # the sentence the rotation must leave alone
    for name in SECTIES:
        if name != "colofon":  # the colophon lists the files' checksums, which the rotation changes
            assert show(sheet, name) == show(rotated, name), name


def test_the_synthesis_shows_the_load_only_across_buurten_and_hides_counts_below_three(outputs):
    """The synthesis's carriers' load (kit.analysis.measures.load.pulse_across): with two buurten every count is below
    3, so the summary and the table by month say "minder dan 3", and no buurt is named beside its load."""
    for suffix in ("html", "pdf"):
        shown = outputs[f"reports/synthese-2024-03-{MAAND}/synthese.{suffix}"]
        synthese = " ".join(re.sub(r"<[^>]+>", " ", shown).split())  # the words, without the HTML's tags
        assert "De draaglast van de vaste vrijwilligers werd in april 2024 in minder dan 3 buurten gepeild" in synthese
        assert "maart 2024 minder dan 3 minder dan 3 minder dan 3" in synthese, suffix
        assert "april 2024 minder dan 3 minder dan 3 minder dan 3" in synthese, suffix
        assert not re.search(r"(Lindenhof|Esdoornbuurt)[^.]{0,80}(belast|geïntimideerd|bedreigd)", synthese), suffix
