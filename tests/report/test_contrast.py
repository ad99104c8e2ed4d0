"""Every text colour of the reports meets WCAG 2.x level AA contrast against its background; no browser needed.

The stylesheet names each colour once in ``:root``; every rule that sets a
text colour is checked against its own background, or, where it sets none,
against the page (white) and every box with a background that holds running
text (``.let-op``, ``.fictief-melding``, ``.voorbehoud``…).  A rule that sets
a background without a text colour shows the page's text colour on it.  The
verbindingskaart's cells (``.vk0``–``.vk4``) hold only their number, in the
cell's own colour: they are checked as pairs, not as surfaces for other text.

Large text (WCAG: at least 18 pt, or 14 pt bold) would need only 3:1; a rule
counts as large only when it sets such a size itself.  No rule of the kit
relies on it: the headings (``h1, h2, h3, h4`` share their colour) are held to
4.5:1 like the rest, because ``h3`` and ``h4`` are small.

The charts and the network map draw text in colours from the same
``:root`` (:mod:`kit.report.kleuren`); their pairs are checked below.
"""

from __future__ import annotations

import re

import pytest
import tinycss2
from matplotlib.colors import to_hex, to_rgb

from kit.render.page import TEMPLATE_NAME, TEMPLATES
from kit.report import charts, network_map
from kit.report.kleuren import AA, AA_GROOT, STYLESHEET, contrast, kleur, palet_uit, tekst_op

CSS = (TEMPLATES / TEMPLATE_NAME / "rapport.css").read_text(encoding="utf-8")
#: The verbindingskaart's cells: a number in its own colour, never a surface for other text.
CEL = re.compile(r"^\.vk\d$")
_VAR = re.compile(r"var\(\s*--([a-z0-9-]+)\s*\)")
#: Colours written as words; the stylesheet names none of them outside ``:root``.
_NAMED = {"white", "black", "red", "grey", "gray", "blue", "green", "orange", "yellow", "silver", "navy"}


def _declarations(tokens) -> list:
    return [n for n in tinycss2.parse_blocks_contents(tokens, True, True)]


def _blocks(css: str) -> list[tuple[str, dict[str, str]]]:
    """Every block of declarations of ``css`` with its selector: ``(selector, {property: value})``.

    Rules inside ``@media`` are included, and the margin boxes of ``@page``
    (``@page @top-left``).  Blocks are not merged: a later rule for the same
    selector (``a`` in print) is a pair of its own.
    """
    found: list[tuple[str, dict[str, str]]] = []

    def walk(nodes, where: str) -> None:
        props: dict[str, str] = {}
        for node in nodes:
            if node.type == "qualified-rule":
                walk(_declarations(node.content), tinycss2.serialize(node.prelude).strip())
            elif node.type == "at-rule" and node.content is not None:
                if node.lower_at_keyword == "media":
                    walk(tinycss2.parse_rule_list(node.content, True, True), where)
                else:  # @page and its margin boxes: declarations and nested at-rules
                    walk(_declarations(node.content), f"{where} @{node.lower_at_keyword}".strip())
            elif node.type == "declaration":
                props[node.lower_name] = tinycss2.serialize(node.value).strip()
        if props:
            found.append((where, props))

    walk(tinycss2.parse_stylesheet(css, True, True), "")
    return found


def failures(css: str) -> list[str]:
    """What in ``css`` breaks the contrast rules: one line per colour pair below AA, or colour not named once."""
    palette = palet_uit(css)
    problems = []

    def colour(selector, value) -> str | None:
        named = _VAR.search(value)
        if named is None:
            return None
        if named[1] not in palette:
            problems.append(f"{selector}: --{named[1]} is not a colour of :root")
            return None
        return palette[named[1]]

    text, surfaces = [], {"de pagina": kleur_of(palette, "wit")}
    for selector, props in _blocks(css):
        if selector == ":root":
            continue
        for name, value in props.items():
            tokens = tinycss2.parse_component_value_list(value)
            if any(t.type == "hash" for t in tokens) or any(
                t.type == "ident" and t.lower_value in _NAMED for t in tokens
            ):
                problems.append(f"{selector}: {name}: {value} is a colour not named in :root")
        fg = colour(selector, props["color"]) if "color" in props else None
        bg_value = props.get("background-color", props.get("background"))
        bg = colour(selector, bg_value) if bg_value else None
        if fg is not None:
            text.append((selector, fg, bg, _large(props)))
        elif bg is not None:
            text.append((selector, palette["tekst"], bg, False))  # the page's text colour, inherited
        if bg is not None and fg is None and not CEL.match(selector):
            surfaces[selector] = bg
    for selector, fg, bg, large in text:
        need = AA_GROOT if large else AA
        for where, ground in {selector: bg}.items() if bg is not None else surfaces.items():
            ratio = contrast(fg, ground)
            if ratio < need:
                problems.append(f"{selector}: {fg} on {ground} ({where}) is {ratio:.2f}:1, needs {need}:1")
    return problems


def kleur_of(palette: dict[str, str], name: str) -> str:
    """The colour ``--name`` of ``palette``, with a message that says which is missing."""
    assert name in palette, f"--{name} is missing from :root"
    return palette[name]


def _large(props: dict[str, str]) -> bool:
    """WCAG's large text: 18 pt, or 14 pt and bold, set by the rule itself (in pt)."""
    size = re.fullmatch(r"([\d.]+)pt", props.get("font-size", ""))
    bold = props.get("font-weight", "") in {"bold", "600", "700", "800", "900"}
    return size is not None and (float(size[1]) >= 18 or (bold and float(size[1]) >= 14))


def test_every_text_colour_of_the_stylesheet_meets_wcag_aa():
    assert failures(CSS) == []


def test_the_stylesheet_is_the_kit_s_palette():
    """The file the charts read their colours from is the stylesheet the reports use."""
    assert TEMPLATES.parent / STYLESHEET.removeprefix("render/") == TEMPLATES / TEMPLATE_NAME / "rapport.css"
    assert kleur("huis") == charts.ACCENT == "#003a70"
    assert kleur("oranje") == network_map.PARALLEL_KLEUR


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        # the level-3 cell of the verbindingskaart with white text, as before: 3.17:1
        ("color: var(--tekst); }  /* white", ".vk3: #ffffff on #4a98c9 (.vk3) is 3.17:1"),
        # small grey print too light: fails on the page and on every box
        ("--tekst-zacht: #555;", "@page @top-left: #999999 on #ffffff (de pagina)"),
        # a colour written in a rule instead of named once
        ("a { color: var(--huis); }", "a: color: #003a70 is a colour not named in :root"),
        # a house colour so light that a heading cannot be read
        ("--huis: #003a70;", "h1, h2, h3, h4: #8fb3d9 on #ffffff (de pagina)"),
        # the caution box on a background too dark for the page's text
        ("--blauw-licht: #eef3f8;", ".voorbehoud: #1a1a1a on #444466 (.voorbehoud)"),
    ],
)
def test_a_bad_colour_fails_the_check(change, expected):
    bad = {
        "color: var(--tekst); }  /* white": "color: var(--wit); }  /* white",
        "--tekst-zacht: #555;": "--tekst-zacht: #999;",
        "a { color: var(--huis); }": "a { color: #003a70; }",
        "--huis: #003a70;": "--huis: #8fb3d9;",
        "--blauw-licht: #eef3f8;": "--blauw-licht: #446;",
    }[change]
    assert change in CSS
    found = failures(CSS.replace(change, bad, 1))
    assert any(line.startswith(expected) for line in found), found


def test_a_colour_named_twice_is_refused():
    with pytest.raises(ValueError, match="--wit staat twee keer"):
        palet_uit(CSS.replace("--wit: #ffffff;", "--wit: #ffffff;\n  --wit: #fefefe;"))


# ---- the charts and the network map ------------------------------------------


def test_chart_text_meets_wcag_aa_on_the_page():
    white = kleur("wit")
    for name in ("TEKST_KLEUR", "TEKST_ZACHT", "ACCENT"):
        assert contrast(getattr(charts, name), white) >= AA, name


@pytest.mark.parametrize("score", [None, 1, 2, 3, 4, 5])
def test_maatlat_scores_are_readable_on_their_cell(score):
    """Every cell colour of the maatlat, with the score (bold 7.5 pt) and the small peer score (5.5 pt) on it."""
    cell = charts.MAATLAT_LEEG if score is None else charts._maatlat_kleur(float(score))
    ink = tekst_op(cell)
    assert contrast(ink, cell) >= AA, (score, cell, ink)


def test_maatlat_draws_its_text_in_the_readable_colour():
    """The chart uses :func:`tekst_op`: white on the darkest cell (5), the page's text on a 4 (3.49:1 in white)."""
    assert tekst_op(charts._maatlat_kleur(5.0)) == kleur("wit")
    assert tekst_op(charts._maatlat_kleur(4.0)) == charts.TEKST_KLEUR
    scores = charts.pd.DataFrame(
        [("2024-04", "daadkracht", 4, "zelf"), ("2024-04", "meenemen", 5, "zelf"), ("2024-04", "meenemen", 5, "peer")],
        columns=["maand", "criterium", "score", "beoordeeld_door"],
    )
    svg = charts.maatlat(scores, ["2024-04"]).svg
    fills = set(re.findall(r'<text[^>]* fill="(#[0-9a-f]{6})"', svg))
    assert fills == {kleur("wit")}  # only the 5 and its peer score; the rest inherit the page's text colour


def test_network_map_names_are_readable_on_their_box_over_the_darkest_colour():
    """A name stands on a white box, three quarters opaque: over black it is at its darkest."""
    box = network_map.LABEL_VLAK
    opaque = tuple(box["fill_opacity"] * c for c in to_rgb(box["fill"]))  # over black (0, 0, 0)
    assert contrast(network_map.TEKST_KLEUR, to_hex(opaque)) >= AA
    assert network_map.TEKST["fill"] == charts.TEKST_KLEUR  # names and legend
