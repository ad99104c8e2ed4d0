"""Vlinderhof: a strong platform with a backbone of bewonerscommissies, all tied to it, and
activities organised together.
"""

from __future__ import annotations

from ..model import G, N, O, Story, V

STORY = Story(
    id="vlinderhof",
    code="vh",
    naam="Vlinderhof",
    stadsdeel="Noorderkim",
    start=1,
    platform="Buurtplatform Vlinderhof",
    herkomst="onderop",
    commissies=8,
    initiatieven=9,
    professionals=4,
    sleutelfiguren=("ja", "nee"),
    ruggengraat=1.0,
    bundeling=0.85,
    terugkoppeling=0.8,
    nieuw=0.1,
    dubbel=2,
    kloof=0,
    activiteiten=(5, 5, 6, 6, 6, 7, 4, 5, 6, 6, 7, 6),
    acties=(G, G, G, G, G, N, O, V),
    maatlat=(3, 4),
    verzoeken=3,
    resultaten=(
        (
            3,
            14,
            "Twaalf geveltuinen aangelegd",
            "openbare_ruimte",
            "sd",
            ("bc1", "bc2"),
            12,
            "stuks",
            "Verslag en foto's in de wijkkrant van maart",
        ),
        (
            6,
            20,
            "Buurthuis ook op zondag open",
            "voorzieningen",
            "sd",
            (),
            None,
            "",
            "Besluit stadsdeel Noorderkim, 20 juni",
        ),
        (
            10,
            9,
            "Zomerprogramma bereikte 340 kinderen",
            "sociaal",
            "",
            ("bc3", "ini1"),
            340,
            "personen",
            "Deelnemerslijsten van de zomeractiviteiten",
        ),
    ),
    afspraken=((2, "Voorbeeld delen: hoe Vlinderhof de bewonerscommissies betrekt", "gedaan", 3, (3, 13), "", ""),),
)
