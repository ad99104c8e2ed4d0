"""Voor en na de erkenning: per buurt recognised in the period, questions with their numbers, never a verdict.

Verdict rule 4 (``docs/reports.md``, "Verdicts"; :func:`kit.report.verdicts.before_after`):
a figure is compared only where both windows hold data (months the buurt
takes part in, with a value), and written as a question with the means and
their months (:func:`kit.report.verdicts.before_after_question`), never as
a list of what was "gunstiger".  The questions are those of
:data:`kit.report.verdicts.QUESTIONS`: what a member of the
stadsdeelcommissie deciding on recognition asks.

The pilot's own question — does a recognised platform become a
*gesprekspartner*? — gets one more (:func:`plekken`): the buurt's seats at
tables (version 4, ``tafels``) per month before and after, how many of them
were offered rather than asked for, the highest rung of the participation
ladder held in each window, and the seats gained and ended from the
recognition on, in the words every report shares.  Only where both windows
hold ``tafels`` data; a buurt that keeps no ``tafels`` is "niet vastgelegd",
and equal numbers are said to be equal, never better or worse.
"""

from __future__ import annotations

import pandas as pd

from kit.analysis.catalogue.fourth import TREDE
from kit.analysis.events import Event, events_between
from kit.analysis.period import AFTER, BEFORE, windows
from kit.analysis.registers import NIET_BIJGEHOUDEN, kept
from kit.data.contract import ROL
from kit.data.months import month_text
from kit.dutch import getal, telwoord
from kit.report.gebeurtenissen import Names, regel
from kit.report.html import Html, e, lijst
from kit.report.sectie import Sectie
from kit.report.synthese.rapport import Synthese
from kit.report.verdicts import QUESTIONS, before_after, before_after_question
from kit.report.words import maand_lang, opsomming, periode_label


def render(rapport: Synthese) -> Html:
    """Per buurt recognised in the period, the questions before and after that have data on both sides."""
    if not rapport.erkenningen:
        return Html(f"<p>In {e(rapport.periode)} werd geen platform voor het eerst erkend.</p>")
    parts = [
        "<p>Verandert er iets als een platform erkend wordt? Per buurt die in deze periode erkend werd: het "
        f"gemiddelde over de {telwoord(BEFORE)} maanden vóór de maand van erkenning en over de maand van "
        f"erkenning en de {telwoord(AFTER - 1)} maanden erna, alleen waar beide kanten gegevens hebben.</p>",
        '<p class="voorbehoud"><strong>Let op: dit zijn vragen, geen bewijs.</strong> Een verschil laat zien dát er '
        "iets veranderde, niet dat de erkenning het veroorzaakte. In dezelfde maanden gebeurde ook veel anders, "
        f"{telwoord(AFTER)} maanden is kort, en wie erkend wordt, groeide misschien al.</p>",
    ]
    for b in rapport.erkenningen:
        if b not in rapport.zonder_voor:
            parts.append(_vragen(rapport, b))
    if rapport.zonder_voor:
        parts.append(
            f"<p>{e(opsomming([rapport.buurtnaam(b) for b in rapport.zonder_voor]))} "
            f"{'had' if len(rapport.zonder_voor) == 1 else 'hadden'} vóór de erkenning nog geen maanden met gegevens: "
            "daar is geen “voor” om mee te vergelijken.</p>"
        )
    return Html("".join(parts))


def _vragen(rapport: Synthese, b: str) -> str:
    month = rapport.erkenningen[b]
    voor, na = windows(month)
    na = [m for m in na if m <= rapport.last]
    found = before_after(rapport.panel, b, month, list(QUESTIONS))
    kop = (
        f"<h3>{e(rapport.buurtnaam(b))}: erkend in {e(maand_lang(month))}</h3>"
        f"<p>Vóór: {e(periode_label(month_text(voor[0]), month_text(voor[-1])))}. Na: "
        f"{e(periode_label(month_text(na[0]), month_text(na[-1])))}.</p>"
    )
    geen = "" if found else "<p>Voor geen van de andere vragen zijn er aan beide kanten gegevens.</p>"
    return kop + geen + lijst(e(zin) for zin in [*(before_after_question(f) for f in found), plekken(rapport, b)])


#: The question on seats at tables (the pilot's *gesprekspartner*).
VRAAG_TAFELS = "Zat het platform na de erkenning vaker of hoger aan tafel?"


def plekken(rapport: Synthese, b: str) -> str:
    """The seat question of ``b`` (recognised in the period) with its numbers, or why it has none (plain text).

    ``Zat het platform na de erkenning vaker of hoger aan tafel? Voor: gemiddeld 2 plekken per maand (3 maanden),
    waarvan 1 aangeboden en 1 zelf gevraagd; hoogste trede adviserend (3 van 6); na: … Voor en na even hoog. Sinds
    de erkenning — 31 oktober 2025: … zit niet meer aan tafel bij ….``  The means are the panel's ``tafels`` and
    ``tafels_uitgenodigd`` over the months with data (verdict rule 4, :func:`kit.report.verdicts.before_after`);
    the highest rung is the highest ``tafel_hoogste_rol`` of those months.
    """
    if not kept(rapport.data, b)["tafels"]:
        return f"{VRAAG_TAFELS} {NIET_BIJGEHOUDEN['tafels']}"
    month = rapport.erkenningen[b]
    found = {f.column: f for f in before_after(rapport.panel, b, month, ["tafels", "tafels_uitgenodigd"])}
    if "tafels" not in found:
        return f"{VRAAG_TAFELS} Niet aan beide kanten vastgelegd: geen antwoord."
    seats, offered = found["tafels"], found["tafels_uitgenodigd"]
    voor, na = windows(month)
    hoogste = [_hoogste(rapport, b, voor), _hoogste(rapport, b, [m for m in na if m <= rapport.last])]
    kanten = [
        _kant(kop, gemiddeld, maanden, aangeboden, trede)
        for kop, gemiddeld, maanden, aangeboden, trede in (
            ("Voor", seats.before, seats.months_before, offered.before, hoogste[0]),
            ("na", seats.after, seats.months_after, offered.after, hoogste[1]),
        )
    ]
    gelijk = []
    if round(seats.before, 2) == round(seats.after, 2):
        gelijk.append("even vaak aan tafel")
    if hoogste[0] == hoogste[1] and hoogste[0] is not None:
        gelijk.append("even hoog")
    tekst = f"{VRAAG_TAFELS} {'; '.join(kanten)}."
    if gelijk:
        tekst += f" Voor en na {' en '.join(gelijk)}."
    veranderd = seat_changes(rapport, b)
    if veranderd:
        namen = Names.of(rapport)
        tekst += " Sinds de erkenning — " + " ".join(regel(x, namen) for x in veranderd)
    return tekst


def _kant(kop: str, gemiddeld: float, maanden: int, aangeboden: float, trede: int | None) -> str:
    """One window in words: ``Voor: gemiddeld 2 plekken per maand (3 maanden), waarvan …; hoogste trede …``."""
    n = "1 maand" if maanden == 1 else f"{maanden} maanden"
    if trede is None:
        return f"{kop}: geen plek aan tafel ({n})"
    plekken = "plek" if gemiddeld == 1 else "plekken"
    return (
        f"{kop}: gemiddeld {getal(gemiddeld, 2, strip=True)} {plekken} per maand ({n}), waarvan "
        f"{getal(aangeboden, 2, strip=True)} aangeboden en {getal(gemiddeld - aangeboden, 2, strip=True)} zelf "
        f"gevraagd; hoogste trede {TREDE[ROL[trede - 1]]} ({trede} van 6)"
    )


def _hoogste(rapport: Synthese, b: str, months: list[pd.Period]) -> int | None:
    """The highest rung a seat of ``b`` held in ``months``, of those the buurt takes part in; ``None`` without."""
    panel = rapport.panel
    rows = panel[
        (panel["buurt"] == b)
        & panel["in_proeftuin"].astype(bool)
        & panel["maand"].isin([month_text(m) for m in months])
    ]
    values = rows["tafel_hoogste_rol"].dropna()
    return int(values.max()) if len(values) else None


def seat_changes(rapport: Synthese, b: str) -> list[Event]:
    """The seats ``b`` gained or ended from its recognition month to the end of the window after it (within the
    period), in time order: what changed at the table once the platform was recognised."""
    month = rapport.erkenningen[b]
    _, na = windows(month)
    last = min(na[-1], rapport.last)
    return [x for x in events_between(rapport.data, b, month, last) if x.kind in ("tafel_begonnen", "tafel_gestopt")]


SECTIE = Sectie(render, kop="Voor en na de erkenning")
