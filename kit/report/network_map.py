"""The network map: who works with whom in and around a buurt, written as SVG by hand.

Actors are coloured by *lijn*, shaped by *herkomst*; the platform is ringed,
tensions and parallel infrastructures are marked.  Positions come from
:mod:`kit.report.layout`, so every actor keeps its place from month to month.
No line runs through a third actor's dot: a line that would is drawn as a
gentle curve around it (:func:`route`), decided from the positions alone, so
the map stays stable from month to month; two labels that are cut to the same
text get a number to tell them apart (:func:`onderscheiden`).
The SVG is written with :mod:`kit.report.svg`, as the other charts are: one
path for all lines or shapes of one style, presentation attributes, text as
text, nothing that depends on time: the same data give the same bytes.  It
takes a tenth of the time matplotlib took to draw it, and WeasyPrint prints it
in two thirds of the time.  Names on the map come from
:func:`kit.privacy.display_names` only, and are written as text, escaped.
"""

from __future__ import annotations

import math
import textwrap
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass

import numpy as np
import pandas as pd

from kit.safe_xml import xml_text

from . import svg
from .charts import GRIJS, TEKST_KLEUR, Figuur
from .kleuren import kleur

#: Colours of the lines (nulde, eerste, tweede lijn).
LIJN_KLEUR: dict[int | None, str] = {0: "#2e8b57", 1: "#2f6db5", 2: "#8e5ea2"}
LIJN_TEKST = {
    0: "bewoners (nulde lijn)",
    1: "professionals in de buurt (eerste lijn)",
    2: "beleid en instellingen (tweede lijn)",
    None: "lijn onbekend",
}
#: Marker shape per herkomst (as matplotlib names them); ``onbekend`` (not known yet) is a triangle, in the
#: legend only when on the map.
HERKOMST_VORM = {"onderop": "o", "bovenaf": "s", "gemengd": "D", "onbekend": "^"}
HERKOMST_TEKST = {
    "onderop": "opgezet door bewoners (rond)",
    "bovenaf": "opgezet door een instelling (vierkant)",
    "gemengd": "gemengd opgezet (ruit)",
    "onbekend": "onbekend wie het opzette (driehoek)",
}
#: The box behind an actor's name: white, three quarters opaque, so lines and dots show through faintly
#: (tests/test_contrast.py checks the name against it over the darkest colour beneath).
LABEL_VLAK = {"fill": "#ffffff", "fill_opacity": 0.75}
SPANNING_KLEUR = "#c62828"
PARALLEL_KLEUR = kleur("oranje")  # the stylesheet's warning colour
PLATFORM_KLEUR = "#f2c200"
LIJN_GRIJS = "#8d99a6"
#: How every text on the map is set: the charts' font and text colour.
TEKST = {"font_family": "DejaVu Sans", "fill": TEKST_KLEUR}

#: The map's size in points (7 × 6.6 inches), and the frame the actors are drawn in: left, bottom, right, top,
#: in points from the lower left corner (the legend lies below the frame).
WIDTH, HEIGHT = 504.0, 475.2
FRAME = (3.6, 68.4, 500.4, 471.6)
#: The type sizes (pt) of a name, the platform's name and the legend.
LABEL_SIZE, PLATFORM_LABEL_SIZE, LEGEND_SIZE = 7.0, 8.0, 7.0
#: The padding of a name's box, in parts of its type size.
LABEL_PAD = 0.12
#: Baselines of a label, in parts of its type size: the first line's ascent, and the distance between lines.
ASCENT, LINE = 0.76, 1.2


def _lijn(attrs: dict) -> int | None:
    """The actor's lijn, or ``None`` when it is not known (drawn grey)."""
    value = attrs.get("lijn")
    return None if value is None or pd.isna(value) else int(value)


def kort(naam: str, breedte: int = 18) -> str:
    """A short label for a map: at most two lines of ``breedte`` characters.

    >>> kort("Bewonerscommissie Lindenhof-Noord")
    'Bewonerscommissie\\nLindenhof-Noord'
    """
    lines = textwrap.wrap(naam, breedte, break_long_words=True)
    if len(lines) > 2:
        lines = [lines[0], textwrap.shorten(" ".join(lines[1:]), breedte, placeholder="…")]
    return "\n".join(lines)


@dataclass(frozen=True)
class Frame:
    """Where the map's data coordinates land on the page: points from the lower left corner of the map.

    The data range ``xmin``…``xmax``, ``ymin``…``ymax`` fills ``box`` (on the map: :data:`FRAME`).
    """

    xmin: float
    xmax: float
    ymin: float
    ymax: float
    box: tuple[float, float, float, float] = FRAME

    def points(self, xy) -> np.ndarray:
        """Data coordinates (a pair or rows of pairs) as points on the page."""
        xy = np.asarray(xy, dtype=float)
        left, bottom, right, top = self.box
        scale = np.array([(right - left) / (self.xmax - self.xmin), (top - bottom) / (self.ymax - self.ymin)])
        return (xy - np.array([self.xmin, self.ymin])) * scale + np.array([left, bottom])


def frame(grenzen: tuple[float, float, float, float] | None) -> Frame:
    """The :class:`Frame` around ``grenzen`` (xmin, xmax, ymin, ymax), with room for dots and names at the edges;
    ``None`` (an empty map): the unit square."""
    if grenzen is None:
        return Frame(0.0, 1.0, 0.0, 1.0)
    xmin, xmax, ymin, ymax = grenzen
    padx = max((xmax - xmin) * 0.14, 0.25)
    pady = max((ymax - ymin) * 0.10, 0.25)
    return Frame(xmin - padx, xmax + padx, ymin - pady, ymax + pady)


def netwerkkaart(
    graph,
    pos: dict,
    names: dict[str, str],
    *,
    platform: str | None,
    spanningen: Sequence[tuple[str, str]] = (),
    parallel: Sequence[tuple[str, str]] = (),
    dubbel: Sequence[tuple[str, str]] = (),
    intensiteit: dict[tuple[str, str], int] | None = None,
    nieuw: AbstractSet[str] = frozenset(),
    grenzen: tuple[float, float, float, float] | None = None,
) -> Figuur:
    """The network map: actors coloured by lijn, shaped by herkomst, platform highlighted.

    Parameters
    ----------
    graph : networkx.Graph
        The month's network (:func:`kit.analysis.snapshot.network`).
    pos : dict
        Positions from :func:`kit.report.layout.positions`.
    names : dict
        Privacy-safe names (:func:`kit.privacy.display_names` for the buurt).
    platform : str or None
        The buurt's platform, drawn large with a yellow ring.
    spanningen : list of pairs
        Tensions: red dashed lines.
    parallel : list of pairs
        Parallel infrastructures: thick orange dotted line, orange ring.
    dubbel : list of pairs
        Other duplicated functions: thin orange dotted line.
    intensiteit : dict, optional
        Agreed ``samenwerking`` intensity per sorted pair
        (:func:`kit.analysis.measures.infrastructure.agreed_intensities`): thicker lines.
    nieuw : set
        Actors that started this month: label marked "(nieuw)".
    grenzen : (xmin, xmax, ymin, ymax), optional
        Fixed limits of the positions, so that maps of several months share one frame; by default those of
        this month's actors.
    """
    intensiteit = intensiteit or {}
    nodes = list(graph.nodes)
    if grenzen is None and nodes:
        xs = [pos[n][0] for n in nodes]
        ys = [pos[n][1] for n in nodes]
        grenzen = (min(xs), max(xs), min(ys), max(ys))
    where = frame(grenzen)
    dots = {n: math.sqrt(PLATFORM_SIZE if n == platform else NODE_SIZE) / 2 for n in nodes}
    body = []

    def lines(pairs, colour: str, width: float, dashes: tuple[float, float] | None = None, round_caps=False):
        """All ``pairs`` with both ends on the map as one path of one style, each around the dots in its way."""
        curves = route([(a, b) for a, b in pairs if a in pos and b in pos], pos, dots, where)
        if curves:
            style = {"stroke_dasharray": " ".join(svg.num(d * width) for d in dashes)} if dashes else {}
            body.append(
                svg.element(
                    "path",
                    d="".join("M" + svg.points(_page(c)) for c in curves),
                    fill="none",
                    stroke=colour,
                    stroke_width=width,
                    stroke_linecap="round" if round_caps else None,
                    **style,
                )
            )

    by_width: dict[float, list] = {}
    for a, b in graph.edges:
        level = intensiteit.get((a, b) if a < b else (b, a))
        by_width.setdefault(0.8 + 0.55 * level if level else 0.8, []).append((a, b))
    for width, pairs in sorted(by_width.items()):
        lines(pairs, LIJN_GRIJS, width, round_caps=True)
    lines(dubbel, PARALLEL_KLEUR, 1.2, (1, 2))
    lines(parallel, PARALLEL_KLEUR, 3.0, (1, 1.6), round_caps=True)
    lines(spanningen, SPANNING_KLEUR, 2.0, (5, 3))

    # Under each actor: the platform's yellow ring, an orange ring for one in a parallel pair; then the actors,
    # one path per colour, each with a white edge.
    size = {n: PLATFORM_SIZE if n == platform else NODE_SIZE for n in nodes}
    ring = [(pos[n], PLATFORM_RING, _vorm(graph, n)) for n in nodes if n == platform]
    body.append(_shapes(where, ring, fill=PLATFORM_KLEUR))
    in_parallel = {n for pair in parallel for n in pair}
    halos = [(pos[n], size[n] * 1.9, _vorm(graph, n)) for n in nodes if n in in_parallel]
    body.append(_shapes(where, halos, fill="none", stroke=PARALLEL_KLEUR, stroke_width=2.2))
    colours: dict[str, list] = {}
    for n in nodes:
        colours.setdefault(LIJN_KLEUR.get(_lijn(graph.nodes[n]), GRIJS), []).append((pos[n], size[n], _vorm(graph, n)))
    for colour, members in colours.items():
        body.append(_shapes(where, members, fill=colour, stroke="#ffffff", stroke_width=1.0))

    labels = {n: kort(xml_text(names.get(n, n))) for n in nodes}
    labels = {n: label + (" (nieuw)" if n in nieuw else "") for n, label in onderscheiden(labels).items()}
    order = sorted(nodes, key=lambda n: (n != platform, -graph.degree(n), str(n)))
    spots = _label_spots(where, [(pos[n], labels[n], n == platform) for n in order])
    body.append(
        _labels(where, [(pos[n], labels[n], n == platform, spot) for n, spot in zip(order, spots, strict=True)])
    )
    body.append(_legend(graph, nodes, bool(dubbel)))
    n_edges = graph.number_of_edges()
    alt = (
        f"Netwerkkaart met {len(nodes)} actoren en {n_edges} verbindingen. "
        + (
            f"Het buurtplatform ({names.get(str(platform), platform)}) is geel omrand. "
            if platform in graph
            else "Het buurtplatform staat deze maand niet op de kaart. "
        )
        + f"{_tel(len(spanningen), 'spanning', 'spanningen')} (rode stippellijn), "
        + f"{_tel(len(parallel), 'parallelle infrastructuur', 'parallelle infrastructuren')} (oranje)."
    )
    if nodes:
        alt += " Actoren: " + "; ".join(f"{names.get(n, n)} ({LIJN_TEKST[_lijn(graph.nodes[n])]})" for n in nodes) + "."
    return Figuur(svg.document(WIDTH, HEIGHT, "".join(body)), alt, "")


def _vorm(graph, node) -> str:
    """The marker shape of ``node``, by its herkomst."""
    return HERKOMST_VORM.get(graph.nodes[node].get("herkomst"), "o")


def _page(points: np.ndarray) -> np.ndarray:
    """Points from the lower left corner as SVG coordinates (from the upper left corner)."""
    return np.column_stack([points[:, 0], HEIGHT - points[:, 1]])


def _shape(x: float, y: float, area: float, vorm: str) -> str:
    """The path of one marker of ``area`` pt² centred on ``(x, y)`` (SVG coordinates), as matplotlib draws it:
    a circle of diameter √area, a square of side √area, that square turned an eighth (a diamond), or a
    triangle √area wide and high."""
    n = svg.num
    m = math.sqrt(area)
    h = m / 2
    if vorm == "s":
        return f"M{n(x - h)} {n(y - h)}h{n(m)}v{n(m)}h{n(-m)}z"
    if vorm == "D":
        d = m / math.sqrt(2)
        return f"M{n(x)} {n(y - d)}L{n(x + d)} {n(y)}L{n(x)} {n(y + d)}L{n(x - d)} {n(y)}z"
    if vorm == "^":
        return f"M{n(x)} {n(y - h)}L{n(x + h)} {n(y + h)}H{n(x - h)}z"
    return f"M{n(x - h)} {n(y)}a{n(h)} {n(h)} 0 1 0 {n(m)} 0a{n(h)} {n(h)} 0 1 0 {n(-m)} 0z"


def _shapes(where: Frame, members: list, **style) -> str:
    """One path for the markers ``(position, area, shape)`` of one style; nothing without markers."""
    if not members:
        return ""
    shapes = []
    for position, area, vorm in members:
        x, y = _page(where.points([position]))[0]
        shapes.append(_shape(x, y, area, vorm))
    return svg.element("path", d="".join(shapes), **style)


def onderscheiden(labels: dict[str, str]) -> dict[str, str]:
    """Labels that are the same text (two names cut to the same :func:`kort` label) told apart by a number, in the
    order of their actors' ids: stable from month to month.

    >>> onderscheiden({"b": "Stichting Buurt", "a": "Stichting Buurt", "c": "Platform"})
    {'b': 'Stichting Buurt (2)', 'a': 'Stichting Buurt (1)', 'c': 'Platform'}
    """
    same: dict[str, list[str]] = {}
    for node, label in labels.items():
        same.setdefault(label, []).append(node)
    numbered: dict[str, str] = {}
    for label, group in same.items():
        if len(group) > 1:
            numbered |= {node: f"{label} ({i})" for i, node in enumerate(sorted(group, key=str), start=1)}
    return {node: numbered.get(node, label) for node, label in labels.items()}


#: Room (pt) a line keeps from a dot it passes, beyond the dot's radius.
CLEARANCE = 2.0
#: How far a curve bends, in parts of its length, tried in this order: the gentlest that clears every dot.
BENDS = (0.12, 0.22, 0.32, 0.45)
#: Points along a curve.
CURVE_POINTS = 17


def route(pairs: Sequence[tuple[str, str]], pos: dict, dots: dict[str, float], where: Frame) -> list[np.ndarray]:
    """Each line of ``pairs`` as points on the page: straight, or a gentle curve around the dots in its way.

    ``dots`` gives each actor's radius in points; a line passes a third
    actor's dot when it comes closer than its radius and :data:`CLEARANCE`
    (measured on the page, in the map's :class:`Frame`).  Such a line
    becomes the gentlest quadratic curve of :data:`BENDS` that clears every
    dot, bent away from the first dot in its way (:func:`clear_path`).
    """
    centres = {n: where.points(pos[n]) for n in dots}
    return [
        clear_path(centres[a], centres[b], [(centres[n], r) for n, r in dots.items() if n not in (a, b)])
        for a, b in pairs
    ]


def clear_path(p: np.ndarray, q: np.ndarray, dots: Sequence[tuple[np.ndarray, float]]) -> np.ndarray:
    """The line from ``p`` to ``q`` (points on the page) that passes no dot of ``dots`` (centre, radius).

    Straight where it can be; else a quadratic curve bent away from the
    first dot in the way, the gentlest of :data:`BENDS` that clears every
    dot, or, when none does, the one that comes least close.

    >>> p, q = np.array([0.0, 0.0]), np.array([100.0, 0.0])
    >>> len(clear_path(p, q, [(np.array([50.0, 30.0]), 6.0)]))  # nothing in the way: straight
    2
    >>> curve = clear_path(p, q, [(np.array([50.0, 1.0]), 6.0)])
    >>> len(curve), bool(curve[len(curve) // 2][1] < -8)  # bent away, below the dot
    (17, True)
    """
    straight = np.array([p, q], dtype=float)
    centres = np.array([c for c, _ in dots], dtype=float).reshape(len(dots), 2)
    room = np.array([r + CLEARANCE for _, r in dots], dtype=float)
    blocking = np.flatnonzero(_distances(straight, centres) < room)
    if not len(blocking):
        return straight
    along = q - p
    length = float(np.hypot(*along))
    if length == 0:
        return straight
    normal = np.array([-along[1], along[0]]) / length
    first = centres[blocking[0]]
    side = -1.0 if float(np.dot(first - p, normal)) > 0 else 1.0
    t = np.linspace(0.0, 1.0, CURVE_POINTS)[:, None]
    best, least = straight, math.inf
    for bend in BENDS:
        control = (p + q) / 2 + side * bend * length * normal
        curve = (1 - t) ** 2 * p + 2 * (1 - t) * t * control + t**2 * q
        short = sum(max(0.0, float(gap)) for gap in room - _distances(curve, centres))
        if short == 0:
            return curve
        if short < least:
            best, least = curve, short
    return best


def _distances(path: np.ndarray, points: np.ndarray) -> np.ndarray:
    """The shortest distance from each of ``points`` (rows) to the polyline ``path``, all at once."""
    start, end = path[:-1], path[1:]
    step = end - start
    squared = np.maximum((step**2).sum(axis=1), 1e-12)
    offset = points[:, None, :] - start  # point × segment × (x, y)
    t = np.clip((offset * step).sum(axis=2) / squared, 0.0, 1.0)
    nearest = start + t[:, :, None] * step
    return np.sqrt(((points[:, None, :] - nearest) ** 2).sum(axis=2)).min(axis=1, initial=np.inf)


#: Marker areas on the map (pt²): an actor, the platform, and the platform's yellow ring.
NODE_SIZE, PLATFORM_SIZE = 170, 420
PLATFORM_RING = PLATFORM_SIZE * 2.6

#: Where a label may go, tried in this order: below, above, right, left of its node
#: (offset in points, horizontal and vertical alignment).
_SPOTS = (
    ((0, -11), "center", "top"),
    ((0, 11), "center", "bottom"),
    ((9, 0), "left", "center"),
    ((-9, 0), "right", "center"),
)


def _label_spots(where: Frame, items: list[tuple[tuple[float, float], str, bool]]) -> list[tuple]:
    """Choose a spot for each label so that labels cover no other label or node where they can avoid it.

    ``items`` are ``(position, text, is_platform)`` in order of importance;
    each label takes the first spot of :data:`_SPOTS` that overlaps nothing
    placed before and stays inside the frame, or else the spot that overlaps
    least (a part outside the frame, where it would run into the legend or
    off the map, counts as overlap).  Greedy and
    deterministic: the same map gets the same labels.  Sizes are estimated
    from the font size (DejaVu Sans averages about 0.66 em per character,
    bold 0.72), generously, since overlap is worse than distance.  Offsets
    are in points, upwards positive.
    """
    frame = where.box
    centres = [where.points(p) for p, _, _ in items]
    # the nodes themselves: a marker of area s pt² is about sqrt(s) wide (the platform with its ring)
    halves = [math.sqrt(PLATFORM_RING if platform else NODE_SIZE) / 2 for _, _, platform in items]
    taken = [(x - h, y - h, x + h, y + h) for (x, y), h in zip(centres, halves, strict=True)]
    chosen = []
    for (x, y), (_, text, platform) in zip(centres, items, strict=True):
        size = 8 if platform else 7
        lines = text.split("\n")
        width = (0.72 if platform else 0.66) * size * max(len(line) for line in lines)
        height = 1.25 * size * len(lines)
        extra = 4 if platform else 0
        boxes = []
        for (dx, dy), ha, va in _SPOTS:
            dx, dy = dx + (dx > 0) * extra - (dx < 0) * extra, dy + (dy > 0) * extra - (dy < 0) * extra
            left = x + dx - {"center": width / 2, "left": 0, "right": width}[ha]
            bottom = y + dy - {"top": height, "bottom": 0, "center": height / 2}[va]
            box = (left, bottom, left + width, bottom + height)
            cover = sum(_overlap(box, other) for other in taken) + width * height - _overlap(box, frame)
            boxes.append((cover, ((dx, dy), ha, va), box))
            if cover == 0:
                break
        cover, spot, box = min(boxes, key=lambda b: b[0])
        taken.append(box)
        chosen.append(spot)
    return chosen


def _overlap(a, b) -> float:
    """Area shared by two boxes ``(left, bottom, right, top)``."""
    return max(0.0, min(a[2], b[2]) - max(a[0], b[0])) * max(0.0, min(a[3], b[3]) - max(a[1], b[1]))


def _tel(n: int, enkelvoud: str, meervoud: str) -> str:
    return f"{'geen' if n == 0 else n} {enkelvoud if n == 1 else meervoud}"


def _labels(where: Frame, items: list) -> str:
    """The names, ``(position, text, is_platform, spot)``, each on a white box, the platform's larger and bold.

    A label's lines are centred, or aligned to the side of its dot, as
    :func:`_label_spots` chose; the boxes come first, in one path, then the
    names, so that no box covers another name.
    """
    boxes: list[str] = []
    plain: list[str] = []
    bold: list[str] = []
    for position, text, platform, ((dx, dy), ha, va) in items:
        size = PLATFORM_LABEL_SIZE if platform else LABEL_SIZE
        lines = text.split("\n")
        width = max(svg.text_width(line, size, bold=platform) for line in lines)
        height = size * (LINE * (len(lines) - 1) + 1.0)
        x, y = where.points(position) + np.array([dx, dy])
        left = x - {"center": width / 2, "left": 0.0, "right": width}[ha]
        top = HEIGHT - (y + {"top": 0.0, "bottom": height, "center": height / 2}[va])
        pad = LABEL_PAD * size
        boxes.append(_rounded(left - pad, top - pad, width + 2 * pad, height + 2 * pad, pad))
        anchor, at = {"center": ("middle", left + width / 2), "left": ("start", left), "right": ("end", left + width)}[
            ha
        ]
        for i, line in enumerate(lines):
            baseline = top + size * (ASCENT + LINE * i)
            (bold if platform else plain).append(
                svg.aligned_text(at, baseline, line, anchor=anchor, size=size, bold=platform)
            )
    return (
        (svg.element("path", d="".join(boxes), **LABEL_VLAK) if boxes else "")
        + (svg.element("g", "".join(plain), font_size=LABEL_SIZE, **TEKST) if plain else "")
        + (svg.element("g", "".join(bold), font_size=PLATFORM_LABEL_SIZE, font_weight="bold", **TEKST) if bold else "")
    )


def _rounded(x: float, y: float, width: float, height: float, r: float) -> str:
    """The path of a rectangle with rounded corners of radius ``r`` (SVG coordinates)."""
    n = svg.num
    return (
        f"M{n(x + r)} {n(y)}h{n(width - 2 * r)}a{n(r)} {n(r)} 0 0 1 {n(r)} {n(r)}v{n(height - 2 * r)}"
        f"a{n(r)} {n(r)} 0 0 1 {n(-r)} {n(r)}h{n(2 * r - width)}a{n(r)} {n(r)} 0 0 1 {n(-r)} {n(-r)}"
        f"v{n(2 * r - height)}a{n(r)} {n(r)} 0 0 1 {n(r)} {n(-r)}z"
    )


#: The legend: a handle this long (pt), this far from its text, columns this far apart, rows this far apart,
#: and its last row this far above the map's foot.
HANDLE, HANDLE_PAD, COLUMN_GAP, ROW, LEGEND_FOOT = 14.0, 3.5, 10.5, 10.2, 6.3


def _legend(graph, nodes: list, dubbel: bool) -> str:
    """What the colours, shapes and lines mean, in two columns below the frame; a shape or colour only when
    it can be on a map (the grey of an unknown lijn and the triangle of an unknown herkomst only when shown)."""
    entries: list[tuple[str, dict, str]] = [
        ("o", {"fill": LIJN_KLEUR.get(k, GRIJS), "area": 49.0}, LIJN_TEKST[k])
        for k in (0, 1, 2, None)
        if k is not None or any(_lijn(graph.nodes[n]) is None for n in nodes)
    ]
    entries += [
        (
            HERKOMST_VORM[k],
            {"fill": "#ffffff", "stroke": "#333333", "stroke_width": 1.0, "area": 49.0},
            HERKOMST_TEKST[k],
        )
        for k in ("onderop", "bovenaf", "gemengd", "onbekend")
        if k != "onbekend" or any(graph.nodes[n].get("herkomst") == "onbekend" for n in nodes)
    ]
    entries += [
        ("o", {"fill": PLATFORM_KLEUR, "area": 121.0}, "het buurtplatform"),
        ("lijn", {"stroke": LIJN_GRIJS, "stroke_width": 2.2}, "samenwerking of contact (dikker = intensiever)"),
        ("lijn", {"stroke": SPANNING_KLEUR, "stroke_width": 2.0, "dashes": (5, 3)}, "spanning"),
        ("lijn", {"stroke": PARALLEL_KLEUR, "stroke_width": 3.0, "dashes": (1, 1.6)}, "parallelle infrastructuur"),
    ]
    if dubbel:
        entries.append(("lijn", {"stroke": PARALLEL_KLEUR, "stroke_width": 1.2, "dashes": (1, 2)}, "dubbele functie"))
    rows = math.ceil(len(entries) / 2)
    columns = [entries[:rows], entries[rows:]]
    widths = [HANDLE + HANDLE_PAD + max(svg.text_width(t, LEGEND_SIZE) for _, _, t in c) for c in columns]
    left = (WIDTH - sum(widths) - COLUMN_GAP) / 2
    handles, texts = [], []
    for column, width in zip(columns, widths, strict=True):
        for row, (vorm, style, label) in enumerate(column):
            y = HEIGHT - LEGEND_FOOT - (rows - row - 0.5) * ROW
            style = dict(style)
            if vorm == "lijn":
                dashes = style.pop("dashes", None)
                if dashes:
                    style["stroke_dasharray"] = " ".join(svg.num(d * style["stroke_width"]) for d in dashes)
                handles.append(svg.element("path", d=f"M{svg.num(left)} {svg.num(y)}h{svg.num(HANDLE)}", **style))
            else:
                area = style.pop("area")
                handles.append(svg.element("path", d=_shape(left + HANDLE / 2, y, area, vorm), **style))
            texts.append(svg.text(left + HANDLE + HANDLE_PAD, y + 0.35 * LEGEND_SIZE, label))
        left += width + COLUMN_GAP
    return "".join(handles) + svg.element("g", "".join(texts), font_size=LEGEND_SIZE, **TEKST)
