"""What every figure of a buurt's months is computed from, on arrays: the kit's one way to compute a figure.

The figures of a month are declared in :mod:`kit.analysis.catalogue`, each
with its measure; this module gives the measures their inputs, and
:func:`kit.analysis.figures.months_of_buurt` applies them.  It prepares a
buurt's rows once
(:class:`BuurtArrays`: actors numbered in id order, relations as pairs of
those numbers, the other tables as :class:`~kit.analysis.columns.Columns`)
and computes each month (:class:`Month`) from the masks of the one rule
(:func:`kit.analysis.snapshot.masks`): the network N as a sorted array of
edge codes and a :class:`~kit.analysis.measures.network.Network`, the
month's relations, activities, scores and so on, each made once when a
measure first asks.  A month whose network equals the month's before takes
that network, with its shortest paths and betweenness: a buurt's network
often does not change from one month to the next.

``tests/reference/figures.py`` computes the same figures from the
snapshot's frames and an ``nx.Graph`` with networkx, as readably as
possible; the tests hold both equal on the examples, the demo and random
cities.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from kit.data.contract import SOORT_RELATIE
from kit.data.months import month_bounds
from kit.data.spans import BuurtMonths, buurt_months

from .columns import Columns
from .measures.assessment import self_assessment
from .measures.connection_map import FUNCTIONS
from .measures.infrastructure import collaboration_views, duplicated_functions
from .measures.load import open_action_owners, pulses
from .measures.mixing import lijn_codes
from .measures.network import Network
from .measures.resources import RESOURCES, resources, support_beside
from .measures.results import result_counts
from .measures.tables import active_seats
from .registers import kept, latest, recorded_months
from .snapshot import BuurtHistory, Masks, history, masks, platform_of

if TYPE_CHECKING:
    from kit.data.dataset import Dataset

#: Relations by the position of their ``soort`` in the contract's vocabulary: the code, the name, and the
#: kinds that bring resources and that count in the connection map.
_KIND = {soort: code for code, soort in enumerate(SOORT_RELATIE)}
_SOORTEN = np.array(SOORT_RELATIE, dtype=object)
_RESOURCE = np.isin(_SOORTEN, RESOURCES)
_MAPPED = np.isin(_SOORTEN, [soort for soorten in FUNCTIONS.values() for soort in soorten])
_SPANNING, _SAMENWERKING = _KIND["spanning"], _KIND["samenwerking"]
#: Which kinds the figures ask for together, by their names: a lookup per relation instead of a search.
_OF_KIND = {soorten: np.isin(_SOORTEN, soorten) for soorten in (("informatie",), (*RESOURCES, "werving"))}

#: Columns of the tables the measures read, with their dtypes.
_ACTIONS = {
    "gepland": "datetime64[ns]",
    "afgerond": "datetime64[ns]",
    "deadline": "datetime64[ns]",
    "status": object,
    "belemmering": object,
    "eigenaar": object,
}
_ACTIVITIES = {"id": object, "soort": object, "datum": "datetime64[ns]", "organisatoren": object}
_SCORES = {"criterium": object, "score": "int64", "beoordeeld_door": object}
_RESULTS = {"datum": "datetime64[ns]", "gemeld": "datetime64[ns]", "omvang": "float64", "eenheid": object}
_REQUESTS = {
    "gevraagd": "datetime64[ns]",
    "antwoord": "datetime64[ns]",
    "nagekomen": "datetime64[ns]",
    "uitkomst": object,
}
_RECOGNITIONS = {"platform": object, "vanaf": "datetime64[ns]", "tot": "datetime64[ns]"}
_SEATS = {"rol": object, "toegang": object, "vanaf": "datetime64[ns]", "tot": "datetime64[ns]"}
_DIALOGUES = {"datum": "datetime64[ns]"}
_DIALOGUE_AGREEMENTS = {
    "gemaakt": "datetime64[ns]",
    "deadline": "datetime64[ns]",
    "nagekomen": "datetime64[ns]",
    "vervallen": "datetime64[ns]",
}


@dataclass(frozen=True)
class BuurtArrays:
    """A buurt's rows (:func:`kit.analysis.snapshot.history`) as the arrays its figures are computed from.

    Actors are numbered as the history sorts them, by id: each array about
    actors has one entry per actor, each about relations one per relation
    of the history, in its order; ``number`` maps an actor's id to its
    number.  ``scores`` holds the ``maatlat`` rows of each month; ``kept``
    which registers the buurt keeps and ``recorded`` the months each names
    (:mod:`kit.analysis.registers`).
    """

    buurt: str
    rows: BuurtHistory
    months: BuurtMonths
    ids: np.ndarray
    number: dict[str, int]
    lijn: np.ndarray
    groups: tuple[Any, ...]
    candidate: np.ndarray
    top_down: np.ndarray
    committee: np.ndarray
    functions: np.ndarray
    soort: np.ndarray
    relation_ids: np.ndarray
    kind: np.ndarray
    intensity: np.ndarray
    reporter: np.ndarray
    relation_tot: np.ndarray
    activity_days: np.ndarray
    activities: Columns
    actions: Columns
    agreements: Columns
    results: Columns
    requests: Columns
    recognitions: Columns
    seats: Columns
    dialogues: Columns
    dialogue_agreements: Columns
    pulses: dict[pd.Period, tuple[int, int, bool]]
    scores: dict[str, Any]
    no_scores: Columns
    kept: dict[str, bool]
    recorded: dict[str, np.ndarray]


def buurt_arrays(dataset: Dataset, buurt: str) -> BuurtArrays:
    """The :class:`BuurtArrays` of ``buurt``, made once per dataset (kept in ``dataset.cache``)."""
    known = dataset.cache.setdefault("buurt_arrays", {})
    if buurt not in known:
        known[buurt] = _prepare(dataset, buurt)
    return known[buurt]


def _prepare(dataset: Dataset, buurt: str) -> BuurtArrays:
    rows = history(dataset, buurt)
    actors, relations = rows.actors, rows.relations
    ids = actors.index.to_numpy(object)
    person = actors["persoon"].to_numpy(bool)
    top_down = (actors["herkomst"] == "bovenaf").to_numpy()
    city_wide = actors["buurt"].isna().to_numpy()
    lijn = actors["lijn"].to_numpy("int64", na_value=-1)
    activities = rows.activities.sort_values("datum", kind="stable")
    scores = rows.scores.reset_index(drop=True)
    by_month = scores.groupby("maand", sort=False).indices if len(scores) else {}
    score_columns = Columns(scores, _SCORES)
    return BuurtArrays(
        buurt=buurt,
        rows=rows,
        months=buurt_months(dataset, buurt),
        ids=ids,
        number={actor: i for i, actor in enumerate(ids)},
        lijn=lijn,
        # residents against the others for ei_index, ei_index_eerste and ei_index_tweede
        groups=tuple(lijn_codes(lijn, lijnen) for lijnen in ((0, 1, 2), (0, 1), (0, 2))),
        # candidates for duplicated functions when in the snapshot (Month.candidates says why)
        candidate=~person & (rows.own | (city_wide & top_down)),
        top_down=top_down,
        committee=rows.own & (actors["soort"] == "bewonerscommissie").to_numpy(),
        functions=actors["functies"].to_numpy(object),
        soort=actors["soort"].to_numpy(object),
        relation_ids=relations["id"].to_numpy(object),
        kind=relations["soort"].map(_KIND).to_numpy(np.intp),
        intensity=relations["intensiteit"].to_numpy("int64", na_value=0),
        reporter=relations["gemeld_door"].to_numpy(object),
        relation_tot=relations["tot"].to_numpy("datetime64[ns]"),
        activity_days=activities["datum"].to_numpy("datetime64[ns]"),
        activities=Columns(activities, _ACTIVITIES),
        actions=Columns(rows.actions, _ACTIONS),
        agreements=Columns(rows.agreements, _ACTIONS),
        results=Columns(rows.results, _RESULTS),
        requests=Columns(rows.requests, _REQUESTS),
        recognitions=Columns(rows.recognitions, _RECOGNITIONS),
        seats=Columns(rows.seats, _SEATS),
        dialogues=Columns(rows.dialogues, _DIALOGUES),
        dialogue_agreements=Columns(rows.dialogue_agreements, _DIALOGUE_AGREEMENTS),
        pulses=pulses(rows.pulse),
        scores={month: score_columns.take(positions) for month, positions in by_month.items()},
        no_scores=score_columns.take(slice(0, 0)),
        kept=kept(dataset, buurt),
        recorded=recorded_months(dataset, buurt),
    )


def month_network(arrays: BuurtArrays, first: np.datetime64, last: np.datetime64) -> tuple[np.ndarray, Masks]:
    """The month's network N as sorted edge codes (``low · actors + high`` of the actors' numbers), and its masks."""
    selected = masks(arrays.rows, first, last)
    ties = selected.relations & (arrays.kind != _SPANNING)
    van, naar = arrays.rows.van[ties], arrays.rows.naar[ties]
    return np.unique(np.minimum(van, naar) * len(arrays.ids) + np.maximum(van, naar)), selected


class Month:
    """A buurt's month as its figures read it: the snapshot of the one rule over the buurt's arrays.

    The measures' inputs are attributes, each computed when a figure first
    asks for it.  Ids are those of the data; ``first`` and ``last`` the
    month's first and last day.

    Parameters
    ----------
    arrays : BuurtArrays
        The buurt's rows.
    month : pandas.Period
        The month.
    previous : numpy.ndarray or None
        Last month's :attr:`codes`; ``None`` in the buurt's first month and before (no ``verloop``).
    earlier : tuple or None
        The :attr:`kept` network of the month computed before, if any: taken when it is this month's too.
    """

    arrays: BuurtArrays
    month: pd.Period
    previous: np.ndarray | None
    first: np.datetime64
    last: np.datetime64
    codes: np.ndarray
    selected: Masks
    nodes: np.ndarray
    relations: np.ndarray
    kind: np.ndarray
    van: np.ndarray
    naar: np.ndarray
    van_ids: np.ndarray
    naar_ids: np.ndarray
    relation_ids: np.ndarray
    soorten: np.ndarray
    earlier: tuple[bytes, Network] | None

    def __init__(
        self,
        arrays: BuurtArrays,
        month: pd.Period,
        previous: np.ndarray | None,
        earlier: tuple[bytes, Network] | None = None,
    ):
        self.arrays = arrays
        self.month = month
        self.previous = previous
        self.earlier = earlier
        self.first, self.last = month_bounds(month)
        #: N's edges as sorted codes, and the masks of the snapshot over the buurt's rows
        self.codes, self.selected = month_network(arrays, self.first, self.last)
        #: the snapshot's actors (numbers) and relations (positions in the buurt's relations)
        self.nodes = np.flatnonzero(self.selected.actors)
        self.relations = np.flatnonzero(self.selected.relations)
        self.kind = arrays.kind[self.relations]
        self.van, self.naar = arrays.rows.van[self.relations], arrays.rows.naar[self.relations]
        self.van_ids, self.naar_ids = arrays.ids[self.van], arrays.ids[self.naar]
        self.relation_ids = arrays.relation_ids[self.relations]
        self.soorten = _SOORTEN[self.kind]

    @cached_property
    def kept(self) -> tuple[bytes, Network]:
        """:attr:`network` with what identifies it (its actors and edges), for the next month to take."""
        key = self.selected.actors.tobytes() + self.codes.tobytes()
        if self.earlier is not None and self.earlier[0] == key:
            return self.earlier
        low, high = np.divmod(self.codes, len(self.arrays.ids))
        position = np.full(len(self.arrays.ids), -1)
        position[self.nodes] = np.arange(len(self.nodes))
        return key, Network(self.arrays.ids[self.nodes], position[low], position[high])

    @property
    def network(self) -> Network:
        """N: the snapshot's actors and the pairs tied by an active relation other than ``spanning``; the month
        before's own network, with what was computed of it, when the two are the same."""
        return self.kept[1]

    def groups(self, which: int) -> np.ndarray:
        """Residents against professionals per actor of N (:func:`~kit.analysis.measures.mixing.lijn_codes`):
        ``0`` every lijn, ``1`` lijn 0 against 1, ``2`` lijn 0 against 2."""
        return self.arrays.groups[which][self.nodes]

    @cached_property
    def tension(self) -> np.ndarray:
        """Which of the month's relations are ``spanning``."""
        return self.kind == _SPANNING

    @cached_property
    def designated_platform(self) -> str | None:
        """The platform of the buurt in the month by the contract's rule, active or not."""
        return platform_of(self.arrays.recognitions, self.arrays.rows.platform, self.first, self.last)

    @cached_property
    def platform(self) -> str | None:
        """The platform when it is an actor of the snapshot; what the figures about its place use."""
        designated = self.designated_platform
        number = self.arrays.number.get(designated) if designated is not None else None
        return designated if number is not None and self.selected.actors[number] else None

    @cached_property
    def committees(self) -> list[str]:
        """The buurt's own active bewonerscommissies."""
        return self.arrays.ids[self.selected.own & self.arrays.committee].tolist()

    @cached_property
    def own(self) -> set[str]:
        """The buurt's own active actors."""
        return set(self.arrays.ids[self.selected.own].tolist())

    @cached_property
    def lijn(self) -> dict[str, int]:
        """The lijn of the actors at either end of the month's relations, where it is known."""
        ends = np.zeros(len(self.arrays.ids), dtype=bool)
        ends[self.van] = ends[self.naar] = True
        known = np.flatnonzero(ends & (self.arrays.lijn >= 0))
        return dict(zip(self.arrays.ids[known].tolist(), self.arrays.lijn[known].tolist(), strict=True))

    def of_kind(self, *soorten: str) -> np.ndarray:
        """Which of the month's relations are of one of ``soorten``."""
        return _OF_KIND[soorten][self.kind] if soorten in _OF_KIND else np.isin(_SOORTEN, soorten)[self.kind]

    @cached_property
    def collaboration(self) -> np.ndarray:
        """The ``intensiteit`` of the month's ``samenwerking`` relations."""
        return self.arrays.intensity[self.relations[self.kind == _SAMENWERKING]]

    @cached_property
    def views(self) -> dict[tuple[str, str], list[tuple[Any, ...]]]:
        """The month's ``samenwerking`` rows by pair
        (:func:`~kit.analysis.measures.infrastructure.collaboration_views`)."""
        chosen = self.kind == _SAMENWERKING
        return collaboration_views(
            zip(
                self.van_ids[chosen],
                self.naar_ids[chosen],
                self.arrays.reporter[self.relations[chosen]],
                self.arrays.intensity[self.relations[chosen]],
                strict=True,
            )
        )

    @cached_property
    def candidates(self) -> np.ndarray:
        """The candidates for duplicated functions (numbers): the buurt's own active actors that are not persons,
        and the snapshot's top-down actors without a buurt (``docs/figures.md``, ``dubbele_functies``)."""
        return self.nodes[self.arrays.candidate[self.nodes]]

    @cached_property
    def duplicates(self) -> list[dict[str, Any]]:
        """The figure ``dubbele_functies``."""
        candidates = self.candidates
        functions = dict(zip(self.arrays.ids[candidates], self.arrays.functions[candidates], strict=True))
        return duplicated_functions(functions, self.views, own=self.own)

    @cached_property
    def top_down(self) -> dict[str, bool]:
        """Whether each candidate was started top-down (``herkomst`` ``bovenaf``)."""
        candidates = self.candidates
        return dict(zip(self.arrays.ids[candidates], self.arrays.top_down[candidates], strict=True))

    def relation_rows(self, chosen: np.ndarray) -> zip[tuple[Any, ...]]:
        """``(id, van, naar, soort)`` of the ``chosen`` relations of the month."""
        return zip(
            self.relation_ids[chosen], self.van_ids[chosen], self.naar_ids[chosen], self.soorten[chosen], strict=True
        )

    @cached_property
    def own_top_down(self) -> set[str]:
        """The buurt's own active actors set up from the top down (``herkomst`` ``bovenaf``)."""
        return set(self.arrays.ids[self.selected.own & self.arrays.top_down].tolist())

    @cached_property
    def provided(self) -> list[str]:
        """The relations the figure ``middelen`` counts (:func:`~kit.analysis.measures.resources.resources`)."""
        return resources(self.relation_rows(_RESOURCE[self.kind]), self.own, self.lijn, self.own_top_down)

    @cached_property
    def beside(self) -> list[str]:
        """The figure ``middelen_naast`` (:func:`~kit.analysis.measures.resources.support_beside`): the platform's
        rivals are its partners in ``dubbele_functies``."""
        platform = self.platform
        rivals = {actor for pair in self.duplicates if platform in pair["actoren"] for actor in pair["actoren"]}
        return support_beside(
            self.relation_rows(_RESOURCE[self.kind]), self.own, self.lijn, platform, self.own_top_down, rivals
        )

    @cached_property
    def receiver(self) -> dict[str, str]:
        """Relation id → its ``naar``, for the month's relations."""
        return dict(zip(self.relation_ids.tolist(), self.naar_ids.tolist(), strict=True))

    @cached_property
    def ends(self) -> dict[str, Any]:
        """Relation id → its ``tot``, for the month's relations."""
        return dict(zip(self.relation_ids.tolist(), self.arrays.relation_tot[self.relations], strict=True))

    @cached_property
    def mapped(self) -> np.ndarray:
        """Which of the month's relations the connection map counts: of a kind it knows, with an own actor."""
        return _MAPPED[self.kind] & (self.selected.own[self.van] | self.selected.own[self.naar])

    @cached_property
    def mapped_soort(self) -> dict[str, str]:
        """Own actor → ``soort``, for the own actors with a relation the connection map counts."""
        own = np.zeros(len(self.arrays.ids), dtype=bool)
        own[self.van[self.mapped]] = own[self.naar[self.mapped]] = True
        own &= self.selected.own
        return dict(zip(self.arrays.ids[own], self.arrays.soort[own], strict=True))

    @cached_property
    def activities(self) -> Columns:
        """The buurt's activities dated in the month."""
        days = self.arrays.activity_days
        return self.arrays.activities.take(
            slice(np.searchsorted(days, self.first, side="left"), np.searchsorted(days, self.last, side="right"))
        )

    @cached_property
    def scores(self) -> Columns:
        """The buurt's ``maatlat`` rows of the month."""
        return self.arrays.scores.get(self.month, self.arrays.no_scores)

    @cached_property
    def assessment(self) -> dict[str, int]:
        """The figure ``maatlat``: the buurt's own scores of the month."""
        return self_assessment(self.scores)

    @cached_property
    def results(self) -> tuple[int, int, int]:
        """The buurt's results achieved in the month, recorded in it after the fact, and counted up to its last day
        (:func:`~kit.analysis.measures.results.result_counts`)."""
        return result_counts(self.arrays.results, self.first, self.last)

    @cached_property
    def recorded(self) -> dict[str, str | None]:
        """The figure ``vastgelegd``: per register, the latest month up to this one that the buurt's rows name."""
        return latest(self.arrays.recorded, self.month)

    @cached_property
    def seats(self) -> Columns:
        """The buurt's seats at tables active in the month (:func:`~kit.analysis.measures.tables.active_seats`)."""
        return active_seats(self.arrays.seats, self.first, self.last)

    @cached_property
    def pulse(self) -> tuple[int, int, bool] | None:
        """The buurt's ``draaglast`` of the month: ``(belasting, dragers, incident)``, or ``None`` without a row."""
        return self.arrays.pulses.get(self.month)

    @cached_property
    def owners(self) -> tuple[int, float | None]:
        """The owners of the actions open on the month's last day, and the share the one with most holds
        (:func:`~kit.analysis.measures.load.open_action_owners`)."""
        return open_action_owners(self.arrays.actions, self.last)
