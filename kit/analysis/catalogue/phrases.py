"""The Dutch phrases the figures' sentences are made of: counts with their noun, shares in words, the E-I index.

Readers know nothing of networks, so each number comes with a sentence
that says what it means for the platform (:attr:`Column.sentence
<kit.analysis.catalogue.model.Column.sentence>`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from kit.dutch import MIN, deel_tekst, getal, hoofdletter, leeg, meervoud

#: The five levels of collaboration (Frey et al. 2006), as the reports explain them.
INTENSITEIT = {
    1: "netwerken (elkaar kennen en informatie uitwisselen)",
    2: "afstemmen (rekening houden met elkaar)",
    3: "coördineren (samen plannen)",
    4: "coalitie (samen beslissen, middelen delen)",
    5: "integratie (één team)",
}

#: Each recognition criterion's short Dutch title (the question itself is :data:`kit.data.contract.CRITERIA`).
CRITERIUM_TITEL = {
    "daadkracht": "Daadkracht",
    "meenemen": "Bewoners meenemen",
    "zwakkeren": "Met de kwetsbaarsten",
    "zelfstandigheid": "Zelfstandigheid",
    "verbinden": "Verbinden",
    "draagvlak": "Draagvlak",
    "transparantie": "Transparantie",
    "informeren": "Informeren",
    "coalitieakkoord": "Coalitieakkoord",
    "mobiliseren": "Mobiliseren",
}


def aantal(v: Any, enkelvoud: str, meervoud_: str) -> str:
    """A count with its noun: ``1 actor``, ``3 actoren``, ``Geen actoren``; ``–`` when missing."""
    return "–" if leeg(v) else hoofdletter(meervoud(round(float(v)), enkelvoud, meervoud_))


def keer(v: Any) -> str:
    """How many times: ``Geen enkele keer``, ``Eén keer``, ``3 keer``; ``–`` when missing."""
    if leeg(v):
        return "–"
    n = round(float(v))
    return "Geen enkele keer" if n == 0 else ("Eén keer" if n == 1 else f"{n} keer")


def werkwoord(share: Any, enkelvoud: str, meervoud_: str) -> str:
    """The verb after :func:`deel_van`: plural only after ``alle``."""
    return meervoud_ if deel_tekst(share) == "alle" else enkelvoud


def deel_van(share: Any, noun: str) -> str:
    """``een kwart van de actoren``, ``alle actoren``, ``geen van de actoren``, ``71% van de actoren``."""
    words = deel_tekst(share)
    if words == "alle":
        return f"alle {noun}"
    if words == "geen":
        return f"geen van de {noun}"
    return f"{words} van de {noun}"


#: What readers read for a figure that cannot be computed (yet).
NOG_NIET = "nog niet te berekenen."


def aandeel(zin: Callable[[Any], str], missing: str = NOG_NIET) -> Callable[[Any], str]:
    """A sentence for a figure that cannot always be computed: ``missing`` when it is missing, else ``zin``."""
    return lambda v: missing if leeg(v) else zin(v)


def ei(v: Any, ander: str = "professionals") -> str:
    """The E-I index in words, between residents and ``ander`` (professionals, or one lijn of them)."""
    if leeg(v):
        return "nog niet te berekenen: er zijn geen verbindingen."
    if v <= -0.5:
        duiding = f"bewoners en {ander} werken vooral in hun eigen kring"
    elif v < 0:
        duiding = "iets meer banden binnen de eigen kring dan ertussen"
    elif v == 0:
        duiding = "evenveel banden binnen de eigen kring als ertussen"
    elif v < 0.5:
        duiding = f"iets meer banden tussen bewoners en {ander} dan binnen de eigen kring"
    else:
        duiding = f"de meeste banden lopen tussen bewoners en {ander}"
    return (
        f"menging {getal(v)} op een schaal van {MIN}1 (bewoners en {ander} leven langs elkaar heen) "
        f"tot +1 (alle banden lopen tussen bewoners en {ander}): {duiding}."
    )
