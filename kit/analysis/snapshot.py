"""The monthly snapshot of a buurt — the one rule every figure is computed from.

For buurt B and month M (data contract, "Monthly snapshot"):

1. an actor or relation is *active in M* when ``vanaf`` ≤ the last day of M
   and ``tot`` is empty or ≥ the first day of M; a relation only when both its
   actors are active;
2. the snapshot's actors are the active actors of B plus every active actor
   elsewhere with an active relation to an active actor of B;
3. its relations are the active relations with at least one end among the
   active actors of B;
4. its activities are those of B dated within M;
5. its platform is the platform of B in M (contract version 2, ``erkenning``):
   the actor whose recognition is active in M, else that of the latest
   recognition before M, else that of the first; a buurt without recognitions
   keeps ``buurten.platform`` (:func:`platform_of`).

The dataset is split per buurt once (:func:`history`, cached on the
dataset), so that a panel of every buurt and month filters a few hundred rows
per snapshot instead of the whole city.  Rules 1 to 3 are applied in one
place, :func:`masks`, as boolean masks over those rows: :func:`snapshot`
takes its frames with them, and the panel computes its figures on them
without making frames at all (:mod:`kit.analysis.array_figures`).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING, Any

import networkx as nx
import numpy as np
import pandas as pd

from kit.data.lookup import check_buurt
from kit.data.months import as_month, month_bounds

from .columns import Columns, column

if TYPE_CHECKING:
    from kit.data.dataset import Dataset

# An empty vanaf means "before the data starts", an empty tot "still active".
_EARLIEST = np.datetime64("1677-09-22", "ns")
_LATEST = np.datetime64("2262-04-10", "ns")

NODE_ATTRIBUTES = ("naam", "buurt", "soort", "herkomst", "lijn", "functies", "persoon", "naam_tonen")


@dataclass(frozen=True)
class Snapshot:
    """A buurt in a month: its actors, relations and activities.

    Attributes
    ----------
    buurt : str
        The buurt's id.
    maand : pandas.Period
        The month.
    actoren : pandas.DataFrame
        The snapshot's actors, indexed by actor id.
    relaties : pandas.DataFrame
        The snapshot's relations (all ``soort``, ``spanning`` included).
    activiteiten : pandas.DataFrame
        The buurt's activities dated within the month.
    platform : str or None
        The buurt's platform if it is active in the month (an actor of the
        snapshot); what the figures about the platform's place use.
    designated_platform : str or None
        The platform of B in M by the contract's rule, active or not: the
        figure ``platform``.
    """

    buurt: str
    maand: pd.Period
    actoren: pd.DataFrame
    relaties: pd.DataFrame
    activiteiten: pd.DataFrame
    platform: str | None
    designated_platform: str | None

    @cached_property
    def own_actors(self) -> pd.DataFrame:
        """The active actors of the buurt itself (``buurt`` = B)."""
        return self.actoren[self.actoren["buurt"] == self.buurt]

    @property
    def first_day(self) -> pd.Timestamp:
        return self.maand.start_time

    @property
    def last_day(self) -> pd.Timestamp:
        return self.maand.end_time.normalize()


@dataclass(frozen=True)
class BuurtHistory:
    """All rows that can ever belong to a buurt's snapshots, with their periods as arrays.

    ``actors`` are sorted by id; ``van`` and ``naar`` are the positions of
    each relation's actors among them.
    """

    actors: pd.DataFrame
    actor_start: np.ndarray
    actor_end: np.ndarray
    own: np.ndarray
    relations: pd.DataFrame
    relation_start: np.ndarray
    relation_end: np.ndarray
    van: np.ndarray
    naar: np.ndarray
    activities: pd.DataFrame
    actions: pd.DataFrame
    agreements: pd.DataFrame
    scores: pd.DataFrame
    results: pd.DataFrame
    requests: pd.DataFrame
    recognitions: pd.DataFrame
    seats: pd.DataFrame
    dialogues: pd.DataFrame
    dialogue_agreements: pd.DataFrame
    pulse: pd.DataFrame
    platform: str | None

    def platform_in(self, first: np.datetime64, last: np.datetime64) -> str | None:
        """The platform of the buurt in the month from ``first`` to ``last``: :func:`platform_of`."""
        return platform_of(self.recognitions, self.platform, first, last)


def _starts(column: pd.Series) -> np.ndarray:
    return column.to_numpy(dtype="datetime64[ns]", na_value=_EARLIEST)


def _ends(column: pd.Series) -> np.ndarray:
    return column.to_numpy(dtype="datetime64[ns]", na_value=_LATEST)


def _rows_of(frame: pd.DataFrame, groups: dict[str, list[int]], buurt: str) -> pd.DataFrame:
    return frame.iloc[groups.get(buurt, [])]


def platform_of(
    recognitions: pd.DataFrame | Columns, default: str | None, first: pd.Timestamp, last: pd.Timestamp
) -> str | None:
    """The platform of a buurt in the month from ``first`` to ``last`` (data contract, version 2).

    ``recognitions`` are the buurt's ``erkenning`` rows sorted by ``vanaf``
    (a DataFrame, or its :class:`~kit.analysis.columns.Columns`).
    The platform is the actor whose recognition is active in the month
    (``vanaf`` ≤ last day, ``tot`` empty or ≥ first day); in a month without
    one, the actor of the latest recognition before the month, or, before the
    first one, the actor of the first: the network organisation exists
    before and after its status.  Without recognitions: ``default``
    (``buurten.platform``), or ``None``.

    >>> rows = pd.DataFrame({"platform": ["p", "q"], "vanaf": pd.to_datetime(["2024-03-01", "2024-09-01"]),
    ...                      "tot": pd.to_datetime(["2024-05-31", None])})
    >>> months = [pd.Period(f"2024-{m:02d}", "M") for m in (1, 4, 7, 10)]
    >>> [platform_of(rows, "x", m.start_time, m.end_time.normalize()) for m in months]
    ['p', 'p', 'p', 'q']
    """
    if recognitions.empty:
        return default
    first, last = np.datetime64(first, "ns"), np.datetime64(last, "ns")
    starts = column(recognitions, "vanaf", "datetime64[ns]")
    ends = column(recognitions, "tot", "datetime64[ns]")
    platforms = column(recognitions, "platform", object)
    active = np.flatnonzero((starts <= last) & (np.isnat(ends) | (ends >= first)))
    if len(active):
        return platforms[active[0]]
    before = np.flatnonzero(starts <= last)
    return platforms[before[-1]] if len(before) else platforms[0]


def _histories(dataset: Dataset) -> dict[str, BuurtHistory]:
    """Split the dataset per buurt once, in one pass per table; cached in ``dataset.cache``."""
    cache = dataset.cache
    if "histories" in cache:
        return cache["histories"]
    actors = dataset.actoren.set_index("id", drop=False)
    home = actors["buurt"]
    relations = dataset.relaties
    relation_rows: dict[str, set[Any]] = {}
    for ends in (relations["van"], relations["naar"]):
        buurten = ends.map(home).reset_index(drop=True)
        for buurt, positions in buurten.groupby(buurten, sort=False).indices.items():
            relation_rows.setdefault(buurt, set()).update(positions)
    actor_ids = home.groupby(home, sort=False).groups
    recognitions = dataset.erkenning.sort_values("vanaf", kind="stable")
    per_file = {
        name: frame.reset_index(drop=True).groupby("buurt", sort=False).indices
        for name, frame in (
            ("activiteiten", dataset.activiteiten),
            ("acties", dataset.acties),
            ("maatlat", dataset.maatlat),
            ("resultaten", dataset.resultaten),
            ("verzoeken", dataset.verzoeken),
            ("erkenning", recognitions),
            ("tafels", dataset.tafels),
            ("dialogen", dataset.dialogen),
            ("dialoogafspraken", _agreements_made(dataset)),
            ("draaglast", dataset.draaglast),
        )
    }
    histories = {}
    for buurt, platform in zip(dataset.buurten["id"], dataset.buurten["platform"], strict=True):
        rel = relations.iloc[sorted(relation_rows.get(buurt, ()))]
        ids = sorted(set(actor_ids.get(buurt, ())).union(rel["van"], rel["naar"]))
        own_actors = actors.loc[ids]
        actions = _rows_of(dataset.acties, per_file["acties"], buurt)
        histories[buurt] = BuurtHistory(
            actors=own_actors,
            actor_start=_starts(own_actors["vanaf"]),
            actor_end=_ends(own_actors["tot"]),
            own=(own_actors["buurt"] == buurt).to_numpy(),
            relations=rel,
            relation_start=_starts(rel["vanaf"]),
            relation_end=_ends(rel["tot"]),
            van=own_actors.index.get_indexer(rel["van"]),
            naar=own_actors.index.get_indexer(rel["naar"]),
            activities=_rows_of(dataset.activiteiten, per_file["activiteiten"], buurt),
            actions=actions,
            agreements=actions[actions["sessie"].notna()],
            scores=_rows_of(dataset.maatlat, per_file["maatlat"], buurt),
            results=_rows_of(dataset.resultaten, per_file["resultaten"], buurt),
            requests=_rows_of(dataset.verzoeken, per_file["verzoeken"], buurt),
            recognitions=_rows_of(recognitions, per_file["erkenning"], buurt),
            seats=_rows_of(dataset.tafels, per_file["tafels"], buurt),
            dialogues=_rows_of(dataset.dialogen, per_file["dialogen"], buurt),
            dialogue_agreements=_rows_of(_agreements_made(dataset), per_file["dialoogafspraken"], buurt),
            pulse=_rows_of(dataset.draaglast, per_file["draaglast"], buurt),
            platform=platform if isinstance(platform, str) else None,
        )
    cache["histories"] = histories
    return histories


def _agreements_made(dataset: Dataset) -> pd.DataFrame:
    """The agreements of dialogues (``dialoogafspraken``) with their dialogue's ``buurt`` and day (``gemaakt``): an
    agreement belongs to the buurt of its dialogue and was made on its day.  Made once per dataset."""
    if "agreements_made" not in dataset.cache:
        dialogues = dataset.dialogen[["id", "buurt", "datum"]].rename(columns={"id": "dialoog", "datum": "gemaakt"})
        dataset.cache["agreements_made"] = dataset.dialoogafspraken.merge(dialogues, on="dialoog", how="left")
    return dataset.cache["agreements_made"]


def history(dataset: Dataset, buurt: str) -> BuurtHistory:
    """Every row that can belong to the buurt in any month (actors, relations, activities,
    actions and among them the agreements of intervision sessions, scores, results, requests,
    recognitions, seats at tables, dialogues and their agreements, and the carriers' load),
    split off the dataset once.
    Raises :class:`~kit.data.lookup.UnknownBuurt` for an unknown buurt."""
    histories = _histories(dataset)
    if buurt not in histories:
        check_buurt(dataset, buurt)
    return histories[buurt]


def snapshot(dataset: Dataset, buurt: str, maand: str | pd.Period) -> Snapshot:
    """Return the snapshot of ``buurt`` in ``maand`` (``"JJJJ-MM"`` or a Period).

    Raises :class:`~kit.data.lookup.UnknownBuurt` for a buurt that is not in ``buurten``.

    Examples
    --------
    >>> snap = snapshot(load("examples/lindenhof"), "lindenhof", "2024-04")  # doctest: +SKIP
    >>> len(snap.actoren), snap.platform                                             # doctest: +SKIP
    (8, 'lh-plat')
    """
    rows = history(dataset, buurt)
    month = as_month(maand)
    first, last = month_bounds(month)
    selected = masks(rows, first, last)
    actors = rows.actors[selected.actors]
    dates = rows.activities["datum"]
    activities = rows.activities[(dates >= first) & (dates <= last)]
    designated = rows.platform_in(first, last)
    platform = designated if designated in actors.index else None
    return Snapshot(buurt, month, actors, rows.relations[selected.relations], activities, platform, designated)


@dataclass(frozen=True)
class Masks:
    """A buurt's snapshot of a month as boolean masks over the rows of its :func:`history`.

    Attributes
    ----------
    actors : numpy.ndarray
        The snapshot's actors (rule 2), over the history's actors.
    own : numpy.ndarray
        Among them the active actors of the buurt itself.
    relations : numpy.ndarray
        The snapshot's relations (rule 3), over the history's relations.
    """

    actors: np.ndarray
    own: np.ndarray
    relations: np.ndarray


def masks(rows: BuurtHistory, first: np.datetime64, last: np.datetime64) -> Masks:
    """Rules 1 to 3 for the month from ``first`` to ``last`` over a buurt's rows (:func:`history`).

    The actors of the snapshot are those of the buurt and the ends of its
    relations; every end of an active relation is itself active.
    """
    active = (rows.actor_start <= last) & (rows.actor_end >= first)
    own = active & rows.own
    van, naar = rows.van, rows.naar
    relations = (rows.relation_start <= last) & (rows.relation_end >= first) & active[van] & active[naar]
    relations &= own[van] | own[naar]
    actors = own.copy()
    actors[van[relations]] = True
    actors[naar[relations]] = True
    return Masks(actors, own, relations)


def has_own_actor(dataset: Dataset, buurt: str, maand: str | pd.Period) -> bool:
    """Whether ``buurt`` has an active actor of its own in ``maand`` (rule 1).

    Without one the buurt does not take part that month: its snapshot could
    only hold actors of elsewhere, and its report has nothing to show.
    """
    rows = history(dataset, buurt)
    first, last = month_bounds(as_month(maand))
    return bool(((rows.actor_start <= last) & (rows.actor_end >= first) & rows.own).any())


def network(snap: Snapshot) -> nx.Graph:
    """The undirected graph N of a snapshot.

    Nodes are the snapshot's actors with the attributes of
    :data:`NODE_ATTRIBUTES`; an edge joins two actors with at least one
    active relation other than ``spanning``, and carries ``soorten``, the
    sorted relation types between them.
    """
    graph = nx.Graph()
    columns = [snap.actoren[name].tolist() for name in NODE_ATTRIBUTES]
    graph.add_nodes_from(
        (node, dict(zip(NODE_ATTRIBUTES, values, strict=True)))
        for node, values in zip(snap.actoren.index, zip(*columns, strict=True), strict=True)
    )
    kinds: dict[tuple[str, str], set[str]] = {}
    relations = snap.relaties[snap.relaties["soort"] != "spanning"]
    for van, naar, soort in zip(relations["van"], relations["naar"], relations["soort"], strict=True):
        kinds.setdefault((van, naar) if van < naar else (naar, van), set()).add(soort)
    graph.add_edges_from((a, b, {"soorten": tuple(sorted(s))}) for (a, b), s in kinds.items())
    return graph


def tensions(snap: Snapshot) -> pd.DataFrame:
    """The graph S of ``docs/figures.md`` as rows: the snapshot's active ``spanning`` relations."""
    return snap.relaties[snap.relaties["soort"] == "spanning"]
