"""A plural pronoun in what people named together say stands for them: "A and B announced that they would fight
alongside the army, accusing X" (A and B fight and accuse), "A and B said their movements had joined Y". The
pronoun's actor is the first of the people; :func:`loaders.syntax.listed_with` adds the others listed with him. People
left unnamed who say it ("Karen fighters said they had ambushed X") stand for no one named before."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from loaders.coreference import told_of_by_observers
from loaders.cues import load_cues
from loaders.doc_tree import tree_of
from loaders.mentions import Mention

if TYPE_CHECKING:
    from loaders.syntax import MentionIndex

HOPS = 4  # how far up from the pronoun the clause of what is said may open
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def plural_speakers(pronoun: Token, index: MentionIndex) -> Mention | None:
    """The first of two or more people coordinated as the subject of the verb whose complement clause (``ccomp``)
    holds a plural pronoun, or None (a singular pronoun, no such clause, or a subject not made of people only).

    >>> from loaders.nlp import load_nlp
    >>> from loaders.syntax import MentionIndex
    >>> doc = load_nlp()("Ali Musa and Omar Said announced that they would join the army.")
    >>> ali = Mention(0, 2, 0, 8, "Ali Musa", "Person", "Ali Musa")
    >>> people = [ali, Mention(3, 5, 13, 22, "Omar Said", "Person", "Omar Said")]
    >>> plural_speakers(doc[7], MentionIndex(doc, people)).name
    'Ali Musa'
    """
    if (speaker := _lone_speaker(pronoun, index)) is None:
        return None
    named = [index.at(t) for t in (speaker, *speaker.conjuncts)]
    people = {m.key: m for m in named if m is not None and m.label == "Person"}
    return next(iter(people.values())) if len(people) >= 2 and len(people) == len(named) else None


def voiced_body(pronoun: Token, index: MentionIndex) -> Mention | None:
    """The body a plural pronoun's speakers speak for, when they are its leaders, officials or spokesmen
    (``voice_people_nouns``) named by it: "leaders of X said they would fight Y", "X's officials said they", "X
    leaders said they" (X); None for speakers of no one named or of more than one body.

    >>> from loaders.nlp import load_nlp
    >>> from loaders.syntax import MentionIndex
    >>> doc = load_nlp()("Leaders of Hamas said they would fight on.")
    >>> hamas = Mention(2, 3, 11, 16, "Hamas", "Organization", "Hamas")
    >>> voiced_body(doc[4], MentionIndex(doc, [hamas])).name
    'Hamas'
    """
    speakers = _lone_speaker(pronoun, index)
    cues = load_cues()
    if speakers is None or speakers.tag_ != "NNS" or speakers.lemma_.lower() not in cues.voice_people_nouns:
        return None
    voiced = [o for p in speakers.children if p.dep_ == "prep" and p.lower_ in cues.voice_preps for o in p.children]
    owners = [c for c in speakers.lefts if c.dep_ in {"poss", "compound"}]
    named = {m.key: m for t in voiced + owners if (m := index.at(t)) is not None}
    bodies = [m for m in named.values() if m.label in {"Organization", "Country"}]
    return bodies[0] if len(bodies) == 1 and len(named) == 1 else None


def unnamed_speakers(pronoun: Token, index: MentionIndex) -> bool:
    """Whether a plural pronoun is in what a plural noun naming no one says: "Karen fighters said they had ambushed
    X", "residents said they had fled" (the speakers, not a group named before); not "the rebels said they" (a
    reference back), "Hamas fighters said they" (named in the phrase), nor a pronoun other than the subject in what
    observers say ("A, B and C claimed attacks, and analysts say rivalries among them sharpened": the groups; the
    hostility block's ``observer_nouns``, who tell of others)."""
    speakers = _lone_speaker(pronoun, index)
    if speakers is None or speakers.pos_ != "NOUN" or speakers.tag_ != "NNS":
        return False
    if told_of_by_observers(speakers, pronoun):
        return False
    if any(index.at(t) is not None for t in speakers.subtree):
        return False
    return not any(c.lower_ in load_cues().definite or c.dep_ == "poss" for c in speakers.lefts)


def _lone_speaker(pronoun: Token, index: MentionIndex) -> Token | None:
    """The one subject before a plural pronoun of the verb whose complement clause (``ccomp``) holds it, or None (a
    singular pronoun, one that is a mention itself, no such clause within reach, or no single subject)."""
    if pronoun.pos_ != "PRON" or index.at(pronoun) is not None:
        return None
    tree = tree_of(pronoun.doc)  # the parse read by position: no ``Token`` made on the way up
    clause = next((a for a in tree.chain(pronoun.i)[1 : HOPS + 1] if tree.dep[a] == "ccomp"), None)
    if clause is None or "Plur" not in pronoun.morph.get("Number"):  # the morphology, dearer to read, last
        return None
    subjects = [c for c in tree.children[tree.head[clause]] if tree.dep[c] in SUBJECT_DEPS and c < pronoun.i]
    return pronoun.doc[subjects[0]] if len(subjects) == 1 else None
