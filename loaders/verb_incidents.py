"""Incidents told by their verb: when a time said relative to the report dates one ("attacked a school last
month", "raided a village last week"), the shorter phrases that name one ("struck two cars in X" of "struck
two cars in X, about 10 kilometres from Y"), the kind a particle makes ("shot down": an attack), the weapon the place
may hang on ("with a grenade in X"), the sieges a span dates ("has besieged X since May"), the clause of what its
victims were doing that may hold its place ("killed 12 worshippers as they prayed in a mosque in X") and the prison
breaks told by "freed" ("gunmen freed 900 inmates from X").

The cue words are the ``verb_incidents`` block of ``seeds/relations.yaml``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from graph.seeds import load_seed_yaml
from loaders.blame_phrases import relative_object
from loaders.cues import load_cues
from loaders.doc_tree import has_child
from loaders.hit_owners import named_as
from loaders.mentions import Mention, facility_nouns
from loaders.place_names import place_name_words
from loaders.relative_days import relative_day_words, tells_a_day
from loaders.syntax import conjuncts, prep_objects


@cache
def relative_time_words() -> frozenset[str]:
    """Words that make a date phrase a time relative to the report: "last month", "last week"."""
    block = load_seed_yaml("relations.yaml")["verb_incidents"]  # a missing key is a one-line SeedKeyError
    return frozenset(block["relative_time_words"])


def relative_time(dated: list[Token]) -> bool:
    """Whether the date phrases on a verb say a time relative to the report ("last month", "the previous week"), a
    point and not a span ("in the last few years" is no one incident)."""
    words = relative_time_words()
    tokens = [t for c in dated for t in c.subtree if t.ent_type_ == "DATE"]
    return any(t.lower_ in words for t in tokens) and not any(t.tag_ == "NNS" for t in tokens)


def dates_a_verb(phrase: Token) -> bool:
    """Whether a phrase on a verb dates it: "in May", "last week", "on Sunday", "overnight", and a day with its time
    of day, which the NER reads as a time, not a date ("on Friday evening", "Monday night", "this morning").

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("Gunmen stormed the hotel on Friday evening and held it for hours.")
    >>> [t.text for t in doc[1].children if dates_a_verb(t)]
    ['on']
    >>> [t.text for t in load_nlp()("Rebels shelled the camp this morning.")[1].children if dates_a_verb(t)]
    ['morning']
    """
    if phrase.dep_ == "advmod":  # "struck a base overnight"
        return phrase.lower_ in relative_day_words()
    if phrase.dep_ == "npadvmod":
        return phrase.ent_type_ == "DATE" or _day_with_its_time(phrase)
    if phrase.dep_ == "prep":
        return any(p.ent_type_ == "DATE" or _day_with_its_time(p) for p in phrase.children if p.dep_ == "pobj")
    return False


def _day_with_its_time(noun: Token) -> bool:
    """ "Friday evening", "Monday night", "tonight", "this morning": a time of a day the report names by its own
    date."""
    return noun.ent_type_ == "TIME" and any(tells_a_day(t) for t in noun.subtree)


@dataclass(frozen=True)
class PhrasalAttack:
    """A verb of attack only with one of its ``words`` as particle or object ("blew up", "opened fire"), and, when
    ``objects`` are given, one of them as its object ("set off a bomb", not "set off a war")."""

    words: frozenset[str]
    objects: frozenset[str]


@cache
def phrasal_attacks() -> dict[str, PhrasalAttack]:
    """The verbs of attack with their words, keyed by the verb's lemma: "blow" (up), "set" (off), "open" (fire)."""
    block = load_seed_yaml("relations.yaml")["verb_incidents"]["phrasal_attacks"]
    return {
        verb: PhrasalAttack(frozenset(spec["words"]), frozenset(spec.get("objects", ())))
        for verb, spec in block.items()
    }


@cache
def ramming_cues() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The verbs, the prepositions and the people hit of a vehicle driven into people (the ``rammings`` of
    ``verb_incidents``)."""
    block = load_seed_yaml("relations.yaml")["verb_incidents"]["rammings"]
    return frozenset(block["verbs"]), frozenset(block["preps"]), frozenset(block["people"])


def rams_into_people(verb: Token) -> bool:
    """Whether a verb tells a vehicle driven into people: "a man drove a car into a crowd", "a van ploughed into
    pedestrians" (not "troops drove into the city", "the car crashed into a tree").

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("A van ploughed into pedestrians. Troops drove into the city. A car crashed into a tree.")
    >>> [t.text for t in doc if rams_into_people(t)]
    ['ploughed']
    """
    verbs, preps, people = ramming_cues()
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in verbs:
        return False
    return any(h.lemma_.lower() in people or h.lower_ in people for h in prep_objects(verb, preps))


def attacks_by_phrase(verb: Token) -> bool:
    """Whether a verb tells an attack with its particle or object: "a truck bomb blew up at a base", "militants set
    off a bomb", "gunmen opened fire on a bus" (not "set off a war"; "the talks blew up" hits no one, which the
    verb's readers see), or a vehicle driven into people (:func:`rams_into_people`).

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("Gunmen opened fire on a bus and set off a bomb. The collapse set off a war.")
    >>> [t.text for t in doc if attacks_by_phrase(t)]
    ['opened', 'set']
    """
    if rams_into_people(verb):
        return True
    phrasal = phrasal_attacks().get(verb.lemma_.lower())
    if phrasal is None or verb.pos_ != "VERB":
        return False
    if not has_child(verb, {"prt", "dobj"}, phrasal.words):
        return False
    objects = [o for t in phrasal_objects(verb) for o in (t, *prep_objects(t, {"of"}))]  # "a number of drones"
    return not phrasal.objects or any(named_as(o, phrasal.objects) for o in objects)


def phrasal_objects(verb: Token) -> list[Token]:
    """What a verb of attack acted on, as an active, a passive or a relative clause writes it: "shot down a drone", "a
    drone was shot down", "the drone, which X shot down", "the drone X shot down".

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("A jet was shot down by Syria. The drone, which the rebels shot down, fell in a field.")
    >>> [t.text for t in phrasal_objects(doc[3])], [t.text for t in phrasal_objects(doc[14])]
    (['jet'], ['drone'])
    """
    objects = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    if verb.dep_ == "relcl" and any(o.lower_ in load_cues().relative_pronouns for o in objects):
        return [verb.head]  # "the drone, which X shot down", "the drone, which was shot down by X"
    return objects or relative_object(verb)  # "the drone X shot down"


@cache
def phrasal_kidnaps() -> dict[str, frozenset[str]]:
    """The verbs of kidnapping with their words, keyed by the verb's lemma: "take" (hostage), "seize" (pupils)."""
    block = load_seed_yaml("relations.yaml")["verb_incidents"]["phrasal_kidnaps"]
    return {verb: frozenset(words) for verb, words in block.items()}


def kidnaps_by_phrase(verb: Token) -> bool:
    """Whether a verb tells a kidnapping with its object or complement: "gunmen took three engineers hostage", "X was
    taken hostage", "bandits seized 80 pupils", "five engineers were seized" (not "took the town", "seized the town").

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("Gunmen took three engineers hostage. Rebels took the town. Bandits seized 80 pupils.")
    >>> [t.text for t in doc if kidnaps_by_phrase(t)]
    ['took', 'seized']
    """
    return bool(kidnap_words(verb))


def kidnap_words(verb: Token) -> list[Token]:
    """The words that make a verb tell a kidnapping ("hostage" of "X was taken hostage in Y", where the parse may hang
    the place, and of "took X hostage", which it may read as a clause of its own), or none.

    >>> from loaders.nlp import load_nlp
    >>> [t.text for t in kidnap_words(load_nlp()("Two engineers were taken hostage in Gao.")[3])]
    ['hostage']
    """
    words = phrasal_kidnaps().get(verb.lemma_.lower())
    if words is None or verb.pos_ != "VERB":
        return []
    return [
        c
        for c in verb.children
        if c.dep_ in {"dobj", "oprd", "npadvmod", "attr", "nsubjpass", "advcl", "xcomp"} and c.lower_ in words
    ]


def held_people(word: Token) -> list[Token]:
    """The people a kidnapping's word names when the parse hangs them on it: "two Israeli soldiers" of "gunmen took
    two Israeli soldiers hostage", read as a compound of "hostage" (the word itself when it names nobody else).

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("Gunmen took two Israeli soldiers hostage near Gaza.")
    >>> [t.text for t in held_people(doc[5])]
    ['soldiers']
    """
    verb = word.head
    if word.dep_ != "dobj" or word not in kidnap_words(verb):
        return [word]
    return [c for c in word.children if c.dep_ == "compound" and c.pos_ in {"NOUN", "PROPN"}] or [word]


@cache
def span_preps() -> frozenset[str]:
    """Prepositions whose date is the start or the length of a span: "since 2017", "throughout 2023"."""
    return frozenset(load_seed_yaml("relations.yaml")["verb_incidents"]["span_preps"])


@cache
def siege_verbs() -> frozenset[str]:
    """Verbs of a siege, an act that lasts: "besiege"."""
    return frozenset(load_seed_yaml("relations.yaml")["verb_incidents"]["siege_verbs"])


def lays_siege(verb: Token) -> bool:
    """Whether a verb tells a siege, one act however long it lasts: "has besieged X since May" (a span that dates it,
    not a toll of many acts).

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("Militias have besieged the town since May and attacked convoys.")
    >>> [t.text for t in doc if lays_siege(t)]
    ['besieged']
    """
    return verb.pos_ == "VERB" and verb.lemma_.lower() in siege_verbs()


def over_a_span(dated: list[Token]) -> bool:
    """Whether a verb's date phrases give a span ("killed in the region since 2017", "attacked X in the last few
    years", "in recent months"; not "four years ago"): the harm of many days, no one incident.

    >>> from loaders.nlp import load_nlp
    >>> def spanned(text: str) -> bool:
    ...     verb = next(t for t in load_nlp()(text) if t.lemma_ == "attack")
    ...     return over_a_span([c for c in verb.children if dates_a_verb(c)])
    >>> spanned("Rebels attacked the school in recent months."), spanned("Rebels attacked the school in May.")
    (True, False)
    """
    spanned = any(c.dep_ == "prep" and c.lower_ in span_preps() for c in dated)
    return spanned or any(_uncounted_plural(t) for c in dated for t in c.subtree)


def _uncounted_plural(token: Token) -> bool:
    """Whether a word of a date is a plural no number counts ("the last few years", "recent months")."""
    return token.ent_type_ == "DATE" and token.tag_ == "NNS" and not any(c.like_num for c in token.children)


@cache
def hit_groups() -> frozenset[str]:
    """The plural nouns of people gathered in one place that one act may hit: the ``hit_groups`` of
    ``verb_incidents`` with the ``victims`` of ``violence`` ("protesters", "soldiers")."""
    data = load_seed_yaml("relations.yaml")
    return frozenset(data["verb_incidents"]["hit_groups"]) | frozenset(data["violence"]["victims"])


def hits_one_body(hit: Token) -> bool:
    """Whether a noun hit is one thing or one body of people: a singular ("a checkpoint", "the X Hotel") or a plural
    of people gathered or posted together ("protesters", "soldiers"; not "bases", "dozens").

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("Troops fired on protesters and struck bases near a checkpoint.")
    >>> [t.text for t in doc[1:] if t.pos_ == "NOUN" and hits_one_body(t)]
    ['protesters', 'checkpoint']
    """
    return hit.tag_ in {"NN", "NNP"} or (hit.tag_ == "NNS" and hit.lower_ in hit_groups())


def when_date(verb: Token) -> str:
    """The date a "when" clause tells of, the date it hangs on ("January 2004, when militants raided a depot") or the
    date of the harm it tells the act of ("X was killed on 3 May when jets struck Y"), or an empty string.

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("The revolt is dated to March 2011, when rebels raided a police post in Dera.")
    >>> when_date(doc[10]), when_date(doc[3])
    ('March 2011', '')
    >>> when_date(load_nlp()("Omar Haddad was killed on 3 May 2023 when Israeli jets struck a farmhouse.")[11])
    '3 May 2023'
    """
    head = verb.head
    when = has_child(verb, {"advmod"}, {"when"})
    if when and verb.dep_ == "advcl":  # "X was killed on 27 September when jets struck Y": the date of the harm
        phrases = [c for c in head.children if c.dep_ in {"npadvmod", "prep"}]
        head = next((t for c in phrases for t in c.subtree if t.ent_type_ == "DATE"), head)
    elif verb.dep_ != "relcl":
        return ""
    if not when or head.ent_type_ != "DATE":
        return ""
    return next((e.text for e in verb.doc.ents if e.start <= head.i < e.end), "")


def up_to_comma(words: list[Token]) -> list[Token]:
    """The words of a phrase before its first comma or dash, which start an aside ("struck two cars in X, about 10
    kilometres from Y")."""
    ordered = sorted(words, key=lambda t: t.i)
    ends = [t.i for t in ordered if t.text in {",", "—", "–", ";", "("}]
    return [t for t in ordered if not ends or t.i < ends[0]]


def struck_places(verb: Token, patients: list[Mention]) -> list[Mention]:
    """The places an incident told by its verb hit: those its object (or passive subject) names itself ("gunmen
    stormed the Al-Noor Hospital", "the Kivu Hotel was attacked"), not a place that only says where what was hit
    stands ("attacked a convoy in Gao").

    >>> from spacy.tokens import Doc
    >>> from spacy.vocab import Vocab
    >>> doc = Doc(Vocab(), words=["Gunmen", "stormed", "Kivu", "Hotel"], heads=[1, 1, 3, 1],
    ...           deps=["nsubj", "ROOT", "compound", "dobj"])
    >>> hotel = Mention(2, 4, 15, 25, "Kivu Hotel", "Location", "Kivu Hotel")
    >>> [m.name for m in struck_places(doc[1], [hotel])]
    ['Kivu Hotel']
    """
    hit = [h for c in verb.children if c.dep_ in {"dobj", "nsubjpass"} for h in conjuncts(c)]
    hit += [h for c in relative_object(verb) for h in conjuncts(c)]  # "the station that gunmen
    # stormed", "the X Hotel, which gunmen stormed"
    heads = {h.i for h in hit + _examples_of(hit)}
    return [m for m in patients if m.label == "Location" and _site_head(verb.doc[m.end - 1]).i in heads]


def _site_head(token: Token) -> Token:
    """The facility noun a name is the first part of ("complex" of "DusitD2 hotel" in "the DusitD2 hotel complex": the
    name says which complex was hit, ``facility_nouns``), else the token itself (not "command" of "the Macomia
    district command", nor "plant" of "the Jeddah plant": a town naming a thing that is not a site)."""
    head = token
    while head.dep_ == "compound" and head.head is not head:
        head = head.head
    return head if head.lower_ in facility_nouns() else token


def _examples_of(nouns: list[Token]) -> list[Token]:
    """The names a plural noun hit gives as its examples: "A, B and C" of "struck 20 villages, including A, B and C"
    (the ``example_preps`` of ``place_names``)."""
    preps = place_name_words().example_preps
    return [
        item
        for noun in nouns
        if noun.tag_ == "NNS"
        for prep in noun.children
        if prep.dep_ == "prep" and prep.lower_ in preps
        for obj in prep.children
        if obj.dep_ == "pobj"
        for item in conjuncts(obj)
    ]


@cache
def _particle_kinds() -> dict[str, dict[str, str]]:
    """The kinds of incident a verb tells with its particle, keyed by the verb's lemma, then the particle."""
    block = load_seed_yaml("relations.yaml")["verb_incidents"]["particle_kinds"]
    return {verb: dict(kinds) for verb, kinds in block.items()}


def particle_kind(verb: Token) -> str | None:
    """The kind of incident a verb tells with its particle ("shot down a helicopter": an attack on the aircraft, not
    a killing), or None.

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("Rebels shot down an army helicopter and shot two guards.")
    >>> [particle_kind(t) for t in doc if t.lemma_ == "shoot"]
    ['attack', None]
    """
    kinds = _particle_kinds().get(verb.lemma_.lower(), {})
    return next((kinds[c.lower_] for c in verb.children if c.dep_ == "prt" and c.lower_ in kinds), None)


def instruments(verb: Token) -> list[Token]:
    """The weapons a verb of attack says it was done with: "grenade" of "shot down a helicopter with a grenade in X"
    (the ``instrument_preps``), where the parse may hang the incident's place.

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("Rebels shot down a helicopter with a missile near Goma.")
    >>> [t.text for t in instruments(doc[1])]
    ['missile']
    """
    preps = _instrument_preps()
    return [o for p in verb.children if p.dep_ == "prep" and p.lower_ in preps for o in p.children if o.dep_ == "pobj"]


def victims_doing(verb: Token) -> list[Token]:
    """The clauses after an act that say what the people it hit were doing, where and when: "prayed" of "gunmen
    killed 12 worshippers as they prayed in a mosque in X" (a clause opened by one of the ``doing_marks`` whose subject
    is a pronoun), whose place and day are the act's.

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("Gunmen killed 12 worshippers as they prayed in a mosque in Kano.")
    >>> [t.text for t in victims_doing(doc[1])]
    ['prayed']
    """
    marks = _doing_marks()
    return [
        c
        for c in verb.children
        if c.dep_ == "advcl"
        and any(m.dep_ == "mark" and m.lower_ in marks for m in c.children)
        and any(s.dep_ == "nsubj" and s.pos_ == "PRON" for s in c.children)
    ]


@cache
def _doing_marks() -> frozenset[str]:
    """The ``doing_marks`` of the ``verb_incidents`` block ("as", "while")."""
    return frozenset(load_seed_yaml("relations.yaml")["verb_incidents"]["doing_marks"])


@cache
def _instrument_preps() -> frozenset[str]:
    """The ``instrument_preps`` of the ``verb_incidents`` block ("with")."""
    return frozenset(load_seed_yaml("relations.yaml")["verb_incidents"]["instrument_preps"])


@dataclass(frozen=True)
class JailbreakCues:
    """The words of a prison break told by its verb ("gunmen freed 1,800 inmates from the prison in X")."""

    verbs: frozenset[str]
    inmates: frozenset[str]
    preps: frozenset[str]
    doers: frozenset[str]
    escape_verbs: frozenset[str]


@cache
def jailbreak_cues() -> JailbreakCues:
    """The ``jailbreaks`` words of the ``verb_incidents`` block."""
    block = load_seed_yaml("relations.yaml")["verb_incidents"]["jailbreaks"]
    keys = ("verbs", "inmates", "preps", "doers", "escape_verbs")
    return JailbreakCues(*(frozenset(block[key]) for key in keys))


def inmates_escape(verb: Token) -> bool:
    """Whether a verb tells a prison break by those who broke out: inmates who escaped from a place ("hundreds of
    inmates escaped from the prison in X"; not "he escaped his captors", "the family fled from Syria").

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("Hundreds of inmates escaped from a jail in Kuje. The family fled from the town.")
    >>> [t.text for t in doc if inmates_escape(t)]
    ['escaped']
    """
    cues = jailbreak_cues()
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in cues.escape_verbs:
        return False
    out = [c for c in verb.children if c.dep_ == "nsubj"]
    out += [o for c in out for o in prep_objects(c, {"of"})]  # "hundreds of inmates"
    return any(t.lower_ in cues.inmates for t in out) and any(
        c.dep_ == "prep" and c.lower_ in cues.preps for c in verb.children
    )


def frees_inmates(verb: Token) -> bool:
    """Whether a verb tells a prison break: inmates freed from a place by armed men or a named group ("gunmen freed
    1,800 inmates from the prison in X"; not "the government freed 300 prisoners", an amnesty, nor "X was freed"), or
    inmates who escaped from it (:func:`inmates_escape`).

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("Gunmen freed hundreds of inmates from a jail. The government freed 300 prisoners from jail.")
    >>> [t.text for t in doc if frees_inmates(t)]
    ['freed']
    """
    cues = jailbreak_cues()
    if inmates_escape(verb):
        return True
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in cues.verbs:
        return False
    freed = [c for c in verb.children if c.dep_ == "dobj"]
    freed += [o for c in freed for o in prep_objects(c, {"of"})]  # "hundreds of inmates"
    holders = [verb, *freed]  # "freed inmates from X": the parse may hang the prison on the inmates
    if not any(t.lower_ in cues.inmates for t in freed) or not any(
        c.dep_ == "prep" and c.lower_ in cues.preps for h in holders for c in h.children
    ):
        return False
    doers = [c for c in verb.children if c.dep_ == "nsubj"]
    return any(d.lower_ in cues.doers or d.lemma_.lower() in cues.doers or d.ent_type_ == "Organization" for d in doers)


@cache
def theft_cues() -> tuple[frozenset[str], frozenset[str]]:
    """The verbs and the prepositions of a theft told by its verb (the ``thefts`` of ``verb_incidents``)."""
    block = load_seed_yaml("relations.yaml")["verb_incidents"]["thefts"]
    return frozenset(block["verbs"]), frozenset(block["preps"])


def steals(verb: Token) -> bool:
    """Whether a verb tells a theft: a sum or a count of things taken from someone ("hackers stole $81 million from
    the bank", "bandits stole 300 cattle from herders"; not "stole the show", "stole from the poor").

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("Hackers stole $81 million from the bank. The film stole the show from its rivals.")
    >>> [t.text for t in doc if steals(t)]
    ['stole']
    """
    verbs, preps = theft_cues()
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in verbs:
        return False
    taken = [t for c in verb.children if c.dep_ == "dobj" for t in c.subtree if t.i < c.i or t is c]
    counted = any(t.like_num or t.ent_type_ == "MONEY" for t in taken)
    return counted and has_child(verb, {"prep"}, preps)
