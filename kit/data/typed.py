"""Turning a table of text cells into typed columns, once, so analysis never re-parses.

Types after conversion:

========== ==============================================================
``date``   ``datetime64`` (``NaT`` when empty); bare months already resolved
``month``  ``period[M]``
``int``    nullable ``Int64``
``number`` nullable ``Float64``
``bool``   ``bool``; an empty ``persoon`` is ``True`` for the kinds of :data:`~.contract.PERSON_SOORTEN`
``lijn``   nullable ``Int64`` 0, 1 or 2 (``<NA>`` when unknown)
lists      ``tuple`` of str (empty tuple when empty)
text, ids  ``str`` (``None`` when empty)
========== ==============================================================

Cells that failed validation become empty values; :func:`typed` is used on
invalid data only to run the cross-file checks on what could be read.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pandas as pd

from .cells import parse_bool, parse_date, parse_int, parse_month, parse_number, split_list
from .contract import PERSON_SOORTEN, FileSpec


def _safe(parse: Callable[[str], Any], value: str) -> Any:
    if value == "":
        return None
    try:
        return parse(value)
    except ValueError:
        return None


def typed_column(kind: str, vocab: str | None, cells: pd.Series) -> pd.Series:
    """Convert one column of text cells to its type (see the module docstring)."""
    values = cells.tolist()
    if kind in ("date", "date_end", "day"):
        end = kind == "date_end"
        dates = [_safe(lambda t: parse_date(t, end=end), v) for v in values]
        return pd.Series(pd.to_datetime(dates), index=cells.index, dtype="datetime64[ns]")
    if kind == "month":
        months = [_safe(parse_month, v) for v in values]
        return pd.Series(
            [pd.Period(m, freq="M") if m else pd.NaT for m in months], index=cells.index, dtype="period[M]"
        )
    if kind == "int":
        return pd.Series([_safe(parse_int, v) for v in values], index=cells.index, dtype="Int64")
    if kind == "number":
        return pd.Series([_safe(parse_number, v) for v in values], index=cells.index, dtype="Float64")
    if kind == "bool":
        return pd.Series([_safe(parse_bool, v) or False for v in values], index=cells.index, dtype=bool)
    if kind in ("refs", "vocabs"):
        return pd.Series([split_list(v) for v in values], index=cells.index, dtype=object)
    if vocab == "lijn":
        return pd.Series([_safe(int, v) for v in values], index=cells.index, dtype="Int64")
    return pd.Series([v if v != "" else None for v in values], index=cells.index, dtype=object)


def typed(spec: FileSpec, cells: pd.DataFrame) -> pd.DataFrame:
    """Return the typed frame of a file: the contract's columns, in its order."""
    frame = pd.DataFrame(
        {column.name: typed_column(column.kind, column.vocab, cells[column.name]) for column in spec.columns},
        index=cells.index,
    )
    if "persoon" in frame and "soort" in frame:
        frame["persoon"] |= cells["persoon"].eq("") & frame["soort"].isin(PERSON_SOORTEN)
    return frame
