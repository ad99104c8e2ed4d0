"""The monthly report of one buurt (``notebooks/maandrapport.ipynb``): its context and its sections, in order.

The notebook shows each section with one cell, ``toon(rapport, "bereikt")``
(:mod:`kit.report.sectie`); each section is a module of this package with
its heading and its ``render``; the context (:mod:`.rapport`) holds the
buurt's data and figures for all of them.
"""

from __future__ import annotations

from kit.report import colofon
from kit.report.sectie import Secties

from . import (
    acties,
    belevingsverschillen,
    bereikt,
    draagt,
    gevraagd,
    intervisie,
    maatlat,
    netwerkkaart,
    parallel,
    patronen,
    positie,
    samenvatting,
    titel,
    verbinders,
    verbindingskaart,
    vindplaatsen,
    zone,
)
from .rapport import Maandrapport

#: The sections in the order of the report.
SECTIES: Secties[Maandrapport] = Secties(
    "maandrapport",
    titel,
    samenvatting,
    bereikt,
    gevraagd,
    draagt,
    netwerkkaart,
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
