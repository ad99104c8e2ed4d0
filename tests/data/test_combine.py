"""Several datasets as one (kit.data.combine): the same figures as one dataset, and every clash located."""

from __future__ import annotations

import csv
import io
import shutil
from pathlib import Path

import openpyxl
import pandas as pd
import pytest
from helpers import EXAMPLE, replace_in

from kit.cli import main
from kit.data.combine import labels, validate_all
from kit.data.contract import FILES
from kit.data.dataset import load


def _rows(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        return list(reader.fieldnames or []), list(reader)


def _write(path: Path, header: list[str], rows: list[dict[str, str]]) -> None:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=header, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    path.write_text(buffer.getvalue(), encoding="utf-8")


def split(source: Path, target: Path, first: set[str]) -> tuple[Path, Path]:
    """``source`` as two facilitators' datasets: the buurten ``first`` in ``target/noord``, the others in
    ``target/zuid``; city-wide actors, pilot-wide sessions and relations between city-wide actors in both; an
    agreement of a dialogue with its dialogue.

    A relation goes with the buurt of its ``van`` (of its ``naar`` when ``van`` is city-wide), so that a
    relation between two buurten refers to an actor kept in the other dataset.
    """
    noord, zuid = target / "noord", target / "zuid"
    for folder in (noord, zuid):
        folder.mkdir(parents=True)
    _, actors = _rows(source / "actoren.csv")
    home = {row["id"]: row["buurt"] for row in actors}
    dialogues = _rows(source / "dialogen.csv")[1] if (source / "dialogen.csv").exists() else []
    held = {row["id"]: row["buurt"] for row in dialogues}
    for spec in FILES.values():
        if not (source / spec.filename).exists():
            continue
        header, rows = _rows(source / spec.filename)
        parts: tuple[list[dict[str, str]], list[dict[str, str]]] = ([], [])
        for row in rows:
            if spec.stem == "buurten":
                buurt = row["id"]
            elif spec.stem == "relaties":
                buurt = home.get(row["van"]) or home.get(row["naar"]) or ""
            elif spec.stem == "intervisie":
                buurt = ""
            elif spec.stem == "dialoogafspraken":  # version 4: an agreement goes with its dialogue's buurt
                buurt = held.get(row["dialoog"], "")
            else:
                buurt = row["buurt"]
            if buurt == "" or buurt in first:
                parts[0].append(row)
            if buurt == "" or buurt not in first:
                parts[1].append(row)
        _write(noord / spec.filename, header, parts[0])
        _write(zuid / spec.filename, header, parts[1])
    return noord, zuid


@pytest.fixture(scope="module")
def whole(demo_path, tmp_path_factory) -> Path:
    """The demo with a relation between two buurten: the platform of the first works with that of the last."""
    folder = tmp_path_factory.mktemp("whole") / "demo"
    shutil.copytree(demo_path, folder)
    _, buurten = _rows(folder / "buurten.csv")
    with (folder / "relaties.csv").open("a", encoding="utf-8") as handle:
        handle.write(f"tussen-1,{buurten[0]['platform']},{buurten[-1]['platform']},samenwerking,2,2025-03,,,,\n")
    return folder


@pytest.fixture(scope="module")
def halves(whole, tmp_path_factory) -> tuple[Path, Path]:
    """The demo as two facilitators' datasets: its first four buurten, and the others."""
    _, buurten = _rows(whole / "buurten.csv")
    return split(whole, tmp_path_factory.mktemp("split"), {row["id"] for row in buurten[:4]})


@pytest.fixture(scope="module")
def one(whole):
    """The dataset holding both halves."""
    return load(whole)


def _by_id(frame: pd.DataFrame) -> pd.DataFrame:
    key = "id" if "id" in frame else list(frame.columns)
    return frame.sort_values(key).reset_index(drop=True)


def test_the_split_needs_the_other_half(halves):
    """A relation to an actor kept in the other dataset: unknown alone, resolved once combined."""
    noord, zuid = halves
    alone = validate_all([noord])
    assert any(p.key in ("unknown_ref", "unknown_ref_near") and p.column in ("van", "naar") for p in alone.errors)
    assert validate_all([noord, zuid]).ok


def test_two_datasets_give_the_tables_of_one(halves, one):
    combined = load(list(halves))
    for stem in FILES:
        pd.testing.assert_frame_equal(_by_id(getattr(combined, stem)), _by_id(getattr(one, stem)), obj=stem)


def test_two_datasets_give_the_figures_of_one(halves, one):
    """The figures of every buurt and month, and the panel, as from the one dataset holding both."""
    from kit.analysis.figures import figures
    from kit.analysis.panel import panel
    from kit.analysis.summary import public_figures
    from kit.data.spans import dataset_months

    combined = load(list(halves))
    key = ["buurt", "maand"]
    pd.testing.assert_frame_equal(
        panel(combined).sort_values(key).reset_index(drop=True), panel(one).sort_values(key).reset_index(drop=True)
    )
    for buurt in one.buurten["id"]:
        for month in dataset_months(one):
            got = public_figures(figures(combined, buurt, month), combined)
            assert got == public_figures(figures(one, buurt, month), one), (buurt, month)


def test_metrics_json_of_two_datasets_is_that_of_one(halves, whole, capsys):
    noord, zuid = halves
    buurt = _rows(zuid / "buurten.csv")[1][0]["id"]
    assert main(["metrics", str(noord), str(zuid), "--buurt", buurt, "--maand", "2025-06", "--json"]) == 0
    two = capsys.readouterr().out
    assert main(["metrics", str(whole), "--buurt", buurt, "--maand", "2025-06", "--json"]) == 0
    assert two == capsys.readouterr().out


ESDOORN = {
    "buurten.csv": "id,naam,stadsdeel,platform,start\nesdoorn,Esdoorn,West,es-plat,2024-03\n",
    "actoren.csv": (
        "id,naam,buurt,soort,herkomst,lijn,functies,vanaf,tot,persoon,naam_tonen\n"
        "es-plat,Buurtplatform Esdoorn,esdoorn,buurtplatform,onderop,0,netwerkorganisatie,2023-01,,nee,\n"
        "west,Stadsdeel West,,stadsdeel,bovenaf,2,buurtbudget,,,nee,\n"
    ),
    "relaties.csv": (
        "id,van,naar,soort,intensiteit,vanaf,tot,gemeld_door,bron,toelichting\n"
        "es-r1,es-plat,lh-plat,samenwerking,2,2024-01,,,interview,\n"
    ),
    "intervisie.csv": (
        "id,datum,voorzitter,aanwezig,thema,lessen,afspraken\n"
        "i1,2024-03-01,lindenhof,lindenhof,Een wijkbericht naast de buurtkrant,Eerst samen om tafel,"
        "Platform belt Wijkbericht\n"
    ),
}


@pytest.fixture
def pair(tmp_path) -> tuple[Path, Path]:
    """Lindenhof (``a``) and a second facilitator's Esdoorn (``b``): its platform works with Lindenhof's, it
    records the city-wide stadsdeel and the pilot-wide session i1 as Lindenhof's facilitator does."""
    a, b = tmp_path / "a", tmp_path / "b"
    shutil.copytree(EXAMPLE, a)
    b.mkdir()
    for name, text in ESDOORN.items():
        (b / name).write_text(text, encoding="utf-8")
    return a, b


def _messages(paths, lang: str = "nl") -> list[str]:
    return validate_all(paths).format(lang).splitlines()


def test_a_pair_combines_and_shared_rows_count_once(pair):
    a, b = pair
    assert not validate_all([b]).ok  # lh-plat is kept in a
    result = validate_all([a, b])
    assert result.ok, result.format()
    data = load([a, b])
    assert list(data.actoren["id"]).count("west") == 1
    assert list(data.intervisie["id"]) == ["i1"]
    assert set(data.buurten["id"]) == {"lindenhof", "esdoorn"}
    assert data.paths == (a, b)
    assert {f.name for f in data.files} >= {"a/actoren.csv", "b/actoren.csv", "b/intervisie.csv"}


def test_identical_means_after_typing(pair):
    """Another spelling of the same values (a month for its first day, j for nee's opposite, a list in another
    order, spaces) is the same city-wide actor."""
    a, b = pair
    replace_in(
        a / "actoren.csv",
        "west,Stadsdeel West,,stadsdeel,bovenaf,2,buurtbudget,,,nee,",
        "west,Stadsdeel West,,stadsdeel,bovenaf,2,buurtbudget;informatievoorziening,2020-01,,nee,",
    )
    replace_in(
        b / "actoren.csv",
        "west,Stadsdeel West,,stadsdeel,bovenaf,2,buurtbudget,,,nee,",
        "west, Stadsdeel West ,,stadsdeel,bovenaf,2,informatievoorziening; buurtbudget,2020-01-01,,n,",
    )
    assert validate_all([a, b]).ok


def test_a_citywide_actor_with_other_data_is_located_in_both_files(pair):
    a, b = pair
    replace_in(
        b / "actoren.csv", "west,Stadsdeel West,,stadsdeel,bovenaf,2,", "west,Stadsdeel Wes,,stadsdeel,bovenaf,1,"
    )
    assert (
        "b/actoren.csv:3: id: 'west' staat ook in a/actoren.csv:9 met andere gegevens (naam, lijn): "
        "maak ze gelijk, of kies een andere id"
    ) in _messages([a, b])
    assert (
        "b/actoren.csv:3: id: 'west' also appears in a/actoren.csv:9 with other data (naam, lijn): "
        "make them equal, or choose another id"
    ) in _messages([a, b], "en")


def test_an_id_used_for_two_things_is_located_in_both_files(pair):
    a, b = pair
    replace_in(b / "relaties.csv", "es-r1,", "r1,")
    assert any(
        m.startswith("b/relaties.csv:2: id: 'r1' staat ook in a/relaties.csv:2 met andere gegevens (van, naar,")
        for m in _messages([a, b])
    )


def test_a_session_recorded_differently_is_a_clash(pair):
    a, b = pair
    replace_in(b / "intervisie.csv", "Eerst samen om tafel", "Eerst bellen")
    assert (
        "b/intervisie.csv:2: id: 'i1' staat ook in a/intervisie.csv:2 met andere gegevens (lessen): "
        "maak ze gelijk, of kies een andere id"
    ) in _messages([a, b])


def test_a_buurt_in_two_datasets_is_a_clash(pair):
    a, b = pair
    with (b / "buurten.csv").open("a", encoding="utf-8") as handle:
        handle.write("lindenhof,Lindenhof,West,lh-plat,2024-03\n")
    assert (
        "b/buurten.csv:3: id: 'lindenhof' staat ook in a/buurten.csv:2: een buurt staat in de gegevens van één "
        "begeleider"
    ) in _messages([a, b])
    assert (
        "b/buurten.csv:3: id: 'lindenhof' also appears in a/buurten.csv:2: a buurt is in the data of one "
        "facilitator" in _messages([a, b], "en")
    )


def test_buurt_ids_that_differ_in_case_across_datasets(pair):
    a, b = pair
    with (b / "buurten.csv").open("a", encoding="utf-8") as handle:
        handle.write("Lindenhof,Lindenhof 2,West,,2024-03\n")
    assert any(
        m.startswith(
            "b/buurten.csv:3: id: 'Lindenhof' verschilt alleen in hoofdletters van 'lindenhof' op regel 2 "
            "in a/buurten.csv"
        )
        for m in _messages([a, b])
    )


def test_checks_of_the_whole_point_at_each_row_and_the_other_file(pair):
    """An unknown actor in b, and a score given in both datasets with another value: each at its own file."""
    a, b = pair
    replace_in(b / "relaties.csv", "es-r1,es-plat,lh-plat", "es-r1,es-plat,lh-nergens")
    (b / "maatlat.csv").write_text(
        "buurt,maand,criterium,score,beoordeeld_door,toelichting\nlindenhof,2024-03,daadkracht,2,zelf,\n",
        encoding="utf-8",
    )
    messages = _messages([a, b])
    assert any(m.startswith("b/relaties.csv:2: naar: onbekende actor 'lh-nergens'") for m in messages)
    assert (
        "b/maatlat.csv:2: deze score (lindenhof 2024-03 daadkracht zelf) staat al op regel 2 in "
        "a/maatlat.csv" in messages
    )


def test_a_cell_problem_keeps_its_own_files_location(pair):
    a, b = pair
    replace_in(
        b / "actoren.csv",
        "es-plat,Buurtplatform Esdoorn,esdoorn,buurtplatform,onderop",
        "es-plat,Buurtplatform Esdoorn,esdoorn,buurtplatform,ondrop",
    )
    assert any(m.startswith("b/actoren.csv:2: herkomst: 'ondrop'") for m in _messages([a, b]))


def test_one_dataset_is_validated_as_before(example):
    from kit.data.validation import validate

    assert validate_all([example]).format() == validate(example).format()
    assert load(example).files == load([example]).files


def test_labels_tell_datasets_apart():
    assert labels([Path("/x/noord/data"), Path("/x/zuid/data")]) == ["noord/data", "zuid/data"]
    assert labels([Path("/x/a"), Path("/y/b.xlsx")]) == ["a", "b.xlsx"]


def _as_workbook(folder: Path, out: Path) -> Path:
    book = openpyxl.Workbook()
    book.remove(book.active)
    for csv_file in sorted(folder.glob("*.csv")):
        header, rows = _rows(csv_file)
        sheet = book.create_sheet(csv_file.stem)
        sheet.append(header)
        for row in rows:
            sheet.append([row[name] for name in header])
    book.save(out)
    return out


def test_a_workbook_and_a_folder_combine(pair, tmp_path):
    a, b = pair
    workbook = _as_workbook(b, tmp_path / "esdoorn.xlsx")
    assert validate_all([a, workbook]).ok
    replace_in(
        a / "actoren.csv", "west,Stadsdeel West,,stadsdeel,bovenaf,2,", "west,Stadsdeel West,,stadsdeel,bovenaf,1,"
    )
    assert (
        "esdoorn.xlsx[actoren]:3: id: 'west' staat ook in a/actoren.csv:9 met andere gegevens (lijn): "
        "maak ze gelijk, of kies een andere id"
    ) in _messages([a, workbook])


def test_the_cli_takes_several_datasets(pair, capsys):
    a, b = pair
    assert main(["validate", str(a), str(b)]) == 0
    assert "geldig, 0 fout(en)" in capsys.readouterr().out
    assert main(["validate", str(b)]) == 1
    assert main(["validate", str(a), str(a)]) == 2
    assert "twee keer" in capsys.readouterr().err


def test_samenvoegen_writes_a_workbook_that_reads_back_the_same(pair, tmp_path, capsys):
    a, b = pair
    out = tmp_path / "uit" / "gegevens.xlsx"
    assert main(["samenvoegen", str(a), str(b), "--out", str(out)]) == 0
    combined, merged = load([a, b]), load(out)
    for stem in FILES:
        pd.testing.assert_frame_equal(getattr(merged, stem), getattr(combined, stem), obj=stem)
    assert {"buurten", "actoren", "uitleg"} <= set(openpyxl.load_workbook(out).sheetnames)
    assert main(["samenvoegen", str(a), str(b), "--out", str(out)]) == 2  # kept without --force
    assert "bestaat al" in capsys.readouterr().err
    assert main(["samenvoegen", str(a), str(b), "--out", str(out), "--force"]) == 0
    assert not (out.parent / "FICTIEF.txt").exists()


def test_samenvoegen_of_fictional_data_keeps_them_fictional(pair, tmp_path):
    from kit.data.dataset import FICTIONAL_MARKER

    a, b = pair
    (b / FICTIONAL_MARKER).write_text("fictief\n", encoding="utf-8")
    out = tmp_path / "uit" / "gegevens.xlsx"
    assert main(["samenvoegen", str(a), str(b), "--out", str(out)]) == 0
    assert load(out).fictional


def test_samenvoegen_refuses_a_combination_with_errors(pair, tmp_path, capsys):
    a, b = pair
    replace_in(
        b / "actoren.csv", "west,Stadsdeel West,,stadsdeel,bovenaf,2,", "west,Stadsdeel West,,stadsdeel,bovenaf,1,"
    )
    out = tmp_path / "gegevens.xlsx"
    assert main(["samenvoegen", str(a), str(b), "--out", str(out)]) == 1
    assert "b/actoren.csv:3: id: 'west' staat ook in a/actoren.csv:9" in capsys.readouterr().err
    assert not out.exists()


def test_fictional_when_any_source_is_and_every_marker_is_an_input(pair):
    from kit.data.dataset import FICTIONAL_MARKER
    from kit.render.batch import _public_inputs

    a, b = pair
    assert not load([a, b]).fictional
    (b / FICTIONAL_MARKER).write_text("fictief\n", encoding="utf-8")
    data = load([a, b])
    assert data.fictional and [m.name for m in data.markers] == ["b/FICTIEF.txt"]
    inputs, shown, _ = _public_inputs(data, {"dataset": [str(a), str(b)]})
    assert set(inputs["bestanden"]) == {f.name for f in data.files} | {"b/FICTIEF.txt"}
    assert {"a/relaties.csv", "b/relaties.csv"} <= set(inputs["bestanden"])
    assert shown["dataset"] == [str(a), str(b)]


def test_a_warning_is_found_at_its_row_in_either_dataset(pair):
    """The colophon's choice of warnings per buurt (kit.data.concerns) finds the row in its own file."""
    from kit.data.concerns import problem_buurten

    a, b = pair
    (b / "actoren.csv").write_text(
        (b / "actoren.csv").read_text(encoding="utf-8") + "es-sf1,Ans Berk,esdoorn,sleutelfiguur,onderop,0,,,,ja,\n",
        encoding="utf-8",
    )
    data = load([a, b])
    consent = [p for p in data.warnings if p.key == "consent_missing"]
    assert [(p.source, p.line) for p in consent][-1] == ("b/actoren.csv", 4)
    assert problem_buurten(data, consent[-1]) == {"esdoorn"}


@pytest.mark.slow
def test_render_of_two_datasets_lists_both_and_renews_on_either(pair, tmp_path, capsys):
    """Reports of two datasets: their colophons list every file of both with its checksum, and a change in
    one facilitator's file renews them."""
    import hashlib

    a, b = pair
    out = tmp_path / "rapporten"
    command = ["render", str(a), str(b), "--maand", "2024-03", "--formats", "html", "--out", str(out), "--stil"]
    assert main(command) == 0
    capsys.readouterr()
    for report in (
        out / "2024-03" / "lindenhof" / "maandrapport.html",
        out / "2024-03" / "esdoorn" / "maandrapport.html",
    ):
        html = report.read_text(encoding="utf-8")
        for folder, name in ((a, "a"), (b, "b")):
            for file in folder.glob("*.csv"):
                assert f"{name}/{file.name}" in html
                assert hashlib.sha256(file.read_bytes()).hexdigest() in html
    with (b / "relaties.csv").open("a", encoding="utf-8") as handle:
        handle.write("\n")
    assert main(command) == 0
    assert "3 vernieuwd" in capsys.readouterr().out


def test_read_once_while_no_file_of_either_dataset_changes(pair):
    """The kernel's load-once cache (kit.data.loaded) knows several datasets by all their paths and files."""
    import os

    from kit.data.loaded import load_dataset

    a, b = pair
    first = load_dataset([str(a), str(b)])
    assert load_dataset([a, b]) is first
    assert load_dataset([a]) is not first and load_dataset(a) is load_dataset([a])
    relations = b / "relaties.csv"
    relations.write_text(relations.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    os.utime(relations, ns=(1, 1))
    assert load_dataset([a, b]) is not first
