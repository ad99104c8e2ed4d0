"""Every check of version 4 of the data contract on a broken input, asserting the located message.

The inputs are copies of ``examples/lindenhof-v4`` (fixture ``example_v4``): the version 3 example with seats at
tables, dialogues, their agreements and the carriers' load of lindenhof.  That a version 3 dataset stays valid is
``test_validation_v3.py`` on ``examples/lindenhof-v3``, which has none of the four files.
"""

from __future__ import annotations

import pandas as pd
import pytest
from helpers import replace_in

from kit.data.dataset import load
from kit.data.validation import validate


def test_v4_example_is_valid_and_loads_every_row(example_v4):
    result = validate(example_v4)
    assert result.ok and result.problems == []
    counts = {k: len(v) for k, v in result.tables.items()}
    assert {k: counts[k] for k in ("tafels", "dialogen", "dialoogafspraken", "draaglast")} == {
        "tafels": 4,
        "dialogen": 3,
        "dialoogafspraken": 5,
        "draaglast": 2,
    }


def test_v4_example_is_typed(example_v4):
    """A seat's bare ``tot`` month is its last day; ``met`` a list; the pulse's numbers and yes/no typed."""
    data = load(example_v4)
    seats = data.tafels.set_index("id")
    assert seats.loc["t1", "tot"] == pd.Timestamp("2024-03-31") and seats.loc["t1", "vanaf"] == pd.Timestamp(
        "2023-10-01"
    )
    assert seats.loc["t3", "rol"] == "meebeslissend" and seats.loc["t1", "toegang"] == "zelf_gevraagd"
    assert data.dialogen.set_index("id").loc["d2", "met"] == ("west", "sdc-west")
    pulse = data.draaglast.set_index("maand")
    assert pulse["belasting"].tolist() == [3, 4] and pulse["dragers"].tolist() == [5, 4]
    assert pulse["incident"].tolist() == [False, True]


def test_a_version_3_dataset_has_empty_version_4_tables(example_v3):
    data = load(example_v3)
    assert data.tafels.empty and data.dialogen.empty and data.dialoogafspraken.empty and data.draaglast.empty
    assert {"rol", "toegang"} <= set(data.tafels.columns)


# (file, old text, new text, expected Dutch message line, expected English message line)
BROKEN = [
    pytest.param(
        "tafels.csv",
        "adviserend,uitgenodigd",
        "adviseren,uitgenodigd",
        "tafels.csv:3: rol: 'adviseren' is geen geldige waarde; bedoelde je 'adviserend'? (kies uit: geinformeerd, "
        "geraadpleegd, adviserend, coproducerend, meebeslissend, zelfbeherend)",
        "tafels.csv:3: rol: 'adviseren' is not a valid value; did you mean 'adviserend'? (choose from: geinformeerd, "
        "geraadpleegd, adviserend, coproducerend, meebeslissend, zelfbeherend)",
        id="rung-did-you-mean",
    ),
    pytest.param(
        "tafels.csv",
        "geraadpleegd,zelf_gevraagd",
        "geraadpleegd,aangeschoven",
        "tafels.csv:2: toegang: 'aangeschoven' is geen geldige waarde (kies uit: uitgenodigd, zelf_gevraagd)",
        "tafels.csv:2: toegang: 'aangeschoven' is not a valid value (choose from: uitgenodigd, zelf_gevraagd)",
        id="access-vocabulary",
    ),
    pytest.param(
        "tafels.csv",
        "2023-10,2024-03",
        "2024-10,2024-03",
        "tafels.csv:2: tot: 2024-03-31 ligt voor vanaf (2024-10-01)",
        "tafels.csv:2: tot: 2024-03-31 is before vanaf (2024-10-01)",
        id="seat-ends-before-it-starts",
    ),
    pytest.param(
        "tafels.csv",
        "t4,lindenhof,lh-bc1",
        "t4,lindenhof,es-bc1",
        "tafels.csv:5: actor: 'es-bc1' is een actor van buurt 'esdoorn', niet van 'lindenhof'",
        "tafels.csv:5: actor: 'es-bc1' is an actor of buurt 'esdoorn', not of 'lindenhof'",
        id="seat-of-another-buurt",
    ),
    pytest.param(
        "tafels.csv",
        "t4,lindenhof,lh-bc1",
        "t4,lindenhof,west",
        "tafels.csv:5: actor: 'west' hoort bij geen buurt (stadsbreed); aan tafel zit hier een actor van 'lindenhof'",
        "tafels.csv:5: actor: 'west' belongs to no buurt (city-wide); the one at the table here is an actor of "
        "'lindenhof'",
        id="seat-of-a-city-wide-actor",
    ),
    pytest.param(
        "tafels.csv",
        "Kastanjeplein,west,",
        "Kastanjeplein,wets,",
        "tafels.csv:4: eigenaar: onbekende actor 'wets'; bedoelde je 'west'?",
        "tafels.csv:4: eigenaar: unknown actor 'wets'; did you mean 'west'?",
        id="unknown-owner",
    ),
    pytest.param(
        "dialogen.csv",
        "d3,lindenhof,2024-04-25",
        "d3,lindenhof,2024-04",
        "dialogen.csv:4: datum: '2024-04' is geen geldige datum (verwacht JJJJ-MM-DD)",
        "dialogen.csv:4: datum: '2024-04' is not a valid date (expected YYYY-MM-DD)",
        id="dialogue-needs-a-day",
    ),
    pytest.param(
        "dialogen.csv",
        "Een avond voor jongeren,lh-bh,",
        "Een avond voor jongeren,,",
        "dialogen.csv:4: met: verplicht veld is leeg",
        "dialogen.csv:4: met: required cell is empty",
        id="dialogue-with-no-one",
    ),
    pytest.param(
        "dialogen.csv",
        "lh-plat,t3,notulen",
        "lh-plat,t9,notulen",
        "dialogen.csv:3: tafel: onbekende plek aan tafel 't9'",
        "dialogen.csv:3: tafel: unknown seat at a table 't9'",
        id="unknown-seat",
    ),
    pytest.param(
        "dialoogafspraken.csv",
        "a5,d3,",
        "a5,d9,",
        "dialoogafspraken.csv:6: dialoog: onbekende dialoog 'd9'",
        "dialoogafspraken.csv:6: dialoog: unknown dialogue 'd9'",
        id="unknown-dialogue",
    ),
    pytest.param(
        "dialoogafspraken.csv",
        "2024-04-15,2024-04-10,",
        "2024-04-15,2024-04-10,2024-04-12",
        "dialoogafspraken.csv:3: vervallen: nagekomen en vervallen zijn allebei ingevuld: een afspraak is nagekomen "
        "of vervallen, niet allebei",
        "dialoogafspraken.csv:3: vervallen: nagekomen and vervallen are both filled in: an agreement is kept or "
        "dropped, not both",
        id="kept-and-dropped",
    ),
    pytest.param(
        "dialoogafspraken.csv",
        "2024-05-15,2024-04-26,",
        "2024-05-15,2024-04-20,",
        "dialoogafspraken.csv:6: nagekomen: 2024-04-20 ligt voor het gesprek 'd3' (2024-04-25) waarin het is "
        "afgesproken",
        "dialoogafspraken.csv:6: nagekomen: 2024-04-20 is before the dialogue 'd3' (2024-04-25) in which it was agreed",
        id="kept-before-the-dialogue",
    ),
    pytest.param(
        "draaglast.csv",
        "lindenhof,2024-04,4,4,ja",
        "lindenhof,2024-04,6,4,ja",
        "draaglast.csv:3: belasting: 6 ligt niet tussen 1 en 5",
        "draaglast.csv:3: belasting: 6 is not between 1 and 5",
        id="load-above-five",
    ),
    pytest.param(
        "draaglast.csv",
        "lindenhof,2024-04,4,4,ja",
        "lindenhof,2024-04,4,-1,ja",
        "draaglast.csv:3: dragers: -1 is kleiner dan 0",
        "draaglast.csv:3: dragers: -1 is less than 0",
        id="negative-carriers",
    ),
    pytest.param(
        "draaglast.csv",
        "lindenhof,2024-04,4,4,ja",
        "lindenhof,2024-04,4,4,",
        "draaglast.csv:3: incident: verplicht veld is leeg",
        "draaglast.csv:3: incident: required cell is empty",
        id="incident-required",
    ),
    pytest.param(
        "draaglast.csv",
        "lindenhof,2024-04,4,4,ja",
        "lindenhof,2024-04,4,4,misschien",
        "draaglast.csv:3: incident: 'misschien' is geen ja/nee-waarde (gebruik ja of nee)",
        "draaglast.csv:3: incident: 'misschien' is not a yes/no value (use ja or nee)",
        id="incident-yes-or-no",
    ),
    pytest.param(
        "draaglast.csv",
        "lindenhof,2024-04,4,4,ja",
        "lindenhof,2024-03,4,4,ja",
        "draaglast.csv:3: de draaglast van deze buurt en maand (lindenhof 2024-03) staat al op regel 2: per buurt en "
        "maand één regel",
        "draaglast.csv:3: the load of this buurt and month (lindenhof 2024-03) already appears on line 2: one line "
        "per buurt and month",
        id="load-twice-in-a-month",
    ),
    pytest.param(
        "draaglast.csv",
        "buurt,maand,belasting,dragers,incident",
        "buurt,maand,belasting,dragers,incident,toelichting",
        "draaglast.csv: kolom 'toelichting' hoort niet in dit bestand: het bevat nooit vrije tekst of namen; haal de "
        "kolom weg",
        "draaglast.csv: column 'toelichting' does not belong in this file: it never holds free text or names; remove "
        "the column",
        id="no-free-text-in-the-load",
    ),
]


@pytest.mark.parametrize("filename, old, new, dutch, english", BROKEN)
def test_broken_input_gives_located_error_in_both_languages(example_v4, filename, old, new, dutch, english):
    replace_in(example_v4 / filename, old, new)
    result = validate(example_v4)
    assert not result.ok
    assert result.format().splitlines() == [dutch]
    assert result.format("en").splitlines() == [english]


def test_dropped_before_the_dialogue(example_v4):
    """``vervallen`` before the dialogue is the same error as ``nagekomen`` before it."""
    replace_in(example_v4 / "dialoogafspraken.csv", ",,2024-04-28", ",,2024-04-17")
    assert validate(example_v4).format().splitlines() == [
        "dialoogafspraken.csv:5: vervallen: 2024-04-17 ligt voor het gesprek 'd2' (2024-04-18) waarin het is "
        "afgesproken"
    ]


def test_a_dialogue_at_another_buurts_table(example_v4):
    replace_in(example_v4 / "tafels.csv", "t4,lindenhof,lh-bc1", "t4,esdoorn,es-bc1")
    replace_in(example_v4 / "dialogen.csv", "lh-sf,,verslag", "lh-sf,t4,verslag")
    assert validate(example_v4).format().splitlines() == [
        "dialogen.csv:4: tafel: plek aan tafel 't4' hoort bij buurt 'esdoorn', niet bij 'lindenhof'"
    ]


def test_an_agreement_with_a_deadline_before_its_dialogue_is_valid(example_v4):
    """A deadline already past when the agreement was made: late from the start, not a typing error."""
    replace_in(example_v4 / "dialoogafspraken.csv", "2024-05-15,2024-04-26,", "2024-04-20,2024-04-26,")
    assert validate(example_v4).problems == []


def test_dialogues_without_the_seats_file(example_v4):
    """A dialogue may name no table; one that names a table where no ``tafels.csv`` exists points at nothing."""
    (example_v4 / "tafels.csv").unlink()
    assert validate(example_v4).format().splitlines() == [
        "dialogen.csv:2: tafel: onbekende plek aan tafel 't1'",
        "dialogen.csv:3: tafel: onbekende plek aan tafel 't3'",
    ]


@pytest.mark.slow
def test_workbook_holds_version_4_and_locates_its_rules(tmp_path, example_v4):
    """The four sheets of version 4 read as the CSV files do, and their rules are located by sheet and row; the
    pulse's month typed as a month in a workbook stays a month."""
    from helpers import fill_template

    path = fill_template(example_v4, tmp_path / "gegevens.xlsx")
    assert validate(path).problems == []
    workbook, folder = load(path), load(example_v4)
    for stem in ("tafels", "dialogen", "dialoogafspraken", "draaglast"):
        assert getattr(workbook, stem).equals(getattr(folder, stem)), stem
    replace_in(example_v4 / "draaglast.csv", "lindenhof,2024-04,4,4,ja", "lindenhof,2024-03,4,4,ja")
    broken = fill_template(example_v4, tmp_path / "fout.xlsx")
    assert validate(broken).format().splitlines() == [
        "fout.xlsx[draaglast]:3: de draaglast van deze buurt en maand (lindenhof 2024-03) staat al op regel 2: per "
        "buurt en maand één regel"
    ]
