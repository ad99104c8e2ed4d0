"""De verbindingskaart: which kinds of actor in the buurt do things together, give or get, and recruit.

The figure ``verbindingskaart`` (:mod:`kit.analysis.measures.connection_map`)
is drawn as a small HTML table, shaded by count (a table is read aloud cell
by cell and tagged in the PDF; no picture needed).  An empty cell is an
opportunity, named below it; a kind of actor the buurt's network does not
hold at all this month is named as such (is it missing, or not yet in view?).
"""

from __future__ import annotations

from kit.analysis.measures.connection_map import FUNCTIONS, TYPES, actor_type
from kit.report.html import Html, e, lijst, tabel
from kit.report.kengetallen import VERBINDINGSFUNCTIE_TEKST, VERBINDINGSTYPE_TEKST
from kit.report.maandrapport.rapport import Maandrapport
from kit.report.sectie import BIJLAGE, Sectie
from kit.report.words import opsomming

#: Upper bounds of the shades of a cell (class ``vk1`` … ``vk4``); 0 is ``vk0``.
TINTEN = (2, 5, 10)


def tint(n: int) -> str:
    """The shade class of a cell with ``n`` relations: ``vk0`` for none, darker for more.

    >>> [tint(n) for n in (0, 1, 3, 8, 40)]
    ['vk0', 'vk1', 'vk2', 'vk3', 'vk4']
    """
    if n <= 0:
        return "vk0"
    return f"vk{1 + sum(n > bound for bound in TINTEN)}"


def render(rapport: Maandrapport) -> Html:
    """The 6 × 3 table of the month's relations, and its empty cells as opportunities."""
    cells = rapport.figuren["verbindingskaart"]
    present = {actor_type(soort) for soort in rapport.snap.own_actors["soort"]}
    rows = [
        [f"<strong>{e(VERBINDINGSTYPE_TEKST[kind])}</strong>"]
        + [f'<span class="{tint(cells[kind][function])}">{cells[kind][function]}</span>' for function in FUNCTIONS]
        for kind in TYPES
    ]
    parts = [
        "<p>Welke soorten actoren uit de buurt doen samen iets (<em>samen doen</em>), geven of krijgen steun, "
        "geld of een ruimte (<em>steun, geld of ruimte</em>), en werven mensen of worden om mensen gevraagd "
        "(<em>mensen werven</em>)? Elk vak telt de relaties van deze maand met minstens één actor van die soort "
        "uit de buurt; hoe donkerder, hoe meer. Een leeg vak is een kans.</p>",
        tabel(["Soort actor", *VERBINDINGSFUNCTIE_TEKST.values()], rows, getallen={1, 2, 3}, klasse="verbindingskaart"),
    ]
    kansen = []
    for kind in TYPES:
        leeg = [VERBINDINGSFUNCTIE_TEKST[function].lower() for function in FUNCTIONS if not cells[kind][function]]
        if kind not in present:
            kansen.append(
                f"<strong>{e(VERBINDINGSTYPE_TEKST[kind])}</strong>: deze maand staat er geen in het "
                "netwerk van de buurt. Zijn ze er niet, of nog niet in beeld?"
            )
        elif leeg:
            kansen.append(
                f"<strong>{e(VERBINDINGSTYPE_TEKST[kind])}</strong>: nog niets bij "
                f"{e(opsomming(f'‘{x}’' for x in leeg))}."
            )
    if kansen:
        parts.append("<p><strong>Kansen</strong>, de lege vakken:</p>" + lijst(kansen))
    else:
        parts.append("<p>Geen enkel vak is leeg: elke soort actor doet samen iets, geeft of krijgt, en werft.</p>")
    return Html("".join(parts))


SECTIE = Sectie(render, deel=BIJLAGE, kop="De verbindingskaart")
