"""No spelling of a hidden name in any output: reports (the synthesis too), charts, exports, panel, terminal.

A copy of the Lindenhof example gets persons without consent whose names
are typed into free text the way people type them (any case, accents or
none, composed or decomposed, no separator, underscores, non-breaking and
double spaces, line breaks, soft hyphens, zero-width characters, possessives),
an organisation named after one of them, ids that spell a name, and a column
header that quotes a name.  Every output is rendered for real, normalised
(data URIs decoded, PDF text and metadata, notebook JSON, Parquet) and
scanned for every spelling.
"""

from __future__ import annotations

import base64
import contextlib
import csv
import html
import io
import json
import re
import shutil
import unicodedata
import urllib.parse
from pathlib import Path

import pandas as pd
import pytest
from conftest import EXAMPLE, replace_in
from pypdf import PdfReader

from kit.cli import main

MAAND = "2024-04"

#: The hidden names and the parts of them that must never be printed, folded (see ``normalise``).
FORBIDDEN = (
    "samira el amrani",
    "samira",
    "el amrani",
    "jose nunez",
    "jose",
    "nunez",
    "jan van dijk",
    "jan",
    "van dijk",
    "wijkagent k buurt",
    "k buurt",
)

#: Free text as facilitators type it.  "\u00ad" soft hyphen, "\u200b" zero-width space, "\u00a0" no-break space.
TYPED = (
    "Bellen met SAMIRA EL AMRANI over de huiskamer",
    "samira_el-amrani en SamiraElAmrani uitnodigen",
    "Sa\u00admira en Sam\u200bira en Samira\u200d vragen",
    "Samira\u00a0El\u00a0Amrani  en Samira El\nAmrani, samira-el amrani",
    "Jose Nunez, JOSÉ ÑÚÑEZ en " + unicodedata.normalize("NFD", "José Ñúñez") + " spreken",
    "Jan van Dijk, JAN VAN DIJK, VAN DIJK en jan helpen; Jans fiets; van Dijk' boek",
    "Samira\u2019s fiets en Samira's agenda; El-Amrani belt",
    "Wijkagent K-buurt vragen; wijkagent_k-buurt belde",
    "Kees Bakker regelt de koffie",
)


def normalise(text: str) -> str:
    """Fold a text the way a reader would not notice: accents, case, invisible characters, separators."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c) and unicodedata.category(c) != "Cf")
    text = re.sub(r"[\s\-_\u2010-\u2015]+", " ", text.casefold())
    return text


def leaks(text: str) -> list[str]:
    """The forbidden spellings in ``text``: parts may be joined by one separator or none, a genitive s may follow."""
    folded = normalise(text)
    found = []
    for name in FORBIDDEN:
        pattern = r"(?<![^\W_])" + " ?".join(map(re.escape, name.split())) + r"s?(?![^\W_])"
        found += [f"{name}: …{folded[max(0, m.start() - 30) : m.end() + 30]}…" for m in re.finditer(pattern, folded)]
    return found


def _append(path: Path, rows: list[list[str]]) -> None:
    with path.open("a", encoding="utf-8", newline="") as f:
        csv.writer(f, lineterminator="\n").writerows(rows)


def build(folder: Path) -> Path:
    """The Lindenhof example with hidden names everywhere a facilitator can type them."""
    shutil.copytree(EXAMPLE, folder)
    replace_in(folder / "actoren.csv", "lh-sf,Samira,", "lh-sf,Samira El-Amrani,")
    replace_in(folder / "actoren.csv", "persoon,naam_tonen", "persoon,naam_tonen,notitie Samira")
    _append(
        folder / "actoren.csv",
        [
            ["lh-sf2", "José Ñúñez", "lindenhof", "sleutelfiguur", "onderop", "0", "jongeren", "", "", "ja", ""],
            ["lh-sf3", "Jan van Dijk", "lindenhof", "sleutelfiguur", "onderop", "0", "ouderen", "", "", "ja", "nee"],
            [
                "lh-wa",
                "Wijkagent K-buurt (nieuw)",
                "lindenhof",
                "politie",
                "bovenaf",
                "1",
                "veiligheid",
                "",
                "",
                "ja",
                "nee",
            ],
            ["lh-kees", "Kees Bakker", "lindenhof", "sleutelfiguur", "onderop", "0", "", "", "", "ja", "ja"],
            [
                "lh-samira",
                "Huiskamer van Samira",
                "lindenhof",
                "bewonersinitiatief",
                "onderop",
                "0",
                "informatievoorziening",
                "2024-03",
                "",
                "nee",
                "",
            ],
        ],
    )
    _append(
        folder / "relaties.csv",
        [
            ["r11", "lh-sf3", "lh-plat", "samenwerking", "3", "2024-04", "", "", "", ""],
            ["r12", "lh-samira", "lh-plat", "samenwerking", "4", "2024-03", "", "", "", ""],
            ["r13", "lh-wa", "lh-bh", "informatie", "", "2024-04", "", "", "", ""],
            ["r14", "lh-sf2", "lh-plat", "samenwerking", "1", "2024-04", "", "lh-sf2", "", ""],
            ["r15", "lh-sf2", "lh-plat", "samenwerking", "4", "2024-04", "", "lh-plat", "", ""],
            ["r16", "lh-kees", "lh-plat", "samenwerking", "3", "2024-04", "", "", "", ""],
        ],
    )
    _append(
        folder / "activiteiten.csv",
        [
            [
                "a-samira",
                "lindenhof",
                "Buurtkoffie met " + TYPED[0][11:],
                "bewonersbijeenkomst",
                "2024-04-08",
                "lh-samira",
                "12",
                "",
            ],
        ],
    )
    _append(
        folder / "acties.csv",
        [
            [f"x{i}", "lindenhof", text, "lh-plat", "2024-04-02", "2024-04-30", "open", "", ""]
            for i, text in enumerate(TYPED, start=4)
        ]
        + [
            [
                "x20",
                "lindenhof",
                "Koffie met Jan",
                "lh-sf3",
                "2024-04-01",
                "2024-04-20",
                "niet_gedaan",
                "2024-04-10",
                TYPED[6],
            ]
        ],
    )
    replace_in(
        folder / "maatlat.csv",
        "lindenhof,2024-04,daadkracht,4,zelf,",
        "lindenhof,2024-04,daadkracht,4,zelf,Volgens El-Amrani en jan ging het goed",
    )
    _append(
        folder / "intervisie.csv",
        [
            ["i2", "2024-04-05", "lindenhof", "lindenhof", TYPED[3], TYPED[5], TYPED[4]],
        ],
    )
    return folder


def _strings(value) -> list[str]:
    if isinstance(value, dict):
        return [s for k, v in value.items() for s in (k, *_strings(v))]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return [str(value)]


def _text_of(path: Path) -> str:
    """Everything a reader or a program could find in one output file."""
    if path.suffix == ".pdf":
        reader = PdfReader(path)
        meta = " ".join(str(v) for v in (reader.metadata or {}).values())
        text = meta + " " + " ".join(page.extract_text() for page in reader.pages)
        return text.replace("\u2010\n", "")  # words hyphenated at a line end, whole again
    if path.suffix == ".ipynb":
        return "\n".join(_strings(json.loads(path.read_text(encoding="utf-8"))))
    if path.suffix == ".parquet":
        frame = pd.read_parquet(path)
        return frame.to_csv() + " ".join(map(str, frame.columns))
    text = path.read_text(encoding="utf-8")
    if path.suffix in (".html", ".svg"):
        for kind, data in re.findall(r"data:[^,;\"']*(;base64)?,([^\"')\s]+)", text):
            text += base64.b64decode(data).decode("utf-8", "replace") if kind else urllib.parse.unquote(data)
        text = html.unescape(text)
    return text


@pytest.fixture(scope="module")
def outputs(tmp_path_factory) -> dict[str, str]:
    """Every output of the kit for the dataset, by name: files rendered and written, and what the terminal shows."""
    from kit.render.batch import render, render_synthese

    root = tmp_path_factory.mktemp("scan")
    data = build(root / "lindenhof")
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
    assert run("validate --lang en", "validate", data, "--lang", "en") == 0
    assert run("metrics", "metrics", data, "--buurt", "lindenhof", "--maand", MAAND) == 0
    assert run("metrics --json", "metrics", data, "--buurt", "lindenhof", "--maand", MAAND, "--json") == 0
    for suffix in ("csv", "parquet"):
        assert run(f"panel {suffix}", "metrics", data, "--out", out / f"panel.{suffix}", "--jobs", "1") == 0
    for fmt in ("gexf", "graphml"):
        assert (
            run(
                f"export {fmt}",
                "export",
                data,
                "--buurt",
                "lindenhof",
                "--format",
                fmt,
                "--out",
                out / f"lindenhof.{fmt}",
            )
            == 0
        )
    summary = render(data, MAAND, out=out / "reports", jobs=1, progress=False)
    assert summary.ok, summary.describe()
    summary = render_synthese(data, "2024-03", MAAND, out=out / "reports", progress=False)
    assert summary.ok, summary.describe()
    for path in sorted(out.rglob("*")):
        if path.is_file():
            texts[str(path.relative_to(out))] = _text_of(path)
    return texts


def test_the_scan_covers_every_kind_of_output(outputs):
    kinds = {Path(name).suffix for name in outputs}
    assert {".html", ".pdf", ".ipynb", ".gexf", ".graphml", ".csv", ".parquet"} <= kinds
    assert {"validate", "metrics", "metrics --json"} <= set(outputs)
    # report, overview and synthesis in 3 formats, index
    assert len([n for n in outputs if n.startswith("reports/")]) == 10
    assert "reports/synthese-2024-03-2024-04/synthese.pdf" in outputs


def test_no_spelling_of_a_hidden_name_in_any_output(outputs):
    found = {name: leaks(text) for name, text in outputs.items()}
    assert not {name: spots for name, spots in found.items() if spots}


def test_names_that_may_be_shown_are_shown_whole(outputs):
    report = normalise(outputs[f"reports/{MAAND}/lindenhof/maandrapport.html"])
    assert "kees bakker regelt de koffie" in report  # consent: the name as typed
    assert "huiskamer van sleutelfiguur 1" in report  # an organisation named after a hidden person
    for text in (
        "wijkbericht lindenhof",
        "buurthuis de kastanje",
        "sleutelfiguur 1's agenda",
        "sleutelfiguur 3 helpen",
    ):
        assert text in report, text


def test_validation_says_where_without_saying_the_name(outputs):
    lines = outputs["validate"].splitlines()
    assert "actoren.csv: waarschuwing: onbekende kolom 'notitie […]' wordt genegeerd" in lines
    assert any(line.startswith("actoren.csv:14: waarschuwing: id: ") for line in lines), lines
    assert any(line.startswith("activiteiten.csv:6: waarschuwing: id: ") for line in lines), lines


def test_the_summary_names_actors_as_the_report_does(outputs):
    summary = outputs["metrics"]
    assert "Huiskamer van Sleutelfiguur 1 en Wijkbericht Lindenhof" in summary
    assert "lh-" not in summary
