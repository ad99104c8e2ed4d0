"""Wat de buurt vroeg en wat ermee gebeurde: requests to institutions, answers, promises, per institution.

The lists are the rows of the rules the figures count
(:mod:`kit.analysis.measures.requests`): a request is open until the date of
its ``antwoord``, whatever its outcome; it waits from ``gevraagd`` to the
month's last day.  Institutions are
organisations and are named; a person asked (rare) gets the report's
pseudonym, and an actor of another buurt is not named.
"""

from __future__ import annotations

import pandas as pd

from kit.analysis.measures.requests import (
    OVERDUE_DAYS,
    answer_time,
    answered,
    kept_promises,
    open_requests,
    overdue_requests,
    promises,
)
from kit.dutch import geheel, leeg
from kit.report.html import Html, e, kop_tabel
from kit.report.kengetallen import UITKOMST_TEKST, uitleg
from kit.report.maandrapport.rapport import Maandrapport
from kit.report.sectie import BIJLAGE, Sectie
from kit.report.words import dagen, datum_tekst, hoofdletter, inkorten, meervoud, opsomming


def verzoeken_van(rapport: Maandrapport) -> pd.DataFrame:
    """The buurt's requests asked by the month's last day, with ``wacht`` (days open on that day, or ``NaN``).

    ``open`` is true for a request open on the month's last day
    (:func:`~kit.analysis.measures.requests.open_requests`).
    """
    rows = rapport.data.verzoeken
    last = rapport.month.end_time.normalize()
    rows = rows[(rows["buurt"] == rapport.buurt) & (rows["gevraagd"] <= last)].copy()
    rows["open"] = rows["id"].isin(open_requests(rows, last)["id"])
    rows["wacht"] = (last - rows["gevraagd"]).dt.days.where(rows["open"])
    return rows.sort_values(["gevraagd", "id"])


def lang_open(rapport: Maandrapport) -> pd.DataFrame:
    """The requests that wait too long for an answer at the month's end (``open_30``:
    :func:`~kit.analysis.measures.requests.overdue_requests`), longest first."""
    rows = overdue_requests(verzoeken_van(rapport), rapport.month.end_time.normalize())
    return rows.sort_values(["wacht", "id"], ascending=[False, True])


def render(rapport: Maandrapport) -> Html:
    """What was asked and answered, what waits and how long, promises kept or not, per institution."""
    rows = verzoeken_van(rapport)
    if rows.empty:
        return Html(
            "<p>Er is nog geen <strong>verzoek</strong> vastgelegd: iets wat de buurt vroeg aan een instelling "
            "(het stadsdeel, een corporatie, de politie), en wat daarmee gebeurde.</p>"
        )
    f = rapport.figuren
    c = f["verzoeken"]
    first, last = rapport.month.start_time, rapport.month.end_time.normalize()
    parts = [
        f"<p>Wat vroeg de buurt aan instellingen, en wat kwam ervan terecht? {e(_telling(c))}</p>",
        f"<p>{e(hoofdletter(uitleg('antwoordtijd', f['antwoordtijd'])))} "
        f"{e(hoofdletter(uitleg('nagekomen', f['nagekomen'])))}</p>",
    ]

    wachtend = rows[rows["open"]].sort_values(["wacht", "id"], ascending=[False, True])
    te_lang = set(overdue_requests(rows, last)["id"])
    parts.append(
        kop_tabel(
            "Wachten op antwoord",
            ["Verzoek", "Aan", "Gevraagd op", "Wacht al"],
            [
                [
                    _verzoek(rapport, r),
                    e(rapport.naam_van(r["aan"])),
                    e(datum_tekst(r["gevraagd"])),
                    _wacht(r["wacht"], r["id"] in te_lang),
                ]
                for _, r in wachtend.iterrows()
            ],
            getallen={3},
            klasse="verzoeken",
        )
    )

    beantwoord = answered(rows, first, last).sort_values(["antwoord", "id"])
    parts.append(
        kop_tabel(
            "Deze maand beantwoord of gesloten",
            ["Verzoek", "Aan", "Gevraagd op", "Uitkomst", "Na"],
            [
                [
                    _verzoek(rapport, r),
                    e(rapport.naam_van(r["aan"])),
                    e(datum_tekst(r["gevraagd"])),
                    e(f"{UITKOMST_TEKST[r['uitkomst']]} op {datum_tekst(r['antwoord'])}"),
                    e(dagen((r["antwoord"] - r["gevraagd"]).days)),
                ]
                for _, r in beantwoord.iterrows()
            ],
            getallen={4},
            klasse="verzoeken",
        )
    )

    beloofd, kept = promises(rows, last), kept_promises(rows, last)
    nog_niet = beloofd[~beloofd["id"].isin(kept["id"])]
    net = kept[kept["nagekomen"] >= first]
    toezeggingen = pd.concat([nog_niet, net]).sort_values(["antwoord", "id"])
    parts.append(
        kop_tabel(
            "Toezeggingen: nagekomen of niet",
            ["Toezegging", "Van", "Toegezegd op", "Nagekomen"],
            [
                [
                    _verzoek(rapport, r),
                    e(rapport.naam_van(r["aan"])),
                    e(datum_tekst(r["antwoord"])),
                    _nagekomen(r, last),
                ]
                for _, r in toezeggingen.iterrows()
            ],
            uitleg="<p>De toezeggingen die nog niet zijn nagekomen, en die deze maand werden nagekomen.</p>",
            klasse="verzoeken",
        )
    )

    parts.append(
        kop_tabel(
            "Alle verzoeken tot nu toe, per instelling",
            [
                "Instelling",
                "Gevraagd",
                "Wacht op antwoord",
                "Toegezegd",
                "Afgewezen",
                "Zonder reactie",
                "Dagen tot antwoord",
            ],
            _per_instelling(rapport, rows, last),
            getallen={1, 2, 3, 4, 5, 6},
            klasse="verzoeken",
        )
    )
    return Html("".join(parts))


def _telling(c: dict) -> str:
    """This month's counts (the figure ``verzoeken``) as two sentences."""
    zin = (
        "Deze maand vroeg de buurt niets nieuws."
        if not c["gedaan"]
        else f"Deze maand deed de buurt {meervoud(c['gedaan'], 'verzoek', 'verzoeken')}."
    )
    antwoorden = [
        meervoud(n, enkel, meer)
        for n, enkel, meer in (
            (c["toegezegd"], "toezegging", "toezeggingen"),
            (c["afgewezen"], "afwijzing", "afwijzingen"),
        )
        if n
    ]
    zin += (
        f" {hoofdletter(meervoud(c['beantwoord'], 'verzoek kreeg', 'verzoeken kregen'))} antwoord"
        + (f" ({opsomming(antwoorden)})" if antwoorden else "")
        + "."
    )
    if not c["open"]:
        return f"{zin} Aan het eind van de maand wacht er geen verzoek op antwoord."
    wacht = (
        f"Aan het eind van de maand {'wacht' if c['open'] == 1 else 'wachten'} er "
        f"{meervoud(c['open'], 'verzoek', 'verzoeken')} op antwoord"
    )
    if c["open_30"] == c["open"]:
        wacht += (
            f", {'' if c['open'] == 1 else 'allebei ' if c['open'] == 2 else 'allemaal '}al langer dan "
            f"{OVERDUE_DAYS} dagen"
        )
    elif c["open_30"]:
        wacht += f", waarvan {c['open_30']} al langer dan {OVERDUE_DAYS} dagen"
    return f"{zin} {wacht}."


def _verzoek(rapport: Maandrapport, r) -> str:
    """A request's subject, who asked (when not the platform) and the facilitator's note, as HTML."""
    extra = []
    if r["van"] != rapport.snap.designated_platform:
        extra.append(f"gevraagd door {rapport.naam_van(r['van'])}")
    if not leeg(r["toelichting"]):
        extra.append(rapport.schoon(r["toelichting"]))
    detail = f"<br><small>{e(' · '.join(extra))}</small>" if extra else ""
    return f"{e(inkorten(rapport.schoon(r['onderwerp']), 120))}{detail}"


def _wacht(days, te_lang: bool) -> str:
    """Days waited, in bold when the request waits too long."""
    text = e(dagen(days))
    return f"<strong>{text}</strong>" if te_lang else text


def _nagekomen(r, last) -> str:
    if leeg(r["nagekomen"]) or r["nagekomen"] > last:
        return f"<strong>nog niet</strong> (al {e(dagen((last - r['antwoord']).days))} na de toezegging)"
    return e(f"{datum_tekst(r['nagekomen'])}, {dagen((r['nagekomen'] - r['antwoord']).days)} na de toezegging")


def _per_instelling(rapport: Maandrapport, rows: pd.DataFrame, last: pd.Timestamp) -> list[list[str]]:
    """A row per institution asked, by name: how many requests, still open (over 30 days), promised and kept,
    refused, closed without a reaction, and the middle number of days to an answer."""
    table = []
    for aan, group in rows.groupby("aan", sort=False):
        done = group[~group["open"]]
        promised, kept = len(promises(group, last)), len(kept_promises(group, last))
        late = len(overdue_requests(group, last))
        table.append(
            (
                rapport.naam_van(aan),
                [
                    geheel(len(group)),
                    geheel(group["open"].sum()) + (f" ({late} langer dan {OVERDUE_DAYS} dagen)" if late else ""),
                    f"{geheel(promised)} ({geheel(kept)} nagekomen)" if promised else "0",
                    geheel((done["uitkomst"] == "afgewezen").sum()),
                    geheel((done["uitkomst"] == "geen_reactie").sum()),
                    e(dagen(answer_time(group, last))),
                ],
            )
        )
    table.sort(key=lambda row: row[0].casefold())
    return [[e(name), *cells] for name, cells in table]


SECTIE = Sectie(render, deel=BIJLAGE, kop="Wat de buurt vroeg en wat ermee gebeurde", register="verzoeken")
