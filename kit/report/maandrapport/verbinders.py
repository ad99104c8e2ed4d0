"""Wie verbindt de buurt: the actors besides the platform through whom the network holds together.

The connectors are the figure ``verbinders`` (betweenness and Burt's
effective size, :mod:`kit.analysis.measures.connectors`).  What a connector
means for the buurt is said by what would happen without it: the part of
the network it belongs to, taken apart without it (:func:`zonder`).  Persons
are named as the report names them (a pseudonym without consent).
"""

from __future__ import annotations

import networkx as nx

from kit.dutch import getal, procent
from kit.report.html import Html, e, lijst
from kit.report.maandrapport.rapport import Maandrapport
from kit.report.sectie import BIJLAGE, Sectie
from kit.report.words import meervoud

#: How many actors a sentence names on each side of a split; the rest are counted.
NOEMEN = 3


def zonder(graph: nx.Graph, actor) -> list[set]:
    """The parts that ``actor``'s connected part of ``graph`` falls into without it, largest first.

    One part: the others stay connected by another way.  Two or more:
    ``actor`` is the only link between them (an articulation point).  Ties
    in size are ordered by their smallest node, so the result does not
    depend on the order of the rows.

    >>> g = nx.Graph([("a", "x"), ("b", "x"), ("x", "c"), ("c", "d")])
    >>> [sorted(part) for part in zonder(g, "x")]
    [['c', 'd'], ['a'], ['b']]
    """
    part = nx.node_connected_component(graph, actor) - {actor}
    parts = list(nx.connected_components(graph.subgraph(part)))
    return sorted(parts, key=lambda p: (-len(p), min(map(str, p))))


def render(rapport: Maandrapport) -> Html:
    """Each connector besides the platform in words, and who would lose touch without it."""
    f = rapport.figuren
    graph = rapport.graaf
    platform = rapport.snap.platform
    parts = [
        "<p>Een <strong>verbinder</strong> is een actor via wie anderen elkaar bereiken. Valt een verbinder "
        "weg, dan kunnen delen van de buurt elkaar kwijtraken: het zijn de plekken om zuinig op te zijn, en om "
        "niet alles op te laten rusten. Per verbinder: welk deel van de kortste wegen tussen twee andere actoren "
        "via hem, haar of hen loopt; met hoeveel actoren er direct contact is; en de <em>effectieve omvang</em>, "
        "het aantal van die contacten dat elkaar niet al kent (hoe dichter bij het aantal contacten, hoe meer "
        "werelden de verbinder samenbrengt).</p>"
    ]
    eigen = [c for c in f["verbinders"] if c["actor"] == platform]
    anderen = [c for c in f["verbinders"] if c["actor"] != platform]
    if eigen:
        rol = "de grootste verbinder" if f["verbinders"][0]["actor"] == platform else "ook een verbinder"
        parts.append(
            f"<p>Het platform zelf is {rol}: {e(_maat(graph, eigen[0]))}. "
            f"{e(_zonder_zin(rapport, graph, platform))}</p>"
        )
    if not anderen:
        parts.append(
            "<p>Naast het platform is er deze maand geen verbinder: geen andere actor ligt op een kortste "
            "weg tussen twee anderen.</p>"
        )
        return Html("".join(parts))
    parts.append(
        f"<p>Naast het platform houden deze {meervoud(len(anderen), 'actor', 'actoren')} de buurt bij elkaar:</p>"
    )
    parts.append(
        lijst(
            f"<strong>{e(rapport.naam_van(c['actor']))}</strong>: {e(_maat(graph, c))}. "
            f"{e(_zonder_zin(rapport, graph, c['actor']))}"
            for c in anderen
        )
    )
    return Html("".join(parts))


def _maat(graph: nx.Graph, connector: dict) -> str:
    """``12% van de kortste wegen, 4 contacten, effectieve omvang 3,5``."""
    contacten = graph.degree(connector["actor"])
    return (
        f"{procent(connector['betweenness'])} van de kortste wegen, {meervoud(contacten, 'contact', 'contacten')}, "
        f"effectieve omvang {getal(connector['effectieve_omvang'], 1)}"
    )


def _zonder_zin(rapport: Maandrapport, graph: nx.Graph, actor) -> str:
    """What happens without ``actor``: who is cut off from whom, a few named on each side."""
    naam = rapport.naam_van(actor)
    parts = zonder(graph, actor)
    if len(parts) <= 1:
        return f"Zonder {naam} blijven de anderen verbonden, via een langere weg."
    platform = rapport.snap.platform
    rest = next((p for p in parts if platform in p), parts[0])
    los = set().union(*(p for p in parts if p is not rest))
    uiteen = f"; dit deel van het netwerk valt dan in {len(parts)} losse stukken uiteen" if len(parts) > 2 else ""
    return (
        f"Zonder {naam} {'is' if len(los) == 1 else 'zijn'} {_noem(rapport, graph, los)} niet meer verbonden "
        f"met {_noem(rapport, graph, rest, voorop=platform)}{uiteen}."
    )


def _noem(rapport: Maandrapport, graph: nx.Graph, actors: set, voorop=None) -> str:
    """A few of ``actors`` by name, the best connected first (``voorop`` before all), the rest counted."""
    order = sorted(actors, key=lambda a: (a != voorop, -graph.degree(a), str(a)))
    return rapport.namen(order, NOEMEN)


SECTIE = Sectie(render, deel=BIJLAGE, kop="Wie verbindt de buurt")
