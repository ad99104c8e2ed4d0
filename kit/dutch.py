"""Numbers as Dutch readers write them, for every output meant for people."""

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
