"""The overview's context: all pilot buurten in one month, for the monthly intervision meeting.

Buurten are named here; persons follow the privacy rule
(:func:`kit.privacy.display_names` without a buurt).
"""

from __future__ import annotations

import os
from functools import cached_property

import pandas as pd

from kit.data.dataset import Dataset
from kit.data.months import as_month, month_text
from kit.report.context import Rapport


class Overzicht(Rapport):
    """All pilot buurten in one month: the month's row of the panel per buurt, and every buurt's figures.

    Parameters
    ----------
    dataset : Dataset or path
    maand : str
        ``JJJJ-MM``.
    jobs : int
        Processes for the panel.
    """

    def __init__(self, dataset: Dataset | str | os.PathLike[str], maand: str, jobs: int = 1):
        month = as_month(maand)
        super().__init__(dataset, month, month, jobs=jobs)
        self.month = month
        self.maand = month_text(month)

    @cached_property
    def maandrijen(self) -> pd.DataFrame:
        """This month's panel row of every buurt, by buurt."""
        return self.panel[self.panel["maand"] == self.maand].set_index("buurt")

    @cached_property
    def figuren(self) -> dict[str, dict]:
        """This month's figures of every buurt."""
        from kit.analysis.figures import figures

        return {b: figures(self.data, b, self.month) for b in self.buurten}

    def doet_mee(self, buurt: str) -> bool:
        """Whether ``buurt`` takes part this month (the panel's ``in_proeftuin``)."""
        rows = self.maandrijen
        return buurt in rows.index and bool(rows.loc[buurt, "in_proeftuin"])
