"""Lepelaarsweide: a platform started together with welzijn (gemengd), close to professionals who
rate the partnership higher than the residents do; residents and first-line professionals mix,
policy stays apart.
"""

from __future__ import annotations

from ..model import Buurt, G, N, O, Story


def eerste_lijn(b: Buurt) -> None:
    """Residents and first-line professionals work together; policy stays at a distance.

    Every local professional works with three more residents' groups; the
    stadsdeel hears from the buurt only through the platform, so its
    information ties with residents' groups are dropped.
    """
    rng, sd = b.rng, b.find("sd")
    residents = [a for a in b.actoren[1:] if a.lijn == "0" and a.naam_tonen is None]
    for prof, _ in b.lokaal:
        if prof.lijn == "1":
            for resident in rng.sample(residents, 3):
                b.rel(prof, resident, "samenwerking", rng.randint(2, 4))
    b.relaties = [r for r in b.relaties if not (r.soort == "informatie" and sd in (r.van, r.naar))]


STORY = Story(
    id="lepelaar",
    code="lw",
    naam="Lepelaarsweide",
    stadsdeel="Morgenland",
    start=1,
    platform="Buurtnetwerk Lepelaarsweide",
    herkomst="gemengd",
    commissies=3,
    initiatieven=6,
    professionals=6,
    sleutelfiguren=("ja", "nee", "nee"),
    ruggengraat=0.7,
    bundeling=0.6,
    terugkoppeling=0.9,
    nieuw=0.1,
    dubbel=4,
    kloof=2,
    activiteiten=(4, 5, 5, 5, 5, 5, 3, 4, 5, 5, 5, 4),
    acties=(G, G, G, G, O, N),
    maatlat=(3, 4),
    verzoeken=3,
    kenmerken=(eerste_lijn,),
    resultaten=(
        (
            4,
            15,
            "Schoolplein vergroend: tegels eruit, groen erin",
            "openbare_ruimte",
            "sd",
            ("sch", "ini1"),
            600,
            "m2",
            "Besluit stadsdeel Morgenland, 15 april",
        ),
        (
            8,
            28,
            "45 mantelzorgers vonden de weg naar het buurtteam",
            "sociaal",
            "bt",
            ("plat",),
            45,
            "personen",
            "Halfjaarverslag buurtteam",
        ),
    ),
    afspraken=((10, "Peerreview op drie criteria voorbereiden voor december", "open", 12, None, "", ""),),
)
