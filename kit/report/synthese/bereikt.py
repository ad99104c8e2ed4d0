"""Wat platforms bereikten: the results register of the period, with who, how much, and the source to check."""

from __future__ import annotations

from kit.dutch import leeg
from kit.report.html import Html, e, tabel
from kit.report.kengetallen import DOMEIN_TEKST, omvang_tekst, resultaat_wanneer
from kit.report.sectie import Sectie
from kit.report.synthese.rapport import Synthese
from kit.report.words import meervoud, opsomming


def render(rapport: Synthese) -> Html:
    """The results register of the period: what, when, with whom, how much, and where to check it."""
    r = rapport.resultaten
    if r.empty:
        return Html(f"<p>In {e(rapport.periode)} legden de platforms geen resultaten vast.</p>")
    domeinen = r["domein"].value_counts()
    per_domein = opsomming([f"{DOMEIN_TEKST.get(d, d)} ({n})" for d, n in domeinen.items()])
    parts = [
        f"<p>Het resultatenregister: wat de platforms voor elkaar kregen, van een besluit van het stadsdeel "
        f"tot een voorziening in de buurt, met de bron waar het na te gaan is. In {e(rapport.periode)} "
        f"{'is' if len(r) == 1 else 'zijn'} dat {meervoud(len(r), 'resultaat', 'resultaten')} in "
        f"{meervoud(r['buurt'].nunique(), 'buurt', 'buurten')}, op deze terreinen: {e(per_domein)}.</p>"
    ]
    rows = []
    for _, x in r.iterrows():
        bron = f" · bron: {e(rapport.schoon(x['bron']))}" if not leeg(x["bron"]) else ""
        wie = []
        if not leeg(x["tegenpartij"]):
            wie.append(f"bij {e(rapport.naam_van(x['tegenpartij']))}")
        if len(x["samen_met"]):
            wie.append(f"samen met {e(opsomming([rapport.naam_van(a) for a in x['samen_met']]))}")
        rows.append(
            [
                e(rapport.buurtnaam(x["buurt"])),
                f"{e(rapport.schoon(x['omschrijving']))}<br><small>{e(resultaat_wanneer(x))}{bron}</small>",
                "<br>".join(wie) or "–",
                e(omvang_tekst(x["omvang"], x["eenheid"])),
            ]
        )
    parts.append(tabel(["Buurt", "Wat", "Bij wie, met wie", "Omvang"], rows, getallen={3}, klasse="register"))
    return Html("".join(parts))


SECTIE = Sectie(render, kop="Wat platforms bereikten")
