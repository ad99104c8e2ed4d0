"""Waar het schuurt: the parallel infrastructures of the month and the tensions, by name, with their reason.

The parallel infrastructures are the figure ``parallelle_infrastructuren``,
each in the sentence of the appendix's section (:func:`.parallel.dubbel_zin`:
who, from where, what they both do, how far they work together, a question).
The tensions are episodes (:func:`kit.analysis.tensions.tension_episodes`):
those that last into the month, since when, the recorded reason, who
reported it when a third party did, and when one ended this month.  The brief
shows at most :data:`.grenzen.PARALLEL` and :data:`.grenzen.SPANNINGEN` of
them, in their order, and counts the rest, which the appendix lists
(:func:`alles`).
"""

from __future__ import annotations

from kit.analysis.tensions import Tension, tension_episodes
from kit.dutch import leeg
from kit.report.html import Html, e, lijst
from kit.report.maandrapport.grenzen import PARALLEL, SPANNINGEN
from kit.report.maandrapport.parallel import dubbel_zin
from kit.report.maandrapport.rapport import Maandrapport
from kit.report.sectie import Sectie
from kit.report.words import datum_tekst


def render(rapport: Maandrapport) -> Html:
    """The parallel infrastructures (when the buurt takes part), then the tensions, each list at most its bound
    (:data:`~.grenzen.PARALLEL`, :data:`~.grenzen.SPANNINGEN`) and the rest counted; or that there are none — or,
    before the buurt takes part, that none is recorded yet rather than that there is none."""
    parallel, tensions = lijsten(rapport)
    if not parallel and not tensions and not rapport.doet_mee:  # no network of the buurt in the data: nothing to say
        return Html(
            "<p>De buurt doet deze maand nog niet mee; of er parallelle infrastructuur of spanning is, "
            "is nog niet vastgelegd.</p>"
        )
    if not parallel and not tensions:
        return Html("<p>Deze maand staat er geen parallelle infrastructuur en geen spanning in de gegevens.</p>")
    return Html(_delen(rapport, parallel, tensions, ingekort=True))


def lijsten(rapport: Maandrapport) -> tuple[list, list[Tension]]:
    """The month's parallel infrastructures (none before the buurt takes part) and its tensions that last into it."""
    parallel = rapport.figuren["parallelle_infrastructuren"] if rapport.doet_mee else []
    tensions = [t for t in tension_episodes(rapport.data, rapport.buurt, rapport.month) if t.active]
    return parallel, tensions


def _delen(rapport: Maandrapport, parallel: list, tensions: list[Tension], *, ingekort: bool) -> str:
    """The parallel infrastructures and the tensions; ``ingekort``: each list at most its bound, then the sentence
    counting the rest."""
    parts = []
    if parallel:
        parts.append(
            "<p><strong>Parallelle infrastructuur</strong>: een instelling doet van bovenaf hetzelfde werk als "
            "een partij uit de buurt, zonder echt samen te werken.</p>"
        )
        shown = PARALLEL.kies(parallel) if ingekort else parallel
        rest = PARALLEL.en_nog(len(parallel) - len(shown))
        parts.append(lijst([*(dubbel_zin(rapport, entry) for entry in shown), *([e(rest)] if rest else [])]))
    if tensions:
        getoond = SPANNINGEN.kies(tensions) if ingekort else tensions
        rest = SPANNINGEN.en_nog(len(tensions) - len(getoond))
        regels = [e(spanning_zin(rapport, t)) for t in getoond] + ([e(rest)] if rest else [])
        parts.append("<p><strong>Spanning</strong></p>" + lijst(regels))
    return "".join(parts)


def weggelaten(rapport: Maandrapport) -> int:
    """How many parallel infrastructures and tensions the brief leaves out (they stand in the appendix)."""
    parallel, tensions = lijsten(rapport)
    return len(parallel) - len(PARALLEL.kies(parallel)) + len(tensions) - len(SPANNINGEN.kies(tensions))


def alles(rapport: Maandrapport) -> Html:
    """Every parallel infrastructure and tension of the month, none left out: the appendix's list."""
    parallel, tensions = lijsten(rapport)
    return Html(_delen(rapport, parallel, tensions, ingekort=False))


def spanning_zin(rapport: Maandrapport, t: Tension) -> str:
    """One tension as an episode: ``Tussen A en B, sinds 1 april 2024 (gemeld door C): reason. Voorbij op …``."""
    a, b = (rapport.naam_van(x) for x in t.sides)
    sinds = f", sinds {datum_tekst(t.vanaf)}" if t.vanaf is not None else ""
    door = f" (gemeld door {rapport.naam_van(t.gemeld_door)})" if t.gemeld_door else ""
    reden = f": {rapport.schoon(t.toelichting).strip().rstrip('.')}" if not leeg(t.toelichting) else ""
    einde = f" Voorbij op {datum_tekst(t.tot)}." if t.tot is not None and t.tot <= rapport.month.end_time else ""
    waarom = "" if reden else "; waarom is niet vastgelegd"
    return f"Tussen {a} en {b}{sinds}{door}{reden}{waarom}.{einde}"


SECTIE = Sectie(render, kop="Waar het schuurt", altijd=True)
