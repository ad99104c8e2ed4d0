"""The codebook of the panel: what every column means, its range and its unit, for researchers.

One source for the codebook sheet of ``proeftuin metrics --out panel.xlsx``
and for the documentation (:func:`codebook_markdown`).  In English, keyed by
the panel's Dutch column names; a test checks that every column of
:data:`kit.analysis.panel.PANEL_FIGURES` has an entry, so a new figure needs
one here.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from .measures.connection_map import FUNCTIONS, TYPES
from .panel import PANEL_FIGURES, ROW_COLUMNS


@dataclass(frozen=True)
class Entry:
    """One column of the panel.

    Attributes
    ----------
    meaning : str
        What the column holds, and when it is empty.
    range : str
        The values it can take.
    unit : str
        What one unit counts or measures.
    decimals : int or None
        Decimals a spreadsheet shows; ``None`` for a column that is no number.
    """

    meaning: str
    range: str
    unit: str
    decimals: int | None = 3


SHARE = "[0, 1]"
COUNT = "0, 1, 2, …"

#: The columns that identify a row.
KEY_ENTRIES = {
    "buurt": Entry("Id of the pilot buurt (neighbourhood), as in buurten.csv.", "an id", "text", None),
    "maand": Entry("Calendar month of the row, JJJJ-MM (year-month).", "the months of the dataset", "month", None),
    "in_proeftuin": Entry(
        "True in the months the buurt takes part: from its first month on (its start, or else its first month "
        "with an active actor), and only when it has an active actor of its own that month; comparisons among "
        "buurten use only these rows.",
        "true, false",
        "yes/no",
        None,
    ),
    "met_gegevens": Entry(
        "True from the buurt's first month with any data on (its start, an actor's vanaf, an activity, action, "
        "score, result, request or recognition), also before its start: where its trend starts.",
        "true, false",
        "yes/no",
        None,
    ),
    "platform": Entry(
        "Public id of the buurt's platform in the month: the actor whose recognition (erkenning) is active, else "
        "the latest recognised before, else the first; without erkenning rows buurten.platform. Empty when none.",
        "an id",
        "text",
        None,
    ),
}

#: The figures of the monthly snapshot, as defined in docs/figures.md.
FIGURE_ENTRIES = {
    "actoren": Entry(
        "Actors in the month's network N: the buurt's active actors and actors elsewhere with an active relation "
        "into the buurt.",
        COUNT,
        "actors",
        0,
    ),
    "relaties": Entry(
        "Active relations of any kind but spanning (rows, not pairs: two relations of one pair count twice).",
        COUNT,
        "relations",
        0,
    ),
    "spanningen": Entry("Active spanning (tension) relations.", COUNT, "relations", 0),
    "dichtheid": Entry(
        "Density of N: the share of possible ties that exist, 2·edges / (n·(n − 1)); empty below two actors.",
        SHARE,
        "share of possible ties",
    ),
    "componenten": Entry("Connected components of N; 1 means the network hangs together.", COUNT, "components", 0),
    "grootste_component": Entry(
        "Share of the actors of N in its largest component; empty without actors.",
        SHARE,
        "share of actors",
    ),
    "gem_intensiteit": Entry(
        "Mean intensiteit of the active samenwerking relations: levels of collaboration after Frey et al. (2006), "
        "1 networking (netwerken), 2 alignment (afstemmen), 3 coordination (coördineren), 4 coalition (coalitie), "
        "5 integration (integratie); empty without such relations.",
        "[1, 5]",
        "level",
    ),
    "platform_betweenness": Entry(
        "Betweenness centrality of the buurt's platform in N, normalised as networkx does for undirected graphs "
        "(2 / ((n − 1)(n − 2))): how much the platform brokers between others; empty without an active platform.",
        SHARE,
        "normalised betweenness",
    ),
    "platform_bereik": Entry(
        "Share of the other actors of N within two steps of the platform; empty without an active platform.",
        SHARE,
        "share of actors",
    ),
    "ruggengraat": Entry(
        "Share of the buurt's active bewonerscommissies (residents' committees) with a tie to the platform; empty "
        "without platform or committees.",
        SHARE,
        "share of committees",
    ),
    "ei_index": Entry(
        "Krackhardt and Stern's E-I index of N between residents (lijn 0) and professionals (lijn 1 and 2): "
        "(E − I) / (E + I) over ties between (E) and within (I) the groups; −1 the two live apart, +1 every tie "
        "crosses; empty without ties.",
        "[−1, 1]",
        "index",
    ),
    "eenrichtingsverkeer": Entry(
        "Among resident–professional pairs with an active informatie relation: the share where information only "
        "flows from residents to professionals (collecting without bringing back); empty without such pairs.",
        SHARE,
        "share of pairs",
    ),
    "verloop": Entry(
        "Turnover of ties since the previous month: 1 − |E(M−1) ∩ E(M)| / |E(M−1) ∪ E(M)|; empty in the buurt's "
        "first month and before, and when neither month has ties.",
        SHARE,
        "share of ties",
    ),
    "activiteiten": Entry("Activities of the buurt dated in the month.", COUNT, "activities", 0),
    "bundelingsgraad": Entry(
        "Share of the month's activities with two or more organisers; empty without activities.",
        SHARE,
        "share of activities",
    ),
    "maatlat_gemiddelde": Entry(
        "Mean of the buurt's self-assessment scores (beoordeeld_door zelf) of the month over the criteria scored; "
        "empty when none.",
        "[1, 5]",
        "score",
    ),
    "erkend": Entry(
        "1 when the buurt's platform has a recognition (erkenning) active in the month; without erkenning rows, "
        "1 from the buurt's first month on when buurten.platform is filled.",
        "0, 1",
        "yes (1) / no (0)",
        0,
    ),
    "erkend_maanden": Entry(
        "Whole months since the first month with a recognised platform (0 in that month); empty before it.",
        COUNT,
        "months",
        0,
    ),
    "resultaten": Entry("Results (resultaten) of the buurt dated in the month.", COUNT, "results", 0),
    "resultaten_totaal": Entry("Results of the buurt dated on or before the month's last day.", COUNT, "results", 0),
    "antwoordtijd": Entry(
        "Median days from gevraagd to antwoord over the buurt's requests answered (not geen_reactie) by the month's "
        "last day; empty when none.",
        "0, 0.5, 1, …",
        "days",
        1,
    ),
    "nagekomen": Entry(
        "Share of the buurt's promises (toegezegd or deels, answered by the month's last day) delivered (nagekomen) "
        "by then; empty without promises.",
        SHARE,
        "share of promises",
    ),
    "middelen": Entry(
        "Active ondersteuning, financiering and ruimte relations of the snapshot towards an actor of the buurt of "
        "lijn 0: the money, support and places residents' groups receive.",
        COUNT,
        "relations",
        0,
    ),
    "middelen_platform": Entry(
        "The middelen relations towards the platform; empty when the buurt has no active platform.",
        COUNT,
        "relations",
        0,
    ),
    "maatlat_verschil": Entry(
        "Over the criteria scored both by the buurt itself and by others (peer, stadsdeelcommissie) in the month: "
        "mean of (own score − mean of the others' scores). Positive: the buurt rates itself higher than others do; "
        "empty when no criterion has both.",
        "[−4, 4]",
        "score points",
    ),
    "ei_index_eerste": Entry(
        "E-I index of N restricted to actors of lijn 0 and 1: residents' own networks against first-line "
        "professionals, (E − I)/(E + I); −1 apart, +1 every tie crosses; empty without edges.",
        "[−1, 1]",
        "index",
    ),
    "ei_index_tweede": Entry(
        "E-I index of N restricted to actors of lijn 0 and 2: residents' own networks against the second line and "
        "policy; empty without edges.",
        "[−1, 1]",
        "index",
    ),
    "aantal_dubbele_functies": Entry(
        "Duplicated infrastructure functions: pairs of organisations that share an infrastructure function and whose "
        "agreed collaboration intensity (as both sides see it) is below 3.",
        COUNT,
        "pairs",
        0,
    ),
    "aantal_parallelle_infrastructuren": Entry(
        "Parallel infrastructures: the duplicated functions in which at least one side is top-down (herkomst bovenaf).",
        COUNT,
        "pairs",
        0,
    ),
    "aantal_belevingsverschillen": Entry(
        "Perception gaps: partnerships whose two sides report intensities two or more levels apart.",
        COUNT,
        "pairs",
        0,
    ),
    "aantal_versnipperde_activiteiten": Entry(
        "Fragmented activities: groups of activities of one kind at most 14 days apart without a shared organiser, "
        "that could have been one.",
        COUNT,
        "groups",
        0,
    ),
    "aantal_middelen_aflopend": Entry(
        "Middelen relations (money, support, a place) whose tot falls in the three months after the month: "
        "about to end.",
        COUNT,
        "relations",
        0,
    ),
    "aantal_verbinders": Entry(
        "Connectors: actors of N with betweenness above 0, at most five (the figure verbinders lists them).",
        "0 to 5",
        "actors",
        0,
    ),
    "aantal_vindplaats": Entry(
        "Residents' groups (own actors of lijn 0) that professionals recruit at (werving) and that receive no "
        "support, funding or place from anyone: places where others take and bring nothing back.",
        COUNT,
        "actors",
        0,
    ),
}

#: The action list, ``acties_<key>``.
ACTION_ENTRIES = {
    "gepland": "Actions put on the action list in the month.",
    "gedaan": "Actions done (status gedaan) with afgerond in the month.",
    "niet_gedaan": "Actions that did not happen (status niet_gedaan) with afgerond in the month.",
    "open": "Actions open at the end of the month: planned by then and not closed by then.",
    "te_laat": "Open actions whose deadline lies before the last day of the month.",
}

#: The requests to institutions, ``verzoeken_<key>``.
REQUEST_ENTRIES = {
    "gedaan": "Requests of the buurt asked (gevraagd) in the month.",
    "beantwoord": "Requests answered (antwoord) in the month; closing without an answer (geen_reactie) not counted.",
    "open": "Requests asked by the month's last day and without an antwoord by then.",
    "open_30": "Open requests asked more than 30 days before the month's last day.",
    "toegezegd": "Requests promised in full or in part (toegezegd, deels) with antwoord in the month.",
    "afgewezen": "Requests refused (afgewezen) with antwoord in the month.",
}

#: The units of results, ``resultaten_omvang_<eenheid>``.
UNIT_EN = {"euro": "euros", "woningen": "homes", "personen": "persons", "m2": "square metres", "stuks": "items"}

#: The barriers, ``belemmeringen_<code>``.
BARRIER_EN = {
    "tijd": "time",
    "geld": "money",
    "ruimte": "space",
    "regels": "rules",
    "samenwerking": "collaboration",
    "communicatie": "communication",
    "kennis": "knowledge",
    "draagvlak": "support",
    "overig": "other",
}

#: The connection map (verbindingskaart): its actor types and relation functions, in English.
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

#: The recognition criteria of the self-assessment, ``maatlat_<code>``, in English (the Dutch in the contract).
CRITERIA_EN = {
    "daadkracht": "do they get things done, and can they show examples?",
    "meenemen": "do they involve as many residents as possible in what happens in the buurt?",
    "zwakkeren": "do they work from and with the most vulnerable?",
    "zelfstandigheid": "do they help others to stand on their own feet?",
    "verbinden": "do they connect, and are they open for others to join?",
    "draagvlak": "can they build and show broad and diverse support?",
    "transparantie": "are they open about what they do and how, and easy to find?",
    "informeren": "do they organise information and share it as widely as possible?",
    "coalitieakkoord": "do they help the city's agreed agenda forward?",
    "mobiliseren": "do they raise money and support for the buurt themselves?",
}


def entries() -> dict[str, Entry]:
    """Every documented column, by name: the keys, the figures, the actions and the criteria."""
    found = dict(KEY_ENTRIES) | FIGURE_ENTRIES
    found |= {f"acties_{key}": Entry(text, COUNT, "actions", 0) for key, text in ACTION_ENTRIES.items()}
    found |= {
        f"maatlat_{code}": Entry(
            f"Self-assessment score on the recognition criterion {code}: {question} Empty when not scored.",
            "1, 2, 3, 4, 5",
            "score",
            0,
        )
        for code, question in CRITERIA_EN.items()
    }
    found |= {
        f"resultaten_omvang_{unit}": Entry(
            f"Sum of omvang of the buurt's results counted in {english} (eenheid {unit}), dated on or before the "
            "month's last day; 0 when none.",
            "≥ 0",
            english,
        )
        for unit, english in UNIT_EN.items()
    }
    found |= {f"verzoeken_{key}": Entry(text, COUNT, "requests", 0) for key, text in REQUEST_ENTRIES.items()}
    found |= {
        f"belemmeringen_{code}": Entry(
            f"Actions not done (niet_gedaan, afgerond in the month) that name the barrier {code} ({english}).",
            COUNT,
            "actions",
            0,
        )
        for code, english in BARRIER_EN.items()
    }
    found |= {
        f"afspraken_{key}": Entry(
            f"As acties_{key}, over intervision agreements only (actions with a sessie).", COUNT, "actions", 0
        )
        for key in ACTION_ENTRIES
    }
    found |= {
        f"verbindingskaart_{kind}_{function}": Entry(
            f"Connection map: active relations of the snapshot for {FUNCTION_EN[function]} with at least one own "
            f"actor among {TYPE_EN[kind]}.",
            COUNT,
            "relations",
            0,
        )
        for kind in TYPES
        for function in FUNCTIONS
    }
    return found


def codebook() -> pd.DataFrame:
    """The codebook in the panel's column order: ``column``, ``meaning``, ``range``, ``unit``.

    Raises KeyError naming a panel column without an entry.

    >>> list(codebook()["column"][:6])
    ['buurt', 'maand', 'in_proeftuin', 'met_gegevens', 'platform', 'actoren']
    """
    known = entries()
    columns = [*ROW_COLUMNS, *PANEL_FIGURES]
    missing = [name for name in columns if name not in known]
    if missing:
        raise KeyError(f"panel columns without a codebook entry: {', '.join(missing)}")
    return pd.DataFrame(
        [
            {"column": name, "meaning": known[name].meaning, "range": known[name].range, "unit": known[name].unit}
            for name in columns
        ]
    )


def codebook_markdown() -> str:
    """The codebook as a Markdown table, for the documentation; a ``|`` in a text is escaped for the table."""
    lines = ["| column | meaning | range | unit |", "|---|---|---|---|"]
    for row in codebook().itertuples(index=False):
        meaning, values, unit = (text.replace("|", "\\|") for text in (row.meaning, row.range, row.unit))
        lines.append(f"| `{row.column}` | {meaning} | {values} | {unit} |")
    return "\n".join(lines) + "\n"


#: What ``docs/codebook.md`` says above the table.
DOCUMENT_INTRO = """\
# The panel's codebook

Every column of the panel (`proeftuin metrics DATASET --out panel.xlsx`, or
`.csv`, `.parquet`): what it holds, the values it can take, and its unit. The
figures behind the columns are defined in [figures.md](figures.md). The
workbook's `codebook` sheet holds the same text.

This page is generated by `python -m kit.analysis.codebook > docs/codebook.md`
from `kit/analysis/codebook.py`; a test checks that it is current.
"""


def codebook_document() -> str:
    """``docs/codebook.md``: :data:`DOCUMENT_INTRO` and :func:`codebook_markdown`."""
    return DOCUMENT_INTRO + "\n" + codebook_markdown()


if __name__ == "__main__":  # python -m kit.analysis.codebook > docs/codebook.md
    print(codebook_document(), end="")
