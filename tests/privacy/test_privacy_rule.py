"""Privacy wins over prose: each way the second privacy audit (issue 18) got a hidden name into an output.

Every test plants a person without consent in the Lindenhof example in the
way the audit found a leak, in several spellings, and checks what the
outputs' names and free text show (:mod:`kit.privacy`) and what validation
says.  ``tests/privacy/test_privacy_scan.py`` renders every output of such a dataset.
"""

from __future__ import annotations

import re
import shutil

import pytest
from helpers import ROOT, replace_in

from kit.cli import main
from kit.data.dataset import load
from kit.data.months import month_text
from kit.data.validation import validate
from kit.names import folded
from kit.privacy import display_names, public_ids, redact, redactor
from kit.report import colofon
from kit.report.maandrapport import Maandrapport


def person(actor: str, naam: str, persoon: str = "ja", soort: str = "sleutelfiguur") -> str:
    """A row of ``actoren.csv``: a person of Lindenhof without consent (empty ``naam_tonen``: none)."""
    return f"{actor},{naam},lindenhof,{soort},onderop,0,,,,{persoon},nee"


def organisation(actor: str, naam: str, soort: str = "vereniging") -> str:
    return f"{actor},{naam},lindenhof,{soort},onderop,0,,,,nee,"


def add(example, *rows: str) -> None:
    with open(example / "actoren.csv", "a", encoding="utf-8") as f:
        f.writelines(row + "\n" for row in rows)


def shows(text: str, word: str) -> bool:
    """Whether ``text`` shows ``word`` (folded: case, accents, invisible characters) as a whole word."""
    return re.search(rf"(?<!\w){re.escape(folded(word))}(?!\w)", folded(text)) is not None


# --- a person recorded by role keeps no name that an organisation shares --------------------------------------


@pytest.mark.parametrize(
    "naam, organisatie, part",
    [
        ("Juf Fatima", "Moskee Fatima", "Fatima"),
        ("juf FATIMA", "Stichting Fatima", "Fatima"),
        ("Buurtvader Ahmed", "Stichting Ahmed", "Ahmed"),
        ("Buurtmoeder Naïma", "Huiskamer Naima", "Naima"),
        ("Meester Yusuf", "Yusuf", "Yusuf"),  # after a title even an organisation's whole name is a name
    ],
)
def test_a_person_recorded_by_role_keeps_no_name_an_organisation_shares(example, naam, organisatie, part):
    add(example, person("lh-p", naam), organisation("lh-o", organisatie))
    data = load(example)
    for buurt in ("lindenhof", None):
        names, matcher = display_names(data, buurt), redactor(data, buurt)
        assert not shows(names["lh-o"], part), names["lh-o"]  # the organisation carries the pseudonym
        assert names["lh-o"].startswith(organisatie.removesuffix(part).strip()), names["lh-o"]
        for text in (f"{part} belde", f"Koffie bij {part.upper()}", f"{part}s fiets", naam, organisatie):
            assert not shows(redact(text, matcher), part), (text, redact(text, matcher))


def test_the_place_of_work_after_a_role_word_stays_and_validate_says_so(example):
    """ "Opbouwwerker Dynamo" works at Dynamo: that organisation keeps its name, and the facilitator is told."""
    add(example, person("lh-p", "Opbouwwerker Dynamo", soort="welzijnsorganisatie"), organisation("lh-o", "Dynamo"))
    data = load(example)
    matcher = redactor(data, "lindenhof")
    assert display_names(data, "lindenhof")["lh-o"] == "Dynamo"
    assert redact("Opbouwwerker Dynamo belde; Dynamo komt", matcher) == "Welzijnswerker 1 belde; Dynamo komt"
    assert (
        "actoren.csv:10: waarschuwing: naam: woord 2 van de naam blijft zichtbaar waar het los staat: zo heet de "
        "organisatie of plek waar deze persoon werkt; noteer de persoon zonder die naam als ook die niet in "
        "rapporten mag"
    ) in validate(example).format().splitlines()


# --- single parts: a shop's or association's whole name, a word of the data, a particle left out ---------------


@pytest.mark.parametrize(
    "rows, part, texts",
    [
        pytest.param(
            [person("lh-p", "Jan Bakker"), organisation("lh-o", "Bakker", "ondernemer")],
            "Bakker",
            ["Bakker belde", "bij BAKKER", "Jan Bakker", "meneer Bakker"],
            id="surname-is-a-shops-whole-name",
        ),
        pytest.param(
            [person("lh-p", "Fatima Bouzid"), organisation("lh-o", "Fatima")],
            "Fatima",
            ["Fatima belde", "vereniging Fatima", "Fatima's fiets"],
            id="first-name-is-an-associations-name",
        ),
        pytest.param(
            [person("lh-p", "Jeroen Kennis")],
            "Kennis",
            ["Kennis belde", "Volgens KENNIS", "meneer kennis", "Jeroen kennis", "dhr. Kennis"],
            id="surname-is-a-vocabulary-word",
        ),
        pytest.param(
            [person("lh-p", "Jan Bos")],
            "Bos",
            ["Bos belde", "BOS", "meneer bos", "Jan bos"],
            id="surname-is-a-word-of-a-buurt",
        ),
        pytest.param(
            [person("lh-p", "Karin Lommer")],
            "Lommer",
            ["Lommer belde", "mevrouw lommer", "Mw. Lommer"],
            id="surname-is-another-word-of-a-buurt",
        ),
        pytest.param(
            [person("lh-p", "Jan de Vries")],
            "Vries",
            ["meneer Vries", "mevrouw De Vries", "dhr. Vries", "Mw vries", "Jan Vries", "Vries belde", "VRIES"],
            id="particle-left-out",
        ),
        pytest.param(
            [person("lh-p", "Samira El-Amrani")],
            "Amrani",
            ["mevrouw Amrani", "Samira Amrani", "Amrani belde", "juf amrani", "El Amrani"],
            id="moroccan-dutch-particle-left-out",
        ),
        pytest.param(
            [person("lh-p", "Anna Bakker-Visser")],
            "Visser",
            ["Visser belde", "mevrouw Visser", "VISSER"],
            id="one-name-of-a-double-surname",
        ),
        pytest.param(
            [person("lh-p", "Mohamed Post")],
            "Post",
            ["Post belde", "meneer Post", "Mohamed post"],
            id="surname-is-an-everyday-word",
        ),
    ],
)
def test_no_single_part_leaks_through_an_exemption(example, rows, part, texts):
    with open(example / "buurten.csv", "a", encoding="utf-8") as f:
        f.write("bosenlommer,Bos en Lommer,West,,\n")
    add(example, *rows)
    data = load(example)
    for buurt in ("lindenhof", None):
        names, matcher = display_names(data, buurt), redactor(data, buurt)
        assert not any(shows(name, part) for actor, name in names.items() if actor in ("lh-p", "lh-o"))
        for text in texts:
            assert not shows(redact(text, matcher), part), (text, redact(text, matcher))


def test_ordinary_words_stay_where_they_are_no_name(example):
    """A part that is also an ordinary word is a name with a capital; in small letters, and in a place's whole
    name, it is the word."""
    with open(example / "buurten.csv", "a", encoding="utf-8") as f:
        f.write("bosenlommer,Bos en Lommer,West,,\n")
    add(example, person("lh-p1", "Jan van Dijk"), person("lh-p2", "Jan Bos"), person("lh-p3", "Jeroen Kennis"))
    matcher = redactor(load(example), "lindenhof")
    text = "Het water van de dijk, de dijk op; kennis delen in het bos van Bos en Lommer"
    assert redact(text, matcher) == text
    assert redact("Bos belde over Bos en Lommer", matcher) == "Sleutelfiguur 3 belde over Bos en Lommer"


# --- a key person with an empty persoon cell -------------------------------------------------------------------


@pytest.mark.parametrize("naam", ["Karim Ouali", "KARIM OUALI", "Karim"])
def test_a_key_person_with_an_empty_persoon_cell_is_a_person_without_consent(example, naam):
    add(example, f"lh-k,{naam},lindenhof,sleutelfiguur,onderop,0,,,,,")
    data = load(example)
    assert bool(data.actoren.set_index("id").loc["lh-k", "persoon"])
    for buurt in ("lindenhof", None):
        assert display_names(data, buurt)["lh-k"].startswith("Sleutelfiguur 2")
        assert not shows(redact("Karim belde", redactor(data, buurt)), "Karim")
    assert public_ids(data, "lindenhof")["lh-k"].startswith("anoniem-")
    lines = validate(example).format().splitlines()
    assert (
        "actoren.csv:10: waarschuwing: persoon: een sleutelfiguur zonder ja of nee bij persoon telt als persoon; "
        "zet er ja (of nee) in"
    ) in lines


def test_a_key_person_recorded_as_no_person_stays_so(example):
    add(example, "lh-k,Koffiehuis Karim,lindenhof,sleutelfiguur,onderop,0,,,,nee,")
    data = load(example)
    assert display_names(data)["lh-k"] == "Koffiehuis Karim"
    assert not any("persoon" in line for line in validate(example).format().splitlines())


# --- a person recorded as a role and a number ------------------------------------------------------------------


def test_a_number_in_a_name_is_no_name(example):
    add(example, person("lh-w", "Wijkagent 12", soort="politie"))
    replace_in(example / "acties.csv", "x1,", "x-12,")
    data = load(example)
    matcher = redactor(data, "lindenhof")
    text = "Om 12 uur, 12:30 of 2024-12-01; besluit 12 (nr. 12)"
    assert redact(text, matcher) == text
    assert (
        redact("Wijkagent 12 belde, WIJKAGENT_12 ook", matcher) == "Politiemedewerker 1 belde, Politiemedewerker 1 ook"
    )
    assert public_ids(data, "lindenhof", "acties")["x-12"] == "x-12"
    assert not any(": id: " in line for line in validate(example).format().splitlines())


# --- invisible characters, look-alike letters, mathematical letters, direction controls ------------------------

#: Samira, typed so that it looks like Samira and is not the same text.
SAMIRA = {
    "word joiner": "Sam\u2060ira",
    "zero-width space": "Sa\u200bmira",
    "Mongolian vowel separator": "Sam\u180eira",
    "variation selector": "Sam\ufe0fira",
    "variation selector supplement": "Sami\U000e0100ra",
    "combining grapheme joiner": "Sa\u034fmira",
    "Hangul filler": "Sam\u3164ira",
    "tag character": "Samira\U000e0041",
    "Khmer inherent vowel": "Sami\u17b4ra",
    "Cyrillic look-alikes": "\u0405\u0430m\u0456r\u0430",
    "Cyrillic capitals": "\u0405\u0410\u041c\u0406R\u0410",
    "Greek look-alikes": "S\u03b1mir\u03b1",
    "mathematical bold": "\U0001d412\U0001d41a\U0001d426\U0001d422\U0001d42b\U0001d41a",
    "mathematical bold italic": "\U0001d47a\U0001d482\U0001d48e\U0001d48a\U0001d493\U0001d482",
    "mathematical sans-serif capitals": "\U0001d5b2\U0001d5a0\U0001d5ac\U0001d5a8\U0001d5b1\U0001d5a0",
    "fullwidth": "\uff33\uff41\uff4d\uff49\uff52\uff41",
    "enclosing circle": "S\u20ddamira",
    "strike-through marks": "S\u0336a\u0336m\u0336i\u0336r\u0336a\u0336",
}


@pytest.mark.parametrize("typed", SAMIRA.values(), ids=SAMIRA.keys())
def test_a_name_typed_to_look_the_same_is_found(example, typed):
    data = load(example)
    for buurt in ("lindenhof", None):
        shown = redact(f"Bellen met {typed}, ook {typed}'s zus", redactor(data, buurt))
        assert shown.startswith("Bellen met Sleutelfiguur 1") and "'s zus" in shown, shown
        assert not shows(shown, "Samira") and shown.count("Sleutelfiguur 1") == 2, shown


def test_look_alike_letters_of_a_surname(example):
    add(example, person("lh-p", "Mohamed Bouzid"))
    matcher = redactor(load(example), "lindenhof")
    for typed in ("\u0392\u039fUZ\u0399D", "\u0412\u041eUZ\u0406D", "\U0001d401\U0001d428\U0001d42e\U0001d433id"):
        assert redact(f"{typed} belde", matcher) == "Sleutelfiguur 2 belde", typed


BIDI = ["\u202e", "\u202d", "\u2067", "\u2066", "\u2068", "\u200f", "\u061c", "\u202b"]


def test_direction_controls_never_reach_an_output(example):
    """A right-to-left override shows "\u202earimaS" as "Samira": every text cell loses its direction controls."""
    replace_in(
        example / "acties.csv", "x1,lindenhof,", "x1,lindenhof,\u202earimaS belt \u2067over\u2069 de \u200fbuurt: "
    )
    add(example, organisation("lh-o", "\u202etsinrohcS"))
    data = load(example)
    texts = [v for frame in (data.acties, data.actoren) for v in frame.to_numpy().ravel() if isinstance(v, str)]
    assert not [t for t in texts if any(c in t for c in BIDI)]
    assert data.acties.set_index("id").loc["x1", "omschrijving"].startswith("arimaS belt over de buurt: Buurtwebsite")
    assert display_names(data, "lindenhof")["lh-o"] == "tsinrohcS"


def test_a_cell_of_direction_controls_only_is_empty(example):
    replace_in(example / "actoren.csv", "lh-bc2,Bewonerscommissie De Linde,", "lh-bc2,\u202e\u2067,")
    assert "actoren.csv:4: naam: verplicht veld is leeg" in validate(example).format().splitlines()


# --- pseudonyms in outputs of several buurten; file names --------------------------------------------------------


def test_pseudonyms_name_their_buurt_where_several_buurten_appear(example):
    with open(example / "buurten.csv", "a", encoding="utf-8") as f:
        f.write("eikenhof,Eikenhof,West,ek-plat,2024-03\n")
    add(
        example,
        "ek-plat,Buurtplatform Eikenhof,eikenhof,buurtplatform,onderop,0,netwerkorganisatie,,,nee,",
        "ek-sf,Karim Ouali,eikenhof,sleutelfiguur,onderop,0,,,,ja,nee",
        "st-sf,Anna Smit,,sleutelfiguur,bovenaf,2,,,,ja,nee",
    )
    data = load(example)
    pilot = display_names(data)
    assert (pilot["lh-sf"], pilot["ek-sf"], pilot["st-sf"]) == (
        "Sleutelfiguur 1 (Lindenhof)",
        "Sleutelfiguur 1 (Eikenhof)",
        "Sleutelfiguur (stad) 1",
    )
    assert redact("Samira en Karim; Anna", redactor(data)) == (
        "Sleutelfiguur 1 (Lindenhof) en Sleutelfiguur 1 (Eikenhof); Sleutelfiguur (stad) 1"
    )
    # a buurt's own report needs no buurt name: its pseudonyms stay short, as they were
    assert display_names(data, "lindenhof")["lh-sf"] == display_names(data, "eikenhof")["ek-sf"] == "Sleutelfiguur 1"


def test_a_workbook_named_after_a_hidden_person_is_not_named(tmp_path, capsys):
    path = tmp_path / "Samira El Amrani.xlsx"
    shutil.copy(ROOT / "tests" / "workbooks" / "lindenhof-libreoffice.xlsx", path)
    data = load(path)
    colophon = str(colofon.render(Maandrapport(data, "lindenhof", month_text(data.maatlat["maand"].max()))))
    assert not shows(colophon, "Samira") and "Sleutelfiguur 1 El Amrani.xlsx" in colophon
    assert main(["validate", str(path)]) == 0
    out = capsys.readouterr().out
    assert not shows(out, "Samira") and "[…] El Amrani.xlsx: geldig" in out


def test_validate_lists_what_stays_visible_of_each_hidden_person(example):
    """Per hidden person, every word of the name the rule leaves visible somewhere, and why, by its number:
    validation messages are printed in the reports' colophons."""
    add(
        example,
        person("lh-p1", "Jan de Vries"),
        person("lh-p2", "Wil Bouzid"),
        person("lh-p3", "Anna West"),
        person("lh-p4", "Wijkagent Lindenhof (nieuw)", soort="politie"),
        person("lh-p5", "Mohamed Bouzid"),
        person("lh-p6", "J. El-Amrani"),
        "lh-p7,Kees Bos,lindenhof,sleutelfiguur,onderop,0,,,,ja,ja",
    )
    lines = validate(example).format().splitlines()
    capital = (
        "van de naam blijft zichtbaar waar het los en met een kleine letter staat: het is ook een gewoon woord; "
        "met een hoofdletter, met de voornaam of met meneer of mevrouw ervoor wordt het vervangen"
    )
    place = "van de naam blijft zichtbaar waar het los staat: zo heet ook een buurt of stadsdeel"
    assert [line for line in lines if "zichtbaar" in line] == [
        f"actoren.csv:10: waarschuwing: naam: woord 3 {capital}",
        f"actoren.csv:11: waarschuwing: naam: woord 1 {capital}",
        f"actoren.csv:12: waarschuwing: naam: woord 2 {place}",
        f"actoren.csv:13: waarschuwing: naam: woord 2 {place}",
        f"actoren.csv:15: waarschuwing: naam: woord 2 {capital}",
    ]
    text = folded(" ".join(lines + validate(example).format("en").splitlines()))
    assert not [w for w in ("vries", "wil", "bouzid", "west", "amrani") if re.search(rf"\b{w}\b", text)]
    english = validate(example).format("en").splitlines()
    assert (
        "actoren.csv:12: warning: naam: word 2 of the name stays visible where it stands alone: a buurt or "
        "stadsdeel has that name"
    ) in english
