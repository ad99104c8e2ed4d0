"""What the reports suggest to discuss: a buurt's "Om te bespreken" and the intervision sheet's agenda.

Each suggestion is a :class:`Point`: a Dutch question and one suggested next
step, made by one rule from what happened in the month
(:mod:`kit.analysis.events`) and what waits at institutions at its end
(:mod:`kit.analysis.open_items`).  The rules are listed in priority order
(:data:`BUURT_RULES`, :data:`SHEET_RULES`) and described in
``docs/reports.md``, "What the reports suggest to discuss"; each rule gives at
most one point, and :func:`choose` takes at most :data:`AT_MOST` of them.

- A buurt's points (:func:`om_te_bespreken`) come from its own month: a
  refusal, an institution that did not react, an action that failed on an
  institution, a parallel infrastructure that appeared, the oldest request
  waiting too long, a promise not kept long after it was made, support that
  ends soon, a tension that started, and a result to celebrate.
- The intervision sheet's points (:func:`agendapunten`) are patterns across
  buurten: the same institution, the same barrier, a parallel infrastructure
  or a seat at a table lost anywhere, …, each with the buurten it concerns.

Thresholds are the analysis's constants: a request or promise waits too long
after :data:`~kit.analysis.measures.requests.OVERDUE_DAYS` days, support ends
soon within :data:`~kit.analysis.measures.resources.ENDING_MONTHS` months.
Names and free text come from the report's :class:`~kit.report.gebeurtenissen.Names`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import pandas as pd

from kit.analysis.events import Event, by_institution, events, pilot_events
from kit.analysis.figures import figures
from kit.analysis.measures.recognition import recognised
from kit.analysis.measures.requests import OVERDUE_DAYS
from kit.analysis.measures.resources import ENDING_MONTHS
from kit.analysis.open_items import OpenItem, pilot_wachtend, wachtend
from kit.analysis.registers import STALE_MONTHS, gaps, kept, recorded
from kit.analysis.snapshot import history
from kit.data.months import as_month
from kit.dutch import dagen, hoofdletter, leeg, telwoord
from kit.report.gebeurtenissen import Names, relatie_tekst, titel
from kit.report.kengetallen import BELEMMERING_TEKST, FUNCTIE_TEKST
from kit.report.words import datum_tekst, maand_lang, opsomming

if TYPE_CHECKING:
    from kit.data.dataset import Dataset

#: The most points a report suggests.
AT_MOST = 3
#: The fewest buurten that make a pattern on the intervision sheet.
SEVERAL = 2
#: How many names a point lists before it counts the rest.
NAMED = 3
#: The registers that can be out of date or not kept (:data:`kit.analysis.registers.STALE_REGISTERS`), in words.
REGISTER_TEKST = {
    "actoren": "de actoren",
    "relaties": "de relaties",
    "activiteiten": "de activiteiten",
    "acties": "de actielijst",
    "maatlat": "de maatlat",
    "resultaten": "de resultaten",
    "verzoeken": "de verzoeken aan instellingen",
}


@dataclass(frozen=True)
class Point:
    """A point to discuss: a question and one suggested next step, from one rule.

    Attributes
    ----------
    rule : str
        The rule that made it (the name of its function).
    question, step : str
        Dutch, plain text (the report escapes it).
    buurten : tuple of str
        The buurten it concerns (buurt ids).
    celebrate : bool
        A result to celebrate rather than a problem (:func:`choose` keeps a place for one).
    """

    rule: str
    question: str
    step: str
    buurten: tuple[str, ...] = ()
    celebrate: bool = False


@dataclass(frozen=True)
class Ending:
    """Support, money or a place for residents that ends within ``ENDING_MONTHS`` months: a relation of the
    figure ``middelen_aflopend``."""

    buurt: str
    row: str
    van: str
    naar: str
    soort: str
    tot: pd.Timestamp


@dataclass(frozen=True)
class Situation:
    """What the rules read of a month: its events, what waits at its end, the support that ends soon, and per buurt
    which registers it keeps (``kept``), the last month each names (``recorded``, the figure ``vastgelegd``) and
    whether its platform is recognised in the month (``erkend``, the figure's rule: a recognition row only).

    For a buurt (:func:`situation`) or for every buurt at once (:func:`pilot_situation`).
    """

    month: pd.Period
    events: tuple[Event, ...] = ()
    waiting: tuple[OpenItem, ...] = ()
    ending: tuple[Ending, ...] = ()
    buurten: tuple[str, ...] = ()
    kept: Mapping[str, Mapping[str, bool]] = field(default_factory=dict)
    recorded: Mapping[str, Mapping[str, pd.Period | None]] = field(default_factory=dict)
    erkend: Mapping[str, bool] = field(default_factory=dict)


# ---- gathering ------------------------------------------------------------------------------------------------------


def _ending(dataset: Dataset, buurt: str, month: pd.Period) -> list[Ending]:
    """The relations of the figure ``middelen_aflopend``, the first to end first."""
    ids = figures(dataset, buurt, month)["middelen_aflopend"]
    rows = dataset.relaties[dataset.relaties["id"].isin(ids)].sort_values(["tot", "id"])
    return [Ending(buurt, r.id, r.van, r.naar, r.soort, r.tot) for r in rows.itertuples()]


def _erkend(dataset: Dataset, buurt: str, month: pd.Period) -> bool:
    return recognised(history(dataset, buurt).recognitions, month)


def situation(dataset: Dataset, buurt: str, month: str | pd.Period) -> Situation:
    """What the rules read of ``buurt`` in ``month``."""
    month = as_month(month)
    return Situation(
        month,
        tuple(events(dataset, buurt, month)),
        tuple(wachtend(dataset, buurt, month)),
        tuple(_ending(dataset, buurt, month)),
        (buurt,),
        {buurt: kept(dataset, buurt)},
        {buurt: recorded(dataset, buurt, month)},
        {buurt: _erkend(dataset, buurt, month)},
    )


def pilot_situation(dataset: Dataset, month: str | pd.Period) -> Situation:
    """What the rules read of every buurt in ``month``."""
    month = as_month(month)
    buurten = tuple(dataset.buurten["id"])
    ending = tuple(a for b in buurten for a in _ending(dataset, b, month))
    return Situation(
        month,
        tuple(pilot_events(dataset, month)),
        tuple(pilot_wachtend(dataset, month)),
        ending,
        buurten,
        {b: kept(dataset, b) for b in buurten},
        {b: recorded(dataset, b, month) for b in buurten},
        {b: _erkend(dataset, b, month) for b in buurten},
    )


# ---- wording helpers ------------------------------------------------------------------------------------------------


def _list(items: Sequence[str], rest: tuple[str, str] = ("andere", "andere")) -> str:
    """Items the Dutch way, at most :data:`NAMED` of them and the rest counted (``rest``: one, several)."""
    if len(items) > NAMED:
        more = len(items) - NAMED
        return opsomming([*items[:NAMED], f"{more} {rest[0] if more == 1 else rest[1]}"])
    return opsomming(items)


def _buurten(buurten: Iterable[str], namen: Names) -> str:
    """Buurten by name, at most :data:`NAMED` and the rest counted: ``A, B, C en 2 andere buurten``."""
    return _list([namen.buurt(b) for b in buurten], ("andere buurt", "andere buurten"))


def _of(found: Iterable[Event], *kinds: str) -> list[Event]:
    return [e for e in found if e.kind in kinds]


def _unique(values: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(values))


# ---- a buurt's points, in priority order ----------------------------------------------------------------------------


def weigering(s: Situation, namen: Names) -> Point | None:
    """A refusal, or a request closed without a reaction, this month: name the institution and the request."""
    found = _of(s.events, "verzoek_afgewezen", "verzoek_zonder_reactie")
    if not found:
        return None
    clauses = [
        f"{namen.actor(e.actors[0])} "
        + (
            f"wees {titel(e.text, namen)} af"
            if e.kind == "verzoek_afgewezen"
            else f"reageerde niet op {titel(e.text, namen)}"
        )
        for e in found
    ]
    who = _list(_unique(namen.actor(e.actors[0]) for e in found))
    silent = all(e.kind == "verzoek_zonder_reactie" for e in found)
    return Point(
        "weigering",
        f"{hoofdletter(_list(clauses))}. Wat doet het platform nu?",
        f"Vraag {who} om "
        + ("een reactie op papier, met een datum" if silent else "de reden op papier")
        + ", en bespreek of een nieuw of aangepast verzoek kans maakt.",
        s.buurten,
    )


def actie_door_instelling(s: Situation, namen: Names) -> Point | None:
    """An action that failed this month because of an institution (barrier ``instelling``): what it did."""
    found = [e for e in s.events if by_institution(e)]
    if not found:
        return None
    first = found[0]
    reden = namen.schoon(first.detail.get("reden")).strip().rstrip(".")
    more = f" (en {len(found) - 1} andere actie{'s' if len(found) > 2 else ''})" if len(found) > 1 else ""
    return Point(
        "actie_door_instelling",
        f"{titel(first.text, namen)} lukte niet door een instelling{more}"
        + (f": {reden}" if reden else "")
        + ". Hoe spreekt het platform de instelling daarop aan?",
        "Leg aan de instelling voor wat er nodig is om de actie alsnog te doen, en zet de actie met een nieuwe datum "
        "op de actielijst.",
        s.buurten,
    )


def parallel(s: Situation, namen: Names) -> Point | None:
    """A parallel infrastructure that appeared this month: who set what up beside whom."""
    found = _of(s.events, "parallel_verschenen")
    if not found:
        return None
    first = found[0]
    bovenaf = first.detail.get("bovenaf") or first.actors[1:]
    top = bovenaf[0]
    other = next(a for a in first.actors if a != top)
    functies = opsomming(FUNCTIE_TEKST.get(f, f) for f in first.detail["functies"])
    taak = "dezelfde taak" if len(first.detail["functies"]) == 1 else "dezelfde taken"
    return Point(
        "parallel",
        f"{namen.actor(top)} heeft sinds deze maand {taak} als {namen.actor(other)}, zonder echt samen te werken: "
        f"{functies}. Kan dit samen, of kan het aan de buurt worden overgelaten?",
        f"Nodig {namen.actor(top)} uit voor een gesprek met {namen.actor(other)} over wie dit doet, en hoe.",
        s.buurten,
    )


def _oldest(s: Situation, kind: str) -> OpenItem | None:
    late = [i for i in s.waiting if i.kind == kind and i.overdue]
    return max(late, key=lambda i: i.days) if late else None


def lang_open(s: Situation, namen: Names) -> Point | None:
    """The request that waits longest, past ``OVERDUE_DAYS`` days, at the end of the month."""
    item = _oldest(s, "verzoek")
    if item is None:
        return None
    who = namen.actor(item.institution)
    return Point(
        "lang_open",
        f"{titel(item.text, namen)} wacht al {dagen(item.days)} op antwoord van {who}, langer dan {OVERDUE_DAYS} "
        "dagen. Hoe krijgt het platform antwoord?",
        f"Stuur {who} een herinnering met de datum waarop het platform antwoord verwacht, en zoek daar een vaste "
        "contactpersoon.",
        s.buurten,
    )


def toezegging(s: Situation, namen: Names) -> Point | None:
    """The promise not kept longest, past ``OVERDUE_DAYS`` days after it was made."""
    item = _oldest(s, "toezegging")
    if item is None:
        return None
    who = namen.actor(item.institution)
    return Point(
        "toezegging",
        f"{who} zegde {titel(item.text, namen)} toe op {datum_tekst(item.since)}, {dagen(item.days)} geleden, en "
        "kwam dat nog niet na. Wat is er nodig?",
        f"Vraag {who} wanneer de toezegging wordt nagekomen, en leg die datum vast.",
        s.buurten,
    )


def steun_eindigt(s: Situation, namen: Names) -> Point | None:
    """Support, money or a place for residents that ends within ``ENDING_MONTHS`` months (``middelen_aflopend``)."""
    if not s.ending:
        return None
    first = s.ending[0]
    more = len(s.ending) - 1
    rest = f" (en nog {more})" if more else ""
    return Point(
        "steun_eindigt",
        f"{hoofdletter(relatie_tekst(first.soort, first.van, first.naar, namen))} loopt af op "
        f"{datum_tekst(first.tot)}{rest}, binnen {telwoord(ENDING_MONTHS)} maanden. Is er een vervolg geregeld?",
        f"Spreek met {namen.actor(first.van)} af of en hoe dit doorloopt, ruim voor {datum_tekst(first.tot)}.",
        s.buurten,
    )


def spanning(s: Situation, namen: Names) -> Point | None:
    """A tension that started this month, with its recorded reason."""
    found = _of(s.events, "spanning_begonnen")
    if not found:
        return None
    first = found[0]
    a, b = (namen.actor(x) for x in first.actors)
    reden = "" if leeg(first.text) else f" ({namen.schoon(first.text).strip().rstrip('.')})"
    return Point(
        "spanning",
        f"Er is een spanning ontstaan tussen {a} en {b}{reden}. Wat is er nodig om die te bespreken?",
        f"Zoek een gesprek met {a} en {b} samen, eventueel met de begeleider erbij.",
        s.buurten,
    )


def registers(s: Situation, namen: Names) -> Point | None:
    """Registers the buurt does not keep, or in which nothing was recorded for
    :data:`~kit.analysis.registers.STALE_MONTHS` months (:func:`kit.analysis.registers.gaps`)."""
    buurt = s.buurten[0] if s.buurten else ""
    found = gaps(s.kept.get(buurt, {}), s.recorded.get(buurt, {}), s.month)
    if not found:
        return None
    parts = []
    recorded = s.recorded.get(buurt, {})
    since: dict[pd.Period, list[str]] = {}
    for register, why in found.items():
        last = recorded.get(register)
        if why == "verouderd" and last is not None:
            since.setdefault(last, []).append(REGISTER_TEKST[register])
    if since:
        where = opsomming(f"{opsomming(names)} (sinds {maand_lang(last)})" for last, names in sorted(since.items()))
        parts.append(f"Niets nieuws vastgelegd in {where}. Klopt het dat er niets veranderde?")
    missing = [r for r, why in found.items() if why == "niet_bijgehouden"]
    if missing:
        parts.append(
            f"{hoofdletter(opsomming(REGISTER_TEKST[r] for r in missing))} "
            f"{'wordt' if len(missing) == 1 else 'worden'} voor deze buurt niet bijgehouden. Is dat een keuze?"
        )
    return Point(
        "registers",
        " ".join(parts),
        "Spreek af wie wat bijhoudt, en vul aan wat er sinds de laatste keer gebeurde.",
        s.buurten,
    )


def resultaat(s: Situation, namen: Names) -> Point | None:
    """A result achieved this month (or recorded now): something to celebrate."""
    found = _of(s.events, "resultaat_bereikt") or _of(s.events, "resultaat_gemeld")
    if not found:
        return None
    first = found[0]
    rest = f" (en nog {len(found) - 1})" if len(found) > 1 else ""
    gemeld = "Vastgelegd" if first.kind == "resultaat_gemeld" else "Bereikt"
    return Point(
        "resultaat",
        f"{gemeld}: {titel(first.text, namen)}{rest}. Hoe vieren en delen jullie dat?",
        "Vertel het in de buurt, in de nieuwsbrief of op de bewonersavond, en bedank wie meehielp.",
        s.buurten,
        celebrate=True,
    )


#: A buurt's rules, highest priority first: what institutions did this month, then what waits, then the network;
#: a result to celebrate comes last but keeps a place (:func:`choose`).
BUURT_RULES: tuple[Callable[[Situation, Names], Point | None], ...] = (
    weigering,
    actie_door_instelling,
    parallel,
    lang_open,
    toezegging,
    steun_eindigt,
    spanning,
    registers,
    resultaat,
)


# ---- the intervision sheet's points: patterns across buurten --------------------------------------------------------


def zelfde_instelling(s: Situation, namen: Names) -> Point | None:
    """One institution that refused, did not react to, or left waiting past ``OVERDUE_DAYS`` days requests of
    :data:`SEVERAL` buurten or more."""
    several = _in_several(
        [(e.actors[0], e.buurt or "") for e in _of(s.events, "verzoek_afgewezen", "verzoek_zonder_reactie")]
        + [(i.institution, i.buurt) for i in s.waiting if i.kind == "verzoek" and i.overdue]
    )
    if not several:
        return None
    ordered = sorted(several, key=lambda who: (-len(several[who]), namen.actor(who)))
    parts = [f"{namen.actor(who)} ({_buurten(_in_order(s, several[who]), namen)})" for who in ordered]
    buurten = _in_order(s, set().union(*several.values()))
    return Point(
        "zelfde_instelling",
        f"Verzoeken afgewezen, zonder reactie gesloten of langer dan {OVERDUE_DAYS} dagen zonder antwoord, bij "
        f"dezelfde instelling in meer buurten: {_list(parts)}. Spreken de buurten die instelling samen aan?",
        "Zet de verzoeken per buurt op een rij voor één gesprek met de instelling, of met de stadsdeelcommissie.",
        buurten,
    )


def _in_order(s: Situation, buurten: Iterable[str]) -> tuple[str, ...]:
    chosen = set(buurten)
    return tuple(b for b in s.buurten if b in chosen)


def _several(s: Situation, buurten: Iterable[str]) -> tuple[str, ...]:
    """``buurten`` in the sheet's order when they are :data:`SEVERAL` or more, else none."""
    chosen = _in_order(s, buurten)
    return chosen if len(chosen) >= SEVERAL else ()


def _in_several(found: Iterable[tuple[str, str]]) -> dict[str, set[str]]:
    """Of the pairs (what, buurt) ``found``, each what (an institution, a barrier, a register) named in
    :data:`SEVERAL` buurten or more → those buurten."""
    by_what: dict[str, set[str]] = {}
    for what, buurt in found:
        by_what.setdefault(what, set()).add(buurt)
    return {what: buurten for what, buurten in by_what.items() if len(buurten) >= SEVERAL}


def overal_parallel(s: Situation, namen: Names) -> Point | None:
    """A parallel infrastructure that appeared this month in any buurt."""
    found = _of(s.events, "parallel_verschenen")
    if not found:
        return None
    buurten = _in_order(s, (e.buurt or "" for e in found))
    where = _list(
        _unique(
            f"{namen.actor((e.detail.get('bovenaf') or e.actors)[0])} in {namen.buurt(e.buurt or '')}" for e in found
        )
    )
    return Point(
        "overal_parallel",
        f"Deze maand zette een instelling iets naast wat bewoners al doen: {where}. Herkennen andere buurten dit, en "
        "wat deden zij?",
        "Laat de buurt vertellen wat er gebeurde, en verzamel wat andere buurten in zo'n geval deden.",
        buurten,
    )


def plek_kwijt(s: Situation, namen: Names) -> Point | None:
    """A seat at a table that ended this month in any buurt and that nobody continues at the same table (a change
    of role is no loss: :func:`~kit.analysis.measures.tables.successor`), with who convened the table, and "na de
    erkenning" where the buurt's platform is recognised in the month."""
    lost = [e for e in _of(s.events, "tafel_gestopt") if not e.detail.get("opvolger")]
    if not lost:
        return None

    def waar(e: Event) -> str:
        eigenaar = e.detail.get("eigenaar")
        van = f" van {namen.actor(eigenaar)}" if eigenaar else ""
        erkend = ", na de erkenning" if s.erkend.get(e.buurt or "") else ""
        return f"{titel(e.text, namen)}{van} ({namen.buurt(e.buurt or '')}{erkend})"

    conveners = _unique(namen.actor(e.detail["eigenaar"]) for e in lost if e.detail.get("eigenaar"))
    wie = _list(conveners) if conveners else "wie de tafel belegt"
    return Point(
        "plek_kwijt",
        f"Een plek aan tafel stopte: {_list(_unique(waar(e) for e in lost))}. Waarom, en herkennen andere buurten dit?",
        f"Vraag {wie} waarom, en hoe het platform weer aan tafel komt.",
        _in_order(s, (e.buurt or "" for e in lost)),
    )


def zelfde_belemmering(s: Situation, namen: Names) -> Point | None:
    """A barrier named by actions that failed this month in :data:`SEVERAL` buurten or more."""
    several = _in_several(
        (barrier, e.buurt or "")
        for e in _of(s.events, "actie_niet_gedaan")
        for barrier in e.detail.get("belemmering", ())
    )
    if not several:
        return None
    barrier = max(several, key=lambda b: (len(several[b]), -list(BELEMMERING_TEKST).index(b)))
    buurten = _in_order(s, several[barrier])
    return Point(
        "zelfde_belemmering",
        f"In {telwoord(len(buurten))} buurten lukte deze maand een actie niet door "
        f"{BELEMMERING_TEKST.get(barrier, barrier)}: {_buurten(buurten, namen)}. Wat hielp elders?",
        "Laat elke buurt één voorbeeld geven, en spreek af wat de buurten samen proberen.",
        buurten,
    )


def zelfde_toezegging(s: Situation, namen: Names) -> Point | None:
    """One institution with promises not kept past ``OVERDUE_DAYS`` days in :data:`SEVERAL` buurten or more."""
    several = _in_several((i.institution, i.buurt) for i in s.waiting if i.kind == "toezegging" and i.overdue)
    if not several:
        return None
    who = max(several, key=lambda w: (len(several[w]), namen.actor(w)))
    buurten = _in_order(s, several[who])
    return Point(
        "zelfde_toezegging",
        f"{namen.actor(who)} kwam toezeggingen in {_buurten(buurten, namen)} na meer dan "
        f"{OVERDUE_DAYS} dagen nog niet na. Spreken de buurten {namen.actor(who)} daar samen op aan?",
        f"Maak een overzicht van de toezeggingen per buurt voor een gesprek met {namen.actor(who)}.",
        buurten,
    )


def steun_eindigt_overal(s: Situation, namen: Names) -> Point | None:
    """Support, money or a place for residents that ends within ``ENDING_MONTHS`` months in :data:`SEVERAL`
    buurten or more."""
    buurten = _several(s, (a.buurt for a in s.ending))
    if not buurten:
        return None
    givers = _unique(namen.actor(a.van) for a in s.ending)
    return Point(
        "steun_eindigt_overal",
        f"In {_buurten(buurten, namen)} loopt binnen {telwoord(ENDING_MONTHS)} maanden steun, geld "
        f"of een ruimte af (van {_list(givers)}). Is er overal een vervolg geregeld?",
        "Zet per buurt op een rij wat afloopt en wat er is afgesproken, en kijk waar buurten elkaar kunnen helpen.",
        buurten,
    )


def spanningen(s: Situation, namen: Names) -> Point | None:
    """Tensions that started this month in :data:`SEVERAL` buurten or more."""
    buurten = _several(s, (e.buurt or "" for e in _of(s.events, "spanning_begonnen")))
    if not buurten:
        return None
    return Point(
        "spanningen",
        f"In {_buurten(buurten, namen)} ontstond deze maand een spanning tussen partijen. Wat speelt "
        "er, en hoe pakken buurten dat aan?",
        "Laat de buurten kort vertellen wat er speelt, en verzamel wat hielp om zo'n spanning te bespreken.",
        buurten,
    )


def registers_overal(s: Situation, namen: Names) -> Point | None:
    """One register with nothing new recorded for :data:`~kit.analysis.registers.STALE_MONTHS` months or more in
    :data:`SEVERAL` buurten or more (:func:`kit.analysis.registers.gaps`, ``verouderd``): the register named by the
    most buurten, first in the order of :data:`~kit.analysis.registers.STALE_REGISTERS` on a tie."""
    several = _in_several(
        (register, b)
        for b in s.buurten
        for register, why in gaps(s.kept.get(b, {}), s.recorded.get(b, {}), s.month).items()
        if why == "verouderd"
    )
    if not several:
        return None
    register = max(several, key=lambda r: (len(several[r]), -list(REGISTER_TEKST).index(r)))
    buurten = _in_order(s, several[register])
    return Point(
        "registers_overal",
        f"In {telwoord(len(buurten))} buurten is al {telwoord(STALE_MONTHS)} maanden of langer niets nieuws "
        f"vastgelegd in {REGISTER_TEKST[register]}: {_buurten(buurten, namen)}. Veranderde er niets, of komt het "
        "bijhouden niet rond?",
        "Vraag elke buurt wie het bijhoudt en wat er nodig is, en spreek een vast moment per maand af.",
        buurten,
    )


def resultaten(s: Situation, namen: Names) -> Point | None:
    """Results achieved this month in :data:`SEVERAL` buurten or more: what worked?"""
    buurten = _several(s, (e.buurt or "" for e in _of(s.events, "resultaat_bereikt")))
    if not buurten:
        return None
    return Point(
        "resultaten",
        f"Deze maand bereikten {_buurten(buurten, namen)} iets. Wat werkte, en wat kunnen andere "
        "buurten daarvan overnemen?",
        "Laat elke buurt in twee minuten vertellen hoe het lukte.",
        buurten,
        celebrate=True,
    )


#: The intervision sheet's rules, highest priority first.
SHEET_RULES: tuple[Callable[[Situation, Names], Point | None], ...] = (
    zelfde_instelling,
    overal_parallel,
    plek_kwijt,
    zelfde_belemmering,
    zelfde_toezegging,
    steun_eindigt_overal,
    spanningen,
    registers_overal,
    resultaten,
)


# ---- choosing -------------------------------------------------------------------------------------------------------


def candidates(s: Situation, namen: Names, rules: Sequence[Callable[[Situation, Names], Point | None]]) -> list[Point]:
    """Every rule's point, in the rules' order (their priority); a rule without a point gives none."""
    return [p for rule in rules if (p := rule(s, namen)) is not None]


def choose(points: Sequence[Point], at_most: int = AT_MOST) -> list[Point]:
    """At most ``at_most`` points by priority; a point to celebrate takes the last place when none was chosen.

    A volunteer's brief that lists only problems while the buurt achieved
    something would say less than the data hold.

    >>> p = [Point(str(i), "?", "!") for i in range(4)] + [Point("feest", "?", "!", celebrate=True)]
    >>> [x.rule for x in choose(p)], [x.rule for x in choose(p[:2])]
    (['0', '1', 'feest'], ['0', '1'])
    """
    chosen = list(points[:at_most])
    party = next((p for p in points if p.celebrate), None)
    if party is None or party in chosen or at_most < 1:
        return chosen
    return [*chosen[: at_most - 1], party]


def om_te_bespreken(dataset: Dataset, buurt: str, month: str | pd.Period, namen: Names) -> list[Point]:
    """A buurt's "Om te bespreken": at most :data:`AT_MOST` points of :data:`BUURT_RULES`, in priority order."""
    return choose(candidates(situation(dataset, buurt, month), namen, BUURT_RULES))


def agendapunten(dataset: Dataset, month: str | pd.Period, namen: Names) -> list[Point]:
    """The intervision sheet's agenda: at most :data:`AT_MOST` points of :data:`SHEET_RULES`, in priority order."""
    return choose(candidates(pilot_situation(dataset, month), namen, SHEET_RULES))
