"""Whether incidents of two kinds may be one: a rule on the kinds' names alone, needing no parse, so the graph's
merging of incidents (``graph.incident_merge``) can use it without loading spaCy."""

from __future__ import annotations

from loaders.cues import load_cues


def kinds_fit(first: str | None, second: str | None) -> bool:
    """Whether incidents of two kinds may be one: the same kind, or a harm ("killing") and the kind of incident that
    does it (an attack), as ``harm_of_kinds`` in seeds/relations.yaml says.

    >>> kinds_fit("killing", "attack"), kinds_fit("attack", "attack"), kinds_fit("coup", "attack"), kinds_fit(None, "")
    (True, True, False, False)
    """
    harms = load_cues().harm_of_kinds
    return bool(first and second) and (first == second or harms.get(first) == second or harms.get(second) == first)
