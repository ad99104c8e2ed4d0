"""Events more than one story has: an action that fails for lack of a place, the barrier that
recurs across buurten (December's intervision notes it).
"""

from __future__ import annotations

import datetime as dt

from ..model import YEAR, Buurt

#: The action that fails for lack of a place, in each buurt whose story has :func:`ruimtegebrek`: omschrijving,
#: the learning, and what stood in its way.
RUIMTE_ACTIE = (
    "Vaste avond vinden voor de jongerenactiviteiten",
    "Het buurthuis had geen avond vrij en de school mag na zessen niet open; eerst de ruimte vastleggen, dan de datum.",
    "ruimte;regels",
)


def ruimtegebrek(b: Buurt) -> None:
    """An action fails for lack of a place: the barrier that recurs across buurten."""
    rng, s = b.rng, b.story
    omschrijving, reden, belemmering = RUIMTE_ACTIE
    gepland = dt.date(YEAR, rng.randint(max(s.start, 3), 8), rng.randint(1, 28))
    deadline = gepland + dt.timedelta(days=rng.randint(30, 60))
    b.acties.append(
        {
            "buurt": s.id,
            "omschrijving": omschrijving,
            "eigenaar": b.platform.id,
            "gepland": gepland,
            "deadline": deadline,
            "status": "niet_gedaan",
            "afgerond": deadline + dt.timedelta(days=rng.randint(0, 14)),
            "reden": reden,
            "sessie": "",
            "belemmering": belemmering,
        }
    )
