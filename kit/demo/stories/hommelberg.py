"""Hommelberg: two residents' groups compete for the buurt, with one key person as the only bridge
between them, and make peace in September.
"""

from __future__ import annotations

from ..model import Buurt, G, N, O, Story, V


def rivalen(b: Buurt) -> None:
    """A second residents' group claims the buurt; peace comes in September.

    Both groups hold meetings and a newsletter (an onderop duplication, not a
    parallel infrastructure).  Until September the Bewonersraad and its two
    working groups reach the rest of the buurt only through one key person who
    sits in both; from September the groups organise together, as the
    welfare worker who mediated tells it (a third party's account).
    """
    rng, plat = b.rng, b.platform
    s = b.story
    raad = b.actor(
        "raad",
        f"Bewonersraad {s.naam}",
        "bewonersinitiatief",
        "onderop",
        "0",
        ("bewonersbijeenkomst", "informatievoorziening", "belangenbehartiging"),
    )
    groepen = [
        b.actor("verkeer", f"Werkgroep Verkeer {s.naam}", "bewonersinitiatief", "onderop", "0", ("veiligheid",)),
        b.actor("senioren", "Seniorenclub De Hommel", "vereniging", "onderop", "0", ("ouderen", "activiteiten")),
    ]
    for groep in groepen:
        b.rel(raad, groep, "samenwerking", 3)
        b.rel(raad, groep, "werving")
    b.rel(groepen[0], groepen[1], "samenwerking", 2)
    b.rel(b.of("sleutelfiguur")[0], raad, "samenwerking", 2, toelichting="Zit in de bewonersraad én in het platform")
    b.rel(raad, plat, "spanning", tot=6, toelichting="Twee groepen die allebei namens de buurt spreken")
    b.rel(
        raad,
        plat,
        "samenwerking",
        3,
        vanaf=9,
        gemeld_door=b.find("samenkracht"),
        toelichting="Na bemiddeling in de intervisie; zo vertelt de opbouwwerker het",
    )
    for month in (3, 5):
        day = rng.randint(2, 15)
        b.activity(month, day, "bewonersbijeenkomst", [plat])
        b.activity(month, day + rng.randint(2, 9), "bewonersbijeenkomst", [raad])
    for month in range(9, 13):
        b.activity(
            month, rng.randint(2, 26), "bewonersbijeenkomst", [plat, raad], toelichting="Gezamenlijke bewonersavond"
        )


STORY = Story(
    id="hommelberg",
    code="hb",
    naam="Hommelberg",
    stadsdeel="Westerduin",
    start=1,
    platform="Buurtplatform Hommelberg",
    herkomst="onderop",
    commissies=4,
    initiatieven=7,
    professionals=3,
    sleutelfiguren=("nee",),
    ruggengraat=0.5,
    bundeling=0.4,
    terugkoppeling=0.6,
    nieuw=0.1,
    dubbel=1,
    kloof=0,
    activiteiten=(3, 4, 4, 4, 4, 4, 3, 3, 4, 5, 5, 4),
    acties=(G, N, G, O, V),
    maatlat=(2, 3),
    kenmerken=(rivalen,),
    resultaten=(
        (
            11,
            13,
            "Veilige oversteek bij de basisschool",
            "mobiliteit",
            "sd",
            ("raad",),
            1,
            "stuks",
            "Besluit stadsdeel Westerduin, 13 november",
        ),
    ),
    afspraken=((9, "In de intervisie van oktober vertellen hoe het verder ging", "gedaan", 10, (10, 9), "", ""),),
)
