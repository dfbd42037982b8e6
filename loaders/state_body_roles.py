"""A role held in a state's body named between the state's possessive and the role: "Iran's foreign ministry
spokesman X" speaks for Iran's foreign ministry, not for Iran itself (the bodies are
``organisation_names.state_bodies`` in ``seeds/relations.yaml``)."""

from __future__ import annotations

from spacy.tokens import Doc

from graph.slug import name_key
from loaders.mentions import Mention
from loaders.state_bodies import state_bodies

POSSESSIVES = frozenset({"'s", "’s", "'"})


def body_of_state_before(orgs: list[Mention], doc: Doc, role_start: int) -> list[Mention]:
    """The organisations a role at ``role_start`` is held in, with a state's possessive followed by one of its
    bodies ("Iran's foreign ministry spokesman") read as that body, named as written."""
    if not orgs or orgs[-1].label != "Country" or orgs[-1].end >= role_start:
        return orgs
    state = orgs[-1]
    if doc[state.end].text not in POSSESSIVES:
        return orgs
    words = doc[state.end + 1 : role_start]
    if not len(words) or name_key(words.text) not in state_bodies():
        return orgs
    span = doc[state.start : role_start]
    body = Mention(
        span.start, span.end, span.start_char, span.end_char, span.text, "Organization", span.text, "government", None
    )
    return [*orgs[:-1], body]
