"""One declaration per figure: complete, consistent, and the one source of what reports, codebook and terminal say."""

from __future__ import annotations

import pytest

from kit.analysis.catalogue import COLUMN, COLUMNS, FIGURE, FIGURE_KEYS, FIGURES, REGISTERS, ROW_COLUMNS
from kit.analysis.measures.activities import FRAGMENT_DAYS
from kit.analysis.measures.connectors import CONNECTORS
from kit.analysis.measures.infrastructure import PERCEPTION_GAP
from kit.analysis.measures.requests import OVERDUE_DAYS
from kit.analysis.measures.resources import ENDING_MONTHS
from kit.analysis.panel import PANEL_COLUMNS, PULSE_COLUMNS
from kit.analysis.panel_file import sheet_decimals
from kit.dutch import telwoord
from kit.report.kengetallen import PATRONEN, SAMENVATTING
from kit.report.overzicht.tabel import OVERZICHT_GROEPEN
from kit.report.overzicht.trends import OVERZICHT_TRENDS
from kit.report.synthese.per_buurt import BUURT_KENGETALLEN
from kit.report.synthese.rapport import VOOR_NA


def test_every_key_is_declared_once_in_the_order_of_the_json():
    assert len(set(FIGURE_KEYS)) == len(FIGURE_KEYS)
    assert FIGURE_KEYS[:2] == ("buurt", "maand")
    assert [f.version for f in FIGURES] == sorted(f.version for f in FIGURES), "each version after the one before"


@pytest.mark.parametrize("column", [*ROW_COLUMNS, *COLUMNS], ids=lambda c: c.name)
def test_every_column_says_what_it_means(column):
    """The codebook's text: a meaning that is a sentence, a range and a unit."""
    assert column.meaning.endswith(".") and column.range and column.unit
    assert column.name in PANEL_COLUMNS or column.name in PULSE_COLUMNS, "the pulse only with --met-draaglast"


def test_columns_follow_their_figures_shape():
    """A number is one column under its key, a list ``aantal_<key>``, an object ``<key>_<part>``; each knows its
    figure."""
    for figure in FIGURES:
        names = [c.name for c in figure.columns]
        assert all(c.figure is figure for c in figure.columns)
        if figure.shape in ("row", "scalar"):
            assert names == [figure.key]
        elif figure.shape == "list":
            assert names == [f"aantal_{figure.key}"]
        else:
            assert names == [f"{figure.key}_{part}" for part in figure.parts] and len(names) > 1


@pytest.mark.parametrize("column", [c for c in COLUMNS if c.label], ids=lambda c: c.name)
def test_a_column_readers_see_has_every_word(column):
    """A label has a sentence for any value, decimals, and a direction; the kit judges only what has a direction."""
    assert column.sentence is not None and column.decimals is not None
    assert column.direction in (-1, 0, 1)
    assert not column.judged or column.direction != 0
    for value in (None, 0, 1, 0.5):
        assert column.sentence(value)


def test_one_label_per_figure():
    """No two columns share a Dutch label: a reader never sees one title for two figures."""
    labels = [c.label for c in COLUMNS if c.label]
    assert len(labels) == len(set(labels))
    assert COLUMN["platform_betweenness"].label == "Platform als verbinder"


def test_columns_without_words_are_parts_their_section_shows_whole():
    """Cells of the connection map, barriers, sizes of results, how fresh each register is and the seats by rung are
    shown as a table or list, never alone."""
    quiet = {c.figure.key for c in COLUMNS if c.label is None}
    assert quiet == {"verbindingskaart", "belemmeringen", "resultaten_omvang", "vastgelegd", "tafels_rol"}


def test_registers_sizes_and_sections_are_declared():
    assert {f.register for f in FIGURES} - {None} <= set(REGISTERS)
    assert FIGURE["actoren"].register is None and FIGURE["afspraken"].register == "acties.sessie"
    # platform falls back on buurten.platform, so it needs no register; recognition itself needs its rows
    assert FIGURE["platform"].register is None and FIGURE["erkend"].register == "erkenning"
    assert FIGURE["dichtheid"].size_dependent and not FIGURE["ei_index"].size_dependent
    assert FIGURE["verzoeken"].own_section and not FIGURE["dichtheid"].own_section


def test_the_kit_judges_a_change_only_where_it_may():
    """Fewer tensions is good news, more overdue actions a point of attention; turnover is neither; a request
    answered moves with one refused, so the kit does not judge it."""
    assert COLUMN["spanningen"].judgement(-1) == "gunstig" and COLUMN["spanningen"].judgement(1) == "aandachtspunt"
    assert COLUMN["dichtheid"].judgement(0.1) == "gunstig"
    assert COLUMN["verloop"].judgement(0.5) is None
    assert COLUMN["verzoeken_beantwoord"].judgement(1) is None and COLUMN["verzoeken_beantwoord"].direction == 1
    assert COLUMN["actoren"].judgement(0) is None


@pytest.mark.parametrize(
    "selection",
    [SAMENVATTING, PATRONEN, OVERZICHT_TRENDS, BUURT_KENGETALLEN, VOOR_NA, *(keys for _, keys in OVERZICHT_GROEPEN)],
)
def test_the_reports_selections_name_columns_with_words(selection):
    assert all(COLUMN[key].label for key in selection), [key for key in selection if not COLUMN[key].label]


def test_thresholds_reach_the_words_from_their_constants():
    """The text cannot say 30 days while the count uses another number."""
    assert str(OVERDUE_DAYS) in COLUMN["verzoeken_open_30"].label
    assert f"{OVERDUE_DAYS} days" in COLUMN["verzoeken_open_30"].meaning
    assert f"{OVERDUE_DAYS} dagen" in COLUMN["verzoeken_open_30"].sentence(2)
    assert telwoord(ENDING_MONTHS) in COLUMN["aantal_middelen_aflopend"].label
    assert f"{ENDING_MONTHS} months" in COLUMN["aantal_middelen_aflopend"].meaning
    assert f"hoogstens {telwoord(CONNECTORS)}" in COLUMN["aantal_verbinders"].sentence(3)
    assert f"{PERCEPTION_GAP} of meer punten" in COLUMN["aantal_belevingsverschillen"].sentence(1)
    assert f"{FRAGMENT_DAYS} days" in COLUMN["aantal_versnipperde_activiteiten"].meaning


def test_the_workbook_shows_counts_whole_days_with_one_decimal_and_other_numbers_with_three():
    assert [sheet_decimals(COLUMN[c]) for c in ("actoren", "acties_open", "erkend", "antwoordtijd")] == [0, 0, 0, 1]
    assert {sheet_decimals(c) for c in COLUMNS if c.decimals} == {1, 3}
    assert sheet_decimals(COLUMN["buurt"]) is None and sheet_decimals(None) is None


def test_a_figure_spreads_into_its_columns():
    """A part missing from an object is 0, but a criterion not scored, which is empty."""
    assert FIGURE["dichtheid"].spread(0.25) == {"dichtheid": 0.25}
    assert FIGURE["vindplaats"].spread(["a", "b"]) == {"aantal_vindplaats": 2}
    assert FIGURE["belemmeringen"].spread({"tijd": 2})["belemmeringen_geld"] == 0
    assert FIGURE["maatlat"].spread({"daadkracht": 4}) == {
        c.name: (4 if c.name == "maatlat_daadkracht" else None) for c in FIGURE["maatlat"].columns
    }
    cells = {"lotgenoten": {"bundeling": 1, "sociaal_kapitaal": 0, "werven": 2}}
    spread = FIGURE["verbindingskaart"].spread(cells)
    assert spread["verbindingskaart_lotgenoten_werven"] == 2 and spread["verbindingskaart_bedrijven_werven"] == 0


def test_a_figure_of_a_register_not_kept_leaves_every_column_empty():
    """null (the register is not kept) is an empty cell in each column, never 0 or an empty list counted."""
    assert FIGURE["resultaten"].spread(None) == {"resultaten": None}
    assert FIGURE["versnipperde_activiteiten"].spread(None) == {"aantal_versnipperde_activiteiten": None}
    assert set(FIGURE["acties"].spread(None).values()) == {None}
    assert set(FIGURE["resultaten_omvang"].spread(None).values()) == {None}


def test_vastgelegd_spreads_into_months_since():
    """The panel holds whole months from the register's latest month to the row's month, so that the columns stay
    numbers: November 2023 seen in April 2024 is 5, this month 0, never recorded empty."""
    value = dict.fromkeys(("actoren", "relaties", "activiteiten", "acties", "maatlat", "verzoeken"), "2024-04")
    value |= {"resultaten": "2023-11", "erkenning": None}
    spread = FIGURE["vastgelegd"].spread(value, "2024-04")
    assert spread["vastgelegd_resultaten"] == 5 and spread["vastgelegd_acties"] == 0
    assert spread["vastgelegd_erkenning"] is None and len(spread) == 11
    assert all(not COLUMN[name].compared for name in spread), "how fresh a register is ranks no buurt"
