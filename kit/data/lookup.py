"""What the user asks the data for and it may not hold: a buurt, a month, a period.

One exception each, under one base, :class:`NotInData`, raised wherever a
buurt or month is looked up (the figures, the snapshot, the reports, the
command line) with one line that says what is known; the command line
prints it and exits with status 2.  A buurt is checked here
(:func:`check_buurt`), a month or a period where the months of the data are
known (:func:`kit.data.spans.check_month`,
:func:`~kit.data.spans.check_period`).  (The exceptions import nothing, so that
the command line can name them before it loads any data.)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
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
