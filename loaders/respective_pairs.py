"""People listed as the heads of parts of states listed the same way, each to each in order: "US and Iranian
negotiators, led by envoy A and Foreign Minister B" (A works for the United States, B for Iran), "Ghanaian and Malian
delegations, led by A and B respectively"; one head of several states' parts serves each of them."""

from __future__ import annotations

from loaders.mentions import Mention


def respective_pairs(people: list[Mention], states: list[Mention]) -> list[tuple[Mention, Mention]]:
    """Each person with the state listed in the same place, when as many people as states (two or more) are named and
    every one is written on the page; else none.

    >>> a, b = Mention(9, 10, 0, 0, "A", "Person", "a"), Mention(12, 13, 0, 0, "B", "Person", "b")
    >>> us, iran = Mention(1, 2, 0, 0, "US", "Country", "us"), Mention(3, 4, 0, 0, "Iranian", "Country", "iran")
    >>> [(p.text, s.text) for p, s in respective_pairs([b, a], [iran, us])]
    [('A', 'US'), ('B', 'Iranian')]
    >>> respective_pairs([a], [us, iran])
    []
    """
    if len(people) < 2 or len(people) != len(states) or len({s.key for s in states}) != len(states):
        return []
    if not all(p.label == "Person" for p in people) or not all(s.label == "Country" for s in states):
        return []
    if any(m.start < 0 for m in people + states):
        return []
    return list(zip(sorted(people, key=lambda m: m.start), sorted(states, key=lambda m: m.start), strict=True))
