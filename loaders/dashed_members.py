"""The members of a coalition listed between dashes after its name: "the Three Brotherhood Alliance — the MNDAA, the
TNLA and the Arakan Army — launched an offensive": each group listed is MEMBER_OF the coalition.

A coalition's name holds one of the ``coalition_words`` of ``seeds/relations.yaml`` ("Alliance", "Coalition"). The
parser hangs the list between the dashes on the name as an apposition or on the verb after it; the words themselves
say what the list is: nothing but names of groups (with their acronyms in brackets), commas and "and", closed by a
second dash in the same sentence.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span

from loaders.coalition_members import coalition_cues
from loaders.mentions import Mention

if TYPE_CHECKING:
    from loaders.extract import DocReader

DASHES = {"—", "–", "-", "--"}
LIST_WORDS = {",", "and", "the", "(", ")"}  # the words of a list besides its names
MIN_MEMBERS = 2  # one name between dashes is a description ("the Alliance — the rebels' main front —"), not a list


def dashed_members(reader: DocReader, sent: Span) -> None:
    """ "X Alliance — A, B and C —": A, B and C are members of X."""
    for coalition in (m for m in reader.index.inside(sent) if _is_coalition(m)):
        members = _listed_between_dashes(reader, coalition, sent)
        cue = reader.doc[coalition.end]
        reader.emit_all(members, "MEMBER_OF", [coalition], cue, "dashed-members", 0.7)


def _is_coalition(mention: Mention) -> bool:
    """Whether a mention is an organisation whose name says it is a coalition ("the Three Brotherhood Alliance")."""
    words = coalition_cues().coalition_words
    return mention.label == "Organization" and any(w in words for w in mention.name.lower().split())


def _listed_between_dashes(reader: DocReader, coalition: Mention, sent: Span) -> list[Mention]:
    """The groups listed between a dash set off after the coalition's name and the next dash of its sentence, when
    the words between are a list of two or more of them and nothing else; else none."""
    doc, start = reader.doc, coalition.end
    if start >= sent.end - 1 or doc[start].text not in DASHES or not doc[start - 1].whitespace_:
        return []  # "the Alliance-backed militia": a hyphen, not a dash
    end = next((t.i for t in doc[start + 1 : sent.end] if t.text in DASHES and t.whitespace_), None)
    if end is None:
        return []
    inside = reader.index.inside(doc[start + 1 : end])
    named = {i for m in inside for i in range(m.start, m.end)}
    if any(t.i not in named and t.lower_ not in LIST_WORDS for t in doc[start + 1 : end]):
        return []
    groups = list({m.key: m for m in inside if m.label == "Organization" and m.key != coalition.key}.values())
    return groups if len(groups) >= MIN_MEMBERS else []
