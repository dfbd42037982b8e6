"""What the learned label check (:mod:`loaders.name_labels`) reads of a mention beyond its own words: the seeds' cue
words in and around it, its place in the parse, its words' beginnings and endings, and what the rest of the page
says of the same name.

A word the training pages never showed still tells its reading through the cue list it is on (a rank before a
person's name, a noun of a place or a body ending one), and a name the NER read one way still shows another where
the page names it inside a longer name ("Orvane" of "Tessa Orvane") or the NER gave it several labels.

>>> import spacy
>>> doc = spacy.blank("en")("Colonel Tessa Orvane met the Orvane Brigade")
>>> from loaders.mentions import Mention
>>> cue_features(doc, Mention(1, 3, 8, 20, "Tessa Orvane", "Person", "Tessa Orvane"))
['cue_before=role', 'cue_before=honorific']
>>> word_part_features(["orvane", "brigade"])
['pre2=or', 'pre3=orv', 'suf2=de', 'first_suf3=ane']
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc

from graph.seeds import load_seed_yaml
from loaders.doc_tree import span_root
from loaders.doc_words import entities_of
from loaders.mentions import Mention, guess_kind

WINDOW = 3  # words either side of a mention in which a cue word counts


@cache
def _cue_lists() -> tuple[tuple[str, frozenset[str]], ...]:
    """Each kind of cue word, with the lowercase one-word cues of ``seeds/relations.yaml`` that make it: a role, an
    honorific or rank, a noun of a place, a noun of a body, a particle of a name."""
    data = load_seed_yaml("relations.yaml")
    roles = {w for words in data["roles"].values() for w in words if " " not in w}
    lists = {
        "role": roles,
        "honorific": set(data["honorifics"]),
        "place": {*data["place_nouns"], *data["place_divisions"]},
        "body": {*data["group_nouns"], *data["unit_nouns"]},
        "particle": set(data["name_particles"]),
    }
    return tuple((kind, frozenset(w.lower() for w in words)) for kind, words in lists.items())


def cue_features(doc: Doc, m: Mention) -> list[str]:
    """Which cue lists (:func:`_cue_lists`) have a word in the mention, its last word, or the :data:`WINDOW` words
    before or after it, and the kind of body its words tell (:func:`~loaders.mentions.guess_kind`)."""
    words = [t.lower_ for t in doc[m.start : m.end]]
    before = {doc[i].lower_.rstrip(".") for i in range(max(0, m.start - WINDOW), m.start)}
    after = {doc[i].lower_ for i in range(m.end, min(len(doc), m.end + WINDOW))}
    feats = []
    for kind, cues in _cue_lists():
        for where, found in (("in", words), ("before", before), ("after", after)):
            if not cues.isdisjoint(found):
                feats.append(f"cue_{where}={kind}")
        if words and words[-1] in cues:
            feats.append(f"cue_last={kind}")
    kind = guess_kind(m.name)
    return feats if kind == "other" else [*feats, f"kind={kind}"]


def syntax_features(doc: Doc, m: Mention) -> list[str]:
    """The mention's place in the parse: the preposition it hangs from and that word's head ("the town of X": ``of``
    and ``town``), the verb it is the subject of, its own modifiers outside it, and the parts of speech of its head
    word and of that word's head."""
    root = span_root(doc, m.start, m.end)
    head = root.head
    feats = [f"pos={root.pos_}", f"head_pos={head.pos_}"]
    if root.dep_ == "pobj":
        over = head.head.lemma_.lower()
        feats += [f"prep_head={head.lower_}|{over}", f"over_prep={over}"]
    elif root.dep_ in ("nsubj", "nsubjpass"):
        feats.append(f"subject_of={head.lemma_.lower()}")
    feats += [f"child={c.dep_}|{c.lemma_.lower()}" for c in root.children if not m.start <= c.i < m.end]
    return feats


def word_part_features(words: list[str]) -> list[str]:
    """The first word's first two and three letters, the last word's last two, and the first word's last three
    when the name has more than one word (lowercase ``words``)."""
    if not words:
        return []
    feats = [f"pre2={words[0][:2]}", f"pre3={words[0][:3]}", f"suf2={words[-1][-2:]}"]
    return [*feats, f"first_suf3={words[0][-3:]}"] if len(words) > 1 else feats


def page_context(doc: Doc, mentions: list[Mention], names: set[str]) -> dict[str, list[str]]:
    """What the page says of each of ``names`` elsewhere: the labels of the longer names holding it and of the shorter
    ones it holds, and every label the NER gave a span written as it (``page_ner_mixed`` when there are several).

    >>> import spacy
    >>> doc = spacy.blank("en")("Tessa Orvane met Orvane")
    >>> ms = [Mention(0, 2, 0, 12, "Tessa Orvane", "Person", "Tessa Orvane")]
    >>> ms.append(Mention(3, 4, 17, 23, "Orvane", "Organization", "Orvane"))
    >>> page_context(doc, ms, {"Orvane"})
    {'Orvane': ['in_longer=Person']}
    """
    written = [(m.name, f" {m.name} ", m.label) for m in mentions if not m.refers_back]  # padded once, not per name
    ner: dict[str, set[str]] = {}
    for ent in entities_of(doc):
        if ent.text in names:
            ner.setdefault(ent.text, set()).add(ent.label_)
    out = {}
    for name in names:
        feats = set()
        padded = f" {name} "
        for other, other_padded, label in written:
            if other != name and padded in other_padded:
                feats.add(f"in_longer={label}")
            if other != name and other_padded in padded:
                feats.add(f"has_shorter={label}")
        labels = ner.get(name, set())
        feats |= {f"page_ner={label}" for label in labels}
        if len(labels) > 1:
            feats.add("page_ner_mixed")
        out[name] = sorted(feats)
    return out
