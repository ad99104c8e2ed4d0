"""Working together on activities, or side by side."""

from __future__ import annotations

import networkx as nx
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
    rows = list(activities[["id", "soort", "datum", "organisatoren"]].itertuples(index=False))
    for i, a in enumerate(rows):
        for b in rows[i + 1 :]:
            if (
                a.soort == b.soort
                and abs((a.datum - b.datum).days) <= days
                and not set(a.organisatoren) & set(b.organisatoren)
            ):
                graph.add_edge(a.id, b.id)
    return sorted(sorted(group) for group in nx.connected_components(graph))
