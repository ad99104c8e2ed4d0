"""Voor en na de erkenning: per buurt recognised in the period, questions with their numbers, never a verdict.

Verdict rule 4 (``docs/reports.md``, "Verdicts"; :func:`kit.report.verdicts.before_after`):
a figure is compared only where both windows hold data (months the buurt
takes part in, with a value), and written as a question with the means and
their months (:func:`kit.report.verdicts.before_after_question`), never as
a list of what was "gunstiger".  The questions are those of
:data:`kit.report.verdicts.QUESTIONS`: what a member of the
stadsdeelcommissie deciding on recognition asks.
"""

from __future__ import annotations

from kit.analysis.period import AFTER, BEFORE, windows
from kit.data.months import month_text
from kit.dutch import telwoord
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
    if not found:
        return kop + "<p>Voor geen van deze vragen zijn er aan beide kanten gegevens.</p>"
    return kop + lijst(e(before_after_question(f)) for f in found)


SECTIE = Sectie(render, kop="Voor en na de erkenning")
