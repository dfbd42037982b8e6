"""A state's men named by no one: bare "troops", "soldiers" or "state forces" stand for the state the page is about
(:func:`loaders.page_state.state_mentions`), as the state is written as the actor ("X was killed by troops", "an
ambush that killed four soldiers"); when they act ("killed by soldiers") on a page that named its state's army ("the
Mexican army"), for that army. :func:`loaders.syntax.actors_of` reads them where a rule asks who a phrase names. Not
a phrase that says whose they are ("Kenyan troops", "its soldiers", "troops of the UN mission", "soldiers led by X"),
nor one in a sentence that names another state ("Rwanda sent troops"). Men hit in a state named after "in" are that
state's (:func:`states_placed`: "killed 20 soldiers in Mali", "attacks on soldiers in Mali and Niger"). The words are
``state_force_references`` in ``seeds/relations.yaml``. (Measured and left out: "the army", "the military", "police",
"security forces" and "the authorities" as the page's state, right about one time in five on train's pages read cold:
gold gives a named force, or no link.)"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from spacy.tokens import Token

from graph.seeds import load_seed_yaml
from loaders.mentions import Mention
from loaders.named_heads import one_state_army_before
from loaders.page_state import state_mentions

if TYPE_CHECKING:
    from loaders.syntax import MentionIndex

OWNER_DEPS = {"poss", "amod", "compound", "nmod"}  # "Kenyan troops", "its soldiers", "coalition troops"
HIT_PREPS = {"on", "against"}  # "attacks on soldiers in Niger", "a raid against troops in Mali"


@dataclass(frozen=True)
class StateForceWords:
    """The ``state_force_references`` of ``seeds/relations.yaml``."""

    nouns: frozenset[str]
    qualified_nouns: frozenset[str]
    qualifiers: frozenset[str]
    counts: frozenset[str]
    setting_off: frozenset[str]


@cache
def state_force_words() -> StateForceWords:
    """The words of a state's unnamed men, loaded once per process."""
    block = load_seed_yaml("relations.yaml")["state_force_references"]  # else a SeedKeyError
    keys = ("nouns", "qualified_nouns", "qualifiers", "counts", "setting_off")
    return StateForceWords(*(frozenset(block[k]) for k in keys))


def state_force(token: Token, index: MentionIndex) -> Mention | None:
    """The page's state that a bare noun of its men headed by ``token`` stands for, by the state's latest mention
    before it, or the one state's army the page named before when they act (:func:`_doers`); None for any other
    phrase, when the page has named no state twice by then, or when its sentence names another state.

    >>> from loaders.nlp import load_nlp
    >>> from loaders.syntax import MentionIndex
    >>> doc = load_nlp()("Chad fought rebels. Chad said soldiers killed ten rebels.")
    >>> chad = [Mention(i, i + 1, 0, 0, "Chad", "Country", "Chad") for i in (0, 4)]
    >>> state_force(doc[6], MentionIndex(doc, chad)).start
    4
    """
    if token.i in index.by_token or token.dep_ in {"compound", "poss"} or not _unowned(token, state_force_words()):
        return None
    named = state_mentions(index.mentions, index.scope, before=token.i)
    if not named:
        return None
    if any(m.label == "Country" and m.key != named[-1].key for m in index.inside(token.sent)):
        return None  # "Rwanda sent troops to Cabo Delgado", "attacked soldiers in Mali and Niger": not the page's
    army = one_state_army_before(token, index) if _doers(token) else None
    return army or named[-1]


def states_placed(token: Token, index: MentionIndex) -> list[Mention]:
    """The states named after "in" where a state's men were hit, on their noun, a noun coordinated with it, the verb
    that hit them or the attack noun they follow ("killed 20 soldiers in Mali", "attacked soldiers and civilians in
    Mali and Niger", "attacks on soldiers in Niger"): the men are those states'. None for men whose noun is not
    bare (:func:`_unowned`) or who act (:func:`_doers`).

    >>> from loaders.nlp import load_nlp
    >>> from loaders.syntax import MentionIndex
    >>> doc = load_nlp()("Chad said gunmen killed ten soldiers in Mali and Niger.")
    >>> names = [Mention(i, i + 1, 0, 0, doc[i].text, "Country", doc[i].text) for i in (0, 7, 9)]
    >>> [m.name for m in states_placed(doc[5], MentionIndex(doc, names))]
    ['Mali', 'Niger']
    """
    if token.i in index.by_token or token.dep_ in {"compound", "poss"} or _doers(token):
        return []
    if not _unowned(token, state_force_words()):
        return []
    holders = [token, *token.conjuncts]
    if token.dep_ in {"dobj", "nsubjpass"}:
        holders.append(token.head)  # "killed 20 soldiers in Mali": the "in" hangs on the verb
    elif token.dep_ == "pobj" and token.head.lower_ in HIT_PREPS:
        noun = token.head.head  # "attacks on soldiers in Niger": on the attack's noun, or on the verb it is the
        holders += [noun, noun.head] if noun.dep_ == "dobj" else [noun]  # object of ("stepped up attacks")
    places = [p for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "in" for p in c.children]
    places = [x for p in places if p.dep_ == "pobj" for x in (p, *p.conjuncts)]
    found = [m for p in places if (m := index.at(p)) is not None and m.label == "Country"]
    return list({m.key: m for m in found}.values())


def places_men(place: Token, index: MentionIndex) -> bool:
    """Whether a state named after "in" is where a state's men were hit, whose state it is (:func:`states_placed`):
    Mali of "killed 20 soldiers in Mali" and of "attacks on soldiers in Mali", not of "militants in Mali".

    >>> from loaders.nlp import load_nlp
    >>> from loaders.syntax import MentionIndex
    >>> doc = load_nlp()("Gunmen stepped up attacks on soldiers in Mali.")
    >>> index = MentionIndex(doc, [Mention(7, 8, 0, 0, "Mali", "Country", "Mali")])
    >>> places_men(doc[7], index), places_men(doc[0], index)
    (True, False)
    """
    head = place
    while head.dep_ == "conj":  # "in Mali, Niger and Burkina Faso"
        head = head.head
    prep = head.head
    if head.dep_ != "pobj" or prep.lower_ != "in" or prep.dep_ != "prep":
        return False
    holder = prep.head
    men = [holder, *holder.conjuncts, *(c for c in holder.children if c.dep_ in {"dobj", "nsubjpass"})]
    men += [o for h in men for c in h.children if c.dep_ == "prep" and c.lower_ in HIT_PREPS for o in c.children]
    mention = index.at(place)
    return mention is not None and any(mention.key in {m.key for m in states_placed(t, index)} for t in men)


def _doers(token: Token) -> bool:
    """Whether a phrase names who acts: the subject of its clause, or the agent of a passive ("killed by soldiers");
    a page that named its state's army has the army act, while the men it loses are the state's."""
    return token.dep_ == "nsubj" or (token.dep_ == "pobj" and token.head.dep_ == "agent")


def _unowned(token: Token, words: StateForceWords) -> bool:
    """Whether a plural noun phrase names a state's men and nothing of whose they are: "troops", "four soldiers", "the
    state forces", not "Kenyan troops", "its soldiers", "forces", "troops of the UN mission"."""
    if token.pos_ != "NOUN" or token.tag_ != "NNS":
        return False
    qualified = token.lower_ in words.qualified_nouns
    if token.lower_ not in words.nouns and not qualified:
        return False
    if token.dep_ == "conj" and any(c.dep_ in OWNER_DEPS for c in token.head.lefts):
        return False  # "Israeli tanks and troops": the head's owner is theirs too
    qualifiers = 0
    for child in token.lefts:
        if child.dep_ == "det" and child.lower_ == "the":
            continue
        if child.dep_ in {"nummod", "amod", "quantmod"} and (child.like_num or child.lower_ in words.counts):
            continue
        if child.dep_ in {"amod", "compound"} and child.lower_ in words.qualifiers and not child.n_lefts:
            qualifiers += 1
            continue
        return False
    if qualified and not qualifiers:
        return False  # "forces" alone: anyone's
    return not any(c.dep_ in {"appos", "compound"} or c.lower_ in words.setting_off for c in token.rights)
