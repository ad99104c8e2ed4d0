"""Empty templates for facilitators: one CSV per file, a Dutch README, a workbook.

Everything here is generated from :mod:`kit.data.contract`, so the templates and
their explanation cannot drift from what the kit reads and validates.  The
committed copies live in ``data_templates/``; a test checks they are current.
Only the prose for facilitators is written out here, in Dutch.
"""

from __future__ import annotations

import io
import os
from collections.abc import Iterable
from datetime import datetime
from pathlib import Path
from typing import Any
from zipfile import ZIP_DEFLATED, ZipFile, ZipInfo

from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet
from openpyxl.writer.excel import ExcelWriter

from kit.atomic import write_bytes
from kit.paths import files_to_write
from kit.safe_cells import safe_text

from .contract import (
    CONTRACT_VERSION,
    CRITERIA,
    DATE_KINDS,
    FILES,
    INFRASTRUCTURE_FUNCTIONS,
    PILOT_YEARS,
    VOCABULARIES,
    YEARS,
    Column,
    FileSpec,
)
from .problems import Problem

README_NAME = "README.md"
WORKBOOK_NAME = "proeftuin-sjabloon.xlsx"
LISTS_SHEET = "lijsten"
EXPLANATION_SHEET = "uitleg"
#: Rows 2..LAST_ROW of every data sheet get formats and validations.
LAST_ROW = 1000
YES_NO = ("ja", "nee")
#: Name of the yes/no list on the hidden sheet, next to the vocabularies.
YES_NO_LIST = "ja_nee"
#: Workbook timestamps and zip entry times, fixed so the file only changes with the contract.
FIXED_TIME = datetime(2024, 1, 1)
AUTHOR = "proeftuin kit"

#: Kinds entered as a date cell in the workbook; a month stays text (``2024-03``).
DATE_CELL_KINDS = DATE_KINDS - {"month"}
#: Kinds whose cells are formatted as text, so that a spreadsheet does not turn
#: an id like ``3-4``, the lijn ``0`` or the month ``2024-03`` into a number or date.
TEXT_KINDS = frozenset({"id", "ref", "refs", "vocab", "vocabs", "month"})

#: Dutch description of each column type, for the README and the cell prompts.
KIND_LABELS = {
    "id": "code: letters, cijfers, - en _",
    "text": "tekst",
    "ref": "id uit {ref}",
    "refs": "lijst van ids uit {ref}, gescheiden door ;",
    "date": "datum JJJJ-MM-DD (JJJJ-MM = eerste dag)",
    "date_end": "datum JJJJ-MM-DD (JJJJ-MM = laatste dag)",
    "day": "datum JJJJ-MM-DD",
    "month": "maand JJJJ-MM",
    "int": "heel getal",
    "number": "getal",
    "bool": "ja of nee (leeg = nee)",
    "vocab": "één waarde uit lijst {vocab}",
    "vocabs": "waarden uit lijst {vocab}, gescheiden door ;",
}


# --------------------------------------------------------------------------- writing


def write_templates(directory: Path, xlsx: bool = False, *, force: bool = False) -> list[Path]:
    """Write the empty templates into ``directory`` and return the paths written.

    Parameters
    ----------
    directory : Path
        Target folder; created if missing.
    xlsx : bool
        Also write the workbook ``proeftuin-sjabloon.xlsx``.
    force : bool
        Overwrite existing files.  Without it nothing is written when any
        target exists, so a facilitator's filled-in file is never lost.

    Raises
    ------
    FileExistsError
        When a target exists and ``force`` is false; names the file.
    kit.paths.PathProblem
        When the folder or a target cannot be written (checked before any is).
    """
    directory = Path(directory)
    contents = {spec.filename: csv_header(spec).encode("utf-8") for spec in FILES.values()}
    contents[README_NAME] = readme_text().encode("utf-8")
    if xlsx:
        contents[WORKBOOK_NAME] = workbook_bytes(build_workbook())
    targets = files_to_write(directory, contents)
    if not force:
        for target in targets:
            if target.exists():
                raise FileExistsError(f"{target} bestaat al; gebruik force om te overschrijven")
    directory.mkdir(parents=True, exist_ok=True)
    for target in targets:
        write_bytes(target, contents[target.name])
    return targets


def csv_header(spec: FileSpec) -> str:
    """Return the CSV template of a file: only its header row, in contract order."""
    return ",".join(safe_text(column.name) for column in spec.columns) + "\n"


# --------------------------------------------------------------------------- README


README_INTRO = """\
# Sjablonen voor de proeftuin kit

Met de proeftuin kit leggen facilitators van de proeftuinen buurtplatformrecht
elke maand vast wie er in een buurt actief is, hoe zij samenwerken, wat er
gebeurt en wat er geleerd wordt. De kit maakt daar maandrapporten, netwerkplaten
en cijfers van, zodat buurten en stadsdelen samen kunnen leren wat werkt.

Deze map bevat een leeg CSV-bestand per onderwerp en de werkmap
`{workbook}` met dezelfde tabbladen. Vul óf de CSV-bestanden in, óf de
werkmap: de kit leest allebei. Deze uitleg is gemaakt uit de kit zelf
(gegevenscontract versie {version}) en klopt dus altijd met wat de kit verwacht.

## Zo vul je het in

- **Eén regel per ding**: één actor, één relatie, één activiteit, één actie,
  één resultaat, één verzoek. Laat de kopregel (de eerste regel) staan zoals
  hij is.
- **Eén keer invoeren, niet elke maand kopiëren.** Een actor of relatie
  voer je één keer in, met `vanaf` (sinds wanneer) en, als het stopt, `tot`
  (tot wanneer). De kit rekent zelf uit wie er in een maand actief was.
  Verandert er iets wezenlijks, zet dan `tot` op de oude regel en begin een
  nieuwe regel met een nieuwe `vanaf`.
- Een leeg vak betekent "niet bekend" of "niet van toepassing", behalve waar
  hieronder staat dat het verplicht is.
- Een bestand dat je (nog) niet gebruikt, mag je weglaten als het niet
  verplicht is: dat betekent "niets vastgelegd".
- **Bijhouden of niet.** Staat er in `activiteiten`, `acties`, `maatlat`,
  `resultaten`, `verzoeken`, `erkenning`, `tafels`, `dialogen` of `draaglast`
  geen enkele regel van een buurt, dan
  houdt die buurt dat bestand niet bij: de kit weet er dan niets van en zegt
  "niet vastgelegd", nooit "0" of "geen". Staat er wel een regel van de buurt
  in, dan telt de kit het bestand voor die buurt als bijgehouden: een maand
  zonder regels is dan een maand waarin er niets van die soort gebeurde. Houd
  een bestand dus voor elke maand bij, of laat de buurt er helemaal uit.

## Zo schrijf je een vak

- **Datum**: `JJJJ-MM-DD`, bijvoorbeeld `2024-03-09`. Weet je alleen de maand,
  schrijf dan `JJJJ-MM`:
  - in {first_day} betekent dat de eerste dag van de maand;
  - in {last_day} betekent dat de laatste dag van de maand
    (in de werkmap maakt Excel van `2024-03` de eerste dag: typ daar in deze
    kolommen de volledige datum);
  - in {whole_day} schrijf je altijd de hele datum.
- **Maand** (alleen in `maatlat` en `draaglast`): `JJJJ-MM`, bijvoorbeeld `2024-03`.
- Kijk het **jaar** na: een datum van voor {pilot_first} of na {pilot_last} geeft een
  waarschuwing (vaak een tikfout, zoals `2204` voor `2024`) en telt niet mee
  voor de maanden van de gegevens; een jaar van voor {first} of na {last} is een fout.
- **Getal** ({numbers}): zonder punt of komma voor duizendtallen en met een
  komma voor decimalen, bijvoorbeeld `12000` of `2,5`. Een getal als `12.000`
  wordt geweigerd: het kan twaalfduizend of twaalf betekenen.
- **Heel getal** ({whole}): alleen cijfers, bijvoorbeeld `12`; niet `12.000`,
  `1e3` of `+5`.
- Een getal is hoogstens een biljoen (`1000000000000`).
- **Ja/nee**: `ja` of `nee`. Leeg betekent `nee`.
- **Lijsten** ({lists}): waarden gescheiden
  door `;`, bijvoorbeeld `wonen;jongeren`.
- **Codes** (kolommen `id` en verwijzingen ernaar): letters, cijfers, `-` en
  `_`, zonder spaties; elke code komt één keer voor in een bestand.
- **CSV-bestanden** mogen gescheiden zijn door `,` of `;` en opgeslagen als
  UTF-8 of Windows-1252: precies wat Excel schrijft bij "Opslaan als CSV".
  Tip: open een CSV in Excel via *Gegevens > Van tekst/CSV*; dubbelklikken zet
  in een Nederlandse Excel alles in één kolom. Werk je liever in Excel, gebruik
  dan de werkmap.
- Spaties voor en na een waarde tellen niet mee.
"""

README_NEW = """\
## Nieuw in versie 4

- Vier nieuwe bestanden, geen ervan verplicht:
  - `tafels.csv`: de plekken van de buurt aan bestuurlijke tafels (het
    gebiedsoverleg, een stuurgroep), op welke trede van de participatieladder
    (`rol`: van `geinformeerd` tot `zelfbeherend`) en of het platform werd
    uitgenodigd of er zelf om moest vragen (`toegang`);
  - `dialogen.csv`: de gesprekken van de buurt met de gemeente of een
    instelling;
  - `dialoogafspraken.csv`: de afspraken uit die gesprekken, en of ze zijn
    nagekomen of vervallen;
  - `draaglast.csv`: elke maand per buurt hoe zwaar de vaste vrijwilligers
    belast zijn (1 tot en met 5), met hoeveel ze zijn, en of iemand van hen is
    geïntimideerd of bedreigd. **Vertrouwelijk**: schrijf hier nooit een naam
    of een toelichting; het bestand heeft geen tekstkolom, en een extra kolom
    is een fout. Wie wat mag zien, staat hieronder bij privacy.

Wat je volgens versie 3 vastlegde, blijft geldig, en de kit rekent er hetzelfde
mee.

## Nieuw in versie 3

- In `resultaten.csv` een nieuwe kolom `gemeld`: wanneer het resultaat gemeld
  of vastgelegd is. Leg je een resultaat achteraf vast, bijvoorbeeld omdat een
  platform opsomt wat het de afgelopen jaren bereikte, vul dan `gemeld` in.
  Weet je niet wanneer het bereikt werd, laat `datum` dan leeg; minstens één
  van de twee moet ingevuld zijn.
- In `soort` van `actoren.csv` de nieuwe waarde `stadsdeelcommissie`: de
  gekozen commissie die erkent en adviseert, los van het bestuur van het
  stadsdeel (`stadsdeel`).
- In `belemmering` van `acties.csv` de nieuwe waarde `instelling`: een
  instelling antwoordde niet, weigerde, of deed niet wat ze toezegde.
- Een buurt zonder regel in `erkenning.csv` heet niet meer erkend omdat
  `platform` in `buurten.csv` is ingevuld: zet een erkenning in
  `erkenning.csv`, met wie besloot en welk besluit.

Wat je volgens versie 2 vastlegde, blijft geldig: een `resultaten.csv` zonder
de kolom `gemeld` ook.

## Nieuw in versie 2

- Drie nieuwe bestanden, geen van drieën verplicht: `resultaten.csv` (wat de
  buurt bereikt heeft), `verzoeken.csv` (wat de buurt aan instellingen vroeg en
  wat ermee gebeurde) en `erkenning.csv` (wanneer welk platform erkend was).
- In `acties.csv` twee nieuwe kolommen: `sessie` (de intervisiebijeenkomst
  waar de actie is afgesproken) en `belemmering` (wat in de weg stond).
- `herkomst` mag `onbekend` zijn en `lijn` mag leeg blijven, als je het (nog)
  niet weet.
- `gemeld_door` in `relaties.csv` mag elke actor zijn, ook een derde die over
  de relatie vertelde.

Wat je volgens versie 1 vastlegde, blijft geldig: een `acties.csv` zonder de
nieuwe kolommen ook. Je hoeft niets over te zetten.
"""

#: Dutch notes below a file's column table in the README, where a rule spans columns.
FILE_NOTES = {
    "acties": (
        "Is een actie in een intervisiebijeenkomst afgesproken, zet dan in `sessie` de id van die "
        "bijeenkomst: zo houdt de actielijst ook de afspraken van de proeftuin bij. Lukte een actie niet "
        "(`niet_gedaan`), noteer dan in `belemmering` wat in de weg stond; de kit waarschuwt als dat leeg is."
    ),
    "resultaten": (
        "Noteer wat na te gaan is, met de `bron`. Vul je een `omvang` in, dan ook de `eenheid`: "
        "12000 euro, 35 woningen. Leg je een resultaat later vast dan het bereikt werd, zet dan in `gemeld` "
        "wanneer je het hoorde of vastlegde; weet je niet wanneer het bereikt werd, laat `datum` dan leeg. "
        "`gemeld` ligt niet voor `datum`. Een resultaat zonder `datum` telt in de maand van `gemeld` als "
        "achteraf gemeld, niet als deze maand bereikt."
    ),
    "verzoeken": (
        "Zolang er geen antwoord is, is de uitkomst `open` en blijft `antwoord` leeg. Komt er een "
        "antwoord, vul dan de uitkomst in en in `antwoord` de datum. Komt er ook na herinneringen niets, "
        "sluit het verzoek dan met `geen_reactie` en zet in `antwoord` de datum waarop je het sloot. "
        "`antwoord` en `nagekomen` liggen niet voor `gevraagd`, en `nagekomen` niet voor `antwoord`."
    ),
    "tafels": (
        "Eén regel per plek aan een tafel, in een periode. Verandert de rol (eerst geraadpleegd, later "
        "adviserend), zet dan `tot` op de oude regel en begin een nieuwe. Wie aan tafel zit (`actor`) is een "
        "actor van deze buurt, meestal het platform; `eigenaar` is wie de tafel belegt en de plek aanbiedt."
    ),
    "dialogen": (
        "Eén regel per gesprek. Zet in `met` de instellingen aan tafel en, als het gesprek bij een plek aan "
        "tafel hoorde, in `tafel` de id van die plek uit `tafels.csv`. Wie er namens de buurt zat (`aanwezig`) "
        "valt onder de privacyregel: een persoon staat alleen met toestemming bij naam in rapporten."
    ),
    "dialoogafspraken": (
        "Eén regel per afspraak uit een gesprek, zoals een toezegging: vul `nagekomen` in als het gebeurd is, "
        "of `vervallen` als het er niet meer van komt, nooit allebei. Geen van beide ligt voor de datum van het "
        "gesprek. `door` is wie het toezegde: de instelling, of het platform zelf."
    ),
    "draaglast": (
        "Eén regel per buurt en maand, door de facilitator ingevuld. Dit is het gevoeligste bestand van de kit: "
        "er staat nooit een naam of toelichting in, en een kolom die hier niet hoort is een fout. Een maand zonder "
        "regel telt als niet gemeten, niet als 0. De cijfers staan alleen in het eigen maandrapport van de buurt; "
        "andere rapporten tonen alleen hoeveel buurten, en nooit minder dan 3."
    ),
    "erkenning": (
        "Eén regel per periode waarin een platform erkend was. In een maand geldt per buurt hoogstens "
        "één erkenning: laat een nieuwe erkenning ingaan in de maand na het einde van de vorige. "
        "Heeft een buurt hier geen regels, dan geldt `platform` uit `buurten.csv` voor elke maand, maar noemt de "
        "kit het platform niet erkend: een erkenning staat hier, met in `besloten_door` wie besloot (meestal de "
        "stadsdeelcommissie, een actor met soort `stadsdeelcommissie`) en in `document` het besluit."
    ),
}

README_PRIVACY = """\
## Privacy

Actoren met `persoon` = `ja` zijn mensen (sleutelfiguren); een sleutelfiguur
met een lege cel bij `persoon` telt ook als persoon. Hun naam staat
alleen in een rapport als `naam_tonen` = `ja`, en zet dat alleen op `ja` als de
persoon daar toestemming voor gaf. Anders toont het rapport een vaste
schuilnaam die zegt wat iemand is, zoals "Sleutelfiguur 3" voor een
sleutelfiguur of "Politiemedewerker 1" voor een agent, die elke maand
hetzelfde blijft. Een
rapport over één buurt noemt geen actoren uit een andere buurt; vergelijkingen
tussen buurten gaan alleen over cijfers.

Ook in vrije tekst (acties, redenen, lessen, toelichtingen) vervangt de kit
de naam van een persoon zonder toestemming door de schuilnaam, hoe je die naam
ook typt: voornaam, achternaam, hoofdletters of niet, met of zonder accenten,
met meneer of mevrouw ervoor, met letters die op andere lijken. Een woord van
de naam dat ook een gewoon woord is ("Bos", "Vries" van "de Vries") wordt
alleen met een hoofdletter vervangen; `proeftuin validate` zegt per persoon
welke woorden van de naam ergens zichtbaar blijven.
Een **code** (`id`) is geen naam: schrijf `lh-sf3`, niet `lh-samira`. Codes
staan in exports en meldingen, waar geen namen mogen staan; `proeftuin
validate` waarschuwt als een code de naam van zo'n persoon bevat.

De **draaglast** (`draaglast.csv`) is vertrouwelijk. De belasting, het aantal
dragers en of er een incident was, staan alleen in de bijlage van het eigen
maandrapport van de buurt (voor de facilitator; nooit in de buurtbrief, die in
de buurt rondgaat) en bij `proeftuin metrics` voor die buurt. Het intervisieblad, het
overzicht en de synthese noemen alleen in hoeveel buurten iets speelde, nooit
welke, en een aantal onder de 3 als "minder dan 3". Het panel bevat de
draaglast alleen met `--met-draaglast`. Trekkers van acties worden geteld,
nooit genoemd.
"""

README_CHECK = """\
## Controleren

Controleer je gegevens voordat je ze deelt:

    proeftuin validate MAP

waar `MAP` de map met de CSV-bestanden is (of de werkmap `.xlsx`). De kit
verandert niets aan je bestanden en meldt elk probleem op een eigen regel:
bestand, regelnummer, kolom en wat er mis is. Bijvoorbeeld:

    {example}

Regel 14 van `actoren.csv` heeft in de kolom `herkomst` de waarde `topdown`,
die niet in de lijst staat. In een werkmap staat het tabblad erbij, zoals
`proeftuin-sjabloon.xlsx[actoren]:14`. Meldingen met `waarschuwing:` zijn geen
fouten, maar wel het nakijken waard.
"""


README_COMBINE = """\
## Elke begeleider een eigen bestand

Elke begeleider mag de gegevens van de eigen buurt in een eigen map of werkmap
bijhouden. De kit leest ze samen als je ze allemaal noemt:

    proeftuin validate noord/ zuid.xlsx
    proeftuin render noord/ zuid.xlsx
    proeftuin samenvoegen noord/ zuid.xlsx --out gegevens.xlsx

`samenvoegen` maakt er één werkmap van, met dezelfde tabbladen en kolommen als
de sjabloonwerkmap. Afspraken om het samen te laten passen:

- **Een buurt staat in het bestand van één begeleider.** Staat dezelfde buurt
  in twee bestanden, dan meldt de kit dat bij allebei.
- **Stadsbrede actoren** (zonder `buurt`, zoals het stadsdeel of een
  woningcorporatie) mag je allebei opnemen, met **dezelfde code en precies
  dezelfde gegevens**: de kit telt ze dan één keer. Verschillen ze (een andere
  naam, een andere `lijn`), dan meldt de kit welke kolommen en in welke twee
  bestanden. Spreek daarom samen de codes van stadsbrede actoren af.
- Hetzelfde geldt voor een **intervisiebijeenkomst** die jullie allebei
  noteren, en voor een relatie tussen twee buurten die jullie allebei
  noteren: dezelfde code en dezelfde gegevens, dan telt ze één keer.
- Een **relatie met een actor uit een andere buurt** mag naar een code in het
  bestand van de andere begeleider wijzen: die klopt zodra de bestanden samen
  gelezen worden. Alleen gecontroleerd meldt de kit zo'n code als onbekend.
- Gebruik een code niet voor twee verschillende dingen in hetzelfde soort
  bestand; begin codes bijvoorbeeld met de letters van je buurt (`lh-`, `es-`).

Een melding noemt het bestand met de map of werkmap ervoor, zodat je ziet in
wiens gegevens het staat:

    {example}
"""


def readme_text() -> str:
    """Return the Dutch README for facilitators, generated from the contract."""
    intro = README_INTRO.format(
        workbook=WORKBOOK_NAME,
        version=CONTRACT_VERSION,
        first_day=_columns_of({"date"}),
        last_day=_columns_of({"date_end"}),
        whole_day=_columns_of({"day"}),
        numbers=_columns_of({"number"}),
        whole=_columns_of({"int"}),
        lists=_columns_of({"refs", "vocabs"}),
        first=YEARS[0],
        last=YEARS[1],
        pilot_first=PILOT_YEARS[0],
        pilot_last=PILOT_YEARS[1],
    )
    parts = [intro, README_NEW, _files_overview(), *(_file_section(spec) for spec in FILES.values())]
    parts += [
        _vocabularies_section(),
        README_PRIVACY,
        README_CHECK.format(example=_example_error()),
        README_COMBINE.format(example=_example_clash()),
    ]
    return "\n".join(parts)


def _files_overview() -> str:
    """Return the README table of all files with what one row is and whether required."""
    lines = ["## De bestanden", "", "| bestand | één regel is | verplicht |", "|---|---|---|"]
    for spec in FILES.values():
        lines.append(f"| `{spec.filename}` | {spec.row} | {_yes_no(spec.required)} |")
    return "\n".join(lines) + "\n"


def _file_section(spec: FileSpec) -> str:
    """Return the README section of one file: a table of every column."""
    lines = [
        f"## `{spec.filename}`",
        "",
        f"Eén regel is {spec.row}. Verplicht bestand: {_yes_no(spec.required)}.",
        "",
        "| kolom | soort | verplicht | uitleg |",
        "|---|---|---|---|",
    ]
    for column in spec.columns:
        required = _yes_no(column.required) + (" (de kolom mag ontbreken)" if column.optional_column else "")
        lines.append(f"| `{column.name}` | {kind_label(column)} | {required} | {column.help} |")
    if spec.stem in FILE_NOTES:
        lines += ["", FILE_NOTES[spec.stem]]
    return "\n".join(lines) + "\n"


def _columns_of(kinds: set[str], code: str = "`{}`") -> str:
    """Return the Dutch list of the columns of the given kinds, e.g. ```tot`, `deadline` en `afgerond```.

    A name that other files use for another kind is qualified with its files:
    ``datum`` is a whole day in ``activiteiten`` but may be a month in ``resultaten``.
    """
    stems: dict[str, list[str]] = {}
    other_kind: set[str] = set()
    for spec in FILES.values():
        for column in spec.columns:
            if column.kind in kinds:
                stems.setdefault(column.name, []).append(spec.stem)
            else:
                other_kind.add(column.name)
    return _dutch_list(
        [
            code.format(name) + (f" (in {_dutch_list([code.format(s) for s in files])})" if name in other_kind else "")
            for name, files in stems.items()
        ]
    )


def _dutch_list(items: list[str]) -> str:
    """Join items the Dutch way.

    >>> _dutch_list(["a", "b", "c"])
    'a, b en c'
    """
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} en {items[-1]}"


def _vocabularies_section() -> str:
    """Return the README section listing every vocabulary with all its values."""
    lines = ["## Keuzelijsten", ""]
    for name, values in VOCABULARIES.items():
        lines += [f"### `{name}`", ""]
        if name == "criterium":
            lines += ["| code | vraag |", "|---|---|"]
            lines += [f"| `{code}` | {question} |" for code, question in CRITERIA.items()]
        elif name == "functie":
            infrastructure = [v for v in values if v in INFRASTRUCTURE_FUNCTIONS]
            activity = [v for v in values if v not in INFRASTRUCTURE_FUNCTIONS]
            lines.append(f"Infrastructuurfuncties (één keer nodig per buurt): {_code_list(infrastructure)}.")
            lines += ["", f"Activiteitsfuncties (hoe meer hoe beter): {_code_list(activity)}."]
        else:
            lines.append(f"{_code_list(values)}.")
        lines.append("")
    return "\n".join(lines)


def _example_error() -> str:
    """Return an example validation message, with the real values of ``herkomst``."""
    choices = ", ".join(FILES["actoren"].column("herkomst").vocabulary)
    return f"actoren.csv:14: herkomst: 'topdown' is geen geldige waarde (kies uit: {choices})"


def _example_clash() -> str:
    """Return an example message of a city-wide actor recorded by two facilitators with other data."""
    params = {"value": "west", "other": "noord/actoren.csv:12", "columns": "naam, lijn"}
    return Problem("zuid.xlsx[actoren]", 7, "id", "id_elsewhere", params).format()


def kind_label(column: Column) -> str:
    """Return the Dutch description of a column's type, e.g. ``één waarde uit lijst status``."""
    label = KIND_LABELS[column.kind].format(ref=column.ref, vocab=column.vocab)
    if column.kind in ("int", "number") and (column.low is not None or column.high is not None):
        label += f" {_range_text(column)}"
    return label


def _range_text(column: Column) -> str:
    """Return the bounds of a number column in Dutch, e.g. ``van 1 tot en met 5``."""
    if column.high is None:
        return f"vanaf {column.low}"
    if column.low is None:
        return f"tot en met {column.high}"
    return f"van {column.low} tot en met {column.high}"


def _code_list(values: Iterable[object]) -> str:
    """Return values as inline code separated by commas."""
    return ", ".join(f"`{value}`" for value in values)


def _yes_no(flag: bool) -> str:
    """Return ``ja`` or ``nee``."""
    return "ja" if flag else "nee"


# --------------------------------------------------------------------------- workbook


EXPLANATION_LINES = (
    "Proeftuin kit: werkmap om in te vullen",
    "",
    "Elk tabblad is een onderwerp. Vul één regel per ding in: één actor, één relatie, één activiteit.",
    "Laat de kopregel (regel 1) staan. Ga met de muis op een kolomkop staan voor uitleg over die kolom.",
    "Een actor of relatie voer je één keer in, met 'vanaf' en later 'tot'. Kopieer geen regels van maand tot maand.",
    "Kies waarden uit het uitklaplijstje als de kolom er een heeft. "
    "In {lists} mag je meer waarden typen, gescheiden door ;",
    "Datums typ je als JJJJ-MM-DD, bijvoorbeeld 2024-03-09. Typ in {last_day} altijd de volledige datum.",
    "In {numbers} typ je een getal, zonder punt voor duizendtallen: 12000 of 2,5.",
    "Ja/nee-kolommen: kies ja of nee; leeg betekent nee.",
    "Privacy: de naam van een persoon staat alleen in rapporten als 'naam_tonen' ja is (met toestemming).",
    "Controleer de werkmap met: proeftuin validate {workbook}",
    "Meer uitleg over elke kolom en alle keuzelijsten staat in README.md bij deze werkmap.",
    "",
    "Nieuw in versie 4: de tabbladen tafels, dialogen, dialoogafspraken en draaglast. "
    "Draaglast is vertrouwelijk: nooit een naam of toelichting.",
    "",
    "Nieuw in versie 2: de tabbladen resultaten, verzoeken en erkenning, "
    "en in acties de kolommen sessie en belemmering.",
    "Herkomst mag onbekend zijn en lijn mag leeg blijven als je het (nog) niet weet. "
    "Werkmappen van versie 1 blijven geldig.",
    "",
    "De tabbladen:",
)


def build_workbook() -> Workbook:
    """Return the template workbook: explanation, one sheet per file, hidden lists."""
    workbook = Workbook()
    workbook.properties.creator = AUTHOR
    workbook.properties.created = FIXED_TIME
    workbook.properties.modified = FIXED_TIME
    _fill_explanation(workbook.active)
    lists = workbook.create_sheet(LISTS_SHEET)
    ranges = _fill_lists(lists)
    for spec in FILES.values():
        _fill_data_sheet(workbook.create_sheet(spec.stem), spec, ranges)
    lists.sheet_state = "hidden"
    workbook.move_sheet(lists, offset=len(FILES))  # last, out of the way of the data sheets
    return workbook


def _fill_explanation(sheet: Worksheet) -> None:
    """Write the ``uitleg`` sheet: short Dutch instructions, one per row, wrapped."""
    sheet.title = EXPLANATION_SHEET
    names = {
        "workbook": WORKBOOK_NAME,
        "lists": _columns_of({"vocabs"}, "'{}'"),
        "last_day": _columns_of({"date_end"}, "'{}'"),
        "numbers": _columns_of({"number"}, "'{}'"),
    }
    lines = [line.format(**names) for line in EXPLANATION_LINES]
    lines += [f"{spec.stem}: {spec.row}{'' if spec.required else ' (mag leeg blijven)'}" for spec in FILES.values()]
    for row, line in enumerate(lines, start=1):
        cell = sheet.cell(row=row, column=1, value=safe_text(line) or None)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    sheet["A1"].font = Font(bold=True, size=14)
    sheet.column_dimensions["A"].width = 110


def _fill_lists(sheet: Worksheet) -> dict[str, str]:
    """Write every vocabulary and ja/nee as a column of the hidden lists sheet.

    Returns
    -------
    dict
        List name → absolute range reference (``lijsten!$A$2:$A$19``), for
        drop-downs: inline lists are limited to 255 characters.
    """
    ranges = {}
    lists = {**VOCABULARIES, YES_NO_LIST: YES_NO}
    for index, (name, values) in enumerate(lists.items(), start=1):
        letter = get_column_letter(index)
        sheet.cell(row=1, column=index, value=safe_text(name)).font = Font(bold=True)
        for row, value in enumerate(values, start=2):
            sheet.cell(row=row, column=index, value=safe_text(value)).number_format = "@"
        ranges[name] = f"{quote_sheetname(sheet.title)}!${letter}$2:${letter}${len(values) + 1}"
        sheet.column_dimensions[letter].width = max(len(name), *map(len, values)) + 2
    return ranges


def _fill_data_sheet(sheet: Worksheet, spec: FileSpec, ranges: dict[str, str]) -> None:
    """Write one file's sheet: bold frozen header with notes, formats and validations."""
    sheet.freeze_panes = "A2"
    for index, column in enumerate(spec.columns, start=1):
        letter = get_column_letter(index)
        header = sheet.cell(row=1, column=index, value=safe_text(column.name))
        header.font = Font(bold=True)
        header.comment = Comment(f"{column.help}\n({kind_label(column)})", AUTHOR, width=300, height=110)
        sheet.column_dimensions[letter].width = column_width(column)
        number_format = cell_format(column)
        if number_format:
            for row in range(2, LAST_ROW + 1):
                sheet.cell(row=row, column=index).number_format = number_format
        validation = column_validation(column, ranges)
        validation.add(f"{letter}2:{letter}{LAST_ROW}")
        sheet.add_data_validation(validation)


def cell_format(column: Column) -> str | None:
    """Return the number format of a column's cells: dates as dates, codes as text."""
    if column.kind in DATE_CELL_KINDS:
        return "yyyy-mm-dd"
    if column.kind in TEXT_KINDS:
        return "@"
    return None


def column_width(column: Column) -> float:
    """Return a width that fits the header, the drop-down arrow and typical values."""
    typical = {"text": 40, "refs": 24, "vocabs": 30, "ref": 14, "id": 14, "date": 12, "date_end": 12, "day": 12}
    width = typical.get(column.kind, 10)
    if column.kind == "vocab":
        width = max(map(len, column.vocabulary)) + 3
    return max(width, len(column.name) + 4)


def column_validation(column: Column, ranges: dict[str, str]) -> DataValidation:
    """Return the data validation of a column, with the column's help as input prompt.

    Vocabulary and yes/no columns get a drop-down over the hidden lists sheet;
    a ``vocabs`` column too, but without the error so that ``a;b`` can be typed.
    Bounded numbers get a whole-number or decimal check.  Other columns only
    get the prompt.
    """
    common = {
        "showInputMessage": True,
        "promptTitle": column.name[:32],
        "prompt": f"{column.help} ({kind_label(column)})"[:255],
    }
    if column.kind in ("vocab", "vocabs", "bool"):
        vocab = YES_NO_LIST if column.kind == "bool" else column.vocab
        assert vocab is not None  # a vocab or vocabs column names its vocabulary
        source = ranges[vocab]
        return DataValidation(
            type="list",
            formula1=source,
            allow_blank=True,
            showErrorMessage=column.kind != "vocabs",
            errorTitle="Ongeldige waarde",
            error="Kies een waarde uit de lijst.",
            **common,
        )
    if column.kind in ("int", "number") and (column.low is not None or column.high is not None):
        return DataValidation(
            allow_blank=True,
            showErrorMessage=True,
            errorTitle="Ongeldig getal",
            error=f"Typ een {'heel ' if column.kind == 'int' else ''}getal {_range_text(column)}.",
            **_number_bounds(column),
            **common,
        )
    return DataValidation(allow_blank=True, **common)


def _number_bounds(column: Column) -> dict[str, str]:
    """Return the DataValidation arguments of a whole-number or decimal check within the column's bounds."""
    kind = "whole" if column.kind == "int" else "decimal"
    if column.high is None:
        return {"type": kind, "operator": "greaterThanOrEqual", "formula1": str(column.low)}
    if column.low is None:
        return {"type": kind, "operator": "lessThanOrEqual", "formula1": str(column.high)}
    return {"type": kind, "operator": "between", "formula1": str(column.low), "formula2": str(column.high)}


class _FixedTimeZip(ZipFile):
    """A zip archive whose entries all carry :data:`FIXED_TIME`, for reproducible bytes."""

    def writestr(self, zinfo_or_arcname: str | ZipInfo, data: Any, *args: Any, **kwargs: Any) -> None:
        if isinstance(zinfo_or_arcname, str):
            zinfo_or_arcname = ZipInfo(zinfo_or_arcname, date_time=FIXED_TIME.timetuple()[:6])
            zinfo_or_arcname.compress_type = ZIP_DEFLATED
        super().writestr(zinfo_or_arcname, data, *args, **kwargs)

    def write(self, filename: Any, arcname: Any = None, *args: Any, **kwargs: Any) -> None:
        with open(filename, "rb") as stream:
            self.writestr(arcname or os.path.basename(filename), stream.read())


def workbook_bytes(workbook: Workbook) -> bytes:
    """Return the workbook as .xlsx bytes that depend only on its content.

    ``openpyxl.save_workbook`` stamps the current time into the document
    properties and the zip entries; this writer keeps the fixed times, so the
    committed template only changes when the contract does.
    """
    buffer = io.BytesIO()
    ExcelWriter(workbook, _FixedTimeZip(buffer, "w", ZIP_DEFLATED)).save()
    return buffer.getvalue()
