"""Aan tafel: at which tables the buurt sits this month, its dialogues with institutions, and their agreements.

Three groups, for a platform volunteer with ten minutes:

- **Plekken aan tafel**: the seats active in the month
  (:func:`kit.analysis.seats.seat_rows`, what the figure ``tafels`` counts),
  highest rung first: the table, who convenes it, who sits there and what
  the seat lets it do (the rung in plain Dutch, :data:`TREDE_ZIN`), invited
  or asked for, since when; a seat that began this month says so, one that
  ended this month says when;
- **Gesprekken**: the dialogues of the month (the events ``dialoog_gevoerd``
  of :mod:`kit.analysis.events`, worded as "Deze maand" words them);
- **Afspraken uit gesprekken**: the agreements still open at the month's end,
  with their deadline and, past it, the days since
  (:func:`kit.analysis.open_items.afspraken_open`, the rules of
  ``dialoogafspraken.open`` and ``te_laat``), then those kept or dropped this
  month (their events).

The section describes and does not judge.  A register the buurt does not keep
is one line, "niet vastgelegd" (:mod:`kit.analysis.registers`): both at once
in the words "Deze maand" names them with.  Each group shows at most its
bound (:data:`.grenzen.PLEKKEN`, :data:`.grenzen.GESPREKKEN`,
:data:`.grenzen.AFSPRAKEN`) and counts the rest, which the appendix lists
(:func:`alles`), so that the brief stays short whatever the data hold.
"""

from __future__ import annotations

from kit.analysis.open_items import afspraken_open
from kit.analysis.registers import NAMEN
from kit.analysis.seats import seat_rows
from kit.dutch import leeg
from kit.report.gebeurtenissen import TREDE_ZIN, regel, titel, trede, wacht_bij
from kit.report.html import Html, e, lijst
from kit.report.maandrapport.grenzen import AFSPRAKEN, GESPREKKEN, PLEKKEN
from kit.report.maandrapport.rapport import Maandrapport
from kit.report.ruimte import Ruimte
from kit.report.sectie import Sectie
from kit.report.words import datum_tekst, hoofdletter, maand_lang, opsomming

#: The registers the section shows, in order.
REGISTERS = ("tafels", "dialogen")
#: The events of the month the section words: dialogues held, agreements kept or dropped.  An agreement past its
#: deadline is among the open ones, with its day counter, not an event here.
GESPREK = ("dialoog_gevoerd",)
AFSPRAAK = ("dialoogafspraak_nagekomen", "dialoogafspraak_vervallen")


def render(rapport: Maandrapport) -> Html:
    """The seats, the dialogues and the agreements of the month, a group each, each at most its bound; the groups
    without a line in one sentence; for a register not kept, the line that says so."""
    niet = [register for register in REGISTERS if not rapport.bijgehouden[register]]
    if len(niet) == len(REGISTERS):
        return Html(
            f'<p class="niet-vastgelegd">Niet vastgelegd voor deze buurt: {e(opsomming(NAMEN[r] for r in niet))}.</p>'
        )
    found = groepen(rapport)
    parts = [_groep(kop, regels, ruimte) for kop, regels, ruimte, _ in found if regels]
    geen = [zonder for _, regels, _, zonder in found if not regels]
    if geen:
        parts.append(f"<p>{e(f'In {maand_lang(rapport.month)}: {opsomming(geen)}.')}</p>")
    parts += [str(rapport.niet_vastgelegd(register)) for register in niet]
    return Html("".join(parts))


def groepen(rapport: Maandrapport) -> list[tuple[str, list[str], Ruimte, str]]:
    """The groups of the registers the buurt keeps: heading, lines (plain text), bound, and the words for none."""
    found = []
    if rapport.bijgehouden["tafels"]:
        found.append(("Plekken aan tafel", plekken(rapport), PLEKKEN, "geen plek aan een bestuurlijke tafel"))
    if rapport.bijgehouden["dialogen"]:
        found.append(("Gesprekken", gesprekken(rapport), GESPREKKEN, "geen gesprek met de gemeente of een instelling"))
        geen_afspraak = "geen afspraak uit een gesprek open, nagekomen of vervallen"
        found.append(("Afspraken uit gesprekken", afspraken(rapport), AFSPRAKEN, geen_afspraak))
    return found


def _groep(kop: str, regels: list[str], ruimte: Ruimte | None) -> str:
    """A group's heading and its lines (plain text); with a ``ruimte``, at most its bound and the rest counted."""
    shown = regels if ruimte is None else ruimte.kies(regels)
    items = [e(r) for r in shown]
    if ruimte is not None and len(shown) < len(regels):
        items.append(e(ruimte.en_nog(len(regels) - len(shown))))
    return f'<p class="groep"><strong>{e(kop)}</strong></p>' + lijst(items)


def weggelaten(rapport: Maandrapport) -> int:
    """How many lines the brief leaves out (they stand in the appendix, :func:`alles`)."""
    return sum(len(regels) - len(ruimte.kies(regels)) for _, regels, ruimte, _ in groepen(rapport))


def alles(rapport: Maandrapport) -> Html:
    """Every seat, dialogue and agreement of the month, none left out: the appendix's list."""
    return Html("".join(_groep(kop, regels, None) for kop, regels, _, _ in groepen(rapport) if regels))


def plekken(rapport: Maandrapport) -> list[str]:
    """Each seat of the month in a sentence (:func:`plek_zin`)."""
    seats = seat_rows(rapport.data, rapport.buurt, rapport.month)
    return [plek_zin(rapport, seat) for seat in seats.to_dict("records")]


def plek_zin(rapport: Maandrapport, seat: dict) -> str:
    """One seat: ``‘Stuurgroep Kastanjeplein’, belegd door Stadsdeel West: Buurtplatform Lindenhof beslist mee
    (meebeslissend, trede 5 van 6). Uitgenodigd, sinds 15 april 2024, nieuw deze maand.``"""
    first, last = rapport.month.start_time, rapport.month.end_time.normalize()
    tafel = titel(seat["tafel"], rapport.woorden)
    door = f", belegd door {rapport.naam_van(seat['eigenaar'])}" if not leeg(seat["eigenaar"]) else ""
    wie = rapport.naam_van(seat["actor"])
    toegang = "Uitgenodigd" if seat["toegang"] == "uitgenodigd" else "Zelf om gevraagd"
    nieuw = ", nieuw deze maand" if seat["vanaf"] >= first else ""
    zin = (
        f"{tafel}{door}: {wie} {TREDE_ZIN[seat['rol']]} ({trede(seat['rol'])}). "
        f"{toegang}, sinds {datum_tekst(seat['vanaf'])}{nieuw}."
    )
    tot = seat["tot"]
    if leeg(tot):
        return zin
    if tot <= last and seat["opvolger"] is not None:
        return f"{zin} Deze rol eindigde op {datum_tekst(tot)}; de plek aan deze tafel loopt door in een andere rol."
    if tot <= last:
        return f"{zin} Deze plek eindigde op {datum_tekst(tot)}."
    return f"{zin} Loopt tot {datum_tekst(tot)}."


def gesprekken(rapport: Maandrapport) -> list[str]:
    """The dialogues of the month as dated lines."""
    return [hoofdletter(regel(ev, rapport.woorden)) for ev in rapport.gebeurtenissen if ev.kind in GESPREK]


def afspraken(rapport: Maandrapport) -> list[str]:
    """The agreements open at the month's end (naming who is to keep them), then those kept or dropped this month."""
    found = [wacht_bij(item, rapport.woorden) for item in afspraken_open(rapport.data, rapport.buurt, rapport.month)]
    return found + [hoofdletter(regel(ev, rapport.woorden)) for ev in rapport.gebeurtenissen if ev.kind in AFSPRAAK]


SECTIE = Sectie(
    render,
    kop="Aan tafel",
    inleiding="Aan welke bestuurlijke tafels zit de buurt, welke gesprekken voerde ze, en wat werd er afgesproken?",
    altijd=True,
)
