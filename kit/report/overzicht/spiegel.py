"""Spiegel voor instellingen: per institution across buurten, how it answered, what it does beside the platform, and
which seats it offered at its tables and what came of the agreements it made in dialogues.

The rows are :func:`kit.analysis.mirror.mirror` from the start of the data to
the end of the month, the function the synthesis reads over its period; the
synthesis shows the same first two tables (:func:`verzoeken`, :func:`naast`).
Refusals and requests closed without a reaction are columns of their own; the
seats and agreements of contract version 4 are a third table
(:func:`aan_tafel`), so that each table keeps to the landscape page.  A
mirror, not a ranking: institutions by the number of buurten they concern,
then by name (:func:`kit.analysis.mirror.by_buurten`), no score.
"""

from __future__ import annotations

from kit.analysis.catalogue.fourth import TREDE
from kit.analysis.mirror import MirrorRow, by_buurten, mirror, parallel_months
from kit.analysis.registers import kept
from kit.data.contract import ROL
from kit.dutch import geheel, getal, leeg
from kit.report.context import Rapport
from kit.report.html import Html, e, kop_tabel
from kit.report.overzicht.rapport import Overzicht
from kit.report.proeftuin import van
from kit.report.sectie import Sectie
from kit.report.words import maand_lang, meervoud


def _gevraagd(r: MirrorRow) -> str:
    return geheel(r.gevraagd) + (f" <small>+{r.eerder} van eerder</small>" if r.eerder else "")


def verzoeken(rows: list[MirrorRow], rapport: Rapport) -> str:
    """The requests asked of each institution and what came of them: refusals and non-answers their own columns."""
    asked = [r for r in rows if r.gevraagd or r.eerder]
    if not asked:
        return "<p>De platforms deden nog geen verzoeken aan instellingen (of ze staan niet in de gegevens).</p>"
    cells = [
        [
            e(rapport.naam_van(r.institution)),
            geheel(len(r.vragers)),
            _gevraagd(r),
            geheel(r.toegezegd),
            geheel(r.afgewezen),
            geheel(r.zonder_reactie),
            geheel(r.open),
            "–" if leeg(r.antwoordtijd) else getal(r.antwoordtijd, 1, strip=True),
            van(r.nagekomen, r.toezeggingen),
        ]
        for r in asked
    ]
    return kop_tabel(
        "Verzoeken en toezeggingen",
        [
            "Instelling",
            "Uit buurten",
            "Gevraagd",
            "Toegezegd (ook deels)",
            "Afgewezen",
            "Zonder reactie gesloten",
            "Nog open",
            "Dagen tot antwoord (mediaan)",
            "Toezeggingen nagekomen",
        ],
        cells,
        getallen={1, 2, 3, 4, 5, 6, 7, 8},
        klasse="instellingen",
    )


def _parallel(r: MirrorRow) -> str:
    if not r.parallel:
        return "0"
    return f"{len(r.parallel)} <small>({meervoud(parallel_months(r), 'maand', 'maanden')})</small>"


def naast(rows: list[MirrorRow], rapport: Rapport) -> str:
    """What each institution does beside the platforms: parallel infrastructures it runs, information it only
    collects, recruiting where it brings nothing, support beside the platform, resources it ended."""
    beside = [r for r in rows if r.parallel or r.informatie or r.werving or r.naast or r.beeindigd]
    if not beside:
        return "<p>Geen instelling staat met iets naast een platform in de gegevens.</p>"
    cells = [
        [
            e(rapport.naam_van(r.institution)),
            _parallel(r),
            geheel(len(r.informatie)),
            geheel(len(r.werving)),
            geheel(len(r.naast)),
            geheel(len(r.beeindigd)),
        ]
        for r in beside
    ]
    return kop_tabel(
        "Naast het platform",
        [
            "Instelling",
            "Parallelle infrastructuur (hoe lang)",
            "Haalt informatie op zonder terug te koppelen",
            "Werft bij bewonersgroepen zonder iets te brengen",
            "Steun naast het platform",
            "Steun beëindigd",
        ],
        cells,
        getallen={1, 2, 3, 4, 5},
        klasse="instellingen",
    )


def _trede(r: MirrorRow) -> str:
    if not r.plekken:
        return "–"
    highest = max(r.plekken.values())
    return f"{TREDE[ROL[highest - 1]]} <small>({highest} van 6)</small>"


def _afspraken(r: MirrorRow) -> str:
    return geheel(r.afspraken) + (f" <small>+{r.afspraken_eerder} van eerder</small>" if r.afspraken_eerder else "")


def aan_tafel(rows: list[MirrorRow], rapport: Rapport) -> str:
    """The seats each institution offered at its tables (how many, the highest rung, invited or asked for, ended)
    and the agreements it made in dialogues (kept, dropped, past their deadline); a line saying in how many buurten
    seats and dialogues are recorded, so that an empty table is not read as "none"."""
    keeping = sum(1 for b in rapport.buurten if kept(rapport.data, b)["tafels"] or kept(rapport.data, b)["dialogen"])
    if not keeping:
        return "<p>Plekken aan tafel en gesprekken met instellingen zijn in geen buurt vastgelegd.</p>"
    waar = (
        f"<p>Plekken aan tafel en gesprekken worden vastgelegd in {keeping} van de {len(rapport.buurten)} buurten.</p>"
    )
    seated = [r for r in rows if r.plekken or r.afspraken or r.afspraken_eerder]
    if not seated:
        return waar + "<p>Daar bood geen instelling een plek aan tafel aan of maakte ze afspraken in een gesprek.</p>"
    cells = [
        [
            e(rapport.naam_van(r.institution)),
            geheel(len(r.plekken)),
            _trede(r),
            geheel(len(r.uitgenodigd)),
            geheel(len(r.plekken) - len(r.uitgenodigd)),
            geheel(len(r.plekken_gestopt)),
            _afspraken(r),
            geheel(r.afspraken_nagekomen),
            geheel(r.afspraken_vervallen),
            geheel(r.afspraken_te_laat),
        ]
        for r in seated
    ]
    return kop_tabel(
        "Aan tafel en afspraken",
        [
            "Instelling",
            "Plekken aan haar tafels",
            "Hoogste trede",
            "Op uitnodiging",
            "Zelf gevraagd",
            "Plek gestopt",
            "Afspraken in gesprekken",
            "Nagekomen",
            "Vervallen",
            "Over de termijn",
        ],
        cells,
        uitleg=waar,
        getallen={1, 3, 4, 5, 6, 7, 8, 9},
        klasse="instellingen",
    )


UITLEG = (
    "“Uit buurten”: uit hoeveel buurten de verzoeken kwamen. “Zonder reactie gesloten”: het "
    "platform sloot het verzoek omdat er nooit antwoord kwam. “Dagen tot antwoord”: de helft van de antwoorden "
    "(ook afwijzingen) kwam binnen zoveel dagen. “Parallelle infrastructuur”: de instelling is de van bovenaf "
    "opgezette kant van een paar dat dezelfde taak heeft als bewoners, zonder echt samen te werken; tussen haakjes "
    "in hoeveel maanden samen. “Haalt informatie op”: bewonersgroepen die de instelling alleen informatie geven. "
    "“Werft”: bewonersgroepen waar de instelling mensen werft en die van niemand steun, geld of een ruimte "
    "krijgen. “Steun naast het platform”: geld, steun of een ruimte voor iets wat naast het platform staat. "
    "“Steun beëindigd”: geld, steun of een ruimte voor bewoners die in deze periode afliep."
)


#: How to read :func:`aan_tafel`: the sheet's alone (the synthesis does not show that table).
UITLEG_TAFEL = (
    "“Plekken aan haar tafels”: plekken die een actor van een buurt (meestal het platform) in deze periode had aan "
    "een tafel die de instelling belegt; een plek die van rol verandert, telt als een gestopte en een nieuwe. "
    "“Hoogste trede”: de hoogste trede op de participatieladder, van geïnformeerd (1) tot zelfbeherend (6). "
    "“Op uitnodiging” of “Zelf gevraagd”: of de instelling de plek aanbood of het platform erom moest vragen. "
    "“Afspraken in gesprekken”: wat de instelling toezegde in een gesprek met de buurt; “Over de termijn”: nog "
    "niet nagekomen terwijl de afgesproken datum voorbij is."
)


def render(rapport: Overzicht) -> Html:
    """The three tables of the mirror over everything up to the end of the month, and how to read them."""
    rows = by_buurten(mirror(rapport.data, None, rapport.month), rapport.naam_van)
    return Html(
        f"<p>Per instelling, over alle buurten, van het begin van de gegevens tot en met "
        f"{e(maand_lang(rapport.month))}. Een spiegel, geen rangorde: instellingen staan op het aantal buurten, "
        "waarin ze voorkomen, dan op naam.</p>"
        + verzoeken(rows, rapport)
        + naast(rows, rapport)
        + aan_tafel(rows, rapport)
        + f"<p><small>{e(UITLEG)} {e(UITLEG_TAFEL)}</small></p>"
    )


SECTIE = Sectie(render, kop="Spiegel voor instellingen", nieuwe_pagina=True)
