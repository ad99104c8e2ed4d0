"""Parallelle infrastructuren en dubbel werk: who does what twice, what could be done, and activities split up.

The pairs are the figures ``parallelle_infrastructuren`` and
``dubbele_functies``.  Since version 2 of the figures a pair may have
a top-down actor without a buurt (a stadsdeel, the gemeente, a city-wide
institution) on one side: the text names it for what it is, working for all
its buurten, and asks whether it can do this in the buurt together with the
buurt's own actor, or leave it to the buurt.  The fragmented activities are
the figure ``versnipperde_activiteiten``.
"""

from __future__ import annotations

from kit.analysis.measures.activities import FRAGMENT_DAYS
from kit.dutch import geheel, leeg, termijn
from kit.report.html import Html, e, lijst
from kit.report.kengetallen import ACTIVITEIT_TEKST, FUNCTIE_TEKST, INTENSITEIT_KORT
from kit.report.maandrapport.rapport import Maandrapport
from kit.report.sectie import BIJLAGE, Sectie
from kit.report.words import datum_tekst, inkorten

#: How an actor without a buurt is described, by its ``soort``.
BREED_TEKST = {"stadsdeel": "het stadsdeel, voor al zijn buurten", "gemeente": "de gemeente, voor de hele stad"}
#: How an actor of the buurt is described, by its ``herkomst`` (``onbekend``: not said).
HERKOMST_TEKST = {
    "bovenaf": "opgezet door een instelling",
    "onderop": "opgezet door bewoners",
    "gemengd": "gemengd opgezet",
}


def paren(entries) -> list[tuple[str, str]]:
    """The actor pairs of ``parallelle_infrastructuren`` or ``dubbele_functies``."""
    return [tuple(entry["actoren"]) for entry in entries]


def breed(rapport: Maandrapport, actor) -> bool:
    """Whether ``actor`` works beyond the buurt: an actor of the month without a buurt (stadsdeel, gemeente, …)."""
    actors = rapport.snap.actoren
    return actor in actors.index and leeg(actors.at[actor, "buurt"])


def render(rapport: Maandrapport) -> Html:
    """Every parallel infrastructure and other duplicated function, then the activities split up."""
    return Html(dubbel_werk(rapport) + versnippering(rapport))


def dubbel_werk(rapport: Maandrapport) -> str:
    """Every parallel infrastructure, then every other duplicated function, in a sentence each."""
    f = rapport.figuren
    parallel = paren(f["parallelle_infrastructuren"])
    parts = []
    if f["parallelle_infrastructuren"]:
        parts.append(
            "<p>Een <strong>parallelle infrastructuur</strong> ontstaat als een instelling van bovenaf "
            "iets opzet naast wat bewoners al hadden (een tweede nieuwsbrief, een tweede overleg, een "
            "tweede platform), zonder echt samen te werken. Dat verdeelt de energie in de buurt. "
            "Deze maand:</p>"
        )
        parts.append(lijst(dubbel_zin(rapport, entry) for entry in f["parallelle_infrastructuren"]))
        if any(breed(rapport, a) for pair in parallel for a in pair):
            parts.append(
                "<p>Ook een stadsdeel, de gemeente of een stadsbrede instelling kan zo naast de buurt "
                "komen te staan: het regelt voor al zijn buurten tegelijk wat de buurt zelf al regelt, "
                "bijvoorbeeld een eigen buurtbudgetronde naast de buurtpot van het platform.</p>"
            )
    else:
        parts.append(
            "<p>Deze maand is er geen <strong>parallelle infrastructuur</strong>: geen instelling doet "
            "van bovenaf hetzelfde coördinerende werk als een partij uit de buurt zonder samen te "
            "werken.</p>"
        )
    overig = [d for d in f["dubbele_functies"] if tuple(d["actoren"]) not in parallel]
    if overig:
        parts.append(
            "<p>Daarnaast doen deze partijen hetzelfde coördinerende werk zonder echt samen te "
            "werken (<strong>dubbele functies</strong>, allebei niet van bovenaf opgezet):</p>"
        )
        parts.append(lijst(dubbel_zin(rapport, entry) for entry in overig))
    parts.append(
        "<p>“Echt samenwerken” betekent hier: minstens samen plannen (3 op de schaal van 1 tot 5), en "
        "als beide partijen hun kant hebben verteld, moeten ze dat allebei zo zien.</p>"
    )
    return "".join(parts)


def dubbel_zin(rapport: Maandrapport, entry) -> str:
    """One pair in a sentence (HTML): who, what they both do, how far they work together, and a question."""
    a, b = entry["actoren"]
    functies = ", ".join(FUNCTIE_TEKST.get(x, x) for x in entry["functies"])
    actors = rapport.snap.actoren

    def wie(actor):
        if breed(rapport, actor):
            bron = BREED_TEKST.get(actors.at[actor, "soort"], "van bovenaf, voor meer buurten dan deze")
        else:
            bron = HERKOMST_TEKST.get(actors.at[actor, "herkomst"] if actor in actors.index else None, "")
        return f"<strong>{e(rapport.naam_van(actor))}</strong>" + (f" ({e(bron)})" if bron else "")

    level = rapport.samenwerking.get((a, b), 0)
    stand = (
        "ze hebben geen samenwerkingsrelatie"
        if not level
        else f"hun samenwerking staat op {level} van 5 ({INTENSITEIT_KORT[level]})"
    )
    wijd = next((x for x in (a, b) if breed(rapport, x)), None)
    if wijd is not None:
        eigen = b if wijd == a else a
        vraag = (
            f"Kan {rapport.naam_van(wijd)} dit in {rapport.naam} samen met {rapport.naam_van(eigen)} doen, of "
            "het aan de buurt overlaten?"
        )
    else:
        vraag = "Kan dit samen, of kan één van beide het overlaten aan de ander?"
    return f"{wie(a)} en {wie(b)} doen allebei {e(functies)}; {e(stand)}. {e(vraag)}"


def versnippering(rapport: Maandrapport) -> str:
    """Split activities that could have been one, in words; where the buurt keeps no activities, that it does not."""
    niet = rapport.niet_vastgelegd("activiteiten")
    if niet is not None:
        return str(niet)
    groups = rapport.figuren["versnipperde_activiteiten"]
    acts = rapport.snap.activiteiten.set_index("id")
    if not groups:
        return (
            "<p>Deze maand geen <strong>versnipperde activiteiten</strong>: er waren geen losse "
            "activiteiten van dezelfde soort, kort na elkaar, door steeds andere organisatoren.</p>"
        )
    parts = [
        "<p><strong>Versnipperde activiteiten</strong> zijn activiteiten van dezelfde soort, binnen "
        f"{termijn(FRAGMENT_DAYS)}, door verschillende organisatoren die niet samen organiseerden. Samen hadden "
        "ze één activiteit kunnen zijn, met meer bezoekers en minder werk:</p>"
    ]
    groepen = []
    for group in groups:
        items = []
        for act in group:
            r = acts.loc[act]
            org = ", ".join(rapport.naam_van(o) for o in r["organisatoren"])
            deel = "" if leeg(r["deelnemers"]) else f", {geheel(r['deelnemers'])} deelnemers"
            items.append(
                f"<em>{e(inkorten(rapport.schoon(r['naam'])))}</em> ({e(datum_tekst(r['datum']))}, door "
                f"{e(org)}{e(deel)})"
            )
        soort = ACTIVITEIT_TEKST.get(acts.loc[group[0], "soort"], "activiteit")
        groepen.append(f"{' en '.join(items) if len(items) == 2 else ', '.join(items)}: allemaal een {e(soort)}.")
    parts.append(lijst(groepen))
    return "".join(parts)


SECTIE = Sectie(render, deel=BIJLAGE, kop="Parallelle infrastructuren en dubbel werk")
