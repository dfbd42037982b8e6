"""Role holders listed after the body: "two members of the BLA, A and B", "commanders of al-Shabaab, A and B".

The parser hangs the names on the body's name as its conjuncts; after a plural role noun, the people listed
past the body hold the role in it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from loaders.syntax import conjuncts, prep_objects

if TYPE_CHECKING:
    from loaders.extract import DocReader


def role_holders_listed(reader: DocReader, noun: Token) -> None:
    """The people listed after "<plural role> of <organisation>," hold the role in it."""
    if noun.tag_ != "NNS":
        return
    rel_type = reader.cues.role_of((noun.lemma_.lower(),))
    if rel_type is None:
        return
    rel_type = reader._role_type(rel_type, [noun.lemma_.lower()], definite_of=False)  # "commanders": members
    doc = reader.doc
    for body in prep_objects(noun, {"of"}):
        org = reader.index.at(body)
        if org is None or org.label != "Organization" or org.end >= len(doc) or doc[org.end].text != ",":
            continue
        listed = [reader.index.at(x) for x in conjuncts(body)[1:]]
        people = [m for m in listed if m is not None and m.label == "Person"]
        reader.emit_all(people, rel_type, [org], noun, f"role-listed:{noun.lemma_.lower()}", 0.75)
