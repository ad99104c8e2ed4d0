"""The figures of version 2, in the order of ``metrics --json`` and ``docs/figures.md``.

Each is explained with its number in a section of its own in the monthly
report (``own_section``).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from kit.data.contract import BELEMMERING, EENHEID
from kit.dutch import dagen, getal, leeg, meervoud, telwoord

from ..measures.actions import action_counts, barriers
from ..measures.assessment import assessment_gap
from ..measures.connection_map import FUNCTIONS, TYPES, connection_map
from ..measures.connectors import CONNECTORS, connectors
from ..measures.recognition import months_recognised, recognised
from ..measures.requests import OVERDUE_DAYS, answer_time, promises_kept, request_counts
from ..measures.resources import ENDING_MONTHS, RESOURCES, ending, recruiting_grounds
from ..measures.results import result_sizes
from .first import ACTION_MEANINGS, mixing
from .model import Column, Figure, count, counts, listing, scalar, share, words, yes_no
from .phrases import aandeel, aantal, deel_van, keer, werkwoord


def results(key: str, at: int, zin: str, **declared: Any) -> Figure:
    """A count of the buurt's results: part ``at`` of :attr:`Month.results <kit.analysis.array_figures.Month.results>`
    (achieved in the month, recorded in it after the fact, up to its last day), from the results register, worded
    ``N resultaten`` and ``zin``; else as :func:`~.model.count`."""
    return count(
        key,
        lambda m: m.results[at],
        unit="results",
        register="resultaten",
        sentence=lambda v: f"{aantal(v, 'resultaat', 'resultaten')} {zin}",
        **declared,
    )


#: What every figure of version 2 declares: its version, and a section of its own in the monthly report.
_figure, _scalar, _count, _share, _yes_no, _listing, _results, _mixing = (
    partial(declare, version=2, own_section=True)
    for declare in (Figure, scalar, count, share, yes_no, listing, results, mixing)
)

PLATFORM = _figure(
    "platform",
    "The buurt's platform in the month by the contract's rule, active or not.",
    "text",
    "an actor's id",
    lambda m: m.designated_platform,
    "row",
    (
        Column(
            "platform",
            "Public id of the buurt's platform in the month: the actor whose recognition (erkenning) is active, "
            "else the latest recognised before, else the first; without erkenning rows buurten.platform. Empty "
            "when none.",
            "text",
            "an id",
            None,
        ),
    ),
)
ERKEND = _yes_no(
    "erkend",
    lambda m: recognised(m.arrays.recognitions, m.month),
    meaning="1 when the buurt's platform has a recognition (erkenning) active in the month; only a recognition "
    "row says so, not buurten.platform (version 3).",
    label="Erkend",
    ja="het platform is deze maand erkend als buurtplatform.",
    nee="het platform is deze maand niet erkend als buurtplatform.",
    direction=+1,
    compared=False,
    register="erkenning",
)


def _erkend_maanden(v: Any) -> str:
    if leeg(v):
        return "het platform is (nog) niet erkend."
    n = round(float(v))
    if n == 0:
        return "het platform is deze maand voor het eerst erkend."
    return f"{meervoud(n, 'maand', 'maanden')} geleden werd het platform voor het eerst erkend."


ERKEND_MAANDEN = _count(
    "erkend_maanden",
    lambda m: months_recognised(m.arrays.months.recognised, m.month),
    meaning="Whole months since the first month with a recognised platform (0 in that month); empty before it.",
    unit="months",
    label="Maanden sinds erkenning",
    sentence=_erkend_maanden,
    explanation="hoe lang het platform al erkend is (0: deze maand erkend; –: nog niet erkend).",
    direction=0,
    register="erkenning",
)
RESULTATEN = _results(
    "resultaten",
    0,
    "deze maand: iets wat de buurt bereikte, of wat dankzij de buurt besloten werd.",
    meaning="Results (resultaten) of the buurt achieved in the month: datum filled and in the month (version 3: "
    "not those recorded in the month after the fact, resultaten_gemeld).",
    label="Resultaten deze maand",
    direction=+1,
    compared=False,
)
RESULTATEN_TOTAAL = _results(
    "resultaten_totaal",
    2,
    "sinds het begin van de gegevens: alles wat de buurt bereikte, of wat dankzij de buurt besloten werd.",
    meaning="Results of the buurt dated on or before the month's last day: by datum, or by gemeld where datum is "
    "unknown.",
    label="Resultaten tot nu toe",
    direction=+1,
)
#: The units of results, in English.
UNIT_EN = {"euro": "euros", "woningen": "homes", "personen": "persons", "m2": "square metres", "stuks": "items"}
RESULTATEN_OMVANG = _figure(
    "resultaten_omvang",
    "What the buurt's results so far add up to, per unit (eenheid): the sums of omvang.",
    "the unit of the results",
    "an object of sums",
    lambda m: result_sizes(m.arrays.results, m.last),
    "object",
    tuple(
        Column(
            f"resultaten_omvang_{unit}",
            f"Sum of omvang of the buurt's results counted in {UNIT_EN[unit]} (eenheid {unit}), over the results "
            "resultaten_totaal counts; 0 when none.",
            UNIT_EN[unit],
            "≥ 0",
            2,
        )
        for unit in EENHEID
    ),
    register="resultaten",
)

#: The requests' counts (``verzoeken``), in English.
REQUEST_MEANINGS = {
    "gedaan": "Requests of the buurt asked (gevraagd) in the month.",
    "beantwoord": "Requests answered (antwoord) in the month; closing without an answer (geen_reactie) not counted.",
    "open": "Requests asked by the month's last day and without an antwoord by then.",
    "open_30": f"Open requests asked more than {OVERDUE_DAYS} days before the month's last day.",
    "toegezegd": "Requests promised in full or in part (toegezegd, deels) with antwoord in the month.",
    "afgewezen": "Requests refused (afgewezen) with antwoord in the month.",
}
#: The requests' counts for readers.
_REQUEST_WORDS = {
    "gedaan": words(
        "Verzoeken gedaan",
        lambda v: (
            f"{aantal(v, 'verzoek', 'verzoeken')} deze maand aan een instelling (het stadsdeel, een corporatie, …)."
        ),
        0,
        compared=False,
    ),
    # what was answered moves with what was refused: no judgement the kit makes
    "beantwoord": words(
        "Verzoeken beantwoord",
        lambda v: f"{aantal(v, 'verzoek kreeg', 'verzoeken kregen')} deze maand antwoord.",
        +1,
        judged=False,
        compared=False,
    ),
    "open": words(
        "Verzoeken zonder antwoord",
        lambda v: f"{aantal(v, 'verzoek wacht', 'verzoeken wachten')} aan het eind van de maand nog op antwoord.",
        -1,
    ),
    "open_30": words(
        f"Langer dan {OVERDUE_DAYS} dagen zonder antwoord",
        lambda v: f"{aantal(v, 'verzoek wacht', 'verzoeken wachten')} al langer dan {OVERDUE_DAYS} dagen op antwoord.",
        -1,
    ),
    "toegezegd": words(
        "Verzoeken toegezegd",
        lambda v: f"{aantal(v, 'verzoek werd', 'verzoeken werden')} deze maand (deels) toegezegd.",
        +1,
        compared=False,
    ),
    "afgewezen": words(
        "Verzoeken afgewezen",
        lambda v: f"{aantal(v, 'verzoek werd', 'verzoeken werden')} deze maand afgewezen.",
        -1,
        compared=False,
    ),
}
VERZOEKEN = _figure(
    "verzoeken",
    "The buurt's requests to institutions in the month: counts of requests asked, answered, open, open longer "
    f"than {OVERDUE_DAYS} days, promised and refused.",
    "requests",
    "an object of counts",
    lambda m: request_counts(m.arrays.requests, m.first, m.last),
    "object",
    counts("verzoeken", REQUEST_MEANINGS, "requests", _REQUEST_WORDS),
    register="verzoeken",
)
ANTWOORDTIJD = _scalar(
    "antwoordtijd",
    lambda m: answer_time(m.arrays.requests, m.last),
    meaning="Median days from gevraagd to antwoord over the buurt's requests answered (not geen_reactie) by the "
    "month's last day; empty when none.",
    unit="days",
    range="0, 0.5, 1, …",
    decimals=1,
    label="Dagen tot een antwoord",
    sentence=aandeel(
        lambda v: (
            f"middelste wachttijd tot een antwoord: {dagen(v)}; "
            "de helft van de beantwoorde verzoeken kreeg sneller antwoord, de helft trager."
        ),
        "nog niet te berekenen: nog geen verzoek is beantwoord.",
    ),
    explanation="de helft van de beantwoorde verzoeken kreeg binnen dit aantal dagen antwoord.",
    direction=-1,
    register="verzoeken",
)
NAGEKOMEN = _share(
    "nagekomen",
    lambda m: promises_kept(m.arrays.requests, m.last),
    meaning="Share of the buurt's promises (toegezegd or deels, answered by the month's last day) delivered "
    "(nagekomen) by then; empty without promises.",
    unit="share of promises",
    label="Toezeggingen nagekomen",
    sentence=lambda v: (
        f"{getal(v)}: {deel_van(v, 'toezeggingen tot nu toe')} {werkwoord(v, 'is', 'zijn')} ook nagekomen."
    ),
    missing="nog niet te berekenen: er is nog niets toegezegd.",
    explanation="het deel van de toezeggingen van instellingen dat ook echt is nagekomen (0 tot 1).",
    direction=+1,
    register="verzoeken",
)
MIDDELEN = _count(
    "middelen",
    lambda m: len(m.provided),
    meaning="Active ondersteuning, financiering and ruimte relations of the snapshot towards an actor of the buurt "
    "of lijn 0 not set up from the top down (herkomst bovenaf): the money, support and places residents' groups "
    "receive.",
    unit="relations",
    label="Middelen voor bewoners",
    sentence=lambda v: (
        f"{aantal(v, 'relatie', 'relaties')} waarin bewoners of hun groepen deze maand steun, geld of een ruimte "
        "krijgen van een ander."
    ),
    explanation="hoe vaak bewonersgroepen steun, geld of een plek krijgen van een ander.",
    direction=+1,
    size_dependent=True,
)
MIDDELEN_PLATFORM = _count(
    "middelen_platform",
    lambda m: sum(m.receiver[r] == m.platform for r in m.provided) if m.platform else None,
    meaning="The middelen relations towards the platform; empty when the buurt has no active platform.",
    unit="relations",
    label="Middelen voor het platform",
    sentence=aandeel(
        lambda v: f"{keer(v)} krijgt het platform zelf deze maand steun, geld of een ruimte van een ander.",
        "nog niet te berekenen: het platform staat deze maand niet in de gegevens.",
    ),
    direction=+1,
)
MIDDELEN_AFLOPEND = _listing(
    "middelen_aflopend",
    lambda m: ending(m.provided, m.ends, m.month),
    meaning=f"The middelen relations whose tot falls in the {ENDING_MONTHS} months after the month (sorted ids).",
    unit="relations",
    range="a list of relation ids",
    counted=f"Middelen relations (money, support, a place) whose tot falls in the {ENDING_MONTHS} months after "
    "the month: about to end.",
    label=f"Loopt binnen {telwoord(ENDING_MONTHS)} maanden af",
    sentence=lambda v: (
        f"{keer(v)} loopt steun, geld of een ruimte voor bewoners binnen {telwoord(ENDING_MONTHS)} maanden af."
    ),
    direction=-1,
    explanation=f"steun, geld of een plek die binnen {telwoord(ENDING_MONTHS)} maanden stopt.",
    size_dependent=True,
)

#: The barriers, in English.
BARRIER_EN = {
    "tijd": "time",
    "geld": "money",
    "ruimte": "space",
    "regels": "rules",
    "samenwerking": "collaboration",
    "communicatie": "communication",
    "kennis": "knowledge",
    "draagvlak": "support",
    "instelling": "an institution did not answer, refused or did not deliver",
    "overig": "other",
}
BELEMMERINGEN = _figure(
    "belemmeringen",
    "What stood in the way of the actions not done in the month: barrier (belemmering) → the actions naming it.",
    "actions",
    "an object of counts",
    lambda m: barriers(m.arrays.actions, m.first, m.last),
    "object",
    counts(
        "belemmeringen",
        {
            code: f"Actions not done (niet_gedaan, afgerond in the month) that name the barrier {code} "
            f"({BARRIER_EN[code]})."
            for code in BELEMMERING
        },
        "actions",
    ),
    register="acties.belemmering",
)


def _afspraak(enkelvoud: str, meervoud_: str, rest: str) -> Callable[[Any], str]:
    """A sentence on agreements: ``3 afspraken uit de intervisie zijn`` + ``rest``."""
    one, many = f"afspraak uit de intervisie {enkelvoud}", f"afspraken uit de intervisie {meervoud_}"
    return lambda v: f"{aantal(v, one, many)}{rest}"


_AGREEMENT_WORDS = {
    "gepland": words(
        "Intervisie-afspraken erbij", _afspraak("kwam", "kwamen", " deze maand op de actielijst."), 0, compared=False
    ),
    "gedaan": words(
        "Intervisie-afspraken gedaan", _afspraak("is", "zijn", " deze maand uitgevoerd."), +1, compared=False
    ),
    "niet_gedaan": words(
        "Intervisie-afspraken niet gelukt", _afspraak("is", "zijn", " deze maand niet gelukt."), 0, compared=False
    ),
    "open": words(
        "Intervisie-afspraken open",
        _afspraak("staat", "staan", " aan het eind van de maand open."),
        0,
        explanation="afspraken uit de intervisie die de buurt op haar actielijst zette en die nog lopen.",
    ),
    "te_laat": words(
        "Intervisie-afspraken over de deadline",
        lambda v: (
            f"{aantal(v, 'open afspraak uit de intervisie is', 'open afspraken uit de intervisie zijn')} over de "
            "deadline."
        ),
        -1,
    ),
}
AFSPRAKEN = _figure(
    "afspraken",
    "The counts of acties over the buurt's intervision agreements only (actions with a sessie).",
    "actions",
    "an object of counts",
    lambda m: action_counts(m.arrays.agreements, m.first, m.last),
    "object",
    counts(
        "afspraken",
        {key: f"As acties_{key}, over intervision agreements only (actions with a sessie)." for key in ACTION_MEANINGS},
        "actions",
        _AGREEMENT_WORDS,
    ),
    register="acties.sessie",
)


def _maatlat_verschil(v: Any) -> str:
    if leeg(v):
        return "nog niet te berekenen: deze maand scoorde niemand anders dezelfde criteria als de buurt zelf."
    if abs(v) < 0.005:
        return "0: de buurt scoort zichzelf gemiddeld even hoog als anderen haar scoren op dezelfde criteria."
    return (
        f"{getal(v)}: de buurt scoort zichzelf gemiddeld {getal(abs(v), 2, strip=True)} "
        f"{'punt' if abs(v) <= 1 else 'punten'} "
        f"{'hoger' if v > 0 else 'lager'} dan anderen (een andere buurt, de stadsdeelcommissie) haar scoren "
        "op dezelfde criteria."
    )


MAATLAT_VERSCHIL = _scalar(
    "maatlat_verschil",
    lambda m: assessment_gap(m.scores),
    meaning="Over the criteria scored both by the buurt itself and by others (peer, stadsdeelcommissie) in the "
    "month: mean of (own score − mean of the others' scores). Positive: the buurt rates itself higher than others "
    "do; empty when no criterion has both.",
    unit="score points",
    range="[−4, 4]",
    decimals=2,
    label="Maatlat: eigen score min die van anderen",
    sentence=_maatlat_verschil,
    explanation="de eigen score min de score van anderen (peer, stadsdeelcommissie): boven 0 ziet de buurt zichzelf "
    "rooskleuriger.",
    direction=0,
    register="maatlat",
)
EI_INDEX_EERSTE = _mixing(
    "ei_index_eerste",
    1,
    "professionals in de buurt",
    meaning="E-I index of N restricted to actors of lijn 0 and 1: residents' own networks against first-line "
    "professionals, (E − I)/(E + I); −1 apart, +1 every tie crosses; empty without edges.",
    label="Menging bewoners en eerste lijn",
    explanation="menging van bewoners en professionals in de buurt (de eerste lijn), van \u22121 tot +1; "
    "beleidsmakers tellen hier niet mee.",
)
EI_INDEX_TWEEDE = _mixing(
    "ei_index_tweede",
    2,
    "beleid",
    meaning="E-I index of N restricted to actors of lijn 0 and 2: residents' own networks against the second line "
    "and policy; empty without edges.",
    label="Menging bewoners en tweede lijn",
    explanation="menging van bewoners en beleidsmakers (de tweede lijn), van \u22121 tot +1.",
)
VERBINDERS = _listing(
    "verbinders",
    lambda m: connectors(m.network),
    meaning=f"The (at most) {CONNECTORS} actors of N with the highest betweenness above 0, each with its effective "
    "size.",
    unit="actors",
    range="a list of actors",
    counted=f"Connectors: actors of N with betweenness above 0, at most {CONNECTORS} (the figure verbinders lists "
    "them).",
    counted_range=f"0 to {CONNECTORS}",
    label="Verbinders",
    sentence=lambda v: (
        f"{aantal(v, 'actor houdt', 'actoren houden')} het netwerk bij elkaar: over hen lopen de meeste "
        f"kortste wegen tussen anderen (hoogstens {telwoord(CONNECTORS)} genoemd)."
    ),
    direction=0,
    compared=False,
    size_dependent=True,
)
#: The connection map's actor types and relation functions, in English.
TYPE_EN = {
    "lotgenoten": "peer-support groups (lotgenotengroep)",
    "buren_en_sleutelfiguren": "neighbours and key persons (sleutelfiguur)",
    "bewonersinitiatieven": "residents' initiatives (bewonersinitiatief, bewonerscommissie, buurtplatform)",
    "verenigingen": "associations (vereniging)",
    "bedrijven": "businesses (ondernemer)",
    "instellingen": "institutions (every other soort)",
}
FUNCTION_EN = {
    "bundeling": "bundling forces (samenwerking)",
    "sociaal_kapitaal": "social capital (ondersteuning, financiering, ruimte)",
    "werven": "recruitment (werving)",
}
VERBINDINGSKAART = _figure(
    "verbindingskaart",
    "The connection map: kind of own actor → function of a tie → the active relations with an own actor of that kind.",
    "relations",
    "an object of objects of counts",
    lambda m: connection_map(
        zip(m.van_ids[m.mapped], m.naar_ids[m.mapped], m.soorten[m.mapped], strict=True), m.mapped_soort
    ),
    "object",
    counts(
        "verbindingskaart",
        {
            f"{kind}_{function}": f"Connection map: active relations of the snapshot for {FUNCTION_EN[function]} with "
            f"at least one own actor among {TYPE_EN[kind]}."
            for kind in TYPES
            for function in FUNCTIONS
        },
        "relations",
    ),
    size_dependent=True,
    nested=True,
)
VINDPLAATS = _listing(
    "vindplaats",
    lambda m: recruiting_grounds(m.relation_rows(m.of_kind(*RESOURCES, "werving")), m.own, m.lijn),
    meaning="The buurt's own actors of lijn 0 where professionals recruit (werving) and that receive no support, "
    "funding or place from anyone (sorted ids).",
    unit="actors",
    range="a list of actor ids",
    counted="Residents' groups (own actors of lijn 0) that professionals recruit at (werving) and that receive no "
    "support, funding or place from anyone: places where others take and bring nothing back.",
    label="Vindplaatsen",
    sentence=lambda v: (
        f"{aantal(v, 'bewonersgroep', 'bewonersgroepen')} waar professionals mensen werven "
        "zonder er steun, geld of een ruimte terug te brengen."
    ),
    direction=-1,
    explanation="bewonersgroepen waar anderen mensen werven zonder er steun, geld of ruimte terug te brengen.",
    size_dependent=True,
)

#: The figures of version 2, in order.
FIGURES = (
    PLATFORM,
    ERKEND,
    ERKEND_MAANDEN,
    RESULTATEN,
    RESULTATEN_TOTAAL,
    RESULTATEN_OMVANG,
    VERZOEKEN,
    ANTWOORDTIJD,
    NAGEKOMEN,
    MIDDELEN,
    MIDDELEN_PLATFORM,
    MIDDELEN_AFLOPEND,
    BELEMMERINGEN,
    AFSPRAKEN,
    MAATLAT_VERSCHIL,
    EI_INDEX_EERSTE,
    EI_INDEX_TWEEDE,
    VERBINDERS,
    VERBINDINGSKAART,
    VINDPLAATS,
)
