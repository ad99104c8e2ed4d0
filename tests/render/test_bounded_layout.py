"""A word of 10,000 letters in the names neither stalls the PDF nor runs off the page.

One such actor name made WeasyPrint's layout run for over ten minutes (it
tries every place to hyphenate a word, for every line).  Names are labels
and are shortened (:func:`kit.report.words.inkorten`), overlong words in
free text are cut (:func:`kit.report.words.lange_woorden_inkorten`), and a
long word that remains may break anywhere (:func:`kit.report.html.e`).

The render runs in a child process with a time limit, so a regression fails
this test instead of blocking the test run.
"""

from __future__ import annotations

import csv
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import weasyprint
from helpers import EXAMPLE as LINDENHOF
from weasyprint.formatting_structure.boxes import MarginBox

from kit.render.convert import KitOnlyFetcher

MAAND = "2024-04"
LENGTE = 10_000
#: Generous: the report's PDF takes a few seconds, the same as Lindenhof's own.
PDF_SECONDEN = 30

RENDER = """
import json, sys
from pathlib import Path
from kit.render.batch import render
summary = render(Path(sys.argv[1]), sys.argv[2], out=Path(sys.argv[3]), jobs=1, progress=False)
print(json.dumps({o.naam: [o.status, o.seconds] for o in summary.outcomes}))
"""


def woord(seed: int, lengte: int = LENGTE) -> str:
    """One word of ``lengte`` letters without spaces; ``seed`` makes it differ from the others."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    return "".join(letters[(i * seed + i // 7) % 26] for i in range(lengte))


def _edit(path: Path, change) -> None:
    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    for row in rows:
        change(row)
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)


@pytest.fixture(scope="module")
def rendered(tmp_path_factory):
    """Lindenhof, April 2024, with every actor, the buurt and an action named by a 10,000-letter word."""
    root = tmp_path_factory.mktemp("lang")
    data = root / "lindenhof"
    shutil.copytree(LINDENHOF, data)
    _edit(data / "buurten.csv", lambda r: r.update(naam=woord(3)))
    _edit(data / "actoren.csv", lambda r: r.update(naam=woord(5 + len(r["id"]))))
    _edit(data / "acties.csv", lambda r: r.update(omschrijving=woord(11), reden=woord(13)))
    out = root / "reports"
    try:
        done = subprocess.run(
            [sys.executable, "-c", RENDER, str(data), MAAND, str(out)],
            capture_output=True,
            text=True,
            timeout=8 * PDF_SECONDEN,
            check=True,
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"rendering did not finish within {8 * PDF_SECONDEN} s")
    return json.loads(done.stdout.strip().splitlines()[-1]), out


@pytest.mark.slow
def test_pdf_of_ten_thousand_letter_names_is_made_in_seconds(rendered):
    outcomes, _ = rendered
    for naam, (status, seconds) in outcomes.items():
        assert status == "geschreven", naam
        assert seconds["pdf"] < PDF_SECONDEN, (naam, seconds)


def overflow(html: str) -> list[str]:
    """The boxes of the printed ``html`` that reach past the right edge of the page's content area."""
    found = []
    document = weasyprint.HTML(string=html, url_fetcher=KitOnlyFetcher()).render()
    for number, page in enumerate(document.pages, start=1):
        page_box = page._page_box  # WeasyPrint's laid-out page: the only way to see its boxes
        right = page_box.content_box_x() + page_box.width
        content = [child for child in page_box.children if not isinstance(child, MarginBox)]
        for box in (box for child in content for box in child.descendants()):
            if box.position_x + box.margin_width() > right + 0.5:
                found.append(
                    f"pagina {number}: <{box.element_tag}> tot {box.position_x + box.margin_width():.0f} > {right:.0f}"
                )
    return found


@pytest.mark.slow
@pytest.mark.parametrize("report", [f"{MAAND}/lindenhof/maandrapport.html", f"{MAAND}/overzicht.html"])
def test_pages_do_not_overflow(rendered, report):
    _, out = rendered
    assert overflow((out / report).read_text(encoding="utf-8")) == []


def test_overflow_check_sees_an_unbreakable_word():
    """The check above means something: a long word that may not break runs off the page."""
    assert overflow(f"<p style='overflow-wrap: normal; hyphens: none'>{woord(3, 400)}</p>")
