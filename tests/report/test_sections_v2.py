"""The monthly report's sections on version 2: what the buurt achieved, asked and carries, and how its network is read.

Each section's text is checked on a case small enough to follow by hand
(``examples/lindenhof-v2``, April 2024 unless said otherwise), and on the
demo's stories; privacy on a person as connector and on warnings of other buurten.
"""

from __future__ import annotations

import re

import networkx as nx
import pytest
from helpers import everything, replace_in, show

from kit.analysis.catalogue import COLUMNS
from kit.analysis.figures import figures
from kit.analysis.summary import describe
from kit.data.concerns import problem_buurten
from kit.data.dataset import load
from kit.report import charts
from kit.report.maandrapport import Maandrapport, maatlat, netwerkkaart, patronen
from kit.report.maandrapport.verbinders import zonder


def text(html) -> str:
    """The words of a section, tags removed and white space collapsed."""
    words = " ".join(re.sub(r"<[^>]+>", " ", str(html)).split())
    return re.sub(r"([(‘]) ", r"\1", re.sub(r" ([.,:;)’])", r"\1", words))


@pytest.fixture
def april(example_v2):
    return Maandrapport(load(example_v2), "lindenhof", "2024-04")


# ---- what the buurt achieved -------------------------------------------------------------------------------------


def test_results_of_the_month_and_so_far_with_sizes_and_sources(april):
    """res2 (10 April, € 12.000) and res3 (April, 35 woningen) are this month's; res1 (20 March, 4 stuks)
    is earlier: 2 this month, 3 so far, and the sizes so far added up per unit, in the contract's order."""
    shown = text(show(april, "bereikt"))
    assert "Deze maand: 2 resultaten. Sinds het begin van de gegevens: 3 resultaten." in shown
    assert "Opgeteld tot nu toe: € 12.000, 35 woningen en 4 stuks" in shown
    this_month, earlier = shown.split("Eerder bereikt")
    assert "Buurtbudget voor het Lentefeest toegekend" in this_month and "brief stadsdeel" in this_month
    assert "bereikt bij Stadsdeel West" in this_month
    assert "samen met Bewonerscommissie De Linde" in this_month and "35 woningen" in this_month
    assert "Vier extra bankjes op het Lindeplein" in earlier and "besluit stadsdeel 20 maart" in earlier


def test_no_results_recorded_says_so(example, example_v2):
    """Version 1 data keep no results: the section says the register is not kept, not that nothing was achieved.
    Version 2 data keep them; moved to April, none is there yet in March."""
    assert text(show(Maandrapport(load(example), "lindenhof", "2024-04"), "bereikt")).endswith(
        "Niet vastgelegd: de resultaten van deze buurt worden niet bijgehouden."
    )
    replace_in(example_v2 / "resultaten.csv", "res1,lindenhof,2024-03-20", "res1,lindenhof,2024-04-20")
    march = Maandrapport(load(example_v2), "lindenhof", "2024-03")
    assert "nog geen resultaat vastgelegd" in text(show(march, "bereikt"))


# ---- what the buurt asked ------------------------------------------------------------------------------------------


def test_requests_open_waiting_answered_and_promised_in_april(april):
    """On 30 April vz2 (asked 5 March of the Wijkbericht) is the only open request: 25 + 31 = 56 days.
    Answered in April: vz4, refused on 2 April after 23 days (asked by a bewonerscommissie, not the platform),
    and vz3, closed without a reaction on 30 April after 16 + 29 + 31 + 30 = 106 days.  The one promise
    (vz1, 12 March) was kept on 10 April, 29 days later.  Answer time: the median of 40 (vz1) and 23 (vz4)."""
    shown = text(show(april, "gevraagd"))
    assert (
        "Deze maand vroeg de buurt niets nieuws. 1 verzoek kreeg antwoord (1 afwijzing). Aan het eind van de "
        "maand wacht er 1 verzoek op antwoord, al langer dan 30 dagen."
    ) in shown
    assert "Middelste wachttijd tot een antwoord: 31,5 dagen" in shown
    waiting = shown.split("Wachten op antwoord")[1].split("Deze maand beantwoord")[0]
    assert "Samen één buurtkrant maken Wijkbericht Lindenhof 5 maart 2024 56 dagen" in waiting
    answered = shown.split("Deze maand beantwoord of gesloten")[1].split("Toezeggingen")[0]
    assert "Avonden vrij voor jongeren gevraagd door Bewonerscommissie Lindenhof-Noord" in answered
    assert "afgewezen op 2 april 2024 23 dagen" in answered
    assert "gesloten zonder reactie op 30 april 2024 106 dagen" in answered
    assert "Overleg over het buurtbudget Stadsdeel West 12 maart 2024 10 april 2024, 29 dagen na de toezegging" in shown
    per = shown.split("Alle verzoeken tot nu toe, per instelling")[1]
    assert "Stadsdeel West 2 0 1 (1 nagekomen) 0 1 40 dagen" in per
    assert "Wijkbericht Lindenhof 1 1 (1 langer dan 30 dagen) 0 0 0 –" in per
    assert "Buurthuis De Kastanje 1 0 0 1 0 23 dagen" in per


def test_requests_waiting_over_30_days_are_in_the_brief(example_v2):
    """On 31 March vz3 (asked 15 January) waits 16 + 29 + 31 = 76 days; vz2 (26 days) and vz4 (21) are open
    too, but not for over 30 days.  In April nothing waits that long but vz2 (56 days).  The brief lists them per
    institution and asks about the oldest."""
    data = load(example_v2)
    march = Maandrapport(data, "lindenhof", "2024-03")
    assert (
        "Stadsdeel West ‘Een sleutel van het buurthuis voor het platform’, gevraagd op 15 januari 2024: wacht 76 "
        "dagen op antwoord, langer dan 30 dagen."
    ) in text(show(march, "openstaat"))
    assert "Wijkbericht Lindenhof ‘Samen één buurtkrant maken’, gevraagd op 5 maart 2024: wacht 26 dagen op " in (
        text(show(march, "openstaat"))
    )
    assert "wacht al 76 dagen op antwoord van Stadsdeel West" in text(show(march, "bespreken"))
    april = text(show(Maandrapport(data, "lindenhof", "2024-04"), "openstaat"))
    assert "‘Samen één buurtkrant maken’, gevraagd op 5 maart 2024: wacht 56 dagen op antwoord" in april


def test_a_request_of_a_person_names_the_person_as_the_report_does(example_v2):
    with open(example_v2 / "verzoeken.csv", "a", encoding="utf-8") as f:
        f.write("vz5,lindenhof,lh-plat,lh-sf,Samira vragen om de jongeren te betrekken,2024-04-02,open,,,\n")
    shown = everything(Maandrapport(load(example_v2), "lindenhof", "2024-04"), ["samenvatting", "gevraagd"])
    assert "samira" not in shown.lower()
    assert "Sleutelfiguur 1 vragen om de jongeren te betrekken" in shown


# ---- what the platform carries ----------------------------------------------------------------------------------


def test_resources_ending_within_three_months_warn_here(example_v2):
    """The Buurthuis's room for the platform (r6) now ends on 31 May: in April it is the one resource for
    residents (middelen 1, all of it the platform's), and it ends within May to July."""
    replace_in(
        example_v2 / "relaties.csv",
        "r6,lh-bh,lh-plat,ruimte,,2022-01,2024-03-31",
        "r6,lh-bh,lh-plat,ruimte,,2022-01,2024-05-31",
    )
    report = Maandrapport(load(example_v2), "lindenhof", "2024-04")
    assert report.figuren["middelen_aflopend"] == ["r6"]
    shown = text(show(report, "draagt"))
    assert "1 relatie waarin bewoners of hun groepen deze maand steun, geld of een ruimte krijgen" in shown
    assert "Eén keer krijgt het platform zelf deze maand steun, geld of een ruimte" in shown
    assert (
        "Let op: dit loopt binnen drie maanden af (voor het eind van juli 2024): een ruimte van Buurthuis "
        "De Kastanje aan het platform, tot 31 mei 2024."
    ) in shown
    assert "een ruimte Buurthuis De Kastanje 1 januari 2022 loopt af op 31 mei 2024" in shown


def test_klaproos_funding_ending_in_october(demo):
    """The brief asks about the first to end; the appendix lists both."""
    october = Maandrapport(demo, "klaproos", "2025-10")
    assert (
        "Het geld van Buurtfonds De Vlonder voor Voedselkast Klaproosveld loopt af op 30 november 2025 (en nog 1), "
        "binnen drie maanden. Is er een vervolg geregeld?"
    ) in text(show(october, "bespreken"))
    assert (
        "geld van Stadsdeel Morgenland aan het platform, tot 31 december 2025 en geld van Buurtfonds De Vlonder aan "
        "Voedselkast Klaproosveld, tot 30 november 2025."
    ) in text(show(october, "draagt"))
    assert "loopt af" not in text(show(Maandrapport(demo, "klaproos", "2025-06"), "bespreken"))


# ---- the action list and the maatlat -------------------------------------------------------------------------


def test_action_list_shows_barriers_and_intervision_agreements(april):
    """x2 failed in April for lack of space and time; x3 is the agreement of session i1 (1 March)."""
    shown = text(show(april, "acties"))
    assert "Wat stond er in de weg bij wat niet lukte? Tijd: 1 keer; ruimte (een plek): 1 keer." in shown
    assert (
        "Ruimte voor jongeren zoeken Sleutelfiguur 1 ruimte (een plek) en tijd buurthuis had geen avonden vrij" in shown
    )
    assert "Gesprek met Wijkbericht over samenwerken afspraak uit de intervisie van 1 maart 2024" in shown
    assert "1 afspraak staat nog open, waarvan 1 over de deadline" in shown


def test_action_list_of_version_1_has_no_column_of_barriers(example):
    shown = str(show(Maandrapport(load(example), "lindenhof", "2024-04"), "acties"))
    assert "Wat stond in de weg" not in shown and "afspraak uit de intervisie" not in shown


def test_maatlat_shows_own_score_beside_others_and_the_difference(april):
    """daadkracht: own 4, peer 3: +1.  informeren: own 2, peer 4 and commissie 3 (mean 3,5): −1,5.
    maatlat_verschil is their mean: −0,25."""
    shown = text(show(april, "maatlat"))
    assert "−0,25: de buurt scoort zichzelf gemiddeld 0,25 punt lager dan anderen" in shown
    assert re.search(r"Daadkracht .*? 4 gelijk 3 \(peer\) \+1", shown)
    assert re.search(r"Informeren .*? 2 −1 4 \(peer\); 3 \(stadsdeelcommissie\) −1,5", shown)


# ---- reading the network -----------------------------------------------------------------------------------------


def test_without_an_actor_its_part_falls_apart():
    """a–b–c–d with e hanging on b: without b, {a}, {c, d} and {e} fall apart; without d nothing does."""
    graph = nx.Graph([("a", "b"), ("b", "c"), ("c", "d"), ("b", "e")])
    assert zonder(graph, "b") == [{"c", "d"}, {"a"}, {"e"}]
    assert zonder(graph, "d") == [{"a", "b", "c", "e"}]


def test_the_platform_as_connector_in_april(april):
    """The platform is the only actor with betweenness above 0 (3/7, 43%).  Its 5 contacts (the three
    commissions, the Wijkbericht and the stadsdeel) know each other once (west–Wijkbericht): 5 − 2/5 = 4,6.
    Without it the commissions are cut off, from the rest and from each other: 4 pieces."""
    shown = text(show(april, "verbinders"))
    assert (
        "Het platform zelf is de grootste verbinder: 43% van de kortste wegen, 5 contacten, effectieve omvang 4,6."
    ) in shown
    assert (
        "Zonder Buurtplatform Lindenhof zijn Bewonerscommissie Lindenhof-Noord, Bewonerscommissie De Linde en "
        "VvE Hofzicht niet meer verbonden met Wijkbericht Lindenhof en Stadsdeel West; dit deel van het netwerk "
        "valt dan in 4 losse stukken uiteen."
    ) in shown
    assert "Naast het platform is er deze maand geen verbinder" in shown


def test_a_person_as_connector_shows_a_pseudonym(demo):
    """Hommelberg's key person (Mo Keteldoorn, no consent) is the only bridge to the Bewonersraad's group
    until the peace of September; in October the groups stay connected without him."""
    june = text(show(Maandrapport(demo, "hommelberg", "2025-06"), "verbinders"))
    assert "keteldoorn" not in june.lower() and " mo " not in june.lower()
    assert (
        "Zonder Sleutelfiguur 1 zijn Bewonersraad Hommelberg, Seniorenclub De Hommel en Werkgroep Verkeer "
        "Hommelberg niet meer verbonden met Buurtplatform Hommelberg"
    ) in june
    october = text(show(Maandrapport(demo, "hommelberg", "2025-10"), "verbinders"))
    assert "Zonder Sleutelfiguur 1 blijven de anderen verbonden, via een langere weg." in october


def test_zone_of_first_line_beside_policy(april):
    """Lijn 0 and 1: ties plat–bc1, plat–bc2, plat–bc3 within, plat–Wijkbericht and Samira–Buurthuis across:
    (2 − 3)/5 = −0,20.  Lijn 0 and 2: the same three within, plat–west across: (1 − 3)/4 = −0,50."""
    shown = text(show(april, "zone"))
    assert "Bewoners en professionals in de buurt (eerste lijn) 2 3 −0,20" in shown
    assert "Bewoners en beleid (tweede lijn) 1 3 −0,50" in shown
    assert "Bewoners werken nauwer samen met de professionals in de buurt dan met beleid" in shown


def test_lepelaar_residents_close_to_the_first_line(demo):
    shown = text(show(Maandrapport(demo, "lepelaar", "2025-12"), "zone"))
    assert "0,30" in shown and "−0,75" in shown and "nauwer samen met de professionals in de buurt" in shown


def test_vindplaats_names_the_group_and_who_recruits_there(demo, april):
    shown = text(show(Maandrapport(demo, "parelmoer", "2025-12"), "vindplaatsen"))
    assert (
        "Moedergroep Parelmoerhaven: hier werven Basisschool De Regenboogvis (Parelmoerhaven), Stichting "
        "Werkplaats Parelmoerhaven, Welzijnsstichting Samenkracht en Zorgpunt Parelmoerhaven"
    ) in shown
    assert "Deze maand is er geen vindplaats in de buurt." in text(show(april, "vindplaatsen"))


def test_connection_map_table_and_its_empty_cells(april):
    """April: the commissions and the platform bundle in r1–r5 (5), the Wijkbericht and the Buurthuis in
    r4/r5 and… the Wijkbericht's two rows with the platform (2) and gets money from the stadsdeel (1).
    Samira is there but only informs; no self-help group, association or entrepreneur is in the network."""
    html = str(show(april, "verbindingskaart"))
    assert re.search(
        r"Bewonersinitiatieven, -commissies en het platform.*?<span class=\"vk2\">5</span>"
        r".*?<span class=\"vk0\">0</span>.*?<span class=\"vk0\">0</span>",
        html,
    )
    assert re.search(r"Instellingen.*?<span class=\"vk1\">2</span>.*?<span class=\"vk1\">1</span>", html)
    shown = text(html)
    assert "Buren en sleutelfiguren: nog niets bij ‘samen doen’, ‘steun, geld of ruimte’ en ‘mensen werven’." in shown
    assert "Lotgenotengroepen: deze maand staat er geen in het netwerk van de buurt." in shown
    assert "Instellingen: nog niets bij ‘mensen werven’." in shown


def test_stadsdeel_pair_is_marked_on_the_map_and_named_for_what_it_is(demo, monkeypatch):
    """Windvanghof: Stadsdeel Noorderkim's own buurtbudget round beside the platform's buurtpot."""
    from kit.report import network_map

    drawn = {}
    real = network_map.netwerkkaart
    monkeypatch.setattr(network_map, "netwerkkaart", lambda *a, **k: drawn.update(k) or real(*a, **k))
    report = Maandrapport(demo, "windvang", "2025-12")
    fig = netwerkkaart.kaart(report)
    assert ("sd-noorderkim", "wh-pot") in drawn["parallel"]
    assert "sd-noorderkim" in report.graaf and "Stadsdeel Noorderkim" in fig.alt
    shown = text(show(report, "parallel"))
    assert (
        "Stadsdeel Noorderkim (het stadsdeel, voor al zijn buurten) en Buurtpot Windvanghof (opgezet door "
        "bewoners) doen allebei het buurtbudget"
    ) in shown
    assert "Kan Stadsdeel Noorderkim dit in Windvanghof samen met Buurtpot Windvanghof doen" in shown
    assert "een eigen buurtbudgetronde naast de buurtpot van het platform" in shown


def test_unknown_herkomst_is_a_triangle_with_its_own_legend_entry(demo, monkeypatch):
    """Zonnedauwkwartier's two newcomers of unknown herkomst (October, November) are triangles."""
    from kit.report import network_map

    markers = []
    real = network_map._shapes

    def spy(where, members, **style):
        if style.get("stroke") == "#ffffff":  # the actors (not their rings)
            markers.extend(vorm for _, _, vorm in members)
        return real(where, members, **style)

    monkeypatch.setattr(network_map, "_shapes", spy)
    fig = netwerkkaart.kaart(Maandrapport(demo, "zonnedauw", "2025-12"))
    assert markers.count("^") == 2
    assert "onbekend wie het opzette (driehoek)" in fig.svg and "lijn onbekend" in fig.svg
    assert "driehoek = onbekend wie het opzette" in fig.bijschrift and "grijs = lijn onbekend" in fig.bijschrift
    markers.clear()
    fig = netwerkkaart.kaart(Maandrapport(demo, "zilverdistel", "2025-12"))
    assert "^" not in markers and "driehoek" not in fig.svg + fig.bijschrift


# ---- the trend from the first month with data, recognition marked ----------------------------------------------


def test_trend_starts_with_the_first_data_and_marks_the_recognition(demo):
    """Zonnedauwkwartier has actors from January, starts in March and is recognised in July."""
    report = Maandrapport(demo, "zonnedauw", "2025-08")
    assert list(report.trend["maand"]) == [f"2025-{m:02d}" for m in range(1, 9)]
    fig = patronen.grafiek(report)
    assert fig.svg.count('class="erkenning"') == 1 and "erkenning van het platform (juli 2025)" in fig.svg
    assert "Een verticale stippellijn markeert de erkenning van het platform in juli 2025." in fig.alt
    assert "Actoren in het netwerk: van 8 naar 18 (bij de erkenning: 17)" in fig.alt
    assert "De proeftuin begon hier in maart 2025" in fig.bijschrift
    assert "De stippellijn markeert de erkenning van het platform in juli 2025" in fig.bijschrift
    grid = maatlat.grafiek(report)
    assert 'class="erkenning"' in grid.svg and "erkenning van het platform in juli 2025" in grid.alt
    before = patronen.grafiek(Maandrapport(demo, "zonnedauw", "2025-06"))
    assert "erkenning" not in before.svg and "Het platform is nog niet erkend." in before.bijschrift


def test_recognised_from_the_first_month_is_not_marked(demo):
    fig = patronen.grafiek(Maandrapport(demo, "zilverdistel", "2025-12"))
    assert "erkenning" not in fig.svg and "stippellijn" not in fig.alt
    assert "Het platform is erkend sinds januari 2025" in fig.bijschrift


def test_first_month_of_the_proeftuin_has_no_change_though_the_trend_starts_before(demo):
    march = Maandrapport(demo, "zonnedauw", "2025-03")
    assert len(march.trend) == 3 and march.vorig is None
    shown = text(show(march, "samenvatting"))
    assert "Dit is de eerste maand van de proeftuin voor deze buurt" in shown
    assert "Buurtplatform Zonnedauw is (nog) niet erkend als buurtplatform." in shown or "niet erkend" in shown
    assert "deze maand erkend als buurtplatform" in text(
        show(Maandrapport(demo, "zonnedauw", "2025-07"), "samenvatting")
    )


def test_trend_chart_marks_a_month_within_it_only():
    import pandas as pd

    trend = pd.DataFrame({"maand": ["2025-01", "2025-02", "2025-03"], "x": [1.0, 2.0, 3.0], "y": [1.0, 1.0, 2.0]})
    fig = charts.trendlijnen(trend, [("x", "X"), ("y", "Y")], erkend="2025-02")
    marks = re.search(r'<path d="([^"]*)" class="erkenning"', fig.svg)[1]
    assert marks.count("M") == 2  # a line in each chart
    assert "X: van 1 naar 3 (bij de erkenning: 2)" in fig.alt
    for month in ("2025-01", "2024-12", "2025-04", None):
        assert "erkenning" not in charts.trendlijnen(trend, [("x", "X")], erkend=month).svg


# ---- figures in words, the summary of `metrics`, the notebook -------------------------------------------------


def test_position_table_compares_the_new_figures(demo):
    report = Maandrapport(demo, "zilverdistel", "2025-12")
    table = str(show(report, "positie")).split("De kengetallen die nog niet")[0]
    for title in (
        "Dagen tot een antwoord",
        "Verzoeken zonder antwoord",
        "Toezeggingen nagekomen",
        "Menging bewoners en eerste lijn",
        "Vindplaatsen",
        "Maatlat: eigen score min die van anderen",
    ):
        assert f"<td>{title}</td>" in table, title
    not_compared = [c for c in COLUMNS if c.label and not c.compared]
    assert {c.name for c in not_compared} >= {"erkend", "aantal_verbinders", "resultaten", "verzoeken_gedaan"}
    for column in not_compared:
        assert f"<td>{column.label}</td>" not in table, column.name
    assert "verbindingskaart" not in table.lower()


def test_metrics_summary_prints_answer_time_in_its_own_precision(example_v2):
    data = load(example_v2)
    assert "    31,5  Dagen tot een antwoord" in describe(figures(data, "lindenhof", "2024-04"), data)
    assert "      40  Dagen tot een antwoord" in describe(figures(data, "lindenhof", "2024-03"), data)


# ---- the colophon names no other buurt's warnings ----------------------------------------------------------------


@pytest.fixture
def with_warnings(example_v2):
    """Lindenhof-v2 with a second buurt, Eikenhof: a warning of Eikenhof alone (actoren.csv:11, a person
    without naam_tonen), one of both (relaties.csv:12, an intensity on an informatie row between them) and
    one of the whole erkenning file (an unknown column)."""
    with open(example_v2 / "buurten.csv", "a", encoding="utf-8") as f:
        f.write("eikenhof,Eikenhof,West,,2024-03\n")
    with open(example_v2 / "actoren.csv", "a", encoding="utf-8") as f:
        f.write(
            "ek-bb,Buurtbudgetcommissie Eikenhof,eikenhof,bewonersinitiatief,onderop,0,buurtbudget,,,nee,\n"
            "ek-p,Joost Vondelman,eikenhof,sleutelfiguur,onderop,0,cultuur,,,ja,\n"
        )
    with open(example_v2 / "relaties.csv", "a", encoding="utf-8") as f:
        f.write("r11,lh-plat,ek-bb,informatie,2,2024-01,,,,\n")
    replace_in(example_v2 / "erkenning.csv", "besloten_door,document", "besloten_door,document,opmerking")
    return load(example_v2)


def test_warnings_are_told_apart_by_the_buurten_they_concern(with_warnings):
    found = {w.format(): problem_buurten(with_warnings, w) for w in with_warnings.warnings}
    assert {line.split(": ")[0]: buurten for line, buurten in found.items()} == {
        "actoren.csv:11": {"eikenhof"},
        "relaties.csv:12": {"eikenhof", "lindenhof"},
        "erkenning.csv": set(),
    }


def test_a_buurt_s_colophon_lists_its_own_warnings_and_counts_the_others(with_warnings, demo):
    lindenhof = text(show(Maandrapport(with_warnings, "lindenhof", "2024-04"), "colofon"))
    assert "erkenning.csv: waarschuwing: onbekende kolom" in lindenhof
    assert "actoren.csv:11" not in lindenhof and "relaties.csv:12" not in lindenhof
    assert "Daarnaast gaf de controle 2 waarschuwingen over andere buurten" in lindenhof
    eikenhof = text(show(Maandrapport(with_warnings, "eikenhof", "2024-04"), "colofon"))
    assert "actoren.csv:11: waarschuwing: naam_tonen" in eikenhof and "relaties.csv:12" not in eikenhof
    assert "Daarnaast gaf de controle 1 waarschuwing over andere buurten" in eikenhof
    line = next(f"actoren.csv:{w.line}" for w in demo.warnings)  # Windvanghof's key person without consent
    assert line not in text(show(Maandrapport(demo, "zilverdistel", "2025-12"), "colofon"))
    assert line in text(show(Maandrapport(demo, "windvang", "2025-12"), "colofon"))
