"""The self-assessment on the ten recognition criteria, and how it compares with others' assessments."""

from __future__ import annotations

import statistics

import pandas as pd  # noqa: F401 - the doctest uses it

from kit.data.contract import CRITERIA

from ..columns import Table, column


def self_assessment(scores: Table, assessor: str = "zelf") -> dict[str, int]:
    """Criterion → score from one buurt's ``maatlat`` rows of one month, by ``assessor``.

    Only the criteria scored appear, in the contract's order.
    """
    own = column(scores, "beoordeeld_door", object) == assessor
    given = dict(zip(column(scores, "criterium", object)[own], column(scores, "score", "int64")[own], strict=True))
    return {c: int(given[c]) for c in CRITERIA if c in given}


def mean_score(assessment: dict[str, int]) -> float | None:
    """Mean of the scores; ``None`` when nothing was scored."""
    if not assessment:
        return None
    return sum(assessment.values()) / len(assessment)


def assessment_gap(scores: Table, assessor: str = "zelf") -> float | None:
    """How much higher the buurt scores itself than others score it (``maatlat_verschil``).

    Over the criteria scored in one buurt's ``maatlat`` rows of one month
    both by ``assessor`` and by someone else (``peer``,
    ``stadsdeelcommissie``): the mean of (own score − the mean of the
    others' scores).  Above 0 the buurt sees itself more favourably than
    others do.  ``None`` when no criterion has both.

    >>> scores = pd.DataFrame({"criterium": ["daadkracht", "daadkracht", "informeren", "informeren", "informeren"],
    ...                        "score": [4, 3, 2, 4, 3],
    ...                        "beoordeeld_door": ["zelf", "peer", "zelf", "peer", "stadsdeelcommissie"]})
    >>> assessment_gap(scores)
    -0.25
    """
    mine: dict[str, list[int]] = {}
    theirs: dict[str, list[int]] = {}
    for criterion, score, by in zip(
        column(scores, "criterium", object),
        column(scores, "score", "int64"),
        column(scores, "beoordeeld_door", object),
        strict=True,
    ):
        (mine if by == assessor else theirs).setdefault(criterion, []).append(int(score))
    gaps = [statistics.fmean(mine[c]) - statistics.fmean(theirs[c]) for c in CRITERIA if c in mine and c in theirs]
    return statistics.fmean(gaps) if gaps else None
