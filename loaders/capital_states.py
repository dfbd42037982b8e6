"""A capital that stands for its state more often than it names a place is the state in the whole document.

Each mention of a capital is read on its own (:func:`loaders.mentions.acts`): "Washington blamed the group" is the
United States, "officials in Washington" the city. A page on the United States' policy that writes "Washington" for
the state three times and "in Washington" once is still about the state: one actor, not a state and a city beside
it. So where a capital stands for its state in as many of the document's mentions as it names a place, every mention
of it is the state's; where it names a place more often ("the attack in Bamako", "Bamako accused"), each mention keeps
its own reading.

>>> from graph.gazetteer import Gazetteer
>>> gazetteer = Gazetteer.from_entries([
...     {"name": "United States", "label": "Country", "aliases": ["US"]},
...     {"name": "Washington", "label": "Location", "capital_of": "United States"},
... ])
>>> state = gazetteer.lookup("United States")
>>> city = gazetteer.lookup("Washington")
>>> ms = [Mention(0, 1, 0, 10, "Washington", "Country", state.name, None, state.id),
...       Mention(9, 10, 60, 70, "Washington", "Location", city.name, None, city.id)]
>>> [m.name for m in capitals_as_states(ms, gazetteer)]
['United States', 'United States']
>>> [m.name for m in capitals_as_states([ms[1]], gazetteer)]
['Washington']
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from graph.gazetteer import Actor, Gazetteer
from loaders.mentions import Mention


def _capital(m: Mention, gazetteer: Gazetteer) -> tuple[Actor, Actor] | None:
    """The capital a mention writes and its state, when it writes a known capital."""
    capital = None if m.refers_back else gazetteer.lookup(m.text)
    state = gazetteer.lookup(capital.capital_of) if capital is not None and capital.capital_of else None
    if state is None or m.actor_id not in {capital.id, state.id}:
        return None
    return capital, state


def capitals_as_states(mentions: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """The mentions, with a capital's mentions as a place made its state's where it stands for the state as often."""
    pairs = [_capital(m, gazetteer) for m in mentions]
    acting: Counter[str] = Counter()
    placed: Counter[str] = Counter()
    for m, pair in zip(mentions, pairs, strict=True):
        if pair is not None:
            capital, state = pair
            (acting if m.actor_id == state.id else placed)[capital.id] += 1
    states = {capital: acting[capital] >= placed[capital] for capital in acting}
    out = []
    for m, pair in zip(mentions, pairs, strict=True):
        if pair is None or m.actor_id == pair[1].id or not states.get(pair[0].id):
            out.append(m)
            continue
        state = pair[1]
        out.append(replace(m, label=state.label, name=state.name, kind=state.kind, actor_id=state.id))
    return out
