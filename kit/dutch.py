"""Numbers and counts as Dutch readers write them, for every output meant for people.

The words the figures' sentences need live here, below the analysis layer
(:mod:`kit.analysis.catalogue`), and those the render factory needs too
(month names, names shortened to a label); the month as Dutch writes it is
:func:`kit.data.months.maand_label`, the reports' other words (dates, lists)
are in :mod:`kit.report.words`.  Month names are the kit's own, not the
system locale's: the output must not depend on the machine that renders it.
"""

from __future__ import annotations

import pandas as pd

MIN = "\u2212"  # the typographic minus


def leeg(value) -> bool:
    """True for a missing figure (``None`` or NaN)."""
    if value is None:
        return True
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def getal(value, decimalen: int = 2, *, strip: bool = False) -> str:
    """A number the Dutch way: decimal comma, ``.`` between thousands, a real minus sign.

    ``strip`` drops trailing zeros (``3,0`` → ``3``).  A missing value is ``–``.

    >>> getal(0.25)
    '0,25'
    >>> getal(-0.142857, 2)
    '−0,14'
    >>> getal(1234)
    '1.234'
    >>> getal(3.0, 1, strip=True)
    '3'
    """
    if leeg(value):
        return "–"
    value = float(value)
    if float(value).is_integer() and (strip or decimalen == 0 or abs(value) >= 1000):
        text = f"{abs(value):,.0f}"
    else:
        text = f"{abs(value):,.{decimalen}f}"
        if strip and "." in text:
            text = text.rstrip("0").rstrip(".")
    text = text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")
    rounded_zero = text.strip("0,.") == ""
    return (MIN if value < 0 and not rounded_zero else "") + text


def geheel(value) -> str:
    """A count: ``3``; missing ``–``."""
    return "–" if leeg(value) else getal(round(float(value)), 0)


def procent(share, decimalen: int = 0) -> str:
    """A share as a percentage: ``0.714`` → ``71%``."""
    return "–" if leeg(share) else getal(100 * float(share), decimalen, strip=True) + "%"


def meervoud(n, enkelvoud: str, meervoud_: str) -> str:
    """``1 actie``, ``2 acties``, ``geen acties``."""
    n = int(n)
    return f"geen {meervoud_}" if n == 0 else f"{n} {enkelvoud if n == 1 else meervoud_}"


_BREUKEN = (
    (0.0, "geen"),
    (0.1, "een tiende"),
    (0.2, "een vijfde"),
    (0.25, "een kwart"),
    (1 / 3, "een derde"),
    (0.4, "twee vijfde"),
    (0.5, "de helft"),
    (0.6, "drie vijfde"),
    (2 / 3, "twee derde"),
    (0.75, "driekwart"),
    (0.8, "vier vijfde"),
    (0.9, "negen tiende"),
    (1.0, "alle"),
)


def deel_tekst(share) -> str:
    """A share in words where a simple fraction fits, else as a percentage.

    >>> deel_tekst(0.25), deel_tekst(0.5), deel_tekst(0.714)
    ('een kwart', 'de helft', '71%')
    """
    if leeg(share):
        return "–"
    share = float(share)
    for value, words in _BREUKEN:
        if abs(share - value) < 0.005:
            return words
    return procent(share)


def dagen(n) -> str:
    """``1 dag``, ``31 dagen``, ``31,5 dagen`` (a median may fall halfway); ``–`` when missing.

    >>> dagen(1), dagen(31.5), dagen(40.0)
    ('1 dag', '31,5 dagen', '40 dagen')
    """
    if leeg(n):
        return "–"
    return f"{getal(n, 1, strip=True)} {'dag' if float(n) == 1 else 'dagen'}"


def hoofdletter(text: str) -> str:
    """``text`` with a capital first letter."""
    return text[:1].upper() + text[1:] if text else text


#: The numbers a sentence writes as a word, from nul to twaalf.
TELWOORDEN = ("nul", "één", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "elf", "twaalf")


def telwoord(n: int) -> str:
    """``n`` as a sentence writes it: a word up to twelve, digits beyond.

    >>> telwoord(3), telwoord(30)
    ('drie', '30')
    """
    return TELWOORDEN[n] if 0 <= n < len(TELWOORDEN) else str(n)


def termijn(days: int) -> str:
    """A span of ``days`` as a sentence writes it: whole weeks in weeks, else in days.

    >>> termijn(14), termijn(7), termijn(30)
    ('twee weken', 'één week', '30 dagen')
    """
    if days % 7:
        return f"{days} dagen"
    weeks = days // 7
    return f"{telwoord(weeks)} {'week' if weeks == 1 else 'weken'}"


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
#: The months as Dutch writes them short (``mrt``, not ``maa``).
MAANDEN_KORT = ("jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec")

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
