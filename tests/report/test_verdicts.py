"""The verdict rules (kit.report.verdicts): each rule on hand-made cases, and rule 1 on the Lindenhof example."""

from __future__ import annotations

import pandas as pd
import pytest
from helpers import EXAMPLE_V2

from kit.analysis.events import Event, events
from kit.analysis.figures import figures
from kit.data.dataset import load
from kit.report.gebeurtenissen import Names
from kit.report.verdicts import (
    BeforeAfter,
    Rank,
    Verdict,
    before_after,
    before_after_question,
    beside_the_platform,
    event_sentence,
    events_behind,
    for_residents,
    institutions_did,
    judged,
    lessons,
    month_verdicts,
    rank_text,
    ranks,
    size_changed,
    size_sentence,
    verdict,
)

MARCH, APRIL = pd.Period("2025-03", "M"), pd.Period("2025-04", "M")
NAMEN = Names({"corp": "Thuishaven", "plat": "Buurtplatform Vlinderhof", "sd": "Stadsdeel Noorderkim"}.get, str)


def E(kind: str, month: pd.Period = APRIL, actors=("corp", "plat"), text="Spreekuur", **detail) -> Event:
    return Event("vh", kind, month.start_time + pd.Timedelta(days=7), month, "verzoeken", "x1", actors, text, detail)


def V(column: str, change: float, found=(), now=20, before=20):
    return verdict(column, change, month=APRIL, events=found, actors_now=now, actors_before=before)


# ---- rule 1 -------------------------------------------------------------------------------------------------------


def test_fewer_open_requests_because_of_a_refusal_is_no_good_news():
    refused = E("verzoek_afgewezen", dagen=11)
    assert V("verzoeken_open", -1) == V("verzoeken_open", -1, [E("verzoek_toegezegd")])  # a promise: good news
    assert V("verzoeken_open", -1).word == "gunstig"
    found = V("verzoeken_open", -1, [refused])
    assert (found.word, found.rule, found.events) == (None, 1, (refused,))
    assert event_sentence("verzoeken_open", -1, found.events, NAMEN) == (
        "Verzoeken zonder antwoord −1: Thuishaven wees ‘Spreekuur’ af, na 11 dagen."
    )


def test_a_request_closed_without_an_answer_is_named():
    closed = E("verzoek_zonder_reactie", actors=("sd", "plat"), text="Sleutel", dagen=106)
    found = V("verzoeken_open_30", -1, [closed])
    assert found.rule == 1
    assert event_sentence("verzoeken_open_30", -1, found.events, NAMEN) == (
        "Langer dan 30 dagen zonder antwoord −1: Stadsdeel Noorderkim reageerde niet op ‘Sleutel’; het verzoek is na "
        "106 dagen zonder antwoord gesloten."
    )


def test_only_events_that_pushed_the_figure_the_way_it_moved_count():
    """More requests open despite a refusal: the rise is no refusal's doing."""
    assert events_behind("verzoeken_open", +1, APRIL, [E("verzoek_afgewezen")]) == []
    assert V("verzoeken_open", +1, [E("verzoek_afgewezen")]).word == "aandachtspunt"
    assert events_behind("verzoeken_open", 0, APRIL, [E("verzoek_afgewezen")]) == []


def test_a_refusal_moves_the_answer_time_either_way():
    refused = E("verzoek_afgewezen")
    assert events_behind("antwoordtijd", +4, APRIL, [refused]) == [refused]
    assert events_behind("antwoordtijd", -4, APRIL, [refused]) == [refused]


def test_what_ended_last_month_is_gone_this_month():
    """Support that ended in March (``tot`` in March) still counted in March and is gone in April."""
    ended = E("steun_eindigt", month=MARCH, soort="ruimte")
    assert V("middelen", -1, [ended]).rule == 1
    assert V("middelen", -1, [E("steun_eindigt", soort="ruimte")]).word == "aandachtspunt"  # it ends next month
    assert V("spanningen", -1, [E("spanning_gestopt", month=MARCH)]).rule == 1
    assert V("spanningen", -1).word == "gunstig"
    assert V("relaties", -2, [E("actor_gestopt", month=MARCH)]).rule == 1


def test_a_failed_action_is_no_good_news_for_the_open_or_overdue_actions():
    failed = E("actie_niet_gedaan", text="Zaal", reden="geen zaal", belemmering=(), sessie=None)
    assert V("acties_te_laat", -1, [failed]).rule == 1
    assert V("acties_te_laat", -1, [E("actie_gedaan", sessie=None)]).word == "gunstig"
    assert events_behind("afspraken_te_laat", -1, APRIL, [failed]) == []  # not an agreement of a session
    agreed = E("actie_vervallen", sessie="iv-03")
    assert events_behind("afspraken_te_laat", -1, APRIL, [agreed]) == [agreed]


def test_a_parallel_infrastructure_resolved_is_named():
    resolved = E("parallel_opgelost", actors=("plat", "sd"), text=None, functies=("buurtbudget",), hoe="gestopt")
    assert V("aantal_parallelle_infrastructuren", -1, [resolved]).rule == 1


def test_rule_1_on_the_example():
    """Lindenhof, April 2024: two requests fewer open, because the buurthuis refused one and West's was closed
    without a reaction."""
    data = load(EXAMPLE_V2)
    march, april = (figures(data, "lindenhof", m)["verzoeken"]["open"] for m in ("2024-03", "2024-04"))
    month = pd.Period("2024-04", "M")
    found = events(data, "lindenhof", "2024-03") + events(data, "lindenhof", month)
    behind = events_behind("verzoeken_open", april - march, month, found)
    assert april - march == -2
    assert [(e.kind, e.row) for e in behind] == [("verzoek_afgewezen", "vz4"), ("verzoek_zonder_reactie", "vz3")]


# ---- rules 2 and 3 ------------------------------------------------------------------------------------------------


def test_no_verdict_on_a_size_dependent_figure_when_the_number_of_actors_changed():
    assert size_changed("dichtheid", 22, 20) and not size_changed("dichtheid", 20, 20)
    assert not size_changed("gem_intensiteit", 22, 20)  # does not depend on the size
    assert V("dichtheid", -0.05, now=22, before=20) == V("dichtheid", -0.05, now=22, before=20)
    assert V("dichtheid", -0.05, now=22, before=20).rule == 2
    assert V("dichtheid", -0.05).word == "aandachtspunt"
    assert V("gem_intensiteit", 0.3, now=22, before=20).word == "gunstig"
    assert size_sentence("dichtheid", 22, 20) == (
        "Geen oordeel over ‘Dichtheid’: het netwerk telt nu 22 actoren, vorige maand 20, en dit kengetal hangt af "
        "van het aantal actoren."
    )


def test_no_verdict_where_the_declaration_says_so():
    assert not judged("actoren") and not judged("acties_niet_gedaan") and judged("verzoeken_open")
    assert V("actoren", 3).rule == 3
    assert V("acties_niet_gedaan", 1).word is None


# ---- rule 4 -------------------------------------------------------------------------------------------------------


def _panel() -> pd.DataFrame:
    """Buurt b, recognised in June 2024: it takes part from April; a figure missing in July."""
    months = ["2024-03", "2024-04", "2024-05", "2024-06", "2024-07", "2024-08"]
    return pd.DataFrame(
        {
            "buurt": "b",
            "maand": months,
            "in_proeftuin": [False, True, True, True, True, True],
            "met_gegevens": True,
            "antwoordtijd": [90.0, 40, 38, 12, None, 14],
            "resultaten": [5.0, 0, 0, 1, 2, 0],
            "nagekomen": [1.0, None, None, 0.5, 0.5, 1],
        }
    )


def test_before_and_after_only_where_both_windows_hold_data():
    """Before: April and May (March: the buurt did not take part yet); after: June and August for the answer time
    (July has no value).  ``nagekomen`` has no value before: left out."""
    found = before_after(_panel(), "b", pd.Period("2024-06", "M"), ["antwoordtijd", "resultaten", "nagekomen"])
    assert found == [
        BeforeAfter("antwoordtijd", pd.Period("2024-06", "M"), 39.0, 13.0, 2, 2),
        BeforeAfter("resultaten", pd.Period("2024-06", "M"), 0.0, 1.0, 2, 3),
    ]
    assert before_after_question(found[0]) == (
        "Kreeg het platform na de erkenning sneller antwoord? Voor: gemiddeld 39 dagen (2 maanden); na: gemiddeld "
        "13 dagen (2 maanden)."
    )
    assert "gunstig" not in " ".join(map(before_after_question, found))


def test_a_figure_without_its_own_question_asks_in_general():
    found = BeforeAfter("gem_intensiteit", pd.Period("2024-06", "M"), 2.5, 2.75, 3, 1)
    assert before_after_question(found) == (
        "Hoe veranderde ‘Gemiddelde samenwerking’ na de erkenning in juni 2024? Voor: gemiddeld 2,5 (3 maanden); "
        "na: gemiddeld 2,75 (1 maand)."
    )


# ---- rule 5 -------------------------------------------------------------------------------------------------------


def test_ties_share_a_rank_and_the_number_compared_is_shown():
    found = ranks("ruggengraat", {"a": 0.5, "b": 0.8, "c": 0.5, "d": 0.2, "e": None})
    assert found == {
        "b": Rank(1, 4, False),
        "a": Rank(2, 4, True),
        "c": Rank(2, 4, True),
        "d": Rank(4, 4, False),
    }
    assert [rank_text(r) for r in found.values()] == ["1e van 4", "gedeeld 2e van 4", "gedeeld 2e van 4", "4e van 4"]


@pytest.mark.parametrize(
    ("column", "values"),
    [
        ("dichtheid", {"a": 0.5, "b": 0.8}),  # depends on the size of the network
        ("aantal_parallelle_infrastructuren", {"a": 1, "b": 0}),  # a count of pairs: size-dependent too
        ("ruggengraat", {"a": 0.5, "b": 0.5, "c": 0.5}),  # all tie
        ("ruggengraat", {"a": 0.5, "b": None}),  # one compared
        ("verzoeken_afgewezen", {"a": 1, "b": 0}),  # not compared by its declaration
    ],
)
def test_no_ranks(column, values):
    assert ranks(column, values) == {}


# ---- rule 6 -------------------------------------------------------------------------------------------------------


def test_an_action_that_failed_on_an_institution_is_no_lesson_of_the_platform():
    own = E("actie_niet_gedaan", reden="te weinig handen", belemmering=("tijd",))
    theirs = E("actie_niet_gedaan", reden="het stadsdeel reageerde niet", belemmering=("instelling", "tijd"))
    done = E("actie_gedaan", belemmering=("instelling",))
    assert lessons([own, theirs, done]) == [own]
    assert institutions_did([own, theirs, done]) == [theirs]


# ---- rule 7 ---------------------------------------------------------------------------------------------------------


def test_support_beside_the_platform_is_no_resource_for_residents():
    """A residents' group that duplicates a function of the platform can receive support counted both in middelen
    and in middelen_naast (the demo's Zonnedauwkwartier, Windvanghof, Hommelberg): shown beside the platform only."""
    assert for_residents(["r1", "r2", "r3"], {"r2"}) == ["r1", "r3"]
    beside = E("steun_naast", actors=("sd", "plat"), soort="financiering")
    assert beside_the_platform([beside, E("steun_eindigt", soort="ruimte")]) == [beside]


def test_the_demo_has_support_counted_both_ways(demo):
    from kit.analysis.measures.resources import snapshot_resources
    from kit.analysis.snapshot import snapshot

    f = figures(demo, "windvang", "2025-06")
    counted = snapshot_resources(snapshot(demo, "windvang", "2025-06"))
    assert set(f["middelen_naast"]) & set(counted)
    assert not set(for_residents(counted, f["middelen_naast"])) & set(f["middelen_naast"])


# ---- every figure of a month ----------------------------------------------------------------------------------------


def test_the_verdicts_of_a_month_on_the_example():
    """Lindenhof, April 2024 against March: two requests fewer open because of a refusal and a non-answer (rule 1);
    VvE Hofzicht joined, so the density, which depends on the size, gets no verdict (rule 2); the number of actors
    is never judged (rule 3)."""
    data = load(EXAMPLE_V2)
    found = month_verdicts(data, "lindenhof", "2024-04")
    assert found["verzoeken_open"].rule == 1
    assert [e.row for e in found["verzoeken_open"].events] == ["vz4", "vz3"]
    assert found["dichtheid"].rule == 2 and found["dichtheid"].word is None
    assert found["actoren"] == Verdict(None, 3)
    assert all(v.word in (None, "gunstig", "aandachtspunt") for v in found.values())
    assert month_verdicts(data, "lindenhof", "2024-03", ["verzoeken_open"]) == {"verzoeken_open": Verdict(None)}
