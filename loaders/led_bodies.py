"""A body an organisation leads, told by a hyphen, is one it belongs to (the ontology's LEADS is a person's): "the
TPLF-led Ethiopian People's Revolutionary Democratic Front", "the HTS-led al-Fatah al-Mubin operations room", "the Red
Falcon Brigade-headed Northern Alliance": the organisation before the hyphen is MEMBER_OF the body the compound names.

Not a state's body ("the Hamas-led Health Ministry": the group's own, not its member), nor a body whose own name holds
the compound ("the Saudi-led coalition", ``loaders/led_coalitions.py``), nor a state or an act led ("the Hamas-led
attack"). The verb ("the alliance, led by the X Front") is not read so: on the train pages it linked 1 right and 6
wrong, its "by" or its subject misread (a person's name read as a body's, "who" or a list's last name taken for the
leader). The cue words are the ``led_bodies`` block of ``seeds/relations.yaml``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from spacy.tokens import Token

from graph.seeds import load_seed_yaml
from loaders.mentions import Mention
from loaders.syntax import actors_of

if TYPE_CHECKING:
    from loaders.extract import DocReader


@dataclass(frozen=True)
class LedCues:
    """The hyphen words of leading ("TPLF-led") and the kinds of body no group is a member of by leading it (a
    state's)."""

    hyphen_words: frozenset[str]
    not_kinds: frozenset[str]


@cache
def led_cues() -> LedCues:
    """The ``led_bodies`` block of ``seeds/relations.yaml``, loaded once per process.

    >>> cues = led_cues()
    >>> "led" in cues.hyphen_words, "government" in cues.not_kinds
    (True, True)
    """
    data = load_seed_yaml("relations.yaml")["led_bodies"]
    return LedCues(frozenset(data["hyphen_words"]), frozenset(data["not_kinds"]))


def leading_members(leaders: list[Mention], led: list[Mention]) -> list[tuple[Mention, Mention]]:
    """Each pair of an organisation that leads and an organisation it leads (other than itself and no state's body).

    >>> front = Mention(0, 2, 0, 9, "Red Front", "Organization", "Red Front", kind="armed_group")
    >>> alliance = Mention(3, 5, 12, 20, "Blue Alliance", "Organization", "Blue Alliance", kind="armed_group")
    >>> ministry = Mention(6, 8, 24, 32, "Health Ministry", "Organization", "Health Ministry", kind="government")
    >>> [(a.name, b.name) for a, b in leading_members([front], [alliance, ministry, front])]
    [('Red Front', 'Blue Alliance')]
    """
    return [
        (leader, body)
        for leader in leaders
        if leader.label == "Organization"
        for body in led
        if body.label == "Organization" and body.key != leader.key and body.kind not in led_cues().not_kinds
    ]


def hyphen_led_bodies(reader: DocReader, token: Token) -> None:
    """ "The TPLF-led EPRDF": the organisation before the hyphen is a member of the body the compound names (see the
    module's docstring)."""
    doc = reader.doc
    if token.i < 2 or doc[token.i - 1].text != "-" or token.dep_ not in {"amod", "compound"}:
        return
    leader = reader.index.at(doc[token.i - 2])
    if leader is None or leader.end > token.i or leader.refers_back:
        return
    led = [m for m in actors_of(token.head, reader.index, with_preps=False) if m.start > token.i]
    for member, body in leading_members([leader], led):
        reader.emit(member, "MEMBER_OF", body, token, "hyphen:led-body", 0.75, "asserted")
