"""Every figure in words: its Dutch title, a sentence that explains its value, and its change.

Readers know nothing of networks, so each number comes with what it means
for the platform (:func:`uitleg`) and whether a change is good news
(:func:`verschil`).
"""

from __future__ import annotations

from dataclasses import dataclass

from kit.data.contract import CRITERIA
from kit.dutch import MIN, geheel, getal, leeg, procent
from kit.report.words import deel_tekst, hoofdletter, meervoud

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
    return "–" if leeg(v) else hoofdletter(meervoud(round(float(v)), enkelvoud, meervoud_))


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


# ---- version 2 figures in words, for the pilot-wide reports (overview and synthesis) ---------------------------
# Added where no words exist yet: the monthly report may word the same figures, and its words then count.


class _Dagen(Kengetal):
    """A number of days: whole, or a half where a median falls between two days."""

    def waarde(self, value) -> str:
        return "–" if leeg(value) else getal(value, 1, strip=True)


def _sinds_erkenning(v) -> str:
    if leeg(v):
        return "het platform is nog niet erkend."
    n = round(float(v))
    return "het platform is deze maand erkend." if n == 0 else f"het platform is {meervoud(n, 'maand', 'maanden')} erkend."


def _verschil_score(v) -> str:
    if leeg(v):
        return "nog niet te berekenen: niemand anders scoorde dezelfde criteria."
    if abs(v) < 0.05:
        return "de eigen scores en die van anderen (peer, stadsdeelcommissie) liggen gelijk."
    richting = "hoger" if v > 0 else "lager"
    return (f"de buurt scoort zichzelf gemiddeld {getal(abs(v), 1)} punt {richting} dan anderen (peer, "
            "stadsdeelcommissie) haar scoren.")


_PILOTBREED = {
    "erkend_maanden": Kengetal("Maanden erkend", 0, 0, _sinds_erkenning),
    "resultaten": Kengetal("Resultaten deze maand", 0, +1, lambda v: (
        f"{_n(v, 'resultaat', 'resultaten')} deze maand: iets wat de buurt voor elkaar kreeg, zoals een besluit, "
        "een voorziening of geld.")),
    "resultaten_totaal": Kengetal("Resultaten tot nu toe", 0, +1, lambda v: (
        f"{_n(v, 'resultaat', 'resultaten')} sinds het begin van de gegevens.")),
    "middelen": Kengetal("Steun, geld en ruimte voor bewoners", 0, +1, lambda v: (
        f"{_keer(v)} krijgt een bewonersgroep steun, geld of een plek van een ander.")),
    "middelen_platform": Kengetal("Steun, geld en ruimte voor het platform", 0, +1, _aandeel(lambda v: (
        f"{_keer(v)} krijgt het platform zelf steun, geld of een plek."))),
    "aantal_middelen_aflopend": Kengetal("Steun, geld of ruimte die afloopt", 0, -1, lambda v: (
        f"{_keer(v)} loopt steun, geld of een plek binnen drie maanden af.")),
    "verzoeken_gedaan": Kengetal("Verzoeken aan instellingen", 0, 0, lambda v: (
        f"{_n(v, 'verzoek', 'verzoeken')} deze maand aan een instelling gedaan.")),
    "verzoeken_open": Kengetal("Verzoeken zonder antwoord", 0, 0, lambda v: (
        f"{_n(v, 'verzoek wacht', 'verzoeken wachten')} aan het eind van de maand op antwoord.")),
    "verzoeken_open_30": Kengetal("Verzoeken langer dan 30 dagen zonder antwoord", 0, -1, lambda v: (
        f"{_n(v, 'verzoek wacht', 'verzoeken wachten')} al langer dan 30 dagen op antwoord.")),
    "antwoordtijd": _Dagen("Dagen tot antwoord (mediaan)", 1, -1, _aandeel(lambda v: (
        f"de helft van de beantwoorde verzoeken kreeg binnen {getal(v, 1, strip=True)} dagen antwoord "
        "(de mediaan)."))),
    "nagekomen": Kengetal("Toezeggingen nagekomen", 2, +1, _aandeel(lambda v: (
        f"{getal(v)}: {deel_van(v, 'toezeggingen van instellingen')} {_ww(v, 'is', 'zijn')} ook echt nagekomen."))),
    "maatlat_verschil": Kengetal("Eigen score tegenover die van anderen", 1, 0, _verschil_score),
    "ei_index_eerste": Kengetal("Menging bewoners en eerste lijn", 2, +1, _aandeel(lambda v: (
        f"{getal(v)} op een schaal van {MIN}1 (bewoners en professionals in de buurt leven langs elkaar heen) "
        "tot +1 (alle banden lopen tussen hen)."))),
    "ei_index_tweede": Kengetal("Menging bewoners en beleid", 2, +1, _aandeel(lambda v: (
        f"{getal(v)} op een schaal van {MIN}1 (bewoners en beleidsmakers leven langs elkaar heen) "
        "tot +1 (alle banden lopen tussen hen)."))),
    "aantal_vindplaats": Kengetal("Vindplaatsen", 0, -1, lambda v: (
        f"{_n(v, 'bewonersgroep is', 'bewonersgroepen zijn')} een vindplaats: anderen werven er mensen en brengen "
        "er niets terug.")),
    "afspraken_open": Kengetal("Intervisieafspraken open", 0, 0, lambda v: (
        f"{_n(v, 'afspraak', 'afspraken')} uit de intervisie {'staat' if v == 1 else 'staan'} nog open.")),
    "afspraken_te_laat": Kengetal("Intervisieafspraken over de deadline", 0, -1, lambda v: (
        f"{_n(v, 'afspraak', 'afspraken')} uit de intervisie {'is' if v == 1 else 'zijn'} over de deadline.")),
}
for _key, _kengetal in _PILOTBREED.items():
    KENGETALLEN.setdefault(_key, _kengetal)
