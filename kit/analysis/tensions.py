"""Tensions as episodes: each ``spanning`` relation of a buurt, since when, why, and how it ended.

A tension is recorded as a relation of ``soort`` ``spanning`` (data contract):
its ``vanaf`` is when it began, its ``toelichting`` why, its ``tot`` when it
ended, and its ``gemeld_door`` who recorded it, which may be a third party
rather than one of the two sides.  The month's events
(:func:`kit.analysis.events.network_events`) say when one began or ended;
an episode says the whole story at once, the way a parallel infrastructure
is told from start to end, so that the monthly brief ("Waar het schuurt"),
the intervision sheet and the synthesis tell it alike.

Like an event, a :class:`Tension` carries ids and the raw ``toelichting``,
never a name: the report names the actors and redacts the text.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import pandas as pd

from kit.data.months import as_month
from kit.dutch import leeg

from .snapshot import history

if TYPE_CHECKING:
    from kit.data.dataset import Dataset


@dataclass(frozen=True)
class Tension:
    """One tension from its start to its end (or to now).

    Attributes
    ----------
    buurt : str
    row : str
        The relation's id (never shown).
    sides : tuple of str
        The two actors (``van``, ``naar``).
    vanaf : pandas.Timestamp or None
        When it began; ``None``: before the data begin.
    tot : pandas.Timestamp or None
        When it ended; ``None`` while it lasts (or as far as the data go).
    toelichting : str or None
        Why, as recorded (unredacted).
    gemeld_door : str or None
        A third party who recorded it (neither side), else ``None``: its
        account, not the sides' own.
    active : bool
        Whether it lasts into the month asked for (it ends on or after the
        month's first day, or not at all).
    """

    buurt: str
    row: str
    sides: tuple[str, str]
    vanaf: pd.Timestamp | None
    tot: pd.Timestamp | None
    toelichting: str | None
    gemeld_door: str | None
    active: bool


def _value(value: Any) -> Any:
    return None if leeg(value) else value


def tension_episodes(dataset: Dataset, buurt: str, month: str | pd.Period) -> list[Tension]:
    """Every tension of ``buurt`` that began by the end of ``month`` (or before the data begin), the active first.

    The rows are the ``spanning`` relations among the buurt's relations
    (:func:`kit.analysis.snapshot.history`: those with an actor of the buurt
    on one side).  One that ended before ``month`` is an episode too, with
    its ``tot`` (a timeline shows it); :attr:`Tension.active` says which
    last into the month.
    """
    month = as_month(month)
    first, last = month.start_time.normalize(), month.end_time.normalize()
    relations = history(dataset, buurt).relations
    rows = relations[(relations["soort"] == "spanning") & ~(relations["vanaf"] > last)]
    found = []
    for r in rows.itertuples():
        tot = _value(r.tot)
        door = _value(r.gemeld_door)
        third = door if door not in (r.van, r.naar) else None
        active = tot is None or tot >= first
        found.append(Tension(buurt, r.id, (r.van, r.naar), _value(r.vanaf), tot, _value(r.toelichting), third, active))
    return sorted(found, key=lambda t: (not t.active, t.vanaf or pd.Timestamp.min, t.row))
