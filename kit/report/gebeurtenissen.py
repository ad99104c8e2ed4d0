"""The month's events and what waits at institutions, in Dutch sentences: the words every report shares.

An event (:class:`kit.analysis.events.Event`) or an open item
(:class:`kit.analysis.open_items.OpenItem`) holds ids and raw text.  The
report that words it passes in its own :class:`Names`: how it names an actor
(its privacy rule: a person without consent by a pseudonym, an actor of
another buurt as such), how it redacts free text (``schoon``), and how it
names a buurt.  Nothing here looks a name up itself, so a sentence is as safe
as the report's own names and redactor, and the brief, the intervision sheet
and the synthesis word one event alike.

Sentences are plain text: the report escapes them for where they land.
Each names what happened and who did it — a refusal names the institution
that refused — without calling it good or bad (``docs/reports.md``,
"Verdicts").
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from kit.analysis.catalogue.fourth import TREDE
from kit.analysis.events import Event, by_institution
from kit.analysis.measures.requests import OVERDUE_DAYS
from kit.analysis.measures.tables import rung
from kit.analysis.open_items import OpenItem
from kit.dutch import dagen, hoofdletter, leeg
from kit.report.kengetallen import BELEMMERING_TEKST, FUNCTIE_TEKST, INTENSITEIT_KORT
from kit.report.words import datum_tekst, inkorten, maand_lang, opsomming

if TYPE_CHECKING:
    from kit.report.context import Rapport


@dataclass(frozen=True)
class Names:
    """What a report passes in to word events: its names and its redactor.

    Attributes
    ----------
    actor : callable
        Actor id → the name the report may show (``Maandrapport.naam_van``).
    schoon : callable
        Free text → the text with protected names replaced (``Maandrapport.schoon``).
    buurt : callable
        Buurt id → the buurt's name (buurten are no persons); the id itself by default.
    """

    actor: Callable[[str], str]
    schoon: Callable[[Any], str]
    buurt: Callable[[str], str] = str

    @classmethod
    def of(cls, report: Rapport) -> Names:
        """The names of a report's context: its ``naam_van``, ``schoon`` and ``buurtnaam``."""
        return cls(report.naam_van, report.schoon, report.buurtnaam)


def titel(text: Any, namen: Names) -> str:
    """Free text as a quoted title: redacted by the report, shortened like a name: ``‘Samen één buurtkrant’``."""
    return f"‘{inkorten(namen.schoon(text))}’"


def datum(event: Event) -> str:
    """The day of ``event`` in Dutch (``8 maart 2025``), or its month when only the month is known (``maart 2025``)."""
    return datum_tekst(event.day) if event.day is not None else maand_lang(event.month)


def _wie(actors: tuple[str, ...], namen: Names) -> str:
    return opsomming(namen.actor(a) for a in actors)


def _functies(functies: tuple[str, ...]) -> str:
    return opsomming(FUNCTIE_TEKST.get(f, f) for f in functies)


#: A relation of each kind as a noun phrase, with the two actors' names.
_RELATIE: dict[str, Callable[[str, str], str]] = {
    "samenwerking": lambda a, b: f"de samenwerking van {a} en {b}",
    "spanning": lambda a, b: f"de spanning tussen {a} en {b}",
    "informatie": lambda a, b: f"de informatie van {a} aan {b}",
    "ondersteuning": lambda a, b: f"de steun van {a} aan {b}",
    "financiering": lambda a, b: f"het geld van {a} voor {b}",
    "ruimte": lambda a, b: f"de ruimte van {a} voor {b}",
    "werving": lambda a, b: f"de werving door {a} via {b}",
}


def relatie_tekst(soort: str, van: str, naar: str, namen: Names) -> str:
    """A relation of ``soort`` from actor ``van`` to ``naar`` as a noun phrase: ``de steun van A aan B``."""
    return _RELATIE[soort](namen.actor(van), namen.actor(naar))


def relatie(event: Event, namen: Names) -> str:
    """The relation of a relation or support event as a noun phrase (:func:`relatie_tekst`)."""
    van, naar = event.actors
    return relatie_tekst(event.detail["soort"], van, naar, namen)


def _resultaat(e: Event, n: Names) -> str:
    tegenpartij = e.detail.get("tegenpartij")
    bij = f" bij {n.actor(tegenpartij)}" if tegenpartij else ""
    partners = e.detail.get("samen_met", ())
    samen = f", samen met {_wie(partners, n)}" if partners else ""
    if e.kind == "resultaat_bereikt":
        return f"Bereikt{bij}: {titel(e.text, n)}{samen}."
    bereikt = e.detail.get("bereikt")
    wanneer = f"bereikt op {datum_tekst(bereikt)}" if bereikt is not None else "wanneer het bereikt is, is niet bekend"
    return f"Vastgelegd{bij}: {titel(e.text, n)}{samen}; {wanneer}."


def _verzoek(e: Event, n: Names) -> str:
    aan, van = (n.actor(a) for a in e.actors)
    onderwerp = titel(e.text, n)
    lang = dagen(e.detail.get("dagen"))
    zinnen = {
        "verzoek_gedaan": f"{van} vroeg {aan}: {onderwerp}.",
        "verzoek_toegezegd": f"{aan} zegde {onderwerp} toe, na {lang}.",
        "verzoek_deels": f"{aan} zegde {onderwerp} gedeeltelijk toe, na {lang}.",
        "verzoek_afgewezen": f"{aan} wees {onderwerp} af, na {lang}.",
        "verzoek_zonder_reactie": f"{aan} reageerde niet op {onderwerp}; het verzoek is na {lang} zonder antwoord "
        "gesloten.",
        "toezegging_nagekomen": f"{aan} kwam de toezegging {onderwerp} na, {lang} nadat die gedaan was.",
    }
    return hoofdletter(zinnen[e.kind])


def _netwerk(e: Event, n: Names) -> str:
    if e.kind == "actor_begonnen":
        return f"Nieuw in het netwerk: {n.actor(e.actors[0])}."
    if e.kind == "actor_gestopt":
        return f"Gestopt: {n.actor(e.actors[0])}."
    if e.kind in ("spanning_begonnen", "spanning_gestopt"):
        a, b = (n.actor(x) for x in e.actors)
        if e.kind == "spanning_gestopt":
            return f"De spanning tussen {a} en {b} is voorbij."
        reden = f": {n.schoon(e.text)}" if not leeg(e.text) else ""
        door = e.detail.get("gemeld_door")
        gemeld = f" (gemeld door {n.actor(door)})" if door else ""
        return f"Spanning tussen {a} en {b}{gemeld}{reden.rstrip('.')}."
    return f"{'Begonnen' if e.kind == 'relatie_begonnen' else 'Gestopt'}: {relatie(e, n)}{_niveau(e)}."


def _niveau(e: Event) -> str:
    level = e.detail.get("intensiteit")
    if e.detail.get("soort") != "samenwerking" or level is None:
        return ""
    return f" (niveau {int(level)} van 5: {INTENSITEIT_KORT[int(level)]})"


def _parallel(e: Event, n: Names) -> str:
    functies = _functies(e.detail["functies"])
    a, b = e.actors
    if e.kind == "parallel_opgelost":
        if e.detail.get("hoe") == "samenwerking":
            return (
                f"{n.actor(a)} en {n.actor(b)} werken nu echt samen aan {functies}: geen parallelle infrastructuur "
                "meer."
            )
        return f"Geen parallelle infrastructuur meer tussen {n.actor(a)} en {n.actor(b)}: één van beide is gestopt."
    taak = "dezelfde taak" if len(e.detail["functies"]) == 1 else "dezelfde taken"
    bovenaf = e.detail.get("bovenaf", ())
    if len(bovenaf) == 1:
        other = b if bovenaf[0] == a else a
        wie = f"{n.actor(bovenaf[0])}, van bovenaf opgezet, heeft {taak} als {n.actor(other)}"
    else:
        wie = f"{n.actor(a)} en {n.actor(b)} hebben {taak}"
    return f"Parallelle infrastructuur: {wie}, zonder echt samen te werken: {functies}."


def _actie(e: Event, n: Names) -> str:
    wat = titel(e.text, n)
    if e.kind == "actie_gedaan":
        return f"Gedaan: {wat}."
    if e.kind == "actie_vervallen":
        return f"Vervallen: {wat}."
    reden = n.schoon(e.detail.get("reden")).strip().rstrip(".")
    if by_institution(e):
        return (
            f"{hoofdletter(reden)}; daardoor lukte {wat} niet." if reden else f"Door een instelling lukte {wat} niet."
        )
    andere = [BELEMMERING_TEKST.get(b, b) for b in e.detail.get("belemmering", ())]
    belemmering = f" Wat in de weg stond: {opsomming(andere)}." if andere else ""
    return f"Niet gelukt: {wat}." + (f" Waarom: {reden}." if reden else "") + belemmering


def _erkenning(e: Event, n: Names) -> str:
    platform = n.actor(e.actors[0])
    if e.kind == "erkenning_beeindigd":
        return f"De erkenning van {platform} als buurtplatform is afgelopen."
    door = e.detail.get("besloten_door")
    besloten = f", besloten door {n.actor(door)}" if door else ""
    document = f" ({n.schoon(e.text)})" if not leeg(e.text) else ""
    return f"{platform} is erkend als buurtplatform{besloten}{document}."


def _steun(e: Event, n: Names) -> str:
    if e.kind == "steun_naast":  # verdict rule 7: support beside the platform, never a resource for residents
        return f"Steun naast het platform: {relatie(e, n)}."
    return f"Afgelopen: {relatie(e, n)}."


#: What a seat on each rung of the participation ladder lets its holder do, in plain Dutch, after the holder's name:
#: ``Buurtplatform Lindenhof beslist mee``.
TREDE_ZIN = {
    "geinformeerd": "wordt op de hoogte gehouden",
    "geraadpleegd": "wordt om een mening gevraagd",
    "adviserend": "geeft advies",
    "coproducerend": "maakt de plannen mee",
    "meebeslissend": "beslist mee",
    "zelfbeherend": "beslist en beheert zelf",
}


def trede(rol: str) -> str:
    """A rung of the participation ladder by its name and its place: ``adviserend, trede 3 van 6``.

    >>> trede("zelfbeherend")
    'zelfbeherend, trede 6 van 6'
    """
    return f"{TREDE[rol]}, trede {rung(rol)} van 6"


def _tafel(e: Event, n: Names) -> str:
    wie, tafel = n.actor(e.actors[0]), titel(e.text, n)
    if e.kind == "tafel_gestopt":
        if e.detail.get("opvolger"):  # the same table goes on in another seat: a change of role, not a seat lost
            return f"De rol van {wie} aan tafel bij {tafel} ({TREDE[e.detail['rol']]}) eindigt; de plek loopt door."
        return f"{wie} zit niet meer aan tafel bij {tafel}."
    trede_ = trede(e.detail["rol"])
    eigenaar = e.detail.get("eigenaar")
    if e.detail.get("toegang") == "uitgenodigd":
        door = f" door {n.actor(eigenaar)}" if eigenaar else ""
        return f"{wie} is{door} uitgenodigd aan tafel bij {tafel} ({trede_})."
    van = f" van {n.actor(eigenaar)}" if eigenaar else ""
    return f"{wie} vroeg zelf een plek aan tafel bij {tafel}{van} en kreeg die ({trede_})."


def _dialoog(e: Event, n: Names) -> str:
    met = f" met {_wie(e.actors, n)}" if e.actors else ""
    return f"Gesprek{met} over {titel(e.text, n)}."


def _dialoogafspraak(e: Event, n: Names) -> str:
    wie, wat = n.actor(e.actors[0]), titel(e.text, n)
    if e.kind == "dialoogafspraak_nagekomen":
        return f"{wie} kwam de afspraak {wat} na, gemaakt in het gesprek van {datum_tekst(e.detail['gemaakt'])}."
    if e.kind == "dialoogafspraak_vervallen":
        return f"De afspraak {wat} met {wie} is vervallen zonder te zijn nagekomen."
    return (
        f"De afspraak {wat} met {wie} is over de termijn van {datum_tekst(e.detail['deadline'])} en nog niet nagekomen."
    )


def _intervisie(e: Event, n: Names) -> str:
    voorzitter = n.buurt(e.detail["voorzitter"])
    aanwezig = len(e.detail.get("aanwezig", ()))
    met = f", met {aanwezig} buurten" if aanwezig > 1 else ""
    return f"Intervisie over {titel(e.text, n)}, voorgezeten door {voorzitter}{met}."


#: The wording of each family, by the kinds' prefix.
_FAMILIE: dict[str, Callable[[Event, Names], str]] = {
    "resultaat": _resultaat,
    "verzoek": _verzoek,
    "toezegging": _verzoek,
    "actor": _netwerk,
    "relatie": _netwerk,
    "spanning": _netwerk,
    "parallel": _parallel,
    "actie": _actie,
    "erkenning": _erkenning,
    "steun": _steun,
    "intervisie": _intervisie,
    "tafel": _tafel,
    "dialoog": _dialoog,
    "dialoogafspraak": _dialoogafspraak,
}


def zin(event: Event, namen: Names) -> str:
    """``event`` in one or two Dutch sentences, without its date (:func:`datum`), naming who did what.

    Examples
    --------
    >>> import pandas as pd
    >>> e = Event("b", "verzoek_afgewezen", pd.Timestamp("2025-03-08"), pd.Period("2025-03", "M"), "verzoeken",
    ...           "v1", ("corp", "plat"), "Spreekuur in de buurt", {"dagen": 11})
    >>> namen = Names({"corp": "Thuishaven", "plat": "Buurtplatform Vlinderhof"}.get, str)
    >>> zin(e, namen), datum(e)
    ('Thuishaven wees ‘Spreekuur in de buurt’ af, na 11 dagen.', '8 maart 2025')
    """
    return _FAMILIE[event.kind.split("_")[0]](event, namen)


def regel(event: Event, namen: Names) -> str:
    """``event`` as a dated line: ``8 maart 2025: Thuishaven wees … af, na 11 dagen.``"""
    return f"{datum(event)}: {zin(event, namen)}"


def open_zin(item: OpenItem, namen: Names) -> str:
    """What waits, without the institution (a report groups by it): the subject, since when and how long.

    >>> import pandas as pd
    >>> item = OpenItem("b", "verzoek", "v1", "sd", "plat", pd.Timestamp("2025-03-03"), 58, True, "Een bankje")
    >>> open_zin(item, Names(str, str))
    '‘Een bankje’, gevraagd op 3 maart 2025: wacht 58 dagen op antwoord, langer dan 30 dagen.'
    """
    onderwerp = titel(item.text, namen)
    if item.kind == "afspraak":
        return _afspraak_open(item, onderwerp)
    lang = f", langer dan {OVERDUE_DAYS} dagen" if item.overdue else ""
    if item.kind == "verzoek":
        return f"{onderwerp}, gevraagd op {datum_tekst(item.since)}: wacht {dagen(item.days)} op antwoord{lang}."
    deels = "gedeeltelijk " if item.detail.get("uitkomst") == "deels" else ""
    return (
        f"{onderwerp}, {deels}toegezegd op {datum_tekst(item.since)}: nog niet nagekomen na {dagen(item.days)}{lang}."
    )


def _afspraak_open(item: OpenItem, onderwerp: str) -> str:
    """An open agreement of a dialogue: when it was made, its deadline, and the days past it when it is late.

    >>> import pandas as pd
    >>> item = OpenItem("b", "afspraak", "a1", "sd", "", pd.Timestamp("2024-03-12"), 49, True, "Sleutel",
    ...                 {"deadline": pd.Timestamp("2024-03-31"), "over": 30})
    >>> _afspraak_open(item, "‘Sleutel’")
    '‘Sleutel’, afgesproken op 12 maart 2024, uiterlijk 31 maart 2024: nog niet nagekomen, 30 dagen over de termijn.'
    """
    gemaakt = f"{onderwerp}, afgesproken op {datum_tekst(item.since)}"
    deadline = item.detail.get("deadline")
    if deadline is None:
        return f"{gemaakt}, zonder termijn: staat {dagen(item.days)} open."
    if item.overdue:
        over = dagen(item.detail["over"])
        return f"{gemaakt}, uiterlijk {datum_tekst(deadline)}: nog niet nagekomen, {over} over de termijn."
    return f"{gemaakt}, uiterlijk {datum_tekst(deadline)}: staat open."


def wacht_bij(item: OpenItem, namen: Names) -> str:
    """What waits, naming the institution it waits at: ``Stadsdeel Zonnewaard: ‘…’, gevraagd op …``."""
    return f"{namen.actor(item.institution)}: {open_zin(item, namen)}"
