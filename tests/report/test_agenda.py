"""What the reports suggest to discuss (kit.report.agenda): each rule on hand-made months, the choice, the demo."""

from __future__ import annotations

import pandas as pd
import pytest

from kit.analysis.events import Event
from kit.analysis.open_items import OpenItem
from kit.analysis.registers import gaps
from kit.data.spans import dataset_months
from kit.privacy import display_names, redact, redactor
from kit.report import agenda
from kit.report.agenda import (
    AT_MOST,
    BUURT_RULES,
    SHEET_RULES,
    Ending,
    Point,
    Situation,
    agendapunten,
    candidates,
    choose,
    om_te_bespreken,
)
from kit.report.gebeurtenissen import Names

APRIL = pd.Period("2025-04", "M")
ACTORS = {
    "plat": "Buurtplatform Vlinderhof",
    "corp": "Thuishaven",
    "sd": "Stadsdeel Noorderkim",
    "net": "Buurtnetwerk (stadsdeel)",
    "bc": "Bewonerscommissie De Linde",
    "fonds": "Buurtfonds",
}
BUURTEN = {"vh": "Vlinderhof", "zd": "Zilverdistel", "ph": "Parelmoerhaven"}
NAMEN = Names(
    ACTORS.__getitem__, lambda t: "" if t is None else str(t).replace("Samira", "Sleutelfiguur 1"), BUURTEN.__getitem__
)


def E(kind: str, actors=("corp", "plat"), text="Spreekuur", buurt="vh", day=8, **detail) -> Event:
    return Event(
        buurt, kind, pd.Timestamp(2025, 4, day), APRIL, "x", f"{buurt}-{kind}-{day}", tuple(actors), text, detail
    )


def W(kind="verzoek", institution="sd", days=45, overdue=True, buurt="vh", text="Een bankje") -> OpenItem:
    since = APRIL.end_time.normalize() - pd.Timedelta(days=days)
    return OpenItem(
        buurt, kind, f"{buurt}-{days}", institution, "plat", since, days, overdue, text, {"uitkomst": "toegezegd"}
    )


def S(*events, waiting=(), ending=(), buurten=("vh",), kept=None, recorded=None, erkend=None) -> Situation:
    return Situation(
        APRIL, tuple(events), tuple(waiting), tuple(ending), buurten, kept or {}, recorded or {}, erkend or {}
    )


def one(rule, situation) -> Point | None:
    return rule(situation, NAMEN)


# ---- a buurt's rules ----------------------------------------------------------------------------------------------


def test_a_refusal_or_a_non_answer_this_month():
    assert one(agenda.weigering, S(E("verzoek_toegezegd"))) is None
    point = one(
        agenda.weigering, S(E("verzoek_afgewezen"), E("verzoek_zonder_reactie", ("sd", "plat"), "Sleutel", day=20))
    )
    assert point.question == (
        "Thuishaven wees ‘Spreekuur’ af en Stadsdeel Noorderkim reageerde niet op ‘Sleutel’. Wat doet het platform nu?"
    )
    assert point.step == (
        "Vraag Thuishaven en Stadsdeel Noorderkim om de reden op papier, en bespreek of een nieuw of aangepast "
        "verzoek kans maakt."
    )
    silent = one(agenda.weigering, S(E("verzoek_zonder_reactie", ("sd", "plat"), "Sleutel")))
    assert "een reactie op papier, met een datum" in silent.step


def test_an_action_that_failed_on_an_institution():
    own = E("actie_niet_gedaan", ("plat",), "Zaal huren", reden="te weinig handen", belemmering=("tijd",))
    assert one(agenda.actie_door_instelling, S(own)) is None
    theirs = E(
        "actie_niet_gedaan",
        ("plat",),
        "Bewonersavond",
        reden="Het stadsdeel gaf geen zaal.",
        belemmering=("instelling",),
    )
    point = one(agenda.actie_door_instelling, S(own, theirs))
    assert point.question == (
        "‘Bewonersavond’ lukte niet door een instelling: Het stadsdeel gaf geen zaal. Hoe spreekt het platform de "
        "instelling daarop aan?"
    )


def test_a_parallel_infrastructure_that_appeared():
    appeared = E("parallel_verschenen", ("net", "plat"), None, functies=("netwerkorganisatie",), bovenaf=("net",))
    point = one(agenda.parallel, S(appeared))
    assert point.question == (
        "Buurtnetwerk (stadsdeel) heeft sinds deze maand dezelfde taak als Buurtplatform Vlinderhof, zonder echt samen "
        "te werken: netwerkorganisatie (partijen in de buurt bij elkaar brengen). Kan dit samen, of kan het aan de "
        "buurt worden overgelaten?"
    )
    assert (
        point.step
        == "Nodig Buurtnetwerk (stadsdeel) uit voor een gesprek met Buurtplatform Vlinderhof over wie dit doet, en hoe."
    )


def test_the_oldest_request_past_thirty_days():
    assert one(agenda.lang_open, S(waiting=[W(days=29, overdue=False)])) is None
    point = one(
        agenda.lang_open,
        S(waiting=[W(days=45), W(days=120, institution="corp", text="Spreekuur"), W(days=29, overdue=False)]),
    )
    assert point.question == (
        "‘Spreekuur’ wacht al 120 dagen op antwoord van Thuishaven, langer dan 30 dagen. Hoe krijgt het platform "
        "antwoord?"
    )


def test_a_promise_not_kept_long_after_it_was_made():
    assert one(agenda.toezegging, S(waiting=[W("toezegging", days=20, overdue=False), W(days=90)])) is None
    point = one(agenda.toezegging, S(waiting=[W("toezegging", days=61)]))
    assert point.question == (
        "Stadsdeel Noorderkim zegde ‘Een bankje’ toe op 28 februari 2025, 61 dagen geleden, en kwam dat nog niet na. "
        "Wat is er nodig?"
    )


def test_support_ending_within_three_months():
    ending = [Ending("vh", "r9", "fonds", "plat", "financiering", pd.Timestamp("2025-06-30"))]
    point = one(agenda.steun_eindigt, S(ending=ending))
    assert point.question == (
        "Het geld van Buurtfonds voor Buurtplatform Vlinderhof loopt af op 30 juni 2025, binnen drie maanden. Is er "
        "een vervolg geregeld?"
    )
    assert one(agenda.steun_eindigt, S()) is None


def test_a_tension_that_started_with_its_reason_redacted():
    tension = E("spanning_begonnen", ("bc", "net"), "Samira voelt zich gepasseerd.", soort="spanning")
    point = one(agenda.spanning, S(tension))
    assert point.question == (
        "Er is een spanning ontstaan tussen Bewonerscommissie De Linde en Buurtnetwerk (stadsdeel) (Sleutelfiguur 1 "
        "voelt zich gepasseerd). Wat is er nodig om die te bespreken?"
    )


def test_registers_not_kept_or_not_brought_up_to_date():
    P = lambda m: pd.Period(m, "M")  # noqa: E731
    assert gaps({}, {"acties": P("2025-02"), "maatlat": P("2025-01")}, APRIL) == {"maatlat": "verouderd"}
    point = one(
        agenda.registers,
        S(
            kept={"vh": {"acties": False, "maatlat": True}},
            recorded={"vh": {"maatlat": P("2025-01"), "verzoeken": P("2025-03")}},
        ),
    )
    assert point.question == (
        "Niets nieuws vastgelegd in de maatlat (sinds januari 2025). Klopt het dat er niets veranderde? De actielijst "
        "wordt voor deze buurt niet bijgehouden. Is dat een keuze?"
    )
    assert one(agenda.registers, S(recorded={"vh": {"maatlat": P("2025-03"), "erkenning": P("2024-01")}})) is None
    months = {"verzoeken": P("2024-12"), "acties": P("2025-01"), "maatlat": P("2025-01")}
    assert one(agenda.registers, S(recorded={"vh": months})).question == (
        "Niets nieuws vastgelegd in de verzoeken aan instellingen (sinds december 2024) en de actielijst en de "
        "maatlat (sinds januari 2025). Klopt het dat er niets veranderde?"
    )


def test_a_result_to_celebrate():
    point = one(agenda.resultaat, S(E("resultaat_bereikt", (), "Twaalf geveltuinen")))
    assert point.celebrate and point.question == "Bereikt: ‘Twaalf geveltuinen’. Hoe vieren en delen jullie dat?"
    recorded = one(agenda.resultaat, S(E("resultaat_gemeld", (), "Speeltuin", bereikt=None)))
    assert recorded.question.startswith("Vastgelegd: ‘Speeltuin’.")


# ---- choosing -----------------------------------------------------------------------------------------------------


def test_at_most_three_by_priority_and_a_place_for_a_result():
    month = S(
        E("verzoek_afgewezen"),
        E("parallel_verschenen", ("net", "plat"), None, functies=("buurtbudget",), bovenaf=("net",)),
        E("spanning_begonnen", ("bc", "net"), None, soort="spanning"),
        E("resultaat_bereikt", (), "Bankjes"),
        waiting=[W(days=60)],
    )
    found = candidates(month, NAMEN, BUURT_RULES)
    assert [p.rule for p in found] == ["weigering", "parallel", "lang_open", "spanning", "resultaat"]
    assert [p.rule for p in choose(found)] == ["weigering", "parallel", "resultaat"]
    assert [p.rule for p in choose(found[:3])] == ["weigering", "parallel", "lang_open"]
    assert choose([]) == []


def test_the_rules_are_in_the_documented_order():
    assert [r.__name__ for r in BUURT_RULES] == [
        "weigering",
        "actie_door_instelling",
        "parallel",
        "lang_open",
        "toezegging",
        "steun_eindigt",
        "spanning",
        "registers",
        "resultaat",
    ]


# ---- the intervision sheet's rules --------------------------------------------------------------------------------


def test_the_same_institution_in_several_buurten():
    month = S(
        E("verzoek_afgewezen", ("sd", "plat"), buurt="vh"),
        E("verzoek_zonder_reactie", ("corp", "plat"), buurt="zd"),
        waiting=[W(buurt="zd", institution="sd"), W(buurt="ph", institution="corp", days=20, overdue=False)],
        buurten=("vh", "zd", "ph"),
    )
    point = one(agenda.zelfde_instelling, month)
    assert point.buurten == ("vh", "zd")
    assert "Stadsdeel Noorderkim (Vlinderhof en Zilverdistel)" in point.question
    assert "Thuishaven" not in point.question  # one buurt only: no pattern
    assert one(agenda.zelfde_instelling, S(E("verzoek_afgewezen"), buurten=("vh", "zd"))) is None


def test_the_same_barrier_in_several_buurten():
    month = S(
        E("actie_niet_gedaan", buurt="vh", belemmering=("regels", "tijd")),
        E("actie_niet_gedaan", buurt="ph", belemmering=("regels",)),
        E("actie_niet_gedaan", buurt="zd", belemmering=("tijd", "regels")),
        buurten=("vh", "zd", "ph"),
    )
    point = one(agenda.zelfde_belemmering, month)
    assert point.buurten == ("vh", "zd", "ph")
    assert point.question == (
        "In drie buurten lukte deze maand een actie niet door regels: Vlinderhof, Zilverdistel en Parelmoerhaven. "
        "Wat hielp elders?"
    )


def test_a_parallel_infrastructure_anywhere():
    appeared = E("parallel_verschenen", ("net", "plat"), None, buurt="zd", functies=("buurtbudget",), bovenaf=("net",))
    point = one(agenda.overal_parallel, S(appeared, buurten=("vh", "zd")))
    assert (
        point.buurten == ("zd",) and "Buurtnetwerk (stadsdeel)" in point.question and "Zilverdistel" in point.question
    )


def test_the_same_institution_s_promises_and_support_ending_and_tensions_and_results():
    waiting = [W("toezegging", buurt="vh", days=50), W("toezegging", buurt="zd", days=70)]
    assert one(agenda.zelfde_toezegging, S(waiting=waiting, buurten=("vh", "zd"))).buurten == ("vh", "zd")
    ending = [Ending(b, f"r-{b}", "fonds", "plat", "ruimte", pd.Timestamp("2025-05-31")) for b in ("vh", "ph")]
    assert one(agenda.steun_eindigt_overal, S(ending=ending, buurten=("vh", "zd", "ph"))).buurten == ("vh", "ph")
    assert one(agenda.steun_eindigt_overal, S(ending=ending[:1], buurten=("vh", "zd", "ph"))) is None
    tensions = [E("spanning_begonnen", ("bc", "net"), buurt=b, soort="spanning") for b in ("vh", "zd")]
    assert one(agenda.spanningen, S(*tensions, buurten=("vh", "zd"))).buurten == ("vh", "zd")
    results = [E("resultaat_bereikt", (), buurt=b) for b in ("zd", "ph")]
    assert one(agenda.resultaten, S(*results, buurten=("vh", "zd", "ph"))).celebrate


def test_a_seat_at_a_table_lost_anywhere_naming_its_convener_and_the_recognition():
    lost = E("tafel_gestopt", ("plat", "corp"), "Klankbordgroep", buurt="zd", eigenaar="corp", opvolger=None)
    point = one(agenda.plek_kwijt, S(lost, buurten=("vh", "zd"), erkend={"zd": True}))
    assert point is not None and point.buurten == ("zd",)
    assert point.question == (
        "Een plek aan tafel stopte: ‘Klankbordgroep’ van Thuishaven (Zilverdistel, na de erkenning). Waarom, en "
        "herkennen andere buurten dit?"
    )
    assert point.step == "Vraag Thuishaven waarom, en hoe het platform weer aan tafel komt."
    unrecognised = one(agenda.plek_kwijt, S(lost, buurten=("vh", "zd")))
    assert unrecognised is not None and "(Zilverdistel)." in unrecognised.question


def test_a_change_of_role_at_the_same_table_is_no_seat_lost():
    changed = E("tafel_gestopt", ("plat", "sd"), "Gebiedsoverleg", eigenaar="sd", opvolger="t2")
    assert one(agenda.plek_kwijt, S(changed)) is None
    assert one(agenda.plek_kwijt, S(E("tafel_begonnen", ("plat", "sd"), "Gebiedsoverleg", eigenaar="sd"))) is None


def test_the_sheet_s_rules_are_in_the_documented_order():
    assert [r.__name__ for r in SHEET_RULES] == [
        "zelfde_instelling",
        "overal_parallel",
        "plek_kwijt",
        "zelfde_belemmering",
        "zelfde_toezegging",
        "steun_eindigt_overal",
        "spanningen",
        "registers_overal",
        "resultaten",
    ]


# ---- the demo: a sensible choice for every buurt and month --------------------------------------------------------


@pytest.fixture(scope="module")
def demo_namen(demo):
    buurten = dict(zip(demo.buurten["id"], demo.buurten["naam"], strict=True))
    per_buurt = {}
    for b in demo.buurten["id"]:
        names, matcher = display_names(demo, b), redactor(demo, b)
        per_buurt[b] = Names(names.__getitem__, lambda t, m=matcher: redact(t, m), buurten.__getitem__)
    names, matcher = display_names(demo), redactor(demo)
    return per_buurt, Names(names.__getitem__, lambda t: redact(t, matcher), buurten.__getitem__)


def test_the_demo_yields_a_sensible_choice(demo, demo_namen):
    per_buurt, pilot = demo_namen
    order = {r.__name__: i for i, r in enumerate(BUURT_RULES)}
    rules = set()
    for month in dataset_months(demo):
        for buurt in demo.buurten["id"]:
            points = om_te_bespreken(demo, buurt, month, per_buurt[buurt])
            assert len(points) <= AT_MOST
            names = [p.rule for p in points]
            assert len(set(names)) == len(names)
            problems = [order[n] for n in names if n != "resultaat"]
            assert problems == sorted(problems)
            assert all(p.question.endswith("?") and p.step.endswith(".") for p in points)
            rules.update(names)
        sheet = agendapunten(demo, month, pilot)
        assert len(sheet) <= AT_MOST and all(p.buurten for p in sheet)
    assert {"weigering", "parallel", "lang_open", "toezegging", "resultaat"} <= rules


def test_the_demo_s_known_stories(demo, demo_namen):
    """Hommelberg's request refused by Stadsdeel Westerduin in December 2025; Zilverdistel's stadsdeel sets up its
    own network beside the platform in June; Stadsdeel Zonnewaard leaves Zilverdistel's request waiting."""
    per_buurt, _ = demo_namen
    december = om_te_bespreken(demo, "hommelberg", "2025-12", per_buurt["hommelberg"])
    assert december[0].rule == "weigering" and "Stadsdeel Westerduin wees" in december[0].question
    june = [p.rule for p in om_te_bespreken(demo, "zilverdistel", "2025-06", per_buurt["zilverdistel"])]
    assert "parallel" in june
    late = om_te_bespreken(demo, "zilverdistel", "2025-12", per_buurt["zilverdistel"])
    assert late[0].rule == "lang_open" and "Stadsdeel Zonnewaard" in late[0].question


def test_a_hidden_name_reaches_no_point(example_v2):
    """Samira (a person without consent) in the reason of an action that failed on an institution and in the subject
    of a request refused: the points carry the report's pseudonym, through the ``schoon`` it passes in."""
    from helpers import replace_in

    from kit.data.dataset import load

    replace_in(
        example_v2 / "acties.csv",
        "buurthuis had geen avonden vrij,,ruimte;tijd",
        "Samira kreeg geen sleutel van het buurthuis,,instelling",
    )
    replace_in(example_v2 / "verzoeken.csv", "Avonden vrij voor jongeren", "Avonden vrij voor Samira en de jongeren")
    data = load(example_v2)
    names, matcher = display_names(data, "lindenhof"), redactor(data, "lindenhof")
    namen = Names(names.__getitem__, lambda text: redact(text, matcher), {"lindenhof": "Lindenhof"}.__getitem__)
    points = om_te_bespreken(data, "lindenhof", "2024-04", namen)
    assert [p.rule for p in points][:2] == ["weigering", "actie_door_instelling"]
    words = " ".join(p.question + " " + p.step for p in points)
    assert "Samira" not in words
    assert "Avonden vrij voor Sleutelfiguur 1" in words and "Sleutelfiguur 1 kreeg geen sleutel" in words


def test_a_report_s_context_gives_its_names(demo):
    """The brief's context (``Maandrapport``) and the sheet's (``Overzicht``) pass their names in one call."""
    from kit.report.maandrapport import Maandrapport
    from kit.report.overzicht import Overzicht

    brief = Maandrapport(demo, "hommelberg", "2025-12")
    [first, *_] = om_te_bespreken(demo, "hommelberg", "2025-12", Names.of(brief))
    assert first.question.startswith(f"{brief.naam_van('sd-westerduin')} wees")
    sheet = Overzicht(demo, "2025-06")
    assert agendapunten(demo, "2025-06", Names.of(sheet))


def test_many_buurten_are_counted_beyond_three():
    results = [E("resultaat_bereikt", (), buurt=b) for b in ("vh", "zd", "ph", "xx")]
    buurten = Names(ACTORS.__getitem__, str, {**BUURTEN, "xx": "Xbuurt"}.__getitem__)
    point = agenda.resultaten(S(*results, buurten=("vh", "zd", "ph", "xx")), buurten)
    assert point.question.startswith(
        "Deze maand bereikten Vlinderhof, Zilverdistel, Parelmoerhaven en 1 andere buurt iets."
    )


def test_the_same_register_stale_in_several_buurten():
    month = pd.Period("2025-06", "M")
    old, fresh = pd.Period("2025-03", "M"), pd.Period("2025-05", "M")
    kept = {"a": {}, "b": {}, "c": {"maatlat": True}}
    recorded = {"a": {"maatlat": old, "acties": old}, "b": {"maatlat": old}, "c": {"maatlat": fresh, "acties": old}}
    s = agenda.Situation(month, buurten=("a", "b", "c"), kept=kept, recorded=recorded)
    point = agenda.registers_overal(s, Names(str, str))
    # the maatlat stale in a and b, the action list in a and c: a tie, won by the action list, first in the order
    assert point is not None and point.buurten == ("a", "c")
    assert point.question.startswith(
        "In twee buurten is al drie maanden of langer niets nieuws vastgelegd in de actielijst: a en c."
    )
    alone = {"a": {"maatlat": old}, "b": {"maatlat": fresh}}
    assert agenda.registers_overal(agenda.Situation(month, buurten=("a", "b"), recorded=alone), Names(str, str)) is None
