"""Zonnedauwkwartier: a young platform (from March) that grows month by month, recognised only in
July; of two newcomers the facilitator does not know yet who started them.
"""

from __future__ import annotations

from ..model import Buurt, G, O, Story
from .common import ruimtegebrek


def onbekend(b: Buurt) -> None:
    """Two newcomers the facilitator cannot place yet.

    A foundation with paid staff (October) of which nobody knows yet who
    started it, nor whether its people work as first-line professionals
    (``herkomst`` onbekend, ``lijn`` empty), and a garden (November) started
    by someone unknown (``herkomst`` onbekend).
    """
    plat, rng = b.platform, b.rng
    stichting = b.actor(
        "samen",
        f"Stichting Samen {b.story.naam}",
        "maatschappelijke_organisatie",
        "onbekend",
        "",
        ("activiteiten", "jongeren"),
        vanaf=10,
    )
    b.rel(plat, stichting, "samenwerking", 2)
    b.rel(stichting, rng.choice(b.initiatives()), "samenwerking", 2)
    tuin = b.actor(
        "tuin", "Buurtmoestuin De Dauw", "bewonersinitiatief", "onbekend", "0", ("groen_en_schoon",), vanaf=11
    )
    b.rel(plat, tuin, "samenwerking", 1)


STORY = Story(
    id="zonnedauw",
    code="zk",
    naam="Zonnedauwkwartier",
    stadsdeel="Westerduin",
    start=3,
    platform="Platform Zonnedauw",
    herkomst="onderop",
    commissies=3,
    initiatieven=8,
    professionals=3,
    sleutelfiguren=("ja",),
    ruggengraat=0.7,
    bundeling=0.5,
    terugkoppeling=0.6,
    nieuw=0.75,
    dubbel=1,
    kloof=1,
    activiteiten=(0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5),
    acties=(G, G, G, O, O),
    maatlat=(2, 4),
    oordeel=1,
    erkend=7,
    kenmerken=(onbekend, ruimtegebrek),
    resultaten=(
        (
            9,
            16,
            "Eerste buurtbudget voor het platform",
            "bestuur",
            "sd",
            (),
            8000,
            "euro",
            "Besluit stadsdeel Westerduin, 16 september",
        ),
        (
            11,
            22,
            "Speelplek achter de flats opgeknapt",
            "openbare_ruimte",
            "thuishaven",
            ("bc1",),
            450,
            "m2",
            "Opleveringsbrief Thuishaven, 22 november",
        ),
    ),
    afspraken=((3, "Maatje uit een ervaren buurt uitnodigen voor het platformoverleg", "gedaan", 4, (4, 24), "", ""),),
)
