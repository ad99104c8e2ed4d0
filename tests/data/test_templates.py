"""Tests of the templates: CSVs, README and workbook, and a LibreOffice round trip.

Run as a script to remake the LibreOffice fixture (see ``tests/workbooks/README.md``)::

    PYTHONPATH=tests .venv/bin/python tests/data/test_templates.py
"""

from __future__ import annotations

import csv
import re
import shutil
import tempfile
from pathlib import Path

import pandas as pd
import pytest
from helpers import EXAMPLE, EXAMPLE_V2, EXAMPLE_V3, ROOT, fill_template, libreoffice_resave
from openpyxl import load_workbook

from kit.data.contract import CRITERIA, FILES, VOCABULARIES
from kit.data.templates import (
    DATE_CELL_KINDS,
    LISTS_SHEET,
    README_NAME,
    WORKBOOK_NAME,
    YES_NO,
    readme_text,
    write_templates,
)

COMMITTED = ROOT / "data_templates"
#: The version 2 template filled with the version 2 example, saved by LibreOffice (remade by :func:`make_fixture`,
#: which needs LibreOffice): since version 3 a workbook filled in before ``resultaten.gemeld`` existed.
FIXTURE = ROOT / "tests" / "workbooks" / "lindenhof-v2-libreoffice.xlsx"
#: The columns version 3 added, which the version 2 fixture does not have (optional, so it stays valid).
V3_COLUMNS = {("resultaten", "gemeld")}
#: The sheets version 4 added, which the version 2 fixture does not have (optional files, so it stays valid).
V4_SHEETS = {"tafels", "dialogen", "dialoogafspraken", "draaglast"}
#: The version 1 template filled with the version 1 example, saved by LibreOffice: kept as it is,
#: because a workbook a facilitator filled in before version 2 must stay valid.
FIXTURE_V1 = ROOT / "tests" / "workbooks" / "lindenhof-libreoffice.xlsx"
DATA_SHEETS = list(FILES)


# --------------------------------------------------------------------------- helpers


def make_fixture() -> Path:
    """Remake ``tests/workbooks/lindenhof-libreoffice.xlsx``: fill, then re-save by LibreOffice."""
    with tempfile.TemporaryDirectory() as scratch:
        filled = fill_template(EXAMPLE_V2, Path(scratch) / FIXTURE.name)
        saved = libreoffice_resave(filled, Path(scratch) / "libreoffice")
        FIXTURE.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(saved, FIXTURE)
    return FIXTURE


def csv_rows(path: Path) -> list[list[str]]:
    """Return all rows of a CSV file."""
    with path.open(encoding="utf-8", newline="") as stream:
        return list(csv.reader(stream))


def list_values(workbook, formula: str) -> list[str]:
    """Return the values of a drop-down's source range, e.g. ``lijsten!$B$2:$B$4``."""
    match = re.fullmatch(r"=?'?(\w+)'?!\$([A-Z]+)\$(\d+):\$([A-Z]+)\$(\d+)", formula)
    assert match, formula
    sheet, first_col, first_row, last_col, last_row = match.groups()
    cells = workbook[sheet][f"{first_col}{first_row}:{last_col}{last_row}"]
    return [str(row[0].value) for row in cells]


def validations_by_column(sheet) -> dict[str, object]:
    """Return the data validation of each column letter of a sheet."""
    found = {}
    for validation in sheet.data_validations.dataValidation:
        for cell_range in validation.sqref.ranges:
            found[re.match(r"[A-Z]+", cell_range.coord).group()] = validation
    return found


# --------------------------------------------------------------------------- fixtures


@pytest.fixture(scope="module")
def written(tmp_path_factory) -> Path:
    """A folder with freshly written templates, workbook included."""
    folder = tmp_path_factory.mktemp("templates")
    write_templates(folder, xlsx=True)
    return folder


@pytest.fixture(scope="module")
def workbook(written):
    """The freshly written template workbook."""
    return load_workbook(written / WORKBOOK_NAME)


# --------------------------------------------------------------------------- files


@pytest.mark.slow
def test_writes_every_file(tmp_path):
    paths = write_templates(tmp_path, xlsx=True)
    expected = {spec.filename for spec in FILES.values()} | {README_NAME, WORKBOOK_NAME}
    assert {path.name for path in paths} == expected
    assert all(path.parent == tmp_path and path.is_file() for path in paths)
    assert not [path for path in tmp_path.iterdir() if path.name.startswith(".")], "temporary file left"


def test_without_xlsx_no_workbook(tmp_path):
    names = {path.name for path in write_templates(tmp_path)}
    assert WORKBOOK_NAME not in names and README_NAME in names


@pytest.mark.parametrize("stem", DATA_SHEETS)
def test_csv_is_only_the_header(written, stem):
    assert csv_rows(written / FILES[stem].filename) == [[column.name for column in FILES[stem].columns]]


def test_refuses_to_overwrite(tmp_path):
    write_templates(tmp_path)
    (tmp_path / "actoren.csv").write_text("mijn gegevens\n", encoding="utf-8")
    with pytest.raises(FileExistsError, match=r"buurten\.csv"):
        write_templates(tmp_path)
    assert (tmp_path / "actoren.csv").read_text(encoding="utf-8") == "mijn gegevens\n"


@pytest.mark.slow
def test_force_overwrites(tmp_path):
    write_templates(tmp_path)
    (tmp_path / "actoren.csv").write_text("mijn gegevens\n", encoding="utf-8")
    write_templates(tmp_path, xlsx=True, force=True)
    assert csv_rows(tmp_path / "actoren.csv")[0][0] == "id"


@pytest.mark.slow
def test_refuses_when_only_the_workbook_exists(tmp_path):
    (tmp_path / WORKBOOK_NAME).write_bytes(b"ingevuld")
    with pytest.raises(FileExistsError, match=re.escape(WORKBOOK_NAME)):
        write_templates(tmp_path, xlsx=True)
    assert not (tmp_path / "buurten.csv").exists(), "nothing is written when one target exists"


# --------------------------------------------------------------------------- README


def test_readme_documents_every_column_and_value():
    text = readme_text()
    for spec in FILES.values():
        assert f"## `{spec.filename}`" in text
        for column in spec.columns:
            assert f"| `{column.name}` |" in text and column.help in text
    for values in VOCABULARIES.values():
        assert all(f"`{value}`" in text for value in values)
    assert all(question in text for question in CRITERIA.values())


def test_readme_explains_privacy_and_validation():
    text = readme_text()
    assert "naam_tonen" in text and "Sleutelfiguur 3" in text
    assert "proeftuin validate MAP" in text
    assert (
        "actoren.csv:14: herkomst: 'topdown' is geen geldige waarde (kies uit: onderop, bovenaf, gemengd, onbekend)"
        in text
    )


def test_readme_explains_bare_months_per_column():
    """Every column where a bare month is allowed is named with the day it means."""
    text = readme_text()
    first = next(line for line in text.splitlines() if "eerste dag van de maand" in line)
    last = next(line for line in text.splitlines() if "laatste dag van de maand" in line)
    assert all(f"`{name}`" in first for name in ("vanaf", "start", "gepland", "gevraagd"))
    assert "`datum` (in `resultaten`)" in first
    assert all(f"`{name}`" in last for name in ("tot", "afgerond", "deadline", "antwoord", "nagekomen"))


def test_readme_explains_versions_2_to_4():
    text = readme_text()
    assert "## Nieuw in versie 4" in text and "## Nieuw in versie 3" in text and "## Nieuw in versie 2" in text
    assert "gegevenscontract versie 4" in text
    assert "(de kolom mag ontbreken)" in text
    assert "`12.000`" in text


def test_readme_explains_what_is_not_kept():
    """Facilitators learn the rule of version 3 in their words: no row of a buurt in a file is "niet vastgelegd",
    a kept file's empty month is a real nothing; a result recorded later; recognition needs its row."""
    text = " ".join(readme_text().split())
    assert '"niet vastgelegd", nooit "0" of "geen"' in text
    assert "een maand waarin er niets van die soort gebeurde" in text
    assert "Weet je niet wanneer het bereikt werd, laat `datum` dan leeg" in text
    assert "maar noemt de kit het platform niet erkend" in text


# --------------------------------------------------------------------------- workbook


def test_workbook_sheets(workbook):
    assert workbook.sheetnames == ["uitleg", *DATA_SHEETS, LISTS_SHEET]
    assert workbook[LISTS_SHEET].sheet_state == "hidden"
    assert workbook["uitleg"]["A1"].value


def test_explanation_sheet_names_every_sheet_and_the_new_columns(workbook):
    text = "\n".join(str(cell.value) for cell in workbook["uitleg"]["A"] if cell.value)
    assert all(f"{stem}: {FILES[stem].row}" in text for stem in DATA_SHEETS)
    assert (
        "Typ in 'tot', 'deadline', 'afgerond', 'antwoord', 'nagekomen' en 'vervallen' altijd de volledige datum."
        in text
    )
    assert "In 'functies' en 'belemmering' mag je meer waarden typen" in text
    assert "In 'omvang' typ je een getal" in text
    assert "resultaten, verzoeken en erkenning" in text


def test_readme_says_the_pulse_is_confidential():
    """Facilitators learn who may see the carriers' load, and that the file holds no name or remark."""
    text = " ".join(readme_text().split())
    assert "nooit een naam of toelichting" in text and 'een aantal onder de 3 als "minder dan 3"' in text
    assert "Het panel bevat de draaglast alleen met `--met-draaglast`" in text


@pytest.mark.parametrize(
    "stem, column, vocabulary",
    [
        ("tafels", "rol", "rol"),
        ("tafels", "toegang", "toegang"),
        ("draaglast", "incident", None),
        ("resultaten", "domein", "domein"),
        ("resultaten", "eenheid", "eenheid"),
        ("verzoeken", "uitkomst", "uitkomst"),
        ("acties", "belemmering", "belemmering"),
        ("actoren", "herkomst", "herkomst"),
    ],
)
def test_version_2_vocabularies_have_dropdowns(workbook, stem, column, vocabulary):
    sheet = workbook[stem]
    letter = next(cell.column_letter for cell in sheet[1] if cell.value == column)
    validation = validations_by_column(sheet)[letter]
    assert validation.type == "list"
    expected = ["ja", "nee"] if vocabulary is None else list(VOCABULARIES[vocabulary])
    assert list_values(workbook, validation.formula1) == expected
    assert "onbekend" in VOCABULARIES["herkomst"]


def test_version_2_date_columns_are_date_cells(workbook):
    for stem, column in [
        ("resultaten", "datum"),
        ("verzoeken", "gevraagd"),
        ("verzoeken", "antwoord"),
        ("verzoeken", "nagekomen"),
        ("erkenning", "vanaf"),
        ("erkenning", "tot"),
    ]:
        sheet = workbook[stem]
        index = next(cell.column for cell in sheet[1] if cell.value == column)
        assert sheet.cell(row=2, column=index).number_format == "yyyy-mm-dd", (stem, column)


@pytest.mark.parametrize("stem", DATA_SHEETS)
def test_sheet_header_frozen_bold_with_notes(workbook, stem):
    sheet = workbook[stem]
    columns = FILES[stem].columns
    assert [cell.value for cell in sheet[1]] == [column.name for column in columns]
    assert sheet.freeze_panes == "A2"
    for cell, column in zip(sheet[1], columns, strict=True):
        assert cell.font.bold
        assert column.help in cell.comment.text
        assert sheet.column_dimensions[cell.column_letter].width >= len(column.name)


@pytest.mark.parametrize("stem", DATA_SHEETS)
def test_vocabulary_columns_have_dropdowns(workbook, stem):
    sheet = workbook[stem]
    validations = validations_by_column(sheet)
    for cell, column in zip(sheet[1], FILES[stem].columns, strict=True):
        validation = validations[cell.column_letter]
        assert f"{cell.column_letter}1000" in str(validation.sqref)
        if column.kind in ("vocab", "vocabs"):
            assert validation.type == "list"
            assert list_values(workbook, validation.formula1) == list(VOCABULARIES[column.vocab])
            assert validation.showErrorMessage == (column.kind == "vocab")
        elif column.kind == "bool":
            assert validation.type == "list"
            assert list_values(workbook, validation.formula1) == list(YES_NO)
        elif column.kind in ("int", "number"):
            assert validation.type == ("whole" if column.kind == "int" else "decimal")
            assert int(validation.formula1) == (column.low if column.low is not None else column.high)
            assert validation.formula2 == (
                str(column.high) if column.low is not None and column.high is not None else None
            )
        else:
            assert validation.type is None
        assert validation.prompt and validation.showInputMessage


@pytest.mark.parametrize("stem", DATA_SHEETS)
def test_cell_formats(workbook, stem):
    sheet = workbook[stem]
    for index, column in enumerate(FILES[stem].columns, start=1):
        formats = {sheet.cell(row=row, column=index).number_format for row in (2, 500, 1000)}
        if column.kind in DATE_CELL_KINDS:
            assert formats == {"yyyy-mm-dd"}
        elif column.kind == "month":
            assert formats == {"@"}


# --------------------------------------------------------------------------- committed copies


@pytest.mark.parametrize("name", [spec.filename for spec in FILES.values()] + [README_NAME, WORKBOOK_NAME])
def test_committed_templates_are_current(written, name):
    assert (COMMITTED / name).read_bytes() == (written / name).read_bytes(), (
        f"data_templates/{name} is out of date: run write_templates(Path('data_templates'), xlsx=True, force=True)"
    )


@pytest.mark.slow
def test_workbook_bytes_are_reproducible(written, tmp_path):
    write_templates(tmp_path, xlsx=True)
    assert (tmp_path / WORKBOOK_NAME).read_bytes() == (written / WORKBOOK_NAME).read_bytes()


# --------------------------------------------------------------------------- round trips


@pytest.mark.slow
def test_libreoffice_fixture_keeps_the_data():
    workbook = load_workbook(FIXTURE)
    assert workbook[LISTS_SHEET].sheet_state == "hidden"
    assert {spec.stem for spec in FILES.values()} >= V4_SHEETS
    assert not V4_SHEETS & set(workbook.sheetnames)
    for spec in (spec for spec in FILES.values() if spec.stem not in V4_SHEETS):
        sheet = workbook[spec.stem]
        expected = [column.name for column in spec.columns if (spec.stem, column.name) not in V3_COLUMNS]
        assert [cell.value for cell in sheet[1]] == expected
        assert validations_by_column(sheet), f"{spec.stem}: LibreOffice dropped the validations"


@pytest.mark.parametrize("name", [WORKBOOK_NAME, "."])
def test_empty_templates_validate(name):
    from kit.data.validation import validate

    assert validate(COMMITTED / name).errors == []


@pytest.mark.parametrize("fixture", [FIXTURE, FIXTURE_V1], ids=["v2", "v1"])
def test_libreoffice_fixture_validates(fixture):
    from kit.data.validation import validate

    assert validate(fixture).problems == []


@pytest.mark.slow
def test_v1_fixture_is_a_version_1_workbook():
    """What the v1 fixture stands for: no version 2 sheets, an action list without the new columns."""
    workbook = load_workbook(FIXTURE_V1)
    assert not {"resultaten", "verzoeken", "erkenning"} & set(workbook.sheetnames)
    assert [cell.value for cell in workbook["acties"][1]][-1] == "reden"


@pytest.mark.slow
@pytest.mark.parametrize("example", [EXAMPLE, EXAMPLE_V2], ids=["v1", "v2"])
def test_openpyxl_filled_template_validates_and_loads(tmp_path, example):
    from kit.data.dataset import load
    from kit.data.validation import validate

    filled = fill_template(example, tmp_path / "lindenhof.xlsx")
    assert validate(filled).errors == []
    from_workbook, from_csv = load(filled), load(example)
    for stem in FILES:
        assert len(getattr(from_workbook, stem)) == len(getattr(from_csv, stem)), stem


@pytest.mark.slow
@pytest.mark.parametrize(
    "workbook_path, example",
    [
        ("openpyxl", EXAMPLE),
        ("openpyxl", EXAMPLE_V2),
        ("openpyxl", EXAMPLE_V3),
        (FIXTURE_V1, EXAMPLE),
        (FIXTURE, EXAMPLE_V2),
    ],
    ids=["openpyxl-v1", "openpyxl-v2", "openpyxl-v3", "libreoffice-v1", "libreoffice-v2"],
)
def test_workbook_loads_as_the_csv_example(tmp_path, workbook_path, example):
    """Not only the row counts: every typed table equals the one read from CSV."""
    from kit.data.dataset import load

    path = fill_template(example, tmp_path / "lindenhof.xlsx") if workbook_path == "openpyxl" else workbook_path
    from_workbook, from_csv = load(path), load(example)
    for stem in FILES:
        pd.testing.assert_frame_equal(getattr(from_workbook, stem), getattr(from_csv, stem), obj=stem)


@pytest.mark.slow
def test_libreoffice_resave_still_validates(tmp_path):
    """The whole round trip, live: needs LibreOffice, skipped without it."""
    from kit.data.validation import validate

    filled = fill_template(EXAMPLE_V2, tmp_path / "lindenhof.xlsx")
    saved = libreoffice_resave(filled, tmp_path / "libreoffice")
    assert validate(saved).errors == []


if __name__ == "__main__":
    print(make_fixture())
