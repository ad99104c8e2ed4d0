"""The network of a buurt over all months as a dynamic graph for Gephi and other tools.

Each node and edge carries the months it is part of the buurt's network as
*spells* (start and end dates), so Gephi's timeline plays the network month
by month.  The graph is directed and keeps the direction of the relations:
a directed kind (``informatie``, ``ondersteuning``, ``financiering``,
``ruimte``, ``werving``) runs from ``van`` to ``naar`` only; an undirected one
(``samenwerking``, ``spanning``) runs both ways, so in- and out-degrees and
reciprocity count it as the mutual tie it is.  One edge per direction holds
every kind that runs that way (Gephi would merge parallel edges).  Tensions
are included (N itself leaves them out).  Names follow the privacy rule of the
buurt's own report.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

import networkx as nx
import pandas as pd

from kit.atomic import write_text
from kit.data.contract import DIRECTED_RELATIONS
from kit.data.months import dataset_months
from kit.privacy import display_names, public_ids
from kit.safe_xml import xml_text

from .measures.infrastructure import agreed_intensities, collaboration_views
from .snapshot import network, snapshot

if TYPE_CHECKING:
    from kit.data.dataset import Dataset


def _spells(months: list[pd.Period]) -> list[tuple[str, str]]:
    """Runs of consecutive months as ``(first day, last day)`` ISO dates."""
    spells: list[list[pd.Period]] = []
    for month in sorted(months):
        if spells and spells[-1][1] == month - 1:
            spells[-1][1] = month
        else:
            spells.append([month, month])
    return [(a.start_time.date().isoformat(), b.end_time.date().isoformat()) for a, b in spells]


def _runs(values: list[tuple[pd.Period, int]]) -> list[tuple[int, str, str]]:
    """Runs of consecutive months with the same value as ``(value, first day, last day)``, for GEXF."""
    runs: list[list[Any]] = []
    for month, value in values:
        if runs and runs[-1][0] == value and runs[-1][2] == month - 1:
            runs[-1][2] = month
        else:
            runs.append([value, month, month])
    return [(value, a.start_time.date().isoformat(), b.end_time.date().isoformat()) for value, a, b in runs]


def dynamic_network(dataset: Dataset, buurt: str) -> nx.DiGraph:
    """The union of the buurt's monthly networks and tensions, with spells on every node and edge.

    Node attributes: ``label`` (privacy-safe name), ``soort``, ``herkomst``,
    ``lijn`` (absent where it is not known), ``functies`` (``;``-joined),
    ``platform`` (it was the buurt's platform in some month), ``start``,
    ``end`` and ``spells``; node keys are :func:`~kit.privacy.public_ids`.

    Edge ``u -> v`` exists in the months a relation runs from u to v (see the
    module docstring).  Attributes: ``soorten`` (``;``-joined kinds that ran
    that way in any month), ``spanning``, the same dates, and for a
    ``samenwerking`` the pair's agreed intensity ``intensiteit``
    (:func:`~kit.analysis.measures.infrastructure.agreed_intensity`, as the
    figures and the map use it) month by month, as ``(level, first day,
    last day)`` runs of equal levels.
    """
    names = display_names(dataset, buurt)
    node_months: dict[str, list[Any]] = {}
    edge_months: dict[tuple[str, str], list[Any]] = {}
    edge_kinds: dict[tuple[str, str], set[Any]] = {}
    intensities: dict[tuple[str, str], list[tuple[pd.Period, int]]] = {}
    graph = nx.DiGraph()
    platforms = set()
    for month in dataset_months(dataset):
        snap = snapshot(dataset, buurt, month)
        platforms.add(snap.platform)
        for node, attributes in network(snap).nodes(data=True):
            node_months.setdefault(node, []).append(month)
            node_attributes = {"label": names[node], "soort": attributes["soort"], "herkomst": attributes["herkomst"]}
            if not pd.isna(attributes["lijn"]):
                node_attributes["lijn"] = int(attributes["lijn"])
            node_attributes["functies"] = ";".join(attributes["functies"])
            graph.add_node(node, **node_attributes)
        relations = snap.relaties
        for van, naar, soort in zip(relations["van"], relations["naar"], relations["soort"], strict=True):
            for edge in [(van, naar)] if soort in DIRECTED_RELATIONS else [(van, naar), (naar, van)]:
                if not edge_months.get(edge) or edge_months[edge][-1] != month:
                    edge_months.setdefault(edge, []).append(month)
                edge_kinds.setdefault(edge, set()).add(soort)
        collaboration = relations[relations["soort"] == "samenwerking"]
        views = collaboration_views(
            zip(
                collaboration["van"],
                collaboration["naar"],
                collaboration["gemeld_door"],
                collaboration["intensiteit"],
                strict=True,
            )
        )
        for pair, level in agreed_intensities(views).items():
            intensities.setdefault(pair, []).append((month, level))
    for node, months in node_months.items():
        spells = _spells(months)
        graph.nodes[node].update(platform=node in platforms, start=spells[0][0], end=spells[-1][1], spells=spells)
    for (a, b), months in edge_months.items():
        spells = _spells(months)
        kinds = edge_kinds[(a, b)]
        graph.add_edge(
            a,
            b,
            soorten=";".join(sorted(kinds)),
            spanning="spanning" in kinds,
            start=spells[0][0],
            end=spells[-1][1],
            spells=spells,
        )
        if "samenwerking" in kinds:
            graph.edges[a, b]["intensiteit"] = _runs(intensities[(min(a, b), max(a, b))])
    return nx.relabel_nodes(graph, public_ids(dataset, buurt))


def write_network(dataset: Dataset, buurt: str, path: Path, fmt: str = "gexf") -> None:
    """Write :func:`dynamic_network` as GEXF 1.2 (dynamic, with spells) or GraphML, atomically.

    Both are directed graphs, and the same data give the same bytes: GEXF's
    ``lastmodifieddate`` is the last day of the dataset's months, not the day
    of writing.  GEXF keeps ``intensiteit`` as a dynamic
    attribute, so Gephi's timeline shows the level of each month.  GraphML
    has no spells: there ``spells`` is written as text (``start/end;start/end``)
    beside ``start`` and ``end``, ``intensiteit`` is the level of the edge's
    last month and ``intensiteit_spells`` the whole course as text
    (``start/end=level;start/end=level``).

    Every text attribute passes :func:`kit.safe_xml.xml_text`: a control
    character in a name would make the file invalid XML, which Gephi does
    not open.  (Node keys are public ids, codes of ASCII letters and digits.)
    """
    graph = dynamic_network(dataset, buurt)
    edges = [d for *_, d in graph.edges(data=True)]
    for _, attributes in [*graph.nodes(data=True), *((None, d) for d in edges)]:
        attributes.update({key: xml_text(value) for key, value in attributes.items() if isinstance(value, str)})
    if fmt == "gexf":
        graph.graph["mode"] = "dynamic"
        graph.graph["timeformat"] = "date"
        for _, attributes in [*graph.nodes(data=True), *((None, d) for d in edges)]:
            del attributes["start"], attributes["end"]
        text = "\n".join(nx.generate_gexf(graph, version="1.2draft"))
        months = dataset_months(dataset)
        if months:
            last_day = months[-1].end_time.date().isoformat()
            text = re.sub(r'(<meta lastmodifieddate=")[^"]*"', rf'\g<1>{last_day}"', text, count=1)
    elif fmt == "graphml":
        for _, attributes in [*graph.nodes(data=True), *((None, d) for d in edges)]:
            attributes["spells"] = ";".join(f"{a}/{b}" for a, b in attributes["spells"])
        for attributes in edges:
            if runs := attributes.pop("intensiteit", None):
                attributes["intensiteit"] = runs[-1][0]
                attributes["intensiteit_spells"] = ";".join(f"{a}/{b}={level}" for level, a, b in runs)
        text = "\n".join(nx.generate_graphml(graph))
    else:
        raise ValueError(f"unknown format {fmt!r}")
    write_text(Path(path), text + "\n")
