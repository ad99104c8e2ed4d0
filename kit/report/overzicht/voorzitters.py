"""Intervisie: voorzitters: the sessions so far with their chair and theme, and who chairs next."""

from __future__ import annotations

import pandas as pd

from kit.data.dataset import Dataset
from kit.report.html import Html, e, tabel
from kit.report.overzicht.rapport import Overzicht
from kit.report.sectie import BIJLAGE, Sectie
from kit.report.words import datum_tekst


def render(rapport: Overzicht) -> Html:
    """The rotation of the intervision chair: who chaired which month, and who is next."""
    iv = rapport.data.intervisie.sort_values(["datum", "id"])
    last = rapport.month.end_time.normalize()
    past = iv[iv["datum"] <= last]
    rows = [
        [
            e(datum_tekst(s["datum"])),
            e(rapport.buurtnaam(s["voorzitter"])),
            e(rapport.schoon(s["thema"])),
        ]
        for _, s in past.iterrows()
    ]
    volgende = volgende_voorzitter(rapport.data, rapport.month)
    parts = []
    if rows:
        parts.append(tabel(["Datum", "Voorzitter", "Thema"], rows))
    else:
        parts.append("<p>Er is nog geen intervisiebijeenkomst vastgelegd.</p>")
    if volgende is not None:
        b, gepland = volgende
        naam = e(rapport.buurtnaam(b))
        parts.append(
            f"<p><strong>Volgende voorzitter:</strong> {naam}"
            + (
                f" (gepland op {e(datum_tekst(gepland))})."
                if gepland is not None
                else " (volgens de beurt: de buurt die het langst niet, of nog nooit, voorzat)."
            )
            + "</p>"
        )
    return Html("".join(parts))


def volgende_voorzitter(data: Dataset, month: pd.Period) -> tuple[str, pd.Timestamp | None] | None:
    """The next chair after ``month``: ``(buurt id, date)`` when a later session is recorded, else
    ``(buurt id, None)`` by rotation — the buurt that never chaired, or chaired longest ago (in the order
    of ``buurten``).  ``None`` without buurten."""
    iv = data.intervisie.sort_values(["datum", "id"])
    last = month.end_time.normalize()
    later = iv[iv["datum"] > last]
    if len(later):
        s = later.iloc[0]
        return s["voorzitter"], s["datum"]
    buurten = list(data.buurten["id"])
    if not buurten:
        return None
    past = iv[iv["datum"] <= last]
    laatst = {b: d for b, d in zip(past["voorzitter"], past["datum"], strict=True)}
    never = [b for b in buurten if b not in laatst]
    if never:
        # continue the order of buurten after the last chair
        if len(past):
            prev = past.iloc[-1]["voorzitter"]
            if prev in buurten:
                i = buurten.index(prev)
                for b in buurten[i + 1 :] + buurten[: i + 1]:
                    if b in never:
                        return b, None
        return never[0], None
    return min(buurten, key=lambda b: (laatst[b], buurten.index(b))), None


SECTIE = Sectie(render, kop="Intervisie: voorzitters", deel=BIJLAGE)
