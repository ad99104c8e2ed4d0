"""A buurt's seats at tables as rows, for the reports' sections on its place at the table ("Aan tafel").

The figures count seats (:mod:`kit.analysis.measures.tables`); a report lists
them: which table, on which rung, convened by whom, offered or asked for,
since and until when.  The rows carry ids and the ``tafel`` text as typed,
never a name: a report names the actors by its own privacy rule and passes
the text through its own redactor, as it does with events
(:mod:`kit.report.gebeurtenissen`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pandas as pd

from kit.data.months import as_month

from .measures.tables import active_seats, rung, successor
from .snapshot import history

if TYPE_CHECKING:
    from kit.data.dataset import Dataset

#: The columns of :func:`seat_rows`, in order.
SEAT_COLUMNS = ("id", "actor", "tafel", "eigenaar", "rol", "trede", "toegang", "vanaf", "tot", "bron", "opvolger")


def seat_rows(
    dataset: Dataset, buurt: str, first: str | pd.Period, last: str | pd.Period | None = None
) -> pd.DataFrame:
    """The seats of ``buurt`` active at some time from month ``first`` to ``last`` (default: ``first`` alone), one
    row each with :data:`SEAT_COLUMNS` (``trede``: the rung, 1 … 6; ``opvolger``: the seat that continues it at the
    same table in another role, :func:`~kit.analysis.measures.tables.successor`, or ``None``), highest rung first,
    then by ``vanaf`` and id.

    A seat that ended in the span is listed with its ``tot``; one not yet begun is not.  Empty for a buurt that
    keeps no ``tafels`` (ask :func:`kit.analysis.registers.kept` to say "niet vastgelegd").

    Examples
    --------
    >>> seat_rows(load("examples/lindenhof-v4"), "lindenhof", "2024-04")["id"].tolist()  # doctest: +SKIP
    ['t3', 't2', 't4']
    """
    start = as_month(first)
    end = start if last is None else as_month(last)
    every = history(dataset, buurt).seats
    seats = active_seats(every, start.start_time, end.end_time.normalize())
    rows = seats.assign(
        trede=[rung(rol) for rol in seats["rol"]],
        opvolger=[successor(every, seat) for _, seat in seats.iterrows()],
    )[list(SEAT_COLUMNS)]
    return rows.sort_values(["trede", "vanaf", "id"], ascending=[False, True, True], kind="stable").reset_index(
        drop=True
    )
