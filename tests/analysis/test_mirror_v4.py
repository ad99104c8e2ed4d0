"""The institutions' mirror's seats and dialogue agreements (contract version 4) on examples/lindenhof-v4, by hand.

lindenhof-v4's seats (tafels.csv): Stadsdeel West convenes the Gebiedsoverleg, where the platform sat as consulted
from October 2023 to 31 March 2024, having asked for it (t1), and as advising from April, invited (t2); and the
Stuurgroep Kastanjeplein, where it co-decides from 15 April, invited (t3).  The Huurdersoverleg (t4) has no
recorded convener.  Its dialogues: d1 (12 March) and d2 (18 April) with West (and the stadsdeelcommissie), d3
(25 April) with the Buurthuis.  Agreements: West's a1 (d1, deadline 31 March, never kept), a3 (d2, deadline 31 May),
a4 (d2, dropped 28 April); the platform's own a2 (d1, kept 10 April); the Buurthuis's a5 (d3, kept 26 April).
"""

from __future__ import annotations

from kit.analysis.mirror import mirror
from kit.data.dataset import load


def _rows(path, first, last):
    return {r.institution: r for r in mirror(load(path), first, last)}


def test_the_seats_an_institution_offered_at_its_tables_by_rung(example_v4):
    west = _rows(example_v4, None, "2024-04")["west"]
    assert west.plekken == {"t1": 2, "t2": 3, "t3": 5}  # geraadpleegd, adviserend, meebeslissend
    assert west.uitgenodigd == {"t2", "t3"}  # t1 the platform asked for itself
    assert west.plekken_gestopt == set()  # t1 ended 31 March and t2 continues it: a change of role, no seat lost
    assert west.buurten == {"lindenhof"}


def test_a_seat_is_in_a_span_while_it_is_active_in_it(example_v4):
    april = _rows(example_v4, "2024-04", "2024-04")["west"]
    assert april.plekken == {"t2": 3, "t3": 5} and april.plekken_gestopt == set()  # t1 ended before April
    march = _rows(example_v4, "2024-03", "2024-03")["west"]
    assert march.plekken == {"t1": 2} and march.plekken_gestopt == set() and march.uitgenodigd == set()


def test_a_seat_at_a_table_without_a_convener_is_nobody_s(example_v4):
    rows = _rows(example_v4, None, "2024-04")
    assert all("t4" not in r.plekken for r in rows.values())


def test_the_agreements_an_institution_made_in_dialogues_like_promises(example_v4):
    rows = _rows(example_v4, None, "2024-04")
    west, bh = rows["west"], rows["lh-bh"]
    # a1, a3, a4 made; a4 dropped 28 April; a1 open past its deadline of 31 March on 30 April; a3 not yet due
    assert (west.afspraken, west.afspraken_eerder, west.afspraken_nagekomen) == (3, 0, 0)
    assert (west.afspraken_vervallen, west.afspraken_te_laat) == (1, 1)
    assert (bh.afspraken, bh.afspraken_nagekomen, bh.afspraken_te_laat) == (1, 1, 0)  # a5 kept 26 April
    # the platform's own agreement (a2) is no institution's: it was not a party the dialogue was held with
    assert "lh-plat" not in rows and "sdc-west" not in rows


def test_agreements_of_before_the_span_still_open_at_its_start_are_part_of_it(example_v4):
    """April alone: a1 was made on 12 March and open on 31 March; a3 and a4 were made in April."""
    west = _rows(example_v4, "2024-04", "2024-04")["west"]
    assert (west.afspraken, west.afspraken_eerder, west.afspraken_vervallen, west.afspraken_te_laat) == (2, 1, 1, 1)
    march = _rows(example_v4, "2024-03", "2024-03")["west"]
    assert (march.afspraken, march.afspraken_te_laat) == (1, 0)  # a1's deadline is 31 March itself: not yet late


def test_a_kept_or_dropped_agreement_of_before_the_span_is_not_part_of_it(example_v4):
    """May alone: the Buurthuis's a5 was kept and West's a4 dropped in April; West's a1 and a3 are still open."""
    rows = _rows(example_v4, "2024-05", "2024-05")
    west = rows["west"]
    assert (west.afspraken, west.afspraken_eerder, west.afspraken_vervallen, west.afspraken_te_laat) == (0, 2, 0, 1)
    assert "lh-bh" not in rows or rows["lh-bh"].afspraken + rows["lh-bh"].afspraken_eerder == 0


def test_a_seat_nobody_continues_is_a_seat_the_institution_ended(demo):
    """Reigersbos's seat on Thuishaven's sounding board ends in October 2025 and no seat continues it: lost, unlike
    a change of role (West's t1 → t2 above)."""
    october = {r.institution: r for r in mirror(demo, "2025-10", "2025-10")}["thuishaven"]
    assert october.plekken_gestopt == {"rb-t02"}
    assert {r.institution: r for r in mirror(demo, "2025-11", "2025-11")}["thuishaven"].plekken_gestopt == set()
