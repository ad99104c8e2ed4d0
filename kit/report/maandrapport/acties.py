"""De actielijst: what was done and not done this month (with its reason and barriers), what is open.

An action with ``sessie`` filled is an agreement made in an intervision
session (the figure ``afspraken``): it is marked with the session's date.
An action not done names what stood in its way (``belemmering``; the figure
``belemmeringen`` counts them).  The lists are the rows of the rules the
figure ``acties`` counts (:mod:`kit.analysis.measures.actions`).  An action
that failed because of an institution (barrier ``instelling``) is not among
the platform's lessons: it is listed as what the institution did (verdict
rule 6, :func:`kit.report.verdicts.institutions_did`).
Descriptions and reasons are free text and go through the report's
``schoon``.
"""

from __future__ import annotations

from kit.analysis.measures.actions import closed, open_actions, overdue_actions
from kit.dutch import leeg
from kit.report.gebeurtenissen import regel
from kit.report.html import Html, e, kop_tabel, lijst
from kit.report.kengetallen import BELEMMERING_TEKST
from kit.report.maandrapport.rapport import Maandrapport
from kit.report.sectie import BIJLAGE, Sectie
from kit.report.verdicts import institutions_did
from kit.report.words import datum_tekst, hoofdletter, meervoud, opsomming


def render(rapport: Maandrapport) -> Html:
    """Counts, barriers and intervision agreements in words; then the tables of done, not done, dropped and
    open actions."""
    data = rapport.data
    acties = data.acties[data.acties["buurt"] == rapport.buurt]
    first, last = rapport.month.start_time, rapport.month.end_time.normalize()
    gedaan, niet, vervallen = (closed(acties, first, last, status) for status in ("gedaan", "niet_gedaan", "vervallen"))
    open_ = open_actions(acties, last)
    te_laat = set(overdue_actions(acties, last)["id"])
    f = rapport.figuren
    c = f["acties"]
    parts = [
        f"<p>Deze maand {'kwam' if c['gepland'] == 1 else 'kwamen'} er "
        f"{meervoud(c['gepland'], 'actie', 'acties')} bij op de actielijst. "
        f"{hoofdletter(meervoud(c['gedaan'], 'actie is', 'acties zijn'))} gedaan, "
        f"{meervoud(c['niet_gedaan'], 'actie is', 'acties zijn')} niet gelukt, en aan het eind van de maand "
        f"{'staat' if c['open'] == 1 else 'staan'} er {meervoud(c['open'], 'actie', 'acties')} open"
        + (f", waarvan {c['te_laat']} over de deadline" if c["te_laat"] else "")
        + ".</p>"
    ]
    if f["belemmeringen"]:
        keer = "; ".join(f"{BELEMMERING_TEKST.get(k, k)}: {n} keer" for k, n in f["belemmeringen"].items())
        parts.append(f"<p>Wat stond er in de weg bij wat niet lukte? {e(hoofdletter(keer))}.</p>")
    a = f["afspraken"]
    if a and any(a.values()):  # null where no action names a session: then none is marked
        parts.append(
            f"<p>Afspraken uit een <strong>intervisiebijeenkomst</strong> staan gemarkeerd. Deze maand "
            f"{'is' if a['gedaan'] == 1 else 'zijn'} er {meervoud(a['gedaan'], 'afspraak', 'afspraken')} "
            f"uitgevoerd; {meervoud(a['open'], 'afspraak staat', 'afspraken staan')} nog open"
            + (f", waarvan {a['te_laat']} over de deadline" if a["te_laat"] else "")
            + ".</p>"
        )
    sessies = dict(zip(data.intervisie["id"], data.intervisie["datum"], strict=True))

    def actie(r) -> str:
        text = e(rapport.schoon(r["omschrijving"]))
        if not leeg(r["sessie"]):
            when = sessies.get(r["sessie"])
            text += (
                f'<br><small class="afspraak">afspraak uit de intervisie'
                f"{' van ' + e(datum_tekst(when)) if when is not None else ''}</small>"
            )
        return text

    def rij(r, extra):
        return [actie(r), e(rapport.naam_van(r["eigenaar"])), *extra]

    parts.append(
        kop_tabel(
            "Gedaan",
            ["Actie", "Wie", "Afgerond"],
            [rij(r, [e(datum_tekst(r["afgerond"]))]) for _, r in gedaan.sort_values("afgerond").iterrows()],
        )
    )
    door_instelling = institutions_did(rapport.gebeurtenissen)
    niet = niet[~niet["id"].isin([ev.row for ev in door_instelling])]
    weg = niet["belemmering"].map(len).any()  # the column is optional (version 2): no column of dashes
    parts.append(
        kop_tabel(
            "Niet gelukt, en waarom",
            ["Actie", "Wie", *(["Wat stond in de weg"] if weg else []), "Waarom niet (de les)"],
            [
                rij(
                    r,
                    [
                        *([e(opsomming(BELEMMERING_TEKST.get(b, b) for b in r["belemmering"])) or "–"] if weg else []),
                        e(rapport.schoon(r["reden"])),
                    ],
                )
                for _, r in niet.sort_values("afgerond").iterrows()
            ],
        )
    )
    if door_instelling:
        parts.append(
            "<p><strong>Niet gelukt door een instelling</strong> (geen les voor het platform, maar wat de instelling "
            "deed):</p>" + lijst(e(regel(ev, rapport.woorden)) for ev in door_instelling)
        )
    parts.append(
        kop_tabel(
            "Vervallen",
            ["Actie", "Wie", "Toelichting"],
            [rij(r, [e(rapport.schoon(r["reden"])) or "–"]) for _, r in vervallen.iterrows()],
        )
    )
    parts.append(
        kop_tabel(
            "Open",
            ["Actie", "Wie", "Op de lijst sinds", "Deadline", "Stand"],
            [
                rij(
                    r,
                    [
                        e(datum_tekst(r["gepland"])),
                        e(datum_tekst(r["deadline"])),
                        "<strong>te laat</strong>" if r["id"] in te_laat else "op schema",
                    ],
                )
                for _, r in open_.sort_values(["deadline", "gepland"]).iterrows()
            ],
        )
    )
    if not (len(open_) or len(gedaan) or len(niet)):
        parts.append("<p>De actielijst is leeg.</p>")
    return Html("".join(parts))


SECTIE = Sectie(
    render,
    deel=BIJLAGE,
    kop="De actielijst",
    inleiding=(
        "Wat nam het platform zich voor, en wat kwam ervan terecht? Ook wat niet lukte is waardevol: de reden "
        "is een les."
    ),
    register="acties",
)
