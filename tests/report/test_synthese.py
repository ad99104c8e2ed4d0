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


def test_the_summary_answers_the_pilots_questions_each_finding_with_evidence_and_caution(jaar):
    html = str(show(jaar, "samenvatting"))
    assert re.findall(r"<h3>(.*?)</h3>", html) == [
        "Wat brengt een platform?",
        "Wat heeft een platform nodig?",
        "Hoe antwoordden instellingen?",
        "Waar bouwden instellingen iets naast het platform?",
    ]
    findings = re.findall(r'<div class="bevinding">(.*?)</div>', html)
    assert len(findings) >= 4
    for finding in findings:  # one sentence, one line of evidence, one line of caution, in that order
        assert re.fullmatch(
            r'<p>[^<]+</p><p class="bron"><strong>Bron:</strong> [^<]+</p>'
            r'<p class="kanttekening"><strong>Let op:</strong> [^<]+</p>',
            finding,
        ), finding
    assert "gunstig" not in html.lower() and "aandachtspunt" not in html.lower()


def test_the_summary_names_who_refused_and_counts_as_the_monthly_figures_do(jaar):
    """The refusals and requests of the period are the panel's monthly figures summed: 9 refused, 34 asked."""
    assert jaar.in_periode["verzoeken_afgewezen"].sum() == 9 and jaar.in_periode["verzoeken_gedaan"].sum() == 34
    samenvatting = text(show(jaar, "samenvatting"))
    assert (
        "Gevraagd en niet gekregen: 9 verzoeken afgewezen, door Woningcorporatie Thuishaven (3), Welzijnsstichting "
        "Samenkracht (2), Politie basisteam Lantaarn (2) en 2 andere; 2 verzoeken zonder reactie gesloten, bij "
        "Stadsdeel Zonnewaard (2)." in samenvatting
    )
    assert "deden in deze periode 34 verzoeken aan instellingen" in samenvatting
    assert (
        "Aan het eind van de periode wachtten er 4 verzoeken op antwoord en waren 5 toezeggingen nog niet nagekomen; "
        "daarvan wachtten er 4 langer dan 30 dagen." in samenvatting
    )
    assert (
        "Het langst wachtte Reigersbos op Stadsdeel Zonnewaard: ‘Extra prullenbakken en een bank op het plein’, "
        "260 dagen." in samenvatting
    )
    # results achieved in the period and those recorded after the fact are told apart (Duinroosbuurt's two)
    assert "bereikten de platforms in deze periode 20 resultaten" in samenvatting
    assert jaar.in_periode["resultaten"].sum() == 20  # and 3 recorded after the fact, one of them achieved in 2025
    assert (
        "Daarnaast werden er 2 resultaten achteraf vastgelegd die niet in deze periode bereikt zijn: 2 op een "
        "onbekende dag." in samenvatting
    )


def test_the_summary_shows_support_beside_the_platform_and_what_failed_on_an_institution_as_such(jaar):
    samenvatting = text(show(jaar, "samenvatting"))
    assert "begon een instelling steun te geven naast het platform: het geld van Stadsdeel Zonnewaard" in samenvatting
    assert "Let op: Steun naast het platform is geen steun aan bewoners;" in samenvatting
    assert (
        "1 actie van de platforms lukte niet door een instelling: ‘Avonden in het buurthuis afspreken met het "
        "stadsdeel’." in samenvatting
    )
    assert "Het is wat de instelling deed, niet een les van het platform" in samenvatting


def test_the_summary_says_which_registers_are_not_kept_never_zero(jaar):
    """Duinroosbuurt keeps no requests: the caution says so; a pilot where no buurt keeps results says "niet
    vastgelegd" instead of counting 0."""
    samenvatting = text(show(jaar, "samenvatting"))
    assert (
        "1 van de 12 buurten met gegevens houdt de verzoeken aan instellingen niet bij: daar is niets over bekend"
        in samenvatting
    )


def test_a_pilot_without_a_results_register_is_not_counted_as_zero(demo_path, monkeypatch):
    demo = load(demo_path)
    monkeypatch.setattr(demo, "resultaten", demo.resultaten.iloc[0:0])
    samenvatting = text(show(Synthese(demo, "2025-01", "2025-12"), "samenvatting"))
    assert "Geen van de buurten houdt een resultatenregister bij: wat platforms bereikten, is niet vastgelegd." in (
        samenvatting
    )
    assert "0 resultaten" not in samenvatting
    assert "Let op: Niet vastgelegd is niet hetzelfde als niets bereikt." in samenvatting


def test_the_summary_counts_requests_still_open_from_before_the_period(demo):
    """From June: Zilverdistel's, Parelmoerhaven's and Reigersbos's two requests asked before June still wait, and
    four promises made before June are not yet kept."""
    samenvatting = text(show(Synthese(demo, "2025-06", "2025-12"), "samenvatting"))
    assert (
        "; van eerder wachtten er 4 verzoeken op antwoord en waren 4 toezeggingen nog niet nagekomen." in samenvatting
    )


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


def test_institutions_answer_per_institution_as_the_sheets_mirror(jaar):
    """The mirror over the period: refusals and non-answers their own columns, agreeing with the summary (Stadsdeel
    Zonnewaard closed 2 without a reaction and 4 still wait at the end)."""
    html = str(show(jaar, "instellingen"))
    rows = [text(r) for r in re.findall(r"<tr>(.*?)</tr>", html)]
    assert "Stadsdeel Zonnewaard 2 6 0 0 2 4 – –" in rows  # Zilverdistel's and Reigersbos's requests
    # beside the platforms: information it only collects from 2 groups, support beside the platform twice
    assert "Stadsdeel Zonnewaard 0 2 0 2 0" in rows
    assert "Afgewezen" in html and "Zonder reactie gesloten" in html


def test_before_and_after_recognition_as_questions_with_their_numbers_never_a_verdict(jaar):
    erkenning = text(show(jaar, "erkenning"))
    assert "Let op: dit zijn vragen, geen bewijs." in erkenning
    assert "Zonnedauwkwartier: erkend in juli 2025" in erkenning
    assert "Vóór: april tot en met juni 2025. Na: juli tot en met september 2025." in erkenning
    assert (
        "Kreeg het platform na de erkenning sneller antwoord? Voor: gemiddeld 47 dagen (3 maanden); na: gemiddeld "
        "40,5 dagen (3 maanden)." in erkenning
    )
    # only where both windows hold data: Zonnedauwkwartier had no answer in the months before, so no answer time
    zonnedauw = erkenning.split("Zonnedauwkwartier: erkend")[1].split("Reigersbos: erkend")[0]
    assert "sneller antwoord" not in zonnedauw and "sneller antwoord" in erkenning
    for word in ("gunstig", "aandachtspunt", "Minder gunstig"):
        assert word not in erkenning.lower(), word
    assert "hadden vóór de erkenning nog geen maanden met gegevens" in erkenning


def test_before_and_after_reach_before_the_period_but_not_after_it(demo):
    """A period of August–September: July's recognition lies before it; after ends with the period."""
    assert "Zonnedauwkwartier" not in text(show(Synthese(demo, "2025-08", "2025-09"), "erkenning"))
    part = text(show(Synthese(demo, "2025-07", "2025-08"), "erkenning"))
    assert "Vóór: april tot en met juni 2025. Na: juli tot en met augustus 2025." in part
    assert "Bereikte de buurt na de erkenning meer? Voor: gemiddeld 0 (3 maanden); na: gemiddeld 0 (2 maanden)." in part


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


def test_one_page_per_buurt_with_data(jaar, demo):
    pages = str(show(jaar, "per_buurt"))
    assert pages.count('<h2 class="nieuwe-pagina">') == len(demo.buurten) == len(jaar.met_gegevens)
    zonnedauw = text(pages.split('<h2 class="nieuwe-pagina">Zonnedauwkwartier</h2>')[1].split("<h2")[0])
    assert "Erkend in juli 2025, in deze periode. Doet mee sinds maart 2025." in zonnedauw
    assert "16 september 2025: Eerste buurtbudget voor het platform (€ 8.000)" in zonnedauw
    klaproos = text(pages.split('<h2 class="nieuwe-pagina">Klaproosveld</h2>')[1].split("<h2")[0])
    assert "3 keer gestopt" in klaproos


def test_buurten_without_data_share_one_line(demo):
    """In January–February Zonnedauwkwartier and Duinroosbuurt have no data; Reigersbos starts in February."""
    synthese = Synthese(demo, "2025-01", "2025-02")
    pages = str(show(synthese, "per_buurt"))
    assert pages.count('<h2 class="nieuwe-pagina">') == len(demo.buurten) - 2
    assert (
        "Zonder gegevens in januari tot en met februari 2025, en daarom zonder eigen bladzijde: Zonnedauwkwartier en "
        "Duinroosbuurt." in text(pages)
    )
    tijdlijnen = text(show(synthese, "tijdlijn"))
    assert "Zonder gegevens in januari tot en met februari 2025: Zonnedauwkwartier en Duinroosbuurt." in tijdlijnen


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


def test_the_recognition_table_marks_a_buurt_without_a_decision(jaar, demo):
    rows = [text(r) for r in re.findall(r"<tr>(.*?)</tr>", str(show(jaar, "besluiten")))]
    assert "Duinroosbuurt geen erkenningsbesluit vastgelegd" in rows
    assert (
        "Zonnedauwkwartier Platform Zonnedauw 1 juli 2025 nog erkend Stadsdeelcommissie Westerduin Besluit "
        "stadsdeelcommissie Westerduin na haar oordeel op de maatlat" in rows
    )
    assert len(rows) == 1 + len(demo.buurten)  # the heading, a row per buurt (each has at most one decision)
    # a decision that took effect after the period is not in it
    early = [
        text(r) for r in re.findall(r"<tr>(.*?)</tr>", str(show(Synthese(demo, "2025-01", "2025-06"), "besluiten")))
    ]
    assert "Zonnedauwkwartier geen besluit dat inging vóór het eind van januari tot en met juni 2025" in early


def test_the_coverage_table_says_not_kept_and_how_fresh(jaar):
    """Two tables, so that each fits the page: the network and the buurt's own work, then what went on with
    institutions."""
    rows = [text(r) for r in re.findall(r"<tr>(.*?)</tr>", str(show(jaar, "dekking")))]
    n = len(jaar.buurten)
    assert len(rows) == 2 * (1 + n)
    assert rows[0] == "Buurt Doet mee Actoren Relaties Actielijst Maatlat Resultaten"
    assert rows[1 + n] == "Buurt Verzoeken Activiteiten Erkenning Aan tafel Gesprekken"
    first, second = rows[1 : 1 + n], rows[2 + n :]
    assert (
        "Duinroosbuurt vanaf mei 2025 mei 2025 verouderd september 2025 verouderd niet bijgehouden niet bijgehouden "
        "oktober 2025" in first
    )
    assert "Duinroosbuurt niet bijgehouden december 2025 niet bijgehouden niet bijgehouden niet bijgehouden" in second
    assert "Zilverdistel heel juli 2025 verouderd oktober 2025 november 2025 december 2025 februari 2025 verouderd" in (
        first
    )
    assert "Zilverdistel december 2025 december 2025 januari 2025 januari 2025 niet bijgehouden" in second
    # version 4: the seats and dialogues each buurt keeps (Zonnedauwkwartier's last seat began in September, its
    # last dialogue was in November); the carriers' load is no column: the synthesis shows it only across buurten
    assert "Zonnedauwkwartier november 2025 december 2025 juli 2025 september 2025 november 2025" in second
    assert "Draaglast" not in " ".join(rows)
    assert not re.search(r"\bjan\b", " ".join(rows))  # "jan 25" could be a name the privacy rule may not print


def test_a_timeline_per_buurt_with_the_same_events_in_words(jaar):
    from kit.report.gebeurtenissen import Names, regel
    from kit.report.synthese.tijdlijn import tijdlijn, tijdlijn_events, woorden

    html = str(show(jaar, "tijdlijn"))
    assert html.count('<figure class="grafiek">') == len(jaar.met_gegevens)
    namen = Names.of(jaar)
    for b in jaar.met_gegevens:  # the chart's events, in order, are the list under it
        regels = [regel(x, namen) for x in tijdlijn_events(jaar, b)]
        told = woorden(jaar, b)
        assert [r for r in told if r in regels] == regels
    reigersbos = woorden(jaar, "reigersbos")
    assert reigersbos[0].startswith("Naast het platform: Huiskamer Reigersbos") and reigersbos[9:11] == [
        "30 juni 2025: Stadsdeel Zonnewaard reageerde niet op ‘Een sleutel van het buurthuis voor de avonden’; het "
        "verzoek is na 139 dagen zonder antwoord gesloten.",
        "30 juni 2025: Het stadsdeel reageerde niet op de vraag om een sleutel; zonder sleutel geen avonden; daardoor "
        "lukte ‘Avonden in het buurthuis afspreken met het stadsdeel’ niet.",
    ]
    assert reigersbos[-1].startswith("Wacht aan het eind nog: Stadsdeel Zonnewaard: ‘Een vaste contactpersoon")
    # two refusals, the action that failed on the stadsdeel and the corporation's dropped agreement are brown
    # crosses, the request closed without an answer a brown square and the stadsdeel's agreement past its deadline a
    # brown open triangle; the legend has a cross and a triangle too
    svg = tijdlijn(jaar, "reigersbos").svg
    assert ">2025<" in svg and not re.search(r"\bjan\b", svg)  # January is its year: "jan" may be a hidden name
    assert svg.count('stroke="#8a4b00" stroke-width="1.8"') == 2 + 1 + 1 + 1
    assert svg.count('stroke="#8a4b00" stroke-width="1.2"') == 1 + 1 + 1


def test_a_timeline_shows_requests_still_open_from_before_the_period(demo):
    from kit.report.synthese.tijdlijn import tijdlijn, woorden

    synthese = Synthese(demo, "2025-06", "2025-12")
    reigersbos = woorden(synthese, "reigersbos")
    assert sum(r.startswith("Al open bij het begin: Stadsdeel Zonnewaard:") for r in reigersbos) == 2
    assert (
        tijdlijn(synthese, "reigersbos").svg.count('stroke-dasharray="2 1.5"')
        == len(synthese.open_aan_eind["reigersbos"]) + 1
    )  # and the legend's


def test_a_buurt_without_a_recognition_or_a_register_says_so_in_its_timeline(jaar):
    from kit.report.synthese.tijdlijn import tijdlijn

    duinroos, zonnedauw = tijdlijn(jaar, "duinroos").svg, tijdlijn(jaar, "zonnedauw").svg
    assert "geen erkenningsbesluit vastgelegd" in duinroos and "geen erkenningsbesluit vastgelegd" not in zonnedauw
    # nor does it keep its requests or an action list: the lanes say so rather than stand empty
    assert duinroos.count("de verzoeken aan instellingen: niet bijgehouden") == 2
    assert "wat acties in de weg stond: niet bijgehouden" in duinroos and "niet bijgehouden" not in zonnedauw
