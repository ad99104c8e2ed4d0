"""Wat in de weg zat, en de lessen: the barriers counted across the pilot, and the lesson of every action that
failed."""

from __future__ import annotations

from kit.report.html import Html, e, tabel
from kit.report.kengetallen import BELEMMERING_TEKST
from kit.report.proeftuin import belemmeringen_tabel
from kit.report.sectie import Sectie
from kit.report.synthese.rapport import Synthese
from kit.report.words import opsomming


def render(rapport: Synthese) -> Html:
    """What stood in the way, counted across the pilot, and the lesson of every action that failed."""
    niet = rapport.afgerond[rapport.afgerond["status"] == "niet_gedaan"].sort_values(["afgerond", "id"])
    if niet.empty:
        return Html(f"<p>In {e(rapport.periode)} is geen enkele actie niet gelukt.</p>")
    if rapport.belemmeringen.empty:
        parts = ["<p>Bij de acties die niet lukten, is niet vastgelegd wat er in de weg zat.</p>"]
    else:
        parts = [
            "<p>Wat zat in de weg bij de acties die niet lukten? Een actie kan meer dan één ding noemen; "
            "tussen haakjes in hoeveel buurten.</p>",
            belemmeringen_tabel([(f"Acties, {rapport.periode}", rapport.belemmeringen)]),
        ]
    rows = [
        [
            e(rapport.buurtnaam(x["buurt"])),
            e(rapport.schoon(x["omschrijving"])),
            e(opsomming([BELEMMERING_TEKST.get(c, c) for c in x["belemmering"]])) or "–",
            e(rapport.schoon(x["reden"])) or "–",
        ]
        for _, x in niet.iterrows()
    ]
    parts.append(
        "<p>En wat de buurten ervan leerden, per actie die niet lukte:</p>"
        + tabel(["Buurt", "Actie", "In de weg", "De les"], rows)
    )
    return Html("".join(parts))


SECTIE = Sectie(render, kop="Wat in de weg zat, en de lessen", niveau=3)
