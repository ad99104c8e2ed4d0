"""The rules and measures of version 3, each on a case small enough to compute by hand: registers kept and
``vastgelegd`` (:mod:`kit.analysis.registers`), results recorded after the fact, support beside the platform and
recognition without the fallback on ``buurten.platform``."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from helpers import replace_in

from kit.analysis.figures import figures
from kit.analysis.measures.recognition import recognised
from kit.analysis.measures.resources import resources, support_beside
from kit.analysis.measures.results import result_counts, result_sizes
from kit.analysis.registers import COLUMNS, REGISTERS, kept, latest, not_kept, recorded, recorded_months
from kit.data.dataset import load

APRIL = pd.Period("2024-04", "M")
FIRST, LAST = pd.Timestamp("2024-04-01"), pd.Timestamp("2024-04-30")


def dates(*values):
    return pd.to_datetime(list(values))


# --------------------------------------------------------------------------- results


@pytest.fixture
def results() -> pd.DataFrame:
    """Six results, seen in April 2024:

    ====  ==========  ==========  =====  =====================================================
    id    datum       gemeld      omvang
    ====  ==========  ==========  =====  =====================================================
    a     2024-03-20              4      achieved in March
    b     2024-04-10              12000  achieved in April
    c                 2024-04-15         recorded in April, date unknown
    d     2023-11-01  2024-04-20  12     achieved in November, recorded in April
    e     2024-04-02  2024-04-05         achieved in April and recorded three days later
    f                 2024-05-03  7      recorded in May, date unknown
    ====  ==========  ==========  =====  =====================================================

    resultaten (datum in April): b, e → 2.  resultaten_gemeld (gemeld in April, datum unknown or before 1 April):
    c, d → 2; not e, achieved in April itself.  resultaten_totaal (datum, else gemeld, ≤ 30 April): a, b, c, d, e →
    5; f only in May.  resultaten_omvang over those five: stuks 4 + 12 = 16, euro 12000.
    """
    return pd.DataFrame(
        {
            "datum": dates("2024-03-20", "2024-04-10", None, "2023-11-01", "2024-04-02", None),
            "gemeld": dates(None, None, "2024-04-15", "2024-04-20", "2024-04-05", "2024-05-03"),
            "omvang": pd.array([4, 12000, None, 12, None, 7], dtype="Float64"),
            "eenheid": ["stuks", "euro", None, "stuks", None, "stuks"],
        }
    )


def test_results_achieved_recorded_after_the_fact_and_so_far(results):
    assert result_counts(results, FIRST, LAST) == (2, 2, 5)
    assert result_sizes(results, LAST) == {"euro": 12000.0, "stuks": 16.0}


def test_results_in_march_and_may(results):
    """March: a achieved (1); d counts so far by its datum, though recorded only in April (a, d → 2); nothing
    recorded in March.  May: nothing achieved; f recorded with its date unknown; all six so far."""
    assert result_counts(results, pd.Timestamp("2024-03-01"), pd.Timestamp("2024-03-31")) == (1, 0, 2)
    assert result_counts(results, pd.Timestamp("2024-05-01"), pd.Timestamp("2024-05-31")) == (0, 1, 6)
    assert result_sizes(results, pd.Timestamp("2024-03-31")) == {"stuks": 16.0}


# --------------------------------------------------------------------------- resources and support beside


#: p the platform (onderop, lijn 0); n a network set up from the top down (bovenaf, lijn 0); w a wijkbericht that
#: duplicates a function of the platform (lijn 1); a a residents' group (onderop, lijn 0); s the stadsdeel (lijn 2);
#: u an actor of unknown lijn.
OWN = {"p", "n", "w", "a"}
LIJN = {"p": 0, "n": 0, "w": 1, "a": 0, "s": 2}
TOP_DOWN = {"n"}
RIVALS = {"p", "w"}
RELATIONS = [
    ("r1", "s", "n", "financiering"),  # beside: n is top-down
    ("r2", "s", "w", "ondersteuning"),  # beside: w duplicates the platform
    ("r3", "s", "p", "ruimte"),  # a resource for the platform, never beside it
    ("r4", "u", "n", "ruimte"),  # u's lijn is unknown: not beside, and n is top-down: no resource either
    ("r5", "s", "a", "financiering"),  # a resource for residents
    ("r6", "s", "n", "werving"),  # no resource relation
    ("r7", "a", "n", "ondersteuning"),  # from lijn 0: residents helping each other, not an institution
]


def test_resources_for_residents_leave_out_what_the_top_down_set_up():
    """middelen: to own lijn-0 actors not started top-down: r3 (p), r5 (a).  Not r1, r4, r7 (n is top-down), not
    r2 (w is lijn 1)."""
    assert resources(RELATIONS, OWN, LIJN, TOP_DOWN) == ["r3", "r5"]


def test_support_beside_the_platform():
    """middelen_naast: from lijn 1 or 2 to a top-down own actor or a rival, not the platform: r1, r2."""
    assert support_beside(RELATIONS, OWN, LIJN, "p", TOP_DOWN, RIVALS) == ["r1", "r2"]
    assert support_beside(RELATIONS, OWN, LIJN, "p", set(), set()) == []
    assert support_beside(RELATIONS, OWN, LIJN, None, TOP_DOWN, set()) == ["r1"], "no platform: no rivals"
    assert support_beside(RELATIONS, OWN - {"n"}, LIJN, "p", TOP_DOWN, RIVALS) == ["r2"], "an actor of elsewhere"


# --------------------------------------------------------------------------- recognition


def test_recognised_only_by_a_recognition_row():
    """Without rows nothing is recognised (the figure is then null: the register is not kept); a row from 15 April
    recognises April."""
    none = pd.DataFrame({"vanaf": dates(), "tot": dates()})
    assert not recognised(none, APRIL)
    assert recognised(pd.DataFrame({"vanaf": dates("2024-04-15"), "tot": dates(None)}), APRIL)


# --------------------------------------------------------------------------- registers kept


def test_registers_kept_in_the_example(example_v3):
    """Lindenhof keeps every register of version 3 and both columns are in use (x3 has a sessie, x2 and x4
    barriers), none of version 4; Esdoorn has no row in any register: nothing kept, and no column in use for it
    either."""
    data = load(example_v3)
    v4 = ("tafels", "dialogen", "draaglast")
    assert kept(data, "lindenhof") == dict.fromkeys((*REGISTERS, *COLUMNS), True) | dict.fromkeys(v4, False)
    assert kept(data, "esdoorn") == dict.fromkeys((*REGISTERS, *COLUMNS), False)
    assert not_kept(kept(data, "esdoorn")) == list(REGISTERS)


def test_a_register_is_kept_from_one_row_of_the_buurt_whatever_the_month(example_v3):
    """One score of Esdoorn in April keeps its maatlat also in March (a month without scores is a real nothing)."""
    path = example_v3 / "maatlat.csv"
    path.write_text(path.read_text() + "esdoorn,2024-04,daadkracht,3,zelf,\n")
    data = load(example_v3)
    assert kept(data, "esdoorn")["maatlat"] and not kept(data, "esdoorn")["acties"]
    assert figures(data, "esdoorn", "2024-03")["maatlat"] == {}
    assert figures(data, "esdoorn", "2024-04")["maatlat"] == {"daadkracht": 3}
    assert figures(data, "esdoorn", "2024-04")["acties"] is None


def test_a_column_is_in_use_when_any_row_of_the_pilot_fills_it(example_v3):
    """Empty every sessie: the column is in use nowhere, so afspraken is null for Lindenhof, though it keeps its
    action list; a sessie of any buurt's action puts it back in use."""
    replace_in(example_v3 / "acties.csv", "open,,,i1,", "open,,,,")
    data = load(example_v3)
    assert kept(data, "lindenhof")["acties"] and not kept(data, "lindenhof")["acties.sessie"]
    assert not_kept(kept(data, "lindenhof")) == ["tafels", "dialogen", "draaglast", "acties.sessie"]
    april = figures(data, "lindenhof", "2024-04")
    assert april["afspraken"] is None and april["acties"] is not None and april["belemmeringen"] is not None


def test_every_figure_of_a_register_not_kept_is_null_in_every_month(example_v3):
    """The data contract's table, for Esdoorn in both months: every figure named there is null; the figures of
    actors and relations and middelen (no register) are not."""
    data = load(example_v3)
    named = (
        "activiteiten bundelingsgraad versnipperde_activiteiten acties afspraken belemmeringen maatlat "
        "maatlat_gemiddelde maatlat_verschil resultaten resultaten_gemeld resultaten_totaal resultaten_omvang "
        "verzoeken antwoordtijd nagekomen erkend erkend_maanden"
    ).split()
    for month in ("2024-03", "2024-04"):
        found = figures(data, "esdoorn", month)
        assert {key: found[key] for key in named} == dict.fromkeys(named, None)
        assert found["platform"] == "es-plat" and found["middelen"] == 0 and found["actoren"] == 2


def test_version_1_data_is_not_called_recognised(example):
    """Lindenhof of version 1 has buurten.platform but no erkenning.csv: its platform stays lh-plat, erkend is null,
    not true (version 2 called it recognised from its start)."""
    found = figures(load(example), "lindenhof", "2024-04")
    assert found["platform"] == "lh-plat" and found["erkend"] is None and found["erkend_maanden"] is None


# --------------------------------------------------------------------------- vastgelegd


def test_latest_month_up_to_the_month():
    """Months as numbers 12·year + month − 1: January 2024 is 24288.  In April the latest up to April is March
    (May lies after it); a register with no month, or only later ones, is None."""
    months = {"acties": np.array([24288, 24290, 24292]), "maatlat": np.array([], dtype=np.int64)}
    months["erkenning"] = np.array([24292])
    assert latest(months, APRIL) == {"acties": "2024-03", "maatlat": None, "erkenning": None}
    assert latest(months, pd.Period("2024-05", "M"))["erkenning"] == "2024-05"


def test_recorded_in_the_example(example_v3):
    """Lindenhof in March: its actors' latest date up to March is lh-wb's vanaf 2023-06 (lh-bc3 and lh-bn start in
    April; west and sdc-west are not of the buurt); r6 ends on 31 March; the recognition starts in April: none yet.
    Esdoorn: its actors have no dates at all; r13 starts in March, and still names March in April."""
    data = load(example_v3)
    march = recorded(data, "lindenhof", pd.Period("2024-03", "M"))
    assert march["actoren"] == pd.Period("2023-06", "M") and march["relaties"] == pd.Period("2024-03", "M")
    assert march["erkenning"] is None and march["resultaten"] == pd.Period("2024-03", "M")
    assert recorded(data, "lindenhof", APRIL)["erkenning"] == APRIL
    esdoorn = recorded(data, "esdoorn", APRIL)
    assert esdoorn["actoren"] is None and esdoorn["relaties"] == pd.Period("2024-03", "M")
    assert list(recorded_months(data, "esdoorn")) == [
        "actoren",
        "relaties",
        "activiteiten",
        "acties",
        "maatlat",
        "resultaten",
        "verzoeken",
        "erkenning",
        "tafels",
        "dialogen",
        "draaglast",
    ]


def test_recorded_results_count_the_day_they_were_reported(example_v3):
    """A result recorded in June with its date unknown makes the results register fresh in June."""
    path = example_v3 / "resultaten.csv"
    path.write_text(path.read_text() + "res6,lindenhof,,2024-06-02,Nieuwe bank,openbare_ruimte,,,,,krant\n")
    data = load(example_v3)
    assert figures(data, "lindenhof", "2024-06")["vastgelegd"]["resultaten"] == "2024-06"
    assert figures(data, "lindenhof", "2024-05")["vastgelegd"]["resultaten"] == "2024-04"
