"""Events: an attack, strike, blast or killing with a place, a target, a date or a victim.

"rocket attack on the K-1 base" becomes the Event "K-1 base rocket attack" with
OCCURRED_AT the base; "attacks on US and Coalition positions" gives TARGETED
links; "the attack" later in the text points back to the latest event.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from spacy.tokens import Span, Token

from graph.slug import slugify
from loaders.blame_phrases import blame_phrase_cues
from loaders.compound_incidents import compound_incident_cues, compound_kind
from loaders.cues import Cues, load_cues
from loaders.date_gaps import days_apart, within_days
from loaders.doc_tree import has_child
from loaders.doc_words import DocWords, text_of, token_strings
from loaders.facts import IncidentKey
from loaders.fatal_verbs import kills_outright
from loaders.guarded_incidents import (
    aims,
    anchored,
    guarded_cues,
    harmed_by_weapon,
    hit_by_of,
    is_guarded,
    relative_clauses,
)
from loaders.headline_incidents import headline_phrase, is_headline, is_title, line_opens_capitalised
from loaders.hostility import load_hostility_cues
from loaders.incident_aliases import (
    massacre_names,
    other_number,
    surname_names,
    verb_noun_names,
    weapon_noun_names,
    whole_name,
    within_place,
    without_spelled_acronyms,
)
from loaders.incident_clauses import amid_unrest, clause_cues, harmed_amid, in_a_mishap
from loaders.incident_kinds import kinds_fit
from loaders.incident_references import (
    acts_before,
    as_many,
    dates_allow,
    described_alike,
    done_by_its_doers,
    families_fit,
    first_news,
    harm_of_the_deed,
    is_year,
    just_before,
    kills_as_many,
    may_mean,
    means_fit,
    named_alike,
    nearest,
    nearest_or_news,
    noun_of,
    on_the_day,
    other_means,
    outside_its_victims,
    placed_again,
    points_back,
    restated,
    same_year,
    spread_fits,
    told_alike,
    told_in,
    told_in_a_link,
    told_since_unmade,
    when_told,
)
from loaders.incident_words import (
    hits_a_body,
    holders_of,
    incident_words,
    into_custody,
    lasting,
    lays_blame,
    more_incident_nouns,
    names_no_incident,
    places_named_of,
    sentence_carried_out,
    suffered_in,
)
from loaders.incidents import (
    across_a_line,
    authors,
    blames_on,
    bodies_at_site,
    carried_object,
    continued_preps,
    date_before,
    incident_cues,
    inner_places,
    is_example,
    launched_at,
    listed_under,
    named_by_head,
    object_continued_preps,
    on_ground,
    one_line,
    performers,
    place_objects,
    places_its_object,
    scene_tokens,
    series_names,
    series_of,
    sides,
    standing_places,
    without_acts_apart,
)
from loaders.mentions import Mention, is_dateline, moving_words
from loaders.months import event_date, month_numbers
from loaders.named_operations import (
    apposed_title,
    called_name,
    name_heads,
    names_a_body,
    operation_appositions,
    operation_title,
    quoted_title,
)
from loaders.organisation_places import settlement_referred
from loaders.qualifying_gerunds import qualifying_gerund
from loaders.referring_nouns import only_refers, referring_nouns
from loaders.relative_days import day_named, day_told, relative_day_words, tells_a_day
from loaders.reported_days import reported_day
from loaders.sequel_times import comes_after, sequel_phrases
from loaders.state_force_references import places_men
from loaders.syntax import (
    MentionIndex,
    actors_of,
    conjuncts,
    is_backer,
    named_by_free_relative,
    prep_objects,
    subjects_of,
)
from loaders.territory import takes_place
from loaders.terror_acts import is_terror_act, terror_act_cues
from loaders.timeline_leads import TimelineLeads
from loaders.unnamed_doers import struck_by_unnamed_doers
from loaders.unreal_acts import is_habitual, is_unreal
from loaders.verb_incidents import (
    attacks_by_phrase,
    dates_a_verb,
    frees_inmates,
    hits_one_body,
    instruments,
    kidnap_words,
    kidnaps_by_phrase,
    lays_siege,
    over_a_span,
    particle_kind,
    relative_time,
    span_preps,
    steals,
    up_to_comma,
    victims_doing,
    when_date,
)
from loaders.vessels import seizes_a_ship

OWNER_LABELS = {"Organization", "Person"}  # "the offices of the magazine X": whose the thing hit is (not a
# country inside a name the NER cut: "the Kenya Red Cross")


@dataclass
class Event:
    """One incident found in a document."""

    key: str
    name: str
    surfaces: list[str]
    cue: Token
    date: str = ""
    places: list[Mention] = field(default_factory=list)
    targets: list[Mention] = field(default_factory=list)
    authors: list[Mention] = field(default_factory=list)  # who its own phrase lays it on ("fighting between X and Y")
    base: str = ""  # what it is keyed by without its date: its place and kind of incident, else its name
    incident_kind: str | None = None  # "attack" for a strike or a raid (not `kind`, which the scorer reads)
    scene: list[str] = field(default_factory=list)  # the keys of the places and states its phrase names
    anchored: bool = True  # named by more than its kind and day ("Tuesday's bombing" is not): see IncidentKey
    told_at: list[int] = field(default_factory=list)  # where references back told it again ("the attack")
    bodies_hit: list[Mention] = field(default_factory=list)  # the bodies its victims serve ("killed X, the commander
    # of Y"): its author attacked Y, which it did not target (loaders/incident_clauses.py: authors_attacked_targets)


def named_words(event: Event) -> set[int]:
    """The positions of the words of the title an incident is named by where it is told ("Operation Iron Gate")."""
    return {t.i for t in operation_title(event.cue)}


def told_of(key: IncidentKey | None, event: Event) -> IncidentKey:
    """What tells an incident from other documents' (:class:`IncidentKey`), with what this telling of it adds: its
    base and kind as first told, the places and scene of every telling."""
    places = tuple(m.key for m in event.places)
    if key is None:
        scene = tuple(event.scene)
        return IncidentKey(event.base, event.incident_kind or "", tuple(dict.fromkeys(places)), scene, event.anchored)
    return replace(
        key,
        places=tuple(dict.fromkeys(key.places + places)),
        scene=tuple(dict.fromkeys(key.scene + tuple(event.scene))),
        anchored=key.anchored or event.anchored,
    )


def joins(t: Token) -> bool:
    """Whether a token is a hyphen that joins two words ("Hamas-led"), not a list's dash ("- the mall siege").

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("- the Hamas-led attack")
    >>> joins(doc[0]), joins(doc[3])
    (False, True)
    """
    return t.text == "-" and not t.whitespace_ and t.i > 0 and not t.doc[t.i - 1].whitespace_


def _head_phrase(cue: Token) -> list[Token]:
    """The event noun with its noun modifiers: "rocket attack", "air strike"."""
    mods = [t for t in cue.lefts if t.dep_ == "compound" and t.pos_ == "NOUN"]
    return [*mods, cue]


def event_key(name: str, date: str) -> str:
    """Events are one node across documents when keyed alike (place and kind of incident, else name) in
    the same month.

    >>> event_key("K-1 Air Base rocket attack", "2019-12-27")
    'k-1-air-base-rocket-attack-2019-12'
    """
    return slugify(f"{name} {date[:7]}")


def _anchor_word(anchor: Mention) -> str:
    """What an incident is keyed by besides its kind: its place's or target's known id, else its name (the same
    place known in one document and only read in another keys its incidents alike: "ryazan attack", never
    "Location:Ryazan attack").

    >>> _anchor_word(Mention(0, 1, 0, 6, "Ryazan", "Location", "Ryazan"))
    'Ryazan'
    """
    return anchor.actor_id or anchor.name


def _text(tokens: list[Token]) -> str:
    """The text from the first to the last of these tokens (cut from the document's text: a span's ``text`` makes a
    ``Token`` of every word between them).

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("A rocket attack  on the base.")
    >>> _text([doc[5], doc[1], doc[3]]) == doc[1:6].text
    True
    """
    first, last = min(tokens, key=lambda t: t.i), max(tokens, key=lambda t: t.i)
    return text_of(first.doc)[first.idx : last.idx + len(last)]


def _ends_phrase(t: Token) -> bool:
    """Whether a word inside an incident's phrase begins what is no longer its place or target: a relative clause, an
    aside after a mark ("X, a town in Y"), an adverb of time ("later that month")."""
    cues = load_cues()
    aside = t.dep_ == "appos" and t.left_edge.i > 0 and t.doc[t.left_edge.i - 1].is_punct  # not "weekly Le Vigile"
    timed = t.lower_ in cues.phrase_end_time_words and t.dep_ in {"advmod", "npadvmod"}
    return t.dep_ == "relcl" or aside or timed


def _trimmed(phrase: list[Token]) -> list[Token]:
    """A phrase up to its first comma, bracket, relative clause or adverb of time ("on the Kursk region, which
    borders ...", "on an apartment later that month"), not a comma inside a date ("on May 31, 2024, near X").

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("Police staged a raid on a flat in the town later that week.")
    >>> " ".join(t.text for t in _trimmed(list(doc[4].subtree)))
    'on a flat in the town'
    >>> doc = load_nlp()("Police staged a raid on May 31, 2024, near the town.")
    >>> " ".join(t.text for t in _trimmed(list(doc[4].subtree)))
    'on May 31 , 2024'
    """
    out: list[Token] = []
    relative = load_cues().relative_words
    for t in sorted(phrase, key=lambda t: t.i):
        dated = t.ent_type_ == "DATE" and t.ent_iob_ == "I"  # the comma of "May 31, 2024"
        if (t.text in {",", "(", "—", "–", ";"} and not dated) or t.lower_ in relative or (_ends_phrase(t) and out):
            break
        out.append(t)
    return out


def _closed(words: list[Token]) -> list[Token]:
    """A phrase without the conjunction its end was left with when a later member was taken out ("in Jakarta" of "in
    Jakarta and the 2004 attack on X", the attack being an incident of its own)."""
    end = len(words)
    while end and words[end - 1].dep_ == "cc":
        end -= 1
    return words[:end]


def _date_after(cue: Token) -> list[Token]:
    """The phrase right after an incident's word that gives its day or month, one incident's date ("the coup of 1
    February 2021", "the explosions of September 17"; not "in 2016", "since last year"), or none.

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("The pager explosions of September 17 and the attacks in 2016 shook the group.")
    >>> [t.text for t in _date_after(doc[2])], _date_after(doc[9])
    (['of', 'September', '17'], [])
    """
    preps = [c for c in cue.children if c.dep_ == "prep" and c.i == cue.i + 1]
    phrase = [t for c in preps for t in c.subtree]
    dated = phrase and all(t.ent_type_ == "DATE" for t in phrase[1:])
    return phrase if dated and any(t.lower_ in month_numbers() for t in phrase) else []


def _dates(sent: Span) -> set[int]:
    """Tokens of a sentence's date phrases, with the prepositions before them ("in March 2022", "Monday's")."""
    found = {t.i for t in sent if t.ent_type_ == "DATE"}
    found |= {t.i for t in sent if t.dep_ == "prep" and any(c.i in found for c in t.children if c.dep_ == "pobj")}
    found |= {t.i for t in sent if t.dep_ == "case" and t.head.i in found}
    return found


def _conjoined(phrases: list[list[Token]]) -> set[int]:
    """Tokens of the later members of a coordination inside these phrases ("and a 2019 gunfight ...")."""
    found: set[int] = set()
    for phrase in phrases:
        for t in phrase:
            if t.dep_ == "conj" or (t.dep_ == "cc" and has_child(t.head, {"conj"})):
                found |= {x.i for x in t.subtree}
    return found


def _reference_names(cue: Token) -> list[str]:
    """The names a later reference gives an incident: its words up to its noun ("Tuesday's assault"), and with the
    prepositional phrase right after it, up to a comma or a relative clause ("the attack on the base"), never a
    clause or a second incident joined to it.

    >>> from loaders.nlp import load_nlp
    >>> _reference_names(load_nlp()("The attack on the base and the raid wounded four soldiers.")[1])
    ['The attack', 'The attack on the base']
    """
    left = [t for t in cue.subtree if t.i <= cue.i and not t.is_punct]
    preps = [c for c in cue.children if c.dep_ == "prep" and c.i > cue.i]
    right = _trimmed(list(preps[0].subtree)) if preps and preps[0].i == cue.i + 1 else []
    return [_text(left), *([_text(left + right)] if right else [])]


def _noun_names(noun: Token, clause: list[Token]) -> list[str]:
    """An incident noun's phrase with what the clause it ends tells after it, up to a comma or relative clause, with
    and without its determiner ("killed in a police raid in May 2013": "a police raid in May 2013", "police raid in
    May 2013").

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("Two men were killed in a police raid in Lima, officials said.")
    >>> _noun_names(doc[7], list(doc[3:11]))
    ['a police raid in Lima', 'police raid in Lima']
    """
    after = {t.i: t for t in [*noun.subtree, *clause] if t.i > noun.i}
    words = [t for t in noun.subtree if t.i <= noun.i] + _trimmed(list(after.values()))
    bare = [t for t in words if not (t.dep_ == "det" and t.head.i == noun.i)]
    return list(dict.fromkeys([_text(words), _text(bare)]))


def _years_in_sentence(token: Token) -> set[str]:
    """The years written in the token's sentence, read by position, not by ``Token``."""
    sent, texts = token.sent, token_strings(token.doc)
    return {texts[i] for i in range(sent.start, sent.end) if is_year(texts[i])}


def _date_of(cue: Token, doc_date: str, recent: bool = False) -> str:
    """The date of the phrase a word heads: a date it states, else (``recent``) the day a day of the week means, or
    the document's month ("killed three soldiers on Sunday": an incident of the days the document reports); not a
    date of the examples it lists ("bombings in X, including a blast in June 2022")."""
    month = ""
    examples = {t.i for c in cue.children if is_example(c) for t in c.subtree}
    for t in cue.subtree:
        if t.ent_type_ == "DATE" and t.i not in examples:
            sent = t.sent
            near = (t.doc[i] for i in range(max(sent.start, t.i - 3), min(sent.end, t.i + 4)))  # within three words
            found = event_date(
                " ".join(w.text for w in near if w.ent_iob_ != "O" and w.ent_type_ == "DATE"),
                doc_date,
            )
            if found:
                return found
            if recent and t.lower_ in relative_day_words():
                month = day_named(t.lower_, doc_date) or doc_date[:7]
    return month


def _own_date(cue: Token, doc_date: str) -> str:
    """The date an incident noun's own words state, before it or in a phrase of its own ("the June 2017 assaults",
    "the massacres of December 2008"; not a date of the clause it is the subject of, nor of a list that follows it).

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("It claimed the June 2017 assaults, and raids followed in May.")
    >>> _own_date(doc[5], "2024-03-05"), _own_date(doc[8], "2024-03-05")
    ('2017-06', '')
    """
    words = [t for left in cue.lefts for t in left.subtree]
    words += [t for c in cue.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj" for t in p.subtree]
    stated = " ".join(t.text for t in words if t.ent_type_ == "DATE")
    return event_date(stated, doc_date) if stated else ""


def _renamed(earlier: Event, title: list[Token]) -> bool:
    """Whether an incident told before has a name of its own other than a title: "Operation 1027" before "their own
    "Operation 1111"" (a second operation, not the first told again).

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("The alliance launched Operation 1027. Others launched their own Operation 1111.")
    >>> first = Event("o", "Operation 1027", [], doc[3])
    >>> _renamed(first, list(doc[11:13])), _renamed(first, list(doc[3:5]))
    (True, False)
    """
    theirs = operation_title(earlier.cue) or called_name(earlier.cue)
    return bool(theirs) and _text(theirs) != _text(title)


def _month_or_day(date: str) -> bool:
    """Whether a date gives a month or a day ("2017-06", "2024-03-02"), not a year alone nor nothing.

    >>> _month_or_day("2017-06"), _month_or_day("2017"), _month_or_day("")
    (True, False, False)
    """
    return len(date) >= 7 and date[4] == "-"


def _year_of(cue: Token) -> str:
    """The year an incident's own phrase states when it states no month: "the 2018 poisoning", "a drone strike in
    2013" (not "the worst attack since 2017", a comparison).

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("The 2018 poisoning and a raid in 2013 were the worst since 2009.")
    >>> _year_of(doc[2]), _year_of(doc[5])
    ('2018', '2013')
    """
    preps = [c for c in cue.children if c.dep_ == "prep" and c.lower_ in {"in", "of"}]
    words = [t for t in cue.lefts if t.dep_ in {"nummod", "compound", "amod"}]
    words += [p for c in preps for p in c.children if p.dep_ == "pobj"]
    return next((t.text for t in words if t.ent_type_ == "DATE" and is_year(t.text)), "")


def _ranked(noun: Token) -> bool:
    """Whether a noun is ranked by a superlative ("the worst recent attack", "the most lethal raid").

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("The worst recent attack was the massacre in the village.")
    >>> _ranked(doc[3]), _ranked(doc[6])
    (True, False)
    """
    return any(t.tag_ in {"JJS", "RBS"} for t in noun.subtree if t.i < noun.i)


def _names_one(noun: Token) -> bool:
    """Whether an incident noun names one incident: a singular, or a plural the definite article sets apart with no
    number ("the twin bombings"; not "four attacks", nor "attacks").

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("X claimed the strike, the twin bombings, four attacks and raids.")
    >>> [_names_one(doc[i]) for i in (3, 7, 10, 12)]
    [True, True, False, False]
    """
    if noun.tag_ == "NN":
        return True
    definite = has_child(noun, {"det"}, {"the"})
    return noun.tag_ == "NNS" and definite and not has_child(noun, {"nummod"})


def _told_by_its_day(cue: Token) -> bool:
    """Whether an incident noun's own words name a day by the report's date ("Saturday's attack", "Monday's raid on
    X"): an incident of the days the report tells, even when dated only by its month.

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("Saturday's attack on a post at Kuna recalled a 2022 attack.")
    >>> _told_by_its_day(doc[2]), _told_by_its_day(doc[11])
    (True, False)
    """
    return any(tells_a_day(t) for left in cue.lefts for t in left.subtree)


def _same_time(date: str, earlier: str) -> bool:
    """Whether a stated date (or none) allows an earlier incident's date: a year alone allows any month ("in 2016"
    and "the July attack"); two months, or days, must be one within the other.

    >>> _same_time("2021-05", "2021-08-26"), _same_time("2021-08", "2021-08-26"), _same_time("2016", "2024-07")
    (False, True, True)
    """
    if len(date) < 7 or len(earlier) < 7:
        return True
    return date.startswith(earlier) or earlier.startswith(date)


def trailing_act(verb: Token) -> list[Token]:
    """The act a participle after a comma tells the harm of, and what the act was done into or at: "rammed" and
    "convoy" for "killing" in "A bomber rammed a car into a convoy in X on Saturday, killing 12 soldiers" (its place
    and date are the harm's).

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("A bomber rammed a car into a convoy in Bannu on Saturday, killing 12 soldiers.")
    >>> [t.text for t in trailing_act(doc[13])], trailing_act(doc[2])
    (['rammed', 'convoy'], [])
    """
    act = verb.head
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or act.i > verb.i or act.pos_ != "VERB":
        return []
    if has_child(verb, {"nsubj", "nsubjpass"}):
        return []
    return [act, *prep_objects(act, {"into", "at"})]


def _in_object(token: Token) -> bool:
    """Whether a word is a verb's object or inside its phrase ("a police post in Mopti"), not in a clause of its own.

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("Rebels raided a police post in Mopti.")
    >>> _in_object(doc[6]), _in_object(doc[0])
    (True, False)
    """
    while token.dep_ in {"pobj", "prep", "compound", "amod", "conj", "appos"}:
        token = token.head
    return token.dep_ == "dobj" and token.head.pos_ == "VERB"


def ship_hit(verb: Token, hit: list[Token]) -> str:
    """The name of the ship an attack's object (or passive subject) names, or an empty string: "struck the
    Liberian-flagged Magic Seas" (ships are no actors; the attack is named by the ship).

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("The Houthis struck the Eternity C, a cargo ship, on Monday.")
    >>> ship_hit(doc[2], [c for c in doc[2].children if c.dep_ == "dobj"])
    'Eternity C'
    """
    heads = {t.i for h in hit for t in conjuncts(h)}  # "the vessel Rwabee": the name set after the ship's noun too
    named = (s for s in verb.doc.spans.get("ships", []) if heads & {s.end - 1, s.root.i, s.root.head.i})
    return next((s.text for s in named), "")


def place_word(mention: Mention) -> str:
    """How an incident's name says its place or target: the gazetteer's name, without the qualifier that tells a place
    from its namesakes ("Tera (Niger)" is the "Tera attack").

    >>> place_word(Mention(0, 1, 0, 4, "Tera", "Location", "Tera (Niger)"))
    'Tera'
    """
    return _QUALIFIER.sub("", mention.name) if mention.label == "Location" else mention.name


_QUALIFIER = re.compile(r"\s+\([^()]*\)$")


def joined_name(anchor: str, words: str) -> str:
    """An incident's name from its place or target and its words, a word they share said once: "Kabul airport" and
    "airport bombing" make "Kabul airport bombing".

    >>> joined_name("Kabul airport", "airport bombing"), joined_name("Tower 22", "drone attack")
    ('Kabul airport bombing', 'Tower 22 drone attack')
    """
    anchor_words, own = anchor.split(), words.split()
    for n in range(min(len(anchor_words), len(own) - 1), 0, -1):
        if [w.lower() for w in anchor_words[-n:]] == own[:n]:
            return " ".join([*anchor_words, *own[n:]])
    return f"{anchor} {words}"


def _placed_modified(place: str, head: list[Token], modified: list[Token]) -> list[str]:
    """An incident's name from its place and its noun with the words that qualify it, as "<place> <incident>" names
    are written ("Bulobarde U.S. strike" of "a U.S. strike near Bulobarde", "Tyre Israeli drone strike"), when they
    are more than its head and hold no possessive, date or number ("Israel's strike", "the 2019 attack"); none else.

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("A U.S. drone strike near Bulobarde killed two fighters.")
    >>> _placed_modified("Bulobarde", [doc[2], doc[3]], [doc[1], doc[2], doc[3]])
    ['Bulobarde U.S. drone strike']
    >>> doc = load_nlp()("Israel's strike near Tyre killed two fighters.")
    >>> _placed_modified("Tyre", [doc[2]], [doc[0], doc[1], doc[2]])
    []
    """
    if len(modified) <= len(head) or any(
        t.dep_ in {"poss", "case", "nummod"} or t.like_num or t.ent_type_ in {"DATE", "TIME"} for t in modified
    ):
        return []
    return [joined_name(place, _text(modified))]


def _before_inner_date(phrase: list[Token]) -> list[Token]:
    """A place phrase up to the date the parse hangs inside it ("from five exchanges in Asia" of "from five exchanges
    in Asia between January 2017 and September 2018"), the date being the act's, no part of its place.

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("Hackers stole $5 million from two banks in Asia between May 2017 and June 2018.")
    >>> " ".join(t.text for t in _before_inner_date(list(doc[5].subtree)))
    'from two banks in Asia'
    """
    dates = [p.i for p in phrase[1:] if p.dep_ == "prep" and dates_a_verb(p)]
    return [t for t in phrase if not dates or t.i < min(dates)]


def object_sharer(verb: Token) -> Token | None:
    """The first of two verbs joined by "and" that share the second's object, one act told twice: "kidnapped" of
    "kidnapped and shot X" (none for "stormed the hotel and killed X", two acts with objects of their own)."""
    first = verb.head
    if verb.dep_ != "conj" or first.pos_ != "VERB" or has_child(first, {"dobj"}):
        return None
    return first


def same_tense_conjunct(verb: Token) -> Token | None:
    """The first of two verbs joined by "and" in one tense, the second with no subject, auxiliary nor date of its
    own, one clause telling two acts of one time: "detonated" of "In December 2022 gunmen detonated a bomb and then
    opened fire on a patrol" (none for "seized X in 2014 and has since attacked Y", nor "... and on Monday raided Y").

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("In May 2019, rebels burned a church and then shot two priests.")
    >>> same_tense_conjunct(doc[10]).text
    'burned'
    """
    first = verb.head
    if verb.dep_ != "conj" or first.pos_ != "VERB" or verb.tag_ != first.tag_:
        return None
    own = {"nsubj", "nsubjpass", "aux", "auxpass"}
    if any(c.dep_ in own or dates_a_verb(c) for c in verb.children):
        return None
    return same_tense_conjunct(first) or first  # "ambushed X, killed Y and torched Z": the first of the three


def shared_dates(verb: Token) -> list[Token]:
    """The date phrases set before the first of two verbs that share one object, or of two verbs of one tense the
    second of which has no date of its own, which date the second too: "In 1997" of "In 1997 its commando kidnapped
    and shot X", "In May 2019" of "In May 2019, rebels burned a church and then shot two priests"."""
    first = object_sharer(verb) or same_tense_conjunct(verb)
    return [c for c in first.children if c.i < first.i and dates_a_verb(c)] if first is not None else []


def answers(prep: Token) -> bool:
    """Whether a phrase tells what an act answered ("in response to a strike in X", "in retaliation for the killing of
    Y"), whose places are the other act's, not the act's own."""
    nouns = load_hostility_cues().unaimed_response_nouns
    return any(p.dep_ == "pobj" and p.lemma_.lower() in nouns for p in prep.children)


def joined_prep(token: Token) -> bool:
    """Whether a word on a preposition is a second preposition whose object is the first one's too: "near" of "from
    near the Golan", "around" of "in and around the town of X" (not "at" of "on X at A and at B", a phrase of its
    own: the first preposition has an object of its own there)."""
    shared = not has_child(token.head, {"pobj"})
    return token.dep_ == "prep" or (token.dep_ == "conj" and token.pos_ == "ADP" and shared)


def phrase_preps(holder: Token, roles: dict[str, str]) -> list[Token]:
    """The prepositions on a word, and those coordinated with them that take an object of their own and say whom the
    act hit: both "on"s of "attacks on X and on Y" (not a second "of" of "the killing of A in 1991 and of B in
    1993", another incident; nor "near" of "from near the Golan", see :func:`joined_prep`)."""
    preps = [c for c in holder.children if c.dep_ == "prep"]
    seconds = [x for p in preps for x in p.children if x.dep_ == "conj" and x.pos_ == "ADP"]
    seconds = [x for x in seconds if roles.get(x.lower_) == "target" and has_child(x, {"pobj"})]
    return preps + seconds


def _describes_object(token: Token, objects: list[Token]) -> bool:
    """Whether a word stands in a clause or a phrase in apposition that describes a verb's object ("X, a commander
    who had led many of the group's operations"), not in the object itself.

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("Troops killed Omar, a commander who led raids. Rebels launched raids.")
    >>> _describes_object(doc[8], [doc[2]]), _describes_object(doc[12], [doc[12]])
    (True, False)
    """
    for t in [token, *token.ancestors]:
        if t in objects:
            return False
        if t.dep_ in {"relcl", "appos", "acl"}:
            return True
    return False


class EventFinder:
    """Finds the events of one document, in order, so later references can point back."""

    def __init__(self, index: MentionIndex, cues: Cues, doc_date: str, words: DocWords) -> None:
        self.index = index
        self.cues = cues
        self.doc_date = doc_date
        self.words = words
        self.events: list[Event] = []
        self.incident_words = cues.event_nouns | guarded_cues().nouns | more_incident_nouns()
        self.cue_words = self.incident_words | guarded_cues().weapon_nouns  # weapons: where they did harm only
        self.cue_words |= terror_act_cues().nouns  # "a terrorist act": only when called terror
        self.cue_words |= referring_nouns()  # "the crime": only told before
        self.cue_words |= compound_incident_cues().keys()  # "the hostage crisis": only after its word
        self.cue_words = frozenset(self.cue_words)  # a fixed set: the page's words look for it once
        # verbs that tell where and by whom an incident happened; not planning ("Monday's attack was planned")
        self.telling_verbs = (cues.perpetration_verbs - blame_phrase_cues().planning_verbs) | cues.violence_verbs
        self.headlines: list[tuple[str | None, str]] = []  # a headline's incident not yet told: its kind and phrase
        self._spans: dict[int, bool] = {}  # an incident noun's position -> whether a span dates it (_over_a_span)
        self.leads = TimelineLeads(index.doc, doc_date)  # the page's timeline items ("2-3 July 2019 - ...")

    def is_event_noun(self, token: Token) -> bool:
        """Whether the token is a noun (or gerund) of an incident, or one of an incident only with its anchor ("the
        capture of X", see ``_event``)."""
        named = token.lower_ in self.incident_words or token.lemma_.lower() in self.incident_words
        named = named or compound_kind(token) is not None  # "the hostage crisis at X"
        referring = only_refers(token) and self._told_before(token)  # "the crime": an incident told before
        return named or harmed_by_weapon(token) or is_terror_act(token) or referring  # "a truck bomb at the base
        # killed two soldiers", "a terrorist act committed by X"

    def names_the_harm(self, noun: Token) -> bool:
        """Whether a word a harm happened in names the incident that did it ("X was killed in a strike"), not unrest
        it happened amid ("X was shot dead during rioting in Derry")."""
        return self.is_event_noun(noun) and not amid_unrest(noun)

    def anchors(self, cue: Token) -> tuple[list[Mention], list[Mention], list[list[Token]]]:
        """Places and targets of an event noun, and the phrases that state them (in text order)."""
        places: list[Mention] = []
        targets: list[Mention] = []
        phrases: list[list[Token]] = []
        carried = carried_object(cue)  # "launched Operation Shujaa against the ADF": the verb hangs on its name
        named = [carried] if carried.i != cue.i else []  # "launched "Operation X" against Y": "against" on "X"
        named += name_heads(called_name(cue))  # "launched its own operation, "Dawn of Freedom", against Y"
        preps = [c for h in [cue, *named] for c in h.children if c.dep_ == "prep" and not self._lists_incidents(c)]
        # not "including a blast at X", another incident's place
        holders = [cue, *named, *[p for c in preps for p in c.children if p.dep_ == "pobj"]]
        holders += [series] if (series := series_of(cue)) is not None else []  # "a series of raids in Germany"
        holders += [g] if (g := qualifying_gerund(cue)) is not None else []  # "a string of shooting attacks in X"
        told_at = place_objects(cue)  # "the attack took place at a base in Kirkuk"
        holders += told_at
        holders += operation_appositions(operation_title(cue))  # "Operation X, a joint offensive against the ADF"
        if carried.dep_ == "dobj" and places_its_object(carried.head):  # "launched attacks ... from near the Golan":
            holders.append(carried.head)  # the verb's place (not "In X, Y called the seizure a violation")
        continued = continued_preps(cue, self.cues.blame_verb_incident_preps)  # "blamed X for the massacre at a
        continued = continued or object_continued_preps(cue, self.cues.event_preps)  # school in Y", "blamed the
        holders += [continued[0].head] if continued else []  # bombing near X on Y": the verb's phrases right after it
        holders += [c for c in cue.children if c.dep_ == "acl"]  # "the ambush conducted by the NPA in Las Navas"
        if cue.dep_ in {"nsubj", "nsubjpass"} and self.acts_on(cue.head):  # "the ambush staged by X in Las Navas"
            holders.append(cue.head)
        relatives = relative_clauses(cue)  # "an attack that occurred in Gwadar", "a bombing that targeted X"
        holders += self._harm_clauses(cue)  # "the ambush, in which six soldiers were killed in X"
        holders += relatives
        harmed_in = suffered_in(cue, self.cues.violence_verbs)  # "killed in a strike at a home in Qom"
        holders += harmed_in
        patient_of = cue.lemma_.lower() in self.cues.patient_of_nouns or cue.lower_ in self.cues.patient_of_nouns
        patient_of = patient_of or hit_by_of(cue)
        place_preps = {p for p, role in self.cues.event_preps.items() if role == "place"}
        for holder in holders:
            for prep in phrase_preps(holder, self.cues.event_preps):
                if continued and holder.i == continued[0].head.i and prep not in continued and holder not in harmed_in:
                    continue
                role = self.cues.event_preps.get(prep.lower_)
                if prep.lower_ == "of" and patient_of and holder.i == cue.i:
                    role = "target"  # "the hijacking of the Jaffar Express"
                verbs_prep = (carried.dep_ == "dobj" and holder.i == carried.head.i) or holder in harmed_in
                body = hits_a_body(cue, prep) and (verbs_prep or cue.i in {holder.i, holder.head.head.i})
                role = "target" if body else role  # "the intrusion at Sony", "carried out the theft of $60 million
                # from Cosmos Bank" (wherever the parse hangs "from")
                if role is None or (verbs_prep and role != "place" and not launched_at(cue) and not body):
                    continue
                if holder in harmed_in and (prep.i < holder.i or prep.i == cue.head.i):  # "In January, 28 soldiers
                    continue  # were killed in an assault" (not "X was killed near Kidal on Monday in a drone strike")
                if role == "target" and prep.lower_ in incident_cues().blame_on_preps and blames_on(cue):
                    continue  # "blamed the bombing on X": X did it
                if role == "target" and lays_blame(holder):
                    continue  # "an attack blamed on Turkey": Turkey did it
                if role == "target" and on_ground(prep):
                    role = "place"  # "the deadliest attack on Russian soil": where, not whom, it hit
                inner = [  # "from near the Golan", "in and around the town of X"
                    p for c in prep.children if joined_prep(c) for p in c.children if p.dep_ == "pobj"
                ]
                named_so = [  # "strikes on what it called Hezbollah targets": on the targets (not the incident
                    n  # of "killed in what police called the biggest operation in X")
                    for p in prep.children
                    if p.dep_ == "pcomp" and role == "target"
                    for n in named_by_free_relative(p)
                ]
                for pobj in [p for p in prep.children if p.dep_ == "pobj"] + inner + named_so:
                    phrases.append(self._whole_names([prep, *pobj.subtree]))
                    heads = conjuncts(pobj)
                    crossed = across_a_line(pobj)  # "across the border from X": not at X
                    found = [] if crossed else actors_of(pobj, self.index)
                    if role == "place" and not crossed and not any(m.label == "Location" for m in found):
                        found += places_named_of(pobj, self.index, place_preps)  # "near the Somali town of El Buur"
                    town = None if found or self._incident_aside(cue) else self._town(pobj)  # "an attack on the
                    # town": the one named before (not "stormed X, the deadliest attack on the town": the act's name)
                    places += [town] if town is not None and town not in places else []
                    if role == "target":  # not Jordan in "a strike on a base in Jordan"
                        scene = scene_tokens(pobj, self.cues, self.is_event_noun)
                        found = [  # but Mali of "an ambush on troops in Mali": whose the troops are
                            m
                            for m in found
                            if m.label == "Location"
                            or m.start not in scene
                            or places_men(cue.doc[m.end - 1], self.index)
                        ]
                    located = [m for m in found if m.label == "Location" and self._at_head(m, heads)]
                    if role == "target":  # "the Paris offices of the magazine X": the owner of what was hit
                        owners = [o for h in heads for o in [*prep_objects(h, {"of"}), *holders_of(h)]]  # "an
                        # account held by X"
                        owned = [m for o in owners for m in actors_of(o, self.index) if m.label in OWNER_LABELS]
                        targets += [m for m in owned if m not in targets]
                    for m in found:
                        if m.label == "Location" and (m in located or role == "place"):
                            places.append(m)
                        elif (  # not Iran in "Iran-backed targets"
                            m.label != "Location"
                            and role == "target"
                            and not located
                            and not is_backer(m, cue.doc, self.cues.hyphen)
                        ):
                            targets.append(m)
                    if role == "place" and patient_of and holder.i == cue.i:  # "the killing in Colima of X": the
                        hit = [
                            m for o in prep_objects(pobj, {"of"}) for m in actors_of(o, self.index, with_preps=False)
                        ]
                        targets += [
                            m for m in hit if m.label == "Person" and m not in targets
                        ]  # parse hangs X on Colima
                    # "outside the Russian embassy in Kabul": the state whose mission was hit
                    targets += [m for m in self._missions_owners(heads) if m not in targets]
                    if role == "place" and holder.i in {cue.i, *(v.i for v in told_at[:1])}:  # "a bombing outside
                        # the Interior Ministry", "a bomb exploded outside the Interior Ministry"
                        bodies = bodies_at_site(prep, pobj, found, self.index)
                        targets += [
                            m for m in bodies if m not in targets and not is_backer(m, cue.doc, self.cues.hyphen)
                        ]
                    if role == "target" and not located:  # "an attack on a camp at Nguetechewe": where the unnamed
                        places += [m for m in standing_places(pobj, self.index) if m not in places]  # thing hit stands
        for verb in relatives:  # "a bombing that targeted X": named as told, its clause up to a comma
            objects = [o for o in verb.children if o.dep_ == "dobj"] if aims(verb) else []
            for obj in objects:  # not Iraq in "attacks that targeted bases in Iraq"
                scene = scene_tokens(obj, self.cues, self.is_event_noun)
                targets += [m for m in actors_of(obj, self.index) if m.label != "Location" and m.start not in scene]
            phrases.append(
                [*(t for t in verb.subtree if t.i <= verb.i), *_trimmed([t for t in verb.subtree if t.i > verb.i])]
            )
        for left in (t for t in cue.lefts if t.dep_ in {"compound", "nmod"}):  # "the Majdal Shams strike"
            places += [m for m in actors_of(left, self.index, with_preps=False) if m.label == "Location"]
        targets += [m for m in self._owners_hit(cue) if m not in targets]  # "Haddad's assassination"
        aimed = load_hostility_cues().aimed_participles
        for t in cue.subtree:  # "rockets aimed at Al-Asad base"
            if t.lemma_ in aimed and t.pos_ == "VERB":
                for prep in (c for c in t.children if c.dep_ == "prep" and c.lower_ == "at"):
                    for pobj in (p for p in prep.children if p.dep_ == "pobj"):
                        targets.extend(actors_of(pobj, self.index))
                        phrases.append([t, *t.subtree])
        return places, targets, sorted(phrases, key=lambda ph: min(x.i for x in ph))

    def _town(self, noun: Token) -> Mention | None:
        """The place named before that "the town" or "the city" stands for ("Rebels entered Kidal in May. They attacked
        two posts in the town": Kidal), not a dateline's ("ADEN (Reuters) - ... fighting near the city of Marib")."""
        town = settlement_referred(noun, self.index, self.cues)
        return None if town is None or is_dateline(noun.doc[town.start : town.end]) else town

    def _harm_clauses(self, cue: Token) -> list[Token]:
        """The verbs of harm of relative clauses that tell what happened in an incident ("the 2019 ambush, in which
        six soldiers were shot dead at a checkpoint in X"): where they did it, the incident was."""
        pronouns = self.cues.thing_relative_pronouns
        return [
            c
            for c in cue.children
            if c.dep_ == "relcl"
            and c.lemma_.lower() in self.cues.violence_verbs
            and any(
                o.lower_ in pronouns for p in c.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"
            )
        ]

    def _lists_incidents(self, prep: Token) -> bool:
        """Whether a preposition lists incidents as examples of those its head names ("bombings in X, including a
        blast at Y"), each one of its own (not "attacks on US forces, including on the X base": their targets)."""
        return is_example(prep) and any(self.is_event_noun(p) for p in prep.children if p.dep_ == "pobj")

    def _owners_hit(self, cue: Token) -> list[Mention]:
        """The people a killing or a kidnapping is told as theirs, by a possessive or a name set before it, with no
        "of" naming who else was hit: "Haddad's assassination", "the Mehrtens kidnapping" (not "his killing of three
        guards", his deed, nor "his killing", whose owner a pronoun leaves to the reference rules)."""
        nouns = incident_words().owner_hit_nouns
        if (cue.lemma_.lower() not in nouns and cue.lower_ not in nouns) or prep_objects(cue, {"of"}):
            return []
        owners = [t for t in cue.lefts if t.dep_ in {"poss", "compound", "nmod"} and t.pos_ != "PRON"]  # not "his"
        return [m for t in owners for m in actors_of(t, self.index, with_preps=False) if m.label == "Person"]

    def _hit_as_subject(self, cue: Token) -> list[Token]:
        """The objects of a verb of aim an incident noun is the subject of ("a drone strike hit the village of X", "an
        explosion struck a depot in Y"): what the incident hit, each conjunct."""
        verb = cue.head
        if cue.dep_ != "nsubj" or verb.pos_ != "VERB" or verb.lemma_.lower() not in clause_cues().aim_verbs:
            return []
        return [h for c in verb.children if c.dep_ == "dobj" for h in conjuncts(c)]

    def _missions_owners(self, heads: list[Token]) -> list[Mention]:
        """The states whose diplomatic mission these nouns are ("the Russian embassy", "Iran's consulate"): an
        incident at or on it hit that state."""
        missions = [h for h in heads if h.lemma_.lower() in incident_cues().mission_nouns]
        owners = [self.index.at(t) for h in missions for t in h.lefts if t.dep_ in {"amod", "poss", "compound"}]
        return [m for m in owners if m is not None and m.label == "Country"]

    def _whole_names(self, phrase: list[Token]) -> list[Token]:
        """A phrase with the rest of a name it ends inside of, which the parse split off ("in Jisr al-Shughur", whose
        "-Shughur" it hung elsewhere)."""
        last = max(phrase, key=lambda t: t.i)
        named = self.index.at(last)
        if named is None or named.end - 1 <= last.i:
            return phrase
        return [*phrase, *(t for t in last.doc[last.i + 1 : named.end] if t not in phrase)]

    def _shorter_names(
        self, core: list[Token], modified: list[Token], phrases: list[list[Token]], victims: list[Token]
    ) -> list[str]:
        """Shorter ways a text names an incident: its whole phrase up to the first comma ("kidnapping of a
        diplomat from Niamey, Niger"), its aim without where the thing hit stands ("more than 180 attacks on US
        forces in Iraq"), a killing with its victims alone ("killing X and his daughter in Salisbury")."""
        names = [_text(_trimmed(core + [t for ph in phrases for t in ph] + victims))] if phrases else []
        if phrases and (pobjs := [p for p in phrases[0] if p.dep_ == "pobj" and p.head.i == phrases[0][0].i]):
            scene = scene_tokens(pobjs[0], self.cues, self.is_event_noun)
            aim = _closed([t for t in _trimmed(phrases[0]) if t.i not in scene])
            names += [_text(words + aim) for words in (core, modified) if words]
        if victims:
            ids = {t.i for t in victims}
            scene = {i for t in victims if t.head.i not in ids for i in scene_tokens(t, self.cues, self.is_event_noun)}
            names.append(_text(core + [t for t in victims if t.i not in scene]))
        return names

    def _victims_bodies(self, victims: list[Mention]) -> list[Mention]:
        """The bodies an apposition says the people an incident hit serve or lead: Y of "killed X, the commander of
        Y" or "X, Y's minister for refugees" (attacked through its people, not the incident's target)."""
        doc = self.index.doc
        nouns = [a for m in victims if m.label == "Person" for a in doc[m.end - 1].children if a.dep_ == "appos"]
        holders = [o for n in nouns for o in [*prep_objects(n, {"of"}), *(c for c in n.children if c.dep_ == "poss")]]
        named = [self.index.at(h) for h in holders]  # the body itself, not "the son of a Hamas official"
        return [m for m in named if m is not None and m.label == "Organization"]

    def _qualifies_hit(self, place: Mention, hit_heads: list[Token]) -> bool:
        """Whether a place only qualifies the thing an act hit ("attacked a Puntland military base at X": whose base,
        not where the attack was, which the base's own phrase tells; not "shelled the X district", which is X)."""
        last = self.index.doc[place.end - 1]
        division = last.head.lemma_.lower() in self.cues.place_divisions
        return last.dep_ in {"compound", "amod", "nmod", "poss"} and last.head in hit_heads and not division

    def _trailing_harm(self, verb: Token) -> list[Token]:
        """The act (and what it was done into) whose place and date a harm after a comma shares, when the act is done
        by fighters or a named side and is no attack of its own ("a suicide bomber rammed a car into a convoy in X,
        killing"; not "a jet crashed in X, killing", nor "jets struck X, hitting": the strike is the incident)."""
        found = trailing_act(verb)
        if not found or verb.lemma_.lower() not in self.cues.violence_verbs:
            return []
        act = found[0]
        if any(c.type == "ATTACKED" for c in self.cues.verbs.get(act.lemma_.lower(), ())):
            return []
        fighters = load_hostility_cues().non_state_nouns
        doers = [c for c in act.children if c.dep_ == "nsubj"]
        by_fighters = any(d.lower_ in fighters or self.index.at(d) is not None for d in doers)
        return found if by_fighters else []

    def _dead_in(self, cue: Token) -> list[Mention]:
        """The people and groups a new incident killed, by the verb of harm it is told inside of: X of "X was killed
        in an Israeli helicopter attack in 1992" or "X died in an airstrike" (not the killer of "jets killed X in a
        raid")."""
        dying = incident_words().death_verbs
        verbs = suffered_in(cue, self.cues.violence_verbs)
        dead = [
            s
            for verb in verbs
            for c in verb.children
            if c.dep_ == "nsubjpass" or (c.dep_ == "nsubj" and verb.lemma_.lower() in dying)
            for s in conjuncts(c)
        ]
        dead += [verb.head for verb in verbs if verb.dep_ == "acl" and verb.tag_ == "VBN"]  # "X, killed in a strike"
        found = [m for s in dead for m in actors_of(s, self.index, with_preps=False)]
        return [m for m in found if m.label in {"Person", "Organization"}]

    def _killed_by(self, cue: Token) -> list[Mention]:
        """The people a new incident killed when it is the subject of the verb of harm ("a drone strike killed X in
        2009", "another strike killed his successor, Y"): named by its victim, as a strike on a person is (not the
        soldiers of "a strike killed three Hezbollah fighters", nor of "a strike could kill X")."""
        verb = cue.head
        if cue.dep_ != "nsubj" or verb.pos_ != "VERB" or verb.lemma_.lower() not in self.cues.violence_verbs:
            return []
        if is_unreal(verb) or self._told_before(cue):
            return []  # "the strike killed X": the harm of an incident told before
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        heads = [*objects, *(a for c in objects for a in c.children if a.dep_ == "appos")]  # "his successor, Y"
        found = [self.index.at(s) for h in heads for s in conjuncts(h)]
        return [m for m in found if m is not None and m.label == "Person"]

    def _victims_places(self, cue: Token) -> list[Mention]:
        """Where the verb of harm an incident noun is the subject of hit its victims, when the parse hangs the place on
        them ("a strike killed five fighters near X on Monday", read as the verb's "near X" without the date; "killed
        seven men near X, in the Y prefecture", the place before the wider one the verb was given), not whose people
        they are ("fighters from X")."""
        verb = cue.head
        if cue.dep_ != "nsubj" or verb.pos_ != "VERB" or verb.lemma_.lower() not in self.cues.violence_verbs:
            return []
        preps = {p for p, role in self.cues.event_preps.items() if role == "place"} - self.cues.membership_preps
        victims = [h for c in verb.children if c.dep_ == "dobj" for h in conjuncts(c)]
        found = [m for v in victims for o in prep_objects(v, preps) for m in actors_of(o, self.index)]
        return [m for m in found if m.label == "Location"]

    def _told_before(self, noun: Token) -> bool:
        """Whether a noun's determiner or possessive points back ("the attack", "that strike", "those attacks",
        "Monday's attack", "any such strike")."""
        cues = self.cues
        such = any(c.dep_ == "amod" and c.lower_ in cues.such_words for c in noun.children)
        return any(
            c.lower_ in cues.specific or c.dep_ == "poss" or (such and c.lower_ in cues.such_determiners)
            for c in noun.children
            if c.dep_ in {"det", "poss"}
        )

    def _kills_a_count(self, verb: Token) -> bool:
        """Whether a verb of harm tells how many it hit ("killed at least 53 people", "wounded 12"): an incident told
        by its toll is one incident, even where no place or target of it is known."""
        if verb.lemma_.lower() not in self.cues.violence_verbs or is_unreal(verb):
            return False
        return any(t.like_num for c in verb.children if c.dep_ == "dobj" for t in c.subtree)

    def acts_on(self, verb: Token) -> bool:
        """Whether a verb with an incident as its subject tells where and by whom it happened ("the ambush staged by
        X in Y", "a drone strike killed three soldiers in Jordan")."""
        words = {verb.lemma_.lower(), verb.lower_}
        return verb.pos_ == "VERB" and bool(words & self.telling_verbs)  # not "Monday's attack was planned"

    def _at_head(self, mention: Mention, heads: list[Token]) -> bool:
        """Whether a place is the phrase's head ("the K-1 base"), or names it ("Erbil airport", "Bujumbura's
        airport")."""
        last = self.index.doc[mention.end - 1]
        if named_by_head(last, heads):  # "an attack on the town of X"
            return True
        owns = last.dep_ in {"compound", "poss"} and last.head in heads
        return any(self.index.at(h) is mention for h in heads) or owns

    def find(self, sent: Span) -> list[Event]:
        """New events of a sentence (also kept for later references)."""
        found = []
        for cue in self.words.with_word(self.cue_words, sent):  # those is_event_noun may pass
            if not self.is_event_noun(cue):
                continue
            if cue.pos_ not in {"NOUN", "VERB", "PROPN"}:
                continue
            if cue.pos_ == "VERB" and cue.dep_ not in {"pcomp", "pobj", "nsubj", "dobj"}:
                continue
            if names_no_incident(cue) or harmed_amid(cue):  # "fighting the regime", "a general strike", "shot dead
                continue  # during rioting in X": no incident of its own
            if any(qualifying_gerund(c) == cue for c in cue.children):  # "a string of shooting attacks": the attacks
                continue
            if apposed_title(cue):  # "Operation X, a joint offensive against Y": the operation's own phrase
                continue
            if self._over_a_span(cue):  # "blamed for the killing of 6,000 civilians in Beni since 2013": a toll
                continue
            if (act := self._act_in_sentence(cue)) is not None:  # "X was shot dead in Y; the killing was blamed on
                act.surfaces += one_line(_reference_names(cue), cue)  # Z": the act its verb told, not a new incident
                found.append(act)
                continue
            if (ranked := self._ranked_aside(cue)) is not None:  # "an attack on X ..., the deadliest assault on the
                ranked.surfaces += one_line(_reference_names(cue), cue)  # military in months": the attack, ranked,
                ranked.targets += [m for m in self.anchors(cue)[1] if m not in ranked.targets]  # and whom it hit
                ranked.told_at.append(cue.i)
                continue
            event = self._event(cue)
            if event:
                event.surfaces = one_line(event.surfaces, cue)
                self._keep(event)
                found.append(event)
            elif self._incident_aside(cue):
                continue  # "stormed X on Thursday, the deadliest raid this year": the act's own name, read with it
            elif (earlier := self.refers_back(cue)) is not None:  # "the attack", "Friday's assault": another name
                names = _reference_names(cue) + [_text(name) for name in [called_name(cue)] if name]  # "which they
                earlier.surfaces += one_line(names, cue)  # called X": the name the text gives it
                earlier.told_at.append(cue.i)
                self._dated_by_reference(earlier, cue)
            elif (act := self._act_named(cue)) is not None:  # "Gunmen stormed a hall in X. ... the massacre"
                act.surfaces += one_line(_reference_names(cue), cue)
                found.append(act)
            elif is_headline(cue):  # "Rebels kill nine in Tessit convoy ambush": the incident the story tells next
                self.headlines.append((self._kind(cue), headline_phrase(cue, frozenset(self.cues.event_preps))))
            elif (told := self._page_incident(cue)) is not None:  # "The clashes began on Monday ... the fighting"
                found.append(told)
        return found

    def _dated_by_reference(self, event: Event, cue: Token) -> None:
        """Date an incident told with its month only by the day a reference back to it states ("A strike on a clinic
        in X killed eight. ... The strike on Tuesday hit a two-storey building"), which keeps a strike of another day
        at X apart from it."""
        stated = _date_of(cue, self.doc_date, recent=True)
        if not stated and cue.dep_ == "nsubj":  # "The strike on Tuesday hit X": the day of the verb it is subject of
            dated = [t for c in cue.head.children if dates_a_verb(c) for t in c.subtree]
            stated = next((d for t in dated if t.ent_type_ == "DATE" and (d := day_named(t.lower_, self.doc_date))), "")
        if len(event.date) == len("yyyy-mm") and len(stated) == len("yyyy-mm-dd") and stated.startswith(event.date):
            event.date = stated

    def _page_incident(self, cue: Token) -> Event | None:
        """The incident a page tells only by definite references ("The clashes began on Monday. ... The fighting
        pitted X against Y."): a reference of a kind no incident of the page was told of, that the page repeats with
        the definite article, is one incident, the page's own (named by the headline of its kind, if one is
        pending)."""
        kind = self._kind(cue)
        if kind is None or cue.pos_ != "NOUN" or is_unreal(cue) or is_habitual(cue) or not self._definite(cue):
            return None
        pending = [phrase for k, phrase in self.headlines if k == kind]
        if kind in incident_words().dated_only_kinds and not pending:
            return None  # "the fighting" of a page about a war: its course, not one incident (unless a headline
            # names it: "Border clashes leave 12 dead")
        if any(kinds_fit(kind, e.incident_kind) for e in self.events):
            return None  # "the attack" that finds no incident among the page's attacks means none of them
        words = self.words.with_word(self.cues.event_kinds, cue.doc[:])  # the page's words of an incident's kind
        told = [t for t in words if t.i != cue.i and kinds_fit(kind, self._kind(t)) and self.is_event_noun(t)]
        if not any(self._definite(t) for t in told):
            return None  # "the offensive" told once: a passing word, not the page's incident
        if any(self._singled_out(t) for t in told):
            return None  # "a raid on X", "the governor's killing", "two attacks": an incident the page tells itself
        date = self.doc_date[:7]
        noun = _head_phrase(cue)[-1].lower_
        name = pending[0] if pending else f"{noun} of {date}" if date else noun
        event = Event(self._key(name, date), name[0].upper() + name[1:], one_line(_reference_names(cue), cue), cue)
        event.date, event.base, event.incident_kind, event.anchored = date, name, kind, False
        self._keep(event)
        return event

    def _singled_out(self, noun: Token) -> bool:
        """Whether an incident noun singles out one incident by its article, owner or count ("an attack", "the
        governor's killing", "two raids"), not by "the" alone."""
        return any(
            (c.dep_ == "det" and c.lower_ in self.cues.indefinite) or c.dep_ in {"poss", "nummod"}
            for c in noun.children
        )

    def _definite(self, noun: Token) -> bool:
        """Whether an incident noun is a bare definite reference: "the clashes", "The fighting" (not "the clashes in
        X", which its place makes an incident of its own, nor a word in another incident's name)."""
        if noun.pos_ != "NOUN" or not self.is_event_noun(noun):
            return False
        determiners = [c for c in noun.children if c.dep_ in {"det", "poss"}]
        return len(determiners) == 1 and determiners[0].lower_ in self.cues.definite

    def _scene(self, phrases: list[list[Token]]) -> list[Mention]:
        """The places and states an incident's phrases name, in text order ("on a base in Jordan near the Syrian
        border": Jordan, Syria), what tells two reports of it apart or alike (:mod:`graph.incident_merge`)."""
        found = self.index.within(t for phrase in phrases for t in phrase)
        return [m for m in found if m.label in {"Location", "Country"}]

    def _act_date(self, cue: Token) -> str:
        """The date of the act an incident noun is the object of ("the UAE conducted air strikes near X on 29 August"),
        which sets these strikes apart from an attack at X told before on another day, though a plural it does not
        date as one incident."""
        return _date_of(cue.head, self.doc_date, recent=True) if self._perpetrated(cue) else ""

    def _perpetrated(self, cue: Token) -> bool:
        """Whether an incident noun is what a verb of doing carries out ("carried out the strike", "launched an
        attack")."""
        verb = cue.head
        return cue.dep_ == "dobj" and verb.pos_ == "VERB" and verb.lemma_.lower() in self.cues.perpetration_verbs

    def _done_on_a_day(self, cue: Token, targets: list[Mention]) -> str:
        """The day the verb that carried out incidents told in the plural states, when they hit someone named: "On 11
        January, the US and the UK conducted strikes against Houthi sites in Yemen", "Israel carried out air strikes on
        Hezbollah positions on Monday" (one telling of that day); "" for none, a year or a span ("has carried out
        strikes on X since 2014", "launched raids on X in 2023"), or strikes told as lasting ("sustained strikes")."""
        if not targets or not self._perpetrated(cue) or self._told_before(cue) or lasting(cue):
            return ""  # "ordered sustained strikes on X on March 15": a campaign opened that day, not one telling
        day = _date_of(cue.head, self.doc_date, recent=True)
        return day if len(day) == len("2024-03-05") else ""

    def _key(self, base: str, date: str, cue: Token | None = None) -> str:
        """The document's key of a new incident: by its place and kind (or name) and month, by its day when the
        document already told one so keyed on another day (two rocket attacks on one base weeks apart, or a strike
        on Monday and one on Tuesday, are two incidents), by its noun too when that one was told by a noun of
        another family ("a raid on a bank in X" and "ambushes on patrols in X": two incidents)."""
        key = event_key(base, date)
        alike = [e for e in self.events if e.key == key]
        if any(not within_days(e.date, date) or days_apart(e.date, date) for e in alike):
            return slugify(f"{base} {date}")
        if cue is not None and any(not families_fit(e.cue, cue) for e in alike):
            return slugify(f"{base} {noun_of(cue)} {date}")
        return key

    def _kind(self, cue: Token) -> str | None:
        """The kind of incident a word names ("strike" and "struck": an attack), if it names one."""
        kind = self.cues.event_kinds.get(cue.lemma_.lower(), self.cues.event_kinds.get(cue.lower_))
        kind = kind or compound_kind(cue)  # "a shooting spree": a killing
        return kind if kind is not None or not is_terror_act(cue) else terror_act_cues().kind

    def _over_a_span(self, cue: Token) -> bool:
        """Whether an incident noun is dated by a span ("the killing of 6,000 civilians in Beni since 2013", "raids on
        X in recent months"), or a singular one by a span that opens or fills the verb it is the object of ("is blamed
        for the killing of X since 2013"; not "days after"): the harm of many days, no one incident (not an offensive
        or a siege, which lasts, nor a named operation, nor one ranked among the span's: "the fifth attack since
        May"); read once a word, which the incidents and the references back to them both ask)."""
        if cue.i not in self._spans:
            self._spans[cue.i] = self._dated_by_span(cue)
        return self._spans[cue.i]

    def _dated_by_span(self, cue: Token) -> bool:
        ranked = _ranked(cue) or any(t.ent_type_ == "ORDINAL" for t in cue.subtree if t.i < cue.i)
        if ranked or self._kind(cue) == "offensive" or operation_title(cue) or called_name(cue):
            return False
        if over_a_span([c for c in cue.children if dates_a_verb(c)]):
            return True
        if cue.tag_ != "NN":
            return False  # "have launched attacks on ships since November": the attacks the span holds, each hit
        if any(t.ent_type_ == "DATE" for t in cue.subtree if t.i < cue.i):
            return False  # "raids since 2020, including the May 2021 assault on X": one incident of its own date
        verb = cue.head if cue.dep_ == "dobj" else cue.head.head if cue.dep_ == "pobj" else None
        spans = [c for c in verb.children if c.lower_ in span_preps() and dates_a_verb(c)] if verb is not None else []
        return bool(spans) and verb.pos_ == "VERB"

    def _keep(self, event: Event) -> None:
        """Keep a new incident, named also by the headlines above it of its kind that made no incident of their own."""
        kind = self._kind(event.cue)
        event.surfaces += [phrase for k, phrase in self.headlines if k == kind and " " in phrase]
        event.surfaces += [name for name in [other_number(event.name)] if name]  # "Xitaxi killings" too
        victims = [m for m in event.targets if m.label == "Person"]
        event.surfaces += surname_names(event.name, victims, self.index.mentions)  # "Santoso killing" too
        event.surfaces += [cut for phrase in event.surfaces if (cut := without_spelled_acronyms(phrase))]
        self.headlines = [(k, phrase) for k, phrase in self.headlines if k != kind]
        if (undated := self._told_undated(event)) is not None:
            event.key, undated.date = undated.key, event.date
        self.events.append(event)

    def _told_undated(self, event: Event) -> Event | None:
        """The incident keyed alike that the page told first with no date of its own (the page's month), when this
        telling states another ("Nijjar killing" above a story of October 2024, then "the killing of Nijjar in June
        2023"): one incident, on the date the story states."""
        month = self.doc_date[:7]
        if not event.base or not event.date or event.date[:7] == month:
            return None
        alike = [e for e in self.events if e.base == event.base and e.incident_kind == event.incident_kind]
        alike = [e for e in alike if not listed_under(event.cue, e.cue)]  # "bombings in X, including a blast in X"
        if any(_told_by_its_day(e.cue) for e in alike):
            return None  # "Saturday's attack on a post at X": the report's days, not the attack at X of May 2022 the
            # page recalls later
        return alike[0] if len(alike) == 1 and alike[0].date == month else None

    def _described(self, cue: Token) -> Event | None:
        """The incident a copula says this one is ("The shooting in Omagh is the most serious attack on a police
        officer in years"): the event of the noun that is the subject, if it is an incident's."""
        if cue.dep_ != "attr" or cue.head.lemma_ != "be":
            return None
        subjects = [c for c in cue.head.children if c.dep_ == "nsubj" and self.is_event_noun(c)]
        subjects = [s for s in subjects if not _ranked(s)]  # "The worst recent attack was the massacre in X": the
        # massacre, told here first, is what the ranking names (not the incident told before)
        return next((e for s in subjects if (e := self.event_at(s)) is not None), None)

    def _same_as_earlier(self, cue: Token, places: list[Mention], date: str = "") -> Event | None:
        """An earlier event this one restates: "This is the 11th attack ...", or one at the same place on a date that
        does not differ ("the May 2021 bombing of a Kabul mosque" is not "the August 2021 bombing in Kabul"); not the
        last one told where the copula gives a date of another ("It was a 2013 raid, in which ..., that led X to ...":
        the raid of 2013, whatever incident of 2016 the sentence before told)."""
        if not self.events:
            return None
        subject = [c for c in cue.head.children if c.dep_ == "nsubj"] if cue.dep_ == "attr" else []
        own = date if _year_of(cue) or _date_after(cue) else ""  # not "the 11th attack since late October": a count
        if subject and subject[0].lower_ in self.cues.incident_pronouns and dates_allow(own, self.events[-1].date):
            return self.events[-1]
        if not date and self._kind(cue) and self._told_before(cue) and placed_again(cue):
            alike = [e for e in self.events if e.cue.i < cue.i and self._kind(e.cue) == self._kind(cue)]
            if alike:  # "The shooting took place at the Youth Sports complex": the shooting told before, placed
                return nearest(alike)
        keys = {p.key for p in places}
        lead = None if self._told_before(cue) else self._headline_told(cue, date)
        if lead is not None and (not keys or line_opens_capitalised(lead.cue)):  # a headline, not a list's line
            return lead  # ("the 2011 attack on the UN building in Abuja; and")
        head = cue.lemma_.lower()
        # "In 2021, after a pair of bombings in Kampala": not "the 2010 Kampala bombings" told before (a sentence of
        # another year; "a rocket attack took place at the base on December 27" may retell it)
        years = _years_in_sentence(cue)
        fresh = not date and bool(years) and self._introduced(cue)
        same_place = next(
            (
                e
                for e in reversed(self.events)
                if e.cue.lemma_.lower() == head
                and keys & {p.key for p in e.places}
                and _same_time(date, e.date)
                and not (fresh and e.date and e.date[:4] not in years)
            ),
            None,
        )
        if same_place is None and keys and not date:
            return self._placed_again_next(cue, keys)
        return same_place

    def _dated_reference(self, cue: Token, date: str, own: list[list]) -> bool:
        """Whether a definite incident noun whose phrase says no more of it than a day or a month (none of the places,
        targets, victims, authors, title or scene in ``own``) is a reference back to an incident told before on a date
        that allows it: "A drone strike killed three soldiers at a base near X on Sunday. ... The strike on Sunday was
        carried out by Y", "The assault, which began on July 20, ..." (that incident told again, not a second one; not
        "the September 2021 shooting of X", whose phrase tells whom it hit, named or not)."""
        if not date or any(own) or not self._told_before(cue):
            return False
        if any(c.dep_ in {"prep", "acl", "appos"} and not dates_a_verb(c) for c in cue.children):
            return False
        earlier = self.refers_back(cue)
        return earlier is not None and dates_allow(date, earlier.date)

    def _undated_course(self, cue: Token) -> bool:
        """Whether a noun of a kind that is one incident only when dated tells the course of a war: "fighting in
        Khartoum" (not "the Deir ez-Zor clashes", named by their place as a reader names one)."""
        named = any(self.index.at(t) is not None for t in cue.lefts if t.dep_ in {"compound", "nmod"})
        return not named and self._kind(cue) in incident_words().dated_only_kinds

    def _introduced(self, cue: Token) -> bool:
        """Whether an incident's phrase (or the series it is one of) opens with an indefinite article ("a bombing in
        X", "a pair of bombings in X", "another strike in X"): an incident told for the first time, not one told before
        with a date."""
        heads = [cue, *([series] if (series := series_of(cue)) is not None else [])]
        return any(t.dep_ == "det" and t.lower_ in self.cues.indefinite for h in heads for t in h.lefts)

    def _headline_told(self, cue: Token, date: str) -> Event | None:
        """The incident the headline named, when this is the story's first incident of its kind, with or without a
        place of its own ("Militants claim deadly assault on Bamako police school" above "... said it was behind a dawn
        assault on a gendarmerie school at Faladie on Tuesday"): one incident, not a second node, on the story's day
        when the headline gave it only the page's month."""
        kind = self._kind(cue)
        if is_headline(cue) or any(kinds_fit(kind, self._kind(e.cue)) and not is_headline(e.cue) for e in self.events):
            return None
        years = _years_in_sentence(cue)  # "after a Turkish air strike, 2022": a caption's own
        heads = [e for e in self.events if kinds_fit(kind, self._kind(e.cue)) and dates_allow(date, e.date)]
        heads = [e for e in heads if not years or e.date[:4] in years]
        lead = heads[0] if len(heads) == 1 and is_headline(heads[0].cue) else None
        if lead is not None and date and lead.date == self.doc_date[:7]:
            lead.date = date  # "raid kills 40 on Lake Chad" above "... late on Sunday": the body's day, not the page's
        return lead

    def _placed_again_next(self, cue: Token, keys: set[str]) -> Event | None:
        """The incident a definite, undated reference at a place no incident was told at restates, when that
        incident is told in this sentence or the one before ("An airstrike on a building in Beirut's suburbs killed
        X. The army said the strike in Haret Hreik ...": the place told more closely); farther on, "the attack in
        Y" may be another incident, and "its own offensive in Y" or "last year's operation in Y" is another."""
        definite = has_child(cue, {"det"}, self.cues.anaphoric)
        if not definite or self._dated_act(cue) or any(keys & {p.key for p in e.places} for e in self.events):
            return None
        earlier = self.refers_back(cue)
        sent = cue.sent.start
        near = cue.doc[sent - 1].sent.start if sent else sent
        return earlier if earlier is not None and earlier.cue.i >= near else None

    def _dated_act(self, cue: Token) -> bool:
        """Whether the verb an incident noun hangs on states a date of its own ("the shooting took place in X in May
        2019"), not one of another incident's phrase ("the strike was in response to an attack on Saturday")."""
        phrases = [c for c in cue.head.children if c.dep_ in {"prep", "npadvmod"} and c is not cue]
        return any(
            t.ent_type_ == "DATE"
            for c in phrases
            if not any(self.is_event_noun(x) for x in c.subtree)
            for t in c.subtree
        )

    def _event(self, cue: Token) -> Event | None:
        if is_unreal(cue) or is_habitual(cue) or only_refers(cue):
            return None  # "was planning imminent attacks", "conducting attacks in Kabul": no one incident; "the
            # crime": one told before
        places, targets, phrases = self.anchors(cue)
        hit_words = [] if places or targets or self._told_before(cue) else self._hit_as_subject(cue)
        for m in (m for obj in hit_words for m in actors_of(obj, self.index)):  # "a drone strike hit the village of X"
            (places if m.label == "Location" else targets).append(m)
        told_hit = [cue.head, *(t for obj in hit_words for t in obj.subtree)] if places or targets else []
        killed = [] if targets else self._killed_by(cue)  # "a drone strike killed X in 2009"
        by_victims = self._victims_places(cue)  # "a strike killed five fighters near X on Monday", "a strike killed
        # seven men near X, in the Y prefecture": where the victims were, before the wider place the verb was given
        places = [*by_victims, *(m for m in places if m not in by_victims)]
        targets = targets or self._dead_in(cue) or killed  # "X was killed in an Israeli helicopter attack in 1992"
        bodies = [m for m in self._victims_bodies(targets) if m not in targets]  # "killed X, the commander of Y"
        acted = [[p, *p.subtree] for p in cue.head.children if p.dep_ == "prep"] if self._perpetrated(cue) else []
        scene = self._scene(phrases + acted)  # "carried out the strike on a base in Jordan": the act's places too
        phrases = [ph for ph in phrases if min(t.i for t in ph) > cue.i]  # its names: not "On May 4, a strike on X"
        told_first = self._told_before(cue) and bool(scene) and self.refers_back(cue) is None
        named_day = not self._told_before(cue) or told_first  # not "Monday's attack", unless it is told first
        date = _date_of(cue, self.doc_date, recent=named_day)  # "an attack on Sunday", "Sunday's strike on a base"
        if not date and (places or targets) and _told_by_its_day(cue):  # "Saturday's attack on a post at X": the day
            # it names (not the report's month, which another raid of the page may share)
            date = day if len(day := _date_of(cue, self.doc_date, recent=True)) == len("2024-07-20") else ""
        stated = date_before(cue)  # "the January 20, 2019, attack": a date the parse left off the phrase
        date = date or (event_date(" ".join(t.text for t in stated), self.doc_date) if stated else "")
        if not date and cue.dep_ in {"nsubj", "nsubjpass"} and self.acts_on(cue.head):
            date = _date_of(cue.head, self.doc_date, recent=True)  # "a drone attack killed three soldiers on Sunday"
        if not date and named_day and scene and self._perpetrated(cue) and _names_one(cue):  # "X carried out the
            # strike on a base ... on Sunday", "claimed the twin bombings in X in January": the day of the act it is
            # the object of (not of "four attacks")
            date = _date_of(cue.head, self.doc_date, recent=True)
        if not date and (self._perpetrated(cue) or (cue.dep_ in {"nsubj", "nsubjpass"} and self.acts_on(cue.head))):
            date = event_date(when_date(cue.head), self.doc_date)  # "since 2021, when X claimed a mortar attack on Y"
        for verb in [] if date else suffered_in(cue, self.cues.violence_verbs):  # "killed in an airstrike on April 1"
            date = _date_of(verb, self.doc_date, recent=True)
        harmed = [cue.head] if killed else suffered_in(cue, self.cues.violence_verbs) if targets else []
        date = date or _year_of(cue) or next((y for v in harmed if (y := _year_of(v))), "")  # "the 2018 poisoning":
        # that year's, not the report's month; "a strike killed X in 2009", "X was killed in a strike in 2009": one
        # person is hit once, in the year stated
        date = date or self.leads.date_of(
            cue, self.index.mentions
        )  # "4 January 2020 - A drone strike on X": the timeline item's
        victims = [t for c in cue.children if c.dep_ == "dobj" for t in c.subtree] if cue.pos_ == "VERB" else []
        counted = has_child(cue, {"nummod"}) or series_of(cue) is not None
        named = authors(cue, self.index, self.cues)
        places = places or (inner_places(cue, self.index, self.cues) if named else [])
        places = places or self.leads.places_of(cue, self.index.mentions)  # "Tajoura, Libya: An airstrike ..."
        if named and not (places or date) and sides(cue, self.index, self.cues):
            named = []  # "the fighting between Iran and Israel": a war, not one incident
        title = operation_title(cue) or called_name(cue)  # "Operation Iron Gate", "an offensive it called X"
        if names_a_body(title):
            return None  # "Operation Prosperity Guardian": a known naval mission, no incident
        if (
            title
            and self._told_before(cue)
            and (told := self.refers_back(cue)) is not None
            and not _renamed(told, title)
        ):
            return None  # "The offensive, which they called X, ...": a name of the offensive told before (not "their
            # own "Operation 1111"" after Operation 1027, another name)
        if takes_place(cue, self.index):
            return None  # "the M23's capture of Goma": an attack on the town (loaders/territory.py), not an incident
        if into_custody(cue) and not any(m.label != "Person" for m in targets):
            return None  # "the capture of X", "X remains in detention in Niamey": a person taken, no incident
        if is_guarded(cue) and not title and cue.tag_ in {"NNS", "NNPS"}:
            return None  # "military operations in Waziristan", "Wagner's operations in Africa": a campaign, no incident
        if is_guarded(cue) and not title and not anchored(places, targets, named, cue.doc):
            return None  # "a military operation": no incident until its place, target or author is named
        of_date = _date_after(cue)  # "the coup of 1 February 2021", "the pager explosions of September 17"
        plural = cue.tag_ in {"NNS", "NNPS"} and not counted and not places and not named and not of_date
        done_on = self._done_on_a_day(cue, targets) if plural and not date else ""  # "On 11 January, the US
        date = date or done_on  # conducted strikes against Houthi sites in Yemen": one telling, of that day
        if plural and not done_on and not _month_or_day(_own_date(cue, self.doc_date)):  # "the June 2017 assaults
            return None  # on X": one telling; "attacks", "these attacks": a trend ("drone attacks on Kursk" is one)
        earlier = self._same_as_earlier(cue, places, date or self._act_date(cue))
        if earlier is None and self._dated_reference(cue, date, [places, targets, victims, named, title, scene]):
            return None  # "The strike on Tuesday hit X": the strike told before, on that day (a reference back)
        if earlier is None and not (date or title or named) and self._undated_course(cue):
            return None  # "fighting in Khartoum": the course of a war, not one incident (not "fighting between X
            # and Y in Z", the fight of two named sides there)
        doers = named or ([] if self.refers_back(cue) else performers(cue, self.index, self.cues))  # not "the attack"
        named = named or (doers if series_of(cue) is not None else [])  # not seen by the blame rule
        toll = cue.dep_ == "nsubj" and not self._told_before(cue) and self._kills_a_count(cue.head)  # "an airstrike
        # on a camp killed 53 people": one incident, told by its toll (not "the attack killed 12", a reference back)
        date = date or (self.doc_date[:7] if toll else "")
        if earlier is None and not (places or targets or date or victims or doers or title or toll):
            return None
        head = _head_phrase(cue)
        core = [  # "December 3 attack", "the 2008 Mumbai attacks"
            *head,
            *(t for t in cue.subtree if t.i < cue.i and (t.ent_type_ == "DATE" or t.dep_ == "nummod" or t.like_num)),
            *stated,
        ]
        first = _trimmed(phrases[0]) if phrases else []
        surfaces = [_text(core + phrases[0] + victims)] if phrases else []
        surfaces.append(_text(core + [t for ph in phrases for t in ph] + victims))
        if len(core) > len(head):  # "December 3 attack", "four blasts"
            surfaces.append(_text(core))
        modified = [t for t in cue.subtree if t.i <= cue.i and ((t.dep_ != "det" and not t.is_punct) or joins(t))]
        if len(modified) > len(core):  # "Hamas-led attack", "Israeli air strike on Haret Hreik"
            surfaces += [_text(modified + phrases[0]) if phrases else _text(modified), _text(modified)]
        determiner = [t for t in cue.lefts if t.dep_ == "det" and t.lower_ in self.cues.indefinite_articles]
        for words in (core, modified):  # every shorter way the text names it: "a drone attack on the Kursk region"
            if first:
                surfaces += [_text(words + first), _text(determiner + words + first)]
            surfaces.append(_text(determiner + words))
        # "a further ambush near X in May 2019": the noun with all its phrases, when they follow it unbroken
        whole = _trimmed([t for ph in phrases for t in ph]) if len(phrases) > 1 else []
        if whole and [t.i for t in whole] == list(range(cue.i + 1, cue.i + 1 + len(whole))):
            surfaces += [_text(determiner + words + whole) for words in (core, modified)]
        dates, conjoined = _dates(self.words.sentence(cue)), _conjoined(phrases)  # read once, not at each word
        undated = [t for t in core + [t for ph in phrases for t in ph] + victims if t.i not in dates]
        unjoined = [t for t in undated if t.i not in conjoined]  # "... on cyclists in X" of "... and Y"
        plain = [t for t in modified if t.i not in dates and t.dep_ not in {"nummod", "poss", "case"}]
        for words in (undated, unjoined, plain):
            if words:
                surfaces.append(_text(words))
        shorter = self._shorter_names(core, modified, phrases, victims)
        surfaces += shorter + [f"{_text(determiner)} {name}" for name in shorter if determiner]  # "an offensive
        # against X's bases" of "an offensive against X's bases in the forests near Y": with the text's article too
        for words in ([*determiner, *core, *phrases[0]], [*core, *phrases[0]]) if phrases else ():
            surfaces += [_text(inner) for inner in [within_place(words, self.index)] if len(inner) > len(core)]
        surfaces += series_names(cue, first)  # "a series of raids", "a series of raids in X and Y"
        surfaces += [_text(words + of_date) for words in (modified, determiner + modified) if of_date]
        after = [ph for ph in acted if ph[0].i == cue.i + 1 and ph[0].lower_ in self.cues.event_preps]
        surfaces += [_text(modified + _trimmed(ph)) for ph in after[:1] if not phrases]  # "carried out the strike on a
        # base in Jordan": its phrase, wherever the parse hung it
        surfaces += [_text(quoted_title(title))] if title else []  # "the "Comprehensive Operation Sinai 2018""
        hit_phrase = _trimmed([*cue.subtree, *told_hit]) if told_hit else []  # "a drone strike hit the X"
        surfaces += [_text(hit_phrase)] if hit_phrase else []
        surfaces = [s for s in dict.fromkeys(surfaces) if " " in s]  # "strike" alone names no incident
        if (described := self._described(cue)) is not None:  # "... in Northern Ireland": a comparison's scope,
            return replace(  # no place
                described, surfaces=surfaces, cue=cue, places=[], targets=targets, authors=[], bodies_hit=bodies
            )
        if earlier is not None:
            return Event(
                earlier.key,
                earlier.name,
                surfaces,
                cue,
                earlier.date,
                places,
                targets,
                named,
                earlier.base,
                earlier.incident_kind,
                [m.key for m in dict.fromkeys([*places, *scene])],
                earlier.anchored or bool(places or targets),
                bodies_hit=bodies,
            )
        head_words = " ".join(t.lower_ for t in head)
        if title:  # "Operation 1027"
            name = _text(title)
        elif places and not (killed and by_victims):  # a strike that killed a named person near X: named by him
            name = joined_name(place_word(places[0]), head_words)
        elif targets:  # "Tower 22 drone attack"
            name = joined_name(place_word(targets[0]), head_words)
        elif victims:  # "killing protesters"
            name = " ".join(t.text for t in [*head, *victims] if not t.like_num and t.dep_ not in {"det", "quantmod"})
            name = (one_line([name], cue) or [name])[0]  # "killing civilians", not the next lines' names
        elif doers:  # "fighting between the ELN and the EMC": "ELN and EMC fighting"
            name = f"{' and '.join(d.name for d in doers[:2])} {head_words}"
        elif scene:  # "the strike on a base in Jordan on Sunday": "Jordan strike"
            name = joined_name(place_word(scene[0]), head_words)
        elif toll and first:  # "an airstrike on a camp killed 53": "airstrike on a camp"
            name = _text(plain + first)
        else:  # "the January 28 attack"
            name = f"{head_words} of {date}"
        if places and not title and name == joined_name(place_word(places[0]), head_words):  # "Bulobarde U.S.
            surfaces += _placed_modified(place_word(places[0]), head, modified)  # strike" of "a U.S. strike near X"
        by_more = bool(title or places or targets or victims or doers or scene)  # not "Tuesday's bombing"
        if any(t.ent_type_ == "DATE" for t in title):
            date = ""  # "Operation 1027 ended in January": its number is no year
        date = date or self.doc_date[:7]
        anchor = places[0] if places and not (killed and by_victims) else targets[0] if targets else None
        kind = self._kind(cue)
        base = f"{_anchor_word(anchor)} {kind}" if anchor and kind and not title else name
        key = slugify(name) if title else self._key(base, date, cue)  # a named incident is one whenever it is told
        event = Event(key, name[0].upper() + name[1:], surfaces, cue, date, places, targets, named)
        event.base, event.incident_kind, event.scene = base, kind, [m.key for m in dict.fromkeys([*places, *scene])]
        event.anchored, event.bodies_hit = by_more, bodies
        return event

    def _act_named(self, noun: Token) -> Event | None:
        """The incident a reference back that finds none names when an act of its kind was told by its verb just
        before ("Gunmen stormed a concert hall in Krasnogorsk. Islamic State claimed the massacre."): the act, undated,
        is one incident because the text names it as one."""
        if not (self.is_event_noun(noun) and self._told_before(noun)) or noun.tag_ != "NN":
            return None
        for verb in acts_before(noun, self.cues.event_kinds, self._kind(noun)):
            if is_unreal(verb) or any(e.cue.i == verb.i for e in self.events):
                return None  # the act made an incident (which the reference would have found) or none happened
            objects = [c for c in verb.children if c.dep_ == "dobj"] + prep_objects(verb, set(self.cues.event_preps))
            patients = [m for t in objects for m in actors_of(t, self.index)]
            known = len(self.events)
            event = self.from_verb(verb, patients, named_later=True)
            if event is None:
                continue
            if len(self.events) == known:
                return None  # an incident told before, which the act joined
            event.authors = [m for t in subjects_of(verb) for m in actors_of(t, self.index, with_preps=False)]
            return event  # "JNIM fighters stormed a base in X. The assault ...": JNIM's
        return None

    def _act_in_sentence(self, noun: Token) -> Event | None:
        """The incident a bare reference back names when its own sentence told an act of its kind by a verb before it
        ("X was shot dead in Y on Monday; the killing was attributed to Z", "gunmen stormed a hall in Y, and the
        assault lasted an hour"): the act's incident, made now, as its verb is read only after the sentence's nouns
        (not "the killing in Y" nor "the group's attack", which name their own place or owner, nor the incident a
        harm was done in: "Two were killed in X, and a third was killed in the attack")."""
        words = [c for c in noun.children if not c.is_punct]
        if noun.tag_ != "NN" or len(words) != 1 or words[0].dep_ != "det" or words[0].lower_ not in self.cues.anaphoric:
            return None  # a bare "the killing", not "the 2013 attack", "the killing of X", "the deadliest attack"
        if not self.is_event_noun(noun) or noun.dep_ not in {"nsubj", "nsubjpass", "dobj"}:
            return None  # not "a third was killed in the attack": the incident a harm was done in, maybe another
        verbs = acts_before(noun, self.cues.event_kinds, self._kind(noun))
        start = noun.sent.start  # read once: ``token.sent`` walks the parse at each reading
        verbs = [v for v in verbs if v.i >= start and "\n" not in noun.doc[v.i : noun.i].text]
        for verb in (v for v in verbs if not is_unreal(v)):
            objects = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
            objects += prep_objects(verb, set(self.cues.event_preps))
            patients = [m for t in objects for m in actors_of(t, self.index)]
            if (event := self.from_verb(verb, patients, named_later=True)) is not None:
                return event
        return None

    def _ranked_aside(self, noun: Token) -> Event | None:
        """The incident a superlative set after a comma in apposition ranks, when the phrase it hangs on is that
        incident's: "IS claimed an overnight attack on an army post in X, the deadliest assault on the military in
        months", "a dawn assault on a school and the airport, the most brazen attack on the capital in a decade" (one
        incident, not a second)."""
        start = noun.left_edge.i
        if noun.dep_ != "appos" or not start or noun.doc[start - 1].text != "," or not _ranked(noun):
            return None
        heads = {a.i for a in noun.ancestors}
        return next((e for e in reversed(self.events) if e.cue.i in heads), None)

    def _incident_aside(self, noun: Token) -> bool:
        """Whether an incident noun after a comma is a verb's second object, or in apposition with its object, and
        names the act the verb told: "JNIM stormed a school in X on Tuesday, the most brazen attack on the capital in
        years" (one incident, not a second one nor an earlier one the noun would refer back to)."""
        comma = noun.left_edge.i > 0 and noun.doc[noun.left_edge.i - 1].text == ","
        if not comma or not self.is_event_noun(noun):
            return False
        if noun.dep_ == "appos":  # "stormed a post in X on Thursday, the deadliest raid": hung on the post or X
            return _in_object(noun.head)
        return noun.dep_ == "dobj" and any(c.dep_ == "dobj" and c.i < noun.i for c in noun.head.children)

    def from_verb(self, verb: Token, patients: list[Mention], named_later: bool = False) -> Event | None:
        """A dated attack told by its verb, at its target or place: "It attacked Saudi Arabia in September",
        "Israeli jets struck two cars in Shehabiya on Monday"; undated when a later reference names it
        (``named_later``)."""
        if sentence_carried_out(verb):
            return None  # "the men convicted over the bombings were executed in 2008": a sentence, no incident
        if into_custody(verb) and any(m.label == "Person" for m in patients):
            return None  # "X was captured in Necocli in 2021": a person taken, no incident (not "captured 20 soldiers")
        if in_a_mishap(verb):
            return None  # "X was killed in a plane crash": no one's deed
        during = [n for n in told_in(verb) if not self.names_the_harm(n)]  # "killed during rioting in X in April 2019"
        during += self._trailing_harm(verb)  # "rammed a vehicle into a convoy in X on Saturday, killing 12 soldiers"
        doing = victims_doing(verb)  # "killed 12 worshippers as they prayed in a mosque in X on Friday"
        dated = [
            c
            for holder in [verb, *during, *doing, *(p for n in during for p in prep_objects(n, {"in"}))]
            for c in holder.children
            if dates_a_verb(c)  # "on Sunday", "in May 2021", "on Friday evening"
        ]
        dated += shared_dates(verb)  # "In 1997 its commando kidnapped and shot X": the act the two verbs tell
        siege = lays_siege(verb)  # "has besieged X since May 2024": a siege lasts, one act over the span
        if over_a_span(dated) and not siege:
            return None  # "6,000 people have been killed in the region since 2017": a toll, not one incident
        date = event_date(" ".join(t.text for c in dated for t in c.subtree), self.doc_date) if dated else ""
        date = date or event_date(when_date(verb), self.doc_date)  # "in January 2004, when militants raided X"
        if not date and any(m.label == "Person" or self._one_site_hit(verb, m) for m in patients):  # "X was killed by
            # police in 2012", "bombed the X supermarket in 1987": one person or site hit in one incident, which a year
            # alone dates
            date = next((t.text for c in dated for t in c.subtree if t.ent_type_ == "DATE" and is_year(t.text)), "")
        relative = any(tells_a_day(t) for c in dated for t in c.subtree) or relative_time(dated)
        relative = relative or bool(sequel_phrases(verb))  # "A day later, jets struck X": a point of the story
        if not date and relative:
            days = (day_told(t, self.doc_date) for c in dated for t in c.subtree)
            date = next((d for d in days if d), self.doc_date[:7])  # "gunmen attacked a village on Sunday": that day
        date = date or self.leads.date_of(
            verb, self.index.mentions
        )  # "November 2023: Rebels seized X": the timeline item's
        dobjs = [c for c in verb.children if c.dep_ == "dobj"]
        asides = [a for c in dobjs for a in c.subtree if self._incident_aside(a)]  # "stormed X, the deadliest
        aside_words = {t.i for a in asides for t in a.subtree}  # raid this year"
        objects = [t for c in dobjs for t in c.subtree if t.i not in aside_words]
        if any(self.is_event_noun(t) for t in objects if not _describes_object(t, dobjs)):
            return None  # "launched four attacks on Israel": the noun makes the event (not "killed X, a commander
            # who led attacks on Y": the attacks describe whom the verb hit)
        if self._launched_no_arms(verb):
            return None  # "launched a long march from Lahore": nothing fired, no attack
        nouns = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
        nouns += [verb.head] if verb.dep_ == "acl" else []  # "a missile attack wounded 14 people" (a reduced clause)
        nouns += [n for n in told_in(verb) if not amid_unrest(n)]  # "X was killed in a strike in Gaza": the strike's
        # harm, not a second incident (not "during rioting in X": the unrest it happened amid)
        nouns += harm_of_the_deed(verb)  # "conducted a strike in X, killing Y": the strike's harm
        nouns += [a for a in asides if (e := self.event_at(a)) is not None and e.cue.i == a.i]  # the aside named it
        told = next((e for n in nouns if self.is_event_noun(n) and (e := self.event_at(n)) is not None), None)
        told = told or next((e for e in self.events if e.cue.i == verb.i), None)  # "accused X of killing 300 people
        # in Y": the gerund already made the incident, which the place joins
        news = first_news(self.events, self.doc_date)
        linked = told_in_a_link(verb)  # "Related: Iran also strikes militant targets in X": another story's act
        told_as_news = verb.dep_ != "relcl" and is_title(verb)  # "Rebels attack army base in Kidal": the page's news
        told = told or (None if date or linked else done_by_its_doers(verb, self.events, news, self.doc_date))  # "the
        # attackers struck a station and a cafe": the acts of the incident told before
        hit_heads = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]  # "the headquarters in X was struck"
        hit_heads += [p for h in hit_heads for p in prep_objects(h, {"of"})]  # "a convoy of the army near Djibo"
        hit_heads += during  # "X was shot dead by a gunman in Derry": where the killer struck, the harm was done
        hit_heads += kidnap_words(verb)  # "X was taken hostage in Y"
        weapons = [w for w in instruments(verb) if self.index.at(w) is None]  # "shot down X with a grenade in Y"
        hit_doing = self._what_the_hit_did(verb, hit_heads)  # "fired on protesters raising a flag in X"
        origin = [] if self._takes_away(verb) else hit_heads  # "two teachers from Gao were killed in X": where they
        place_phrases = [  # come from ("abducted pupils from a school in X": where they were taken); "killed civilians
            without_acts_apart(prep, self.cues)  # in Amanual town": the place may hang on the victims or the weapon,
            for holder in [verb, *hit_heads, *weapons, *doing, *hit_doing]  # or on what the people hit were doing
            # there; not inside another act's clause ("in May, when troops killed X in Y")
            for prep in holder.children
            if prep.dep_ == "prep"
            and self.cues.event_preps.get(prep.lower_) == "place"
            and not (holder in origin and prep.lower_ in self.cues.membership_preps)
            and not answers(prep)  # "in response to a strike in X": what it answered, not where
        ]
        doc = verb.doc  # not the city of "NIAMEY - Twenty soldiers were killed", the parse's subject: the dateline
        places = [m for m in patients if m.label == "Location" and not is_dateline(doc[m.start : m.end])]
        owners = [m for m in places if self._qualifies_hit(m, hit_heads)]  # "a Puntland base at X": X first
        places = [m for m in places if m not in owners]
        for phrase in place_phrases:  # "in and around X": the object of the joined preposition
            joined = [phrase[0], *(c for c in phrase[0].children if c.dep_ == "conj" and c.pos_ == "ADP")]
            for pobj in (p for prep in joined for p in prep.children if p.dep_ == "pobj" and not across_a_line(p)):
                found = [m for m in actors_of(pobj, self.index) if m.label == "Location"]
                found = found or inner_places(pobj, self.index, self.cues)  # "at a church in the town of X"
                found = found or [m for m in [self._town(pobj)] if m is not None]  # "in the town": the one named before
                places += [m for m in found if m not in places]
        places += [m for m in owners if m not in places]
        places += [m for m in self._clause_scene(verb) if m not in places]  # "Kolofata, where X killed 40 soldiers"
        places = places or self.leads.places_of(verb, self.index.mentions)  # "Butembo, 12 May: Gunmen attacked ..."
        states = [] if places or patients else self._states_struck_in(place_phrases)  # "attacked army posts across
        # western Mali on Tuesday": no place nor target named, the state names the incident
        if told is not None:  # "the attack injured 20 people in four districts of Kyiv": the noun made the event
            told.places += [m for m in places if m not in told.places]
            if any(a.i == told.cue.i for a in asides):  # "fired mortar rounds at X on 2 December, its first claimed
                after = [t for ph in place_phrases[:1] if ph[0].i > verb.i and ph[0] not in dated for t in ph]
                told.surfaces.append(_text(up_to_comma([verb, *objects, *after])))  # attack": the act names it too
            told.targets += [m for m in patients if m.label != "Location" and m not in told.targets]  # "killing Y"
            return told
        subject = [t for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} for t in c.subtree if t.i < verb.i]
        passive = has_child(verb, {"nsubjpass"})
        counted = any(t.like_num for t in (subject if passive else objects))  # how many were hit
        if takes_place(verb, self.index):
            return None  # "the rebels captured Goma on Sunday": an attack on the town, not an incident
        ship = ship_hit(verb, hit_heads)  # "the Houthis struck the Magic Seas": no actor, but the attack's name
        once = kills_outright(verb) and any(m.label == "Person" for m in patients) and not is_unreal(verb)  # "the
        # army killed X": one incident (not "vowed to kill X"), as is "X was killed in a clash in the forests" or "in a
        # separate strike", a fight or a raid that made no incident of its own (one that did is ``told`` above)
        once = once or self._one_site_struck(verb, places)  # "gunmen fired on a checkpoint in X": one act told
        once = once or (bool(places) and struck_by_unnamed_doers(verb, self.index))  # "gunmen attacked buses near X"
        jailbreak = frees_inmates(verb)
        once = once or (bool(places) and jailbreak)  # "militants freed hundreds of inmates from X prison"
        told_once = date or relative or (counted and places) or named_later or once or linked or told_as_news
        person_hit = any(m.label == "Person" for m in patients)  # "X was shot dead, police said on Sunday": told
        # of the day before as often, and one incident only as its own rule tells it
        reported = [] if told_once or person_hit else reported_day(verb)  # "X said on Saturday it had fired rockets
        days = (day_told(t, self.doc_date) for c in reported for t in c.subtree)  # at Y": an act no other rule dates
        date = next((d for d in days if d), self.doc_date[:7]) if reported else date  # is news of the day it was told
        if not ((told_once or reported) and (patients or places or ship or states)):
            return None  # "killed at least eight civilians in Amanual" is one incident; "killed civilians" is not
            # ("on Sunday" tells one incident even in a document that gives no date, and so does a link's headline)
        if not (date or linked) and (harmed_in := just_before(verb, self.events)) is not None:
            harmed_in.places += [m for m in places if m not in harmed_in.places]  # "The airstrikes ... Two were
            return harmed_in  # killed in X village": undated, the harm of the incident just told
        targets = [m for m in patients if m.label != "Location"]
        told = [ph for ph in place_phrases if ph[0].i > verb.i and ph[0] not in dated]  # not "In May 2021, X killed"
        told = [ph for ph in told if not any(p.dep_ == "pobj" and self.is_event_noun(p) for p in ph[0].children)]
        # not "in an attack" of "struck X in May in an attack it said targeted Y": the act's own noun, no place
        result = [c for c in verb.children if c.dep_ in {"acomp", "oprd", "prt"} and c.i == verb.i + 1]  # "shot dead",
        # "shot down"
        undated = [verb, *result, *objects, *(t for ph in told[:1] for t in _before_inner_date(ph))]
        phrase = [*undated, *(t for c in dated if c.i > verb.i for t in c.subtree)]
        anchor = ship or place_word((places or targets or states)[0])  # the ship hit, else the place, else the hit
        kind = particle_kind(verb) or self.cues.event_kinds.get(verb.lemma_.lower())  # "shot down X": an attack
        kind = kind or ("attack" if attacks_by_phrase(verb) else None)
        kind = kind or ("abduction" if seizes_a_ship(verb) or kidnaps_by_phrase(verb) else None)  # "seized the MSC
        # Aries": a hijacking; "took X hostage": a kidnapping
        kind = kind or ("jailbreak" if jailbreak else None)  # "gunmen freed 1,800 inmates from X"
        kind = kind or ("theft" if steals(verb) else None)  # "hackers stole $81 million from X"
        if kind is None and into_custody(verb) and not counted:
            return None  # "AA forces captured Paletwa", "X was captured in Nairobi": a town or a person taken (not
            # "captured 20 soldiers near X", an incident)
        name = f"{anchor} {kind}" if kind else f"{verb.lemma_.capitalize()} on {anchor}"
        date = date or self.doc_date[:7]
        keyed = ship or _anchor_word((places or targets or states)[0])
        base = f"{keyed} {kind}" if kind else name
        surfaces = [_text(phrase), _text(undated)]  # "two fishermen were killed near Lake Nguri" too
        surfaces += [_text(short) for short in [up_to_comma(undated)] if short and verb in short]
        surfaces += [_text(words) for words in self._unplaced([verb, *result], objects, dated, told[:1])]
        surfaces += [_text([verb, *result])] if result and not objects else []  # "shot dead" of "X was shot dead
        # at home in Y", "gunned down", "taken hostage": the act by its verb alone (not of "shot dead the mayor")
        sharer = object_sharer(verb)  # "kidnapped and shot X": both verbs name the act
        shared = [undated, up_to_comma(undated)] if sharer is not None and objects else []
        surfaces += [_text([sharer, *words]) for words in shared if words]
        clauses = {x.i for ph in told[:1] for t in ph if t.dep_ in {"acl", "relcl"} for x in t.subtree}
        surfaces += [_text([t for t in undated if t.i not in clauses])] if clauses else []  # "struck targets at
        # facilities in X" of "... in X used by Y"
        before_place = self._before_place([verb, *result, *objects], places)  # "attacked the X hotel" of "... in Y"
        surfaces += [_text(before_place)] if before_place else []
        armed = [[*undated, *ph] for ph in place_phrases if ph[0].head in weapons][:1]  # "shot down X with a grenade
        surfaces += [_text(up_to_comma(words)) for words in armed]  # in Y", the weapon between the act and its place
        aimed = [[*undated, *ph] for ph in self._aim_phrases(verb)[:1]]  # "opened fire on officers in X"
        surfaces += [_text(up_to_comma(words)) for words in aimed]
        surfaces += [_text(up_to_comma([verb, *result, *objects, *ph])) for ph in self._aim_phrases(verb)[:1]]  # "fired
        # on positions along the border" of "... with heavy weapons in response to X": the act and its aim alone
        surfaces += [  # "fired on protesters" of "fired on protesters raising a flag in X": the people hit, named
            _text([verb, *result, *(t for t in ph if t.i < did.i)])  # without what they were doing
            for ph in self._aim_phrases(verb)[:1]
            for did in hit_doing[:1]
            if did.i > ph[0].i
        ]
        joined = same_tense_conjunct(verb)  # "detonated a bomb and then opened fire on X": both verbs tell the act
        told_joined = [undated, *(up_to_comma(words) for words in [undated, *aimed])] if joined is not None else []
        surfaces += [_text([joined, *words]) for words in told_joined if words]
        if subject:
            told_up_to_comma = [up_to_comma(w) for w in [undated, *aimed]]  # "gunmen raided X in Y" of "..., which"
            surfaces += [_text(subject + words) for words in [undated, *told_up_to_comma, before_place] if words]
            surfaces += [_text(subject + phrase)] if len(phrase) > len(undated) else []  # "jets strike X overnight"
        passive_be = [c for c in verb.children if c.dep_ == "auxpass" and c.i < verb.i]  # "was killed by X in May"
        surfaces += [_text(passive_be + words) for words in (phrase, undated)] if passive_be else []
        surfaces += [_text([*subject, *passive_be, verb, *result])] if subject and passive_be else []  # "X was killed"
        surfaces += [name for a in asides for name in _reference_names(a)]  # "..., the deadliest raid this year"
        victims = [m for m in targets if m.label == "Person"]  # "Sahar was shot dead in Jenin": the "Ibrahim al-Sahar
        surfaces += [f"{whole_name(victims[0], self.index.mentions)} {kind}"] if kind and victims else []  # killing"
        surfaces += verb_noun_names(verb, [anchor, *(whole_name(v, self.index.mentions) for v in victims[:1])])
        surfaces += massacre_names(verb, [anchor])  # "killed more than 300 people in X": the "X massacre"
        surfaces += weapon_noun_names(verb, [anchor])  # "shells hit X": the "X shelling"
        # "killed in a military operation in August 2013": the incident noun that made no incident of its own names it
        surfaces += [name for n in told_in(verb) if self.names_the_harm(n) for name in _noun_names(n, phrase)]
        event = Event(self._key(base, date, verb), name, one_line(surfaces, verb), verb, date, places, targets)
        scene = self._scene([[*objects, *(t for ph in place_phrases for t in ph)]])
        event.base, event.incident_kind, event.scene = base, kind, [m.key for m in dict.fromkeys([*places, *scene])]
        self._keep(event)
        return event

    def _launched_no_arms(self, verb: Token) -> bool:
        """Whether a launching verb ("launch", "fire") has a thing launched, as its object or passive subject, and
        no weapon is named in it: "launched a long march", "fired its commander" (not "launched rockets", "launched
        hundreds of drones", "missiles were fired", "troops fired on protesters")."""
        if verb.lemma_.lower() not in self.cues.launching_verbs:
            return False
        launched = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
        arms = self.cues.launched_arms
        return bool(launched) and not any(t.lemma_.lower() in arms for c in launched for t in c.subtree)

    def _takes_away(self, verb: Token) -> bool:
        """Whether a verb of harm takes its victims away ("abducted 30 pupils from a school in X", "two engineers were
        taken hostage from a camp in Y", "freed 1,800 inmates from a prison in Z"), so that where they were taken
        from is where it happened."""
        return verb.lemma_.lower() in moving_words()[0] or bool(kidnap_words(verb)) or frees_inmates(verb)

    def _what_the_hit_did(self, verb: Token, hit_heads: list[Token]) -> list[Token]:
        """The participles that tell what a body of people an act hit was doing ("raising" of "fired on protesters
        raising a flag in X", "praying" of "attacked worshippers praying at a mosque in Y"), where the parse may hang
        the act's place; none for a thing hit or a plural of many things."""
        bodies = [h for h in [*hit_heads, *self._aimed_at(verb)] if h.tag_ == "NNS" and hits_one_body(h)]
        return [c for h in bodies for c in h.children if c.dep_ == "acl" and c.tag_ == "VBG"]

    def _clause_scene(self, verb: Token) -> list[Mention]:
        """The place a "where" clause of an act hangs on: X of "the village of X, where gunmen killed 40 people in
        May 2014" (not of a clause told apart: "where X later killed Y")."""
        wanted = clause_cues()
        if verb.dep_ != "relcl" or not any(
            c.dep_ == "advmod" and c.lower_ in wanted.scene_words for c in verb.children
        ):
            return []
        if any(t.lower_ in wanted.scene_apart_words for t in verb.subtree):
            return []  # "the bombing in Gao, where X later killed two soldiers": told apart from what the place names
        return [m for m in actors_of(verb.head, self.index) if m.label == "Location"]

    @staticmethod
    def _unplaced(act: list[Token], hit: list[Token], dated: list[Token], told: list[list[Token]]) -> list[list[Token]]:
        """An act's shorter names without the phrases that follow it: its verb (with the word of its result, "shot
        dead") and what it hit ("attacked the X hotel complex" of "attacked the X hotel complex in Y", "seized the
        vessel X" of "seized the vessel X off the port of Y"), or, with nothing hit in its clause, its verb with the
        date told right after it and before the place, with the passive's auxiliary ("was killed in May 2021" of "...
        in May 2021 in the Z mountains")."""
        if hit:  # up to a phrase other than "of" inside what it hit ("off the port of Y" set after the vessel's name)
            cut = next((t.i for t in hit if t.dep_ == "prep" and t.lower_ != "of" and t.i > hit[0].i), None)
            return [[*act, *(t for t in hit if cut is None or t.i < cut)]]
        if not told:
            return []
        place_at, verb = told[0][0].i, act[0]
        when = [t for c in dated if verb.i < c.i < place_at for t in c.subtree]
        if not when or min(t.i for t in when) != max(t.i for t in act) + 1:
            return []
        passive_be = [c for c in verb.children if c.dep_ == "auxpass" and c.i == verb.i - 1]
        return [[*act, *when], [*passive_be, *act, *when]]

    def _states_struck_in(self, place_phrases: list[list[Token]]) -> list[Mention]:
        """The states an act's place phrases name ("in western Mali", "across northern Burkina Faso"), for an act that
        names no place within one and no one hit."""
        objects = [p for phrase in place_phrases for p in phrase[0].children if p.dep_ == "pobj"]
        return [m for p in objects for m in actors_of(p, self.index) if m.label == "Country"]

    def from_power_seized(self, verb: Token, places: list[Mention], targets: list[Mention]) -> Event | None:
        """The coup a seizure of power was ("seized power on 5 September, detaining X at the palace in Y"), at its
        places or on whom it ousted, when its clause dates it or names a place (:mod:`loaders.power_seizures`)."""
        dated = [c for c in verb.children if dates_a_verb(c)]
        stated = " ".join(t.text for c in dated for t in c.subtree)
        date = event_date(stated, self.doc_date) if dated else ""
        date = date or next((w for w in stated.split() if is_year(w)), "")
        anchors = places or targets
        if not anchors or not (date or places):
            return None
        name = f"{anchors[0].name} coup"
        words = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
        event = Event(
            self._key(f"{_anchor_word(anchors[0])} coup", date or self.doc_date[:7]),
            name,
            [name, _text(words)],
            verb,
            date or self.doc_date[:7],
            places,
            targets,
        )
        event.base, event.incident_kind = f"{_anchor_word(anchors[0])} coup", "coup"
        event.scene = [m.key for m in places]
        self._keep(event)
        return event

    def _before_place(self, words: list[Token], places: list[Mention]) -> list[Token]:
        """An act's words up to the phrase inside them that names one of its places: "ambushed soldiers searching for
        the pilot" of "ambushed soldiers searching for the pilot in the X district" (none when no place is inside)."""
        objects = [(t, p) for t in words if t.dep_ == "prep" for p in t.children if p.dep_ == "pobj"]
        cuts = [t.i for t, p in objects if any(m in places for m in actors_of(p, self.index, with_preps=False))]
        return [t for t in words if t.i < min(cuts)] if cuts else []

    def _aim_phrases(self, verb: Token) -> list[list[Token]]:
        """The phrases after a verb of attack that say whom or what it was aimed at ("opened fire on officers carrying
        out a search in X", "fired missiles at targets in Y"; not the date of "struck X on Sunday"), each with its whole
        subtree, in text order."""
        return [
            list(prep.subtree)
            for prep in verb.children
            if prep.dep_ == "prep"
            and prep.i > verb.i
            and self.cues.event_preps.get(prep.lower_) == "target"
            and not dates_a_verb(prep)
        ]

    def _aimed_at(self, verb: Token) -> list[Token]:
        """What the phrases a verb of attack was aimed at name (:meth:`_aim_phrases`): "protesters" of "fired on
        protesters in X"."""
        return [p for phrase in self._aim_phrases(verb) for p in phrase[0].children if p.dep_ == "pobj"]

    def _one_site_hit(self, verb: Token, mention: Mention) -> bool:
        """Whether a verb's object (or passive subject) is one named site or body, not a state: "bombed the X
        supermarket", "the X embassy was stormed" (not "attacked Israel", "struck bases in Y", "hit the group")."""
        if mention.label == "Country" or mention.refers_back:
            return False
        hit = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
        one = [h for h in hit if h.tag_ in {"NN", "NNP"} and not has_child(h, {"conj"})]
        return any(mention.start <= h.i < mention.end for h in one)

    def _one_site_struck(self, verb: Token, places: list[Mention]) -> bool:
        """Whether an undated attack verb tells one act at a named place: in the simple past, by a subject, on one
        thing hit, named first in the singular, or one body of people ("Kyrgyz forces shelled the Isfara district and
        villages near X", "gunmen fired on a police post in X", "troops fired on protesters in Y"; not "attacked the
        homes of ministers", "has struck bases in X", "strikes X", "attacked Israel")."""
        if verb.tag_ != "VBD" or not places or is_unreal(verb) or not subjects_of(verb):
            return False
        hit = [c for c in verb.children if c.dep_ == "dobj"]
        hit += self._aimed_at(verb)
        return len(hit) == 1 and hits_one_body(hit[0])

    def refers_back(self, token: Token) -> Event | None:
        """The earlier event that "the attack", "that strike" or "it" means."""
        if not self.events or (self.is_event_noun(token) and self._over_a_span(token)):
            return None  # "blamed for the killing of 6,000 civilians since 2013": a toll, no incident told before
        told_before = self.is_event_noun(token) and self._told_before(token) and not comes_after(token)  # not "the
        # ensuing engagement", what followed
        if token.lower_ in self.cues.incident_pronouns or told_before or is_terror_act(token):  # "charged with
            # committing a terrorist act": the crime a page's incident is, not a new one
            told = [e for e in self.events if e.cue.i < token.i and not told_in_a_link(e.cue)]  # not "Related: Drones
            earlier = same_year(token, told)  # strike X", another story's; not "the 2021 coup"
            if is_guarded(token):  # "the operation" is an earlier operation, not the latest attack
                earlier = [e for e in earlier if e.cue.lemma_ == token.lemma_]
            elif self._kind(token):  # "the attack" is no crackdown or operation told before, titled or not: "the
                earlier = [e for e in earlier if not is_guarded(e.cue)]  # army launched Operation X ... The attack had
                # killed 40 soldiers" (the enemy's attack the operation answers)
            kind, stated = self._kind(token), _date_of(token, self.doc_date, recent=True)
            stated = stated or event_date(" ".join(t.text for t in when_told(token)), self.doc_date)
            before = date_before(token) if self.is_event_noun(token) else []  # "the February 7 strike", which the
            stated = stated or (event_date(" ".join(t.text for t in before), self.doc_date) if before else "")  # NER
            # did not read as a date
            sent = token.sent.start
            near = token.doc[sent - 1].sent.start if sent else sent  # its sentence or the one before
            near = token.doc[near - 1].sent.start if near and points_back(token) else near  # "those attacks": or the
            # one before that
            earlier = [e for e in earlier if may_mean(kind, stated, e, e.cue.i >= near, self.doc_date)]
            earlier = [e for e in earlier if means_fit(token, kind, e)]  # "the second blast": no offensive
            earlier = [e for e in earlier if spread_fits(token, e)]  # "the violence": no lone killing
            earlier = [e for e in earlier if outside_its_victims(token, e)]  # "killed X, a militiaman responsible for
            # the bombing": X's deed, not the act that killed him
            earlier = [e for e in earlier if named_alike(token, e) and as_many(token, e) and kills_as_many(token, e)]
            earlier = on_the_day(stated, earlier)  # "Wednesday's strike": the one of that day, not Tuesday's
            earlier = described_alike(token, earlier)  # "the drone attack": a drone attack, not the ambush told since
            alike = told_alike(token, earlier)  # "the blast": a bombing told before, not a later raid
            earlier = alike or [e for e in earlier if not other_means(e.cue, token)]  # "the shooting": no explosion
            found = nearest_or_news(earlier, token, first_news(self.events, self.doc_date), self.doc_date)
            return None if found is None or told_since_unmade(token, found, self.events) else found  # "the strike"
            # right after "damaged in an airstrike" that made no incident: that strike, not the assault told before
        return None

    def event_at(self, token: Token) -> Event | None:
        """The event a token names: one found at it or named by a title it ends ("launched Operation Linda Boni": the
        parse's object is the name's last word, unless the NER took the name for an actor's), the earlier one it
        refers back to, or the one it restates."""
        unnamed = self.index.at(token) is None
        for event in self.events:
            if event.cue.i == token.i or (unnamed and event.cue.head.i == token.i and token.i in named_words(event)):
                return event
        earlier = self.refers_back(token)
        if earlier is None and self.is_event_noun(token) and not self._over_a_span(token):
            earlier = restated(token, self.events)  # "X ambushed soldiers in Mugi, an attack the OPM claimed"
        if earlier is None and self.is_event_noun(token):
            earlier = self.told_by_its_verb(token)  # "gunmen killed nine in raids that the OPM claimed"
        return earlier

    def told_by_its_verb(self, noun: Token) -> Event | None:
        """The incident a verb of harm tells that an incident noun after its "in", "during" or passive "by" names too:
        the raids of "gunmen killed 40 villagers in raids that X claimed", the ambush of "nine soldiers were killed in
        an ambush claimed by X" (the incident is the verb's; none when the verb tells none)."""
        verb = noun.head.head
        if noun.dep_ != "pobj" or noun not in told_in(verb):
            return None
        return next((e for e in self.events if e.cue.i == verb.i), None)

    def events_at(self, tokens: Iterable[Token]) -> list[Event]:
        """The distinct events the incident nouns among these tokens name (:meth:`event_at`), in their order."""
        found = [e for t in tokens if self.is_event_noun(t) and (e := self.event_at(t)) is not None]
        return list({id(e): e for e in found}.values())
