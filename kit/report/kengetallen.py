"""The reports' words for figures: a value's sentence and its change, the figures a report shows, the vocabularies.

Each figure's Dutch title, sentence, decimals and direction are its
declaration's (:mod:`kit.analysis.catalogue`); here they are read for a
report: what a value means (:func:`uitleg`, or :func:`uitleg_van` where
the buurt may not keep the register) and whether a change is good news
(:func:`verschil`).
"""

from __future__ import annotations

from kit.analysis.catalogue import COLUMN
from kit.analysis.registers import NIET_BIJGEHOUDEN
from kit.dutch import MIN, getal, leeg
from kit.report.words import datum_tekst

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
    """The sentence that explains ``value`` of the panel column ``key`` (its declaration's ``sentence``)."""
    sentence = COLUMN[key].sentence
    assert sentence is not None, f"{key} is explained in its own section, without a sentence"
    return sentence(value)


def bijgehouden(key: str, registers: dict[str, bool]) -> bool:
    """Whether the buurt keeps the register the panel column ``key`` is computed from (``registers``:
    :func:`kit.analysis.registers.kept`); a column of actors and relations always."""
    figure = COLUMN[key].figure
    return figure is None or figure.register is None or registers[figure.register]


def uitleg_van(key: str, value, registers: dict[str, bool]) -> str:
    """:func:`uitleg`, or where the buurt does not keep the column's register the sentence that says so: what is
    not recorded is "niet vastgelegd", never 0."""
    figure = COLUMN[key].figure
    if not bijgehouden(key, registers):
        assert figure is not None and figure.register is not None
        return NIET_BIJGEHOUDEN[figure.register]
    return uitleg(key, value)


def verschil(key: str, nu, vorig) -> tuple[str, float | None]:
    """The change since last month as the table prints it (``+2``, ``gelijk``, ``vrijwel gelijk``, ``–``) and as a
    number rounded to the column's decimals (``None`` when there is nothing to compare or nothing changed).  Whether
    it is good news is :mod:`kit.report.verdicts`' to say."""
    k = COLUMN[key]
    if leeg(vorig) or leeg(nu):
        return "–", None
    delta = float(nu) - float(vorig)
    if abs(delta) < 1e-9:
        return "gelijk", None
    tekst = ("+" if delta > 0 else "") + k.text(delta)
    if tekst.lstrip("+" + MIN).strip("0,") == "":
        return "vrijwel gelijk", None
    decimals = k.decimals or 0
    return tekst, round(round(float(nu), decimals) - round(float(vorig), decimals), decimals)


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
    "instelling": "een instelling (geen antwoord, geweigerd of niet nagekomen)",
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


def resultaat_wanneer(r) -> str:
    """When a result was achieved, and when it was recorded where that was later (``resultaten.gemeld``):
    ``12 juni 2025``, ``14 maart 2025 (vastgelegd 12 juni 2025)``, ``datum onbekend (vastgelegd 12 juni 2025)``.

    >>> resultaat_wanneer({"datum": None, "gemeld": "2025-06-12"})
    'datum onbekend (vastgelegd 12 juni 2025)'
    """
    if leeg(r["gemeld"]):
        return datum_tekst(r["datum"])
    bereikt = "datum onbekend" if leeg(r["datum"]) else datum_tekst(r["datum"])
    return f"{bereikt} (vastgelegd {datum_tekst(r['gemeld'])})"


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
