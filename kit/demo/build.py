"""The demo dataset as rows of text cells, one list per file of the contract: every buurt built from its story.

A buurt is built in a fixed order from its own random stream (ordinary
network, the story's own actors and relations, its kenmerken, its own
requests and actions, then the registers), so that two runs give the same
rows; ids are given as rows are written.
"""

from __future__ import annotations

import datetime as dt
import random

from . import network, registers
from .invented import ACHTERNAMEN, VOORNAMEN
from .kenmerken import KENMERKEN
from .model import SEED, YEAR, Actor, Buurt, Relation, Story
from .stories import SESSIES, STORIES


def _person_names(rng: random.Random, stories: tuple[Story, ...]) -> list[list[str]]:
    """Invented names for the key persons of each story, none used twice."""
    voornamen = rng.sample(VOORNAMEN, len(VOORNAMEN))
    achternamen = rng.sample(ACHTERNAMEN, len(ACHTERNAMEN))
    names = [f"{v} {a}" for v, a in zip(voornamen, achternamen, strict=True)]
    per_story, used = [], 0
    for story in stories:
        per_story.append(names[used : used + len(story.sleutelfiguren)])
        used += len(story.sleutelfiguren)
    return per_story


def _build(story: Story, index: int, stad: dict[str, Actor], namen: list[str]) -> Buurt:
    """Generate one buurt from its story, with its own random stream; only the registers its facilitator keeps
    (``Story.bijgehouden``)."""
    b = Buurt(story, random.Random(SEED + index), stad, namen)
    network.add_actors(b)
    network.platform_ties(b)
    network.resident_ties(b)
    network.professional_ties(b)
    network.changes(b)
    _own_network(b)
    for kenmerk in story.kenmerken:
        KENMERKEN[kenmerk](b)
    _own_requests_and_actions(b)
    for register, generate_rows in (
        ("activiteiten", registers.activities),
        ("acties", registers.actions),
        ("verzoeken", registers.requests),
        ("resultaten", registers.results),
    ):
        if register in story.bijgehouden:
            generate_rows(b)
    return b


def _own_network(b: Buurt) -> None:
    """Add the story's own actors, then its own relations (``Story.actoren``, ``Story.relaties``), in their
    order: a relation without ``gemeld_door`` draws its source from the buurt's stream."""
    for actor in b.story.actoren:
        b.actor(**actor)
    for relation in b.story.relaties:
        b.rel(**relation | {key: b.named(relation[key]) for key in ("van", "naar", "gemeld_door") if key in relation})


def _own_requests_and_actions(b: Buurt) -> None:
    """Add the story's own requests (of the platform unless ``van`` says who) and actions."""
    for request in b.story.verzoeken:
        b.request(**request | {key: b.named(request[key]) for key in ("van", "aan") if key in request})
    for action in b.story.acties:
        b.action(**action | {"eigenaar": b.named(action["eigenaar"])})


def generate() -> dict[str, list[dict[str, str]]]:
    """Generate the demo dataset as rows of text cells per file stem."""
    city = network.city_actors()
    stad = {a.id: a for a in city}
    namen = _person_names(random.Random(SEED - 1), STORIES)
    buurten = [_build(story, i, stad, namen[i - 1]) for i, story in enumerate(STORIES, 1)]
    return {
        "buurten": [
            {
                "id": s.id,
                "naam": s.naam,
                "stadsdeel": s.stadsdeel,
                "platform": f"{s.code}-plat",
                "start": _month(s.start),
            }
            for s in STORIES
        ],
        "actoren": [_actor_row(a) for a in city + [a for b in buurten for a in b.actoren]],
        "relaties": [
            _relation_row(f"{b.story.code}-r{i:03d}", r) for b in buurten for i, r in enumerate(b.relaties, 1)
        ],
        "activiteiten": [row for b in buurten for row in _numbered(b, b.activiteiten, "a", "datum")],
        "acties": [row for b in buurten for row in _numbered(b, b.acties, "x", "gepland")],
        "intervisie": registers.sessions(random.Random(SEED), STORIES, SESSIES),
        "maatlat": [
            row
            for i, s in enumerate(STORIES, 1)
            if "maatlat" in s.bijgehouden
            for row in registers.scores(s, random.Random(SEED + 100 + i))
        ],
        "resultaten": [row for b in buurten for row in _numbered(b, b.resultaten, "res", "datum", "gemeld")],
        "verzoeken": [row for b in buurten for row in _numbered(b, b.verzoeken, "vz", "gevraagd")],
        "erkenning": [_recognition_row(s) for s in STORIES if "erkenning" in s.bijgehouden],
        "tafels": [row for b in buurten if "tafels" in b.story.bijgehouden for row in _seat_rows(b)],
        "dialogen": [row for b in buurten if "dialogen" in b.story.bijgehouden for row in _dialogue_rows(b)],
        "dialoogafspraken": [row for b in buurten if "dialogen" in b.story.bijgehouden for row in _agreement_rows(b)],
        "draaglast": [
            row
            for i, s in enumerate(STORIES, 1)
            if "draaglast" in s.bijgehouden
            for row in registers.pulse(s, random.Random(SEED + 300 + i))
        ],
    }


def _seat_rows(b: Buurt) -> list[dict[str, str]]:
    """``tafels``: the platform's seat at its stadsdeel's area meeting from the start (consulted, invited), then the
    story's own seats (``Story.tafels``), numbered ``<code>-tNN`` in that order."""
    area = {"tafel": f"Gebiedsoverleg {b.story.stadsdeel}", "eigenaar": "sd", "rol": "geraadpleegd"}
    seats = [area | {"toegang": "uitgenodigd", "vanaf": b.story.start}, *b.story.tafels]
    return [
        {
            "id": f"{b.story.code}-t{i:02d}",
            "buurt": b.story.id,
            "actor": b.named(seat.get("actor", "plat")).id,
            "tafel": seat["tafel"],
            "eigenaar": b.named(seat["eigenaar"]).id,
            "rol": seat["rol"],
            "toegang": seat["toegang"],
            "vanaf": _month(seat["vanaf"]),
            "tot": _month(seat.get("tot")),
            "bron": seat.get("bron", "uitnodiging"),
        }
        for i, seat in enumerate(seats, 1)
    ]


def _dialogue_rows(b: Buurt) -> list[dict[str, str]]:
    """``dialogen``: the story's dialogues (``Story.dialogen``), numbered ``<code>-dNN`` in their order."""
    return [
        {
            "id": f"{b.story.code}-d{i:02d}",
            "buurt": b.story.id,
            "datum": d["datum"].isoformat(),
            "onderwerp": d["onderwerp"],
            "met": ";".join(b.named(key).id for key in d["met"]),
            "aanwezig": b.platform.id,
            "tafel": f"{b.story.code}-t{d['tafel'] + 1:02d}" if "tafel" in d else "",
            "bron": "verslag van het platform",
        }
        for i, d in enumerate(b.story.dialogen, 1)
    ]


def _agreement_rows(b: Buurt) -> list[dict[str, str]]:
    """``dialoogafspraken``: the agreements of each dialogue, numbered ``<code>-dNN-aN``."""
    return [
        {
            "id": f"{b.story.code}-d{i:02d}-a{j}",
            "dialoog": f"{b.story.code}-d{i:02d}",
            "omschrijving": a["omschrijving"],
            "door": b.named(a["door"]).id,
            **{k: a[k].isoformat() if k in a else "" for k in ("deadline", "nagekomen", "vervallen")},
        }
        for i, d in enumerate(b.story.dialogen, 1)
        for j, a in enumerate(d.get("afspraken", ()), 1)
    ]


def _recognition_row(s: Story) -> dict[str, str]:
    """One row of ``erkenning``: the stadsdeelcommissie, an actor apart from the stadsdeel's administration,
    recognises the platform from ``Story.erkend`` or the start."""
    when = "na haar oordeel op de maatlat" if s.erkend else "bij de start van de proeftuin"
    return {
        "buurt": s.id,
        "platform": f"{s.code}-plat",
        "vanaf": _month(s.erkend or s.start),
        "tot": "",
        "besloten_door": f"sdc-{s.stadsdeel.lower()}",
        "document": f"Besluit stadsdeelcommissie {s.stadsdeel} {when}",
    }


def _month(month: int | None) -> str:
    """Render a month number as ``JJJJ-MM`` (empty for None)."""
    return f"{YEAR}-{month:02d}" if month else ""


def _actor_row(a: Actor) -> dict[str, str]:
    """One row of ``actoren``."""
    return {
        "id": a.id,
        "naam": a.naam,
        "buurt": a.buurt,
        "soort": a.soort,
        "herkomst": a.herkomst,
        "lijn": a.lijn,
        "functies": ";".join(a.functies),
        "vanaf": _month(a.vanaf),
        "tot": _month(a.tot),
        "persoon": "nee" if a.naam_tonen is None else "ja",
        "naam_tonen": a.naam_tonen or "",
    }


def _relation_row(id_: str, r: Relation) -> dict[str, str]:
    """One row of ``relaties``."""
    return {
        "id": id_,
        "van": r.van.id,
        "naar": r.naar.id,
        "soort": r.soort,
        "intensiteit": "" if r.intensiteit is None else str(r.intensiteit),
        "vanaf": _month(r.vanaf),
        "tot": _month(r.tot),
        "gemeld_door": r.gemeld_door,
        "bron": r.bron,
        "toelichting": r.toelichting,
    }


def _numbered(b: Buurt, rows: list[dict], letter: str, *by: str) -> list[dict[str, str]]:
    """Sort a buurt's rows by date (the first of the columns ``by`` that is filled), give them ids
    ``<code>-<letter>NNN``, render dates."""
    ordered = sorted(rows, key=lambda row: next(row[c] for c in by if row[c]))  # stable: equal dates keep order
    return [
        {
            "id": f"{b.story.code}-{letter}{i:03d}",
            **{k: v.isoformat() if isinstance(v, dt.date) else "" if v is None else str(v) for k, v in row.items()},
        }
        for i, row in enumerate(ordered, 1)
    ]
