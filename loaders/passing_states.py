"""A state the page names only in passing does not own its bodies there: the tie (``AFFILIATED_WITH``, rule
``state-body``) of a body the text names by a common noun after the state's demonym or possessive ("China's foreign
ministry said ...", "the Mexican army") is dropped when the state itself takes part in at most
``PASSING_STATE_LINKS`` links of its own on the page. Such a body is only placed by its state (``BASED_IN``, rule
``state-body-home``, which stays), as the ontology places "an Iraqi militia"; a body with a proper name ("the
Mexican National Guard") and the body of a state the page is about keep the tie.

>>> from loaders.facts import ActorFact, RelationFact
>>> facts = DocFacts("d", "2024-01-01", "China's foreign ministry urged calm as the Arakan Army took Paletwa.")
>>> facts.actors = {k: ActorFact(k, label, name) for k, label, name in [("fm", "Organization",
...     "China's foreign ministry"), ("china", "Country", "China"), ("aa", "Organization", "Arakan Army")]}
>>> facts.relations = [RelationFact("fm", "AFFILIATED_WITH", "china", 0, 69, method="state-body"),
...     RelationFact("fm", "BASED_IN", "china", 0, 69, method="state-body-home")]
>>> without_passing_state_ties(facts)
>>> [(r.subject, r.type, r.object) for r in facts.relations]
[('fm', 'BASED_IN', 'china')]
"""

from __future__ import annotations

from dataclasses import replace

from loaders.facts import DocFacts, RelationFact

PASSING_STATE_LINKS = 2  # the most links of its own a state the page names in passing takes part in
TIE_TYPE, TIE_RULE = "AFFILIATED_WITH", "state-body"
HOME_TYPE, HOME_RULE = "BASED_IN", "state-body-home"
POSSESSIVE_ENDINGS = ("'s", "\u2019s")  # "Iraq's parliament", "Iraq’s parliament"
ABROAD_WORDS = frozenset({"in", "to"})  # "Kenya's police mission in Haiti", "Iran's mission to the UN": abroad
STATE_BODY_RULES = ("state-body",)  # the rules that tie or place a body by its state: no link of the state's own


def without_passing_state_ties(facts: DocFacts) -> None:
    """Drop the ties of a state's common-noun bodies to a state the page names only in passing."""
    ties = [r for r in facts.relations if _common_noun_tie(facts, r)]
    if not ties:
        return
    passing = {
        state for state in {_state_of(facts, r) for r in ties} if _own_links(facts, state) <= PASSING_STATE_LINKS
    }
    facts.relations = [r for r in facts.relations if not (r in ties and _state_of(facts, r) in passing)]


def _common_noun_tie(facts: DocFacts, r: RelationFact) -> bool:
    """Whether a link ties a body named by a common noun ("Iran's foreign ministry", "the Iraqi army") to its
    state, by the ``state-body`` rule alone."""
    if r.type != TIE_TYPE or r.method != TIE_RULE:
        return False
    labels = {facts.actors[r.subject].label, facts.actors[r.object].label}
    if labels != {"Organization", "Country"}:
        return False
    body = facts.actors[r.subject if facts.actors[r.subject].label == "Organization" else r.object]
    return body.name.split()[-1][:1].islower()


def _state_of(facts: DocFacts, r: RelationFact) -> str:
    """The state's key of a body's tie to it."""
    return r.subject if facts.actors[r.subject].label == "Country" else r.object


def _own_links(facts: DocFacts, state: str) -> int:
    """How many links the state takes part in on the page, not counting those that tie or place a body by it."""
    return len(
        {
            (r.subject, r.type, r.object)
            for r in facts.relations
            if state in (r.subject, r.object) and not r.method.startswith(STATE_BODY_RULES)
        }
    )


def named_only_bodies_placed(facts: DocFacts) -> None:
    """A state's body whose name places it by a phrase, a formal "X of Y" ("the Supreme Court of Russia", "the
    Correctional Service of Canada") or its state's possessive ("Iraq's parliament"), and that takes part in no link
    of its own on the page is only named there: its state-body tie becomes its home (``BASED_IN``), as an "in/from"
    phrase or a possessive places an organisation."""
    facts.relations = [_as_home(facts, r) if _named_only_placed_body(facts, r) else r for r in facts.relations]


def _as_home(facts: DocFacts, r: RelationFact) -> RelationFact:
    """A body's tie to its state as the body's home, the body its subject."""
    state = _state_of(facts, r)
    body = r.object if state == r.subject else r.subject
    return replace(r, subject=body, type=HOME_TYPE, object=state, method=HOME_RULE)


def _named_only_placed_body(facts: DocFacts, r: RelationFact) -> bool:
    """Whether a link ties to its state a body named "X of Y" or "Y's X" that takes part in no link of its own."""
    if r.type != TIE_TYPE or r.method != TIE_RULE:
        return False
    ends = {facts.actors[r.subject].label: r.subject, facts.actors[r.object].label: r.object}
    if set(ends) != {"Organization", "Country"}:
        return False
    body, state = facts.actors[ends["Organization"]], facts.actors[ends["Country"]]
    return _placing_name(body.name, state.surfaces | {state.name}) and _own_links(facts, body.key) == 0


def _placing_name(name: str, state_names: set[str]) -> bool:
    """Whether a body's name places it at home by a phrase: "X of Y", the state's possessive ("Iraq's parliament";
    not "Uganda People's Defence Forces"), and no other place ("Kenya's police mission in Haiti", "Iran's mission to
    the UN": a body abroad).

    >>> _placing_name("Iraq's parliament", {"Iraq"}), _placing_name("Supreme Court of Russia", {"Russia"})
    (True, True)
    >>> _placing_name("South Korea's spy agency", {"South Korea"})
    True
    >>> _placing_name("Uganda People's Defence Forces", {"Uganda"}), _placing_name("Iran's mission to the UN", {"Iran"})
    (False, False)
    """
    words = name.split()
    if ABROAD_WORDS & set(words):
        return False
    spaced = f" {name} "
    return "of" in words or any(f" {state}{end} " in spaced for state in state_names for end in POSSESSIVE_ENDINGS)
