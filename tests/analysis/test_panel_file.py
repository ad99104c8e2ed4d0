"""The panel as a file: CSV, Parquet and a workbook with its codebook and provenance, without formulas."""

from __future__ import annotations

import re
from datetime import date

import openpyxl
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from helpers import EXAMPLE, EXAMPLE_V3, formula_like_cells, formula_like_fields

from kit.analysis.catalogue import COLUMN, COLUMNS
from kit.analysis.codebook import codebook, codebook_markdown
from kit.analysis.panel import panel
from kit.analysis.panel_file import write_panel
from kit.cli import main
from kit.data.dataset import load
from kit.provenance import versions


@pytest.fixture(scope="module")
def data():
    return load(EXAMPLE)


@pytest.fixture(scope="module")
def hostile(data) -> pd.DataFrame:
    """The example's panel with a buurt called '-Noord' (ids can no longer be that; names and future columns can)."""
    frame = panel(data)
    frame["buurt"] = "-Noord"
    frame.loc[1, "buurt"] = "=1+1"
    return frame


# --------------------------------------------------------------------------- the codebook


def test_codebook_follows_the_panel(data):
    assert list(codebook()["column"]) == list(panel(data).columns)


def test_codebook_markdown_has_a_row_per_column():
    lines = codebook_markdown().splitlines()
    assert lines[0] == "| column | meaning | range | unit |"
    assert len(lines) == 2 + len(codebook())
    assert all(len(re.split(r"(?<!\\)\|", line)) == 6 for line in lines)  # four cells; an escaped | stays inside
    assert "| `ei_index` |" in codebook_markdown()


# --------------------------------------------------------------------------- the panel files


def test_panel_as_workbook(data, tmp_path):
    path = tmp_path / "panel.xlsx"
    assert main(["metrics", str(EXAMPLE), "--out", str(path), "--jobs", "1"]) == 0
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["panel", "codebook", "provenance"]
    sheet = book["panel"]
    frame = panel(data)
    assert [c.value for c in sheet[1]] == list(frame.columns) and all(c.font.b for c in sheet[1])
    last_column = sheet.cell(1, sheet.max_column).column_letter
    assert sheet.freeze_panes == "C2" and sheet.auto_filter.ref == f"A1:{last_column}29"
    header = {cell.value: cell.column_letter for cell in sheet[1]}
    last = sheet.max_row
    assert sheet.max_row == 1 + len(frame) and sheet[f"{header['maand']}{last}"].value == "2024-04"
    density = sheet[f"{header['dichtheid']}{last}"]
    assert density.value == 0.25 and density.data_type == "n" and density.number_format == "0.000"
    assert sheet[f"{header['actoren']}{last}"].number_format == "0"
    assert sheet[f"{header['verloop']}{last - 1}"].value is None  # the buurt's first month: undefined
    assert sheet[f"{header['in_proeftuin']}{last}"].value is True
    assert sheet.column_dimensions[header["platform_betweenness"]].width >= len("platform_betweenness")
    assert [row[0] for row in book["codebook"].iter_rows(min_row=2, values_only=True)] == list(frame.columns)
    rows = book["provenance"].iter_rows(min_row=2, values_only=True)
    provenance = {(what, name): value for what, name, value in rows}
    assert provenance[("written", "date")] == date.today().isoformat()
    assert all(provenance[("software", name)] in (version, "not installed") for name, version in versions().items())
    assert provenance[("data", "actoren.csv")] == f"SHA-256 {data.files[1].sha256}"
    assert formula_like_cells(book) == []


def test_counts_are_whole_numbers_with_empty_cells_in_csv_and_parquet(tmp_path):
    """Esdoorn of the version 3 example keeps no activities: ``activiteiten`` is empty there and a whole number
    (``2``, not ``2.0``) for Lindenhof; a share stays a decimal.  Read back as text (CSV) and with its types
    (Parquet: Arrow int64 with nulls, pandas Int64)."""
    frame = panel(load(EXAMPLE_V3))
    write_panel(frame, tmp_path / "panel.csv")
    write_panel(frame, tmp_path / "panel.parquet")
    text = pd.read_csv(tmp_path / "panel.csv", dtype=str, keep_default_na=False)
    read = pd.read_parquet(tmp_path / "panel.parquet")
    esdoorn, lindenhof = text["buurt"] == "esdoorn", (text["buurt"] == "lindenhof") & text["met_gegevens"].eq("True")
    assert set(text.loc[esdoorn, "activiteiten"]) == {""}
    assert read.loc[esdoorn, "activiteiten"].isna().all()
    counts = text.loc[lindenhof, "activiteiten"]
    assert counts.str.fullmatch(r"\d+").all() and (counts.astype(int) > 0).any()
    assert read.loc[lindenhof, "activiteiten"].tolist() == counts.astype(int).tolist()
    whole = [column.name for column in COLUMNS if column.whole and column.name in frame.columns]  # no pulse here
    assert "actoren" in whole and "erkend" in whole and "dichtheid" not in whole
    assert all(str(read[name].dtype) == "Int64" for name in whole)
    assert not text[whole].apply(lambda cells: cells.str.contains(".", regex=False)).any().any()
    assert read["dichtheid"].dtype == "float64" and text.loc[lindenhof, "dichtheid"].str.contains(".").any()
    assert pq.read_schema(tmp_path / "panel.parquet").field("actoren").type == pa.int64()


@pytest.mark.parametrize("path", [EXAMPLE, EXAMPLE_V3], ids=["lindenhof", "lindenhof-v3"])
def test_every_column_declared_whole_holds_whole_numbers(path, demo):
    """What :attr:`Column.whole` declares is true of the examples' and the demo's panels, so that writing the
    column as integers loses nothing."""
    for data in (load(path), demo):
        frame = panel(data)
        for name in (name for name in frame.columns if name in COLUMN and COLUMN[name].whole):
            values = frame[name].dropna()
            assert (values == values.round()).all(), name


def test_negative_figures_stay_numbers(data, tmp_path):
    """The E-I index is −1 … 1: a negative one is a number cell, not text with an apostrophe."""
    frame = panel(data)
    frame.loc[0, "ei_index"] = -0.5
    write_panel(frame, tmp_path / "panel.xlsx")
    write_panel(frame, tmp_path / "panel.csv")
    sheet = openpyxl.load_workbook(tmp_path / "panel.xlsx")["panel"]
    column = list(frame.columns).index("ei_index") + 1
    assert sheet.cell(2, column).value == -0.5 and sheet.cell(2, column).data_type == "n"
    assert pd.read_csv(tmp_path / "panel.csv")["ei_index"].iloc[0] == -0.5


def test_text_that_looks_like_a_formula_is_neutralised_in_every_panel_file(hostile, tmp_path):
    write_panel(hostile, tmp_path / "panel.xlsx")
    write_panel(hostile, tmp_path / "panel.csv")
    book = openpyxl.load_workbook(tmp_path / "panel.xlsx")
    assert formula_like_cells(book) == []
    assert [book["panel"]["A2"].value, book["panel"]["A3"].value] == ["'-Noord", "'=1+1"]
    text = (tmp_path / "panel.csv").read_text()
    assert formula_like_fields(text) == []
    assert list(pd.read_csv(tmp_path / "panel.csv")["buurt"][:2]) == ["'-Noord", "'=1+1"]


def test_parquet_records_the_versions(data, tmp_path):
    path = tmp_path / "panel.parquet"
    write_panel(panel(data), path, data.files, today=date(2025, 1, 31))
    record = pd.read_parquet(path).attrs["provenance"]
    assert record["written"] == "2025-01-31" and record["software"] == versions()
    assert record["data"]["buurten.csv"] == data.files[0].sha256


def test_panel_workbook_is_the_same_for_the_same_data_on_the_same_day(data, tmp_path):
    frame, day = panel(data), date(2025, 1, 31)
    write_panel(frame, tmp_path / "a.xlsx", data.files, today=day)
    write_panel(frame, tmp_path / "b.xlsx", data.files, today=day)
    assert (tmp_path / "a.xlsx").read_bytes() == (tmp_path / "b.xlsx").read_bytes()


def test_libreoffice_opens_the_panel_workbook_with_its_values(data, tmp_path):
    """As a spreadsheet opens it (LibreOffice; skipped without it): columns, numbers and the neutralised text."""
    from helpers import libreoffice_resave

    frame = panel(data)
    frame.loc[0, "buurt"] = "=1+1"
    write_panel(frame, tmp_path / "panel.xlsx")
    saved = libreoffice_resave(tmp_path / "panel.xlsx", tmp_path / "libreoffice")
    sheet = openpyxl.load_workbook(saved)["panel"]
    assert [c.value for c in sheet[1]] == list(frame.columns)
    assert sheet["A2"].value == "'=1+1" and sheet["A2"].data_type == "s"
    assert sheet.cell(sheet.max_row, list(frame.columns).index("dichtheid") + 1).value == 0.25


def test_unknown_panel_suffix_is_a_usage_error(tmp_path, capsys):
    assert main(["metrics", str(EXAMPLE), "--out", str(tmp_path / "panel.txt")]) == 2
    assert "--out moet eindigen op .csv, .parquet of .xlsx" in capsys.readouterr().err


def test_an_existing_panel_file_is_kept_without_force(tmp_path, capsys):
    """As every report and export: a file that exists is not overwritten without --force."""
    path = tmp_path / "panel.csv"
    path.write_text("eerder werk\n", encoding="utf-8")
    assert main(["metrics", str(EXAMPLE), "--out", str(path), "--jobs", "1"]) == 2
    assert "bestaat al (gebruik --force om te overschrijven)" in capsys.readouterr().err
    assert path.read_text(encoding="utf-8") == "eerder werk\n"
    assert main(["metrics", str(EXAMPLE), "--out", str(path), "--jobs", "1", "--force"]) == 0
    assert path.read_text(encoding="utf-8").startswith("buurt,maand")
