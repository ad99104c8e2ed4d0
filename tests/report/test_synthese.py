"""The synthesis over a period (kit.report.synthese): what it says, on the demo."""

from __future__ import annotations

import re

import pytest
from helpers import everything, show
from helpers import html_words as text

from kit.data.dataset import load
from kit.report.kengetallen import omvang_tekst
from kit.report.synthese import Synthese


@pytest.fixture(scope="module")
def jaar(demo):
    return Synthese(demo, "2025-01", "2025-12")


def test_every_section_renders_and_names_no_hidden_person(demo_naming):
    """The July lessons name a person without consent (the demo itself names none where the synthesis looks)."""
    folder, named = demo_naming
    demo = load(folder)
    shown = everything(Synthese(demo, "2025-01", "2025-12"))
    assert "Sleutelfiguur 1 (Zilverdistel) vertelde hoe het stadsdeel" in shown
    hidden = demo.actoren[demo.actoren["persoon"] & ~demo.actoren["naam_tonen"]]
    assert named in set(hidden["naam"])
    for name in hidden["naam"]:
        assert name not in shown, name
    for name in demo.buurten["naam"]:
        assert name in shown, name


def test_the_story_in_short(jaar):
    kort = text(show(jaar, "kort"))
    assert (
        "Alle 12 proeftuinbuurten deden in deze periode mee. Zonnedauwkwartier begon in maart 2025, Duinroosbuurt "
        "begon in mei 2025 en Reigersbos begon in februari 2025." in kort
    )
    assert "De platforms boekten 22 resultaten in 12 buurten" in kort  # Duinroosbuurt's two of unknown date too
    assert (
        "Zonnedauwkwartier werd erkend in juli 2025 en Reigersbos werd erkend in september 2025. Daarnaast waren er "
        "9 buurten al erkend" in kort
    )
    assert "De platforms deden 34 verzoeken aan 12 instellingen" in kort
    assert "Stadsdeel Zonnewaard beantwoordde geen enkel verzoek." in kort
    assert (
        "In deze periode ontstonden er 5 parallelle infrastructuren" in kort
        and "Er werd er 1 opgelost, doordat de partijen echt gingen samenwerken." in kort
    )
    assert "Wat het vaakst in de weg zat: regels (6 keer)." in kort
    assert "Er zijn 10 intervisiebijeenkomsten vastgelegd" in kort  # none in August and November


def test_results_register_with_sources_and_amounts(jaar):
    register = text(show(jaar, "bereikt"))
    assert "22 resultaten in 12 buurten" in register
    assert "datum onbekend (vastgelegd 12 juni 2025) · bron: Blog van het platform" in register
    assert "Renovatieplan aangepast: bewoners kiezen zelf keuken en badkamer" in register
    assert "bron: Afsprakenbrief Thuishaven, 25 september" in register
    assert "148 woningen" in register and "€ 25.000" in register


def test_resources_that_ended(jaar):
    nodig = text(show(jaar, "nodig"))
    assert (
        "Klaproosveld: geld van Buurtfonds De Vlonder voor Voedselkast Klaproosveld, tot 30 november 2025 "
        "(Eenmalige bijdrage, niet verlengd)."
    ) in nodig
    assert "geld van Stadsdeel Morgenland voor Buurtplatform Klaproos, tot 31 december 2025" in nodig


def test_institutions_answer_per_institution(jaar):
    rows = re.findall(r"<tr>(.*?)</tr>", str(show(jaar, "instellingen")))
    zonnewaard = next(text(r) for r in rows if "Stadsdeel Zonnewaard" in r)
    assert zonnewaard == "Stadsdeel Zonnewaard 6 2 0 – 6 van 6 –"  # Zilverdistel's and Reigersbos's requests


def test_before_and_after_recognition_with_its_caution(jaar):
    erkenning = text(show(jaar, "erkenning"))
    assert "Let op: dit is geen bewijs." in erkenning
    assert "Zonnedauwkwartier: erkend in juli 2025" in erkenning
    assert "Vóór: april tot en met juni 2025. Na: juli tot en met september 2025." in erkenning
    assert "Actoren in het netwerk 15 18 +3: hoger" in erkenning
    assert "waren al erkend vanaf het begin van de gegevens" in erkenning


def test_before_and_after_reach_before_the_period_but_not_after_it(demo):
    """A period of August–September: July's recognition lies before it; after ends with the period."""
    assert "Zonnedauwkwartier" not in text(show(Synthese(demo, "2025-08", "2025-09"), "erkenning"))
    part = text(show(Synthese(demo, "2025-07", "2025-08"), "erkenning"))
    assert "Vóór: april tot en met juni 2025. Na: juli tot en met augustus 2025." in part


def test_parallel_infrastructures_appear_and_are_resolved(jaar):
    parallel = text(show(jaar, "parallel"))
    assert (
        "Maanzaadbuurt Buurtplatform Maanzaad en Renovatieteam Maanzaadbuurt bewonersbijeenkomsten en "
        "informatievoorziening (wijkkrant, buurtwebsite, nieuwsbrief) februari 2025 7 opgelost in september 2025: "
        "ze werken nu echt samen"
    ) in parallel
    assert "Windvanghof Stadsdeel Noorderkim en Buurtpot Windvanghof het buurtbudget april 2025 9 loopt nog" in parallel
    assert "januari 2025 of eerder 12 loopt nog" in parallel


def test_the_action_learning_loop(jaar):
    acties = text(show(jaar, "actielijsten"))
    assert "Parelmoerhaven 1 3 1 3 (3 te laat)" in acties
    lessen = text(show(jaar, "belemmeringen"))
    assert "tijd 5 (5 buurten)" in lessen
    assert "De trekker was al vertrokken; niemand wist meer precies wat er allemaal liep." in lessen
    afspraken = text(show(jaar, "intervisieafspraken"))
    assert "Van de 8 afspraken uit deze periode" in afspraken
    assert (
        "10 april 2025 Parelmoerhaven Professionals vragen om terugkoppeling binnen een maand Buurtplatform "
        "Parelmoer loopt nog over de deadline van 31 mei 2025"
    ) in afspraken
    thema = text(show(jaar, "lessen"))
    assert "Signalen ophalen en terugbrengen 10 april 2025 (voorzitter Parelmoerhaven)" in thema


def test_lessons_of_sessions_on_the_same_theme_are_grouped(demo, monkeypatch):
    """Two sessions with the theme typed differently (case, spaces) share one heading."""
    iv = demo.intervisie.copy()
    iv.loc[iv["id"] == "iv-10", "thema"] = "  signalen OPHALEN en terugbrengen"
    monkeypatch.setattr(demo, "intervisie", iv)
    lessen = str(show(Synthese(demo, "2025-01", "2025-12"), "lessen"))
    assert lessen.lower().count("signalen ophalen en terugbrengen</h4>") == 1
    group = lessen.split("terugbrengen</h4>")[1].split("</ul>")[0]
    assert "10 april 2025" in group and "9 oktober 2025" in group


def test_one_page_per_buurt(jaar, demo):
    pages = str(show(jaar, "per_buurt"))
    assert pages.count('<h2 class="nieuwe-pagina">') == len(demo.buurten)
    zonnedauw = text(pages.split('<h2 class="nieuwe-pagina">Zonnedauwkwartier</h2>')[1].split("<h2")[0])
    assert "Erkend in juli 2025, in deze periode. Doet mee sinds maart 2025." in zonnedauw
    assert "16 september 2025: Eerste buurtbudget voor het platform (€ 8.000)" in zonnedauw
    klaproos = text(pages.split('<h2 class="nieuwe-pagina">Klaproosveld</h2>')[1].split("<h2")[0])
    assert "3 keer gestopt" in klaproos


def test_a_buurt_that_did_not_take_part_says_so(demo):
    pages = text(show(Synthese(demo, "2025-01", "2025-02"), "per_buurt"))
    assert "Zonnedauwkwartier deed in januari tot en met februari 2025 niet mee aan de proeftuin" in pages


def test_a_period_that_ends_before_it_begins_is_refused(demo):
    with pytest.raises(ValueError, match="begint na haar einde"):
        Synthese(demo, "2025-06", "2025-01")


def test_amounts_in_their_units():
    assert omvang_tekst(11500, "euro") == "€ 11.500"
    assert omvang_tekst(1.5, "m2") == "1,5 m²"
    assert omvang_tekst(2, "personen") == "2 personen" and omvang_tekst(1, "personen") == "1 persoon"


def test_lessons_of_failed_actions_also_without_barriers(example):
    """Version 1 data name no barriers; the lesson of an action that failed is still told."""
    lessen = text(show(Synthese(example, "2024-03", "2024-04"), "belemmeringen"))
    assert lessen.startswith(
        "Wat in de weg zat, en de lessen Bij de acties die niet lukten, is niet vastgelegd wat er in de weg zat."
    )
    assert "De les" in lessen
