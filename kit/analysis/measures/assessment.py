"""The self-assessment on the ten recognition criteria."""

from __future__ import annotations

import pandas as pd

from kit.data.contract import CRITERIA


def self_assessment(scores: pd.DataFrame, assessor: str = "zelf") -> dict[str, int]:
    """Criterion → score from one buurt's ``maatlat`` rows of one month, by ``assessor``.

    Only the criteria scored appear, in the contract's order.
    """
    own = scores[scores["beoordeeld_door"] == assessor]
    given = dict(zip(own["criterium"], own["score"]))
    return {c: int(given[c]) for c in CRITERIA if c in given}


def mean_score(assessment: dict[str, int]) -> float | None:
    """Mean of the scores; ``None`` when nothing was scored."""
    if not assessment:
        return None
    return sum(assessment.values()) / len(assessment)
