"""The figures of version 3, in the order of ``metrics --json`` and ``docs/figures.md``.

Version 3 tells what was not recorded from what did not happen: results
recorded after the fact (``resultaten_gemeld``), support an institution gives
beside the platform (``middelen_naast``), and how fresh each register of the
buurt is (``vastgelegd``).  That the figures of a register the buurt does not
keep are ``null`` is the rule of :mod:`kit.analysis.registers`, applied to
every figure's ``register`` in one place.
"""

from __future__ import annotations

from ..registers import RECORDED
from .model import Figure, counts, listing
from .phrases import keer
from .second import results

RESULTATEN_GEMELD = results(
    "resultaten_gemeld",
    1,
    "deze maand achteraf vastgelegd: eerder bereikt, of wanneer is niet bekend.",
    meaning="Results of the buurt recorded in the month after the fact: gemeld in the month, and datum unknown or "
    "before the month's first day (achieved earlier).",
    label="Resultaten achteraf vastgelegd",
    explanation="resultaten die deze maand zijn vastgelegd maar eerder bereikt, of op een onbekende datum.",
    direction=0,
    compared=False,
    version=3,
    own_section=True,
)
MIDDELEN_NAAST = listing(
    "middelen_naast",
    lambda m: m.beside,
    meaning="The active ondersteuning, financiering and ruimte relations of the snapshot from an actor of known lijn 1 "
    "or 2 to an own actor other than the platform that was set up from the top down (herkomst bovenaf) or forms a "
    "dubbele_functies pair with the platform in the month: support given beside the platform (sorted ids).",
    unit="relations",
    range="a list of relation ids",
    counted="Support beside the platform: money, support or a place from an institution (lijn 1 or 2) to an own "
    "actor set up from the top down or duplicating a function of the platform (middelen_naast lists them).",
    label="Steun naast het platform",
    sentence=lambda v: (
        f"{keer(v)} geeft een instelling deze maand geld, steun of een ruimte aan iets wat naast het "
        "platform staat: van bovenaf opgezet, of met een taak die het platform ook heeft."
    ),
    direction=0,
    explanation="geld, steun of een plek die een instelling geeft aan iets wat naast het platform staat.",
    compared=False,
    version=3,
    size_dependent=True,
    own_section=True,
)
#: The registers of ``vastgelegd``, in English.
RECORDED_EN = {
    "actoren": "the buurt's own actors (vanaf, tot)",
    "relaties": "the relations with one of the buurt's actors at an end (vanaf, tot)",
    "activiteiten": "its activities (datum)",
    "acties": "its action list (gepland, afgerond)",
    "maatlat": "its self-assessment scores (maand)",
    "resultaten": "its results (datum, gemeld)",
    "verzoeken": "its requests (gevraagd, antwoord, nagekomen)",
    "erkenning": "its recognitions (vanaf, tot)",
    "tafels": "its seats at tables (vanaf, tot; version 4)",
    "dialogen": "its dialogues (datum; version 4)",
    "draaglast": "its carriers' load (maand; version 4)",
}
VASTGELEGD = Figure(
    "vastgelegd",
    "How fresh each register of the buurt is: register → the latest month (JJJJ-MM) up to the month named by a date "
    "of one of the buurt's rows in it; null when none. Every register is a key (eleven since version 4).",
    "month",
    "an object of months",
    lambda m: m.recorded,
    "object",
    counts(
        "vastgelegd",
        {
            register: f"Whole months from the latest month up to this one named by a date of {RECORDED_EN[register]} "
            "to this month (0: recorded this month); empty when no such date lies on or before this month."
            for register in RECORDED
        },
        "months",
        compared=False,
    ),
    version=3,
    absent=None,
    since=True,
)

#: The figures of version 3, in order.
FIGURES = (RESULTATEN_GEMELD, MIDDELEN_NAAST, VASTGELEGD)
