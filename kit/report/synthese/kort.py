"""In het kort: the story of the period in a few sentences, the main facts of every section."""

from __future__ import annotations

from kit.analysis.measures.requests import OVERDUE_DAYS
from kit.data.contract import EENHEID
from kit.data.spans import buurt_months
from kit.dutch import getal, leeg
from kit.report.html import Html, e, lijst
from kit.report.kengetallen import BELEMMERING_TEKST, omvang_tekst
from kit.report.sectie import Sectie
from kit.report.synthese.parallel import kort_parallel
from kit.report.synthese.rapport import Synthese
from kit.report.words import hoofdletter, maand_lang, meervoud, opsomming


def render(rapport: Synthese) -> Html:
    """The story of the period in a few sentences: the main facts of every section."""
    punten = [
        _kort_deelname(rapport),
        _kort_resultaten(rapport),
        _kort_erkenning(rapport),
        _kort_verzoeken(rapport),
        kort_parallel(rapport),
        _kort_acties(rapport),
        _kort_intervisie(rapport),
    ]
    return Html(lijst((p for p in punten if p), "kernpunten"))


def _kort_deelname(rapport: Synthese) -> str:
    n = len(rapport.deelnemers)
    parts = [
        f"Alle {n} proeftuinbuurten deden in deze periode mee."
        if n == len(rapport.buurten)
        else f"In deze periode deden {n} van de {len(rapport.buurten)} proeftuinbuurten mee."
    ]
    nieuw = []
    for b in rapport.deelnemers:
        start = buurt_months(rapport.data, b).start
        if start is not None and rapport.first < start <= rapport.last:
            nieuw.append(f"{e(rapport.buurtnaam(b))} begon in {e(maand_lang(start))}")
    if nieuw:
        parts.append(hoofdletter(opsomming(nieuw)) + ".")
    return " ".join(parts)


def _totalen(rapport: Synthese) -> list[str]:
    r = rapport.resultaten
    sums = r.dropna(subset=["omvang"]).groupby("eenheid")["omvang"].sum()
    return [omvang_tekst(sums[unit], unit) for unit in EENHEID if unit in sums.index]


def _kort_resultaten(rapport: Synthese) -> str:
    r = rapport.resultaten
    if r.empty:
        return "De platforms legden in deze periode geen resultaten vast."
    text = (
        f"De platforms boekten {meervoud(len(r), 'resultaat', 'resultaten')} in "
        f"{meervoud(r['buurt'].nunique(), 'buurt', 'buurten')}, elk met een bron waar het na te gaan is."
    )
    totalen = _totalen(rapport)
    if totalen:
        text += f" Waar de omvang bekend is, gaat het samen om {e(opsomming(totalen))}."
    return text


def _kort_erkenning(rapport: Synthese) -> str:
    if not rapport.erkenningen:
        return "In deze periode werd geen platform (voor het eerst) erkend."
    later = [b for b in rapport.erkenningen if b not in rapport.zonder_voor]
    bij_begin = [b for b in rapport.erkenningen if b in rapport.zonder_voor]
    parts = []
    if later:
        parts.append(
            hoofdletter(
                opsomming(
                    [f"{e(rapport.buurtnaam(b))} werd erkend in {e(maand_lang(rapport.erkenningen[b]))}" for b in later]
                )
            )
            + "."
        )
    if bij_begin:
        was = "was" if len(bij_begin) == 1 else "waren"
        parts.append(
            f"{f'Daarnaast {was} er' if later else f'Er {was}'} "
            f"{meervoud(len(bij_begin), 'buurt', 'buurten')} al erkend vanaf het begin van de gegevens."
        )
    if later:
        parts.append("Wat er daarna veranderde staat verderop, met de nodige voorzichtigheid.")
    return " ".join(parts)


def _kort_verzoeken(rapport: Synthese) -> str:
    t = rapport.verzoeken_totaal
    if not t["verzoeken"]:
        return "De platforms deden in deze periode geen verzoeken aan instellingen."
    text = (
        f"De platforms deden {meervoud(t['verzoeken'], 'verzoek', 'verzoeken')} aan "
        f"{meervoud(len(rapport.verzoeken), 'instelling', 'instellingen')}; "
        f"{t['beantwoord']} kregen een antwoord"
    )
    if not leeg(t["antwoordtijd"]):
        text += f", de helft daarvan binnen {getal(t['antwoordtijd'], 1, strip=True)} dagen"
    text += "."
    if t["lang_wachten_van"]:
        text += (
            f" Bij {t['lang_wachten']} van de {t['lang_wachten_van']} verzoeken van meer dan {OVERDUE_DAYS} "
            f"dagen oud kwam er niet binnen {OVERDUE_DAYS} dagen een antwoord."
        )
    if t["toezeggingen"]:
        text += (
            f" Van de {meervoud(t['toezeggingen'], 'toezegging', 'toezeggingen')} werden er "
            f"{t['nagekomen']} ook echt nagekomen."
        )
    stil = rapport.verzoeken[(rapport.verzoeken["beantwoord"] == 0) & (rapport.verzoeken["verzoeken"] >= 2)]
    if len(stil):
        text += (
            f" {e(opsomming([rapport.naam_van(a) for a in stil['aan']]))} "
            f"{'beantwoordde' if len(stil) == 1 else 'beantwoordden'} geen enkel verzoek."
        )
    return text


def _kort_acties(rapport: Synthese) -> str:
    a = rapport.afgerond
    gedaan, niet = int((a["status"] == "gedaan").sum()), int((a["status"] == "niet_gedaan").sum())
    if not (gedaan or niet):
        return "Op de actielijsten werd in deze periode niets afgerond."
    text = (
        f"Op de actielijsten van de buurten werden {meervoud(gedaan, 'actie', 'acties')} gedaan en "
        f"{'lukte' if niet == 1 else 'lukten'} er {niet} niet."
    )
    b = rapport.belemmeringen
    if len(b):
        top = b[b["acties"] == b["acties"].iloc[0]]
        namen = opsomming([BELEMMERING_TEKST.get(c, c) for c in top["belemmering"]])
        keer = top["acties"].iloc[0]
        text += (
            f" Wat het vaakst in de weg zat: {e(namen)} ({'elk ' if len(top) > 1 else ''}"
            f"{meervoud(keer, 'keer', 'keer')})."
        )
    return text


def _kort_intervisie(rapport: Synthese) -> str:
    s, a = rapport.sessies, rapport.afspraken
    if s.empty:
        return "Voor deze periode is geen intervisiebijeenkomst vastgelegd."
    text = (
        f"Er {'is' if len(s) == 1 else 'zijn'} "
        f"{meervoud(len(s), 'intervisiebijeenkomst', 'intervisiebijeenkomsten')} vastgelegd"
    )
    if len(a):
        gedaan = int((a["stand"] == "gedaan").sum())
        lopend = int(a["stand"].isin(["open", "te_laat"]).sum())
        text += (
            f"; van de {meervoud(len(a), 'afspraak', 'afspraken')} die buurten daar op hun actielijst zetten, "
            f"{'is' if gedaan == 1 else 'zijn'} er {gedaan} nagekomen en {'loopt' if lopend == 1 else 'lopen'} "
            f"er nog {lopend}"
        )
    return text + "."


SECTIE = Sectie(render, kop="In het kort")
