"""Beyond one month: the panel of every buurt and month, trends and positions.

The panel is the tidy table researchers continue with in pandas, R or Excel
(``proeftuin metrics DATASET --out panel.csv``) and the source of every trend
and comparison in the reports.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Iterable
from concurrent.futures import ProcessPoolExecutor
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from kit.collector import collector_paused
from kit.data.months import month_text
from kit.data.spans import buurt_months, dataset_months
from kit.privacy import PULSE, public_ids

from .catalogue import COLUMNS, FIGURES, ROW_COLUMNS
from .figures import months_figures, single_blas_thread
from .snapshot import has_own_actor, history

if TYPE_CHECKING:
    from kit.data.dataset import Dataset

#: The columns of the carriers' load (:data:`kit.privacy.PULSE`): in the panel only when asked for
#: (``docs/privacy.md``, "Who may see what"), never compared among buurten.
PULSE_COLUMNS = tuple(column.name for column in COLUMNS if column.figure is not None and column.figure.key in PULSE)
#: The panel's figure columns (:data:`kit.analysis.catalogue.COLUMNS` but the pulse), by name: what :func:`position`
#: compares.
PANEL_FIGURES = tuple(column.name for column in COLUMNS if column.name not in PULSE_COLUMNS)
#: The columns of the panel, by name.
PANEL_COLUMNS = (*(column.name for column in ROW_COLUMNS), *PANEL_FIGURES)


def flatten(figures: dict[str, Any]) -> dict[str, Any]:
    """One panel row from the figures of :func:`kit.analysis.figures.figures` (ids as computed): each figure
    spread into its columns (:meth:`kit.analysis.catalogue.Figure.spread`)."""
    row: dict[str, Any] = {}
    for figure in FIGURES:
        row.update(figure.spread(figures[figure.key], figures["maand"]))
    return row


def buurt_rows(dataset: Dataset, buurt: str, months: list[pd.Period]) -> list[dict[str, Any]]:
    """Panel rows of one buurt for consecutive ``months``, each month computed once per dataset.

    ``in_proeftuin`` marks the months in which the buurt takes part: from its
    first month on (its ``start``, :func:`kit.data.spans.first_month`), and
    only when it has an active actor of its own
    (:func:`kit.analysis.snapshot.has_own_actor`).  Comparisons only count
    buurten that take part, and a report of a month without it says so
    instead of showing empty figures.  ``met_gegevens`` marks the months from
    its first month with data on (:func:`kit.data.spans.first_data_month`),
    also before its start: where its trend starts.
    """
    marks = buurt_months(dataset, buurt)
    rows = []
    for month, figures in zip(months, months_figures(dataset, buurt, months), strict=True):
        row = flatten(figures)
        row["in_proeftuin"] = marks.start is not None and month >= marks.start and has_own_actor(dataset, buurt, month)
        row["met_gegevens"] = marks.first_data is not None and month >= marks.first_data
        rows.append(row)
    return rows


def panel_frame(rows: list[dict[str, Any]], marks: list[str]) -> pd.DataFrame:
    """Rows of :func:`buurt_rows` as a frame: the columns ``marks``, then every figure as a float (empty: NaN).

    The figures are built as one block of floats: a report compares them
    across buurten and months column by column, which on a frame of one
    block per column costs more than the figures themselves.
    """
    figures = np.array([[row[name] for name in PANEL_FIGURES] for row in rows], dtype=float)
    return pd.concat(
        [
            pd.DataFrame([[row[name] for name in marks] for row in rows], columns=marks),
            pd.DataFrame(figures.reshape(len(rows), len(PANEL_FIGURES)), columns=list(PANEL_FIGURES)),
        ],
        axis=1,
    )


_WORKER_DATASET: Dataset | None = None


def _remember(dataset: Dataset) -> None:
    global _WORKER_DATASET
    _WORKER_DATASET = dataset


def _worker_rows(job: tuple[str, list[pd.Period]]) -> list[dict[str, Any]]:
    assert _WORKER_DATASET is not None, "set by the pool's initializer"
    return buurt_rows(_WORKER_DATASET, *job)


def panel(dataset: Dataset, buurten: Iterable[str] | None = None, jobs: int = 1, pulse: bool = False) -> pd.DataFrame:
    """The tidy panel: one row per buurt and month of the dataset, scalar figures as columns.

    Parameters
    ----------
    dataset : Dataset
    buurten : list of str, optional
        Limit to these buurten (default: every buurt).
    jobs : int
        Worker processes; buurten are independent, so the panel scales with cores.
    pulse : bool
        Whether to add the carriers' load (:data:`PULSE_COLUMNS`) after the figures: the most sensitive data of
        the kit, left out unless asked for (``metrics --met-draaglast``).

    Returns
    -------
    pandas.DataFrame
        Columns :data:`PANEL_COLUMNS`: those that say which row it is
        (``maand`` as ``JJJJ-MM``, ``platform`` as :func:`kit.privacy.public_ids`
        prints it), then :data:`PANEL_FIGURES` (and :data:`PULSE_COLUMNS`); missing figures are ``NaN``.
    """
    ids = list(dataset.buurten["id"] if buurten is None else buurten)
    months = dataset_months(dataset)
    jobs_list = [(buurt, months) for buurt in ids]
    if jobs > 1 and len(ids) > 1:
        history(dataset, ids[0])  # split the dataset per buurt before forking, so workers share it
        context = multiprocessing.get_context("fork")
        with ProcessPoolExecutor(jobs, mp_context=context, initializer=_remember, initargs=(dataset,)) as pool:
            chunks = list(pool.map(_worker_rows, jobs_list, chunksize=max(1, len(ids) // (4 * jobs))))
    else:
        with single_blas_thread(), collector_paused():
            chunks = [buurt_rows(dataset, *job) for job in jobs_list]
    rows = [row for chunk in chunks for row in chunk]
    columns = PANEL_FIGURES + (PULSE_COLUMNS if pulse else ())
    figures = np.array([[row[name] for name in columns] for row in rows], dtype=float)
    names = [column.name for column in ROW_COLUMNS]
    frame = pd.DataFrame([[row[name] for name in names] for row in rows], columns=names)
    frame["platform"] = frame["platform"].map(public_ids(dataset))
    return pd.concat([frame, pd.DataFrame(figures.reshape(len(rows), len(columns)), columns=list(columns))], axis=1)


def trend(panel: pd.DataFrame, buurt: str, maand: str | pd.Period) -> pd.DataFrame:
    """The rows of ``buurt`` from its first month with data up to and including ``maand``.

    Also before its start or recognition (``docs/figures.md``, "Trend"), so that
    a reader sees before and after; ``in_proeftuin`` and ``erkend`` say
    which rows are which.
    """
    month = maand if isinstance(maand, str) else month_text(maand)
    rows = panel[(panel["buurt"] == buurt) & panel["met_gegevens"] & (panel["maand"] <= month)]
    return rows.reset_index(drop=True)


def position(panel: pd.DataFrame, buurt: str, maand: str | pd.Period) -> pd.DataFrame:
    """Where ``buurt`` stands among the started pilot buurten in ``maand``, figure by figure.

    Returns one row per figure of :data:`PANEL_FIGURES` with ``waarde``,
    ``rang`` (1 = highest value; ties share the best rank), ``aantal`` (buurten
    with a value), ``minimum``, ``mediaan`` and ``maximum``.  Only figures
    enter, never another buurt's actors.
    """
    month = maand if isinstance(maand, str) else month_text(maand)
    rows = panel[(panel["maand"] == month) & panel["in_proeftuin"]]
    table = rows[list(PANEL_FIGURES)].to_numpy(dtype=float, na_value=np.nan)
    taking_part = list(rows["buurt"])
    own = table[taking_part.index(buurt)] if buurt in taking_part else [None] * len(PANEL_FIGURES)
    records = []
    for figure, column, value in zip(PANEL_FIGURES, table.T, own, strict=True):
        known = column[~np.isnan(column)]
        records.append(
            {
                "figuur": figure,
                "waarde": value,
                "rang": None if value is None or np.isnan(value) else float(1 + (known > value).sum()),
                "aantal": len(known),
                "minimum": known.min() if len(known) else None,
                "mediaan": np.median(known) if len(known) else None,
                "maximum": known.max() if len(known) else None,
            }
        )
    return pd.DataFrame.from_records(records)
