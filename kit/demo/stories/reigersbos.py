"""Reigersbos: an institution that never answers, and one that refuses, while the committee that recognises
the platform listens.

Stadsdeel Zonnewaard, which also stops answering Zilverdistel, leaves every
request of Reigersbos unanswered: the key of the buurthuis (February) is
closed without a reaction after three reminders in June, and the action that
needed it fails on the stadsdeel (barrier ``instelling``); a contact person
asked for in July is still waited for in December.  The corporation refuses a
room in April.  The stadsdeelcommissie, which the platform informs every
month, recognises the platform in September, after its June assessment, and
in October puts the platform on the agenda of its meetings.
"""

from __future__ import annotations

import datetime as dt

from ..model import YEAR, Buurt, G, N, O, Story, V


def zwijgen_en_weigeren(b: Buurt) -> None:
    """The stadsdeel's silence, the corporation's refusal, the action that fails on them, and the committee."""
    stadsdeel = b.story.stadsdeel.lower()
    plat, sd, commissie = b.platform, b.stad[f"sd-{stadsdeel}"], b.stad[f"sdc-{stadsdeel}"]
    b.zwijgt[sd.id] = 1
    b.rel(plat, commissie, "informatie", toelichting="Het platform praat de commissie elke maand bij")
    b.request(
        sd,
        "Een sleutel van het buurthuis voor de avonden",
        dt.date(YEAR, 2, 11),
        "geen_reactie",
        antwoord=dt.date(YEAR, 6, 30),
        toelichting="Na drie herinneringen gesloten zonder antwoord",
    )
    b.request(
        b.stad["thuishaven"],
        "Een ruimte in de plint voor het platform",
        dt.date(YEAR, 4, 3),
        "afgewezen",
        antwoord=dt.date(YEAR, 5, 20),
        toelichting="De corporatie verhuurt de plint aan een winkel",
    )
    b.request(
        sd,
        "Een vaste contactpersoon bij het stadsdeel",
        dt.date(YEAR, 7, 8),
        "open",
        toelichting="Herinnerd in september en in november",
    )
    b.acties.append(
        {
            "buurt": b.story.id,
            "omschrijving": "Avonden in het buurthuis afspreken met het stadsdeel",
            "eigenaar": plat.id,
            "gepland": dt.date(YEAR, 3, 4),
            "deadline": dt.date(YEAR, 5, 31),
            "status": "niet_gedaan",
            "afgerond": dt.date(YEAR, 6, 30),
            "reden": "Het stadsdeel reageerde niet op de vraag om een sleutel; zonder sleutel geen avonden.",
            "sessie": "",
            "belemmering": "instelling",
        }
    )


STORY = Story(
    id="reigersbos",
    code="rb",
    naam="Reigersbos",
    stadsdeel="Zonnewaard",
    start=2,
    platform="Buurtplatform Reigersbos",
    herkomst="onderop",
    commissies=3,
    initiatieven=4,
    professionals=3,
    sleutelfiguren=("nee",),
    ruggengraat=0.7,
    bundeling=0.4,
    terugkoppeling=0.5,
    nieuw=0.1,
    dubbel=1,
    kloof=1,
    activiteiten=(0, 2, 2, 2, 2, 3, 1, 1, 2, 2, 3, 2),
    acties=(G, G, O, N, V),
    maatlat=(2, 3),
    verzoeken=2,
    oordeel=1,
    erkend=9,
    kenmerken=(zwijgen_en_weigeren,),
    resultaten=(
        (
            10,
            16,
            "De stadsdeelcommissie bespreekt de vragen van het platform voortaan in haar vergadering",
            "bestuur",
            "sdc-zonnewaard",
            (),
            None,
            None,
            "Besluitenlijst stadsdeelcommissie Zonnewaard, 16 oktober",
        ),
    ),
)
