"""Per buurt: one row each — what is new this month, what waits at institutions, and how fresh the data are.

Page 1 of the intervision sheet, for the facilitator preparing the meeting.
Every cell reads the rules the brief and the synthesis read: the month's
events (:mod:`kit.analysis.events`), what waits at institutions
(:mod:`kit.analysis.open_items`), the registers kept and how fresh each is
(:mod:`kit.analysis.registers`), and whether the buurt takes part
(``in_proeftuin``); under the buurt's name, its seats at tables this month
(the figures ``tafels`` and ``tafel_hoogste_rol``).  So a month before a buurt takes part lists what happened
and says the buurt does not take part yet, as the brief does; a register the
buurt does not keep is "niet bijgehouden", never "niets".

To fit ten buurten on one A4 page a row lists at most :data:`AT_MOST` events:
every refusal and request closed without a reaction (they name the
institution), then by :data:`kit.report.ruimte.VOORRANG`; relations and actors that began or
ended are counted in one line.  The rest is counted ("en nog 4").
"""

from __future__ import annotations

from kit.analysis.catalogue.fourth import TREDE
from kit.analysis.events import Event, events
from kit.analysis.open_items import OpenItem, afspraken_open, wachtend
from kit.analysis.registers import NAMEN, gaps, kept, recorded
from kit.data.contract import ROL
from kit.data.spans import first_month
from kit.dutch import MAANDEN_KORT, dagen, hoofdletter, leeg
from kit.report.gebeurtenissen import Names, zin
from kit.report.html import Html, e, tabel
from kit.report.overzicht.rapport import Overzicht
from kit.report.ruimte import VOORRANG, altijd, kies, voorrang
from kit.report.sectie import Sectie
from kit.report.words import maand_lang, opsomming

#: The most events a buurt's row lists by name (refusals and non-answers are always listed).
AT_MOST = 2
#: Events counted in one line rather than listed: the network's comings and goings.
COUNTED = {
    "actor_begonnen": ("actor erbij", "actoren erbij"),
    "actor_gestopt": ("actor gestopt", "actoren gestopt"),
    "relatie_begonnen": ("relatie erbij", "relaties erbij"),
    "relatie_gestopt": ("relatie gestopt", "relaties gestopt"),
}


def kort(event: Event) -> str:
    """The day of ``event`` in a row's few characters, ``8 dec``; its month when only the month is known.

    >>> import pandas as pd
    >>> kort(Event("b", "parallel_verschenen", None, pd.Period("2025-12", "M"), "figures", None, (), None))
    'dec'
    """
    if event.day is None:
        return MAANDEN_KORT[event.month.month - 1]
    return f"{event.day.day} {MAANDEN_KORT[event.day.month - 1]}"


def chosen(found: list[Event]) -> tuple[list[Event], int]:
    """The events a row lists, in the order of the day, and how many it leaves out: every one of
    :data:`~kit.report.ruimte.ALTIJD`, then by :data:`~kit.report.ruimte.VOORRANG` up to :data:`AT_MOST`
    (:func:`kit.report.ruimte.kies`, the rule the buurtbrief's lists follow).  Events of :data:`COUNTED` are
    neither."""
    listed = [x for x in found if x.kind in VOORRANG]
    taken = kies(listed, AT_MOST, altijd, voorrang)
    return taken, len(listed) - len(taken)


def nieuw(rapport: Overzicht, buurt: str, namen: Names) -> str:
    """The cell "Nieuw": the buurt's listed events of the month, each dated, the network counted, the rest counted;
    before the buurt takes part, that it does not yet."""
    found = events(rapport.data, buurt, rapport.month)
    listed, rest = chosen(found)
    lines = [f"<strong>{e(kort(x))}</strong>&nbsp;{e(zin(x, namen))}" for x in listed]
    counts = [(sum(x.kind == kind for x in found), words) for kind, words in COUNTED.items()]
    netwerk = [f"{n} {words[0] if n == 1 else words[1]}" for n, words in counts if n]
    if netwerk:
        lines.append(e(hoofdletter(f"netwerk: {opsomming(netwerk)}.")))
    if rest:
        lines.append(f"<small>En nog {rest}: zie de buurtbrief.</small>")
    if not rapport.doet_mee(buurt):
        start = first_month(rapport.data, buurt)
        waarom = (
            f"Doet nog niet mee aan de proeftuin; die begint hier in {maand_lang(start)}."
            if start is not None and start > rapport.month
            else "Doet deze maand niet mee: er staan geen actieve actoren van de buurt in de gegevens."
        )
        lines.insert(0, f"<em>{e(waarom)}</em>")
    if not found:
        lines.append("Niets nieuws vastgelegd.")
    return " ".join(lines)


def _oldest(items: list[OpenItem], kind: str) -> tuple[OpenItem | None, int]:
    of_kind = [i for i in items if i.kind == kind]
    return (max(of_kind, key=lambda i: i.days) if of_kind else None), len(of_kind)


def wacht(rapport: Overzicht, buurt: str, namen: Names) -> str:
    """The cell "Wacht bij instellingen": the oldest open request and the oldest promise not kept, each with the
    institution and the days, and how many more wait; the institutions' dialogue agreements past their deadline
    (version 4), the longest over it first; "niet vastgelegd" where the buurt keeps no requests.  The
    subjects are in the buurtbrief: a row has no room for them."""
    late = [i for i in afspraken_open(rapport.data, buurt, rapport.month) if i.detail["partij"] and i.detail["over"]]
    afspraak = []
    if late:  # longest past its deadline first
        meer = f" <small>(en nog {len(late) - 1})</small>" if len(late) > 1 else ""
        over = f"{dagen(late[0].detail['over'])} over de termijn"
        afspraak = [f"Afspraak van {e(namen.actor(late[0].institution))}: <strong>{e(over)}</strong>{meer}"]
    if not kept(rapport.data, buurt)["verzoeken"]:
        return "<br>".join([*afspraak, "<small>niet vastgelegd: de buurt houdt geen verzoeken bij</small>"])
    items = wachtend(rapport.data, buurt, rapport.month)
    lines = []
    for kind, wat in (("verzoek", "Verzoek bij"), ("toezegging", "Toezegging van")):
        item, n = _oldest(items, kind)
        if item is None:
            continue
        meer = f" <small>(en nog {n - 1})</small>" if n > 1 else ""
        lines.append(f"{wat} {e(namen.actor(item.institution))}: <strong>{e(dagen(item.days))}</strong>{meer}")
    return "<br>".join(lines + afspraak) or "Niets open."


def actueel(rapport: Overzicht, buurt: str) -> str:
    """The cell "Gegevens": the registers not kept, and those with nothing new recorded for
    :data:`~kit.analysis.registers.STALE_MONTHS` months or more (since when); "bijgewerkt" otherwise."""
    last = recorded(rapport.data, buurt, rapport.month)
    found = gaps(kept(rapport.data, buurt), last, rapport.month)
    naam = {r: NAMEN[r].removeprefix("de ") for r in found}  # "actielijst": a row has no room for articles
    missing = [naam[r] for r, why in found.items() if why == "niet_bijgehouden"]
    stale = [f"{naam[r]} (sinds {maand_lang(last[r])})" for r, why in found.items() if why == "verouderd"]
    lines = []
    if missing:
        lines.append(f"Niet bijgehouden: {e(opsomming(missing))}.")
    if stale:
        lines.append(f"Niets nieuws: {e(opsomming(stale))}.")
    return "<br>".join(lines) or "Bijgewerkt."


def aan_tafel(rapport: Overzicht, buurt: str) -> str:
    """Under the buurt's name, in a row's few characters: its seats at tables active this month and the highest rung
    (the figures ``tafels`` and ``tafel_hoogste_rol``), "geen" when it keeps seats and has none now, "niet
    vastgelegd" when it keeps none.

    >>> aan_tafel(type("R", (), {"figuren": {"b": {"tafels": 2, "tafel_hoogste_rol": 3}}})(), "b")
    'aan tafel: 2, hoogste adviserend'
    """
    found = rapport.figuren[buurt]
    if leeg(found["tafels"]):
        return "aan tafel: niet vastgelegd"
    if not found["tafels"]:
        return "aan tafel: geen"
    trede = TREDE[ROL[found["tafel_hoogste_rol"] - 1]]
    return f"aan tafel: 1, {trede}" if found["tafels"] == 1 else f"aan tafel: {found['tafels']}, hoogste {trede}"


def render(rapport: Overzicht) -> Html:
    """One row per buurt: what is new, what waits at institutions, how fresh the data are; under the buurt's name,
    its seats at tables."""
    namen = Names.of(rapport)
    rows = [
        [
            f"<strong>{e(rapport.buurtnaam(b))}</strong><br><small>{e(aan_tafel(rapport, b))}</small>",
            nieuw(rapport, b, namen),
            wacht(rapport, b, namen),
            actueel(rapport, b),
        ]
        for b in rapport.buurten
    ]
    return Html(
        tabel(
            [
                "Buurt",
                f"Nieuw in {e(maand_lang(rapport.month))}",
                "Wacht bij instellingen",
                "Gegevens",
            ],
            rows,
            klasse="blad",
        )
    )


SECTIE = Sectie(render, kop="Per buurt")
