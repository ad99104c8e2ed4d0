"""Dutch labels for months and reports, independent of the system locale.

The report machinery names months in headers, titles and the index; relying
on ``locale`` would make the output depend on the machine that renders it.
"""

from __future__ import annotations

import re

MAANDEN = (
    "januari", "februari", "maart", "april", "mei", "juni",
    "juli", "augustus", "september", "oktober", "november", "december",
)
MAAND_PATROON = re.compile(r"(\d{4})-(0[1-9]|1[0-2])")


def check_maand(maand: str) -> str:
    """Return ``maand`` if it is written ``JJJJ-MM``, else raise :class:`ValueError`."""
    if not MAAND_PATROON.fullmatch(maand):
        raise ValueError(f"maand moet de vorm JJJJ-MM hebben, niet {maand!r}")
    return maand


def maand_label(maand: str) -> str:
    """Return the Dutch name of a ``JJJJ-MM`` month.

    >>> maand_label("2024-04")
    'april 2024'
    """
    jaar, nummer = check_maand(maand).split("-")
    return f"{MAANDEN[int(nummer) - 1]} {jaar}"
