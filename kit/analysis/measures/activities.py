"""Working together on activities, or side by side."""

from __future__ import annotations

import networkx as nx
import numpy as np
import pandas as pd

#: Two activities of one kind at most this many days apart could have been one.
FRAGMENT_DAYS = 14


def bundling(organisers: list[tuple]) -> float | None:
    """Share of activities with two or more organisers; ``None`` when there are none.

    >>> bundling([("a",), ("a", "b")])
    0.5
    """
    if not organisers:
        return None
    return sum(1 for o in organisers if len(o) >= 2) / len(organisers)


def fragmented(activities: pd.DataFrame, days: int = FRAGMENT_DAYS) -> list[list[str]]:
    """Groups of activities that could have been one.

    Within one ``soort``, two activities are linked when their dates are at
    most ``days`` apart and their organisers share no actor; every connected
    group of two or more is returned as a sorted list of ids, the groups
    sorted by their first id.  Two residents' meetings a week apart by
    different organisers split the buurt's attendance and energy.
    """
    graph = nx.Graph()
    day = activities["datum"].to_numpy("datetime64[D]").astype(np.int64).tolist()
    rows = list(zip(activities["id"].tolist(), activities["soort"].tolist(), day, map(set, activities["organisatoren"])))
    for i, (a, kind_a, day_a, organisers_a) in enumerate(rows):
        for b, kind_b, day_b, organisers_b in rows[i + 1 :]:
            if kind_a == kind_b and abs(day_a - day_b) <= days and not organisers_a & organisers_b:
                graph.add_edge(a, b)
    return sorted(sorted(group) for group in nx.connected_components(graph))
