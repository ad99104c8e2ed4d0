"""Text cells that a spreadsheet cannot run as a formula: one rule for every CSV and workbook the kit writes.

Excel, LibreOffice and Google Sheets evaluate a cell that starts with ``=``,
``+``, ``-`` or ``@`` (and some a tab or line break before one) as a formula:
a buurt called ``=HYPERLINK(...)`` in a panel or a dataset would run when a
researcher opens it.  Every text the kit writes into a cell passes
:func:`safe_text`, which puts an apostrophe in front of such text.  The
apostrophe stays visible (``'-Noord``) in Excel and LibreOffice alike, for
CSV files and workbooks: a reader sees that the kit changed the value, and
the value itself is still there to read.  A tab in front would be invisible,
and lost or kept depending on the program.

Numbers are not text: a number stays a number (a float cell, or in a CSV the
plain text ``-0.5`` a spreadsheet reads as the number), so the E-I index
``-0.5`` is written as it is.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any, TypeVar

import pandas as pd

#: What a spreadsheet may take as the start of a formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n")
#: A plain decimal number, which a spreadsheet reads as a number, not a formula.
_NUMBER = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?")


T = TypeVar("T")


def safe_text(value: T) -> T | str:
    """Return ``value`` so that no spreadsheet reads it as a formula.

    Text that starts with a formula character (also after spaces) gets a
    leading apostrophe, unless it is a plain number; anything that is not
    text is returned as it is.

    >>> safe_text("-Noord"), safe_text("=1+1"), safe_text("  @SUM(A1)")
    ("'-Noord", "'=1+1", "'  @SUM(A1)")
    >>> safe_text("-0.5"), safe_text(-0.5), safe_text("lindenhof")
    ('-0.5', -0.5, 'lindenhof')
    """
    if not isinstance(value, str):
        return value
    if value.lstrip(" ").startswith(FORMULA_STARTS) and not _NUMBER.fullmatch(value.strip()):
        return "'" + value
    return value


def safe_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """A copy of ``frame`` with :func:`safe_text` applied to every text cell (number columns untouched)."""
    safe = frame.copy()
    for name in safe.columns:
        if safe[name].dtype == object or pd.api.types.is_string_dtype(safe[name].dtype):
            safe[name] = safe[name].map(safe_text)
    return safe


def safe_rows(rows: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """Apply :func:`safe_text` to every value of rows given as dicts (for :class:`csv.DictWriter`)."""
    return [{key: safe_text(value) for key, value in row.items()} for row in rows]
