"""The overview of all pilot buurten for the intervision meeting (``notebooks/overzicht.ipynb``)."""

from __future__ import annotations

from functools import cached_property

import pandas as pd

from kit.analysis.catalogue import COLUMN
from kit.analysis.registers import kept
from kit.data.contract import CRITERIA
from kit.data.months import as_month, month_text
from kit.privacy import display_names, redact, redactor
from kit.report.common import colofon, load_dataset, sessie_html, sessies_in
from kit.report.html import STIJL, Html, e, tabel
from kit.report.kengetallen import FUNCTIE_TEKST, bijgehouden
from kit.report.proeftuin import INSTELLINGEN_UITLEG, afspraken_tabel, belemmeringen_tabel, instellingen_tabel
from kit.report.words import datum_tekst, inkorten, lange_woorden_inkorten, maand_lang, meervoud

#: Groups of figures in the overview table.
OVERZICHT_GROEPEN = (
    ("Het netwerk", ("actoren", "relaties", "spanningen", "dichtheid", "componenten", "grootste_component", "verloop")),
    (
        "Het platform en de samenwerking",
        (
            "platform_betweenness",
            "platform_bereik",
            "ruggengraat",
            "gem_intensiteit",
            "ei_index",
            "eenrichtingsverkeer",
        ),
    ),
    ("Bewoners, eerste lijn en beleid", ("ei_index_eerste", "ei_index_tweede", "aantal_vindplaats")),
    (
        "Dubbel werk en versnippering",
        (
            "aantal_dubbele_functies",
            "aantal_parallelle_infrastructuren",
            "aantal_belevingsverschillen",
            "aantal_versnipperde_activiteiten",
            "activiteiten",
            "bundelingsgraad",
        ),
    ),
    (
        "Wat platforms bereiken, nodig hebben en vragen",
        (
            "erkend_maanden",
            "resultaten",
            "resultaten_totaal",
            "middelen",
            "middelen_platform",
            "aantal_middelen_aflopend",
            "verzoeken_gedaan",
            "verzoeken_open",
            "verzoeken_open_30",
            "antwoordtijd",
            "nagekomen",
        ),
    ),
    (
        "Actielijst",
        (
            "acties_gepland",
            "acties_gedaan",
            "acties_niet_gedaan",
            "acties_open",
            "acties_te_laat",
            "afspraken_open",
            "afspraken_te_laat",
        ),
    ),
    ("Maatlat (eigen score, 1 tot 5)", ("maatlat_gemiddelde", "maatlat_verschil", *(f"maatlat_{c}" for c in CRITERIA))),
)
#: Figures with a small trend line per buurt in the overview.
OVERZICHT_TRENDS = (
    "actoren",
    "dichtheid",
    "platform_bereik",
    "gem_intensiteit",
    "aantal_parallelle_infrastructuren",
    "maatlat_gemiddelde",
)


class Overzicht:
    """All pilot buurten in one month, for the monthly intervision meeting.

    Buurten are named here; persons follow the privacy rule
    (:func:`kit.privacy.display_names` without a buurt).
    """

    def __init__(self, dataset, maand: str, jobs: int = 1):
        self.data = load_dataset(dataset)
        self.month = as_month(maand)
        self.maand = month_text(self.month)
        self.names = {actor: inkorten(naam) for actor, naam in display_names(self.data).items()}
        self._redactor = redactor(self.data)
        self.buurten = list(self.data.buurten["id"])
        self.buurtnamen = {
            b: inkorten(naam) for b, naam in zip(self.data.buurten["id"], self.data.buurten["naam"], strict=True)
        }
        self.jobs = jobs

    def schoon(self, text) -> str:
        """Free text with protected names replaced and overlong words cut."""
        return lange_woorden_inkorten(redact(text, self._redactor))

    @cached_property
    def panel(self) -> pd.DataFrame:
        from kit.analysis.panel import panel

        frame = panel(self.data, jobs=self.jobs)
        return frame[frame["maand"] <= self.maand]

    @cached_property
    def maandrijen(self) -> pd.DataFrame:
        return self.panel[self.panel["maand"] == self.maand].set_index("buurt")

    @cached_property
    def figuren(self) -> dict[str, dict]:
        from kit.analysis.figures import figures

        return {b: figures(self.data, b, self.month) for b in self.buurten}

    def titel(self) -> Html:
        parts = [
            STIJL,
            f'<h1>Overzicht proeftuinbuurten</h1><p class="ondertitel">{e(maand_lang(self.month).capitalize())}</p>',
        ]
        if self.data.fictional:
            parts.append(
                '<p class="fictief-melding"><strong>Fictieve demonstratiegegevens.</strong> '
                "Alle buurten, organisaties en personen in dit overzicht zijn verzonnen.</p>"
            )
        gestart = (
            [b for b in self.buurten if bool(self.maandrijen.loc[b, "in_proeftuin"])] if len(self.maandrijen) else []
        )
        parts.append(
            f"<p>Alle {len(self.buurten)} proeftuinbuurten naast elkaar, voor de intervisie van "
            f"{e(maand_lang(self.month))}. {len(gestart)} buurten doen deze maand mee. Een streepje (–) "
            "betekent: niet te berekenen (bijvoorbeeld geen platform of geen activiteiten); “niet vastgelegd”: "
            "de buurt houdt dat deel van de gegevens (zoals de actielijst of de verzoeken) niet bij.</p>"
        )
        return Html("".join(parts))

    def tabel(self, groep: int | None = None) -> Html:
        """Every figure side by side, one column per buurt; one table per group of figures."""
        groups = OVERZICHT_GROEPEN if groep is None else (OVERZICHT_GROEPEN[groep],)
        rows_month = self.maandrijen
        parts = []
        kop = ["Kengetal", *[e(self.buurtnamen[b]) for b in self.buurten]]
        for title, keys in groups:
            rows = []
            for key in keys:
                k = COLUMN[key]
                cells = []
                for b in self.buurten:
                    if not (b in rows_month.index and bool(rows_month.loc[b, "in_proeftuin"])):
                        cells.append("<small>nog niet</small>")
                    elif not bijgehouden(key, kept(self.data, b)):
                        cells.append("<small>niet vastgelegd</small>")
                    else:
                        cells.append(k.text(rows_month.loc[b, key]))
                rows.append([e(k.label), *cells])
            parts.append(
                f"<h3>{e(title)}</h3>" + tabel(kop, rows, getallen=set(range(1, len(kop))), klasse="overzicht")
            )
        return Html("".join(parts))

    def uitleg(self) -> Html:
        """What the figures in the table mean, in one list: each figure's explanation, in the order of the table."""
        explained = [COLUMN[key] for _, keys in OVERZICHT_GROEPEN for key in keys if COLUMN[key].explanation]
        return Html(
            "<p>Zo zijn de cijfers te lezen:</p><ul>"
            + "".join(f"<li><strong>{e(k.label)}</strong>: {e(k.explanation)}</li>" for k in explained)
            + "</ul>"
        )

    def trends(self) -> Html:
        """Small trend lines: one row per buurt, one column per key figure."""
        from . import charts

        rows = []
        for b in self.buurten:
            part = self.panel[(self.panel["buurt"] == b) & self.panel["in_proeftuin"].astype(bool)]
            cells = [e(self.buurtnamen[b])]
            for key in OVERZICHT_TRENDS:
                k = COLUMN[key]
                values = part[key].tolist()
                last = values[-1] if values else None
                alt = f"{self.buurtnamen[b]}, {k.label}: " + (
                    f"van {k.text(values[0])} naar {k.text(last)}" if values else "nog geen gegevens"
                )
                cells.append(
                    charts.sparkline(values, breedte=52, hoogte=16, alt=alt)
                    + f' <span class="waarde">{k.text(last)}</span>'
                )
            rows.append(cells)
        months = sorted(set(self.panel.loc[self.panel["in_proeftuin"].astype(bool), "maand"]))
        span = f"{maand_lang(months[0])} tot en met {maand_lang(months[-1])}" if months else ""
        return Html(
            f"<p>Per buurt de ontwikkeling per maand ({e(span)}), met de waarde van deze maand erachter. "
            "Elk lijntje heeft zijn eigen schaal: het toont de richting, niet de hoogte.</p>"
            + tabel(["Buurt", *[e(COLUMN[k].label) for k in OVERZICHT_TRENDS]], rows, klasse="trends")
        )

    def parallelle_infrastructuren(self) -> Html:
        """Which buurten have parallel infrastructures this month, and of what (no persons named)."""
        rows = []
        for b in self.buurten:
            for entry in self.figuren[b]["parallelle_infrastructuren"]:
                a, c = entry["actoren"]
                rows.append(
                    [
                        e(self.buurtnamen[b]),
                        e(self.names.get(a, a)) + " en " + e(self.names.get(c, c)),
                        e(", ".join(FUNCTIE_TEKST.get(x, x) for x in entry["functies"])),
                    ]
                )
        with_pi = sorted({r[0] for r in rows})
        if not rows:
            return Html("<p>Deze maand heeft geen enkele proeftuinbuurt een parallelle infrastructuur.</p>")
        return Html(
            f"<p>Een parallelle infrastructuur: een instelling zet van bovenaf iets naast wat bewoners al hadden, "
            f"zonder echt samen te werken. Deze maand in {meervoud(len(with_pi), 'buurt', 'buurten')} van de "
            f"{len(self.buurten)}, in totaal {len(rows)} keer:</p>" + tabel(["Buurt", "Wie", "Dubbel werk"], rows)
        )

    def instellingen(self) -> Html:
        """Per institution across all buurten: requests, answers, days to answer, long waits, promises kept."""
        from kit.analysis.pilot import institutions

        last = self.month.end_time.normalize()
        frame = institutions(self.data.verzoeken, last)
        if frame.empty:
            return Html(
                f"<p>Tot en met {e(maand_lang(self.month))} deden de platforms geen verzoeken aan "
                "instellingen (of ze staan niet in de gegevens).</p>"
            )
        return Html(
            f"<p>Alle verzoeken van de platforms aan instellingen, van het begin van de gegevens tot en met "
            f"{e(maand_lang(self.month))}, en hoe de instellingen antwoordden. {e(INSTELLINGEN_UITLEG)}</p>"
            + instellingen_tabel(frame, self.names)
        )

    def belemmeringen(self) -> Html:
        """What stood in the way of the actions that failed, counted across all buurten: this month and so far."""
        from kit.analysis.pilot import barrier_counts

        last = self.month.end_time.normalize()
        maand = barrier_counts(self.data.acties, last, first=self.month.start_time)
        totaal = barrier_counts(self.data.acties, last)
        if totaal.empty:
            return Html(
                f"<p>Tot en met {e(maand_lang(self.month))} is bij geen enkele niet gelukte actie genoemd wat "
                "er in de weg zat.</p>"
            )
        return Html(
            "<p>Wat zat in de weg bij de acties die niet lukten, in alle buurten samen? Een actie kan meer "
            "dan één belemmering noemen. Tussen haakjes: in hoeveel buurten.</p>"
            + belemmeringen_tabel(
                [(maand_lang(self.month).capitalize(), maand), (f"Tot en met {maand_lang(self.month)}", totaal)]
            )
        )

    def open_afspraken(self) -> Html:
        """Agreements of earlier intervision sessions still open at the end of the month, and who carries them."""
        from kit.analysis.pilot import agreements

        last = self.month.end_time.normalize()
        frame = agreements(
            self.data.acties, self.data.intervisie, last, until=self.month.start_time - pd.Timedelta(days=1)
        )
        if frame.empty:
            return Html("<p>Uit eerdere intervisies staan geen afspraken op de actielijsten van de buurten.</p>")
        open_ = frame[frame["stand"].isin(["open", "te_laat"])]
        klaar = len(frame) - len(open_)
        intro = (
            f"<p>Van de {meervoud(len(frame), 'afspraak', 'afspraken')} uit eerdere intervisies die buurten op hun "
            f"actielijst zetten, {'is' if klaar == 1 else 'zijn'} er {klaar} afgerond. "
        )
        if open_.empty:
            return Html(intro + "Er staat er geen meer open.</p>")
        te_laat = int((open_["stand"] == "te_laat").sum())
        return Html(
            intro + f"Aan het eind van {e(maand_lang(self.month))} "
            f"{'loopt' if len(open_) == 1 else 'lopen'} er nog {len(open_)}"
            + (f", waarvan {te_laat} over de deadline" if te_laat else "")
            + ":</p>"
            + afspraken_tabel(open_, self.names, self.buurtnamen, self.schoon)
        )

    def voorzitters(self) -> Html:
        """The rotation of the intervision chair: who chaired which month, and who is next."""
        iv = self.data.intervisie.sort_values(["datum", "id"])
        last = self.month.end_time.normalize()
        past = iv[iv["datum"] <= last]
        rows = [
            [
                e(datum_tekst(s["datum"])),
                e(self.buurtnamen.get(s["voorzitter"], s["voorzitter"])),
                e(self.schoon(s["thema"])),
            ]
            for _, s in past.iterrows()
        ]
        volgende = volgende_voorzitter(self.data, self.month)
        parts = []
        if rows:
            parts.append(tabel(["Datum", "Voorzitter", "Thema"], rows))
        else:
            parts.append("<p>Er is nog geen intervisiebijeenkomst vastgelegd.</p>")
        if volgende is not None:
            b, gepland = volgende
            naam = e(self.buurtnamen.get(b, b))
            parts.append(
                f"<p><strong>Volgende voorzitter:</strong> {naam}"
                + (
                    f" (gepland op {e(datum_tekst(gepland))})."
                    if gepland is not None
                    else " (volgens de beurt: de buurt die het langst niet, of nog nooit, voorzat)."
                )
                + "</p>"
            )
        return Html("".join(parts))

    def lessen(self) -> Html:
        """Lessons and agreements of this month's session(s)."""
        sessies = sessies_in(self.data, self.month)
        if sessies.empty:
            return Html(f"<p>Voor {e(maand_lang(self.month))} is geen intervisiebijeenkomst vastgelegd.</p>")
        return Html(
            "".join(
                sessie_html(
                    s,
                    self.buurtnamen,
                    self.schoon,
                    f"Aanwezig: {', '.join(self.buurtnamen.get(b, b) for b in s['aanwezig']) or '–'}.",
                )
                for _, s in sessies.iterrows()
            )
        )

    def colofon(self) -> Html:
        return Html(colofon(self.data, self.month, self.schoon))


def volgende_voorzitter(data, month: pd.Period):
    """The next chair after ``month``: ``(buurt id, date)`` when a later session is recorded, else
    ``(buurt id, None)`` by rotation — the buurt that never chaired, or chaired longest ago (in the order
    of ``buurten``).  ``None`` without buurten."""
    iv = data.intervisie.sort_values(["datum", "id"])
    last = month.end_time.normalize()
    later = iv[iv["datum"] > last]
    if len(later):
        s = later.iloc[0]
        return s["voorzitter"], s["datum"]
    buurten = list(data.buurten["id"])
    if not buurten:
        return None
    past = iv[iv["datum"] <= last]
    laatst = {b: d for b, d in zip(past["voorzitter"], past["datum"], strict=True)}
    never = [b for b in buurten if b not in laatst]
    if never:
        # continue the order of buurten after the last chair
        if len(past):
            prev = past.iloc[-1]["voorzitter"]
            if prev in buurten:
                i = buurten.index(prev)
                for b in buurten[i + 1 :] + buurten[: i + 1]:
                    if b in never:
                        return b, None
        return never[0], None
    return min(buurten, key=lambda b: (laatst[b], buurten.index(b))), None
