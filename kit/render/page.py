"""What the kit's template puts around a report, and where the template lives.

Kept apart from :mod:`.convert` so that planning a render, and writing its
index, need neither nbconvert nor WeasyPrint: the render's own process
never converts, its workers do (:class:`kit.render.batch.Factory`).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

#: The main part of a report (``kit.report.sectie.HOOFD``): all a monthly report's PDF prints, its buurtbrief.
HOOFD = "hoofd"

#: The nbconvert templates, shipped inside the package.
TEMPLATES = Path(os.fspath(resources.files(__package__) / "templates"))  # type: ignore[call-overload]  # an installed package: a path
TEMPLATE_NAME = "proeftuin"
AUTHOR = "Proeftuin kit"
#: The kit's HTML pages in a browser: no scripts, no frames, no forms, nothing loaded from elsewhere; only
#: the page's own ``<style>`` and images inside the page (``data:`` URIs).
CONTENT_SECURITY_POLICY = (
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"
)


def stylesheet() -> str:
    """The kit's one stylesheet, ``rapport.css`` of the template: the reports' and the index's."""
    return (TEMPLATES / TEMPLATE_NAME / "rapport.css").read_text(encoding="utf-8")


@dataclass(frozen=True)
class Page:
    """What the template puts around the notebook's own content.

    Attributes
    ----------
    titel
        The document title (HTML ``<title>``, PDF title metadata).
    kop
        The running header on every printed page, e.g. ``Lindenhof · april 2024``.
    fictief
        The data are fictitious demonstration data; header and banner say so.
    links
        ``(href, text)`` of the links above the report on screen (to the
        index, to the previous month), relative to the report's folder.
    """

    titel: str
    kop: str
    fictief: bool
    links: tuple[tuple[str, str], ...] = ()

    def resources(self) -> dict:
        """Return the values the template reads from ``resources.proeftuin``.

        The template escapes each for HTML.  The running header is the text
        of the page's header element (CSS ``string-set``), so no value
        reaches the CSS.
        """
        kop = self.kop + (" · Fictieve demonstratiegegevens" if self.fictief else "")
        return {
            "titel": self.titel,
            "kop": kop,
            "fictief": self.fictief,
            "auteur": AUTHOR,
            "csp": CONTENT_SECURITY_POLICY,
            "links": [{"href": href, "tekst": tekst} for href, tekst in self.links],
        }
