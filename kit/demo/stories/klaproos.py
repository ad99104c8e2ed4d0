"""Klaproosveld: the platform fades after its key figure leaves in June; its funding ends in
November and December.
"""

from __future__ import annotations

from ..model import Buurt, G, N, O, Story, V


def vervagen(b: Buurt) -> None:
    """The platform's key figure carries it, then leaves at the end of June.

    The key figure's ties end with them, and most of the platform's own
    partnerships end in the months after.  The fund's grant ends in November
    and the stadsdeel does not renew the platform's subsidy after December.
    """
    rng, plat = b.rng, b.platform
    trekker = b.of("sleutelfiguur")[0]
    for bc in b.of("bewonerscommissie")[:2]:
        b.rel(trekker, bc, "samenwerking", 3)
    b.end_actor(trekker, 6)
    partners = [
        r
        for r in b.relaties
        if r.soort == "samenwerking" and plat in (r.van, r.naar) and r.tot is None and (r.vanaf or 1) <= 10
    ]
    for relation in rng.sample(partners, (2 * len(partners)) // 3):
        relation.tot = rng.randint(max(relation.vanaf or 1, 7), 10)
    for relation in b.relaties:
        if relation.soort == "financiering" and relation.van is b.find("vlonder"):
            relation.tot, relation.toelichting = 11, "Eenmalige bijdrage, niet verlengd"
        elif relation.soort == "financiering" and (relation.van, relation.naar) == (b.find("sd"), plat):
            relation.tot, relation.toelichting = 12, "Subsidie voor 2026 niet aangevraagd: niemand nam het over"


STORY = Story(
    id="klaproos",
    code="kv",
    naam="Klaproosveld",
    stadsdeel="Morgenland",
    start=1,
    platform="Buurtplatform Klaproos",
    herkomst="onderop",
    commissies=4,
    initiatieven=6,
    professionals=3,
    sleutelfiguren=("ja", "nee"),
    ruggengraat=0.75,
    bundeling=0.5,
    terugkoppeling=0.5,
    nieuw=0.0,
    dubbel=1,
    kloof=1,
    activiteiten=(6, 6, 5, 5, 4, 3, 2, 2, 1, 1, 1, 1),
    acties=(G, G, N, N, V, V, O),
    maatlat=(4, 2),
    verzoeken=1,
    kenmerken=(vervagen,),
    resultaten=(
        (
            2,
            18,
            "Buurtkamer voor een jaar gehuurd",
            "voorzieningen",
            "sd",
            ("sf1",),
            1,
            "stuks",
            "Huurcontract buurtkamer",
        ),
        (
            4,
            3,
            "Drie verkeersdrempels in de schoolstraat",
            "mobiliteit",
            "sd",
            ("bc1", "bc2"),
            3,
            "stuks",
            "Besluit stadsdeel Morgenland, 3 april",
        ),
    ),
    afspraken=(
        (
            6,
            "Opschrijven wie wat doet in het platform",
            "niet_gedaan",
            7,
            (8, 29),
            "De trekker was al vertrokken; niemand wist meer precies wat er allemaal liep.",
            "kennis;tijd",
        ),
    ),
)
