"""A fictional demo dataset: twelve invented pilot buurten through the year 2025.

Facilitators, developers and tests need a dataset that exercises every figure
of the analysis (see ``docs/figures.md``) without touching real people
or real neighbourhoods.  :func:`write_demo` writes one, in the shape of
:data:`kit.data.contract.FILES` (version 3: every file and column,
:data:`COLUMNS`), plus ``FICTIEF.txt`` so that reports show a banner.
Data come in as they do in a real pilot: one buurt is known from its
platform's blog only and keeps no action list, maatlat, requests or
recognition; results are recorded after the fact; an institution never
answers; two months have no recorded intervision session.

Every buurt, stadsdeel, organisation and person is invented.  The data is
generated from seeded :class:`random.Random` streams only (no clock, no
``hash()``), so two runs give byte-identical files.

Each buurt follows its own story, one TOML file each in :mod:`.stories`
(adding a buurt is adding a file there); across the buurten are results
of every size and unit with their sources, requests to institutions, lack of
space that stops actions in three buurten, agreements of the intervision
sessions carried on the action lists, and assessments by peers and the
stadsdeelcommissie beside the buurten's own.

- :mod:`.model`: a story as numbers (:class:`~.model.Story`), and the actors,
  relations and buurt generated from it;
- :mod:`.invented`: every invented name and place;
- :mod:`.stories`: the stories of the buurten and the pilot's intervision sessions, as data files;
- :mod:`.kenmerken`: the stories' events that need code;
- :mod:`.network`: the ordinary actors and ties of every buurt;
- :mod:`.registers`: activities, actions, requests, results, scores, sessions;
- :mod:`.build`: every buurt built from its story, as rows of text;
- :mod:`.writer`: the files.
"""

from .build import generate
from .writer import COLUMNS, write_demo

__all__ = ["COLUMNS", "generate", "write_demo"]
