"""A branch named after its parent, linked to it: "the Free Legion Kivu Province" is a member of the "Free Legion"
and "FLK-Ituri" of the FLK (or of the "Free Legion of Kivu", whose initials it opens with), when the page names the
parent on its own. The branch's name is the parent's words and a place with a branch noun after it
(``same_actor.member_branch_nouns`` of ``seeds/relations.yaml``: "Province", "Wilayat"), or an acronym hyphened to
a capitalised word; or the parent's words and a state's name ("Islamic State Somalia").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from graph.gazetteer import is_acronym
from loaders.mentions import Mention, clean_surface
from loaders.same_actor import initials, member_branch_nouns, names_a_country

if TYPE_CHECKING:
    from spacy.tokens import Span

    from loaders.extract import DocReader

_ACRONYM_BRANCH = re.compile(r"^([A-Z][A-Za-z]*[A-Z])-([A-Z](?:[A-Za-z]*[a-z][A-Za-z]*)?)$")  # "FLK-Ituri", "ISIS-K"
MAX_PLACE_WORDS = 3  # "West Africa Province": the place's words and the branch noun


def _words(name: str) -> list[str]:
    return clean_surface(name).lower().split()


def _opens_with(branch: Mention, parent: Mention) -> bool:
    """Whether a branch's name is the parent's words, then at most three capitalised words ending in a branch noun
    ("Free Legion" + "Kivu Province") or naming a state ("Free Legion" + "Somalia")."""
    if _words(parent.text) != _words(parent.name):
        return False  # "Islamic State" read as the page's "Islamic State East Asia": not named on its own
    words, opening = clean_surface(branch.text).split(), _words(parent.name)
    rest = words[len(opening) :]
    if [w.lower() for w in words[: len(opening)]] != opening or not 0 < len(rest) <= MAX_PLACE_WORDS:
        return False
    named = rest[-1].lower() in member_branch_nouns() or names_a_country([w.lower() for w in rest])
    return all(w[:1].isupper() for w in rest) and named


def _acronym_of(branch: Mention, parent: Mention) -> bool:
    """Whether a branch's name is the parent's acronym hyphened to a word or a letter ("FLK-Ituri", "FLK-K", not
    the longer acronym "FLK-EP"): the parent written as that acronym, or a name whose initials spell it."""
    found = _ACRONYM_BRANCH.match(clean_surface(branch.text))
    if found is None or not is_acronym(found[1]):
        return False
    acronym = found[1].upper()
    return clean_surface(parent.text).upper() == acronym or acronym in initials(parent.name)


def may_name_a_branch(name: str) -> bool:
    """Whether a name can be a branch's at all, whatever the parent: it ends in a branch noun or a state's name after
    other words, or is an acronym hyphened to a word (what :func:`_opens_with` and :func:`_acronym_of` ask of the
    branch), so that the page's other organisations need not be compared with the many names that cannot.

    >>> may_name_a_branch("the Free Legion Kivu Province"), may_name_a_branch("FLK-Ituri")
    (True, True)
    >>> may_name_a_branch("the Free Legion Somalia"), may_name_a_branch("the Free Legion"), may_name_a_branch("FLK")
    (True, False, False)
    """
    surface = clean_surface(name)
    words = [w.lower() for w in surface.split()]
    if words and words[-1] in member_branch_nouns():
        return True
    if any(names_a_country(words[-n:]) for n in range(1, min(MAX_PLACE_WORDS, len(words) - 1) + 1)):
        return True  # "Islamic State Somalia"
    return _ACRONYM_BRANCH.match(surface) is not None


def branch_parents(reader: DocReader, sent: Span) -> None:
    """A branch named in the sentence is a member of the organisation its name opens with, named on its own on the
    page (module docstring)."""
    branches = [
        m
        for m in reader.index.inside(sent)
        if m.label == "Organization" and not m.refers_back and may_name_a_branch(m.text)
    ]
    if not branches:
        return
    groups = [m for m in reader.index.mentions if m.label == "Organization" and not m.refers_back]
    for branch in branches:
        for parent in groups:
            if parent.key != branch.key and (_opens_with(branch, parent) or _acronym_of(branch, parent)):
                reader.emit(branch, "MEMBER_OF", parent, reader.doc[branch.start], "branch-parent", 0.7, "asserted")
                break
