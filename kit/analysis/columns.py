"""A table's columns as numpy arrays, converted once: what measures called every month read.

The measures of a buurt's action list, requests, results, scores and
recognitions take the buurt's rows as a :class:`pandas.DataFrame`.  The
panel calls each of them for every month of every buurt, and taking a column
out of a DataFrame costs more than the measure's own arithmetic on a few
dozen rows; so the panel converts each buurt's tables once into
:class:`Columns` and the measures read either through :func:`column`.
"""

from __future__ import annotations

from typing import Any, TypeAlias, TypeVar

import numpy as np
import pandas as pd


class Columns:
    """The columns of a table as numpy arrays of equal length, each converted once.

    Parameters
    ----------
    frame : pandas.DataFrame
        The table.
    dtypes : mapping of str to dtype
        The columns to keep and the dtype of each: dates as
        ``"datetime64[ns]"`` (missing as ``NaT``), numbers that may be
        missing as ``"float64"`` (missing as ``NaN``), text and lists as
        ``object``.

    Examples
    --------
    >>> table = Columns(pd.DataFrame({"status": ["open", "gedaan"], "n": pd.array([1, None], dtype="Int64")}),
    ...                 {"status": object, "n": "float64"})
    >>> len(table), table["n"].tolist(), table.take([1])["status"].tolist()
    (2, [1.0, nan], ['gedaan'])
    """

    def __init__(
        self,
        frame: pd.DataFrame | None = None,
        dtypes: dict[str, Any] | None = None,
        *,
        arrays: dict[str, Any] | None = None,
    ) -> None:
        if arrays is None:
            assert frame is not None and dtypes is not None, "Columns takes a frame with dtypes, or arrays"
            arrays = {name: _array(frame[name], dtype) for name, dtype in dtypes.items()}
        self._arrays = arrays
        self._length = len(next(iter(arrays.values()))) if arrays else 0

    def __getitem__(self, name: str) -> np.ndarray:
        return self._arrays[name]

    def __len__(self) -> int:
        return self._length

    @property
    def empty(self) -> bool:
        return self._length == 0

    def take(self, rows: np.ndarray | slice | list[int]) -> Columns:
        """The rows at ``rows`` (positions, a slice or a boolean mask), as Columns."""
        return Columns(arrays={name: values[rows] for name, values in self._arrays.items()})


#: What a measure of a buurt's rows takes: the rows as a DataFrame, or their :class:`Columns`.
Table: TypeAlias = pd.DataFrame | Columns
#: A table of either kind, given and returned as the same kind.
T = TypeVar("T", pd.DataFrame, Columns)


def rows(table: T, chosen: np.ndarray) -> T:
    """The rows of ``table`` (a DataFrame or :class:`Columns`) where the boolean mask ``chosen`` is true.

    How a rule of the kit hands out the rows it selects: a report lists
    them, a figure counts them.

    >>> rows(pd.DataFrame({"n": [1, 2, 3]}), np.array([True, False, True]))["n"].tolist()
    [1, 3]
    """
    if isinstance(table, Columns):
        return table.take(chosen)
    return table[chosen]


def _array(values: pd.Series, dtype: Any) -> np.ndarray:
    if dtype is not None and np.dtype(dtype) == np.float64:
        return values.to_numpy("float64", na_value=np.nan)
    return values.to_numpy(dtype)


def column(table: Table, name: str, dtype: Any = None) -> np.ndarray:
    """Column ``name`` of ``table`` — a DataFrame or :class:`Columns` — as a numpy array of ``dtype``.

    A DataFrame's column is converted (missing numbers become ``NaN``); the
    arrays of Columns were converted when they were made and are returned
    as they are.

    >>> column(pd.DataFrame({"score": [4, 3]}), "score", "float64")
    array([4., 3.])
    """
    values = table[name]
    if isinstance(values, np.ndarray):
        return values
    return _array(values, dtype)
