"""The institutions' mirror: per institution, across buurten, what it did with and beside the platforms.

One row per actor on an institution's side of anything recorded over a span
of months, whichever buurt it concerns (``docs/reports.md``, "The
institutions' mirror"):

- **requests** asked of it (``aan``) and what came of them by the span's last
  day: promised (wholly or partly), refused, closed without a reaction, still
  open, the median days to an answer, and the promises kept of those made.
  Requests asked before the span that are still open at its start, and
  promises made before it and not kept by its start, are part of it
  (``eerder``);
- **parallel infrastructures** it runs beside a platform: pairs of the figure
  ``parallelle_infrastructuren`` of which it is the top-down side
  (``herkomst`` ``bovenaf``), with the months each was flagged in the span;
- **information it collects without bringing back**: the residents' actors
  (lijn 0) that only send it information (:func:`~kit.analysis.measures.mixing.one_way_pairs`,
  the pairs behind ``eenrichtingsverkeer``);
- **recruiting where it brings nothing**: the ``vindplaats`` actors it
  recruits at (``werving`` from it into one);
- **support beside the platform**: the relations of the figure
  ``middelen_naast`` it gives;
- **resources it ended**: the relations of the figure ``middelen`` from it
  whose ``tot`` falls in the span (the events ``steun_eindigt``);
- **seats it offered** (contract version 4): the seats at the tables it
  convenes (``tafels.eigenaar``) active at some time in the span
  (:func:`~kit.analysis.measures.tables.active_seats`, the rows the figure
  ``tafels`` counts), each with its rung; of them those it invited the platform
  to (``toegang`` ``uitgenodigd``, :func:`~kit.analysis.measures.tables.offered`)
  and those whose ``tot`` falls in the span with nobody continuing them at the
  same table (the events ``tafel_gestopt`` without an ``opvolger``: a change of
  role is no seat lost);
- **agreements it made in dialogues**: the ``dialoogafspraken`` it committed
  to (``door``) as a party the dialogue was held with (its ``met``), made in the
  span or open at its start (``eerder``), and what came of them by the span's
  last day — kept, dropped, past their deadline — by the rules of
  :mod:`kit.analysis.measures.tables`, as promises to requests are counted.

Each column reads the rule its figure or event counts with (month by month
over the buurt's snapshots where the rule reads the network), so the mirror,
the figures and the events agree.
A mirror, not a ranking: no score, rows sorted by id (or by the number of
buurten, :func:`by_buurten`); the report names the institutions.  Like the
events it holds ids and counts, never a name.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import pandas as pd

from kit.data.months import as_month
from kit.data.spans import dataset_months

from .events import resource_events
from .figures import months_figures
from .measures.mixing import one_way_pairs
from .measures.requests import answer_time, answered, kept_promises, open_requests, promises, request_counts
from .measures.tables import (
    active_seats,
    dropped_agreements,
    institutions_agreements,
    kept_agreements,
    late_agreements,
    offered,
    open_agreements,
    rung,
    successor,
)
from .snapshot import history, snapshot

if TYPE_CHECKING:
    from kit.data.dataset import Dataset


@dataclass
class MirrorRow:
    """One institution's row of the mirror over a span; ids and counts, never a name.

    Attributes
    ----------
    institution : str
        The actor id.
    buurten : set of str
        The buurten any of its entries concerns.
    vragers : set of str
        The buurten whose requests it was asked.
    gevraagd : int
        Requests asked of it in the span.
    eerder : int
        Requests of before the span still open at its start, or promised before it and not kept by then.
    toegezegd, afgewezen, zonder_reactie : int
        Of all its requests (``gevraagd`` and ``eerder``): answered in the span with a (partial) promise, refused,
        closed without a reaction.
    open : int
        Without an answer on the span's last day.
    antwoordtijd : float or None
        Median days from asking to an answer (refusals included, no reaction left out), as the figure
        ``antwoordtijd``.
    toezeggingen, nagekomen : int
        Promises made by the span's last day, and of them those kept by then.
    parallel : dict
        ``(buurt, (actor, actor))`` → months in the span the pair was a parallel infrastructure with this
        institution as its top-down side.
    informatie : set of (buurt, actor)
        Residents' actors that only send it information (in some month of the span).
    werving : set of (buurt, actor)
        ``vindplaats`` actors it recruits at (in some month of the span).
    naast : set of str
        Relations of ``middelen_naast`` it gives (in some month of the span).
    beeindigd : set of str
        Relations of ``middelen`` from it whose ``tot`` falls in the span.
    plekken : dict
        Seat id → its rung (1 … 6): the seats at its tables (``tafels.eigenaar``) active at some time in the span.
    uitgenodigd : set of str
        Of ``plekken``, those it invited the platform to (the rest the platform had to ask for).
    plekken_gestopt : set of str
        Of ``plekken``, those whose ``tot`` falls in the span and that no seat continues at the same table
        (:func:`~kit.analysis.measures.tables.successor`): seats lost, not roles changed.
    afspraken, afspraken_eerder : int
        Dialogue agreements it made (``door``, a party of the dialogue's ``met``) in the span, and of before the span
        still open at its start.
    afspraken_nagekomen, afspraken_vervallen, afspraken_te_laat : int
        Of all of them: kept in the span, dropped in the span, open past their deadline on the span's last day.
    """

    institution: str
    buurten: set[str] = field(default_factory=set)
    vragers: set[str] = field(default_factory=set)
    gevraagd: int = 0
    eerder: int = 0
    toegezegd: int = 0
    afgewezen: int = 0
    zonder_reactie: int = 0
    open: int = 0
    antwoordtijd: float | int | None = None
    toezeggingen: int = 0
    nagekomen: int = 0
    parallel: dict[tuple[str, tuple[str, ...]], int] = field(default_factory=dict)
    informatie: set[tuple[str, str]] = field(default_factory=set)
    werving: set[tuple[str, str]] = field(default_factory=set)
    naast: set[str] = field(default_factory=set)
    beeindigd: set[str] = field(default_factory=set)
    plekken: dict[str, int] = field(default_factory=dict)
    uitgenodigd: set[str] = field(default_factory=set)
    plekken_gestopt: set[str] = field(default_factory=set)
    afspraken: int = 0
    afspraken_eerder: int = 0
    afspraken_nagekomen: int = 0
    afspraken_vervallen: int = 0
    afspraken_te_laat: int = 0


class _Rows(dict[str, MirrorRow]):
    def of(self, institution: str, buurt: str) -> MirrorRow:
        row = self.setdefault(institution, MirrorRow(institution))
        row.buurten.add(buurt)
        return row


@dataclass(frozen=True)
class _Month:
    """What the network families read of one buurt-month: its snapshot and its figures."""

    dataset: Dataset
    buurt: str
    month: pd.Period
    figures: Mapping[str, Any]
    givers: Mapping[str, str]


def _cohort(requests: pd.DataFrame, first: pd.Timestamp, last: pd.Timestamp) -> tuple[pd.DataFrame, pd.Series]:
    """The requests of a span: asked in it, or asked before and open on the day before it began, or promised
    before and not kept by then; with whether each is of before (the synthesis's rule, ``docs/reports.md``)."""
    before = first - pd.Timedelta(days=1)
    asked = requests["gevraagd"]
    carried = set(open_requests(requests, before)["id"])
    made = promises(requests, before)
    carried |= set(made["id"]) - set(kept_promises(made, before)["id"])
    earlier = requests["id"].isin(carried)
    chosen = ((asked >= first) & (asked <= last)) | earlier
    return requests[chosen], earlier[chosen]


def _requests(rows: _Rows, dataset: Dataset, first: pd.Timestamp, last: pd.Timestamp) -> None:
    """The request columns: the rules of :mod:`kit.analysis.measures.requests` over each institution's cohort."""
    cohort, earlier = _cohort(dataset.verzoeken, first, last)
    for aan, group in cohort.groupby("aan", sort=True):
        row = rows.setdefault(str(aan), MirrorRow(str(aan)))
        row.vragers = set(group["buurt"])
        row.buurten.update(row.vragers)
        counts = request_counts(group, first, last)
        row.eerder = int(earlier[group.index].sum())
        row.gevraagd = len(group) - row.eerder
        row.toegezegd, row.afgewezen = counts["toegezegd"], counts["afgewezen"]
        row.zonder_reactie = len(answered(group, first, last)) - counts["beantwoord"]
        row.open = counts["open"]
        row.antwoordtijd = answer_time(group, last)
        row.toezeggingen = len(promises(group, last))
        row.nagekomen = len(kept_promises(group, last))


def _seats(rows: _Rows, dataset: Dataset, buurt: str, first: pd.Timestamp, last: pd.Timestamp) -> None:
    """The seats offered: the rows of :func:`~kit.analysis.measures.tables.active_seats` over the span, by the
    table's ``eigenaar`` (a seat at a table nobody is recorded to convene is nobody's)."""
    every = history(dataset, buurt).seats
    seats = active_seats(every, first, last)
    seats = seats[seats["eigenaar"].notna()]
    invited = set(offered(seats)["id"])
    for _, seat in seats.iterrows():
        sid = seat["id"]
        row = rows.of(str(seat["eigenaar"]), buurt)
        row.plekken[sid] = rung(seat["rol"])
        if sid in invited:
            row.uitgenodigd.add(sid)
        if pd.notna(seat["tot"]) and first <= seat["tot"] <= last and successor(every, seat) is None:
            row.plekken_gestopt.add(sid)


def _agreements(rows: _Rows, dataset: Dataset, buurt: str, first: pd.Timestamp, last: pd.Timestamp) -> None:
    """The dialogue agreements of the institutions a dialogue was held with: made in the span or open the day
    before it began, counted by the rules of :mod:`kit.analysis.measures.tables`."""
    rows_of = history(dataset, buurt)
    agreements = institutions_agreements(rows_of.dialogue_agreements, rows_of.dialogues)
    earlier = agreements["id"].isin(open_agreements(agreements, first - pd.Timedelta(days=1))["id"])
    made = agreements["gemaakt"].between(first, last)
    cohort, earlier = agreements[made | earlier], earlier[made | earlier]
    for door, group in cohort.groupby("door", sort=True):
        row = rows.of(str(door), buurt)
        before = int(earlier[group.index].sum())
        row.afspraken += len(group) - before
        row.afspraken_eerder += before
        row.afspraken_nagekomen += len(kept_agreements(group, first, last))
        row.afspraken_vervallen += len(dropped_agreements(group, first, last))
        row.afspraken_te_laat += len(late_agreements(group, last))


def _parallel(rows: _Rows, m: _Month) -> None:
    herkomst = history(m.dataset, m.buurt).actors["herkomst"]
    for entry in m.figures["parallelle_infrastructuren"] or ():
        actors = tuple(entry["actoren"])
        for actor in actors:
            if herkomst[actor] == "bovenaf":
                found = rows.of(actor, m.buurt).parallel
                found[m.buurt, actors] = found.get((m.buurt, actors), 0) + 1


def _network(rows: _Rows, m: _Month) -> None:
    """Information only received, and recruiting at a ``vindplaats``: from the month's snapshot."""
    snap = snapshot(m.dataset, m.buurt, m.month)
    lijn = {a: int(level) for a, level in zip(snap.actoren.index, snap.actoren["lijn"], strict=True) if pd.notna(level)}
    relaties = snap.relaties
    info = relaties[relaties["soort"] == "informatie"]
    flows = zip(info["van"], info["naar"], strict=True)
    for (resident, collector), one_way in one_way_pairs(flows, {a: level == 0 for a, level in lijn.items()}).items():
        if one_way:
            rows.of(collector, m.buurt).informatie.add((m.buurt, resident))
    grounds = set(m.figures["vindplaats"] or ())
    recruiting = relaties[(relaties["soort"] == "werving") & relaties["naar"].isin(grounds)]
    for van, naar in zip(recruiting["van"], recruiting["naar"], strict=True):
        if lijn.get(van, 0) >= 1:  # the rule of recruiting_grounds: a recruiter of known lijn 1 or 2
            rows.of(van, m.buurt).werving.add((m.buurt, naar))


def _support(rows: _Rows, m: _Month) -> None:
    """Support beside the platform (``middelen_naast``) and resources that ended (``steun_eindigt``)."""
    for rid in m.figures["middelen_naast"] or ():
        rows.of(m.givers[rid], m.buurt).naast.add(rid)
    ends = history(m.dataset, m.buurt).relations["tot"]
    if not ends.between(m.month.start_time, m.month.end_time).any():
        return  # nothing ends this month: spare the snapshot
    for event in resource_events(m.dataset, m.buurt, m.month):
        rows.of(event.actors[0], m.buurt).beeindigd.add(event.row or "")


#: The columns read over the whole span, buurt by buurt, one function each.
SPAN_FAMILIES: tuple[Callable[[_Rows, Dataset, str, pd.Timestamp, pd.Timestamp], None], ...] = (_seats, _agreements)
#: The columns read month by month, one function each.
FAMILIES: tuple[Callable[[_Rows, _Month], None], ...] = (_parallel, _network, _support)


def mirror(dataset: Dataset, first: str | pd.Period | None, last: str | pd.Period) -> list[MirrorRow]:
    """The institutions' mirror from ``first`` (the start of the data when ``None``) to ``last``, both months
    included: a :class:`MirrorRow` per institution, sorted by id.

    Examples
    --------
    >>> rows = mirror(load("examples/lindenhof-v3"), None, "2024-04")  # doctest: +SKIP
    >>> [(r.institution, r.afgewezen, r.zonder_reactie, r.open) for r in rows if r.gevraagd]  # doctest: +SKIP
    [('lh-bh', 1, 0, 0), ('lh-wb', 0, 0, 1), ('west', 0, 1, 0)]
    """
    last = as_month(last)
    start = None if first is None else as_month(first)
    known = [m for m in dataset_months(dataset) if m <= last and (start is None or m >= start)]
    first_day = (start or (known[0] if known else last)).start_time
    rows = _Rows()
    givers = dict(zip(dataset.relaties["id"], dataset.relaties["van"], strict=True))
    last_day = last.end_time.normalize()
    _requests(rows, dataset, first_day, last_day)
    for buurt in dataset.buurten["id"]:
        for span_family in SPAN_FAMILIES:
            span_family(rows, dataset, buurt, first_day, last_day)
        for month, figures in zip(known, months_figures(dataset, buurt, known), strict=True):
            for family in FAMILIES:
                family(rows, _Month(dataset, buurt, month, figures, givers))
    return [rows[i] for i in sorted(rows)]


def by_buurten(rows: Iterable[MirrorRow], name: Callable[[str], str]) -> list[MirrorRow]:
    """``rows`` by the number of buurten they concern, most first, then by ``name`` (the report's names): a
    mirror is ordered by reach or by name, never by a score."""
    return sorted(rows, key=lambda r: (-len(r.buurten), name(r.institution), r.institution))


def parallel_months(row: MirrorRow) -> int:
    """The months of all of ``row``'s parallel infrastructures together (a pair in two months counts 2)."""
    return sum(row.parallel.values())
