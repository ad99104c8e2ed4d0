"""The figures of version 4, in the order of ``metrics --json`` and ``docs/figures.md``.

Version 4 records the platform's place at the table: its seats at tables others
run and on which rung of the participation ladder (``tafels``), its dialogues
with institutions and the agreements made there (``dialogen``), and what all
this costs the volunteers who carry it: the facilitator's monthly pulse
(``draaglast``) and how the action list's open actions pile up on a few owners.

The pulse (``belasting``, ``dragers``, ``incident``) is never compared among
buurten (``compared=False``) and leaves the panel unless asked for
(:data:`kit.privacy.PULSE`, ``docs/privacy.md``, "Who may see what").
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, Any

from kit.data.contract import ROL
from kit.dutch import geheel, leeg, procent

from ..measures.tables import (
    agreement_counts,
    dialogues_held,
    highest_rung,
    offered,
    rung_counts,
)
from .model import Figure, count, counts, scalar, share, words, yes_no
from .phrases import aandeel, aantal

if TYPE_CHECKING:
    from kit.analysis.array_figures import Month

#: The rungs of the ladder in Dutch, as readers see them (the contract's codes without their spelling for files).
TREDE = {
    "geinformeerd": "geïnformeerd",
    "geraadpleegd": "geraadpleegd",
    "adviserend": "adviserend",
    "coproducerend": "coproducerend",
    "meebeslissend": "meebeslissend",
    "zelfbeherend": "zelfbeherend",
}
#: The rungs in English, for the codebook.
RUNG_EN = {
    "geinformeerd": "informed",
    "geraadpleegd": "consulted",
    "adviserend": "advising",
    "coproducerend": "co-producing",
    "meebeslissend": "co-deciding",
    "zelfbeherend": "self-managing",
}
RUNGS = "1, 2, 3, 4, 5, 6"


#: Version 4's figures of one number: never compared among buurten (the pulse must not be, and seats and dialogues
#: depend on what each buurt records), and shown in a section of its own, not in the figure tables.
_scalar, _count, _share, _yes_no = (
    partial(declare, compared=False, version=4, own_section=True) for declare in (scalar, count, share, yes_no)
)


TAFELS = _count(
    "tafels",
    lambda m: len(m.seats),
    meaning="Seats at tables of the buurt's actors active in the month (tafels: vanaf on or before its last day, tot "
    "empty or on or after its first day).",
    unit="seats",
    label="Plekken aan tafel",
    sentence=lambda v: f"{aantal(v, 'plek', 'plekken')} aan een bestuurlijke tafel deze maand.",
    explanation="plekken van de buurt aan tafels die de gemeente of een instelling belegt.",
    direction=+1,
    judged=False,
    register="tafels",
)
TAFELS_ROL = Figure(
    "tafels_rol",
    "The active seats of the month by rung of the participation ladder: rol → seats, every rung a key.",
    "seats",
    "an object of counts",
    lambda m: rung_counts(m.seats),
    "object",
    counts(
        "tafels_rol",
        {
            rol: f"Active seats of the month on rung {number} ({rol}: {RUNG_EN[rol]})."
            for number, rol in enumerate(ROL, 1)
        },
        "seats",
        compared=False,
    ),
    version=4,
    register="tafels",
    own_section=True,
)


def _trede(v: Any) -> str:
    if leeg(v):
        return "geen plek aan tafel deze maand."
    return f"de hoogste trede deze maand is {geheel(v)} van 6: {TREDE[ROL[round(float(v)) - 1]]}."


TAFEL_HOOGSTE_ROL = _scalar(
    "tafel_hoogste_rol",
    lambda m: highest_rung(m.seats),
    meaning="The highest rung of the participation ladder (1 geinformeerd … 6 zelfbeherend) held by an active seat "
    "of the month; empty without a seat.",
    unit="rung",
    range=RUNGS,
    decimals=0,
    label="Hoogste trede aan tafel",
    sentence=_trede,
    explanation="de hoogste trede op de participatieladder die de buurt aan tafel heeft: van geïnformeerd (1) tot "
    "zelfbeherend (6).",
    direction=0,
    register="tafels",
)
TAFELS_UITGENODIGD = _count(
    "tafels_uitgenodigd",
    lambda m: len(offered(m.seats)),
    meaning="Active seats of the month the buurt was invited to (toegang uitgenodigd), rather than had to ask for.",
    unit="seats",
    label="Plekken aangeboden",
    sentence=lambda v: f"{aantal(v, 'plek is', 'plekken zijn')} aangeboden, niet zelf gevraagd.",
    explanation="plekken aan tafel waarvoor de buurt is uitgenodigd, in plaats van er zelf om te vragen.",
    direction=+1,
    judged=False,
    register="tafels",
)
DIALOGEN = _count(
    "dialogen",
    lambda m: len(dialogues_held(m.arrays.dialogues, m.first, m.last)),
    meaning="Dialogues of the buurt with the municipality or an institution dated in the month.",
    unit="dialogues",
    label="Gesprekken",
    sentence=lambda v: f"{aantal(v, 'gesprek', 'gesprekken')} met de gemeente of een instelling deze maand.",
    explanation="gesprekken van de buurt met de gemeente of een instelling.",
    direction=0,
    register="dialogen",
)
#: The parts of ``dialoogafspraken`` in English.
AGREEMENT_MEANINGS = {
    "gemaakt": "Agreements made in a dialogue of the month.",
    "nagekomen": "Agreements kept (nagekomen) in the month.",
    "vervallen": "Agreements dropped (vervallen) in the month without being kept.",
    "open": "Agreements open on the month's last day: made by then, neither kept nor dropped by then.",
    "te_laat": "Open agreements whose deadline lies before the month's last day.",
}
#: The parts of ``dialoogafspraken`` for readers.
_AGREEMENT_WORDS = {
    "gemaakt": words("Afspraken gemaakt", lambda v: f"{aantal(v, 'afspraak', 'afspraken')} gemaakt in een gesprek.", 0),
    "nagekomen": words("Afspraken nagekomen", lambda v: f"{aantal(v, 'afspraak is', 'afspraken zijn')} nagekomen.", +1),
    "vervallen": words(
        "Afspraken vervallen",
        lambda v: f"{aantal(v, 'afspraak is', 'afspraken zijn')} vervallen zonder te zijn nagekomen.",
        -1,
    ),
    "open": words("Afspraken open", lambda v: f"{aantal(v, 'afspraak staat', 'afspraken staan')} nog open.", 0),
    "te_laat": words(
        "Afspraken over de termijn",
        lambda v: f"{aantal(v, 'afspraak is', 'afspraken zijn')} over de afgesproken termijn.",
        -1,
    ),
}
DIALOOGAFSPRAKEN = Figure(
    "dialoogafspraken",
    "The agreements of the buurt's dialogues in the month, like the action list: made, kept, dropped, open and late.",
    "agreements",
    "an object of counts",
    lambda m: agreement_counts(m.arrays.dialogue_agreements, m.first, m.last),
    "object",
    counts("dialoogafspraken", AGREEMENT_MEANINGS, "agreements", _AGREEMENT_WORDS, compared=False),
    version=4,
    register="dialogen",
    own_section=True,
)


def _pulse(m: Month, at: int) -> int | bool | None:
    """Part ``at`` of the month's pulse, or ``None`` in a month without one."""
    return None if m.pulse is None else m.pulse[at]


BELASTING = _scalar(
    "belasting",
    lambda m: _pulse(m, 0),
    meaning="How heavily the buurt's core volunteers were loaded in the month, by the facilitator's pulse (draaglast): "
    "1 light … 5 too heavy; empty in a month without a pulse.",
    unit="score",
    range="[1, 5]",
    decimals=0,
    label="Belasting van de dragers",
    sentence=aandeel(lambda v: f"de vaste vrijwilligers waren deze maand belast met {geheel(v)} van 5.", "–"),
    explanation="hoe zwaar de vaste vrijwilligers belast zijn, van 1 (licht) tot 5 (te zwaar).",
    direction=-1,
    judged=False,
    register="draaglast",
)
DRAGERS = _count(
    "dragers",
    lambda m: _pulse(m, 1),
    meaning="Active carriers (core volunteers) of the platform in the month, by the facilitator's pulse; empty in a "
    "month without a pulse.",
    unit="volunteers",
    label="Dragers",
    sentence=lambda v: f"{aantal(v, 'vaste vrijwilliger droeg', 'vaste vrijwilligers droegen')} het platform.",
    explanation="hoeveel vaste vrijwilligers het platform dragen.",
    direction=+1,
    judged=False,
    register="draaglast",
)
INCIDENT = _yes_no(
    "incident",
    lambda m: _pulse(m, 2),
    meaning="Whether intimidation or a threat against a carrier occurred in the month, by the facilitator's pulse; "
    "empty in a month without a pulse.",
    label="Intimidatie of bedreiging",
    ja="deze maand is een drager geïntimideerd of bedreigd.",
    nee="geen intimidatie of bedreiging.",
    explanation="of een drager deze maand is geïntimideerd of bedreigd.",
    direction=-1,
    judged=False,
    register="draaglast",
)
ACTIES_EIGENAREN = _count(
    "acties_eigenaren",
    lambda m: m.owners[0],
    meaning="Owners (eigenaar) carrying at least one action open on the month's last day; never named.",
    unit="owners",
    label="Trekkers van open acties",
    sentence=lambda v: f"{aantal(v, 'trekker draagt', 'trekkers dragen')} de open acties.",
    explanation="over hoeveel trekkers de open acties verdeeld zijn.",
    direction=+1,
    judged=False,
    register="acties",
)
ACTIES_CONCENTRATIE = _share(
    "acties_concentratie",
    lambda m: m.owners[1],
    meaning="The share of the actions open on the month's last day held by the owner with most (an action without "
    "owner counts among all); empty without open actions.",
    unit="share",
    label="Open acties bij één trekker",
    sentence=lambda v: f"{procent(v)} van de open acties ligt bij de trekker met de meeste.",
    missing="geen open acties.",
    explanation="welk deel van de open acties bij één trekker ligt: hoe hoger, hoe meer het op één persoon aankomt.",
    direction=-1,
    judged=False,
    register="acties",
)

#: The figures of version 4, in order.
FIGURES = (
    TAFELS,
    TAFELS_ROL,
    TAFEL_HOOGSTE_ROL,
    TAFELS_UITGENODIGD,
    DIALOGEN,
    DIALOOGAFSPRAKEN,
    BELASTING,
    DRAGERS,
    INCIDENT,
    ACTIES_EIGENAREN,
    ACTIES_CONCENTRATIE,
)
