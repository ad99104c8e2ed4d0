"""The registers of each buurt beside its network: activities, the action list, requests, results,
assessments on the maatlat, and the pilot's intervision sessions.

Each generator fills one register from the buurt's story
(:class:`~kit.demo.model.Story`) and its own random stream, after the
network and the story's own events; the pools of ordinary actions and
requests are here, the stories' own results and agreements in their files.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Mapping, Sequence

from kit.data.contract import CRITERIA, SOORT_ACTIVITEIT

from .model import LAST_DAY, YEAR, Buurt, Story

#: Items for action lists: omschrijving, the learning when it is not done, and what stood in its way.
ACTIES = (
    (
        "Buurtwebsite bijwerken met de agenda",
        "Niemand had er naast werk en zorg tijd voor; eerst een trekker vinden, dan plannen.",
        "tijd",
    ),
    (
        "Gesprek plannen met de corporatie over achterstallig onderhoud",
        "De corporatie wachtte op een besluit van hogerhand; eerder samen met andere commissies aankaarten.",
        "samenwerking",
    ),
    (
        "Bewonerscommissies uitnodigen voor het platformoverleg",
        "Een brief werkte niet; commissies komen pas als iemand ze persoonlijk vraagt.",
        "communicatie",
    ),
    (
        "Subsidie aanvragen bij het buurtfonds",
        "De aanvraag was te laat; de termijnen staan nu in de gezamenlijke agenda.",
        "geld;tijd",
    ),
    (
        "Nieuwsbrief in drie talen uitbrengen",
        "Er waren geen vertalers; volgende keer vrijwilligers uit de taalgroepen vragen.",
        "kennis",
    ),
    (
        "Kennismakingsbezoek bij nieuwe bewoners",
        "Niemand wist wie er nieuw was; afspraken maken met de corporatie over een welkomstlijst.",
        "communicatie;regels",
    ),
    (
        "Afspraken maken met het stadsdeel over één bewonersavond",
        "Het stadsdeel had de eigen avond al gepland; eerder aan tafel, vóór er data vastliggen.",
        "samenwerking",
    ),
    (
        "Vrijwilligers werven voor de schoonmaakochtend",
        "Een oproep op papier leverde niets op; persoonlijk vragen bij de activiteiten werkt beter.",
        "draagvlak",
    ),
    (
        "Terugkoppeling vragen van het buurtteam over gedeelde signalen",
        "Het buurtteam mocht niets delen vanwege privacy; nu afspraken over wat wél kan.",
        "regels",
    ),
    (
        "Spreekuur opzetten in de huiskamer",
        "Er kwam niemand op het vaste uur; het spreekuur koppelen aan de koffieochtend.",
        "draagvlak",
    ),
    (
        "Verslag van de bewonersavond rondsturen",
        "De notulist viel uit; het verslag voortaan met twee mensen maken.",
        "tijd",
    ),
    (
        "Contact leggen met de school over ouderavonden",
        "De school zat midden in een reorganisatie; na de zomer opnieuw proberen.",
        "samenwerking",
    ),
    (
        "Overdracht regelen voor de taken van de trekker",
        "De taken zaten in één hoofd; te laat begonnen met opschrijven en verdelen.",
        "kennis;tijd",
    ),
    (
        "Peerreview voorbereiden voor de intervisie",
        "De scores waren niet op tijd klaar; het invullen nu vast agendapunt van het overleg.",
        "tijd",
    ),
)


#: Ordinary requests of a platform to an institution: onderwerp, key of the institution asked (``sd``: the
#: buurt's stadsdeel; a local key is skipped where the buurt lacks that organisation).
VERZOEKEN = (
    ("Bijdrage aan het buurtfeest", "sd"),
    ("Extra prullenbakken en een bank op het plein", "sd"),
    ("Spreekuur van de corporatie in de buurt", "thuishaven"),
    ("Betere verlichting in de portieken", "thuishaven"),
    ("Opbouwwerker bij de vrijwilligersavond", "samenkracht"),
    ("Wijkagent op de bewonersavond", "lantaarn"),
    ("Uitleg over de erkenning van buurtplatforms", "gemeente"),
    ("Sleutel van het buurthuis voor avondactiviteiten", "wc"),
    ("Lokaal in de school voor de taalcursus", "sch"),
    ("Cijfers over eenzaamheid onder ouderen in de buurt", "bt"),
)


def activities(b: Buurt) -> None:
    """Fill each month up to ``Story.activiteiten`` with activities of new soorten.

    Soorten do not repeat within a month (beyond what the story added), so
    split activities only occur where a story puts them.
    """
    s, rng = b.story, b.rng
    for month in range(s.start, 13):
        planned = [a["soort"] for a in b.activiteiten if a["datum"].month == month]
        free = [k for k in SOORT_ACTIVITEIT if k not in planned]
        pool = b.own(month)
        for soort in rng.sample(free, max(0, s.activiteiten[month - 1] - len(planned))):
            first = b.platform if b.platform.active(month) and rng.random() < 0.4 else rng.choice(pool)
            organisers = [first]
            if rng.random() < s.bundeling:
                organisers += rng.sample([a for a in pool if a is not first], rng.randint(1, 2))
            b.activity(month, rng.randint(1, 28), soort, organisers)


def actions(b: Buurt) -> None:
    """Write the action list: one item per status in ``Story.actiestatussen``, and the buurt's intervision agreements.

    Open items keep their deadline, so the early ones are overdue by December.
    An item not done names what stood in its way (``belemmering``).
    """
    s, rng = b.story, b.rng
    statussen = s.actiestatussen
    for status, (omschrijving, les, belemmering) in zip(statussen, rng.sample(ACTIES, len(statussen)), strict=True):
        gepland = dt.date(YEAR, rng.randint(s.start, 10), rng.randint(1, 28))
        deadline = min(gepland + dt.timedelta(days=rng.randint(30, 90)), LAST_DAY)
        window = (deadline - gepland).days
        afgerond = {
            "gedaan": gepland + dt.timedelta(days=rng.randint(7, window)),
            "niet_gedaan": min(deadline + dt.timedelta(days=rng.randint(0, 20)), LAST_DAY),
            "vervallen": gepland + dt.timedelta(days=rng.randint(14, window)),
        }.get(status)
        eigenaar = rng.choice([b.platform] * 3 + b.own(gepland.month, lijn0=True))
        failed = status == "niet_gedaan"
        b.action(
            omschrijving,
            eigenaar,
            gepland,
            deadline,
            status,
            afgerond,
            reden=les if failed else "",
            belemmering=belemmering if failed else "",
        )
    for afspraak in s.afspraken:
        b.action(
            afspraak["omschrijving"],
            b.platform,
            session_day(afspraak["sessie"]),
            afspraak["deadline"],
            afspraak["status"],
            afspraak.get("afgerond"),
            reden=afspraak.get("reden", ""),
            sessie=f"iv-{afspraak['sessie']:02d}",
            belemmering=afspraak.get("belemmering", ""),
        )


def requests(b: Buurt) -> None:
    """Add ``Story.gewone_verzoeken`` ordinary requests of the platform to institutions.

    An institution answers within six weeks (a promise, part of one, or a
    refusal) and delivers most promises within two months, unless it has
    stopped answering this buurt (:attr:`~kit.demo.model.Story.zwijgt`); what would come after
    December stays open.
    """
    s, rng = b.story, b.rng
    pool = [(onderwerp, aan) for onderwerp, key in VERZOEKEN if (aan := b.find(key))]
    zwijgt = {b.named(key).id: month for key, month in s.zwijgt.items()}
    for onderwerp, aan in rng.sample(pool, s.gewone_verzoeken):
        gevraagd = dt.date(YEAR, rng.randint(s.start, 11), rng.randint(1, 28))
        antwoord = gevraagd + dt.timedelta(days=rng.randint(5, 45))
        silent = zwijgt.get(aan.id)
        if antwoord > LAST_DAY or (silent and gevraagd.month >= silent):
            b.request(aan, onderwerp, gevraagd, "open")
            continue
        uitkomst = rng.choice(("toegezegd", "toegezegd", "deels", "afgewezen"))
        nagekomen = antwoord + dt.timedelta(days=rng.randint(7, 60)) if uitkomst != "afgewezen" else None
        b.request(
            aan,
            onderwerp,
            gevraagd,
            uitkomst,
            antwoord,
            nagekomen if nagekomen and nagekomen <= LAST_DAY and rng.random() < 0.8 else None,
        )


def results(b: Buurt) -> None:
    """Add the results of the buurt's story (``Story.resultaten``; those recorded after the fact have
    ``gemeld``, their ``datum`` earlier or unknown)."""
    for result in b.story.resultaten:
        b.resultaten.append(
            {
                "buurt": b.story.id,
                "datum": result.get("datum"),
                "gemeld": result.get("gemeld"),
                "omschrijving": result["omschrijving"],
                "domein": result["domein"],
                "tegenpartij": b.named(result["tegenpartij"]).id if "tegenpartij" in result else "",
                "samen_met": ";".join(b.named(key).id for key in result.get("samen_met", ())),
                "omvang": result.get("omvang"),
                "eenheid": result.get("eenheid"),
                "bron": result["bron"],
            }
        )


def scores(story: Story, rng: random.Random) -> list[dict]:
    """Self-assessments on the ten criteria, drifting slowly along the story, and others' assessments.

    Each criterion moves linearly from its own start to its own end score
    (around ``Story.maatlat``); each quarter, peers score three criteria,
    usually a little lower; in June and December the stadsdeelcommissie scores
    all ten, ``Story.oordeel`` higher or lower than the buurt itself.
    """
    ends = {}
    for criterium in CRITERIA:
        offset = rng.choice((-1, 0, 0, 1))
        ends[criterium] = (
            _clamp(story.maatlat[0] + offset),
            _clamp(story.maatlat[1] + offset + rng.choice((-1, 0, 0, 1))),
        )
    rows = []
    for month in range(story.start, 13):
        share = (month - story.start) / max(1, 12 - story.start)
        zelf = {c: _clamp(int(begin + (end - begin) * share + 0.5)) for c, (begin, end) in ends.items()}
        note = "Nulmeting bij de start van de proeftuin" if month == story.start else ""
        rows += [_score(story.id, month, c, score, "zelf", note) for c, score in zelf.items()]
        if month % 3 == 0:
            for criterium in rng.sample(list(CRITERIA), 3):
                score = _clamp(zelf[criterium] + rng.choice((-1, -1, 0, 1)))
                rows.append(_score(story.id, month, criterium, score, "peer", "Peerreview tijdens de intervisie"))
        if month in (6, 12):
            note = f"Oordeel van de stadsdeelcommissie {story.stadsdeel}"
            rows += [
                _score(
                    story.id,
                    month,
                    c,
                    _clamp(score + story.oordeel + rng.choice((-1, 0, 0, 1))),
                    "stadsdeelcommissie",
                    note,
                )
                for c, score in zelf.items()
            ]
    return rows


def _score(buurt, month, criterium, score, door, toelichting) -> dict:
    """One row of ``maatlat``."""
    return {
        "buurt": buurt,
        "maand": f"{YEAR}-{month:02d}",
        "criterium": criterium,
        "score": str(score),
        "beoordeeld_door": door,
        "toelichting": toelichting,
    }


def _clamp(score: int) -> int:
    """Keep a score within 1–5."""
    return min(5, max(1, score))


def sessions(rng: random.Random, stories: Sequence[Story], themes: Mapping[int, tuple[str, str, str]]) -> list[dict]:
    """A session on the second Thursday of each month with a theme (months without one have no recorded session);
    the chair rotates over the buurten.

    Present are the chair, five to eight other buurten that had started, and
    every buurt that takes an agreement of the session on its action list.
    """
    rows = []
    for month, (thema, lessen, afspraken) in themes.items():
        chair = stories[(month - 1) % len(stories)]
        others = [s for s in stories if s is not chair and s.start <= month]
        present = {chair.id} | {s.id for s in rng.sample(others, rng.randint(5, 8))}
        present |= {s.id for s in stories for afspraak in s.afspraken if afspraak["sessie"] == month}
        rows.append(
            {
                "id": f"iv-{month:02d}",
                "datum": session_day(month).isoformat(),
                "voorzitter": chair.id,
                "aanwezig": ";".join(s.id for s in stories if s.id in present),
                "thema": thema,
                "lessen": lessen,
                "afspraken": afspraken,
            }
        )
    return rows


def session_day(month: int) -> dt.date:
    """The day of the month's intervision session: its second Thursday."""
    first = dt.date(YEAR, month, 1)
    return first + dt.timedelta(days=(3 - first.weekday()) % 7 + 7)


def pulse(story: Story, rng: random.Random) -> list[dict]:
    """The carriers' load (``draaglast``, version 4): one row per month from the start, except a month now and then
    the facilitator did not take it; the load drifts by a step at most, the carriers by one, and an incident is
    rare.  Drawn from a stream of its own, so the other registers keep their rows."""
    rows = []
    load, carriers = rng.choice((2, 3)), rng.randint(3, 7)
    for month in range(story.start, 13):
        load = _clamp(load + rng.choice((-1, 0, 0, 0, 1)))
        carriers = max(1, carriers + rng.choice((-1, 0, 0, 1)))
        incident = rng.random() < 0.05
        if month != story.start and rng.random() < 0.1:
            continue
        rows.append(
            {
                "buurt": story.id,
                "maand": f"{YEAR}-{month:02d}",
                "belasting": str(load),
                "dragers": str(carriers),
                "incident": "ja" if incident else "nee",
            }
        )
    return rows
