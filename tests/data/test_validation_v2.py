"""Every check of version 2 of the data contract on a broken input, asserting the located message.

The inputs are copies of ``examples/lindenhof-v2`` (fixture ``example_v2``);
version 1 datasets staying valid is checked here and in ``test_validation.py``.
"""

from __future__ import annotations

import pandas as pd
import pytest
from helpers import replace_in

from kit.data.dataset import load
from kit.data.validation import validate


def messages(path, lang="nl") -> list[str]:
    return validate(path).format(lang).splitlines()


def test_v2_example_is_valid_and_loads_every_row(example_v2):
    result = validate(example_v2)
    assert result.ok and result.problems == []
    assert {k: len(v) for k, v in result.tables.items()} == {
        "buurten": 1,
        "actoren": 8,
        "relaties": 10,
        "activiteiten": 4,
        "acties": 3,
        "intervisie": 1,
        "maatlat": 7,
        "resultaten": 3,
        "verzoeken": 4,
        "erkenning": 1,
    }


def test_v2_example_is_typed(example_v2):
    data = load(example_v2)
    results = data.resultaten.set_index("id")
    assert results.loc["res1", "datum"] == pd.Timestamp("2024-03-20")
    assert results.loc["res3", "datum"] == pd.Timestamp("2024-04-01"), "a bare month in datum is its first day"
    assert results.loc["res2", "omvang"] == 12000 and results["omvang"].dtype == "Float64"
    assert results.loc["res1", "samen_met"] == ("lh-bc1",) and results.loc["res2", "samen_met"] == ()
    assert pd.isna(results.loc["res3", "tegenpartij"])
    requests = data.verzoeken.set_index("id")
    assert requests.loc["vz1", "gevraagd"] == pd.Timestamp("2024-02-01")
    assert requests.loc["vz1", "nagekomen"] == pd.Timestamp("2024-04-10")
    assert pd.isna(requests.loc["vz2", "antwoord"]) and requests.loc["vz3", "uitkomst"] == "geen_reactie"
    recognition = data.erkenning.iloc[0]
    assert recognition["vanaf"] == pd.Timestamp("2024-04-01") and pd.isna(recognition["tot"])
    assert "id" not in data.erkenning
    actions = data.acties.set_index("id")
    assert actions.loc["x3", "sessie"] == "i1" and pd.isna(actions.loc["x1", "sessie"])
    assert actions.loc["x2", "belemmering"] == ("ruimte", "tijd") and actions.loc["x1", "belemmering"] == ()


def test_bare_months_in_request_dates(example_v2):
    """``gevraagd`` a bare month is its first day; ``antwoord`` and ``nagekomen`` their last."""
    replace_in(
        example_v2 / "verzoeken.csv", "2024-02-01,toegezegd,2024-03-12,2024-04-10", "2024-02,toegezegd,2024-03,2024-04"
    )
    vz1 = load(example_v2).verzoeken.set_index("id").loc["vz1"]
    assert (vz1["gevraagd"], vz1["antwoord"], vz1["nagekomen"]) == (
        pd.Timestamp("2024-02-01"),
        pd.Timestamp("2024-03-31"),
        pd.Timestamp("2024-04-30"),
    )


def test_v1_dataset_has_empty_v2_frames(example):
    data = load(example)
    assert data.resultaten.empty and data.verzoeken.empty and data.erkenning.empty
    assert list(data.erkenning.columns) == ["buurt", "platform", "vanaf", "tot", "besloten_door", "document"]
    assert data.acties["sessie"].isna().all() and (data.acties["belemmering"] == ()).all()


def test_unknown_origin_and_lijn_are_allowed(example):
    replace_in(
        example / "actoren.csv",
        "lh-wb,Wijkbericht Lindenhof,lindenhof,maatschappelijke_organisatie,bovenaf,1,",
        "lh-wb,Wijkbericht Lindenhof,lindenhof,maatschappelijke_organisatie,onbekend,,",
    )
    assert validate(example).problems == []
    wb = load(example).actoren.set_index("id").loc["lh-wb"]
    assert wb["herkomst"] == "onbekend" and pd.isna(wb["lijn"])


def test_third_party_may_report_a_relation(example):
    replace_in(
        example / "relaties.csv",
        "r4,lh-plat,lh-wb,samenwerking,2,2023-06,,lh-plat",
        "r4,lh-plat,lh-wb,samenwerking,2,2023-06,,west",
    )
    assert validate(example).problems == []


def test_acties_without_one_new_column_is_valid(example_v2):
    path = example_v2 / "acties.csv"
    lines = path.read_text(encoding="utf-8").splitlines()
    path.write_text("\n".join(line.rsplit(",", 2)[0] + "," + line.rsplit(",", 1)[1] for line in lines) + "\n")
    assert path.read_text().splitlines()[0].endswith("reden,belemmering")
    assert validate(example_v2).problems == []


# (file, old text, new text, expected message line)
BROKEN = [
    pytest.param(
        "verzoeken.csv",
        "2024-03-10,afgewezen,2024-04-02",
        "2024-03-10,afgewezen,2024-03-02",
        "verzoeken.csv:5: antwoord: 2024-03-02 ligt voor gevraagd (2024-03-10)",
        id="answer-before-asked",
    ),
    pytest.param(
        "verzoeken.csv",
        "toegezegd,2024-03-12,2024-04-10",
        "toegezegd,2024-03-12,2024-03-11",
        "verzoeken.csv:2: nagekomen: 2024-03-11 ligt voor antwoord (2024-03-12)",
        id="delivered-before-answer",
    ),
    pytest.param(
        "erkenning.csv",
        "lindenhof,lh-plat,2024-04-01,,west",
        "lindenhof,lh-plat,2024-04-01,2024-03,west",
        "erkenning.csv:2: tot: 2024-03-31 ligt voor vanaf (2024-04-01)",
        id="recognition-ends-before-start",
    ),
    pytest.param(
        "verzoeken.csv",
        "toegezegd,2024-03-12,2024-04-10",
        "toegezegd,,2024-04-10",
        "verzoeken.csv:2: antwoord: antwoord is verplicht bij uitkomst toegezegd: wanneer kwam het antwoord?",
        id="answer-missing",
    ),
    pytest.param(
        "verzoeken.csv",
        "2024-03-10,afgewezen,2024-04-02",
        "2024-03-10,afgewezen,",
        "verzoeken.csv:5: antwoord: antwoord is verplicht bij uitkomst afgewezen: wanneer kwam het antwoord?",
        id="answer-missing-rejected",
    ),
    pytest.param(
        "verzoeken.csv",
        "geen_reactie,2024-04-30",
        "geen_reactie,",
        "verzoeken.csv:4: antwoord: antwoord is verplicht bij geen_reactie: de datum waarop het verzoek gesloten is",
        id="closed-without-date",
    ),
    pytest.param(
        "verzoeken.csv",
        "2024-03-05,open,,",
        "2024-03-05,open,2024-03-20,",
        "verzoeken.csv:3: antwoord: antwoord is ingevuld, maar de uitkomst is open: "
        "kies de uitkomst of maak antwoord leeg",
        id="answer-but-open",
    ),
    pytest.param(
        "verzoeken.csv",
        "buurtbudget,2024-02-01,toegezegd",
        "buurtbudget,2024-02-01,toegezegt",
        "verzoeken.csv:2: uitkomst: 'toegezegt' is geen geldige waarde; bedoelde je 'toegezegd'? "
        "(kies uit: open, toegezegd, deels, afgewezen, geen_reactie)",
        id="outcome-did-you-mean",
    ),
    pytest.param(
        "verzoeken.csv",
        "lh-plat,west,Overleg",
        "lh-plat,wets,Overleg",
        "verzoeken.csv:2: aan: onbekende actor 'wets'; bedoelde je 'west'?",
        id="unknown-addressee",
    ),
    pytest.param(
        "verzoeken.csv",
        "vz1,lindenhof,lh-plat,west",
        "vz1,lindenhof,lh-plat,lh-plat",
        "verzoeken.csv:2: aan: een verzoek van 'lh-plat' aan zichzelf",
        id="self-request",
    ),
    pytest.param(
        "verzoeken.csv",
        "vz2,lindenhof",
        "vz1,lindenhof",
        "verzoeken.csv:3: id: 'vz1' komt al voor op regel 2",
        id="duplicate-request",
    ),
    pytest.param(
        "verzoeken.csv",
        "vz2,lindenhof",
        "vz2,lindenhoff",
        "verzoeken.csv:3: buurt: onbekende buurt 'lindenhoff'; bedoelde je 'lindenhof'?",
        id="unknown-buurt",
    ),
    pytest.param(
        "verzoeken.csv",
        "Avonden vrij voor jongeren,2024-03-10",
        "Avonden vrij voor jongeren,10 maart",
        "verzoeken.csv:5: gevraagd: '10 maart' is geen geldige datum (verwacht JJJJ-MM-DD of JJJJ-MM)",
        id="date",
    ),
    pytest.param(
        "resultaten.csv",
        "12000,euro",
        "12000,",
        "resultaten.csv:3: eenheid: eenheid is verplicht als omvang is ingevuld "
        "(kies uit: euro, woningen, personen, m2, stuks)",
        id="unit-missing",
    ),
    pytest.param(
        "resultaten.csv",
        "12000,euro",
        "12.000,euro",
        "resultaten.csv:3: omvang: '12.000' is dubbelzinnig: schrijf duizendtallen zonder punt of komma (12000) "
        "en decimalen met een komma",
        id="ambiguous-number",
    ),
    pytest.param(
        "resultaten.csv",
        "12000,euro",
        "twaalfduizend,euro",
        "resultaten.csv:3: omvang: 'twaalfduizend' is geen getal (schrijf bijvoorbeeld 12000 of 2,5)",
        id="number",
    ),
    pytest.param(
        "resultaten.csv",
        "12000,euro",
        "nan,euro",
        "resultaten.csv:3: omvang: 'nan' is geen getal",
        id="nan-is-no-number",
    ),
    pytest.param(
        "resultaten.csv",
        "12000,euro",
        "1" * 400 + ",euro",
        f"resultaten.csv:3: omvang: '{'1' * 400}' is te groot: de kit rekent met getallen tot een biljoen "
        "(1000000000000)",
        id="overflow-is-too-large",
    ),
    pytest.param(
        "resultaten.csv",
        "lh-bc1,4,stuks",
        "lh-bc1,-4,stuks",
        "resultaten.csv:2: omvang: -4 is kleiner dan 0",
        id="negative-amount",
    ),
    pytest.param(
        "resultaten.csv",
        "12000,euro",
        "12000,Euros",
        "resultaten.csv:3: eenheid: 'Euros' is geen geldige waarde; bedoelde je 'euro'?",
        id="unit-did-you-mean",
    ),
    pytest.param(
        "resultaten.csv",
        "Lindeplein,openbare_ruimte",
        "Lindeplein,openbare ruimte",
        "resultaten.csv:2: domein: 'openbare ruimte' is geen geldige waarde; bedoelde je 'openbare_ruimte'?",
        id="domain-did-you-mean",
    ),
    pytest.param(
        "resultaten.csv",
        "west,lh-bc1,4",
        "west,lh-bc1;lh-bcc1,4",
        "resultaten.csv:2: samen_met: onbekende actor 'lh-bcc1'; bedoelde je 'lh-bc1'?",
        id="unknown-actor-in-list",
    ),
    pytest.param(
        "resultaten.csv",
        "Lindeplein,openbare_ruimte,west",
        "Lindeplein,openbare_ruimte,stadsdeel",
        "resultaten.csv:2: tegenpartij: onbekende actor 'stadsdeel'",
        id="unknown-counterpart",
    ),
    pytest.param(
        "resultaten.csv",
        ",besluit stadsdeel 20 maart",
        ",",
        "resultaten.csv:2: bron: verplicht veld is leeg",
        id="source-required",
    ),
    pytest.param(
        "erkenning.csv",
        "lindenhof,lh-plat,",
        "lindenhof,west,",
        "erkenning.csv:2: platform: 'west' hoort bij geen buurt (stadsbreed); erkend wordt een actor van 'lindenhof'",
        id="recognised-citywide-actor",
    ),
    pytest.param(
        "erkenning.csv",
        "lindenhof,lh-plat,",
        "lindehof,lh-plat,",
        "erkenning.csv:2: buurt: onbekende buurt 'lindehof'; bedoelde je 'lindenhof'?",
        id="recognition-unknown-buurt",
    ),
    pytest.param(
        "erkenning.csv",
        "2024-04-01,,west,",
        "2024-04-01,,wets,",
        "erkenning.csv:2: besloten_door: onbekende actor 'wets'; bedoelde je 'west'?",
        id="unknown-decider",
    ),
    pytest.param(
        "erkenning.csv",
        "lindenhof,lh-plat,2024-04-01,",
        "lindenhof,lh-plat,,",
        "erkenning.csv:2: vanaf: verplicht veld is leeg",
        id="recognition-start-required",
    ),
    pytest.param(
        "acties.csv",
        "open,,,i1,",
        "open,,,i9,",
        "acties.csv:4: sessie: onbekende intervisiebijeenkomst 'i9'",
        id="unknown-session",
    ),
    pytest.param(
        "acties.csv",
        "ruimte;tijd",
        "ruimte;regel",
        "acties.csv:3: belemmering: 'regel' is geen geldige waarde; bedoelde je 'regels'?",
        id="obstacle-did-you-mean",
    ),
]


@pytest.mark.parametrize("filename, old, new, expected", BROKEN)
def test_broken_input_gives_located_error(example_v2, filename, old, new, expected):
    replace_in(example_v2 / filename, old, new)
    result = validate(example_v2)
    lines = result.format().splitlines()
    assert any(line.startswith(expected) for line in lines), lines
    assert not result.ok


# (file, old text, new text, expected message line): printed, but the dataset stays valid
WARNED = [
    pytest.param(
        "acties.csv",
        "ruimte;tijd",
        "",
        "acties.csv:3: waarschuwing: belemmering: belemmering is leeg bij niet_gedaan: wat stond in de weg? "
        "(kies uit: tijd, geld, ruimte, regels, samenwerking, communicatie, kennis, draagvlak, instelling, overig)",
        id="obstacle-missing",
    ),
    pytest.param(
        "verzoeken.csv",
        "afgewezen,2024-04-02,,",
        "afgewezen,2024-04-02,2024-04-05,",
        "verzoeken.csv:5: waarschuwing: nagekomen: nagekomen telt alleen bij toegezegd of deels "
        "en wordt hier genegeerd (uitkomst afgewezen)",
        id="delivered-not-promised",
    ),
    pytest.param(
        "resultaten.csv",
        "lh-bc1,4,stuks",
        "lh-bc1,,stuks",
        "resultaten.csv:2: waarschuwing: eenheid: eenheid zonder omvang telt niet mee: "
        "vul omvang in of maak eenheid leeg",
        id="unit-without-amount",
    ),
]


@pytest.mark.parametrize("filename, old, new, expected", WARNED)
def test_warning_is_located_and_keeps_the_dataset_valid(example_v2, filename, old, new, expected):
    replace_in(example_v2 / filename, old, new)
    result = validate(example_v2)
    assert result.format().splitlines() == [expected]
    assert result.ok


def test_obstacle_missing_only_warns_when_the_column_exists(example):
    """A version 1 action list has no ``belemmering`` to fill in: its ``niet_gedaan`` row is not warned about."""
    assert "niet_gedaan" in (example / "acties.csv").read_text()
    assert validate(example).problems == []


def test_delivered_before_asked_is_one_problem(example_v2):
    """``nagekomen`` before both ``gevraagd`` and ``antwoord``: one line, against ``gevraagd``."""
    replace_in(
        example_v2 / "verzoeken.csv",
        "2024-02-01,toegezegd,2024-03-12,2024-04-10",
        "2024-02-01,toegezegd,2024-03-12,2024-01",
    )
    assert messages(example_v2) == ["verzoeken.csv:2: nagekomen: 2024-01-31 ligt voor gevraagd (2024-02-01)"]


def test_unreadable_answer_date_is_reported_once(example_v2):
    replace_in(example_v2 / "verzoeken.csv", "toegezegd,2024-03-12", "toegezegd,12 maart")
    assert messages(example_v2) == [
        "verzoeken.csv:2: antwoord: '12 maart' is geen geldige datum (verwacht JJJJ-MM-DD of JJJJ-MM)"
    ]


def test_decimal_comma_and_point_are_numbers(example_v2):
    replace_in(example_v2 / "resultaten.csv", "12000,euro", '"2,5",euro')
    replace_in(example_v2 / "resultaten.csv", "35,woningen", "1.5,woningen")
    assert validate(example_v2).problems == []
    assert list(load(example_v2).resultaten["omvang"]) == [4, 2.5, 1.5]


def test_overlapping_recognitions(example_v2):
    path = example_v2 / "erkenning.csv"
    path.write_text(path.read_text() + "lindenhof,lh-plat,2024-06,,west,verlenging\n")
    assert messages(example_v2) == [
        "erkenning.csv:3: erkenning overlapt in 2024-06 met regel 2: per buurt en maand geldt hoogstens één erkenning"
    ]


def test_recognitions_in_one_month_overlap(example_v2):
    """A recognition that ends on 10 May and one that starts on 20 May are both active in May."""
    replace_in(example_v2 / "erkenning.csv", "2024-04-01,,west", "2024-04-01,2024-05-10,west")
    path = example_v2 / "erkenning.csv"
    path.write_text(path.read_text() + "lindenhof,lh-plat,2024-05-20,,west,\n")
    assert messages(example_v2) == [
        "erkenning.csv:3: erkenning overlapt in 2024-05 met regel 2: per buurt en maand geldt hoogstens één erkenning"
    ]


def test_consecutive_recognitions_and_other_buurten_do_not_overlap(example_v2):
    replace_in(
        example_v2 / "buurten.csv",
        "lindenhof,Lindenhof,West,lh-plat,2024-03",
        "lindenhof,Lindenhof,West,lh-plat,2024-03\nnoordhof,Noordhof,Noord,,",
    )
    replace_in(
        example_v2 / "actoren.csv",
        "west,Stadsdeel West",
        "nh-plat,Buurtplatform Noordhof,noordhof,buurtplatform,onderop,0,,,,nee,\nwest,Stadsdeel West",
    )
    replace_in(example_v2 / "erkenning.csv", "2024-04-01,,west", "2024-04-01,2024-05,west")
    path = example_v2 / "erkenning.csv"
    path.write_text(path.read_text() + "lindenhof,lh-plat,2024-06,,west,\nnoordhof,nh-plat,2024-01,,,\n")
    assert validate(example_v2).problems == []


def test_recognised_platform_of_another_buurt(example_v2):
    replace_in(
        example_v2 / "buurten.csv",
        "lindenhof,Lindenhof,West,lh-plat,2024-03",
        "lindenhof,Lindenhof,West,lh-plat,2024-03\nnoordhof,Noordhof,Noord,,",
    )
    replace_in(
        example_v2 / "actoren.csv",
        "west,Stadsdeel West",
        "nh-plat,Buurtplatform Noordhof,noordhof,buurtplatform,onderop,0,,,,nee,\nwest,Stadsdeel West",
    )
    replace_in(example_v2 / "erkenning.csv", "lindenhof,lh-plat,", "lindenhof,nh-plat,")
    assert messages(example_v2) == [
        "erkenning.csv:2: platform: 'nh-plat' is een actor van buurt 'noordhof', niet van 'lindenhof'"
    ]


def test_session_without_intervision_file(example_v2):
    """No ``intervisie.csv`` means no sessions recorded: an action cannot point to one."""
    (example_v2 / "intervisie.csv").unlink()
    assert messages(example_v2) == ["acties.csv:4: sessie: onbekende intervisiebijeenkomst 'i1'"]


def test_session_of_a_broken_intervision_file_is_not_reported_again(example_v2):
    """An intervision file that cannot be read is reported once, not once more per action that names it."""
    (example_v2 / "intervisie.csv").write_bytes(b"\x00")
    assert messages(example_v2) == [
        "intervisie.csv: kan het bestand niet lezen: het is geen tekst in UTF-8 of Windows-1252"
    ]


def test_missing_column_of_a_new_file(example_v2):
    path = example_v2 / "verzoeken.csv"
    path.write_text(path.read_text().replace(",uitkomst,", ",", 1))
    assert messages(example_v2)[0] == "verzoeken.csv: ontbrekende kolom 'uitkomst'"


def test_english_messages(example_v2):
    replace_in(example_v2 / "verzoeken.csv", "geen_reactie,2024-04-30", "geen_reactie,")
    replace_in(example_v2 / "resultaten.csv", "12000,euro", "12.000,euro")
    path = example_v2 / "erkenning.csv"
    path.write_text(path.read_text() + "lindenhof,lh-plat,2024-06,,west,verlenging\n")
    assert messages(example_v2, "en") == [
        "resultaten.csv:3: omvang: '12.000' is ambiguous: write thousands without a point or comma (12000) "
        "and decimals with a comma",
        "verzoeken.csv:4: antwoord: antwoord is required for geen_reactie: the date the request was closed",
        "erkenning.csv:3: recognition overlaps in 2024-06 with line 2: at most one recognition per buurt and month",
    ]


@pytest.mark.slow
def test_workbook_locates_new_sheets(tmp_path, example_v2):
    """The rules of the new files hold in a workbook too, located by sheet and row."""
    from helpers import fill_template

    replace_in(example_v2 / "verzoeken.csv", "2024-03-10,afgewezen,2024-04-02", "2024-03-10,afgewezen,")
    path = fill_template(example_v2, tmp_path / "gegevens.xlsx")
    assert messages(path) == [
        "gegevens.xlsx[verzoeken]:5: antwoord: antwoord is verplicht bij uitkomst afgewezen: wanneer kwam het antwoord?"
    ]
