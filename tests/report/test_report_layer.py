"""The report layer's one shape: a context, sections of one module each, a notebook cell per part, one stylesheet.

Every section of the three reports is shown by :meth:`kit.report.sectie.Secties.toon` inside
``<section class="<report> deel-<part>">`` under its own heading; the notebooks show each section once, in
order, a cell for each run of sections of one part, and nothing else; no section writes a style, and every
colour of the stylesheet is named once.
"""

from __future__ import annotations

import ast
import itertools
import json
import re
from types import ModuleType

import pytest
from helpers import ROOT, show

from kit.render.index import render_index
from kit.render.page import stylesheet
from kit.report import maandrapport, overzicht, synthese
from kit.report.html import Html
from kit.report.sectie import DELEN, HOOFD, Sectie, Secties

NOTEBOOKS = ROOT / "kit" / "render" / "notebooks"
REPORTS = {"maandrapport": maandrapport, "overzicht": overzicht, "synthese": synthese}


@pytest.fixture(scope="module")
def reports(demo):
    return {
        "maandrapport": maandrapport.Maandrapport(demo, "zilverdistel", "2025-12"),
        "overzicht": overzicht.Overzicht(demo, "2025-12"),
        "synthese": synthese.Synthese(demo, "2025-01", "2025-12"),
    }


@pytest.mark.parametrize("name", REPORTS)
def test_the_notebook_shows_every_section_once_in_order_and_nothing_else(name):
    """After the parameters and the cell that makes the context, one cell per run of sections of one part:
    ``toon(context, "name", …)``, so that the kernel runs few cells (each costs about 10 ms)."""
    cells = json.loads((NOTEBOOKS / f"{name}.ipynb").read_text(encoding="utf-8"))["cells"]
    assert all(cell["cell_type"] == "code" for cell in cells), "headings come from the sections, not from markdown"
    setup = "".join(cells[1]["source"])
    [variable] = re.findall(r"^(\w+) = \w+\(", setup, re.M)
    shown = []
    for cell in cells[2:]:
        [call] = ast.parse("".join(cell["source"])).body
        assert isinstance(call, ast.Expr) and isinstance(call.value, ast.Call), ast.unparse(call)
        assert ast.unparse(call.value.func) == "toon" and ast.unparse(call.value.args[0]) == variable
        assert all(isinstance(a, ast.Constant) and isinstance(a.value, str) for a in call.value.args[1:])
        shown.append([a.value for a in call.value.args[1:]])
    sections = REPORTS[name].SECTIES
    assert [n for names in shown for n in names] == list(sections)
    parts = [{sections[n].deel for n in names} for names in shown]
    assert all(len(p) == 1 for p in parts), shown  # a cell shows one part
    assert all(a != b for a, b in itertools.pairwise(parts)), shown  # and all of its sections that follow each other


@pytest.mark.parametrize("name", REPORTS)
def test_each_section_is_a_module_with_its_declaration(name):
    """A section is named after its module, which declares it once; its heading is in no other place."""
    package = REPORTS[name]
    for section in package.SECTIES:
        declared = package.SECTIES[section]
        assert isinstance(declared, Sectie) and declared.deel in DELEN, section
        assert declared.render.__name__ == "render", section
        assert declared.render.__module__.rpartition(".")[2] == section, section


def test_a_section_is_shown_in_its_part_under_its_heading_and_introduction():
    """The wrapper, the heading and the introduction are :meth:`Secties.toon`'s, the rest ``render``'s."""

    class Leeg:
        def niets_te_tonen(self):
            return None

    module = ModuleType("kit.report.proef.voorbeeld")
    module.SECTIE = Sectie(  # type: ignore[attr-defined]
        lambda rapport: Html("<p>inhoud</p>"), kop="Kop & zo", inleiding="Een <zin>.", groep="Groep", niveau=3
    )

    tweede = ModuleType("kit.report.proef.tweede")
    tweede.SECTIE = Sectie(lambda rapport: Html("<p>meer</p>"), kop="Twee", deel="bijlage")  # type: ignore[attr-defined]

    secties = Secties("proef", module, tweede)
    assert list(secties) == ["voorbeeld", "tweede"]
    voorbeeld = (
        f'<section class="proef deel-{HOOFD}" id="voorbeeld"><h2>Groep</h2><h3>Kop &amp; zo</h3>'
        "<p>Een &lt;zin&gt;.</p><p>inhoud</p></section>"
    )
    assert str(secties.toon(Leeg(), "voorbeeld")) == voorbeeld
    # several sections in one call (one notebook cell): each as alone, in the order asked
    twee = '<section class="proef deel-bijlage" id="tweede"><h2>Twee</h2><p>meer</p></section>'
    assert str(secties.toon(Leeg(), "tweede", "voorbeeld")) == twee + "\n" + voorbeeld


def test_a_report_with_nothing_to_show_says_why_once(demo):
    """Before the buurt takes part the brief says what the data hold and that the buurt does not take part yet;
    the appendix says once why it has no figures and leaves its sections out, instead of one line per section
    ("Niets te tonen" 21 times)."""
    report = maandrapport.Maandrapport(demo, "zonnedauw", "2025-01")
    shown = {name: str(show(report, name)) for name in maandrapport.SECTIES}
    everything_shown = "".join(shown.values())
    assert "Niets te tonen" not in everything_shown
    assert everything_shown.count("doet in januari 2025 nog niet mee") == 2  # the title and the appendix's opening
    assert "nog niet mee" in shown["titel"] and "Geen cijfers deze maand" in shown["bijlage"]
    for name in ("deze_maand", "openstaat", "schuurt", "bespreken", "rest", "colofon"):
        assert shown[name], name
    # no network of the buurt in the data yet: no claim that it has no parallel infrastructure or tension
    assert "geen parallelle infrastructuur" not in shown["schuurt"] and "nog niet vastgelegd" in shown["schuurt"]
    for name in ("netwerkkaart", "patronen", "maatlat", "positie"):
        assert shown[name] == "", name


@pytest.mark.slow
def test_no_section_writes_a_style(reports):
    """The look is the stylesheet's: no ``<style>``, no ``style=`` attribute in any section of the three reports.

    A chart is an image of its own (a ``data:`` URI): matplotlib's SVG of the map keeps its own ``<style>``.
    """
    for name, report in reports.items():
        html = "".join(show(report, section) for section in REPORTS[name].SECTIES)
        assert "<style" not in html, name
        assert not re.search(r"<[a-z]+ [^>]*\bstyle=", html), name


def test_every_colour_of_the_stylesheet_is_named_once():
    """Colours are custom properties of ``:root``, each value once; every rule uses their names."""
    css = re.sub(r"/\*.*?\*/", "", stylesheet(), flags=re.S)
    root = re.search(r":root\s*\{(.*?)\}", css, re.S)
    assert root, "rapport.css names its colours in :root"
    values = re.findall(r"--[\w-]+:\s*(#[0-9a-fA-F]{3,6})\s*;", root[1])
    assert values and len(values) == len({v.lower() for v in values}), "a colour named twice"
    rest = css[: root.start()] + css[root.end() :]
    assert not re.findall(r"#[0-9a-fA-F]{3,6}\b", rest), "a colour written outside :root"
    used = set(re.findall(r"var\((--[\w-]+)\)", rest))
    named = set(re.findall(r"(--[\w-]+):", root[1]))
    assert used <= named and named <= used, (used - named, named - used)


def test_the_index_uses_the_stylesheet():
    page = render_index({})
    assert stylesheet() in page and '<body class="index">' in page
    assert not re.search(r"#[0-9a-fA-F]{6}", page.replace(stylesheet(), ""))
