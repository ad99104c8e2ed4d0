"""The kit's colours: named once, in the stylesheet, and read from there by the charts and the map.

The one stylesheet (``kit/render/templates/proeftuin/rapport.css``) names
every colour of the reports as a custom property of ``:root``
(``--huis: #003a70;``).  The charts and the network map are drawn in Python,
so they read the same names here: the house colour, the text colours and the
colour of light text on a dark cell are each defined once, for CSS and
Python alike.  The file is read as package data (not through
:mod:`kit.render`, which sits above this layer).

Every text colour must be readable: WCAG 2.x contrast of at least 4.5:1
against its background (:func:`contrast`); ``tests/test_contrast.py``
checks every pair the stylesheet and the charts draw.
"""

from __future__ import annotations

import functools
import re
from importlib import resources

#: The stylesheet, as package data of ``kit``.
STYLESHEET = "render/templates/proeftuin/rapport.css"
_ROOT = re.compile(r":root\s*\{(.*?)\}", re.S)
_PROPERTY = re.compile(r"--([a-z0-9-]+)\s*:\s*([^;]+);")
_HEX = re.compile(r"#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})")
#: WCAG 2.x: the contrast normal text needs (level AA); large text (18 pt, or 14 pt bold) needs 3:1.
AA, AA_GROOT = 4.5, 3.0


def hex6(colour: str) -> str:
    """``colour`` (``#rgb`` or ``#rrggbb``) as lowercase ``#rrggbb``.

    >>> hex6("#55A")
    '#5555aa'
    """
    if not _HEX.fullmatch(colour):
        raise ValueError(f"geen kleur als #rgb of #rrggbb: {colour!r}")
    digits = colour[1:].lower()
    return "#" + ("".join(c * 2 for c in digits) if len(digits) == 3 else digits)


def palet_uit(css: str) -> dict[str, str]:
    """The colours a stylesheet names in ``:root``: ``{"huis": "#003a70", …}`` (without the ``--``).

    Raises ``ValueError`` when a name is given twice or a value is no
    ``#rgb``/``#rrggbb`` colour: each colour is named once, as a colour.

    >>> palet_uit(":root { --huis: #003a70; /* house */ --wit: #fff; }")
    {'huis': '#003a70', 'wit': '#ffffff'}
    """
    root = _ROOT.search(re.sub(r"/\*.*?\*/", "", css, flags=re.S))
    if root is None:
        raise ValueError("de stylesheet heeft geen :root met kleuren")
    found: dict[str, str] = {}
    for name, value in _PROPERTY.findall(root[1]):
        if name in found:
            raise ValueError(f"--{name} staat twee keer in :root")
        found[name] = hex6(value.strip())
    return found


@functools.cache
def palet() -> dict[str, str]:
    """The colours of the kit's stylesheet (:func:`palet_uit` of :data:`STYLESHEET`)."""
    return palet_uit((resources.files("kit") / STYLESHEET).read_text(encoding="utf-8"))


def kleur(naam: str) -> str:
    """The colour the stylesheet names ``--naam``, as ``#rrggbb``; ``KeyError`` for an unknown name."""
    return palet()[naam]


def _luminance(colour: str) -> float:
    """WCAG 2.x relative luminance of an sRGB colour."""
    digits = hex6(colour)[1:]
    channels = [int(digits[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    r, g, b = (c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(voorgrond: str, achtergrond: str) -> float:
    """WCAG 2.x contrast ratio of two colours, from 1 (equal) to 21 (black on white).

    >>> round(contrast("#ffffff", "#4a98c9"), 2)
    3.17
    >>> contrast("#000", "#fff")
    21.0
    """
    light, dark = sorted((_luminance(voorgrond), _luminance(achtergrond)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


@functools.lru_cache(maxsize=64)
def tekst_op(achtergrond: str) -> str:
    """The text colour for a cell of colour ``achtergrond``: the page's text colour, or white where that reads better.

    One rule for every coloured cell the charts draw text on (the maatlat's
    scores); the stylesheet's cells (``.vk0``–``.vk4``) follow it too, and
    the contrast test holds both to WCAG AA.
    """
    tekst, wit = kleur("tekst"), kleur("wit")
    return wit if contrast(wit, achtergrond) > contrast(tekst, achtergrond) else tekst
