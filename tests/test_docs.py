"""The documentation in ``docs/`` keeps step with the code.

Every test iterates the code's own lists (figure keys, contract files and
columns, vocabularies, the report notebooks' sections), so that a figure,
column or section added to the code fails here and names what ``docs/`` does
not describe yet.  Cheap: the Markdown is read as text, nothing is computed.
"""

from __future__ import annotations

import ast
import importlib
import json
import re
import subprocess
from pathlib import Path

import pytest

from kit.analysis.catalogue import FIGURE, FIGURE_KEYS, FIGURES
from kit.analysis.codebook import codebook_document
from kit.analysis.measures.connection_map import FUNCTIONS, TYPES
from kit.data.contract import CONTRACT_VERSION, FILES, VOCABULARIES

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
NOTEBOOKS = ROOT / "kit" / "render" / "notebooks"

_FENCE = re.compile(r"^```.*?^```[^\n]*$", re.M | re.S)
_HEADING = re.compile(r"^(#{1,6}) +(.+?) *$", re.M)
_LINK = re.compile(r"\[[^\]]*\]\(([^)\s]+)\)")


def _text(name: str) -> str:
    """A page of ``docs/`` without its fenced code blocks (a ``#`` there is no heading)."""
    return _FENCE.sub("", (DOCS / name).read_text(encoding="utf-8"))


def sections(text: str, level: int) -> dict[str, str]:
    """Heading text → the text under it, for the headings of ``level``, up to the next heading of that level or higher.

    >>> sections("# A\\n## b\\nx\\n### c\\ny\\n## d\\nz", 2)
    {'b': 'x\\n### c\\ny', 'd': 'z'}
    """
    found = {}
    headings = list(_HEADING.finditer(text))
    for index, match in enumerate(headings):
        if len(match[1]) != level:
            continue
        end = next((h.start() for h in headings[index + 1 :] if len(h[1]) <= level), len(text))
        found[match[2]] = text[match.end() : end].strip("\n")
    return found


def code_name(heading: str) -> str | None:
    """``name`` for a heading that is one code span, ```name```; else ``None``."""
    match = re.fullmatch(r"`([^`]+)`", heading)
    return match[1] if match else None


def table_rows(text: str) -> list[list[str]]:
    """The rows of the Markdown tables in ``text`` as lists of trimmed cells, header and rule lines left out."""
    rows = []
    lines = [line.strip() for line in text.splitlines()]
    for index, line in enumerate(lines):
        if not line.startswith("|") or re.fullmatch(r"\|[-| :]+\|", line):
            continue
        if index + 1 < len(lines) and re.fullmatch(r"\|[-| :]+\|", lines[index + 1]):
            continue  # a header
        rows.append([cell.strip() for cell in line.strip("|").split("|")])
    return rows


def slug(heading: str) -> str:
    """The anchor GitHub gives a heading: lower case, punctuation dropped, spaces as hyphens.

    >>> slug("Taking part: `in_proeftuin`"), slug("`resultaten.csv`"), slug("The panel's codebook")
    ('taking-part-in_proeftuin', 'resultatencsv', 'the-panels-codebook')
    """
    text = re.sub(r"[^\w\- ]", "", heading.strip().lower())
    return text.replace(" ", "-")


def anchors(path: Path) -> set[str]:
    """Every heading anchor of a Markdown file, with GitHub's ``-1``, ``-2`` for repeated headings."""
    text = _FENCE.sub("", path.read_text(encoding="utf-8"))
    seen: dict[str, int] = {}
    found = set()
    for match in _HEADING.finditer(text):
        base = slug(match[2])
        count = seen.get(base, 0)
        seen[base] = count + 1
        found.add(base if count == 0 else f"{base}-{count}")
    return found


# --------------------------------------------------------------------------- figures


def _figure_sections() -> dict[str, str]:
    """Figure key → the text of its section in ``docs/figures.md``."""
    found = sections(sections(_text("figures.md"), 2)["The figures of one month"], 3)
    return {code_name(heading): body for heading, body in found.items()}


def test_every_figure_key_has_a_section_in_order():
    documented = list(_figure_sections())
    missing = [key for key in FIGURE_KEYS if key not in documented]
    extra = [key for key in documented if key not in FIGURE_KEYS]
    assert not missing, f"docs/figures.md has no section for {missing}"
    assert not extra, f"docs/figures.md describes figures metrics does not print: {extra}"
    assert documented == list(FIGURE_KEYS), "docs/figures.md lists the figures in another order than metrics --json"


@pytest.mark.parametrize("figure", FIGURES, ids=lambda f: f.key)
def test_each_figures_section_agrees_with_its_declaration(figure):
    """The section says the version the figure entered with, names its panel columns and the label every report
    shows for each, and states its range in words (:data:`RANGE_WORDS`)."""
    body = _figure_sections()[figure.key]
    where = f"docs/figures.md, `{figure.key}`"
    if figure.version == 1:
        assert not body.startswith("*Version"), f"{where}: no version mark for version 1"
    else:
        assert body.startswith(f"*Version {figure.version}.*"), f"{where}: *Version {figure.version}.*"
    if figure.shape == "row":
        return
    [panel_line] = [line for line in _bullets(body) if line.startswith("Panel ")]
    named = re.findall(r"`([^`]+)`", panel_line.split(";")[0])
    if figure.shape == "object":
        assert named and all(name.startswith(f"{figure.key}_") for name in named), f"{where}: Panel `{figure.key}_…`"
    else:
        assert named == [figure.columns[0].name], f"{where}: the panel column is {figure.columns[0].name}"
    labels = [column.label for column in figure.columns if column.label]
    if figure.key == "maatlat":  # the ten criteria's labels follow one pattern, which the section gives
        labels = ["Maatlat:"]
    missing = [label for label in labels if f"*{label}*" not in " ".join(body.split())]
    assert not missing, f"{where}: the report's title(s) {missing}"
    if figure.shape == "scalar":
        words = RANGE_WORDS[figure.range]
        assert words in " ".join(body.split()), f"{where}: the value's range in words, {words!r}"


def test_the_table_of_figures_null_without_their_register_is_the_catalogues():
    """docs/figures.md's table says, per register not kept, which figures are null: exactly those whose declared
    ``register`` is it (a column's figures also when its file is not kept)."""
    body = sections(_text("figures.md"), 2)["Registers not kept: figures that are null"]
    documented = {}
    for register, keys in table_rows(body):
        documented[re.findall(r"`([^`]+)`", register)[0]] = set(re.findall(r"`([^`]+)`", keys))
    declared: dict[str, set[str]] = {}
    for figure in FIGURES:
        if figure.register is not None:
            declared.setdefault(figure.register, set()).add(figure.key)
            declared.setdefault(figure.register.split(".")[0], set()).add(figure.key)
    assert documented == declared


#: How ``docs/figures.md`` states each range of a figure of one number (the codebook's ``range``).
RANGE_WORDS = {
    "[0, 1]": "a share from 0 to 1",
    "0, 1, 2, …": "a count",
    "[1, 5]": "from 1 to 5",
    "[−1, 1]": "from −1 to +1",
    "[−4, 4]": "from −4 to +4",
    "0, 0.5, 1, …": "a whole number or halfway between two",
    "0, 1": "`true` or `false`",
    "1, 2, 3, 4, 5, 6": "from 1 to 6",
}


def _bullets(body: str) -> list[str]:
    """The bullet points of a section, each on one line."""
    return [" ".join(item.split()) for item in re.split(r"^- ", body, flags=re.M)[1:]]


@pytest.mark.parametrize(
    "key, parts",
    [
        ("acties", FIGURE["acties"].parts),
        ("afspraken", FIGURE["acties"].parts),
        ("verzoeken", FIGURE["verzoeken"].parts),
        ("tafels_rol", FIGURE["tafels_rol"].parts),
        ("dialoogafspraken", FIGURE["dialoogafspraken"].parts),
        ("verbindingskaart", (*TYPES, *FUNCTIONS)),
    ],
)
def test_object_figures_name_their_parts(key, parts):
    body = _figure_sections()[key]
    missing = [part for part in parts if f"`{part}`" not in body]
    assert not missing, f"docs/figures.md, `{key}`: no word on {missing}"


# --------------------------------------------------------------------------- the data contract

#: What the type cell of a column says, per kind of the contract.
KIND_WORDS = {
    "id": "id",
    "ref": "id",
    "refs": "list of",
    "text": "text",
    "date": "first day",
    "date_end": "last day",
    "day": "full date",
    "month": "month",
    "int": "whole number",
    "number": "number",
    "bool": "yes/no",
}
#: How a reference's target is named in a type cell.
REF_WORDS = {
    "actoren": "actor id",
    "buurten": "buurt id",
    "intervisie": "intervision session id",
    "tafels": "seat id",
    "dialogen": "dialogue id",
}
OPTIONAL_COLUMN = "the column may be missing"


def test_contract_page_names_the_version():
    assert f"Version {CONTRACT_VERSION}." in _text("data-contract.md").split("\n\n")[1]


def test_every_file_is_in_the_table_of_files():
    rows = {row[0]: row for row in table_rows(sections(_text("data-contract.md"), 2)["Files"])}
    assert list(rows) == [f"`{spec.filename}`" for spec in FILES.values()]
    for spec in FILES.values():
        assert rows[f"`{spec.filename}`"][2] == ("yes" if spec.required else "no"), spec.filename


@pytest.mark.parametrize("stem", list(FILES))
def test_every_column_is_documented_with_its_type_and_whether_it_is_required(stem):
    spec = FILES[stem]
    files = sections(sections(_text("data-contract.md"), 2)["The files, column by column"], 3)
    assert f"`{spec.filename}`" in files, f"docs/data-contract.md has no section for {spec.filename}"
    rows = {row[0].strip("`"): row for row in table_rows(files[f"`{spec.filename}`"]) if len(row) == 4}
    assert list(rows) == [c.name for c in spec.columns], f"docs/data-contract.md, {spec.filename}: columns differ"
    for column in spec.columns:
        _, kind, required, meaning = rows[column.name]
        where = f"docs/data-contract.md, {spec.filename}, {column.name}"
        assert meaning, f"{where}: no meaning"
        assert (required == "yes") == column.required, f"{where}: required is {column.required}"
        assert (OPTIONAL_COLUMN in required) == column.optional_column, f"{where}: optional column"
        if column.kind in ("vocab", "vocabs"):
            expected = f"`{column.vocab}`" if column.kind == "vocab" else f"list of `{column.vocab}`"
            assert expected in kind, f"{where}: type should say {expected}"
            continue
        assert KIND_WORDS[column.kind] in kind, f"{where}: type should say {KIND_WORDS[column.kind]!r}"
        if column.ref:
            assert REF_WORDS[column.ref] in kind, f"{where}: type should say {REF_WORDS[column.ref]!r}"
        if column.high is not None:
            assert f"{column.low}–{column.high}" in kind, f"{where}: type should give the range"
        elif column.low is not None:
            assert f"≥ {column.low}" in kind, f"{where}: type should give the minimum"


@pytest.mark.parametrize("vocabulary", list(VOCABULARIES))
def test_every_vocabulary_value_is_documented(vocabulary):
    documented = sections(sections(_text("data-contract.md"), 2)["Vocabularies"], 3)
    assert f"`{vocabulary}`" in documented, f"docs/data-contract.md has no section for the vocabulary {vocabulary}"
    values = [row[0].strip("`") for row in table_rows(documented[f"`{vocabulary}`"])]
    missing = [value for value in VOCABULARIES[vocabulary] if value not in values]
    assert not missing, f"docs/data-contract.md, vocabulary {vocabulary}: no meaning for {missing}"
    assert sorted(values) == sorted(VOCABULARIES[vocabulary]), f"vocabulary {vocabulary}: values the kit refuses"


# --------------------------------------------------------------------------- codebook and reports


def test_the_codebook_page_is_what_the_code_generates():
    assert (DOCS / "codebook.md").read_text(encoding="utf-8") == codebook_document(), (
        "docs/codebook.md is out of date: python -m kit.analysis.codebook > docs/codebook.md"
    )


def _called_sections(notebook: str) -> list[str]:
    """The module (under ``kit.report``) of every section a report notebook shows, in order."""
    cells = json.loads((NOTEBOOKS / f"{notebook}.ipynb").read_text(encoding="utf-8"))["cells"]
    code = "\n".join("".join(cell["source"]) for cell in cells if cell["cell_type"] == "code")
    secties = importlib.import_module(f"kit.report.{notebook}").SECTIES
    calls = [n for n in ast.walk(ast.parse(code)) if isinstance(n, ast.Call) and ast.unparse(n.func) == "toon"]
    names = [arg.value for call in calls for arg in call.args[1:] if isinstance(arg, ast.Constant)]
    return [secties[name].render.__module__.removeprefix("kit.report.") for name in names]


@pytest.mark.parametrize("notebook", ["maandrapport", "overzicht", "synthese"])
def test_every_report_section_is_described(notebook):
    text = _text("reports.md")
    called = _called_sections(notebook)
    assert called, f"no sections found in {notebook}.ipynb"
    missing = [name for name in called if f"`{name}`" not in text]
    assert not missing, f"docs/reports.md does not describe {missing}"


# --------------------------------------------------------------------------- links and references


def _markdown_pages() -> list[Path]:
    return [ROOT / "README.md", *sorted(DOCS.glob("*.md"))]


@pytest.mark.parametrize("page", _markdown_pages(), ids=lambda p: p.relative_to(ROOT).as_posix())
def test_relative_links_point_at_files_and_headings_that_exist(page):
    text = _FENCE.sub("", page.read_text(encoding="utf-8"))
    broken = []
    for target in _LINK.findall(text):
        if re.match(r"[a-z]+:", target):
            continue
        path, _, anchor = target.partition("#")
        file = (page.parent / path).resolve() if path else page
        if not file.exists() or (anchor and file.suffix == ".md" and anchor not in anchors(file)):
            broken.append(target)
    assert not broken, f"{page.relative_to(ROOT)}: broken links {broken}"


#: What a reference outside the repository looks like (spelled in parts, so that this file is no such reference).
OUTSIDE = ("../" + "shared", "shared" + "/spec", "/work" + "/shared")
#: Files that are not text.
BINARY = {".xlsx", ".parquet", ".png", ".pdf", ".gexf", ".ico", ".zip"}


def _repository_files() -> list[Path]:
    """The files of the repository: those git tracks, or without git every file outside the usual build folders."""
    try:
        listed = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True).stdout
        return [ROOT / name for name in listed.decode().split("\0") if name]
    except (OSError, subprocess.CalledProcessError):
        skip = {".git", ".venv", "build", "reports", "__pycache__", ".pytest_cache"}
        return [p for p in ROOT.rglob("*") if p.is_file() and not skip.intersection(p.relative_to(ROOT).parts)]


def test_no_file_refers_outside_the_repository():
    found = []
    for path in _repository_files():
        if path.suffix in BINARY or not path.is_file():
            continue
        text = path.read_text(encoding="utf-8", errors="replace")
        found += [f"{path.relative_to(ROOT)}: {pattern}" for pattern in OUTSIDE if pattern in text]
    assert not found, f"the repository must stand alone: {found}"
