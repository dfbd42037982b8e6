"""Which earlier incident a reference back means, and when a harm told by its verb is an incident already named.

"the strike on Shebaa ... the attack": the incident named nearest before it in the text (an incident told by its
verb is found after the sentence's nouns, so the order found is not the text's); "X was killed in a strike in
Gaza": the strike, not a second incident; "The airstrikes hit Banmauk. Two villagers were killed in Naung Kan.": the
killing is the strikes' harm; "the 2021 coup" is no incident of another year named before; "the rebels ambushed
soldiers in Mugi, an attack the OPM claimed": the ambush, restated; "The shooting took place at the sports complex":
the shooting told before, placed.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from spacy.tokens import Token

from graph.seeds import load_seed_yaml
from loaders.compound_incidents import done_by_its_words
from loaders.cues import load_cues
from loaders.date_gaps import days_apart, within_days
from loaders.doc_tree import DESCRIBING_DEPS, has_child, tree_of
from loaders.doc_words import text_of, words_of
from loaders.forces_hit import without_preps
from loaders.incident_aliases import verb_nouns
from loaders.incident_clauses import harm_incident_words, is_baseline
from loaders.incident_kinds import kinds_fit
from loaders.incidents import incident_cues, tells_place
from loaders.months import month_numbers
from loaders.reference_scope import link_pattern

if TYPE_CHECKING:
    from loaders.events import Event

NEWS_DAYS = 7  # how many days before a report an incident it dates is still its news, when its own incident is undated


@cache
def incident_doer_nouns() -> frozenset[str]:
    """The ``incident_doer_nouns`` of seeds/relations.yaml: "attacker", "gunman", "bomber"."""
    return frozenset(load_seed_yaml("relations.yaml")["incident_doer_nouns"])


def done_by_its_doers(verb: Token, events: list[Event], news: Event | None, doc_date: str) -> Event | None:
    """The incident told before that a verb's acts belong to when its subject names the incident's doers by their
    deed alone, with the definite article: in "Gunmen raided Kuna in 2019. Over two days the attackers struck a
    station, two hotels and a cafe." the strikes are the raid's, at its places (:func:`nearest_or_news` picks it).

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("Over two days the attackers struck a station. Gunmen struck a hotel.")
    >>> [bool(_by_the_doers(doc[i])) for i in (5, 10)]
    [True, False]
    """
    if not _by_the_doers(verb):
        return None
    return nearest_or_news([e for e in events if e.cue.i < verb.i], verb, news, doc_date)


def _by_the_doers(verb: Token) -> list[Token]:
    """The subjects of a verb that name an incident's doers by their deed, with "the": "the attackers", "the gunman"."""
    return [
        s
        for s in verb.children
        if s.dep_ == "nsubj" and s.lemma_.lower() in incident_doer_nouns() and has_child(s, {"det"}, {"the"})
    ]


def nearest(earlier: list[Event]) -> Event | None:
    """The incident whose word stands nearest before (the last found of those at one word), passing over one named
    only to measure another by ("the deadliest attack since the Beslan siege"), or None."""
    told = [e for e in earlier if not is_baseline(e.cue)] or earlier
    return max(reversed(told), key=lambda e: e.cue.i) if told else None


@cache
def noun_families() -> dict[str, frozenset[str]]:
    """The family of nouns each incident noun belongs to (``reference_noun_families`` in seeds/relations.yaml):
    "blast" -> {bombing, blast, explosion, bomb}.

    >>> sorted(noun_families()["blast"])
    ['blast', 'bomb', 'bombing', 'explosion']
    """
    families = [frozenset(f) for f in load_seed_yaml("relations.yaml")["reference_noun_families"]]
    return {noun: family for family in families for noun in family}


def noun_of(word: Token) -> str:
    """The noun an incident's word names it by: its own lemma, or a verb's noun ("raided": "raid", "bombed":
    "bombing"; ``verb_nouns``)."""
    lemma = word.lemma_.lower()
    return verb_nouns().get(lemma, lemma) if word.pos_ == "VERB" else lemma


def families_fit(first: Token, second: Token) -> bool:
    """Whether the words of two incidents allow one incident by their nouns' families: the same family, or a noun of
    none ("attack", "strike"); not "a raid" and "ambushes", nor "a bombing" and "a shooting".

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("A raid hit Kano. An ambush hit Kano. The attack was over.")
    >>> families_fit(doc[1], doc[6]), families_fit(doc[1], doc[11])
    (False, True)
    """
    families = noun_families()
    one, other = families.get(noun_of(first)), families.get(noun_of(second))
    return one is None or other is None or one == other


def other_means(first: Token, second: Token) -> bool:
    """Whether the words of two incidents tell two ways of doing it (``means_reference_nouns`` of other families in
    seeds/relations.yaml): "an explosion" and "the shooting", not "a bombing" and "the assault" or "the blast".

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("An explosion hit Kano. The shooting and the assault and the blast went on.")
    >>> other_means(doc[1], doc[6]), other_means(doc[1], doc[9]), other_means(doc[1], doc[12])
    (True, False, False)
    """
    one, other = noun_of(first), noun_of(second)
    return one in means_nouns() and other in means_nouns() and not families_fit(first, second)


def means_fit(noun: Token, kind: str | None, event: Event) -> bool:
    """Whether a reference back by a noun of how an incident was done (``means_reference_nouns`` in
    seeds/relations.yaml: "the blast", "the shooting") may mean an incident: one of a kind it names or whose harm it
    is, not a wider one it could only be a part of ("the second blast" is no offensive told before).

    >>> from loaders.events import Event
    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("An offensive hit Kano. A bombing hit Zaria. The blast and the assault were heard.")
    >>> offensive = Event("o", "Kano offensive", [], doc[1], incident_kind="offensive")
    >>> bombing = Event("b", "Zaria bombing", [], doc[6], incident_kind="attack")
    >>> blast, assault = doc[11], doc[14]
    >>> [means_fit(noun, "attack", e) for noun, e in [(blast, offensive), (blast, bombing), (assault, offensive)]]
    [False, True, True]
    """
    return noun_of(noun) not in means_nouns() or not event.incident_kind or kinds_fit(kind, event.incident_kind)


def spread_fits(noun: Token, event: Event) -> bool:
    """Whether a reference back may mean an incident by how widely each tells violence: "the violence" or "the
    bloodshed" (``spread_violence_nouns`` in seeds/relations.yaml) means clashes or attacks told before, never one
    killing or one blast (``one_act_nouns``).

    >>> from loaders.events import Event
    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("A bomb killed a judge. Clashes broke out. The violence and the attack went on.")
    >>> bomb, clashes = Event("b", "Judge killing", [], doc[1]), Event("c", "Clashes", [], doc[6])
    >>> [spread_fits(noun, e) for noun in (doc[11], doc[14]) for e in (bomb, clashes)]
    [False, True, True, True]
    """
    seeds = load_seed_yaml("relations.yaml")
    return noun.lemma_.lower() not in seeds["spread_violence_nouns"] or noun_of(event.cue) not in seeds["one_act_nouns"]


def outside_its_victims(noun: Token, event: Event) -> bool:
    """Whether a reference back stands outside what is said of the incident's own victims: in "The raid killed Omar
    Haji, a militiaman responsible for the bombing of a bus", the bombing is the victim's earlier deed, never the raid
    that killed him (the incident told by its subject noun or by its verb, and the object its verb hit).

    >>> from loaders.events import Event
    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("The raid killed Omar Haji, a man responsible for the bombing of a bus. The attack ended.")
    >>> raid = Event("r", "Raid", [], doc[1])
    >>> [outside_its_victims(noun, raid) for noun in (doc[11], doc[17])]
    [False, True]
    >>> doc = load_nlp()("The bombing of a convoy killed 40 soldiers, the deadliest attack on the army in decades.")
    >>> outside_its_victims(doc[11], Event("b", "Bombing", [], doc[1]))  # the incident itself, ranked
    True
    """
    cue = event.cue
    verb = cue if cue.pos_ == "VERB" else cue.head if cue.dep_ in {"nsubj", "nsubjpass"} else None
    if verb is None or verb.sent.start != noun.sent.start:
        return True
    victims = {c.i for c in verb.children if c.dep_ in {"dobj", "nsubjpass"} and c.i != cue.i}
    word, described = noun, False
    while word.i not in victims and word.head.i != word.i:
        described = described or word.dep_ in DESCRIBING_DEPS
        word = word.head
    return word.i not in victims or not described  # not in a clause or phrase said of a victim: "a man responsible
    # for the bombing" (the incident itself ranked beside its victims is: "killed 40, the deadliest attack")


@cache
def means_nouns() -> frozenset[str]:
    """The ``means_reference_nouns`` of seeds/relations.yaml: "bombing", "shooting", "downing"."""
    return frozenset(load_seed_yaml("relations.yaml")["means_reference_nouns"])


def told_alike(noun: Token, earlier: list[Event]) -> list[Event]:
    """Of the incidents a reference back may mean, those told by a noun of its family ("the blast" of "a bombing in
    X", "the assault" of "gunmen stormed Y"), which it means before the nearest incident of another noun ("a bombing
    in X ... a raid on Z ... the blast": the bombing); none for a noun of no family ("the attack"), or when none is
    alike.

    >>> from loaders.events import Event
    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("A bombing hit Kano. A raid hit Zaria. The blast was heard.")
    >>> bombing, raid = Event("b", "Kano bombing", [], doc[1]), Event("r", "Zaria raid", [], doc[6])
    >>> [e.name for e in told_alike(doc[11], [bombing, raid])], told_alike(doc[1], [raid])
    (['Kano bombing'], [])
    """
    family = noun_families().get(noun.lemma_.lower())
    plural = [e for e in earlier if noun.tag_ == "NNS" and told_in_plural(noun, e.cue)]  # "the killings": a massacre
    return [e for e in earlier if noun_of(e.cue) in family or e in plural] if family else []


def first_news(events: list[Event], doc_date: str) -> Event | None:
    """The page's own incident: the one told first in the text (the headline's, or the first told as news), passing
    over any of a year before the document's and any told in a link to another story ("Related: ...")."""
    told = [e for e in events if not is_background(e.date, doc_date) and not told_in_a_link(e.cue)]
    return min(told, key=lambda e: e.cue.i) if told else None


def told_in_a_link(cue: Token) -> bool:
    """Whether an incident's word stands in a line that links to another story ("Related: U.S. strike kills X").

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("Related: A strike kills two\\n\\nA raid hit the town.")
    >>> told_in_a_link(doc[3]), told_in_a_link(doc[9])
    (True, False)
    """
    text = text_of(cue.doc)
    start = text.rfind("\n", 0, cue.idx) + 1
    end = text.find("\n", cue.idx)
    return link_pattern().search(text[start : end if end >= 0 else len(text)]) is not None


def told_before_news(event: Event, news: Event, doc_date: str) -> bool:
    """Whether an incident is dated before the page's own one, too long before to be it: "a double suicide bombing in
    Kerman on Jan. 3" in a report of an Iranian strike on Erbil on Jan. 15 (the page's incident dated by its day, else
    by the document's).

    >>> from loaders.events import Event
    >>> from loaders.nlp import load_nlp
    >>> cue = load_nlp()("attack")[0]
    >>> news = Event("k", "Erbil strike", [], cue, "2024-01")
    >>> told_before_news(Event("b", "Kerman bombing", [], cue, "2024-01-03"), news, "2024-01-16")
    True
    >>> told_before_news(Event("c", "Erbil raid", [], cue, "2024-01-15"), news, "2024-01-16")
    False
    >>> told_before_news(Event("d", "Erbil raid", [], cue, "2024-01-12"), news, "2024-01-16")
    False
    """
    dated = len(news.date) == len("2024-01-15")
    when = news.date if dated else doc_date
    apart = days_apart(event.date, doc_date)
    if not dated and apart is not None and apart <= NEWS_DAYS:
        return False  # "On Tuesday" in a report of Friday whose own incident is undated: the week's news too
    return event is not news and bool(event.date) and event.date < when and not dates_allow(when, event.date)


def nearest_or_news(earlier: list[Event], token: Token, news: Event | None, doc_date: str) -> Event | None:
    """The incident a reference back means among those that fit (``earlier``): the nearest (:func:`nearest`), unless
    that one was told in passing (dated before the page's own incident, :func:`told_before_news`, or told in a
    relative clause, :func:`told_in_a_relative_clause`) and not in the reference's sentence or the one before, while
    the page's own incident fits too: "The United States condemned the attack" paragraphs after a background bombing
    of two weeks earlier, or after "the group that claimed a bombing in Kerman", means the page's own strike ("those
    attacks" still means the nearest: :func:`points_back`). An
    incident of a year before the page's (:func:`is_background`) told in a clause that describes someone is passed
    over even in the reference's sentence, for the nearest other that fits: "A gunman shot ten people on Monday. The
    group, blamed for the 2008 bombings, denied any role in the attack" means the shooting."""
    if points_back(token):  # "those attacks": what was just told, even in passing
        return nearest(earlier)
    earlier = [e for e in earlier if not told_in_passing(e, doc_date)] or earlier
    found = nearest(earlier)
    if found is None or news is None or news not in earlier:
        return found
    start = token.sent.start
    near = token.doc[start - 1].sent.start if start else start
    aside = told_before_news(found, news, doc_date) or told_in_a_relative_clause(found.cue)
    return news if found.cue.i < near and aside else found


def told_since_unmade(token: Token, found: Event, events: list[Event]) -> bool:
    """Whether a noun of the reference's own word with "a" or "an" ("an airstrike" before "the strike") stands between
    the incident found for it and the reference, in the reference's sentence or the one before, and made no incident:
    the reference means that one, which the page did not tell enough of to make ("The regime's assault on Bhamo went
    on. A monastery was damaged in an airstrike last week. The group said the strike was carried out by jets": not
    the assault); not one that only describes an incident told ("gunmen killed 145 people, an attack claimed by X").

    >>> from loaders.events import Event
    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("The assault went on. A school was hit in an airstrike. The strike was blamed on jets.")
    >>> assault = Event("a", "Bhamo assault", [], doc[1])
    >>> strike = Event("s", "School airstrike", [], doc[11])
    >>> told_since_unmade(doc[14], assault, [assault]), told_since_unmade(doc[14], assault, [assault, strike])
    (True, False)
    """
    start = token.sent.start
    near = token.doc[start - 1].sent.start if start else start
    made = {e.cue.i for e in events}
    word = token.lemma_.lower()
    return any(
        t.i not in made
        and t.dep_ in {"nsubj", "nsubjpass", "dobj", "pobj"}  # not "said the bombing was a suicide attack", "killed
        and t.pos_ == "NOUN"  # 145 people, an attack claimed by X": words that describe the incident told
        and t.lemma_.lower().endswith(word)
        and has_child(t, {"det"}, {"a", "an"})
        and restated(t, events) is None
        for t in token.doc[max(near, found.cue.i + 1) : token.i]
    )


@cache
def pointing_determiners() -> frozenset[str]:
    """The ``pointing_determiners`` of seeds/relations.yaml: "that", "those"."""
    return frozenset(load_seed_yaml("relations.yaml")["pointing_determiners"])


def points_back(token: Token) -> bool:
    """Whether a reference back points at what was just told ("those attacks", "that bombing"; not "the attack").

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("Those attacks were claimed by X. The attack was claimed by Y.")
    >>> points_back(doc[1]), points_back(doc[8])
    (True, False)
    """
    return has_child(token, {"det"}, pointing_determiners())


def told_in_passing(event: Event, doc_date: str) -> bool:
    """Whether an incident of a year before the page's (:func:`is_background`) is told in a clause that describes
    someone or something, relative ("the group that claimed a bombing in 2019") or participial ("the group, blamed for
    the 2008 bombings"): background, which a later "the attack" does not mean.

    >>> from loaders.events import Event
    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("The group, blamed for the 2008 bombings, denied any role in the attack.")
    >>> told_in_passing(Event("a", "2008 bombings", [], doc[7], "2008"), "2024-05-07")
    True
    >>> told_in_passing(Event("b", "attack", [], doc[15], "2008"), "2024-05-07")
    False
    >>> told_in_passing(Event("c", "2024 bombings", [], doc[7], "2024-05"), "2024-05-07")
    False
    """
    return is_background(event.date, doc_date) and any(t.dep_ in {"relcl", "acl"} for t in event.cue.ancestors)


def told_in_a_relative_clause(cue: Token) -> bool:
    """Whether an incident is told in a relative clause that describes someone ("Islamic State, the group that
    claimed a bombing in Kerman"): told in passing, not as the page's news.

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("Police blamed the group that claimed a bombing in Basra.")
    >>> told_in_a_relative_clause(doc[7]), told_in_a_relative_clause(doc[3])
    (True, False)
    """
    return any(t.dep_ == "relcl" for t in cue.ancestors)


def placed_again(cue: Token) -> bool:
    """Whether an incident noun told before only says where that incident happened: "The shooting took place at the
    sports complex", "the strike hit a building in Gaza" (not "the second attack took place in May", "the Garissa
    attack took place", "Monday's attack": those words tell which incident, maybe another).

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("The shooting took place at a sports complex. The second shooting took place in May.")
    >>> placed_again(doc[1]), placed_again(doc[11])
    (True, False)
    """
    plain = [c.dep_ for c in cue.lefts] == ["det"]  # "the shooting", not "the Garissa attack", "the second attack"
    undated = not any(t.ent_type_ in {"DATE", "TIME"} for t in cue.head.subtree)  # not "took place in March 2015"
    return cue.dep_ == "nsubj" and plain and undated and tells_place(cue.head)


def told_in(verb: Token) -> list[Token]:
    """The words of the incident a harm happened in, by the verb's "in", "during" or passive "by": "X was killed in a
    strike in Gaza", "two died during the raid", "X was killed by a drone strike" (that incident's words, whether an
    incident noun or not)."""
    return harm_incident_words(verb)


def harm_of_the_deed(verb: Token) -> list[Token]:
    """The object of the deed a harm's participle follows: "strike" of "forces conducted a strike in Baghdad, killing
    X" (the strike killed X), none for a harm told by a finite verb ("conducted a raid and killed X")."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBG":
        return []
    return [c for c in verb.head.children if c.dep_ == "dobj"]


def just_before(verb: Token, events: list[Event]) -> Event | None:
    """The incident named last in the sentence of an undated harm told by its verb or the one before it: in "Junta
    airstrikes hit Banmauk on Thursday. Two villagers were killed in Naung Kan village." the killing is the strikes'
    harm, not a second incident (one with its own date is: "On October 14, security forces killed eight in X")."""
    start = verb.sent.start
    start = verb.doc[start - 1].sent.start if start else start
    return nearest([e for e in events if start <= e.cue.i < verb.i])


ACT_REACH = 2  # how many sentences before a reference back its act may be told in


def acts_before(noun: Token, kinds: dict[str, str], kind: str | None) -> list[Token]:
    """The verbs of acts a reference back of a ``kind`` may name ("the massacre" of "gunmen stormed a hall", "the
    assault" of "fighters raided a base"), told before it in its sentence or the :data:`ACT_REACH` before, nearest
    first; ``kinds`` gives the kind of incident a verb's lemma tells.

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("Gunmen stormed a hall in Kuna on Monday. Police said the assault lasted an hour.")
    >>> [v.text for v in acts_before(doc[10], load_cues().event_kinds, "attack")]
    ['stormed']
    """
    doc, start = noun.doc, noun.sent.start
    for _ in range(ACT_REACH):
        start = doc[start - 1].sent.start if start else start
    pos, lemma = tree_of(doc).pos, words_of(doc).lemma  # read by position: a ``Token`` made only for a verb found
    verbs = [doc[i] for i in range(start, noun.i) if pos[i] == "VERB" and lemma[i] in kinds]
    verbs = [v for v in verbs if done_by_its_words(v)]  # "a jet crashed" names "the crash"; "markets crashed" none
    return [v for v in reversed(verbs) if kind and referred_as(kind, kinds[v.lemma_.lower()])]


def restated(noun: Token, events: list[Event]) -> Event | None:
    """The incident an incident noun set beside a clause restates: "the rebels ambushed soldiers in Mugi, an attack
    the OPM claimed", "a bomb killed six in Gao on Monday, an attack no group has claimed" (the one named nearest before
    it in its sentence; none for a noun with its own determiner of reference, or beside nothing); the last of those a
    bare plural restates (:func:`restated_all`)."""
    if (every := restated_all(noun, events)) or not any(c.lower_ in {"a", "an"} for c in noun.children):
        return every[-1] if every else None
    if noun.dep_ not in {"appos", "npadvmod"} and not set_off_object(noun):
        return None
    start = noun.sent.start  # read once: ``token.sent`` walks the parse at each reading
    return nearest([e for e in events if start <= e.cue.i < noun.i])


def restated_all(noun: Token, events: list[Event]) -> list[Event]:
    """The incidents a bare plural incident noun set off by a comma after the clauses that tell them restates, all
    those named before it in its sentence: "X was killed in Vienna in 1989, and Y was shot dead in Berlin in 1992,
    killings that courts attributed to Z" (none for a plural with a determiner, a count or an owner of its own: "its
    attacks", "two attacks", nor one that is a clause's subject or object: "killings of dissidents were common")."""
    if noun.tag_ != "NNS" or not noun.i or noun.doc[noun.i - 1].text != ",":
        return []
    if noun.dep_ not in {"appos", "npadvmod", "conj", "oprd"} or has_child(noun, {"det", "poss", "nummod"}):
        return []
    start = noun.sent.start
    return sorted((e for e in events if start <= e.cue.i < noun.i), key=lambda e: e.cue.i)


def set_off_object(noun: Token) -> bool:
    """Whether a verb's object is a noun the parse took for it that a comma sets off after the verb's own words, an
    apposition to the clause: "gunmen ambushed a convoy, killing nine soldiers, an attack X claimed" ("an attack" hangs
    on "killing"; not "killed, in May, a soldier", whose object has no article right after the comma).

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("The rebels ambushed soldiers in Mugi, killing several, an attack the OPM claimed.")
    >>> set_off_object(doc[11]), set_off_object(doc[3])
    (True, False)
    """
    article = next((c for c in noun.children if c.dep_ == "det" and c.lower_ in {"a", "an"}), None)
    if noun.dep_ != "dobj" or article is None or not article.i:
        return False
    comma = noun.doc[article.i - 1]
    return comma.text == "," and noun.head.i < comma.i - 1


def same_year(noun: Token, earlier: list[Event]) -> list[Event]:
    """The earlier incidents a reference back may mean when it names its own year: "the 2021 coup", "the 2016 theft"
    (none dated another year; all of them when it names none).

    >>> from loaders.nlp import load_nlp
    >>> same_year(load_nlp()("the 2021 coup")[2], [])
    []
    """
    years = [c.text for c in noun.children if c.dep_ in {"nummod", "compound", "amod"} and is_year(c.text)]
    if not years:
        return earlier
    return [e for e in earlier if not e.date or e.date.startswith(years[0])]


def is_year(word: str) -> bool:
    """Whether a word is a year ("2021", "1998")."""
    return len(word) == 4 and word.isdecimal() and word[:2] in {"19", "20"}


def may_mean(kind: str | None, stated: str, event: Event, near: bool, doc_date: str) -> bool:
    """Whether a reference back of a kind of incident ("the offensive", "Wednesday's strike") may mean an earlier
    incident: one of a kind it may name (:func:`referred_as`; any when a kind is unknown), on a date that allows the day
    or month the reference states (:func:`dates_allow`), and not one of a past year named before the sentence
    just before it (:func:`is_background`) unless the reference is ``near`` it or states a date that allows it
    ("After the May 2022 assault" of an assault of May 2022 told paragraphs before). A reference of a kind that means
    only its own (``own_kind_references``: "the unrest") never means an incident of no known kind."""
    unknown_fits = not event.incident_kind and kind not in incident_cues().own_kind_references  # "the unrest" is no
    # missile fire told by a verb of no known kind
    return (
        (not kind or unknown_fits or referred_as(kind, event.incident_kind))
        and dates_allow(stated, event.date)
        and (near or bool(stated) or not is_background(event.date, doc_date))
    )


def referred_as(kind: str, event_kind: str | None) -> bool:
    """Whether a reference back of a kind may mean an incident of another: kinds that fit (:func:`kinds_fit`), or an
    incident of a kind a reference may name by a narrower one ("the assault" of an offensive; ``referred_as_kinds`` in
    seeds/relations.yaml), not "the offensive" of a strike.

    >>> referred_as("attack", "offensive"), referred_as("offensive", "attack"), referred_as("attack", None)
    (True, False, False)
    >>> referred_as("attack", "jailbreak")
    True
    """
    wider = event_kind is not None and incident_cues().referred_as_kinds.get(event_kind) == kind
    return kinds_fit(kind, event_kind) or wider


def dates_allow(stated: str, date: str) -> bool:
    """Whether an incident's date allows the day or month a reference states ("Wednesday's strike" is no incident
    of ten days before; "Tuesday's raid" none of 2017): full days at most two days apart, else one within the other.

    >>> dates_allow("2024-02-07", "2024-01-28"), dates_allow("2024-02-07", "2024-02"), dates_allow("2022-05-24", "2017")
    (False, True, False)
    >>> dates_allow("", "1983"), dates_allow("2024-02-07", "")
    (True, True)
    """
    if not stated or not date:
        return True
    if days_apart(stated, date) is not None:
        return within_days(stated, date)
    return stated.startswith(date) or date.startswith(stated)


def on_the_day(stated: str, earlier: list[Event]) -> list[Event]:
    """Of the incidents a reference back that states its day may mean ("Wednesday's strike"), those dated that very
    day when one is: a strike of Tuesday told nearer fits the day too (:func:`dates_allow` leaves two days' play), and
    one dated only by its month (told with no day) may be any day of it, but neither is the one meant. All of them
    when the reference states no day or none is of it.

    >>> from loaders.events import Event
    >>> from loaders.nlp import load_nlp
    >>> cue = load_nlp()("strike")[0]
    >>> tuesday = Event("t", "Tuesday", [], cue, "2024-02-06")
    >>> wednesday = Event("w", "Wednesday", [], cue, "2024-02-07")
    >>> february = Event("f", "February", [], cue, "2024-02")
    >>> [e.name for e in on_the_day("2024-02-07", [wednesday, february, tuesday])]
    ['Wednesday']
    >>> len(on_the_day("2024-02", [tuesday]))
    1
    """
    if not any(e.date == stated for e in earlier) or days_apart(stated, stated) is None:
        return earlier
    return [e for e in earlier if e.date == stated]


@cache  # asked of every earlier incident at each reference back, of a few dates a page
def is_background(date: str, doc_date: str) -> bool:
    """Whether an incident is of a year before the document's ("the 1983 bombings" in a report of 2024): background,
    which a later "the strike" of the report does not mean.

    >>> is_background("1983", "2024-10-29"), is_background("2024-09-27", "2024-10-29"), is_background("2023", "")
    (True, False, False)
    >>> is_background("2024-12-31", "2025-01-03"), is_background("2024-11", "2025-01-03")
    (False, True)
    """
    if _months(date) and _months(doc_date) and _months(doc_date) - _months(date) <= 1:
        return False  # "On Tuesday" in a report of a Friday in January: the week's news, though of the year before
    return is_year(date[:4]) and is_year(doc_date[:4]) and date[:4] < doc_date[:4]


def _months(date: str) -> int:
    """The months since year 0 of an ISO date with a month ("2024-12" -> 24299), or 0.

    >>> _months("2024-12-31"), _months("2024")
    (24299, 0)
    """
    if len(date) < 7 or not (is_year(date[:4]) and date[5:7].isdecimal()):
        return 0
    return int(date[:4]) * 12 + int(date[5:7]) - 1


def named_alike(noun: Token, event: Event) -> bool:
    """Whether the names a reference back gives ("the Makeen assault", "the Jordan attack", "Islamic State's assault";
    not a day's: "Friday's attack"; the place it puts its incident at, unless it is the word the incident was told by:
    "the bombings in Quetta" after "gunmen opened fire in Kalat") are among an earlier incident's words (its names and
    places), so that it means that incident and not the latest one of its kind.

    >>> from loaders.events import Event
    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("The Makeen assault killed six.")
    >>> named_alike(doc[2], Event("k", "Barmal air strike", ["an air strike in Barmal"], doc[2]))
    False
    >>> doc = load_nlp()("Police blamed the group for the bombings in Quetta.")
    >>> named_alike(doc[6], Event("k", "Kalat shooting", ["gunmen opened fire in Kalat"], doc[1]))
    False
    >>> named_alike(doc[6], Event("k", "Quetta bombing", ["a bombing in Quetta"], doc[1]))
    True
    """
    names = [c.lower_ for c in noun.lefts if c.dep_ in {"compound", "nmod", "amod"} and c.pos_ == "PROPN"]
    names = [n for n in names if n not in month_numbers()]  # "the May 2022 assault": a date, no name
    names += [c.lower_ for c in noun.lefts if c.dep_ == "poss" and c.pos_ == "PROPN" and c.ent_type_ != "DATE"]
    names += [t.lower_ for t in placed_in(noun)] if noun.lemma_ != event.cue.lemma_ else []  # "A strike in Gaza
    # ... the strike in Deir al-Balah": the same word told again, at a closer place
    names += [t.lower_ for t in named_target(noun)]  # "the abduction of the Emir of Wawa": not the kidnapping of X
    told = told_words(event)
    return all(name in told for name in names)


def told_words(event: Event) -> str:
    """The words an incident was told by, lowercase: its name, every phrase that named it, its places and targets."""
    return " ".join([event.name, *event.surfaces, *(m.name for m in event.places + event.targets)]).lower()


def described_alike(noun: Token, earlier: list[Event]) -> list[Event]:
    """Of the incidents a reference back may mean, those told with the nouns that describe it ("the drone attack",
    "the rocket attack", "the mosque bombing": a drone attack told before, not an ambush told since); all of them
    when none is, or when the reference has no such noun ("the attack", "Friday's attack").

    >>> from loaders.events import Event
    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("A drone attack hit Kuna. Gunmen ambushed a patrol. X claimed the drone attack.")
    >>> drone = Event("d", "Kuna drone attack", ["a drone attack"], doc[2])
    >>> ambush = Event("a", "Patrol ambush", ["ambushed a patrol"], doc[7])
    >>> [e.name for e in described_alike(doc[15], [drone, ambush])], len(described_alike(doc[2], [ambush]))
    (['Kuna drone attack'], 1)
    """
    words = [c.lower_ for c in noun.lefts if c.dep_ in {"compound", "amod"} and c.pos_ == "NOUN" and not c.ent_type_]
    if not words:
        return earlier
    alike = [e for e in earlier if all(re.search(rf"\b{re.escape(w)}", told_words(e)) for w in words)]
    return alike or earlier


def named_target(noun: Token) -> list[Token]:
    """The proper names of what a reference back says its incident struck, by its "of" ("the storming of the Abu
    al-Duhur airbase", "the abduction of the Emir of Wawa"), up to their prepositions and clauses.

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("Police blamed the group for the abduction of the Emir of Wawa.")
    >>> [t.text for t in named_target(doc[6])], named_target(doc[3])
    (['Emir'], [])
    """
    objects = [o for p in noun.rights if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    return [t for o in objects for t in without_preps(o) if t.pos_ == "PROPN" and t.ent_type_ != "DATE"]


def placed_in(noun: Token) -> list[Token]:
    """The names of the places a reference back puts its incident at by a preposition of place of its own ("the
    bombings in Quetta", "the attack at Kalat"; ``place_preps`` and ``noun_place_preps`` in seeds/relations.yaml).

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("Police blamed the group for the bombings in Quetta.")
    >>> [t.text for t in placed_in(doc[6])], placed_in(doc[3])
    (['Quetta'], [])
    """
    cues = load_cues()
    preps = [c for c in noun.rights if c.dep_ == "prep" and c.lower_ in cues.place_preps | cues.noun_place_preps]
    return [o for p in preps for o in p.children if o.dep_ == "pobj" and o.pos_ == "PROPN" and o.ent_type_ != "DATE"]


@cache
def mass_killing_nouns() -> frozenset[str]:
    """The ``mass_killing_nouns`` of seeds/relations.yaml: "massacre"."""
    return frozenset(load_seed_yaml("relations.yaml")["mass_killing_nouns"])


def kills_as_many(noun: Token, event: Event) -> bool:
    """Whether a reference back may mean an incident by how many it killed: "the massacre", or "the killings" in the
    plural, is no killing of one person told before.

    >>> from loaders.events import Event
    >>> from loaders.mentions import Mention
    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("Troops killed Omar Diallo. The massacre shocked Gao.")
    >>> omar = Mention(2, 4, 0, 0, "Omar Diallo", "Person", "Omar Diallo")
    >>> one = Event("k", "Omar Diallo killing", [], doc[1], targets=[omar])
    >>> kills_as_many(doc[6], one), kills_as_many(doc[6], Event("k", "Gao attack", [], doc[1]))
    (False, True)
    >>> doc = load_nlp()("Troops killed Omar Diallo. The killings and the killing shocked Gao.")
    >>> kills_as_many(doc[6], one), kills_as_many(doc[9], one)
    (False, True)
    """
    lemma = noun.lemma_.lower()
    killings = noun.tag_ == "NNS" and lemma in noun_families().get("killing", frozenset())
    if lemma not in mass_killing_nouns() and not killings:
        return True
    return not (len(event.targets) == 1 and event.targets[0].label == "Person")


def as_many(noun: Token, event: Event) -> bool:
    """Whether a reference back may mean an incident by its number: "the attacks" are no one "drone strike on an
    airfield" told before (they may be strikes told by their verb, incidents told in the plural, or one told as
    striking several sites: "the bombings" of "the attack on two nightclubs").

    >>> from loaders.events import Event
    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("A drone strike hit the airfield. The attacks continued.")
    >>> as_many(doc[8], Event("k", "Airfield drone strike", [], doc[2])), as_many(doc[2], Event("k", "x", [], doc[8]))
    (False, True)
    """
    return noun.tag_ != "NNS" or event.cue.tag_ != "NN" or told_in_plural(noun, event.cue) or hits_several(event.cue)


def hits_several(cue: Token) -> bool:
    """Whether an incident noun is told as striking several sites by its own "on" or "against": "the attack on two
    nightclubs", "a raid on police stations" (not "an attack on a hotel", "a strike on the city").

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("The attack on two nightclubs and a raid on the hotel shocked the town.")
    >>> hits_several(doc[1]), hits_several(doc[7])
    (True, False)
    """
    preps = [p for p in cue.rights if p.dep_ == "prep" and load_cues().event_preps.get(p.lower_) == "target"]
    return any(o.dep_ == "pobj" and o.tag_ == "NNS" for p in preps for o in p.children)


def told_in_plural(noun: Token, cue: Token) -> bool:
    """Whether a plural reference back names one incident of many deaths by its deaths: "the killings" of "a massacre
    in X" (``plural_referred_nouns`` in seeds/relations.yaml).

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("A massacre hit the village. The killings and the attacks went on.")
    >>> told_in_plural(doc[7], doc[1]), told_in_plural(doc[10], doc[1])
    (True, False)
    """
    return noun.lemma_.lower() in incident_cues().plural_referred_nouns.get(cue.lemma_.lower(), frozenset())


def when_told(noun: Token) -> list[Token]:
    """The date words of a "when" clause of the verb a reference back hangs on: "When 110 girls were taken from a
    school in X in February 2018, the abduction was blamed on Y" speaks of an incident of February 2018.

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("When gunmen seized a bus near Orra in May 2019, the kidnapping was blamed on the rebels.")
    >>> [t.text for t in when_told(doc[13])]
    ['May', '2019']
    >>> when_told(load_nlp()("In May 2019 the kidnapping was blamed on the rebels.")[4])
    []
    """
    clauses = [c for c in noun.head.children if c.dep_ == "advcl" and any(w.lower_ == "when" for w in c.children)]
    before = [c for c in noun.head.children if c.dep_ == "prep" and c.i < noun.i] if clauses else []  # the parse may
    # hang the clause's "in February 2018" on the verb
    return [t for c in clauses + before for t in c.subtree if t.ent_type_ == "DATE"]
