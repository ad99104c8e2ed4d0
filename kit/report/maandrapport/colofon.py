"""The colophon of the monthly report: the shared one (:mod:`kit.report.colofon`), in the appendix."""

from __future__ import annotations

from dataclasses import replace

from kit.report import colofon
from kit.report.sectie import BIJLAGE

SECTIE = replace(colofon.SECTIE, deel=BIJLAGE)
