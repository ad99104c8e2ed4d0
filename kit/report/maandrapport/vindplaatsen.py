"""Vindplaatsen: residents' groups where professionals recruit and bring nothing back (the figure ``vindplaats``).

Each with who recruits there.  They are groups; a person would be named as
the report names persons.
"""

from __future__ import annotations

from kit.report.html import Html, e, lijst
from kit.report.maandrapport.rapport import Maandrapport
from kit.report.sectie import BIJLAGE, Sectie
from kit.report.words import meervoud


def render(rapport: Maandrapport) -> Html:
    """Each residents' group where professionals recruit and bring nothing back, with who recruits."""
    places = rapport.figuren["vindplaats"]
    intro = (
        "<p>Een <strong>vindplaats</strong> is een groep bewoners waar professionals mensen komen werven "
        "(deelnemers, vrijwilligers, ouders), terwijl niemand er steun, geld of een ruimte terugbrengt. "
        "Ophalen zonder terugbrengen put zo'n groep uit.</p>"
    )
    if not places:
        return Html(intro + "<p>Deze maand is er geen vindplaats in de buurt.</p>")
    lijn = rapport.lijnen
    rel = rapport.snap.relaties
    items = []
    for place in places:
        werving = rel[(rel["naar"] == place) & (rel["soort"] == "werving")]
        wervers = sorted({van for van in werving["van"] if lijn.get(van, 0) >= 1}, key=rapport.naam_van)
        werven = "werft" if len(wervers) == 1 else "werven"
        items.append(
            f"<strong>{e(rapport.naam_van(place))}</strong>: hier {werven} {e(rapport.namen(wervers))}, "
            "en niemand brengt er steun, geld of een ruimte."
        )
    return Html(
        intro + f"<p>Deze maand {'is' if len(places) == 1 else 'zijn'} er "
        f"{meervoud(len(places), 'vindplaats', 'vindplaatsen')}:</p>"
        + lijst(items)
        + "<p>Wat kunnen zij teruggeven: een ruimte, een bijdrage, terugkoppeling van wat ze ophaalden?</p>"
    )


SECTIE = Sectie(render, deel=BIJLAGE, kop="Vindplaatsen")
