"""The title: the month, how many buurten take part, what the sheet holds, the month's intervision session, and the
carriers' load across buurten, only aggregated (:mod:`kit.report.overzicht.draaglast`)."""

from __future__ import annotations

from kit.analysis.events import intervision_events
from kit.report.html import Html, e
from kit.report.overzicht import draaglast
from kit.report.overzicht.rapport import Overzicht
from kit.report.sectie import Sectie
from kit.report.titel import titel
from kit.report.words import datum_tekst, maand_lang, meervoud


def intervisie(rapport: Overzicht) -> str:
    """The month's session(s), a sentence each: day, chair, how many buurten; a month without a session row says
    none was recorded (not that none took place), as the brief and the synthesis say.  The theme, lessons and
    agreements are in the appendix (``lessen``), whole: a theme shortened to fit here could cut a pseudonym's
    buurt off."""
    found = intervision_events(rapport.data, rapport.month)
    if not found:
        return f"Voor {maand_lang(rapport.month)} is geen intervisiebijeenkomst vastgelegd."
    return " ".join(
        f"Intervisie op {datum_tekst(x.day)}, voorgezeten door {rapport.buurtnaam(x.detail['voorzitter'])}, met "
        f"{meervoud(len(x.detail.get('aanwezig', ())), 'buurt', 'buurten')}; thema, lessen en afspraken in de bijlage."
        for x in found
    )


def render(rapport: Overzicht) -> Html:
    """The title, the fictitious-data note, what the sheet holds, how many buurten take part, the session and the
    carriers' load."""
    gestart = [b for b in rapport.buurten if rapport.doet_mee(b)]
    return Html(
        titel(rapport, "Intervisieblad proeftuinbuurten", maand_lang(rapport.month).capitalize(), "in dit blad")
        + f"<p>Per buurt wat er nieuw is, wat bij instellingen wacht en hoe actueel de gegevens zijn; dan "
        f"voorstellen voor de agenda en de spiegel voor instellingen. Alle kengetallen staan in de bijlage. "
        f"{len(gestart)} van de {len(rapport.buurten)} buurten doen deze maand mee. {e(intervisie(rapport))} "
        f"{draaglast.zin(rapport)}</p>"
    )


SECTIE = Sectie(render, altijd=True)
