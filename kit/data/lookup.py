"""What the user asks the data for and it may not hold: a buurt, a month, a period.

One exception each, under one base, :class:`NotInData`, raised wherever a
buurt or month is looked up (the figures, the snapshot, the reports, the
command line) with one line that says what is known; the command line
prints it and exits with status 2.  (The exceptions import nothing, so that
the command line can name them before it loads any data.)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd

    from .dataset import Dataset


class NotInData(LookupError):
    """A buurt or month the dataset does not hold; the message is one line for the user."""

    def __str__(self) -> str:
        return str(self.args[0])


class UnknownBuurt(NotInData):
    """A buurt id that is not in ``buurten``."""


class MonthOutsideData(NotInData):
    """A month (or a period) outside the months the dataset names."""


def check_buurt(dataset: Dataset, buurt: object) -> str:
    """Return ``buurt`` if the dataset has it, else raise :class:`UnknownBuurt` naming the buurten it has."""
    known = dataset.buurten["id"].tolist()
    if buurt not in known:
        raise UnknownBuurt(f"onbekende buurt '{buurt}' (kies uit: {', '.join(known)})")
    return str(buurt)


def _span(months: list[pd.Period]) -> str:
    from .months import month_text

    return f"{month_text(months[0])} tot en met {month_text(months[-1])}" if months else "geen maanden"


def check_month(dataset: Dataset, month: pd.Period) -> pd.Period:
    """Return ``month`` if the dataset names it (:func:`kit.data.months.dataset_months`), else raise
    :class:`MonthOutsideData` naming the months it spans."""
    from .months import dataset_months, month_text

    months = dataset_months(dataset)
    if month not in months:
        raise MonthOutsideData(f"maand {month_text(month)} valt buiten de gegevens ({_span(months)})")
    return month


def check_period(dataset: Dataset, first: pd.Period, last: pd.Period) -> tuple[pd.Period, pd.Period]:
    """Return the period if both its months are in the data, else raise :class:`MonthOutsideData`."""
    from .months import dataset_months, month_text

    months = dataset_months(dataset)
    if first not in months or last not in months:
        raise MonthOutsideData(
            f"periode {month_text(first)}:{month_text(last)} valt buiten de gegevens ({_span(months)})"
        )
    return first, last
