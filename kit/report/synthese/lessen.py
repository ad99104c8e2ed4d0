"""Lessen per thema: the lessons of every intervision session of the period, grouped by theme."""

from __future__ import annotations

from kit.dutch import leeg
from kit.report.html import Html, e, lijst
from kit.report.sectie import Sectie
from kit.report.synthese.rapport import Synthese
from kit.report.words import datum_tekst


def render(rapport: Synthese) -> Html:
    """The lessons of every intervision session of the period, grouped by theme."""
    s = rapport.sessies
    if s.empty:
        return Html(f"<p>Voor {e(rapport.periode)} is geen intervisiebijeenkomst vastgelegd.</p>")
    groups: dict[str, list] = {}
    for _, x in s.iterrows():
        key = " ".join(str(x["thema"]).casefold().split())
        groups.setdefault(key, []).append(x)
    parts = [
        "<p>De buurten komen samen voor intervisie, met steeds een andere buurt als voorzitter. "
        "De lessen van elke bijeenkomst, per thema (een thema dat vaker terugkwam, staat één keer, met alle "
        "bijeenkomsten erover):</p>"
    ]
    for sessions in groups.values():
        parts.append(
            f"<h4>{e(rapport.schoon(sessions[0]['thema']))}</h4>"
            + lijst(
                f"{e(datum_tekst(x['datum']))} (voorzitter {e(rapport.buurtnaam(x['voorzitter']))}): "
                f"{e(rapport.schoon(x['lessen'])) or 'geen lessen opgeschreven'}"
                + (
                    f" <em>Afspraak: {e(rapport.schoon(x['afspraken']))}</em>"
                    if not leeg(x["afspraken"]) and rapport.schoon(x["afspraken"])
                    else ""
                )
                for x in sessions
            )
        )
    return Html("".join(parts))


SECTIE = Sectie(render, kop="Lessen per thema", niveau=3)
