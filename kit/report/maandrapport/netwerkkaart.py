"""De netwerkkaart: the month's network drawn with stable positions, and in words how to read it.

The map is drawn by :mod:`kit.report.network_map` at the places
:mod:`kit.report.layout` gives every actor for all months at once, so that two
maps side by side show what changed.
"""

from __future__ import annotations

from dataclasses import replace

from kit.analysis.changes import changes
from kit.report import layout, network_map
from kit.report.charts import Figuur
from kit.report.html import Html, samen
from kit.report.maandrapport.parallel import paren
from kit.report.maandrapport.rapport import Maandrapport
from kit.report.sectie import Sectie
from kit.report.words import maand_lang


def render(rapport: Maandrapport) -> Html:
    """The map, then how to read it."""
    return samen(kaart(rapport), uitleg(rapport))


def lijnen(rapport: Maandrapport) -> dict[str, list[tuple[str, str]]]:
    """The pairs the map draws with a line of their own kind: ``spanningen`` (tensions), ``parallel`` (parallel
    infrastructures) and ``dubbel`` (duplicated functions that are no parallel infrastructure).  The map draws
    them and its reading explains the kinds it shows, from this one place."""
    f = rapport.figuren
    relaties = rapport.snap.relaties
    spanning = relaties[relaties["soort"] == "spanning"]
    parallel = paren(f["parallelle_infrastructuren"])
    return {
        "spanningen": list(zip(spanning["van"], spanning["naar"], strict=True)),
        "parallel": parallel,
        "dubbel": [p for p in paren(f["dubbele_functies"]) if p not in parallel],
    }


def kaart(rapport: Maandrapport) -> Figuur:
    """The network map with stable positions, caption and alternative text."""
    pos = layout.positions(rapport.data, rapport.buurt, rapport.month)
    grenzen = layout.extent(rapport.data, rapport.buurt)
    nieuw = set()
    if rapport.month > rapport.start:
        nieuw = set(changes(rapport.data, rapport.buurt, rapport.month)["actoren_begonnen"]["id"])
    fig = network_map.netwerkkaart(
        rapport.graaf,
        pos,
        rapport.names,
        platform=rapport.snap.platform,
        **lijnen(rapport),
        intensiteit=rapport.samenwerking,
        nieuw=nieuw,
        grenzen=grenzen,
    )
    actoren = rapport.snap.actoren
    grijs = ", grijs = lijn onbekend" if actoren["lijn"].isna().any() else ""
    driehoek = ", driehoek = onbekend wie het opzette" if (actoren["herkomst"] == "onbekend").any() else ""
    caption = (
        f"Netwerkkaart van {rapport.naam}, {maand_lang(rapport.month)}. Elke stip is een actor; een lijn "
        "betekent dat ze samenwerken of contact hebben. Kleur: bewoners (groen), professionals in de "
        f"buurt (blauw), beleid en instellingen (paars){grijs}. Vorm: rond = opgezet door bewoners, "
        f"vierkant = opgezet door een instelling, ruit = gemengd{driehoek}. Iedere actor houdt maand na "
        "maand dezelfde plek."
    )
    return replace(fig, bijschrift=caption)


def uitleg(rapport: Maandrapport) -> str:
    """Reading the map: the platform, and the kinds of line this month's map shows (a reader is not told about
    lines that are not there); who joined or left this month is said in "Deze maand"."""
    g = rapport.graaf
    platform = rapport.snap.platform
    getekend = lijnen(rapport)
    zinnen = ["Het buurtplatform is de stip met de gele rand."]
    if getekend["spanningen"]:
        zinnen.append("Rode stippellijnen zijn spanningen.")
    if getekend["parallel"]:
        zinnen.append(
            "Een dikke oranje stippellijn met een oranje ring om beide actoren is een parallelle infrastructuur: een "
            "partij van bovenaf (ook een stadsdeel of de gemeente) doet hetzelfde coördinerende werk als een partij "
            "uit de buurt, zonder samen te werken."
        )
    if platform is not None and platform in g:
        zinnen.append(
            f"Het platform heeft deze maand rechtstreeks contact met {g.degree(platform)} van de "
            f"{g.number_of_nodes() - 1} andere actoren op de kaart."
        )
    return f"<p>{' '.join(zinnen)}</p>"


SECTIE = Sectie(
    render,
    kop="De netwerkkaart",
    inleiding="Wie werkt met wie samen in en rond de buurt? De kaart hieronder laat het zien.",
)
