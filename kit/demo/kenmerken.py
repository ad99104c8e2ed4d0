"""The stories' events that need code: random draws and changes to what was generated.

What a story can say as rows (its own actors, relations, requests, actions,
results) is in its file, ``kit/demo/stories/<buurt>.toml``; what it cannot
is here, one function each, named in the file's ``kenmerken``.  A function
runs after the buurt's ordinary network and the story's own actors and
relations, and before its own requests and actions and the registers, so it
can use every actor the file names (:meth:`~kit.demo.model.Buurt.named`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from .model import YEAR, Buurt

#: The action that fails for lack of a place, in each buurt whose story has :func:`ruimtegebrek`: omschrijving,
#: the learning, and what stood in its way.
RUIMTE_ACTIE = (
    "Vaste avond vinden voor de jongerenactiviteiten",
    "Het buurthuis had geen avond vrij en de school mag na zessen niet open; eerst de ruimte vastleggen, dan de datum.",
    "ruimte;regels",
)


def ruimtegebrek(b: Buurt) -> None:
    """An action fails for lack of a place: the barrier that recurs across buurten (December's intervision
    notes it)."""
    rng, s = b.rng, b.story
    omschrijving, reden, belemmering = RUIMTE_ACTIE
    gepland = dt.date(YEAR, rng.randint(max(s.start, 3), 8), rng.randint(1, 28))
    deadline = gepland + dt.timedelta(days=rng.randint(30, 60))
    afgerond = deadline + dt.timedelta(days=rng.randint(0, 14))
    b.action(omschrijving, b.platform, gepland, deadline, "niet_gedaan", afgerond, reden, belemmering=belemmering)


def vervagen(b: Buurt) -> None:
    """Klaproosveld: the key figure (``sf1``) leaves at the end of June.

    The key figure's ties end with them, and most of the platform's own
    partnerships end in the months after.  The fund's grant ends in November
    and the stadsdeel does not renew the platform's subsidy after December.
    """
    rng, plat = b.rng, b.platform
    b.end_actor(b.named("sf1"), 6)
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


def parallel(b: Buurt) -> None:
    """Zilverdistel: from July the buurt has two residents' meetings a month, a few days apart, with no organiser
    in common: the platform's and the stadsdeel's buurtnetwerk's (``sdnet``)."""
    rng, plat, netwerk = b.rng, b.platform, b.named("sdnet")
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


def onbekend(b: Buurt) -> None:
    """Zonnedauwkwartier: the foundation nobody can place yet (``samen``, October) works with one of the buurt's
    initiatives (not the garden of November, ``tuin``), and the platform with the garden."""
    rng, tuin = b.rng, b.named("tuin")
    b.rel(b.named("samen"), rng.choice([a for a in b.initiatives() if a is not tuin]), "samenwerking", 2)
    b.rel(b.platform, tuin, "samenwerking", 1)


def potjes(b: Buurt) -> None:
    """Windvanghof: the platform's buurtpot (``pot``, April) funds four initiatives; from June the stadsdeel funds
    two itself, in its own buurtbudget round, and only knows the pot."""
    rng, sd, pot = b.rng, b.find("sd"), b.named("pot")
    initiatives = b.initiatives()
    for ini in rng.sample(initiatives, 4):
        b.rel(pot, ini, "financiering", vanaf=rng.randint(4, 8))
    for ini in rng.sample(initiatives, 2):
        b.rel(sd, ini, "financiering", vanaf=6, toelichting="Eigen buurtbudgetronde van het stadsdeel")
    b.rel(sd, pot, "samenwerking", 1, vanaf=6, toelichting="Het stadsdeel houdt een eigen ronde; de pot hoort ervan")


def renovatie(b: Buurt) -> None:
    """Maanzaadbuurt: three bewonerscommissies clash with the corporation over the renovation plans (March to
    August) and exchange information with its renovation team (``reno``), with which they plan together
    from September."""
    corp, team = b.named("thuishaven"), b.named("reno")
    for bc in b.of("bewonerscommissie")[:3]:
        b.rel(bc, corp, "spanning", vanaf=3, tot=8, toelichting="Onenigheid over de renovatieplannen")
        b.rel(bc, team, "informatie")
        b.rel(team, bc, "informatie")
        b.rel(bc, team, "samenwerking", 3, vanaf=9)


def eerste_lijn(b: Buurt) -> None:
    """Lepelaarsweide: residents and first-line professionals work together; policy stays at a distance.

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


def rivalen(b: Buurt) -> None:
    """Hommelberg: the platform and the Bewonersraad (``raad``) each hold their own meeting in March and May, and
    hold them together from September."""
    rng, plat, raad = b.rng, b.platform, b.named("raad")
    for month in (3, 5):
        day = rng.randint(2, 15)
        b.activity(month, day, "bewonersbijeenkomst", [plat])
        b.activity(month, day + rng.randint(2, 9), "bewonersbijeenkomst", [raad])
    for month in range(9, 13):
        b.activity(
            month, rng.randint(2, 26), "bewonersbijeenkomst", [plat, raad], toelichting="Gezamenlijke bewonersavond"
        )


def buurtbudget(b: Buurt) -> None:
    """Wolkenkade: the buurtbudgetcommissie (``budget``) funds three initiatives from June to September, after a
    voting evening in June."""
    rng, commissie = b.rng, b.named("budget")
    for ini in rng.sample([a for a in b.initiatives() if a is not commissie], 3):
        b.rel(commissie, ini, "financiering", vanaf=rng.randint(6, 9))
    b.activity(
        6, rng.randint(10, 20), "bewonersbijeenkomst", [b.platform, commissie], toelichting="Stemavond buurtbudget"
    )


#: Every event a story file may name in ``kenmerken``, by its function's name.
KENMERKEN: dict[str, Callable[[Buurt], None]] = {
    f.__name__: f
    for f in (ruimtegebrek, vervagen, parallel, onbekend, potjes, renovatie, eerste_lijn, rivalen, buurtbudget)
}
