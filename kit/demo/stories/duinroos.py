"""Duinroosbuurt: a buurt as it often comes in, known from one source only, the platform's own blog.

The facilitator transcribes what the blog says: who the platform works with,
its activities, and in June a post that lists what the platform achieved over
the past years, two of them without a date.  There is no action list, no
maatlat, no requests and no recognition: the buurt keeps only activities and
results beside its network, and its reports say "niet vastgelegd" for the
rest instead of 0.
"""

from __future__ import annotations

from ..model import Story

#: The one source of everything known about the buurt.
BLOG = "blog van het platform"

STORY = Story(
    id="duinroos",
    code="dr",
    naam="Duinroosbuurt",
    stadsdeel="Noorderkim",
    start=5,
    platform="Buurtplatform Duinroos",
    herkomst="onderop",
    commissies=2,
    initiatieven=3,
    professionals=2,
    sleutelfiguren=("ja",),
    ruggengraat=1.0,
    bundeling=0.3,
    terugkoppeling=0.5,
    nieuw=0.0,
    dubbel=0,
    kloof=0,
    activiteiten=(0, 0, 0, 0, 1, 1, 1, 0, 1, 1, 1, 1),
    acties=(),
    maatlat=(3, 3),
    verzoeken=0,
    bijgehouden=("activiteiten", "resultaten"),
    bron=BLOG,
    resultaten=(
        (
            10,
            2,
            "Drie bankjes langs het duinpad",
            "openbare_ruimte",
            "sd",
            (),
            3,
            "stuks",
            "Blog van het platform, 2 oktober",
        ),
    ),
    achteraf=(
        (
            (6, 12),
            None,
            "De speeltuin aan het Duinplein bleef open",
            "voorzieningen",
            "sd",
            (),
            None,
            None,
            "Blog van het platform, 12 juni: wat we de afgelopen jaren bereikten",
        ),
        (
            (6, 12),
            None,
            "Geen hoogbouw op het veldje achter de school",
            "wonen",
            "sd",
            ("bc1",),
            None,
            None,
            "Blog van het platform, 12 juni: wat we de afgelopen jaren bereikten",
        ),
        (
            (6, 12),
            (3, 14),
            "Een buurtkamer in de bibliotheek",
            "voorzieningen",
            "gemeente",
            (),
            1,
            "stuks",
            "Blog van het platform, 12 juni: wat we de afgelopen jaren bereikten",
        ),
    ),
)
