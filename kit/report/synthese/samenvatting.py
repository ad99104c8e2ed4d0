"""Bestuurlijke samenvatting: the pilot's own questions answered in findings, each with its evidence and its caution.

The first pages of the synthesis, for a member of the stadsdeelcommissie who
decides on recognition: at most two printed pages (a test reads the demo's
PDF back).  Under each of the pilot's questions (:data:`VRAGEN`) a few
findings (:class:`Bevinding`): one sentence of what the data say, one line of
evidence (the register it comes from and where in the synthesis to check
it), one line of caution (what the data cannot say).

Every count is of the period's events (:attr:`Synthese.gebeurtenissen`,
:mod:`kit.analysis.events`) and of what waits at institutions
(:mod:`kit.analysis.open_items`), the rules the monthly brief and the
intervision sheet use, so the synthesis agrees with them on every month.
A refusal or a request closed without an answer names the institution; a
register a buurt does not keep is counted as such, never as 0
(:func:`kit.analysis.registers.kept`); no finding calls anything good or bad.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass

import pandas as pd

from kit.analysis.catalogue.fourth import TREDE
from kit.analysis.events import Event, by_institution
from kit.analysis.measures.load import FEWEST_SHOWN
from kit.analysis.measures.requests import OVERDUE_DAYS
from kit.analysis.measures.tables import offered
from kit.analysis.open_items import OpenItem
from kit.analysis.registers import NAMEN, kept
from kit.analysis.seats import seat_rows
from kit.report.gebeurtenissen import Names, relatie, titel
from kit.report.html import Html, e
from kit.report.sectie import Sectie
from kit.report.synthese.erkenning import seat_changes
from kit.report.synthese.nodig import minstens
from kit.report.synthese.rapport import Synthese
from kit.report.words import maand_lang, opsomming

#: At most this many names in a finding's list; the rest are counted ("en 3 andere").
HOOGSTENS = 3


@dataclass(frozen=True)
class Bevinding:
    """One finding: what the data say, where it comes from, and what it cannot say (plain text, escaped later)."""

    tekst: str
    bron: str
    voorbehoud: str


def _alle(rapport: Synthese, *kinds: str) -> list[Event]:
    """The period's events of ``kinds`` in every buurt, buurt by buurt in time order."""
    return [x for b in rapport.buurten for x in rapport.gebeurtenissen[b] if x.kind in kinds]


def _houden_bij(rapport: Synthese, register: str) -> list[str]:
    """The buurten with data in the period that keep ``register``."""
    return [b for b in rapport.met_gegevens if kept(rapport.data, b)[register]]


def _niet_bij(rapport: Synthese, register: str) -> str:
    """The caution on a register not kept by some buurten (:data:`kit.analysis.registers.NAMEN`): how many, and that
    not recorded is not none."""
    zonder = len(rapport.met_gegevens) - len(_houden_bij(rapport, register))
    if not zonder:
        return ""
    return (
        f"{zonder} van de {len(rapport.met_gegevens)} buurten met gegevens {'houdt' if zonder == 1 else 'houden'} "
        f"{NAMEN[register]} niet bij: daar is niets over bekend, wat niet betekent dat er niets was. "
    )


def _telling(items: Iterable[str], hoogstens: int = HOOGSTENS, rest: bool = True) -> str:
    """Names with how often each occurs, most often first: ``Stadsdeel West (3), Thuishaven (1) en 2 andere``;
    without ``rest`` the others are not counted (for "het vaakst bij …")."""
    counts = Counter(items).most_common()
    shown = [f"{naam} ({n})" for naam, n in counts[:hoogstens]]
    if rest and len(counts) > hoogstens:
        shown.append(f"{len(counts) - hoogstens} andere")
    return opsomming(shown)


def _lijst(items: list[str], hoogstens: int = HOOGSTENS) -> str:
    """``items`` as a Dutch list, the first ``hoogstens`` named and the rest counted."""
    shown = items[:hoogstens] + ([f"{len(items) - hoogstens} andere"] if len(items) > hoogstens else [])
    return opsomming(shown)


def _n(n: int, een: str, meer: str) -> str:
    return f"{n} {een if n == 1 else meer}"


def _steun(rapport: Synthese, kind: str, gebeurde: str, geen: str, bron: str, voorbehoud: str) -> Bevinding:
    """The finding on the period's support events of ``kind`` (``steun_eindigt``, ``steun_naast``): how many times
    what ``gebeurde``, naming each relation and its buurt, or ``geen`` when it never did."""
    namen = Names.of(rapport)
    found = _alle(rapport, kind)
    lijst = _lijst([f"{relatie(x, namen)} in {rapport.buurtnaam(x.buurt)}" for x in found])
    return Bevinding(f"{_n(len(found), 'keer', 'keer')} {gebeurde}: {lijst}." if found else geen, bron, voorbehoud)


# ---- wat brengt een platform ---------------------------------------------------------------------------------------


def brengt(rapport: Synthese) -> list[Bevinding]:
    """What platforms brought: the results achieved in the period, and those recorded after the fact."""
    bereikt = _alle(rapport, "resultaat_bereikt")
    gemeld = [x for x in _alle(rapport, "resultaat_gemeld") if x.row not in {y.row for y in bereikt}]
    houden = _houden_bij(rapport, "resultaten")
    namen = Names.of(rapport)
    if not houden:
        tekst = "Geen van de buurten houdt een resultatenregister bij: wat platforms bereikten, is niet vastgelegd."
    else:
        buurten = {x.buurt for x in bereikt}
        tekst = (
            f"In {_n(len(buurten), 'buurt', 'buurten')} van de {len(houden)} die hun resultaten bijhouden, "
            f"bereikten de platforms in deze periode {_n(len(bereikt), 'resultaat', 'resultaten')}"
        )
        bij = [namen.actor(x.detail["tegenpartij"]) for x in bereikt if x.detail.get("tegenpartij")]
        if bij:
            tekst += f", het vaakst bij {_telling(bij, 2, rest=False)}"
        tekst += "."
        if gemeld:
            onbekend = sum(x.detail.get("bereikt") is None for x in gemeld)
            wanneer = [f"{len(gemeld) - onbekend} vóór deze periode"] if len(gemeld) > onbekend else []
            wanneer += [f"{onbekend} op een onbekende dag"] if onbekend else []
            tekst += (
                f" Daarnaast {'werd' if len(gemeld) == 1 else 'werden'} er {_n(len(gemeld), 'resultaat', 'resultaten')}"
                f" achteraf vastgelegd die niet in deze periode bereikt zijn: {opsomming(wanneer)}."
            )
    return [
        Bevinding(
            tekst,
            "het resultatenregister (resultaten.csv), elk resultaat met zijn eigen bron; per resultaat in ‘Wat "
            "platforms bereikten’ en in de tijdlijnen.",
            "Niet vastgelegd is niet hetzelfde als niets bereikt."
            if not houden
            else _niet_bij(rapport, "resultaten")
            + "Een resultaat zegt niet hoeveel het platform er zelf aan bijdroeg; achteraf vastgelegde resultaten "
            "tellen niet mee in de maand waarin ze bereikt zijn.",
        )
    ]


# ---- wat heeft het nodig -------------------------------------------------------------------------------------------


def nodig(rapport: Synthese) -> list[Bevinding]:
    """What platforms needed: what was asked and refused, support that ended, support given beside the platform,
    and actions that failed because of an institution (verdict rules 6 and 7)."""
    namen = Names.of(rapport)
    found = []
    afgewezen = _alle(rapport, "verzoek_afgewezen")
    stil = _alle(rapport, "verzoek_zonder_reactie")
    if _houden_bij(rapport, "verzoeken"):
        if afgewezen or stil:
            delen = []
            if afgewezen:
                delen.append(
                    f"{_n(len(afgewezen), 'verzoek', 'verzoeken')} afgewezen, door "
                    f"{_telling(namen.actor(x.actors[0]) for x in afgewezen)}"
                )
            if stil:
                delen.append(
                    f"{_n(len(stil), 'verzoek', 'verzoeken')} zonder reactie gesloten, bij "
                    f"{_telling(namen.actor(x.actors[0]) for x in stil)}"
                )
            tekst = "Gevraagd en niet gekregen: " + "; ".join(delen) + "."
        else:
            tekst = "Geen verzoek werd in deze periode afgewezen of zonder reactie gesloten."
        found.append(
            Bevinding(
                tekst,
                "verzoeken.csv (uitkomst en datum van het antwoord); per verzoek in de tijdlijnen.",
                _niet_bij(rapport, "verzoeken")
                + "Waarom een instelling afwees, staat alleen in de gegevens als de begeleider het noteerde.",
            )
        )
    found.append(
        _steun(
            rapport,
            "steun_eindigt",
            "stopte steun, geld of een ruimte voor bewoners",
            "In deze periode stopte geen steun, geld of ruimte voor bewoners.",
            "relaties.csv (steun, geld of ruimte met de datum waarop het stopte); ‘Wat platforms nodig hadden’.",
            "Alleen wat met een einddatum is vastgelegd, telt als gestopt; of iets anders ervoor in de plaats kwam, "
            "staat niet in de gegevens.",
        )
    )
    found.append(
        _steun(
            rapport,
            "steun_naast",
            "begon een instelling steun te geven naast het platform",
            "In deze periode begon geen instelling steun te geven naast het platform.",
            "relaties.csv: steun, geld of ruimte voor een actor die een taak van het platform dubbelt (het kengetal "
            "middelen naast); in de tijdlijnen.",
            "Steun naast het platform is geen steun aan bewoners; of de ontvanger het platform echt dubbelt, weten "
            "de mensen in de buurt.",
        )
    )
    mislukt = [x for x in _alle(rapport, "actie_niet_gedaan") if by_institution(x)]
    if mislukt:
        found.append(
            Bevinding(
                f"{_n(len(mislukt), 'actie', 'acties')} van de platforms {'lukte' if len(mislukt) == 1 else 'lukten'} "
                f"niet door een instelling: {_lijst([titel(x.text, namen) for x in mislukt])}.",
                "de actielijsten (acties.csv, belemmering ‘instelling’ en de reden); in de tijdlijnen.",
                _niet_bij(rapport, "acties")
                + "Het is wat de instelling deed, niet een les van het platform; de reden is zoals de begeleider die "
                "noteerde.",
            )
        )
    found.append(draaglast(rapport))
    return found


def draaglast(rapport: Synthese) -> Bevinding:
    """What carrying a platform cost its volunteers: the pulse only aggregated across buurten
    (:attr:`Synthese.draaglast`, ``docs/privacy.md``) — in the period's last month how many buurten had their pulse
    taken, and of those how many a high load or an incident; in how many months a high load was seen in at least
    :data:`~kit.analysis.measures.load.FEWEST_SHOWN` buurten.  Never which buurten, nor how many keep no pulse (with
    the count of those taken it would tell a count the rule hides)."""
    bron = (
        "draaglast.csv, de maandelijkse peiling van de begeleider, alleen samengeteld over de buurten; per maand in "
        "‘Wat platforms nodig hadden’."
    )
    if not _houden_bij(rapport, "draaglast"):
        return Bevinding(
            "Geen van de buurten houdt de draaglast van zijn vrijwilligers bij: wat het dragen van een platform kost, "
            "is niet vastgelegd.",
            bron,
            "Niet vastgelegd is niet hetzelfde als niet zwaar.",
        )
    laatst = rapport.draaglast[rapport.last]
    hoog = sum(counts["hoog"] is not None for counts in rapport.draaglast.values())
    tekst = (
        f"De draaglast van de vaste vrijwilligers werd in {maand_lang(rapport.last)} in "
        f"{minstens(laatst['gemeten'])} buurten gepeild; in {minstens(laatst['hoog'])} daarvan was de belasting "
        f"hoog (4 of 5 van 5) en in {minstens(laatst['incident'])} werd een drager geïntimideerd of bedreigd. In "
        f"{hoog} van de {len(rapport.months)} maanden van de periode was de belasting in {FEWEST_SHOWN} of meer "
        "buurten hoog."
    )
    niet_alle = len(_houden_bij(rapport, "draaglast")) < len(rapport.met_gegevens)
    return Bevinding(
        tekst,
        bron,
        ("Niet elke buurt houdt de draaglast bij. " if niet_alle else "")
        + f"Aantallen onder de {FEWEST_SHOWN} staan er als ‘minder dan "
        f"{FEWEST_SHOWN}’, en nooit per buurt: de vrijwilligers zijn in een buurt te herkennen. De belasting is het "
        "oordeel van de begeleider.",
    )


# ---- hoe antwoordden instellingen ----------------------------------------------------------------------------------


def antwoorden(rapport: Synthese) -> list[Bevinding]:
    """How institutions answered: the requests of the period and those still open from before, by outcome, and
    what still waited at the end, the longest wait named."""
    houden = _houden_bij(rapport, "verzoeken")
    if not houden:
        return [
            Bevinding(
                "Geen van de buurten houdt zijn verzoeken aan instellingen bij: hoe instellingen antwoordden, is niet "
                "vastgelegd.",
                "verzoeken.csv.",
                "Niet vastgelegd is niet hetzelfde als niet gevraagd.",
            )
        ]
    gedaan = _alle(rapport, "verzoek_gedaan")
    begin = _open(rapport, rapport.open_bij_begin)
    toe = _alle(rapport, "verzoek_toegezegd", "verzoek_deels")
    nagekomen = _alle(rapport, "toezegging_nagekomen")
    tekst = (
        f"Platforms in {_n(len(houden), 'buurt', 'buurten')} deden in deze periode "
        f"{_n(len(gedaan), 'verzoek', 'verzoeken')} aan instellingen"
        + (f"; van eerder {_wachtend(*begin)}" if any(begin) else "")
        + f". Instellingen zegden {len(toe)} keer (gedeeltelijk) toe, wezen {len(_alle(rapport, 'verzoek_afgewezen'))}"
        f" keer af en sloten er {len(_alle(rapport, 'verzoek_zonder_reactie'))} zonder reactie; "
        f"{len(nagekomen)} {'toezegging werd' if len(nagekomen) == 1 else 'toezeggingen werden'} nagekomen."
    )
    found = [
        Bevinding(
            tekst,
            "verzoeken.csv (gevraagd, antwoord, uitkomst, nagekomen); ‘Hoe instellingen antwoordden’ per instelling.",
            _niet_bij(rapport, "verzoeken") + "Het aantal zegt niets over hoe groot of hoe terecht een verzoek was.",
        )
    ]
    found.append(aan_tafel(rapport))
    verzoeken, toezeggingen = _open(rapport, rapport.open_aan_eind)
    if verzoeken or toezeggingen:
        namen = Names.of(rapport)
        tekst = f"Aan het eind van de periode {_wachtend(verzoeken, toezeggingen)}."
        if verzoeken:
            langst = verzoeken[0]
            tekst = tekst[:-1] + (
                f"; daarvan wachtten er {sum(i.overdue for i in verzoeken)} langer dan {OVERDUE_DAYS} dagen. "
                f"Het langst wachtte {rapport.buurtnaam(langst.buurt)} op {namen.actor(langst.institution)}: "
                f"{titel(langst.text, namen)}, {langst.days} dagen."
            )
        found.append(
            Bevinding(
                tekst,
                "verzoeken.csv (verzoeken zonder antwoord en toezeggingen zonder datum van nakomen op de laatste dag "
                "van de periode); in de tijdlijnen als stippellijn.",
                "Een verzoek staat open, en een toezegging niet nagekomen, zolang het antwoord of het nakomen niet is "
                "vastgelegd.",
            )
        )
    return found


def aan_tafel(rapport: Synthese) -> Bevinding:
    """Whether institutions gave platforms a place at their tables: the seats held in the period's last month (the
    figure ``tafels``), offered or asked for, and for each buurt recognised in the period the seats it gained or
    ended since its recognition (:func:`kit.report.synthese.erkenning.seat_changes`): the pilot's question whether a
    recognised platform becomes a *gesprekspartner*."""
    houden = _houden_bij(rapport, "tafels")
    bron = (
        "tafels.csv (tafel, trede, aangeboden of zelf gevraagd, vanaf en tot); per buurt in ‘Voor en na de "
        "erkenning’ en in de tijdlijnen."
    )
    if not houden:
        return Bevinding(
            "Geen van de buurten houdt zijn plekken aan bestuurlijke tafels bij: of platforms gesprekspartner werden, "
            "is niet vastgelegd.",
            bron,
            "Niet vastgelegd is niet hetzelfde als geen plek aan tafel.",
        )
    seats = pd.concat([seat_rows(rapport.data, b, rapport.last) for b in houden])
    aangeboden = len(offered(seats))
    wie = (
        "had de buurt die haar plekken aan tafel bijhoudt er"
        if len(houden) == 1
        else f"hadden de {len(houden)} buurten die hun plekken aan tafel bijhouden er samen"
    )
    tekst = (
        f"In {maand_lang(rapport.last)} {wie} {_n(len(seats), 'plek', 'plekken')} aan tafels van de gemeente of "
        f"instellingen: {aangeboden} aangeboden, {len(seats) - aangeboden} zelf gevraagd."
    )
    namen = Names.of(rapport)
    veranderd = []
    for b in rapport.erkenningen:
        if b in houden and b not in rapport.zonder_voor:
            delen = [
                f"{'kreeg' if x.kind == 'tafel_begonnen' else 'verloor'} een plek bij {titel(x.text, namen)} "
                f"({TREDE[x.detail['rol']]}) in {maand_lang(x.month)}"
                for x in seat_changes(rapport, b)
            ]
            veranderd.append(
                f"{rapport.buurtnaam(b)} {opsomming(delen)}" if delen else f"bij {rapport.buurtnaam(b)} niets"
            )
    if veranderd:
        tekst += f" Sinds hun erkenning in deze periode: {'; '.join(veranderd)}."
    return Bevinding(
        tekst,
        bron,
        _niet_bij(rapport, "tafels")
        + "Een plek aan tafel zegt niet wat het platform daar kon inbrengen; of een verandering door de erkenning "
        "komt, zeggen deze gegevens niet.",
    )


def _open(rapport: Synthese, items: dict[str, list[OpenItem]]) -> tuple[list[OpenItem], list[OpenItem]]:
    """The open requests and the unkept promises of every buurt in ``items``, each longest waiting first."""
    every = sorted((item for b in rapport.buurten for item in items[b]), key=lambda i: -i.days)
    return [i for i in every if i.kind == "verzoek"], [i for i in every if i.kind == "toezegging"]


def _wachtend(verzoeken: list[OpenItem], toezeggingen: list[OpenItem]) -> str:
    """``wachtten er 4 verzoeken op antwoord en waren 2 toezeggingen nog niet nagekomen``, naming only what is."""
    delen = [f"wachtten er {_n(len(verzoeken), 'verzoek', 'verzoeken')} op antwoord"] if verzoeken else []
    if toezeggingen:
        delen.append(
            f"{'was' if len(toezeggingen) == 1 else 'waren'} "
            f"{_n(len(toezeggingen), 'toezegging', 'toezeggingen')} nog niet nagekomen"
        )
    return " en ".join(delen)


# ---- waar bouwden instellingen iets naast het platform -------------------------------------------------------------


def naast(rapport: Synthese) -> list[Bevinding]:
    """Where institutions built something beside the platform: the parallel infrastructures of the period, who set
    them up, which appeared, which were resolved and how."""
    namen = Names.of(rapport)
    lopend = [(b, ep) for b in rapport.buurten for ep in rapport.episodes[b] if ep.begin <= rapport.last]
    if not lopend:
        tekst = "In de vastgelegde actoren en relaties stond er in deze periode nergens iets naast het platform."
    else:
        bovenaf = rapport.data.actoren.set_index("id")["herkomst"]
        wie = [  # a parallel infrastructure has at least one actor set up from above: who built it
            f"{opsomming([namen.actor(a) for a in ep.actoren if bovenaf.get(a) == 'bovenaf'])} "
            f"in {rapport.buurtnaam(b)}"
            for b, ep in lopend
        ]
        verschenen = len(_alle(rapport, "parallel_verschenen"))
        opgelost = _alle(rapport, "parallel_opgelost")
        samen = sum(x.detail.get("hoe") == "samenwerking" for x in opgelost)
        tekst = (
            f"In {_n(len({b for b, _ in lopend}), 'buurt', 'buurten')} stond er in deze periode iets naast het "
            f"platform: {_lijst(wie)}. {verschenen} {'verscheen' if verschenen == 1 else 'verschenen'} in de periode"
            f", {len(opgelost)} {'werd' if len(opgelost) == 1 else 'werden'} opgelost"
            + (f" ({_hoe(samen, len(opgelost) - samen)})" if opgelost else "")
            + "."
        )
    return [
        Bevinding(
            tekst,
            "actoren.csv en relaties.csv: twee actoren met dezelfde taak in de buurt die niet echt samenwerken "
            "(het kengetal parallelle infrastructuren); ‘Parallelle infrastructuren: gekomen en gegaan’.",
            "Zo ziet de kit het in de vastgelegde relaties; of het dubbel werk is, weten de mensen in de buurt. Wat "
            "er vanaf de eerste maand van de gegevens was, kan al eerder zijn begonnen.",
        )
    ]


def _hoe(samen: int, gestopt: int) -> str:
    """How the resolved parallel infrastructures were resolved, naming only what happened."""
    delen = [f"{samen} doordat de partijen echt gingen samenwerken"] if samen else []
    delen += [f"{gestopt} doordat een van beide stopte"] if gestopt else []
    return opsomming(delen)


#: The pilot's questions, in order, and the findings that answer each.
VRAGEN: tuple[tuple[str, Callable[[Synthese], list[Bevinding]]], ...] = (
    ("Wat brengt een platform?", brengt),
    ("Wat heeft een platform nodig?", nodig),
    ("Hoe antwoordden instellingen?", antwoorden),
    ("Waar bouwden instellingen iets naast het platform?", naast),
)


def bevinding_html(b: Bevinding) -> str:
    """A finding as HTML: its sentence, then its evidence and its caution on a line each."""
    return (
        f'<div class="bevinding"><p>{e(b.tekst)}</p>'
        f'<p class="bron"><strong>Bron:</strong> {e(b.bron)}</p>'
        f'<p class="kanttekening"><strong>Let op:</strong> {e(b.voorbehoud)}</p></div>'
    )


def render(rapport: Synthese) -> Html:
    """The pilot's questions, each with its findings."""
    parts = [
        f"<p>{e(len(rapport.met_gegevens))} van de {e(len(rapport.buurten))} proeftuinbuurten "
        f"{'heeft' if len(rapport.met_gegevens) == 1 else 'hebben'} gegevens over "
        f"{e(rapport.periode)}. Per vraag van de proeftuin wat die gegevens zeggen, waar het vandaan komt en wat ze "
        "niet zeggen.</p>"
    ]
    for vraag, bevindingen in VRAGEN:
        parts.append(f"<h3>{e(vraag)}</h3>")
        parts += [bevinding_html(b) for b in bevindingen(rapport)]
    return Html("".join(parts))


SECTIE = Sectie(render, kop="Bestuurlijke samenvatting")
