"""Residents, professionals and policy: the zone between the lijnen, and where others only come to recruit.

- :func:`zone`: the E-I index between residents (lijn 0) and first-line
  professionals (``ei_index_eerste``) beside that between residents and
  policy (``ei_index_tweede``), with the ties they count;
- :func:`vindplaatsen`: residents' groups where professionals recruit and
  bring nothing back (``vindplaats``), each with who recruits there.  They
  are groups; a person would be named as the report names persons.
"""

from __future__ import annotations

import pandas as pd

from kit.analysis.measures.mixing import lijn_groups
from kit.dutch import getal
from kit.report.html import e, tabel
from kit.report.kengetallen import uitleg
from kit.report.words import hoofdletter, meervoud

#: The two zones: figure, lijnen, and who is on the other side, in words.
ZONES = (
    ("ei_index_eerste", (0, 1), "Bewoners en professionals in de buurt (eerste lijn)"),
    ("ei_index_tweede", (0, 2), "Bewoners en beleid (tweede lijn)"),
)
#: A difference in E-I index this large between the two zones is worth a sentence.
VERSCHIL = 0.2


def _lijn(rapport) -> dict:
    actors = rapport.snap.actoren
    return {a: int(level) for a, level in zip(actors.index, actors["lijn"], strict=True) if not pd.isna(level)}


def banden(graph, group: dict) -> tuple[int, int]:
    """Ties between the two groups and within them, among the actors of ``group`` (E and I of the E-I index).

    >>> import networkx as nx
    >>> banden(nx.Graph([("r1", "p"), ("r1", "r2"), ("p", "x")]), {"r1": True, "r2": True, "p": False})
    (1, 1)
    """
    between = within = 0
    for a, b in graph.edges:
        if a in group and b in group:
            if group[a] == group[b]:
                within += 1
            else:
                between += 1
    return between, within


def zone(rapport) -> str:
    """The section: how close residents work with first-line professionals, and with policy, in numbers and words.

    Parameters
    ----------
    rapport : Maandrapport
        The report of the buurt and month.

    Returns
    -------
    str
        HTML.
    """
    f = rapport.figuren
    lijn = _lijn(rapport)
    rows = []
    for key, lijnen, wie in ZONES:
        between, within = banden(rapport.graaf, lijn_groups(lijn, lijnen))
        rows.append([e(wie), str(between), str(within), e(getal(f[key])), e(hoofdletter(uitleg(key, f[key])))])
    parts = [
        "<p>Bewoners (de nulde lijn) hebben te maken met twee soorten professionals: die in de buurt zelf, "
        "zoals het buurtteam, de wijkagent of het buurthuis (de eerste lijn), en beleid en instellingen op "
        "afstand, zoals het stadsdeel of de gemeente (de tweede lijn). Hoe dicht werken bewoners met elk van "
        "die twee? De menging telt de banden tussen bewoners en die professionals tegen de banden binnen de "
        "eigen kring (bewoners onderling, professionals onderling).</p>",
        tabel(
            ["Tussen", "Ertussen", "Binnen eigen kring", "Menging", "Wat betekent dit?"],
            rows,
            getallen={1, 2, 3},
            klasse="zone",
        ),
    ]
    eerste, tweede = f["ei_index_eerste"], f["ei_index_tweede"]
    if eerste is not None and tweede is not None:
        if eerste - tweede >= VERSCHIL:
            zin = (
                "Bewoners werken nauwer samen met de professionals in de buurt dan met beleid: de afstand tot het "
                "beleid is groter. Wie in de eerste lijn kan helpen die afstand te overbruggen?"
            )
        elif tweede - eerste >= VERSCHIL:
            zin = (
                "Bewoners hebben meer banden met beleid dan met de professionals in de buurt zelf: de eerste "
                "lijn staat verder af. Kennen bewoners het buurtteam, de wijkagent en het buurthuis?"
            )
        else:
            zin = "Bewoners staan ongeveer even dicht bij de professionals in de buurt als bij beleid."
        parts.append(f"<p>{e(zin)}</p>")
    return "".join(parts)


def vindplaatsen(rapport) -> str:
    """The section: each residents' group where professionals recruit and bring nothing back, with who recruits.

    Parameters
    ----------
    rapport : Maandrapport
        The report of the buurt and month.

    Returns
    -------
    str
        HTML.
    """
    places = rapport.figuren["vindplaats"]
    intro = (
        "<p>Een <strong>vindplaats</strong> is een groep bewoners waar professionals mensen komen werven "
        "(deelnemers, vrijwilligers, ouders), terwijl niemand er steun, geld of een ruimte terugbrengt. "
        "Ophalen zonder terugbrengen put zo'n groep uit.</p>"
    )
    if not places:
        return intro + "<p>Deze maand is er geen vindplaats in de buurt.</p>"
    lijn = _lijn(rapport)
    rel = rapport.snap.relaties
    items = []
    for place in places:
        werving = rel[(rel["naar"] == place) & (rel["soort"] == "werving")]
        wervers = sorted({van for van in werving["van"] if lijn.get(van, 0) >= 1}, key=rapport.naam_van)
        werven = "werft" if len(wervers) == 1 else "werven"
        items.append(
            f"<li><strong>{e(rapport.naam_van(place))}</strong>: hier {werven} {e(rapport.namen(wervers))}, "
            "en niemand brengt er steun, geld of een ruimte.</li>"
        )
    return (
        intro + f"<p>Deze maand {'is' if len(places) == 1 else 'zijn'} er "
        f"{meervoud(len(places), 'vindplaats', 'vindplaatsen')}:</p><ul>" + "".join(items) + "</ul>"
        "<p>Wat kunnen zij teruggeven: een ruimte, een bijdrage, terugkoppeling van wat ze ophaalden?</p>"
    )
