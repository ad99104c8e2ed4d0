"""The report's charts: SVG with alternative text and caption, reproducible (kit.report.charts)."""

from __future__ import annotations

import pandas as pd

from kit.dataset import load
from kit.report import charts
from kit.report.maandrapport import Maandrapport


def test_network_map_has_svg_alt_text_and_caption(example):
    rapport = Maandrapport(load(example), "lindenhof", "2024-04")
    fig = rapport.netwerkkaart()
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
    for name in ("netwerkkaart", "patronen", "maatlat_grafiek", "positie_grafiek"):
        a, b = getattr(first, name)(), getattr(second, name)()
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
    assert charts.kort("Bewonerscommissie Lindenhof-Noord") == "Bewonerscommissie\nLindenhof-Noord"
    assert len(charts.kort("een heel lange naam van een organisatie in de buurt").split("\n")) == 2
