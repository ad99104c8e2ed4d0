"""All figures of one buurt in one month, as ``docs/figures.md`` defines them.

:func:`figures` is what ``proeftuin metrics --json`` prints, and
:func:`months_figures` the same for consecutive months (the panel, the
reports' trends).  Both take them from one computation,
:func:`months_of_buurt`, which computes every
figure of :mod:`kit.analysis.catalogue` with its measure, and keep them in
the dataset's cache: a figure is computed once per dataset, the same way
whoever asks first.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

import pandas as pd
from threadpoolctl import threadpool_limits

from kit.collector import collector_paused
from kit.data.months import as_month, month_bounds

from .array_figures import Month, buurt_arrays, month_network
from .catalogue import FIGURES

if TYPE_CHECKING:
    from kit.data.dataset import Dataset


_ONE_BLAS_THREAD: list[bool] = []


@contextmanager
def single_blas_thread() -> Iterator[None]:
    """Context in which numpy's BLAS uses one thread.

    The measures multiply many small matrices; BLAS threads started for them
    spin between calls and slow the rest of the computation down several
    times.  Entering costs about a millisecond, and leaving more, so wrap
    loops, not calls; within another such context it costs nothing (the
    panel enters once, each buurt's months again).
    """
    if _ONE_BLAS_THREAD:
        yield
        return
    with threadpool_limits(1, user_api="blas"):
        _ONE_BLAS_THREAD.append(True)
        try:
            yield
        finally:
            _ONE_BLAS_THREAD.pop()


def figures(dataset: Dataset, buurt: str, maand: str | pd.Period) -> dict[str, Any]:
    """Every figure of ``buurt`` in ``maand`` (``"JJJJ-MM"``), keyed as in ``docs/figures.md``.

    Computed once per dataset (:func:`months_figures`); each call returns a
    copy the caller may change.  Raises :class:`~kit.data.lookup.UnknownBuurt` for an unknown buurt.

    Examples
    --------
    >>> f = figures(load("examples/lindenhof"), "lindenhof", "2024-04")  # doctest: +SKIP
    >>> f["dichtheid"], f["verloop"]                                              # doctest: +SKIP
    (0.25, 0.25)
    """
    return copy.deepcopy(months_figures(dataset, buurt, [as_month(maand)])[0])


def months_figures(dataset: Dataset, buurt: str, months: list[pd.Period]) -> list[dict[str, Any]]:
    """The figures of ``buurt`` in consecutive ``months`` (periods), each computed once per dataset.

    The dicts returned are the kept ones: read them, do not change them.
    """
    known = computed(dataset)
    missing = [month for month in months if (buurt, month) not in known]
    if missing:
        with single_blas_thread(), collector_paused():
            known.update(months_of_buurt(dataset, buurt, missing))
    return [known[buurt, month] for month in months]


def computed(dataset: Dataset) -> dict[tuple[str, pd.Period], dict[str, Any]]:
    """The figures computed so far for ``dataset``, by ``(buurt, month)``; kept in ``dataset.cache``.

    A report needs every buurt's figures of its month and its own over all
    months, and a report kernel keeps the dataset from one report to the
    next (:func:`kit.data.loaded.load_dataset`): what one report computed,
    the next one reads.
    """
    return dataset.cache.setdefault("figures", {})


def months_of_buurt(
    dataset: Dataset, buurt: str, months: list[pd.Period]
) -> dict[tuple[str, pd.Period], dict[str, Any]]:
    """The figures of ``buurt`` in each of ``months``, by ``(buurt, month)``: every figure of
    :data:`kit.analysis.catalogue.FIGURES`, keyed as ``metrics --json`` prints them.

    The one place where the rule of registers kept is applied to the figures: a figure whose ``register`` the
    buurt does not keep (:func:`kit.analysis.registers.kept`) is ``None`` in every month, not computed.

    ``verloop`` compares a month with the one before; when that month is not
    among ``months`` its network is computed too.
    """
    arrays = buurt_arrays(dataset, buurt)
    start = arrays.months.start
    # a figure of a register the buurt does not keep is null in every month (kit.analysis.registers)
    unkept = [figure for figure in FIGURES if figure.register is not None and not arrays.kept[figure.register]]
    counted = [figure for figure in FIGURES if figure not in unkept]
    result: dict[tuple[str, pd.Period], dict[str, Any]] = {}
    before, previous, earlier = None, None, None
    for month in months:
        first = start is None or month <= start
        if not first and before != month - 1:
            previous = month_network(arrays, *month_bounds(month - 1))[0]
        computed = Month(arrays, month, None if first else previous, earlier)
        values = {figure.key: figure.compute(computed) for figure in counted} | dict.fromkeys(
            (figure.key for figure in unkept), None
        )
        result[buurt, month] = {figure.key: values[figure.key] for figure in FIGURES}
        previous, before, earlier = computed.codes, month, computed.kept
    return result
