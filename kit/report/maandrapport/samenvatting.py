"""The appendix's summary of the figures: the recognition, and the main figures in words.

A change since last month is called good news or a point of attention only
where the verdict rules allow it (``docs/reports.md``, "Verdicts"): a count
that moved because something was refused, closed without an answer, failed
or ended names the event instead, and a figure that depends on the network's
size gets no verdict when the number of actors changed.

What to discuss is the buurtbrief's (:mod:`.bespreken`).  The table gives each figure of
:data:`kit.report.kengetallen.SAMENVATTING` with its change since last
month (when the buurt took part then) and its sentence.
"""

from __future__ import annotations

from kit.analysis.catalogue import COLUMN
from kit.analysis.registers import NIET_BIJGEHOUDEN
from kit.report.html import Html, e, tabel
from kit.report.kengetallen import SAMENVATTING, bijgehouden, uitleg_van, verschil
from kit.report.maandrapport.rapport import Maandrapport
from kit.report.sectie import BIJLAGE, Sectie
from kit.report.verdicts import verdict, verdict_sentence
from kit.report.words import hoofdletter, maand_lang


def render(rapport: Maandrapport) -> Html:
    """The points to discuss, a sentence on the month and the recognition, and the table of the main figures."""
    rijen = []
    for key in SAMENVATTING:
        k = COLUMN[key]
        nu = rapport.nu[key]
        vorig = None if rapport.vorig is None else rapport.vorig[key]
        delta, change = verschil(key, nu, vorig)
        zin = ""  # nothing changed, or nothing to compare: the column says it already
        if rapport.vorig is not None and change and bijgehouden(key, rapport.bijgehouden):
            zin = oordeel(rapport, key, change)
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
        f"<p>{e(intro)} {e(erkenning(rapport))}</p>"
        + tabel(["Kengetal", "Nu", "Verschil", "Wat betekent dit?"], rijen, getallen={1, 2}, klasse="samenvatting")
    )


def oordeel(rapport: Maandrapport, key: str, change: float) -> str:
    """The sentence after a change of ``key``: good news, a point of attention, or neither, by the verdict rules
    (:func:`kit.report.verdicts.verdict`: what was refused or ended is named, a figure of the network's size is
    not judged when the number of actors changed)."""
    assert rapport.vorig is not None
    now, before = rapport.nu["actoren"], rapport.vorig["actoren"]
    found = verdict(key, change, month=rapport.month, events=rapport.twee_maanden, actors_now=now, actors_before=before)
    return verdict_sentence(key, change, found, rapport.woorden, now, before)


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


SECTIE = Sectie(render, deel=BIJLAGE, kop="De belangrijkste cijfers")
