"""What the reports say: three reports of one kind, their sections, charts, map and words.

- :mod:`.maandrapport`, :mod:`.overzicht` and :mod:`.synthese`: the monthly
  report of a buurt, the overview of all pilot buurten, the whole pilot over a
  period; each a package of its context (``rapport``) and a module per
  section, in the order of :data:`SECTIES` and of its notebook;
- :mod:`.sectie`: the one section interface (:class:`~.sectie.Sectie`, and
  :meth:`~.sectie.Secties.toon` which shows a section in its part under its
  heading); :mod:`.context`: what every report needs (the data, the names
  as the privacy rule allows, the months);
- the blocks the sections share, one module each: :mod:`.html` (escaping,
  tables, lists), :mod:`.titel`, :mod:`.intervisie`, :mod:`.colofon` (a
  section of all three), :mod:`.proeftuin` (the tables across buurten of the
  overview and the synthesis);
- :mod:`.kengetallen`: every figure in words; :mod:`.words`: dates, months,
  ranks and lists in Dutch;
- :mod:`.charts` and :mod:`.svg`: the charts, as SVG written by hand;
  :mod:`.network_map` and :mod:`.layout`: the network map and its stable
  positions.

The notebooks that show these run in the kit's kernel (:mod:`kit.render`),
which turns them into HTML and PDF with the kit's one stylesheet; the render
factory imports nothing of this package.
"""
