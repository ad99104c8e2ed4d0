"""The synthesis of the pilot over a period of months (``notebooks/synthese.ipynb``): what did we learn?

The monthly reports answer "how are we doing"; the synthesis is for the
pilot's partners — the stadsdeelcommissies, the gemeenteraad writing a
verordening — and reads as a story for someone who knows no network
analysis: what platforms achieved and needed, how institutions answered,
what changed after recognition, which parallel infrastructures came and
went, what the action-learning loop taught; then one page per buurt.  The
notebook shows each section with one cell, ``toon(synthese, "kort")``
(:mod:`kit.report.sectie`); the context is :mod:`.rapport`.
"""

from __future__ import annotations

from kit.report import colofon
from kit.report.sectie import Secties

from . import (
    actielijsten,
    belemmeringen,
    bereikt,
    erkenning,
    instellingen,
    intervisieafspraken,
    kort,
    lessen,
    nodig,
    parallel,
    per_buurt,
    titel,
    werkwijze,
)
from .rapport import Synthese

#: The sections in the order of the report.
SECTIES: Secties[Synthese] = Secties(
    "synthese",
    titel,
    kort,
    bereikt,
    nodig,
    instellingen,
    erkenning,
    parallel,
    actielijsten,
    belemmeringen,
    intervisieafspraken,
    lessen,
    per_buurt,
    werkwijze,
    colofon,
)
toon = SECTIES.toon

__all__ = ["SECTIES", "Synthese", "toon"]
