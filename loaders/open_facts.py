"""A fact left open is alleged, not stated: a clause asked about ("it is unclear whether X attacked Y", "officials
would not say whether X armed Y"), one called unsettled ("unverified reports said X struck Y", "X's role is
unconfirmed"), or one whose proof is denied ("there is no evidence that X funds Y", "officials could not confirm that
X ..."). So is hearsay: a fact told as a report ("reports that Israel struck X") or a cue noun called suspected
("suspected PKK positions") or by no one named ("X is said to be led by Y"). The words are ``open_question_marks``,
``unsettled_words``, ``proof_words``, ``hearsay_nouns``, ``hearsay_passives`` and ``hedging_adjectives`` in
``seeds/relations.yaml``.
"""

from __future__ import annotations

from spacy.attrs import LOWER
from spacy.tokens import Token

from loaders.cues import Cues
from loaders.doc_tree import has_child, tree_of
from loaders.doc_words import token_strings

UNSETTLED_DEPS = frozenset({"acomp", "amod", "attr", "oprd"})  # "is unclear", "unverified reports"
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def open_fact(chain: list[Token], cues: Cues) -> bool:
    """Whether the clause of a cue (``chain``: the cue and its heads, see ``loaders.syntax.described_chain``) is
    left open: asked about, called unsettled, or above a denied proof.

    >>> from loaders.cues import load_cues
    >>> from loaders.nlp import load_nlp
    >>> from loaders.syntax import described_chain
    >>> nlp, cues = load_nlp(), load_cues()
    >>> doc = nlp("It is unclear whether Iran armed the group.")
    >>> open_fact(described_chain(doc[5]), cues)
    True
    >>> doc = nlp("It is clear that Iran armed the group.")
    >>> open_fact(described_chain(doc[5]), cues)
    False
    """
    if any(has_child(t, {"mark"}, cues.open_question_marks) for t in chain):
        return True
    return any(_unsettled(t, cues) or (t.lemma_.lower() in cues.proof_words and _denied(t, cues)) for t in chain[1:])


def hearsay(cue: Token, chain: list[Token], cues: Cues) -> bool:
    """Whether a cue is told as hearsay: under a noun of report ("amid reports that X armed Y", "denied reports that
    ...", whose denial is read first), under a passive verb of report that names no one as saying it ("X is said to
    be led by Y", "it is thought that X armed Y") or a cue noun with a hedging adjective ("suspected hideouts of X",
    "the alleged funding of X").

    >>> from loaders.cues import load_cues
    >>> from loaders.nlp import load_nlp
    >>> from loaders.syntax import described_chain
    >>> nlp, cues = load_nlp(), load_cues()
    >>> doc = nlp("Markets fell amid reports that Israel struck Iran.")
    >>> hearsay(doc[6], described_chain(doc[6]), cues)
    True
    >>> doc = nlp("Reuters reported that Israel struck Iran.")
    >>> hearsay(doc[4], described_chain(doc[4]), cues)
    False
    >>> doc = nlp("The militia is said to be funded by Iran.")
    >>> hearsay(doc[6], described_chain(doc[6]), cues)
    True
    """
    if any(t.pos_ == "NOUN" and t.lemma_.lower() in cues.hearsay_nouns for t in chain[1:]):
        return True
    if any(_unattributed_report(t, cues) for t in chain[1:]):
        return True
    return cue.pos_ == "NOUN" and has_child(cue, {"amod"}, cues.hedging_adjectives)


def _unattributed_report(verb: Token, cues: Cues) -> bool:
    """ "is said", "was reported", "are thought": a verb of report in the passive with no agent ("by Reuters")."""
    if verb.pos_ not in {"VERB", "AUX"} or verb.lemma_.lower() not in cues.hearsay_passives:
        return False
    passive = has_child(verb, {"nsubjpass", "auxpass"})
    return passive and not has_child(verb, {"agent"})


def _unsettled(token: Token, cues: Cues) -> bool:
    """ "is unclear", "unverified reports said": the token or its subject called unsettled (by the word, not its lemma,
    which the parse may get wrong: "unverifie")."""
    tree, lower, words = tree_of(token.doc), token_strings(token.doc, LOWER), cues.unsettled_words  # by position
    dep, children = tree.dep, tree.children
    holders = [token.i, *(c for c in children[token.i] if dep[c] in SUBJECT_DEPS)]
    return any(dep[c] in UNSETTLED_DEPS and lower[c] in words for h in holders for c in children[h])


def _denied(token: Token, cues: Cues) -> bool:
    """ "could not confirm", "no evidence": a proof word with a negation of its own."""
    return has_child(token, {"neg"}) or has_child(token, {"det"}, cues.negation)
