"""A page per buurt with data: its course in figures, what it achieved, needed, asked, ran into and learned."""

from __future__ import annotations

import pandas as pd

from kit.analysis.catalogue import COLUMN
from kit.analysis.pilot import institutions
from kit.analysis.registers import NIET_BIJGEHOUDEN, kept
from kit.analysis.snapshot import snapshot
from kit.data.spans import buurt_months
from kit.dutch import leeg
from kit.report import charts
from kit.report.html import Html, e, lijst, tabel
from kit.report.kengetallen import (
    BELEMMERING_TEKST,
    FUNCTIE_TEKST,
    MIDDEL_TEKST,
    bijgehouden,
    omvang_tekst,
    resultaat_wanneer,
)
from kit.report.proeftuin import STAND_TEKST
from kit.report.sectie import Sectie
from kit.report.synthese.parallel import stand
from kit.report.synthese.rapport import Synthese
from kit.report.words import datum_tekst, maand_lang, meervoud, opsomming

#: The figures on each buurt's page, at the start and the end of the period.
BUURT_KENGETALLEN = (
    "actoren",
    "dichtheid",
    "platform_bereik",
    "ruggengraat",
    "gem_intensiteit",
    "ei_index",
    "activiteiten",
    "bundelingsgraad",
    "middelen",
    "aantal_parallelle_infrastructuren",
    "maatlat_gemiddelde",
)


def render(rapport: Synthese) -> Html:
    """One page per buurt with data in the period (:attr:`Synthese.met_gegevens`): its course in figures, what it
    achieved, needed, asked, ran into and learned; the buurten without data share one line."""
    zonder = [b for b in rapport.buurten if b not in rapport.met_gegevens]
    regel = (
        f"<p>Zonder gegevens in {e(rapport.periode)}, en daarom zonder eigen bladzijde: "
        f"{e(opsomming([rapport.buurtnaam(b) for b in zonder]))}.</p>"
        if zonder
        else ""
    )
    return Html(regel + "".join(pagina(rapport, b) for b in rapport.met_gegevens))


def pagina(rapport: Synthese, b: str) -> str:
    """The page of buurt ``b`` (HTML), starting on a fresh page in print."""
    naam = e(rapport.buurtnaam(b))
    parts = [
        f'<h2 class="nieuwe-pagina">{naam}</h2>',
        f'<p class="buurt-kop">Stadsdeel {e(rapport.stadsdelen.get(b) or "onbekend")}. {_status(rapport, b)}</p>',
    ]
    if b not in rapport.deelnemers:
        parts.append(
            f"<p>{naam} deed in {e(rapport.periode)} nog niet mee aan de proeftuin: er staan voor deze maanden "
            "geen actieve actoren van de buurt in de gegevens. Wat er wel gebeurde, staat in de tijdlijn.</p>"
        )
        return "".join(parts)
    parts += [
        '<div class="buurtpagina">',
        _buurt_cijfers(rapport, b),
        _buurt_bereikt(rapport, b),
        _buurt_nodig(rapport, b),
        _buurt_gevraagd(rapport, b),
        _buurt_parallel(rapport, b),
        _buurt_leren(rapport, b),
        "</div>",
    ]
    return "".join(parts)


def _status(rapport: Synthese, b: str) -> str:
    marks = buurt_months(rapport.data, b)
    platform_id = snapshot(rapport.data, b, rapport.last).designated_platform
    parts = []
    if platform_id is not None:
        parts.append(f"Buurtplatform: {e(rapport.naam_van(platform_id))}.")
    if marks.recognised is None and not kept(rapport.data, b)["erkenning"]:
        parts.append("Geen erkenningsbesluit vastgelegd.")
    elif marks.recognised is None or marks.recognised > rapport.last:
        parts.append("Nog niet erkend.")
    elif marks.recognised >= rapport.first and marks.recognised != rapport.data_start:
        parts.append(f"Erkend in {e(maand_lang(marks.recognised))}, in deze periode.")
    else:
        parts.append(
            f"Erkend sinds {e(maand_lang(marks.recognised))}"
            + (" (het begin van de gegevens)." if marks.recognised == rapport.data_start else ".")
        )
    if marks.start is not None and rapport.first < marks.start <= rapport.last:
        parts.append(f"Doet mee sinds {e(maand_lang(marks.start))}.")
    return " ".join(parts)


def _buurt_cijfers(rapport: Synthese, b: str) -> str:
    rows_b = rapport.in_periode[(rapport.in_periode["buurt"] == b) & rapport.in_periode["in_proeftuin"].astype(bool)]
    begin, eind = rows_b.iloc[0], rows_b.iloc[-1]
    rows = []
    for key in BUURT_KENGETALLEN:
        k = COLUMN[key]
        if not bijgehouden(key, kept(rapport.data, b)):
            rows.append([e(k.label), "niet vastgelegd", "niet vastgelegd", ""])
            continue
        values = rows_b[key].tolist()
        alt = f"{rapport.buurtnamen.get(b, b)}, {k.label}: van {k.text(begin[key])} naar {k.text(eind[key])}"
        rows.append(
            [
                e(k.label),
                k.text(begin[key]),
                k.text(eind[key]),
                charts.sparkline(values, breedte=80, hoogte=16, alt=alt),
            ]
        )
    return (
        f"<p>Het netwerk rond het platform in {e(maand_lang(begin['maand']))} en in "
        f"{e(maand_lang(eind['maand']))}, met het verloop per maand daartussen (elk lijntje op zijn eigen "
        "schaal).</p>"
        + tabel(
            ["Kengetal", e(maand_lang(begin["maand"])), e(maand_lang(eind["maand"])), "Verloop"],
            rows,
            getallen={1, 2},
            klasse="buurtcijfers",
        )
    )


def _buurt_bereikt(rapport: Synthese, b: str) -> str:
    r = rapport.resultaten[rapport.resultaten["buurt"] == b]
    if r.empty:
        return "<p><strong>Bereikt:</strong> geen resultaten vastgelegd in deze periode.</p>"
    items = lijst(
        f"{e(resultaat_wanneer(x))}: {e(rapport.schoon(x['omschrijving']))}"
        + ("" if leeg(x["omvang"]) else f" ({e(omvang_tekst(x['omvang'], x['eenheid']))})")
        for _, x in r.iterrows()
    )
    return f"<p><strong>Bereikt:</strong></p>{items}"


def _buurt_nodig(rapport: Synthese, b: str) -> str:
    frame = rapport.middelen[b]
    weg = frame[frame["geeindigd"]]
    erbij = frame[frame["eerste"] > rapport.first]
    text = (
        f"<p><strong>Steun, geld en ruimte:</strong> aan het begin "
        f"{meervoud(int((frame['eerste'] == rapport.first).sum()), 'keer', 'keer')}, "
        f"{meervoud(len(erbij), 'keer', 'keer')} erbij, {meervoud(len(weg), 'keer', 'keer')} gestopt"
    )
    if len(weg):
        text += ": " + e(
            opsomming(
                [
                    f"{MIDDEL_TEKST.get(x['soort'], x['soort'])} van {rapport.naam_van(x['van'])} voor "
                    f"{rapport.naam_van(x['naar'])}"
                    for _, x in weg.iterrows()
                ]
            )
        )
    return text + ".</p>"


def _buurt_gevraagd(rapport: Synthese, b: str) -> str:
    if not kept(rapport.data, b)["verzoeken"]:
        return f"<p><strong>Gevraagd:</strong> {e(NIET_BIJGEHOUDEN['verzoeken'])}</p>"
    own = rapport.data.verzoeken[rapport.data.verzoeken["buurt"] == b]
    frame = institutions(own, rapport.last_day, first=rapport.first_day)
    if frame.empty:
        return "<p><strong>Gevraagd:</strong> geen verzoeken aan instellingen in deze periode.</p>"
    items = []
    for _, r in frame.iterrows():
        deel = f"{meervoud(r['verzoeken'], 'verzoek', 'verzoeken')} aan {rapport.naam_van(r['aan'])}, "
        deel += f"{r['beantwoord']} beantwoord" if r["beantwoord"] else "geen antwoord"
        if r["open"]:
            deel += f", {r['open']} nog open"
        items.append(deel)
    return f"<p><strong>Gevraagd:</strong> {e('; '.join(items))}.</p>"


def _buurt_parallel(rapport: Synthese, b: str) -> str:
    found = rapport.episodes[b]
    if not found:
        return "<p><strong>Parallelle infrastructuren:</strong> geen.</p>"
    items = []
    for ep in found:
        a, c = ep.actoren
        sinds = f"{maand_lang(ep.begin)}{' of eerder' if ep.begin == rapport.data_start else ''}"
        functies = opsomming([FUNCTIE_TEKST.get(f, f).split(" (")[0] for f in ep.functies])
        items.append(
            f"{e(rapport.naam_van(a))} en {e(rapport.naam_van(c))} ({e(functies)}), sinds {e(sinds)}, "
            f"{meervoud(ep.maanden, 'maand', 'maanden')}: {e(stand(rapport, b, ep))}."
        )
    return f"<p><strong>Parallelle infrastructuren:</strong></p>{lijst(items)}"


def _buurt_leren(rapport: Synthese, b: str) -> str:
    if not kept(rapport.data, b)["acties"]:
        return f"<p><strong>Leren:</strong> {e(NIET_BIJGEHOUDEN['acties'])}</p>"
    a = rapport.afgerond[rapport.afgerond["buurt"] == b]
    gedaan, niet = int((a["status"] == "gedaan").sum()), a[a["status"] == "niet_gedaan"]
    text = (
        f"<p><strong>Leren:</strong> {meervoud(gedaan, 'actie', 'acties')} gedaan, "
        f"{meervoud(len(niet), 'actie', 'acties')} niet gelukt"
    )
    codes = [c for codes in niet["belemmering"] for c in codes]
    if codes:
        telling = pd.Series(codes).value_counts()
        text += (
            " (in de weg: " + e(opsomming([f"{BELEMMERING_TEKST.get(c, c)} {n}×" for c, n in telling.items()])) + ")"
        )
    lessen = [rapport.schoon(r) for r in niet.sort_values("afgerond")["reden"] if not leeg(r)]
    text += ". Wat dat leerde:</p>" + lijst(e(les) for les in lessen) if lessen else ".</p>"
    own = rapport.afspraken[rapport.afspraken["buurt"] == b]
    if len(own):
        text += (
            "<p>"
            + " ".join(
                f"Afspraak uit de intervisie van {e(datum_tekst(x['datum']))}: "
                f"“{e(rapport.schoon(x['omschrijving']))}”, {e(STAND_TEKST.get(x['stand'], x['stand']))}."
                for _, x in own.iterrows()
            )
            + "</p>"
        )
    return text


SECTIE = Sectie(render)
