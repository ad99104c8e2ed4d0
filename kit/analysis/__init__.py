"""The analysis layer: the monthly snapshot and every figure computed from it.

- :mod:`.snapshot`: the one rule: a buurt in a month, and its network N;
- :mod:`.catalogue`: one declaration per figure: its measure, meaning, unit, range and Dutch words;
- :mod:`.measures`: the measures, one module per family, each testable by hand;
- :mod:`.figures`: every figure of a buurt and month, keyed as documented, computed once;
- :mod:`.array_figures`: computing them, on arrays, for a buurt's months,
  and :mod:`.columns`, a table's columns as arrays;
- :mod:`.panel`: every buurt and month in one table, trends and positions;
- :mod:`.pilot`: counts across every buurt at once (institutions, barriers, intervision agreements);
- :mod:`.period`: over a period of months (before and after recognition, parallel-infrastructure
  episodes, resources);
- :mod:`.changes`: what started and ended in a month;
- :mod:`.events`: what happened in a month, from every register, as the figures count it;
- :mod:`.open_items`: what waits at institutions at the end of a month;
- :mod:`.export`: a buurt's network over time for Gephi (GEXF, GraphML);
- :mod:`.summary`: short Dutch summaries for the terminal.
"""
