"""What a demo buurt is made of: its story as numbers, and the actors and relations generated from it.

:class:`Story` is what a story file of :mod:`kit.demo.stories` says;
:class:`Buurt` holds everything generated for one buurt, with the helpers
the generators and the stories use to keep it consistent (a relation never
outlives the actors it joins).  Dates fall in :data:`YEAR`.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Mapping
from dataclasses import dataclass, field

from kit.analysis.registers import REGISTERS

from .invented import ACTIVITEIT_NAMEN, DEELNEMERS

YEAR = 2025
#: The seed of every random stream: the demo's files are the same on every run.
SEED = 20250101
LAST_DAY = dt.date(YEAR, 12, 31)
BRONNEN = ("interview", "observatie", "document", "bewonersavond")


@dataclass(frozen=True)
class Story:
    """The story of one buurt, as the numbers that shape its generated data.

    Attributes
    ----------
    id, code, naam, stadsdeel : str
        Buurt id, prefix of its actor ids, display name, fictional stadsdeel.
    start : int
        Month (1–12) the proeftuin starts; a later start makes a young platform.
    platform : str
        Name of the buurtplatform.
    herkomst : str
        Herkomst of the platform.
    commissies, initiatieven, professionals : int
        How many bewonerscommissies, residents' initiatives and local
        professional organisations the buurt has.
    sleutelfiguren : tuple of str
        ``naam_tonen`` of each key person (``""``: consent not recorded).
    ruggengraat : float
        Share of the bewonerscommissies tied to the platform.
    bundeling : float
        Chance that an activity has more than one organiser.
    terugkoppeling : float
        Chance that a professional who receives information from residents
        also informs them back.
    nieuw : float
        Share of the actors that appear during the year.
    dubbel : int
        Number of partnerships of the platform reported by both sides.
    kloof : int
        How much higher the professional side rates such a partnership.
    activiteiten : tuple of int
        Activities per month, January to December.
    actiestatussen : tuple of str
        Status of each ordinary item on the action list.
    maatlat : tuple of int
        Mean self-assessed score in the first and in the last month.
    gewone_verzoeken : int
        Number of ordinary requests to institutions (:data:`kit.demo.registers.VERZOEKEN`).
    oordeel : int
        How much higher (or lower, negative) the stadsdeelcommissie scores the
        buurt than the buurt scores itself.
    erkend : int or None
        Month the platform is recognised; None: from the start.
    tafels : tuple of dicts
        Seats of the buurt at tables beside the platform's seat at its stadsdeel's area meeting, which every buurt
        that keeps ``tafels`` has from its start (version 4): ``tafel``, ``rol``, ``toegang``, ``vanaf`` and
        ``tot`` (months), key of the ``eigenaar``, and ``actor`` (a key; the platform by default).
    dialogen : tuple of dicts
        Dialogues of the buurt (version 4): ``datum``, ``onderwerp``, keys of ``met``, ``tafel`` (the number of a
        seat of ``tafels``, 1 the first after the area meeting's), and ``afspraken``: ``omschrijving``, key of
        ``door``, and dates ``deadline``, ``nagekomen``, ``vervallen``.
    bijgehouden : tuple of str
        The registers the facilitator keeps for the buurt (:data:`kit.analysis.registers.REGISTERS`): the demo
        writes no row of the others, as data come in from a buurt that keeps only some.
    bron : str
        The one source every relation of the buurt is known from (``relaties.bron``), when there is only one;
        empty: each its own.
    zwijgt : mapping of str to int
        Institutions (by key, as in :meth:`Buurt.find`) that leave the buurt's ordinary requests unanswered
        from a month on.
    kenmerken : tuple of str
        The story's events that need code (random draws, changes to what was generated), by name in
        :data:`kit.demo.kenmerken.KENMERKEN`; they run after the story's own actors and relations, in this
        order.
    actoren, relaties, verzoeken, acties, resultaten : tuple of dict
        The story's own rows of these files, with the contract's column names; actors and relations name
        actors by key (:meth:`Buurt.find`), months of ``vanaf``/``tot`` are numbers 1–12, dates are dates.
        An actor's key makes its id ``<code>-<key>``.  Results have ``datum``, ``gemeld`` or both: one
        with ``gemeld`` only is recorded after the fact, its date unknown.
    afspraken : tuple of dict
        Agreements of intervision sessions the buurt carries on its action list: ``sessie`` (its month),
        then the action's omschrijving, status, deadline, afgerond, reden and belemmering.  Each follows the
        ``afspraken`` of its session (``kit/demo/stories/intervisie.toml``).
    """

    id: str
    code: str
    naam: str
    stadsdeel: str
    start: int
    platform: str
    herkomst: str
    commissies: int
    initiatieven: int
    professionals: int
    sleutelfiguren: tuple[str, ...]
    ruggengraat: float
    bundeling: float
    terugkoppeling: float
    nieuw: float
    dubbel: int
    kloof: int
    activiteiten: tuple[int, ...]
    actiestatussen: tuple[str, ...]
    maatlat: tuple[int, int]
    gewone_verzoeken: int = 2
    oordeel: int = 0
    erkend: int | None = None
    bijgehouden: tuple[str, ...] = REGISTERS
    bron: str = ""
    zwijgt: Mapping[str, int] = field(default_factory=dict)
    kenmerken: tuple[str, ...] = ()
    actoren: tuple[dict, ...] = ()
    relaties: tuple[dict, ...] = ()
    verzoeken: tuple[dict, ...] = ()
    acties: tuple[dict, ...] = ()
    resultaten: tuple[dict, ...] = ()
    afspraken: tuple[dict, ...] = ()
    tafels: tuple[dict, ...] = ()
    dialogen: tuple[dict, ...] = ()


@dataclass
class Actor:
    """An actor as generated; ``vanaf``/``tot`` are months (1–12) or None."""

    id: str
    naam: str
    buurt: str
    soort: str
    herkomst: str
    lijn: str
    functies: tuple[str, ...] = ()
    vanaf: int | None = None
    tot: int | None = None
    naam_tonen: str | None = None  # None: not a person

    def active(self, month: int) -> bool:
        """Whether the actor is active in ``month`` (the snapshot rule)."""
        return (self.vanaf or 1) <= month <= (self.tot or 12)


@dataclass
class Relation:
    """A relation as generated; ``vanaf``/``tot`` are months (1–12) or None.

    Relations get their ids when written (:func:`kit.demo.build.generate`), numbered in the
    order they were made, so a story may drop one without leaving a gap or a clash.
    """

    van: Actor
    naar: Actor
    soort: str
    intensiteit: int | None
    vanaf: int | None
    tot: int | None
    gemeld_door: str
    bron: str
    toelichting: str


@dataclass
class Buurt:
    """Everything generated for one buurt, with helpers that keep it consistent.

    The helpers derive a relation's period from its actors' periods, so that no
    relation outlives or predates the actors it joins.
    """

    story: Story
    rng: random.Random
    stad: dict[str, Actor]
    namen: list[str]
    actoren: list[Actor] = field(default_factory=list)
    relaties: list[Relation] = field(default_factory=list)
    activiteiten: list[dict] = field(default_factory=list)
    acties: list[dict] = field(default_factory=list)
    verzoeken: list[dict] = field(default_factory=list)
    lokaal: list[tuple[Actor, str]] = field(default_factory=list)
    resultaten: list[dict] = field(default_factory=list)

    def actor(self, key, naam, soort, herkomst, lijn, functies=(), vanaf=None, tot=None, naam_tonen=None) -> Actor:
        """Add an actor of this buurt with id ``<code>-<key>``."""
        actor = Actor(
            f"{self.story.code}-{key}",
            naam,
            self.story.id,
            soort,
            herkomst,
            lijn,
            tuple(functies),
            vanaf,
            tot,
            naam_tonen,
        )
        self.actoren.append(actor)
        return actor

    def rel(self, van, naar, soort, intensiteit=None, vanaf=None, tot=None, gemeld_door=None, toelichting=""):
        """Add a relation, clipped to the periods of both actors.

        Returns the relation, or None when the period would be empty.
        """
        starts = [m for m in (vanaf, van.vanaf, naar.vanaf) if m]
        ends = [m for m in (tot, van.tot, naar.tot) if m]
        start, end = max(starts, default=None), min(ends, default=None)
        if start and end and start > end:
            return None
        relation = Relation(
            van,
            naar,
            soort,
            intensiteit,
            start,
            end,
            gemeld_door.id if gemeld_door else "",
            self.story.bron or ("interview" if gemeld_door else self.rng.choice(BRONNEN)),
            toelichting,
        )
        self.relaties.append(relation)
        return relation

    def both_views(self, a, b, view_a, view_b, vanaf=None, tot=None, toelichting=""):
        """Add one ``samenwerking`` as two rows: as ``a`` and as ``b`` report it."""
        self.rel(a, b, "samenwerking", view_a, vanaf, tot, gemeld_door=a, toelichting=toelichting)
        self.rel(b, a, "samenwerking", view_b, vanaf, tot, gemeld_door=b, toelichting=toelichting)

    def end_actor(self, actor: Actor, month: int) -> None:
        """Let ``actor`` leave after ``month``, ending or dropping its relations."""
        actor.tot = month
        for relation in list(self.relaties):
            if actor in (relation.van, relation.naar):
                if (relation.vanaf or 1) > month:
                    self.relaties.remove(relation)
                else:
                    relation.tot = min(relation.tot or 12, month)

    def activity(self, month, day, soort, organisers, toelichting=""):
        """Add an activity on ``YEAR-month-day`` with a name and turnout for its soort."""
        self.activiteiten.append(
            {
                "buurt": self.story.id,
                "naam": self.rng.choice(ACTIVITEIT_NAMEN[soort]),
                "soort": soort,
                "datum": dt.date(YEAR, month, day),
                "organisatoren": ";".join(a.id for a in organisers),
                "deelnemers": self.rng.randint(*DEELNEMERS[soort]),
                "toelichting": toelichting,
            }
        )

    def own(self, month: int, *, lijn0: bool = False) -> list[Actor]:
        """The buurt's own actors active in ``month`` (only lijn 0 if asked).

        Institutions' own structures (soort stadsdeel, woningcorporatie) are
        left out: they act only where a story makes them act.
        """
        return [
            a
            for a in self.actoren
            if a.active(month) and (not lijn0 or a.lijn == "0") and a.soort not in ("stadsdeel", "woningcorporatie")
        ]

    def of(self, soort: str) -> list[Actor]:
        """The buurt's own actors of one soort."""
        return [a for a in self.actoren if a.soort == soort]

    def find(self, key: str) -> Actor | None:
        """An actor by key: ``sd`` (the buurt's stadsdeel), a city-wide key, or the part of an own actor's
        id after the buurt's code (``plat``, ``bc1``, ``wc``); None when the buurt has no such actor."""
        if key == "sd":
            return self.stad[f"sd-{self.story.stadsdeel.lower()}"]
        own = f"{self.story.code}-{key}"
        return self.stad.get(key) or next((a for a in self.actoren if a.id == own), None)

    def named(self, key: str) -> Actor:
        """:meth:`find`, for keys a story names: a missing actor is an error in the story."""
        actor = self.find(key)
        if actor is None:
            raise LookupError(f"{self.story.id}: the story names '{key}', which this buurt does not have")
        return actor

    def request(self, aan, onderwerp, gevraagd, uitkomst, antwoord=None, nagekomen=None, toelichting="", van=None):
        """Add a request of the platform (or ``van``) to ``aan``, dates as :class:`datetime.date`."""
        self.verzoeken.append(
            {
                "buurt": self.story.id,
                "van": (van or self.platform).id,
                "aan": aan.id,
                "onderwerp": onderwerp,
                "gevraagd": gevraagd,
                "uitkomst": uitkomst,
                "antwoord": antwoord,
                "nagekomen": nagekomen,
                "toelichting": toelichting,
            }
        )

    def action(
        self,
        omschrijving: str,
        eigenaar: Actor,
        gepland: dt.date,
        deadline: dt.date,
        status: str,
        afgerond: dt.date | None = None,
        reden: str = "",
        sessie: str = "",
        belemmering: str = "",
    ) -> None:
        """Add an item of the action list, owned by ``eigenaar``, dates as :class:`datetime.date`."""
        self.acties.append(
            {
                "buurt": self.story.id,
                "omschrijving": omschrijving,
                "eigenaar": eigenaar.id,
                "gepland": gepland,
                "deadline": deadline,
                "status": status,
                "afgerond": afgerond,
                "reden": reden,
                "sessie": sessie,
                "belemmering": belemmering,
            }
        )

    def initiatives(self) -> list[Actor]:
        """The buurt's residents' initiatives, associations and peer groups."""
        return [a for a in self.actoren if a.soort in ("bewonersinitiatief", "vereniging", "lotgenotengroep")]

    @property
    def platform(self) -> Actor:
        """The buurt's platform: always its first actor."""
        return self.actoren[0]
