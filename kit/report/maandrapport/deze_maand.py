"""Deze maand: what happened in the buurt this month, in words, each dated, from every register.

The events are :func:`kit.analysis.events.events` — the ones the intervision
sheet and the synthesis read — worded by :mod:`kit.report.gebeurtenissen`
with the report's names: a refusal or a request closed without an answer is
a line of its own naming the institution; a result recorded now but achieved
earlier says so; an action that failed on an institution says what the
institution did (verdict rule 6).  Registers the buurt does not keep are
named once, in one line, and a month without events says so and how fresh
each register is (the figure ``vastgelegd``), so that nothing not recorded
reads as "nothing happened".  Before the buurt takes part its events are
shown all the same.
"""

from __future__ import annotations

from kit.analysis.events import Event
from kit.analysis.registers import NAMEN, not_kept, recorded
from kit.report.gebeurtenissen import regel
from kit.report.html import Html, e, lijst
from kit.report.maandrapport.rapport import Maandrapport
from kit.report.sectie import Sectie
from kit.report.words import hoofdletter, maand_lang, opsomming

#: The groups of "Deze maand", in order: a heading and the event families (the kinds' prefix) it holds.
GROEPEN = (
    ("Erkenning", ("erkenning",)),
    ("Bereikt", ("resultaat",)),
    ("Verzoeken aan instellingen", ("verzoek", "toezegging")),
    ("Acties", ("actie",)),
    ("Dubbel werk en spanning", ("parallel", "spanning")),
    ("Het netwerk", ("actor", "relatie", "steun")),
)
#: The most lines a group shows; the rest are counted and stand in the appendix.  A refusal and a request closed
#: without an answer are always shown (:data:`ALTIJD`).
HOOGSTENS = 6
#: The kinds a brief never leaves out.
ALTIJD = ("verzoek_afgewezen", "verzoek_zonder_reactie")


def render(rapport: Maandrapport) -> Html:
    """The month's events by group, the registers not kept, and for a month without events how fresh the data are."""
    parts = []
    for kop, families in GROEPEN:
        found = [ev for ev in rapport.gebeurtenissen if ev.kind.split("_")[0] in families]
        if found:
            parts.append(f'<p class="groep"><strong>{e(kop)}</strong></p>' + regels(rapport, found))
    if not parts:
        parts.append(f"<p>{e(geen_gebeurtenissen(rapport))}</p>")
    niet = not_kept(rapport.bijgehouden)
    if niet:
        parts.append(
            f'<p class="niet-vastgelegd">Niet vastgelegd voor deze buurt: {e(opsomming(NAMEN[r] for r in niet))}.</p>'
        )
    return Html("".join(parts))


def regels(rapport: Maandrapport, found: list[Event]) -> str:
    """The events as a list of dated lines, at most :data:`HOOGSTENS` but every one of :data:`ALTIJD`."""
    shown = [ev for ev in found if ev.kind in ALTIJD]
    shown += [ev for ev in found if ev.kind not in ALTIJD][: max(HOOGSTENS - len(shown), 0)]
    items = [e(hoofdletter(regel(ev, rapport.woorden))) for ev in found if ev in shown]
    rest = len(found) - len(shown)
    if rest:
        items.append(e(f"En nog {rest} andere: zie de bijlage."))
    return lijst(items)


def geen_gebeurtenissen(rapport: Maandrapport) -> str:
    """A month without events: that nothing was recorded as happening, and the last month each register names."""
    fresh = [
        f"{NAMEN[register]} in {maand_lang(last)}"
        for register, last in recorded(rapport.data, rapport.buurt, rapport.month).items()
        if last is not None and rapport.bijgehouden.get(register, True)
    ]
    zin = f"In {maand_lang(rapport.month)} is er voor deze buurt niets vastgelegd dat gebeurde."
    if fresh:
        zin += f" Het laatst bijgewerkt: {opsomming(fresh)}."
    else:
        zin += " Er staat nog geen datum tot en met deze maand in de gegevens van de buurt."
    return hoofdletter(zin)


SECTIE = Sectie(render, kop="Deze maand", altijd=True)
