"""Reading what Excel and LibreOffice write: encodings, separators, cells, bare months."""

from __future__ import annotations

import datetime as dt

import pandas as pd
from conftest import EXAMPLE, EXAMPLE_V2

from kit.data.dataset import load
from kit.data.reading import cell_text


def _as_excel_writes(source, target, encoding="cp1252", bom=False):
    """Copy the example as Dutch Excel saves CSV: `;`-separated, lists quoted, given encoding."""
    import csv
    import io

    target.mkdir()
    for path in source.glob("*.csv"):
        rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8"))))
        out = io.StringIO()
        csv.writer(out, delimiter=";", lineterminator="\r\n").writerows(rows)
        data = out.getvalue().encode(encoding)
        (target / path.name).write_bytes((b"\xef\xbb\xbf" if bom else b"") + data)


def test_cp1252_semicolon_files_load_like_the_example(tmp_path):
    _as_excel_writes(EXAMPLE, tmp_path / "excel")
    actors = tmp_path / "excel" / "actoren.csv"
    actors.write_bytes(actors.read_bytes().replace(b"Kastanje", "Kastanjé".encode("cp1252")))
    excel, original = load(tmp_path / "excel"), load(EXAMPLE)
    assert excel.actoren.loc[5, "naam"] == "Buurthuis De Kastanjé"
    excel.actoren.loc[5, "naam"] = "Buurthuis De Kastanje"
    for name in ("buurten", "actoren", "relaties", "activiteiten", "acties", "intervisie", "maatlat"):
        pd.testing.assert_frame_equal(getattr(excel, name), getattr(original, name))


def test_dutch_excel_csv_of_version_2_with_a_decimal_comma(tmp_path):
    """Dutch Excel writes 2,5 unquoted in a `;`-separated file: it is the number 2.5."""
    _as_excel_writes(EXAMPLE_V2, tmp_path / "excel")
    results = tmp_path / "excel" / "resultaten.csv"
    results.write_bytes(results.read_bytes().replace(b";35;woningen;", b";2,5;woningen;"))
    excel, original = load(tmp_path / "excel"), load(EXAMPLE_V2)
    assert excel.warnings == [] and list(excel.resultaten["omvang"]) == [4, 12000, 2.5]
    excel.resultaten.loc[2, "omvang"] = 35
    for name in ("acties", "resultaten", "verzoeken", "erkenning"):
        pd.testing.assert_frame_equal(getattr(excel, name), getattr(original, name))


def test_utf8_with_bom_and_semicolons(tmp_path):
    _as_excel_writes(EXAMPLE, tmp_path / "bom", encoding="utf-8", bom=True)
    assert list(load(tmp_path / "bom").buurten["id"]) == ["lindenhof"]


def test_cells_are_trimmed_and_yes_no_variants_accepted(example):
    path = example / "actoren.csv"
    path.write_text(
        path.read_text().replace(
            "lh-sf,Samira,lindenhof,sleutelfiguur,onderop,0,jongeren,,,ja,nee",
            "  lh-sf , Samira ,lindenhof,sleutelfiguur,onderop,0, jongeren ; ;,,,TRUE,N",
        )
    )
    actors = load(example).actoren.set_index("id")
    assert actors.loc["lh-sf", "naam"] == "Samira"
    assert actors.loc["lh-sf", "functies"] == ("jongeren",)
    assert bool(actors.loc["lh-sf", "persoon"]) and not actors.loc["lh-sf", "naam_tonen"]


def test_loaded_dataset_is_typed():
    data = load(EXAMPLE)
    actors = data.actoren.set_index("id")
    assert actors.loc["lh-plat", "vanaf"] == pd.Timestamp("2022-01-01")
    assert actors.loc["lh-plat", "functies"] == ("netwerkorganisatie", "informatievoorziening", "bewonersbijeenkomst")
    assert actors.loc["lh-plat", "lijn"] == 0 and not actors.loc["west", "persoon"]
    relations = data.relaties.set_index("id")
    assert relations.loc["r6", "tot"] == pd.Timestamp("2024-03-31")
    assert relations.loc["r1", "intensiteit"] == 4 and pd.isna(relations.loc["r6", "intensiteit"])
    assert data.maatlat["maand"].iloc[0] == pd.Period("2024-03", "M")
    assert data.acties.set_index("id").loc["x2", "afgerond"] == pd.Timestamp("2024-04-02")
    assert not data.fictional and data.files[0].name == "buurten.csv"


def test_bare_month_in_end_columns_means_last_day(example):
    path = example / "acties.csv"
    path.write_text(path.read_text().replace("2024-03-31,niet_gedaan,2024-04-02", "2024-02,niet_gedaan,2024-04"))
    actions = load(example).acties.set_index("id")
    assert actions.loc["x2", "deadline"] == pd.Timestamp("2024-02-29")
    assert actions.loc["x2", "afgerond"] == pd.Timestamp("2024-04-30")


def test_workbook_cell_values():
    assert cell_text(dt.datetime(2024, 3, 1)) == "2024-03-01"
    assert cell_text(dt.datetime(2024, 3, 1), month=True) == "2024-03"
    assert cell_text(4.0) == "4" and cell_text(True) == "ja" and cell_text(None) == "" and cell_text(" a ") == "a"
