"""The demo's seats at tables in the printed buurtbrief, read back from the PDF: Zonnedauwkwartier is invited to a
steering group in September 2025, after its recognition in July; Reigersbos's seat at the Klankbordgroep, which it had
asked for, ends in October 2025.  The carriers' load is printed in the appendix PDF and not in the brief.
"""

from __future__ import annotations

import pytest
from pypdf import PdfReader

from kit.render.batch import render

#: Every test here renders real reports (kernel, papermill, WeasyPrint): left out of the quick loop.
pytestmark = pytest.mark.slow


def pdf_text(path) -> str:
    """The words of a PDF, with the words hyphenated at a line's end joined again."""
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(path).pages)
    return text.replace("\u2010 ", "")


@pytest.fixture(scope="module")
def reports(tmp_path_factory, demo_path):
    out = tmp_path_factory.mktemp("aan-tafel") / "reports"
    for buurt, maand, bijlage in (("zonnedauw", "2025-09", True), ("reigersbos", "2025-10", False)):
        summary = render(demo_path, maand, buurten=[buurt], out=out, jobs=1, progress=False, bijlage=bijlage)
        assert summary.ok, summary.describe()
    return out


def test_the_brief_shows_the_seat_gained_after_recognition(reports):
    folder = reports / "2025-09" / "zonnedauw"
    brief = pdf_text(folder / "maandrapport.pdf")
    assert "Aan tafel" in brief
    assert brief.index("Aan tafel") < brief.index("maandrapport.bijlage.pdf") < brief.index("De netwerkkaart")
    assert len(PdfReader(folder / "maandrapport.pdf").pages) <= 4
    assert "‘Stuurgroep speelplek achter de flats’, belegd door Woningcorporatie Thuishaven" in brief
    assert (
        "maakt de plannen mee (coproducerend, trede 4 van 6). Uitgenodigd, sinds 1 september 2025, nieuw deze maand."
        in (brief)
    )
    assert "Wat het dragen kost" not in brief
    appendix = pdf_text(folder / "maandrapport.bijlage.pdf")
    assert "Wat het dragen kost" in appendix and "Aan tafel" not in appendix
    assert "In september 2025 is de draaglast niet gepeild." in appendix


def test_the_brief_shows_the_seat_that_ended(reports):
    brief = pdf_text(reports / "2025-10" / "reigersbos" / "maandrapport.pdf")
    assert "‘Klankbordgroep renovatie Reigersbos’, belegd door Woningcorporatie Thuishaven" in brief
    assert "Zelf om gevraagd, sinds 1 maart 2025. Deze plek eindigde op 31 oktober 2025." in brief
