"""Who succeeded whom, read once the page's heads are known: the one succeeded led what his successor is said to lead
in the same sentence, and the other way round. "Brahim Ghali, president of the SADR since 2016, when he succeeded
Mohamed Abdelaziz" (Abdelaziz led the SADR), "President X took office in May, succeeding Y" (Y led X's state), "the
party is led by X, who succeeded Y in the post", "Z was succeeded by X, who leads the group today"; and a head's
predecessor or successor named beside him leads what he leads ("a withdrawal ordered by his predecessor, Donald
Trump", "Soleimani's successor, Esmail Qaani"): in the same sentence, else the one state the page has him lead, else
the one organisation ("Kito founded the group in 2009. X succeeded him as leader", "He was succeeded by X", "his
successor, X": the group; none when the page has him lead several).

The sentence rules of :mod:`loaders.successions` read a succession when the head's body is known before it; this pass
reads the rest, after every sentence. A body named in an apposition on one side is not the post handed on: "Z was
replaced by X, a former chief of the armed forces" does not make Z a chief of them. A role given after "as" ("X
succeeded Y as defence minister") is the appointment rules' to read, not this one's, but for a head's bare post
(``head_posts``: "as leader", "as emir").

The cue words are ``succession_verbs`` and the ``successions`` block (``heir_nouns``) of ``seeds/relations.yaml``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from loaders.cues import load_cues
from loaders.mentions import Mention
from loaders.page_leads import leads_of, surname
from loaders.successions import succession_cues, successors
from loaders.syntax import actors_of, agents_of, is_passive, prep_objects, subjects_of

if TYPE_CHECKING:
    from loaders.extract import DocReader

LED = frozenset({"Organization", "Country"})


def heads_succeeded(reader: DocReader) -> None:
    """Emit the links of successions told in the page (see the module's docstring)."""
    verbs = load_cues().succession_verbs
    heirs = succession_cues().heir_nouns
    for i, lemma in enumerate(reader.words.lemma):
        if lemma in verbs:
            _succession(reader, reader.doc[i])
        elif lemma in heirs:
            _heir_named(reader, reader.doc[i])


def _succession(reader: DocReader, verb: Token) -> None:
    """ "X succeeded Y", "Y was succeeded by X", "..., succeeding Y": each side leads what the other leads in the
    sentence, but for the bodies named in an apposition on it ("X, a former chief of Y")."""
    posts = prep_objects(verb, {"as"})
    if verb.pos_ != "VERB" or not all(_bare_head_post(t) for t in posts):
        return
    if is_passive(verb):
        heirs, gone = agents_of(verb), [c for c in verb.children if c.dep_ == "nsubjpass"] or subjects_of(verb)
    else:
        heirs, gone = successors(verb), [c for c in verb.children if c.dep_ == "dobj"]
    sent = reader.words.sentence(verb)
    for ones, others in ((heirs, gone), (gone, heirs)):
        described = {m.key for t in ones for c in t.children if c.dep_ == "appos" for m in _named_in(reader, c)}
        led = [b for m in _people(reader, ones) for b in _led_by(reader, m, sent) if b.key not in described]
        if not led and ones is gone and not _post_named(verb):  # "X succeeded him as leader": what he led
            led = [b for m in _people(reader, ones) for b in _one_body_led(reader, m)]
        people = _people(reader, others)
        reader.emit_all(people, "LEADS", led, verb, f"succeeded-head:{verb.lemma_.lower()}", 0.7)


def _heir_named(reader: DocReader, noun: Token) -> None:
    """ "his predecessor, Y", "X's successor, Y": Y leads what X leads in the sentence, else the one state or
    organisation the page has him lead."""
    if noun.pos_ != "NOUN":
        return
    owners = [c for c in noun.children if c.dep_ == "poss"]
    owner = None
    if owners:
        owner = reader.index.antecedent(owners[0]) if owners[0].pos_ == "PRON" else reader.index.at(owners[0])
    if owner is None or owner.label != "Person":
        return
    named = [c for c in noun.children if c.dep_ == "appos"]  # "his predecessor, Y"
    named += [noun.head] if noun.dep_ in {"compound", "appos"} else []  # "his predecessor Y", "Y, his predecessor"
    people = [m for m in _people(reader, named) if surname(m.name) != surname(owner.name)]
    led = _led_by(reader, owner, reader.words.sentence(noun)) or _one_body_led(reader, owner)
    reader.emit_all(people, "LEADS", led, noun, f"succeeded-head:{noun.lemma_.lower()}", 0.7)


def _named_in(reader: DocReader, phrase: Token) -> list[Mention]:
    """The actors named in a phrase."""
    return reader.index.within(list(phrase.subtree))


def _people(reader: DocReader, tokens: list[Token]) -> list[Mention]:
    """The people the phrases headed by the tokens name."""
    return [m for t in tokens for m in actors_of(t, reader.index, with_preps=False) if m.label == "Person"]


def _led_by(reader: DocReader, person: Mention, sent: Span) -> list[Mention]:
    """What the page's rules have a person (or one of his surname) lead, told in the sentence: a state, or an
    organisation the sentence names (not one "the party" was read back to)."""
    named = {m.key for m in reader.index.inside(sent) if not m.refers_back}
    return [
        _end_of(reader, r.object)
        for r in leads_of(reader, person, LED)
        if sent.start_char <= r.start < sent.end_char
        and (reader.facts.actors[r.object].label == "Country" or r.object in named)
    ]


def _bare_head_post(post: Token) -> bool:
    """Whether the role after "as" is a head's post with no body named or owned in its phrase ("as leader", "as the
    new emir"; not "as defence minister", "as head of the army", "as its spokesman")."""
    bare = not any(c.dep_ in {"prep", "poss", "compound"} for c in post.children)
    return bare and post.lemma_.lower() in succession_cues().head_posts


def _post_named(verb: Token) -> bool:
    """Whether a succession names the post or the body handed on ("succeeded Z in that post", "was succeeded at the
    Quds Force by X"): then it is that one, not whatever the page has Z lead."""
    cues = succession_cues()
    posts = [t for t in prep_objects(verb, cues.post_preps) if t.lemma_.lower() in cues.post_nouns]
    return bool(posts or prep_objects(verb, cues.body_preps))


def _one_body_led(reader: DocReader, person: Mention) -> list[Mention]:
    """The one state the page's rules have a person lead, else the one organisation (none if several or none)."""
    if states := _one_state_led(reader, person):
        return states
    bodies = {r.object for r in leads_of(reader, person, {"Organization"})}
    return [_end_of(reader, next(iter(bodies)))] if len(bodies) == 1 else []


def _one_state_led(reader: DocReader, person: Mention) -> list[Mention]:
    """The one state the page's rules have a person lead (none if several or none)."""
    states = {r.object for r in leads_of(reader, person, {"Country"})}
    return [_end_of(reader, next(iter(states)))] if len(states) == 1 else []


def _end_of(reader: DocReader, key: str) -> Mention:
    """The actor of the page a key stands for, as an end of a link."""
    actor = reader.facts.actors[key]
    return Mention(-1, -1, -1, -1, actor.name, actor.label, actor.name, actor.kind, actor.actor_id)
