"""What did not fit in the buurtbrief: every list the brief cut to its bound, here in full.

The brief counts what it leaves out in a sentence that names the heading here
(:mod:`.grenzen`): "En nog 7 gebeurtenissen: zie de bijlage, ‘Alle
gebeurtenissen van de maand’".  A list the brief showed whole is not
repeated.  Also in a month the buurt does not take part in, since the brief
shows its events then too.
"""

from __future__ import annotations

from kit.report.html import Html, e
from kit.report.maandrapport import deze_maand, grenzen, openstaat, schuurt, tafel
from kit.report.maandrapport.rapport import Maandrapport
from kit.report.sectie import BIJLAGE, Sectie

#: The brief's sections that cut a list, with the heading of their full list here.
INGEKORT = (
    (grenzen.ALLE_GEBEURTENISSEN, deze_maand),
    (grenzen.ALLES_OPEN, openstaat),
    (grenzen.ALLES_SCHUURT, schuurt),
    (grenzen.ALLES_AAN_TAFEL, tafel),
)


def render(rapport: Maandrapport) -> Html:
    """Each list the brief cut, in full under its heading; or that the brief left nothing out."""
    parts = [f"<h3>{e(kop)}</h3>{sectie.alles(rapport)}" for kop, sectie in INGEKORT if sectie.weggelaten(rapport)]
    if not parts:
        return Html("<p>De buurtbrief van deze maand liet niets weg: alles staat erin.</p>")
    return Html("".join(parts))


SECTIE = Sectie(render, kop="Wat niet in de buurtbrief paste", deel=BIJLAGE, altijd=True)
