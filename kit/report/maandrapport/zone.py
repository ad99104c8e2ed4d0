"""Bewoners, professionals en beleid: the zone between residents and the first line beside that with policy.

The E-I index between residents (lijn 0) and first-line professionals
(``ei_index_eerste``) beside that between residents and policy
(``ei_index_tweede``), with the ties they count.
"""

from __future__ import annotations

from kit.analysis.measures.mixing import lijn_groups
from kit.dutch import getal
from kit.report.html import Html, e, tabel
from kit.report.kengetallen import uitleg
from kit.report.maandrapport.rapport import Maandrapport
from kit.report.sectie import BIJLAGE, Sectie
from kit.report.words import hoofdletter

#: The two zones: figure, lijnen, and who is on the other side, in words.
ZONES = (
    ("ei_index_eerste", (0, 1), "Bewoners en professionals in de buurt (eerste lijn)"),
    ("ei_index_tweede", (0, 2), "Bewoners en beleid (tweede lijn)"),
)
#: A difference in E-I index this large between the two zones is worth a sentence.
VERSCHIL = 0.2


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


def render(rapport: Maandrapport) -> Html:
    """How close residents work with first-line professionals, and with policy, in numbers and words."""
    f = rapport.figuren
    lijn = rapport.lijnen
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
    return Html("".join(parts))


SECTIE = Sectie(render, deel=BIJLAGE, kop="Bewoners, professionals en beleid")
