"""Places known only by the incident named after them: in "the Chibok kidnapping" or "the Kokorou attack" the
unknown name before the incident's noun is the town where it happened, not a person or a body the NER took it for
(a body's name only when no word of it is an organisation's: "the Wagner mutiny" is known, "the FLN attack" an
acronym)."""

from __future__ import annotations

from dataclasses import replace

from spacy.attrs import ENT_TYPE, IS_TITLE
from spacy.tokens import Doc, Token

from graph.slug import name_key
from graph.written_alike import MIN_PLURAL_WORD, name_articles, written_form
from loaders.compound_incidents import compound_kind
from loaders.doc_tree import has_child, tree_of
from loaders.doc_words import words_of
from loaders.headline_incidents import is_title
from loaders.mentions import Mention, guess_kind
from loaders.months import month_words

_ACTING = {"nsubj", "nsubjpass", "poss"}  # a name that speaks, acts, is acted on as a whole or owns: an actor's
_MODIFYING = {"compound", "amod", "nmod"}  # "the Hamas attack": a name that qualifies a noun


def names_incident(token: Token, event_nouns: frozenset[str]) -> bool:
    """Whether a name token modifies a definite incident noun ("the Chibok kidnapping"), or one of the page's title
    ("Kuje jailbreak: ..."), right before it or with only common nouns of the incident's phrase between ("the Beslan
    school siege", "the Kuje break-out": "break" and "out" as the parse reads it).

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("It beat the Beslan school siege and the Tolon break-out, not the Tolon deadly siege.")
    >>> [names_incident(doc[i], frozenset({"siege"})) for i in (3, 8, 15)]
    [True, True, False]
    """
    noun = token.head
    while noun.dep_ == "compound" and noun.pos_ == "NOUN" and noun.head.i > noun.i:  # "school" of "school siege"
        noun = noun.head
    if token.dep_ not in {"compound", "nmod"} or noun.pos_ != "NOUN" or noun.i <= token.i:
        return False
    between = token.doc[token.i + 1 : noun.i]
    if not all((t.dep_ == "compound" and t.pos_ == "NOUN" and t.is_lower) or t.text == "-" for t in between):
        return False  # not "the Tolon deadly siege", nor a name of more words
    if noun.lower_ not in event_nouns and noun.lemma_.lower() not in event_nouns and compound_kind(noun) is None:
        return False
    return has_child(noun, {"det"}, {"the"}) or (not has_child(noun, {"det"}) and is_title(noun))  # "Kuje
    # jailbreak: 879 inmates escaped": a title drops the article


def incident_place_names(doc: Doc, mentions: list[Mention], event_nouns: frozenset[str]) -> list[Mention]:
    """The mentions, with an unknown one-word "person" or "body" that names an incident's place made a Location,
    everywhere in the document; never a word of a longer person's name ("the Soleimani killing" after "Qassem
    Soleimani"), nor of a longer place's ("the Sutton assault" after "the Sutton Ridge mine": that place's incident,
    told again), nor a name the page has speak, act or own elsewhere ("Hamas said ...", "Hamas's leaders": "the Hamas
    attack" is the group's), nor a group's name the page also writes as its members' plural or with its article
    (:func:`groups_written_otherwise`: "the Houthi offensive" beside "the Houthis"); such a name the NER left
    untagged is added as a Location."""
    people = [m for m in mentions if m.label == "Person" or _unmarked_body(m)]
    longer = [m for m in mentions if m.label in {"Person", "Location"} and " " in m.name]
    words = {w for m in longer for w in m.name.split()}
    acting = {m.name for m in people if m.end - m.start == 1 and doc[m.start].dep_ in _ACTING}
    groups = groups_written_otherwise(doc, mentions)
    places = {
        m.name
        for m in people
        if not m.actor_id
        and m.end - m.start == 1
        and m.name not in words | acting
        and written_form(m.name, plural=False) not in groups
        and doc[m.start].pos_ == "PROPN"
        and names_incident(doc[m.start], event_nouns)
    }
    untagged = _untagged_places(doc, mentions, event_nouns, words, groups)
    if not places:
        return sorted([*mentions, *untagged], key=lambda m: m.start) if untagged else mentions
    moved = {m.name for m in people} & places
    moved_mentions = [
        replace(m, label="Location", kind=None) if m.label in {"Person", "Organization"} and m.name in moved else m
        for m in mentions
    ]
    return sorted([*moved_mentions, *untagged], key=lambda m: m.start) if untagged else moved_mentions


def groups_written_otherwise(doc: Doc, mentions: list[Mention]) -> set[str]:
    """The :func:`~graph.written_alike.written_form` (its plural kept) of each lone name the page also writes in the
    plural after "the" and not as a noun's modifier, tagged or not ("the Houthis said", "blamed the Houthis"), or as a
    body's or a person's name after its article ("al-Shabaab", "al Shabaab"): the name of a group, whose "Houthi
    offensive" or "Shabaab attack" is the group's deed, not a place's. Not "the Hamas attack" (a modifier), so not
    "Hama" of it.

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("The Orvanis said the Orvani offensive and the al-Tessa attack went on.")
    >>> sorted(groups_written_otherwise(doc, [Mention(9, 12, 44, 52, "al-Tessa", "Organization", "al-Tessa")]))
    ['orvani', 'tessa']
    """
    found = {
        written_form(m.name, plural=False)
        for m in mentions
        if m.label in {"Organization", "Person"}
        and len(words := name_key(m.name).split()) == 2
        and words[0] in name_articles()  # "al-Shabaab"
    }
    texts, lowers = words_of(doc).text, words_of(doc).lower
    for i in range(1, len(texts)):
        text = texts[i]
        if (
            lowers[i - 1] == "the"
            and text.endswith("s")
            and len(text) > MIN_PLURAL_WORD
            and text[0].isupper()
            and text[1:].islower()
            and doc[i].dep_ not in _MODIFYING  # "the Houthis", not "the Hamas attack"
        ):
            found.add(written_form(text[:-1], plural=False))
    return found


def _untagged_places(
    doc: Doc, mentions: list[Mention], event_nouns: frozenset[str], words: set[str], groups: set[str]
) -> list[Mention]:
    """The one-word proper nouns the NER left untagged that name an incident's place as :func:`names_incident` reads
    it ("Kuje jailbreak: 879 inmates escaped"), each a Location; not a word of a longer name the page gives, nor a
    group's name written otherwise (``groups``, :func:`groups_written_otherwise`: "Houthi strike: ..." beside "the
    Houthis")."""
    taken = {i for m in mentions for i in range(m.start, m.end)}
    months = month_words()
    pos, texts, lowers = tree_of(doc).pos, words_of(doc).text, words_of(doc).lower
    ent_types, titled = doc.to_array([ENT_TYPE, IS_TITLE]).T.tolist() if len(doc) else ([], [])
    found = [
        doc[i]
        for i, tag in enumerate(pos)  # the page's columns read, a token made only where they fit
        if tag == "PROPN"
        and not ent_types[i]
        and titled[i]
        and i not in taken
        and texts[i] not in words
        and written_form(texts[i], plural=False) not in groups
        and lowers[i] not in months  # "the 1 April strike": a date
        and (i == 0 or pos[i - 1] != "PROPN")
        and names_incident(doc[i], event_nouns)
    ]
    return [Mention(t.i, t.i + 1, t.idx, t.idx + len(t), t.text, "Location", t.text) for t in found]


def _unmarked_body(m: Mention) -> bool:
    """Whether a mention is an unknown body's one-word name, no word of an organisation and not in capitals."""
    one_word = " " not in m.name and not m.name.isupper()
    return m.label == "Organization" and not m.actor_id and one_word and guess_kind(m.name) == "other"
