"""The proeftuin's measures, each a small function testable on a graph computed by hand.

Organised as networkx organises its algorithms: one module per family.
Measures of the network take the snapshot's ``nx.Graph``; those the panel
computes for every buurt and month have siblings on arrays (``density_of``,
``component_sizes``, ``reach_of``, ``ei_index_of`` …), tested equal to them.
Measures of a buurt's rows take them as a DataFrame or as
:class:`~kit.analysis.columns.Columns`, its columns converted once.

- :mod:`.structure`: density, components, the largest component;
- :mod:`.platform`: the platform's reach and backbone;
- :mod:`.connectors`: betweenness of every actor (the platform's among them),
  effective size, the connectors (verbinders);
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
