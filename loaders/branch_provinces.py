"""A province that is a group's branch, not a place: "the Islamic State Sahel Province (ISSP)", "its Central Africa
Province (ISCAP)", "Islamic State's East Asia province".

The NER reads a name that ends in "Province" as a place's, and the place rules keep it so. An analyst reads it as a
branch of a group where the page says whose it is: the name opens with the name of an organisation the page writes
("Islamic State" + "Sahel Province"), an organisation's possessive stands right before it ("Islamic State's East
Asia province"), or the acronym set after it in brackets spells an organisation's initials before the name's own
("ISCAP": "IS" of Islamic State and "CAP" of Central Africa Province). A state's province stays a place ("Pakistan's
Punjab Province", "Punjab Province (PP)"). The branch nouns are ``same_actor.member_branch_nouns`` of
``seeds/relations.yaml``.

>>> from loaders.nlp import load_nlp
>>> doc = load_nlp()("Islamic State said its Central Africa Province (ISCAP) attacked Beni.")
>>> ms = [Mention(0, 2, 0, 13, "Islamic State", "Organization", "Islamic State", "armed_group"),
...       Mention(4, 7, 23, 46, "Central Africa Province", "Location", "Central Africa Province"),
...       Mention(11, 12, 63, 67, "Beni", "Location", "Beni")]
>>> [(m.label, m.name) for m in branch_provinces(doc, ms)]
[('Organization', 'Islamic State'), ('Organization', 'Central Africa Province'), ('Location', 'Beni')]
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from graph.gazetteer import is_acronym
from loaders.doc_words import span_text
from loaders.mentions import Mention, guess_kind
from loaders.same_actor import member_branch_nouns


def initials(name: str) -> str:
    """The capital initials of a name's capitalised words, hyphened parts apart ("Islamic State" -> "IS").

    >>> initials("Islamic State Sahel Province"), initials("Ansar al-Sharia")
    ('ISSP', 'AS')
    """
    return "".join(w[0] for w in name.replace("-", " ").split() if w[:1].isupper())


def _ends_in_branch_noun(doc: Doc, m: Mention) -> bool:
    """Whether a name closes with a branch noun ("Sahel Province") or is followed by one in lower case ("East Asia
    province")."""
    last = m.name.split()[-1]
    after = doc[m.end] if m.end < len(doc) else None
    return (last[:1].isupper() and last.lower() in member_branch_nouns()) or (
        after is not None and after.is_lower and after.lower_ in member_branch_nouns()
    )


def _owned_by_group(doc: Doc, m: Mention, groups: dict[int, Mention]) -> bool:
    """Whether an organisation's possessive stands right before the name: "Islamic State's East Asia province"."""
    start = m.start - 1 if m.start > 0 and doc[m.start - 1].lower_ == "the" else m.start
    return start > 0 and doc[start - 1].tag_ == "POS" and (start - 1) in groups


def _opens_with_group(m: Mention, group_names: set[str]) -> bool:
    """Whether the name's first words are an organisation's name the page writes ("Islamic State Sahel Province")."""
    words = m.name.split()
    return any(" ".join(words[:n]) in group_names for n in range(1, len(words) - 1))


def _acronym_spells_group(doc: Doc, m: Mention, group_initials: set[str]) -> bool:
    """Whether the acronym in brackets right after the name spells an organisation's initials and then the name's:
    "Central Africa Province (ISCAP)"."""
    if m.end + 2 >= len(doc) or doc[m.end].text != "(" or doc[m.end + 2].text != ")":
        return False
    acronym, own = doc[m.end + 1].text, initials(m.name)
    if not is_acronym(acronym) or not acronym.endswith(own) or len(acronym) == len(own):
        return False
    return acronym[: -len(own)] in group_initials


def branch_provinces(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """The mentions, each unknown place's name closing with a branch noun that the page gives to an organisation
    (module docstring) an organisation's wherever it is written, and so its last words where the page writes them
    alone ("Sahel Province" after "the Islamic State Sahel Province")."""
    groups = [m for m in mentions if m.label == "Organization" and not m.refers_back]
    group_names = {m.name for m in groups} | {span_text(doc[m.start : m.end]) for m in groups}
    group_initials = {i for m in groups if len(i := initials(m.name)) > 1}
    group_ends = {m.end - 1: m for m in groups}
    group_ends |= {m.end: m for m in groups if m.end < len(doc) and doc[m.end].tag_ == "POS"}  # "Islamic State 's"
    branches = {
        m.name
        for m in mentions
        if m.label == "Location"
        and not m.actor_id
        and not m.refers_back
        and _ends_in_branch_noun(doc, m)
        and (
            _opens_with_group(m, group_names)
            or _owned_by_group(doc, m, group_ends)
            or _acronym_spells_group(doc, m, group_initials)
        )
    }
    tails = {
        " ".join(words[n:]) for name in branches if len(words := name.split()) > 2 for n in range(1, len(words) - 1)
    }
    return [
        replace(m, label="Organization", kind=guess_kind(m.name))
        if not m.actor_id and (m.name in branches or (m.label == "Location" and m.name in tails))
        else m
        for m in mentions
    ]
