"""The readable reference of the figures: networkx on the snapshot's graph (:mod:`.figures`)."""
