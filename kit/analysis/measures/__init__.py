"""The proeftuin's measures, each a small function testable on a network or rows computed by hand.

Organised as networkx organises its algorithms: one module per family.
Measures of the network take the month's
:class:`~kit.analysis.measures.network.Network` (``Network.from_edges`` makes
one by hand); ``tests/reference/figures.py`` computes the same figures with
networkx, and the tests hold both equal.  Measures of a buurt's rows take
them as a DataFrame or as :class:`~kit.analysis.columns.Columns`, its
columns converted once.

- :mod:`.network`: N as arrays, its shortest paths and every actor's betweenness;
- :mod:`.structure`: density, components, the largest component;
- :mod:`.platform`: the platform's reach and backbone;
- :mod:`.connectors`: effective size and the connectors (verbinders);
- :mod:`.mixing`: the E-I indices and one-way information;
- :mod:`.infrastructure`: agreed intensity, duplicated functions, parallel
  infrastructures, perception gaps;
- :mod:`.resources`: money, support and places for the residents' own networks,
  those about to end, and where others only recruit (vindplaats);
- :mod:`.connection_map`: the verbindingskaart, kinds of actor against the functions of a tie;
- :mod:`.turnover`: the turnover of ties between two months;
- :mod:`.activities`: bundling and fragmentation of activities;
- :mod:`.actions`: the action list, its barriers, and the intervision's agreements;
- :mod:`.assessment`: the self-assessment on the recognition criteria, and its gap to others';
- :mod:`.recognition`: whether the platform is recognised, and since how long;
- :mod:`.results`: what the buurt achieved;
- :mod:`.requests`: what it asked of institutions, and what came of it.
"""
