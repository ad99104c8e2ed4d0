"""The proeftuin's measures, each a small function testable on a graph computed by hand.

Organised as networkx organises its algorithms: one module per family.

- :mod:`.structure`: density, components, the largest component;
- :mod:`.platform`: the platform's betweenness, reach and backbone;
- :mod:`.mixing`: the E-I index and one-way information;
- :mod:`.infrastructure`: agreed intensity, duplicated functions, parallel
  infrastructures, perception gaps;
- :mod:`.turnover`: the turnover of ties between two months;
- :mod:`.activities`: bundling and fragmentation of activities;
- :mod:`.actions`: the action list;
- :mod:`.assessment`: the self-assessment on the recognition criteria.
"""
