"""The intervision sheet (*intervisieblad*, the overview of all pilot buurten for the monthly intervision,
``notebooks/overzicht.ipynb``): its context and its sections, in order.

The main part is what the facilitator reads to prepare the meeting: page 1
with a row per buurt and three points for the agenda, then the institutions'
mirror.  Every figure side by side, the trends and the other tables are the
appendix (``deel`` :data:`~kit.report.sectie.BIJLAGE`).

The notebook shows the sections with a cell per part, ``toon(overzicht, "tabel", "trends", …)``
(:mod:`kit.report.sectie`).  What the overview counts across buurten is
computed in :mod:`kit.analysis.pilot`, in tables it shares with the synthesis
(:mod:`kit.report.proeftuin`).
"""

from __future__ import annotations

from kit.report import colofon
from kit.report.sectie import Secties

from . import (
    agenda,
    belemmeringen,
    buurten,
    lessen,
    open_afspraken,
    parallel,
    spiegel,
    tabel,
    titel,
    trends,
    voorzitters,
)
from .rapport import Overzicht

#: The sections in the order of the report.
SECTIES: Secties[Overzicht] = Secties(
    "overzicht",
    titel,
    buurten,
    agenda,
    spiegel,
    tabel,
    trends,
    parallel,
    belemmeringen,
    voorzitters,
    lessen,
    open_afspraken,
    colofon,
)
toon = SECTIES.toon

__all__ = ["SECTIES", "Overzicht", "toon"]
