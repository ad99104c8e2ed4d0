"""The network of a buurt over all months as a dynamic graph for Gephi and other tools.

Each node and edge carries the months it is part of the buurt's network N as
*spells* (start and end dates), so Gephi's timeline plays the network month
by month.  Tensions are added as edges flagged ``spanning`` (N itself leaves
them out).  Names follow the privacy rule of the buurt's own report.
"""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pandas as pd

from kit.atomic import write_text
from kit.data.months import dataset_months
from kit.privacy import display_names, public_ids
from .snapshot import network, snapshot, tensions


def _spells(months: list[pd.Period]) -> list[tuple[str, str]]:
    """Runs of consecutive months as ``(first day, last day)`` ISO dates."""
    spells = []
    for month in sorted(months):
        if spells and spells[-1][1] == month - 1:
            spells[-1][1] = month
        else:
            spells.append([month, month])
    return [(a.start_time.date().isoformat(), b.end_time.date().isoformat()) for a, b in spells]


def dynamic_network(dataset, buurt: str) -> nx.Graph:
    """The union of the buurt's monthly networks, with spells on every node and edge.

    Node attributes: ``label`` (privacy-safe name), ``soort``, ``herkomst``,
    ``lijn`` (absent where it is not known), ``functies`` (``;``-joined),
    ``platform`` (it was the buurt's platform in some month), ``start``,
    ``end`` and ``spells``; node keys are :func:`~kit.privacy.public_ids`.
    Edge attributes: ``soorten`` (``;``-joined relation types), ``spanning``
    and the same dates.
    """
    names = display_names(dataset, buurt)
    node_months: dict[str, list] = {}
    edge_months: dict[tuple, list] = {}
    edge_kinds: dict[tuple, set] = {}
    graph = nx.Graph()
    platforms = set()
    for month in dataset_months(dataset):
        snap = snapshot(dataset, buurt, month)
        platforms.add(snap.platform)
        month_graph = network(snap)
        for node, attributes in month_graph.nodes(data=True):
            node_months.setdefault(node, []).append(month)
            node_attributes = {"label": names[node], "soort": attributes["soort"], "herkomst": attributes["herkomst"]}
            if not pd.isna(attributes["lijn"]):
                node_attributes["lijn"] = int(attributes["lijn"])
            node_attributes["functies"] = ";".join(attributes["functies"])
            graph.add_node(node, **node_attributes)
        pairs = [(a, b, set(d["soorten"])) for a, b, d in month_graph.edges(data=True)]
        pairs += [(r.van, r.naar, {"spanning"}) for r in tensions(snap).itertuples()]
        for a, b, kinds in pairs:
            key = (min(a, b), max(a, b))
            if not edge_months.get(key) or edge_months[key][-1] != month:
                edge_months.setdefault(key, []).append(month)
            edge_kinds.setdefault(key, set()).update(kinds)
    for node, months in node_months.items():
        spells = _spells(months)
        graph.nodes[node].update(platform=node in platforms, start=spells[0][0], end=spells[-1][1], spells=spells)
    for (a, b), months in edge_months.items():
        spells = _spells(months)
        kinds = edge_kinds[(a, b)]
        graph.add_edge(
            a, b, soorten=";".join(sorted(kinds)), spanning="spanning" in kinds,
            start=spells[0][0], end=spells[-1][1], spells=spells,
        )
    return nx.relabel_nodes(graph, public_ids(dataset, buurt))


def write_network(dataset, buurt: str, path: Path, fmt: str = "gexf") -> None:
    """Write :func:`dynamic_network` as GEXF 1.2 (dynamic, with spells) or GraphML, atomically.

    GraphML has no spells; there ``spells`` is written as text
    (``start/end;start/end``) beside ``start`` and ``end``.
    """
    graph = dynamic_network(dataset, buurt)
    if fmt == "gexf":
        graph.graph["mode"] = "dynamic"
        graph.graph["timeformat"] = "date"
        for _, attributes in [*graph.nodes(data=True), *((None, d) for *_, d in graph.edges(data=True))]:
            del attributes["start"], attributes["end"]
        text = "\n".join(nx.generate_gexf(graph, version="1.2draft"))
    elif fmt == "graphml":
        for _, attributes in [*graph.nodes(data=True), *((None, d) for *_, d in graph.edges(data=True))]:
            attributes["spells"] = ";".join(f"{a}/{b}" for a, b in attributes["spells"])
        text = "\n".join(nx.generate_graphml(graph))
    else:
        raise ValueError(f"unknown format {fmt!r}")
    write_text(Path(path), text + "\n")
