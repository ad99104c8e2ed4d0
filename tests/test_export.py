"""The GEXF and GraphML exports keep the direction of relations and carry the agreed intensity.

On the Lindenhof example (months 2022-01 to 2024-04), read back with networkx:

- ``ruimte`` r6 runs from lh-bh to lh-plat only; ``informatie`` r8 from lh-plat to west only;
- ``samenwerking`` lh-plat/lh-wb (r4, r5) runs both ways; lh-plat reported 2, lh-wb 4, and where both
  sides gave their view the lower counts (both must stand behind it): intensity 2;
- the test adds ``samenwerking`` west-lh-plat (3, from 2024-01), so lh-plat -> west carries
  ``informatie;samenwerking`` and west -> lh-plat ``samenwerking``;
- the test ends r1 (lh-plat/lh-bc1, level 4) at 2023-12 and adds level 5 from 2024-01:
  the intensity runs 4 from 2022-01-01 to 2023-12-31, then 5 to 2024-04-30.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

import networkx as nx
import pytest
from helpers import replace_in

from kit.cli import main


@pytest.fixture
def exported(example, tmp_path):
    replace_in(
        example / "relaties.csv",
        "r1,lh-plat,lh-bc1,samenwerking,4,2022-01,,",
        "r1,lh-plat,lh-bc1,samenwerking,4,2022-01,2023-12,",
    )
    with open(example / "relaties.csv", "a", encoding="utf-8") as f:
        f.write("r11,lh-plat,lh-bc1,samenwerking,5,2024-01,,,interview,\n")
        f.write("r12,west,lh-plat,samenwerking,3,2024-01,,,interview,\n")
    paths = {}
    for fmt in ("gexf", "graphml"):
        paths[fmt] = tmp_path / f"lindenhof.{fmt}"
        assert main(["export", str(example), "--buurt", "lindenhof", "--format", fmt, "--out", str(paths[fmt])]) == 0
    return paths


@pytest.fixture(params=["gexf", "graphml"])
def graph(request, exported) -> nx.DiGraph:
    read = nx.read_gexf if request.param == "gexf" else nx.read_graphml
    return read(exported[request.param])


def test_directed_relations_keep_their_direction(graph):
    assert graph.is_directed()
    assert graph.edges["lh-bh", "lh-plat"]["soorten"] == "ruimte"
    assert not graph.has_edge("lh-plat", "lh-bh")
    assert graph.edges["west", "lh-wb"]["soorten"] == "financiering" and not graph.has_edge("lh-wb", "west")


def test_undirected_relations_run_both_ways_with_every_kind_per_direction(graph):
    assert graph.edges["lh-plat", "west"]["soorten"] == "informatie;samenwerking"
    assert graph.edges["west", "lh-plat"]["soorten"] == "samenwerking"
    assert graph.edges["lh-bh", "lh-wb"]["spanning"] is True and graph.edges["lh-wb", "lh-bh"]["spanning"] is True


def test_gexf_carries_the_agreed_intensity_month_by_month(exported):
    graph = nx.read_gexf(exported["gexf"])
    assert graph.edges["lh-plat", "lh-wb"]["intensiteit"] == [(2, "2023-06-01", "2024-04-30")]
    assert graph.edges["lh-wb", "lh-plat"]["intensiteit"] == [(2, "2023-06-01", "2024-04-30")]
    assert graph.edges["lh-plat", "lh-bc1"]["intensiteit"] == [
        (4, "2022-01-01", "2023-12-31"),
        (5, "2024-01-01", "2024-04-30"),
    ]
    assert graph.edges["lh-plat", "west"]["intensiteit"] == [(3, "2024-01-01", "2024-04-30")]
    assert "intensiteit" not in graph.edges["lh-bh", "lh-plat"]


def test_graphml_carries_the_latest_intensity_and_its_course(exported):
    graph = nx.read_graphml(exported["graphml"])
    assert graph.edges["lh-plat", "lh-wb"]["intensiteit"] == 2
    assert graph.edges["lh-bc1", "lh-plat"]["intensiteit"] == 5
    assert graph.edges["lh-bc1", "lh-plat"]["intensiteit_spells"] == "2022-01-01/2023-12-31=4;2024-01-01/2024-04-30=5"


def test_every_edge_has_the_weight_gephi_reads(exported):
    """GEXF's own ``weight`` attribute, and GraphML's ``weight`` key: the agreed intensity of the edge's last
    month with a samenwerking (lh-plat/lh-bc1: 4, then 5 from 2024-01), else 1."""
    ns = {"g": "http://www.gexf.net/1.2draft"}
    edges = ET.parse(exported["gexf"]).getroot().findall("g:graph/g:edges/g:edge", ns)
    weights = {(e.get("source"), e.get("target")): e.get("weight") for e in edges}
    assert None not in weights.values()
    graphml = nx.read_graphml(exported["graphml"])
    expected = {
        ("lh-plat", "lh-bc1"): 5,
        ("lh-bc1", "lh-plat"): 5,
        ("lh-plat", "lh-wb"): 2,
        ("lh-plat", "west"): 3,
        ("west", "lh-plat"): 3,
        ("lh-bh", "lh-plat"): 1,  # ruimte
        ("lh-bh", "lh-wb"): 1,  # spanning
    }
    for edge, weight in expected.items():
        assert float(weights[edge]) == weight, edge
        assert graphml.edges[edge]["weight"] == weight, edge
    assert {float(w) for w in weights.values()} <= {1, 2, 3, 4, 5}


def test_an_export_depends_on_the_data_only(exported):
    """GEXF's ``lastmodifieddate`` is the last day of the data (2024-04), not the day of writing."""
    meta = ET.parse(exported["gexf"]).getroot().find("{http://www.gexf.net/1.2draft}meta")
    assert meta.get("lastmodifieddate") == "2024-04-30"


def test_gexf_has_no_parallel_edges_gephi_would_merge(exported):
    """Gephi merges edges with the same source and target; each direction is one edge with unique id."""
    ns = {"g": "http://www.gexf.net/1.2draft"}
    graph_element = ET.parse(exported["gexf"]).getroot().find("g:graph", ns)
    assert graph_element.get("defaultedgetype") == "directed" and graph_element.get("mode") == "dynamic"
    edges = graph_element.findall("g:edges/g:edge", ns)
    assert len({(e.get("source"), e.get("target")) for e in edges}) == len(edges) == len({e.get("id") for e in edges})


@pytest.mark.parametrize("fmt", ["gexf", "graphml"])
def test_control_characters_in_a_name_leave_the_export_valid_xml(example, tmp_path, fmt):
    """XML 1.0 has no place for most control characters: one in a name made the whole file unreadable."""
    replace_in(example / "actoren.csv", "lh-bh,Buurthuis", "lh-bh,Buurt\x01huis\x0bDe\x1bLinde\x7f")
    out = tmp_path / f"lindenhof.{fmt}"
    assert main(["export", str(example), "--buurt", "lindenhof", "--format", fmt, "--out", str(out)]) == 0
    ET.parse(out)  # expat refuses every character XML 1.0 forbids
    graph = nx.read_gexf(out) if fmt == "gexf" else nx.read_graphml(out)
    assert graph.nodes["lh-bh"]["label"] == "Buurt\ufffdhuis De\ufffdLinde\ufffd De Kastanje"


def test_a_lone_surrogate_from_a_python_caller_leaves_the_export_valid_xml(example, tmp_path):
    from kit.analysis.export import write_network
    from kit.data.dataset import load

    data = load(example)
    data.actoren.loc[data.actoren["id"] == "lh-bh", "naam"] = "Buurthuis \ud800\ufffe"
    for fmt, read in (("gexf", nx.read_gexf), ("graphml", nx.read_graphml)):
        write_network(data, "lindenhof", tmp_path / f"n.{fmt}", fmt)
        ET.parse(tmp_path / f"n.{fmt}")
        assert read(tmp_path / f"n.{fmt}").nodes["lh-bh"]["label"] == "Buurthuis \ufffd\ufffd"
