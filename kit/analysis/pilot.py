"""Across the pilot: what the overview and the synthesis count over every buurt at once.

The figures of :mod:`kit.analysis.figures` belong to one buurt and one month.
The pilot-wide reports also ask questions across buurten: how did each
institution answer, whichever buurt asked; what stood in the way of actions
anywhere in the pilot; which intervision agreements are still open.  These
functions read the dataset's frames of every buurt together over a span of
days, so that the monthly overview (everything up to its month) and the
synthesis (a period of months) count alike, with the rules of the monthly
figures (:mod:`kit.analysis.measures`).  They return ids and counts; names
are for the reports.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

from kit.data.contract import BELEMMERING

from .measures.actions import barriers, open_actions, overdue_actions
from .measures.requests import OVERDUE_DAYS, answer_time, kept_promises, open_requests, promises

#: The columns of :func:`institutions`.
INSTITUTION_COLUMNS = (
    "aan",
    "verzoeken",
    "buurten",
    "beantwoord",
    "open",
    "antwoordtijd",
    "lang_wachten",
    "lang_wachten_van",
    "toezeggingen",
    "nagekomen",
)
#: What an action can be on a given day (:func:`action_state`): closed with its status, or still open.
ACTION_STATES = ("gedaan", "niet_gedaan", "vervallen", "open", "te_laat")


def _asked_between(requests: pd.DataFrame, first: pd.Timestamp | None, last: pd.Timestamp) -> pd.DataFrame:
    asked = requests["gevraagd"]
    keep = asked <= last
    if first is not None:
        keep &= asked >= first
    return requests[keep]


def institutions(requests: pd.DataFrame, last: pd.Timestamp, first: pd.Timestamp | None = None) -> pd.DataFrame:
    """How each institution answered the requests asked of it from ``first`` to ``last``, seen on ``last``.

    One row per institution asked (``aan``), whichever buurt asked:

    - ``verzoeken``: requests asked (``gevraagd``) from ``first`` (no bound when ``None``) to ``last``;
      the rest of the row is about these;
    - ``buurten``: how many buurten asked them;
    - ``beantwoord``: answered by ``last`` (closing without an answer, ``geen_reactie``, not counted);
    - ``open``: no ``antwoord`` by ``last``;
    - ``antwoordtijd``: median days from ``gevraagd`` to ``antwoord`` of those answered
      (:func:`~kit.analysis.measures.requests.answer_time`); ``None`` when none;
    - ``lang_wachten`` of ``lang_wachten_van``: of the requests asked more than
      :data:`~kit.analysis.measures.requests.OVERDUE_DAYS` days before ``last`` (the same test as
      ``open_30``), those that had no answer within that many days: answered later, closed without an
      answer, or still open.  A request asked more recently cannot have waited that long yet, so it is
      in neither count;
    - ``toezeggingen``: promises (``toegezegd``, ``deels``) answered by ``last``, and ``nagekomen`` the
      number of them delivered by ``last``: the share is the figure ``nagekomen``
      (:func:`~kit.analysis.measures.requests.promises_kept`) over these requests.

    Rows are sorted by the number of requests, most first, then by id.

    >>> requests = pd.DataFrame({
    ...     "buurt": ["a", "a", "b"], "aan": ["sd", "sd", "sd"],
    ...     "gevraagd": pd.to_datetime(["2024-01-01", "2024-03-01", "2024-04-10"]),
    ...     "uitkomst": ["toegezegd", "open", "afgewezen"],
    ...     "antwoord": pd.to_datetime(["2024-01-21", None, "2024-04-15"]),
    ...     "nagekomen": pd.to_datetime(["2024-02-01", None, None])})
    >>> institutions(requests, pd.Timestamp("2024-04-30")).to_dict("records")  # doctest: +NORMALIZE_WHITESPACE
    [{'aan': 'sd', 'verzoeken': 3, 'buurten': 2, 'beantwoord': 2, 'open': 1, 'antwoordtijd': 12.5,
      'lang_wachten': 1, 'lang_wachten_van': 2, 'toezeggingen': 1, 'nagekomen': 1}]
    """
    cohort = _asked_between(requests, first, last)
    rows = [{"aan": aan, **_answers(group, last)} for aan, group in cohort.groupby("aan", sort=True)]
    frame = pd.DataFrame(rows, columns=list(INSTITUTION_COLUMNS))
    return frame.sort_values(["verzoeken", "aan"], ascending=[False, True], kind="stable").reset_index(drop=True)


def requests_summary(requests: pd.DataFrame, last: pd.Timestamp, first: pd.Timestamp | None = None) -> dict[str, Any]:
    """The counts of :func:`institutions` over every request asked from ``first`` to ``last``, whoever was asked.

    >>> requests = pd.DataFrame({"buurt": ["a", "b"], "aan": ["sd", "corp"],
    ...                          "gevraagd": pd.to_datetime(["2024-01-01", "2024-02-01"]),
    ...                          "uitkomst": ["afgewezen", "afgewezen"],
    ...                          "antwoord": pd.to_datetime(["2024-01-11", "2024-02-21"]),
    ...                          "nagekomen": pd.to_datetime([None, None])})
    >>> summary = requests_summary(requests, pd.Timestamp("2024-04-30"))
    >>> summary["verzoeken"], summary["buurten"], summary["antwoordtijd"]
    (2, 2, 15.0)
    """
    return _answers(_asked_between(requests, first, last), last)


def _answers(group: pd.DataFrame, last: pd.Timestamp) -> dict[str, Any]:
    """The counts of :func:`institutions` (but ``aan``) over the requests of ``group``, seen on ``last``: the rows
    of the rules of the figures (:mod:`kit.analysis.measures.requests`), counted."""
    limit = pd.Timedelta(days=OVERDUE_DAYS)
    asked, answered, outcome = group["gevraagd"], group["antwoord"], group["uitkomst"]
    real = (outcome != "geen_reactie").to_numpy()
    old = (last - asked > limit).to_numpy()
    in_time = real & (answered - asked <= limit).to_numpy()
    return {
        "verzoeken": len(group),
        "buurten": group["buurt"].nunique(),
        "beantwoord": int((real & (answered <= last).to_numpy()).sum()),
        "open": len(open_requests(group, last)),
        "antwoordtijd": answer_time(group, last),
        "lang_wachten": int((old & ~in_time).sum()),
        "lang_wachten_van": int(old.sum()),
        "toezeggingen": len(promises(group, last)),
        "nagekomen": len(kept_promises(group, last)),
    }


def barrier_counts(actions: pd.DataFrame, last: pd.Timestamp, first: pd.Timestamp | None = None) -> pd.DataFrame:
    """What stood in the way across the pilot: each ``belemmering`` of the actions not done, ``first`` to ``last``.

    The figure ``belemmeringen`` of each buurt
    (:func:`~kit.analysis.measures.actions.barriers`) over the span of days,
    added up: ``acties`` the actions (``niet_gedaan``, ``afgerond`` in the
    span; no lower bound when ``first`` is ``None``) that name the barrier,
    ``buurten`` how many buurten they are in.  Only barriers named appear,
    the most named first (ties in the contract's order).

    >>> actions = pd.DataFrame({"buurt": ["a", "a", "b", "b"],
    ...                         "status": ["niet_gedaan", "niet_gedaan", "niet_gedaan", "gedaan"],
    ...                         "afgerond": pd.to_datetime(["2024-04-02", "2024-03-20", "2024-04-05", "2024-04-06"]),
    ...                         "belemmering": [("ruimte", "tijd"), ("tijd",), ("tijd",), ("geld",)]})
    >>> barrier_counts(actions, pd.Timestamp("2024-04-30")).to_dict("records")
    [{'belemmering': 'tijd', 'acties': 3, 'buurten': 2}, {'belemmering': 'ruimte', 'acties': 1, 'buurten': 1}]
    """
    start = pd.Timestamp.min.ceil("D") if first is None else first
    per_buurt = [barriers(group, start, last) for _, group in actions.groupby("buurt", sort=True)]
    rows = [
        {
            "belemmering": code,
            "acties": sum(c.get(code, 0) for c in per_buurt),
            "buurten": sum(code in c for c in per_buurt),
        }
        for code in BELEMMERING
        if any(code in c for c in per_buurt)
    ]
    frame = pd.DataFrame(rows, columns=["belemmering", "acties", "buurten"])
    return frame.sort_values("acties", ascending=False, kind="stable").reset_index(drop=True)


def action_state(actions: pd.DataFrame, day: pd.Timestamp) -> pd.Series:
    """Where each action stood on ``day``: one of :data:`ACTION_STATES`, or ``None`` when not yet on the list.

    An action closed (``afgerond``) by ``day`` has its ``status``; one open
    on ``day`` is ``open``, or ``te_laat`` when overdue (the rules of the
    figure ``acties``: :func:`~kit.analysis.measures.actions.open_actions`
    and :func:`~kit.analysis.measures.actions.overdue_actions`).

    >>> actions = pd.DataFrame({"status": ["gedaan", "gedaan", "open", "open"],
    ...                         "gepland": pd.to_datetime(["2024-01-05", "2024-01-05", "2024-01-05", "2024-05-01"]),
    ...                         "afgerond": pd.to_datetime(["2024-02-01", "2024-06-01", None, None]),
    ...                         "deadline": pd.to_datetime(["2024-03-01", "2024-03-01", None, None])})
    >>> action_state(actions, pd.Timestamp("2024-04-30")).tolist()
    ['gedaan', 'te_laat', 'open', None]
    """
    closed = ((actions["gepland"] <= day) & (actions["afgerond"] <= day)).to_numpy()
    state = np.full(len(actions), None, dtype=object)
    state[closed] = actions["status"].to_numpy(object)[closed]
    state[actions.index.get_indexer(open_actions(actions, day).index)] = "open"
    state[actions.index.get_indexer(overdue_actions(actions, day).index)] = "te_laat"
    return pd.Series(state, index=actions.index, dtype=object)


def agreements(
    actions: pd.DataFrame,
    sessions: pd.DataFrame,
    day: pd.Timestamp,
    since: pd.Timestamp | None = None,
    until: pd.Timestamp | None = None,
) -> pd.DataFrame:
    """The intervision agreements of the sessions held from ``since`` to ``until``, and where each stood on ``day``.

    An agreement is an action whose ``sessie`` names an intervision session
    (contract version 2): the pilot's own action list.  ``until`` defaults
    to ``day``; ``since`` ``None`` means every session before.  Returns the
    agreements that were on the list by ``day``: the action's ``id``,
    ``buurt``, ``omschrijving``, ``eigenaar`` (who carries it), ``gepland``,
    ``deadline``, the session's id (``sessie``) and date (``datum``) and
    ``stand``, the :func:`action_state` on ``day``; sorted by session date,
    buurt and id.

    >>> sessions = pd.DataFrame({"id": ["s1", "s2"], "datum": pd.to_datetime(["2024-02-08", "2024-04-11"])})
    >>> actions = pd.DataFrame({"id": ["x1", "x2", "x3"], "buurt": ["b", "a", "a"], "omschrijving": ["…"] * 3,
    ...                         "eigenaar": ["p", None, "q"], "sessie": ["s1", "s1", None], "status": ["open"] * 3,
    ...                         "gepland": pd.to_datetime(["2024-02-08"] * 3), "afgerond": pd.to_datetime([None] * 3),
    ...                         "deadline": pd.to_datetime(["2024-03-31", "2024-06-30", None])})
    >>> agreements(actions, sessions, pd.Timestamp("2024-04-30"))[["id", "sessie", "stand"]].to_dict("records")
    [{'id': 'x2', 'sessie': 's1', 'stand': 'open'}, {'id': 'x1', 'sessie': 's1', 'stand': 'te_laat'}]
    """
    until = day if until is None else until
    held = sessions[sessions["datum"] <= until]
    if since is not None:
        held = held[held["datum"] >= since]
    dates = dict(zip(held["id"], held["datum"], strict=True))
    chosen = actions[actions["sessie"].isin(list(dates))]
    frame = chosen[["id", "buurt", "omschrijving", "eigenaar", "gepland", "deadline", "sessie"]].copy()
    frame["datum"] = frame["sessie"].map(dates)
    frame["stand"] = action_state(chosen, day)
    frame = frame[frame["stand"].notna()]
    return frame.sort_values(["datum", "buurt", "id"], kind="stable").reset_index(drop=True)
