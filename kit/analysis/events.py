"""What happened in a buurt in a month: the events of every register, by the rules the figures count with.

The monthly brief ("Deze maand"), the intervision sheet and the synthesis's
timelines all read the month's events from here, so that the three reports
tell one story, and the story agrees with the figures: each family of events
selects its rows with the rule its figure counts (the month's refusals are
exactly the rows :func:`kit.analysis.measures.requests.request_counts` counts
as ``afgewezen``; the actions that failed are those of
:func:`kit.analysis.measures.actions.closed`; a parallel infrastructure
appeared when the figure ``parallelle_infrastructuren`` holds a pair it did
not hold the month before).

An :class:`Event` carries ids and the row's free text as typed: **never a
name and never a Dutch sentence**.  A report words an event with the names
its privacy rule allows and passes the text through its own redactor
(:mod:`kit.report.gebeurtenissen`).

Events are events before a buurt takes part too: its action list or its
requests may start before its ``start``, and a report says what happened
then and that the buurt did not yet take part, never that there is nothing
to show.

The kinds, by family (:data:`FAMILIES`), and what each event holds:

==========================  ====================  ===========================================================
kind                        ``day``               ``actors`` / ``text`` / ``detail``
==========================  ====================  ===========================================================
resultaat_bereikt           ``datum`` in M        ``tegenpartij`` then ``samen_met`` / ``omschrijving`` /
                                                  tegenpartij, samen_met, domein, omvang, eenheid, bron,
                                                  gemeld, bereikt (``datum``)
resultaat_gemeld            ``gemeld`` in M       as above; achieved before M, or on an unknown day
                                                  (``bereikt`` ``None``)
verzoek_gedaan              ``gevraagd``          ``aan``, ``van`` / ``onderwerp`` / uitkomst, gevraagd,
                                                  antwoord, toelichting
verzoek_toegezegd, _deels,  ``antwoord``          as above, and ``dagen``: days from ``gevraagd`` to
_afgewezen, _zonder_reactie                       ``antwoord``
toezegging_nagekomen        ``nagekomen``         as above, and ``dagen``: days from the promise to its delivery
actor_begonnen, _gestopt    ``vanaf`` / ``tot``   the actor (an own actor of B) / – / soort, herkomst, lijn
relatie_begonnen, _gestopt  ``vanaf`` / ``tot``   ``van``, ``naar`` / ``toelichting`` / soort, intensiteit,
spanning_begonnen, _gestopt                       gemeld_door (a third party who reported it, or None), bron,
                                                  rijen (the ids of a partnership's two views, merged)
parallel_verschenen         None (the month)      the pair / – / functies, bovenaf (the pair's top-down actors)
parallel_opgelost           None (the month)      as above, and hoe: ``samenwerking`` or ``gestopt``
actie_gedaan, _niet_gedaan, ``afgerond``          ``eigenaar`` / ``omschrijving`` / reden, belemmering (a
_vervallen                                        tuple), sessie, gepland, deadline
erkenning_besloten          ``vanaf``             the platform, then ``besloten_door`` / ``document`` /
                                                  besloten_door, vanaf, tot
erkenning_beeindigd         ``tot``               as above
steun_eindigt               ``tot``               ``van``, ``naar`` / ``toelichting`` / soort, tot
steun_naast                 ``vanaf`` in M, or    ``van``, ``naar`` / ``toelichting`` / soort, vanaf, tot
                            None (the month)
intervisie (buurt None)     ``datum``             – / ``thema`` / voorzitter (a buurt id), aanwezig (buurt
                                                  ids), lessen, afspraken
tafel_begonnen, _gestopt    ``vanaf`` / ``tot``   ``actor``, then ``eigenaar`` / ``tafel`` / eigenaar, rol,
                                                  trede (1 … 6), toegang, vanaf, tot, bron (version 4)
dialoog_gevoerd             ``datum``             ``met`` / ``onderwerp`` / aanwezig, tafel, bron
dialoogafspraak_nagekomen,  ``nagekomen`` /       ``door`` / ``omschrijving`` / dialoog, gemaakt (its day),
_vervallen, _te_laat        ``vervallen`` /       deadline, nagekomen, vervallen
                            ``deadline`` + 1 day
==========================  ====================  ===========================================================

``detail`` may hold free text too (``reden``, ``toelichting``, ``lessen``,
``afspraken``), unredacted like ``text``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import pandas as pd

from kit.data.months import as_month
from kit.data.spans import dataset_months
from kit.dutch import leeg

from .figures import months_figures
from .measures.actions import closed
from .measures.infrastructure import agreed_intensity, collaboration_views, pair
from .measures.requests import answered, asked, kept_promises
from .measures.resources import snapshot_resources
from .measures.results import achieved, recorded_later
from .measures.tables import (
    dialogues_held,
    dropped_agreements,
    kept_agreements,
    late_agreements,
    rung,
    successor,
)
from .snapshot import history, snapshot, tensions

if TYPE_CHECKING:
    from kit.data.dataset import Dataset

#: Every kind of event, in the order a day's events are listed.
EVENT_KINDS = (
    "erkenning_besloten",
    "erkenning_beeindigd",
    "resultaat_bereikt",
    "resultaat_gemeld",
    "verzoek_gedaan",
    "verzoek_toegezegd",
    "verzoek_deels",
    "verzoek_afgewezen",
    "verzoek_zonder_reactie",
    "toezegging_nagekomen",
    "tafel_begonnen",
    "tafel_gestopt",
    "dialoog_gevoerd",
    "dialoogafspraak_nagekomen",
    "dialoogafspraak_vervallen",
    "dialoogafspraak_te_laat",
    "actie_gedaan",
    "actie_niet_gedaan",
    "actie_vervallen",
    "parallel_verschenen",
    "parallel_opgelost",
    "spanning_begonnen",
    "spanning_gestopt",
    "actor_begonnen",
    "actor_gestopt",
    "relatie_begonnen",
    "relatie_gestopt",
    "steun_eindigt",
    "steun_naast",
    "intervisie",
)
#: A request's ``uitkomst`` → the kind of event its answer is.
ANSWER_KINDS = {
    "toegezegd": "verzoek_toegezegd",
    "deels": "verzoek_deels",
    "afgewezen": "verzoek_afgewezen",
    "geen_reactie": "verzoek_zonder_reactie",
}
#: An action's closing ``status`` → the kind of event.
ACTION_KINDS = {"gedaan": "actie_gedaan", "niet_gedaan": "actie_niet_gedaan", "vervallen": "actie_vervallen"}
#: The barrier (``belemmering``) that makes a failed action an institution's doing (contract version 3).
INSTITUTION_BARRIER = "instelling"
_ORDER = {kind: i for i, kind in enumerate(EVENT_KINDS)}


@dataclass(frozen=True)
class Event:
    """One thing that happened, as the data record it: ids and raw text, never a name or a sentence.

    Attributes
    ----------
    buurt : str or None
        The buurt; ``None`` for a pilot-wide event (an intervision session).
    kind : str
        One of :data:`EVENT_KINDS`.
    day : pandas.Timestamp or None
        The day it happened; ``None`` when only the month is known (a parallel
        infrastructure is seen month by month).
    month : pandas.Period
        The month it is reported in.
    register : str
        Where it comes from: ``actoren``, ``relaties``, ``resultaten``,
        ``verzoeken``, ``acties``, ``erkenning``, ``intervisie``, ``tafels``,
        ``dialogen``, ``dialoogafspraken`` or ``figures``
        (seen by comparing a figure with last month's).
    row : str or None
        The row's id in its register, for links and tests; never shown.
        ``None`` for a recognition (``erkenning`` has no ids) and a figure's pair.
    actors : tuple of str
        The actor ids involved; for a request or promise the institution
        asked (``aan``) first, then who asked.
    text : str or None
        The row's free text, **unredacted** (see the module's table).
    detail : mapping
        What else the kind holds (the module's table); may hold raw text.
    """

    buurt: str | None
    kind: str
    day: pd.Timestamp | None
    month: pd.Period
    register: str
    row: str | None
    actors: tuple[str, ...]
    text: str | None
    detail: Mapping[str, Any] = field(default_factory=dict, hash=False)

    @property
    def when(self) -> pd.Timestamp:
        """The day to sort by: :attr:`day`, or the month's last day when only the month is known."""
        return self.day if self.day is not None else self.month.end_time.normalize()


def by_institution(event: Event) -> bool:
    """Whether ``event`` is an action that failed because of an institution: ``actie_niet_gedaan`` with the
    barrier :data:`INSTITUTION_BARRIER` among its barriers.  It is what the institution did (it did not
    answer, refused, did not deliver), not the platform's lesson (``docs/reports.md``, verdict rule 6)."""
    return event.kind == "actie_niet_gedaan" and INSTITUTION_BARRIER in event.detail.get("belemmering", ())


def order(events: Iterable[Event]) -> list[Event]:
    """``events`` by day (month-only events at the month's end), then kind (:data:`EVENT_KINDS`), buurt and row."""
    return sorted(events, key=lambda e: (e.when, _ORDER[e.kind], e.buurt or "", e.row or "", e.actors))


def _value(value: Any) -> Any:
    """A cell as an event holds it: missing as ``None``, a list as a tuple, a date as a Timestamp."""
    if isinstance(value, (list, tuple)):
        return tuple(value)
    return None if leeg(value) else value


def _bounds(month: pd.Period) -> tuple[pd.Timestamp, pd.Timestamp]:
    return month.start_time.normalize(), month.end_time.normalize()


def _records(frame: pd.DataFrame) -> list[dict[str, Any]]:
    """The rows of ``frame`` as dicts of :func:`_value`, read column by column: on these small frames several
    times faster than ``to_dict``."""
    columns = {name: frame[name].tolist() for name in frame.columns} if len(frame) else {}
    return [{name: _value(values[i]) for name, values in columns.items()} for i in range(len(frame))]


def _days(later: pd.Timestamp, earlier: pd.Timestamp) -> int:
    return int((later - earlier).days)


def _in(day: Any, first: pd.Timestamp, last: pd.Timestamp) -> bool:
    return day is not None and first <= day <= last


# ---- the families -------------------------------------------------------------------------------------------------


def result_events(dataset: Dataset, buurt: str, month: str | pd.Period) -> list[Event]:
    """Results achieved in the month (``resultaat_bereikt``) and results recorded in it but achieved earlier.

    ``resultaat_bereikt``: the rows of :func:`~kit.analysis.measures.results.achieved`,
    which ``resultaten`` counts.  ``resultaat_gemeld``: those of
    :func:`~kit.analysis.measures.results.recorded_later` (``resultaten_gemeld``):
    its ``day`` is the day it was recorded, ``detail["bereikt"]`` the day it
    was achieved, ``None`` when not known.
    """
    month = as_month(month)
    first, last = _bounds(month)
    rows = history(dataset, buurt).results
    found = []
    for kind, chosen, when in (
        ("resultaat_bereikt", achieved(rows, first, last), "datum"),
        ("resultaat_gemeld", recorded_later(rows, first, last), "gemeld"),
    ):
        for r in _records(chosen):
            actors = tuple(a for a in (r["tegenpartij"], *(r["samen_met"] or ())) if a)
            detail = {k: r[k] for k in ("tegenpartij", "domein", "omvang", "eenheid", "bron", "gemeld")}
            detail |= {"samen_met": r["samen_met"] or (), "bereikt": r["datum"]}
            found.append(Event(buurt, kind, r[when], month, "resultaten", r["id"], actors, r["omschrijving"], detail))
    return found


def _request(buurt: str, kind: str, day: pd.Timestamp, month: pd.Period, r: dict[str, Any], **extra: Any) -> Event:
    detail = {k: r[k] for k in ("uitkomst", "gevraagd", "antwoord", "nagekomen", "toelichting")}
    return Event(buurt, kind, day, month, "verzoeken", r["id"], (r["aan"], r["van"]), r["onderwerp"], detail | extra)


def request_events(dataset: Dataset, buurt: str, month: str | pd.Period) -> list[Event]:
    """The month's requests: asked (``verzoek_gedaan``), answered by their outcome, and promises kept.

    Asked and answered are the rows of :func:`~kit.analysis.measures.requests.asked`
    and :func:`~kit.analysis.measures.requests.answered`, so ``verzoek_gedaan``
    events are ``verzoeken.gedaan``, ``verzoek_afgewezen`` ``verzoeken.afgewezen``,
    ``verzoek_toegezegd`` and ``verzoek_deels`` together ``verzoeken.toegezegd``,
    and all answers but ``verzoek_zonder_reactie`` ``verzoeken.beantwoord``.
    A promise is kept in the month when :func:`~kit.analysis.measures.requests.kept_promises`
    holds it on the month's last day and not on the day before the month began.
    """
    month = as_month(month)
    first, last = _bounds(month)
    rows = history(dataset, buurt).requests
    found = [_request(buurt, "verzoek_gedaan", r["gevraagd"], month, r) for r in _records(asked(rows, first, last))]
    for r in _records(answered(rows, first, last)):
        kind = ANSWER_KINDS[r["uitkomst"]]
        found.append(_request(buurt, kind, r["antwoord"], month, r, dagen=_days(r["antwoord"], r["gevraagd"])))
    before = set(kept_promises(rows, first - pd.Timedelta(days=1))["id"])
    for r in _records(kept_promises(rows, last)):
        if r["id"] not in before:
            days = _days(r["nagekomen"], r["antwoord"])
            found.append(_request(buurt, "toezegging_nagekomen", r["nagekomen"], month, r, dagen=days))
    return found


def network_events(dataset: Dataset, buurt: str, month: str | pd.Period) -> list[Event]:
    """Own actors and the snapshot's relations that began (``vanaf``) or ended (``tot``) in the month.

    Of the month's snapshot (:func:`kit.analysis.snapshot.snapshot`): the
    buurt's own actors (``actor_begonnen``, ``actor_gestopt``); its relations
    (``relatie_…``), tensions apart (``spanning_…``, with the recorded
    ``toelichting`` as the reason and ``gemeld_door`` when a third party
    reported it).  What ends in a month is still active in it, and gone the
    month after.  A relation the figure ``middelen`` counts that ends is
    :func:`resource_events`' ``steun_eindigt``, and one that begins as support
    beside the platform :func:`support_beside_events`' ``steun_naast``, not
    also ``relatie_gestopt`` or ``relatie_begonnen``.
    """
    snap = snapshot(dataset, buurt, month)
    first, last = snap.first_day, snap.last_day
    found = []
    own = snap.own_actors
    support = snap.relaties["id"].isin(snapshot_resources(snap))
    beside = snap.relaties["id"].isin([e.row for e in support_beside_events(dataset, buurt, snap.maand)])
    for which, column in (("begonnen", "vanaf"), ("gestopt", "tot")):
        for r in _records(own[own[column].between(first, last)]):
            detail = {k: r[k] for k in ("soort", "herkomst", "lijn")}
            found.append(
                Event(buurt, f"actor_{which}", r[column], snap.maand, "actoren", r["id"], (r["id"],), None, detail)
            )
        ends = snap.relaties[column].between(first, last)
        relations = snap.relaties[ends & ~(support if which == "gestopt" else beside)]
        spanning = relations.index.isin(tensions(snap).index)
        for kind, chosen in (("relatie", relations[~spanning]), ("spanning", relations[spanning])):
            found.extend(_relation_events(buurt, snap.maand, f"{kind}_{which}", _records(chosen), column))
    return found


def _relation_events(buurt: str, month: pd.Period, kind: str, rows: list[dict[str, Any]], column: str) -> list[Event]:
    """One event per relation row; the two sides' views of one partnership (``samenwerking`` rows of one pair,
    contract "Two views of one relation") are one event: the first row's, with the pair's agreed intensity
    (:func:`~kit.analysis.measures.infrastructure.agreed_intensity`) and ``rijen``, the ids of its rows."""
    partnerships: dict[tuple[str, str], list[dict[str, Any]]] = {}
    found = []
    for r in rows:
        if r["soort"] == "samenwerking":
            partnerships.setdefault(pair(r["van"], r["naar"]), []).append(r)
            continue
        found.append(_relation_event(buurt, month, kind, r, column, r["intensiteit"], (r["id"],)))
    for (a, b), group in partnerships.items():
        group.sort(key=lambda r: (r[column], r["id"]))
        views = collaboration_views((r["van"], r["naar"], r["gemeld_door"], r["intensiteit"]) for r in group)
        level = agreed_intensity(views[a, b], a, b)
        found.append(_relation_event(buurt, month, kind, group[0], column, level, tuple(r["id"] for r in group)))
    return found


def _relation_event(
    buurt: str, month: pd.Period, kind: str, r: dict[str, Any], column: str, level: Any, ids: tuple[str, ...]
) -> Event:
    third = r["gemeld_door"] if r["gemeld_door"] not in (r["van"], r["naar"]) else None
    detail = {"soort": r["soort"], "intensiteit": level, "gemeld_door": third, "bron": r["bron"], "rijen": ids}
    actors = (r["van"], r["naar"])
    return Event(buurt, kind, r[column], month, "relaties", r["id"], actors, r["toelichting"], detail)


def resolution(dataset: Dataset, buurt: str, pair: tuple[str, ...], month: pd.Period) -> str:
    """How a parallel infrastructure flagged the month before ``month`` and no longer in it was resolved.

    ``"samenwerking"`` when both actors are still in the month's snapshot
    (nothing else about a pair changes from month to month, so the two now
    work together: their agreed intensity reached 3), ``"gestopt"`` when one
    of them is no longer active in the buurt.
    """
    present = snapshot(dataset, buurt, month).actoren.index
    return "samenwerking" if all(actor in present for actor in pair) else "gestopt"


def parallel_events(dataset: Dataset, buurt: str, month: str | pd.Period) -> list[Event]:
    """Parallel infrastructures that appeared (``parallel_verschenen``) or were resolved (``parallel_opgelost``).

    A pair of the figure ``parallelle_infrastructuren`` in the month and not
    in the month before appeared; one of the month before and not of this
    month was resolved (:func:`resolution` says how).  In the dataset's first
    month nothing appears: the data do not say what came before.
    """
    month = as_month(month)
    months = dataset_months(dataset)
    if not months or month - 1 < months[0]:
        return []
    before, now = (
        {tuple(entry["actoren"]): tuple(entry["functies"]) for entry in f["parallelle_infrastructuren"]}
        for f in months_figures(dataset, buurt, [month - 1, month])
    )
    herkomst = history(dataset, buurt).actors["herkomst"]
    found = []
    for kind, pairs, other in (("parallel_verschenen", now, before), ("parallel_opgelost", before, now)):
        for actors, functies in pairs.items():
            if actors in other:
                continue
            detail: dict[str, Any] = {
                "functies": functies,
                "bovenaf": tuple(a for a in actors if herkomst[a] == "bovenaf"),
            }
            if kind == "parallel_opgelost":
                detail["hoe"] = resolution(dataset, buurt, actors, month)
            found.append(Event(buurt, kind, None, month, "figures", None, actors, None, detail))
    return found


def action_events(dataset: Dataset, buurt: str, month: str | pd.Period) -> list[Event]:
    """The actions closed in the month, by status: the rows of :func:`~kit.analysis.measures.actions.closed`,
    which ``acties.gedaan`` and ``acties.niet_gedaan`` count."""
    month = as_month(month)
    first, last = _bounds(month)
    rows = history(dataset, buurt).actions
    found = []
    for status, kind in ACTION_KINDS.items():
        for r in _records(closed(rows, first, last, status)):
            detail = {k: r[k] for k in ("reden", "sessie", "gepland", "deadline")}
            detail["belemmering"] = r["belemmering"] or ()
            actors = (r["eigenaar"],) if r["eigenaar"] else ()
            found.append(Event(buurt, kind, r["afgerond"], month, "acties", r["id"], actors, r["omschrijving"], detail))
    return found


def recognition_events(dataset: Dataset, buurt: str, month: str | pd.Period) -> list[Event]:
    """Recognitions that took effect (``erkenning_besloten``, ``vanaf`` in the month) or ended
    (``erkenning_beeindigd``, ``tot`` in the month), with who decided and the document."""
    month = as_month(month)
    first, last = _bounds(month)
    found = []
    for r in _records(history(dataset, buurt).recognitions):
        actors = tuple(a for a in (r["platform"], r["besloten_door"]) if a)
        detail = {k: r[k] for k in ("besloten_door", "vanaf", "tot")}
        for kind, column in (("erkenning_besloten", "vanaf"), ("erkenning_beeindigd", "tot")):
            if _in(r[column], first, last):
                found.append(Event(buurt, kind, r[column], month, "erkenning", None, actors, r["document"], detail))
    return found


def resource_events(dataset: Dataset, buurt: str, month: str | pd.Period) -> list[Event]:
    """``steun_eindigt``: a relation the figure ``middelen`` counts in the month whose ``tot`` lies in it.

    It still counts this month, and no longer the next.
    """
    snap = snapshot(dataset, buurt, month)
    counted = snap.relaties[snap.relaties["id"].isin(snapshot_resources(snap))]
    ending = counted[counted["tot"].between(snap.first_day, snap.last_day)]
    return [
        Event(
            buurt,
            "steun_eindigt",
            r["tot"],
            snap.maand,
            "relaties",
            r["id"],
            (r["van"], r["naar"]),
            r["toelichting"],
            {"soort": r["soort"], "tot": r["tot"]},
        )
        for r in _records(ending)
    ]


def support_beside_events(dataset: Dataset, buurt: str, month: str | pd.Period) -> list[Event]:
    """``steun_naast``: support an institution began to give beside the platform: a relation of the figure
    ``middelen_naast`` in the month and not in the month before (contract version 3).

    Its ``day`` is the relation's ``vanaf`` when that lies in the month, else
    ``None``: the relation may have run before and only now count as beside
    the platform (its receiver now duplicates a function of the platform).
    In the dataset's first month nothing begins: the data do not say what came before.
    """
    month = as_month(month)
    months = dataset_months(dataset)
    if not months or month - 1 < months[0]:
        return []
    before, now = (set(f["middelen_naast"]) for f in months_figures(dataset, buurt, [month - 1, month]))
    relations = history(dataset, buurt).relations
    first, last = _bounds(month)
    found = []
    for r in _records(relations[relations["id"].isin(now - before)]):
        day = r["vanaf"] if _in(r["vanaf"], first, last) else None
        detail = {k: r[k] for k in ("soort", "vanaf", "tot")}
        found.append(
            Event(
                buurt, "steun_naast", day, month, "relaties", r["id"], (r["van"], r["naar"]), r["toelichting"], detail
            )
        )
    return found


def seat_events(dataset: Dataset, buurt: str, month: str | pd.Period) -> list[Event]:
    """Seats at tables gained (``tafel_begonnen``, ``vanaf`` in the month) or ended (``tafel_gestopt``, ``tot`` in
    the month), contract version 4: a seat ending in the month still counts in ``tafels`` then, and no longer the
    month after (:func:`~kit.analysis.measures.tables.active_seats`).  A seat's ``opvolger`` is the seat that continues
    it at the same table (:func:`~kit.analysis.measures.tables.successor`): a change of role, not a seat lost."""
    month = as_month(month)
    first, last = _bounds(month)
    found = []
    seats = history(dataset, buurt).seats
    for r in _records(seats):
        actors = tuple(a for a in (r["actor"], r["eigenaar"]) if a)
        detail = {k: r[k] for k in ("eigenaar", "rol", "toegang", "vanaf", "tot", "bron")} | {"trede": rung(r["rol"])}
        if _in(r["tot"], first, last):
            detail["opvolger"] = successor(seats, r)
        for kind, column in (("tafel_begonnen", "vanaf"), ("tafel_gestopt", "tot")):
            if _in(r[column], first, last):
                found.append(Event(buurt, kind, r[column], month, "tafels", r["id"], actors, r["tafel"], detail))
    return found


def dialogue_events(dataset: Dataset, buurt: str, month: str | pd.Period) -> list[Event]:
    """Dialogues held in the month (``dialoog_gevoerd``: the rows ``dialogen`` counts) and what became of their
    agreements: kept (``dialoogafspraak_nagekomen``) or dropped (``_vervallen``) in the month, the rows
    ``dialoogafspraken.nagekomen`` and ``.vervallen`` count, and past their deadline (``_te_laat``): late on the
    month's last day and not yet on the day before the month began, dated the day after the deadline."""
    month = as_month(month)
    first, last = _bounds(month)
    rows = history(dataset, buurt)
    found = [
        Event(
            buurt,
            "dialoog_gevoerd",
            r["datum"],
            month,
            "dialogen",
            r["id"],
            r["met"] or (),
            r["onderwerp"],
            {"aanwezig": r["aanwezig"] or (), "tafel": r["tafel"], "bron": r["bron"]},
        )
        for r in _records(dialogues_held(rows.dialogues, first, last))
    ]
    agreements = rows.dialogue_agreements
    before = set(late_agreements(agreements, first - pd.Timedelta(days=1))["id"])
    late = late_agreements(agreements, last)
    for kind, chosen, column, after in (
        ("dialoogafspraak_nagekomen", kept_agreements(agreements, first, last), "nagekomen", 0),
        ("dialoogafspraak_vervallen", dropped_agreements(agreements, first, last), "vervallen", 0),
        ("dialoogafspraak_te_laat", late[~late["id"].isin(before)], "deadline", 1),
    ):
        for r in _records(chosen):
            day = r[column] + pd.Timedelta(days=after)
            detail = {k: r[k] for k in ("dialoog", "gemaakt", "deadline", "nagekomen", "vervallen")}
            found.append(
                Event(buurt, kind, day, month, "dialoogafspraken", r["id"], (r["door"],), r["omschrijving"], detail)
            )
    return found


def intervision_events(dataset: Dataset, month: str | pd.Period) -> list[Event]:
    """``intervisie``: the pilot's intervision sessions held in the month (no buurt: they are pilot-wide)."""
    month = as_month(month)
    first, last = _bounds(month)
    sessions = dataset.intervisie[dataset.intervisie["datum"].between(first, last)]
    return [
        Event(
            None,
            "intervisie",
            r["datum"],
            month,
            "intervisie",
            r["id"],
            (),
            r["thema"],
            {
                "voorzitter": r["voorzitter"],
                "aanwezig": r["aanwezig"] or (),
                "lessen": r["lessen"],
                "afspraken": r["afspraken"],
            },
        )
        for r in _records(sessions)
    ]


#: The families of a buurt's events, each one function of ``(dataset, buurt, month)``.
FAMILIES: tuple[Callable[[Dataset, str, str | pd.Period], list[Event]], ...] = (
    recognition_events,
    result_events,
    request_events,
    action_events,
    parallel_events,
    network_events,
    resource_events,
    support_beside_events,
    seat_events,
    dialogue_events,
)


# ---- a buurt, the pilot, a period ---------------------------------------------------------------------------------


def events(dataset: Dataset, buurt: str, month: str | pd.Period) -> list[Event]:
    """Every event of ``buurt`` in ``month``, from every family, in :func:`order`.

    Computed once per dataset (kept in ``dataset.cache``, as the figures are): the brief, the intervision sheet
    and the synthesis rendered in one kernel ask for the same months.  Read the events' ``detail``, do not change
    it.  Raises :class:`~kit.data.lookup.UnknownBuurt` for an unknown buurt.

    Examples
    --------
    >>> found = events(load("examples/lindenhof-v2"), "lindenhof", "2024-04")  # doctest: +SKIP
    >>> [e.kind for e in found if e.register == "verzoeken"]                    # doctest: +SKIP
    ['verzoek_afgewezen', 'toezegging_nagekomen', 'verzoek_zonder_reactie']
    """
    month = as_month(month)
    known: dict[tuple[str, pd.Period], tuple[Event, ...]] = dataset.cache.setdefault("events", {})
    if (buurt, month) not in known:
        known[buurt, month] = tuple(order(event for family in FAMILIES for event in family(dataset, buurt, month)))
    return list(known[buurt, month])


def pilot_events(dataset: Dataset, month: str | pd.Period) -> list[Event]:
    """Every buurt's events in ``month`` and the pilot's own (its intervision sessions), in :func:`order`."""
    month = as_month(month)
    found = intervision_events(dataset, month)
    for buurt in dataset.buurten["id"]:
        found.extend(events(dataset, buurt, month))
    return order(found)


def events_between(dataset: Dataset, buurt: str, first: str | pd.Period, last: str | pd.Period) -> list[Event]:
    """The events of ``buurt`` in every month from ``first`` to ``last`` (both included): a timeline."""
    months = pd.period_range(as_month(first), as_month(last), freq="M")
    return [event for month in months for event in events(dataset, buurt, month)]
