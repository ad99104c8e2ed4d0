"""What the reports say: their sections, charts, map and words.

- :mod:`.maandrapport` and :mod:`.overzicht`: the monthly report of a buurt and
  the overview of all pilot buurten, section by section; :mod:`.synthese`: the
  whole pilot over a period; :mod:`.common` what they share (loading the data,
  intervision, the colophon), :mod:`.proeftuin` the tables across buurten that
  the overview and the synthesis share;
- :mod:`.kengetallen`: every figure in words; :mod:`.words`: dates, months,
  ranks and plurals in Dutch; :mod:`.html`: tables and escaping;
- :mod:`.charts` and :mod:`.svg`: the charts, as SVG written by hand;
  :mod:`.network_map` and :mod:`.layout`: the network map and its stable
  positions.

The notebooks that call these run in the kit's kernel (:mod:`kit.render`),
which turns them into HTML and PDF.
"""
