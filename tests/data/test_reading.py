"""Reading what Excel and LibreOffice write: encodings, separators, cells, bare months."""

from __future__ import annotations

import datetime as dt
import os
import shutil

import pandas as pd
from helpers import EXAMPLE, EXAMPLE_V2, no_hang

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


# --------------------------------------------------------------------------- files that are no regular file


def _lines(path, lang="nl") -> list[str]:
    from kit.data.validation import validate

    with no_hang():
        return validate(path).format(lang).splitlines()


def test_a_named_pipe_in_the_folder_is_refused_without_opening_it(example):
    (example / "maatlat.csv").unlink()
    os.mkfifo(example / "maatlat.csv")
    assert _lines(example) == [
        "maatlat.csv: is geen gewoon bestand (een apparaat, een pipe of een socket) en wordt niet gelezen"
    ]


def test_a_folder_named_like_a_file_is_no_file(example):
    (example / "maatlat.csv").unlink()
    (example / "maatlat.csv").mkdir()
    assert _lines(example, "en") == ["maatlat.csv: is a folder, not a file"]


def test_a_link_out_of_the_dataset_is_not_followed(example, tmp_path):
    secret = tmp_path / "geheim.csv"
    secret.write_text("GEHEIM-regel\n", encoding="utf-8")
    (example / "acties.csv").unlink()
    (example / "acties.csv").symlink_to(secret)
    lines = _lines(example)
    assert lines == [
        "acties.csv: is een snelkoppeling naar een bestand buiten de map van de dataset en wordt niet gelezen: "
        "kopieer het bestand in de map"
    ]
    assert "GEHEIM" not in "\n".join(lines)


def test_a_link_to_a_device_is_refused(example):
    (example / "maatlat.csv").unlink()
    (example / "maatlat.csv").symlink_to("/dev/zero")
    assert _lines(example)[0].startswith("maatlat.csv: is een snelkoppeling naar een bestand buiten de map")


def test_a_link_inside_the_dataset_is_followed(example):
    """A facilitator may keep monthly copies and link the current one."""
    (example / "acties.csv").rename(example / "acties-2024-04.csv")
    (example / "acties.csv").symlink_to("acties-2024-04.csv")
    assert _lines(example) == []
    assert len(load(example).acties) == 3


def test_a_link_that_leads_nowhere(example):
    (example / "maatlat.csv").unlink()
    (example / "maatlat.csv").symlink_to(example / "weg.csv")
    assert _lines(example) == ["maatlat.csv: is een snelkoppeling die nergens naar wijst"]


def test_two_files_whose_names_differ_only_in_case_are_an_error_naming_both(example):
    shutil.copy(example / "acties.csv", example / "Acties.csv")
    assert _lines(example) == [
        "acties.csv: er zijn meer bestanden met deze naam als hoofdletters niet tellen (Acties.csv, acties.csv): "
        "laat er één over"
    ]


def test_a_file_larger_than_the_limit_is_not_read(example, monkeypatch):
    import kit.data.reading

    monkeypatch.setattr(kit.data.reading, "UNPACKED_LIMIT", 200)
    lines = _lines(example)
    assert "actoren.csv: het bestand is groter dan 100 MB en wordt niet gelezen" in lines
    assert not [line for line in lines if line.startswith("buurten.csv")], "a small file is read"


def test_only_the_named_columns_of_a_csv_file_are_kept(example):
    """A stray header cell far to the right would make every line as wide."""
    from kit.data.reading import read

    path = example / "buurten.csv"
    header, row = path.read_text(encoding="utf-8").splitlines()
    path.write_text(header + "," * 16_000 + "los\n" + row + "\n", encoding="utf-8")
    table = read(example).tables["buurten"]
    assert len(table.header) == 16_005
    assert list(table.frame.columns) == [0, 1, 2, 3, 4, 16_004]
    assert _lines(example) == ["buurten.csv: waarschuwing: onbekende kolom 'los' wordt genegeerd"]
