"""The events of version 4 — seats gained and ended, dialogues held, agreements kept, dropped and past their
deadline — are the rows the figures count, in the months ``tests/test_measures_v4.py`` computes by hand, and each
is worded by ``kit.report.gebeurtenissen``; the rows of seats the reports' "Aan tafel" sections will list."""

from __future__ import annotations

import pandas as pd
import pytest
from helpers import EXAMPLE_V4

from kit.analysis.events import EVENT_KINDS, events
from kit.analysis.figures import figures
from kit.analysis.seats import SEAT_COLUMNS, seat_rows
from kit.data.dataset import load
from kit.report.gebeurtenissen import Names, regel, zin

NAMES = Names(
    {
        "lh-plat": "Buurtplatform Lindenhof",
        "lh-bc1": "Bewonerscommissie Lindenhof-Noord",
        "lh-bh": "Buurthuis De Kastanje",
        "west": "Stadsdeel West",
        "sdc-west": "Stadsdeelcommissie West",
    }.__getitem__,
    str,
)
V4_REGISTERS = ("tafels", "dialogen", "dialoogafspraken")


@pytest.fixture(scope="module")
def data():
    return load(EXAMPLE_V4)


def v4_events(data, month):
    return [e for e in events(data, "lindenhof", month) if e.register in V4_REGISTERS]


def test_the_new_kinds_are_known():
    assert {"tafel_begonnen", "tafel_gestopt", "dialoog_gevoerd"} <= set(EVENT_KINDS)
    assert {f"dialoogafspraak_{k}" for k in ("nagekomen", "vervallen", "te_laat")} <= set(EVENT_KINDS)


def test_a_seat_that_ends_names_the_seat_that_continues_it(data, demo):
    """t1 (consulted) ends on 31 March and t2 (advising) begins at the same table of West on 1 April: a change of
    role.  Reigersbos's seat on Thuishaven's sounding board ends in October 2025 and nobody continues it."""
    (ended,) = [e for e in v4_events(data, "2024-03") if e.kind == "tafel_gestopt"]
    assert ended.detail["opvolger"] == "t2"
    (lost,) = [e for e in events(demo, "reigersbos", "2025-10") if e.kind == "tafel_gestopt"]
    assert lost.detail["opvolger"] is None


def test_march_a_dialogue_and_a_seat_that_ends(data):
    found = v4_events(data, "2024-03")
    assert [(e.kind, e.row) for e in found] == [("dialoog_gevoerd", "d1"), ("tafel_gestopt", "t1")]
    assert [regel(e, NAMES) for e in found] == [
        "12 maart 2024: Gesprek met Stadsdeel West over ‘Sleutel van het buurthuis’.",
        "31 maart 2024: De rol van Buurtplatform Lindenhof aan tafel bij ‘Gebiedsoverleg West’ (geraadpleegd) eindigt; "
        "de plek loopt door.",  # t2 continues it
    ]
    assert figures(data, "lindenhof", "2024-03")["tafels"] == 2, "a seat ending in March still counts in March"


def test_april_seats_gained_after_the_recognition_and_what_became_of_the_agreements(data):
    found = v4_events(data, "2024-04")
    assert [(e.kind, e.row) for e in found] == [
        ("tafel_begonnen", "t2"),
        ("dialoogafspraak_te_laat", "a1"),
        ("dialoogafspraak_nagekomen", "a2"),
        ("tafel_begonnen", "t3"),
        ("dialoog_gevoerd", "d2"),
        ("dialoog_gevoerd", "d3"),
        ("dialoogafspraak_nagekomen", "a5"),
        ("dialoogafspraak_vervallen", "a4"),
    ]
    april = figures(data, "lindenhof", "2024-04")
    counts = april["dialoogafspraken"]
    kinds = [e.kind for e in found]
    assert kinds.count("dialoog_gevoerd") == april["dialogen"]
    assert kinds.count("dialoogafspraak_nagekomen") == counts["nagekomen"]
    assert kinds.count("dialoogafspraak_vervallen") == counts["vervallen"]
    assert kinds.count("dialoogafspraak_te_laat") == counts["te_laat"], "late since April: past 31 March"
    assert zin(found[0], NAMES) == (
        "Buurtplatform Lindenhof is door Stadsdeel West uitgenodigd aan tafel bij ‘Gebiedsoverleg West’ "
        "(adviserend, trede 3 van 6)."
    )
    assert zin(found[1], NAMES) == (
        "De afspraak ‘Sleutel van het buurthuis regelen’ met Stadsdeel West is over de termijn van 31 maart 2024 "
        "en nog niet nagekomen."
    )
    assert found[1].day == pd.Timestamp("2024-04-01")
    assert zin(found[2], NAMES) == (
        "Buurtplatform Lindenhof kwam de afspraak ‘Rooster voor het buurthuis maken’ na, gemaakt in het gesprek van "
        "12 maart 2024."
    )
    assert zin(found[-1], NAMES) == (
        "De afspraak ‘Bank bij de speeltuin plaatsen’ met Stadsdeel West is vervallen zonder te zijn nagekomen."
    )


def test_a_late_agreement_is_an_event_once(data):
    """a1 is late from April on: in May it is still late, but no new event."""
    assert [e.kind for e in v4_events(data, "2024-05")] == []


def test_a_seat_asked_for_is_worded_as_such():
    from kit.analysis.events import Event

    event = Event(
        "b",
        "tafel_begonnen",
        pd.Timestamp("2023-10-01"),
        pd.Period("2023-10", "M"),
        "tafels",
        "t1",
        ("lh-plat", "west"),
        "Gebiedsoverleg West",
        {"rol": "geraadpleegd", "trede": 2, "toegang": "zelf_gevraagd", "eigenaar": "west"},
    )
    assert zin(event, NAMES) == (
        "Buurtplatform Lindenhof vroeg zelf een plek aan tafel bij ‘Gebiedsoverleg West’ van Stadsdeel West en kreeg "
        "die (geraadpleegd, trede 2 van 6)."
    )


def test_the_rows_of_seats_a_section_lists(data):
    april = seat_rows(data, "lindenhof", "2024-04")
    assert tuple(april.columns) == SEAT_COLUMNS
    assert april[["id", "trede", "toegang"]].values.tolist() == [
        ["t3", 5, "uitgenodigd"],
        ["t2", 3, "uitgenodigd"],
        ["t4", 1, "uitgenodigd"],
    ]
    span = seat_rows(data, "lindenhof", "2024-03", "2024-04")
    assert span["id"].tolist() == ["t3", "t2", "t1", "t4"] and span.set_index("id").loc["t1", "tot"] == pd.Timestamp(
        "2024-03-31"
    )
    assert seat_rows(data, "esdoorn", "2024-04").empty


def test_the_events_of_version_4_agree_with_the_figures_on_the_demo(demo):
    """On every buurt and month of the demo: a seat begun counts in the figure from its month, one ended until it;
    each dialogue, agreement kept, dropped and newly late is one event."""
    from kit.data.spans import dataset_months

    months = dataset_months(demo)
    for buurt in demo.buurten["id"]:
        for month in months:
            f, found = figures(demo, buurt, month), [e.kind for e in events(demo, buurt, month)]
            if f["dialogen"] is not None:
                counts = f["dialoogafspraken"]
                assert found.count("dialoog_gevoerd") == f["dialogen"], (buurt, month)
                assert found.count("dialoogafspraak_nagekomen") == counts["nagekomen"], (buurt, month)
                assert found.count("dialoogafspraak_vervallen") == counts["vervallen"], (buurt, month)
            if f["tafels"] is not None and month - 1 >= months[0]:
                before = figures(demo, buurt, month - 1)["tafels"]
                gained = found.count("tafel_begonnen")
                ended_before = [e for e in events(demo, buurt, month - 1) if e.kind == "tafel_gestopt"]
                assert f["tafels"] == before + gained - len(ended_before), (buurt, month)
