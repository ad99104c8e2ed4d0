"""Parallelle infrastructuren in de proeftuin: which buurten have one this month, between whom, of what."""

from __future__ import annotations

from kit.report.html import Html, e, tabel
from kit.report.kengetallen import FUNCTIE_TEKST
from kit.report.overzicht.rapport import Overzicht
from kit.report.sectie import BIJLAGE, Sectie
from kit.report.words import meervoud


def render(rapport: Overzicht) -> Html:
    """Which buurten have parallel infrastructures this month, and of what (no persons named)."""
    rows = []
    for b in rapport.buurten:
        for entry in rapport.figuren[b]["parallelle_infrastructuren"]:
            a, c = entry["actoren"]
            rows.append(
                [
                    e(rapport.buurtnaam(b)),
                    e(rapport.naam_van(a)) + " en " + e(rapport.naam_van(c)),
                    e(", ".join(FUNCTIE_TEKST.get(x, x) for x in entry["functies"])),
                ]
            )
    with_pi = sorted({r[0] for r in rows})
    if not rows:
        return Html("<p>Deze maand heeft geen enkele proeftuinbuurt een parallelle infrastructuur.</p>")
    return Html(
        f"<p>Een parallelle infrastructuur: een instelling zet van bovenaf iets naast wat bewoners al hadden, "
        f"zonder echt samen te werken. Deze maand in {meervoud(len(with_pi), 'buurt', 'buurten')} van de "
        f"{len(rapport.buurten)}, in totaal {len(rows)} keer:</p>" + tabel(["Buurt", "Wie", "Dubbel werk"], rows)
    )


SECTIE = Sectie(render, kop="Parallelle infrastructuren in de proeftuin", deel=BIJLAGE)
