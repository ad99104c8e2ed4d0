"""The synthesis of the pilot over a period of months (``notebooks/synthese.ipynb``): what did we learn?

The monthly reports answer "how are we doing"; the synthesis is for the
pilot's partners — the stadsdeelcommissies, the gemeenteraad writing a
verordening — and reads as a story for someone who knows no network
analysis: what platforms achieved and needed, how institutions answered,
what changed after recognition, which parallel infrastructures came and
went, what the action-learning loop taught; then one page per buurt.

The computations are :mod:`kit.analysis.period` and :mod:`kit.analysis.pilot`;
this module words and lays them out, section by section.  Privacy as in the
overview: buurten and organisations are named, persons through
:func:`kit.privacy.display_names` without a buurt (a person without consent
is a pseudonym), free text through :meth:`Synthese.schoon`.
"""

from __future__ import annotations

from functools import cached_property

import pandas as pd

from kit.analysis.catalogue import COLUMN, FIGURES
from kit.analysis.measures.requests import OVERDUE_DAYS
from kit.analysis.measures.resources import ENDING_MONTHS
from kit.analysis.measures.results import result_dates
from kit.analysis.period import AFTER, BEFORE
from kit.analysis.registers import kept
from kit.data.contract import EENHEID
from kit.data.months import as_period, month_text
from kit.data.spans import buurt_months, dataset_months
from kit.dutch import MIN, geheel, getal, leeg, telwoord
from kit.privacy import display_names, redact, redactor
from kit.report.common import colofon, load_dataset
from kit.report.html import STIJL, Html, e, tabel
from kit.report.kengetallen import (
    BELEMMERING_TEKST,
    DOMEIN_TEKST,
    FUNCTIE_TEKST,
    MIDDEL_TEKST,
    omvang_tekst,
)
from kit.report.proeftuin import (
    INSTELLINGEN_UITLEG,
    STAND_TEKST,
    afspraken_tabel,
    belemmeringen_tabel,
    instellingen_tabel,
)
from kit.report.resultaten import wanneer
from kit.report.words import (
    datum_tekst,
    hoofdletter,
    inkorten,
    lange_woorden_inkorten,
    maand_lang,
    meervoud,
    opsomming,
    periode_label,
)

#: The figures compared before and after recognition: the panel's scalar figures, but those that measure
#: recognition itself and the running total of results (it only grows); and the parallel infrastructures.
VOOR_NA = (
    *(f.key for f in FIGURES if f.shape == "scalar" and f.key not in ("erkend", "erkend_maanden", "resultaten_totaal")),
    "aantal_parallelle_infrastructuren",
)
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


def _venster() -> str:
    """The months a mean before and after recognition is taken over, in words."""
    return telwoord(BEFORE) if BEFORE == AFTER else f"{telwoord(BEFORE)} (vóór) of {telwoord(AFTER)} (na)"


SYNTHESE_STIJL = """<style>
table.register { width: 100%; }
table.register td, table.register th { font-size: 8.6pt; hyphens: manual; }
table.register td:nth-child(2) { width: 42%; }
table.register td.getal { white-space: nowrap; }
table.voor-na td, table.voor-na th, table.buurtcijfers td, table.buurtcijfers th { font-size: 8.6pt;
  padding: 0.12em 0.4em; }
table.buurtcijfers svg.sparkline { vertical-align: middle; }
div.buurtpagina p, div.buurtpagina li { font-size: 9.6pt; line-height: 1.35; }
div.buurtpagina ul { margin: 0.2em 0 0.5em; }
div.buurtpagina p { margin: 0.45em 0; }
table.episodes { width: 100%; }
table.episodes td:nth-child(6) { width: 24%; }
p.buurt-kop { color: #444; margin-top: -0.3em; }
th { hyphens: manual; }
p.let-op { background: #eef3f8; border-left: 4px solid #003a70; padding: 0.4em 0.8em; }
</style>"""


class Synthese:
    """The whole pilot over the months ``van`` to ``tot``, section by section.

    Each public method returns one section (:class:`Html`) for the notebook.
    The period is read from the data up to its last month, so that a
    synthesis says what was known at its end; the months before a
    recognition may lie before the period (:func:`kit.analysis.period.windows`).

    Parameters
    ----------
    dataset : Dataset or path
    van, tot : str
        The first and last month, ``JJJJ-MM``.
    jobs : int
        Processes for the panel.
    """

    def __init__(self, dataset, van: str, tot: str, jobs: int = 1):
        self.data = load_dataset(dataset)
        self.first, self.last = as_period(f"{van}:{tot}")
        from kit.analysis.period import period_months

        self.months = period_months(self.first, self.last)
        self.first_day, self.last_day = self.first.start_time, self.last.end_time.normalize()
        self.periode = periode_label(month_text(self.first), month_text(self.last))
        self.names = {actor: inkorten(naam) for actor, naam in display_names(self.data).items()}
        self._redactor = redactor(self.data)
        self.buurten = list(self.data.buurten["id"])
        self.buurtnamen = {
            b: inkorten(n) for b, n in zip(self.data.buurten["id"], self.data.buurten["naam"], strict=True)
        }
        self.stadsdelen = dict(zip(self.data.buurten["id"], self.data.buurten["stadsdeel"], strict=True))
        every = dataset_months(self.data)
        self.data_start = every[0] if every else None
        self.jobs = jobs

    # ---- data ---------------------------------------------------------

    def schoon(self, text) -> str:
        """Free text with protected names replaced and overlong words cut."""
        return lange_woorden_inkorten(redact(text, self._redactor))

    def naam(self, actor) -> str:
        """The privacy-safe name of an actor id; ``–`` when empty."""
        return "–" if leeg(actor) else self.names.get(actor, "onbekende actor")

    @cached_property
    def panel(self) -> pd.DataFrame:
        """The panel up to the period's last month."""
        from kit.analysis.panel import panel

        frame = panel(self.data, jobs=self.jobs)
        return frame[frame["maand"] <= month_text(self.last)].reset_index(drop=True)

    @cached_property
    def in_periode(self) -> pd.DataFrame:
        """The panel rows of the period's months."""
        return self.panel[self.panel["maand"] >= month_text(self.first)]

    @cached_property
    def deelnemers(self) -> list[str]:
        """The buurten that took part in any month of the period, in the order of ``buurten``."""
        taking_part = set(self.in_periode.loc[self.in_periode["in_proeftuin"].astype(bool), "buurt"])
        return [b for b in self.buurten if b in taking_part]

    @cached_property
    def resultaten(self) -> pd.DataFrame:
        """The results dated in the period (by ``datum``, or ``gemeld`` where the day achieved is unknown), by buurt
        (in the order of ``buurten``) and date."""
        r = self.data.resultaten
        r = r.assign(_dag=result_dates(r))
        r = r[r["_dag"].between(self.first_day, self.last_day)].copy()
        r["_volgorde"] = r["buurt"].map({b: i for i, b in enumerate(self.buurten)})
        return r.sort_values(["_volgorde", "_dag", "id"]).drop(columns=["_volgorde", "_dag"])

    @cached_property
    def verzoeken(self) -> pd.DataFrame:
        from kit.analysis.pilot import institutions

        return institutions(self.data.verzoeken, self.last_day, first=self.first_day)

    @cached_property
    def verzoeken_totaal(self) -> dict:
        from kit.analysis.pilot import requests_summary

        return requests_summary(self.data.verzoeken, self.last_day, first=self.first_day)

    @cached_property
    def erkenningen(self) -> dict[str, pd.Period]:
        from kit.analysis.period import recognised_in

        return recognised_in(self.data, self.first, self.last)

    @cached_property
    def voor_na(self) -> pd.DataFrame:
        """Before and after for every buurt recognised in the period (:func:`kit.analysis.period.before_after`)."""
        from kit.analysis.period import before_after

        return before_after(self.panel, self.erkenningen, VOOR_NA)

    @cached_property
    def zonder_voor(self) -> list[str]:
        """The buurten recognised in the period without any month of data before: nothing to compare."""
        counts = self.voor_na.groupby("buurt")["maanden_voor"].sum()
        return [b for b in self.erkenningen if counts.get(b, 0) == 0]

    @cached_property
    def episodes(self) -> dict[str, list]:
        """Per buurt the parallel-infrastructure episodes that ran in some month of the period."""
        from kit.analysis.period import parallel_episodes

        return {
            b: [ep for ep in parallel_episodes(self.data, b, self.last) if ep.einde >= self.first] for b in self.buurten
        }

    @cached_property
    def middelen(self) -> dict[str, pd.DataFrame]:
        from kit.analysis.period import resources_over

        return {b: resources_over(self.data, b, self.months) for b in self.buurten}

    @cached_property
    def acties(self) -> pd.DataFrame:
        """Every action with where it stood at the end of the period (``stand``), of those on a list by then."""
        from kit.analysis.pilot import action_state

        a = self.data.acties.copy()
        a["stand"] = action_state(a, self.last_day)
        return a[a["stand"].notna()]

    @cached_property
    def afgerond(self) -> pd.DataFrame:
        """The actions closed in the period."""
        return self.acties[self.acties["afgerond"].between(self.first_day, self.last_day)]

    @cached_property
    def belemmeringen(self) -> pd.DataFrame:
        from kit.analysis.pilot import barrier_counts

        return barrier_counts(self.data.acties, self.last_day, first=self.first_day)

    @cached_property
    def afspraken(self) -> pd.DataFrame:
        from kit.analysis.pilot import agreements

        return agreements(
            self.data.acties, self.data.intervisie, self.last_day, since=self.first_day, until=self.last_day
        )

    @cached_property
    def sessies(self) -> pd.DataFrame:
        iv = self.data.intervisie
        return iv[iv["datum"].between(self.first_day, self.last_day)].sort_values(["datum", "id"])

    def _buurt(self, b) -> str:
        return e(self.buurtnamen.get(b, b))

    def _episode_stand(self, buurt, episode) -> str:
        from kit.analysis.period import resolution

        if episode.opgelost is None:
            return "loopt nog"
        how = {"samenwerking": "ze werken nu echt samen", "gestopt": "een van beide is gestopt"}[
            resolution(self.data, buurt, episode)  # type: ignore[index]  # an ended episode has its resolution
        ]
        return f"opgelost in {maand_lang(episode.opgelost)}: {how}"

    # ---- sections -----------------------------------------------------

    def titel(self) -> Html:
        """Title, the fictitious-data note, what the synthesis is and how to read it."""
        parts = [
            STIJL,
            SYNTHESE_STIJL,
            "<h1>Wat leerden we in de proeftuin?</h1>",
            f'<p class="ondertitel">Synthese van de proeftuin buurtplatformrecht, {e(self.periode)}</p>',
        ]
        if self.data.fictional:
            parts.append(
                '<p class="fictief-melding"><strong>Fictieve demonstratiegegevens.</strong> '
                "Alle buurten, organisaties en personen in deze synthese zijn verzonnen.</p>"
            )
        parts.append(
            "<p>Elke maand krijgt ieder buurtplatform een rapport: hoe staan we ervoor? Deze synthese kijkt over "
            f"een langere periode ({e(self.periode)}) naar alle proeftuinbuurten samen, voor wie met de "
            "platforms verder wil: de stadsdeelcommissies en de gemeenteraad die een verordening schrijft. Wat "
            "kregen de platforms voor elkaar en wat hadden ze daarvoor nodig? Hoe antwoordden instellingen op hun "
            "vragen? Veranderde er iets toen een platform erkend werd? Waar zetten instellingen iets naast wat "
            "bewoners al hadden, en hoe liep dat af? En wat leerden de buurten van elkaar?</p>"
            "<p>Eerst de hele proeftuin, daarna één bladzijde per buurt. Alle cijfers komen uit de gegevens die "
            "de begeleiders maand na maand bijhielden, met dezelfde rekenregels als in de maandrapporten; achteraan "
            "staat hoe er gerekend is. Cijfers zijn een begin van het gesprek, geen oordeel.</p>"
        )
        return Html("".join(parts))

    def kort(self) -> Html:
        """The story of the period in a few sentences: the main facts of every section."""
        punten = [
            self._kort_deelname(),
            self._kort_resultaten(),
            self._kort_erkenning(),
            self._kort_verzoeken(),
            self._kort_parallel(),
            self._kort_acties(),
            self._kort_intervisie(),
        ]
        return Html('<ul class="kernpunten">' + "".join(f"<li>{p}</li>" for p in punten if p) + "</ul>")

    def _kort_deelname(self) -> str:
        n = len(self.deelnemers)
        parts = [
            f"Alle {n} proeftuinbuurten deden in deze periode mee."
            if n == len(self.buurten)
            else f"In deze periode deden {n} van de {len(self.buurten)} proeftuinbuurten mee."
        ]
        nieuw = []
        for b in self.deelnemers:
            start = buurt_months(self.data, b).start
            if start is not None and self.first < start <= self.last:
                nieuw.append(f"{self._buurt(b)} begon in {e(maand_lang(start))}")
        if nieuw:
            parts.append(hoofdletter(opsomming(nieuw)) + ".")
        return " ".join(parts)

    def _totalen(self) -> list[str]:
        r = self.resultaten
        sums = r.dropna(subset=["omvang"]).groupby("eenheid")["omvang"].sum()
        return [omvang_tekst(sums[unit], unit) for unit in EENHEID if unit in sums.index]

    def _kort_resultaten(self) -> str:
        r = self.resultaten
        if r.empty:
            return "De platforms legden in deze periode geen resultaten vast."
        text = (
            f"De platforms boekten {meervoud(len(r), 'resultaat', 'resultaten')} in "
            f"{meervoud(r['buurt'].nunique(), 'buurt', 'buurten')}, elk met een bron waar het na te gaan is."
        )
        totalen = self._totalen()
        if totalen:
            text += f" Waar de omvang bekend is, gaat het samen om {e(opsomming(totalen))}."
        return text

    def _kort_erkenning(self) -> str:
        if not self.erkenningen:
            return "In deze periode werd geen platform (voor het eerst) erkend."
        later = [b for b in self.erkenningen if b not in self.zonder_voor]
        bij_begin = [b for b in self.erkenningen if b in self.zonder_voor]
        parts = []
        if later:
            parts.append(
                hoofdletter(
                    opsomming([f"{self._buurt(b)} werd erkend in {e(maand_lang(self.erkenningen[b]))}" for b in later])
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

    def _kort_verzoeken(self) -> str:
        t = self.verzoeken_totaal
        if not t["verzoeken"]:
            return "De platforms deden in deze periode geen verzoeken aan instellingen."
        text = (
            f"De platforms deden {meervoud(t['verzoeken'], 'verzoek', 'verzoeken')} aan "
            f"{meervoud(len(self.verzoeken), 'instelling', 'instellingen')}; "
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
        stil = self.verzoeken[(self.verzoeken["beantwoord"] == 0) & (self.verzoeken["verzoeken"] >= 2)]
        if len(stil):
            text += (
                f" {e(opsomming([self.naam(a) for a in stil['aan']]))} "
                f"{'beantwoordde' if len(stil) == 1 else 'beantwoordden'} geen enkel verzoek."
            )
        return text

    def _episode_counts(self) -> dict[str, int]:
        counts = dict.fromkeys(("ontstaan", "opgelost", "samenwerking", "gestopt", "lopend", "al_bij_begin"), 0)
        from kit.analysis.period import resolution

        for b, found in self.episodes.items():
            for ep in found:
                if ep.begin >= self.first and ep.begin != self.data_start:
                    counts["ontstaan"] += 1
                if ep.opgelost is not None and ep.opgelost <= self.last:
                    counts["opgelost"] += 1
                    counts[resolution(self.data, b, ep)] += 1  # type: ignore[index]  # ended: resolved
                else:
                    counts["lopend"] += 1
                    counts["al_bij_begin"] += ep.begin == self.data_start
        return counts

    def _kort_parallel(self) -> str:
        c = self._episode_counts()
        if not any(self.episodes.values()):
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

    def _kort_acties(self) -> str:
        a = self.afgerond
        gedaan, niet = int((a["status"] == "gedaan").sum()), int((a["status"] == "niet_gedaan").sum())
        if not (gedaan or niet):
            return "Op de actielijsten werd in deze periode niets afgerond."
        text = (
            f"Op de actielijsten van de buurten werden {meervoud(gedaan, 'actie', 'acties')} gedaan en "
            f"{'lukte' if niet == 1 else 'lukten'} er {niet} niet."
        )
        b = self.belemmeringen
        if len(b):
            top = b[b["acties"] == b["acties"].iloc[0]]
            namen = opsomming([BELEMMERING_TEKST.get(c, c) for c in top["belemmering"]])
            keer = top["acties"].iloc[0]
            text += (
                f" Wat het vaakst in de weg zat: {e(namen)} ({'elk ' if len(top) > 1 else ''}"
                f"{meervoud(keer, 'keer', 'keer')})."
            )
        return text

    def _kort_intervisie(self) -> str:
        s, a = self.sessies, self.afspraken
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

    # -- what platforms achieved and needed

    def bereikt(self) -> Html:
        """The results register of the period: what, when, with whom, how much, and where to check it."""
        r = self.resultaten
        if r.empty:
            return Html(f"<p>In {e(self.periode)} legden de platforms geen resultaten vast.</p>")
        domeinen = r["domein"].value_counts()
        per_domein = opsomming([f"{DOMEIN_TEKST.get(d, d)} ({n})" for d, n in domeinen.items()])
        parts = [
            f"<p>Het resultatenregister: wat de platforms voor elkaar kregen, van een besluit van het stadsdeel "
            f"tot een voorziening in de buurt, met de bron waar het na te gaan is. In {e(self.periode)} "
            f"{'is' if len(r) == 1 else 'zijn'} dat {meervoud(len(r), 'resultaat', 'resultaten')} in "
            f"{meervoud(r['buurt'].nunique(), 'buurt', 'buurten')}, op deze terreinen: {e(per_domein)}.</p>"
        ]
        rows = []
        for _, x in r.iterrows():
            bron = f" · bron: {e(self.schoon(x['bron']))}" if not leeg(x["bron"]) else ""
            wie = []
            if not leeg(x["tegenpartij"]):
                wie.append(f"bij {e(self.naam(x['tegenpartij']))}")
            if len(x["samen_met"]):
                wie.append(f"samen met {e(opsomming([self.naam(a) for a in x['samen_met']]))}")
            rows.append(
                [
                    self._buurt(x["buurt"]),
                    f"{e(self.schoon(x['omschrijving']))}<br><small>{e(wanneer(x))}{bron}</small>",
                    "<br>".join(wie) or "–",
                    e(omvang_tekst(x["omvang"], x["eenheid"])),
                ]
            )
        parts.append(tabel(["Buurt", "Wat", "Bij wie, met wie", "Omvang"], rows, getallen={3}, klasse="register"))
        return Html("".join(parts))

    def nodig(self) -> Html:
        """Resources that reached residents: at the start and the end of the period, what came and what ended."""
        rows, gestopt = [], []
        for b in self.buurten:
            frame = self.middelen[b]
            begin = int((frame["eerste"] == self.first).sum())
            erbij = int((frame["eerste"] > self.first).sum())
            eind = int((~frame["geeindigd"]).sum())
            weg = frame[frame["geeindigd"]]
            rows.append([self._buurt(b), str(begin), str(erbij), str(len(weg)), str(eind)])
            for _, x in weg.iterrows():
                einde = (
                    f"tot {datum_tekst(x['tot'])}"
                    if not leeg(x["tot"])
                    else f"tot {maand_lang(x['laatste'])}, toen een van beide stopte"
                )
                toelichting = self.schoon(self.data.relaties.set_index("id").at[x["id"], "toelichting"])
                gestopt.append(
                    f"<li><strong>{self._buurt(b)}</strong>: {e(MIDDEL_TEKST.get(x['soort'], x['soort']))} "
                    f"van {e(self.naam(x['van']))} voor {e(self.naam(x['naar']))}, {e(einde)}"
                    + (f" ({e(toelichting)})" if toelichting else "")
                    + ".</li>"
                )
        parts = [
            "<p>Bewonersgroepen kunnen veel zelf, maar niet alles: ze krijgen steun (een opbouwwerker, advies), "
            "geld (een subsidie, een bijdrage uit een fonds) of een plek (een zaal, een buurtkamer) van anderen. "
            f"Per buurt: hoe vaak dat aan het begin van de periode ({e(maand_lang(self.first))}) zo was, wat erbij "
            f"kwam, wat stopte en hoe het aan het eind ({e(maand_lang(self.last))}) stond.</p>",
            tabel(["Buurt", "Aan het begin", "Erbij", "Gestopt", "Aan het eind"], rows, getallen={1, 2, 3, 4}),
        ]
        if gestopt:
            parts.append("<p><strong>Wat stopte:</strong></p><ul>" + "".join(gestopt) + "</ul>")
        else:
            parts.append("<p>In deze periode stopte er geen steun, geld of ruimte.</p>")
        aflopend = self._aflopend()
        if aflopend:
            parts.append(
                f"<p><strong>Wat binnen {telwoord(ENDING_MONTHS)} maanden na de periode afloopt:</strong></p><ul>"
                + "".join(aflopend)
                + "</ul>"
            )
        parts.append("<p>Wat de platforms aan instellingen vroegen, staat in het volgende deel.</p>")
        return Html("".join(parts))

    def _aflopend(self) -> list[str]:
        from kit.analysis.figures import figures

        relaties = self.data.relaties.set_index("id")
        items = []
        for b in self.buurten:
            for rid in figures(self.data, b, self.last)["middelen_aflopend"]:
                x = relaties.loc[rid]
                items.append(
                    f"<li><strong>{self._buurt(b)}</strong>: {e(MIDDEL_TEKST.get(x['soort'], x['soort']))} "
                    f"van {e(self.naam(x['van']))} voor {e(self.naam(x['naar']))}, tot "
                    f"{e(datum_tekst(x['tot']))}.</li>"
                )
        return items

    # -- institutions

    def instellingen(self) -> Html:
        """How institutions answered the platforms' requests of the period, per institution."""
        if self.verzoeken.empty:
            return Html(f"<p>In {e(self.periode)} deden de platforms geen verzoeken aan instellingen.</p>")
        return Html(
            f"<p>Alle verzoeken die de platforms in {e(self.periode)} aan instellingen deden, en hoe die "
            f"tot en met {e(maand_lang(self.last))} antwoordden. {e(INSTELLINGEN_UITLEG)}</p>"
            + instellingen_tabel(self.verzoeken, self.names)
        )

    # -- recognition

    def erkenning(self) -> Html:
        """Each figure before and after recognition, per buurt recognised in the period, with the caution it needs."""
        if not self.erkenningen:
            return Html(f"<p>In {e(self.periode)} werd geen platform voor het eerst erkend.</p>")
        parts = [
            "<p>Erkenning geeft een buurtplatform een formele plek: het stadsdeel erkent het als het netwerk van de "
            "buurt. Verandert er daarna iets? Per buurt die in deze periode erkend werd: het gemiddelde van elk "
            f"kengetal over de {telwoord(BEFORE)} maanden vóór de maand van erkenning, en over de maand van erkenning "
            f"en de {telwoord(AFTER - 1)} maanden erna.</p>",
            '<p class="let-op"><strong>Let op: dit is geen bewijs.</strong> Een verschil laat zien dát er iets '
            "veranderde, niet dat de erkenning het veroorzaakte. In dezelfde maanden gebeurde ook veel anders (de "
            f"zomer, nieuwe bewoners, een nieuwe instelling), {telwoord(AFTER)} maanden is kort, en wie erkend wordt, "
            "groeide "
            "misschien al. Lees het als een vraag voor het gesprek: wat veranderde er sinds de erkenning, en "
            "waarom?</p>",
        ]
        for b in self.erkenningen:
            if b in self.zonder_voor:
                continue
            parts.append(self._voor_na_tabel(b))
        if self.zonder_voor:
            parts.append(
                f"<p>{e(opsomming([self.buurtnamen.get(b, b) for b in self.zonder_voor]))} "
                f"{'was' if len(self.zonder_voor) == 1 else 'waren'} al erkend vanaf het begin van de "
                "gegevens: daar is geen “voor” om mee te vergelijken.</p>"
            )
        return Html("".join(parts))

    def _voor_na_tabel(self, b: str) -> str:
        from kit.analysis.period import windows

        month = self.erkenningen[b]
        voor, na = windows(month)
        na = [m for m in na if m <= self.last]
        rows = []
        duiding: dict[str, list[str]] = {"gunstig": [], "aandachtspunt": []}
        frame = self.voor_na[self.voor_na["buurt"] == b]
        for _, r in frame.iterrows():
            k = COLUMN[r["figuur"]]
            if k.label is None or (leeg(r["voor"]) and leeg(r["na"])):
                continue
            tekst, soort = self._verschil(k, r["voor"], r["na"])
            if soort in duiding:
                duiding[soort].append(k.label.lower() if not k.label.isupper() else k.label)
            rows.append(
                [
                    e(k.label),
                    self._gemiddelde(k, r["voor"], r["maanden_voor"], BEFORE),
                    self._gemiddelde(k, r["na"], r["maanden_na"], AFTER),
                    e(tekst),
                ]
            )
        kop = (
            f"<h3>{self._buurt(b)}: erkend in {e(maand_lang(month))}</h3>"
            f"<p>Vóór: {e(periode_label(month_text(voor[0]), month_text(voor[-1])))}. Na: "
            f"{e(periode_label(month_text(na[0]), month_text(na[-1])))}."
        )
        if duiding["gunstig"]:
            kop += f" Gunstiger na de erkenning: {e(opsomming(duiding['gunstig']))}."
        if duiding["aandachtspunt"]:
            kop += f" Minder gunstig: {e(opsomming(duiding['aandachtspunt']))}."
        kop += (
            f" Een getal met een sterretje is het gemiddelde over minder dan {_venster()} maanden (niet elke maand had "
            "een waarde).</p>"
        )
        return kop + tabel(["Kengetal", "Vóór", "Na", "Verschil"], rows, getallen={1, 2}, klasse="voor-na")

    @staticmethod
    def _gemiddelde(k, value, maanden: int, venster: int) -> str:
        """A mean over ``maanden`` months with a value, of a window of ``venster``; a star when fewer."""
        if leeg(value):
            return "–"
        text = getal(value, 1, strip=True) if k.decimals == 0 else k.text(value)
        return text + ("*" if maanden < venster else "")

    @staticmethod
    def _verschil(k, voor, na) -> tuple[str, str]:
        """The change from ``voor`` to ``na`` in words, and its kind: gunstig, aandachtspunt, neutraal, gelijk, leeg."""
        if leeg(voor) or leeg(na):
            return "niet te vergelijken", "leeg"
        delta = float(na) - float(voor)
        shown = getal(abs(delta), 1 if k.decimals == 0 else k.decimals, strip=k.decimals == 0)
        if shown.strip("0,") == "":
            return "gelijk", "gelijk"
        hoger = "hoger" if delta > 0 else "lager"
        teken = "+" if delta > 0 else MIN
        soort = k.judgement(delta)
        if soort is None:
            return f"{teken}{shown}: {hoger}", "neutraal"
        return f"{teken}{shown}: {hoger} ({soort})", soort

    # -- parallel infrastructures

    def parallel(self) -> Html:
        """Parallel infrastructures of the period: which appeared, which were resolved and how, how long they lasted."""
        rows = []
        for b, found in self.episodes.items():
            for ep in found:
                a, c = ep.actoren
                sinds = f"{maand_lang(ep.begin)} of eerder" if ep.begin == self.data_start else maand_lang(ep.begin)
                rows.append(
                    [
                        self._buurt(b),
                        f"{e(self.naam(a))} en {e(self.naam(c))}",
                        e(opsomming([FUNCTIE_TEKST.get(f, f) for f in ep.functies])),
                        e(sinds),
                        geheel(ep.maanden),
                        e(self._episode_stand(b, ep)),
                    ]
                )
        intro = (
            "<p>Een <strong>parallelle infrastructuur</strong>: een instelling zet van bovenaf iets naast wat "
            "bewoners al hadden — een tweede nieuwsbrief, een eigen bewonersavond, een eigen buurtbudget — en "
            "werkt niet echt samen met wat er al was (samen plannen, en beide kanten zien het zo). Dat verdeelt "
            "de energie in de buurt; de proeftuin wil het voorkomen. Hieronder elke parallelle infrastructuur "
            f"die in {e(self.periode)} bestond: sinds wanneer, hoeveel maanden, en hoe het afliep.</p>"
        )
        if not rows:
            return Html(intro + "<p>In deze periode was er nergens een parallelle infrastructuur.</p>")
        return Html(
            intro
            + "<p>"
            + self._kort_parallel()
            + "</p>"
            + tabel(
                ["Buurt", "Wie", "Allebei", "Sinds", "Maanden", "Hoe het afliep"], rows, getallen={4}, klasse="episodes"
            )
        )

    # -- the action-learning loop

    def actielijsten(self) -> Html:
        """Per buurt the actions closed in the period, and those still open at its end."""
        a = self.afgerond
        rows = []
        for b in self.buurten:
            own, lijst = a[a["buurt"] == b], self.acties[self.acties["buurt"] == b]
            open_ = lijst[lijst["stand"].isin(["open", "te_laat"])]
            te_laat = int((open_["stand"] == "te_laat").sum())
            rows.append(
                [
                    self._buurt(b),
                    *(str(int((own["status"] == s).sum())) for s in ("gedaan", "niet_gedaan", "vervallen")),
                    f"{len(open_)}" + (f" <small>({te_laat} te laat)</small>" if te_laat else ""),
                ]
            )
        return Html(
            "<p>Elke buurt houdt een actielijst bij: wat gaan we doen, wie doet het, is het gelukt? Een actie "
            "die niet lukt is geen mislukking maar een les: de begeleider schrijft op waarom. Per buurt wat "
            f"er in {e(self.periode)} werd afgerond, en wat er aan het eind nog openstond.</p>"
            + tabel(["Buurt", "Gedaan", "Niet gelukt", "Vervallen", "Nog open"], rows, getallen={1, 2, 3, 4})
        )

    def belemmeringen_en_lessen(self) -> Html:
        """What stood in the way, counted across the pilot, and the lesson of every action that failed."""
        niet = self.afgerond[self.afgerond["status"] == "niet_gedaan"].sort_values(["afgerond", "id"])
        if niet.empty:
            return Html(f"<p>In {e(self.periode)} is geen enkele actie niet gelukt.</p>")
        if self.belemmeringen.empty:
            parts = ["<p>Bij de acties die niet lukten, is niet vastgelegd wat er in de weg zat.</p>"]
        else:
            parts = [
                "<p>Wat zat in de weg bij de acties die niet lukten? Een actie kan meer dan één ding noemen; "
                "tussen haakjes in hoeveel buurten.</p>",
                belemmeringen_tabel([(f"Acties, {self.periode}", self.belemmeringen)]),
            ]
        rows = [
            [
                self._buurt(x["buurt"]),
                e(self.schoon(x["omschrijving"])),
                e(opsomming([BELEMMERING_TEKST.get(c, c) for c in x["belemmering"]])) or "–",
                e(self.schoon(x["reden"])) or "–",
            ]
            for _, x in niet.iterrows()
        ]
        parts.append(
            "<p>En wat de buurten ervan leerden, per actie die niet lukte:</p>"
            + tabel(["Buurt", "Actie", "In de weg", "De les"], rows)
        )
        return Html("".join(parts))

    def intervisieafspraken(self) -> Html:
        """The agreements of this period's intervision sessions, who carries them and whether they were kept."""
        a = self.afspraken
        if a.empty:
            return Html(
                "<p>Uit de intervisies van deze periode zetten de buurten geen afspraken op hun actielijst.</p>"
            )
        telling = a["stand"].value_counts()
        delen = [
            f"{telling[s]} {STAND_TEKST[s]}"
            for s in ("gedaan", "niet_gedaan", "vervallen", "open", "te_laat")
            if s in telling
        ]
        return Html(
            "<p>In de intervisie spreken de buurten samen iets af; de buurt die het oppakt, zet het op haar "
            f"actielijst. Van de {meervoud(len(a), 'afspraak', 'afspraken')} uit deze periode, aan het eind "
            f"van {e(maand_lang(self.last))}: {e(opsomming(delen))}.</p>"
            + afspraken_tabel(a, self.names, self.buurtnamen, self.schoon)
        )

    def lessen(self) -> Html:
        """The lessons of every intervision session of the period, grouped by theme."""
        s = self.sessies
        if s.empty:
            return Html(f"<p>Voor {e(self.periode)} is geen intervisiebijeenkomst vastgelegd.</p>")
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
            parts.append(f"<h4>{e(self.schoon(sessions[0]['thema']))}</h4><ul>")
            for x in sessions:
                voorzitter = self.buurtnamen.get(x["voorzitter"], x["voorzitter"])
                parts.append(
                    f"<li>{e(datum_tekst(x['datum']))} (voorzitter {e(voorzitter)}): "
                    f"{e(self.schoon(x['lessen'])) or 'geen lessen opgeschreven'}"
                    + (
                        f" <em>Afspraak: {e(self.schoon(x['afspraken']))}</em>"
                        if not leeg(x["afspraken"]) and self.schoon(x["afspraken"])
                        else ""
                    )
                    + "</li>"
                )
            parts.append("</ul>")
        return Html("".join(parts))

    # -- one page per buurt

    def per_buurt(self) -> Html:
        """One page per buurt: its course in figures, what it achieved, needed, asked, ran into and learned."""
        return Html("".join(self.buurt(b) for b in self.buurten))

    def buurt(self, b: str) -> str:
        """The page of buurt ``b`` (HTML), starting on a fresh page in print."""
        naam = self._buurt(b)
        parts = [
            f'<h2 class="nieuwe-pagina">{naam}</h2>',
            f'<p class="buurt-kop">Stadsdeel {e(self.stadsdelen.get(b) or "onbekend")}. {self._status(b)}</p>',
        ]
        if b not in self.deelnemers:
            parts.append(
                f"<p>{naam} deed in {e(self.periode)} niet mee aan de proeftuin: er staan voor deze maanden "
                "geen actieve actoren van de buurt in de gegevens.</p>"
            )
            return "".join(parts)
        parts += [
            '<div class="buurtpagina">',
            self._buurt_cijfers(b),
            self._buurt_bereikt(b),
            self._buurt_nodig(b),
            self._buurt_gevraagd(b),
            self._buurt_parallel(b),
            self._buurt_leren(b),
            "</div>",
        ]
        return "".join(parts)

    def _status(self, b: str) -> str:
        from kit.analysis.snapshot import snapshot

        marks = buurt_months(self.data, b)
        platform_id = snapshot(self.data, b, self.last).designated_platform
        parts = []
        if platform_id is not None:
            parts.append(f"Buurtplatform: {e(self.naam(platform_id))}.")
        if marks.recognised is None and not kept(self.data, b)["erkenning"]:
            parts.append("Geen erkenningsbesluit vastgelegd.")
        elif marks.recognised is None or marks.recognised > self.last:
            parts.append("Nog niet erkend.")
        elif marks.recognised >= self.first and marks.recognised != self.data_start:
            parts.append(f"Erkend in {e(maand_lang(marks.recognised))}, in deze periode.")
        else:
            parts.append(
                f"Erkend sinds {e(maand_lang(marks.recognised))}"
                + (" (het begin van de gegevens)." if marks.recognised == self.data_start else ".")
            )
        if marks.start is not None and self.first < marks.start <= self.last:
            parts.append(f"Doet mee sinds {e(maand_lang(marks.start))}.")
        return " ".join(parts)

    def _buurt_cijfers(self, b: str) -> str:
        from . import charts

        rows_b = self.in_periode[(self.in_periode["buurt"] == b) & self.in_periode["in_proeftuin"].astype(bool)]
        begin, eind = rows_b.iloc[0], rows_b.iloc[-1]
        rows = []
        for key in BUURT_KENGETALLEN:
            k = COLUMN[key]
            values = rows_b[key].tolist()
            alt = f"{self.buurtnamen.get(b, b)}, {k.label}: van {k.text(begin[key])} naar {k.text(eind[key])}"
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

    def _buurt_bereikt(self, b: str) -> str:
        r = self.resultaten[self.resultaten["buurt"] == b]
        if r.empty:
            return "<p><strong>Bereikt:</strong> geen resultaten vastgelegd in deze periode.</p>"
        items = "".join(
            f"<li>{e(wanneer(x))}: {e(self.schoon(x['omschrijving']))}"
            + ("" if leeg(x["omvang"]) else f" ({e(omvang_tekst(x['omvang'], x['eenheid']))})")
            + "</li>"
            for _, x in r.iterrows()
        )
        return f"<p><strong>Bereikt:</strong></p><ul>{items}</ul>"

    def _buurt_nodig(self, b: str) -> str:
        frame = self.middelen[b]
        weg = frame[frame["geeindigd"]]
        erbij = frame[frame["eerste"] > self.first]
        text = (
            f"<p><strong>Steun, geld en ruimte:</strong> aan het begin "
            f"{meervoud(int((frame['eerste'] == self.first).sum()), 'keer', 'keer')}, "
            f"{meervoud(len(erbij), 'keer', 'keer')} erbij, {meervoud(len(weg), 'keer', 'keer')} gestopt"
        )
        if len(weg):
            text += ": " + e(
                opsomming(
                    [
                        f"{MIDDEL_TEKST.get(x['soort'], x['soort'])} van {self.naam(x['van'])} voor "
                        f"{self.naam(x['naar'])}"
                        for _, x in weg.iterrows()
                    ]
                )
            )
        return text + ".</p>"

    def _buurt_gevraagd(self, b: str) -> str:
        from kit.analysis.pilot import institutions

        own = self.data.verzoeken[self.data.verzoeken["buurt"] == b]
        frame = institutions(own, self.last_day, first=self.first_day)
        if frame.empty:
            return "<p><strong>Gevraagd:</strong> geen verzoeken aan instellingen in deze periode.</p>"
        items = []
        for _, r in frame.iterrows():
            deel = f"{meervoud(r['verzoeken'], 'verzoek', 'verzoeken')} aan {self.naam(r['aan'])}, "
            deel += f"{r['beantwoord']} beantwoord" if r["beantwoord"] else "geen antwoord"
            if r["open"]:
                deel += f", {r['open']} nog open"
            items.append(deel)
        return f"<p><strong>Gevraagd:</strong> {e('; '.join(items))}.</p>"

    def _buurt_parallel(self, b: str) -> str:
        found = self.episodes[b]
        if not found:
            return "<p><strong>Parallelle infrastructuren:</strong> geen.</p>"
        items = []
        for ep in found:
            a, c = ep.actoren
            sinds = f"{maand_lang(ep.begin)}{' of eerder' if ep.begin == self.data_start else ''}"
            functies = opsomming([FUNCTIE_TEKST.get(f, f).split(" (")[0] for f in ep.functies])
            items.append(
                f"<li>{e(self.naam(a))} en {e(self.naam(c))} ({e(functies)}), sinds {e(sinds)}, "
                f"{meervoud(ep.maanden, 'maand', 'maanden')}: {e(self._episode_stand(b, ep))}.</li>"
            )
        return f"<p><strong>Parallelle infrastructuren:</strong></p><ul>{''.join(items)}</ul>"

    def _buurt_leren(self, b: str) -> str:
        a = self.afgerond[self.afgerond["buurt"] == b]
        gedaan, niet = int((a["status"] == "gedaan").sum()), a[a["status"] == "niet_gedaan"]
        text = (
            f"<p><strong>Leren:</strong> {meervoud(gedaan, 'actie', 'acties')} gedaan, "
            f"{meervoud(len(niet), 'actie', 'acties')} niet gelukt"
        )
        codes = [c for codes in niet["belemmering"] for c in codes]
        if codes:
            telling = pd.Series(codes).value_counts()
            text += (
                " (in de weg: "
                + e(opsomming([f"{BELEMMERING_TEKST.get(c, c)} {n}×" for c, n in telling.items()]))
                + ")"
            )
        lessen = [self.schoon(r) for r in niet.sort_values("afgerond")["reden"] if not leeg(r)]
        text += (
            ". Wat dat leerde:</p><ul>" + "".join(f"<li>{e(les)}</li>" for les in lessen) + "</ul>"
            if lessen
            else ".</p>"
        )
        own = self.afspraken[self.afspraken["buurt"] == b]
        if len(own):
            text += (
                "<p>"
                + " ".join(
                    f"Afspraak uit de intervisie van {e(datum_tekst(x['datum']))}: "
                    f"“{e(self.schoon(x['omschrijving']))}”, {e(STAND_TEKST.get(x['stand'], x['stand']))}."
                    for _, x in own.iterrows()
                )
                + "</p>"
            )
        return text

    # -- method and colophon

    def werkwijze(self) -> Html:
        """How the synthesis was computed, for readers who want to check it."""
        items = [
            "Alle cijfers komen uit dezelfde maandcijfers als de maandrapporten (“proeftuin metrics”), buurt voor "
            "buurt en maand voor maand; de synthese telt ze op of neemt een gemiddelde.",
            "Een buurt doet mee in een maand vanaf haar start, als er die maand actieve actoren van de buurt zijn.",
            "Resultaten, verzoeken en afgeronde acties tellen als hun datum (resultaat, vraag, afronding) in de "
            f"periode valt; hoe het ermee stond, is bekeken op de laatste dag van de periode "
            f"({datum_tekst(self.last_day)}). Gegevens van na de periode tellen niet mee.",
            "Dagen tot antwoord: de mediaan, de middelste waarde: de helft kreeg sneller antwoord, de helft "
            "langzamer. Een verzoek dat zonder antwoord is gesloten, heeft geen antwoordtijd.",
            f"Vóór en na de erkenning: vóór zijn de {telwoord(BEFORE)} maanden vóór de maand van erkenning, na zijn "
            f"die maand en de {telwoord(AFTER - 1)} maanden erna (voor zover ze in de periode vallen); de maanden vóór "
            "mogen vóór de periode liggen. "
            "Alleen maanden waarin de buurt al gegevens heeft, tellen mee. Erkenning is de eerste maand met een "
            "erkend platform.",
            "Een parallelle infrastructuur loopt van de eerste tot de laatste maand waarin ze in de maandcijfers "
            "staat; opgelost is ze in de eerste maand daarna. Staan beide partijen dan nog in het netwerk, dan "
            "werken ze inmiddels echt samen; anders is een van beide gestopt. “Of eerder”: ze bestond al in de "
            "eerste maand van de gegevens.",
            "Steun, geld en ruimte: relaties van een ander naar een bewonersgroep (nulde lijn) van de buurt. "
            "Gestopt is wat in de laatste maand niet meer telt of op de laatste dag afloopt.",
            "Lessen per thema: bijeenkomsten met hetzelfde thema (hoofdletters en spaties niet meegeteld) staan "
            "bij elkaar.",
        ]
        return Html("<ul>" + "".join(f"<li>{e(i)}</li>" for i in items) + "</ul>")

    def colofon(self) -> Html:
        return Html(colofon(self.data, self.last, self.schoon, periode=self.periode))
