"""Dates, months, ranks and shares in Dutch words, as the reports write them.

Month names are the kit's own, not the system locale's: the output must not
depend on the machine that renders it.
"""

from __future__ import annotations

import re

import pandas as pd

from kit.data.months import as_month
from kit.dutch import dagen, hoofdletter, leeg, meervoud  # noqa: F401 - the report's words, kept with kit.dutch's

MAANDEN = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)


def maand_label(maand) -> str:
    """Return the Dutch name of a month (``JJJJ-MM`` or a Period).

    >>> maand_label("2024-04")
    'april 2024'
    """
    month = as_month(maand)
    return f"{MAANDEN[month.month - 1]} {month.year}"


def datum_tekst(day) -> str:
    """A date in Dutch: ``4 april 2024``; missing ``–``."""
    if leeg(day):
        return "–"
    day = pd.Timestamp(day)
    return f"{day.day} {MAANDEN[day.month - 1]} {day.year}"


def maand_lang(maand) -> str:
    """``april 2024`` for ``2024-04`` (or a Period): :func:`maand_label`."""
    return maand_label(maand)


#: The months as Dutch writes them short (``mrt``, not ``maa``).
MAANDEN_KORT = ("jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec")


def maand_kort(maand) -> str:
    """A short month for chart axes: ``apr 24``, ``mrt 25``.

    >>> maand_kort("2025-03")
    'mrt 25'
    """
    month = as_month(maand)
    return f"{MAANDEN_KORT[month.month - 1]} {month.year % 100:02d}"


def rang_tekst(rang, aantal) -> str:
    """``3e van 10``; ``–`` without a rank."""
    if leeg(rang):
        return "–"
    return f"{int(rang)}e van {int(aantal)}"


def opsomming(items) -> str:
    """Items joined the Dutch way: ``A``, ``A en B``, ``A, B en C``; ``''`` without items.

    >>> opsomming(["school", "welzijn", "zorgpunt"])
    'school, welzijn en zorgpunt'
    """
    items = list(items)
    return " en ".join(filter(None, [", ".join(items[:-1]), items[-1]])) if items else ""


#: The longest name a report prints (the pilot's longest is under 40 characters).
NAAM_MAX = 60


def inkorten(naam, lengte: int = NAAM_MAX) -> str:
    """A name as a report prints it: at most ``lengte`` characters, else cut at a word with ``…``.

    A name is a label: one pasted with a whole paragraph, or a single word
    of thousands of letters, would fill pages and cost the PDF's layout
    minutes.  Runs of white space become one space.

    >>> inkorten("Buurthuis De Kastanje")
    'Buurthuis De Kastanje'
    >>> inkorten("Stichting voor de bevordering van de samenwerking in de buurt", 40)
    'Stichting voor de bevordering van de…'
    >>> inkorten("x" * 10_000, 12)
    'xxxxxxxxxxx…'
    """
    naam = " ".join(str(naam).split())
    if len(naam) <= lengte:
        return naam
    kort = naam[: lengte - 1]
    spatie = kort.rfind(" ")
    if spatie >= lengte // 2:
        kort = kort[:spatie]
    return kort.rstrip(" ,;:-·") + "…"


#: The longest word a report prints from free text: longer than any Dutch word or useful web address.
WOORD_MAX = 100
_LANG_WOORD = re.compile(rf"\S{{{WOORD_MAX + 1},}}")


def lange_woorden_inkorten(tekst: str) -> str:
    """``tekst`` with every word longer than :data:`WOORD_MAX` characters cut short with ``…``.

    Free text is printed in full, but a "word" of thousands of letters
    (a pasted link with its tracking code, a key held down) would cost the
    PDF's layout minutes: WeasyPrint tries every place to break it.

    >>> lange_woorden_inkorten("zie " + "x" * 500 + " voor meer")
    'zie xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx… voor meer'
    """
    return _LANG_WOORD.sub(lambda m: m[0][: WOORD_MAX - 1] + "…", tekst)


def periode_label(van, tot) -> str:
    """A period of months in Dutch words.

    >>> periode_label("2025-01", "2025-12"), periode_label("2024-11", "2025-02"), periode_label("2025-06", "2025-06")
    ('januari tot en met december 2025', 'november 2024 tot en met februari 2025', 'juni 2025')
    """
    first, last = as_month(van), as_month(tot)
    if first == last:
        return maand_lang(first)
    begin = MAANDEN[first.month - 1] if first.year == last.year else maand_lang(first)
    return f"{begin} tot en met {maand_lang(last)}"
