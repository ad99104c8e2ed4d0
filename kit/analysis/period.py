"""Over a period of months: what the synthesis reads from the monthly figures.

The monthly figures say how a buurt is doing; over a period the pilot's
partners ask what changed and what was learned.  Everything here is
computed from the monthly figures and the snapshot rule, never beside them:

- :func:`recognised_in` and :func:`before_after`: each figure's mean over the
  months before a platform's recognition and the months after;
- :func:`episodes`, :func:`parallel_episodes` and :func:`resolution`: when a
  parallel infrastructure appeared, whether and how it was resolved, and how
  long it lasted;
- :func:`resources_over`: the resources (money, support, a place) that
  reached residents during the period, and which of them ended.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import pandas as pd

from kit.data.months import month_text
from kit.data.spans import buurt_months, dataset_months

from .events import resolution as resolved
from .figures import figures
from .measures.resources import snapshot_resources
from .snapshot import snapshot

if TYPE_CHECKING:
    from kit.data.dataset import Dataset

#: Months before a recognition that :func:`before_after` averages: the three months before the recognition month.
BEFORE = 3
#: Months from the recognition on: the recognition month itself and the two after it, the first three months
#: in which the figure ``erkend`` is true.
AFTER = 3


def period_months(first: pd.Period, last: pd.Period) -> list[pd.Period]:
    """The months from ``first`` to ``last``, both included.

    >>> [month_text(m) for m in period_months(pd.Period("2024-11", "M"), pd.Period("2025-01", "M"))]
    ['2024-11', '2024-12', '2025-01']
    """
    return list(pd.period_range(first, last, freq="M"))


def windows(month: pd.Period, before: int = BEFORE, after: int = AFTER) -> tuple[list[pd.Period], list[pd.Period]]:
    """The months before a recognition in ``month``, and the months from it on.

    Before: the ``before`` months up to the month before ``month``.  After:
    ``month`` itself and the ``after - 1`` months that follow.  The
    recognition month counts as after: recognition takes effect in it (the
    figure ``erkend`` is true from that month), and a ``vanaf`` in the middle
    of a month still makes the whole month recognised.

    >>> voor, na = windows(pd.Period("2024-07", "M"))
    >>> [month_text(m) for m in voor], [month_text(m) for m in na]
    (['2024-04', '2024-05', '2024-06'], ['2024-07', '2024-08', '2024-09'])
    """
    return [month - n for n in range(before, 0, -1)], [month + n for n in range(after)]


def recognised_in(dataset: Dataset, first: pd.Period, last: pd.Period) -> dict[str, pd.Period]:
    """The buurten whose platform was first recognised in the period, each with that month.

    The recognition month is :func:`kit.data.spans.buurt_months`'s
    ``recognised``: the first month with a recognised platform (a buurt
    without ``erkenning`` rows has none).  Buurten in the order of ``buurten``.
    """
    found = {}
    for buurt in dataset.buurten["id"]:
        month = buurt_months(dataset, buurt).recognised
        if month is not None and first <= month <= last:
            found[buurt] = month
    return found


def before_after(
    panel: pd.DataFrame,
    recognitions: dict[str, pd.Period],
    columns: Sequence[str],
    before: int = BEFORE,
    after: int = AFTER,
) -> pd.DataFrame:
    """Each figure's mean over the months before each buurt's recognition and over the months from it on.

    Parameters
    ----------
    panel : pandas.DataFrame
        The panel (:func:`kit.analysis.panel.panel`): ``buurt``, ``maand``
        (``JJJJ-MM``), ``met_gegevens`` and the figures.
    recognitions : dict
        Buurt id → recognition month (:func:`recognised_in`).
    columns : sequence of str
        The panel's figure columns to compare.
    before, after : int
        The months on each side (:func:`windows`).

    Returns
    -------
    pandas.DataFrame
        One row per buurt and figure: ``buurt``, ``erkend`` (the month,
        ``JJJJ-MM``), ``figuur``, ``voor`` and ``na`` (the means, NaN without
        a value) and ``maanden_voor`` and ``maanden_na``, the months with a
        value that each mean is taken over.  Only months of the panel in
        which the buurt has data (``met_gegevens``) count: months before its
        first data, or outside the data, have no value, and a figure that
        cannot be computed in a month (``null``) leaves that month out.

    Examples
    --------
    >>> panel = pd.DataFrame({"buurt": "b", "maand": ["2024-03", "2024-04", "2024-05", "2024-06", "2024-07"],
    ...                       "met_gegevens": [False, True, True, True, True], "actoren": [0, 4, 6, 9, 11.0]})
    >>> table = before_after(panel, {"b": pd.Period("2024-06", "M")}, ["actoren"])
    >>> table.to_dict("records")  # doctest: +NORMALIZE_WHITESPACE
    [{'buurt': 'b', 'erkend': '2024-06', 'figuur': 'actoren', 'voor': 5.0, 'na': 10.0,
      'maanden_voor': 2, 'maanden_na': 2}]
    """
    rows = []
    for buurt, month in recognitions.items():
        own = panel[(panel["buurt"] == buurt) & panel["met_gegevens"].astype(bool)].set_index("maand")
        voor, na = (own.reindex([month_text(m) for m in months]) for months in windows(month, before, after))
        for column in columns:
            rows.append(
                {
                    "buurt": buurt,
                    "erkend": month_text(month),
                    "figuur": column,
                    "voor": voor[column].mean(),
                    "na": na[column].mean(),
                    "maanden_voor": int(voor[column].notna().sum()),
                    "maanden_na": int(na[column].notna().sum()),
                }
            )
    return pd.DataFrame(rows, columns=["buurt", "erkend", "figuur", "voor", "na", "maanden_voor", "maanden_na"])


@dataclass(frozen=True)
class Episode:
    """One parallel infrastructure from the month it was first flagged to the month it no longer was.

    Attributes
    ----------
    actoren : tuple of str
        The pair, as the figure ``parallelle_infrastructuren`` gives it (sorted ids).
    functies : tuple of str
        The infrastructure functions both held in any month of the episode, sorted.
    begin : pandas.Period
        The first month the pair was flagged.
    einde : pandas.Period
        The last month it was flagged.
    opgelost : pandas.Period or None
        The first month it was no longer flagged; ``None`` when it still was
        in the last month looked at.
    """

    actoren: tuple[str, str]
    functies: tuple[str, ...]
    begin: pd.Period
    einde: pd.Period
    opgelost: pd.Period | None

    @property
    def maanden(self) -> int:
        """How many months it lasted: the months from ``begin`` to ``einde``, both included."""
        return (self.einde - self.begin).n + 1


def episodes(months: Iterable[tuple[pd.Period, list[dict[str, Any]]]]) -> list[Episode]:
    """The episodes of the parallel infrastructures flagged month after month.

    ``months`` are ``(month, entries)`` for consecutive months, the entries
    those of the figure ``parallelle_infrastructuren`` (``{"actoren": [a, b],
    "functies": [...]}``).  An episode is a run of consecutive months in
    which the same pair is flagged; a pair flagged again after a month
    without is a new episode.  Sorted by ``begin``, then pair.

    Examples
    --------
    Flagged in March and April, resolved in May, back in June: two episodes.

    >>> P = lambda m: pd.Period(m, "M")
    >>> pair = {"actoren": ["a", "s"], "functies": ["buurtbudget"]}
    >>> found = episodes([(P("2024-03"), [pair]), (P("2024-04"), [pair]), (P("2024-05"), []), (P("2024-06"), [pair])])
    >>> [(month_text(e.begin), e.maanden, e.opgelost and month_text(e.opgelost)) for e in found]
    [('2024-03', 2, '2024-05'), ('2024-06', 1, None)]

    Raises ValueError when the months are not consecutive.
    """
    running: dict[tuple[str, str], tuple[pd.Period, set[str]]] = {}
    found: list[Episode] = []
    previous = None
    for month, entries in months:
        if previous is not None and month != previous + 1:
            raise ValueError(f"months must follow each other: {month_text(month)} after {month_text(previous)}")
        now = {tuple(entry["actoren"]): entry["functies"] for entry in entries}
        for pair in [p for p in running if p not in now]:
            begin, functies = running.pop(pair)
            found.append(Episode(pair, tuple(sorted(functies)), begin, previous, month))
        for pair, functies in now.items():
            running.setdefault(pair, (month, set()))[1].update(functies)
        previous = month
    for pair, (begin, functies) in running.items():
        found.append(Episode(pair, tuple(sorted(functies)), begin, previous, None))
    return sorted(found, key=lambda e: (e.begin, e.actoren))


def parallel_episodes(dataset: Dataset, buurt: str, last: pd.Period) -> list[Episode]:
    """The parallel-infrastructure episodes of ``buurt`` from the dataset's first month up to ``last``.

    An episode that begins in the dataset's first month may have begun
    earlier: the data do not say.  One still flagged in ``last`` has
    ``opgelost`` ``None``, whatever later months hold.
    """
    months = [m for m in dataset_months(dataset) if m <= last]
    return episodes((m, figures(dataset, buurt, m)["parallelle_infrastructuren"]) for m in months)


def resolution(dataset: Dataset, buurt: str, episode: Episode) -> str | None:
    """How an episode ended: ``"samenwerking"`` or ``"gestopt"``; ``None`` while it runs.

    The rule of the month it was resolved in (:func:`kit.analysis.events.resolution`): the two now work
    together, or one of them is no longer active in the buurt.
    """
    if episode.opgelost is None:
        return None
    return resolved(dataset, buurt, episode.actoren, episode.opgelost)


def resources_over(dataset: Dataset, buurt: str, months: Sequence[pd.Period]) -> pd.DataFrame:
    """The relations the figure ``middelen`` counts in any of ``months``, with the months they were counted.

    Money, support or a place given to the buurt's own residents' networks
    (:func:`kit.analysis.measures.resources.snapshot_resources` on each month's
    snapshot).  Returns ``id``, ``van``, ``naar``, ``soort``, ``vanaf``,
    ``tot`` of each relation; ``eerste`` and ``laatste``, the first and last
    of ``months`` in which it counted; and ``geeindigd``, whether it ended
    during them: it no longer counted in the last month (its ``tot`` passed,
    or one of its actors stopped), or its ``tot`` is that month's last day
    or before.  Sorted by ``eerste``, then id.
    """
    seen: dict[str, list[pd.Period]] = {}
    for month in months:
        for rid in snapshot_resources(snapshot(dataset, buurt, month)):
            seen.setdefault(rid, []).append(month)
    relations = dataset.relaties.set_index("id")
    rows = [
        {
            "id": rid,
            **{c: relations.at[rid, c] for c in ("van", "naar", "soort", "vanaf", "tot")},
            "eerste": found[0],
            "laatste": found[-1],
        }
        for rid, found in seen.items()
    ]
    frame = pd.DataFrame(rows, columns=["id", "van", "naar", "soort", "vanaf", "tot", "eerste", "laatste"])
    if len(months):
        frame["geeindigd"] = (frame["laatste"] < months[-1]) | (frame["tot"] <= months[-1].end_time.normalize())
    else:
        frame["geeindigd"] = pd.Series(dtype=bool)
    return frame.sort_values(["eerste", "id"], kind="stable").reset_index(drop=True)
