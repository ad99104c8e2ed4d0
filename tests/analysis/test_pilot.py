"""Counts across the pilot (kit.analysis.pilot): institutions, barriers, intervision agreements, checked by hand."""

from __future__ import annotations

import pandas as pd
import pytest

from kit.analysis.measures.requests import promises_kept
from kit.analysis.panel import panel
from kit.analysis.pilot import action_state, agreements, barrier_counts, institutions

D = pd.Timestamp


def _requests(rows) -> pd.DataFrame:
    frame = pd.DataFrame(rows, columns=["buurt", "aan", "gevraagd", "uitkomst", "antwoord", "nagekomen"])
    for column in ("gevraagd", "antwoord", "nagekomen"):
        frame[column] = pd.to_datetime(frame[column])
    return frame


REQUESTS = _requests(
    [
        # the stadsdeel, asked by two buurten
        ("a", "sd", "2024-01-10", "toegezegd", "2024-01-20", "2024-03-01"),  # 10 days; kept by April
        ("a", "sd", "2024-02-01", "deels", "2024-03-12", None),  # 40 days: waited long; not kept
        ("b", "sd", "2024-02-15", "geen_reactie", "2024-04-10", None),  # closed without an answer
        ("b", "sd", "2024-04-20", "open", None, None),  # 10 days old on 30 April
        # the corporation, asked once before the window
        ("a", "corp", "2023-12-01", "afgewezen", "2023-12-05", None),
        ("b", "corp", "2024-03-01", "toegezegd", "2024-05-02", "2024-05-03"),  # answered after 30 April
    ]
)


def test_institutions_seen_on_the_last_day():
    """On 30 April 2024, every request asked so far.

    sd: 4 requests from 2 buurten; answered 2 (10 and 40 days; geen_reactie is no answer), median 25;
    open 1 (the one of 20 April); asked more than 30 days before 30 April: the first three, of which the
    second (40 days) and third (never answered) had no answer within 30 days: 2 of 3.  Promises by then: 2
    (toegezegd, deels), kept: 1.
    corp: 2 requests; answered by 30 April: 1 (4 days); open 1; both old enough, the second unanswered
    within 30 days (answered 2 May, 62 days): 1 of 2; promises: none yet (answered after 30 April).
    """
    frame = institutions(REQUESTS, D("2024-04-30")).set_index("aan")
    assert list(frame.index) == ["sd", "corp"]
    assert frame.loc["sd"].to_dict() == {
        "verzoeken": 4,
        "buurten": 2,
        "beantwoord": 2,
        "open": 1,
        "antwoordtijd": 25.0,
        "lang_wachten": 2,
        "lang_wachten_van": 3,
        "toezeggingen": 2,
        "nagekomen": 1,
    }
    corp = frame.loc["corp"]
    assert (corp["verzoeken"], corp["beantwoord"], corp["open"], corp["antwoordtijd"]) == (2, 1, 1, 4)
    assert (corp["lang_wachten"], corp["lang_wachten_van"], corp["toezeggingen"], corp["nagekomen"]) == (1, 2, 0, 0)


def test_institutions_over_a_window_count_the_requests_asked_in_it():
    """From 1 February to 31 May: sd's requests of 1 and 15 February and 20 April; corp's of 1 March.

    sd: answered 1 (40 days); open on 31 May 1 (20 April, 41 days old: waited long too); old enough all
    three, none answered within 30 days: 3 of 3; promises 1 (deels), kept 0.
    corp: answered 2 May (62 days), promise kept 3 May: 1 of 1.
    """
    frame = institutions(REQUESTS, D("2024-05-31"), first=D("2024-02-01")).set_index("aan")
    assert frame.loc["sd", ["verzoeken", "beantwoord", "open", "antwoordtijd"]].tolist() == [3, 1, 1, 40]
    assert frame.loc["sd", ["lang_wachten", "lang_wachten_van", "toezeggingen", "nagekomen"]].tolist() == [3, 3, 1, 0]
    assert frame.loc["corp", ["verzoeken", "antwoordtijd", "toezeggingen", "nagekomen"]].tolist() == [1, 62, 1, 1]


def test_institutions_without_requests_is_an_empty_table():
    frame = institutions(REQUESTS.iloc[:0], D("2024-04-30"))
    assert frame.empty and "lang_wachten" in frame.columns


def test_promises_kept_are_the_figure_over_the_institutions_requests(demo):
    """The share nagekomen / toezeggingen is the figure ``nagekomen`` computed over the same requests."""
    last = D("2025-12-31")
    for _, row in institutions(demo.verzoeken, last).iterrows():
        asked = demo.verzoeken[demo.verzoeken["aan"] == row["aan"]]
        share = promises_kept(asked, last)
        assert (share is None) == (row["toezeggingen"] == 0)
        if share is not None:
            assert row["nagekomen"] / row["toezeggingen"] == pytest.approx(share)


def test_demo_stadsdeel_that_stopped_answering_waited_every_time(demo):
    """Zilverdistel's stadsdeel leaves every request unanswered from May, and all year those of Reigersbos: 6
    requests in 2 buurten, none answered in time."""
    row = institutions(demo.verzoeken, D("2025-12-31")).set_index("aan").loc["sd-zonnewaard"]
    assert row[["verzoeken", "buurten", "beantwoord", "lang_wachten", "lang_wachten_van"]].tolist() == [6, 2, 0, 6, 6]
    assert pd.isna(row["antwoordtijd"])


ACTIONS = pd.DataFrame(
    {
        "id": ["x1", "x2", "x3", "x4", "x5", "x6"],
        "buurt": ["a", "a", "b", "b", "b", "c"],
        "omschrijving": ["…"] * 6,
        "eigenaar": ["p1", None, "p2", "p3", "p4", "p5"],
        "status": ["niet_gedaan", "niet_gedaan", "niet_gedaan", "gedaan", "open", "vervallen"],
        "gepland": pd.to_datetime(["2024-01-10", "2024-02-01", "2024-02-14", "2024-02-14", "2024-03-14", "2024-01-11"]),
        "deadline": pd.to_datetime(["2024-02-28", "2024-03-31", "2024-03-31", "2024-04-30", "2024-04-15", None]),
        "afgerond": pd.to_datetime(["2024-02-20", "2024-04-02", "2024-03-30", "2024-04-20", None, "2024-03-01"]),
        "belemmering": [("tijd", "geld"), ("tijd",), ("ruimte", "tijd"), ("geld",), (), ()],
        "sessie": [None, "s1", "s2", "s2", "s3", "s1"],
    }
)
SESSIONS = pd.DataFrame({"id": ["s1", "s2", "s3"], "datum": pd.to_datetime(["2024-01-11", "2024-02-14", "2024-03-14"])})


def test_barriers_across_the_pilot():
    """Not done: x1 (20 Feb; tijd, geld), x2 (2 Apr; tijd), x3 (30 Mar; ruimte, tijd).  x4 is done: its barrier
    does not count.

    Everything by 30 April: tijd 3 actions in 2 buurten (a, b); geld 1 (a); ruimte 1 (b) — geld before
    ruimte, the contract's order, at equal counts.  In March only x3: ruimte 1, tijd 1.
    """
    records = barrier_counts(ACTIONS, D("2024-04-30")).to_dict("records")
    assert records == [
        {"belemmering": "tijd", "acties": 3, "buurten": 2},
        {"belemmering": "geld", "acties": 1, "buurten": 1},
        {"belemmering": "ruimte", "acties": 1, "buurten": 1},
    ]
    march = barrier_counts(ACTIONS, D("2024-03-31"), first=D("2024-03-01"))
    assert march.set_index("belemmering")["acties"].to_dict() == {"tijd": 1, "ruimte": 1}


def test_barriers_across_the_pilot_are_the_buurten_figures_added_up(demo):
    frame = panel(demo)
    totals = barrier_counts(demo.acties, D("2025-12-31")).set_index("belemmering")["acties"]
    for code, count in totals.items():
        assert frame[f"belemmeringen_{code}"].sum() == count, code


def test_action_state_on_a_day():
    """On 31 March: x1 closed 20 Feb (niet_gedaan); x2 closes 2 April: open, deadline 31 March not before
    the day; x3 closed 30 March; x4 open, deadline in April; x5 open (deadline 15 April); x6 vervallen.
    On 15 March x5 is on the list (14 March); on 13 March it is not yet."""
    assert action_state(ACTIONS, D("2024-03-31")).tolist() == [
        "niet_gedaan",
        "open",
        "niet_gedaan",
        "open",
        "open",
        "vervallen",
    ]
    assert action_state(ACTIONS, D("2024-04-20")).tolist()[1:5] == ["niet_gedaan", "niet_gedaan", "gedaan", "te_laat"]
    assert action_state(ACTIONS, D("2024-03-13")).tolist()[4] is None


def test_agreements_of_earlier_sessions_and_where_they_stand():
    """On 30 April, of the sessions before 1 April (s1, s2, s3): x6 and x2 from s1 (buurt c after a), x3 and x4 from
    s2, x5 from s3.  Sessions from 1 February to 31 March: s2 and s3 only."""
    found = agreements(ACTIONS, SESSIONS, D("2024-04-30"), until=D("2024-03-31"))
    assert found[["id", "sessie", "stand"]].values.tolist() == [
        ["x2", "s1", "niet_gedaan"],
        ["x6", "s1", "vervallen"],
        ["x3", "s2", "niet_gedaan"],
        ["x4", "s2", "gedaan"],
        ["x5", "s3", "te_laat"],
    ]
    assert found.loc[found["id"] == "x5", "datum"].iloc[0] == D("2024-03-14")
    window = agreements(ACTIONS, SESSIONS, D("2024-04-30"), since=D("2024-02-01"), until=D("2024-03-31"))
    assert window["id"].tolist() == ["x3", "x4", "x5"]


def test_agreements_not_yet_on_the_list_are_left_out():
    """On 10 March x5 (planned 14 March) is not on the list yet, and s3 is still to come."""
    assert agreements(ACTIONS, SESSIONS, D("2024-03-10"))["id"].tolist() == ["x2", "x6", "x3", "x4"]


def test_demo_agreement_of_april_is_still_open_in_december(demo):
    found = agreements(demo.acties, demo.intervisie, D("2025-12-31"), until=D("2025-11-30"))
    still = found[found["stand"].isin(["open", "te_laat"])]
    assert still[["buurt", "stand"]].values.tolist() == [["parelmoer", "te_laat"], ["lepelaar", "open"]]


def test_requests_summary_adds_up_the_institutions():
    """Over every institution on 30 April: 6 requests from 2 buurten; answered 3 (days 10, 40, 4: median 10);
    the counts of the two institutions added up."""
    from kit.analysis.pilot import requests_summary

    summary = requests_summary(REQUESTS, D("2024-04-30"))
    per = institutions(REQUESTS, D("2024-04-30"))
    for column in ("verzoeken", "beantwoord", "open", "lang_wachten", "lang_wachten_van", "toezeggingen", "nagekomen"):
        assert summary[column] == per[column].sum(), column
    assert (summary["buurten"], summary["antwoordtijd"]) == (2, 10)
