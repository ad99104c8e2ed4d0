"""The figures of version 4, hand-computed on ``examples/lindenhof-v4`` and on small tables.

lindenhof keeps tafels, dialogen (with dialoogafspraken) and draaglast; esdoorn keeps none of them.

Seats (tafels.csv): t1 lh-plat Gebiedsoverleg, geraadpleegd (2), zelf_gevraagd, 2023-10 … 2024-03 (ends 31 March);
t2 lh-plat Gebiedsoverleg, adviserend (3), uitgenodigd, from 2024-04; t3 lh-plat Stuurgroep, meebeslissend (5),
uitgenodigd, from 2024-04-15; t4 lh-bc1 Huurdersoverleg, geinformeerd (1), uitgenodigd, from 2024-02.

- March: t1 and t4 active → 2 seats, rungs 2 and 1 (highest 2), one offered (t4).
- April: t2, t3, t4 → 3 seats, rungs 3, 5, 1 (highest 5), all three offered.

Dialogues: d1 2024-03-12, d2 2024-04-18, d3 2024-04-25 → 1 in March, 2 in April.  Agreements: a1 (d1, deadline
03-31, never closed), a2 (d1, kept 04-10), a3 (d2, deadline 05-31, open), a4 (d2, dropped 04-28), a5 (d3, kept
04-26).

- March: made a1, a2 (2); none kept or dropped; open a1, a2 (2); late none (a1's deadline is the last day itself).
- April: made a3, a4, a5 (3); kept a2, a5 (2); dropped a4 (1); open a1, a3 (2); late a1 (1).

Pulse: March 3, 5 carriers, no incident; April 4, 4 carriers, an incident.  Open actions (acties.csv) on 31 March:
x2 (lh-sf, closed 04-02) and x4 (lh-plat, closed 04-25) → 2 owners, the one with most holds 1 of 2 = 0.5; on 30
April only x3 (lh-plat) → 1 owner, share 1.0.
"""

from __future__ import annotations

import pandas as pd
import pytest
from helpers import EXAMPLE_V3, EXAMPLE_V4

from kit.analysis.figures import figures
from kit.analysis.measures.load import open_action_owners
from kit.analysis.measures.tables import agreement_counts, highest_rung, rung_counts
from kit.analysis.registers import kept, recorded
from kit.data.dataset import load

V4_REGISTERS = ("tafels", "dialogen", "draaglast")


@pytest.fixture(scope="module")
def data():
    return load(EXAMPLE_V4)


def test_seats_in_march_and_april(data):
    march, april = figures(data, "lindenhof", "2024-03"), figures(data, "lindenhof", "2024-04")
    assert (march["tafels"], march["tafel_hoogste_rol"], march["tafels_uitgenodigd"]) == (2, 2, 1)
    assert {k: v for k, v in march["tafels_rol"].items() if v} == {"geinformeerd": 1, "geraadpleegd": 1}
    assert (april["tafels"], april["tafel_hoogste_rol"], april["tafels_uitgenodigd"]) == (3, 5, 3)
    assert {k: v for k, v in april["tafels_rol"].items() if v} == {
        "geinformeerd": 1,
        "adviserend": 1,
        "meebeslissend": 1,
    }
    assert list(april["tafels_rol"]) == [
        "geinformeerd",
        "geraadpleegd",
        "adviserend",
        "coproducerend",
        "meebeslissend",
        "zelfbeherend",
    ]


def test_before_any_seat_the_buurt_has_none_and_no_highest_rung(data):
    """January 2023: the register is kept, so no seat is a real 0; without a seat there is no highest rung."""
    january = figures(data, "lindenhof", "2023-01")
    assert (january["tafels"], january["tafel_hoogste_rol"], january["tafels_uitgenodigd"]) == (0, None, 0)


def test_dialogues_and_their_agreements(data):
    march, april = figures(data, "lindenhof", "2024-03"), figures(data, "lindenhof", "2024-04")
    assert (march["dialogen"], april["dialogen"]) == (1, 2)
    assert march["dialoogafspraken"] == {"gemaakt": 2, "nagekomen": 0, "vervallen": 0, "open": 2, "te_laat": 0}
    assert april["dialoogafspraken"] == {"gemaakt": 3, "nagekomen": 2, "vervallen": 1, "open": 2, "te_laat": 1}


def test_the_pulse_and_a_month_without_one(data):
    march, april = figures(data, "lindenhof", "2024-03"), figures(data, "lindenhof", "2024-04")
    assert (march["belasting"], march["dragers"], march["incident"]) == (3, 5, False)
    assert (april["belasting"], april["dragers"], april["incident"]) == (4, 4, True)
    may = figures(data, "lindenhof", "2024-05")
    assert (may["belasting"], may["dragers"], may["incident"]) == (None, None, None), "not taken: unknown, not 0"


def test_owners_of_open_actions(data):
    march, april = figures(data, "lindenhof", "2024-03"), figures(data, "lindenhof", "2024-04")
    assert (march["acties_eigenaren"], march["acties_concentratie"]) == (2, 0.5)
    assert (april["acties_eigenaren"], april["acties_concentratie"]) == (1, 1.0)


def test_owners_by_hand():
    """Three open actions of a, one of b, one without owner, one closed: 2 owners; a holds 3 of the 5 open."""
    frame = pd.DataFrame(
        {
            "gepland": pd.to_datetime(["2024-03-01"] * 6),
            "afgerond": pd.to_datetime([None, None, None, None, None, "2024-03-10"]),
            "eigenaar": ["a", "a", "a", "b", None, "b"],
        }
    )
    assert open_action_owners(frame, pd.Timestamp("2024-03-31")) == (2, 0.6)
    assert open_action_owners(frame.iloc[:0], pd.Timestamp("2024-03-31")) == (0, None)


def test_rungs_by_hand():
    seats = pd.DataFrame({"rol": ["zelfbeherend", "adviserend", "adviserend"]})
    assert highest_rung(seats) == 6 and highest_rung(seats.iloc[:0]) is None
    assert rung_counts(seats)["adviserend"] == 2 and sum(rung_counts(seats).values()) == 3


def test_an_agreement_due_on_the_last_day_is_not_late_and_one_kept_later_is_open():
    """Open until its nagekomen day, late only when the deadline lies before the day counted."""
    frame = pd.DataFrame(
        {
            "gemaakt": pd.to_datetime(["2024-03-01", "2024-03-01"]),
            "deadline": pd.to_datetime(["2024-03-31", "2024-03-15"]),
            "nagekomen": pd.to_datetime([None, "2024-04-02"]),
            "vervallen": pd.to_datetime([None, None]),
        }
    )
    march = agreement_counts(frame, pd.Timestamp("2024-03-01"), pd.Timestamp("2024-03-31"))
    assert march == {"gemaakt": 2, "nagekomen": 0, "vervallen": 0, "open": 2, "te_laat": 1}


def test_a_buurt_without_the_registers_has_null_figures(data):
    assert not any(kept(data, "esdoorn")[r] for r in V4_REGISTERS)
    assert all(kept(data, "lindenhof")[r] for r in V4_REGISTERS)
    april = figures(data, "esdoorn", "2024-04")
    for key in ("tafels", "tafels_rol", "tafel_hoogste_rol", "dialogen", "dialoogafspraken", "belasting", "incident"):
        assert april[key] is None, key


def test_version_3_data_keep_none_of_the_new_registers():
    data = load(EXAMPLE_V3)
    assert not any(kept(data, "lindenhof")[r] for r in V4_REGISTERS)
    assert figures(data, "lindenhof", "2024-04")["tafels"] is None


def test_vastgelegd_covers_the_new_registers(data):
    months = recorded(data, "lindenhof", pd.Period("2024-03", "M"))
    assert {r: str(months[r]) for r in V4_REGISTERS} == {
        "tafels": "2024-03",
        "dialogen": "2024-03",
        "draaglast": "2024-03",
    }
    assert figures(data, "lindenhof", "2024-05")["vastgelegd"]["draaglast"] == "2024-04"


def test_the_panel_leaves_the_pulse_out_unless_asked_for(data):
    """docs/privacy.md, "Who may see what": the panel goes to researchers; the pulse only with --met-draaglast."""
    from kit.analysis.panel import PANEL_FIGURES, PULSE_COLUMNS, panel

    assert PULSE_COLUMNS == ("belasting", "dragers", "incident")
    assert not set(PULSE_COLUMNS) & set(PANEL_FIGURES)
    plain, asked = panel(data), panel(data, pulse=True)
    assert not set(PULSE_COLUMNS) & set(plain.columns)
    april = asked[(asked["buurt"] == "lindenhof") & (asked["maand"] == "2024-04")].iloc[0]
    assert (april["belasting"], april["dragers"], april["incident"]) == (4, 4, 1)
    assert plain["tafels"].dropna().max() == 3 and asked[list(PANEL_FIGURES)].equals(plain[list(PANEL_FIGURES)])


def test_metrics_writes_the_pulse_into_a_panel_file_only_when_asked_for(tmp_path):
    from kit.cli import main

    assert main(["metrics", str(EXAMPLE_V4), "--out", str(tmp_path / "panel.csv")]) == 0
    assert main(["metrics", str(EXAMPLE_V4), "--out", str(tmp_path / "met.csv"), "--met-draaglast"]) == 0
    header = (tmp_path / "panel.csv").read_text(encoding="utf-8").splitlines()[0].split(",")
    assert "tafels" in header and not {"belasting", "dragers", "incident"} & set(header)
    assert {"belasting", "dragers", "incident"} <= set((tmp_path / "met.csv").read_text().splitlines()[0].split(","))


def test_the_pulse_across_buurten_hides_counts_below_three():
    """Ten buurten, nine measured: three high (4, 5, 4), two incidents → "minder dan 3" (None), never per buurt."""
    from kit.analysis.measures.load import pulse_across

    pulses = {f"b{i}": (load, 4, i in (1, 2)) for i, load in enumerate((4, 5, 4, 3, 2, 1, 3, 2, 1))} | {"b9": None}
    assert pulse_across(pulses) == {"gemeten": 9, "hoog": 3, "incident": None}
    assert pulse_across({"a": (5, 1, True), "b": (5, 1, True)}) == dict.fromkeys(("gemeten", "hoog", "incident"))
