"""The figures of version 1, in the order of ``metrics --json`` and ``docs/figures.md``.

Each declaration says how the figure is computed (its measure, on the
month's :class:`~kit.analysis.array_figures.Month`), what it is for
researchers (English, the codebook) and how readers see it (Dutch).
"""

from __future__ import annotations

from typing import Any

from kit.data.contract import CRITERIA
from kit.data.months import month_text
from kit.dutch import MIN, deel_tekst, geheel, getal, procent

from ..measures.actions import action_counts
from ..measures.activities import FRAGMENT_DAYS, bundling, fragmented
from ..measures.assessment import mean_score
from ..measures.infrastructure import PERCEPTION_GAP, mean_intensity, parallel_infrastructures, perception_gaps
from ..measures.mixing import ei_index, one_way_share
from ..measures.platform import backbone, reach
from ..measures.structure import components, density, largest_component_share
from ..measures.turnover import turnover
from .model import Column, Figure, count, counts, listing, mean, scalar, share, words
from .phrases import CRITERIUM_TITEL, INTENSITEIT, aantal, deel_van, ei, keer, werkwoord

BUURT = Figure(
    "buurt",
    "Id of the pilot buurt (neighbourhood), as in buurten.csv.",
    "text",
    "an id",
    lambda m: m.arrays.buurt,
    "row",
    (Column("buurt", "Id of the pilot buurt (neighbourhood), as in buurten.csv.", "text", "an id", None),),
)
MAAND = Figure(
    "maand",
    "Calendar month, JJJJ-MM (year-month).",
    "month",
    "the months of the dataset",
    lambda m: month_text(m.month),
    "row",
    (Column("maand", "Calendar month of the row, JJJJ-MM (year-month).", "month", "the months of the dataset", None),),
)

ACTOREN = count(
    "actoren",
    lambda m: m.network.n,
    meaning="Actors in the month's network N: the buurt's active actors and actors elsewhere with an active "
    "relation into the buurt.",
    unit="actors",
    label="Actoren in het netwerk",
    sentence=lambda v: (
        f"{aantal(v, 'actor', 'actoren')}: organisaties, initiatieven, instellingen en sleutelfiguren die deze "
        "maand actief zijn in of rond de buurt."
    ),
    direction=0,
    size_dependent=True,
)
RELATIES = count(
    "relaties",
    lambda m: int((~m.tension).sum()),
    meaning="Active relations of any kind but spanning (rows, not pairs: two relations of one pair count twice).",
    unit="relations",
    label="Relaties",
    sentence=lambda v: (
        f"{aantal(v, 'relatie', 'relaties')}: samenwerking, informatie, steun, geld, ruimte of werving tussen "
        "twee actoren (spanningen niet meegeteld)."
    ),
    direction=+1,
    size_dependent=True,
)
SPANNINGEN = count(
    "spanningen",
    lambda m: int(m.tension.sum()),
    meaning="Active spanning (tension) relations.",
    unit="relations",
    label="Spanningen",
    sentence=lambda v: f"{aantal(v, 'spanning', 'spanningen')}: relaties waarin het schuurt of botst.",
    direction=-1,
    size_dependent=True,
)
DICHTHEID = share(
    "dichtheid",
    lambda m: density(m.network),
    meaning="Density of N: the share of possible ties that exist, 2·edges / (n·(n − 1)); empty below two actors.",
    unit="share of possible ties",
    label="Dichtheid",
    sentence=lambda v: (
        f"dichtheid {getal(v)}: {deel_tekst(v)} van alle mogelijke verbindingen tussen de actoren bestaat. "
        "Hoe hoger, hoe meer partijen elkaar rechtstreeks kennen."
    ),
    explanation="het deel van alle mogelijke verbindingen tussen de actoren dat bestaat (0 tot 1).",
    direction=+1,
    size_dependent=True,
)
COMPONENTEN = count(
    "componenten",
    lambda m: components(m.network),
    meaning="Connected components of N; 1 means the network hangs together.",
    unit="components",
    label="Losse delen",
    sentence=lambda v: (
        f"{aantal(v, 'los deel', 'losse delen')}: groepjes die onderling niet verbonden zijn. Bij 1 is iedereen "
        "via via met elkaar verbonden."
    ),
    direction=-1,
    size_dependent=True,
)
GROOTSTE_COMPONENT = share(
    "grootste_component",
    lambda m: largest_component_share(m.network),
    meaning="Share of the actors of N in its largest component; empty without actors.",
    unit="share of actors",
    label="Grootste verbonden deel",
    sentence=lambda v: (
        f"{getal(v)}: {deel_van(v, 'actoren')} {werkwoord(v, 'zit', 'zitten')} "
        "in het grootste verbonden deel van het netwerk."
    ),
    explanation="het deel van de actoren in het grootste verbonden deel van het netwerk.",
    direction=+1,
    size_dependent=True,
)
GEM_INTENSITEIT = mean(
    "gem_intensiteit",
    lambda m: mean_intensity(m.collaboration),
    meaning="Mean intensiteit of the active samenwerking relations: levels of collaboration after Frey et al. "
    "(2006), 1 networking (netwerken), 2 alignment (afstemmen), 3 coordination (coördineren), 4 coalition "
    "(coalitie), 5 integration (integratie); empty without such relations.",
    unit="level",
    label="Gemiddelde samenwerking",
    sentence=lambda v: (
        f"gemiddeld {getal(v, 1)} op een schaal van 1 (elkaar kennen) tot 5 (één team); "
        f"{round(v)} betekent {INTENSITEIT[min(5, max(1, round(v)))]}."
    ),
    explanation="gemiddelde samenwerking, van 1 (elkaar kennen) tot 5 (één team).",
    direction=+1,
)
PLATFORM_BETWEENNESS = share(
    "platform_betweenness",
    lambda m: m.network.betweenness[m.platform] if m.platform else None,
    meaning="Betweenness centrality of the buurt's platform in N, normalised as networkx does for undirected "
    "graphs (2 / ((n − 1)(n − 2))): how much the platform brokers between others; empty without an active "
    "platform.",
    unit="normalised betweenness",
    label="Platform als verbinder",
    sentence=lambda v: (
        f"{getal(v)}: bij {procent(v)} van de paren andere actoren loopt de kortste weg via het platform. "
        "Hoe hoger, hoe meer het platform de verbinder in de buurt is."
    ),
    explanation="hoe vaak de kortste weg tussen twee andere actoren via het platform loopt (0 tot 1).",
    direction=+1,
    size_dependent=True,
)
PLATFORM_BEREIK = share(
    "platform_bereik",
    lambda m: reach(m.network, m.platform) if m.platform else None,
    meaning="Share of the other actors of N within two steps of the platform; empty without an active platform.",
    unit="share of actors",
    label="Bereik van het platform",
    sentence=lambda v: (
        f"{getal(v)}: het platform bereikt {deel_van(v, 'andere actoren')} rechtstreeks of via één tussenschakel."
    ),
    explanation="het deel van de andere actoren dat het platform direct of via één tussenschakel bereikt.",
    direction=+1,
    size_dependent=True,
)
RUGGENGRAAT = share(
    "ruggengraat",
    lambda m: backbone(m.network, m.platform, m.committees) if m.platform else None,
    meaning="Share of the buurt's active bewonerscommissies (residents' committees) with a tie to the platform; "
    "empty without platform or committees.",
    unit="share of committees",
    label="Ruggengraat",
    sentence=lambda v: (
        f"{getal(v)}: {deel_van(v, 'bewonerscommissies')} (ook VvE's en huurdersverenigingen) "
        f"{werkwoord(v, 'heeft', 'hebben')} een directe band met het platform."
    ),
    explanation="het deel van de bewonerscommissies met een directe band met het platform.",
    direction=+1,
)


def mixing(key: str, lijn: int, ander: str = "professionals", **declared: Any) -> Figure:
    """An E-I index of the month's network between residents and professionals (:meth:`Month.groups
    <kit.analysis.array_figures.Month.groups>` ``lijn``: 0 both lines, else that one), from −1 to 1 with two
    decimals, worded by :func:`~.phrases.ei` with ``ander`` for the professionals; more mixing is good news.  Else
    as :func:`~.model.scalar`."""
    return scalar(
        key,
        lambda m: ei_index(m.network, m.groups(lijn)),
        unit="index",
        range="[−1, 1]",
        decimals=2,
        sentence=lambda v: ei(v, ander),
        direction=+1,
        **declared,
    )


EI_INDEX = mixing(
    "ei_index",
    0,
    meaning="Krackhardt and Stern's E-I index of N between residents (lijn 0) and professionals (lijn 1 and 2): "
    "(E − I) / (E + I) over ties between (E) and within (I) the groups; −1 the two live apart, +1 every tie "
    "crosses; empty without ties.",
    label="Menging bewoners en professionals",
    explanation=f"menging van bewoners en professionals, van {MIN}1 (langs elkaar heen) tot +1 (alle banden ertussen).",
)
EENRICHTINGSVERKEER = share(
    "eenrichtingsverkeer",
    lambda m: one_way_share(
        zip(m.van_ids[m.of_kind("informatie")], m.naar_ids[m.of_kind("informatie")], strict=True),
        {actor: level == 0 for actor, level in m.lijn.items()},
    ),
    meaning="Among resident–professional pairs with an active informatie relation: the share where information "
    "only flows from residents to professionals (collecting without bringing back); empty without such pairs.",
    unit="share of pairs",
    label="Eenrichtingsverkeer",
    sentence=lambda v: (
        f"{getal(v)}: bij {deel_van(v, 'informatiestromen')} tussen bewoners en professionals gaat "
        "informatie alleen van de bewoners naar de professionals en komt er niets terug (ophalen zonder "
        "terugbrengen)."
    ),
    explanation="het deel van de informatiestromen waar informatie alleen van bewoners naar professionals gaat.",
    direction=-1,
)
DUBBELE_FUNCTIES = listing(
    "dubbele_functies",
    lambda m: m.duplicates,
    meaning="Pairs of candidates (the buurt's own non-person actors, and top-down actors without a buurt) that share "
    "an infrastructure function and whose agreed collaboration intensity is below 3.",
    unit="pairs",
    range="a list of pairs",
    counted="Duplicated infrastructure functions: pairs of organisations that share an infrastructure function and "
    "whose agreed collaboration intensity (as both sides see it) is below 3.",
    label="Dubbele functies",
    sentence=lambda v: (
        f"{keer(v)} doen twee organisaties hetzelfde coördinerende werk (bijvoorbeeld allebei een "
        "nieuwsbrief) zonder echt samen te werken."
    ),
    direction=-1,
    size_dependent=True,
)
PARALLELLE_INFRASTRUCTUREN = listing(
    "parallelle_infrastructuren",
    lambda m: parallel_infrastructures(m.duplicates, m.top_down),
    meaning="The pairs of dubbele_functies with at least one actor of herkomst bovenaf.",
    unit="pairs",
    range="a list of pairs",
    counted="Parallel infrastructures: the duplicated functions in which at least one side is top-down (herkomst "
    "bovenaf).",
    label="Parallelle infrastructuren",
    sentence=lambda v: (
        f"{keer(v)} heeft een instelling van bovenaf iets naast het werk van bewoners gezet zonder "
        "echt samen te werken. Dat verdeelt de energie in de buurt."
    ),
    direction=-1,
    explanation="een instelling die van bovenaf hetzelfde coördinerende werk doet als een partij uit de "
    "buurt, zonder samen te werken.",
    size_dependent=True,
)
BELEVINGSVERSCHILLEN = listing(
    "belevingsverschillen",
    lambda m: perception_gaps(m.views),
    meaning=f"Partnerships whose two sides report intensities {PERCEPTION_GAP} or more levels apart, each side's "
    "own level.",
    unit="pairs",
    range="a list of pairs",
    counted=f"Perception gaps: partnerships whose two sides report intensities {PERCEPTION_GAP} or more levels apart.",
    label="Belevingsverschillen",
    sentence=lambda v: (
        f"{aantal(v, 'samenwerking wordt', 'samenwerkingen worden')} door de twee kanten heel "
        f"verschillend beleefd ({PERCEPTION_GAP} of meer punten verschil op de schaal van 1 tot 5)."
    ),
    direction=-1,
    size_dependent=True,
)
VERLOOP = share(
    "verloop",
    lambda m: turnover(m.previous, m.codes) if m.previous is not None else None,
    meaning="Turnover of ties since the previous month: 1 − |E(M−1) ∩ E(M)| / |E(M−1) ∪ E(M)|; empty in the "
    "buurt's first month and before, and when neither month has ties.",
    unit="share of ties",
    label="Verloop van verbindingen",
    sentence=lambda v: (
        f"{getal(v)}: {deel_van(v, 'verbindingen')} van vorige maand en deze maand samen "
        f"{werkwoord(v, 'is', 'zijn')} nieuw of verdwenen."
    ),
    explanation="het deel van de verbindingen dat ten opzichte van vorige maand nieuw of verdwenen is.",
    direction=0,
)
ACTIVITEITEN = count(
    "activiteiten",
    lambda m: len(m.activities),
    meaning="Activities of the buurt dated in the month.",
    unit="activities",
    label="Activiteiten",
    sentence=lambda v: f"{aantal(v, 'activiteit', 'activiteiten')} in de buurt deze maand.",
    direction=+1,
    register="activiteiten",
)
BUNDELINGSGRAAD = share(
    "bundelingsgraad",
    lambda m: bundling(list(m.activities["organisatoren"])),
    meaning="Share of the month's activities with two or more organisers; empty without activities.",
    unit="share of activities",
    label="Samen georganiseerd",
    sentence=lambda v: (
        f"{getal(v)}: {deel_van(v, 'activiteiten')} {werkwoord(v, 'had', 'hadden')} twee of meer organisatoren."
    ),
    explanation="het deel van de activiteiten met twee of meer organisatoren.",
    direction=+1,
    register="activiteiten",
)
VERSNIPPERDE_ACTIVITEITEN = listing(
    "versnipperde_activiteiten",
    lambda m: fragmented(m.activities),
    meaning=f"Groups of the month's activities of one soort, linked when at most {FRAGMENT_DAYS} days apart without a "
    "shared organiser: activities that could have been one.",
    unit="groups of activities",
    range="a list of groups",
    counted=f"Fragmented activities: groups of activities of one kind at most {FRAGMENT_DAYS} days apart without "
    "a shared organiser, that could have been one.",
    counted_unit="groups",
    label="Versnipperde activiteiten",
    sentence=lambda v: (
        f"{keer(v)} waren er losse activiteiten van dezelfde soort, kort na elkaar, door verschillende "
        "organisatoren, die samen één activiteit hadden kunnen zijn."
    ),
    direction=-1,
    register="activiteiten",
)

#: The counts of the action list (``acties``), and of the intervision's agreements (``afspraken``), in English.
ACTION_MEANINGS = {
    "gepland": "Actions put on the action list in the month.",
    "gedaan": "Actions done (status gedaan) with afgerond in the month.",
    "niet_gedaan": "Actions that did not happen (status niet_gedaan) with afgerond in the month.",
    "open": "Actions open at the end of the month: planned by then and not closed by then.",
    "te_laat": "Open actions whose deadline lies before the last day of the month.",
}
#: The counts of the action list for readers.
_ACTION_WORDS = {
    "gepland": words(
        "Acties erbij", lambda v: f"{aantal(v, 'actie kwam', 'acties kwamen')} deze maand op de lijst.", 0
    ),
    "gedaan": words("Acties gedaan", lambda v: f"{aantal(v, 'actie is', 'acties zijn')} deze maand gedaan.", +1),
    "niet_gedaan": words(
        "Acties niet gelukt",
        lambda v: f"{aantal(v, 'actie is', 'acties zijn')} deze maand niet gelukt; de reden is een les.",
        0,
    ),
    "open": words(
        "Acties open", lambda v: f"{aantal(v, 'actie staat', 'acties staan')} aan het eind van de maand open.", 0
    ),
    "te_laat": words(
        "Acties over de deadline", lambda v: f"{aantal(v, 'open actie is', 'open acties zijn')} over de deadline.", -1
    ),
}
ACTIES = Figure(
    "acties",
    "The buurt's action list in the month: counts of actions planned, done, not done, open and overdue.",
    "actions",
    "an object of counts",
    lambda m: action_counts(m.arrays.actions, m.first, m.last),
    "object",
    counts("acties", ACTION_MEANINGS, "actions", _ACTION_WORDS),
    register="acties",
)

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


def _criterion(code: str) -> Column:
    return Column(
        f"maatlat_{code}",
        f"Self-assessment score on the recognition criterion {code}: {CRITERIA_EN[code]} Empty when not scored.",
        "score",
        "1, 2, 3, 4, 5",
        0,
        **words(
            f"Maatlat: {CRITERIUM_TITEL[code].lower()}",
            lambda v: f"eigen score {geheel(v)} van 5 op: {CRITERIA[code]}",
            +1,
        ),
    )


MAATLAT = Figure(
    "maatlat",
    "The buurt's own scores (beoordeeld_door zelf) of the month on the recognition criteria scored.",
    "score",
    "an object of scores 1 to 5",
    lambda m: m.assessment,
    "object",
    tuple(_criterion(code) for code in CRITERIA),
    register="maatlat",
    own_section=True,
    absent=None,
)
MAATLAT_GEMIDDELDE = mean(
    "maatlat_gemiddelde",
    lambda m: mean_score(m.assessment),
    meaning="Mean of the buurt's self-assessment scores (beoordeeld_door zelf) of the month over the criteria "
    "scored; empty when none.",
    unit="score",
    label="Maatlat (eigen score)",
    sentence=lambda v: (
        f"gemiddeld {getal(v, 1)} op een schaal van 1 tot 5 bij de eigen beoordeling op de erkenningscriteria."
    ),
    direction=+1,
    register="maatlat",
)

#: The figures of version 1, in order.
FIGURES = (
    BUURT,
    MAAND,
    ACTOREN,
    RELATIES,
    SPANNINGEN,
    DICHTHEID,
    COMPONENTEN,
    GROOTSTE_COMPONENT,
    GEM_INTENSITEIT,
    PLATFORM_BETWEENNESS,
    PLATFORM_BEREIK,
    RUGGENGRAAT,
    EI_INDEX,
    EENRICHTINGSVERKEER,
    DUBBELE_FUNCTIES,
    PARALLELLE_INFRASTRUCTUREN,
    BELEVINGSVERSCHILLEN,
    VERLOOP,
    ACTIVITEITEN,
    BUNDELINGSGRAAD,
    VERSNIPPERDE_ACTIVITEITEN,
    ACTIES,
    MAATLAT,
    MAATLAT_GEMIDDELDE,
)
