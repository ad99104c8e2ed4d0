"""The overview of all pilot buurten for the intervision meeting (``notebooks/overzicht.ipynb``): its context and
its sections, in order.

The notebook shows each section with one cell, ``toon(overzicht, "tabel")``
(:mod:`kit.report.sectie`).  What the overview counts across buurten is
computed in :mod:`kit.analysis.pilot`, in tables it shares with the synthesis
(:mod:`kit.report.proeftuin`).
"""

from __future__ import annotations

from kit.report import colofon
from kit.report.sectie import Secties

from . import belemmeringen, instellingen, lessen, open_afspraken, parallel, tabel, titel, trends, voorzitters
from .rapport import Overzicht

#: The sections in the order of the report.
SECTIES: Secties[Overzicht] = Secties(
    "overzicht",
    titel,
    tabel,
    trends,
    parallel,
    instellingen,
    belemmeringen,
    voorzitters,
    lessen,
    open_afspraken,
    colofon,
)
toon = SECTIES.toon

__all__ = ["SECTIES", "Overzicht", "toon"]
