"""The data layer: what a facilitator fills in, and how the kit reads and checks it.

- :mod:`.contract`: the data contract as data (files, columns, vocabularies);
- :mod:`.reading`: CSV files and workbooks into tables of text with their line numbers;
- :mod:`.cells`: parsing one cell; :mod:`.typed`: text tables into typed frames;
- :mod:`.schema`: pandera schemas of the cells; :mod:`.validation`: every
  problem, located; :mod:`.problems`: how a problem is said, in Dutch or English;
- :mod:`.hidden_names`: the names of the actor table that messages and outputs hide;
- :mod:`.months`: how months are written, and which dates lie near the pilot;
- :mod:`.lookup`: a buurt or month the data do not hold, said in one line;
- :mod:`.dataset`: the loaded, typed dataset every analysis starts from;
- :mod:`.combine`: several facilitators' datasets read as one;
- :mod:`.spans`: which months a dataset and each of its buurten span;
- :mod:`.templates`: the facilitators' templates.
"""
