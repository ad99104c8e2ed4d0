"""Cells that would crash, hang or mislead: dates out of reach or far from the pilot, whole numbers that read
two ways, amounts too large to add up.  Each gets one located line, never a traceback or a silent guess.
"""

from __future__ import annotations

import json
import math

import pandas as pd
import pytest
from helpers import replace_in

from kit.cli import main
from kit.data.dataset import load
from kit.data.months import month_text
from kit.data.spans import buurt_months, dataset_months
from kit.data.validation import validate


def messages(path, lang="nl") -> list[str]:
    return validate(path).format(lang).splitlines()


# --------------------------------------------------------------------------- dates pandas cannot hold


@pytest.mark.parametrize(
    ("filename", "old", "new", "expected"),
    [
        pytest.param(
            "activiteiten.csv",
            "schoonmaak,2024-03-09",
            "schoonmaak,0224-03-10",
            "activiteiten.csv:2: datum: '0224-03-10' is geen bruikbare datum: het jaar moet tussen 1678 en 2261 "
            "liggen (een tikfout?)",
            id="day",
        ),
        pytest.param(
            "actoren.csv",
            "wonen,2024-04,",
            "wonen,3024-04,",
            "actoren.csv:5: vanaf: '3024-04' is geen bruikbare datum",
            id="bare-month",
        ),
        pytest.param(
            "maatlat.csv",
            "lindenhof,2024-03,daadkracht",
            "lindenhof,9999-03,daadkracht",
            "maatlat.csv:2: maand: '9999-03' is geen bruikbare datum",
            id="month",
        ),
    ],
)
def test_a_date_the_kit_cannot_compute_with_is_a_located_error(example, filename, old, new, expected):
    replace_in(example / filename, old, new)
    lines = messages(example)
    assert [line for line in lines if line.startswith(expected)], lines
    assert len(lines) == 1


@pytest.mark.parametrize("command", ["validate", "metrics", "export", "render"])
def test_a_date_the_kit_cannot_compute_with_stops_no_command_with_a_traceback(command, example, tmp_path, capsys):
    replace_in(example / "activiteiten.csv", "schoonmaak,2024-03-09", "schoonmaak,0224-03-10")
    argv = {
        "validate": [],
        "metrics": ["--buurt", "lindenhof", "--maand", "2024-04"],
        "export": ["--buurt", "lindenhof", "--out", str(tmp_path / "n.gexf")],
        "render": ["--out", str(tmp_path / "uit"), "--stil"],
    }[command]
    try:
        status = main([command, str(example), *argv])
    except SystemExit as stop:
        status = stop.code
    assert status == 1
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err + captured.out
    assert "activiteiten.csv:2: datum: '0224-03-10' is geen bruikbare datum" in captured.err + captured.out


# --------------------------------------------------------------------------- dates far from the pilot


FAR = [
    # (file, old, new, where the warning is, the value it quotes)
    ("activiteiten.csv", "schoonmaak,2024-03-09", "schoonmaak,2204-03-09", "activiteiten.csv:2", "datum", "2204-03-09"),
    (
        "acties.csv",
        "2024-04-01,2024-04-20,open",
        "2024-04-01,2204-04-20,open",
        "acties.csv:4",
        "deadline",
        "2204-04-20",
    ),
    ("actoren.csv", "wonen,2024-04,", "wonen,1900-01,", "actoren.csv:5", "vanaf", "1900-01"),
    (
        "maatlat.csv",
        "lindenhof,2024-03,daadkracht",
        "lindenhof,1900-03,daadkracht",
        "maatlat.csv:2",
        "maand",
        "1900-03",
    ),
    ("buurten.csv", "lh-plat,2024-03", "lh-plat,2204-03", "buurten.csv:2", "start", "2204-03"),
    ("relaties.csv", "samenwerking,4,2022-01,", "samenwerking,4,1922-01,", "relaties.csv:2", "vanaf", "1922-01"),
]


@pytest.mark.parametrize(("filename", "old", "new", "where", "column", "value"), FAR)
def test_a_date_far_from_the_pilot_warns_and_stretches_no_month(example, filename, old, new, where, column, value):
    months = dataset_months(load(example))
    replace_in(example / filename, old, new)
    result = validate(example)
    assert result.ok
    assert [p.format() for p in result.problems] == [
        f"{where}: waarschuwing: {column}: '{value}' ligt ver buiten de proeftuin (voor 1950 of na 2049): "
        "klopt het jaar? De maanden van de gegevens tellen deze datum niet mee"
    ]
    data = load(example)
    assert dataset_months(data) == months, "the months of the dataset, the default month and every trend"
    marks = buurt_months(data, "lindenhof")
    for month in (marks.start, marks.first_data, marks.recognised):
        assert month is None or months[0] <= month, "no buurt's months start before the data's"


def test_a_far_date_in_english(example):
    replace_in(example / "activiteiten.csv", "schoonmaak,2024-03-09", "schoonmaak,1900-01-01")
    assert messages(example, "en") == [
        "activiteiten.csv:2: warning: datum: '1900-01-01' lies far outside the pilot (before 1950 or after 2049): "
        "is the year right? The months of the data leave this date out"
    ]


def test_dates_at_the_edges_of_the_pilot_are_near_it(example):
    """An association's ``vanaf`` decades ago and a ``tot`` decades ahead are real data: no warning."""
    replace_in(example / "actoren.csv", "wonen,2024-04,", "wonen,1950-01,2049-12")
    assert validate(example).problems == []
    assert month_text(dataset_months(load(example))[0]) == "1950-01"


def test_a_far_date_does_not_move_the_default_month_of_render(example, tmp_path, monkeypatch):
    import kit.render.batch

    replace_in(example / "acties.csv", "2024-04-01,2024-04-20,open", "2024-04-01,2204-04-20,open")
    seen = []

    def fake_render(dataset, maand, **kwargs):
        seen.append(maand)
        raise SystemExit(0)

    monkeypatch.setattr(kit.render.batch, "render", fake_render)
    with pytest.raises(SystemExit):
        main(["render", str(example), "--out", str(tmp_path / "uit"), "--stil"])
    assert seen == [pd.Period("2024-04", "M")]  # read once by the CLI, passed on as a month


def test_a_far_early_score_does_not_stretch_the_score_chart(example, monkeypatch):
    from kit.report import charts
    from kit.report.maandrapport import Maandrapport, maatlat

    replace_in(example / "maatlat.csv", "lindenhof,2024-03,daadkracht", "lindenhof,1900-03,daadkracht")
    drawn = []
    real = charts.maatlat
    monkeypatch.setattr(
        charts, "maatlat", lambda scores, months, **kw: drawn.append(months) or real(scores, months, **kw)
    )
    maatlat.grafiek(Maandrapport(example, "lindenhof", "2024-04"))
    assert drawn[0][0] == "2022-01", "the chart starts with the data, not in 1900"


# --------------------------------------------------------------------------- whole numbers


@pytest.mark.parametrize(
    ("value", "message"),
    [
        (
            "12.000",
            "'12.000' is dubbelzinnig: schrijf duizendtallen zonder punt of komma (12000) en decimalen met een komma",
        ),
        (
            "12,000",
            "'12,000' is dubbelzinnig: schrijf duizendtallen zonder punt of komma (12000) en decimalen met een komma",
        ),
        ("1e3", "'1e3' is geen geheel getal (schrijf alleen cijfers, zoals 12)"),
        ("1_000", "'1_000' is geen geheel getal (schrijf alleen cijfers, zoals 12)"),
        ("+5", "'+5' is geen geheel getal (schrijf alleen cijfers, zoals 12)"),
        ("1 000", "'1 000' is geen geheel getal (schrijf alleen cijfers, zoals 12)"),
        ("1\u00a0000", "'1\\u00a0000' is geen geheel getal (schrijf alleen cijfers, zoals 12)"),
        ("\uff11\uff12", "'\uff11\uff12' is geen geheel getal (schrijf alleen cijfers, zoals 12)"),
        ("12.5", "'12.5' is geen geheel getal (schrijf alleen cijfers, zoals 12)"),
        ("9" * 400, f"'{'9' * 400}' is te groot: de kit rekent met getallen tot een biljoen (1000000000000)"),
    ],
)
def test_a_whole_number_that_reads_two_ways_or_is_no_number_is_refused(example, value, message):
    replace_in(example / "activiteiten.csv", "lh-plat;lh-bh,150", f'lh-plat;lh-bh,"{value}"')
    assert messages(example) == [f"activiteiten.csv:3: deelnemers: {message}"]


@pytest.mark.parametrize(("value", "read"), [("150", 150), ("150.0", 150), ("150,00", 150), ("0", 0)])
def test_a_whole_number_in_digits_or_with_a_spreadsheets_zero_decimals(example, value, read):
    replace_in(example / "activiteiten.csv", "lh-plat;lh-bh,150", f'lh-plat;lh-bh,"{value}"')
    assert load(example).activiteiten.loc[1, "deelnemers"] == read


def test_whole_number_messages_in_english(example):
    replace_in(example / "activiteiten.csv", "lh-plat;lh-bh,150", "lh-plat;lh-bh,1e3")
    replace_in(example / "relaties.csv", "r2,lh-plat,lh-bc2,samenwerking,2", "r2,lh-plat,lh-bc2,samenwerking,2.000")
    assert messages(example, "en") == [
        "relaties.csv:3: intensiteit: '2.000' is ambiguous: write thousands without a point or comma (2000) and "
        "decimals with a comma",
        "activiteiten.csv:3: deelnemers: '1e3' is not a whole number (write digits only, such as 12)",
    ]


# --------------------------------------------------------------------------- amounts


def test_an_amount_beyond_the_limit_is_refused_and_one_within_adds_up(example_v2):
    replace_in(example_v2 / "resultaten.csv", ",12000,euro", ",1000000000001,euro")
    assert messages(example_v2) == [
        "resultaten.csv:3: omvang: '1000000000001' is te groot: de kit rekent met getallen tot een biljoen "
        "(1000000000000)"
    ]
    replace_in(example_v2 / "resultaten.csv", ",1000000000001,euro", ",1000000000000,euro")
    assert messages(example_v2) == []


def _strict_json(text: str):
    """``text`` parsed as JSON proper: ``Infinity`` and ``NaN``, which Python writes by default, refused."""

    def refuse(constant):
        raise ValueError(f"not JSON: {constant}")

    return json.loads(text, parse_constant=refuse)


def test_metrics_json_never_writes_infinity(example_v2, capsys):
    huge = "9" * 308  # a float, but two of them add up to infinity
    replace_in(example_v2 / "resultaten.csv", ",4,stuks", f",{huge},euro")
    replace_in(example_v2 / "resultaten.csv", ",12000,euro", f",{huge},euro")
    argv = ["metrics", str(example_v2), "--buurt", "lindenhof", "--maand", "2024-04", "--json"]
    with pytest.raises(SystemExit) as stop:
        main(argv)
    captured = capsys.readouterr()
    assert stop.value.code == 1 and captured.out == ""
    assert f"resultaten.csv:2: omvang: '{huge}' is te groot" in captured.err

    results = example_v2 / "resultaten.csv"
    results.write_text(results.read_text(encoding="utf-8").replace(huge, "1000000000000"), encoding="utf-8")
    assert main(argv) == 0
    figures = _strict_json(capsys.readouterr().out)
    assert figures["resultaten_omvang"]["euro"] == 2e12 and math.isfinite(figures["resultaten_omvang"]["euro"])


# --------------------------------------------------------------------------- ids that become folder names


def test_buurt_ids_that_differ_only_in_case_are_an_error_at_both_lines(example):
    with open(example / "buurten.csv", "a", encoding="utf-8") as f:
        f.write("Lindenhof,Lindenhof-Zuid,West,,2024-03\n")
    lines = messages(example)
    assert [line for line in lines if "hoofdletters" in line] == [
        "buurten.csv:2: id: 'lindenhof' verschilt alleen in hoofdletters van 'Lindenhof' op regel 3: "
        "de rapporten van beide zouden in dezelfde map komen",
        "buurten.csv:3: id: 'Lindenhof' verschilt alleen in hoofdletters van 'lindenhof' op regel 2: "
        "de rapporten van beide zouden in dezelfde map komen",
    ]
    assert not validate(example).ok
