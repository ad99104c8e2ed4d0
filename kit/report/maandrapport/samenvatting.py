"""The summary page of the monthly report: what to discuss, the recognition, and the main figures in words.

"Om te bespreken" lists what asks for a conversation this month: money,
support or a place that ends within three months, requests waiting for an
answer for more than 30 days, parallel infrastructures, partnerships seen
differently, overdue actions and tensions.  The table gives each figure of
:data:`kit.report.kengetallen.SAMENVATTING` with its change since last
month (when the buurt took part then) and its sentence.
"""

from __future__ import annotations

from kit.analysis.catalogue import COLUMN
from kit.analysis.measures.requests import OVERDUE_DAYS
from kit.analysis.measures.resources import ENDING_MONTHS
from kit.analysis.registers import NIET_BIJGEHOUDEN
from kit.dutch import telwoord
from kit.report.html import Html, e, lijst, tabel
from kit.report.kengetallen import SAMENVATTING, bijgehouden, uitleg_van, verschil
from kit.report.maandrapport.draagt import aflopend_zin, middelen_van
from kit.report.maandrapport.gevraagd import lang_open
from kit.report.maandrapport.rapport import Maandrapport
from kit.report.sectie import Sectie
from kit.report.words import dagen, hoofdletter, inkorten, maand_lang, meervoud, opsomming


def render(rapport: Maandrapport) -> Html:
    """The points to discuss, a sentence on the month and the recognition, and the table of the main figures."""
    rijen = []
    for key in SAMENVATTING:
        k = COLUMN[key]
        nu = rapport.nu[key]
        vorig = None if rapport.vorig is None else rapport.vorig[key]
        delta, zin = verschil(key, nu, vorig)
        gelijk = delta in ("gelijk", "vrijwel gelijk")  # the column says it already
        if rapport.vorig is None or gelijk or not bijgehouden(key, rapport.bijgehouden):
            zin = ""
        rijen.append(
            [
                e(k.label),
                k.text(nu),
                e(delta),
                e(hoofdletter(uitleg_van(key, nu, rapport.bijgehouden))) + (f" <em>{e(zin)}</em>" if zin else ""),
            ]
        )
    if rapport.vorig is not None:
        intro = (
            f"De belangrijkste cijfers van {maand_lang(rapport.month)}, met het verschil met "
            f"{maand_lang(rapport.month - 1)}."
        )
    elif rapport.month == rapport.start:
        intro = (
            f"De belangrijkste cijfers van {maand_lang(rapport.month)}. Dit is de eerste maand van de "
            "proeftuin voor deze buurt; volgende maand staat hier ook het verschil met deze maand."
        )
    else:
        intro = (
            f"De belangrijkste cijfers van {maand_lang(rapport.month)}. Vorige maand deed de buurt niet mee, "
            "dus er is geen verschil met vorige maand."
        )
    return Html(
        kernpunten(rapport)
        + f"<p>{e(intro)} {e(erkenning(rapport))}</p>"
        + tabel(["Kengetal", "Nu", "Verschil", "Wat betekent dit?"], rijen, getallen={1, 2}, klasse="samenvatting")
    )


def erkenning(rapport: Maandrapport) -> str:
    """Whether the platform is recognised this month, and since when, in one sentence; never "recognised" without
    a recognition row."""
    f = rapport.figuren
    if not rapport.bijgehouden["erkenning"]:
        platform = "" if f["platform"] is None else f"Het buurtplatform is {rapport.naam_van(f['platform'])}. "
        return platform + NIET_BIJGEHOUDEN["erkenning"]
    if f["platform"] is None:
        return "De buurt heeft (nog) geen erkend buurtplatform."
    naam = rapport.naam_van(f["platform"])
    if f["erkend"] and f["erkend_maanden"] == 0:
        return f"{naam} is deze maand erkend als buurtplatform."
    if f["erkend"]:
        return f"{naam} is erkend als buurtplatform, voor het eerst in {maand_lang(rapport.erkend_sinds)}."
    if rapport.erkend_sinds is not None:
        return (
            f"{naam} is deze maand niet erkend als buurtplatform (wel eerder, voor het eerst in "
            f"{maand_lang(rapport.erkend_sinds)})."
        )
    return f"{naam} is (nog) niet erkend als buurtplatform."


def kernpunten(rapport: Maandrapport) -> str:
    """ "Om te bespreken": a list of what asks for a conversation this month, or nothing."""
    f = rapport.figuren
    punten = []
    if rapport.snap.platform is None:
        punten.append(
            "Het buurtplatform staat deze maand niet (meer) in de gegevens; de cijfers over het "
            "platform ontbreken daarom."
        )
    aflopend = middelen_van(rapport)
    aflopend = aflopend[aflopend["aflopend"]]
    if len(aflopend):
        punten.append(
            f"Binnen {telwoord(ENDING_MONTHS)} maanden loopt af: "
            + opsomming(aflopend_zin(rapport, r) for _, r in aflopend.iterrows())
            + ". Is er een vervolg geregeld? (zie Wat het platform draagt)"
        )
    wachtend = lang_open(rapport)
    if len(wachtend):
        r = wachtend.iloc[0]
        punten.append(
            f"{hoofdletter(meervoud(len(wachtend), 'verzoek wacht', 'verzoeken wachten'))} al langer "
            f"dan {OVERDUE_DAYS} dagen op antwoord{', het langst' if len(wachtend) > 1 else ''}: "
            f"‘{inkorten(rapport.schoon(r['onderwerp']))}’ aan {rapport.naam_van(r['aan'])} "
            f"({dagen(r['wacht'])})."
        )
    parallel = len(f["parallelle_infrastructuren"])
    if parallel:
        punten.append(
            f"Er {'is' if parallel == 1 else 'zijn'} "
            f"{meervoud(parallel, 'parallelle infrastructuur', 'parallelle infrastructuren')}"
            " (zie verderop): een goed gespreksonderwerp met de betrokken instelling."
        )
    if f["belevingsverschillen"]:
        gaps = len(f["belevingsverschillen"])
        punten.append(
            f"{hoofdletter(meervoud(gaps, 'samenwerking wordt', 'samenwerkingen worden'))} "
            "door de twee kanten heel verschillend beleefd."
        )
    if f["acties"] and f["acties"]["te_laat"]:
        punten.append(f"{hoofdletter(meervoud(f['acties']['te_laat'], 'actie is', 'acties zijn'))} over de deadline.")
    if f["spanningen"]:
        punten.append(
            f"Er {'is' if f['spanningen'] == 1 else 'zijn'} "
            f"{meervoud(f['spanningen'], 'spanning', 'spanningen')} in het netwerk (rode stippellijn op de "
            "kaart)."
        )
    if not punten:
        return ""
    return "<p><strong>Om te bespreken:</strong></p>" + lijst((e(p) for p in punten), "kernpunten")


SECTIE = Sectie(render, kop="Samenvatting")
