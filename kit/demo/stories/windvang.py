"""Windvanghof: a thousand flowers: many small initiatives, a thin platform; the platform's own
buurtbudget pot runs beside the stadsdeel's buurtbudget.
"""

from __future__ import annotations

import datetime as dt

from ..model import YEAR, Buurt, G, N, O, Story
from .common import ruimtegebrek


def potjes(b: Buurt) -> None:
    """The platform starts its own buurtbudget pot in April; the stadsdeel keeps its own round beside it.

    The stadsdeel funds initiatives directly from June and only knows the
    pot (netwerken): the parallel infrastructure of version 2, a stadsdeel-wide
    actor holding the buurt's buurtbudget function beside the platform's.
    """
    rng, plat, sd = b.rng, b.platform, b.find("sd")
    pot = b.actor("pot", f"Buurtpot {b.story.naam}", "bewonersinitiatief", "onderop", "0", ("buurtbudget",), vanaf=4)
    b.rel(plat, pot, "samenwerking", 5, toelichting="De buurtpot is een werkgroep van het platform")
    initiatives = b.initiatives()
    for ini in rng.sample(initiatives, 4):
        b.rel(pot, ini, "financiering", vanaf=rng.randint(4, 8))
    for ini in rng.sample(initiatives, 2):
        b.rel(sd, ini, "financiering", vanaf=6, toelichting="Eigen buurtbudgetronde van het stadsdeel")
    b.rel(sd, pot, "samenwerking", 1, vanaf=6, toelichting="Het stadsdeel houdt een eigen ronde; de pot hoort ervan")
    b.request(
        sd,
        "Eén buurtbudgetronde samen met de buurtpot",
        dt.date(YEAR, 7, 3),
        "afgewezen",
        antwoord=dt.date(YEAR, 8, 21),
        toelichting="Het stadsdeel houdt vast aan één ronde voor het hele stadsdeel",
    )


STORY = Story(
    id="windvang",
    code="wh",
    naam="Windvanghof",
    stadsdeel="Noorderkim",
    start=1,
    platform="Buurtplatform Windvang",
    herkomst="onderop",
    commissies=2,
    initiatieven=18,
    professionals=3,
    sleutelfiguren=("", "nee"),
    ruggengraat=0.5,
    bundeling=0.2,
    terugkoppeling=0.6,
    nieuw=0.15,
    dubbel=1,
    kloof=0,
    activiteiten=(6, 6, 7, 7, 7, 7, 5, 5, 7, 7, 7, 6),
    acties=(G, G, G, O, N),
    maatlat=(3, 3),
    kenmerken=(potjes, ruimtegebrek),
    resultaten=(
        (
            10,
            17,
            "Buurtpot steunde 23 kleine initiatieven",
            "sociaal",
            "",
            ("pot",),
            11500,
            "euro",
            "Jaaroverzicht van de buurtpot",
        ),
    ),
)
