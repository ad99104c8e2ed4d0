"""Maanzaadbuurt: a corporation's renovation team runs its own meetings beside the platform, with
tension, until an agreement in September; the corporation promises and delivers months late.
"""

from __future__ import annotations

import datetime as dt

from ..model import YEAR, Buurt, G, N, O, Story, V


def renovatie(b: Buurt) -> None:
    """A corporation's renovation team (February–October) runs its own meetings.

    It duplicates the platform's information and meetings with little
    collaboration and tension with the commissies, until an agreement in
    September turns it into joint planning.  The corporation promises in March
    to tackle draught and mould before the summer and does it in November; a
    resident counsellor promised in May has not come by December.
    """
    plat, corp = b.platform, b.find("thuishaven")
    team = b.actor(
        "reno",
        f"Renovatieteam {b.story.naam}",
        "woningcorporatie",
        "bovenaf",
        "1",
        ("wonen", "informatievoorziening", "bewonersbijeenkomst"),
        vanaf=2,
        tot=10,
    )
    b.rel(corp, team, "financiering")
    b.rel(team, plat, "samenwerking", 1, tot=8)
    b.rel(team, plat, "samenwerking", 3, vanaf=9, toelichting="Afspraak: één gezamenlijke informatieavond")
    for bc in b.of("bewonerscommissie")[:3]:
        b.rel(bc, corp, "spanning", vanaf=3, tot=8, toelichting="Onenigheid over de renovatieplannen")
        b.rel(bc, team, "informatie")
        b.rel(team, bc, "informatie")
        b.rel(bc, team, "samenwerking", 3, vanaf=9)
    b.request(
        corp,
        "Tocht en schimmel in de portiekflats aanpakken",
        dt.date(YEAR, 2, 10),
        "toegezegd",
        antwoord=dt.date(YEAR, 3, 20),
        nagekomen=dt.date(YEAR, 11, 25),
        toelichting="Toegezegd voor de zomer, uitgevoerd in november",
        van=b.find("bc1"),
    )
    b.request(
        corp,
        "Vaste bewonersbegeleider tijdens de renovatie",
        dt.date(YEAR, 4, 7),
        "toegezegd",
        antwoord=dt.date(YEAR, 5, 12),
        toelichting="Toegezegd in mei; in december nog niemand aangesteld",
    )
    b.request(
        team,
        "Eén gezamenlijke informatieavond met het platform",
        dt.date(YEAR, 8, 18),
        "deels",
        antwoord=dt.date(YEAR, 9, 12),
        nagekomen=dt.date(YEAR, 9, 30),
        toelichting="Eén avond, maar het renovatieteam houdt ook een eigen inloop",
    )


STORY = Story(
    id="maanzaad",
    code="mz",
    naam="Maanzaadbuurt",
    stadsdeel="Zonnewaard",
    start=1,
    platform="Buurtplatform Maanzaad",
    herkomst="onderop",
    commissies=7,
    initiatieven=5,
    professionals=4,
    sleutelfiguren=("nee",),
    ruggengraat=0.6,
    bundeling=0.5,
    terugkoppeling=0.6,
    nieuw=0.1,
    dubbel=2,
    kloof=1,
    activiteiten=(4, 4, 4, 5, 5, 4, 3, 3, 5, 5, 5, 4),
    acties=(G, G, N, O, O, V),
    maatlat=(2, 3),
    verzoeken=1,
    kenmerken=(renovatie,),
    resultaten=(
        (
            9,
            25,
            "Renovatieplan aangepast: bewoners kiezen zelf keuken en badkamer",
            "wonen",
            "thuishaven",
            ("bc1", "bc2", "bc3"),
            148,
            "woningen",
            "Afsprakenbrief Thuishaven, 25 september",
        ),
        (
            12,
            4,
            "Tijdelijke huiskamer tijdens de renovatie",
            "voorzieningen",
            "thuishaven",
            ("bc1",),
            60,
            "m2",
            "Huurovereenkomst tijdelijke huiskamer",
        ),
    ),
)
