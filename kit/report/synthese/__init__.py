"""The synthesis of the pilot over a period of months (``notebooks/synthese.ipynb``): what did we learn?

The monthly reports answer "how are we doing"; the synthesis is for the
pilot's partners — a member of the stadsdeelcommissie deciding on
recognition, the gemeenteraad writing a verordening — and reads as a story
for someone who knows no network analysis.  It opens with a bestuurlijke
samenvatting (at most two pages: the pilot's questions, each finding with
its evidence and its caution), then a timeline per buurt with data, the
recognition decisions and which data each buurt keeps; then the sections
that explain the findings (results, resources, answers, before and after
recognition as questions, parallel infrastructures, the action-learning
loop) and one page per buurt with data.  The
notebook shows the sections in order with one call, ``toon(synthese, "titel", "samenvatting", …)``
(:mod:`kit.report.sectie`); the context is :mod:`.rapport`.
"""

from __future__ import annotations

from kit.report import colofon
from kit.report.sectie import Secties

from . import (
    actielijsten,
    belemmeringen,
    bereikt,
    besluiten,
    dekking,
    erkenning,
    instellingen,
    intervisieafspraken,
    lessen,
    nodig,
    parallel,
    per_buurt,
    samenvatting,
    tijdlijn,
    titel,
    werkwijze,
)
from .rapport import Synthese

#: The sections in the order of the report.
SECTIES: Secties[Synthese] = Secties(
    "synthese",
    titel,
    samenvatting,
    tijdlijn,
    besluiten,
    dekking,
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
