"""The ordinary network of every buurt: its actors and their ties, and the changes of a year.

Shaped by the numbers of the buurt's :class:`~kit.demo.model.Story`; the
story's own events come after (:mod:`kit.demo.stories`).
"""

from __future__ import annotations

from itertools import combinations

from kit.data.contract import ACTIVITY_FUNCTIONS

from .invented import COMMISSIE_SOORTEN, INITIATIEVEN, LOKAAL, STAD, STADSDELEN, STRATEN
from .model import Actor, Buurt

#: Relations that bring resources: what a ``vindplaats`` does not get, and what ``middelen_aflopend`` watches.
MIDDELEN = ("ondersteuning", "financiering", "ruimte")
PLATFORM_FUNCTIES = ("netwerkorganisatie", "bewonersbijeenkomst", "informatievoorziening", "belangenbehartiging")


def city_actors() -> list[Actor]:
    """The city-wide actors, and per fictional stadsdeel its administration and its elected committee, the
    stadsdeelcommissie that recognises platforms (empty ``buurt``)."""
    actors = [
        Actor(key, naam, "", soort, herkomst, lijn, functies) for key, naam, soort, herkomst, lijn, functies in STAD
    ]
    actors += [
        Actor(f"sd-{sd.lower()}", f"Stadsdeel {sd}", "", "stadsdeel", "bovenaf", "2", ("buurtbudget",))
        for sd in STADSDELEN
    ]
    actors += [
        Actor(f"sdc-{sd.lower()}", f"Stadsdeelcommissie {sd}", "", "stadsdeelcommissie", "bovenaf", "2")
        for sd in STADSDELEN
    ]
    return actors


def add_actors(b: Buurt) -> None:
    """Create the platform, commissies, initiatives, key persons and professionals.

    A share (``Story.nieuw``) of them appears during the year, spread evenly
    over the months after the start, so the network changes every month.
    """
    s, rng = b.story, b.rng
    b.actor(
        "plat", s.platform, "buurtplatform", s.herkomst, "0", PLATFORM_FUNCTIES, vanaf=s.start if s.start > 1 else None
    )
    straten = rng.sample(STRATEN, s.commissies)
    for i, straat in enumerate(straten, 1):
        naam = f"{rng.choice(COMMISSIE_SOORTEN)} {straat}"
        b.actor(f"bc{i}", naam, "bewonerscommissie", "onderop", "0", ("wonen",))
    for i, (naam, soort, functies) in enumerate(rng.sample(INITIATIEVEN, s.initiatieven), 1):
        herkomst = "gemengd" if rng.random() < 0.2 else "onderop"
        b.actor(f"ini{i}", naam.format(s.naam), soort, herkomst, "0", functies)
    for i, (naam, tonen) in enumerate(zip(b.namen, s.sleutelfiguren, strict=True), 1):
        b.actor(f"sf{i}", naam, "sleutelfiguur", "onderop", "0", rng.sample(ACTIVITY_FUNCTIONS, 2), naam_tonen=tonen)
    for key, naam, soort, herkomst, lijn, functies, typical in sorted(
        rng.sample(LOKAAL, s.professionals), key=LOKAAL.index
    ):
        b.lokaal.append((b.actor(key, naam.format(s.naam), soort, herkomst, lijn, functies), typical))
    candidates = [a for a in b.actoren[1:] if a.naam_tonen is None]
    newcomers = rng.sample(candidates, round(s.nieuw * len(candidates)))
    first = s.start + 1
    for i, actor in enumerate(newcomers):
        actor.vanaf = first + i * (13 - first) // len(newcomers)


def platform_ties(b: Buurt) -> None:
    """Tie the platform to commissies, initiatives and key persons.

    ``Story.ruggengraat`` decides how many commissies are tied; a strong
    backbone also has stronger ties.
    """
    s, rng, plat = b.story, b.rng, b.platform
    low = 3 if s.ruggengraat == 1.0 else 1
    commissies = b.of("bewonerscommissie")
    for bc in rng.sample(commissies, round(s.ruggengraat * len(commissies))):
        b.rel(plat, bc, "samenwerking", rng.randint(low, 5))
    for ini in b.initiatives():
        draw = rng.random()
        if draw < 0.45:
            b.rel(plat, ini, "samenwerking", rng.randint(1, 4))
        elif draw < 0.7:
            b.rel(plat, ini, "werving")
    for sf in b.of("sleutelfiguur"):
        b.rel(sf, plat, "samenwerking", rng.randint(3, 5))
        b.rel(sf, rng.choice(b.initiatives()), "werving")


def resident_ties(b: Buurt) -> None:
    """Tie residents' initiatives and commissies to each other."""
    rng = b.rng
    residents = [a for a in b.actoren[1:] if a.lijn == "0" and a.naam_tonen is None]
    for a, c in rng.sample(list(combinations(residents, 2)), len(residents) // 2):
        b.rel(a, c, "samenwerking", rng.randint(1, 3))


def professional_ties(b: Buurt) -> None:
    """Tie professionals and city-wide actors to the buurt.

    Residents inform professionals; whether the professional informs them back
    is drawn with ``Story.terugkoppeling`` (0: collecting, never bringing back).
    A professional that recruits through an initiative gives it a room or
    support in return.
    ``Story.dubbel`` partnerships with the platform are reported by both sides,
    the professional side ``Story.kloof`` points higher.
    """
    s, rng, plat = b.story, b.rng, b.platform
    sd = b.stad[f"sd-{s.stadsdeel.lower()}"]
    residents = [a for a in b.actoren if a.lijn == "0"]
    initiatives = b.initiatives()
    for prof, typical in b.lokaal:
        initiative = rng.choice(initiatives)
        b.rel(prof, initiative, typical)
        if typical == "werving" and prof.lijn != "0":
            b.rel(prof, initiative, "ruimte" if prof.soort == "onderwijs" else "ondersteuning")
        if prof.soort == "wijkcentrum":
            b.rel(prof, plat, "ruimte")
    local = [prof for prof, _ in b.lokaal if prof.lijn != "0"]
    professionals = [*local, sd, b.stad["thuishaven"], b.stad["samenkracht"]]
    for prof in professionals:
        for resident in rng.sample(residents, rng.randint(1, 3)):
            b.rel(resident, prof, "informatie")
            if rng.random() < s.terugkoppeling:
                b.rel(prof, resident, "informatie")
    for prof in [*local, sd][: s.dubbel]:
        view = rng.randint(2, 3)
        b.both_views(plat, prof, view, min(5, view + s.kloof))
    b.rel(sd, plat, "financiering")
    b.rel(b.stad["gemeente"], plat, "ondersteuning")
    b.rel(b.stad["vlonder"], rng.choice(initiatives), "financiering", vanaf=rng.choice((None, 4, 9)))
    for sf in b.of("sleutelfiguur"):
        b.rel(b.stad["samenkracht"], sf, "ondersteuning")
    b.rel(rng.choice(b.of("bewonerscommissie")), b.stad["thuishaven"], "samenwerking", rng.randint(1, 3))
    if rng.random() < 0.5:
        b.rel(rng.choice(residents), b.stad["lantaarn"], "informatie")


def changes(b: Buurt) -> None:
    """Add the ordinary changes of a year: two ties end, one new tie forms.

    Ties of the platform, and money, support and rooms (:data:`MIDDELEN`), are
    left alone; the stories change those.
    """
    rng = b.rng
    loose = [
        r
        for r in b.relaties
        if b.platform not in (r.van, r.naar) and r.soort not in MIDDELEN and r.tot is None and (r.vanaf or 1) <= 10
    ]
    for relation in rng.sample(loose, 2):
        relation.tot = rng.randint(max(relation.vanaf or 1, 4), 11)
    a, c = rng.sample([a for a in b.actoren[1:] if a.lijn == "0"], 2)
    b.rel(
        a,
        c,
        "samenwerking",
        rng.randint(2, 4),
        vanaf=rng.randint(5, 10),
        toelichting="Nieuw contact na een buurtactiviteit",
    )
