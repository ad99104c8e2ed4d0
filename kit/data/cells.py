"""Parsing of single cells, shared by validation (is it valid?) and loading (what is it?).

Every parser takes the trimmed text of a cell and returns the typed value, or
raises :class:`ValueError` when the text is not of the type.  Empty text is
handled by the caller (it means "no value"), except for yes/no where empty
means ``nee``.
"""

from __future__ import annotations

import calendar
import math
import re
from datetime import date

from .contract import FALSE_WORDS, TRUE_WORDS

_ID = re.compile(r"[A-Za-z0-9_-]+")
_DAY = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_MONTH = re.compile(r"(\d{4})-(\d{1,2})")
_NUMBER = re.compile(r"-?\d+(?:[.,](\d+))?")


#: Unicode's Bidi_Control characters (PropList.txt): they reorder what follows on screen and in print, so
#: that a cell typed "\u202earimaS" shows "Samira".  Every cell loses them when it is read (:func:`without_bidi`).
BIDI_CONTROLS = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_WITHOUT_BIDI = str.maketrans(dict.fromkeys(BIDI_CONTROLS))


def without_bidi(text: str) -> str:
    """``text`` without direction controls: what a cell says, in the order it was typed.

    >>> without_bidi("\u202earimaS \u2067belt\u2069")
    'arimaS belt'
    """
    return text.translate(_WITHOUT_BIDI) if not text.isascii() else text


#: What an id may not start with: a spreadsheet would read the id as a formula.
ID_FORBIDDEN_STARTS = ("-", "=", "+", "@")


def parse_id(text: str) -> str:
    """Return ``text`` if it is an identifier: letters, digits, ``-`` and ``_``, not starting with ``-``.

    An id is copied into panels and exports that researchers open in a
    spreadsheet, which reads ``-lh`` as a formula; ``=``, ``+`` and ``@`` are
    no id characters at all.
    """
    if not _ID.fullmatch(text) or text.startswith(ID_FORBIDDEN_STARTS):
        raise ValueError(text)
    return text


def parse_month(text: str) -> date:
    """Return the first day of the month written as ``JJJJ-MM``.

    >>> parse_month("2024-03")
    datetime.date(2024, 3, 1)
    """
    match = _MONTH.fullmatch(text)
    if not match:
        raise ValueError(text)
    return date(int(match[1]), int(match[2]), 1)


def parse_date(text: str, *, end: bool = False, allow_month: bool = True) -> date:
    """Return the date written as ``JJJJ-MM-DD`` or, if allowed, ``JJJJ-MM``.

    A bare month means its first day, or with ``end=True`` its last day: a
    relation that ends "in March" is still active in March.

    >>> parse_date("2024-02", end=True)
    datetime.date(2024, 2, 29)
    """
    match = _DAY.fullmatch(text)
    if match:
        return date(int(match[1]), int(match[2]), int(match[3]))
    if not allow_month:
        raise ValueError(text)
    first = parse_month(text)
    if end:
        return first.replace(day=calendar.monthrange(first.year, first.month)[1])
    return first


def parse_int(text: str) -> int:
    """Return the whole number in ``text``; ``3.0`` (as spreadsheets write) is accepted."""
    try:
        return int(text)
    except ValueError:
        number = float(text.replace(",", "."))
        if not number.is_integer():
            raise
        return int(number)


class AmbiguousNumber(ValueError):
    """A number whose only separator is followed by exactly three digits: ``12.000``, ``1,500``."""


def parse_number(text: str) -> float:
    """Return the number in ``text``: digits with at most one decimal separator, ``,`` or ``.``.

    A separator followed by exactly three digits raises :class:`AmbiguousNumber`:
    ``12.000`` is twelve thousand to a Dutch reader and twelve to a
    spreadsheet, and guessing either way would put a wrong sum in a report.
    ``nan``, ``inf`` and numbers too large for a float, which Python's
    ``float`` accepts, are no numbers here.

    >>> parse_number("2,5"), parse_number("12000")
    (2.5, 12000.0)
    """
    match = _NUMBER.fullmatch(text)
    if not match:
        raise ValueError(text)
    if match[1] is not None and len(match[1]) == 3:
        raise AmbiguousNumber(text)
    number = float(text.replace(",", "."))
    if not math.isfinite(number):  # hundreds of digits overflow to inf
        raise ValueError(text)
    return number


def parse_bool(text: str) -> bool:
    """Return the yes/no value of ``text``: ``ja``/``nee`` and the contract's variants, any case."""
    word = text.lower()
    if word in TRUE_WORDS:
        return True
    if word in FALSE_WORDS:
        return False
    raise ValueError(text)


def split_list(text: str) -> tuple[str, ...]:
    """Split a ``;``-separated list, trimming items and dropping empty ones.

    >>> split_list(" a; b;;")
    ('a', 'b')
    """
    return tuple(item.strip() for item in text.split(";") if item.strip())
