"""What the reports may call good or bad: the verdict rules, one function each (``docs/reports.md``, "Verdicts").

A figure's declaration says in which direction a change is good news for
the platform (:meth:`kit.analysis.catalogue.Column.judgement`).  These rules
say when the kit must not say so, and what it says instead:

1. :func:`events_behind` — a count that moved because something was refused,
   closed without an answer, failed or ended gets no verdict: the sentence
   names the event (:func:`event_sentence`).
2. :func:`size_changed` — no verdict on a figure that depends on the size of
   the network when the number of actors changed (:func:`size_sentence`).
3. :func:`judged` — no verdict where the declaration says ``judged=False``.
4. :func:`before_after` — before and after recognition only where both
   windows hold data, and only as a question with its numbers
   (:func:`before_after_question`), never a list of what was "gunstiger".
5. :func:`ranks` — ranks only for figures that do not depend on network
   size, ties share a rank, the number compared is shown, no rank when all
   compared buurten tie (:func:`rank_text`).
6. :func:`lessons` and :func:`institutions_did` — an action that failed with
   the barrier ``instelling`` is what the institution did, not the
   platform's lesson.
7. :func:`for_residents` and :func:`beside_the_platform` — support an
   institution gives beside the platform (``middelen_naast``) is shown as
   such, never as a resource for residents.

:func:`verdict` applies rules 1 to 3 to a change of a figure, :func:`month_verdicts` to every figure of a
buurt's month.  The Dutch
wording takes the names the report passes in
(:class:`kit.report.gebeurtenissen.Names`).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import pandas as pd

from kit.analysis.catalogue import COLUMN
from kit.analysis.events import Event, by_institution, events
from kit.analysis.panel import PANEL_FIGURES, buurt_rows
from kit.analysis.period import AFTER, BEFORE
from kit.analysis.period import before_after as means_before_after
from kit.data.months import as_month
from kit.dutch import dagen, getal, leeg
from kit.report.gebeurtenissen import Names, zin
from kit.report.words import maand_lang

if TYPE_CHECKING:
    from kit.data.dataset import Dataset

# ---- rule 1: a count that moved because something was refused, closed without an answer, failed or ended ----------


@dataclass(frozen=True)
class Cause:
    """Events that move a figure: of ``kinds``, in the month itself (``lag`` 0) or in the month before (``lag`` 1:
    what ended then is gone now), lowering it (``direction`` −1) or moving it either way (0)."""

    kinds: tuple[str, ...]
    lag: int = 0
    direction: int = -1
    which: Callable[[Event], bool] = lambda event: True


_CLOSED = ("verzoek_afgewezen", "verzoek_zonder_reactie")
_FAILED = ("actie_niet_gedaan", "actie_vervallen")
_ENDED = ("steun_eindigt", "actor_gestopt")


def _agreement(event: Event) -> bool:
    return event.detail.get("sessie") is not None


#: The panel columns whose change a refusal, a request closed without an answer, a failed action or an ending
#: moves, and the events that move each.  A column not named here is not moved by such events.
CAUSES: dict[str, tuple[Cause, ...]] = {
    "verzoeken_open": (Cause(_CLOSED),),
    "verzoeken_open_30": (Cause(_CLOSED),),
    "antwoordtijd": (Cause(("verzoek_afgewezen",), direction=0),),
    "acties_open": (Cause(_FAILED),),
    "acties_te_laat": (Cause(_FAILED),),
    "afspraken_open": (Cause(_FAILED, which=_agreement),),
    "afspraken_te_laat": (Cause(_FAILED, which=_agreement),),
    "relaties": (Cause(("relatie_gestopt", *_ENDED), lag=1),),
    "spanningen": (Cause(("spanning_gestopt", "actor_gestopt"), lag=1),),
    "middelen": (Cause(_ENDED, lag=1),),
    "middelen_platform": (Cause(_ENDED, lag=1),),
    "aantal_middelen_aflopend": (Cause(("steun_eindigt",)),),
    "aantal_parallelle_infrastructuren": (Cause(("parallel_opgelost",)),),
    "aantal_dubbele_functies": (Cause(("actor_gestopt",), lag=1),),
}


def events_behind(column: str, change: float, month: pd.Period, events: Iterable[Event]) -> list[Event]:
    """Rule 1: the events that moved ``column`` by ``change`` into ``month`` and forbid calling it good or bad.

    ``events`` are the buurt's events of ``month`` and of the month before
    (:func:`kit.analysis.events.events`): a refusal lowers the open requests
    in its own month, support that ended in the month before is gone from
    this month's count.  Only events that push the figure the way it moved
    count (:data:`CAUSES`); none when nothing changed.
    """
    if not change or leeg(change):
        return []
    found = []
    for cause in CAUSES.get(column, ()):
        if cause.direction and (change > 0) != (cause.direction > 0):
            continue
        found += [e for e in events if e.kind in cause.kinds and e.month == month - cause.lag and cause.which(e)]
    return found


def signed(column: str, change: float) -> str:
    """A change as the reports print it: ``+2``, ``−1``, ``+0,05`` (the column's decimals)."""
    decimals = COLUMN[column].decimals or 0
    return ("+" if change > 0 else "") + getal(change, decimals)


def event_sentence(column: str, change: float, events: Sequence[Event], namen: Names) -> str:
    """Rule 1 in words: the figure, its change, and the events that moved it, each naming who did what.

    ``Verzoeken zonder antwoord −1: Thuishaven wees ‘Spreekuur’ af, na 11 dagen.``
    """
    return f"{COLUMN[column].label} {signed(column, change)}: " + " ".join(zin(e, namen) for e in events)


# ---- rule 2: size-dependent figures when the number of actors changed ---------------------------------------------


def size_changed(column: str, actors_now: Any, actors_before: Any) -> bool:
    """Rule 2: whether ``column`` depends on the network's size (its figure's ``size_dependent``) and the number
    of actors changed since last month, so that its change says nothing on its own."""
    figure = COLUMN[column].figure
    if figure is None or not figure.size_dependent or leeg(actors_now) or leeg(actors_before):
        return False
    return int(actors_now) != int(actors_before)


def size_sentence(column: str, actors_now: Any, actors_before: Any) -> str:
    """Rule 2 in words: why there is no verdict."""
    return (
        f"Geen oordeel over ‘{COLUMN[column].label}’: het netwerk telt nu {int(actors_now)} actoren, vorige maand "
        f"{int(actors_before)}, en dit kengetal hangt af van het aantal actoren."
    )


# ---- rule 3: the declaration --------------------------------------------------------------------------------------


def judged(column: str) -> bool:
    """Rule 3: whether the declaration lets the kit call a change of ``column`` good or bad at all (``judged``
    and a direction)."""
    declared = COLUMN[column]
    return declared.judged and declared.direction != 0


# ---- rules 1 to 3 together ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Verdict:
    """What a report may say about a change of a figure.

    Attributes
    ----------
    word : str or None
        ``"gunstig"``, ``"aandachtspunt"``, or ``None``: no verdict.
    rule : int or None
        The rule that withheld a verdict (1, 2 or 3); ``None`` when ``word``
        stands or nothing changed.
    events : tuple of Event
        Rule 1's events.
    """

    word: str | None
    rule: int | None = None
    events: tuple[Event, ...] = ()


def verdict(
    column: str,
    change: float,
    *,
    month: pd.Period,
    events: Iterable[Event],
    actors_now: Any,
    actors_before: Any,
) -> Verdict:
    """The verdict on a change of ``column`` into ``month``: rule 1 (the events of ``month`` and the month
    before), rule 3 (the declaration), rule 2 (the number of actors now and last month), else the declaration's
    direction (:meth:`kit.analysis.catalogue.Column.judgement`).  No verdict when nothing changed."""
    if leeg(change) or not change:
        return Verdict(None)
    behind = events_behind(column, change, month, events)
    if behind:
        return Verdict(None, 1, tuple(behind))
    if not judged(column):
        return Verdict(None, 3)
    if size_changed(column, actors_now, actors_before):
        return Verdict(None, 2)
    return Verdict(COLUMN[column].judgement(change))


def verdict_sentence(
    column: str, change: float, found: Verdict, namen: Names, actors_now: Any = None, actors_before: Any = None
) -> str:
    """A change of ``column`` and the :func:`verdict` on it in words: ``Lager dan vorige maand: een
    aandachtspunt.``; rule 1 names the events (:func:`event_sentence`), rule 2 says why there is no verdict
    (:func:`size_sentence`), rule 3 and a figure without a direction only say which way it moved."""
    if found.rule == 1:
        return event_sentence(column, change, found.events, namen)
    if found.rule == 2:
        return size_sentence(column, actors_now, actors_before)
    moved = f"{'Hoger' if change > 0 else 'Lager'} dan vorige maand"
    if found.word == "gunstig":
        return f"{moved}: gunstig voor het platform."
    if found.word == "aandachtspunt":
        return f"{moved}: een aandachtspunt."
    return f"{moved}."


def month_verdicts(
    dataset: Dataset, buurt: str, month: str | pd.Period, columns: Sequence[str] | None = None
) -> dict[str, Verdict]:
    """:func:`verdict` on every panel figure (or ``columns``) of ``buurt`` from the month before to ``month``.

    The change is the one a report can show: the two months' panel values
    (:func:`kit.analysis.panel.buurt_rows`) rounded to the column's decimals.
    No verdict without a value in either month, when the buurt did not take
    part the month before (there is no change to show), or when the rounded
    change is nothing.  Rule 1 reads the events of both months
    (:func:`kit.analysis.events.events`), rule 2 the figure ``actoren`` of both.
    """
    month = as_month(month)
    before, now = buurt_rows(dataset, buurt, [month - 1, month])
    found = events(dataset, buurt, month - 1) + events(dataset, buurt, month)
    verdicts = {}
    for column in columns if columns is not None else PANEL_FIGURES:
        decimals = COLUMN[column].decimals
        was, is_ = before.get(column), now.get(column)
        if not before["in_proeftuin"] or decimals is None or was is None or is_ is None or leeg(was) or leeg(is_):
            verdicts[column] = Verdict(None)
            continue
        change = round(float(is_), decimals) - round(float(was), decimals)
        verdicts[column] = verdict(
            column,
            round(change, decimals),
            month=month,
            events=found,
            actors_now=now["actoren"],
            actors_before=before["actoren"],
        )
    return verdicts


# ---- rule 4: before and after recognition -------------------------------------------------------------------------


@dataclass(frozen=True)
class BeforeAfter:
    """A figure's mean over the months before a recognition and over the months from it on, each with its months.

    Only built where both windows hold data (:func:`before_after`).
    """

    column: str
    recognised: pd.Period
    before: float
    after: float
    months_before: int
    months_after: int


def before_after(
    panel: pd.DataFrame,
    buurt: str,
    recognised: pd.Period,
    columns: Sequence[str],
    before: int = BEFORE,
    after: int = AFTER,
) -> list[BeforeAfter]:
    """Rule 4: the figures of ``columns`` before and after ``buurt``'s recognition in ``recognised``, only where
    both windows hold data.

    The windows of :func:`kit.analysis.period.windows`; a month counts only
    when the buurt takes part in it (the panel's ``in_proeftuin``) and the
    figure has a value (a figure of a register the buurt does not keep has
    none).  A figure with no such month on either side is left out.
    """
    taking_part = panel[panel["in_proeftuin"].astype(bool)]
    table = means_before_after(taking_part, {buurt: recognised}, columns, before, after)
    return [
        BeforeAfter(r.figuur, recognised, float(r.voor), float(r.na), int(r.maanden_voor), int(r.maanden_na))
        for r in table.itertuples()
        if r.maanden_voor and r.maanden_na
    ]


#: The question each figure asks of the months before and after recognition; others ask :func:`before_after_question`'s
#: general one.
QUESTIONS = {
    "antwoordtijd": "Kreeg het platform na de erkenning sneller antwoord?",
    "verzoeken_open": "Wachtten na de erkenning minder verzoeken op antwoord?",
    "verzoeken_open_30": "Wachtten na de erkenning minder verzoeken langer dan 30 dagen?",
    "nagekomen": "Kwamen instellingen na de erkenning meer van hun toezeggingen na?",
    "middelen": "Kregen bewonersgroepen na de erkenning vaker steun, geld of een ruimte?",
    "middelen_platform": "Kreeg het platform na de erkenning vaker steun, geld of een ruimte?",
    "resultaten": "Bereikte de buurt na de erkenning meer?",
    "aantal_parallelle_infrastructuren": "Zetten instellingen na de erkenning minder naast het platform?",
    "platform_bereik": "Bereikte het platform na de erkenning meer actoren?",
}


def _value(column: str, value: float) -> str:
    return dagen(round(value, 1)) if column == "antwoordtijd" else getal(value, 2, strip=True)


def before_after_question(found: BeforeAfter) -> str:
    """Rule 4 in words: a question with its numbers, never a verdict.

    ``Kreeg het platform na de erkenning sneller antwoord? Voor: gemiddeld 40 dagen (3 maanden); na: gemiddeld
    12 dagen (3 maanden).``
    """
    label = COLUMN[found.column].label
    question = QUESTIONS.get(
        found.column, f"Hoe veranderde ‘{label}’ na de erkenning in {maand_lang(found.recognised)}?"
    )
    months = {n: "1 maand" if n == 1 else f"{n} maanden" for n in (found.months_before, found.months_after)}
    return (
        f"{question} Voor: gemiddeld {_value(found.column, found.before)} ({months[found.months_before]}); "
        f"na: gemiddeld {_value(found.column, found.after)} ({months[found.months_after]})."
    )


# ---- rule 5: ranks ------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Rank:
    """A buurt's place among the buurten compared: 1 is the highest value; ``shared`` when another has its value."""

    rank: int
    compared: int
    shared: bool


def ranks(column: str, values: Mapping[str, Any]) -> dict[str, Rank]:
    """Rule 5: each buurt's :class:`Rank` on ``column`` among ``values`` (buurt → this month's value).

    Empty — no ranks at all — for a figure that depends on the network's
    size (its ``size_dependent``) or that the declaration does not compare,
    and when fewer than two buurten have a value or all of them tie.  Ties
    share the best rank of their group; buurten without a value get none.

    >>> found = ranks("gem_intensiteit", {"a": 3.0, "b": 2.5, "c": 3.0, "d": None})
    >>> {b: rank_text(r) for b, r in found.items()}
    {'a': 'gedeeld 1e van 3', 'c': 'gedeeld 1e van 3', 'b': '3e van 3'}
    """
    declared = COLUMN[column]
    if declared.figure is None or declared.figure.size_dependent or not declared.compared:
        return {}
    known = {b: float(v) for b, v in values.items() if not leeg(v)}
    if len(set(known.values())) < 2:
        return {}
    ordered = sorted(known.values(), reverse=True)
    places = {value: 1 + ordered.index(value) for value in ordered}  # the best place of each value's group
    ties = {value: ordered.count(value) > 1 for value in ordered}
    order = sorted(known, key=lambda b: places[known[b]])  # stable: ties keep the order of ``values``
    return {b: Rank(places[known[b]], len(known), ties[known[b]]) for b in order}


def rank_text(rank: Rank) -> str:
    """Rule 5 in words: ``3e van 8``, ``gedeeld 1e van 8``."""
    return f"{'gedeeld ' if rank.shared else ''}{rank.rank}e van {rank.compared}"


# ---- rule 6: an action that failed on an institution --------------------------------------------------------------


def institutions_did(events: Iterable[Event]) -> list[Event]:
    """Rule 6: the actions that failed because of an institution (barrier ``instelling``): shown as what the
    institution did (:func:`kit.report.gebeurtenissen.zin` leads with it), with the institutions' doings."""
    return [e for e in events if by_institution(e)]


def lessons(events: Iterable[Event]) -> list[Event]:
    """Rule 6: the actions that failed for the platform's own reasons: its lessons.  One that failed because of
    an institution is never among them."""
    return [e for e in events if e.kind == "actie_niet_gedaan" and not by_institution(e)]


# ---- rule 7: support beside the platform ------------------------------------------------------------------------


def for_residents(resources: Iterable[str], beside: Collection[str]) -> list[str]:
    """Rule 7: of the relations the figure ``middelen`` counts (``resources``), those a report may show as money,
    support or a place for residents: not the support an institution gives beside the platform (``beside``, the
    figure ``middelen_naast``), which a receiver duplicating a function of the platform can be both.

    >>> for_residents(["r1", "r2", "r3"], ["r2", "r9"])
    ['r1', 'r3']
    """
    excluded = set(beside)
    return [r for r in resources if r not in excluded]


def beside_the_platform(events: Iterable[Event]) -> list[Event]:
    """Rule 7: the support an institution began to give beside the platform this month (``steun_naast``), which
    :func:`kit.report.gebeurtenissen.zin` words as such ("Steun naast het platform: …")."""
    return [e for e in events if e.kind == "steun_naast"]
