"""Names that tell only the kind of thing they name, not which one: "the attack", "a drone strike", "the twin
bombings". Such a phrase is one page's way back to its own incident; on an incident that several pages tell it
names none of them, so it is no alias of theirs (:func:`graph.kg.KnowledgeGraph.add_actor`)."""

from __future__ import annotations

from functools import cache

from graph.seeds import load_seed_yaml


@cache
def generic_determiners() -> frozenset[str]:
    """The ``generic_alias_determiners`` of seeds/relations.yaml: "the", "a", "this"."""
    return frozenset(load_seed_yaml("relations.yaml")["generic_alias_determiners"])


def names_only_a_kind(alias: str) -> bool:
    """Whether a name, past a leading determiner, has no capital and no digit: no name, place, day or date.

    >>> [names_only_a_kind(a) for a in ("The strike", "a US drone strike", "Wednesday's attack", "twin bombings")]
    [True, False, False, True]
    >>> names_only_a_kind("the January 3 bombings"), names_only_a_kind("Kerman bombings")
    (False, False)
    """
    words = alias.split()
    if words and words[0].lower() in generic_determiners():
        words = words[1:]
    return not any(c.isupper() or c.isdigit() for word in words for c in word)
