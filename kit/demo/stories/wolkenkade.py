"""Wolkenkade: residents set up a buurtbudgetcommissie in May and fund initiatives themselves,
together with the stadsdeel.
"""

from __future__ import annotations

from ..model import Buurt, G, N, O, Story


def buurtbudget(b: Buurt) -> None:
    """Residents set up a buurtbudgetcommissie in May and fund initiatives.

    The stadsdeel funds the commissie and decides with it (coördineren): its
    own buurtbudget function is no parallel process here.
    """
    rng, plat = b.rng, b.platform
    commissie = b.actor(
        "budget",
        f"Buurtbudgetcommissie {b.story.naam}",
        "bewonersinitiatief",
        "onderop",
        "0",
        ("buurtbudget",),
        vanaf=5,
    )
    b.rel(plat, commissie, "samenwerking", 4)
    b.rel(b.find("vlonder"), commissie, "financiering")
    b.rel(b.find("sd"), commissie, "financiering", vanaf=6)
    b.rel(b.find("sd"), commissie, "samenwerking", 3, toelichting="Stadsdeel en commissie verdelen het budget samen")
    for ini in rng.sample([a for a in b.initiatives() if a is not commissie], 3):
        b.rel(commissie, ini, "financiering", vanaf=rng.randint(6, 9))
    b.activity(6, rng.randint(10, 20), "bewonersbijeenkomst", [plat, commissie], toelichting="Stemavond buurtbudget")


STORY = Story(
    id="wolkenkade",
    code="wk",
    naam="Wolkenkade",
    stadsdeel="Morgenland",
    start=1,
    platform="Buurtplatform Wolkenkade",
    herkomst="onderop",
    commissies=5,
    initiatieven=10,
    professionals=4,
    sleutelfiguren=("ja", "nee"),
    ruggengraat=0.6,
    bundeling=0.5,
    terugkoppeling=0.7,
    nieuw=0.15,
    dubbel=2,
    kloof=1,
    activiteiten=(4, 4, 5, 5, 5, 6, 4, 4, 5, 6, 6, 5),
    acties=(G, G, G, O, O, N),
    maatlat=(3, 4),
    kenmerken=(buurtbudget,),
    resultaten=(
        (
            6,
            30,
            "Bewoners verdeelden het buurtbudget zelf",
            "bestuur",
            "sd",
            ("budget",),
            25000,
            "euro",
            "Verslag stemavond en besluit stadsdeel Morgenland",
        ),
        (
            9,
            10,
            "Negen bewonersinitiatieven gefinancierd",
            "sociaal",
            "",
            ("budget",),
            9,
            "stuks",
            "Overzicht buurtbudgetcommissie september",
        ),
    ),
    afspraken=((5, "Draaiboek van de stemavond delen met de andere buurten", "gedaan", 7, (6, 26), "", ""),),
)
