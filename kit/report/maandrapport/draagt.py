"""Wat het platform draagt: the money, support and places residents' own groups receive, and what ends soon.

The relations are those the figure ``middelen`` counts
(:func:`kit.analysis.measures.resources.snapshot_resources`): ``ondersteuning``,
``financiering`` and ``ruimte`` of the month's snapshot to an own actor of
lijn 0 not set up from the top down.  What ends in the three months after this one
(``middelen_aflopend``) is a warning here (and a point to discuss in the brief).
Support an institution gives beside the platform (``middelen_naast``) is
shown as such, never among the resources for residents (verdict rule 7,
:func:`kit.report.verdicts.for_residents`).
"""

from __future__ import annotations

import pandas as pd

from kit.analysis.measures.resources import ENDING_MONTHS, snapshot_resources
from kit.dutch import leeg, telwoord
from kit.report.html import Html, e, kop_tabel
from kit.report.kengetallen import MIDDEL_TEKST, uitleg
from kit.report.maandrapport.rapport import Maandrapport
from kit.report.sectie import BIJLAGE, Sectie
from kit.report.verdicts import for_residents
from kit.report.words import datum_tekst, hoofdletter, inkorten, maand_lang, opsomming


def middelen_van(rapport: Maandrapport) -> pd.DataFrame:
    """The month's resource relations to residents' own actors (lijn 0), as ``middelen`` counts them.

    Sorted with the platform's first, then by what ends first; ``aflopend``
    marks those of ``middelen_aflopend``.
    """
    snap = rapport.snap
    rel = snap.relaties
    ids = for_residents(snapshot_resources(snap), rapport.figuren["middelen_naast"])
    rows = rel[rel["id"].isin(ids)].copy()
    rows["aflopend"] = rows["id"].isin(rapport.figuren["middelen_aflopend"])
    rows["platform"] = rows["naar"] == snap.platform
    return rows.sort_values(["platform", "tot", "id"], ascending=[False, True, True], na_position="last")


def aflopend_zin(rapport: Maandrapport, row) -> str:
    """One resource that ends soon in words: ``geld van Fonds X aan het platform, tot 30 november 2025``."""
    aan = "het platform" if row["platform"] else rapport.naam_van(row["naar"])
    return (
        f"{MIDDEL_TEKST.get(row['soort'], row['soort'])} van {rapport.naam_van(row['van'])} aan {aan}, "
        f"tot {datum_tekst(row['tot'])}"
    )


def render(rapport: Maandrapport) -> Html:
    """What the platform and other residents' groups receive, from whom, until when; what ends soon first."""
    f = rapport.figuren
    rows = middelen_van(rapport)
    platform_zin = f" {hoofdletter(uitleg('middelen_platform', f['middelen_platform']))}" if f["middelen"] else ""
    parts = [
        f"<p>Wat krijgen het platform en andere bewonersgroepen van anderen: geld, steun (menskracht, "
        f"advies) of een ruimte? {e(hoofdletter(uitleg('middelen', f['middelen'])))}{e(platform_zin)}</p>"
    ]
    ending = rows[rows["aflopend"]]
    if len(ending):
        tot = maand_lang(rapport.month + ENDING_MONTHS)
        parts.append(
            f'<p class="let-op"><strong>Let op: dit loopt binnen {telwoord(ENDING_MONTHS)} maanden af (voor het '
            f"eind van {e(tot)}):</strong> {e(opsomming(aflopend_zin(rapport, r) for _, r in ending.iterrows()))}. "
            "Is er een vervolg geregeld?</p>"
        )
    if rows.empty:
        parts.append("<p>Deze maand staat er geen geld, steun of ruimte voor bewonersgroepen in de gegevens.</p>")
        return Html("".join(parts) + naast(rapport))
    platform = rows[rows["platform"]]
    parts.append(
        kop_tabel(
            "Wat het platform krijgt",
            ["Wat", "Van", "Sinds", "Tot"],
            [_rij(rapport, r) for _, r in platform.iterrows()],
            klasse="middelen",
        )
    )
    if platform.empty and rapport.snap.platform is not None:
        parts.append("<p>Het platform zelf krijgt deze maand geen geld, steun of ruimte van anderen.</p>")
    anderen = rows[~rows["platform"]]
    parts.append(
        kop_tabel(
            "Wat andere bewonersgroepen krijgen",
            ["Voor", "Wat", "Van", "Sinds", "Tot"],
            [[e(rapport.naam_van(r["naar"])), *_rij(rapport, r)] for _, r in anderen.iterrows()],
            klasse="middelen",
        )
    )
    return Html("".join(parts) + naast(rapport))


def naast(rapport: Maandrapport) -> str:
    """Support an institution gives beside the platform this month (``middelen_naast``): its own table, never
    among the resources for residents."""
    rel = rapport.snap.relaties
    rows = rel[rel["id"].isin(rapport.figuren["middelen_naast"])].assign(aflopend=False)
    if rows.empty:
        return ""
    return kop_tabel(
        "Steun naast het platform",
        ["Voor", "Wat", "Van", "Sinds", "Tot"],
        [[e(rapport.naam_van(r["naar"])), *_rij(rapport, r)] for _, r in rows.iterrows()],
        klasse="middelen",
    )


def _rij(rapport: Maandrapport, r) -> list[str]:
    """What (with the facilitator's note), from whom, since and until when; an ending one is marked."""
    wat = f'<span class="heel">{e(MIDDEL_TEKST.get(r["soort"], r["soort"]))}</span>'
    if not leeg(r["toelichting"]):
        wat += f"<br><small>{e(inkorten(rapport.schoon(r['toelichting']), 120))}</small>"
    tot = "loopt door" if leeg(r["tot"]) else datum_tekst(r["tot"])
    tot = f"<strong>loopt af op {e(tot)}</strong>" if r["aflopend"] else f'<span class="heel">{e(tot)}</span>'
    sinds = "al langer" if leeg(r["vanaf"]) else datum_tekst(r["vanaf"])
    return [wat, e(rapport.naam_van(r["van"])), e(sinds), tot]


SECTIE = Sectie(render, deel=BIJLAGE, kop="Wat het platform draagt")
