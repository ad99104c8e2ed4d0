"""Parallelle infrastructuren: gekomen en gegaan: every one that ran in the period, since when, how long, how it
ended."""

from __future__ import annotations

from kit.analysis.period import resolution
from kit.dutch import geheel
from kit.report.html import Html, e, tabel
from kit.report.kengetallen import FUNCTIE_TEKST
from kit.report.sectie import Sectie
from kit.report.synthese.rapport import Synthese
from kit.report.words import maand_lang, meervoud, opsomming


def render(rapport: Synthese) -> Html:
    """Parallel infrastructures of the period: which appeared, which were resolved and how, how long they lasted."""
    rows = []
    for b, found in rapport.episodes.items():
        for ep in found:
            a, c = ep.actoren
            sinds = f"{maand_lang(ep.begin)} of eerder" if ep.begin == rapport.data_start else maand_lang(ep.begin)
            rows.append(
                [
                    e(rapport.buurtnaam(b)),
                    f"{e(rapport.naam_van(a))} en {e(rapport.naam_van(c))}",
                    e(opsomming([FUNCTIE_TEKST.get(f, f) for f in ep.functies])),
                    e(sinds),
                    geheel(ep.maanden),
                    e(stand(rapport, b, ep)),
                ]
            )
    intro = (
        "<p>Een <strong>parallelle infrastructuur</strong>: een instelling zet van bovenaf iets naast wat "
        "bewoners al hadden — een tweede nieuwsbrief, een eigen bewonersavond, een eigen buurtbudget — en "
        "werkt niet echt samen met wat er al was (samen plannen, en beide kanten zien het zo). Dat verdeelt "
        "de energie in de buurt; de proeftuin wil het voorkomen. Hieronder elke parallelle infrastructuur "
        f"die in {e(rapport.periode)} bestond: sinds wanneer, hoeveel maanden, en hoe het afliep.</p>"
    )
    if not rows:
        return Html(intro + "<p>In deze periode was er nergens een parallelle infrastructuur.</p>")
    return Html(
        intro
        + "<p>"
        + kort_parallel(rapport)
        + "</p>"
        + tabel(
            ["Buurt", "Wie", "Allebei", "Sinds", "Maanden", "Hoe het afliep"], rows, getallen={4}, klasse="episodes"
        )
    )


def stand(rapport: Synthese, buurt, episode) -> str:
    if episode.opgelost is None:
        return "loopt nog"
    how = {"samenwerking": "ze werken nu echt samen", "gestopt": "een van beide is gestopt"}[
        resolution(rapport.data, buurt, episode)  # type: ignore[index]  # an ended episode has its resolution
    ]
    return f"opgelost in {maand_lang(episode.opgelost)}: {how}"


def kort_parallel(rapport: Synthese) -> str:
    c = _episode_counts(rapport)
    if not any(rapport.episodes.values()):
        return (
            "Nergens zette een instelling van bovenaf iets naast wat bewoners al hadden "
            "(geen parallelle infrastructuur)."
        )
    parts = [
        f"In deze periode {'ontstond' if c['ontstaan'] == 1 else 'ontstonden'} er "
        f"{meervoud(c['ontstaan'], 'parallelle infrastructuur', 'parallelle infrastructuren')}: een "
        "instelling zette van bovenaf iets naast wat bewoners al hadden."
    ]
    if c["opgelost"]:
        hoe = []
        if c["samenwerking"]:
            hoe.append(
                (f"{c['samenwerking']} " if c["gestopt"] else "") + "doordat de partijen echt gingen samenwerken"
            )
        if c["gestopt"]:
            hoe.append((f"{c['gestopt']} " if c["samenwerking"] else "") + "doordat een van beide stopte")
        parts.append(
            f"Er {'werd' if c['opgelost'] == 1 else 'werden'} er {c['opgelost']} opgelost, {e(opsomming(hoe))}."
        )
    else:
        parts.append("Geen enkele werd opgelost.")
    if c["lopend"]:
        parts.append(
            f"Aan het eind {'liep' if c['lopend'] == 1 else 'liepen'} er nog {c['lopend']}"
            + (f", waarvan {c['al_bij_begin']} al vanaf het begin van de gegevens" if c["al_bij_begin"] else "")
            + "."
        )
    return " ".join(parts)


def _episode_counts(rapport: Synthese) -> dict[str, int]:
    counts = dict.fromkeys(("ontstaan", "opgelost", "samenwerking", "gestopt", "lopend", "al_bij_begin"), 0)
    for b, found in rapport.episodes.items():
        for ep in found:
            if ep.begin >= rapport.first and ep.begin != rapport.data_start:
                counts["ontstaan"] += 1
            if ep.opgelost is not None and ep.opgelost <= rapport.last:
                counts["opgelost"] += 1
                counts[resolution(rapport.data, b, ep)] += 1  # type: ignore[index]  # ended: resolved
            else:
                counts["lopend"] += 1
                counts["al_bij_begin"] += ep.begin == rapport.data_start
    return counts


SECTIE = Sectie(render, kop="Parallelle infrastructuren: gekomen en gegaan")
