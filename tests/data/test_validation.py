"""Every check of the data contract on a broken input, asserting the located message."""

from __future__ import annotations

import pytest
from helpers import ROOT, replace_in

from kit.cli import main
from kit.data.validation import validate
from kit.names import folded


def messages(path, lang="nl") -> list[str]:
    return validate(path).format(lang).splitlines()


def test_example_is_valid(example):
    result = validate(example)
    assert result.ok and result.problems == []
    assert {k: len(v) for k, v in result.tables.items()} == {
        "buurten": 1,
        "actoren": 8,
        "relaties": 10,
        "activiteiten": 4,
        "acties": 3,
        "intervisie": 1,
        "maatlat": 5,
    }


# (file, old text, new text, expected message line)
BROKEN = [
    pytest.param(
        "actoren.csv",
        "lh-bc1,Bewonerscommissie Lindenhof-Noord,lindenhof,bewonerscommissie,onderop",
        "lh-bc1,Bewonerscommissie Lindenhof-Noord,lindenhof,bewonerscommissie,topdown",
        "actoren.csv:3: herkomst: 'topdown' is geen geldige waarde (kies uit: onderop, bovenaf, gemengd, onbekend)",
        id="vocabulary",
    ),
    pytest.param(
        "actoren.csv",
        "lh-bc1,Bewonerscommissie Lindenhof-Noord,lindenhof,bewonerscommissie,onderop",
        "lh-bc1,Bewonerscommissie Lindenhof-Noord,lindenhof,bewonerscommissie,bovnaf",
        "actoren.csv:3: herkomst: 'bovnaf' is geen geldige waarde; bedoelde je 'bovenaf'? "
        "(kies uit: onderop, bovenaf, gemengd, onbekend)",
        id="vocabulary-did-you-mean",
    ),
    pytest.param(
        "actoren.csv",
        "netwerkorganisatie;informatievoorziening;bewonersbijeenkomst",
        "netwerkorganisatie;informatievoorzienning",
        "actoren.csv:2: functies: 'informatievoorzienning' is geen geldige waarde; "
        "bedoelde je 'informatievoorziening'?",
        id="vocabulary-in-list",
    ),
    pytest.param(
        "actoren.csv",
        "lh-bc2,Bewonerscommissie De Linde,",
        "lh-bc2,,",
        "actoren.csv:4: naam: verplicht veld is leeg",
        id="required-cell",
    ),
    pytest.param(
        "actoren.csv",
        "lh-bc3,VvE Hofzicht,lindenhof,bewonerscommissie,onderop,0,wonen,2024-04",
        "lh-bc3,VvE Hofzicht,lindenhof,bewonerscommissie,onderop,0,wonen,april 2024",
        "actoren.csv:5: vanaf: 'april 2024' is geen geldige datum (verwacht JJJJ-MM-DD of JJJJ-MM)",
        id="date",
    ),
    pytest.param(
        "actoren.csv",
        "lh-sf,Samira,lindenhof,sleutelfiguur,onderop,0,jongeren,,,ja,nee",
        "lh-sf,Samira,lindenhof,sleutelfiguur,onderop,0,jongeren,,,misschien,nee",
        "actoren.csv:8: persoon: 'misschien' is geen ja/nee-waarde (gebruik ja of nee)",
        id="yes-no",
    ),
    pytest.param(
        "actoren.csv",
        "lh-bh,Buurthuis",
        "lh bh,Buurthuis",
        "actoren.csv:7: id: 'lh bh' is geen geldige id (alleen letters, cijfers, - en _)",
        id="id-characters",
    ),
    pytest.param(
        "actoren.csv",
        "lh-bh,Buurthuis",
        "-lh-bh,Buurthuis",
        "actoren.csv:7: id: '-lh-bh' is geen geldige id: een id begint niet met -, =, + of @ "
        "(een spreadsheet leest dat als formule)",
        id="id-starts-with-minus",
    ),
    pytest.param(
        "actoren.csv",
        "lh-bh,Buurthuis",
        "=lh-bh,Buurthuis",
        "actoren.csv:7: id: '=lh-bh' is geen geldige id: een id begint niet met -, =, + of @",
        id="id-starts-with-is",
    ),
    pytest.param(
        "activiteiten.csv",
        "lh-plat;lh-bh",
        "lh-plat;-lh-bh",
        "activiteiten.csv:3: organisatoren: '-lh-bh' is geen geldige id: een id begint niet met -",
        id="id-in-list-starts-with-minus",
    ),
    pytest.param(
        "activiteiten.csv",
        "lh-plat;lh-bh",
        "lh-plat;lé",
        "activiteiten.csv:3: organisatoren: 'lé' is geen geldige id (alleen letters, cijfers, - en _)",
        id="id-in-list-with-accent",
    ),
    pytest.param(
        "relaties.csv",
        "r2,lh-plat,lh-bc2",
        "r2,lh-plat,lh-bc2\u200b",
        "relaties.csv:3: naar: 'lh-bc2\\u200b' is geen geldige id",
        id="zero-width-space-shown",
    ),
    pytest.param(
        "relaties.csv",
        "r2,lh-plat,lh-bc2",
        "r2,lh\u2011plat,lh-bc2",
        "relaties.csv:3: van: 'lh\\u2011plat' is geen geldige id",
        id="non-breaking-hyphen-shown",
    ),
    pytest.param(
        "actoren.csv",
        "lh-bc1,Bewonerscommissie Lindenhof-Noord,lindenhof,bewonerscommissie,onderop",
        "lh-bc1,Bewonerscommissie Lindenhof-Noord,lindenhof,bewonerscommissie,onderop\ufeff",
        "actoren.csv:3: herkomst: 'onderop\\ufeff' is geen geldige waarde; bedoelde je 'onderop'?",
        id="byte-order-mark-shown",
    ),
    pytest.param(
        "actoren.csv",
        "lh-bc3,VvE Hofzicht",
        "lh-bc2,VvE Hofzicht",
        "actoren.csv:5: id: 'lh-bc2' komt al voor op regel 4",
        id="duplicate-id",
    ),
    pytest.param(
        "actoren.csv",
        "lh-bc2,Bewonerscommissie De Linde,lindenhof",
        "lh-bc2,Bewonerscommissie De Linde,lindehof",
        "actoren.csv:4: buurt: onbekende buurt 'lindehof'; bedoelde je 'lindenhof'?",
        id="unknown-buurt",
    ),
    pytest.param(
        "relaties.csv",
        "r2,lh-plat,lh-bc2",
        "r2,lh-plat,zz-onbekend",
        "relaties.csv:3: naar: onbekende actor 'zz-onbekend'",
        id="unknown-actor",
    ),
    pytest.param(
        "activiteiten.csv",
        "lh-plat;lh-bh",
        "lh-plat;lh-bhh",
        "activiteiten.csv:3: organisatoren: onbekende actor 'lh-bhh'; bedoelde je 'lh-bh'?",
        id="unknown-actor-in-list",
    ),
    pytest.param(
        "buurten.csv",
        "lindenhof,Lindenhof,West,lh-plat",
        "lindenhof,Lindenhof,West,lh-platform",
        "buurten.csv:2: platform: onbekende actor 'lh-platform'; bedoelde je 'lh-plat'?",
        id="unknown-platform",
    ),
    pytest.param(
        "relaties.csv",
        "r6,lh-bh,lh-plat,ruimte,,2022-01,2024-03-31",
        "r6,lh-bh,lh-plat,ruimte,,2022-01,2021-12",
        "relaties.csv:7: tot: 2021-12-31 ligt voor vanaf (2022-01-01)",
        id="end-before-start",
    ),
    pytest.param(
        "relaties.csv",
        "r2,lh-plat,lh-bc2",
        "r2,lh-plat,lh-plat",
        "relaties.csv:3: naar: een relatie van 'lh-plat' naar zichzelf",
        id="self-relation",
    ),
    pytest.param(
        "relaties.csv",
        "r2,lh-plat,lh-bc2,samenwerking,2",
        "r2,lh-plat,lh-bc2,samenwerking,7",
        "relaties.csv:3: intensiteit: 7 ligt niet tussen 1 en 5",
        id="intensity-range",
    ),
    pytest.param(
        "relaties.csv",
        "r2,lh-plat,lh-bc2,samenwerking,2",
        "r2,lh-plat,lh-bc2,samenwerking,",
        "relaties.csv:3: intensiteit: intensiteit is verplicht bij samenwerking (1 tot en met 5)",
        id="intensity-missing",
    ),
    pytest.param(
        "relaties.csv",
        "r2,lh-plat,lh-bc2,samenwerking,2",
        "r2,lh-plat,lh-bc2,samenwerking,twee",
        "relaties.csv:3: intensiteit: 'twee' is geen geheel getal",
        id="number",
    ),
    pytest.param(
        "relaties.csv",
        "r4,lh-plat,lh-wb,samenwerking,2,2023-06,,lh-plat",
        "r4,lh-plat,lh-wb,samenwerking,2,2023-06,,lh-wbb",
        "relaties.csv:5: gemeld_door: onbekende actor 'lh-wbb'; bedoelde je 'lh-wb'?",
        id="unknown-reporter",
    ),
    pytest.param(
        "acties.csv",
        "niet_gedaan,2024-04-02,",
        "niet_gedaan,,",
        "acties.csv:3: afgerond: afgerond is verplicht bij status niet_gedaan",
        id="closed-missing",
    ),
    pytest.param(
        "acties.csv",
        "2024-04-02,buurthuis had geen avonden vrij",
        "2024-04-02,",
        "acties.csv:3: reden: reden is verplicht bij niet_gedaan: waarom lukte het niet?",
        id="reason-missing",
    ),
    pytest.param(
        "acties.csv",
        "2024-02-01,2024-03-15,gedaan,2024-03-10",
        "2024-02-01,2024-03-15,gedaan,2024-01-10",
        "acties.csv:2: afgerond: 2024-01-10 ligt voor gepland (2024-02-01)",
        id="closed-before-planned",
    ),
    pytest.param(
        "activiteiten.csv",
        "a1,lindenhof,Voorjaarsschoonmaak,schoonmaak,2024-03-09",
        "a1,lindenhof,Voorjaarsschoonmaak,schoonmaak,2024-03",
        "activiteiten.csv:2: datum: '2024-03' is geen geldige datum (verwacht JJJJ-MM-DD)",
        id="day-required",
    ),
    pytest.param(
        "activiteiten.csv",
        "lh-plat;lh-bh,150",
        "lh-plat;lh-bh,-5",
        "activiteiten.csv:3: deelnemers: -5 is kleiner dan 0",
        id="minimum",
    ),
    pytest.param(
        "maatlat.csv",
        "lindenhof,2024-04,informeren,4,peer,",
        "lindenhof,2024-04,informeren,2,zelf,",
        "maatlat.csv:6: deze score (lindenhof 2024-04 informeren zelf) staat al op regel 5",
        id="score-twice",
    ),
    pytest.param(
        "maatlat.csv",
        "lindenhof,2024-03,daadkracht,4,zelf,",
        "lindenhof,maart,daadkracht,4,zelf,",
        "maatlat.csv:2: maand: 'maart' is geen geldige maand (verwacht JJJJ-MM)",
        id="month",
    ),
    pytest.param(
        "maatlat.csv",
        "lindenhof,2024-03,daadkracht,4,zelf,",
        "lindenhof,2024-03,daadkracht,4,zelfs,",
        "maatlat.csv:2: beoordeeld_door: 'zelfs' is geen geldige waarde; bedoelde je 'zelf'? "
        "(kies uit: zelf, peer, stadsdeelcommissie)",
        id="assessor",
    ),
    pytest.param(
        "intervisie.csv",
        "i1,2024-03-01,lindenhof,lindenhof",
        "i1,2024-03-01,lindenhof,lindenhof;noordhof",
        "intervisie.csv:2: aanwezig: onbekende buurt 'noordhof'",
        id="unknown-buurt-in-list",
    ),
]


@pytest.mark.parametrize("filename, old, new, expected", BROKEN)
def test_broken_input_gives_located_error(example, filename, old, new, expected):
    replace_in(example / filename, old, new)
    result = validate(example)
    lines = result.format().splitlines()
    assert any(line.startswith(expected) for line in lines), lines
    assert not result.ok


def test_all_problems_in_one_run(example):
    replace_in(
        example / "actoren.csv",
        "bewonerscommissie,onderop,0,wonen,,,nee,\nlh-bc2",
        "bewonerscommissie,topdown,0,wonen,,,nee,\nlh-bc2",
    )
    replace_in(example / "relaties.csv", "r2,lh-plat,lh-bc2", "r2,lh-plat,lh-plat")
    replace_in(example / "acties.csv", "2024-04-02,buurthuis had geen avonden vrij", "2024-04-02,")
    lines = messages(example)
    assert [line.split(":")[0] for line in lines] == ["actoren.csv", "relaties.csv", "acties.csv"]


def test_missing_required_file(example):
    (example / "relaties.csv").unlink()
    assert messages(example) == ["relaties.csv: ontbrekend bestand"]


def test_missing_optional_file_is_nothing_recorded(example):
    for name in ("activiteiten.csv", "acties.csv", "intervisie.csv", "maatlat.csv"):
        (example / name).unlink()
    assert validate(example).ok


def test_missing_column(example):
    path = example / "acties.csv"
    lines = path.read_text().splitlines()
    path.write_text("\n".join(",".join(line.split(",")[:6] + line.split(",")[7:]) for line in lines) + "\n")
    assert messages(example) == ["acties.csv: ontbrekende kolom 'status'"]


def test_unknown_column_warns_without_failing(example):
    replace_in(
        example / "buurten.csv", "id,naam,stadsdeel,platform,start", "id,naam,stadsdeel,platform,start,opmerking"
    )
    result = validate(example)
    assert result.ok
    assert result.format() == "buurten.csv: waarschuwing: onbekende kolom 'opmerking' wordt genegeerd"


def test_person_without_consent_answer_warns(example):
    replace_in(
        example / "actoren.csv",
        "lh-sf,Samira,lindenhof,sleutelfiguur,onderop,0,jongeren,,,ja,nee",
        "lh-sf,Samira,lindenhof,sleutelfiguur,onderop,0,jongeren,,,ja,",
    )
    result = validate(example)
    assert result.ok
    assert result.format() == (
        "actoren.csv:8: waarschuwing: naam_tonen: persoon zonder naam_tonen: "
        "de naam blijft uit rapporten tot er ja staat"
    )


def test_invisible_characters_in_a_header_are_shown(example):
    """A second byte-order mark (the first is the encoding's) stays in the header: 'id' looks present but is not."""
    path = example / "buurten.csv"
    path.write_bytes(b"\xef\xbb\xbf" + "\ufeff".encode() + path.read_bytes())
    assert messages(example, "en") == [
        "buurten.csv: warning: unknown column '\\ufeffid' is ignored",
        "buurten.csv: missing column 'id'",
    ]


def test_undecodable_file(example):
    (example / "activiteiten.csv").write_bytes(b"id,buurt\x00\x81\x8d")
    assert messages(example) == [
        "activiteiten.csv: kan het bestand niet lezen: het is geen tekst in UTF-8 of Windows-1252"
    ]


def test_empty_file_has_no_header(example):
    (example / "acties.csv").write_bytes(b"")
    assert messages(example) == ["acties.csv: het bestand is leeg: de kopregel ontbreekt"]


def test_too_many_cells(example):
    replace_in(
        example / "buurten.csv",
        "lindenhof,Lindenhof,West,lh-plat,2024-03",
        "lindenhof,Lindenhof,West,lh-plat,2024-03,extra",
    )
    assert messages(example) == ["buurten.csv:2: de regel heeft 6 cellen, de kopregel maar 5"]


def test_physical_line_numbers_count_blank_lines_and_multiline_cells(example):
    path = example / "relaties.csv"
    text = path.read_text()
    text = text.replace(
        "r1,lh-plat,lh-bc1,samenwerking,4,2022-01,,,interview,",
        'r1,lh-plat,lh-bc1,samenwerking,4,2022-01,,,interview,"twee\nregels"\n',
    )
    text = text.replace("r3,lh-plat,lh-bc3,samenwerking,3", "r3,lh-plat,lh-bc3,samenwerking,8")
    path.write_text(text)
    # header 1, r1 spans 2-3, a blank line 4, r2 on 5, r3 on 6
    assert messages(example) == ["relaties.csv:6: intensiteit: 8 ligt niet tussen 1 en 5"]


def test_english_messages(example):
    replace_in(
        example / "actoren.csv",
        "lh-bc1,Bewonerscommissie Lindenhof-Noord,lindenhof,bewonerscommissie,onderop",
        "lh-bc1,Bewonerscommissie Lindenhof-Noord,lindenhof,bewonerscommissie,bovnaf",
    )
    assert messages(example, "en") == [
        "actoren.csv:3: herkomst: 'bovnaf' is not a valid value; did you mean 'bovenaf'? "
        "(choose from: onderop, bovenaf, gemengd, onbekend)"
    ]


def test_validation_never_writes_input(example):
    replace_in(example / "relaties.csv", "r2,lh-plat,lh-bc2", "r2,lh-plat,lh-plat")
    before = {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in example.iterdir()}
    validate(example)
    assert {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in example.iterdir()} == before


def test_cli_exit_status_and_output(example, capsys):
    assert main(["validate", str(example)]) == 0
    assert "geldig, 0 fout(en), 0 waarschuwing(en)" in capsys.readouterr().out
    replace_in(example / "relaties.csv", "r2,lh-plat,lh-bc2", "r2,lh-plat,lh-plat")
    assert main(["validate", str(example), "--lang", "en"]) == 1
    out = capsys.readouterr().out
    assert "relaties.csv:3: naar: a relation from 'lh-plat' to itself" in out
    assert "invalid, 1 error(s)" in out


def test_workbook_problems_name_sheet_and_row(tmp_path):
    import openpyxl

    book = openpyxl.Workbook()
    book.active.title = "buurten"
    book["buurten"].append(["id", "naam", "stadsdeel", "platform", "start"])
    book["buurten"].append(["b1", "Buurt", "Noord", None, "2024-13"])
    path = tmp_path / "data.xlsx"
    book.save(path)
    assert messages(path) == [
        "data.xlsx[buurten]:2: start: '2024-13' is geen geldige datum (verwacht JJJJ-MM-DD of JJJJ-MM)",
        "data.xlsx[actoren]: ontbrekend werkblad",
        "data.xlsx[relaties]: ontbrekend werkblad",
    ]


@pytest.mark.slow
def test_empty_workbook_sheet(tmp_path):
    import openpyxl

    path = tmp_path / "sjabloon.xlsx"
    book = openpyxl.load_workbook(ROOT / "tests" / "workbooks" / "lindenhof-libreoffice.xlsx")
    book.remove(book["acties"])
    book.create_sheet("acties")
    book.save(path)
    assert messages(path) == ["sjabloon.xlsx[acties]: het werkblad is leeg: de kopregel ontbreekt"]


def test_workbook_that_is_no_workbook(tmp_path):
    path = tmp_path / "kapot.xlsx"
    path.write_bytes(b"dit is geen werkmap")
    lines = messages(path)
    assert len(lines) == 1 and lines[0].startswith("kapot.xlsx: kan de werkmap niet openen")


def test_an_id_that_spells_a_hidden_name_warns_at_its_line_without_saying_it(example):
    with open(example / "actoren.csv", "a") as f:
        f.write("lh-samira,Huiskamer,lindenhof,bewonersinitiatief,onderop,0,,,,nee,\n")
    replace_in(example / "activiteiten.csv", "a4,lindenhof,Bewonersavond", "samira_bbq,lindenhof,Bewonersavond")
    result = validate(example)
    assert result.ok
    assert result.format().splitlines() == [
        "actoren.csv:10: waarschuwing: id: de id noemt een persoon zonder toestemming (naam_tonen); kies een code "
        "zonder naam, zoals lh-sf3: ids komen in exports en meldingen",
        "activiteiten.csv:5: waarschuwing: id: de id noemt een persoon zonder toestemming (naam_tonen); kies een "
        "code zonder naam, zoals lh-sf3: ids komen in exports en meldingen",
    ]


def test_messages_do_not_quote_a_hidden_name(example):
    """A quoted cell or header that spells the name shows it as […]; the location stays."""
    replace_in(example / "relaties.csv", "r7,lh-sf,lh-bh", "r7,samira,lh-bh")
    replace_in(
        example / "maatlat.csv",
        "buurt,maand,criterium,score,beoordeeld_door,toelichting",
        "buurt,maand,criterium,score,beoordeeld_door,toelichting,Sámira belt",
    )
    lines = messages(example) + messages(example, "en")
    assert "relaties.csv:8: van: onbekende actor '[…]'" in lines
    assert "maatlat.csv: waarschuwing: onbekende kolom '[…] belt' wordt genegeerd" in lines
    assert "maatlat.csv: warning: unknown column '[…] belt' is ignored" in lines
    assert "samira" not in folded(" ".join(lines))


def test_a_person_with_consent_is_quoted(example):
    replace_in(example / "actoren.csv", "jongeren,,,ja,nee", "jongeren,,,ja,ja")
    replace_in(example / "relaties.csv", "r7,lh-sf,lh-bh", "r7,samira,lh-bh")
    assert "relaties.csv:8: van: onbekende actor 'samira'" in messages(example)
