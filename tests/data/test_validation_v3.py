"""Every check of version 3 of the data contract on a broken input, asserting the located message.

The inputs are copies of ``examples/lindenhof-v3`` (fixture ``example_v3``); that every version 2 dataset stays
valid is checked in ``test_validation_v2.py`` on ``examples/lindenhof-v2``, whose ``resultaten.csv`` has no
``gemeld`` column.
"""

from __future__ import annotations

import pandas as pd
import pytest
from helpers import replace_in

from kit.data.dataset import load
from kit.data.validation import validate


def messages(path, lang="nl") -> list[str]:
    return validate(path).format(lang).splitlines()


def test_v3_example_is_valid_and_loads_every_row(example_v3):
    result = validate(example_v3)
    assert result.ok and result.problems == []
    assert {k: len(v) for k, v in result.tables.items()} == {
        "buurten": 2,
        "actoren": 12,
        "relaties": 13,
        "activiteiten": 4,
        "acties": 4,
        "intervisie": 1,
        "maatlat": 7,
        "resultaten": 5,
        "verzoeken": 4,
        "erkenning": 1,
    }


def test_v3_example_is_typed(example_v3):
    """``gemeld`` is a date whose bare month is its first day; a ``datum`` left empty beside it is no date."""
    data = load(example_v3)
    results = data.resultaten.set_index("id")
    assert pd.isna(results.loc["res4", "datum"]) and results.loc["res4", "gemeld"] == pd.Timestamp("2024-04-15")
    assert results.loc["res5", "datum"] == pd.Timestamp("2023-11-01")
    assert results.loc["res5", "gemeld"] == pd.Timestamp("2024-04-20")
    assert results["gemeld"].isna().sum() == 3
    assert data.actoren.set_index("id").loc["sdc-west", "soort"] == "stadsdeelcommissie"
    assert data.acties.set_index("id").loc["x4", "belemmering"] == ("instelling",)


def test_version_2_results_have_an_empty_gemeld(example_v2):
    """A ``resultaten.csv`` written before version 3 has no ``gemeld`` column: it reads as all cells empty."""
    assert load(example_v2).resultaten["gemeld"].isna().all()


# (file, old text, new text, expected Dutch message line, expected English message line)
BROKEN = [
    pytest.param(
        "resultaten.csv",
        "res4,lindenhof,,2024-04-15",
        "res4,lindenhof,,",
        "resultaten.csv:5: datum: datum of gemeld is verplicht: wanneer is het bereikt, of anders wanneer is het "
        "gemeld?",
        "resultaten.csv:5: datum: datum or gemeld is required: when was it achieved, or else when was it reported?",
        id="neither-date",
    ),
    pytest.param(
        "resultaten.csv",
        "2023-11,2024-04-20",
        "2023-11,2023-10-20",
        "resultaten.csv:6: gemeld: 2023-10-20 ligt voor datum (2023-11-01)",
        "resultaten.csv:6: gemeld: 2023-10-20 is before datum (2023-11-01)",
        id="reported-before-achieved",
    ),
    pytest.param(
        "resultaten.csv",
        "res2,lindenhof,2024-04-10,",
        "res2,lindenhof,2024-04-10,2024-04",
        "resultaten.csv:3: gemeld: 2024-04-01 ligt voor datum (2024-04-10)",
        "resultaten.csv:3: gemeld: 2024-04-01 is before datum (2024-04-10)",
        id="bare-month-reported-is-its-first-day",
    ),
    pytest.param(
        "resultaten.csv",
        "2023-11,2024-04-20",
        "2023-11,20 april",
        "resultaten.csv:6: gemeld: '20 april' is geen geldige datum (verwacht JJJJ-MM-DD of JJJJ-MM)",
        "resultaten.csv:6: gemeld: '20 april' is not a valid date (expected YYYY-MM-DD or YYYY-MM)",
        id="reported-no-date",
    ),
    pytest.param(
        "actoren.csv",
        "West,,stadsdeelcommissie,",
        "West,,stadsdeelcomissie,",
        "actoren.csv:11: soort: 'stadsdeelcomissie' is geen geldige waarde; bedoelde je 'stadsdeelcommissie'? "
        "(kies uit: bewonerscommissie, bewonersinitiatief, buurtplatform, sleutelfiguur, vereniging, "
        "lotgenotengroep, maatschappelijke_organisatie, wijkcentrum, welzijnsorganisatie, zorgorganisatie, "
        "woningcorporatie, stadsdeel, stadsdeelcommissie, gemeente, politie, onderwijs, ondernemer, fonds, overig)",
        "actoren.csv:11: soort: 'stadsdeelcomissie' is not a valid value; did you mean 'stadsdeelcommissie'? "
        "(choose from: bewonerscommissie, bewonersinitiatief, buurtplatform, sleutelfiguur, vereniging, "
        "lotgenotengroep, maatschappelijke_organisatie, wijkcentrum, welzijnsorganisatie, zorgorganisatie, "
        "woningcorporatie, stadsdeel, stadsdeelcommissie, gemeente, politie, onderwijs, ondernemer, fonds, overig)",
        id="committee-did-you-mean",
    ),
    pytest.param(
        "acties.csv",
        ",,instelling",
        ",,instellingen",
        "acties.csv:5: belemmering: 'instellingen' is geen geldige waarde; bedoelde je 'instelling'? "
        "(kies uit: tijd, geld, ruimte, regels, samenwerking, communicatie, kennis, draagvlak, instelling, overig)",
        "acties.csv:5: belemmering: 'instellingen' is not a valid value; did you mean 'instelling'? "
        "(choose from: tijd, geld, ruimte, regels, samenwerking, communicatie, kennis, draagvlak, instelling, overig)",
        id="institution-did-you-mean",
    ),
]


@pytest.mark.parametrize("filename, old, new, dutch, english", BROKEN)
def test_broken_input_gives_located_error_in_both_languages(example_v3, filename, old, new, dutch, english):
    replace_in(example_v3 / filename, old, new)
    result = validate(example_v3)
    assert not result.ok
    assert result.format().splitlines() == [dutch]
    assert result.format("en").splitlines() == [english]


def test_a_result_without_any_date_in_a_version_2_file(example_v2):
    """Without a ``gemeld`` column, an empty ``datum`` is the same error: the column reads as empty."""
    replace_in(example_v2 / "resultaten.csv", "res1,lindenhof,2024-03-20,", "res1,lindenhof,,")
    assert messages(example_v2) == [
        "resultaten.csv:2: datum: datum of gemeld is verplicht: wanneer is het bereikt, of anders wanneer is het "
        "gemeld?"
    ]


def test_reported_on_the_day_it_was_achieved_is_valid(example_v3):
    replace_in(example_v3 / "resultaten.csv", "res2,lindenhof,2024-04-10,", "res2,lindenhof,2024-04-10,2024-04-10")
    assert validate(example_v3).problems == []


@pytest.mark.slow
def test_workbook_locates_the_new_rules(tmp_path, example_v3):
    """The rules of version 3 hold in a workbook too, located by sheet and row."""
    from helpers import fill_template

    replace_in(example_v3 / "resultaten.csv", "res4,lindenhof,,2024-04-15", "res4,lindenhof,,")
    path = fill_template(example_v3, tmp_path / "gegevens.xlsx")
    assert messages(path) == [
        "gegevens.xlsx[resultaten]:5: datum: datum of gemeld is verplicht: wanneer is het bereikt, of anders wanneer "
        "is het gemeld?"
    ]
