"""Dates, months, ranks and lists in Dutch words, as the reports write them.

Month names and names shortened to a label are the kit's own words
(:mod:`kit.dutch`), a month and a period in words are the month rule's
(:mod:`kit.data.months`): the render factory needs them too, below the
reports.  They are named here as well, with the reports' other words.
"""

from __future__ import annotations

import re

import pandas as pd

from kit.data.months import as_month, maand_label, periode_label  # noqa: F401 - the report's words
from kit.dutch import (  # noqa: F401 - the report's words, kept with kit.dutch's
    MAANDEN,
    MAANDEN_KORT,
    NAAM_MAX,
    dagen,
    hoofdletter,
    inkorten,
    leeg,
    meervoud,
)


def datum_tekst(day) -> str:
    """A date in Dutch: ``4 april 2024``; missing ``–``."""
    if leeg(day):
        return "–"
    day = pd.Timestamp(day)
    return f"{day.day} {MAANDEN[day.month - 1]} {day.year}"


def maand_lang(maand) -> str:
    """``april 2024`` for ``2024-04`` (or a Period): :func:`maand_label`."""
    return maand_label(maand)


def maand_kort(maand) -> str:
    """A short month for chart axes: ``apr 24``, ``mrt 25``.

    >>> maand_kort("2025-03")
    'mrt 25'
    """
    month = as_month(maand)
    return f"{MAANDEN_KORT[month.month - 1]} {month.year % 100:02d}"


def opsomming(items) -> str:
    """Items joined the Dutch way: ``A``, ``A en B``, ``A, B en C``; ``''`` without items.

    >>> opsomming(["school", "welzijn", "zorgpunt"])
    'school, welzijn en zorgpunt'
    """
    items = list(items)
    return " en ".join(filter(None, [", ".join(items[:-1]), items[-1]])) if items else ""


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
