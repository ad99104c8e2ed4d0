"""The intervision sheet's main part (kit.report.overzicht: titel, buurten, agenda, spiegel) on the demo's stories.

Page 1 is a row per buurt — what is new (the month's events), what waits at institutions (open items), how fresh
the data are (registers) — and the agenda; then the institutions' mirror.  Everything else is the appendix.
"""

from __future__ import annotations

import re
import shutil

import pandas as pd
from helpers import everything, replace_in, show
from helpers import html_words as text

from kit.analysis.events import EVENT_KINDS, Event
from kit.data.dataset import load
from kit.report.overzicht import SECTIES, Overzicht
from kit.report.overzicht.buurten import AT_MOST, COUNTED, chosen
from kit.report.ruimte import VOORRANG
from kit.report.sectie import BIJLAGE, HOOFD


def _row(overzicht: Overzicht, naam: str) -> str:
    rows = re.findall(r"<tr>(.*?)</tr>", show(overzicht, "buurten"))
    return text(next(r for r in rows if f"<strong>{naam}</strong>" in r).replace("&nbsp;", " "))


def test_the_main_part_is_the_sheet_and_the_mirror_the_rest_is_the_appendix():
    hoofd = [n for n in SECTIES if SECTIES[n].deel == HOOFD]
    assert hoofd == ["titel", "buurten", "agenda", "spiegel", "colofon"]
    assert SECTIES["tabel"].deel == BIJLAGE and SECTIES["tabel"].nieuwe_pagina  # the full matrix


def test_a_row_names_a_non_answer_with_its_institution_and_what_waits_longest(demo):
    row = _row(Overzicht(demo, "2025-09"), "Zilverdistel")
    assert "30 sep Stadsdeel Zonnewaard reageerde niet op ‘Uitnodiging voor het overleg over het nieuwe " in row
    # 5 events: 2 listed, 1 counted, 2 more, which the brief's "Deze maand" lists or says where they are
    assert "Netwerk: 1 relatie erbij. En nog 2: zie de buurtbrief." in row
    assert "Verzoek bij Stadsdeel Zonnewaard: 77 dagen (en nog 1)" in row
    assert "Niets nieuws: resultaten (sinds februari 2025)." in row  # nothing recorded in resultaten since February


def test_a_register_not_kept_is_not_nothing_open(demo):
    row = _row(Overzicht(demo, "2025-09"), "Duinroosbuurt")
    assert "niet vastgelegd: de buurt houdt geen verzoeken bij" in row and "Niets open" not in row
    assert "Niet bijgehouden: actielijst, maatlat en verzoeken aan instellingen." in row


def test_a_month_before_a_buurt_takes_part_lists_what_happened(demo):
    """Duinroos starts in May 2025; in March its result is an event, as in its brief and the synthesis."""
    row = _row(Overzicht(demo, "2025-03"), "Duinroosbuurt")
    assert row.startswith(
        "Duinroosbuurt aan tafel: niet vastgelegd "
        "Doet nog niet mee aan de proeftuin; die begint hier in mei 2025. 14 mrt Bereikt"
    )
    assert _row(Overzicht(demo, "2025-03"), "Zilverdistel").startswith(
        "Zilverdistel aan tafel: 1, geraadpleegd Niets nieuws vastgelegd."
    )


def _event(kind: str, day: int) -> Event:
    return Event(
        "b", kind, pd.Timestamp(2025, 3, day), pd.Period("2025-03", "M"), "verzoeken", f"{kind}{day}", (), None
    )


def test_refusals_and_non_answers_are_always_listed_the_rest_by_priority_and_counted():
    found = [
        _event("resultaat_bereikt", 1),
        _event("verzoek_afgewezen", 2),
        _event("verzoek_gedaan", 3),
        _event("verzoek_zonder_reactie", 4),
        _event("verzoek_afgewezen", 5),
        _event("relatie_begonnen", 6),
    ]
    listed, rest = chosen(found)
    assert AT_MOST == 2 and [x.row for x in listed] == [
        "verzoek_afgewezen2",
        "verzoek_zonder_reactie4",
        "verzoek_afgewezen5",
    ]
    assert rest == 2  # the result and the request asked; the relation is counted in its own line
    listed, rest = chosen(found[:3])
    assert [x.row for x in listed] == ["resultaat_bereikt1", "verzoek_afgewezen2"] and rest == 1


def test_a_month_without_a_session_row_says_none_was_recorded(demo):
    assert "Voor augustus 2025 is geen intervisiebijeenkomst vastgelegd." in text(
        show(Overzicht(demo, "2025-08"), "titel")
    )
    september = text(show(Overzicht(demo, "2025-09"), "titel"))
    assert "Intervisie op 11 september 2025, voorgezeten door Hommelberg, met 6 buurten;" in september


def test_the_agenda_holds_three_patterns_across_buurten(demo):
    agenda = text(show(Overzicht(demo, "2025-09"), "agenda"))
    assert agenda.count("Voorstel:") == 3
    assert "bij dezelfde instelling in meer buurten: Stadsdeel Zonnewaard (Zilverdistel en Reigersbos)" in agenda
    assert "In vijf buurten is al drie maanden of langer niets nieuws vastgelegd in de actoren" in agenda
    assert "Deze maand bereikten Zonnedauwkwartier, Maanzaadbuurt en Wolkenkade iets." in agenda
    december = text(show(Overzicht(demo, "2025-12"), "agenda"))
    assert december.count("Voorstel:") == 2 and "Meer patronen over buurten heen zijn er deze maand niet" in december


def test_the_mirror_names_refusals_and_non_answers_in_their_own_columns(demo):
    spiegel = show(Overzicht(demo, "2025-12"), "spiegel")
    rows = [text(r) for r in re.findall(r"<tr>(.*?)</tr>", spiegel)]
    assert rows[0] == (
        "Instelling Uit buurten Gevraagd Toegezegd (ook deels) Afgewezen Zonder reactie gesloten Nog open "
        "Dagen tot antwoord (mediaan) Toezeggingen nagekomen"
    )
    assert "Welzijnsstichting Samenkracht 5 5 3 2 0 0 32 2 van 3" in rows
    assert "Stadsdeel Zonnewaard 2 6 0 0 2 4 – –" in rows  # never answered: two closed without a reaction
    # a mirror, not a ranking: by the number of buurten it concerns, then by name
    assert rows.index("Welzijnsstichting Samenkracht 5 5 3 2 0 0 32 2 van 3") == 1
    assert "Nieuwsbrief Zilverdistel van het stadsdeel 1 (6 maanden) 0 0 0 0" in rows  # a parallel infrastructure


def test_a_person_without_consent_in_a_subject_is_a_pseudonym_with_the_buurt(demo_path, tmp_path):
    """The sheet is read across buurten: a key person named in a request's subject is ``Sleutelfiguur 1
    (Zilverdistel)`` in the row, and nowhere by name in the main part."""
    folder = tmp_path / "demo"
    shutil.copytree(demo_path, folder)
    replace_in(
        folder / "verzoeken.csv", "Uitnodiging voor het overleg", "Uitnodiging van Bram Windhaver voor het overleg"
    )
    overzicht = Overzicht(load(folder), "2025-09")
    assert "reageerde niet op ‘Uitnodiging van Sleutelfiguur 1 (Zilverdistel) voor het" in _row(
        overzicht, "Zilverdistel"
    )
    assert "Windhaver" not in everything(overzicht, ["titel", "buurten", "agenda", "spiegel"])


def test_a_buurt_without_active_actors_does_not_take_part(example_v3):
    """Esdoorn's two actors stop in March 2024: in April it has started but has no active actor."""
    replace_in(example_v3 / "actoren.csv", "netwerkorganisatie,,,nee,", "netwerkorganisatie,,2024-03-15,nee,")
    replace_in(
        example_v3 / "actoren.csv",
        "esdoorn,bewonerscommissie,onderop,0,wonen,,,nee,",
        "esdoorn,bewonerscommissie,onderop,0,wonen,,2024-03-15,nee,",
    )
    replace_in(
        example_v3 / "relaties.csv",
        "es-plat,es-bc1,samenwerking,3,2024-03,,",
        "es-plat,es-bc1,samenwerking,3,2024-03,2024-03-15,",
    )
    row = _row(Overzicht(load(example_v3), "2024-04"), "Esdoornbuurt")
    assert row.startswith(
        "Esdoornbuurt aan tafel: niet vastgelegd "
        "Doet deze maand niet mee: er staan geen actieve actoren van de buurt in de gegevens."
    )


def test_the_mirror_shows_the_seats_each_institution_offered_and_its_agreements(demo):
    """Thuishaven's two seats: Reigersbos's sounding board (advising, asked for, ended in October) and Zonnedauw's
    steering group (co-producing, invited in September); its agreements: Reigersbos's room (dropped 31 October) and
    Zonnedauw's design (kept 22 October)."""
    spiegel = show(Overzicht(demo, "2025-12"), "spiegel")
    tafel = spiegel[spiegel.index("Aan tafel en afspraken") :]
    rows = [text(r) for r in re.findall(r"<tr>(.*?)</tr>", tafel)]
    assert rows[0] == (
        "Instelling Plekken aan haar tafels Hoogste trede Op uitnodiging Zelf gevraagd Plek gestopt "
        "Afspraken in gesprekken Nagekomen Vervallen Over de termijn"
    )
    assert "Woningcorporatie Thuishaven 2 coproducerend (4 van 6) 1 1 1 2 1 1 0" in rows
    assert "vastgelegd in 11 van de 12 buurten" in text(tafel)
    # a mirror, not a ranking: the same order as the other tables, by the number of buurten, then by name
    assert rows.index("Woningcorporatie Thuishaven 2 coproducerend (4 van 6) 1 1 1 2 1 1 0") == 1


def test_the_mirror_says_where_seats_are_not_recorded(example_v3):
    """A version 3 dataset keeps no seats or dialogues: not recorded, never "none offered"."""
    spiegel = text(show(Overzicht(load(example_v3), "2024-04"), "spiegel"))
    assert "Plekken aan tafel en gesprekken met instellingen zijn in geen buurt vastgelegd." in spiegel
    assert "Aan tafel en afspraken" not in spiegel


def test_every_kind_of_a_buurt_s_event_is_listed_or_counted():
    """A kind in neither VOORRANG nor COUNTED would vanish from the row without a trace, not even in "en nog"."""
    assert set(EVENT_KINDS) - {"intervisie"} == set(VOORRANG) | set(COUNTED)
    assert len(VOORRANG) == len(set(VOORRANG))


def test_a_row_tells_of_seats_gained_and_lost_and_agreements_overdue(demo):
    """Reigersbos loses its seat on Thuishaven's sounding board in October, a month after its recognition;
    Zonnedauw is invited to Thuishaven's steering group in September, and the stadsdeel lets an agreement pass its
    deadline of 31 October."""
    oktober = _row(Overzicht(demo, "2025-10"), "Reigersbos")
    assert oktober.startswith("Reigersbos aan tafel: 2, hoogste adviserend ")  # still at the table in October
    assert _row(Overzicht(demo, "2025-11"), "Reigersbos").startswith("Reigersbos aan tafel: 1, geraadpleegd")
    assert "Buurtplatform Reigersbos zit niet meer aan tafel bij ‘Klankbordgroep renovatie Reigersbos’." in oktober
    september = _row(Overzicht(demo, "2025-09"), "Zonnedauwkwartier")
    assert september.startswith("Zonnedauwkwartier aan tafel: 2, hoogste coproducerend ")
    assert "uitgenodigd aan tafel bij ‘Stuurgroep speelplek achter de flats’ (coproducerend, trede 4 van 6)" in (
        september
    )
    november = _row(Overzicht(demo, "2025-11"), "Zonnedauwkwartier")
    assert (
        "1 nov De afspraak ‘Vergunning voor de speeltoestellen regelen’ met Stadsdeel Westerduin is over de termijn"
        in november
    )


def _pulse(folder, rows: str) -> None:
    (folder / "draaglast.csv").write_text("buurt,maand,belasting,dragers,incident\n" + rows, encoding="utf-8")


def test_the_carriers_load_is_one_sentence_of_the_title_only_aggregated(demo_path, tmp_path):
    """Four buurten measured in September: three with a high load (4, 5, 4), one with 2; one incident, which is
    fewer than three and so "minder dan 3"."""
    folder = tmp_path / "demo"
    shutil.copytree(demo_path, folder)
    _pulse(
        folder,
        "vlinderhof,2025-09,4,6,nee\nzilverdistel,2025-09,5,3,ja\nmaanzaad,2025-09,4,8,nee\n"
        "windvang,2025-09,2,5,nee\nwindvang,2025-08,5,5,ja\n",
    )
    titel = text(show(Overzicht(load(folder), "2025-09"), "titel"))
    assert titel.endswith(
        "Draaglast van de dragers (alleen samengeteld, nooit per buurt): gemeten in 4 van de 12 buurten; hoog (4 of 5) "
        "in 3, een incident van intimidatie of bedreiging in minder dan 3."
    )


def test_the_carriers_load_measured_in_fewer_than_three_buurten_says_no_more(example_v4):
    """lindenhof-v4 has two buurten: whatever their pulse, the sheet says only that fewer than three measured it."""
    _pulse(example_v4, "lindenhof,2024-04,5,4,ja\nesdoorn,2024-04,5,3,ja\n")
    titel = text(show(Overzicht(load(example_v4), "2024-04"), "titel"))
    assert titel.endswith(
        "nooit per buurt): in minder dan 3 buurten gemeten; over zo weinig buurten zegt dit blad niets."
    )
    assert "hoog" not in titel and "incident" not in titel


def test_a_pulse_kept_nowhere_is_not_recorded(example_v3):
    titel = text(show(Overzicht(load(example_v3), "2024-04"), "titel"))
    assert titel.endswith("De draaglast van de dragers is in geen buurt vastgelegd.")


def test_an_institution_s_agreement_past_its_deadline_waits_with_the_days_over_it(demo):
    """Zonnedauw, November 2025: no open request or promise, but Westerduin's agreement from the dialogue of
    10 September is 30 days past its deadline of 31 October: it waits at the institution, not "Niets open"."""
    row = _row(Overzicht(demo, "2025-11"), "Zonnedauwkwartier")
    assert "Afspraak van Stadsdeel Westerduin: 30 dagen over de termijn" in row and "Niets open" not in row
