"""Which words of the data are names to hide, and what finds them in text.

The name rule (:mod:`kit.names`) applied to the contract's ``actoren`` and
``buurten`` tables: the ordinary words the data name besides persons
(:func:`name_context`) and the matchers that replace the names of the
actors an output or a message hides (:func:`name_matchers`).  In the data
layer, below validation, which hides names in its messages, and below
:mod:`kit.privacy`, which decides per output whom to hide and how to call
them.
"""

from __future__ import annotations

import pandas as pd

from kit.names import HIDDEN, Context, NameMatcher, folded, spellings

from .contract import VOCABULARIES


def name_context(actors: pd.DataFrame, buurten: pd.DataFrame) -> Context:
    """What the data name besides persons (:class:`kit.names.Context`): places, vocabularies, organisations."""
    persons = actors["persoon"].fillna(False).astype(bool)
    return Context.of(
        [*buurten["naam"].dropna(), *buurten["id"].dropna(), *buurten["stadsdeel"].dropna()],
        (v.replace("_", " ") for values in VOCABULARIES.values() for v in values),
        (n for n in actors.loc[~persons, "naam"] if isinstance(n, str)),
    )


def name_matchers(
    actors: pd.DataFrame, buurten: pd.DataFrame, shown_instead: dict[str, str]
) -> tuple[NameMatcher, NameMatcher]:
    """What replaces the name of every actor in ``shown_instead`` by the label an output shows instead.

    A person's spellings are matched (:func:`kit.names.spellings`), an
    organisation's whole name only.  The full names of persons the output
    shows are kept as typed, and so are the whole names of places; a
    spelling a hidden person shares with a person who is shown, or two hidden
    persons share, becomes :data:`kit.names.HIDDEN`: it cannot say whom it
    means.  The names of organisations the output shows are kept as typed too
    (a shorter name of another buurt's organisation does not cut them),
    unless they hold a hidden person's name.

    Parameters
    ----------
    actors, buurten : pandas.DataFrame
        The typed ``actoren`` (``id``, ``naam``, ``persoon``) and ``buurten``
        (``id``, ``naam``, ``stadsdeel``): they also say which words are
        ordinary (:func:`name_context`).
    shown_instead : dict
        Actor id → the label an output shows instead of its name.

    Returns
    -------
    tuple of NameMatcher
        For free text; and for the names of organisations (hidden persons only).
    """
    context = name_context(actors, buurten)
    persons = actors["persoon"].fillna(False).astype(bool)
    hidden_persons: dict[str, set[str]] = {}
    hidden_organisations: dict[str, set[str]] = {}
    capital: dict[str, bool] = {}
    kept: set[str] = set()
    shared: set[str] = set()
    shown_organisations: list[tuple[str, str]] = []
    for actor, naam, person in zip(actors["id"], actors["naam"], persons, strict=True):
        if not isinstance(naam, str):
            continue
        if not person:
            whole = " ".join(folded(naam).split())
            if actor in shown_instead:
                hidden_organisations.setdefault(whole, set()).add(shown_instead[actor])
            else:
                shown_organisations.append((whole, naam))
            continue
        forms = spellings(naam, context)
        for form, only_capital in forms.items():
            capital[form] = capital.get(form, only_capital) and only_capital
        if actor in shown_instead:
            for form in forms:
                hidden_persons.setdefault(form, set()).add(shown_instead[actor])
        else:
            shared.update(forms)
            kept.update(list(forms)[:1])
    replacements: dict[str, str | None] = dict.fromkeys(kept)
    for form, labels in hidden_persons.items():
        replacements[form] = labels.pop() if len(labels) == 1 and form not in shared else HIDDEN
    for place in context.places:
        replacements.setdefault(place, None)
    capitalised = {form for form, only_capital in capital.items() if only_capital}
    in_names = NameMatcher(replacements, capitalised)
    for whole, naam in shown_organisations:
        if not in_names.finds(naam):
            replacements.setdefault(whole, None)
    for whole, labels in hidden_organisations.items():
        replacements.setdefault(whole, labels.pop() if len(labels) == 1 else HIDDEN)
    return NameMatcher(replacements, capitalised), in_names
