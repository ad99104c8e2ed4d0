"""Parsing of single cells, shared by validation (is it valid?) and loading (what is it?).

Every parser takes the trimmed text of a cell and returns the typed value, or
raises :class:`ValueError` when the text is not of the type.  Empty text is
handled by the caller (it means "no value"), except for yes/no where empty
means ``nee``.
"""

from __future__ import annotations

import calendar
import re
from datetime import date

from .contract import FALSE_WORDS, NUMBER_LIMIT, TRUE_WORDS, YEARS

# Digits are ASCII digits: ``\d`` would also take Arabic-Indic or full-width digits, which Python reads as numbers.
_ID = re.compile(r"[A-Za-z0-9_-]+")
_DAY = re.compile(r"([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})")
_MONTH = re.compile(r"([0-9]{4})-([0-9]{1,2})")
_NUMBER = re.compile(r"-?[0-9]+(?:[.,]([0-9]+))?")


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


class DateOutOfRange(ValueError):
    """A date of a year the kit cannot compute with (outside :data:`~kit.data.contract.YEARS`): ``0224-03-10``."""


def _year(text: str, match: re.Match[str]) -> int:
    """The year of a matched date or month, if the kit can compute with it; else raise :class:`DateOutOfRange`."""
    year = int(match[1])
    if not YEARS[0] <= year <= YEARS[1]:
        raise DateOutOfRange(text)
    return year


def parse_month(text: str) -> date:
    """Return the first day of the month written as ``JJJJ-MM``.

    >>> parse_month("2024-03")
    datetime.date(2024, 3, 1)
    """
    match = _MONTH.fullmatch(text)
    if not match:
        raise ValueError(text)
    return date(_year(text, match), int(match[2]), 1)


def parse_date(text: str, *, end: bool = False, allow_month: bool = True) -> date:
    """Return the date written as ``JJJJ-MM-DD`` or, if allowed, ``JJJJ-MM``.

    A bare month means its first day, or with ``end=True`` its last day: a
    relation that ends "in March" is still active in March.  A year the kit
    cannot compute with raises :class:`DateOutOfRange`.

    >>> parse_date("2024-02", end=True)
    datetime.date(2024, 2, 29)
    """
    match = _DAY.fullmatch(text)
    if match:
        return date(_year(text, match), int(match[2]), int(match[3]))
    if not allow_month:
        raise ValueError(text)
    first = parse_month(text)
    if end:
        return first.replace(day=calendar.monthrange(first.year, first.month)[1])
    return first


class AmbiguousNumber(ValueError):
    """A number whose only separator is followed by exactly three digits: ``12.000``, ``1,500``."""


class NumberTooLarge(ValueError):
    """A number beyond :data:`~kit.data.contract.NUMBER_LIMIT`, either sign."""


def parse_number(text: str) -> float:
    """Return the number in ``text``: digits with at most one decimal separator, ``,`` or ``.``.

    A separator followed by exactly three digits raises :class:`AmbiguousNumber`:
    ``12.000`` is twelve thousand to a Dutch reader and twelve to a
    spreadsheet, and guessing either way would put a wrong sum in a report.
    ``nan``, ``inf``, ``1e3``, ``1_000`` and ``+5``, which Python's
    ``float`` accepts, are no numbers here.  A number beyond
    :data:`~kit.data.contract.NUMBER_LIMIT` raises :class:`NumberTooLarge`,
    so that no sum of amounts can overflow to infinity (and print as ``inf``,
    or as ``Infinity`` in JSON that is then no JSON).

    >>> parse_number("2,5"), parse_number("12000")
    (2.5, 12000.0)
    """
    match = _NUMBER.fullmatch(text)
    if not match:
        raise ValueError(text)
    if match[1] is not None and len(match[1]) == 3:
        raise AmbiguousNumber(text)
    number = float(text.replace(",", "."))
    if abs(number) > NUMBER_LIMIT:  # hundreds of digits are inf, and beyond too
        raise NumberTooLarge(text)
    return number


def parse_int(text: str) -> int:
    """Return the whole number in ``text``: a number as :func:`parse_number` reads it, with no fraction.

    So the same text is refused as in a column with decimals (``12.000``
    is ambiguous, ``1e3`` no number), and a spreadsheet's ``3.0`` or ``3,00``
    is 3: a separator followed by other than three digits reads one way only.

    >>> parse_int("12"), parse_int("3,0"), parse_int("-2")
    (12, 3, -2)
    """
    number = parse_number(text)
    if not number.is_integer():
        raise ValueError(text)
    return int(number)


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
