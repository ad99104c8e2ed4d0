"""What waits at institutions at the end of a month: open requests and promises not (yet) kept.

Both come from the rules of :mod:`kit.analysis.measures.requests`, which the
figures count with: a request is open on a day by
:func:`~kit.analysis.measures.requests.open_requests` (what ``verzoeken.open``
counts) and waits too long by
:func:`~kit.analysis.measures.requests.overdue_requests` (``verzoeken.open_30``);
a promise made by that day (:func:`~kit.analysis.measures.requests.promises`)
and not among the :func:`~kit.analysis.measures.requests.kept_promises` is
unkept (what ``nagekomen`` counts as not kept).  A promise has no deadline in
the data; it waits long past the same threshold as a request,
:data:`~kit.analysis.measures.requests.OVERDUE_DAYS` days after it was made.

An agreement made in a dialogue (version 4, :func:`afspraken_open`) is open
by :func:`~kit.analysis.measures.tables.open_agreements` (what
``dialoogafspraken.open`` counts) and late by
:func:`~kit.analysis.measures.tables.late_agreements` (``te_laat``): it has a
deadline of its own, and waits long once past it.

Like an event (:mod:`kit.analysis.events`), an :class:`OpenItem` carries ids
and the raw subject, never a name: the report names the institution and
redacts the subject.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import pandas as pd

from kit.data.months import as_month
from kit.dutch import leeg

from .measures.requests import OVERDUE_DAYS, kept_promises, open_requests, overdue_requests, promises
from .measures.tables import institutions_agreements, late_agreements, open_agreements
from .snapshot import history

if TYPE_CHECKING:
    from kit.data.dataset import Dataset

#: The kinds of open item: a request without an answer, a promise not kept, and an agreement of a dialogue not kept.
OPEN_KINDS = ("verzoek", "toezegging", "afspraak")


@dataclass(frozen=True)
class OpenItem:
    """A request without an answer, a promise not kept, or an agreement of a dialogue not kept, on the last day of a
    month.

    Attributes
    ----------
    buurt : str
        Whose request.
    kind : str
        ``"verzoek"`` (open request), ``"toezegging"`` (promise not kept) or
        ``"afspraak"`` (agreement of a dialogue open, :func:`afspraken_open`).
    row : str
        The request's (or agreement's) id (never shown).
    institution : str
        The actor asked (``aan``): who the item waits at; for an agreement
        who is to keep it (``door``), which may be the platform itself.
    asker : str
        Who asked (``van``); empty for an agreement, made together.
    since : pandas.Timestamp
        ``gevraagd`` for a request, the day of the promise (``antwoord``) for a
        promise, the dialogue's day (``gemaakt``) for an agreement.
    days : int
        Whole days from ``since`` to the month's last day.
    overdue : bool
        A request of :func:`~kit.analysis.measures.requests.overdue_requests`;
        a promise made more than :data:`~kit.analysis.measures.requests.OVERDUE_DAYS` days before;
        an agreement of :func:`~kit.analysis.measures.tables.late_agreements`.
    text : str or None
        The request's ``onderwerp`` (the agreement's ``omschrijving``), **unredacted**.
    detail : mapping
        ``uitkomst`` (``toegezegd`` or ``deels`` for a promise), ``gevraagd``,
        ``antwoord``, ``toelichting`` (raw text); for an agreement ``dialoog``,
        ``deadline`` (or ``None``) and ``over``: whole days from the deadline to
        the month's last day when it is late, else ``None``.
    """

    buurt: str
    kind: str
    row: str
    institution: str
    asker: str
    since: pd.Timestamp
    days: int
    overdue: bool
    text: str | None
    detail: Mapping[str, Any] = field(default_factory=dict, hash=False)


def _clean(value: Any) -> Any:
    return None if leeg(value) else value


def _items(buurt: str, kind: str, rows: pd.DataFrame, since: str, last: pd.Timestamp, late: set[str]) -> list[OpenItem]:
    found = []
    for r in rows.to_dict("records"):
        found.append(
            OpenItem(
                buurt,
                kind,
                r["id"],
                r["aan"],
                r["van"],
                r[since],
                int((last - r[since]).days),
                r["id"] in late,
                _clean(r["onderwerp"]),
                {k: _clean(r[k]) for k in ("uitkomst", "gevraagd", "antwoord", "toelichting")},
            )
        )
    return found


def wachtend(dataset: Dataset, buurt: str, month: str | pd.Period) -> list[OpenItem]:
    """What waits at institutions on the last day of ``month``: ``buurt``'s open requests and unkept promises.

    Longest waiting first (then requests before promises, then by id).
    Requests asked before the month, or before the buurt took part, that are
    still open are part of it.  Raises :class:`~kit.data.lookup.UnknownBuurt`
    for an unknown buurt.
    """
    last = as_month(month).end_time.normalize()
    rows = history(dataset, buurt).requests
    if rows.empty:
        return []
    late = set(overdue_requests(rows, last)["id"])
    found = _items(buurt, "verzoek", open_requests(rows, last), "gevraagd", last, late)
    made = promises(rows, last)
    unkept = made[~made["id"].isin(kept_promises(rows, last)["id"])]
    long_ago = set(unkept.loc[(last - unkept["antwoord"]).dt.days > OVERDUE_DAYS, "id"])
    found += _items(buurt, "toezegging", unkept, "antwoord", last, long_ago)
    return sorted(found, key=lambda i: (-i.days, OPEN_KINDS.index(i.kind), i.row))


def afspraken_open(dataset: Dataset, buurt: str, month: str | pd.Period) -> list[OpenItem]:
    """The agreements of ``buurt``'s dialogues open on the last day of ``month``, as :class:`OpenItem` (``afspraak``).

    Open and late by the rules ``dialoogafspraken.open`` and ``.te_laat`` count with
    (:func:`~kit.analysis.measures.tables.open_agreements`, :func:`~kit.analysis.measures.tables.late_agreements`);
    agreements of dialogues before the month that are still open are part of it.  ``detail["partij"]`` says whether
    the agreement is an institution's (:func:`~kit.analysis.measures.tables.institutions_agreements`, as
    :mod:`kit.analysis.mirror` counts them); the platform's own agreements wait at nobody.  Longest past its deadline
    first, then those with a deadline (soonest first), then those without, each by the day made and id.  Raises
    :class:`~kit.data.lookup.UnknownBuurt` for an unknown buurt.

    Examples
    --------
    >>> [(i.row, i.detail["over"]) for i in afspraken_open(load("examples/lindenhof-v4"), "lindenhof", "2024-04")]
    ... # doctest: +SKIP
    [('a1', 30), ('a3', None)]
    """
    last = as_month(month).end_time.normalize()
    kept_rows = history(dataset, buurt)
    rows = kept_rows.dialogue_agreements
    theirs = set(institutions_agreements(rows, kept_rows.dialogues)["id"])
    late = set(late_agreements(rows, last)["id"])
    found = []
    for r in open_agreements(rows, last).to_dict("records"):
        deadline = _clean(r["deadline"])
        detail = {"dialoog": r["dialoog"], "deadline": deadline, "over": None, "partij": r["id"] in theirs}
        if r["id"] in late:
            detail["over"] = int((last - deadline).days)
        found.append(
            OpenItem(
                buurt,
                "afspraak",
                r["id"],
                r["door"],
                "",
                r["gemaakt"],
                int((last - r["gemaakt"]).days),
                r["id"] in late,
                _clean(r["omschrijving"]),
                detail,
            )
        )
    never = pd.Timestamp.max
    return sorted(
        found,
        key=lambda i: (-(i.detail["over"] or -1), i.detail["deadline"] or never, i.since, i.row),
    )


def pilot_wachtend(dataset: Dataset, month: str | pd.Period) -> list[OpenItem]:
    """:func:`wachtend` of every buurt, longest waiting first (then buurt, kind, id)."""
    found = [item for buurt in dataset.buurten["id"] for item in wachtend(dataset, buurt, month)]
    return sorted(found, key=lambda i: (-i.days, i.buurt, OPEN_KINDS.index(i.kind), i.row))


def per_institution(items: Iterable[OpenItem]) -> dict[str, list[OpenItem]]:
    """``items`` grouped by the institution they wait at, the institution with the longest wait first.

    Within an institution the items keep their order (longest waiting first
    when they come from :func:`wachtend`).

    >>> a = OpenItem("b", "verzoek", "v1", "west", "p", pd.Timestamp("2024-03-01"), 60, True, None)
    >>> c = OpenItem("b", "toezegging", "v2", "oost", "p", pd.Timestamp("2024-04-01"), 29, False, None)
    >>> d = OpenItem("b", "verzoek", "v3", "west", "p", pd.Timestamp("2024-04-20"), 10, False, None)
    >>> {who: [i.row for i in found] for who, found in per_institution([a, c, d]).items()}
    {'west': ['v1', 'v3'], 'oost': ['v2']}
    """
    grouped: dict[str, list[OpenItem]] = {}
    for item in items:
        grouped.setdefault(item.institution, []).append(item)
    return dict(sorted(grouped.items(), key=lambda kv: -max(i.days for i in kv[1])))
