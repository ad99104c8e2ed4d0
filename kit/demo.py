"""A fictional demo dataset: ten invented pilot buurten through the year 2025.

Facilitators, developers and tests need a dataset that exercises every figure
of the analysis (see ``docs/figures.md``) without touching real people
or real neighbourhoods.  :func:`write_demo` writes one, in the shape of
:data:`kit.data.contract.FILES` (version 2: every file and column,
:data:`COLUMNS`), plus ``FICTIEF.txt`` so that reports show a banner.

Every buurt, stadsdeel, organisation and person is invented.  The data is
generated from seeded :class:`random.Random` streams only (no clock, no
``hash()``), so two runs give byte-identical files.

The ten stories
---------------
Each buurt follows its own story, written down as a :class:`Story` in
:data:`STORIES`; the generic parts (actors, ties, activities, actions,
requests, scores) are shaped by the story's numbers, and most stories add
features from :data:`FEATURES`:

1. Vlinderhof: a strong platform with a backbone of bewonerscommissies, all
   tied to it, and activities organised together.
2. Zilverdistel: the stadsdeel puts its own buurtnetwerk (June) and newsletter
   (July) beside the residents' platform; tension and split residents'
   meetings follow, and the stadsdeel stops answering the platform's requests.
3. Zonnedauwkwartier: a young platform (from March) that grows month by month,
   recognised only in July; of two newcomers the facilitator does not know
   yet who started them.
4. Parelmoerhaven: professionals collect information from residents and never
   bring it back; they also see the partnership rosier than residents do, and
   recruit at a mothers' group they give nothing to (a *vindplaats*).
5. Klaproosveld: the platform fades after its key figure leaves in June; its
   funding ends in November and December.
6. Windvanghof: a thousand flowers: many small initiatives, a thin platform;
   the platform's own buurtbudget pot runs beside the stadsdeel's buurtbudget.
7. Maanzaadbuurt: a corporation's renovation team runs its own meetings beside
   the platform, with tension, until an agreement in September; the
   corporation promises and delivers months late.
8. Lepelaarsweide: a platform started together with welzijn (gemengd), close to
   professionals who rate the partnership higher than the residents do;
   residents and first-line professionals mix, policy stays apart.
9. Hommelberg: two residents' groups compete for the buurt, with one key
   person as the only bridge between them, and make peace in September.
10. Wolkenkade: residents set up a buurtbudgetcommissie in May and fund
    initiatives themselves, together with the stadsdeel.

Across the buurten: results of every size and unit with their sources
(:data:`RESULTATEN`), requests to institutions (:data:`VERZOEKEN`), lack of
space that stops actions in three buurten (:data:`RUIMTE_ACTIE`), agreements
of the intervision sessions carried on the action lists (:data:`AFSPRAKEN`)
and assessments by peers and the stadsdeelcommissie beside the buurten' own.
"""

from __future__ import annotations

import calendar
import csv
import datetime as dt
import io
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path

from .atomic import write_text
from .data.contract import ACTIVITY_FUNCTIONS, CRITERIA, FILES, SOORT_ACTIVITEIT
from .paths import files_to_write
from .safe_cells import safe_rows

YEAR = 2025
SEED = 20250101
LAST_DAY = dt.date(YEAR, 12, 31)
FICTIEF_TEXT = (
    "Dit zijn fictieve demogegevens, gemaakt door de proeftuinkit: alle buurten, "
    "stadsdelen, organisaties en personen zijn verzonnen.\n"
)
BRONNEN = ("interview", "observatie", "document", "bewonersavond")
#: The files the demo writes, with their columns: every file and column of the contract.
COLUMNS = {stem: [c.name for c in spec.columns] for stem, spec in FILES.items()}
#: Relations that bring resources: what a ``vindplaats`` does not get, and what ``middelen_aflopend`` watches.
MIDDELEN = ("ondersteuning", "financiering", "ruimte")
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
    verzoeken : int
        Number of ordinary requests to institutions (:data:`VERZOEKEN`).
    oordeel : int
        How much higher (or lower, negative) the stadsdeelcommissie scores the
        buurt than the buurt scores itself.
    erkend : int or None
        Month the platform is recognised; None: from the start.
    kenmerken : tuple of str
        Keys of :data:`FEATURES` adding the story's own events.
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
    verzoeken: int = 2
    oordeel: int = 0
    erkend: int | None = None
    kenmerken: tuple[str, ...] = ()


# Short names for the action statuses, so that each story's action list fits on a line.
G, N, O, V = "gedaan", "niet_gedaan", "open", "vervallen"  # noqa: E741 - O is "open", beside G, N, V

STORIES = (
    Story(
        "vlinderhof",
        "vh",
        "Vlinderhof",
        "Noorderkim",
        1,
        "Buurtplatform Vlinderhof",
        "onderop",
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
    ),
    Story(
        "zilverdistel",
        "zd",
        "Zilverdistel",
        "Zonnewaard",
        1,
        "Bewonersnetwerk Zilverdistel",
        "onderop",
        commissies=3,
        initiatieven=6,
        professionals=4,
        sleutelfiguren=("nee",),
        ruggengraat=0.7,
        bundeling=0.4,
        terugkoppeling=0.6,
        nieuw=0.1,
        dubbel=2,
        kloof=1,
        activiteiten=(4, 4, 4, 5, 4, 4, 3, 3, 4, 4, 4, 3),
        acties=(G, G, N, N, O, O, V),
        maatlat=(3, 2),
        oordeel=-1,
        kenmerken=("parallel",),
    ),
    Story(
        "zonnedauw",
        "zk",
        "Zonnedauwkwartier",
        "Westerduin",
        3,
        "Platform Zonnedauw",
        "onderop",
        commissies=3,
        initiatieven=8,
        professionals=3,
        sleutelfiguren=("ja",),
        ruggengraat=0.7,
        bundeling=0.5,
        terugkoppeling=0.6,
        nieuw=0.75,
        dubbel=1,
        kloof=1,
        activiteiten=(0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5),
        acties=(G, G, G, O, O),
        maatlat=(2, 4),
        oordeel=1,
        erkend=7,
        kenmerken=("onbekend", "ruimtegebrek"),
    ),
    Story(
        "parelmoer",
        "ph",
        "Parelmoerhaven",
        "Westerduin",
        1,
        "Buurtplatform Parelmoer",
        "onderop",
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
        kenmerken=("vindplaats", "ruimtegebrek"),
    ),
    Story(
        "klaproos",
        "kv",
        "Klaproosveld",
        "Morgenland",
        1,
        "Buurtplatform Klaproos",
        "onderop",
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
        kenmerken=("vervagen",),
    ),
    Story(
        "windvang",
        "wh",
        "Windvanghof",
        "Noorderkim",
        1,
        "Buurtplatform Windvang",
        "onderop",
        commissies=2,
        initiatieven=18,
        professionals=3,
        sleutelfiguren=("", "nee"),
        ruggengraat=0.5,
        bundeling=0.2,
        terugkoppeling=0.6,
        nieuw=0.15,
        dubbel=1,
        kloof=0,
        activiteiten=(6, 6, 7, 7, 7, 7, 5, 5, 7, 7, 7, 6),
        acties=(G, G, G, O, N),
        maatlat=(3, 3),
        kenmerken=("potjes", "ruimtegebrek"),
    ),
    Story(
        "maanzaad",
        "mz",
        "Maanzaadbuurt",
        "Zonnewaard",
        1,
        "Buurtplatform Maanzaad",
        "onderop",
        commissies=7,
        initiatieven=5,
        professionals=4,
        sleutelfiguren=("nee",),
        ruggengraat=0.6,
        bundeling=0.5,
        terugkoppeling=0.6,
        nieuw=0.1,
        dubbel=2,
        kloof=1,
        activiteiten=(4, 4, 4, 5, 5, 4, 3, 3, 5, 5, 5, 4),
        acties=(G, G, N, O, O, V),
        maatlat=(2, 3),
        verzoeken=1,
        kenmerken=("renovatie",),
    ),
    Story(
        "lepelaar",
        "lw",
        "Lepelaarsweide",
        "Morgenland",
        1,
        "Buurtnetwerk Lepelaarsweide",
        "gemengd",
        commissies=3,
        initiatieven=6,
        professionals=6,
        sleutelfiguren=("ja", "nee", "nee"),
        ruggengraat=0.7,
        bundeling=0.6,
        terugkoppeling=0.9,
        nieuw=0.1,
        dubbel=4,
        kloof=2,
        activiteiten=(4, 5, 5, 5, 5, 5, 3, 4, 5, 5, 5, 4),
        acties=(G, G, G, G, O, N),
        maatlat=(3, 4),
        verzoeken=3,
        kenmerken=("eerste_lijn",),
    ),
    Story(
        "hommelberg",
        "hb",
        "Hommelberg",
        "Westerduin",
        1,
        "Buurtplatform Hommelberg",
        "onderop",
        commissies=4,
        initiatieven=7,
        professionals=3,
        sleutelfiguren=("nee",),
        ruggengraat=0.5,
        bundeling=0.4,
        terugkoppeling=0.6,
        nieuw=0.1,
        dubbel=1,
        kloof=0,
        activiteiten=(3, 4, 4, 4, 4, 4, 3, 3, 4, 5, 5, 4),
        acties=(G, N, G, O, V),
        maatlat=(2, 3),
        kenmerken=("rivalen",),
    ),
    Story(
        "wolkenkade",
        "wk",
        "Wolkenkade",
        "Morgenland",
        1,
        "Buurtplatform Wolkenkade",
        "onderop",
        commissies=5,
        initiatieven=10,
        professionals=4,
        sleutelfiguren=("ja", "nee"),
        ruggengraat=0.6,
        bundeling=0.5,
        terugkoppeling=0.7,
        nieuw=0.15,
        dubbel=2,
        kloof=1,
        activiteiten=(4, 4, 5, 5, 5, 6, 4, 4, 5, 6, 6, 5),
        acties=(G, G, G, O, O, N),
        maatlat=(3, 4),
        kenmerken=("buurtbudget",),
    ),
)

#: City-wide actors (empty ``buurt``): key, naam, soort, herkomst, lijn, functies.  The city's programme
#: supports platforms and runs no process in a buurt itself: the buurtbudget is the stadsdelen's (a top-down
#: city-wide actor shares its infrastructure functions with every buurt it reaches, version 2).
STAD = (
    ("gemeente", "Gemeente, programma Buurtplatformrecht (fictief)", "gemeente", "bovenaf", "2", ()),
    ("thuishaven", "Woningcorporatie Thuishaven", "woningcorporatie", "bovenaf", "1", ("wonen",)),
    (
        "samenkracht",
        "Welzijnsstichting Samenkracht",
        "welzijnsorganisatie",
        "bovenaf",
        "1",
        ("zorg_en_welzijn", "ouderen", "jongeren"),
    ),
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
    (
        "stg",
        "Stichting Werkplaats {}",
        "maatschappelijke_organisatie",
        "gemengd",
        "1",
        ("werk_en_inkomen", "voedsel"),
        "werving",
    ),
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
    "Distelpad",
    "Wolkenstraat",
    "Zonnedauwlaan",
    "Pimpernelhof",
    "Kievitsbloemkade",
    "Hazelaarsingel",
    "Lavendelplein",
    "Sleutelbloemstraat",
    "Morgenroodpad",
    "Regenboogkade",
    "Zeepbelhof",
    "Vuurvliegstraat",
    "Nachtegaalsteeg",
    "Hooibergweg",
    "Vlasbloemhof",
    "Tinnegietershof",
    "Wilgenkatjesstraat",
    "Kruimelkade",
)
VOORNAMEN = (
    "Floor",
    "Jamila",
    "Kees",
    "Noor",
    "Ravi",
    "Tineke",
    "Yusuf",
    "Merel",
    "Abebe",
    "Lotte",
    "Sami",
    "Greet",
    "Dewi",
    "Bram",
    "Fatma",
    "Joop",
    "Ilse",
    "Mo",
    "Anouk",
    "Kofi",
)
ACHTERNAMEN = (
    "Wolkenveld",
    "Tuinzaad",
    "Lantaarnman",
    "Zeepbelder",
    "Kroosvijver",
    "Dauwbraam",
    "Mistelkamp",
    "Vlierhout",
    "Heggemoes",
    "Krulbeek",
    "Sterrenkroos",
    "Windhaver",
    "Pluimgras",
    "Bessemer-Uil",
    "Keteldoorn",
    "Zandhaas",
    "Mossel-Ster",
    "Dakgoot",
    "Lindeblad",
    "Parasolkamp",
)

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
    "buurtfeest": (60, 250),
    "weggeefactie": (20, 80),
    "bewonersbijeenkomst": (12, 60),
    "markt": (40, 200),
    "actie": (10, 120),
    "cursus": (6, 20),
    "spreekuur": (5, 25),
    "schoonmaak": (8, 40),
    "sport_en_spel": (10, 50),
    "cultuur": (20, 90),
    "overig": (10, 60),
}

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

#: The action that fails for lack of a place, in each buurt with the feature ``ruimtegebrek``: omschrijving,
#: the learning, and what stood in its way.
RUIMTE_ACTIE = (
    "Vaste avond vinden voor de jongerenactiviteiten",
    "Het buurthuis had geen avond vrij en de school mag na zessen niet open; eerst de ruimte vastleggen, dan de datum.",
    "ruimte;regels",
)

#: Agreements of the intervision sessions that a buurt carries on its action list: session month, buurt,
#: omschrijving, status, deadline (month), afgerond ((month, day) or None), reden and belemmering when not
#: done.  Each follows the ``afspraken`` of its session in :data:`INTERVISIE`.
AFSPRAKEN = (
    (2, "vlinderhof", "Voorbeeld delen: hoe Vlinderhof de bewonerscommissies betrekt", "gedaan", 3, (3, 13), "", ""),
    (3, "zonnedauw", "Maatje uit een ervaren buurt uitnodigen voor het platformoverleg", "gedaan", 4, (4, 24), "", ""),
    (4, "parelmoer", "Professionals vragen om terugkoppeling binnen een maand", "open", 5, None, "", ""),
    (5, "wolkenkade", "Draaiboek van de stemavond delen met de andere buurten", "gedaan", 7, (6, 26), "", ""),
    (
        6,
        "klaproos",
        "Opschrijven wie wat doet in het platform",
        "niet_gedaan",
        7,
        (8, 29),
        "De trekker was al vertrokken; niemand wist meer precies wat er allemaal liep.",
        "kennis;tijd",
    ),
    (7, "zilverdistel", "Gezamenlijke brief aan de stadsdelen over bestaande platforms", "gedaan", 9, (11, 20), "", ""),
    (9, "hommelberg", "In de intervisie van oktober vertellen hoe het verder ging", "gedaan", 10, (10, 9), "", ""),
    (10, "lepelaar", "Peerreview op drie criteria voorbereiden voor december", "open", 12, None, "", ""),
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

#: What each buurt achieved: month, day, omschrijving, domein, tegenpartij key, samen_met keys, omvang,
#: eenheid, bron.  Keys as in :meth:`Buurt.find` (own actors by the part of their id after the buurt's code).
RESULTATEN = {
    "vlinderhof": (
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
    "zilverdistel": (
        (
            2,
            11,
            "Zes bankjes terug op het plein",
            "openbare_ruimte",
            "sd",
            (),
            6,
            "stuks",
            "Brief stadsdeel Zonnewaard, 11 februari",
        ),
    ),
    "zonnedauw": (
        (
            9,
            16,
            "Eerste buurtbudget voor het platform",
            "bestuur",
            "sd",
            (),
            8000,
            "euro",
            "Besluit stadsdeel Westerduin, 16 september",
        ),
        (
            11,
            22,
            "Speelplek achter de flats opgeknapt",
            "openbare_ruimte",
            "thuishaven",
            ("bc1",),
            450,
            "m2",
            "Opleveringsbrief Thuishaven, 22 november",
        ),
    ),
    "parelmoer": (
        (5, 8, "Spreekuur wonen in het buurthuis", "wonen", "thuishaven", (), None, "", "Notulen bewonersavond mei"),
    ),
    "klaproos": (
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
    "windvang": (
        (
            10,
            17,
            "Buurtpot steunde 23 kleine initiatieven",
            "sociaal",
            "",
            ("pot",),
            11500,
            "euro",
            "Jaaroverzicht van de buurtpot",
        ),
    ),
    "maanzaad": (
        (
            9,
            25,
            "Renovatieplan aangepast: bewoners kiezen zelf keuken en badkamer",
            "wonen",
            "thuishaven",
            ("bc1", "bc2", "bc3"),
            148,
            "woningen",
            "Afsprakenbrief Thuishaven, 25 september",
        ),
        (
            12,
            4,
            "Tijdelijke huiskamer tijdens de renovatie",
            "voorzieningen",
            "thuishaven",
            ("bc1",),
            60,
            "m2",
            "Huurovereenkomst tijdelijke huiskamer",
        ),
    ),
    "lepelaar": (
        (
            4,
            15,
            "Schoolplein vergroend: tegels eruit, groen erin",
            "openbare_ruimte",
            "sd",
            ("sch", "ini1"),
            600,
            "m2",
            "Besluit stadsdeel Morgenland, 15 april",
        ),
        (
            8,
            28,
            "45 mantelzorgers vonden de weg naar het buurtteam",
            "sociaal",
            "bt",
            ("plat",),
            45,
            "personen",
            "Halfjaarverslag buurtteam",
        ),
    ),
    "hommelberg": (
        (
            11,
            13,
            "Veilige oversteek bij de basisschool",
            "mobiliteit",
            "sd",
            ("raad",),
            1,
            "stuks",
            "Besluit stadsdeel Westerduin, 13 november",
        ),
    ),
    "wolkenkade": (
        (
            6,
            30,
            "Bewoners verdeelden het buurtbudget zelf",
            "bestuur",
            "sd",
            ("budget",),
            25000,
            "euro",
            "Verslag stemavond en besluit stadsdeel Morgenland",
        ),
        (
            9,
            10,
            "Negen bewonersinitiatieven gefinancierd",
            "sociaal",
            "",
            ("budget",),
            9,
            "stuks",
            "Overzicht buurtbudgetcommissie september",
        ),
    ),
}

#: One intervision session per month: thema, lessen, afspraken.
INTERVISIE = (
    (
        "Wat maakt een buurtplatform?",
        "Elke buurt verstaat er iets anders onder; het netwerk tekenen helpt.",
        "Elke buurt maakt een eerste netwerkkaart.",
    ),
    (
        "Bewonerscommissies als ruggengraat",
        "Een platform is sterk als de commissies het als het hunne zien.",
        "Vlinderhof deelt hoe zij commissies betrekken.",
    ),
    (
        "Een nieuw platform opstarten",
        "Begin klein en laat zien wat er al gebeurt.",
        "Zonnedauwkwartier krijgt een maatje uit een ervaren buurt.",
    ),
    (
        "Signalen ophalen en terugbrengen",
        "Wie signalen ophaalt zonder terug te koppelen, verliest vertrouwen.",
        "Buurten vragen professionals om terugkoppeling binnen een maand.",
    ),
    (
        "Het buurtbudget: wie beslist?",
        "Bewoners willen meebeslissen, niet alleen meepraten.",
        "Wolkenkade deelt hun stemavond als voorbeeld.",
    ),
    (
        "Als een sleutelfiguur wegvalt",
        "Te veel hangt aan één persoon; taken vroeg delen.",
        "Elke buurt schrijft op wie wat doet.",
    ),
    (
        "Een tweede bewonersavond naast de eigen",
        "Parallelle structuren ontstaan als instellingen niet eerst vragen wat er is.",
        "Gezamenlijke brief aan de stadsdelen over bestaande platforms.",
    ),
    (
        "Zomer en bereik",
        "In de zomer haken mensen af; kleine activiteiten houden contact.",
        "Iedere buurt plant één laagdrempelige zomeractiviteit.",
    ),
    (
        "Van rivaliteit naar samenwerking",
        "Een gedeelde agenda helpt meer dan een gedeelde naam.",
        "Hommelberg vertelt in oktober hoe het verder ging.",
    ),
    (
        "Peerreview op de maatlat",
        "Buurten scoren zichzelf vaak hoger dan anderen hen scoren.",
        "Elk kwartaal een peerreview op drie criteria.",
    ),
    (
        "Belevingsverschillen",
        "Professionals zien de samenwerking rooskleuriger dan bewoners.",
        "Bij elk interview beide kanten vragen.",
    ),
    (
        "Terugblik op het jaar",
        "Het netwerk laten zien maakt gesprekken met instellingen concreter; "
        "drie buurten liepen vast op gebrek aan ruimte.",
        "Lessen bundelen voor de stadsdeelcommissies, met een gezamenlijke vraag om ruimte.",
    ),
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
    """A relation as generated; ``vanaf``/``tot`` are months (1–12) or None.

    Relations get their ids when written (:func:`generate`), numbered in the
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
    #: Institutions that leave requests unanswered: actor id → first month of silence.
    zwijgt: dict[str, int] = field(default_factory=dict)

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
            "interview" if gemeld_door else self.rng.choice(BRONNEN),
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

    @property
    def platform(self) -> Actor:
        """The buurt's platform: always its first actor."""
        return self.actoren[0]


# --- actors and ties ---------------------------------------------------------


def _city_actors() -> list[Actor]:
    """The city-wide actors and one actor per fictional stadsdeel (empty ``buurt``)."""
    actors = [
        Actor(key, naam, "", soort, herkomst, lijn, functies) for key, naam, soort, herkomst, lijn, functies in STAD
    ]
    actors += [
        Actor(f"sd-{sd.lower()}", f"Stadsdeel {sd}", "", "stadsdeel", "bovenaf", "2", ("buurtbudget",))
        for sd in STADSDELEN
    ]
    return actors


def _add_actors(b: Buurt) -> None:
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
    A professional that recruits through an initiative gives it a room or
    support in return.
    ``Story.dubbel`` partnerships with the platform are reported by both sides,
    the professional side ``Story.kloof`` points higher.
    """
    s, rng, plat = b.story, b.rng, b.platform
    sd = b.stad[f"sd-{s.stadsdeel.lower()}"]
    residents = [a for a in b.actoren if a.lijn == "0"]
    initiatives = _initiatives(b)
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


def _changes(b: Buurt) -> None:
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


# --- story features ----------------------------------------------------------


def _parallel(b: Buurt) -> None:
    """The stadsdeel installs its own buurtnetwerk (June) and newsletter (July).

    Both are ``bovenaf`` and hold infrastructure functions the residents'
    platform already has; the two sides see their partnership very
    differently, tension follows, and from July the buurt has two residents'
    meetings a few days apart with no organiser in common.  From May the
    stadsdeel leaves the platform's requests unanswered.
    """
    s, rng, plat = b.story, b.rng, b.platform
    sd = b.stad[f"sd-{s.stadsdeel.lower()}"]
    netwerk = b.actor(
        "sdnet",
        f"Buurtnetwerk {s.naam} (stadsdeel)",
        "stadsdeel",
        "bovenaf",
        "2",
        ("netwerkorganisatie", "bewonersbijeenkomst"),
        vanaf=6,
    )
    brief = b.actor(
        "sdbrief",
        f"Nieuwsbrief {s.naam} van het stadsdeel",
        "stadsdeel",
        "bovenaf",
        "2",
        ("informatievoorziening",),
        vanaf=7,
    )
    b.rel(sd, netwerk, "financiering")
    b.rel(sd, brief, "financiering")
    b.rel(brief, netwerk, "informatie")
    b.both_views(netwerk, plat, 4, 1, toelichting="Stadsdeel spreekt van partnerschap, platform voelt zich gepasseerd")
    b.rel(plat, netwerk, "spanning", vanaf=8, toelichting="Twee bewonersavonden in dezelfde maand")
    b.rel(plat, brief, "spanning", vanaf=9, toelichting="Nieuwsbrief herhaalt en verdringt de eigen nieuwsbrief")
    for wc in b.of("wijkcentrum"):
        b.rel(wc, netwerk, "ruimte")
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
    b.zwijgt[sd.id] = 5
    b.request(
        sd,
        "Uitnodiging voor het overleg over het nieuwe buurtnetwerk",
        dt.date(YEAR, 5, 20),
        "geen_reactie",
        antwoord=dt.date(YEAR, 9, 30),
        toelichting="Na drie herinneringen gesloten",
    )
    b.request(sd, "Eén bewonersavond in plaats van twee", dt.date(YEAR, 7, 15), "open")
    b.request(sd, "Nieuwsbrief van het stadsdeel samenvoegen met de eigen nieuwsbrief", dt.date(YEAR, 9, 3), "open")


def _vervagen(b: Buurt) -> None:
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


def _renovatie(b: Buurt) -> None:
    """A corporation's renovation team (February–October) runs its own meetings.

    It duplicates the platform's information and meetings with little
    collaboration and tension with the commissies, until an agreement in
    September turns it into joint planning.  The corporation promises in March
    to tackle draught and mould before the summer and does it in November; a
    resident counsellor promised in May has not come by December.
    """
    plat, corp = b.platform, b.find("thuishaven")
    team = b.actor(
        "reno",
        f"Renovatieteam {b.story.naam}",
        "woningcorporatie",
        "bovenaf",
        "1",
        ("wonen", "informatievoorziening", "bewonersbijeenkomst"),
        vanaf=2,
        tot=10,
    )
    b.rel(corp, team, "financiering")
    b.rel(team, plat, "samenwerking", 1, tot=8)
    b.rel(team, plat, "samenwerking", 3, vanaf=9, toelichting="Afspraak: één gezamenlijke informatieavond")
    for bc in b.of("bewonerscommissie")[:3]:
        b.rel(bc, corp, "spanning", vanaf=3, tot=8, toelichting="Onenigheid over de renovatieplannen")
        b.rel(bc, team, "informatie")
        b.rel(team, bc, "informatie")
        b.rel(bc, team, "samenwerking", 3, vanaf=9)
    b.request(
        corp,
        "Tocht en schimmel in de portiekflats aanpakken",
        dt.date(YEAR, 2, 10),
        "toegezegd",
        antwoord=dt.date(YEAR, 3, 20),
        nagekomen=dt.date(YEAR, 11, 25),
        toelichting="Toegezegd voor de zomer, uitgevoerd in november",
        van=b.find("bc1"),
    )
    b.request(
        corp,
        "Vaste bewonersbegeleider tijdens de renovatie",
        dt.date(YEAR, 4, 7),
        "toegezegd",
        antwoord=dt.date(YEAR, 5, 12),
        toelichting="Toegezegd in mei; in december nog niemand aangesteld",
    )
    b.request(
        team,
        "Eén gezamenlijke informatieavond met het platform",
        dt.date(YEAR, 8, 18),
        "deels",
        antwoord=dt.date(YEAR, 9, 12),
        nagekomen=dt.date(YEAR, 9, 30),
        toelichting="Eén avond, maar het renovatieteam houdt ook een eigen inloop",
    )


def _rivalen(b: Buurt) -> None:
    """A second residents' group claims the buurt; peace comes in September.

    Both groups hold meetings and a newsletter (an onderop duplication, not a
    parallel infrastructure).  Until September the Bewonersraad and its two
    working groups reach the rest of the buurt only through one key person who
    sits in both; from September the groups organise together, as the
    welfare worker who mediated tells it (a third party's account).
    """
    rng, plat = b.rng, b.platform
    s = b.story
    raad = b.actor(
        "raad",
        f"Bewonersraad {s.naam}",
        "bewonersinitiatief",
        "onderop",
        "0",
        ("bewonersbijeenkomst", "informatievoorziening", "belangenbehartiging"),
    )
    groepen = [
        b.actor("verkeer", f"Werkgroep Verkeer {s.naam}", "bewonersinitiatief", "onderop", "0", ("veiligheid",)),
        b.actor("senioren", "Seniorenclub De Hommel", "vereniging", "onderop", "0", ("ouderen", "activiteiten")),
    ]
    for groep in groepen:
        b.rel(raad, groep, "samenwerking", 3)
        b.rel(raad, groep, "werving")
    b.rel(groepen[0], groepen[1], "samenwerking", 2)
    b.rel(b.of("sleutelfiguur")[0], raad, "samenwerking", 2, toelichting="Zit in de bewonersraad én in het platform")
    b.rel(raad, plat, "spanning", tot=6, toelichting="Twee groepen die allebei namens de buurt spreken")
    b.rel(
        raad,
        plat,
        "samenwerking",
        3,
        vanaf=9,
        gemeld_door=b.find("samenkracht"),
        toelichting="Na bemiddeling in de intervisie; zo vertelt de opbouwwerker het",
    )
    for month in (3, 5):
        day = rng.randint(2, 15)
        b.activity(month, day, "bewonersbijeenkomst", [plat])
        b.activity(month, day + rng.randint(2, 9), "bewonersbijeenkomst", [raad])
    for month in range(9, 13):
        b.activity(
            month, rng.randint(2, 26), "bewonersbijeenkomst", [plat, raad], toelichting="Gezamenlijke bewonersavond"
        )


def _buurtbudget(b: Buurt) -> None:
    """Residents set up a buurtbudgetcommissie in May and fund initiatives.

    The stadsdeel funds the commissie and decides with it (coördineren): its
    own buurtbudget function is no parallel process here.
    """
    rng, plat = b.rng, b.platform
    commissie = b.actor(
        "budget",
        f"Buurtbudgetcommissie {b.story.naam}",
        "bewonersinitiatief",
        "onderop",
        "0",
        ("buurtbudget",),
        vanaf=5,
    )
    b.rel(plat, commissie, "samenwerking", 4)
    b.rel(b.find("vlonder"), commissie, "financiering")
    b.rel(b.find("sd"), commissie, "financiering", vanaf=6)
    b.rel(b.find("sd"), commissie, "samenwerking", 3, toelichting="Stadsdeel en commissie verdelen het budget samen")
    for ini in rng.sample([a for a in _initiatives(b) if a is not commissie], 3):
        b.rel(commissie, ini, "financiering", vanaf=rng.randint(6, 9))
    b.activity(6, rng.randint(10, 20), "bewonersbijeenkomst", [plat, commissie], toelichting="Stemavond buurtbudget")


def _potjes(b: Buurt) -> None:
    """The platform starts its own buurtbudget pot in April; the stadsdeel keeps its own round beside it.

    The stadsdeel funds initiatives directly from June and only knows the
    pot (netwerken): the parallel infrastructure of version 2, a stadsdeel-wide
    actor holding the buurt's buurtbudget function beside the platform's.
    """
    rng, plat, sd = b.rng, b.platform, b.find("sd")
    pot = b.actor("pot", f"Buurtpot {b.story.naam}", "bewonersinitiatief", "onderop", "0", ("buurtbudget",), vanaf=4)
    b.rel(plat, pot, "samenwerking", 5, toelichting="De buurtpot is een werkgroep van het platform")
    initiatives = _initiatives(b)
    for ini in rng.sample(initiatives, 4):
        b.rel(pot, ini, "financiering", vanaf=rng.randint(4, 8))
    for ini in rng.sample(initiatives, 2):
        b.rel(sd, ini, "financiering", vanaf=6, toelichting="Eigen buurtbudgetronde van het stadsdeel")
    b.rel(sd, pot, "samenwerking", 1, vanaf=6, toelichting="Het stadsdeel houdt een eigen ronde; de pot hoort ervan")
    b.request(
        sd,
        "Eén buurtbudgetronde samen met de buurtpot",
        dt.date(YEAR, 7, 3),
        "afgewezen",
        antwoord=dt.date(YEAR, 8, 21),
        toelichting="Het stadsdeel houdt vast aan één ronde voor het hele stadsdeel",
    )


def _vindplaats(b: Buurt) -> None:
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


def _eerste_lijn(b: Buurt) -> None:
    """Residents and first-line professionals work together; policy stays at a distance.

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


def _onbekend(b: Buurt) -> None:
    """Two newcomers the facilitator cannot place yet.

    A foundation with paid staff (October) of which nobody knows yet who
    started it, nor whether its people work as first-line professionals
    (``herkomst`` onbekend, ``lijn`` empty), and a garden (November) started
    by someone unknown (``herkomst`` onbekend).
    """
    plat, rng = b.platform, b.rng
    stichting = b.actor(
        "samen",
        f"Stichting Samen {b.story.naam}",
        "maatschappelijke_organisatie",
        "onbekend",
        "",
        ("activiteiten", "jongeren"),
        vanaf=10,
    )
    b.rel(plat, stichting, "samenwerking", 2)
    b.rel(stichting, rng.choice(_initiatives(b)), "samenwerking", 2)
    tuin = b.actor(
        "tuin", "Buurtmoestuin De Dauw", "bewonersinitiatief", "onbekend", "0", ("groen_en_schoon",), vanaf=11
    )
    b.rel(plat, tuin, "samenwerking", 1)


def _ruimtegebrek(b: Buurt) -> None:
    """An action fails for lack of a place: the barrier that recurs across buurten."""
    rng, s = b.rng, b.story
    omschrijving, reden, belemmering = RUIMTE_ACTIE
    gepland = dt.date(YEAR, rng.randint(max(s.start, 3), 8), rng.randint(1, 28))
    deadline = gepland + dt.timedelta(days=rng.randint(30, 60))
    b.acties.append(
        {
            "buurt": s.id,
            "omschrijving": omschrijving,
            "eigenaar": b.platform.id,
            "gepland": gepland,
            "deadline": deadline,
            "status": "niet_gedaan",
            "afgerond": deadline + dt.timedelta(days=rng.randint(0, 14)),
            "reden": reden,
            "sessie": "",
            "belemmering": belemmering,
        }
    )


FEATURES: dict[str, Callable[[Buurt], None]] = {
    "parallel": _parallel,
    "vervagen": _vervagen,
    "renovatie": _renovatie,
    "rivalen": _rivalen,
    "buurtbudget": _buurtbudget,
    "potjes": _potjes,
    "vindplaats": _vindplaats,
    "eerste_lijn": _eerste_lijn,
    "onbekend": _onbekend,
    "ruimtegebrek": _ruimtegebrek,
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
    """Write the action list: one item per status in ``Story.acties``, and the buurt's intervision agreements.

    Open items keep their deadline, so the early ones are overdue by December.
    An item not done names what stood in its way (``belemmering``).
    """
    s, rng = b.story, b.rng
    for status, (omschrijving, les, belemmering) in zip(s.acties, rng.sample(ACTIES, len(s.acties)), strict=True):
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
        b.acties.append(
            {
                "buurt": s.id,
                "omschrijving": omschrijving,
                "eigenaar": eigenaar.id,
                "gepland": gepland,
                "deadline": deadline,
                "status": status,
                "afgerond": afgerond,
                "reden": les if failed else "",
                "sessie": "",
                "belemmering": belemmering if failed else "",
            }
        )
    for month, buurt, omschrijving, status, deadline_month, done_on, reden, belemmering in AFSPRAKEN:
        if buurt == s.id:
            b.acties.append(
                {
                    "buurt": s.id,
                    "omschrijving": omschrijving,
                    "eigenaar": b.platform.id,
                    "gepland": _session_day(month),
                    "deadline": _last_day(deadline_month),
                    "status": status,
                    "afgerond": dt.date(YEAR, *done_on) if done_on else None,
                    "reden": reden,
                    "sessie": f"iv-{month:02d}",
                    "belemmering": belemmering,
                }
            )


def _requests(b: Buurt) -> None:
    """Add ``Story.verzoeken`` ordinary requests of the platform to institutions.

    An institution answers within six weeks (a promise, part of one, or a
    refusal) and delivers most promises within two months, unless it has
    stopped answering this buurt (:attr:`Buurt.zwijgt`); what would come after
    December stays open.
    """
    s, rng = b.story, b.rng
    pool = [(onderwerp, aan) for onderwerp, key in VERZOEKEN if (aan := b.find(key))]
    for onderwerp, aan in rng.sample(pool, s.verzoeken):
        gevraagd = dt.date(YEAR, rng.randint(s.start, 11), rng.randint(1, 28))
        antwoord = gevraagd + dt.timedelta(days=rng.randint(5, 45))
        silent = b.zwijgt.get(aan.id)
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


def _results(b: Buurt) -> None:
    """Add the buurt's results from :data:`RESULTATEN`."""
    for month, day, omschrijving, domein, tegenpartij, samen_met, omvang, eenheid, bron in RESULTATEN[b.story.id]:
        partners = [_found(b, key) for key in samen_met]
        b.resultaten.append(
            {
                "buurt": b.story.id,
                "datum": dt.date(YEAR, month, day),
                "omschrijving": omschrijving,
                "domein": domein,
                "tegenpartij": _found(b, tegenpartij).id if tegenpartij else "",
                "samen_met": ";".join(a.id for a in partners),
                "omvang": omvang,
                "eenheid": eenheid,
                "bron": bron,
            }
        )


def _found(b: Buurt, key: str) -> Actor:
    """:meth:`Buurt.find`, for keys a story names: a missing actor is an error in the story."""
    actor = b.find(key)
    if actor is None:
        raise LookupError(f"{b.story.id}: the story names '{key}', which this buurt does not have")
    return actor


def _scores(story: Story, rng: random.Random) -> list[dict]:
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


def _intervisie(rng: random.Random) -> list[dict]:
    """One session a month on the second Thursday; the chair rotates over the buurten.

    Present are the chair, five to eight other buurten that had started, and
    every buurt that takes an agreement of the session on its action list.
    """
    rows = []
    for month, (thema, lessen, afspraken) in enumerate(INTERVISIE, 1):
        chair = STORIES[(month - 1) % len(STORIES)]
        others = [s for s in STORIES if s is not chair and s.start <= month]
        present = {chair.id} | {s.id for s in rng.sample(others, rng.randint(5, 8))}
        present |= {buurt for session, buurt, *_ in AFSPRAKEN if session == month}
        rows.append(
            {
                "id": f"iv-{month:02d}",
                "datum": _session_day(month).isoformat(),
                "voorzitter": chair.id,
                "aanwezig": ";".join(s.id for s in STORIES if s.id in present),
                "thema": thema,
                "lessen": lessen,
                "afspraken": afspraken,
            }
        )
    return rows


def _session_day(month: int) -> dt.date:
    """The day of the month's intervision session: its second Thursday."""
    first = dt.date(YEAR, month, 1)
    return first + dt.timedelta(days=(3 - first.weekday()) % 7 + 7)


def _last_day(month: int) -> dt.date:
    """The last day of a month of :data:`YEAR`."""
    return dt.date(YEAR, month, calendar.monthrange(YEAR, month)[1])


# --- assembling and writing --------------------------------------------------


def _person_names(rng: random.Random) -> list[list[str]]:
    """Invented names for the key persons of each story, none used twice."""
    voornamen = rng.sample(VOORNAMEN, len(VOORNAMEN))
    achternamen = rng.sample(ACHTERNAMEN, len(ACHTERNAMEN))
    names = [f"{v} {a}" for v, a in zip(voornamen, achternamen, strict=True)]
    per_story, used = [], 0
    for story in STORIES:
        per_story.append(names[used : used + len(story.sleutelfiguren)])
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
    for kenmerk in story.kenmerken:
        FEATURES[kenmerk](b)
    _activities(b)
    _actions(b)
    _requests(b)
    _results(b)
    return b


def generate() -> dict[str, list[dict[str, str]]]:
    """Generate the demo dataset as rows of text cells per file stem."""
    city = _city_actors()
    stad = {a.id: a for a in city}
    namen = _person_names(random.Random(SEED - 1))
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
        "intervisie": _intervisie(random.Random(SEED)),
        "maatlat": [row for i, s in enumerate(STORIES, 1) for row in _scores(s, random.Random(SEED + 100 + i))],
        "resultaten": [row for b in buurten for row in _numbered(b, b.resultaten, "res", "datum")],
        "verzoeken": [row for b in buurten for row in _numbered(b, b.verzoeken, "vz", "gevraagd")],
        "erkenning": [_recognition_row(s) for s in STORIES],
    }


def _recognition_row(s: Story) -> dict[str, str]:
    """One row of ``erkenning``: the stadsdeelcommissie recognises the platform from ``Story.erkend`` or the start."""
    when = "na haar oordeel op de maatlat" if s.erkend else "bij de start van de proeftuin"
    return {
        "buurt": s.id,
        "platform": f"{s.code}-plat",
        "vanaf": _month(s.erkend or s.start),
        "tot": "",
        "besloten_door": f"sd-{s.stadsdeel.lower()}",
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


def _numbered(b: Buurt, rows: list[dict], letter: str, by: str) -> list[dict[str, str]]:
    """Sort a buurt's rows by date, give them ids ``<code>-<letter>NNN``, render dates."""
    ordered = sorted(rows, key=lambda row: row[by])  # stable: equal dates keep creation order
    return [
        {
            "id": f"{b.story.code}-{letter}{i:03d}",
            **{k: v.isoformat() if isinstance(v, dt.date) else "" if v is None else str(v) for k, v in row.items()},
        }
        for i, row in enumerate(ordered, 1)
    ]


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
    return [*written, banner]
