"""A fictional demo dataset: ten invented pilot buurten through the year 2025.

Facilitators, developers and tests need a dataset that exercises every figure
of the analysis (see ``docs/figures.md``) without touching real people
or real neighbourhoods.  :func:`write_demo` writes one, in the shape of
:data:`kit.data.contract.FILES` (its version 1 files and columns, :data:`COLUMNS`), plus
``FICTIEF.txt`` so that reports show a banner.

Every buurt, stadsdeel, organisation and person is invented.  The data is
generated from seeded :class:`random.Random` streams only (no clock, no
``hash()``), so two runs give byte-identical files.

The ten stories
---------------
Each buurt follows its own story, written down as a :class:`Story` in
:data:`STORIES`; the generic parts (actors, ties, activities, actions, scores)
are shaped by the story's numbers, and five stories add a feature from
:data:`FEATURES`:

1. Vlinderhof: a strong platform with a backbone of bewonerscommissies, all
   tied to it, and activities organised together.
2. Zilverdistel: the stadsdeel puts its own buurtnetwerk (June) and newsletter
   (July) beside the residents' platform; tension and split residents'
   meetings follow.
3. Zonnedauwkwartier: a young platform (from March) that grows month by month.
4. Parelmoerhaven: professionals collect information from residents and never
   bring it back; they also see the partnership rosier than residents do.
5. Klaproosveld: the platform fades after its key figure leaves in June.
6. Windvanghof: a thousand flowers: many small initiatives, a thin platform.
7. Maanzaadbuurt: a corporation's renovation team runs its own meetings beside
   the platform, with tension, until an agreement in September.
8. Lepelaarsweide: a platform started together with welzijn (gemengd), close to
   professionals who rate the partnership higher than the residents do.
9. Hommelberg: two residents' groups compete for the buurt and make peace in
   September.
10. Wolkenkade: residents set up a buurtbudgetcommissie in May and fund
    initiatives themselves.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path

from .atomic import write_text
from .paths import files_to_write
from .safe_cells import safe_rows
from .data.contract import ACTIVITY_FUNCTIONS, CRITERIA, FILES, SOORT_ACTIVITEIT

YEAR = 2025
SEED = 20250101
LAST_DAY = dt.date(YEAR, 12, 31)
FICTIEF_TEXT = (
    "Dit zijn fictieve demogegevens, gemaakt door de proeftuinkit: alle buurten, "
    "stadsdelen, organisaties en personen zijn verzonnen.\n"
)
BRONNEN = ("interview", "observatie", "document", "bewonersavond")
#: The files the demo writes, with their columns: version 1 of the contract.  The
#: stories do not yet tell what buurten achieve, ask or are recognised for, nor
#: what stood in an action's way (version 2), so those files and columns are left
#: out rather than written empty.
COLUMNS = {
    stem: [c.name for c in FILES[stem].columns if not c.optional_column]
    for stem in ("buurten", "actoren", "relaties", "activiteiten", "acties", "intervisie", "maatlat")
}
PLATFORM_FUNCTIES = ("netwerkorganisatie", "bewonersbijeenkomst", "informatievoorziening", "belangenbehartiging")


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
    acties : tuple of str
        Status of each item on the action list.
    maatlat : tuple of int
        Mean self-assessed score in the first and in the last month.
    kenmerk : str or None
        Key of :data:`FEATURES` adding the story's own events.
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
    acties: tuple[str, ...]
    maatlat: tuple[int, int]
    kenmerk: str | None = None


# Short names for the action statuses, so that each story's action list fits on a line.
G, N, O, V = "gedaan", "niet_gedaan", "open", "vervallen"

STORIES = (
    Story("vlinderhof", "vh", "Vlinderhof", "Noorderkim", 1, "Buurtplatform Vlinderhof", "onderop",
          commissies=8, initiatieven=9, professionals=4, sleutelfiguren=("ja", "nee"),
          ruggengraat=1.0, bundeling=0.85, terugkoppeling=0.8, nieuw=0.1, dubbel=2, kloof=0,
          activiteiten=(5, 5, 6, 6, 6, 7, 4, 5, 6, 6, 7, 6), acties=(G, G, G, G, G, N, O, V),
          maatlat=(3, 4)),
    Story("zilverdistel", "zd", "Zilverdistel", "Zonnewaard", 1, "Bewonersnetwerk Zilverdistel", "onderop",
          commissies=3, initiatieven=6, professionals=4, sleutelfiguren=("nee",),
          ruggengraat=0.7, bundeling=0.4, terugkoppeling=0.6, nieuw=0.1, dubbel=2, kloof=1,
          activiteiten=(4, 4, 4, 5, 4, 4, 3, 3, 4, 4, 4, 3), acties=(G, G, N, N, O, O, V),
          maatlat=(3, 2), kenmerk="parallel"),
    Story("zonnedauw", "zk", "Zonnedauwkwartier", "Westerduin", 3, "Platform Zonnedauw", "onderop",
          commissies=3, initiatieven=8, professionals=3, sleutelfiguren=("ja",),
          ruggengraat=0.7, bundeling=0.5, terugkoppeling=0.6, nieuw=0.75, dubbel=1, kloof=1,
          activiteiten=(0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5), acties=(G, G, G, O, O),
          maatlat=(2, 4)),
    Story("parelmoer", "ph", "Parelmoerhaven", "Westerduin", 1, "Buurtplatform Parelmoer", "onderop",
          commissies=4, initiatieven=5, professionals=5, sleutelfiguren=("nee", "ja"),
          ruggengraat=0.5, bundeling=0.4, terugkoppeling=0.0, nieuw=0.1, dubbel=3, kloof=2,
          activiteiten=(3, 4, 3, 4, 3, 4, 2, 3, 4, 3, 4, 3), acties=(G, N, N, O, O, V),
          maatlat=(3, 3)),
    Story("klaproos", "kv", "Klaproosveld", "Morgenland", 1, "Buurtplatform Klaproos", "onderop",
          commissies=4, initiatieven=6, professionals=3, sleutelfiguren=("ja", "nee"),
          ruggengraat=0.75, bundeling=0.5, terugkoppeling=0.5, nieuw=0.0, dubbel=1, kloof=1,
          activiteiten=(6, 6, 5, 5, 4, 3, 2, 2, 1, 1, 1, 1), acties=(G, G, N, N, V, V, O),
          maatlat=(4, 2), kenmerk="vervagen"),
    Story("windvang", "wh", "Windvanghof", "Noorderkim", 1, "Buurtplatform Windvang", "onderop",
          commissies=2, initiatieven=18, professionals=3, sleutelfiguren=("", "nee"),
          ruggengraat=0.5, bundeling=0.2, terugkoppeling=0.6, nieuw=0.15, dubbel=1, kloof=0,
          activiteiten=(6, 6, 7, 7, 7, 7, 5, 5, 7, 7, 7, 6), acties=(G, G, G, O, N),
          maatlat=(3, 3)),
    Story("maanzaad", "mz", "Maanzaadbuurt", "Zonnewaard", 1, "Buurtplatform Maanzaad", "onderop",
          commissies=7, initiatieven=5, professionals=4, sleutelfiguren=("nee",),
          ruggengraat=0.6, bundeling=0.5, terugkoppeling=0.6, nieuw=0.1, dubbel=2, kloof=1,
          activiteiten=(4, 4, 4, 5, 5, 4, 3, 3, 5, 5, 5, 4), acties=(G, G, N, O, O, V),
          maatlat=(2, 3), kenmerk="renovatie"),
    Story("lepelaar", "lw", "Lepelaarsweide", "Morgenland", 1, "Buurtnetwerk Lepelaarsweide", "gemengd",
          commissies=3, initiatieven=6, professionals=6, sleutelfiguren=("ja", "nee", "nee"),
          ruggengraat=0.7, bundeling=0.6, terugkoppeling=0.9, nieuw=0.1, dubbel=4, kloof=2,
          activiteiten=(4, 5, 5, 5, 5, 5, 3, 4, 5, 5, 5, 4), acties=(G, G, G, G, O, N),
          maatlat=(3, 4)),
    Story("hommelberg", "hb", "Hommelberg", "Westerduin", 1, "Buurtplatform Hommelberg", "onderop",
          commissies=4, initiatieven=7, professionals=3, sleutelfiguren=("nee",),
          ruggengraat=0.5, bundeling=0.4, terugkoppeling=0.6, nieuw=0.1, dubbel=1, kloof=0,
          activiteiten=(3, 4, 4, 4, 4, 4, 3, 3, 4, 5, 5, 4), acties=(G, N, G, O, V),
          maatlat=(2, 3), kenmerk="rivalen"),
    Story("wolkenkade", "wk", "Wolkenkade", "Morgenland", 1, "Buurtplatform Wolkenkade", "onderop",
          commissies=5, initiatieven=10, professionals=4, sleutelfiguren=("ja", "nee"),
          ruggengraat=0.6, bundeling=0.5, terugkoppeling=0.7, nieuw=0.15, dubbel=2, kloof=1,
          activiteiten=(4, 4, 5, 5, 5, 6, 4, 4, 5, 6, 6, 5), acties=(G, G, G, O, O, N),
          maatlat=(3, 4), kenmerk="buurtbudget"),
)

#: City-wide actors (empty ``buurt``): key, naam, soort, herkomst, lijn, functies.
STAD = (
    ("gemeente", "Gemeente, programma Buurtplatformrecht (fictief)", "gemeente", "bovenaf", "2", ("buurtbudget",)),
    ("thuishaven", "Woningcorporatie Thuishaven", "woningcorporatie", "bovenaf", "1", ("wonen",)),
    ("samenkracht", "Welzijnsstichting Samenkracht", "welzijnsorganisatie", "bovenaf", "1",
     ("zorg_en_welzijn", "ouderen", "jongeren")),
    ("vlonder", "Buurtfonds De Vlonder", "fonds", "gemengd", "2", ("buurtbudget",)),
    ("lantaarn", "Politie basisteam Lantaarn", "politie", "bovenaf", "1", ("veiligheid",)),
)
STADSDELEN = ("Noorderkim", "Zonnewaard", "Westerduin", "Morgenland")

#: Local professional organisations: key, naam, soort, herkomst, lijn, functies,
#: and the directed relation they typically have with a residents' initiative.
LOKAAL = (
    ("wc", "Buurthuis {}", "wijkcentrum", "bovenaf", "1", ("ontmoetingsplek", "activiteiten"), "ruimte"),
    ("bt", "Buurtteam {}", "welzijnsorganisatie", "bovenaf", "1", ("zorg_en_welzijn",), "ondersteuning"),
    ("sch", "Basisschool De Regenboogvis ({})", "onderwijs", "bovenaf", "1", ("onderwijs", "jongeren"), "werving"),
    ("zorg", "Zorgpunt {}", "zorgorganisatie", "bovenaf", "1", ("zorg_en_welzijn", "ouderen"), "ondersteuning"),
    ("stg", "Stichting Werkplaats {}", "maatschappelijke_organisatie", "gemengd", "1",
     ("werk_en_inkomen", "voedsel"), "werving"),
    ("ond", "Ondernemerskring {}", "ondernemer", "onderop", "0", ("activiteiten",), "financiering"),
)

#: Residents' initiatives: naam, soort, functies.
INITIATIEVEN = (
    ("Moestuin {}", "bewonersinitiatief", ("groen_en_schoon", "duurzaamheid")),
    ("Huiskamer {}", "bewonersinitiatief", ("ontmoetingsplek", "ouderen")),
    ("Voedselkast {}", "bewonersinitiatief", ("voedsel",)),
    ("Jongerencollectief {}", "bewonersinitiatief", ("jongeren", "sport")),
    ("Buurtkoor {}", "vereniging", ("cultuur",)),
    ("Mantelzorgcafé {}", "lotgenotengroep", ("zorg_en_welzijn",)),
    ("Repair Café {}", "bewonersinitiatief", ("duurzaamheid",)),
    ("Sportclub {}", "vereniging", ("sport", "jongeren")),
    ("Taalmaatjes {}", "bewonersinitiatief", ("onderwijs", "werk_en_inkomen")),
    ("Wijkkrant {}", "bewonersinitiatief", ("informatievoorziening",)),
    ("Buurtwacht {}", "bewonersinitiatief", ("veiligheid",)),
    ("Kunstroute {}", "vereniging", ("cultuur", "activiteiten")),
    ("Zwerfafvalploeg {}", "bewonersinitiatief", ("groen_en_schoon",)),
    ("Ouderensoos {}", "vereniging", ("ouderen", "activiteiten")),
    ("Vrouwengroep {}", "lotgenotengroep", ("zorg_en_welzijn", "werk_en_inkomen")),
    ("Kookclub {}", "bewonersinitiatief", ("voedsel", "activiteiten")),
    ("Speeltuinvereniging {}", "vereniging", ("jongeren", "groen_en_schoon")),
    ("Energiecoöperatie {}", "bewonersinitiatief", ("duurzaamheid", "wonen")),
    ("Klussendienst {}", "bewonersinitiatief", ("wonen",)),
    ("Bewonersbelang {}", "bewonersinitiatief", ("belangenbehartiging",)),
)
COMMISSIE_SOORTEN = ("Bewonerscommissie", "Huurdersvereniging", "VvE")
STRATEN = (
    "Distelpad", "Wolkenstraat", "Zonnedauwlaan", "Pimpernelhof", "Kievitsbloemkade", "Hazelaarsingel",
    "Lavendelplein", "Sleutelbloemstraat", "Morgenroodpad", "Regenboogkade", "Zeepbelhof", "Vuurvliegstraat",
    "Nachtegaalsteeg", "Hooibergweg", "Vlasbloemhof", "Tinnegietershof", "Wilgenkatjesstraat", "Kruimelkade",
)
VOORNAMEN = ("Floor", "Jamila", "Kees", "Noor", "Ravi", "Tineke", "Yusuf", "Merel", "Abebe", "Lotte", "Sami",
             "Greet", "Dewi", "Bram", "Fatma", "Joop", "Ilse", "Mo", "Anouk", "Kofi")
ACHTERNAMEN = ("Wolkenveld", "Tuinzaad", "Lantaarnman", "Zeepbelder", "Kroosvijver", "Dauwbraam", "Mistelkamp",
               "Vlierhout", "Heggemoes", "Krulbeek", "Sterrenkroos", "Windhaver", "Pluimgras", "Bessemer-Uil",
               "Keteldoorn", "Zandhaas", "Mossel-Ster", "Dakgoot", "Lindeblad", "Parasolkamp")

ACTIVITEIT_NAMEN = {
    "buurtfeest": ("Buurtfeest", "Zomerfeest op het plein", "Burendag"),
    "weggeefactie": ("Weggeefmarkt", "Kledingruil", "Speelgoedruil"),
    "bewonersbijeenkomst": ("Bewonersavond", "Buurtoverleg", "Bewonersvergadering"),
    "markt": ("Buurtmarkt", "Rommelmarkt", "Streekmarkt"),
    "actie": ("Handtekeningenactie", "Inspraakactie", "Actie voor veilige oversteek"),
    "cursus": ("Taalcursus", "Cursus energiebesparen", "Computercursus voor ouderen"),
    "spreekuur": ("Spreekuur wonen", "Inloopspreekuur", "Formulierenhulp"),
    "schoonmaak": ("Schoonmaakochtend", "Zwerfvuilprikken", "Geveltuintjesdag"),
    "sport_en_spel": ("Straatvoetbal", "Spelletjesmiddag", "Buurtwandeling"),
    "cultuur": ("Open podium", "Buurtfilm", "Verhalenavond"),
    "overig": ("Buurtontbijt", "Kennismakingskoffie", "Buurtlunch"),
}
DEELNEMERS = {
    "buurtfeest": (60, 250), "weggeefactie": (20, 80), "bewonersbijeenkomst": (12, 60), "markt": (40, 200),
    "actie": (10, 120), "cursus": (6, 20), "spreekuur": (5, 25), "schoonmaak": (8, 40),
    "sport_en_spel": (10, 50), "cultuur": (20, 90), "overig": (10, 60),
}

#: Items for action lists: omschrijving, and the learning when it is not done.
ACTIES = (
    ("Buurtwebsite bijwerken met de agenda",
     "Niemand had er naast werk en zorg tijd voor; eerst een trekker vinden, dan plannen."),
    ("Gesprek plannen met de corporatie over achterstallig onderhoud",
     "De corporatie wachtte op een besluit van hogerhand; eerder samen met andere commissies aankaarten."),
    ("Ruimte zoeken voor de jongerenavond",
     "Het buurthuis had geen avonden vrij; eerst de ruimte vastleggen, dan de datum."),
    ("Bewonerscommissies uitnodigen voor het platformoverleg",
     "Een brief werkte niet; commissies komen pas als iemand ze persoonlijk vraagt."),
    ("Subsidie aanvragen bij het buurtfonds",
     "De aanvraag was te laat; de termijnen staan nu in de gezamenlijke agenda."),
    ("Nieuwsbrief in drie talen uitbrengen",
     "Er waren geen vertalers; volgende keer vrijwilligers uit de taalgroepen vragen."),
    ("Kennismakingsbezoek bij nieuwe bewoners",
     "Niemand wist wie er nieuw was; afspraken maken met de corporatie over een welkomstlijst."),
    ("Afspraken maken met het stadsdeel over één bewonersavond",
     "Het stadsdeel had de eigen avond al gepland; eerder aan tafel, vóór er data vastliggen."),
    ("Vrijwilligers werven voor de schoonmaakochtend",
     "Een oproep op papier leverde niets op; persoonlijk vragen bij de activiteiten werkt beter."),
    ("Terugkoppeling vragen van het buurtteam over gedeelde signalen",
     "Het buurtteam mocht niets delen vanwege privacy; nu afspraken over wat wél kan."),
    ("Spreekuur opzetten in de huiskamer",
     "Er kwam niemand op het vaste uur; het spreekuur koppelen aan de koffieochtend."),
    ("Verslag van de bewonersavond rondsturen",
     "De notulist viel uit; het verslag voortaan met twee mensen maken."),
    ("Contact leggen met de school over ouderavonden",
     "De school zat midden in een reorganisatie; na de zomer opnieuw proberen."),
    ("Overdracht regelen voor de taken van de trekker",
     "De taken zaten in één hoofd; te laat begonnen met opschrijven en verdelen."),
    ("Peerreview voorbereiden voor de intervisie",
     "De scores waren niet op tijd klaar; het invullen nu vast agendapunt van het overleg."),
)

#: One intervision session per month: thema, lessen, afspraken.
INTERVISIE = (
    ("Wat maakt een buurtplatform?", "Elke buurt verstaat er iets anders onder; het netwerk tekenen helpt.",
     "Elke buurt maakt een eerste netwerkkaart."),
    ("Bewonerscommissies als ruggengraat", "Een platform is sterk als de commissies het als het hunne zien.",
     "Vlinderhof deelt hoe zij commissies betrekken."),
    ("Een nieuw platform opstarten", "Begin klein en laat zien wat er al gebeurt.",
     "Zonnedauwkwartier krijgt een maatje uit een ervaren buurt."),
    ("Signalen ophalen en terugbrengen", "Wie signalen ophaalt zonder terug te koppelen, verliest vertrouwen.",
     "Buurten vragen professionals om terugkoppeling binnen een maand."),
    ("Het buurtbudget: wie beslist?", "Bewoners willen meebeslissen, niet alleen meepraten.",
     "Wolkenkade deelt hun stemavond als voorbeeld."),
    ("Als een sleutelfiguur wegvalt", "Te veel hangt aan één persoon; taken vroeg delen.",
     "Elke buurt schrijft op wie wat doet."),
    ("Een tweede bewonersavond naast de eigen",
     "Parallelle structuren ontstaan als instellingen niet eerst vragen wat er is.",
     "Gezamenlijke brief aan de stadsdelen over bestaande platforms."),
    ("Zomer en bereik", "In de zomer haken mensen af; kleine activiteiten houden contact.",
     "Iedere buurt plant één laagdrempelige zomeractiviteit."),
    ("Van rivaliteit naar samenwerking", "Een gedeelde agenda helpt meer dan een gedeelde naam.",
     "Hommelberg vertelt in oktober hoe het verder ging."),
    ("Peerreview op de maatlat", "Buurten scoren zichzelf vaak hoger dan anderen hen scoren.",
     "Elk kwartaal een peerreview op drie criteria."),
    ("Belevingsverschillen", "Professionals zien de samenwerking rooskleuriger dan bewoners.",
     "Bij elk interview beide kanten vragen."),
    ("Terugblik op het jaar", "Het netwerk laten zien maakt gesprekken met instellingen concreter.",
     "Lessen bundelen voor de stadsdeelcommissies."),
)


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
    """A relation as generated; ``vanaf``/``tot`` are months (1–12) or None."""

    id: str
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
    lokaal: list[tuple[Actor, str]] = field(default_factory=list)

    def actor(self, key, naam, soort, herkomst, lijn, functies=(), vanaf=None, tot=None, naam_tonen=None) -> Actor:
        """Add an actor of this buurt with id ``<code>-<key>``."""
        actor = Actor(f"{self.story.code}-{key}", naam, self.story.id, soort, herkomst, lijn,
                      tuple(functies), vanaf, tot, naam_tonen)
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
        relation = Relation(f"{self.story.code}-r{len(self.relaties) + 1:03d}", van, naar, soort, intensiteit,
                            start, end, gemeld_door.id if gemeld_door else "",
                            "interview" if gemeld_door else self.rng.choice(BRONNEN), toelichting)
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
        self.activiteiten.append({
            "buurt": self.story.id,
            "naam": self.rng.choice(ACTIVITEIT_NAMEN[soort]),
            "soort": soort,
            "datum": dt.date(YEAR, month, day),
            "organisatoren": ";".join(a.id for a in organisers),
            "deelnemers": self.rng.randint(*DEELNEMERS[soort]),
            "toelichting": toelichting,
        })

    def own(self, month: int, *, lijn0: bool = False) -> list[Actor]:
        """The buurt's own actors active in ``month`` (only lijn 0 if asked).

        Institutions' own structures (soort stadsdeel, woningcorporatie) are
        left out: they act only where a story makes them act.
        """
        return [a for a in self.actoren if a.active(month) and (not lijn0 or a.lijn == "0")
                and a.soort not in ("stadsdeel", "woningcorporatie")]

    def of(self, soort: str) -> list[Actor]:
        """The buurt's own actors of one soort."""
        return [a for a in self.actoren if a.soort == soort]

    @property
    def platform(self) -> Actor:
        """The buurt's platform: always its first actor."""
        return self.actoren[0]


# --- actors and ties ---------------------------------------------------------

def _city_actors() -> list[Actor]:
    """The city-wide actors and one actor per fictional stadsdeel (empty ``buurt``)."""
    actors = [Actor(key, naam, "", soort, herkomst, lijn, functies)
              for key, naam, soort, herkomst, lijn, functies in STAD]
    actors += [Actor(f"sd-{sd.lower()}", f"Stadsdeel {sd}", "", "stadsdeel", "bovenaf", "2", ("buurtbudget",))
               for sd in STADSDELEN]
    return actors


def _add_actors(b: Buurt) -> None:
    """Create the platform, commissies, initiatives, key persons and professionals.

    A share (``Story.nieuw``) of them appears during the year, spread evenly
    over the months after the start, so the network changes every month.
    """
    s, rng = b.story, b.rng
    b.actor("plat", s.platform, "buurtplatform", s.herkomst, "0", PLATFORM_FUNCTIES,
            vanaf=s.start if s.start > 1 else None)
    straten = rng.sample(STRATEN, s.commissies)
    for i, straat in enumerate(straten, 1):
        naam = f"{rng.choice(COMMISSIE_SOORTEN)} {straat}"
        b.actor(f"bc{i}", naam, "bewonerscommissie", "onderop", "0", ("wonen",))
    for i, (naam, soort, functies) in enumerate(rng.sample(INITIATIEVEN, s.initiatieven), 1):
        herkomst = "gemengd" if rng.random() < 0.2 else "onderop"
        b.actor(f"ini{i}", naam.format(s.naam), soort, herkomst, "0", functies)
    for i, (naam, tonen) in enumerate(zip(b.namen, s.sleutelfiguren), 1):
        b.actor(f"sf{i}", naam, "sleutelfiguur", "onderop", "0", rng.sample(ACTIVITY_FUNCTIONS, 2), naam_tonen=tonen)
    for key, naam, soort, herkomst, lijn, functies, typical in sorted(rng.sample(LOKAAL, s.professionals),
                                                                    key=LOKAAL.index):
        b.lokaal.append((b.actor(key, naam.format(s.naam), soort, herkomst, lijn, functies), typical))
    candidates = [a for a in b.actoren[1:] if a.naam_tonen is None]
    newcomers = rng.sample(candidates, round(s.nieuw * len(candidates)))
    first = s.start + 1
    for i, actor in enumerate(newcomers):
        actor.vanaf = first + i * (13 - first) // len(newcomers)


def _platform_ties(b: Buurt) -> None:
    """Tie the platform to commissies, initiatives and key persons.

    ``Story.ruggengraat`` decides how many commissies are tied; a strong
    backbone also has stronger ties.
    """
    s, rng, plat = b.story, b.rng, b.platform
    low = 3 if s.ruggengraat == 1.0 else 1
    commissies = b.of("bewonerscommissie")
    for bc in rng.sample(commissies, round(s.ruggengraat * len(commissies))):
        b.rel(plat, bc, "samenwerking", rng.randint(low, 5))
    for ini in _initiatives(b):
        draw = rng.random()
        if draw < 0.45:
            b.rel(plat, ini, "samenwerking", rng.randint(1, 4))
        elif draw < 0.7:
            b.rel(plat, ini, "werving")
    for sf in b.of("sleutelfiguur"):
        b.rel(sf, plat, "samenwerking", rng.randint(3, 5))
        b.rel(sf, rng.choice(_initiatives(b)), "werving")


def _initiatives(b: Buurt) -> list[Actor]:
    """The buurt's residents' initiatives, associations and peer groups."""
    return [a for a in b.actoren if a.soort in ("bewonersinitiatief", "vereniging", "lotgenotengroep")]


def _resident_ties(b: Buurt) -> None:
    """Tie residents' initiatives and commissies to each other."""
    rng = b.rng
    residents = [a for a in b.actoren[1:] if a.lijn == "0" and a.naam_tonen is None]
    for a, c in rng.sample(list(combinations(residents, 2)), len(residents) // 2):
        b.rel(a, c, "samenwerking", rng.randint(1, 3))


def _professional_ties(b: Buurt) -> None:
    """Tie professionals and city-wide actors to the buurt.

    Residents inform professionals; whether the professional informs them back
    is drawn with ``Story.terugkoppeling`` (0: collecting, never bringing back).
    ``Story.dubbel`` partnerships with the platform are reported by both sides,
    the professional side ``Story.kloof`` points higher.
    """
    s, rng, plat = b.story, b.rng, b.platform
    sd = b.stad[f"sd-{s.stadsdeel.lower()}"]
    residents = [a for a in b.actoren if a.lijn == "0"]
    initiatives = _initiatives(b)
    for prof, typical in b.lokaal:
        b.rel(prof, rng.choice(initiatives), typical)
        if prof.soort == "wijkcentrum":
            b.rel(prof, plat, "ruimte")
    local = [prof for prof, _ in b.lokaal if prof.lijn != "0"]
    professionals = local + [sd, b.stad["thuishaven"], b.stad["samenkracht"]]
    for prof in professionals:
        for resident in rng.sample(residents, rng.randint(1, 3)):
            b.rel(resident, prof, "informatie")
            if rng.random() < s.terugkoppeling:
                b.rel(prof, resident, "informatie")
    for prof in (local + [sd])[: s.dubbel]:
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


def _changes(b: Buurt) -> None:
    """Add the ordinary changes of a year: two ties end, one new tie forms.

    Ties of the platform are left alone; the stories change those.
    """
    rng = b.rng
    loose = [r for r in b.relaties if b.platform not in (r.van, r.naar) and r.tot is None and (r.vanaf or 1) <= 10]
    for relation in rng.sample(loose, 2):
        relation.tot = rng.randint(max(relation.vanaf or 1, 4), 11)
    a, c = rng.sample([a for a in b.actoren[1:] if a.lijn == "0"], 2)
    b.rel(a, c, "samenwerking", rng.randint(2, 4), vanaf=rng.randint(5, 10),
          toelichting="Nieuw contact na een buurtactiviteit")


# --- story features ----------------------------------------------------------

def _parallel(b: Buurt) -> None:
    """The stadsdeel installs its own buurtnetwerk (June) and newsletter (July).

    Both are ``bovenaf`` and hold infrastructure functions the residents'
    platform already has; the two sides see their partnership very
    differently, tension follows, and from July the buurt has two residents'
    meetings a few days apart with no organiser in common.
    """
    s, rng, plat = b.story, b.rng, b.platform
    sd = b.stad[f"sd-{s.stadsdeel.lower()}"]
    netwerk = b.actor("sdnet", f"Buurtnetwerk {s.naam} (stadsdeel)", "stadsdeel", "bovenaf", "2",
                      ("netwerkorganisatie", "bewonersbijeenkomst"), vanaf=6)
    brief = b.actor("sdbrief", f"Nieuwsbrief {s.naam} van het stadsdeel", "stadsdeel", "bovenaf", "2",
                    ("informatievoorziening",), vanaf=7)
    b.rel(sd, netwerk, "financiering")
    b.rel(sd, brief, "financiering")
    b.rel(brief, netwerk, "informatie")
    b.both_views(netwerk, plat, 4, 1,
                 toelichting="Stadsdeel spreekt van partnerschap, platform voelt zich gepasseerd")
    b.rel(plat, netwerk, "spanning", vanaf=8, toelichting="Twee bewonersavonden in dezelfde maand")
    b.rel(plat, brief, "spanning", vanaf=9, toelichting="Nieuwsbrief herhaalt en verdringt de eigen nieuwsbrief")
    for wc in b.of("wijkcentrum"):
        b.rel(wc, netwerk, "ruimte")
    for month in range(7, 13):
        day = rng.randint(2, 18)
        commissies = [a for a in b.of("bewonerscommissie") if a.active(month)]
        centres = [a for a in b.of("wijkcentrum") if a.active(month)]
        b.activity(month, day, "bewonersbijeenkomst", [plat, rng.choice(commissies)])
        b.activity(month, day + rng.randint(3, 6), "bewonersbijeenkomst", [netwerk, *centres],
                   toelichting="Buurtgesprek georganiseerd door het stadsdeel")


def _vervagen(b: Buurt) -> None:
    """The platform's key figure carries it, then leaves at the end of June.

    The key figure's ties end with them, and most of the platform's own
    partnerships end in the months after.
    """
    rng, plat = b.rng, b.platform
    trekker = b.of("sleutelfiguur")[0]
    for bc in b.of("bewonerscommissie")[:2]:
        b.rel(trekker, bc, "samenwerking", 3)
    b.end_actor(trekker, 6)
    partners = [r for r in b.relaties
                if r.soort == "samenwerking" and plat in (r.van, r.naar) and r.tot is None and (r.vanaf or 1) <= 10]
    for relation in rng.sample(partners, (2 * len(partners)) // 3):
        relation.tot = rng.randint(max(relation.vanaf or 1, 7), 10)


def _renovatie(b: Buurt) -> None:
    """A corporation's renovation team (February–October) runs its own meetings.

    It duplicates the platform's information and meetings with little
    collaboration and tension with the commissies, until an agreement in
    September turns it into joint planning.
    """
    plat, corp = b.platform, b.stad["thuishaven"]
    team = b.actor("reno", f"Renovatieteam {b.story.naam}", "woningcorporatie", "bovenaf", "1",
                   ("wonen", "informatievoorziening", "bewonersbijeenkomst"), vanaf=2, tot=10)
    b.rel(corp, team, "financiering")
    b.rel(team, plat, "samenwerking", 1, tot=8)
    b.rel(team, plat, "samenwerking", 3, vanaf=9, toelichting="Afspraak: één gezamenlijke informatieavond")
    for bc in b.of("bewonerscommissie")[:3]:
        b.rel(bc, corp, "spanning", vanaf=3, tot=8, toelichting="Onenigheid over de renovatieplannen")
        b.rel(bc, team, "informatie")
        b.rel(team, bc, "informatie")
        b.rel(bc, team, "samenwerking", 3, vanaf=9)


def _rivalen(b: Buurt) -> None:
    """A second residents' group claims the buurt; peace comes in September.

    Both groups hold meetings and a newsletter (an onderop duplication, not a
    parallel infrastructure); from September they organise together.
    """
    rng, plat = b.rng, b.platform
    raad = b.actor("raad", f"Bewonersraad {b.story.naam}", "bewonersinitiatief", "onderop", "0",
                   ("bewonersbijeenkomst", "informatievoorziening", "belangenbehartiging"))
    b.rel(raad, plat, "spanning", tot=6, toelichting="Twee groepen die allebei namens de buurt spreken")
    b.rel(raad, plat, "samenwerking", 1, tot=8)
    b.rel(raad, plat, "samenwerking", 3, vanaf=9, toelichting="Na bemiddeling in de intervisie")
    for bc in b.of("bewonerscommissie")[:2]:
        b.rel(raad, bc, "werving")
    for month in (3, 5):
        day = rng.randint(2, 15)
        b.activity(month, day, "bewonersbijeenkomst", [plat])
        b.activity(month, day + rng.randint(2, 9), "bewonersbijeenkomst", [raad])
    for month in range(9, 13):
        b.activity(month, rng.randint(2, 26), "bewonersbijeenkomst", [plat, raad],
                   toelichting="Gezamenlijke bewonersavond")


def _buurtbudget(b: Buurt) -> None:
    """Residents set up a buurtbudgetcommissie in May and fund initiatives."""
    rng, plat = b.rng, b.platform
    commissie = b.actor("budget", f"Buurtbudgetcommissie {b.story.naam}", "bewonersinitiatief", "onderop", "0",
                        ("buurtbudget",), vanaf=5)
    b.rel(plat, commissie, "samenwerking", 4)
    b.rel(b.stad["vlonder"], commissie, "financiering")
    b.rel(b.stad[f"sd-{b.story.stadsdeel.lower()}"], commissie, "financiering", vanaf=6)
    for ini in rng.sample([a for a in _initiatives(b) if a is not commissie], 3):
        b.rel(commissie, ini, "financiering", vanaf=rng.randint(6, 9))
    b.activity(6, rng.randint(10, 20), "bewonersbijeenkomst", [plat, commissie], toelichting="Stemavond buurtbudget")


FEATURES: dict[str, Callable[[Buurt], None]] = {
    "parallel": _parallel,
    "vervagen": _vervagen,
    "renovatie": _renovatie,
    "rivalen": _rivalen,
    "buurtbudget": _buurtbudget,
}


# --- activities, actions, scores ---------------------------------------------

def _activities(b: Buurt) -> None:
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


def _actions(b: Buurt) -> None:
    """Write the action list: one item per status in ``Story.acties``.

    Open items keep their deadline, so the early ones are overdue by December.
    """
    s, rng = b.story, b.rng
    for status, (omschrijving, les) in zip(s.acties, rng.sample(ACTIES, len(s.acties))):
        gepland = dt.date(YEAR, rng.randint(s.start, 10), rng.randint(1, 28))
        deadline = min(gepland + dt.timedelta(days=rng.randint(30, 90)), LAST_DAY)
        window = (deadline - gepland).days
        afgerond = {
            "gedaan": gepland + dt.timedelta(days=rng.randint(7, window)),
            "niet_gedaan": min(deadline + dt.timedelta(days=rng.randint(0, 20)), LAST_DAY),
            "vervallen": gepland + dt.timedelta(days=rng.randint(14, window)),
        }.get(status)
        eigenaar = rng.choice([b.platform] * 3 + b.own(gepland.month, lijn0=True))
        b.acties.append({
            "buurt": s.id, "omschrijving": omschrijving, "eigenaar": eigenaar.id,
            "gepland": gepland, "deadline": deadline, "status": status, "afgerond": afgerond,
            "reden": les if status == "niet_gedaan" else "",
        })


def _scores(story: Story, rng: random.Random) -> list[dict]:
    """Self-assessments on the ten criteria, drifting slowly along the story.

    Each criterion moves linearly from its own start to its own end score
    (around ``Story.maatlat``); each quarter, peers score three criteria,
    usually a little lower.
    """
    ends = {}
    for criterium in CRITERIA:
        offset = rng.choice((-1, 0, 0, 1))
        ends[criterium] = (_clamp(story.maatlat[0] + offset),
                           _clamp(story.maatlat[1] + offset + rng.choice((-1, 0, 0, 1))))
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
    return rows


def _score(buurt, month, criterium, score, door, toelichting) -> dict:
    """One row of ``maatlat``."""
    return {"buurt": buurt, "maand": f"{YEAR}-{month:02d}", "criterium": criterium, "score": str(score),
            "beoordeeld_door": door, "toelichting": toelichting}


def _clamp(score: int) -> int:
    """Keep a score within 1–5."""
    return min(5, max(1, score))


def _intervisie(rng: random.Random) -> list[dict]:
    """One session a month on the second Thursday; the chair rotates over the buurten.

    Present are the chair and five to eight other buurten that had started.
    """
    rows = []
    for month, (thema, lessen, afspraken) in enumerate(INTERVISIE, 1):
        chair = STORIES[(month - 1) % len(STORIES)]
        others = [s for s in STORIES if s is not chair and s.start <= month]
        present = {chair.id} | {s.id for s in rng.sample(others, rng.randint(5, 8))}
        first = dt.date(YEAR, month, 1)
        datum = first + dt.timedelta(days=(3 - first.weekday()) % 7 + 7)
        rows.append({"id": f"iv-{month:02d}", "datum": datum.isoformat(), "voorzitter": chair.id,
                     "aanwezig": ";".join(s.id for s in STORIES if s.id in present),
                     "thema": thema, "lessen": lessen, "afspraken": afspraken})
    return rows


# --- assembling and writing --------------------------------------------------

def _person_names(rng: random.Random) -> list[list[str]]:
    """Invented names for the key persons of each story, none used twice."""
    voornamen = rng.sample(VOORNAMEN, len(VOORNAMEN))
    achternamen = rng.sample(ACHTERNAMEN, len(ACHTERNAMEN))
    names = [f"{v} {a}" for v, a in zip(voornamen, achternamen)]
    per_story, used = [], 0
    for story in STORIES:
        per_story.append(names[used: used + len(story.sleutelfiguren)])
        used += len(story.sleutelfiguren)
    return per_story


def _build(story: Story, index: int, stad: dict[str, Actor], namen: list[str]) -> Buurt:
    """Generate one buurt from its story, with its own random stream."""
    b = Buurt(story, random.Random(SEED + index), stad, namen)
    _add_actors(b)
    _platform_ties(b)
    _resident_ties(b)
    _professional_ties(b)
    _changes(b)
    if story.kenmerk:
        FEATURES[story.kenmerk](b)
    _activities(b)
    _actions(b)
    return b


def generate() -> dict[str, list[dict[str, str]]]:
    """Generate the demo dataset as rows of text cells per file stem."""
    city = _city_actors()
    stad = {a.id: a for a in city}
    namen = _person_names(random.Random(SEED - 1))
    buurten = [_build(story, i, stad, namen[i - 1]) for i, story in enumerate(STORIES, 1)]
    return {
        "buurten": [{"id": s.id, "naam": s.naam, "stadsdeel": s.stadsdeel, "platform": f"{s.code}-plat",
                     "start": _month(s.start)} for s in STORIES],
        "actoren": [_actor_row(a) for a in city + [a for b in buurten for a in b.actoren]],
        "relaties": [_relation_row(r) for b in buurten for r in b.relaties],
        "activiteiten": [row for b in buurten for row in _numbered(b, b.activiteiten, "a", "datum")],
        "acties": [row for b in buurten for row in _numbered(b, b.acties, "x", "gepland")],
        "intervisie": _intervisie(random.Random(SEED)),
        "maatlat": [row for i, s in enumerate(STORIES, 1) for row in _scores(s, random.Random(SEED + 100 + i))],
    }


def _month(month: int | None) -> str:
    """Render a month number as ``JJJJ-MM`` (empty for None)."""
    return f"{YEAR}-{month:02d}" if month else ""


def _actor_row(a: Actor) -> dict[str, str]:
    """One row of ``actoren``."""
    return {"id": a.id, "naam": a.naam, "buurt": a.buurt, "soort": a.soort, "herkomst": a.herkomst,
            "lijn": a.lijn, "functies": ";".join(a.functies), "vanaf": _month(a.vanaf), "tot": _month(a.tot),
            "persoon": "nee" if a.naam_tonen is None else "ja", "naam_tonen": a.naam_tonen or ""}


def _relation_row(r: Relation) -> dict[str, str]:
    """One row of ``relaties``."""
    return {"id": r.id, "van": r.van.id, "naar": r.naar.id, "soort": r.soort,
            "intensiteit": "" if r.intensiteit is None else str(r.intensiteit),
            "vanaf": _month(r.vanaf), "tot": _month(r.tot), "gemeld_door": r.gemeld_door,
            "bron": r.bron, "toelichting": r.toelichting}


def _numbered(b: Buurt, rows: list[dict], letter: str, by: str) -> list[dict[str, str]]:
    """Sort a buurt's rows by date, give them ids ``<code>-<letter>NNN``, render dates."""
    ordered = sorted(rows, key=lambda row: row[by])  # stable: equal dates keep creation order
    return [{"id": f"{b.story.code}-{letter}{i:03d}",
             **{k: v.isoformat() if isinstance(v, dt.date) else "" if v is None else str(v) for k, v in row.items()}}
            for i, row in enumerate(ordered, 1)]


def _csv_text(stem: str, rows: list[dict[str, str]]) -> str:
    """Render rows as CSV text with the demo's columns in the contract's order."""
    columns = COLUMNS[stem]
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    writer.writerows(safe_rows(rows))
    return buffer.getvalue()


def write_demo(directory: Path) -> list[Path]:
    """Write the fictional demo dataset into ``directory``.

    Writes the CSV files of :data:`COLUMNS` (UTF-8, ``,``-separated) and
    ``FICTIEF.txt``, creating the directory if needed and overwriting only
    these files.  Each file is written atomically.

    Parameters
    ----------
    directory : pathlib.Path
        Where to write; may already exist.

    Returns
    -------
    list of pathlib.Path
        The written files, in contract order, ``FICTIEF.txt`` last.

    Raises
    ------
    kit.paths.PathProblem
        When the folder or one of the files cannot be written (checked before any is).
    """
    directory = Path(directory)
    files_to_write(directory, [spec.filename for spec in FILES.values()] + ["FICTIEF.txt"])
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    data = generate()
    for stem in COLUMNS:
        rows = data[stem]
        path = directory / FILES[stem].filename
        write_text(path, _csv_text(stem, rows))
        written.append(path)
    banner = directory / "FICTIEF.txt"
    write_text(banner, FICTIEF_TEXT)
    return written + [banner]
