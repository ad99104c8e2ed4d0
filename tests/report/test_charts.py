"""The report's charts: SVG with alternative text and caption, reproducible (kit.report.charts)."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import numpy as np
import pandas as pd
import pytest
from helpers import replace_in
from matplotlib.ticker import MaxNLocator

from kit.data.dataset import load
from kit.report import charts, network_map, svg
from kit.report.maandrapport import Maandrapport, maatlat, netwerkkaart, patronen, positie


def test_network_map_has_svg_alt_text_and_caption(example):
    rapport = Maandrapport(load(example), "lindenhof", "2024-04")
    fig = netwerkkaart.kaart(rapport)
    assert fig.svg.startswith("<svg")
    assert "Netwerkkaart met 8 actoren" in fig.alt
    assert "1 spanning" in fig.alt and "1 parallelle infrastructuur" in fig.alt
    assert fig.bijschrift.startswith("Netwerkkaart van Lindenhof, april 2024")
    html = fig.html()
    assert html.startswith("<figure") and 'alt="Netwerkkaart met 8 actoren' in html
    assert "<figcaption>" in html and 'src="data:image/svg+xml;base64,' in html
    assert "Buurtplatform" in fig.svg  # text stays text in the SVG
    assert fig._repr_html_() == html


def test_charts_are_reproducible(example):
    first = Maandrapport(load(example), "lindenhof", "2024-04")
    second = Maandrapport(load(example), "lindenhof", "2024-04")
    for name, chart in (
        ("netwerkkaart", netwerkkaart.kaart),
        ("patronen", patronen.grafiek),
        ("maatlat", maatlat.grafiek),
        ("positie", positie.grafiek),
    ):
        a, b = chart(first), chart(second)
        assert a.svg == b.svg, name
        assert a.alt and a.bijschrift, name
        assert "<dc:date>" not in a.svg


def test_trend_chart_alt_text_uses_decimal_commas():
    trend = pd.DataFrame({"maand": ["2024-03", "2024-04"], "dichtheid": [1 / 3, 0.25]})
    fig = charts.trendlijnen(trend, [("dichtheid", "Dichtheid")], bijschrift="Trend")
    assert "Dichtheid: van 0,33 naar 0,25" in fig.alt
    assert "maart 2024 tot en met april 2024" in fig.alt
    assert fig.bijschrift == "Trend"


def test_sparkline_is_inline_svg_with_text_alternative():
    svg = charts.sparkline([1, None, 3, 2], alt="Dichtheid van 1 naar 2")
    assert svg.startswith("<svg") and svg.endswith("</svg>")
    assert "<title>Dichtheid van 1 naar 2</title>" in svg
    assert charts.sparkline([], alt="leeg").endswith("</svg>")


def test_short_labels():
    assert network_map.kort("Bewonerscommissie Lindenhof-Noord") == "Bewonerscommissie\nLindenhof-Noord"
    assert len(network_map.kort("een heel lange naam van een organisatie in de buurt").split("\n")) == 2


# --------------------------------------------------------------------------
# The hand-written SVG charts, checked on tiny inputs computed by hand
# --------------------------------------------------------------------------

SVG_NS = "{http://www.w3.org/2000/svg}"


def parse(svg_text: str) -> ET.Element:
    """The chart as XML: it must parse, have a viewBox and a size in points."""
    root = ET.fromstring(svg_text)
    assert root.tag == SVG_NS + "svg"
    width, height = root.get("width"), root.get("height")
    assert width.endswith("pt") and height.endswith("pt")
    assert root.get("viewBox") == f"0 0 {width[:-2]} {height[:-2]}"
    assert width == "504pt"  # 7 inches, like the matplotlib figures
    assert "style=" not in svg_text and "<use" not in svg_text
    return root


def texts(root: ET.Element) -> list[str]:
    return [t.text or "" for t in root.iter(SVG_NS + "text")]


def centres(d: str) -> list[tuple[float, float]]:
    """Centres of the dots in path data from svg.dots."""
    return [(float(x), float(y)) for x, y in re.findall(r"M(-?[\d.]+) (-?[\d.]+)h\.01", d)]


def by_class(root: ET.Element, name: str) -> ET.Element:
    (found,) = [e for e in root.iter() if e.get("class") == name]
    return found


def test_trend_gap_splits_the_line_and_the_last_month_has_the_big_dot():
    trend = pd.DataFrame(
        {"maand": ["2024-01", "2024-02", "2024-03", "2024-04", "2024-05"], "x": [1.0, 2.0, np.nan, 4.0, 5.0]}
    )
    fig = charts.trendlijnen(trend, [("x", "Een <titel> & nog wat meer")])
    root = parse(fig.svg)
    # One chart in a row of three: 7 in wide, (1.85 + 0.2) in high; margins 0.45 in left, 0.15 in right,
    # 0.45 in top, 0.3 in bottom; three charts and two gaps of 0.45 chart widths side by side.
    assert root.get("height") == "147.6pt"
    left, top, width, height = 32.4, 32.4, (504 - 32.4 - 10.8) / 3.9, 147.6 - 32.4 - 21.6
    # x from -0.4 to 4.4 months; y from 1 - 0.2 to 5 + 0.2 (5 % margins)
    x = lambda i: left + (i + 0.4) / 4.8 * width  # noqa: E731 - the chart's scale in one line
    y = lambda v: top + (5.2 - v) / 4.4 * height  # noqa: E731 - the chart's scale in one line
    line = by_class(root, "lijn").get("d")
    pieces = line.split("M")[1:]
    assert len(pieces) == 2  # the missing month breaks the line
    first, second = ([tuple(map(float, p.split(","))) for p in piece.split()] for piece in pieces)
    assert [p[0] for p in first] == pytest.approx([x(0), x(1)], abs=0.01)
    assert [p[0] for p in second] == pytest.approx([x(3), x(4)], abs=0.01)
    assert second[-1][1] == pytest.approx(y(5), abs=0.01)
    assert len(centres(by_class(root, "stippen").get("d"))) == 4
    (big,) = centres(by_class(root, "laatste").get("d"))
    assert big == pytest.approx((x(4), y(5)), abs=0.01)
    words = texts(root)
    assert words[:2] == ["Een <titel> & nog", "wat meer"]  # wrapped at 19 characters, escaped in the SVG
    assert "Een &lt;titel&gt; &amp; nog" in fig.svg
    assert words[2:5] == ["2024", "mrt", "mei"]  # at most five month labels, January as its year
    assert words[5:] == [charts.getal(t, 2, strip=True) for t in svg.nice_ticks(1, 5)[2]]  # matplotlib's ticks
    assert 'font-family="DejaVu Sans"' in fig.svg


def test_trend_isolated_values_are_dots_without_a_line():
    trend = pd.DataFrame({"maand": ["2024-01", "2024-02", "2024-03"], "x": [1.0, np.nan, 3.0]})
    root = parse(charts.trendlijnen(trend, [("x", "X")]).svg)
    assert not [e for e in root.iter() if e.get("class") == "lijn"]
    assert len(centres(by_class(root, "stippen").get("d"))) == 2
    assert len(centres(by_class(root, "laatste").get("d"))) == 1
    # a missing last month: no big dot, and the alt text says so
    trend = pd.DataFrame({"maand": ["2024-01", "2024-02"], "x": [1.0, np.nan]})
    fig = charts.trendlijnen(trend, [("x", "X")])
    assert by_class(parse(fig.svg), "laatste").get("d") == ""
    assert "X: van 1 naar geen waarde" in fig.alt


def test_trend_first_month_and_no_data():
    one = charts.trendlijnen(pd.DataFrame({"maand": ["2025-01"], "n": [7.0]}), [("n", "N")], decimalen={"n": 0})
    root = parse(one.svg)
    assert "2025" in texts(root) and "7" in texts(root)
    (big,) = centres(by_class(root, "laatste").get("d"))
    left, width = 32.4, (504 - 32.4 - 10.8) / 3.9
    assert big[0] == pytest.approx(left + width / 2, abs=0.01)  # a single month stands in the middle
    empty = charts.trendlijnen(pd.DataFrame({"maand": [], "n": []}), [("n", "N")])
    parse(empty.svg)
    assert empty.alt == "Lijngrafieken per maand, geen maanden. N: nog geen waarden."


def test_trend_tick_labels_stay_distinct():
    labels = charts._tick_labels([0.15, 0.155, 0.16], 2)
    assert labels == ["0,15", "0,155", "0,16"]
    assert charts._tick_labels([0.0, 0.5, 1.0], 2) == ["0", "0,5", "1"]


def test_nice_ticks_are_matplotlibs():
    from matplotlib.figure import Figure

    for low, high, integer in (
        (19, 23, True),
        (0.1541, 0.1696, False),
        (0.8889, 0.9091, False),
        (0, 2, True),
        (-0.13, 0.22, False),
        (2.2, 3.1, False),
    ):
        ax = Figure().add_subplot()
        ax.plot([0, 1], [low, high])
        ax.yaxis.set_major_locator(MaxNLocator(nbins=4, integer=integer))
        bottom, top = ax.get_ylim()
        expected = [t for t in ax.get_yticks() if bottom <= t <= top]
        got_bottom, got_top, got = svg.nice_ticks(low, high, integer=integer)
        assert (got_bottom, got_top) == pytest.approx((bottom, top))
        assert got == pytest.approx(expected), (low, high)


def maatlat_scores(rows):
    return pd.DataFrame(rows, columns=["maand", "criterium", "score", "beoordeeld_door"])


def test_maatlat_missing_score_dash_and_peer_score():
    months = ["2024-03", "2024-04"]
    scores = maatlat_scores(
        [
            ("2024-03", "daadkracht", 3, "zelf"),
            ("2024-04", "daadkracht", 4, "zelf"),
            ("2024-04", "daadkracht", 4, "peer"),
            ("2024-04", "meenemen", 2, "stadsdeelcommissie"),
        ]
    )
    fig = charts.maatlat(scores, months)
    root = parse(fig.svg)
    words = texts(root)
    assert "p 4" in words and "s 2" in words
    # the scores of a row are one <text> with an x per character; unscored cells show a dash
    assert sum(w.count("–") for w in words) == 2 * 10 - 2
    # a 4 is dark text on a mid-blue cell (white read 3.49:1 there: tests/test_contrast.py); no white text
    assert not [t for t in root.iter(SVG_NS + "text") if t.get("fill") == "#ffffff"]
    assert {"Daadkracht", "Mobiliseren", "mrt 24", "apr"} <= set(words)
    # colours: Blues, darker for a higher score; grey without a score
    fills = {p.get("fill") for p in root.iter(SVG_NS + "path")}
    assert {charts._maatlat_kleur(3.0), charts._maatlat_kleur(4.0), charts.MAATLAT_LEEG} <= fills
    luminance = lambda c: sum(int(c[i : i + 2], 16) for i in (1, 3, 5))  # noqa: E731 - a one-line helper
    assert luminance(charts._maatlat_kleur(4.0)) < luminance(charts._maatlat_kleur(3.0)) < luminance("#f2f2f2")
    assert fig.alt.startswith("Tabel als grafiek: per erkenningscriterium")
    assert "Eigen score in april 2024: Daadkracht 4; Bewoners meenemen niet gescoord;" in fig.alt


def test_maatlat_scores_are_centred_in_their_cells():
    months = ["2024-03", "2024-04", "2024-05"]
    scores = maatlat_scores([(m, "daadkracht", 2, "zelf") for m in months])
    root = parse(charts.maatlat(scores, months).svg)
    (row,) = [t for t in root.iter(SVG_NS + "text") if t.text == "222"]
    left, width = 1.55 * 72, (504 - 1.55 * 72 - 0.1 * 72) / 3
    digit = 1425 / 2048 * 7.5  # a bold digit in DejaVu Sans
    xs = [float(x) for x in row.get("x").split()]
    assert xs == pytest.approx([left + (i + 0.5) * width - digit / 2 for i in range(3)], abs=0.01)
    # three equal cells in a row are one box of their colour; the other rows are grey, one box each
    (cell,) = [p for p in root.iter(SVG_NS + "path") if p.get("fill") == charts._maatlat_kleur(2.0)]
    row_height = ((0.32 * 10 + 0.9) * 72 - 0.1 * 72 - 0.55 * 72) / 10  # margins 0.1 in top, 0.55 in bottom
    assert cell.get("d") == svg.rectangles([(left, 7.2, 504 - 7.2, 7.2 + row_height)])
    (grey,) = [p for p in root.iter(SVG_NS + "path") if p.get("fill") == charts.MAATLAT_LEEG]
    assert grey.get("d").count("M") == 9


def position_values():
    return pd.DataFrame(
        {"buurt": ["a", "b", "c"], "x": [1.0, 2.0, 3.0], "y": [5.0, 5.0, 5.0], "z": [np.nan, np.nan, np.nan]}
    )


def test_position_lowest_at_the_left_equal_in_the_middle():
    figuren = [("x", "Iks"), ("y", "IJ"), ("z", "Zet")]
    fig = charts.positie(position_values(), "a", figuren, decimalen={"x": 0})
    root = parse(fig.svg)
    # 7 in wide, 0.5 in per row + 0.5 in; axis from 2.2 in to 7 - 0.2 in, running from -0.05 to 1.05
    assert root.get("height") == "144pt"
    left, width = 2.2 * 72, 504 - 2.2 * 72 - 0.2 * 72
    x = lambda v: left + (v + 0.05) / 1.1 * width  # noqa: E731 - the chart's scale in one line
    own = centres(by_class(root, "eigen").get("d"))
    assert [c[0] for c in own] == pytest.approx([x(0), x(0.5)], abs=0.01)  # lowest: left end; all equal: middle
    assert own[0][1] < own[1][1]  # one row per figure, from the top
    others = centres(by_class(root, "anderen").get("d"))
    assert sorted(c[0] for c in others) == pytest.approx(sorted([x(0), x(0.5), x(1)] + [x(0.5)] * 3), abs=0.01)
    words = texts(root)
    assert {"Iks", "IJ", "Zet", "1", "3", "5", "deze buurt", "andere proeftuinbuurten"} <= set(words)
    assert fig.alt == (
        "Per kengetal een balk van de laagste naar de hoogste waarde onder de proeftuinbuurten, met "
        "deze buurt als donkere stip. Iks 1 (laagste 1, hoogste 3); IJ 5 (laagste 5, hoogste 5)."
    )


def test_position_each_row_on_its_own_scale():
    """Each row runs from its own lowest to its own highest value, not the last row's (ruff B023).

    Row x: 0, 5, 20, this buurt 5 -> (5 - 0) / 20 = 0.25; row y: 100, 130, 200, this buurt 130 ->
    30 / 100 = 0.3; row z: all 1 -> the middle, 0.5.  A scale closed over the loop's ``low`` and
    ``spread`` and called after the loop would put every dot on row z's scale.
    """
    values = pd.DataFrame({"buurt": ["a", "b", "c"], "x": [5.0, 0.0, 20.0], "y": [130.0, 100.0, 200.0], "z": [1.0] * 3})
    root = parse(charts.positie(values, "a", [("x", "Iks"), ("y", "IJ"), ("z", "Zet")]).svg)
    left, width = 2.2 * 72, 504 - 2.2 * 72 - 0.2 * 72
    x = lambda v: left + (v + 0.05) / 1.1 * width  # noqa: E731 - the chart's scale in one line
    own = centres(by_class(root, "eigen").get("d"))
    assert [c[0] for c in own] == pytest.approx([x(0.25), x(0.3), x(0.5)], abs=0.01)
    others = sorted(centres(by_class(root, "anderen").get("d")), key=lambda c: (c[1], c[0]))
    expected = [x(0), x(0.25), x(1), x(0), x(0.3), x(1), x(0.5), x(0.5), x(0.5)]
    assert [c[0] for c in others] == pytest.approx(expected, abs=0.01)


def test_svg_helpers_escape_and_round():
    assert svg.text(1.005, 2, "a < b & c") == '<text x="1" y="2">a &lt; b &amp; c</text>'
    assert (
        svg.element("g", "", font_family="DejaVu Sans", text_anchor="end")
        == '<g font-family="DejaVu Sans" text-anchor="end"></g>'
    )
    assert svg.num(-0.001) == "0" and svg.num(2.499) == "2.5"
    assert ET.fromstring(svg.document(10, 5, svg.element("path", d=svg.dots([(5, 2.5)])))) is not None


def test_map_labels_stay_inside_the_map():
    """A node at the right edge puts its label to its left, where it is not cut off; others keep 'below'."""
    items = [((0.5, 0.5), "Buurthuis", False), ((1.0, 0.2), network_map.kort("Woningcorporatie Thuishaven"), False)]
    middle, edge = network_map._label_spots(network_map.Frame(0, 1, 0, 1), items)
    assert middle == network_map._SPOTS[0]
    assert edge[1] == "right" and edge[0][0] < 0


def test_map_draws_dollar_signs_and_backslashes_literally(example):
    r"""matplotlib reads ``$…$`` as mathematics: ``$\foo$`` made the map fail, ``$5 en $10`` came out mangled."""
    replace_in(example / "actoren.csv", "Buurtplatform Lindenhof", r"Fonds $5 en $10")
    replace_in(example / "actoren.csv", "Wijkbericht Lindenhof", r"$\foo$ \n_x^2")
    fig = netwerkkaart.kaart(Maandrapport(load(example), "lindenhof", "2024-04"))
    texts = [t.text for t in ET.fromstring(fig.svg).iter("{http://www.w3.org/2000/svg}text")]
    assert "Fonds $5 en $10" in texts and r"$\foo$ \n_x^2" in texts
    assert "Fonds $5 en $10" in fig.alt and r"$\foo$ \n_x^2" in fig.alt


def test_map_of_names_with_control_characters_is_valid_svg(example):
    """A control character pasted into a name made the map invalid XML: no image in HTML or PDF."""
    replace_in(example / "actoren.csv", "Buurtplatform Lindenhof", "Buurt\x1bplatform\x0b Linden\ufffehof")
    fig = netwerkkaart.kaart(Maandrapport(load(example), "lindenhof", "2024-04"))
    texts = [t.text for t in ET.fromstring(fig.svg).iter("{http://www.w3.org/2000/svg}text")]
    assert "Buurt\ufffdplatform" in texts and "Linden\ufffdhof" in texts
