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

A group shows at most :data:`.grenzen.GEBEURTENISSEN` events and the section
at most :data:`.grenzen.DEZE_MAAND` lines, the groups in their order (the
network's comings and goings, last, are on the map too): every refusal and
request closed without an answer, then by :data:`kit.report.ruimte.VOORRANG`,
in the order of the day; the rest is counted in a sentence and listed in the
appendix (:func:`alles`).
"""

from __future__ import annotations

from kit.analysis.events import Event
from kit.analysis.registers import NAMEN, not_kept, recorded
from kit.report.gebeurtenissen import regel
from kit.report.html import Html, e, lijst
from kit.report.maandrapport.grenzen import DEZE_MAAND, GEBEURTENISSEN
from kit.report.maandrapport.rapport import Maandrapport
from kit.report.ruimte import altijd, kies, voorrang
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


def render(rapport: Maandrapport) -> Html:
    """The month's events by group, the registers not kept, and for a month without events how fresh the data are."""
    found = groepen(rapport)
    parts = [
        _groep(kop, regels(rapport, events, shown)) for (kop, events), shown in zip(found, getoond(found), strict=True)
    ]
    if not parts:
        parts.append(f"<p>{e(geen_gebeurtenissen(rapport))}</p>")
    niet = not_kept(rapport.bijgehouden)
    if niet:
        parts.append(
            f'<p class="niet-vastgelegd">Niet vastgelegd voor deze buurt: {e(opsomming(NAMEN[r] for r in niet))}.</p>'
        )
    return Html("".join(parts))


def groepen(rapport: Maandrapport) -> list[tuple[str, list[Event]]]:
    """The groups of :data:`GROEPEN` that hold an event this month, each with its events in their order."""
    found = [
        (kop, [ev for ev in rapport.gebeurtenissen if ev.kind.split("_")[0] in families]) for kop, families in GROEPEN
    ]
    return [(kop, events) for kop, events in found if events]


def getoond(found: list[tuple[str, list[Event]]]) -> list[list[Event]]:
    """The events of each group the brief shows: every refusal and request closed without an answer, then by
    :data:`~kit.report.ruimte.VOORRANG`, at most :data:`~.grenzen.GEBEURTENISSEN` of a group and while the section
    has room (:data:`~.grenzen.DEZE_MAAND` lines together, refusals included), the groups in their order."""
    room = DEZE_MAAND
    shown = []
    for _, events in found:
        shown.append(kies(events, min(GEBEURTENISSEN.hoogstens, max(room, 0)), altijd, voorrang))
        room -= len(shown[-1])
    return shown


def regels(rapport: Maandrapport, found: list[Event], shown: list[Event]) -> str:
    """The events ``shown`` of a group as a list of dated lines, and the sentence counting the rest of ``found``."""
    items = [e(hoofdletter(regel(ev, rapport.woorden))) for ev in shown]
    rest = GEBEURTENISSEN.en_nog(len(found) - len(shown), nog=bool(shown))
    return lijst([*items, e(rest)] if rest else items)


def weggelaten(rapport: Maandrapport) -> int:
    """How many events the brief leaves out (they stand in the appendix, :func:`alles`)."""
    found = groepen(rapport)
    return sum(len(events) - len(shown) for (_, events), shown in zip(found, getoond(found), strict=True))


def alles(rapport: Maandrapport) -> Html:
    """Every event of the month by group, none left out: the appendix's list."""
    return Html("".join(_groep(kop, regels(rapport, events, events)) for kop, events in groepen(rapport)))


def _groep(kop: str, regels: str) -> str:
    return f'<p class="groep"><strong>{e(kop)}</strong></p>' + regels


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
