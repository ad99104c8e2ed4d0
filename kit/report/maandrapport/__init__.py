"""The monthly report of one buurt (``notebooks/maandrapport.ipynb``): its context and its sections, in order.

Two parts (:data:`kit.report.sectie.DELEN`): the **buurtbrief** (``hoofd``),
what a platform receives as its PDF — what happened this month, what waits at
institutions, where it chafes, what to discuss, at which tables it sits, the network map, and
where the rest is — and the **bijlage**, every figure and the background for the
facilitator.  The HTML holds both; the platform's PDF prints the brief, the
appendix PDF (``proeftuin render --bijlage``) the appendix.

The notebook shows the sections with a cell per part, ``toon(rapport, "bijlage", "samenvatting", …)``
(:mod:`kit.report.sectie`); each section is a module of this package with
its heading and its ``render``; the context (:mod:`.rapport`) holds the
buurt's data and figures for all of them.
"""

from __future__ import annotations

from kit.report.sectie import Secties

from . import (
    acties,
    belevingsverschillen,
    bereikt,
    bespreken,
    bijlage,
    colofon,
    deze_maand,
    draaglast,
    draagt,
    gevraagd,
    intervisie,
    maatlat,
    netwerkkaart,
    openstaat,
    parallel,
    patronen,
    positie,
    rest,
    samenvatting,
    schuurt,
    tafel,
    titel,
    verbinders,
    verbindingskaart,
    vindplaatsen,
    volledig,
    zone,
)
from .rapport import Maandrapport

#: The sections in the order of the report.
SECTIES: Secties[Maandrapport] = Secties(
    "maandrapport",
    titel,
    deze_maand,
    openstaat,
    schuurt,
    bespreken,
    tafel,
    rest,
    netwerkkaart,
    bijlage,
    volledig,
    samenvatting,
    bereikt,
    gevraagd,
    draagt,
    draaglast,
    patronen,
    parallel,
    belevingsverschillen,
    verbinders,
    zone,
    vindplaatsen,
    verbindingskaart,
    acties,
    maatlat,
    positie,
    intervisie,
    colofon,
)
toon = SECTIES.toon

__all__ = ["SECTIES", "Maandrapport", "toon"]
