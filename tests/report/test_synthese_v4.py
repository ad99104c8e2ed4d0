"""The synthesis answers the pilot's question on seats at tables (contract version 4): does a platform's place at
tables change after recognition?  Hand-checked on ``examples/lindenhof-v4`` and on the demo's two stories
(Zonnedauwkwartier gains a seat after its recognition, Reigersbos loses one)."""

from __future__ import annotations

import re

import pytest
from helpers import EXAMPLE_V4, show
from helpers import html_words as text

from kit.data.dataset import load
from kit.report.synthese import Synthese
from kit.report.synthese.erkenning import VRAAG_TAFELS


@pytest.fixture(scope="module")
def lindenhof() -> Synthese:
    return Synthese(load(EXAMPLE_V4), "2024-03", "2024-04")


@pytest.fixture(scope="module")
def jaar(demo) -> Synthese:
    return Synthese(demo, "2025-01", "2025-12")


def _seat_question(synthese: Synthese, buurt: str) -> str:
    """The seat question of ``buurt``'s part of the section, in words."""
    part = str(show(synthese, "erkenning")).split(f"<h3>{buurt}: erkend")[1].split("<h3>")[0]
    [item] = [item for item in re.findall(r"<li>(.*?)</li>", part) if VRAAG_TAFELS in item]
    return text(item)


# ---- before and after recognition ----------------------------------------------------------------------------------


def test_seats_before_and_after_recognition_by_hand(lindenhof):
    """Lindenhof is recognised on 1 April 2024 and takes part from March: before is March alone — the platform's
    seat at the Gebiedsoverleg (consulted, asked for, until 31 March) and the bewonerscommissie's (informed,
    invited): 2 seats, 1 offered, highest rung 2; after is April — advising at the Gebiedsoverleg and co-deciding at
    the Stuurgroep (both offered) and the bewonerscommissie's: 3 seats, all offered, highest rung 5."""
    erkenning = text(show(lindenhof, "erkenning"))
    assert (
        "Zat het platform na de erkenning vaker of hoger aan tafel? Voor: gemiddeld 2 plekken per maand (1 maand), "
        "waarvan 1 aangeboden en 1 zelf gevraagd; hoogste trede geraadpleegd (2 van 6); na: gemiddeld 3 plekken per "
        "maand (1 maand), waarvan 3 aangeboden en 0 zelf gevraagd; hoogste trede meebeslissend (5 van 6). Sinds de "
        "erkenning — 1 april 2024: Buurtplatform Lindenhof is door Stadsdeel West uitgenodigd aan tafel bij "
        "‘Gebiedsoverleg West’ (adviserend, trede 3 van 6). 15 april 2024: Buurtplatform Lindenhof is door Stadsdeel "
        "West uitgenodigd aan tafel bij ‘Stuurgroep Kastanjeplein’ (meebeslissend, trede 5 van 6)."
    ) in erkenning
    for word in ("gunstig", "beter", "slechter", "aandachtspunt"):
        assert word not in erkenning.lower(), word


def test_the_demo_buurt_that_gains_a_seat_and_the_one_that_loses_it(jaar):
    assert _seat_question(jaar, "Zonnedauwkwartier") == (
        "Zat het platform na de erkenning vaker of hoger aan tafel? Voor: gemiddeld 1 plek per maand (3 maanden), "
        "waarvan 1 aangeboden en 0 zelf gevraagd; hoogste trede geraadpleegd (2 van 6); na: gemiddeld 1,33 plekken "
        "per maand (3 maanden), waarvan 1,33 aangeboden en 0 zelf gevraagd; hoogste trede coproducerend (4 van 6). "
        "Sinds de erkenning — 1 september 2025: Platform Zonnedauw is door Woningcorporatie Thuishaven uitgenodigd "
        "aan tafel bij ‘Stuurgroep speelplek achter de flats’ (coproducerend, trede 4 van 6)."
    )
    # Reigersbos: the sounding board it asked for (advising, March–October) ends a month after its recognition in
    # September; the highest rung of the windows ties, and is said to
    reigersbos = _seat_question(jaar, "Reigersbos")
    assert (
        "Voor: gemiddeld 2 plekken per maand (3 maanden), waarvan 1 aangeboden en 1 zelf gevraagd; hoogste trede "
        "adviserend (3 van 6); na: gemiddeld 1,67 plekken per maand (3 maanden), waarvan 1 aangeboden en 0,67 zelf "
        "gevraagd; hoogste trede adviserend (3 van 6). Voor en na even hoog." in reigersbos
    )
    assert (
        "Sinds de erkenning — 31 oktober 2025: Buurtplatform Reigersbos zit niet meer aan tafel bij ‘Klankbordgroep "
        "renovatie Reigersbos’." in reigersbos
    )


def test_equal_seats_before_and_after_are_said_to_be_equal(demo_path, monkeypatch):
    """Without the sounding board Reigersbos holds one seat, consulted, in every month of both windows."""
    demo = load(demo_path)
    monkeypatch.setattr(demo, "tafels", demo.tafels[demo.tafels["id"] != "rb-t02"])
    assert _seat_question(Synthese(demo, "2025-01", "2025-12"), "Reigersbos").endswith(
        "hoogste trede geraadpleegd (2 van 6). Voor en na even vaak aan tafel en even hoog."
    )


def test_a_buurt_that_keeps_no_seats_is_not_recorded_never_zero(demo_path, monkeypatch):
    demo = load(demo_path)
    monkeypatch.setattr(demo, "tafels", demo.tafels[demo.tafels["buurt"] != "zonnedauw"])
    assert _seat_question(Synthese(demo, "2025-01", "2025-12"), "Zonnedauwkwartier") == (
        "Zat het platform na de erkenning vaker of hoger aan tafel? Niet vastgelegd: de plekken van deze buurt aan "
        "bestuurlijke tafels worden niet bijgehouden."
    )


def test_a_seat_gained_where_there_was_none_before(demo_path, monkeypatch):
    """Without its seat at the Gebiedsoverleg, Zonnedauwkwartier holds no seat before its recognition in July; after
    it, the steering group from September: 1 seat in 3 months, offered, rung 4."""
    demo = load(demo_path)
    monkeypatch.setattr(demo, "tafels", demo.tafels[demo.tafels["id"] != "zk-t01"])
    assert _seat_question(Synthese(demo, "2025-01", "2025-12"), "Zonnedauwkwartier").startswith(
        "Zat het platform na de erkenning vaker of hoger aan tafel? Voor: geen plek aan tafel (3 maanden); na: "
        "gemiddeld 0,33 plekken per maand (3 maanden), waarvan 0,33 aangeboden en 0 zelf gevraagd; hoogste trede "
        "coproducerend (4 van 6). Sinds de erkenning — 1 september 2025:"
    )


def test_no_seat_numbers_without_data_on_both_sides(jaar):
    """Rule 4: were Reigersbos's months after its recognition without a ``tafels`` value, nothing is compared."""
    from kit.report.synthese.erkenning import plekken

    synthese = Synthese(jaar.data, "2025-01", "2025-12")
    panel = synthese.panel.copy()
    panel.loc[(panel["buurt"] == "reigersbos") & (panel["maand"] >= "2025-09"), "tafels"] = None
    synthese.__dict__["panel"] = panel  # the cached panel, with the months after emptied
    assert plekken(synthese, "reigersbos") == f"{VRAAG_TAFELS} Niet aan beide kanten vastgelegd: geen antwoord."


# ---- the timeline --------------------------------------------------------------------------------------------------


def test_the_timeline_draws_seats_as_spans_labelled_with_their_rung(lindenhof):
    """Four seats ran in March–April 2024: the Gebiedsoverleg (consulted, to 31 March), the bewonerscommissie's,
    the Gebiedsoverleg again (advising, from April) and the Stuurgroep (co-deciding, from 15 April)."""
    from kit.report.synthese.tijdlijn import tijdlijn

    svg = tijdlijn(lindenhof, "lindenhof").svg
    assert re.findall(r'font-size="5"[^>]*>([^<]*)<', svg) == [
        "2 geraadpleegd",
        "1 geïnformeerd",
        "3 adviserend",
        "5 meebeslissend",
    ]
    assert ">Aan tafel<" in svg and ">Gesprekken<" in svg
    # three dialogues (filled squares, and the legend's); the agreement past its deadline an open brown triangle (and
    # the legend's), beside the request closed without an answer (an open brown square)
    assert len(re.findall(r'<rect [^>]*width="6.4" height="6.4" fill="#003a70"', svg)) == 3 + 1
    assert svg.count('stroke="#8a4b00" stroke-width="1.2"') == 1 + 1 + 1


def test_the_timeline_tells_seats_dialogues_and_agreements_in_words(lindenhof):
    from kit.report.synthese.tijdlijn import woorden

    told = woorden(lindenhof, "lindenhof")
    for line in (
        "Al aan tafel bij het begin: Buurtplatform Lindenhof bij ‘Gebiedsoverleg West’ (geraadpleegd, trede 2 van 6), "
        "sinds 1 oktober 2023.",
        "Al aan tafel bij het begin: Bewonerscommissie Lindenhof-Noord bij ‘Huurdersoverleg Lindenhof-Noord’ "
        "(geïnformeerd, trede 1 van 6), sinds 1 februari 2024.",
        "12 maart 2024: Gesprek met Stadsdeel West over ‘Sleutel van het buurthuis’.",
        "31 maart 2024: De rol van Buurtplatform Lindenhof aan tafel bij ‘Gebiedsoverleg West’ (geraadpleegd) eindigt; "
        "de plek loopt door.",  # t2 continues it
        "1 april 2024: De afspraak ‘Sleutel van het buurthuis regelen’ met Stadsdeel West is over de termijn van 31 "
        "maart 2024 en nog niet nagekomen.",
        "10 april 2024: Buurtplatform Lindenhof kwam de afspraak ‘Rooster voor het buurthuis maken’ na, gemaakt in het "
        "gesprek van 12 maart 2024.",
        "28 april 2024: De afspraak ‘Bank bij de speeltuin plaatsen’ met Stadsdeel West is vervallen zonder te zijn "
        "nagekomen.",
    ):
        assert line in told, line
    # in time order: the seats already held come before the period's first event
    assert told.index("12 maart 2024: Gesprek met Stadsdeel West over ‘Sleutel van het buurthuis’.") > 3


def test_a_buurt_without_the_registers_says_so_in_its_lanes(lindenhof):
    from kit.report.synthese.tijdlijn import tijdlijn

    svg = tijdlijn(lindenhof, "esdoorn").svg
    assert "de plekken aan tafel: niet bijgehouden" in svg
    assert "de gesprekken met instellingen en hun afspraken: niet bijgehouden" in svg
    assert "niet bijgehouden" not in tijdlijn(lindenhof, "lindenhof").svg.split(">Mislukt bij instelling<")[0]


# ---- the bestuurlijke samenvatting ---------------------------------------------------------------------------------


def _finding(synthese: Synthese, start: str) -> str:
    """The summary's finding whose sentence starts with ``start``: sentence, evidence and caution, in words."""
    html = str(show(synthese, "samenvatting"))
    [found] = [f for f in re.findall(r'<div class="bevinding">(.*?)</div>', html) if text(f).startswith(start)]
    return text(found)


def test_the_summary_answers_whether_recognised_platforms_sat_at_tables(jaar):
    """In December 2025 the eleven buurten that keep their seats hold each a seat at their stadsdeel's
    Gebiedsoverleg, and Zonnedauwkwartier one more: 12, all offered.  Under "Hoe antwoordden instellingen?"."""
    finding = _finding(jaar, "In december 2025 hadden de 11 buurten")
    assert finding == (
        "In december 2025 hadden de 11 buurten die hun plekken aan tafel bijhouden er samen 12 plekken aan "
        "tafels van de gemeente of instellingen: 12 aangeboden, 0 zelf gevraagd. Sinds hun erkenning in deze periode: "
        "Zonnedauwkwartier kreeg een plek bij ‘Stuurgroep speelplek achter de flats’ (coproducerend) in september "
        "2025; Reigersbos verloor een plek bij ‘Klankbordgroep renovatie Reigersbos’ (adviserend) in oktober 2025. "
        "Bron: tafels.csv (tafel, trede, aangeboden of zelf gevraagd, vanaf en tot); per buurt in ‘Voor en na de "
        "erkenning’ en in de tijdlijnen. Let op: 1 van de 12 buurten met gegevens houdt de plekken aan tafel niet bij: "
        "daar is niets over bekend, wat niet betekent dat er niets was. Een plek aan tafel zegt niet wat het platform "
        "daar kon inbrengen; of een verandering door de erkenning komt, zeggen deze gegevens niet."
    )
    html = str(show(jaar, "samenvatting"))
    antwoorden = html.split("<h3>Hoe antwoordden instellingen?</h3>")[1].split("<h3>")[0]
    assert "In december 2025 hadden de 11 buurten die hun plekken" in text(antwoorden)


def test_the_summary_on_seats_by_hand(lindenhof):
    """Lindenhof alone keeps seats: in April 2024 the advising and the co-deciding seat it was invited to after its
    recognition, and the bewonerscommissie's: 3, all offered."""
    assert _finding(lindenhof, "In april 2024 had de buurt").startswith(
        "In april 2024 had de buurt die haar plekken aan tafel bijhoudt er 3 plekken aan tafels van de "
        "gemeente of instellingen: 3 aangeboden, 0 zelf gevraagd. Sinds hun erkenning in deze periode: Lindenhof "
        "kreeg een plek bij ‘Gebiedsoverleg West’ (adviserend) in april 2024 en kreeg een plek bij ‘Stuurgroep "
        "Kastanjeplein’ (meebeslissend) in april 2024."
    )


def test_a_pilot_that_keeps_no_seats_is_not_recorded(demo_path, monkeypatch):
    demo = load(demo_path)
    monkeypatch.setattr(demo, "tafels", demo.tafels.iloc[0:0])
    finding = _finding(Synthese(demo, "2025-01", "2025-12"), "Geen van de buurten houdt zijn plekken")
    assert "of platforms gesprekspartner werden, is niet vastgelegd." in finding
    assert "0 plekken" not in finding


# ---- the carriers' load, only across buurten -----------------------------------------------------------------------


def test_the_carriers_load_only_across_buurten_by_hand(lindenhof):
    """Only Lindenhof has its pulse taken (twice): every count is below 3, so "minder dan 3", and no month has a high
    load in 3 or more buurten.  The pulse's values (3, 5, 4, 4, "ja") are nowhere."""
    finding = _finding(lindenhof, "De draaglast")
    assert finding.startswith(
        "De draaglast van de vaste vrijwilligers werd in april 2024 in minder dan 3 buurten gepeild; in minder dan 3 "
        "daarvan was de belasting hoog (4 of 5 van 5) en in minder dan 3 werd een drager geïntimideerd of bedreigd. In "
        "0 van de 2 maanden van de periode was de belasting in 3 of meer buurten hoog. Bron: draaglast.csv"
    )
    assert "Niet elke buurt houdt de draaglast bij." in finding
    nodig = str(show(lindenhof, "nodig"))
    rows = [text(r) for r in re.findall(r"<tr>(.*?)</tr>", nodig.split("Wat het dragen van een platform kost")[1])]
    assert rows == [
        "Maand Buurten gepeild Belasting hoog (4 of 5) Intimidatie of bedreiging",
        "maart 2024 minder dan 3 minder dan 3 minder dan 3",
        "april 2024 minder dan 3 minder dan 3 minder dan 3",
    ]
    for section in ("samenvatting", "nodig", "per_buurt", "erkenning", "tijdlijn"):
        shown = text(show(lindenhof, section)).lower()
        assert "belast met" not in shown and "dragers" not in shown, section


def test_the_carriers_load_per_month_agrees_with_the_pulse_counted_by_hand(jaar, demo):
    """The demo's November: 11 buurten have their pulse taken, 4 of them a load of 4 or 5, fewer than 3 an
    incident; counted here straight from draaglast.csv."""
    pulse = demo.draaglast[demo.draaglast["maand"] == "2025-11"]
    assert (len(pulse), int((pulse["belasting"] >= 4).sum())) == (11, 4) and int(pulse["incident"].sum()) < 3
    nodig = str(show(jaar, "nodig"))
    rows = [text(r) for r in re.findall(r"<tr>(.*?)</tr>", nodig.split("Wat het dragen van een platform kost")[1])]
    assert "november 2025 11 4 minder dan 3" in rows and len(rows) == 1 + 12
    assert "In 2 van de 12 maanden van de periode was de belasting in 3 of meer buurten hoog." in _finding(
        jaar, "De draaglast"
    )


def test_a_pilot_that_keeps_no_pulse_is_not_recorded(demo_path, monkeypatch):
    demo = load(demo_path)
    monkeypatch.setattr(demo, "draaglast", demo.draaglast.iloc[0:0])
    synthese = Synthese(demo, "2025-01", "2025-12")
    assert _finding(synthese, "Geen van de buurten houdt de draaglast").startswith(
        "Geen van de buurten houdt de draaglast van zijn vrijwilligers bij: wat het dragen van een platform kost, is "
        "niet vastgelegd."
    )
    assert "Geen van de buurten houdt de draaglast van zijn vrijwilligers bij: niet vastgelegd." in text(
        show(synthese, "nodig")
    )
