"""The Dutch text of the reports: numbers, sentences, tables, and the report sections.

Readers are platform members who know nothing of networks or code, so every
figure comes with a sentence that says what it means, numbers are written
the Dutch way (``0,25``), and no person is named without consent.

- Formatting: :func:`getal`, :func:`procent`, :func:`deel_tekst`,
  :func:`datum_tekst`, :func:`maand_lang`, :func:`rang_tekst`.
- :data:`KENGETALLEN`: every scalar figure with its Dutch title and a
  sentence that explains its value (:func:`uitleg`).
- :class:`Maandrapport`: one buurt in one month; each method returns one
  section of ``notebooks/maandrapport.ipynb`` as :class:`Html` (or a chart).
- :class:`Overzicht`: the pilot in one month, for ``notebooks/overzicht.ipynb``.

Privacy: every actor name goes through :func:`kit.privacy.display_names`;
free text typed by facilitators (actions, reasons, lessons, explanations,
warnings) goes through :meth:`Maandrapport.schoon`, which replaces the names
of persons without consent (and, in a buurt report, of other buurten' actors)
by the label the report uses for them.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from datetime import date
from functools import cached_property

import pandas as pd

from kit import __version__
from kit.contract import CRITERIA
from kit.dutch import MIN, geheel, getal, leeg, procent
from kit.months import as_month, first_month, month_text
from kit.report.labels import MAANDEN, maand_label

# --------------------------------------------------------------------------
# HTML
# --------------------------------------------------------------------------

#: Styles of the report's own blocks, added to the kit's stylesheet by the title section.
STIJL = """<style>
.ondertitel { font-size: 13pt; color: #003a70; margin: -0.5em 0 0.8em; }
.fictief-melding { background: #fff3e0; border-left: 4px solid #ef8a00; padding: 0.4em 0.8em; }
table.samenvatting th, table.samenvatting td { font-size: 8.4pt; padding: 0.12em 0.4em; line-height: 1.25; }
table.samenvatting td:first-child { width: 8.5em; }
table.samenvatting td.getal, table.samenvatting th { white-space: nowrap; hyphens: manual; }
table.positie td, table.positie th, table.maatlat td, table.maatlat th { font-size: 8.5pt; padding: 0.15em 0.45em; }
table.overzicht { width: 100%; }
table.overzicht th, table.overzicht td { font-size: 7.2pt; padding: 0.12em 0.25em; }
table.overzicht td:first-child { width: 11em; }
td:first-child { hyphens: manual; }
svg.sparkline { display: inline-block; vertical-align: middle; }
table.trends td { font-size: 8pt; padding: 0.1em 0.3em; vertical-align: middle; white-space: nowrap; }
table.trends th { font-size: 7.6pt; }
table.trends .waarde { font-size: 7.6pt; color: #333; }
figure.grafiek img { width: 100%; }
code.sha { font-size: 7pt; }
ul.waarschuwingen code { font-size: 7.5pt; white-space: normal; }
ul.begrippen li { font-size: 9pt; }
ul.kernpunten { margin-top: 0; }
</style>"""


class Html:
    """A piece of the report as HTML; a notebook shows it as HTML, ``str()`` gives the markup."""

    def __init__(self, markup: str):
        self.markup = markup

    def _repr_html_(self) -> str:
        return self.markup

    def __str__(self) -> str:
        return self.markup

    def __repr__(self) -> str:
        return "<Html>"

    def __add__(self, other) -> Html:
        return Html(self.markup + str(other.html() if hasattr(other, "html") else other))


def e(text) -> str:
    """Escape text for HTML."""
    return html.escape("" if text is None else str(text))


def tabel(kop: list[str], rijen: list[list[str]], *, getallen: set[int] = frozenset(), klasse: str = "") -> str:
    """An HTML table; cells are given as HTML already (escape text with :func:`e`).

    ``getallen`` are the indices of right-aligned numeric columns.
    """
    def cel(tag, i, value):
        cls = ' class="getal"' if i in getallen else ""
        return f"<{tag}{cls}>{value}</{tag}>"

    head = "".join(cel("th", i, k) for i, k in enumerate(kop))
    body = "".join("<tr>" + "".join(cel("td", i, v) for i, v in enumerate(r)) + "</tr>" for r in rijen)
    cls = f' class="{klasse}"' if klasse else ""
    return f"<table{cls}><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


# --------------------------------------------------------------------------
# Numbers, dates, months
# --------------------------------------------------------------------------

_BREUKEN = (
    (0.0, "geen"), (0.1, "een tiende"), (0.2, "een vijfde"), (0.25, "een kwart"), (1 / 3, "een derde"),
    (0.4, "twee vijfde"), (0.5, "de helft"), (0.6, "drie vijfde"), (2 / 3, "twee derde"), (0.75, "driekwart"),
    (0.8, "vier vijfde"), (0.9, "negen tiende"), (1.0, "alle"),
)


def deel_tekst(share) -> str:
    """A share in words where a simple fraction fits, else as a percentage.

    >>> deel_tekst(0.25), deel_tekst(0.5), deel_tekst(0.714)
    ('een kwart', 'de helft', '71%')
    """
    if leeg(share):
        return "–"
    share = float(share)
    for value, words in _BREUKEN:
        if abs(share - value) < 0.005:
            return words
    return procent(share)


def datum_tekst(day) -> str:
    """A date in Dutch: ``4 april 2024``; missing ``–``."""
    if leeg(day):
        return "–"
    day = pd.Timestamp(day)
    return f"{day.day} {MAANDEN[day.month - 1]} {day.year}"


def maand_lang(maand) -> str:
    """``april 2024`` for ``2024-04`` (or a Period)."""
    return maand_label(month_text(as_month(maand)))


def maand_kort(maand) -> str:
    """A short month for chart axes: ``apr 24``."""
    month = as_month(maand)
    return f"{MAANDEN[month.month - 1][:3]} {month.year % 100:02d}"


def rang_tekst(rang, aantal) -> str:
    """``3e van 10``; ``–`` without a rank."""
    if leeg(rang):
        return "–"
    return f"{int(rang)}e van {int(aantal)}"


def meervoud(n, enkelvoud: str, meervoud_: str) -> str:
    """``1 actie``, ``2 acties``, ``geen acties``."""
    n = int(n)
    return f"geen {meervoud_}" if n == 0 else f"{n} {enkelvoud if n == 1 else meervoud_}"


# --------------------------------------------------------------------------
# The figures in words
# --------------------------------------------------------------------------

INTENSITEIT = {
    1: "netwerken (elkaar kennen en informatie uitwisselen)",
    2: "afstemmen (rekening houden met elkaar)",
    3: "coördineren (samen plannen)",
    4: "coalitie (samen beslissen, middelen delen)",
    5: "integratie (één team)",
}
INTENSITEIT_KORT = {1: "netwerken", 2: "afstemmen", 3: "coördineren", 4: "coalitie", 5: "integratie"}

FUNCTIE_TEKST = {
    "netwerkorganisatie": "netwerkorganisatie (partijen in de buurt bij elkaar brengen)",
    "bewonersbijeenkomst": "bewonersbijeenkomsten",
    "informatievoorziening": "informatievoorziening (wijkkrant, buurtwebsite, nieuwsbrief)",
    "ontmoetingsplek": "een ontmoetingsplek",
    "belangenbehartiging": "belangenbehartiging",
    "buurtbudget": "het buurtbudget",
}

ACTIVITEIT_TEKST = {
    "buurtfeest": "buurtfeest", "weggeefactie": "weggeefactie", "bewonersbijeenkomst": "bewonersbijeenkomst",
    "markt": "markt", "actie": "actie", "cursus": "cursus", "spreekuur": "spreekuur",
    "schoonmaak": "schoonmaakactie", "sport_en_spel": "sport en spel", "cultuur": "culturele activiteit",
    "overig": "activiteit",
}

CRITERIUM_TITEL = {
    "daadkracht": "Daadkracht", "meenemen": "Bewoners meenemen", "zwakkeren": "Met de kwetsbaarsten",
    "zelfstandigheid": "Zelfstandigheid", "verbinden": "Verbinden", "draagvlak": "Draagvlak",
    "transparantie": "Transparantie", "informeren": "Informeren", "coalitieakkoord": "Coalitieakkoord",
    "mobiliseren": "Mobiliseren",
}


@dataclass(frozen=True)
class Kengetal:
    """A scalar figure for readers.

    ``richting`` says what is good news for the platform: +1 higher is
    better, −1 lower is better, 0 neither.  ``uitleg`` turns a value into
    the sentence that explains it.
    """

    titel: str
    decimalen: int
    richting: int
    uitleg: object

    def waarde(self, value) -> str:
        return geheel(value) if self.decimalen == 0 else getal(value, self.decimalen)


def _n(v, enkelvoud: str, meervoud_: str) -> str:
    """A count with its noun: ``1 actor``, ``3 actoren``, ``geen actoren``; ``–`` when missing."""
    return "–" if leeg(v) else _hoofdletter(meervoud(round(float(v)), enkelvoud, meervoud_))


def _keer(v) -> str:
    if leeg(v):
        return "–"
    n = round(float(v))
    return "Geen enkele keer" if n == 0 else ("Eén keer" if n == 1 else f"{n} keer")


def _ww(share, enkelvoud: str, meervoud_: str) -> str:
    """The verb after :func:`deel_van`: plural only after ``alle``."""
    return meervoud_ if deel_tekst(share) == "alle" else enkelvoud


def deel_van(share, noun: str) -> str:
    """``een kwart van de actoren``, ``alle actoren``, ``geen van de actoren``, ``71% van de actoren``."""
    words = deel_tekst(share)
    if words == "alle":
        return f"alle {noun}"
    if words == "geen":
        return f"geen van de {noun}"
    return f"{words} van de {noun}"


def _aandeel(zin):
    return lambda v: "nog niet te berekenen." if leeg(v) else zin(v)


def _ei(v) -> str:
    if leeg(v):
        return "nog niet te berekenen: er zijn geen verbindingen."
    if v <= -0.5:
        duiding = "bewoners en professionals werken vooral in hun eigen kring"
    elif v < 0:
        duiding = "iets meer banden binnen de eigen kring dan ertussen"
    elif v == 0:
        duiding = "evenveel banden binnen de eigen kring als ertussen"
    elif v < 0.5:
        duiding = "iets meer banden tussen bewoners en professionals dan binnen de eigen kring"
    else:
        duiding = "de meeste banden lopen tussen bewoners en professionals"
    return (f"menging {getal(v)} op een schaal van {MIN}1 (bewoners en professionals leven langs elkaar heen) "
            f"tot +1 (alle banden lopen tussen bewoners en professionals): {duiding}.")


KENGETALLEN: dict[str, Kengetal] = {
    "actoren": Kengetal("Actoren in het netwerk", 0, 0, lambda v: (
        f"{_n(v, 'actor', 'actoren')}: organisaties, initiatieven, instellingen en sleutelfiguren die deze "
        "maand actief zijn in of rond de buurt.")),
    "relaties": Kengetal("Relaties", 0, +1, lambda v: (
        f"{_n(v, 'relatie', 'relaties')}: samenwerking, informatie, steun, geld, ruimte of werving tussen "
        "twee actoren (spanningen niet meegeteld).")),
    "spanningen": Kengetal("Spanningen", 0, -1, lambda v: (
        f"{_n(v, 'spanning', 'spanningen')}: relaties waarin het schuurt of botst.")),
    "dichtheid": Kengetal("Dichtheid", 2, +1, _aandeel(lambda v: (
        f"dichtheid {getal(v)}: {deel_tekst(v)} van alle mogelijke verbindingen tussen de actoren bestaat. "
        "Hoe hoger, hoe meer partijen elkaar rechtstreeks kennen."))),
    "componenten": Kengetal("Losse delen", 0, -1, lambda v: (
        f"{_n(v, 'los deel', 'losse delen')}: groepjes die onderling niet verbonden zijn. Bij 1 is iedereen "
        "via via met elkaar verbonden.")),
    "grootste_component": Kengetal("Grootste verbonden deel", 2, +1, _aandeel(lambda v: (
        f"{getal(v)}: {deel_van(v, 'actoren')} {_ww(v, 'zit', 'zitten')} in het grootste verbonden deel van het netwerk."))),
    "gem_intensiteit": Kengetal("Gemiddelde samenwerking", 1, +1, _aandeel(lambda v: (
        f"gemiddeld {getal(v, 1)} op een schaal van 1 (elkaar kennen) tot 5 (één team); "
        f"{round(v)} betekent {INTENSITEIT[min(5, max(1, round(v)))]}."))),
    "platform_betweenness": Kengetal("Platform als verbinder", 2, +1, _aandeel(lambda v: (
        f"{getal(v)}: bij {procent(v)} van de paren andere actoren loopt de kortste weg via het platform. "
        "Hoe hoger, hoe meer het platform de verbinder in de buurt is."))),
    "platform_bereik": Kengetal("Bereik van het platform", 2, +1, _aandeel(lambda v: (
        f"{getal(v)}: het platform bereikt {deel_van(v, 'andere actoren')} rechtstreeks of via één "
        "tussenschakel."))),
    "ruggengraat": Kengetal("Ruggengraat", 2, +1, _aandeel(lambda v: (
        f"{getal(v)}: {deel_van(v, 'bewonerscommissies')} (ook VvE's en huurdersverenigingen) "
        f"{_ww(v, 'heeft', 'hebben')} een directe band met het platform."))),
    "ei_index": Kengetal("Menging bewoners en professionals", 2, +1, _ei),
    "eenrichtingsverkeer": Kengetal("Eenrichtingsverkeer", 2, -1, _aandeel(lambda v: (
        f"{getal(v)}: bij {deel_van(v, 'informatiestromen')} tussen bewoners en professionals gaat "
        "informatie alleen van de bewoners naar de professionals en komt er niets terug (ophalen zonder "
        "terugbrengen)."))),
    "verloop": Kengetal("Verloop van verbindingen", 2, 0, _aandeel(lambda v: (
        f"{getal(v)}: {deel_van(v, 'verbindingen')} van vorige maand en deze maand samen {_ww(v, 'is', 'zijn')} nieuw "
        "of verdwenen."))),
    "activiteiten": Kengetal("Activiteiten", 0, +1, lambda v: f"{_n(v, 'activiteit', 'activiteiten')} in de buurt deze maand."),
    "bundelingsgraad": Kengetal("Samen georganiseerd", 2, +1, _aandeel(lambda v: (
        f"{getal(v)}: {deel_van(v, 'activiteiten')} {_ww(v, 'had', 'hadden')} twee of meer organisatoren."))),
    "maatlat_gemiddelde": Kengetal("Maatlat (eigen score)", 1, +1, _aandeel(lambda v: (
        f"gemiddeld {getal(v, 1)} op een schaal van 1 tot 5 bij de eigen beoordeling op de "
        "erkenningscriteria."))),
    "aantal_dubbele_functies": Kengetal("Dubbele functies", 0, -1, lambda v: (
        f"{_keer(v)} doen twee organisaties hetzelfde coördinerende werk (bijvoorbeeld allebei een "
        "nieuwsbrief) zonder echt samen te werken.")),
    "aantal_parallelle_infrastructuren": Kengetal("Parallelle infrastructuren", 0, -1, lambda v: (
        f"{_keer(v)} heeft een instelling van bovenaf iets naast het werk van bewoners gezet zonder "
        "echt samen te werken. Dat verdeelt de energie in de buurt.")),
    "aantal_belevingsverschillen": Kengetal("Belevingsverschillen", 0, -1, lambda v: (
        f"{_n(v, 'samenwerking wordt', 'samenwerkingen worden')} door de twee kanten heel verschillend "
        "beleefd (2 of meer punten verschil op de schaal van 1 tot 5).")),
    "aantal_versnipperde_activiteiten": Kengetal("Versnipperde activiteiten", 0, -1, lambda v: (
        f"{_keer(v)} waren er losse activiteiten van dezelfde soort, kort na elkaar, door verschillende "
        "organisatoren, die samen één activiteit hadden kunnen zijn.")),
    "acties_gepland": Kengetal("Acties erbij", 0, 0, lambda v: f"{_n(v, 'actie kwam', 'acties kwamen')} deze maand op de lijst."),
    "acties_gedaan": Kengetal("Acties gedaan", 0, +1, lambda v: f"{_n(v, 'actie is', 'acties zijn')} deze maand gedaan."),
    "acties_niet_gedaan": Kengetal("Acties niet gelukt", 0, 0, lambda v: (
        f"{_n(v, 'actie is', 'acties zijn')} deze maand niet gelukt; de reden is een les.")),
    "acties_open": Kengetal("Acties open", 0, 0, lambda v: f"{_n(v, 'actie staat', 'acties staan')} aan het eind van de maand open."),
    "acties_te_laat": Kengetal("Acties over de deadline", 0, -1, lambda v: (
        f"{_n(v, 'open actie is', 'open acties zijn')} over de deadline.")),
}
for _code in CRITERIA:
    KENGETALLEN[f"maatlat_{_code}"] = Kengetal(
        f"Maatlat: {CRITERIUM_TITEL[_code].lower()}", 0, +1,
        (lambda c: lambda v: f"eigen score {geheel(v)} van 5 op: {CRITERIA[c]}")(_code),
    )

#: The figures of the one-page summary, in order.
SAMENVATTING = (
    "actoren", "dichtheid", "gem_intensiteit", "platform_bereik", "ruggengraat", "ei_index",
    "spanningen", "aantal_parallelle_infrastructuren", "activiteiten", "acties_open", "maatlat_gemiddelde",
)
#: Collaboration patterns: the trend charts.
PATRONEN = (
    "actoren", "dichtheid", "gem_intensiteit", "platform_betweenness", "platform_bereik", "ruggengraat",
    "ei_index", "eenrichtingsverkeer", "verloop", "spanningen", "bundelingsgraad",
    "aantal_parallelle_infrastructuren",
)


def uitleg(key: str, value) -> str:
    """The sentence that explains ``value`` of figure ``key``."""
    return KENGETALLEN[key].uitleg(value)


def verschil(key: str, nu, vorig) -> tuple[str, str]:
    """The change since last month: ``(number text, what it means)``."""
    k = KENGETALLEN[key]
    if leeg(vorig):
        return "–", "Vorige maand is er geen waarde om mee te vergelijken."
    if leeg(nu):
        return "–", "Deze maand is er geen waarde."
    delta = float(nu) - float(vorig)
    if abs(delta) < 1e-9:
        return "gelijk", "Hetzelfde als vorige maand."
    tekst = ("+" if delta > 0 else "") + (geheel(delta) if k.decimalen == 0 else getal(delta, k.decimalen))
    if tekst.lstrip("+" + MIN).strip("0,") == "":
        return "vrijwel gelijk", "Vrijwel hetzelfde als vorige maand."
    hoger = "hoger" if delta > 0 else "lager"
    if k.richting == 0:
        zin = f"{hoger.capitalize()} dan vorige maand."
    elif (delta > 0) == (k.richting > 0):
        zin = f"{hoger.capitalize()} dan vorige maand: gunstig voor het platform."
    else:
        zin = f"{hoger.capitalize()} dan vorige maand: een aandachtspunt."
    return tekst, zin


# --------------------------------------------------------------------------
# Privacy for free text
# --------------------------------------------------------------------------


def vervangingen(dataset, names: dict[str, str]) -> list[tuple[re.Pattern, str]]:
    """Patterns that replace real names the report may not show by their display names."""
    pairs = {}
    for actor, naam in zip(dataset.actoren["id"], dataset.actoren["naam"]):
        shown = names.get(actor, naam)
        if isinstance(naam, str) and naam.strip() and shown != naam:
            pairs[naam.strip()] = shown
    ordered = sorted(pairs.items(), key=lambda kv: -len(kv[0]))
    return [(re.compile(r"(?<!\w)" + re.escape(real) + r"(?!\w)", re.IGNORECASE), shown) for real, shown in ordered]


def schoon_tekst(text, patterns) -> str:
    """``text`` with every protected name replaced; ``''`` for a missing text."""
    if leeg(text):
        return ""
    text = str(text)
    for pattern, shown in patterns:
        text = pattern.sub(shown, text)
    return text


# --------------------------------------------------------------------------
# The monthly report of one buurt
# --------------------------------------------------------------------------


def _load(dataset):
    if isinstance(dataset, (str, bytes)) or hasattr(dataset, "__fspath__"):
        from kit.dataset import load

        return load(dataset)
    return dataset


def _pairs(entries) -> list[tuple[str, str]]:
    return [tuple(entry["actoren"]) for entry in entries]


class Maandrapport:
    """One buurt in one month, section by section.

    Each public method returns one section for the notebook: :class:`Html`
    or a :class:`kit.report.charts.Figuur`.  Computation is light: the
    buurt's own months (for trends) and one month of every other buurt (for
    the comparison), nothing more.

    Parameters
    ----------
    dataset : Dataset or path
    buurt : str
        Buurt id.
    maand : str
        ``JJJJ-MM``.
    """

    def __init__(self, dataset, buurt: str, maand: str):
        self.data = _load(dataset)
        ids = set(self.data.buurten["id"])
        if buurt not in ids:
            raise ValueError(f"onbekende buurt: {buurt!r} (kies uit: {', '.join(sorted(ids))})")
        self.buurt = buurt
        self.month = as_month(maand)
        self.maand = month_text(self.month)
        row = self.data.buurten.loc[self.data.buurten["id"] == buurt].iloc[0]
        self.naam = str(row["naam"])
        from kit.privacy import display_names

        self.names = display_names(self.data, buurt)
        self._patterns = vervangingen(self.data, self.names)

    # ---- data ---------------------------------------------------------

    def schoon(self, text) -> str:
        """Free text with protected names replaced (see the module docstring)."""
        return schoon_tekst(text, self._patterns)

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
    def figuren(self) -> dict:
        from kit.figures import figures

        return figures(self.data, self.buurt, self.month)

    @cached_property
    def trend(self) -> pd.DataFrame:
        """The buurt's panel rows from its first month up to this month."""
        from kit.panel import PANEL_FIGURES, buurt_rows

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
        from kit.panel import PANEL_FIGURES, buurt_rows

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
        from kit.panel import position

        return position(self.maandrijen, self.buurt, self.maand)

    @cached_property
    def snap(self):
        from kit.snapshot import snapshot

        return snapshot(self.data, self.buurt, self.month)

    @cached_property
    def graaf(self):
        from kit.snapshot import network

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
        return Html("".join(parts))

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
            rijen.append([e(k.titel), k.waarde(nu), e(delta), e(_hoofdletter(uitleg(key, nu))) + (
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
            punten.append(f"{_hoofdletter(meervoud(len(f['belevingsverschillen']), 'samenwerking wordt', 'samenwerkingen worden'))} "
                          "door de twee kanten heel verschillend beleefd.")
        if f["acties"]["te_laat"]:
            punten.append(f"{_hoofdletter(meervoud(f['acties']['te_laat'], 'actie is', 'acties zijn'))} over de deadline.")
        if f["spanningen"]:
            punten.append(f"Er {'is' if f['spanningen'] == 1 else 'zijn'} {meervoud(f['spanningen'], 'spanning', 'spanningen')} "
                          "in het netwerk (rode stippellijn op de kaart).")
        if not punten:
            return ""
        return ("<p><strong>Om te bespreken:</strong></p><ul class=\"kernpunten\">"
                + "".join(f"<li>{e(p)}</li>" for p in punten) + "</ul>")

    # -- the map

    def netwerkkaart(self):
        """The network map with stable positions, caption and alternative text."""
        from dataclasses import replace

        from kit.changes import changes

        from . import charts, layout

        f = self.figuren
        pos = layout.positions(self.data, self.buurt, self.month)
        known = self.data.cache["layout"][self.buurt].known
        grenzen = None
        if known:
            xs = [p[0] for p in known.values()]
            ys = [p[1] for p in known.values()]
            grenzen = (min(xs), max(xs), min(ys), max(ys))
        spanning = self.snap.relaties[self.snap.relaties["soort"] == "spanning"]
        samen = self.snap.relaties[self.snap.relaties["soort"] == "samenwerking"]
        intens = {}
        for a, b, i in zip(samen["van"], samen["naar"], samen["intensiteit"]):
            key = (a, b) if a < b else (b, a)
            intens[key] = max(intens.get(key, 0), int(i))
        parallel = _pairs(f["parallelle_infrastructuren"])
        dubbel = [p for p in _pairs(f["dubbele_functies"]) if p not in parallel]
        nieuw = set()
        if self.month > self.start:
            nieuw = set(changes(self.data, self.buurt, self.month)["actoren_begonnen"]["id"])
        fig = charts.netwerkkaart(
            self.graaf, pos, self.names, platform=self.snap.platform,
            spanningen=list(zip(spanning["van"], spanning["naar"])), parallel=parallel, dubbel=dubbel,
            intensiteit=intens, nieuw=nieuw, grenzen=grenzen,
        )
        caption = (f"Netwerkkaart van {self.naam}, {maand_lang(self.month)}. Elke stip is een actor; een lijn "
                   "betekent dat ze samenwerken of contact hebben. Kleur: bewoners (groen), professionals in de "
                   "buurt (blauw), beleid en instellingen (paars). Vorm: rond = opgezet door bewoners, vierkant = "
                   "opgezet door een instelling, ruit = gemengd. Iedere actor houdt maand na maand dezelfde plek.")
        return replace(fig, bijschrift=caption)

    def kaartuitleg(self) -> Html:
        """Reading the map, and who joined or left this month."""
        from kit.changes import changes

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
                items.append(f"Nieuw: {e(r['naam'])}.")
            for _, r in ch["actoren_gestopt"].iterrows():
                items.append(f"Gestopt: {e(r['naam'])}.")
            for _, r in ch["relaties_begonnen"].iterrows():
                items.append(f"Nieuwe relatie ({e(_soort_relatie(r['soort']))}): {e(r['van'])} en {e(r['naar'])}.")
            for _, r in ch["relaties_gestopt"].iterrows():
                items.append(f"Relatie gestopt ({e(_soort_relatie(r['soort']))}): {e(r['van'])} en {e(r['naar'])}.")
            parts.append("<p><strong>Wat veranderde er deze maand?</strong></p>")
            parts.append("<ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>" if items else
                         "<p>Er kwamen deze maand geen actoren of relaties bij en er verdwenen er geen.</p>")
        return Html("".join(parts))

    # -- collaboration patterns

    def patronen(self):
        """Trend charts of the collaboration figures over all months so far."""
        from dataclasses import replace

        from . import charts

        figuren = [(k, KENGETALLEN[k].titel) for k in PATRONEN]
        fig = charts.trendlijnen(self.trend, figuren, decimalen={k: KENGETALLEN[k].decimalen for k in PATRONEN})
        caption = (f"Samenwerkingspatronen van {self.naam}, per maand van {maand_lang(self.start)} tot en met "
                   f"{maand_lang(self.month)}. De dikke stip is deze maand.")
        return replace(fig, bijschrift=caption)

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

        level = self._samenwerking(a, b)
        stand = ("ze hebben geen samenwerkingsrelatie" if not level else
                 f"hun samenwerking staat op {level} van 5 ({INTENSITEIT_KORT[level]})")
        return (f"{wie(a)} en {wie(b)} doen allebei {e(functies)}; {e(stand)}. "
                "Kan dit samen, of kan één van beide het overlaten aan de ander?")

    def _samenwerking(self, a, b) -> int:
        rel = self.snap.relaties
        rows = rel[(rel["soort"] == "samenwerking") & (((rel["van"] == a) & (rel["naar"] == b)) |
                                                        ((rel["van"] == b) & (rel["naar"] == a)))]
        return int(rows["intensiteit"].min()) if len(rows) else 0

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
                items.append(f"<em>{e(self.schoon(r['naam']))}</em> ({e(datum_tekst(r['datum']))}, door "
                             f"{e(org)}{e(deel)})")
            soort = ACTIVITEIT_TEKST.get(acts.loc[group[0], "soort"], "activiteit")
            parts.append(f"<li>{' en '.join(items) if len(items) == 2 else ', '.join(items)}: allemaal een "
                         f"{e(soort)}.</li>")
        parts.append("</ul>")
        return Html("".join(parts))

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
                 f"{_hoofdletter(meervoud(c['gedaan'], 'actie is', 'acties zijn'))} gedaan, "
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

    def positie(self) -> Html:
        """Rank and spread among all pilot buurten on every figure — figures only, no names."""
        table = self.positie_tabel
        n = int(self.maandrijen["in_proeftuin"].astype(bool).sum())
        rows = []
        for _, r in table.iterrows():
            key = r["figuur"]
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

    def intervisie(self) -> Html:
        """Lessons and agreements of this month's intervision session(s)."""
        sessies = _sessies_in(self.data, self.month)
        if sessies.empty:
            return Html(f"<p>In {e(maand_lang(self.month))} was er geen intervisiebijeenkomst.</p>")
        namen = dict(zip(self.data.buurten["id"], self.data.buurten["naam"]))
        return Html("".join(
            sessie_html(s, namen, self.schoon,
                        f"{len(tuple(s['aanwezig']))} buurten aanwezig; {self.naam} was "
                        f"{'erbij' if self.buurt in tuple(s['aanwezig']) else 'er niet bij'}.")
            for _, s in sessies.iterrows()
        ))

    # -- colophon

    def colofon(self) -> Html:
        return Html(colofon(self.data, self.month, self.schoon))


def sessie_html(sessie, buurtnamen: dict, schoon, aanwezig: str) -> str:
    """One intervision session: date and theme, chair, ``aanwezig`` (a sentence), lessons, agreements.

    ``schoon`` removes protected names from the free text.
    """
    voorzitter = buurtnamen.get(sessie["voorzitter"], sessie["voorzitter"])
    return (
        f"<h3>{e(datum_tekst(sessie['datum']))}: {e(schoon(sessie['thema']))}</h3>"
        f"<p>Voorzitter: {e(voorzitter)}. {e(aanwezig)}</p>"
        f"<p><strong>Lessen:</strong> {e(schoon(sessie['lessen'])) or '–'}</p>"
        f"<p><strong>Afspraken:</strong> {e(schoon(sessie['afspraken'])) or '–'}</p>"
    )


def _hoofdletter(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


def _soort_relatie(soort: str) -> str:
    return {"samenwerking": "samenwerking", "spanning": "spanning", "informatie": "informatie",
            "ondersteuning": "ondersteuning", "financiering": "financiering", "ruimte": "ruimte",
            "werving": "werving"}.get(soort, soort)


def _sessies_in(data, month: pd.Period) -> pd.DataFrame:
    iv = data.intervisie
    first, last = month.start_time, month.end_time.normalize()
    return iv[iv["datum"].between(first, last)].sort_values(["datum", "id"])


def colofon(data, month: pd.Period, schoon=lambda t: t, gemaakt: date | None = None) -> str:
    """Data files with checksums, kit version, data month, the day it was made, and the validation warnings.

    ``gemaakt`` defaults to today: a day, not a time, so reports rendered
    twice on one day are identical.
    """
    files = tabel(["Bestand", "Controlegetal (SHA-256)"],
                  [[e(f.name), f'<code class="sha">{e(f.sha256)}</code>'] for f in data.files])
    warnings = [schoon(p.format("nl")) for p in data.warnings]
    parts = [
        f"<p>Gemaakt op {e(datum_tekst(gemaakt or date.today()))} met de proeftuin kit, versie "
        f"{e(__version__)}, uit de gegevens van {e(maand_lang(month))}. Dezelfde gegevens en dezelfde "
        "versie geven hetzelfde rapport.</p>",
        "<p>Gebruikte gegevensbestanden. Het controlegetal verandert als er ook maar één teken in het bestand "
        "verandert; zo is na te gaan op welke gegevens dit rapport rust.</p>",
        files,
        "<p>Namen van personen staan alleen in dit rapport als zij daar toestemming voor gaven; anders staat er "
        "een vaste schuilnaam (Sleutelfiguur 1, 2, …).</p>",
    ]
    if data.fictional:
        parts.insert(0, "<p><strong>Fictieve demonstratiegegevens.</strong></p>")
    if warnings:
        parts.append(f"<p>De controle van de gegevens gaf {meervoud(len(warnings), 'waarschuwing', 'waarschuwingen')} "
                     "(geen fouten):</p><ul class=\"waarschuwingen\">"
                     + "".join(f"<li><code>{e(w)}</code></li>" for w in warnings) + "</ul>")
    else:
        parts.append("<p>De controle van de gegevens gaf geen waarschuwingen.</p>")
    return "".join(parts)


# --------------------------------------------------------------------------
# The overview of the pilot
# --------------------------------------------------------------------------

#: Groups of figures in the overview table.
OVERZICHT_GROEPEN = (
    ("Het netwerk", ("actoren", "relaties", "spanningen", "dichtheid", "componenten", "grootste_component",
                     "verloop")),
    ("Het platform en de samenwerking", ("platform_betweenness", "platform_bereik", "ruggengraat",
                                         "gem_intensiteit", "ei_index", "eenrichtingsverkeer")),
    ("Dubbel werk en versnippering", ("aantal_dubbele_functies", "aantal_parallelle_infrastructuren",
                                      "aantal_belevingsverschillen", "aantal_versnipperde_activiteiten",
                                      "activiteiten", "bundelingsgraad")),
    ("Actielijst", ("acties_gepland", "acties_gedaan", "acties_niet_gedaan", "acties_open", "acties_te_laat")),
    ("Maatlat (eigen score, 1 tot 5)", ("maatlat_gemiddelde", *(f"maatlat_{c}" for c in CRITERIA))),
)
#: Figures with a small trend line per buurt in the overview.
OVERZICHT_TRENDS = ("actoren", "dichtheid", "platform_bereik", "gem_intensiteit", "aantal_parallelle_infrastructuren",
                    "maatlat_gemiddelde")


class Overzicht:
    """All pilot buurten in one month, for the monthly intervision meeting.

    Buurten are named here; persons follow the privacy rule
    (:func:`kit.privacy.display_names` without a buurt).
    """

    def __init__(self, dataset, maand: str, jobs: int = 1):
        self.data = _load(dataset)
        self.month = as_month(maand)
        self.maand = month_text(self.month)
        from kit.privacy import display_names

        self.names = display_names(self.data)
        self._patterns = vervangingen(self.data, self.names)
        self.buurten = list(self.data.buurten["id"])
        self.buurtnamen = dict(zip(self.data.buurten["id"], self.data.buurten["naam"]))
        self.jobs = jobs

    def schoon(self, text) -> str:
        return schoon_tekst(text, self._patterns)

    @cached_property
    def panel(self) -> pd.DataFrame:
        from kit.panel import panel

        frame = panel(self.data, jobs=self.jobs)
        return frame[frame["maand"] <= self.maand]

    @cached_property
    def maandrijen(self) -> pd.DataFrame:
        return self.panel[self.panel["maand"] == self.maand].set_index("buurt")

    @cached_property
    def figuren(self) -> dict[str, dict]:
        from kit.figures import figures

        return {b: figures(self.data, b, self.month) for b in self.buurten}

    def titel(self) -> Html:
        parts = [STIJL, f"<h1>Overzicht proeftuinbuurten</h1><p class=\"ondertitel\">"
                 f"{e(maand_lang(self.month).capitalize())}</p>"]
        if self.data.fictional:
            parts.append('<p class="fictief-melding"><strong>Fictieve demonstratiegegevens.</strong> '
                         "Alle buurten, organisaties en personen in dit overzicht zijn verzonnen.</p>")
        gestart = [b for b in self.buurten if bool(self.maandrijen.loc[b, "in_proeftuin"])] if len(
            self.maandrijen) else []
        parts.append(f"<p>Alle {len(self.buurten)} proeftuinbuurten naast elkaar, voor de intervisie van "
                     f"{e(maand_lang(self.month))}. {len(gestart)} buurten doen deze maand mee. Een streepje (–) "
                     "betekent: niet te berekenen (bijvoorbeeld geen platform of geen activiteiten).</p>")
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
                k = KENGETALLEN[key]
                cells = []
                for b in self.buurten:
                    if b in rows_month.index and bool(rows_month.loc[b, "in_proeftuin"]):
                        cells.append(k.waarde(rows_month.loc[b, key]))
                    else:
                        cells.append("<small>nog niet</small>")
                rows.append([e(k.titel), *cells])
            parts.append(f"<h3>{e(title)}</h3>" + tabel(kop, rows, getallen=set(range(1, len(kop))),
                                                         klasse="overzicht"))
        return Html("".join(parts))

    def uitleg(self) -> Html:
        """What the figures in the table mean, in one list."""
        items = {
            "dichtheid": "het deel van alle mogelijke verbindingen tussen de actoren dat bestaat (0 tot 1).",
            "grootste_component": "het deel van de actoren in het grootste verbonden deel van het netwerk.",
            "verloop": "het deel van de verbindingen dat ten opzichte van vorige maand nieuw of verdwenen is.",
            "platform_betweenness": "hoe vaak de kortste weg tussen twee andere actoren via het platform loopt (0 tot 1).",
            "platform_bereik": "het deel van de andere actoren dat het platform direct of via één tussenschakel bereikt.",
            "ruggengraat": "het deel van de bewonerscommissies met een directe band met het platform.",
            "gem_intensiteit": "gemiddelde samenwerking, van 1 (elkaar kennen) tot 5 (één team).",
            "ei_index": f"menging van bewoners en professionals, van {MIN}1 (langs elkaar heen) tot +1 (alle banden ertussen).",
            "eenrichtingsverkeer": "het deel van de informatiestromen waar informatie alleen van bewoners naar professionals gaat.",
            "bundelingsgraad": "het deel van de activiteiten met twee of meer organisatoren.",
            "aantal_parallelle_infrastructuren": "een instelling die van bovenaf hetzelfde coördinerende werk doet als een partij uit de buurt, zonder samen te werken.",
        }
        return Html("<p>Zo zijn de cijfers te lezen:</p><ul>" + "".join(
            f"<li><strong>{e(KENGETALLEN[k].titel)}</strong>: {e(t)}</li>" for k, t in items.items()) + "</ul>")

    def trends(self) -> Html:
        """Small trend lines: one row per buurt, one column per key figure."""
        from . import charts

        rows = []
        for b in self.buurten:
            part = self.panel[(self.panel["buurt"] == b) & self.panel["in_proeftuin"].astype(bool)]
            cells = [e(self.buurtnamen[b])]
            for key in OVERZICHT_TRENDS:
                k = KENGETALLEN[key]
                values = part[key].tolist()
                last = values[-1] if values else None
                alt = (f"{self.buurtnamen[b]}, {k.titel}: "
                       + (f"van {k.waarde(values[0])} naar {k.waarde(last)}" if values else "nog geen gegevens"))
                cells.append(charts.sparkline(values, breedte=52, hoogte=16, alt=alt) + f' <span class="waarde">{k.waarde(last)}</span>')
            rows.append(cells)
        months = sorted(set(self.panel.loc[self.panel["in_proeftuin"].astype(bool), "maand"]))
        span = f"{maand_lang(months[0])} tot en met {maand_lang(months[-1])}" if months else ""
        return Html(f"<p>Per buurt de ontwikkeling per maand ({e(span)}), met de waarde van deze maand erachter. "
                    "Elk lijntje heeft zijn eigen schaal: het toont de richting, niet de hoogte.</p>"
                    + tabel(["Buurt", *[e(KENGETALLEN[k].titel) for k in OVERZICHT_TRENDS]], rows,
                            klasse="trends"))

    def parallelle_infrastructuren(self) -> Html:
        """Which buurten have parallel infrastructures this month, and of what (no persons named)."""
        rows = []
        for b in self.buurten:
            for entry in self.figuren[b]["parallelle_infrastructuren"]:
                a, c = entry["actoren"]
                rows.append([e(self.buurtnamen[b]), e(self.names.get(a, a)) + " en " + e(self.names.get(c, c)),
                             e(", ".join(FUNCTIE_TEKST.get(x, x) for x in entry["functies"]))])
        with_pi = sorted({r[0] for r in rows})
        if not rows:
            return Html("<p>Deze maand heeft geen enkele proeftuinbuurt een parallelle infrastructuur.</p>")
        return Html(
            f"<p>Een parallelle infrastructuur: een instelling zet van bovenaf iets naast wat bewoners al hadden, "
            f"zonder echt samen te werken. Deze maand in {meervoud(len(with_pi), 'buurt', 'buurten')} van de "
            f"{len(self.buurten)}, in totaal {len(rows)} keer:</p>"
            + tabel(["Buurt", "Wie", "Dubbel werk"], rows))

    def voorzitters(self) -> Html:
        """The rotation of the intervision chair: who chaired which month, and who is next."""
        iv = self.data.intervisie.sort_values(["datum", "id"])
        last = self.month.end_time.normalize()
        past = iv[iv["datum"] <= last]
        rows = [[e(datum_tekst(s["datum"])), e(self.buurtnamen.get(s["voorzitter"], s["voorzitter"])),
                 e(self.schoon(s["thema"]))] for _, s in past.iterrows()]
        volgende = volgende_voorzitter(self.data, self.month)
        parts = []
        if rows:
            parts.append(tabel(["Datum", "Voorzitter", "Thema"], rows))
        else:
            parts.append("<p>Er is nog geen intervisiebijeenkomst geweest.</p>")
        if volgende is not None:
            b, gepland = volgende
            naam = e(self.buurtnamen.get(b, b))
            parts.append(f"<p><strong>Volgende voorzitter:</strong> {naam}"
                         + (f" (gepland op {e(datum_tekst(gepland))})." if gepland is not None else
                            " (volgens de beurt: de buurt die het langst niet, of nog nooit, voorzat).") + "</p>")
        return Html("".join(parts))

    def lessen(self) -> Html:
        """Lessons and agreements of this month's session(s)."""
        sessies = _sessies_in(self.data, self.month)
        if sessies.empty:
            return Html(f"<p>In {e(maand_lang(self.month))} was er geen intervisiebijeenkomst.</p>")
        return Html("".join(
            sessie_html(s, self.buurtnamen, self.schoon,
                        f"Aanwezig: {', '.join(self.buurtnamen.get(b, b) for b in s['aanwezig']) or '–'}.")
            for _, s in sessies.iterrows()
        ))

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
    laatst = {b: d for b, d in zip(past["voorzitter"], past["datum"])}
    never = [b for b in buurten if b not in laatst]
    if never:
        # continue the order of buurten after the last chair
        if len(past):
            prev = past.iloc[-1]["voorzitter"]
            if prev in buurten:
                i = buurten.index(prev)
                for b in buurten[i + 1:] + buurten[: i + 1]:
                    if b in never:
                        return b, None
        return never[0], None
    return min(buurten, key=lambda b: (laatst[b], buurten.index(b))), None

