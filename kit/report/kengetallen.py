"""Every figure in words: its Dutch title, a sentence that explains its value, and its change.

Readers know nothing of networks, so each number comes with what it means
for the platform (:func:`uitleg`) and whether a change is good news
(:func:`verschil`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from kit.data.contract import CRITERIA
from kit.dutch import MIN, geheel, getal, leeg, procent
from kit.report.words import dagen, deel_tekst, hoofdletter, meervoud

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
    "buurtfeest": "buurtfeest",
    "weggeefactie": "weggeefactie",
    "bewonersbijeenkomst": "bewonersbijeenkomst",
    "markt": "markt",
    "actie": "actie",
    "cursus": "cursus",
    "spreekuur": "spreekuur",
    "schoonmaak": "schoonmaakactie",
    "sport_en_spel": "sport en spel",
    "cultuur": "culturele activiteit",
    "overig": "activiteit",
}

CRITERIUM_TITEL = {
    "daadkracht": "Daadkracht",
    "meenemen": "Bewoners meenemen",
    "zwakkeren": "Met de kwetsbaarsten",
    "zelfstandigheid": "Zelfstandigheid",
    "verbinden": "Verbinden",
    "draagvlak": "Draagvlak",
    "transparantie": "Transparantie",
    "informeren": "Informeren",
    "coalitieakkoord": "Coalitieakkoord",
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
    uitleg: Callable[[Any], str]

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


def _ei(v, ander: str = "professionals") -> str:
    """The E-I index in words, between residents and ``ander`` (professionals, or one lijn of them)."""
    if leeg(v):
        return "nog niet te berekenen: er zijn geen verbindingen."
    if v <= -0.5:
        duiding = f"bewoners en {ander} werken vooral in hun eigen kring"
    elif v < 0:
        duiding = "iets meer banden binnen de eigen kring dan ertussen"
    elif v == 0:
        duiding = "evenveel banden binnen de eigen kring als ertussen"
    elif v < 0.5:
        duiding = f"iets meer banden tussen bewoners en {ander} dan binnen de eigen kring"
    else:
        duiding = f"de meeste banden lopen tussen bewoners en {ander}"
    return (
        f"menging {getal(v)} op een schaal van {MIN}1 (bewoners en {ander} leven langs elkaar heen) "
        f"tot +1 (alle banden lopen tussen bewoners en {ander}): {duiding}."
    )


KENGETALLEN: dict[str, Kengetal] = {
    "actoren": Kengetal(
        "Actoren in het netwerk",
        0,
        0,
        lambda v: (
            f"{_n(v, 'actor', 'actoren')}: organisaties, initiatieven, instellingen en sleutelfiguren die deze "
            "maand actief zijn in of rond de buurt."
        ),
    ),
    "relaties": Kengetal(
        "Relaties",
        0,
        +1,
        lambda v: (
            f"{_n(v, 'relatie', 'relaties')}: samenwerking, informatie, steun, geld, ruimte of werving tussen "
            "twee actoren (spanningen niet meegeteld)."
        ),
    ),
    "spanningen": Kengetal(
        "Spanningen", 0, -1, lambda v: f"{_n(v, 'spanning', 'spanningen')}: relaties waarin het schuurt of botst."
    ),
    "dichtheid": Kengetal(
        "Dichtheid",
        2,
        +1,
        _aandeel(
            lambda v: (
                f"dichtheid {getal(v)}: {deel_tekst(v)} van alle mogelijke verbindingen tussen de actoren bestaat. "
                "Hoe hoger, hoe meer partijen elkaar rechtstreeks kennen."
            )
        ),
    ),
    "componenten": Kengetal(
        "Losse delen",
        0,
        -1,
        lambda v: (
            f"{_n(v, 'los deel', 'losse delen')}: groepjes die onderling niet verbonden zijn. Bij 1 is iedereen "
            "via via met elkaar verbonden."
        ),
    ),
    "grootste_component": Kengetal(
        "Grootste verbonden deel",
        2,
        +1,
        _aandeel(
            lambda v: (
                f"{getal(v)}: {deel_van(v, 'actoren')} {_ww(v, 'zit', 'zitten')} "
                "in het grootste verbonden deel van het netwerk."
            )
        ),
    ),
    "gem_intensiteit": Kengetal(
        "Gemiddelde samenwerking",
        1,
        +1,
        _aandeel(
            lambda v: (
                f"gemiddeld {getal(v, 1)} op een schaal van 1 (elkaar kennen) tot 5 (één team); "
                f"{round(v)} betekent {INTENSITEIT[min(5, max(1, round(v)))]}."
            )
        ),
    ),
    "platform_betweenness": Kengetal(
        "Platform als verbinder",
        2,
        +1,
        _aandeel(
            lambda v: (
                f"{getal(v)}: bij {procent(v)} van de paren andere actoren loopt de kortste weg via het platform. "
                "Hoe hoger, hoe meer het platform de verbinder in de buurt is."
            )
        ),
    ),
    "platform_bereik": Kengetal(
        "Bereik van het platform",
        2,
        +1,
        _aandeel(
            lambda v: (
                f"{getal(v)}: het platform bereikt {deel_van(v, 'andere actoren')} rechtstreeks of via één "
                "tussenschakel."
            )
        ),
    ),
    "ruggengraat": Kengetal(
        "Ruggengraat",
        2,
        +1,
        _aandeel(
            lambda v: (
                f"{getal(v)}: {deel_van(v, 'bewonerscommissies')} (ook VvE's en huurdersverenigingen) "
                f"{_ww(v, 'heeft', 'hebben')} een directe band met het platform."
            )
        ),
    ),
    "ei_index": Kengetal("Menging bewoners en professionals", 2, +1, _ei),
    "eenrichtingsverkeer": Kengetal(
        "Eenrichtingsverkeer",
        2,
        -1,
        _aandeel(
            lambda v: (
                f"{getal(v)}: bij {deel_van(v, 'informatiestromen')} tussen bewoners en professionals gaat "
                "informatie alleen van de bewoners naar de professionals en komt er niets terug (ophalen zonder "
                "terugbrengen)."
            )
        ),
    ),
    "verloop": Kengetal(
        "Verloop van verbindingen",
        2,
        0,
        _aandeel(
            lambda v: (
                f"{getal(v)}: {deel_van(v, 'verbindingen')} van vorige maand en deze maand samen "
                f"{_ww(v, 'is', 'zijn')} nieuw of verdwenen."
            )
        ),
    ),
    "activiteiten": Kengetal(
        "Activiteiten", 0, +1, lambda v: f"{_n(v, 'activiteit', 'activiteiten')} in de buurt deze maand."
    ),
    "bundelingsgraad": Kengetal(
        "Samen georganiseerd",
        2,
        +1,
        _aandeel(
            lambda v: f"{getal(v)}: {deel_van(v, 'activiteiten')} {_ww(v, 'had', 'hadden')} twee of meer organisatoren."
        ),
    ),
    "maatlat_gemiddelde": Kengetal(
        "Maatlat (eigen score)",
        1,
        +1,
        _aandeel(
            lambda v: (
                f"gemiddeld {getal(v, 1)} op een schaal van 1 tot 5 bij de eigen beoordeling op de erkenningscriteria."
            )
        ),
    ),
    "aantal_dubbele_functies": Kengetal(
        "Dubbele functies",
        0,
        -1,
        lambda v: (
            f"{_keer(v)} doen twee organisaties hetzelfde coördinerende werk (bijvoorbeeld allebei een "
            "nieuwsbrief) zonder echt samen te werken."
        ),
    ),
    "aantal_parallelle_infrastructuren": Kengetal(
        "Parallelle infrastructuren",
        0,
        -1,
        lambda v: (
            f"{_keer(v)} heeft een instelling van bovenaf iets naast het werk van bewoners gezet zonder "
            "echt samen te werken. Dat verdeelt de energie in de buurt."
        ),
    ),
    "aantal_belevingsverschillen": Kengetal(
        "Belevingsverschillen",
        0,
        -1,
        lambda v: (
            f"{_n(v, 'samenwerking wordt', 'samenwerkingen worden')} door de twee kanten heel verschillend "
            "beleefd (2 of meer punten verschil op de schaal van 1 tot 5)."
        ),
    ),
    "aantal_versnipperde_activiteiten": Kengetal(
        "Versnipperde activiteiten",
        0,
        -1,
        lambda v: (
            f"{_keer(v)} waren er losse activiteiten van dezelfde soort, kort na elkaar, door verschillende "
            "organisatoren, die samen één activiteit hadden kunnen zijn."
        ),
    ),
    "acties_gepland": Kengetal(
        "Acties erbij", 0, 0, lambda v: f"{_n(v, 'actie kwam', 'acties kwamen')} deze maand op de lijst."
    ),
    "acties_gedaan": Kengetal(
        "Acties gedaan", 0, +1, lambda v: f"{_n(v, 'actie is', 'acties zijn')} deze maand gedaan."
    ),
    "acties_niet_gedaan": Kengetal(
        "Acties niet gelukt",
        0,
        0,
        lambda v: f"{_n(v, 'actie is', 'acties zijn')} deze maand niet gelukt; de reden is een les.",
    ),
    "acties_open": Kengetal(
        "Acties open", 0, 0, lambda v: f"{_n(v, 'actie staat', 'acties staan')} aan het eind van de maand open."
    ),
    "acties_te_laat": Kengetal(
        "Acties over de deadline", 0, -1, lambda v: f"{_n(v, 'open actie is', 'open acties zijn')} over de deadline."
    ),
}
for _code in CRITERIA:
    KENGETALLEN[f"maatlat_{_code}"] = Kengetal(
        f"Maatlat: {CRITERIUM_TITEL[_code].lower()}",
        0,
        +1,
        (lambda c: lambda v: f"eigen score {geheel(v)} van 5 op: {CRITERIA[c]}")(_code),
    )

#: The figures of the one-page summary, in order.
SAMENVATTING = (
    "actoren",
    "dichtheid",
    "gem_intensiteit",
    "platform_bereik",
    "ruggengraat",
    "ei_index",
    "spanningen",
    "aantal_parallelle_infrastructuren",
    "activiteiten",
    "resultaten_totaal",
    "verzoeken_open",
    "middelen_platform",
    "acties_open",
    "maatlat_gemiddelde",
)
#: Collaboration patterns: the trend charts.
PATRONEN = (
    "actoren",
    "dichtheid",
    "gem_intensiteit",
    "platform_betweenness",
    "platform_bereik",
    "ruggengraat",
    "ei_index",
    "eenrichtingsverkeer",
    "verloop",
    "spanningen",
    "bundelingsgraad",
    "aantal_parallelle_infrastructuren",
    "resultaten_totaal",
    "verzoeken_open",
    "middelen_platform",
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


# ---- Version 2: what the buurt achieved, asked and carries, and how its network is read ---------------------------

DOMEIN_TEKST = {
    "wonen": "wonen",
    "openbare_ruimte": "openbare ruimte",
    "voorzieningen": "voorzieningen",
    "veiligheid": "veiligheid",
    "sociaal": "sociaal",
    "economie": "economie",
    "mobiliteit": "mobiliteit",
    "bestuur": "bestuur en zeggenschap",
    "overig": "overig",
}
UITKOMST_TEKST = {
    "open": "nog geen antwoord",
    "toegezegd": "toegezegd",
    "deels": "deels toegezegd",
    "afgewezen": "afgewezen",
    "geen_reactie": "gesloten zonder reactie",
}
BELEMMERING_TEKST = {
    "tijd": "tijd",
    "geld": "geld",
    "ruimte": "ruimte (een plek)",
    "regels": "regels",
    "samenwerking": "samenwerking",
    "communicatie": "communicatie",
    "kennis": "kennis",
    "draagvlak": "draagvlak",
    "overig": "iets anders",
}
#: What a resource relation brings, in words.
MIDDEL_TEKST = {"ondersteuning": "steun", "financiering": "geld", "ruimte": "een ruimte"}
#: The rows and columns of the connection map (verbindingskaart).
VERBINDINGSTYPE_TEKST = {
    "lotgenoten": "Lotgenotengroepen",
    "buren_en_sleutelfiguren": "Buren en sleutelfiguren",
    "bewonersinitiatieven": "Bewonersinitiatieven, -commissies en het platform",
    "verenigingen": "Verenigingen",
    "bedrijven": "Ondernemers",
    "instellingen": "Instellingen",
}
VERBINDINGSFUNCTIE_TEKST = {
    "bundeling": "Samen doen",
    "sociaal_kapitaal": "Steun, geld of ruimte",
    "werven": "Mensen werven",
}
_EENHEID = {
    "euro": ("", ""),
    "woningen": ("woning", "woningen"),
    "personen": ("persoon", "personen"),
    "m2": ("m²", "m²"),
    "stuks": ("stuk", "stuks"),
}


def omvang_tekst(amount, eenheid: str) -> str:
    """A result's size with its unit: ``€ 12.000``, ``35 woningen``, ``1 woning``, ``600 m²``; ``–`` without one.

    >>> omvang_tekst(12000, "euro"), omvang_tekst(1, "woningen"), omvang_tekst(2.5, "m2")
    ('€ 12.000', '1 woning', '2,5 m²')
    """
    if leeg(amount) or leeg(eenheid):
        return "–"
    number = getal(amount, 2, strip=True)
    if eenheid == "euro":
        return f"€ {number}"
    one, many = _EENHEID.get(eenheid, (eenheid, eenheid))
    return f"{number} {one if float(amount) == 1 else many}"


def _erkend_maanden(v) -> str:
    if leeg(v):
        return "het platform is (nog) niet erkend."
    n = round(float(v))
    if n == 0:
        return "het platform is deze maand voor het eerst erkend."
    return f"{meervoud(n, 'maand', 'maanden')} geleden werd het platform voor het eerst erkend."


def _maatlat_verschil(v) -> str:
    if leeg(v):
        return "nog niet te berekenen: deze maand scoorde niemand anders dezelfde criteria als de buurt zelf."
    if abs(v) < 0.005:
        return "0: de buurt scoort zichzelf gemiddeld even hoog als anderen haar scoren op dezelfde criteria."
    return (
        f"{getal(v)}: de buurt scoort zichzelf gemiddeld {getal(abs(v), 2, strip=True)} "
        f"{'punt' if abs(v) <= 1 else 'punten'} "
        f"{'hoger' if v > 0 else 'lager'} dan anderen (een andere buurt, de stadsdeelcommissie) haar scoren "
        "op dezelfde criteria."
    )


_V2: dict[str, Kengetal] = {
    "erkend": Kengetal(
        "Erkend",
        0,
        +1,
        lambda v: (
            "–"
            if leeg(v)
            else (
                "het platform is deze maand erkend als buurtplatform."
                if v
                else "het platform is deze maand niet erkend als buurtplatform."
            )
        ),
    ),
    "erkend_maanden": Kengetal("Maanden sinds erkenning", 0, 0, _erkend_maanden),
    "resultaten": Kengetal(
        "Resultaten deze maand",
        0,
        +1,
        lambda v: (
            f"{_n(v, 'resultaat', 'resultaten')} deze maand: iets wat de buurt bereikte, of wat dankzij de buurt "
            "besloten werd."
        ),
    ),
    "resultaten_totaal": Kengetal(
        "Resultaten tot nu toe",
        0,
        +1,
        lambda v: (
            f"{_n(v, 'resultaat', 'resultaten')} sinds het begin van de gegevens: alles wat de buurt bereikte, of wat "
            "dankzij de buurt besloten werd."
        ),
    ),
    "verzoeken_gedaan": Kengetal(
        "Verzoeken gedaan",
        0,
        0,
        lambda v: f"{_n(v, 'verzoek', 'verzoeken')} deze maand aan een instelling (het stadsdeel, een corporatie, …).",
    ),
    "verzoeken_beantwoord": Kengetal(
        "Verzoeken beantwoord", 0, +1, lambda v: f"{_n(v, 'verzoek kreeg', 'verzoeken kregen')} deze maand antwoord."
    ),
    "verzoeken_open": Kengetal(
        "Verzoeken zonder antwoord",
        0,
        -1,
        lambda v: f"{_n(v, 'verzoek wacht', 'verzoeken wachten')} aan het eind van de maand nog op antwoord.",
    ),
    "verzoeken_open_30": Kengetal(
        "Langer dan 30 dagen zonder antwoord",
        0,
        -1,
        lambda v: f"{_n(v, 'verzoek wacht', 'verzoeken wachten')} al langer dan 30 dagen op antwoord.",
    ),
    "verzoeken_toegezegd": Kengetal(
        "Verzoeken toegezegd",
        0,
        +1,
        lambda v: f"{_n(v, 'verzoek werd', 'verzoeken werden')} deze maand (deels) toegezegd.",
    ),
    "verzoeken_afgewezen": Kengetal(
        "Verzoeken afgewezen", 0, -1, lambda v: f"{_n(v, 'verzoek werd', 'verzoeken werden')} deze maand afgewezen."
    ),
    "antwoordtijd": Kengetal(
        "Dagen tot een antwoord",
        1,
        -1,
        lambda v: (
            "nog niet te berekenen: nog geen verzoek is beantwoord."
            if leeg(v)
            else f"middelste wachttijd tot een antwoord: {dagen(v)}; "
            "de helft van de beantwoorde verzoeken kreeg sneller antwoord, de helft trager."
        ),
    ),
    "nagekomen": Kengetal(
        "Toezeggingen nagekomen",
        2,
        +1,
        lambda v: (
            "nog niet te berekenen: er is nog niets toegezegd."
            if leeg(v)
            else f"{getal(v)}: {deel_van(v, 'toezeggingen tot nu toe')} {_ww(v, 'is', 'zijn')} ook nagekomen."
        ),
    ),
    "middelen": Kengetal(
        "Middelen voor bewoners",
        0,
        +1,
        lambda v: (
            f"{_n(v, 'relatie', 'relaties')} waarin bewoners of hun groepen deze maand steun, geld of een ruimte "
            "krijgen van een ander."
        ),
    ),
    "middelen_platform": Kengetal(
        "Middelen voor het platform",
        0,
        +1,
        lambda v: (
            "nog niet te berekenen: het platform staat deze maand niet in de gegevens."
            if leeg(v)
            else f"{_keer(v)} krijgt het platform zelf deze maand steun, geld of een ruimte van een ander."
        ),
    ),
    "aantal_middelen_aflopend": Kengetal(
        "Loopt binnen drie maanden af",
        0,
        -1,
        lambda v: f"{_keer(v)} loopt steun, geld of een ruimte voor bewoners binnen drie maanden af.",
    ),
    "afspraken_gepland": Kengetal(
        "Intervisie-afspraken erbij",
        0,
        0,
        lambda v: (
            f"{_n(v, 'afspraak uit de intervisie kwam', 'afspraken uit de intervisie kwamen')} deze maand op de "
            "actielijst."
        ),
    ),
    "afspraken_gedaan": Kengetal(
        "Intervisie-afspraken gedaan",
        0,
        +1,
        lambda v: (
            f"{_n(v, 'afspraak uit de intervisie is', 'afspraken uit de intervisie zijn')} deze maand uitgevoerd."
        ),
    ),
    "afspraken_niet_gedaan": Kengetal(
        "Intervisie-afspraken niet gelukt",
        0,
        0,
        lambda v: (
            f"{_n(v, 'afspraak uit de intervisie is', 'afspraken uit de intervisie zijn')} deze maand niet gelukt."
        ),
    ),
    "afspraken_open": Kengetal(
        "Intervisie-afspraken open",
        0,
        0,
        lambda v: (
            f"{_n(v, 'afspraak uit de intervisie staat', 'afspraken uit de intervisie staan')} aan het eind van de "
            "maand open."
        ),
    ),
    "afspraken_te_laat": Kengetal(
        "Intervisie-afspraken over de deadline",
        0,
        -1,
        lambda v: (
            f"{_n(v, 'open afspraak uit de intervisie is', 'open afspraken uit de intervisie zijn')} over de deadline."
        ),
    ),
    "maatlat_verschil": Kengetal("Maatlat: eigen score min die van anderen", 2, 0, _maatlat_verschil),
    "ei_index_eerste": Kengetal(
        "Menging bewoners en eerste lijn", 2, +1, lambda v: _ei(v, "professionals in de buurt")
    ),
    "ei_index_tweede": Kengetal("Menging bewoners en tweede lijn", 2, +1, lambda v: _ei(v, "beleid")),
    "aantal_verbinders": Kengetal(
        "Verbinders",
        0,
        0,
        lambda v: (
            f"{_n(v, 'actor houdt', 'actoren houden')} het netwerk bij elkaar: over hen lopen de meeste kortste wegen "
            "tussen anderen (hoogstens vijf genoemd)."
        ),
    ),
    "aantal_vindplaats": Kengetal(
        "Vindplaatsen",
        0,
        -1,
        lambda v: (
            f"{_n(v, 'bewonersgroep', 'bewonersgroepen')} waar professionals mensen werven "
            "zonder er steun, geld of een ruimte terug te brengen."
        ),
    ),
}
KENGETALLEN.update(_V2)
#: Figures of version 2: each is explained with its number in its own section of the report.
IN_EIGEN_SECTIE = frozenset(_V2)
#: Figures in words that the position table leaves out, as a rank among buurten says little about them: a yes or
#: no, a list of at most five by definition, and this month's results, requests and agreements alone (mostly 0 or
#: 1); the totals, what is open, answer times and promises kept are compared.
NIET_VERGELIJKEN = frozenset(
    {
        "erkend",
        "aantal_verbinders",
        "resultaten",
        "verzoeken_gedaan",
        "verzoeken_beantwoord",
        "verzoeken_toegezegd",
        "verzoeken_afgewezen",
        "afspraken_gepland",
        "afspraken_gedaan",
        "afspraken_niet_gedaan",
    }
)
#: Panel columns without words of their own: the parts of objects that their section shows whole, in a table or
#: a list (the connection map, the barriers, the sizes of results), not compared one by one among buurten.
ALLEEN_IN_SECTIE = ("verbindingskaart_", "belemmeringen_", "resultaten_omvang_")
