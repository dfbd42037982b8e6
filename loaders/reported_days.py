"""The day a report of an act gives it: "the group said on Saturday it had fired rockets at X", "X fired rockets at Y,
the group said on Saturday", "On Monday, officials reported that gunmen had attacked Z", "Hours later, the ministry
said its forces had fired on Y": an act told only as what someone said on a day or at a point of the story (its own
clause names no date) is news of that day, one incident, as an act the text dates itself is. Not an act the report
only foresees or denies ("said on Saturday it would fire", "said on Saturday it had not fired"), and not a day of a
month or a year ("said in March"), which may be weeks after the act.
"""

from __future__ import annotations

from spacy.tokens import Token

from loaders.cues import load_cues
from loaders.doc_tree import has_child
from loaders.relative_days import tells_a_day
from loaders.sequel_times import sequel_phrases
from loaders.unreal_acts import unreal_cues
from loaders.verb_incidents import dates_a_verb


def reporting_verb(verb: Token) -> Token | None:
    """The verb of saying an act is told under ("said it had fired", "reported that X had attacked") or beside ("X
    attacked Y, the army said"), if any."""
    reporting = load_cues().reporting
    if verb.dep_ == "ccomp" and verb.head.pos_ == "VERB" and verb.head.lemma_.lower() in reporting:
        return verb.head
    beside = [c for c in verb.children if c.dep_ in {"parataxis", "ccomp"} and c.lemma_.lower() in reporting]
    return beside[0] if beside and beside[0].i > verb.i else None


def reported_day(verb: Token) -> list[Token]:
    """The date phrases naming a day ("on Saturday", "Monday", "hours later") on the verb of saying an act with no date
    of its own is told by, which date the act; [] when the act is foreseen or denied, or the saying has no day.

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("Hezbollah said on Saturday it had fired rockets at Israeli positions.")
    >>> [t.text for t in reported_day(doc[6])]
    ['on']
    >>> doc = load_nlp()("Hezbollah said on Saturday it would fire rockets at Israeli positions.")
    >>> reported_day(doc[6])
    []
    """
    if has_child(verb, {"neg"}) or has_child(verb, {"aux"}, unreal_cues().modal_words):
        return []
    saying = reporting_verb(verb)
    if saying is None or has_child(saying, {"neg"}):
        return []
    dated = [c for c in saying.children if dates_a_verb(c)]
    return dated if any(tells_a_day(t) for c in dated for t in c.subtree) else sequel_phrases(saying)
