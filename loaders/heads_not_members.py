"""A person the document names as an organisation's head or deputy is not also one of its members by the learned
scorer's guess or by a bare title: "the front's commander, Jon Harlan, denied it" gives LEADS, and the scorer's
MEMBER_OF for the same two actors is a second, weaker reading of the same words, as is the rank title's of "the
army of commander Jon Harlan" or "Front commander Jon Harlan", or a list of leaders' that counts the head among them
("warrants for five Front leaders: Jon Harlan; A; B"; a list of commanders, of his rank, still makes him a member),
or the whole's of one of its parts' ("its general secretary, Jon Harlan, a former chief of its Military Commission",
"the Front's founder and head of its charity wing"):
the ontology's conventions give the head LEADS and the deputy DEPUTY_OF, commanders and fighters of lower rank
MEMBER_OF. Another rule's MEMBER_OF stays: it read a word of membership. So does a bare title's WORKS_FOR of a head
("the army of General Jon Harlan", "General Jon Harlan said": a rank read as an office): the head LEADS it.

>>> from loaders.facts import RelationFact
>>> leads = RelationFact("abdi", "LEADS", "sdf", 0, 40, method="title")
>>> member = RelationFact("abdi", "MEMBER_OF", "sdf", 50, 90, method="model")
>>> titled = RelationFact("abdi", "MEMBER_OF", "sdf", 95, 120, method="title")
>>> listed = RelationFact("abdi", "MEMBER_OF", "sdf", 130, 150, method="role-examples:leader")
>>> whole = RelationFact("abdi", "MEMBER_OF", "sdf", 160, 190, method="role-whole")
>>> other = RelationFact("ali", "MEMBER_OF", "sdf", 50, 90, method="model")
>>> served = RelationFact("abdi", "WORKS_FOR", "sdf", 200, 220, method="title")
>>> [(r.subject, r.type) for r in without_heads_as_members([leads, member, titled, listed, whole, other, served])]
[('abdi', 'LEADS'), ('ali', 'MEMBER_OF')]
"""

from __future__ import annotations

from loaders.facts import RelationFact

RANKS = frozenset({"LEADS", "DEPUTY_OF"})  # the links that say more than membership
# the scorer's; a title's ("Front commander X"); a list of leaders' ("Front leaders: X, A and B"), not of commanders
WEAKER = frozenset({"model", "title", "role-examples:leader"})
TITLE_SERVICE = "title"  # a bare title's WORKS_FOR ("General X"): an office read of a rank, weaker than LEADS
WHOLE_SUFFIX = "-whole"  # the whole a part's member or head belongs to ("role-whole", "verb:head-whole")
PART_MARKS = ("role-part:", "-part")  # the whole a part's head belongs to ("role-part:head", "verb:lead-part")


def without_heads_as_members(relations: list[RelationFact]) -> list[RelationFact]:
    """The relations less the scorer's or a title's MEMBER_OF, and a title's WORKS_FOR of a head, between a person and
    an organisation or state the document links by a rank (LEADS or DEPUTY_OF; LEADS for WORKS_FOR), in any
    sentence."""
    ranked = {(r.subject, r.object) for r in relations if r.type in RANKS}
    heads = {(r.subject, r.object) for r in relations if r.type == "LEADS"}
    return [
        r
        for r in relations
        if not (_weaker_membership(r) and (r.subject, r.object) in ranked)
        and not (r.type == "WORKS_FOR" and r.method == TITLE_SERVICE and (r.subject, r.object) in heads)
    ]


def _weaker_membership(relation: RelationFact) -> bool:
    """Whether a relation is a MEMBER_OF by a rule that read no word of membership (``WEAKER``), or one that read it
    of a part of the organisation or read the head of a part (``WHOLE_SUFFIX``, ``PART_MARKS``)."""
    method = relation.method
    weaker = method in WEAKER or method.endswith(WHOLE_SUFFIX)
    weaker = weaker or method.startswith(PART_MARKS[0]) or method.endswith(PART_MARKS[1])
    return relation.type == "MEMBER_OF" and weaker
