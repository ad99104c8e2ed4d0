"""Validation problems: where they are, what they say, in Dutch or English.

A :class:`Problem` carries a message key and its parameters, not a sentence,
so that one run can be printed in either language and tests can check the
kind of problem as well as the located text.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from typing import Any

LANGUAGES = ("nl", "en")

#: key → (Dutch, English).  Parameters are filled with str.format.
MESSAGES: dict[str, tuple[str, str]] = {
    "file_missing": ("ontbrekend bestand", "missing file"),
    "sheet_missing": ("ontbrekend werkblad", "missing sheet"),
    "decode": (
        "kan het bestand niet lezen: het is geen tekst in UTF-8 of Windows-1252",
        "cannot read the file: it is not text in UTF-8 or Windows-1252",
    ),
    "file_twice": (
        "er zijn meer bestanden met deze naam als hoofdletters niet tellen ({names}): laat er één over",
        "more than one file has this name when case does not count ({names}): keep one",
    ),
    "sheet_twice": (
        "er zijn meer werkbladen met deze naam als hoofdletters en spaties niet tellen ({names}): laat er één over",
        "more than one sheet has this name when case and spaces do not count ({names}): keep one",
    ),
    "file_too_large": (
        "het bestand is groter dan {limit} MB en wordt niet gelezen",
        "the file is larger than {limit} MB and is not read",
    ),
    "input_folder": ("is een map, geen bestand", "is a folder, not a file"),
    "input_special": (
        "is geen gewoon bestand (een apparaat, een pipe of een socket) en wordt niet gelezen",
        "is no regular file (a device, a pipe or a socket) and is not read",
    ),
    "input_outside": (
        "is een snelkoppeling naar een bestand buiten de map van de dataset en wordt niet gelezen: "
        "kopieer het bestand in de map",
        "is a link to a file outside the dataset's folder and is not read: copy the file into the folder",
    ),
    "input_dangling": ("is een snelkoppeling die nergens naar wijst", "is a link that leads nowhere"),
    "workbook_unreadable": (
        "kan de werkmap niet openen ({detail})",
        "cannot open the workbook ({detail})",
    ),
    "workbook_too_large": (
        "de werkmap is uitgepakt groter dan {limit} MB en wordt niet gelezen (beschadigd, of geen gewone werkmap)",
        "the workbook unpacks to more than {limit} MB and is not read (damaged, or no ordinary workbook)",
    ),
    "merged_cells": (
        "de cellen {cells} zijn samengevoegd; de kit leest alleen de eerste: maak het samenvoegen ongedaan "
        "en vul elke cel in",
        "cells {cells} are merged; the kit reads only the first: unmerge them and fill in every cell",
    ),
    "formula_without_value": (
        "cel {cell} heeft een formule zonder berekende waarde: open en bewaar de werkmap in Excel of LibreOffice, "
        "of typ de waarde in",
        "cell {cell} has a formula without a computed value: open and save the workbook in Excel or LibreOffice, "
        "or type the value",
    ),
    "no_header": ("het bestand is leeg: de kopregel ontbreekt", "the file is empty: the header row is missing"),
    "empty_sheet": ("het werkblad is leeg: de kopregel ontbreekt", "the sheet is empty: the header row is missing"),
    "column_missing": ("ontbrekende kolom '{column}'", "missing column '{column}'"),
    "column_twice": ("kolom '{column}' staat er twee keer in", "column '{column}' appears twice"),
    "column_unknown": ("onbekende kolom '{column}' wordt genegeerd", "unknown column '{column}' is ignored"),
    "too_many_cells": (
        "de regel heeft {count} cellen, de kopregel maar {width}",
        "the line has {count} cells, the header only {width}",
    ),
    "required": ("verplicht veld is leeg", "required cell is empty"),
    "id": (
        "'{value}' is geen geldige id (alleen letters, cijfers, - en _)",
        "'{value}' is not a valid id (only letters, digits, - and _)",
    ),
    "id_start": (
        "'{value}' is geen geldige id: een id begint niet met -, =, + of @ (een spreadsheet leest dat als formule)",
        "'{value}' is not a valid id: an id does not start with -, =, + or @ (a spreadsheet reads that as a formula)",
    ),
    "date": (
        "'{value}' is geen geldige datum (verwacht JJJJ-MM-DD of JJJJ-MM)",
        "'{value}' is not a valid date (expected YYYY-MM-DD or YYYY-MM)",
    ),
    "day": (
        "'{value}' is geen geldige datum (verwacht JJJJ-MM-DD)",
        "'{value}' is not a valid date (expected YYYY-MM-DD)",
    ),
    "month": (
        "'{value}' is geen geldige maand (verwacht JJJJ-MM)",
        "'{value}' is not a valid month (expected YYYY-MM)",
    ),
    "date_range": (
        "'{value}' is geen bruikbare datum: het jaar moet tussen {first} en {last} liggen (een tikfout?)",
        "'{value}' is not a usable date: the year must lie between {first} and {last} (a typo?)",
    ),
    "date_far": (
        "'{value}' ligt ver buiten de proeftuin (voor {first} of na {last}): klopt het jaar? "
        "De maanden van de gegevens tellen deze datum niet mee",
        "'{value}' lies far outside the pilot (before {first} or after {last}): is the year right? "
        "The months of the data leave this date out",
    ),
    "int": (
        "'{value}' is geen geheel getal (schrijf alleen cijfers, zoals 12)",
        "'{value}' is not a whole number (write digits only, such as 12)",
    ),
    "number": (
        "'{value}' is geen getal (schrijf bijvoorbeeld 12000 of 2,5)",
        "'{value}' is not a number (write e.g. 12000 or 2,5)",
    ),
    "number_ambiguous": (
        "'{value}' is dubbelzinnig: schrijf duizendtallen zonder punt of komma ({whole}) en decimalen met een komma",
        "'{value}' is ambiguous: write thousands without a point or comma ({whole}) and decimals with a comma",
    ),
    "number_too_large": (
        "'{value}' is te groot: de kit rekent met getallen tot een biljoen ({limit})",
        "'{value}' is too large: the kit computes with numbers up to a million million ({limit})",
    ),
    "range": ("{value} ligt niet tussen {low} en {high}", "{value} is not between {low} and {high}"),
    "minimum": ("{value} is kleiner dan {low}", "{value} is less than {low}"),
    "bool": (
        "'{value}' is geen ja/nee-waarde (gebruik ja of nee)",
        "'{value}' is not a yes/no value (use ja or nee)",
    ),
    "vocab": (
        "'{value}' is geen geldige waarde (kies uit: {choices})",
        "'{value}' is not a valid value (choose from: {choices})",
    ),
    "vocab_near": (
        "'{value}' is geen geldige waarde; bedoelde je '{suggestion}'? (kies uit: {choices})",
        "'{value}' is not a valid value; did you mean '{suggestion}'? (choose from: {choices})",
    ),
    "duplicate_id": ("'{value}' komt al voor op regel {first}", "'{value}' already appears on line {first}"),
    "id_case": (
        "'{value}' verschilt alleen in hoofdletters van '{other}' op regel {first}: de rapporten van beide zouden "
        "in dezelfde map komen",
        "'{value}' differs only in case from '{other}' on line {first}: the reports of both would land in one folder",
    ),
    "id_elsewhere": (
        "'{value}' staat ook in {other} met andere gegevens ({columns}): maak ze gelijk, of kies een andere id",
        "'{value}' also appears in {other} with other data ({columns}): make them equal, or choose another id",
    ),
    "buurt_elsewhere": (
        "'{value}' staat ook in {other}: een buurt staat in de gegevens van één begeleider",
        "'{value}' also appears in {other}: a buurt is in the data of one facilitator",
    ),
    "unknown_ref": ("onbekende {target} '{value}'", "unknown {target} '{value}'"),
    "unknown_ref_near": (
        "onbekende {target} '{value}'; bedoelde je '{suggestion}'?",
        "unknown {target} '{value}'; did you mean '{suggestion}'?",
    ),
    "end_before_start": (
        "{value} ligt voor {other_column} ({other})",
        "{value} is before {other_column} ({other})",
    ),
    "self_relation": (
        "een relatie van '{value}' naar zichzelf",
        "a relation from '{value}' to itself",
    ),
    "intensity_missing": (
        "intensiteit is verplicht bij samenwerking (1 tot en met 5)",
        "intensiteit is required for samenwerking (1 to 5)",
    ),
    "intensity_ignored": (
        "intensiteit telt alleen bij samenwerking en wordt hier genegeerd",
        "intensiteit only counts for samenwerking and is ignored here",
    ),
    "closed_missing": (
        "afgerond is verplicht bij status {status}",
        "afgerond is required for status {status}",
    ),
    "closed_but_open": (
        "afgerond is ingevuld, maar de status is open",
        "afgerond is filled in, but the status is open",
    ),
    "reason_missing": (
        "reden is verplicht bij niet_gedaan: waarom lukte het niet?",
        "reden is required for niet_gedaan: why did it not happen?",
    ),
    "score_twice": (
        "deze score ({key}) staat al op regel {first}",
        "this score ({key}) already appears on line {first}",
    ),
    "consent_missing": (
        "persoon zonder naam_tonen: de naam blijft uit rapporten tot er ja staat",
        "person without naam_tonen: the name stays out of reports until it says ja",
    ),
    "person_assumed": (
        "een sleutelfiguur zonder ja of nee bij persoon telt als persoon; zet er ja (of nee) in",
        "a sleutelfiguur without ja or nee in persoon counts as a person; fill in ja (or nee)",
    ),
    "name_visible_word": (
        "woord {words} van de naam blijft zichtbaar waar het los en met een kleine letter staat: het is ook een "
        "gewoon woord; met een hoofdletter, met de voornaam of met meneer of mevrouw ervoor wordt het vervangen",
        "word {words} of the name stays visible where it stands alone in small letters: it is also an ordinary "
        "word; with a capital, with the first name or with meneer or mevrouw before it, it is replaced",
    ),
    "name_visible_place": (
        "woord {words} van de naam blijft zichtbaar waar het los staat: zo heet ook een buurt of stadsdeel",
        "word {words} of the name stays visible where it stands alone: a buurt or stadsdeel has that name",
    ),
    "name_visible_work": (
        "woord {words} van de naam blijft zichtbaar waar het los staat: zo heet de organisatie of plek waar deze "
        "persoon werkt; noteer de persoon zonder die naam als ook die niet in rapporten mag",
        "word {words} of the name stays visible where it stands alone: the organisation or place where this "
        "person works has that name; record the person without it if that name may not appear in reports either",
    ),
    "organisation_named": (
        "de naam van deze organisatie bevat de naam van een persoon zonder toestemming en staat in rapporten met "
        "diens schuilnaam; noteer de persoon anders als dat niet klopt",
        "the name of this organisation holds the name of a person without consent and appears in reports with "
        "that person's pseudonym; record the person differently if that is wrong",
    ),
    "id_spells_name": (
        "de id noemt een persoon zonder toestemming (naam_tonen); kies een code zonder naam, zoals lh-sf3: "
        "ids komen in exports en meldingen",
        "the id spells the name of a person without consent (naam_tonen); choose a code without a name, such as "
        "lh-sf3: ids appear in exports and messages",
    ),
    "platform_elsewhere": (
        "platform '{value}' hoort bij buurt '{other}'",
        "platform '{value}' belongs to buurt '{other}'",
    ),
    "obstacle_missing": (
        "belemmering is leeg bij niet_gedaan: wat stond in de weg? (kies uit: {choices})",
        "belemmering is empty for niet_gedaan: what stood in the way? (choose from: {choices})",
    ),
    "result_date_missing": (
        "datum of gemeld is verplicht: wanneer is het bereikt, of anders wanneer is het gemeld?",
        "datum or gemeld is required: when was it achieved, or else when was it reported?",
    ),
    "unit_missing": (
        "eenheid is verplicht als omvang is ingevuld (kies uit: {choices})",
        "eenheid is required when omvang is filled in (choose from: {choices})",
    ),
    "unit_without_amount": (
        "eenheid zonder omvang telt niet mee: vul omvang in of maak eenheid leeg",
        "eenheid without omvang does not count: fill in omvang or empty eenheid",
    ),
    "self_request": (
        "een verzoek van '{value}' aan zichzelf",
        "a request from '{value}' to itself",
    ),
    "answer_missing": (
        "antwoord is verplicht bij uitkomst {uitkomst}: wanneer kwam het antwoord?",
        "antwoord is required for uitkomst {uitkomst}: when did the answer come?",
    ),
    "closed_without_date": (
        "antwoord is verplicht bij geen_reactie: de datum waarop het verzoek gesloten is",
        "antwoord is required for geen_reactie: the date the request was closed",
    ),
    "answer_but_open": (
        "antwoord is ingevuld, maar de uitkomst is open: kies de uitkomst of maak antwoord leeg",
        "antwoord is filled in, but the uitkomst is open: choose the outcome or empty antwoord",
    ),
    "delivered_not_promised": (
        "nagekomen telt alleen bij toegezegd of deels en wordt hier genegeerd (uitkomst {uitkomst})",
        "nagekomen only counts for toegezegd or deels and is ignored here (uitkomst {uitkomst})",
    ),
    "recognition_other_buurt": (
        "'{value}' is een actor van buurt '{other}', niet van '{buurt}'",
        "'{value}' is an actor of buurt '{other}', not of '{buurt}'",
    ),
    "recognition_citywide": (
        "'{value}' hoort bij geen buurt (stadsbreed); erkend wordt een actor van '{buurt}'",
        "'{value}' belongs to no buurt (city-wide); a recognised platform is an actor of '{buurt}'",
    ),
    "recognition_overlap": (
        "erkenning overlapt in {month} met regel {first}: per buurt en maand geldt hoogstens één erkenning",
        "recognition overlaps in {month} with line {first}: at most one recognition per buurt and month",
    ),
    "column_not_allowed": (
        "kolom '{column}' hoort niet in dit bestand: het bevat nooit vrije tekst of namen; haal de kolom weg",
        "column '{column}' does not belong in this file: it never holds free text or names; remove the column",
    ),
    "seat_citywide": (
        "'{value}' hoort bij geen buurt (stadsbreed); aan tafel zit hier een actor van '{buurt}'",
        "'{value}' belongs to no buurt (city-wide); the one at the table here is an actor of '{buurt}'",
    ),
    "table_other_buurt": (
        "plek aan tafel '{value}' hoort bij buurt '{other}', niet bij '{buurt}'",
        "seat '{value}' belongs to buurt '{other}', not to '{buurt}'",
    ),
    "agreement_kept_and_dropped": (
        "nagekomen en vervallen zijn allebei ingevuld: een afspraak is nagekomen of vervallen, niet allebei",
        "nagekomen and vervallen are both filled in: an agreement is kept or dropped, not both",
    ),
    "before_dialogue": (
        "{value} ligt voor het gesprek '{dialoog}' ({other}) waarin het is afgesproken",
        "{value} is before the dialogue '{dialoog}' ({other}) in which it was agreed",
    ),
    "pulse_twice": (
        "de draaglast van deze buurt en maand ({key}) staat al op regel {first}: per buurt en maand één regel",
        "the load of this buurt and month ({key}) already appears on line {first}: one line per buurt and month",
    ),
}

#: How a reference target is named in messages.
TARGET_NAMES = {
    "actoren": ("actor", "actor"),
    "buurten": ("buurt", "buurt"),
    "intervisie": ("intervisiebijeenkomst", "intervision session"),
    "tafels": ("plek aan tafel", "seat at a table"),
    "dialogen": ("dialoog", "dialogue"),
}

_WARNING_WORD = {"nl": "waarschuwing", "en": "warning"}


@dataclass(frozen=True)
class Problem:
    """One problem found in a dataset.

    Parameters
    ----------
    source : str
        The file (``actoren.csv``) or workbook sheet (``data.xlsx[actoren]``).
    line : int or None
        Physical line of the CSV file (header = 1) or spreadsheet row;
        ``None`` for a problem of the whole file.
    column : str or None
        The column, ``None`` for a problem of a whole line or file.
    key : str
        Key of :data:`MESSAGES`.
    params : dict
        Values for the message.
    warning : bool
        A warning is printed but does not make the dataset invalid.
    """

    source: str
    line: int | None
    column: str | None
    key: str
    params: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)
    warning: bool = False

    def format(self, lang: str = "nl") -> str:
        """Return the problem as ``FILE:LINE: COLUMN: message``.

        >>> Problem("actoren.csv", 14, "herkomst", "vocab",
        ...         {"value": "topdown", "choices": "onderop, bovenaf, gemengd"}).format()
        "actoren.csv:14: herkomst: 'topdown' is geen geldige waarde (kies uit: onderop, bovenaf, gemengd)"
        """
        text = MESSAGES[self.key][LANGUAGES.index(lang)]
        params = {key: visible(value) if isinstance(value, str) else value for key, value in self.params.items()}
        if "target" in params:
            params["target"] = TARGET_NAMES[params["target"]][LANGUAGES.index(lang)]
        parts = [self.source if self.line is None else f"{self.source}:{self.line}"]
        if self.warning:
            parts.append(_WARNING_WORD[lang])
        if self.column is not None:
            parts.append(visible(self.column))
        parts.append(text.format(**params))
        return ": ".join(parts)


#: Characters escaped in messages although they are not invisible: they pass for an ASCII hyphen.
_LOOKALIKES = frozenset("\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe63\uff0d")


def visible(text: str) -> str:
    r"""Return ``text`` with every character a reader cannot see, or cannot tell from another, as ``\uXXXX``.

    A value pasted from an e-mail or a word processor may carry a zero-width
    space, a byte-order mark, a non-breaking space or hyphen, or a control
    character; quoted as it is, ``'lh-plat'`` would be "unknown" for no visible
    reason.  Escaped: control and format characters, unassigned and private
    ones, every space but the plain one, and non-ASCII hyphens and dashes.
    Letters such as ``é`` stay as they are.

    >>> print(visible("lh-plat\u200b"), visible("\ufeffid"), visible("lh\u2011plat"), visible("Kastanjé a\u00a0b"))
    lh-plat\u200b \ufeffid lh\u2011plat Kastanjé a\u00a0b
    """
    return "".join(_escaped(ch) for ch in text)


def _escaped(ch: str) -> str:
    category = unicodedata.category(ch)
    if ch == " " or not (category[0] in "CZ" or ch in _LOOKALIKES):
        return ch
    code = ord(ch)
    return f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}"
