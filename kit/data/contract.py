"""The data contract (version 4) as data: files, columns, types and vocabularies.

Everything that reads, validates, templates or generates a dataset takes the
shape of the data from here, so that the contract lives in one place.  The
prose version is ``docs/data-contract.md``; the facilitators' version is
``data_templates/README.md``.

Column types
------------
``id``        identifier: letters, digits, ``-`` and ``_``
``text``      free text
``ref``       identifier of a row in another file (``Column.ref`` names it)
``refs``      list of such identifiers, separated by ``;``
``date``      ``JJJJ-MM-DD``; a bare ``JJJJ-MM`` means the first day of the month
``date_end``  as ``date``, but a bare ``JJJJ-MM`` means the last day of the month
``day``       ``JJJJ-MM-DD`` only: an event happens on a day
``month``     ``JJJJ-MM``
``int``       whole number (``Column.low``/``Column.high`` bound it)
``number``    number, decimals allowed (``12,5`` or ``12.5``; ``Column.low`` bounds it)
``bool``      yes/no; empty means no
``vocab``     one value of ``Column.vocab``
``vocabs``    list of values of ``Column.vocab``, separated by ``;``
"""

from __future__ import annotations

from dataclasses import dataclass

CONTRACT_VERSION = 4

SOORT_ACTOR = (
    "bewonerscommissie",
    "bewonersinitiatief",
    "buurtplatform",
    "sleutelfiguur",
    "vereniging",
    "lotgenotengroep",
    "maatschappelijke_organisatie",
    "wijkcentrum",
    "welzijnsorganisatie",
    "zorgorganisatie",
    "woningcorporatie",
    "stadsdeel",
    #: version 3: the elected district committee that grants recognition and advises, apart from the
    #: stadsdeel's administration (``stadsdeel``).
    "stadsdeelcommissie",
    "gemeente",
    "politie",
    "onderwijs",
    "ondernemer",
    "fonds",
    "overig",
)
#: Kinds of actor that are natural persons: an empty ``persoon`` cell means ``ja`` for them, not ``nee``
#: (a key person recorded without it would otherwise be shown by name).
PERSON_SOORTEN = ("sleutelfiguur",)
#: ``onbekend`` (version 2): not known yet; never counts as ``bovenaf``.
HERKOMST = ("onderop", "bovenaf", "gemengd", "onbekend")
LIJN = ("0", "1", "2")

#: Coordinating functions a buurt needs once: two actors holding the same one
#: without working together is a duplication.
INFRASTRUCTURE_FUNCTIONS = (
    "netwerkorganisatie",
    "bewonersbijeenkomst",
    "informatievoorziening",
    "ontmoetingsplek",
    "belangenbehartiging",
    "buurtbudget",
)
#: Functions where many actors side by side are healthy.
ACTIVITY_FUNCTIONS = (
    "activiteiten",
    "jongeren",
    "ouderen",
    "zorg_en_welzijn",
    "veiligheid",
    "groen_en_schoon",
    "wonen",
    "werk_en_inkomen",
    "cultuur",
    "sport",
    "voedsel",
    "duurzaamheid",
    "onderwijs",
)
FUNCTIE = INFRASTRUCTURE_FUNCTIONS + ACTIVITY_FUNCTIONS

UNDIRECTED_RELATIONS = ("samenwerking", "spanning")
DIRECTED_RELATIONS = ("informatie", "ondersteuning", "financiering", "ruimte", "werving")
SOORT_RELATIE = UNDIRECTED_RELATIONS + DIRECTED_RELATIONS

SOORT_ACTIVITEIT = (
    "buurtfeest",
    "weggeefactie",
    "bewonersbijeenkomst",
    "markt",
    "actie",
    "cursus",
    "spreekuur",
    "schoonmaak",
    "sport_en_spel",
    "cultuur",
    "overig",
)
STATUS = ("open", "gedaan", "niet_gedaan", "vervallen")

#: The ten recognition criteria, code → the question, in Dutch.
CRITERIA = {
    "daadkracht": "Krijgen ze dingen voor elkaar, en kunnen ze voorbeelden laten zien?",
    "meenemen": "Nemen ze zoveel mogelijk bewoners mee in wat er in de buurt gebeurt?",
    "zwakkeren": "Werken ze vanuit en met de meest kwetsbaren?",
    "zelfstandigheid": "Helpen ze anderen op eigen benen te staan?",
    "verbinden": "Verbinden ze, en zijn ze open zodat anderen kunnen aansluiten?",
    "draagvlak": "Kunnen ze breed en divers draagvlak opbouwen en laten zien?",
    "transparantie": "Zijn ze open over wat ze doen en hoe, en goed vindbaar?",
    "informeren": "Organiseren ze informatie en delen ze die zo breed mogelijk?",
    "coalitieakkoord": "Helpen ze de afgesproken agenda van de stad vooruit?",
    "mobiliseren": "Mobiliseren ze zelf geld en steun voor de buurt?",
}
BEOORDEELD_DOOR = ("zelf", "peer", "stadsdeelcommissie")

DOMEIN = (
    "wonen",
    "openbare_ruimte",
    "voorzieningen",
    "veiligheid",
    "sociaal",
    "economie",
    "mobiliteit",
    "bestuur",
    "overig",
)
EENHEID = ("euro", "woningen", "personen", "m2", "stuks")
UITKOMST = ("open", "toegezegd", "deels", "afgewezen", "geen_reactie")
#: Outcomes that need the date of the answer (``geen_reactie``: the date the request was closed).
ANSWERED = ("toegezegd", "deels", "afgewezen", "geen_reactie")
#: Outcomes that are a promise, whose delivery ``nagekomen`` records.
PROMISED = ("toegezegd", "deels")
#: ``instelling`` (version 3): an institution did not answer, refused, or did not deliver what it promised.
BELEMMERING = (
    "tijd",
    "geld",
    "ruimte",
    "regels",
    "samenwerking",
    "communicatie",
    "kennis",
    "draagvlak",
    "instelling",
    "overig",
)

#: Version 4: the rungs of the participation ladder, in order (1 … 6), a seat at a table holds one.  The upper rungs
#: of a table others run are the documents' *meebeslisdemocratie*; ``zelfbeherend`` is their *doe-democratie*.
ROL = ("geinformeerd", "geraadpleegd", "adviserend", "coproducerend", "meebeslissend", "zelfbeherend")
#: Version 4: how the platform came to its seat: invited, or it had to ask for it.
TOEGANG = ("uitgenodigd", "zelf_gevraagd")

VOCABULARIES = {
    "soort_actor": SOORT_ACTOR,
    "herkomst": HERKOMST,
    "lijn": LIJN,
    "functie": FUNCTIE,
    "soort_relatie": SOORT_RELATIE,
    "soort_activiteit": SOORT_ACTIVITEIT,
    "status": STATUS,
    "criterium": tuple(CRITERIA),
    "beoordeeld_door": BEOORDEELD_DOOR,
    "domein": DOMEIN,
    "eenheid": EENHEID,
    "uitkomst": UITKOMST,
    "belemmering": BELEMMERING,
    "rol": ROL,
    "toegang": TOEGANG,
}

TRUE_WORDS = frozenset({"ja", "j", "true", "1", "yes", "y"})
FALSE_WORDS = frozenset({"nee", "n", "false", "0", "no", ""})

#: The largest number a number cell may hold, either sign: a million million, far beyond any count or
#: amount of a buurt, and small enough that no sum over a dataset's rows can overflow.
NUMBER_LIMIT = 10**12
#: The first and last year a date may have: what the kit computes with (pandas' timestamps run from
#: 1677-09-21 to 2262-04-11).  A date outside is an error.
YEARS = (1678, 2261)
#: The first and last year of a date near the pilot (2024 on).  A date outside is almost always a typo
#: (2204 for 2024, 1900 for an empty date in a spreadsheet): a warning, and the months of a dataset leave it
#: out.  Wide enough for an association's ``vanaf`` decades ago and a ``deadline`` or ``tot`` years ahead.
PILOT_YEARS = (1950, 2049)


@dataclass(frozen=True)
class Column:
    """One column of a file of the contract.

    Parameters
    ----------
    name : str
        The header, as facilitators write it.
    kind : str
        One of the column types of this module's docstring.
    required : bool
        Whether a cell may be empty.
    optional_column : bool
        Whether the column itself may be missing from the file: a column added
        in a later version of the contract, so that files written before it
        stay valid.  A missing optional column reads as all cells empty.
        Every other column must be in the file, even where its cells may be
        empty.
    vocab : str, optional
        Key of :data:`VOCABULARIES` for ``vocab``/``vocabs`` columns.
    ref : str, optional
        File stem the identifiers of a ``ref``/``refs`` column point to.
    low, high : int, optional
        Bounds of an ``int`` column (``low`` also of a ``number`` column).
    help : str
        Dutch explanation for facilitators (templates and README).
    """

    name: str
    kind: str
    required: bool = False
    vocab: str | None = None
    ref: str | None = None
    low: int | None = None
    high: int | None = None
    help: str = ""
    optional_column: bool = False

    @property
    def vocabulary(self) -> tuple[str, ...]:
        """The values a ``vocab``/``vocabs`` column allows (its entry of :data:`VOCABULARIES`)."""
        if self.vocab is None:
            raise ValueError(f"column {self.name} has no vocabulary")
        return VOCABULARIES[self.vocab]


@dataclass(frozen=True)
class FileSpec:
    """One file (or workbook sheet) of a dataset."""

    stem: str
    required: bool
    columns: tuple[Column, ...]
    row: str
    id_column: str | None = "id"
    #: Whether a column the contract does not name is an error rather than ignored: for a file that must never
    #: hold free text (``draaglast``), where an added column could hold a name.
    closed: bool = False

    @property
    def filename(self) -> str:
        return f"{self.stem}.csv"

    def column(self, name: str) -> Column:
        return next(c for c in self.columns if c.name == name)


def _id(what: str) -> Column:
    """The ``id`` column of a register: its rows' short unique code (``what`` says of what, in Dutch)."""
    return Column("id", "id", True, help=f"korte unieke code van {what}")


def _ref(
    name: str, to: str, *, help: str, required: bool = False, many: bool = False, optional_column: bool = False
) -> Column:
    """A column of the id of a row of file ``to`` (``many``: ids, separated by ``;``)."""
    return Column(name, "refs" if many else "ref", required, ref=to, help=help, optional_column=optional_column)


#: The ``buurt`` column of a buurt's register: each names its buurt alike.
_BUURT = _ref("buurt", "buurten", help="id van de buurt", required=True)

FILES: dict[str, FileSpec] = {
    spec.stem: spec
    for spec in (
        FileSpec(
            "buurten",
            True,
            (
                Column("id", "id", True, help="korte code van de buurt, bijvoorbeeld k-buurt"),
                Column("naam", "text", True, help="naam zoals die in rapporten staat"),
                Column("stadsdeel", "text", True, help="stadsdeel, bijvoorbeeld Zuidoost"),
                _ref("platform", "actoren", help="id van de actor die als buurtplatform van deze buurt erkend is"),
                Column("start", "date", help="begin van de proeftuin in deze buurt"),
            ),
            row="een proeftuinbuurt",
        ),
        FileSpec(
            "actoren",
            True,
            (
                _id("de actor"),
                Column("naam", "text", True, help="naam van de organisatie, het initiatief of de persoon"),
                _ref("buurt", "buurten", help="id van de buurt; leeg voor stadsbrede of stadsdeelbrede actoren"),
                Column("soort", "vocab", True, vocab="soort_actor", help="wat voor actor het is"),
                Column(
                    "herkomst",
                    "vocab",
                    True,
                    vocab="herkomst",
                    help=(
                        "wie het begon: bewoners zelf (onderop) of een instelling (bovenaf); "
                        "onbekend als je het (nog) niet weet"
                    ),
                ),
                Column(
                    "lijn",
                    "vocab",
                    vocab="lijn",
                    help=(
                        "0 = eigen netwerken van bewoners, 1 = eerstelijns professionals, 2 = tweede lijn / beleid; "
                        "leeg als je het (nog) niet weet"
                    ),
                ),
                Column("functies", "vocabs", vocab="functie", help="wat de actor in de buurt doet, gescheiden door ;"),
                Column("vanaf", "date", help="sinds wanneer; leeg = bestond al voor de gegevens beginnen"),
                Column("tot", "date_end", help="tot wanneer; leeg = nog actief"),
                Column("persoon", "bool", help="ja voor een natuurlijk persoon (sleutelfiguur)"),
                Column("naam_tonen", "bool", help="ja als de persoon toestemming gaf om de naam in rapporten te tonen"),
            ),
            row="een actor: organisatie, initiatief, instelling of sleutelfiguur",
        ),
        FileSpec(
            "relaties",
            True,
            (
                _id("de relatie"),
                _ref("van", "actoren", help="id van de eerste actor", required=True),
                _ref("naar", "actoren", help="id van de tweede actor (niet gelijk aan van)", required=True),
                Column(
                    "soort",
                    "vocab",
                    True,
                    vocab="soort_relatie",
                    help=(
                        "soort relatie; informatie, ondersteuning, financiering, ruimte en werving "
                        "gaan van 'van' naar 'naar'"
                    ),
                ),
                Column(
                    "intensiteit",
                    "int",
                    low=1,
                    high=5,
                    help=(
                        "verplicht bij samenwerking: 1 netwerken, 2 afstemmen, 3 coördineren, 4 coalitie, 5 integratie"
                    ),
                ),
                Column("vanaf", "date", help="sinds wanneer; leeg = bestond al"),
                Column("tot", "date_end", help="tot wanneer; leeg = nog actief"),
                _ref(
                    "gemeld_door",
                    "actoren",
                    help="wiens kijk deze regel vastlegt: van of naar, of een derde die erover vertelde",
                ),
                Column("bron", "text", help="hoe het bekend is: interview, observatie, document"),
                Column("toelichting", "text", help="toelichting"),
            ),
            row="een relatie tussen twee actoren in een periode",
        ),
        FileSpec(
            "activiteiten",
            False,
            (
                _id("de activiteit"),
                _BUURT,
                Column("naam", "text", True, help="naam van de activiteit"),
                Column("soort", "vocab", True, vocab="soort_activiteit", help="soort activiteit"),
                Column("datum", "day", True, help="(eerste) dag, als JJJJ-MM-DD"),
                _ref(
                    "organisatoren",
                    "actoren",
                    help="ids van de organiserende actoren, gescheiden door ;",
                    required=True,
                    many=True,
                ),
                Column("deelnemers", "int", low=0, help="aantal deelnemers"),
                Column("toelichting", "text", help="toelichting"),
            ),
            row="een activiteit of evenement in een buurt",
        ),
        FileSpec(
            "acties",
            False,
            (
                _id("de actie"),
                _BUURT,
                Column("omschrijving", "text", True, help="wat er gedaan moet worden"),
                _ref("eigenaar", "actoren", help="id van de actor die de actie trekt"),
                Column("gepland", "date", True, help="wanneer de actie op de lijst kwam"),
                Column("deadline", "date_end", help="uiterste datum"),
                Column("status", "vocab", True, vocab="status", help="open, gedaan, niet_gedaan of vervallen"),
                Column("afgerond", "date_end", help="wanneer gedaan, opgegeven of vervallen; verplicht tenzij open"),
                Column("reden", "text", help="waarom niet: de les; verplicht bij niet_gedaan"),
                _ref(
                    "sessie",
                    "intervisie",
                    help="id van de intervisiebijeenkomst waar deze actie is afgesproken",
                    optional_column=True,
                ),
                Column(
                    "belemmering",
                    "vocabs",
                    vocab="belemmering",
                    optional_column=True,
                    help="wat in de weg stond; vul het zeker in bij niet_gedaan",
                ),
            ),
            row="een actie op de actielijst van een buurt",
        ),
        FileSpec(
            "intervisie",
            False,
            (
                _id("de bijeenkomst"),
                Column("datum", "day", True, help="datum van de bijeenkomst, als JJJJ-MM-DD"),
                _ref("voorzitter", "buurten", help="id van de buurt die voorzat", required=True),
                _ref("aanwezig", "buurten", help="ids van de aanwezige buurten, gescheiden door ;", many=True),
                Column("thema", "text", True, help="thema van de bijeenkomst"),
                Column("lessen", "text", help="geleerde lessen"),
                Column("afspraken", "text", help="gemaakte afspraken"),
            ),
            row="een maandelijkse intervisiebijeenkomst van de proeftuinbuurten",
        ),
        FileSpec(
            "maatlat",
            False,
            (
                _BUURT,
                Column("maand", "month", True, help="maand als JJJJ-MM"),
                Column("criterium", "vocab", True, vocab="criterium", help="een van de tien erkenningscriteria"),
                Column("score", "int", True, low=1, high=5, help="score van 1 tot en met 5"),
                Column(
                    "beoordeeld_door", "vocab", True, vocab="beoordeeld_door", help="zelf, peer of stadsdeelcommissie"
                ),
                Column("toelichting", "text", help="het bewijs"),
            ),
            row="een score op één erkenningscriterium voor één buurt en maand",
            id_column=None,
        ),
        FileSpec(
            "resultaten",
            False,
            (
                _id("het resultaat"),
                _BUURT,
                Column(
                    "datum",
                    "date",
                    help="wanneer het bereikt of besloten is; leeg als dat niet bekend is en gemeld is ingevuld",
                ),
                Column(
                    "gemeld",
                    "date",
                    optional_column=True,
                    help="wanneer het resultaat gemeld of vastgelegd is, als dat later was dan het bereikt werd",
                ),
                Column("omschrijving", "text", True, help="wat er bereikt is, bijvoorbeeld: Metrolijn 53 blijft"),
                Column("domein", "vocab", True, vocab="domein", help="op welk terrein"),
                _ref("tegenpartij", "actoren", help="id van de actor die het toekende of die bewogen werd"),
                _ref(
                    "samen_met",
                    "actoren",
                    help="ids van de actoren die het samen met het platform bereikten, gescheiden door ;",
                    many=True,
                ),
                Column("omvang", "number", low=0, help="hoeveel, zonder punt voor duizendtallen: 12000 of 2,5"),
                Column(
                    "eenheid",
                    "vocab",
                    vocab="eenheid",
                    help="waarin de omvang geteld is; verplicht als omvang is ingevuld",
                ),
                Column("bron", "text", True, help="waar het na te gaan is: een besluit, een artikel, notulen"),
            ),
            row="iets wat de buurt bereikt heeft",
        ),
        FileSpec(
            "verzoeken",
            False,
            (
                _id("het verzoek"),
                _BUURT,
                _ref("van", "actoren", help="id van de actor die het vroeg (meestal het platform)", required=True),
                _ref("aan", "actoren", help="id van de instelling aan wie het gevraagd is", required=True),
                Column("onderwerp", "text", True, help="wat er gevraagd is"),
                Column("gevraagd", "date", True, help="wanneer het gevraagd is"),
                Column(
                    "uitkomst",
                    "vocab",
                    True,
                    vocab="uitkomst",
                    help="open, toegezegd, deels, afgewezen of geen_reactie (gesloten zonder antwoord)",
                ),
                Column(
                    "antwoord",
                    "date_end",
                    help="wanneer het antwoord kwam (bij geen_reactie: wanneer je het sloot); leeg zolang open",
                ),
                Column(
                    "nagekomen", "date_end", help="wanneer de toezegging is nagekomen; alleen bij toegezegd of deels"
                ),
                Column("toelichting", "text", help="toelichting"),
            ),
            row="een verzoek van de buurt aan een instelling, en wat ermee gebeurde",
        ),
        FileSpec(
            "erkenning",
            False,
            (
                _BUURT,
                _ref(
                    "platform",
                    "actoren",
                    help="id van de actor van deze buurt die erkend is als buurtplatform",
                    required=True,
                ),
                Column("vanaf", "date", True, help="wanneer de erkenning inging"),
                Column("tot", "date_end", help="wanneer de erkenning eindigde; leeg = nog erkend"),
                _ref(
                    "besloten_door", "actoren", help="id van de actor die besloot, bijvoorbeeld de stadsdeelcommissie"
                ),
                Column("document", "text", help="het besluit"),
            ),
            row="een erkenning van een buurtplatform in een periode; per buurt en maand hoogstens één",
            id_column=None,
        ),
        FileSpec(
            "tafels",
            False,
            (
                _id("de plek aan tafel"),
                _BUURT,
                _ref(
                    "actor",
                    "actoren",
                    help="id van de actor van deze buurt die aan tafel zit (meestal het platform)",
                    required=True,
                ),
                Column("tafel", "text", True, help="welke tafel, bijvoorbeeld: Gebiedsoverleg West"),
                _ref(
                    "eigenaar",
                    "actoren",
                    help="id van de actor die de tafel belegt en de plek aanbiedt, bijvoorbeeld het stadsdeel",
                ),
                Column(
                    "rol",
                    "vocab",
                    True,
                    vocab="rol",
                    help=(
                        "de trede op de participatieladder: geinformeerd, geraadpleegd, adviserend, coproducerend, "
                        "meebeslissend of zelfbeherend"
                    ),
                ),
                Column(
                    "toegang",
                    "vocab",
                    True,
                    vocab="toegang",
                    help="uitgenodigd, of zelf_gevraagd als het platform om de plek moest vragen",
                ),
                Column("vanaf", "date", True, help="sinds wanneer de plek er is"),
                Column("tot", "date_end", help="tot wanneer; leeg = nog aan tafel"),
                Column("bron", "text", help="waar het na te gaan is: een uitnodiging, notulen, een besluit"),
            ),
            row="een plek van een actor van de buurt aan een bestuurlijke tafel, in een periode",
        ),
        FileSpec(
            "dialogen",
            False,
            (
                _id("het gesprek"),
                _BUURT,
                Column("datum", "day", True, help="dag van het gesprek, als JJJJ-MM-DD"),
                Column("onderwerp", "text", True, help="waar het gesprek over ging"),
                _ref(
                    "met",
                    "actoren",
                    help="ids van de instellingen aan tafel (de gemeente, het stadsdeel, een corporatie), gescheiden "
                    "door ;",
                    required=True,
                    many=True,
                ),
                _ref(
                    "aanwezig",
                    "actoren",
                    help="ids van wie er namens de buurt aan tafel zat, gescheiden door ;",
                    many=True,
                ),
                _ref("tafel", "tafels", help="id van de plek aan tafel (tafels) waar het gesprek bij hoorde"),
                Column("bron", "text", help="waar het na te gaan is: notulen, een brief"),
            ),
            row="een gesprek van de buurt met de gemeente of een instelling",
        ),
        FileSpec(
            "dialoogafspraken",
            False,
            (
                _id("de afspraak"),
                _ref("dialoog", "dialogen", help="id van het gesprek waarin het is afgesproken", required=True),
                Column("omschrijving", "text", True, help="wat er is afgesproken"),
                _ref(
                    "door",
                    "actoren",
                    help="id van wie het toezegde: de instelling, of het platform zelf",
                    required=True,
                ),
                Column("deadline", "date_end", help="wanneer het klaar zou zijn"),
                Column("nagekomen", "date_end", help="wanneer het is nagekomen; niet voor de datum van het gesprek"),
                Column(
                    "vervallen",
                    "date_end",
                    help="wanneer het verviel zonder te zijn nagekomen; niet samen met nagekomen",
                ),
            ),
            row="een afspraak uit een gesprek, en of die is nagekomen",
        ),
        FileSpec(
            "draaglast",
            False,
            (
                _BUURT,
                Column("maand", "month", True, help="maand als JJJJ-MM"),
                Column(
                    "belasting",
                    "int",
                    True,
                    low=1,
                    high=5,
                    help="hoe zwaar de vaste vrijwilligers belast zijn: 1 licht … 5 te zwaar",
                ),
                Column("dragers", "int", True, low=0, help="hoeveel vaste vrijwilligers het platform die maand dragen"),
                Column(
                    "incident",
                    "bool",
                    True,
                    help="ja als een drager die maand is geïntimideerd of bedreigd, anders nee",
                ),
            ),
            row="de draaglast van de vaste vrijwilligers van één buurt in één maand; nooit een naam of toelichting",
            id_column=None,
            closed=True,
        ),
    )
}

#: Column kinds whose cells hold dates once loaded.
DATE_KINDS = frozenset({"date", "date_end", "day", "month"})
