"""Wat de buurt bereikte: the buurt's results of this month and so far, with their sizes and sources.

A result (``resultaten``) is what the buurt achieved or what was decided
thanks to it, with where it can be checked.  Descriptions and sources are
free text and go through the report's :meth:`~kit.report.context.Rapport.schoon`;
the actors a result names (``tegenpartij``, ``samen_met``) through its
privacy-safe names.  The lists are the rows the figures count
(:mod:`kit.analysis.measures.results`): achieved this month by their
``datum``, recorded this month after the fact (``gemeld``, achieved earlier
or on an unknown day), and the earlier ones.
"""

from __future__ import annotations

from kit.analysis.measures.results import achieved, recorded_later, result_dates, so_far
from kit.dutch import leeg
from kit.report.html import Html, e, kop_tabel
from kit.report.kengetallen import DOMEIN_TEKST, omvang_tekst, resultaat_wanneer
from kit.report.maandrapport.rapport import Maandrapport
from kit.report.sectie import BIJLAGE, Sectie
from kit.report.words import inkorten, meervoud, opsomming

#: How many earlier results the section lists, newest first; older ones are counted (their months' reports list them).
EERDER_MAX = 20


def render(rapport: Maandrapport) -> Html:
    """This month's results and the earlier ones, each with its size and source, and the sizes so far."""
    f = rapport.figuren
    first, last = rapport.month.start_time, rapport.month.end_time.normalize()
    rows = rapport.data.resultaten
    rows = so_far(rows[rows["buurt"] == rapport.buurt], last)
    rows = rows.assign(_dag=result_dates(rows)).sort_values(["_dag", "id"], ascending=[False, True])
    nu, later = achieved(rows, first, last), recorded_later(rows, first, last)
    eerder = rows[~rows.index.isin(nu.index) & ~rows.index.isin(later.index)]
    if rows.empty:
        return Html(
            "<p>Er is nog geen <strong>resultaat</strong> vastgelegd: iets wat de buurt bereikte of wat "
            "dankzij de buurt besloten werd, met waar het na te lezen is. Vertel het de begeleider, dan staat "
            "het volgende maand hier.</p>"
        )
    parts = [
        "<p>Een <strong>resultaat</strong> is iets wat de buurt bereikte, of wat dankzij de buurt besloten "
        "werd, met de plek waar het na te lezen is (de bron). "
        f"Deze maand: <strong>{e(meervoud(f['resultaten'], 'resultaat', 'resultaten'))}</strong>"
        + (
            f", en <strong>{e(meervoud(f['resultaten_gemeld'], 'resultaat', 'resultaten'))}</strong> achteraf "
            "vastgelegd (eerder bereikt, of wanneer is niet bekend)"
            if f["resultaten_gemeld"]
            else ""
        )
        + f". Sinds het begin van de gegevens: <strong>{e(meervoud(f['resultaten_totaal'], 'resultaat', 'resultaten'))}"
        "</strong>.</p>"
    ]
    sizes = [omvang_tekst(amount, unit) for unit, amount in f["resultaten_omvang"].items()]
    if sizes:
        parts.append(
            f"<p>Opgeteld tot nu toe: <strong>{e(opsomming(sizes))}</strong> (alleen resultaten met een "
            "omvang; euro's, woningen en personen worden apart geteld).</p>"
        )
    parts.append(_tabel(rapport, "Deze maand", nu) or "<p>Deze maand kwam er geen nieuw resultaat bij.</p>")
    parts.append(_tabel(rapport, "Deze maand achteraf vastgelegd", later))
    if len(eerder):
        parts.append(_tabel(rapport, "Eerder bereikt", eerder.head(EERDER_MAX)))
        if len(eerder) > EERDER_MAX:
            rest = len(eerder) - EERDER_MAX
            parts.append(
                f"<p>En {meervoud(rest, 'eerder resultaat', 'eerdere resultaten')}; "
                f"{'dat staat' if rest == 1 else 'die staan'} in de rapporten van hun eigen maand.</p>"
            )
    return Html("".join(parts))


def _tabel(rapport: Maandrapport, kop: str, rows) -> str:
    """The results ``rows`` under the heading ``kop``; ``''`` without rows."""
    return kop_tabel(
        kop,
        ["Datum", "Resultaat", "Omvang", "Bron"],
        [_rij(rapport, r) for _, r in rows.iterrows()],
        getallen={2},
        klasse="resultaten",
    )


def _rij(rapport: Maandrapport, r) -> list[str]:
    """One result: its date, what (with its domain and who else), its size and its source; cells as HTML."""
    wie = []
    if not leeg(r["tegenpartij"]):
        wie.append(f"bereikt bij {rapport.naam_van(r['tegenpartij'])}")
    if r["samen_met"]:
        wie.append(f"samen met {rapport.namen(r['samen_met'])}")
    detail = " · ".join([DOMEIN_TEKST.get(r["domein"], r["domein"]), *wie])
    return [
        e(resultaat_wanneer(r)),
        f"{e(inkorten(rapport.schoon(r['omschrijving']), 120))}<br><small>{e(detail)}</small>",
        e(omvang_tekst(r["omvang"], r["eenheid"])),
        e(rapport.schoon(r["bron"])) or "–",
    ]


SECTIE = Sectie(
    render,
    deel=BIJLAGE,
    kop="Wat de buurt bereikte",
    inleiding="Wat kreeg de buurt voor elkaar, deze maand en tot nu toe?",
    register="resultaten",
)
