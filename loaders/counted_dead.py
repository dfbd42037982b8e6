"""The dead named again by the noun a toll counted them with: "Gunmen killed two officers in X on Monday. Police named
the officers as A and B", "The two men were killed in a firefight ... The second man was identified as B", "seven of
its members died ... The Guards named the five other officers as C, D": the people a definite noun names are the dead
when a verb of violence harmed a word of the same lemma before it on the page, or when "other" after a count adds
them to the dead already named (not "Police identified the gunman as X", nor "named the new commander as Y": no one
harmed so named); "they" and "them" stand for the dead the sentence before made its subject ("seven of its members
died. They included A and B").
"""

from __future__ import annotations

from spacy.tokens import Token

from loaders.doc_words import words_of

TOLL_SPAN = 20  # sentences before the naming in which the toll that counted the people may stand
DEFINITE = frozenset({"the", "these", "those"})
OTHER = frozenset({"other"})
PRONOUNS = frozenset({"they", "them"})  # "Seven officers died. They included A and B", "Among them were A and B"


def counted_dead(noun: Token, violence_verbs: frozenset[str], death_verbs: frozenset[str]) -> bool:
    """Whether a definite noun of people names the dead of a toll told before it on the page (see the module): harmed
    by one of ``violence_verbs`` (lemmas: "kill") or the subject of one of ``death_verbs`` ("die").

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("Gunmen killed two officers on Monday. Police named the officers as Ali Omar on Tuesday. "
    ...     "Police identified the gunman as Hassan Musa.")
    >>> named = [t for t in doc if t.text in {"officers", "gunman"} and t.sent.start > 0]
    >>> [(t.text, counted_dead(t, frozenset({"kill"}), frozenset())) for t in named]
    [('officers', True), ('gunman', False)]
    """
    if noun.lower_ in PRONOUNS:
        return dead_just_told(noun, violence_verbs, death_verbs)
    if noun.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ in DEFINITE for c in noun.children):
        return False
    if any(c.dep_ in {"relcl", "acl"} and c.lemma_.lower() not in violence_verbs for c in noun.children):
        return False  # "the two officers who arrested the suspects": others than the dead
    if noun.tag_ == "NNS" and any(c.lower_ in OTHER for c in noun.children) and any(c.like_num for c in noun.children):
        return True  # "the five other officers", after the dead named first
    first = noun.sent.start
    for _ in range(TOLL_SPAN):
        if first == 0:
            break
        first = noun.doc[first - 1].sent.start
    lemma, lemmas, doc = noun.lemma_.lower(), words_of(noun.doc).lemma, noun.doc  # a Token made at the same noun only
    return any(
        lemmas[i] == lemma and harmed(doc[i], violence_verbs, death_verbs) for i in range(first, noun.sent.start)
    )


def dead_just_told(pronoun: Token, violence_verbs: frozenset[str], death_verbs: frozenset[str]) -> bool:
    """Whether "they" or "them" stands for the dead the sentence just before made its subject ("The IRGC said seven
    of its members died. They included A and B"; not the doers of "Gunmen killed five soldiers. They included A").

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("Seven officers died on Monday. They included Ali Omar. Gunmen killed two men. They fled.")
    >>> [dead_just_told(t, frozenset({"kill"}), frozenset({"die"})) for t in doc if t.lower_ == "they"]
    [True, False]
    """
    start = pronoun.sent.start
    if start == 0:
        return False
    before = pronoun.doc[start - 1].sent
    return any(t.dep_ in {"nsubj", "nsubjpass"} and harmed(t, violence_verbs, death_verbs) for t in before)


def harmed(word: Token, violence_verbs: frozenset[str], death_verbs: frozenset[str]) -> bool:
    """Whether a verb of violence harmed what a noun names: its object ("killed two officers"), its passive subject
    ("two men were killed"), a participle after it ("officers killed in the raid"); or it died ("two officers died");
    also through a noun it is set beside or listed with ("Three Americans - one serviceman and two contractors - were
    killed")."""
    chain = [word]
    while chain[-1].dep_ in {"appos", "conj"} and chain[-1].head is not chain[-1]:
        chain.append(chain[-1].head)  # "two contractors" of "Three Americans - one serviceman and two contractors -"
    for noun in chain:
        verb = noun.head.lemma_.lower()
        if noun.dep_ in {"dobj", "nsubjpass"} and verb in violence_verbs | death_verbs:
            return True
        if noun.dep_ == "nsubj" and verb in death_verbs:
            return True
        if any(c.dep_ == "acl" and c.lemma_.lower() in violence_verbs for c in noun.children):
            return True
    return False
