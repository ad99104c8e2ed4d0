"""Zilverdistel: the stadsdeel puts its own buurtnetwerk (June) and newsletter (July) beside the
residents' platform; tension and split residents' meetings follow, and the stadsdeel stops
answering the platform's requests.
"""

from __future__ import annotations

import datetime as dt

from ..model import YEAR, Buurt, G, N, O, Story, V


def parallel(b: Buurt) -> None:
    """The stadsdeel installs its own buurtnetwerk (June) and newsletter (July).

    Both are ``bovenaf`` and hold infrastructure functions the residents'
    platform already has; the two sides see their partnership very
    differently, tension follows, and from July the buurt has two residents'
    meetings a few days apart with no organiser in common.  From May the
    stadsdeel leaves the platform's requests unanswered.
    """
    s, rng, plat = b.story, b.rng, b.platform
    sd = b.stad[f"sd-{s.stadsdeel.lower()}"]
    netwerk = b.actor(
        "sdnet",
        f"Buurtnetwerk {s.naam} (stadsdeel)",
        "stadsdeel",
        "bovenaf",
        "2",
        ("netwerkorganisatie", "bewonersbijeenkomst"),
        vanaf=6,
    )
    brief = b.actor(
        "sdbrief",
        f"Nieuwsbrief {s.naam} van het stadsdeel",
        "stadsdeel",
        "bovenaf",
        "2",
        ("informatievoorziening",),
        vanaf=7,
    )
    b.rel(sd, netwerk, "financiering")
    b.rel(sd, brief, "financiering")
    b.rel(brief, netwerk, "informatie")
    b.both_views(netwerk, plat, 4, 1, toelichting="Stadsdeel spreekt van partnerschap, platform voelt zich gepasseerd")
    b.rel(plat, netwerk, "spanning", vanaf=8, toelichting="Twee bewonersavonden in dezelfde maand")
    b.rel(plat, brief, "spanning", vanaf=9, toelichting="Nieuwsbrief herhaalt en verdringt de eigen nieuwsbrief")
    for wc in b.of("wijkcentrum"):
        b.rel(wc, netwerk, "ruimte")
    for month in range(7, 13):
        day = rng.randint(2, 18)
        commissies = [a for a in b.of("bewonerscommissie") if a.active(month)]
        centres = [a for a in b.of("wijkcentrum") if a.active(month)]
        b.activity(month, day, "bewonersbijeenkomst", [plat, rng.choice(commissies)])
        b.activity(
            month,
            day + rng.randint(3, 6),
            "bewonersbijeenkomst",
            [netwerk, *centres],
            toelichting="Buurtgesprek georganiseerd door het stadsdeel",
        )
    b.zwijgt[sd.id] = 5
    b.request(
        sd,
        "Uitnodiging voor het overleg over het nieuwe buurtnetwerk",
        dt.date(YEAR, 5, 20),
        "geen_reactie",
        antwoord=dt.date(YEAR, 9, 30),
        toelichting="Na drie herinneringen gesloten",
    )
    b.request(sd, "Eén bewonersavond in plaats van twee", dt.date(YEAR, 7, 15), "open")
    b.request(sd, "Nieuwsbrief van het stadsdeel samenvoegen met de eigen nieuwsbrief", dt.date(YEAR, 9, 3), "open")


STORY = Story(
    id="zilverdistel",
    code="zd",
    naam="Zilverdistel",
    stadsdeel="Zonnewaard",
    start=1,
    platform="Bewonersnetwerk Zilverdistel",
    herkomst="onderop",
    commissies=3,
    initiatieven=6,
    professionals=4,
    sleutelfiguren=("nee",),
    ruggengraat=0.7,
    bundeling=0.4,
    terugkoppeling=0.6,
    nieuw=0.1,
    dubbel=2,
    kloof=1,
    activiteiten=(4, 4, 4, 5, 4, 4, 3, 3, 4, 4, 4, 3),
    acties=(G, G, N, N, O, O, V),
    maatlat=(3, 2),
    oordeel=-1,
    kenmerken=(parallel,),
    resultaten=(
        (
            2,
            11,
            "Zes bankjes terug op het plein",
            "openbare_ruimte",
            "sd",
            (),
            6,
            "stuks",
            "Brief stadsdeel Zonnewaard, 11 februari",
        ),
    ),
    afspraken=((7, "Gezamenlijke brief aan de stadsdelen over bestaande platforms", "gedaan", 9, (11, 20), "", ""),),
)
