"""Parelmoerhaven: professionals collect information from residents and never bring it back; they
also see the partnership rosier than residents do, and recruit at a mothers' group they give
nothing to (a *vindplaats*).
"""

from __future__ import annotations

import datetime as dt

from ..model import YEAR, Buurt, G, N, O, Story, V
from .common import ruimtegebrek


def vindplaats(b: Buurt) -> None:
    """Professionals recruit at a mothers' group and bring nothing back.

    The school, the work foundation, the care point and the welfare
    organisation find participants there; nobody supports, funds or houses
    the group.  A request to hear back what residents told is refused.
    """
    plat, welzijn = b.platform, b.find("samenkracht")
    groep = b.actor(
        "moeders", f"Moedergroep {b.story.naam}", "lotgenotengroep", "onderop", "0", ("jongeren", "zorg_en_welzijn")
    )
    b.rel(plat, groep, "samenwerking", 2)
    wervers = {
        "sch": "Werft ouders voor de ouderraad",
        "stg": "Werft deelnemers voor werktrajecten",
        "zorg": "Werft deelnemers voor de cursus opvoeden",
    }
    for key, toelichting in wervers.items():
        if b.find(key):
            b.rel(b.find(key), groep, "werving", toelichting=toelichting)
            b.rel(groep, b.find(key), "informatie")
    b.rel(welzijn, groep, "werving", toelichting="Werft vrijwilligers voor de voedselbank")
    b.request(
        welzijn,
        "Terugkoppeling van de signalen die bewoners gaven",
        dt.date(YEAR, 5, 6),
        "afgewezen",
        antwoord=dt.date(YEAR, 6, 17),
        toelichting="Signalen mogen niet terug vanwege privacy",
    )


STORY = Story(
    id="parelmoer",
    code="ph",
    naam="Parelmoerhaven",
    stadsdeel="Westerduin",
    start=1,
    platform="Buurtplatform Parelmoer",
    herkomst="onderop",
    commissies=4,
    initiatieven=5,
    professionals=5,
    sleutelfiguren=("nee", "ja"),
    ruggengraat=0.5,
    bundeling=0.4,
    terugkoppeling=0.0,
    nieuw=0.1,
    dubbel=3,
    kloof=2,
    activiteiten=(3, 4, 3, 4, 3, 4, 2, 3, 4, 3, 4, 3),
    acties=(G, N, N, O, O, V),
    maatlat=(3, 3),
    verzoeken=3,
    kenmerken=(vindplaats, ruimtegebrek),
    resultaten=(
        (5, 8, "Spreekuur wonen in het buurthuis", "wonen", "thuishaven", (), None, "", "Notulen bewonersavond mei"),
    ),
    afspraken=((4, "Professionals vragen om terugkoppeling binnen een maand", "open", 5, None, "", ""),),
)
