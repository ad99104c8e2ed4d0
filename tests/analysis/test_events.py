"""The events of a month (kit.analysis.events): by hand on the Lindenhof example, against the figures on the demo."""

from __future__ import annotations

from itertools import pairwise

import pandas as pd
import pytest
from helpers import replace_in

from kit.analysis.events import (
    EVENT_KINDS,
    Event,
    action_events,
    events,
    events_between,
    intervision_events,
    network_events,
    order,
    parallel_events,
    pilot_events,
    recognition_events,
    request_events,
    resource_events,
    result_events,
)
from kit.analysis.figures import figures
from kit.data.dataset import load
from kit.data.lookup import UnknownBuurt
from kit.data.spans import dataset_months


def P(text: str) -> pd.Period:
    return pd.Period(text, "M")


def D(text: str) -> pd.Timestamp:
    return pd.Timestamp(text)


def kinds(found: list[Event]) -> list[tuple[str, str | None]]:
    return [(e.kind, e.row) for e in found]


# ---- by hand: the version 2 Lindenhof example, April 2024 ---------------------------------------------------------


@pytest.fixture(scope="module")
def lindenhof():
    from helpers import EXAMPLE_V2

    return load(EXAMPLE_V2)


def test_requests_of_april_by_hand(lindenhof):
    """vz4 refused on 2 April after 23 days; vz1's promise of 12 March kept on 10 April (29 days later); vz3
    closed without a reaction on 30 April after 106 days.  Nothing was asked in April."""
    found = order(request_events(lindenhof, "lindenhof", "2024-04"))
    assert kinds(found) == [
        ("verzoek_afgewezen", "vz4"),
        ("toezegging_nagekomen", "vz1"),
        ("verzoek_zonder_reactie", "vz3"),
    ]
    refused, kept, closed = found
    assert refused.actors == ("lh-bh", "lh-bc1")  # the institution asked first, then who asked
    assert refused.day == D("2024-04-02") and refused.detail["dagen"] == 23
    assert kept.day == D("2024-04-10") and kept.detail["dagen"] == 29
    assert closed.text == "Een sleutel van het buurthuis voor het platform"
    assert closed.detail["dagen"] == 106 and closed.detail["toelichting"] == "na drie herinneringen gesloten"


def test_requests_of_march_by_hand(lindenhof):
    """Asked in March: vz2 and vz4; answered: vz1, promised after 40 days."""
    found = order(request_events(lindenhof, "lindenhof", "2024-03"))
    assert kinds(found) == [("verzoek_gedaan", "vz2"), ("verzoek_gedaan", "vz4"), ("verzoek_toegezegd", "vz1")]
    assert found[2].detail["dagen"] == 40


def test_results_actions_and_recognition_of_april_by_hand(lindenhof):
    """res3 (`2024-04`: the first of April) and res2; x2 failed for space and time, its reason kept raw;
    the platform recognised from 1 April, decided by Stadsdeel West, with its document."""
    assert kinds(order(result_events(lindenhof, "lindenhof", "2024-04"))) == [
        ("resultaat_bereikt", "res3"),
        ("resultaat_bereikt", "res2"),
    ]
    [failed] = action_events(lindenhof, "lindenhof", "2024-04")
    assert (failed.kind, failed.row, failed.actors) == ("actie_niet_gedaan", "x2", ("lh-sf",))
    assert failed.detail["belemmering"] == ("ruimte", "tijd")
    assert failed.detail["reden"] == "buurthuis had geen avonden vrij"
    [recognised] = recognition_events(lindenhof, "lindenhof", "2024-04")
    assert recognised.kind == "erkenning_besloten" and recognised.day == D("2024-04-01")
    assert recognised.actors == ("lh-plat", "west") and recognised.text == "besluit stadsdeelcommissie West"


def test_network_of_april_by_hand(lindenhof):
    """VvE Hofzicht joins with its partnership r3; the tension r10 between the buurthuis and the Wijkbericht
    starts.  Nothing ends in April."""
    found = order(network_events(lindenhof, "lindenhof", "2024-04"))
    assert kinds(found) == [("spanning_begonnen", "r10"), ("actor_begonnen", "lh-bc3"), ("relatie_begonnen", "r3")]
    assert found[0].actors == ("lh-bh", "lh-wb") and found[0].detail["gemeld_door"] is None
    assert found[2].detail["intensiteit"] == 3


def test_support_that_ends_is_one_event_not_also_a_relation_that_ended(lindenhof):
    """r6, the buurthuis's room for the platform, ends on 31 March: ``steun_eindigt``, and no ``relatie_gestopt``."""
    assert kinds(resource_events(lindenhof, "lindenhof", "2024-03")) == [("steun_eindigt", "r6")]
    assert [e.kind for e in network_events(lindenhof, "lindenhof", "2024-03")] == []


def test_a_third_party_who_reported_a_tension_is_kept(example_v2):
    replace_in(
        example_v2 / "relaties.csv",
        "r10,lh-bh,lh-wb,spanning,,2024-04,,,,",
        "r10,lh-bh,lh-wb,spanning,,2024-04,,west,,Ruzie over de zaal",
    )
    [tension] = [e for e in network_events(load(example_v2), "lindenhof", "2024-04") if e.kind == "spanning_begonnen"]
    assert tension.detail["gemeld_door"] == "west" and tension.text == "Ruzie over de zaal"


def test_intervision_sessions_are_pilot_wide(lindenhof):
    [session] = intervision_events(lindenhof, "2024-03")
    assert (session.buurt, session.kind, session.row, session.text) == (
        None,
        "intervisie",
        "i1",
        "Een wijkbericht naast de buurtkrant",
    )
    assert session.detail["voorzitter"] == "lindenhof" and session.detail["aanwezig"] == ("lindenhof",)
    assert session in pilot_events(lindenhof, "2024-03")
    assert intervision_events(lindenhof, "2024-04") == []


def test_events_are_ordered_by_day_then_kind(lindenhof):
    found = events(lindenhof, "lindenhof", "2024-04")
    assert found == order(found)
    assert [e.when for e in found] == sorted(e.when for e in found)
    assert {e.kind for e in found} <= set(EVENT_KINDS)
    assert events_between(lindenhof, "lindenhof", "2024-03", "2024-04") == [
        *events(lindenhof, "lindenhof", "2024-03"),
        *found,
    ]


def test_an_unknown_buurt_is_refused(lindenhof):
    with pytest.raises(UnknownBuurt):
        events(lindenhof, "nergens", "2024-04")


# ---- parallel infrastructures, by hand ----------------------------------------------------------------------------


def test_a_parallel_infrastructure_appears_when_its_top_down_side_arrives(example_v2):
    """The Wijkbericht (top-down, informatievoorziening like the platform) arrives in April instead of 2023."""
    replace_in(example_v2 / "actoren.csv", "informatievoorziening,2023-06,,nee", "informatievoorziening,2024-04,,nee")
    data = load(example_v2)
    assert parallel_events(data, "lindenhof", "2024-03") == []
    [appeared] = parallel_events(data, "lindenhof", "2024-04")
    assert (appeared.kind, appeared.day, appeared.month, appeared.actors) == (
        "parallel_verschenen",
        None,
        P("2024-04"),
        ("lh-plat", "lh-wb"),
    )
    assert appeared.detail == {"functies": ("informatievoorziening",), "bovenaf": ("lh-wb",)}


def test_a_parallel_infrastructure_is_resolved_by_working_together(example_v2):
    """From April both sides see their partnership at level 4: no longer a parallel infrastructure."""
    path = example_v2 / "relaties.csv"
    replace_in(path, "r4,lh-plat,lh-wb,samenwerking,2,2023-06,,", "r4,lh-plat,lh-wb,samenwerking,2,2023-06,2024-03-31,")
    path.write_text(path.read_text() + "r11,lh-plat,lh-wb,samenwerking,4,2024-04,,lh-plat,interview,\n")
    [resolved] = parallel_events(load(example_v2), "lindenhof", "2024-04")
    assert resolved.kind == "parallel_opgelost" and resolved.detail["hoe"] == "samenwerking"


def test_a_parallel_infrastructure_is_resolved_when_one_side_stops(example_v2):
    replace_in(
        example_v2 / "actoren.csv", "informatievoorziening,2023-06,,nee", "informatievoorziening,2023-06,2024-03,nee"
    )
    [resolved] = parallel_events(load(example_v2), "lindenhof", "2024-04")
    assert resolved.kind == "parallel_opgelost" and resolved.detail["hoe"] == "gestopt"


def test_nothing_appears_in_the_dataset_s_first_month(demo):
    first = dataset_months(demo)[0]
    assert all(parallel_events(demo, b, first) == [] for b in demo.buurten["id"])


# ---- the events agree with the figures: every buurt and month of the demo -----------------------------------------


def _count(found: list[Event], *wanted: str) -> int:
    return sum(e.kind in wanted for e in found)


@pytest.fixture(scope="module")
def demo_events(demo):
    return {(b, m): events(demo, b, m) for b in demo.buurten["id"] for m in dataset_months(demo)}


def test_request_events_are_the_rows_the_figure_counts(demo, demo_events):
    for (buurt, month), found in demo_events.items():
        counts = figures(demo, buurt, month)["verzoeken"] or dict.fromkeys(
            ("gedaan", "afgewezen", "toegezegd", "beantwoord"), 0
        )
        where = f"{buurt} {month}"  # a buurt that keeps no requests has null counts, and no events
        assert _count(found, "verzoek_gedaan") == counts["gedaan"], where
        assert _count(found, "verzoek_afgewezen") == counts["afgewezen"], where
        assert _count(found, "verzoek_toegezegd", "verzoek_deels") == counts["toegezegd"], where
        assert _count(found, "verzoek_toegezegd", "verzoek_deels", "verzoek_afgewezen") == counts["beantwoord"], where
    assert sum(_count(found, "verzoek_afgewezen") for found in demo_events.values())  # the demo has refusals
    assert sum(_count(found, "verzoek_zonder_reactie") for found in demo_events.values())  # and non-answers


def test_every_promise_kept_is_one_event_in_the_month_it_was_kept(demo, demo_events):
    kept = demo.verzoeken.dropna(subset=["nagekomen"])
    found = [e for events_ in demo_events.values() for e in events_ if e.kind == "toezegging_nagekomen"]
    assert sorted(e.row for e in found) == sorted(kept["id"])
    assert all(e.month == e.day.to_period("M") for e in found)


def _agree_on_actions_and_results(data, buurt, month, found):
    """A register the buurt does not keep has ``null`` figures, and no events."""
    f = figures(data, buurt, month)
    where = f"{buurt} {month}"
    acties = f["acties"] or {"gedaan": 0, "niet_gedaan": 0}
    assert _count(found, "actie_gedaan") == acties["gedaan"], where
    assert _count(found, "actie_niet_gedaan") == acties["niet_gedaan"], where
    assert _count(found, "resultaat_bereikt") == (f["resultaten"] or 0), where
    assert _count(found, "resultaat_gemeld") == (f["resultaten_gemeld"] or 0), where
    assert _count(found, "erkenning_besloten") == (f["erkend_maanden"] == 0), where


def test_action_and_result_events_are_the_rows_the_figures_count(demo, demo_events):
    for (buurt, month), found in demo_events.items():
        _agree_on_actions_and_results(demo, buurt, month, found)
    assert sum(_count(found, "resultaat_gemeld") for found in demo_events.values())  # the demo has them


def test_the_version_3_example_agrees_too():
    """Lindenhof-v3: two results recorded in April 2024 after the fact; Esdoorn keeps no register at all."""
    from helpers import ROOT

    data = load(ROOT / "examples" / "lindenhof-v3")
    for buurt in data.buurten["id"]:
        for month in dataset_months(data):
            _agree_on_actions_and_results(data, buurt, month, events(data, buurt, month))
    april = events(data, "lindenhof", "2024-04")
    assert _count(april, "resultaat_gemeld") == 2
    assert all(
        e.register in ("actoren", "relaties", "figures")
        for m in dataset_months(data)
        for e in events(data, "esdoorn", m)
    )


def test_parallel_events_are_the_figure_s_changes(demo, demo_events):
    months = dataset_months(demo)
    for buurt in demo.buurten["id"]:
        for before, month in pairwise(months):
            was = {tuple(p["actoren"]) for p in figures(demo, buurt, before)["parallelle_infrastructuren"]}
            now = {tuple(p["actoren"]) for p in figures(demo, buurt, month)["parallelle_infrastructuren"]}
            found = demo_events[buurt, month]
            assert {e.actors for e in found if e.kind == "parallel_verschenen"} == now - was
            assert {e.actors for e in found if e.kind == "parallel_opgelost"} == was - now
    assert sum(_count(found, "parallel_verschenen") for found in demo_events.values())


def test_support_that_ends_counts_this_month_and_not_the_next(demo, demo_events):
    from kit.analysis.measures.resources import snapshot_resources
    from kit.analysis.snapshot import snapshot

    ended = [e for found in demo_events.values() for e in found if e.kind == "steun_eindigt"]
    assert ended
    for e in ended:
        assert e.row in snapshot_resources(snapshot(demo, e.buurt, e.month))
        assert e.row not in snapshot_resources(snapshot(demo, e.buurt, e.month + 1))
    for buurt, month in demo_events:
        assert len(snapshot_resources(snapshot(demo, buurt, month))) == figures(demo, buurt, month)["middelen"]


def test_events_before_the_buurt_takes_part_are_events(lindenhof):
    """Lindenhof's proeftuin starts in March 2024; the platform asked Stadsdeel West on 1 February and in January."""
    assert kinds(events(lindenhof, "lindenhof", "2024-02")) == [("verzoek_gedaan", "vz1")]
    assert kinds(events(lindenhof, "lindenhof", "2024-01")) == [("verzoek_gedaan", "vz3")]


def test_results_recorded_after_the_fact(example_v2):
    """Version 3: a result recorded (``gemeld``) in April and achieved before, on a known day or not, is
    ``resultaat_gemeld`` in April; one achieved in March and recorded in April is achieved in March too; one
    achieved and recorded in April is only achieved."""
    header = "id,buurt,datum,gemeld,omschrijving,domein,tegenpartij,samen_met,omvang,eenheid,bron\n"
    (example_v2 / "resultaten.csv").write_text(
        header
        + "r4,lindenhof,2023-11-15,2024-04-05,Speeltuin opgeknapt,openbare_ruimte,west,,,,blog\n"
        + "r5,lindenhof,,2024-04,Bankjes terug,openbare_ruimte,,,,,blog\n"
        + "r6,lindenhof,2024-04-03,2024-04-20,Buurtpot toegekend,bestuur,west,,,,brief\n"
        + "r7,lindenhof,2024-03-30,2024-04-02,Lentefeest gehouden,sociaal,,,,,verslag\n",
        encoding="utf-8",
    )
    data = load(example_v2)
    april = order(result_events(data, "lindenhof", "2024-04"))
    assert kinds(april) == [
        ("resultaat_gemeld", "r5"),
        ("resultaat_gemeld", "r7"),
        ("resultaat_bereikt", "r6"),
        ("resultaat_gemeld", "r4"),
    ]
    by_row = {e.row: e for e in april}
    assert by_row["r4"].day == D("2024-04-05") and by_row["r4"].detail["bereikt"] == D("2023-11-15")
    assert by_row["r5"].day == D("2024-04-01") and by_row["r5"].detail["bereikt"] is None
    assert kinds(result_events(data, "lindenhof", "2024-03")) == [("resultaat_bereikt", "r7")]


def test_the_two_views_of_one_partnership_are_one_event(example_v2):
    """r4 (the platform's view: 2) and r5 (the Wijkbericht's: 4) start in April: one partnership begins, at the
    level both stand behind (2), with the ids of both rows."""
    path = example_v2 / "relaties.csv"
    replace_in(path, "r4,lh-plat,lh-wb,samenwerking,2,2023-06", "r4,lh-plat,lh-wb,samenwerking,2,2024-04")
    replace_in(path, "r5,lh-wb,lh-plat,samenwerking,4,2023-06", "r5,lh-wb,lh-plat,samenwerking,4,2024-04")
    found = [e for e in network_events(load(example_v2), "lindenhof", "2024-04") if e.kind == "relatie_begonnen"]
    assert [(e.row, e.actors, e.detail["intensiteit"], e.detail["rijen"]) for e in order(found)] == [
        ("r3", ("lh-plat", "lh-bc3"), 3, ("r3",)),
        ("r4", ("lh-plat", "lh-wb"), 2, ("r4", "r5")),
    ]


def test_support_beside_the_platform_begins():
    """Lindenhof-v3: the stadsdeel funds Buurtnetwerk Lindenhof, set up from the top down in April 2024 beside the
    platform (r11): support beside the platform, one event and not also a relation that began."""
    from helpers import ROOT

    data = load(ROOT / "examples" / "lindenhof-v3")
    april = events(data, "lindenhof", "2024-04")
    [beside] = [e for e in april if e.kind == "steun_naast"]
    assert (beside.row, beside.actors, beside.day) == ("r11", ("west", "lh-bn"), D("2024-04-01"))
    assert beside.detail["soort"] == "financiering"
    assert "r11" not in [e.row for e in april if e.kind == "relatie_begonnen"]
    assert [e.kind for e in events(data, "lindenhof", "2024-05") if e.kind == "steun_naast"] == []


def test_support_beside_events_are_the_figure_s_changes(demo, demo_events):
    months = dataset_months(demo)
    for buurt in demo.buurten["id"]:
        for before, month in pairwise(months):
            was, now = (set(figures(demo, buurt, m)["middelen_naast"]) for m in (before, month))
            assert {e.row for e in demo_events[buurt, month] if e.kind == "steun_naast"} == now - was


def test_events_are_computed_once_per_dataset(lindenhof):
    first = events(lindenhof, "lindenhof", "2024-04")
    again = events(lindenhof, "lindenhof", pd.Period("2024-04", "M"))
    assert again == first and again is not first  # a fresh list each time, of the events kept
    assert ("lindenhof", pd.Period("2024-04", "M")) in lindenhof.cache["events"]
