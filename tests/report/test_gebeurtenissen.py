"""The events in Dutch (kit.report.gebeurtenissen): who did what, with the names and redactor the report passes in."""

from __future__ import annotations

import pandas as pd
import pytest
from helpers import replace_in

from kit.analysis.events import EVENT_KINDS, Event, events, pilot_events
from kit.analysis.open_items import OpenItem, wachtend
from kit.data.dataset import load
from kit.privacy import display_names, redact, redactor
from kit.report.gebeurtenissen import Names, datum, open_zin, regel, wacht_bij, zin

NAMES = {
    "plat": "Buurtplatform Vlinderhof",
    "corp": "Thuishaven",
    "sd": "Stadsdeel Noorderkim",
    "bc": "Bewonerscommissie De Linde",
    "wb": "Wijkbericht",
}
NAMEN = Names(NAMES.__getitem__, lambda t: "" if t is None else str(t), {"vh": "Vlinderhof"}.__getitem__)
MARCH = pd.Period("2025-03", "M")


def E(kind: str, actors=(), text=None, day="2025-03-08", **detail) -> Event:
    register = {"verzoek": "verzoeken", "toezegging": "verzoeken", "actie": "acties", "resultaat": "resultaten"}
    return Event(
        "vh",
        kind,
        None if day is None else pd.Timestamp(day),
        MARCH,
        register.get(kind.split("_")[0], "relaties"),
        "x1",
        tuple(actors),
        text,
        detail,
    )


@pytest.mark.parametrize(
    ("event", "sentence"),
    [
        (E("verzoek_gedaan", ("corp", "plat"), "Spreekuur"), "Buurtplatform Vlinderhof vroeg Thuishaven: ‘Spreekuur’."),
        (
            E("verzoek_toegezegd", ("corp", "plat"), "Spreekuur", dagen=40),
            "Thuishaven zegde ‘Spreekuur’ toe, na 40 dagen.",
        ),
        (
            E("verzoek_deels", ("corp", "plat"), "Spreekuur", dagen=1),
            "Thuishaven zegde ‘Spreekuur’ gedeeltelijk toe, na 1 dag.",
        ),
        (
            E("verzoek_afgewezen", ("corp", "plat"), "Spreekuur", dagen=11),
            "Thuishaven wees ‘Spreekuur’ af, na 11 dagen.",
        ),
        (
            E("verzoek_zonder_reactie", ("sd", "plat"), "Sleutel", dagen=106),
            "Stadsdeel Noorderkim reageerde niet op ‘Sleutel’; het verzoek is na 106 dagen zonder antwoord gesloten.",
        ),
        (
            E("toezegging_nagekomen", ("sd", "plat"), "Sleutel", dagen=29),
            "Stadsdeel Noorderkim kwam de toezegging ‘Sleutel’ na, 29 dagen nadat die gedaan was.",
        ),
        (
            E("resultaat_bereikt", ("sd", "bc"), "Bankjes", tegenpartij="sd", samen_met=("bc",)),
            "Bereikt bij Stadsdeel Noorderkim: ‘Bankjes’, samen met Bewonerscommissie De Linde.",
        ),
        (
            E("resultaat_gemeld", (), "Speeltuin", bereikt=pd.Timestamp("2023-11-15")),
            "Vastgelegd: ‘Speeltuin’; bereikt op 15 november 2023.",
        ),
        (
            E("resultaat_gemeld", (), "Speeltuin", bereikt=None),
            "Vastgelegd: ‘Speeltuin’; wanneer het bereikt is, is niet bekend.",
        ),
        (E("actor_begonnen", ("wb",)), "Nieuw in het netwerk: Wijkbericht."),
        (E("actor_gestopt", ("wb",)), "Gestopt: Wijkbericht."),
        (
            E("relatie_begonnen", ("plat", "bc"), soort="samenwerking", intensiteit=3),
            "Begonnen: de samenwerking van Buurtplatform Vlinderhof en Bewonerscommissie De Linde (niveau 3 van 5: "
            "coördineren).",
        ),
        (
            E("relatie_gestopt", ("sd", "wb"), soort="financiering"),
            "Gestopt: het geld van Stadsdeel Noorderkim voor Wijkbericht.",
        ),
        (
            E("spanning_begonnen", ("bc", "wb"), "Ruzie over de zaal.", soort="spanning", gemeld_door="sd"),
            "Spanning tussen Bewonerscommissie De Linde en Wijkbericht (gemeld door Stadsdeel Noorderkim): Ruzie over "
            "de zaal.",
        ),
        (
            E("spanning_gestopt", ("bc", "wb"), soort="spanning"),
            "De spanning tussen Bewonerscommissie De Linde en Wijkbericht is voorbij.",
        ),
        (
            E("parallel_verschenen", ("plat", "wb"), day=None, functies=("informatievoorziening",), bovenaf=("wb",)),
            "Parallelle infrastructuur: Wijkbericht, van bovenaf opgezet, heeft dezelfde taak als Buurtplatform "
            "Vlinderhof, zonder echt samen te werken: informatievoorziening (wijkkrant, buurtwebsite, nieuwsbrief).",
        ),
        (
            E(
                "parallel_opgelost",
                ("plat", "wb"),
                day=None,
                functies=("buurtbudget",),
                bovenaf=("wb",),
                hoe="samenwerking",
            ),
            "Buurtplatform Vlinderhof en Wijkbericht werken nu echt samen aan het buurtbudget: geen parallelle "
            "infrastructuur meer.",
        ),
        (
            E("parallel_opgelost", ("plat", "wb"), day=None, functies=("buurtbudget",), bovenaf=("wb",), hoe="gestopt"),
            "Geen parallelle infrastructuur meer tussen Buurtplatform Vlinderhof en Wijkbericht: één van beide is "
            "gestopt.",
        ),
        (E("actie_gedaan", ("plat",), "Website"), "Gedaan: ‘Website’."),
        (E("actie_vervallen", ("plat",), "Website"), "Vervallen: ‘Website’."),
        (
            E("actie_niet_gedaan", ("plat",), "Zaal", reden="geen avonden vrij.", belemmering=("ruimte", "tijd")),
            "Niet gelukt: ‘Zaal’. Waarom: geen avonden vrij. Wat in de weg stond: ruimte (een plek) en tijd.",
        ),
        (
            E("erkenning_besloten", ("plat", "sd"), "Besluit 12", besloten_door="sd"),
            "Buurtplatform Vlinderhof is erkend als buurtplatform, besloten door Stadsdeel Noorderkim (Besluit 12).",
        ),
        (
            E("erkenning_beeindigd", ("plat",)),
            "De erkenning van Buurtplatform Vlinderhof als buurtplatform is afgelopen.",
        ),
        (
            E("steun_eindigt", ("corp", "bc"), soort="ruimte"),
            "Afgelopen: de ruimte van Thuishaven voor Bewonerscommissie De Linde.",
        ),
        (
            E("steun_naast", ("sd", "wb"), soort="financiering"),
            "Steun naast het platform: het geld van Stadsdeel Noorderkim voor Wijkbericht.",
        ),
        (
            E("intervisie", (), "Signalen ophalen", voorzitter="vh", aanwezig=("vh", "zd", "ph")),
            "Intervisie over ‘Signalen ophalen’, voorgezeten door Vlinderhof, met 3 buurten.",
        ),
        (
            E(
                "tafel_begonnen",
                ("plat", "sd"),
                "Gebiedsoverleg",
                rol="adviserend",
                trede=3,
                toegang="uitgenodigd",
                eigenaar="sd",
            ),
            "Buurtplatform Vlinderhof is door Stadsdeel Noorderkim uitgenodigd aan tafel bij ‘Gebiedsoverleg’ "
            "(adviserend, trede 3 van 6).",
        ),
        (
            E("tafel_gestopt", ("plat",), "Gebiedsoverleg", rol="adviserend", trede=3, toegang="uitgenodigd"),
            "Buurtplatform Vlinderhof zit niet meer aan tafel bij ‘Gebiedsoverleg’.",
        ),
        (
            E("tafel_gestopt", ("plat",), "Gebiedsoverleg", rol="adviserend", trede=3, opvolger="t9"),
            "De rol van Buurtplatform Vlinderhof aan tafel bij ‘Gebiedsoverleg’ (adviserend) eindigt; "
            "de plek loopt door.",
        ),
        (E("dialoog_gevoerd", ("sd",), "De sleutel"), "Gesprek met Stadsdeel Noorderkim over ‘De sleutel’."),
        (
            E("dialoogafspraak_nagekomen", ("sd",), "Sleutel regelen", gemaakt=pd.Timestamp("2025-03-04")),
            "Stadsdeel Noorderkim kwam de afspraak ‘Sleutel regelen’ na, gemaakt in het gesprek van 4 maart 2025.",
        ),
        (
            E("dialoogafspraak_vervallen", ("sd",), "Bankje", gemaakt=pd.Timestamp("2025-03-04")),
            "De afspraak ‘Bankje’ met Stadsdeel Noorderkim is vervallen zonder te zijn nagekomen.",
        ),
        (
            E(
                "dialoogafspraak_te_laat",
                ("sd",),
                "Bankje",
                gemaakt=pd.Timestamp("2025-03-04"),
                deadline=pd.Timestamp("2025-04-30"),
            ),
            "De afspraak ‘Bankje’ met Stadsdeel Noorderkim is over de termijn van 30 april 2025 en nog niet nagekomen.",
        ),
    ],
)
def test_each_kind_in_words(event, sentence):
    assert zin(event, NAMEN) == sentence


def test_every_kind_has_its_words():
    tested = {e.kind for e, _ in test_each_kind_in_words.pytestmark[0].args[1]}
    assert tested == set(EVENT_KINDS)


def test_an_action_that_failed_on_an_institution_is_what_the_institution_did():
    """Verdict rule 6: the reason leads, as what the institution did; no barrier list, no lesson."""
    failed = E(
        "actie_niet_gedaan",
        ("plat",),
        "Bewonersavond in het stadsdeelhuis",
        reden="Het stadsdeel reageerde niet.",
        belemmering=("instelling", "tijd"),
    )
    assert (
        zin(failed, NAMEN) == "Het stadsdeel reageerde niet; daardoor lukte ‘Bewonersavond in het stadsdeelhuis’ niet."
    )


def test_a_parallel_infrastructure_of_two_top_down_actors():
    both = E(
        "parallel_verschenen",
        ("sd", "wb"),
        day=None,
        functies=("buurtbudget", "netwerkorganisatie"),
        bovenaf=("sd", "wb"),
    )
    assert zin(both, NAMEN) == (
        "Parallelle infrastructuur: Stadsdeel Noorderkim en Wijkbericht hebben dezelfde taken, zonder echt samen te "
        "werken: het buurtbudget en netwerkorganisatie (partijen in de buurt bij elkaar brengen)."
    )


def test_a_date_or_only_a_month():
    assert datum(E("actie_gedaan", text="x")) == "8 maart 2025"
    assert datum(E("parallel_verschenen", day=None, functies=(), bovenaf=())) == "maart 2025"
    assert regel(E("actie_gedaan", text="Website"), NAMEN) == "8 maart 2025: Gedaan: ‘Website’."


def test_what_waits_in_words():
    since = pd.Timestamp("2025-03-12")
    promise = OpenItem("vh", "toezegging", "v1", "sd", "plat", since, 19, False, "Sleutel", {"uitkomst": "deels"})
    assert (
        open_zin(promise, NAMEN)
        == "‘Sleutel’, gedeeltelijk toegezegd op 12 maart 2025: nog niet nagekomen na 19 dagen."
    )
    request = OpenItem("vh", "verzoek", "v2", "sd", "plat", since, 20, False, "Bankje")
    assert (
        wacht_bij(request, NAMEN)
        == "Stadsdeel Noorderkim: ‘Bankje’, gevraagd op 12 maart 2025: wacht 20 dagen op antwoord."
    )


# ---- privacy: the words take names and redactor from the report, and nothing else ---------------------------------


def test_a_hidden_name_in_a_reason_and_a_subject_passes_the_report_s_redactor(example_v2):
    """Samira (a person without consent) named in the failed action's reason and in a request's subject: the
    sentences carry her pseudonym, because they pass the text through the ``schoon`` the report gives them."""
    replace_in(example_v2 / "acties.csv", "buurthuis had geen avonden vrij", "Samira kreeg geen sleutel")
    replace_in(example_v2 / "verzoeken.csv", "Avonden vrij voor jongeren", "Avonden vrij voor Samira en de jongeren")
    data = load(example_v2)
    names = display_names(data, "lindenhof")
    matcher = redactor(data, "lindenhof")
    namen = Names(names.__getitem__, lambda text: redact(text, matcher))
    found = events(data, "lindenhof", "2024-04") + events(data, "lindenhof", "2024-03")
    assert any("Samira" in (e.text or "") + str(e.detail.get("reden")) for e in found)  # the events hold it raw
    words = " ".join(zin(e, namen) for e in found) + " ".join(
        open_zin(i, namen) for i in wachtend(data, "lindenhof", "2024-03")
    )
    assert "Samira" not in words
    assert "Sleutelfiguur 1 kreeg geen sleutel" in words and "Avonden vrij voor Sleutelfiguur 1" in words


def test_the_words_never_look_a_name_up_themselves(demo):
    """With names that are only ids and a redactor that keeps nothing, no actor's recorded name appears."""
    namen = Names(lambda actor: f"<{actor}>", lambda text: "…", str)
    recorded = set(demo.actoren["naam"])
    for month in ("2025-03", "2025-07", "2025-11"):
        for event in pilot_events(demo, month):
            sentence = zin(event, namen)
            assert not any(name in sentence for name in recorded), sentence
