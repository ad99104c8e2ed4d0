"""The monthly report of one buurt, section by section (``notebooks/maandrapport.ipynb``).

Privacy: every actor name goes through :func:`kit.privacy.display_names`;
free text typed by facilitators (actions, reasons, lessons, explanations,
warnings) goes through :meth:`Maandrapport.schoon`, which replaces the names
of persons without consent (and of other buurten' actors) by the label the
report uses for them.
"""

from __future__ import annotations

from functools import cached_property, wraps

import pandas as pd

from kit.analysis.catalogue import COLUMN, COLUMNS
from kit.analysis.measures.activities import FRAGMENT_DAYS
from kit.analysis.measures.infrastructure import PERCEPTION_GAP
from kit.analysis.registers import NIET_BIJGEHOUDEN
from kit.data.lookup import check_buurt
from kit.data.months import as_month, month_text
from kit.data.spans import buurt_months, first_month, not_before_data
from kit.dutch import geheel, leeg, termijn
from kit.privacy import OTHER_BUURT, display_names, redact, redactor
from kit.report import (
    actielijst,
    lijnen,
    middelen,
    parallel,
    resultaten,
    samenvatting,
    verbinders,
    verbindingskaart,
    verzoeken,
    zelfbeoordeling,
)
from kit.report.common import colofon, load_dataset, sessie_html, sessies_in
from kit.report.html import STIJL, Html, e, tabel
from kit.report.kengetallen import (
    ACTIVITEIT_TEKST,
    INTENSITEIT_KORT,
    PATRONEN,
    SAMENVATTING,
    bijgehouden,
    uitleg_van,
)
from kit.report.words import (
    datum_tekst,
    inkorten,
    lange_woorden_inkorten,
    maand_lang,
    meervoud,
    opsomming,
    rang_tekst,
)


def _alleen_als_deelnemer(section):
    """A section with something to show only in a month the buurt takes part in; otherwise one line says why not."""

    @wraps(section)
    def shown(self, *args, **kwargs):
        if not self.doet_mee:
            return Html(f'<p class="nog-niet">Niets te tonen: {e(self.naam)} {e(self._niet_mee)}.</p>')
        return section(self, *args, **kwargs)

    return shown


def _alleen_als_bijgehouden(register: str):
    """A section about one register (:mod:`kit.analysis.registers`): where the buurt does not keep it, one line
    says so instead of counting nothing as 0."""

    def decorate(section):
        @wraps(section)
        def shown(self, *args, **kwargs):
            if not self.bijgehouden[register]:
                return Html(f'<p class="niet-vastgelegd">{e(NIET_BIJGEHOUDEN[register])}</p>')
            return section(self, *args, **kwargs)

        return shown

    return decorate


class Maandrapport:
    """One buurt in one month, section by section.

    Each public method returns one section for the notebook: :class:`Html`
    or a :class:`kit.report.charts.Figuur`.  Computation is light: the
    buurt's own months (for trends) and one month of every other buurt (for
    the comparison), nothing more.  In a month the buurt does not take part
    in (:attr:`doet_mee`, the panel's ``in_proeftuin``) the title says why and
    every other section but the colophon says in one line that there is
    nothing to show, instead of showing empty figures.

    Parameters
    ----------
    dataset : Dataset or path
    buurt : str
        Buurt id.
    maand : str
        ``JJJJ-MM``.
    """

    def __init__(self, dataset, buurt: str, maand: str):
        self.data = load_dataset(dataset)
        self.buurt = check_buurt(self.data, buurt)
        self.month = as_month(maand)
        self.maand = month_text(self.month)
        row = self.data.buurten.loc[self.data.buurten["id"] == buurt].iloc[0]
        self.naam = inkorten(row["naam"])
        self.names = {actor: inkorten(naam) for actor, naam in display_names(self.data, buurt).items()}
        self._redactor = redactor(self.data, buurt)

    # ---- data ---------------------------------------------------------

    def schoon(self, text) -> str:
        """Free text with protected names replaced (see the module docstring) and overlong words cut."""
        return lange_woorden_inkorten(redact(text, self._redactor))

    def naam_van(self, actor) -> str:
        """The privacy-safe name of an actor id."""
        if leeg(actor):
            return "–"
        return self.names.get(actor, "onbekende actor")

    def namen(self, actors, hoogstens: int | None = None) -> str:
        """Actors by their privacy-safe names as a Dutch list, in the order given: ``A, B en 3 andere``.

        Actors of other buurten are counted, not listed one by one ("2
        actoren uit een andere buurt"); with ``hoogstens`` only that many are
        named and the rest counted.
        """
        names = [self.naam_van(a) for a in actors]
        named = [n for n in names if n != OTHER_BUURT]
        elsewhere = len(names) - len(named)
        if hoogstens is not None and len(named) > hoogstens:
            return opsomming([*named[:hoogstens], f"{len(names) - hoogstens} andere"])
        if elsewhere:
            named.append(OTHER_BUURT if elsewhere == 1 else f"{elsewhere} actoren uit een andere buurt")
        return opsomming(named)

    @cached_property
    def start(self) -> pd.Period:
        """The first month of the proeftuin in the buurt (or this month, if later): where changes are counted from."""
        start = first_month(self.data, self.buurt)
        return self.month if start is None or start > self.month else start

    @cached_property
    def trend_start(self) -> pd.Period:
        """The buurt's first month with data (or this month, if later): where its trends start.

        Also before the proeftuin's start and before the platform's
        recognition, so that a reader sees before and after (``docs/figures.md``,
        "Trend").
        """
        first = buurt_months(self.data, self.buurt).first_data
        return self.month if first is None or first > self.month else first

    @cached_property
    def erkend_sinds(self) -> pd.Period | None:
        """The month the platform was first recognised, or ``None`` (never, or not yet by this month)."""
        since = buurt_months(self.data, self.buurt).recognised
        return since if since is not None and since <= self.month else None

    @cached_property
    def bijgehouden(self) -> dict[str, bool]:
        """Which registers the buurt keeps (:func:`kit.analysis.registers.kept`): what the report may count."""
        from kit.analysis.registers import kept

        return kept(self.data, self.buurt)

    @cached_property
    def doet_mee(self) -> bool:
        """Whether the buurt takes part this month: the panel's ``in_proeftuin``, which the overview shows too."""
        return bool(self.nu["in_proeftuin"])

    @cached_property
    def _niet_mee(self) -> str:
        """Why the buurt does not take part this month, to follow its name."""
        start = first_month(self.data, self.buurt)
        if start is not None and start > self.month:
            return (
                f"doet in {maand_lang(self.month)} nog niet mee aan de proeftuin; "
                f"die begint hier in {maand_lang(start)}"
            )
        return (
            f"doet in {maand_lang(self.month)} niet mee aan de proeftuin: voor deze maand staan er geen "
            "actieve actoren van de buurt in de gegevens"
        )

    @cached_property
    def figuren(self) -> dict:
        from kit.analysis.figures import figures

        return figures(self.data, self.buurt, self.month)

    @cached_property
    def trend(self) -> pd.DataFrame:
        """The buurt's panel rows from its first month with data (:attr:`trend_start`) up to this month."""
        from kit.analysis.panel import PANEL_FIGURES, buurt_rows

        months = list(pd.period_range(self.trend_start, self.month, freq="M"))
        frame = pd.DataFrame(
            buurt_rows(self.data, self.buurt, months),
            columns=["buurt", "maand", "in_proeftuin", "met_gegevens", *PANEL_FIGURES],
        )
        return frame.astype({name: "float64" for name in PANEL_FIGURES})

    @cached_property
    def nu(self) -> pd.Series:
        return self.trend.iloc[-1]

    @cached_property
    def vorig(self) -> pd.Series | None:
        """Last month's row, for the change since then; ``None`` when the buurt did not take part last month."""
        if len(self.trend) < 2 or not self.trend.iloc[-2]["in_proeftuin"]:
            return None
        return self.trend.iloc[-2]

    @cached_property
    def maandrijen(self) -> pd.DataFrame:
        """This month's panel row of every pilot buurt (for the comparison; figures only)."""
        from kit.analysis.panel import PANEL_FIGURES, buurt_rows

        rows = []
        for buurt in self.data.buurten["id"]:
            if buurt == self.buurt:
                rows.append(self.trend.iloc[-1].to_dict())
            else:
                rows.extend(buurt_rows(self.data, buurt, [self.month]))
        frame = pd.DataFrame(rows, columns=["buurt", "maand", "in_proeftuin", *PANEL_FIGURES])
        return frame.astype({name: "float64" for name in PANEL_FIGURES})

    @cached_property
    def positie_tabel(self) -> pd.DataFrame:
        from kit.analysis.panel import position

        return position(self.maandrijen, self.buurt, self.maand)

    @cached_property
    def snap(self):
        from kit.analysis.snapshot import snapshot

        return snapshot(self.data, self.buurt, self.month)

    @cached_property
    def samenwerking(self) -> dict[tuple[str, str], int]:
        """The agreed intensity of every collaborating pair (sorted ids) this month, as the figures count it."""
        from kit.analysis.measures.infrastructure import agreed_intensities, collaboration_views

        rel = self.snap.relaties[self.snap.relaties["soort"] == "samenwerking"]
        return agreed_intensities(
            collaboration_views(zip(rel["van"], rel["naar"], rel["gemeld_door"], rel["intensiteit"], strict=True))
        )

    @cached_property
    def graaf(self):
        from kit.analysis.snapshot import network

        return network(self.snap)

    # ---- sections -----------------------------------------------------

    def titel(self) -> Html:
        """Title, the fictitious-data note, and what the report is."""
        parts = [
            STIJL,
            f"<h1>Maandrapport {e(self.naam)}</h1>",
            f'<p class="ondertitel">{e(maand_lang(self.month).capitalize())}</p>',
        ]
        if self.data.fictional:
            parts.append(
                '<p class="fictief-melding"><strong>Fictieve demonstratiegegevens.</strong> '
                "Alle buurten, organisaties en personen in dit rapport zijn verzonnen.</p>"
            )
        parts.append(
            "<p>Hoe staat het netwerk rond het buurtplatform ervoor: wie werkt met wie samen, waar zit dubbel "
            "werk of spanning, wat kwam er van de actielijst terecht? Om samen te bespreken in de "
            "platformvergadering: de cijfers zijn een begin van het gesprek, geen oordeel.</p>"
        )
        if not self.doet_mee:
            parts.append(
                f'<p class="nog-niet"><strong>{e(self.naam)} {e(self._niet_mee)}.</strong> Dit rapport '
                "heeft daarom geen cijfers; in het overzicht van alle buurten staat de buurt deze maand "
                "als “nog niet”.</p>"
            )
        return Html("".join(parts))

    @_alleen_als_deelnemer
    def samenvatting(self) -> Html:
        """The one-page summary: what to discuss, main figures, change since last month, and what they mean
        (:mod:`kit.report.samenvatting`)."""
        return Html(samenvatting.samenvatting(self))

    # -- the map

    @_alleen_als_deelnemer
    def netwerkkaart(self):
        """The network map with stable positions, caption and alternative text."""
        from dataclasses import replace

        from kit.analysis.changes import changes

        from . import layout, network_map

        f = self.figuren
        pos = layout.positions(self.data, self.buurt, self.month)
        grenzen = layout.extent(self.data, self.buurt)
        spanning = self.snap.relaties[self.snap.relaties["soort"] == "spanning"]
        paren = parallel.paren(f["parallelle_infrastructuren"])
        dubbel = [p for p in parallel.paren(f["dubbele_functies"]) if p not in paren]
        nieuw = set()
        if self.month > self.start:
            nieuw = set(changes(self.data, self.buurt, self.month)["actoren_begonnen"]["id"])
        fig = network_map.netwerkkaart(
            self.graaf,
            pos,
            self.names,
            platform=self.snap.platform,
            spanningen=list(zip(spanning["van"], spanning["naar"], strict=True)),
            parallel=paren,
            dubbel=dubbel,
            intensiteit=self.samenwerking,
            nieuw=nieuw,
            grenzen=grenzen,
        )
        actoren = self.snap.actoren
        grijs = ", grijs = lijn onbekend" if actoren["lijn"].isna().any() else ""
        driehoek = ", driehoek = onbekend wie het opzette" if (actoren["herkomst"] == "onbekend").any() else ""
        caption = (
            f"Netwerkkaart van {self.naam}, {maand_lang(self.month)}. Elke stip is een actor; een lijn "
            "betekent dat ze samenwerken of contact hebben. Kleur: bewoners (groen), professionals in de "
            f"buurt (blauw), beleid en instellingen (paars){grijs}. Vorm: rond = opgezet door bewoners, "
            f"vierkant = opgezet door een instelling, ruit = gemengd{driehoek}. Iedere actor houdt maand na "
            "maand dezelfde plek."
        )
        return replace(fig, bijschrift=caption)

    @_alleen_als_deelnemer
    def kaartuitleg(self) -> Html:
        """Reading the map, and who joined or left this month."""
        from kit.analysis.changes import changes

        g = self.graaf
        platform = self.snap.platform
        parts = [
            "<p>Hoe lees je de kaart? Het buurtplatform is de stip met de gele rand. Rode stippellijnen zijn "
            "spanningen. Een dikke oranje stippellijn, en een oranje ring om beide actoren, is een parallelle "
            "infrastructuur: twee partijen die hetzelfde coördinerende werk doen zonder samen te werken, en "
            "één van de twee is van bovenaf opgezet (ook een stadsdeel of de gemeente, die voor alle buurten "
            "werken).</p>"
        ]
        if platform is not None and platform in g:
            buren = sorted(self.naam_van(n) for n in g.neighbors(platform))
            parts.append(
                f"<p>Het platform heeft deze maand rechtstreeks contact met "
                f"{meervoud(len(buren), 'actor', 'actoren')} van de {g.number_of_nodes() - 1} andere"
                f"{': ' + e(', '.join(buren)) if buren else ''}.</p>"
            )
        if self.month > self.start:
            ch = changes(self.data, self.buurt, self.month)
            items = []
            for _, r in ch["actoren_begonnen"].iterrows():
                items.append(f"Nieuw: {e(inkorten(r['naam']))}.")
            for _, r in ch["actoren_gestopt"].iterrows():
                items.append(f"Gestopt: {e(inkorten(r['naam']))}.")
            for kop, rows in (("Nieuwe relatie", ch["relaties_begonnen"]), ("Relatie gestopt", ch["relaties_gestopt"])):
                for _, r in rows.iterrows():
                    items.append(
                        f"{kop} ({e(_soort_relatie(r['soort']))}): {e(inkorten(r['van']))} en {e(inkorten(r['naar']))}."
                    )
            parts.append("<p><strong>Wat veranderde er deze maand?</strong></p>")
            parts.append(
                "<ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>"
                if items
                else "<p>Er kwamen deze maand geen actoren of relaties bij en er verdwenen er geen.</p>"
            )
        return Html("".join(parts))

    # -- collaboration patterns

    @_alleen_als_deelnemer
    def patronen(self):
        """Trend charts of the collaboration figures over all months so far."""
        from dataclasses import replace

        from . import charts

        figuren = [(k, COLUMN[k].label) for k in PATRONEN]
        erkend = month_text(self.erkend_sinds) if self.erkend_sinds is not None else None
        fig = charts.trendlijnen(
            self.trend, figuren, decimalen={k: COLUMN[k].decimals for k in PATRONEN}, erkend=erkend
        )
        months = list(self.trend["maand"])
        begin = (
            f" De proeftuin begon hier in {maand_lang(self.start)}; de maanden ervoor staan er ook in."
            if self.trend_start < self.start
            else ""
        )
        caption = (
            f"Samenwerkingspatronen van {self.naam}, per maand van {maand_lang(self.trend_start)} tot en "
            f"met {maand_lang(self.month)}. De dikke stip is deze maand.{begin}" + self._erkenning_bijschrift(months)
        )
        return replace(fig, bijschrift=caption)

    def _erkenning_bijschrift(self, months: list[str]) -> str:
        """The caption's sentence on the recognition: marked by the dashed line, before the chart, not yet, or
        not recorded at all."""
        if not self.bijgehouden["erkenning"]:
            return " " + NIET_BIJGEHOUDEN["erkenning"]
        if self.erkend_sinds is None:
            return " Het platform is nog niet erkend."
        since = month_text(self.erkend_sinds)
        if months and since > months[0]:
            return (
                f" De stippellijn markeert de erkenning van het platform in {maand_lang(self.erkend_sinds)}: "
                "links ervan de maanden ervoor, rechts de maanden erna."
            )
        return (
            f" Het platform is erkend sinds {maand_lang(self.erkend_sinds)}, de eerste maand van de grafiek of eerder."
        )

    @_alleen_als_deelnemer
    def patronen_uitleg(self) -> Html:
        """A sentence per trend figure that was not explained in the summary."""
        rows = []
        for key in PATRONEN:
            if key in SAMENVATTING:
                continue
            zin = uitleg_van(key, self.nu[key], self.bijgehouden)
            rows.append(f"<li><strong>{e(COLUMN[key].label)}</strong>: {e(zin)}</li>")
        return Html(
            "<p>De grafieken tonen hoe de cijfers zich ontwikkelen. Wat in de samenvatting nog niet "
            "werd uitgelegd:</p><ul>" + "".join(rows) + "</ul>"
        )

    # -- parallel infrastructures, duplicated functions, split activities

    @_alleen_als_deelnemer
    def parallelle_infrastructuren(self) -> Html:
        """Parallel infrastructures and other duplicated functions, each in words (:mod:`kit.report.parallel`)."""
        return Html(parallel.parallelle_infrastructuren(self))

    @_alleen_als_deelnemer
    @_alleen_als_bijgehouden("activiteiten")
    def versnippering(self) -> Html:
        """Split activities that could have been one, in words."""
        groups = self.figuren["versnipperde_activiteiten"]
        acts = self.snap.activiteiten.set_index("id")
        if not groups:
            return Html(
                "<p>Deze maand geen <strong>versnipperde activiteiten</strong>: er waren geen losse "
                "activiteiten van dezelfde soort, kort na elkaar, door steeds andere organisatoren.</p>"
            )
        parts = [
            "<p><strong>Versnipperde activiteiten</strong> zijn activiteiten van dezelfde soort, binnen "
            f"{termijn(FRAGMENT_DAYS)}, door verschillende organisatoren die niet samen organiseerden. Samen hadden "
            "ze één activiteit kunnen zijn, met meer bezoekers en minder werk:</p><ul>"
        ]
        for group in groups:
            items = []
            for act in group:
                r = acts.loc[act]
                org = ", ".join(self.naam_van(o) for o in r["organisatoren"])
                deel = "" if leeg(r["deelnemers"]) else f", {geheel(r['deelnemers'])} deelnemers"
                items.append(
                    f"<em>{e(inkorten(self.schoon(r['naam'])))}</em> ({e(datum_tekst(r['datum']))}, door "
                    f"{e(org)}{e(deel)})"
                )
            soort = ACTIVITEIT_TEKST.get(acts.loc[group[0], "soort"], "activiteit")
            parts.append(
                f"<li>{' en '.join(items) if len(items) == 2 else ', '.join(items)}: allemaal een {e(soort)}.</li>"
            )
        parts.append("</ul>")
        return Html("".join(parts))

    @_alleen_als_deelnemer
    def belevingsverschillen(self) -> Html:
        """Partnerships that the two sides see differently."""
        gaps = self.figuren["belevingsverschillen"]
        if not gaps:
            return Html(
                "<p>Geen <strong>belevingsverschillen</strong> deze maand: waar beide kanten van een "
                "samenwerking hun kijk gaven, lagen die dicht bij elkaar (of is maar één kant gevraagd).</p>"
            )
        parts = [
            "<p>Een <strong>belevingsverschil</strong>: de twee partners beoordelen hun samenwerking heel "
            f"verschillend ({PERCEPTION_GAP} of meer punten verschil op de schaal van 1, elkaar kennen, tot 5, één "
            "team). "
            "De één denkt dat het goed gaat, de ander niet. Dat is de moeite van een gesprek waard.</p><ul>"
        ]
        for gap in gaps:
            a, b = gap["actoren"]
            ia, ib = gap["intensiteit"][a], gap["intensiteit"][b]
            parts.append(
                f"<li><strong>{e(self.naam_van(a))}</strong> noemt de samenwerking met "
                f"<strong>{e(self.naam_van(b))}</strong> {ia} van 5 ({e(INTENSITEIT_KORT[ia])}); "
                f"{e(self.naam_van(b))} noemt het {ib} van 5 ({e(INTENSITEIT_KORT[ib])}).</li>"
            )
        parts.append("</ul>")
        return Html("".join(parts))

    # -- what the buurt achieved, asked and carries

    @_alleen_als_deelnemer
    @_alleen_als_bijgehouden("resultaten")
    def bereikt(self) -> Html:
        """Wat de buurt bereikte: results this month and so far, sizes and sources (:mod:`kit.report.resultaten`)."""
        return Html(resultaten.bereikt(self))

    @_alleen_als_deelnemer
    @_alleen_als_bijgehouden("verzoeken")
    def gevraagd(self) -> Html:
        """Wat de buurt vroeg en wat ermee gebeurde: requests, answers, promises, per institution
        (:mod:`kit.report.verzoeken`)."""
        return Html(verzoeken.gevraagd(self))

    @_alleen_als_deelnemer
    def draagt(self) -> Html:
        """Wat het platform draagt: money, support and places received, and what ends soon
        (:mod:`kit.report.middelen`)."""
        return Html(middelen.draagt(self))

    # -- reading the network

    @_alleen_als_deelnemer
    def verbinders(self) -> Html:
        """Wie verbindt de buurt: connectors besides the platform, and who loses touch without them
        (:mod:`kit.report.verbinders`)."""
        return Html(verbinders.verbinders(self))

    @_alleen_als_deelnemer
    def zone(self) -> Html:
        """Residents with first-line professionals beside residents with policy (:func:`kit.report.lijnen.zone`)."""
        return Html(lijnen.zone(self))

    @_alleen_als_deelnemer
    def vindplaatsen(self) -> Html:
        """Residents' groups where others recruit and bring nothing back (:func:`kit.report.lijnen.vindplaatsen`)."""
        return Html(lijnen.vindplaatsen(self))

    @_alleen_als_deelnemer
    def verbindingskaart(self) -> Html:
        """The connection map: kinds of actor against bundling, resources and recruiting; empty cells as chances
        (:mod:`kit.report.verbindingskaart`)."""
        return Html(verbindingskaart.verbindingskaart(self))

    # -- the action list

    @_alleen_als_deelnemer
    @_alleen_als_bijgehouden("acties")
    def acties(self) -> Html:
        """The action list: done and not done this month (with barriers and reasons), open, overdue;
        intervision agreements marked (:mod:`kit.report.actielijst`)."""
        return Html(actielijst.actielijst(self))

    # -- self-assessment

    @_alleen_als_deelnemer
    @_alleen_als_bijgehouden("maatlat")
    def maatlat_grafiek(self):
        """The own scores over the months, others' scores small beneath, the recognition marked."""
        from dataclasses import replace

        from . import charts

        scores = self.data.maatlat[self.data.maatlat["buurt"] == self.buurt]
        scored = scores["maand"].dropna()
        first = not_before_data(self.data, min(self.start, scored.min())) if len(scored) else self.start
        months = [month_text(m) for m in pd.period_range(first, self.month, freq="M")]
        erkend = month_text(self.erkend_sinds) if self.erkend_sinds is not None else None
        fig = charts.maatlat(scores, months, erkend=erkend)
        caption = (
            f"Zelfbeoordeling van {self.naam} op de tien erkenningscriteria, per maand (1 = nauwelijks, "
            "5 = volledig; hoe donkerder, hoe hoger). Waar een andere buurt meekeek (peer), staat die score "
            "er klein onder met een p; een score van de stadsdeelcommissie met een s."
            + self._erkenning_bijschrift(months)
        )
        return replace(fig, bijschrift=caption)

    @_alleen_als_deelnemer
    @_alleen_als_bijgehouden("maatlat")
    def maatlat(self) -> Html:
        """This month's own scores beside others' scores and the difference (:mod:`kit.report.zelfbeoordeling`)."""
        return Html(zelfbeoordeling.maatlat(self))

    # -- position among the pilot buurten

    @_alleen_als_deelnemer
    def positie_grafiek(self):
        from dataclasses import replace

        from . import charts

        keys = [k for k in SAMENVATTING if k != "maatlat_gemiddelde"] + ["maatlat_gemiddelde"]
        rows = self.maandrijen[self.maandrijen["in_proeftuin"].astype(bool)]
        fig = charts.positie(
            rows,
            self.buurt,
            [(k, COLUMN[k].label) for k in keys],
            decimalen={k: COLUMN[k].decimals for k in keys},
        )
        caption = (
            f"{self.naam} (donkere stip) tussen de {len(rows)} proeftuinbuurten (grijze stippen) in "
            f"{maand_lang(self.month)}; per kengetal van laagste (links) naar hoogste (rechts) waarde."
        )
        return replace(fig, bijschrift=caption)

    @_alleen_als_deelnemer
    def positie(self) -> Html:
        """Rank and spread among all pilot buurten on every figure — figures only, no names."""
        table = self.positie_tabel
        n = int(self.maandrijen["in_proeftuin"].astype(bool).sum())
        rows = []
        for _, r in table.iterrows():
            k = COLUMN[r["figuur"]]
            if k.label is None or not k.compared:
                continue
            if k.figure is not None and k.figure.key == "maatlat" and leeg(r["waarde"]):  # a criterion not scored
                continue
            rows.append(
                [
                    e(k.label),
                    k.text(r["waarde"]) if bijgehouden(k.name, self.bijgehouden) else "niet vastgelegd",
                    e(rang_tekst(r["rang"], r["aantal"])),
                    k.text(r["minimum"]),
                    k.text(r["mediaan"]),
                    k.text(r["maximum"]),
                ]
            )
        return Html(
            f"<p>Waar staat {e(self.naam)} tussen de {n} proeftuinbuurten die deze maand meedoen? De rang telt "
            "van de hoogste waarde af (1e = hoogste); of hoog goed is, hangt van het kengetal af (veel spanningen "
            "is niet goed, een hoge dichtheid wel). De middelste waarde (mediaan) is die van de buurt precies in "
            "het midden. Andere buurten worden hier niet genoemd.</p>"
            + tabel(
                ["Kengetal", "Deze buurt", "Rang", "Laagste", "Middelste", "Hoogste"],
                rows,
                getallen={1, 2, 3, 4, 5},
                klasse="positie",
            )
            + self._begrippen()
        )

    def _begrippen(self) -> str:
        """The figures of the table not explained earlier in the report (in the summary, beside the trend charts,
        or in a section of their own), each with its sentence."""
        uitgelegd = set(SAMENVATTING) | set(PATRONEN)
        items = [
            f"<li><strong>{e(k.label)}</strong>: {e(uitleg_van(k.name, self.nu[k.name], self.bijgehouden))}</li>"
            for k in COLUMNS
            if k.label is not None and k.name not in uitgelegd and not (k.figure and k.figure.own_section)
        ]
        return (
            '<p>De kengetallen die nog niet eerder in dit rapport aan bod kwamen:</p><ul class="begrippen">'
            + "".join(items)
            + "</ul>"
        )

    # -- intervision

    @_alleen_als_deelnemer
    def intervisie(self) -> Html:
        """Lessons and agreements of this month's intervision session(s)."""
        sessies = sessies_in(self.data, self.month)
        if sessies.empty:
            return Html(f"<p>Voor {e(maand_lang(self.month))} is geen intervisiebijeenkomst vastgelegd.</p>")
        namen = {b: inkorten(naam) for b, naam in zip(self.data.buurten["id"], self.data.buurten["naam"], strict=True)}
        return Html(
            "".join(
                sessie_html(
                    s,
                    namen,
                    self.schoon,
                    f"{len(tuple(s['aanwezig']))} buurten aanwezig; {self.naam} was "
                    f"{'erbij' if self.buurt in tuple(s['aanwezig']) else 'er niet bij'}.",
                )
                for _, s in sessies.iterrows()
            )
        )

    # -- colophon

    def colofon(self) -> Html:
        """Files, software, date, and the validation warnings that concern this buurt (others counted)."""
        return Html(colofon(self.data, self.month, self.schoon, buurt=self.buurt))


def _soort_relatie(soort: str) -> str:
    return {
        "samenwerking": "samenwerking",
        "spanning": "spanning",
        "informatie": "informatie",
        "ondersteuning": "ondersteuning",
        "financiering": "financiering",
        "ruimte": "ruimte",
        "werving": "werving",
    }.get(soort, soort)
