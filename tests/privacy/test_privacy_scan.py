"""No spelling of a hidden name in any output: reports (the synthesis too), charts, exports, panel, terminal.

A copy of the Lindenhof example gets persons without consent whose names
are typed into free text the way people type them (any case, accents or
none, composed or decomposed, no separator, underscores, non-breaking and
double spaces, line breaks, soft hyphens, zero-width and other invisible
characters, look-alike letters of other scripts, mathematical and fullwidth
letters, direction controls, possessives, a title or the first name before a
surname, a particle left out), organisations named after them, ids that spell
a name, and a column header that quotes a name; and every way the second
privacy audit (issue 18) found a name in an output: a person recorded by role
whose name an organisation shares, a surname that is a shop's whole name, a
word of a stadsdeel or a vocabulary value, a key person with an empty
``persoon`` cell.  It is saved as a workbook named after a hidden person, in
a folder named after another.  Every command runs on it; every output is
rendered for real, normalised (data URIs decoded, PDF text and metadata,
notebook JSON, Parquet, workbook cells) and scanned for every spelling,
folded independently and as the matcher folds.
"""

from __future__ import annotations

import contextlib
import csv
import io
import re
import shutil
import unicodedata
from pathlib import Path

import openpyxl
import pytest
from helpers import EXAMPLE, output_text, replace_in

from kit.cli import main
from kit.data.cells import BIDI_CONTROLS
from kit.names import folded as matcher_folded

#: Every test here renders real reports (kernel, papermill, WeasyPrint): left out of the quick loop.
pytestmark = pytest.mark.slow

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
    # issue 18
    "juf fatima",
    "fatima",
    "emre yilmaz",
    "emre",
    "yilmaz",
    "mohamed bouzid",
    "mohamed",
    "bouzid",
    "jan de vries",
    "de vries",
    "jan vries",
    "meneer vries",
    "mevrouw vries",
    "dhr. vries",
    "karin lommer",
    "karin",
    "lommer",
    "jeroen kennis",
    "jeroen",
    "karim ouali",
    "karim",
    "ouali",
    "wijkagent 12",
    "anna bakker visser",
    "visser",
)

#: The stadsdeel's whole name, kept by design though Karin Lommer is called after a word of it.
KEPT = "bos en lommer"

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
    # issue 18: a role and a name an organisation shares; a shop's whole name; a particle left out
    "Fatima belde over de Moskee Fatima; juf FATIMA komt; Fatima's dochter",
    "Boodschappen bij Yilmaz; Yilmaz belde; meneer Yilmaz",
    "meneer Vries, mevrouw De Vries, Dhr. Vries, mw.vries en Jan Vries; Vries belde; Vries' fiets",
    "Lommer belde over Bos en Lommer; mevrouw lommer; Volgens Kennis en dhr. kennis; Visser helpt",
    "Karim belde; KARIM OUALI komt; Wijkagent 12 belde om 12 uur over besluit 12",
    # invisible characters, look-alike letters, mathematical and fullwidth letters
    "Sam\u2060ira, Sam\u180eira, Sam\ufe0fira, Sa\u034fmira, Sam\u3164ira en Samira\U000e0041 bellen",
    "\u0405\u0430m\u0456r\u0430 en \u0405\u0410\u041c\u0406R\u0410 en \u0392\u039fUZ\u0399D",
    "\U0001d412\U0001d41a\U0001d426\U0001d422\U0001d42b\U0001d41a en \uff33\uff41\uff4d\uff49\uff52\uff41 "
    "en \U0001d401\U0001d428\U0001d42e\U0001d433\U0001d422\U0001d41d",
    # direction controls: "\u202e" shows the rest of the line right to left, so this read "Samira" on screen
    "\u202earimaS belt; \u2067Karim\u2069 en \u2066Fatima\u2069 \u200fkomen",
)


def normalise(text: str) -> str:
    """Fold a text the way a reader would not notice: accents and other marks, case, invisible characters
    (format characters, variation selectors, fillers), separators.  Written apart from :func:`kit.names.fold`."""
    text = unicodedata.normalize("NFKD", text).casefold()
    text = unicodedata.normalize("NFKD", text)
    text = "".join(
        c
        for c in text
        if not unicodedata.category(c).startswith("M")
        and unicodedata.category(c) != "Cf"
        and not ("\ufe00" <= c <= "\ufe0f" or "\U000e0100" <= c <= "\U000e01ef" or c in "\u115f\u1160\u3164\uffa0")
    )
    return re.sub(r"[\s\-_\u2010-\u2015]+", " ", text)


def leaks(text: str) -> list[str]:
    """The forbidden spellings in ``text``: parts may be joined by one separator or none, a genitive s may follow.

    The text is folded twice: independently (:func:`normalise`), and as the
    matcher folds it (look-alike letters of other scripts too)."""
    found = []
    for folded in {normalise(text), matcher_folded(text)}:
        folded = folded.replace(KEPT, "…")
        for name in FORBIDDEN:
            pattern = r"(?<![^\W_])" + " ?".join(map(re.escape, name.split())) + r"s?(?![^\W_])"
            found += [
                f"{name}: …{folded[max(0, m.start() - 30) : m.end() + 30]}…" for m in re.finditer(pattern, folded)
            ]
    return found


def _append(path: Path, rows: list[list[str]]) -> None:
    with path.open("a", encoding="utf-8", newline="") as f:
        csv.writer(f, lineterminator="\n").writerows(rows)


def build(folder: Path) -> Path:
    """The Lindenhof example with hidden names everywhere a facilitator can type them."""
    shutil.copytree(EXAMPLE, folder)
    replace_in(folder / "buurten.csv", "lindenhof,Lindenhof,West,", "lindenhof,Lindenhof,Bos en Lommer,")
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
            ["lh-juf", "Juf Fatima", "lindenhof", "onderwijs", "bovenaf", "1", "jongeren", "", "", "ja", "nee"],
            ["lh-mos", "Moskee Fatima", "lindenhof", "vereniging", "onderop", "0", "cultuur", "", "", "nee", ""],
            ["lh-ey", "Emre Yilmaz", "lindenhof", "sleutelfiguur", "onderop", "0", "", "", "", "ja", "nee"],
            ["lh-shop", "Yilmaz", "lindenhof", "ondernemer", "onderop", "0", "voedsel", "", "", "nee", ""],
            ["lh-mb", "Mohamed Bouzid", "lindenhof", "sleutelfiguur", "onderop", "0", "", "", "", "ja", ""],
            ["lh-jdv", "Jan de Vries", "lindenhof", "sleutelfiguur", "onderop", "0", "", "", "", "ja", "nee"],
            ["lh-kl", "Karin Lommer", "lindenhof", "sleutelfiguur", "onderop", "0", "", "", "", "ja", "nee"],
            ["lh-jk", "Jeroen Kennis", "lindenhof", "sleutelfiguur", "onderop", "0", "", "", "", "ja", "nee"],
            ["lh-ko", "Karim Ouali", "lindenhof", "sleutelfiguur", "onderop", "0", "", "", "", "", ""],
            ["lh-w12", "Wijkagent 12", "lindenhof", "politie", "bovenaf", "1", "veiligheid", "", "", "ja", "nee"],
            ["lh-abv", "Anna Bakker-Visser", "lindenhof", "sleutelfiguur", "onderop", "0", "", "", "", "ja", "nee"],
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
            *(
                [f"r{i}", actor, "lh-plat", "samenwerking", "2", "2024-04", "", "", "", ""]
                for i, actor in enumerate(
                    "lh-juf lh-mos lh-ey lh-shop lh-mb lh-jdv lh-kl lh-jk lh-ko lh-w12 lh-abv".split(),
                    start=17,
                )
            ),
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
                "x99",
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


def to_workbook(folder: Path, path: Path) -> Path:
    """The CSV files of ``folder`` as one workbook at ``path``, a sheet per file, every cell as text."""
    book = openpyxl.Workbook()
    book.remove(book.active)
    for file in sorted(folder.glob("*.csv")):
        sheet = book.create_sheet(file.stem)
        with file.open(encoding="utf-8", newline="") as f:
            for row in csv.reader(f):
                sheet.append(row)
    path.parent.mkdir(parents=True)
    book.save(path)
    return path


def _command(texts: dict[str, str], name: str, *argv) -> int:
    """Run the command ``argv``; keep what the terminal shows in ``texts[name]``; return its exit status."""
    stdout, stderr = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(stderr):
        status = main([*map(str, argv)])
    texts[name] = stdout.getvalue() + stderr.getvalue()
    return status


@pytest.fixture(scope="module")
def outputs(tmp_path_factory) -> dict[str, str]:
    """Every output of the kit for the dataset, by name: files rendered and written, and what the terminal shows."""
    root = tmp_path_factory.mktemp("scan")
    data = to_workbook(build(root / "lindenhof"), root / "jose-nunez" / "Samira El-Amrani.xlsx")
    out = root / "out"
    out.mkdir()
    texts = {}

    def run(name, *argv):
        return _command(texts, name, *argv)

    assert run("validate", "validate", data) == 0, texts["validate"]
    assert run("validate --lang en", "validate", data, "--lang", "en") == 0
    assert run("validate --samenvatting", "validate", data, "--samenvatting") == 0
    assert run("metrics", "metrics", data, "--buurt", "lindenhof", "--maand", MAAND) == 0
    assert run("metrics --json", "metrics", data, "--buurt", "lindenhof", "--maand", MAAND, "--json") == 0
    for suffix in ("csv", "parquet", "xlsx"):
        assert run(f"panel {suffix}", "metrics", data, "--out", out / f"panel.{suffix}", "--jobs", "1") == 0
    for fmt in ("gexf", "graphml"):
        target = out / f"lindenhof.{fmt}"
        assert run(f"export {fmt}", "export", data, "--buurt", "lindenhof", "--format", fmt, "--out", target) == 0
    reports = out / "reports"
    assert run("render", "render", data, "--maand", MAAND, "--out", reports, "--jobs", "1", "--bijlage", "--stil") == 0
    assert run("render --synthese", "render", data, "--synthese", f"2024-03:{MAAND}", "--out", reports, "--stil") == 0
    for path in sorted(out.rglob("*")):
        if path.is_file():
            texts[str(path.relative_to(out))] = output_text(path)
    return texts


def test_the_scan_covers_every_kind_of_output(outputs):
    kinds = {Path(name).suffix for name in outputs}
    assert {".html", ".pdf", ".ipynb", ".gexf", ".graphml", ".csv", ".parquet", ".xlsx"} <= kinds
    assert {"validate", "validate --samenvatting", "metrics", "metrics --json", "render", "render --synthese"} <= set(
        outputs
    )
    assert "reports/index.html" in outputs
    # report, overview and synthesis in 3 formats, the appendix PDFs of the report and of the overview, index
    assert len([n for n in outputs if n.startswith("reports/")]) == 12
    assert "reports/synthese-2024-03-2024-04/synthese.pdf" in outputs
    assert f"reports/{MAAND}/lindenhof/maandrapport.bijlage.pdf" in outputs
    assert f"reports/{MAAND}/overzicht.bijlage.pdf" in outputs


def test_no_spelling_of_a_hidden_name_in_any_output(outputs):
    found = {name: leaks(text) for name, text in outputs.items()}
    assert not any(found.values()), "\n".join(f"{name}: {spot}" for name, spots in found.items() for spot in spots)


def test_no_direction_control_in_any_output(outputs):
    """A right-to-left override would show a reversed name as the name itself."""
    assert not {name for name, text in outputs.items() if any(c in text for c in BIDI_CONTROLS)}


def test_names_that_may_be_shown_are_shown_whole(outputs):
    report = normalise(outputs[f"reports/{MAAND}/lindenhof/maandrapport.html"])
    assert "kees bakker regelt de koffie" in report  # consent: the name as typed
    assert "huiskamer van sleutelfiguur 1" in report  # an organisation named after a hidden person
    for text in (
        "wijkbericht lindenhof",
        "buurthuis de kastanje",
        "sleutelfiguur 1's agenda",
        "sleutelfiguur 3 en [...] helpen",  # "jan" is Jan van Dijk or Jan de Vries: […], folded
        "moskee leerkracht 1",  # named after a person recorded by role (a teacher): the pseudonym
        "belde om 12 uur over besluit 12",  # a number is no name
        "belde over bos en lommer; sleutelfiguur 8; volgens sleutelfiguur",  # a stadsdeel's whole name stays
    ):
        assert text in report, text
    overview = normalise(
        outputs[f"reports/{MAAND}/overzicht.html"] + outputs["reports/synthese-2024-03-2024-04/synthese.html"]
    )
    colophon = "(?!, politiemedewerker 1, )"  # the colophon's examples of pseudonyms
    unqualified = re.findall(rf"sleutelfiguur \d+\b(?! \(lindenhof\)){colophon}", overview)
    assert "sleutelfiguur 1 (lindenhof)" in overview and not unqualified, unqualified


def test_validation_says_where_without_saying_the_name(outputs):
    lines = outputs["validate"].splitlines()
    assert "[…].xlsx[actoren]: waarschuwing: onbekende kolom 'notitie […]' wordt genegeerd" in lines
    assert any(line.startswith("[…].xlsx[actoren]:25: waarschuwing: id: ") for line in lines), lines
    assert any(line.startswith("[…].xlsx[activiteiten]:6: waarschuwing: id: ") for line in lines), lines
    assert "[…].xlsx[actoren]:22: waarschuwing: persoon: een sleutelfiguur zonder ja of nee" in outputs["validate"]
    assert any(line.startswith("[…].xlsx[actoren]:19: waarschuwing: naam: woord 3 van de naam") for line in lines)
    assert any(
        line.startswith("[…].xlsx[actoren]:15: waarschuwing: naam: de naam van deze organisatie") for line in lines
    )
    summary = r"/.*/\[…\]/\[…\]\.xlsx: geldig, 0 fout\(en\), \d+ waarschuwing\(en\)"
    assert re.fullmatch(summary, lines[-1]), lines[-1]


def test_the_summary_names_actors_as_the_report_does(outputs):
    summary = outputs["metrics"]
    assert "Huiskamer van Sleutelfiguur 1 en Wijkbericht Lindenhof" in summary
    assert "lh-" not in summary


#: A second facilitator's buurt, whose platform works with Lindenhof's platform (kept in the first dataset).
ESDOORN = {
    "buurten.csv": "id,naam,stadsdeel,platform,start\nesdoorn,Esdoorn,West,es-plat,2024-03\n",
    "actoren.csv": (
        "id,naam,buurt,soort,herkomst,lijn,functies,vanaf,tot,persoon,naam_tonen\n"
        "es-plat,Buurtplatform Esdoorn,esdoorn,buurtplatform,onderop,0,netwerkorganisatie,2023-01,,nee,\n"
    ),
    "relaties.csv": (
        "id,van,naar,soort,intensiteit,vanaf,tot,gemeld_door,bron,toelichting\n"
        "es-r1,es-plat,lh-plat,samenwerking,2,2024-01,,,interview,\n"
    ),
}


def test_no_hidden_name_in_any_output_of_two_datasets(tmp_path):
    """The dataset combined with a second facilitator's (kit.data.combine), kept in a folder named after the
    same hidden person as the workbook: every command's output is scanned for every spelling of every hidden
    name."""
    first = to_workbook(build(tmp_path / "lindenhof"), tmp_path / "a" / "Samira El-Amrani.xlsx")
    second = tmp_path / "Samira El-Amrani"
    second.mkdir()
    for name, text in ESDOORN.items():
        (second / name).write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    texts: dict[str, str] = {}
    both = (first, second)
    assert _command(texts, "validate", "validate", *both) == 0, texts["validate"]
    assert _command(texts, "validate --lang en", "validate", *both, "--lang", "en") == 0
    assert _command(texts, "metrics", "metrics", *both, "--buurt", "esdoorn", "--maand", MAAND, "--json") == 0
    assert _command(texts, "panel", "metrics", *both, "--out", out / "panel.xlsx", "--jobs", "1") == 0
    assert _command(texts, "export", "export", *both, "--buurt", "lindenhof", "--out", out / "lindenhof.gexf") == 0
    assert _command(texts, "samenvoegen", "samenvoegen", *both, "--out", out / "gegevens.xlsx") == 0
    render = ["render", *both, "--maand", MAAND, "--out", out / "reports", "--jobs", "1", "--formats", "html"]
    assert _command(texts, "render", *render, "--stil") == 0
    for path in sorted(out.rglob("*")):
        if path.is_file() and path.name != "gegevens.xlsx":  # the combined data themselves hold the names
            texts[str(path.relative_to(out))] = output_text(path)
    report = texts[f"reports/{MAAND}/esdoorn/maandrapport.html"]
    assert "/relaties.csv" in report and ".xlsx" in report  # both sources listed, neither by the name
    found = {name: leaks(text) for name, text in texts.items()}
    assert not any(found.values()), "\n".join(f"{name}: {spot}" for name, spots in found.items() for spot in spots)
