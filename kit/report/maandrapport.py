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

from kit.data.contract import CRITERIA
from kit.dutch import MIN, geheel, getal, leeg
from kit.data.months import as_month, first_month, month_text
from kit.privacy import display_names, redact, redactor
from kit.report.common import colofon, load_dataset, sessie_html, sessies_in
from kit.report.html import STIJL, Html, e, tabel
from kit.report.kengetallen import (
    ACTIVITEIT_TEKST,
    CRITERIUM_TITEL,
    FUNCTIE_TEKST,
    INTENSITEIT_KORT,
    KENGETALLEN,
    PATRONEN,
    SAMENVATTING,
    uitleg,
    verschil,
)
from kit.report.words import (
    datum_tekst,
    hoofdletter,
    inkorten,
    lange_woorden_inkorten,
    maand_lang,
    meervoud,
    rang_tekst,
)


def _pairs(entries) -> list[tuple[str, str]]:
    return [tuple(entry["actoren"]) for entry in entries]


def _alleen_als_deelnemer(section):
    """A section with something to show only in a month the buurt takes part in; otherwise one line says why not."""
    @wraps(section)
    def shown(self, *args, **kwargs):
        if not self.doet_mee:
            return Html(f'<p class="nog-niet">Niets te tonen: {e(self.naam)} {e(self._niet_mee)}.</p>')
        return section(self, *args, **kwargs)

    return shown


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
        ids = set(self.data.buurten["id"])
        if buurt not in ids:
            raise ValueError(f"onbekende buurt: {buurt!r} (kies uit: {', '.join(sorted(ids))})")
        self.buurt = buurt
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

    @cached_property
    def start(self) -> pd.Period:
        start = first_month(self.data, self.buurt)
        return self.month if start is None or start > self.month else start

    @cached_property
    def doet_mee(self) -> bool:
        """Whether the buurt takes part this month: the panel's ``in_proeftuin``, which the overview shows too."""
        return bool(self.nu["in_proeftuin"])

    @cached_property
    def _niet_mee(self) -> str:
        """Why the buurt does not take part this month, to follow its name."""
        start = first_month(self.data, self.buurt)
        if start is not None and start > self.month:
            return f"doet in {maand_lang(self.month)} nog niet mee aan de proeftuin; die begint hier in {maand_lang(start)}"
        return (f"doet in {maand_lang(self.month)} niet mee aan de proeftuin: voor deze maand staan er geen "
                "actieve actoren van de buurt in de gegevens")

    @cached_property
    def figuren(self) -> dict:
        from kit.analysis.figures import figures

        return figures(self.data, self.buurt, self.month)

    @cached_property
    def trend(self) -> pd.DataFrame:
        """The buurt's panel rows from its first month up to this month."""
        from kit.analysis.panel import PANEL_FIGURES, buurt_rows

        months = list(pd.period_range(self.start, self.month, freq="M"))
        frame = pd.DataFrame(buurt_rows(self.data, self.buurt, months),
                             columns=["buurt", "maand", "in_proeftuin", *PANEL_FIGURES])
        return frame.astype({name: "float64" for name in PANEL_FIGURES})

    @cached_property
    def nu(self) -> pd.Series:
        return self.trend.iloc[-1]

    @cached_property
    def vorig(self) -> pd.Series | None:
        return self.trend.iloc[-2] if len(self.trend) >= 2 else None

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
        return agreed_intensities(collaboration_views(zip(rel["van"], rel["naar"], rel["gemeld_door"], rel["intensiteit"])))

    @cached_property
    def graaf(self):
        from kit.analysis.snapshot import network

        return network(self.snap)

    # ---- sections -----------------------------------------------------

    def titel(self) -> Html:
        """Title, the fictitious-data note, and what the report is."""
        parts = [STIJL, f"<h1>Maandrapport {e(self.naam)}</h1>",
                 f'<p class="ondertitel">{e(maand_lang(self.month).capitalize())}</p>']
        if self.data.fictional:
            parts.append('<p class="fictief-melding"><strong>Fictieve demonstratiegegevens.</strong> '
                         "Alle buurten, organisaties en personen in dit rapport zijn verzonnen.</p>")
        parts.append(
            "<p>Hoe staat het netwerk rond het buurtplatform ervoor: wie werkt met wie samen, waar zit dubbel "
            "werk of spanning, wat kwam er van de actielijst terecht? Om samen te bespreken in de "
            "platformvergadering: de cijfers zijn een begin van het gesprek, geen oordeel.</p>")
        if not self.doet_mee:
            parts.append(f'<p class="nog-niet"><strong>{e(self.naam)} {e(self._niet_mee)}.</strong> Dit rapport '
                         "heeft daarom geen cijfers; in het overzicht van alle buurten staat de buurt deze maand "
                         "als “nog niet”.</p>")
        return Html("".join(parts))

    @_alleen_als_deelnemer
    def samenvatting(self) -> Html:
        """The one-page summary: main figures, change since last month, and what they mean."""
        rijen = []
        for key in SAMENVATTING:
            k = KENGETALLEN[key]
            nu = self.nu[key]
            vorig = None if self.vorig is None else self.vorig[key]
            delta, zin = verschil(key, nu, vorig)
            if self.vorig is None:
                zin = ""
            rijen.append([e(k.titel), k.waarde(nu), e(delta), e(hoofdletter(uitleg(key, nu))) + (
                f" <em>{e(zin)}</em>" if zin else "")])
        intro = (f"<p>De belangrijkste cijfers van {e(maand_lang(self.month))}, met het verschil met "
                 f"{e(maand_lang(self.month - 1))}.</p>" if self.vorig is not None else
                 f"<p>De belangrijkste cijfers van {e(maand_lang(self.month))}. Dit is de eerste maand van de "
                 "proeftuin voor deze buurt; volgende maand staat hier ook het verschil met deze maand.</p>")
        kern = self._kernpunten()
        return Html(kern + intro + tabel(["Kengetal", "Nu", "Verschil", "Wat betekent dit?"], rijen,
                                         getallen={1, 2}, klasse="samenvatting"))

    def _kernpunten(self) -> str:
        f = self.figuren
        punten = []
        if self.snap.platform is None:
            punten.append("Het buurtplatform staat deze maand niet (meer) in de gegevens; de cijfers over het "
                          "platform ontbreken daarom.")
        if f["parallelle_infrastructuren"]:
            punten.append(f"Er {'is' if len(f['parallelle_infrastructuren']) == 1 else 'zijn'} "
                          f"{meervoud(len(f['parallelle_infrastructuren']), 'parallelle infrastructuur', 'parallelle infrastructuren')}"
                          " (zie verderop): een goed gespreksonderwerp met de betrokken instelling.")
        if f["belevingsverschillen"]:
            punten.append(f"{hoofdletter(meervoud(len(f['belevingsverschillen']), 'samenwerking wordt', 'samenwerkingen worden'))} "
                          "door de twee kanten heel verschillend beleefd.")
        if f["acties"]["te_laat"]:
            punten.append(f"{hoofdletter(meervoud(f['acties']['te_laat'], 'actie is', 'acties zijn'))} over de deadline.")
        if f["spanningen"]:
            punten.append(f"Er {'is' if f['spanningen'] == 1 else 'zijn'} {meervoud(f['spanningen'], 'spanning', 'spanningen')} "
                          "in het netwerk (rode stippellijn op de kaart).")
        if not punten:
            return ""
        return ("<p><strong>Om te bespreken:</strong></p><ul class=\"kernpunten\">"
                + "".join(f"<li>{e(p)}</li>" for p in punten) + "</ul>")

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
        parallel = _pairs(f["parallelle_infrastructuren"])
        dubbel = [p for p in _pairs(f["dubbele_functies"]) if p not in parallel]
        nieuw = set()
        if self.month > self.start:
            nieuw = set(changes(self.data, self.buurt, self.month)["actoren_begonnen"]["id"])
        fig = network_map.netwerkkaart(
            self.graaf, pos, self.names, platform=self.snap.platform,
            spanningen=list(zip(spanning["van"], spanning["naar"])), parallel=parallel, dubbel=dubbel,
            intensiteit=self.samenwerking, nieuw=nieuw, grenzen=grenzen,
        )
        caption = (f"Netwerkkaart van {self.naam}, {maand_lang(self.month)}. Elke stip is een actor; een lijn "
                   "betekent dat ze samenwerken of contact hebben. Kleur: bewoners (groen), professionals in de "
                   "buurt (blauw), beleid en instellingen (paars). Vorm: rond = opgezet door bewoners, vierkant = "
                   "opgezet door een instelling, ruit = gemengd. Iedere actor houdt maand na maand dezelfde plek.")
        return replace(fig, bijschrift=caption)

    @_alleen_als_deelnemer
    def kaartuitleg(self) -> Html:
        """Reading the map, and who joined or left this month."""
        from kit.analysis.changes import changes

        g = self.graaf
        platform = self.snap.platform
        parts = ["<p>Hoe lees je de kaart? Het buurtplatform is de stip met de gele rand. Rode stippellijnen zijn "
                 "spanningen. Een dikke oranje stippellijn, en een oranje ring om beide actoren, is een parallelle "
                 "infrastructuur: twee partijen die hetzelfde coördinerende werk doen zonder samen te werken, en "
                 "één van de twee is van bovenaf opgezet.</p>"]
        if platform is not None and platform in g:
            buren = sorted(self.naam_van(n) for n in g.neighbors(platform))
            parts.append(f"<p>Het platform heeft deze maand rechtstreeks contact met "
                         f"{meervoud(len(buren), 'actor', 'actoren')} van de {g.number_of_nodes() - 1} andere"
                         f"{': ' + e(', '.join(buren)) if buren else ''}.</p>")
        if self.month > self.start:
            ch = changes(self.data, self.buurt, self.month)
            items = []
            for _, r in ch["actoren_begonnen"].iterrows():
                items.append(f"Nieuw: {e(inkorten(r['naam']))}.")
            for _, r in ch["actoren_gestopt"].iterrows():
                items.append(f"Gestopt: {e(inkorten(r['naam']))}.")
            for kop, rows in (("Nieuwe relatie", ch["relaties_begonnen"]), ("Relatie gestopt", ch["relaties_gestopt"])):
                for _, r in rows.iterrows():
                    items.append(f"{kop} ({e(_soort_relatie(r['soort']))}): {e(inkorten(r['van']))} en "
                                 f"{e(inkorten(r['naar']))}.")
            parts.append("<p><strong>Wat veranderde er deze maand?</strong></p>")
            parts.append("<ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>" if items else
                         "<p>Er kwamen deze maand geen actoren of relaties bij en er verdwenen er geen.</p>")
        return Html("".join(parts))

    # -- collaboration patterns

    @_alleen_als_deelnemer
    def patronen(self):
        """Trend charts of the collaboration figures over all months so far."""
        from dataclasses import replace

        from . import charts

        figuren = [(k, KENGETALLEN[k].titel) for k in PATRONEN]
        fig = charts.trendlijnen(self.trend, figuren, decimalen={k: KENGETALLEN[k].decimalen for k in PATRONEN})
        caption = (f"Samenwerkingspatronen van {self.naam}, per maand van {maand_lang(self.start)} tot en met "
                   f"{maand_lang(self.month)}. De dikke stip is deze maand.")
        return replace(fig, bijschrift=caption)

    @_alleen_als_deelnemer
    def patronen_uitleg(self) -> Html:
        """A sentence per trend figure that was not explained in the summary."""
        rows = []
        for key in PATRONEN:
            if key in SAMENVATTING:
                continue
            rows.append(f"<li><strong>{e(KENGETALLEN[key].titel)}</strong>: {e(uitleg(key, self.nu[key]))}</li>")
        return Html("<p>De grafieken tonen hoe de cijfers zich ontwikkelen. Wat in de samenvatting nog niet "
                    "werd uitgelegd:</p><ul>" + "".join(rows) + "</ul>")

    # -- parallel infrastructures, duplicated functions, split activities

    @_alleen_als_deelnemer
    def parallelle_infrastructuren(self) -> Html:
        """Parallel infrastructures and other duplicated functions, each in words."""
        f = self.figuren
        herkomst = self.snap.actoren["herkomst"].to_dict()
        parallel = _pairs(f["parallelle_infrastructuren"])
        parts = []
        if f["parallelle_infrastructuren"]:
            parts.append("<p>Een <strong>parallelle infrastructuur</strong> ontstaat als een instelling van bovenaf "
                         "iets opzet naast wat bewoners al hadden (een tweede nieuwsbrief, een tweede overleg, een "
                         "tweede platform), zonder echt samen te werken. Dat verdeelt de energie in de buurt. "
                         "Deze maand:</p><ul>")
            for entry in f["parallelle_infrastructuren"]:
                parts.append(f"<li>{self._dubbel_zin(entry, herkomst)}</li>")
            parts.append("</ul>")
        else:
            parts.append("<p>Deze maand is er geen <strong>parallelle infrastructuur</strong>: geen instelling doet "
                         "van bovenaf hetzelfde coördinerende werk als een partij uit de buurt zonder samen te "
                         "werken.</p>")
        overig = [d for d in f["dubbele_functies"] if tuple(d["actoren"]) not in parallel]
        if overig:
            parts.append("<p>Daarnaast doen deze partijen hetzelfde coördinerende werk zonder echt samen te "
                         "werken (<strong>dubbele functies</strong>, allebei niet van bovenaf opgezet):</p><ul>")
            for entry in overig:
                parts.append(f"<li>{self._dubbel_zin(entry, herkomst)}</li>")
            parts.append("</ul>")
        parts.append("<p>“Echt samenwerken” betekent hier: minstens samen plannen (3 op de schaal van 1 tot 5), en "
                     "als beide partijen hun kant hebben verteld, moeten ze dat allebei zo zien.</p>")
        return Html("".join(parts))

    def _dubbel_zin(self, entry, herkomst) -> str:
        a, b = entry["actoren"]
        functies = ", ".join(FUNCTIE_TEKST.get(x, x) for x in entry["functies"])

        def wie(actor):
            h = herkomst.get(actor)
            bron = {"bovenaf": "opgezet door een instelling", "onderop": "opgezet door bewoners",
                    "gemengd": "gemengd opgezet"}.get(h, "")
            return f"<strong>{e(self.naam_van(actor))}</strong>" + (f" ({bron})" if bron else "")

        level = self.samenwerking.get((a, b), 0)
        stand = ("ze hebben geen samenwerkingsrelatie" if not level else
                 f"hun samenwerking staat op {level} van 5 ({INTENSITEIT_KORT[level]})")
        return (f"{wie(a)} en {wie(b)} doen allebei {e(functies)}; {e(stand)}. "
                "Kan dit samen, of kan één van beide het overlaten aan de ander?")

    @_alleen_als_deelnemer
    def versnippering(self) -> Html:
        """Split activities that could have been one, in words."""
        groups = self.figuren["versnipperde_activiteiten"]
        acts = self.snap.activiteiten.set_index("id")
        if not groups:
            return Html("<p>Deze maand geen <strong>versnipperde activiteiten</strong>: er waren geen losse "
                        "activiteiten van dezelfde soort, kort na elkaar, door steeds andere organisatoren.</p>")
        parts = ["<p><strong>Versnipperde activiteiten</strong> zijn activiteiten van dezelfde soort, binnen twee "
                 "weken, door verschillende organisatoren die niet samen organiseerden. Samen hadden ze één "
                 "activiteit kunnen zijn, met meer bezoekers en minder werk:</p><ul>"]
        for group in groups:
            items = []
            for act in group:
                r = acts.loc[act]
                org = ", ".join(self.naam_van(o) for o in r["organisatoren"])
                deel = "" if leeg(r["deelnemers"]) else f", {geheel(r['deelnemers'])} deelnemers"
                items.append(f"<em>{e(inkorten(self.schoon(r['naam'])))}</em> ({e(datum_tekst(r['datum']))}, door "
                             f"{e(org)}{e(deel)})")
            soort = ACTIVITEIT_TEKST.get(acts.loc[group[0], "soort"], "activiteit")
            parts.append(f"<li>{' en '.join(items) if len(items) == 2 else ', '.join(items)}: allemaal een "
                         f"{e(soort)}.</li>")
        parts.append("</ul>")
        return Html("".join(parts))

    @_alleen_als_deelnemer
    def belevingsverschillen(self) -> Html:
        """Partnerships that the two sides see differently."""
        gaps = self.figuren["belevingsverschillen"]
        if not gaps:
            return Html("<p>Geen <strong>belevingsverschillen</strong> deze maand: waar beide kanten van een "
                        "samenwerking hun kijk gaven, lagen die dicht bij elkaar (of is maar één kant gevraagd).</p>")
        parts = ["<p>Een <strong>belevingsverschil</strong>: de twee partners beoordelen hun samenwerking heel "
                 "verschillend (2 of meer punten verschil op de schaal van 1, elkaar kennen, tot 5, één team). "
                 "De één denkt dat het goed gaat, de ander niet. Dat is de moeite van een gesprek waard.</p><ul>"]
        for gap in gaps:
            a, b = gap["actoren"]
            ia, ib = gap["intensiteit"][a], gap["intensiteit"][b]
            parts.append(
                f"<li><strong>{e(self.naam_van(a))}</strong> noemt de samenwerking met "
                f"<strong>{e(self.naam_van(b))}</strong> {ia} van 5 ({e(INTENSITEIT_KORT[ia])}); "
                f"{e(self.naam_van(b))} noemt het {ib} van 5 ({e(INTENSITEIT_KORT[ib])}).</li>")
        parts.append("</ul>")
        return Html("".join(parts))

    # -- the action list

    @_alleen_als_deelnemer
    def acties(self) -> Html:
        """The action list: done and not done this month (with reasons), open, overdue."""
        acties = self.data.acties[self.data.acties["buurt"] == self.buurt]
        first, last = self.month.start_time, self.month.end_time.normalize()
        in_month = acties["afgerond"].between(first, last)
        gedaan = acties[(acties["status"] == "gedaan") & in_month]
        niet = acties[(acties["status"] == "niet_gedaan") & in_month]
        vervallen = acties[(acties["status"] == "vervallen") & in_month]
        open_ = acties[(acties["gepland"] <= last) & (acties["afgerond"].isna() | (acties["afgerond"] > last))]
        c = self.figuren["acties"]
        parts = [f"<p>Deze maand kwamen er {meervoud(c['gepland'], 'actie', 'acties')} bij op de actielijst. "
                 f"{hoofdletter(meervoud(c['gedaan'], 'actie is', 'acties zijn'))} gedaan, "
                 f"{meervoud(c['niet_gedaan'], 'actie is', 'acties zijn')} niet gelukt, en aan het eind van de maand "
                 f"{'staat' if c['open'] == 1 else 'staan'} er {meervoud(c['open'], 'actie', 'acties')} open"
                 + (f", waarvan {c['te_laat']} over de deadline" if c["te_laat"] else "") + ".</p>"]

        def rij(r, extra):
            return [e(self.schoon(r["omschrijving"])), e(self.naam_van(r["eigenaar"])), *extra]

        if len(gedaan):
            parts.append("<h3>Gedaan</h3>" + tabel(
                ["Actie", "Wie", "Afgerond"],
                [rij(r, [e(datum_tekst(r["afgerond"]))]) for _, r in gedaan.sort_values("afgerond").iterrows()]))
        if len(niet):
            parts.append("<h3>Niet gelukt, en waarom</h3>" + tabel(
                ["Actie", "Wie", "Waarom niet (de les)"],
                [rij(r, [e(self.schoon(r["reden"]))]) for _, r in niet.sort_values("afgerond").iterrows()]))
        if len(vervallen):
            parts.append("<h3>Vervallen</h3>" + tabel(
                ["Actie", "Wie", "Toelichting"],
                [rij(r, [e(self.schoon(r["reden"])) or "–"]) for _, r in vervallen.iterrows()]))
        if len(open_):
            rows = []
            for _, r in open_.sort_values(["deadline", "gepland"]).iterrows():
                late = not leeg(r["deadline"]) and r["deadline"] < last
                rows.append(rij(r, [e(datum_tekst(r["gepland"])), e(datum_tekst(r["deadline"])),
                                    "<strong>te laat</strong>" if late else "op schema"]))
            parts.append("<h3>Open</h3>" + tabel(["Actie", "Wie", "Op de lijst sinds", "Deadline", "Stand"], rows))
        elif not (len(gedaan) or len(niet)):
            parts.append("<p>De actielijst is leeg.</p>")
        return Html("".join(parts))

    # -- self-assessment

    @_alleen_als_deelnemer
    def maatlat_grafiek(self):
        from dataclasses import replace

        from . import charts

        scores = self.data.maatlat[self.data.maatlat["buurt"] == self.buurt]
        months = [month_text(m) for m in pd.period_range(self.start, self.month, freq="M")]
        fig = charts.maatlat(scores, months)
        caption = (f"Zelfbeoordeling van {self.naam} op de tien erkenningscriteria, per maand (1 = nauwelijks, "
                   "5 = volledig; hoe donkerder, hoe hoger). Waar een andere buurt meekeek (peer), staat die score "
                   "er klein onder met een p; een score van de stadsdeelcommissie met een s.")
        return replace(fig, bijschrift=caption)

    @_alleen_als_deelnemer
    def maatlat(self) -> Html:
        """This month's scores per criterion, the change, a peer score and the evidence."""
        scores = self.data.maatlat[(self.data.maatlat["buurt"] == self.buurt)]
        now = scores[scores["maand"] == self.month]
        before = scores[(scores["maand"] == self.month - 1) & (scores["beoordeeld_door"] == "zelf")]
        if now.empty:
            return Html("<p>Deze maand is de maatlat niet ingevuld.</p>")
        rows = []
        for code, vraag in CRITERIA.items():
            zelf = now[(now["criterium"] == code) & (now["beoordeeld_door"] == "zelf")]
            peer = now[(now["criterium"] == code) & (now["beoordeeld_door"] != "zelf")]
            vorig = before[before["criterium"] == code]
            z = int(zelf["score"].iloc[0]) if len(zelf) else None
            v = int(vorig["score"].iloc[0]) if len(vorig) else None
            delta = "–" if z is None or v is None else ("gelijk" if z == v else f"{'+' if z > v else MIN}{abs(z - v)}")
            anderen = "; ".join(f"{int(s)} ({'peer' if w == 'peer' else 'stadsdeelcommissie'})"
                                for s, w in zip(peer["score"], peer["beoordeeld_door"]))
            toel = " ".join(self.schoon(t) for t in pd.concat([zelf["toelichting"], peer["toelichting"]])
                            if not leeg(t))
            rows.append([f"<strong>{e(CRITERIUM_TITEL[code])}</strong><br><small>{e(vraag)}</small>",
                         geheel(z), e(delta), e(anderen) or "–", e(toel) or "–"])
        gem = self.figuren["maatlat_gemiddelde"]
        return Html(f"<p>De eigen scores van deze maand, op een schaal van 1 tot 5; gemiddeld {getal(gem, 1)}.</p>"
                    + tabel(["Criterium", "Zelf", "Verschil", "Anderen", "Toelichting"], rows, getallen={1, 2},
                            klasse="maatlat"))

    # -- position among the pilot buurten

    @_alleen_als_deelnemer
    def positie_grafiek(self):
        from dataclasses import replace

        from . import charts

        keys = [k for k in SAMENVATTING if k != "maatlat_gemiddelde"] + ["maatlat_gemiddelde"]
        rows = self.maandrijen[self.maandrijen["in_proeftuin"].astype(bool)]
        fig = charts.positie(rows, self.buurt, [(k, KENGETALLEN[k].titel) for k in keys],
                             decimalen={k: KENGETALLEN[k].decimalen for k in keys})
        caption = (f"{self.naam} (donkere stip) tussen de {len(rows)} proeftuinbuurten (grijze stippen) in "
                   f"{maand_lang(self.month)}; per kengetal van laagste (links) naar hoogste (rechts) waarde.")
        return replace(fig, bijschrift=caption)

    @_alleen_als_deelnemer
    def positie(self) -> Html:
        """Rank and spread among all pilot buurten on every figure — figures only, no names."""
        table = self.positie_tabel
        n = int(self.maandrijen["in_proeftuin"].astype(bool).sum())
        rows = []
        for _, r in table.iterrows():
            key = r["figuur"]
            if key not in KENGETALLEN:  # a figure the report has no words for (yet)
                continue
            if key.startswith("maatlat_") and key != "maatlat_gemiddelde" and leeg(r["waarde"]):
                continue
            k = KENGETALLEN[key]
            rows.append([e(k.titel), k.waarde(r["waarde"]), e(rang_tekst(r["rang"], r["aantal"])),
                         k.waarde(r["minimum"]), k.waarde(r["mediaan"]), k.waarde(r["maximum"])])
        return Html(
            f"<p>Waar staat {e(self.naam)} tussen de {n} proeftuinbuurten die deze maand meedoen? De rang telt "
            "van de hoogste waarde af (1e = hoogste); of hoog goed is, hangt van het kengetal af (veel spanningen "
            "is niet goed, een hoge dichtheid wel). De middelste waarde (mediaan) is die van de buurt precies in "
            "het midden. Andere buurten worden hier niet genoemd.</p>"
            + tabel(["Kengetal", "Deze buurt", "Rang", "Laagste", "Middelste", "Hoogste"], rows,
                    getallen={1, 2, 3, 4, 5}, klasse="positie")
            + self._begrippen())

    def _begrippen(self) -> str:
        """The figures of the table not explained earlier in the report, each with its sentence."""
        uitgelegd = set(SAMENVATTING) | set(PATRONEN)
        items = [f"<li><strong>{e(KENGETALLEN[k].titel)}</strong>: {e(uitleg(k, self.nu[k]))}</li>"
                 for k in KENGETALLEN if k not in uitgelegd and not (k.startswith("maatlat_"))]
        return "<p>De kengetallen die nog niet eerder in dit rapport aan bod kwamen:</p><ul class=\"begrippen\">" + \
            "".join(items) + "</ul>"

    # -- intervision

    @_alleen_als_deelnemer
    def intervisie(self) -> Html:
        """Lessons and agreements of this month's intervision session(s)."""
        sessies = sessies_in(self.data, self.month)
        if sessies.empty:
            return Html(f"<p>In {e(maand_lang(self.month))} was er geen intervisiebijeenkomst.</p>")
        namen = {b: inkorten(naam) for b, naam in zip(self.data.buurten["id"], self.data.buurten["naam"])}
        return Html("".join(
            sessie_html(s, namen, self.schoon,
                        f"{len(tuple(s['aanwezig']))} buurten aanwezig; {self.naam} was "
                        f"{'erbij' if self.buurt in tuple(s['aanwezig']) else 'er niet bij'}.")
            for _, s in sessies.iterrows()
        ))

    # -- colophon

    def colofon(self) -> Html:
        return Html(colofon(self.data, self.month, self.schoon))


def _soort_relatie(soort: str) -> str:
    return {"samenwerking": "samenwerking", "spanning": "spanning", "informatie": "informatie",
            "ondersteuning": "ondersteuning", "financiering": "financiering", "ruimte": "ruimte",
            "werving": "werving"}.get(soort, soort)
