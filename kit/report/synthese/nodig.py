"""Wat platforms nodig hadden: per buurt the resources at the start, added, ended and at the end of the period; and
what carrying a platform cost its volunteers, only across buurten.

The carriers' load (version 4, ``draaglast``) is shown as ``docs/privacy.md``
allows it in the synthesis: per month how many buurten had their pulse taken,
had a high load, had an incident (:attr:`Synthese.draaglast`, from
:func:`kit.analysis.measures.load.pulse_across`), a count below 3 as "minder
dan 3", never which buurten and never before and after recognition.
"""

from __future__ import annotations

from kit.analysis.figures import figures
from kit.analysis.measures.load import FEWEST_SHOWN
from kit.analysis.measures.resources import ENDING_MONTHS
from kit.analysis.registers import kept
from kit.dutch import leeg, telwoord
from kit.report.html import Html, e, lijst, tabel
from kit.report.kengetallen import MIDDEL_TEKST
from kit.report.sectie import Sectie
from kit.report.synthese.rapport import Synthese
from kit.report.words import datum_tekst, maand_lang


def render(rapport: Synthese) -> Html:
    """Resources that reached residents: at the start and the end of the period, what came and what ended."""
    rows, gestopt = [], []
    for b in rapport.buurten:
        frame = rapport.middelen[b]
        begin = int((frame["eerste"] == rapport.first).sum())
        erbij = int((frame["eerste"] > rapport.first).sum())
        eind = int((~frame["geeindigd"]).sum())
        weg = frame[frame["geeindigd"]]
        rows.append([e(rapport.buurtnaam(b)), str(begin), str(erbij), str(len(weg)), str(eind)])
        for _, x in weg.iterrows():
            einde = (
                f"tot {datum_tekst(x['tot'])}"
                if not leeg(x["tot"])
                else f"tot {maand_lang(x['laatste'])}, toen een van beide stopte"
            )
            toelichting = rapport.schoon(rapport.data.relaties.set_index("id").at[x["id"], "toelichting"])
            gestopt.append(
                f"<strong>{e(rapport.buurtnaam(b))}</strong>: {e(MIDDEL_TEKST.get(x['soort'], x['soort']))} "
                f"van {e(rapport.naam_van(x['van']))} voor {e(rapport.naam_van(x['naar']))}, {e(einde)}"
                + (f" ({e(toelichting)})" if toelichting else "")
                + "."
            )
    parts = [
        "<p>Bewonersgroepen kunnen veel zelf, maar niet alles: ze krijgen steun (een opbouwwerker, advies), "
        "geld (een subsidie, een bijdrage uit een fonds) of een plek (een zaal, een buurtkamer) van anderen. "
        f"Per buurt: hoe vaak dat aan het begin van de periode ({e(maand_lang(rapport.first))}) zo was, wat erbij "
        f"kwam, wat stopte en hoe het aan het eind ({e(maand_lang(rapport.last))}) stond.</p>",
        tabel(["Buurt", "Aan het begin", "Erbij", "Gestopt", "Aan het eind"], rows, getallen={1, 2, 3, 4}),
    ]
    if gestopt:
        parts.append("<p><strong>Wat stopte:</strong></p>" + lijst(gestopt))
    else:
        parts.append("<p>In deze periode stopte er geen steun, geld of ruimte.</p>")
    aflopend = _aflopend(rapport)
    if aflopend:
        parts.append(
            f"<p><strong>Wat binnen {telwoord(ENDING_MONTHS)} maanden na de periode afloopt:</strong></p>"
            + lijst(aflopend)
        )
    parts.append(draaglast(rapport))
    parts.append("<p>Wat de platforms aan instellingen vroegen, staat in het volgende deel.</p>")
    return Html("".join(parts))


def draaglast(rapport: Synthese) -> str:
    """Per month of the period the carriers' load across buurten, or "niet vastgelegd" where no buurt keeps it."""
    kop = "<p><strong>Wat het dragen van een platform kost.</strong> "
    if not any(kept(rapport.data, b)["draaglast"] for b in rapport.buurten):
        return kop + "Geen van de buurten houdt de draaglast van zijn vrijwilligers bij: niet vastgelegd.</p>"
    rows = [
        [e(maand_lang(m)), *(e(minstens(counts[key])) for key in ("gemeten", "hoog", "incident"))]
        for m, counts in rapport.draaglast.items()
    ]
    return (
        kop + "Elke maand peilt de begeleider hoe zwaar de vaste vrijwilligers van het platform belast zijn (1 licht "
        "… 5 te zwaar) en of een van hen werd geïntimideerd of bedreigd. Dat staat hier alleen samengeteld over de "
        f"buurten: een aantal onder de {FEWEST_SHOWN} als “minder dan {FEWEST_SHOWN}”, nooit per buurt.</p>"
        + tabel(
            ["Maand", "Buurten gepeild", "Belasting hoog (4 of 5)", "Intimidatie of bedreiging"],
            rows,
            getallen={1, 2, 3},
        )
    )


def minstens(n: int | None) -> str:
    """A count of buurten as the privacy rule shows it across buurten: below 3 "minder dan 3"."""
    return f"minder dan {FEWEST_SHOWN}" if n is None else str(n)


def _aflopend(rapport: Synthese) -> list[str]:
    relaties = rapport.data.relaties.set_index("id")
    items = []
    for b in rapport.buurten:
        for rid in figures(rapport.data, b, rapport.last)["middelen_aflopend"]:
            x = relaties.loc[rid]
            items.append(
                f"<strong>{e(rapport.buurtnaam(b))}</strong>: {e(MIDDEL_TEKST.get(x['soort'], x['soort']))} "
                f"van {e(rapport.naam_van(x['van']))} voor {e(rapport.naam_van(x['naar']))}, tot "
                f"{e(datum_tekst(x['tot']))}."
            )
    return items


SECTIE = Sectie(render, kop="Wat platforms nodig hadden")
