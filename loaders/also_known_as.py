"""Another name of an actor given beside its name: "the Ruwenzori Liberation Front, or RLF", "Hamid Oduya,
also known as Abu Harith", "(French abbr.: FLR)". The second name stands for the first wherever the
document uses it, so one actor is one node however it is written.

The words between the two names are data (``alias_words`` in ``seeds/relations.yaml``), where ``<language>`` stands
for a language's name ("known in Arabic as") and ``<namer>`` for the actor that gives the name ("which the Islamic
State refers to as its Central Africa Province").
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, replace
from functools import cache

from spacy.attrs import LOWER
from spacy.tokens import Doc, Span

from graph.gazetteer import is_acronym
from graph.seeds import load_seed_yaml
from loaders.body_noun_names import names_the_noun_past
from loaders.cues import load_cues
from loaders.doc_words import text_of, token_strings, words_of
from loaders.mentions import Mention
from loaders.organisation_names import unit_after
from loaders.person_names import name_particles

MAX_GAP = 10  # tokens between a name and its other name (", which the Islamic State refers to as its")
DASHES = frozenset({"—", "–"})
ITALICS = frozenset({"*", "_"})  # Markdown's marks of a name set in italics ("known in Arabic as *al-Hizb*")
LANGUAGE, NAMER = "<language>", "<namer>"
PLACES = frozenset({"Location", "Country"})


@dataclass(frozen=True)
class AliasWords:
    """Word sequences (lower case, as the tokens read) that introduce another name."""

    acronym: frozenset[tuple[str, ...]]
    any: frozenset[tuple[str, ...]]
    abbreviation: frozenset[str]
    translation: frozenset[tuple[str, ...]]
    languages: frozenset[str]
    listing_labels: frozenset[str]
    body: frozenset[tuple[str, ...]]


@cache
def alias_words() -> AliasWords:
    """The seed's ``alias_words``, tokenised on spaces and before a leading comma or bracket."""
    data = load_seed_yaml("relations.yaml")["alias_words"]

    def words(phrases: list[str]) -> frozenset[tuple[str, ...]]:
        return frozenset(tuple(p.replace(",", ", ").replace("(", "( ").replace(":", " :").split()) for p in phrases)

    return AliasWords(
        words(data["acronym"]),
        words(data["any"]),
        frozenset(data["abbreviation"]),
        words(data["translation"]),
        frozenset(data["languages"]),
        frozenset(data["listing_labels"]),
        words(data["body"]),
    )


def _words_between(doc: Doc, first: Mention, second: Mention, inside: list[Mention]) -> tuple[str, ...]:
    """The words between two mentions as the seed's phrases read them: quotes and italics left out, a dash as a
    comma ("al-Kikli—also known as Gheniwa"), a language's name as ``<language>``, and the mention of an actor between
    them, with the "the" before it, as ``<namer>`` ("which the Islamic State refers to as its")."""
    languages = alias_words().languages
    named = {i for m in inside for i in range(m.start, m.end)}
    page = words_of(doc)  # the page's words as strings, no token made
    texts, lowers, quotes = page.text, page.lower, page.quote
    words: list[str] = []
    for i in range(first.end, second.start):
        if quotes[i] or texts[i] in ITALICS:
            continue
        lower = lowers[i]
        word = "," if texts[i] in DASHES else LANGUAGE if lower in languages else NAMER if i in named else lower
        if word == NAMER and words[-1:] == ["the"]:
            words.pop()
        if word != NAMER or words[-1:] != [NAMER]:
            words.append(word)
    return _abbreviations_whole(tuple(words))


def _another_name(doc: Doc, first: Mention, second: Mention, inside: list[Mention]) -> bool:
    """Whether the words between two mentions (with the mentions inside them) make the second another name of the
    first."""
    if second.start - first.end > MAX_GAP or first.label == "Event":
        return False
    if second.label == "Organization" and unit_after(doc, second.end) and _not_a_group(doc, first):
        return False  # "commanders meeting at Magenis, known as the Kitgwang faction": a group's name, not the place's
    if first.label in {"Person", "Location"} and names_the_noun_past(doc, first.start, second.start):
        return False  # "the faction loyal to Zambada, known as La Mayiza": the faction's name, not Zambada's
    between = _words_between(doc, first, second, inside)
    if first.label == "Person" and second.label == "Person":
        between = _unranked(between)  # "X, better known as Colonel Y": the rank is no part of the phrase
    words = alias_words()
    glued = second.end < len(doc) and doc[second.end].text in {"-", "–"}  # "ISIS-K" is not "ISIS"
    if glued:
        return False  # "under the name ISIS-DRC": the name goes on past the mention
    if _acronym_read_as_place(first, second, between):
        return True  # "the Zapatista Army, or EZLN" with the NER taking "EZLN" for a place
    known_place = any(m.actor_id and m.label in PLACES for m in (first, second))
    if known_place and (first.label in PLACES) != (second.label in PLACES):
        return False  # "the Sentinel Front, under the name Kidal Brigades": a known place is no group's name
    if between[-1:] == ("the",) and between[:-1] in words.any:
        return True  # "Ukraine's military intelligence agency, known as the HUR"
    if between in words.any or _quoted_nickname(doc, first, second, between) or _bracketed_kunya(doc, first, second):
        return True
    if between in words.translation and _set_apart(doc, second) and first.label in {"Organization", "Person"}:
        return True  # "Harakah al-Yaqin, meaning 'Faith Movement'": a translation, written in quotes or italics
    if between in words.body and _apposed_body(doc, first, second):
        return True  # "Kataib Hezbollah, or the Hezbollah Brigades, was founded": the name's English form
    if first.label != "Organization" or not is_acronym(second.text):
        return False
    if between in words.acronym:
        return True
    closed = second.end < len(doc) and doc[second.end].text == ")"
    return closed and between[:1] == ("(",) and between[-1:] == (":",) and bool(words.abbreviation & set(between))


def _apposed_body(doc: Doc, first: Mention, second: Mention) -> bool:
    """Whether two unknown bodies' names are set one after the other as a name and its other form: the second closed
    by a comma, the first opening its clause, no list's member ("A, B, or the C" names three)."""
    unknown = not first.actor_id and not second.actor_id
    bodies = first.label == second.label == "Organization"
    closed = second.end < len(doc) and doc[second.end].text == ","
    opening = first.start == 0 or bool(doc[first.start].is_sent_start) or doc[first.start - 1].lower_ == "the"
    before = first.start - 1 if doc[first.start - 1].lower_ != "the" else first.start - 2  # "A, the B, or the C"
    listed = before > 0 and doc[before].text == ","
    return unknown and bodies and closed and opening and not listed


def _set_apart(doc: Doc, mention: Mention) -> bool:
    """Whether a mention is written in quotes or italics, as a translation or a nickname is."""
    return mention.start > 0 and (doc[mention.start - 1].is_quote or doc[mention.start - 1].text in ITALICS)


def _acronym_read_as_place(first: Mention, second: Mention, between: tuple[str, ...]) -> bool:
    """Whether an unknown acronym the NER took for a place follows an organisation's name and ", or": the body's
    acronym ("the Sentinel Army of the South, or ECS"), not a place ("sanctions by the EU, or UK": a known state)."""
    unknown_place = second.label == "Location" and not second.actor_id
    return first.label == "Organization" and unknown_place and is_acronym(second.text) and between == (",", "or")


def _unranked(words: tuple[str, ...]) -> tuple[str, ...]:
    """The words between a person's two names without the ranks and honorifics the second opens with.

    >>> _unranked((",", "better", "known", "as", "colonel"))
    (',', 'better', 'known', 'as')
    """
    honorifics = load_cues().honorifics
    while len(words) > 1 and words[-1].rstrip(".") in honorifics:
        words = words[:-1]
    return words


def _not_a_group(doc: Doc, mention: Mention) -> bool:
    """Whether a mention is no group's: a person's or a place's name, or one after a place's preposition ("at X")."""
    last = doc[mention.end - 1]
    cues = load_cues()
    placed = last.dep_ == "pobj" and last.head.lower_ in cues.place_preps | cues.noun_place_preps
    return mention.label != "Organization" or placed


def _abbreviations_whole(words: tuple[str, ...]) -> tuple[str, ...]:
    """The words with a full stop the tokenizer split from a dotted abbreviation joined back to it ("a.k.a" ".").

    >>> _abbreviations_whole(("(", "a.k.a", "."))
    ('(', 'a.k.a.')
    """
    out: list[str] = []
    for word in words:
        if word == "." and out and "." in out[-1] and not out[-1].endswith("."):
            out[-1] += "."
        else:
            out.append(word)
    return tuple(out)


def _quoted_nickname(doc: Doc, first: Mention, second: Mention, between: tuple[str, ...]) -> bool:
    """Whether a quoted name after a person's name and ", or" is the person's nickname ("X, or “Comrade Y,”"), or
    after the name and a comma alone, the quotes closing right after it ('X, "Comrade Y",')."""
    if first.label != "Person" or not doc[second.start - 1].is_quote:
        return False
    closed = second.end < len(doc) and doc[second.end].is_quote and _closes_phrase(doc, second.end)
    return between == (",", "or") or (between == (",",) and closed and second.label == "Person")


def _bracketed_kunya(doc: Doc, first: Mention, second: Mention) -> bool:
    """Whether a name in brackets just after a person's is the person's other name ("Khaled al-Rifai (Abu Zayd)"): a
    person's, or one that opens with a particle of names ("Abu"), whatever the NER took it for; no known actor."""
    closed = second.end < len(doc) and doc[second.end].text == ")"
    opened = second.start == first.end + 1 and doc[first.end].text == "("
    kunya = second.label == "Person" or second.name.split()[0].lower() in name_particles()
    return first.label == "Person" and opened and closed and kunya and not second.actor_id


MAX_NICKNAME = 4  # words of a quoted nickname


def inner_nicknames(doc: Doc, mentions: list[Mention]) -> tuple[list[Mention], list[Mention]]:
    """A nickname in quotes inside a person's name ('Joaquin "El Alto" Meza'): the mentions with that person named
    without it ("Joaquin Meza"), and the nickname as another mention of the person.

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()('Police held Joaquin "El Alto" Meza.')
    >>> m = Mention(2, 8, 12, 34, doc[2:8].text, "Person", doc[2:8].text)
    >>> [(n.text, n.name) for group in inner_nicknames(doc, [m]) for n in group]
    [('Joaquin "El Alto" Meza', 'Joaquin Meza'), ('El Alto', 'Joaquin Meza')]
    """
    named, nicknames = [], []
    for m in mentions:
        quotes = [t.i for t in doc[m.start : m.end] if t.is_quote] if m.label == "Person" and not m.actor_id else []
        if m.label != "Person" or m.actor_id or len(quotes) != 2 or quotes[0] == m.start or quotes[1] + 1 >= m.end:
            named.append(m)
            continue
        nickname = doc[quotes[0] + 1 : quotes[1]]
        name = f"{doc[m.start : quotes[0]].text} {doc[quotes[1] + 1 : m.end].text}"
        named.append(replace(m, name=name))
        nicknames.append(_at(m, nickname, name=name))
    return named, nicknames


def quoted_nicknames(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Quoted names given as a person's other name ("X, who also goes by "El Zurdo"", "X, or “Comrade Lucho,”",
    'X, "Comrade Lucho",', 'X, known as "Z-9", "El Loco" or "El Rojo"'), as mentions of that person: the NER missed
    them, or read them as another actor it does not know ('X, "El Coss" —' taken for a place)."""
    words = alias_words()
    unknown = {(m.start, m.end) for m in mentions if not m.actor_id}
    taken = {i for m in mentions for i in range(m.start, m.end)}
    added = []
    for m in (m for m in mentions if m.label == "Person" and not m.refers_back):
        opening = next((i for i in range(m.end, min(m.end + MAX_GAP, len(doc))) if doc[i].is_quote), None)
        if opening is None:
            continue
        between = tuple("," if t.text in DASHES else t.lower_ for t in doc[m.end : opening])
        if not (between in words.any or between == (",", "or") or between == (",",)):
            continue
        if names_the_noun_past(doc, m.start, opening + 1):
            continue  # 'the faction loyal to X, known as "Y"': the faction's name, not X's
        for name in _quoted_list(doc, opening, apposed=between == (",",)):
            free = not taken & set(range(name.start, name.end)) or (name.start, name.end) in unknown
            if name[0].text[:1].isupper() and free:
                added.append(_at(m, name))
    return added


def _quoted_list(doc: Doc, opening: int, *, apposed: bool) -> list[Span]:
    """The quoted names from an opening quote on, one after another with a comma or "or" between them ('"Z-9",
    "El Loco" or "El Rojo"'); set after a comma alone (apposed), one name only, written as a name and closing the
    apposition ('X, "El Coss" -'), not a saying ('said X, "We will return"')."""
    names: list[Span] = []
    while opening < len(doc) and doc[opening].is_quote:
        last = min(opening + 2 + MAX_NICKNAME, len(doc))
        closing = next((i for i in range(opening + 1, last) if doc[i].is_quote), None)
        if closing is None:
            break
        name = doc[opening + 1 : closing]
        while len(name) and name[-1].is_punct:
            name = name[:-1]
        if not len(name) or (apposed and not (_titled(name) and _closes_phrase(doc, closing))):
            break
        names.append(name)
        following = closing + 1
        while following < len(doc) and doc[following].lower_ in {",", "or"}:
            following += 1
        if apposed or following == closing + 1:
            break
        opening = following
    return names


def described_nicknames(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Other names of a person given after a description set beside the name, the phrase of another name hung on the
    description ("X, a far-right activist who also goes by the surname Y", 'X, his elder brother, known as "Comrade
    Y"'), as mentions of that person: a name the NER read as an actor it does not know, or a quoted one it missed."""
    people = {i: m for m in mentions if m.label == "Person" and not m.refers_back for i in range(m.start, m.end)}
    unknown = {m.start: m for m in mentions if not m.actor_id}
    taken = {i for m in mentions for i in range(m.start, m.end)}
    added = []
    for start, end in _alias_phrases(doc):
        person = _described_person(doc[start:end], people)
        quoted = end < len(doc) and doc[end].is_quote
        name = _quoted_list(doc, end, apposed=False)[:1] if quoted else []
        named = unknown.get(end + 1 if quoted else end)
        if person is None or (named is None and not name):
            continue
        span = doc[named.start : named.end] if named is not None else name[0]
        if named is not None or (span[0].is_title and not taken & set(range(span.start, span.end))):
            added.append(_at(person, span))
    return added


@cache
def _bare_alias_phrases() -> tuple[frozenset[tuple[str, ...]], int, frozenset[str]]:
    """The phrases of another name read with no comma before them, the longest one's length and their first words."""
    phrases = frozenset(p[1:] if p[0] == "," else p for p in alias_words().any if p[0] != "(")
    return phrases, max(map(len, phrases)), frozenset(p[0] for p in phrases if p)


def _alias_phrases(doc: Doc) -> list[tuple[int, int]]:
    """Where the text writes a phrase of another name with no comma before it ("known as", "who also goes by the
    surname"): the token spans, the longest phrase at each start."""
    phrases, longest, firsts = _bare_alias_phrases()
    lowers = token_strings(doc, LOWER)  # every word's lowercase form, read without making a ``Token`` at each
    found = []
    for start, lower in enumerate(lowers):
        if lower not in firsts:
            continue
        ends = [start + n for n in range(longest, 0, -1) if tuple(lowers[start : start + n]) in phrases]
        if ends and not (found and found[-1][1] == ends[0]):
            found.append((start, ends[0]))
    return found


def _described_person(phrase: Span, people: dict[int, Mention]) -> Mention | None:
    """The person whose description the phrase's verb hangs on ("a far-right activist who also goes by": the activist,
    set in apposition to the person's name), else None."""
    verb = next((t for t in phrase if t.pos_ == "VERB"), None)
    if verb is None or verb.dep_ not in {"relcl", "acl"}:
        return None
    noun = verb.head
    if noun.dep_ != "appos" or noun.i in people or noun.head.i not in people:
        return None
    return people[noun.head.i]


def _closes_phrase(doc: Doc, closing: int) -> bool:
    """Whether the closing quote ends the apposition: a comma, a full stop, a bracket or a dash (a hyphen set apart
    as the reader writes one) follows it, or nothing."""
    return closing + 1 >= len(doc) or doc[closing + 1].text in {",", ".", ";", ")", "-", *DASHES}


def _titled(name: Span) -> bool:
    """Whether a quoted phrase set right after a person's name and a comma is written as a name, every word
    capitalised ('X, "Comrade Lucho",'), not a quoted saying ('said X, "we will return"')."""
    return bool(len(name)) and all(t.is_title for t in name if t.is_alpha) and not any(t.is_punct for t in name)


def bind_aliases(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Mentions of a name given as another name of an actor, bound to that actor (a known one wins); a person's
    other name's last word alone too ("Guarumo" after 'Ramiro Tejada, alias "Pablo Guarumo"')."""
    bound: dict[str, Mention] = {}  # another name as written -> the actor it stands for
    others: list[str] = []  # the other names as written, not the actor's own
    mentions, inner = inner_nicknames(doc, mentions)
    if nicknames := _one_a_span(quoted_nicknames(doc, mentions) + described_nicknames(doc, mentions) + inner):
        spans = {(m.start, m.end) for m in nicknames}
        kept = [m for m in mentions if (m.start, m.end) not in spans]  # 'X, "El Coss" —' read as a place
        mentions = sorted([*kept, *nicknames], key=lambda m: m.start)
        bound.update({m.text: m for m in nicknames})
        others += [m.text for m in nicknames]
    for i, first in enumerate(mentions):
        for j in range(i + 1, min(i + 3, len(mentions))):  # the next, or the one after "(French abbr.: FLR)"
            second = mentions[j]
            if first.text != second.text and _another_name(doc, first, second, mentions[i + 1 : j]):
                actor = _better_read(first, second, _alias_between(doc, first, second))
                translated = _name_in_apposition(doc, mentions, i, j)
                for name in (first.text, second.text, *_names_or(doc, mentions, j), *translated):
                    bound.setdefault(name, actor)
                others += [(first if actor is second else second).text, *_names_or(doc, mentions, j), *translated]
    for entry, listed in listed_other_names(doc, mentions):
        actor = _listed_actor([entry, *listed])
        bound.update({m.text: actor for m in (entry, *listed) if m.text not in bound})
        others += [m.text for m in (entry, *listed) if m is not actor]
    if not bound:
        return mentions
    for name in others:  # "Mordisco" of 'alias "Iván Mordisco"': the other name's last word alone
        words, actor = name.split(), bound[name]
        if actor.label == "Person" and len(words) > 1 and words[-1][:1].isupper():
            bound.setdefault(words[-1], actor)
    return [
        m
        if (actor := _bound_actor(bound, m.text)) is None
        else replace(m, label=actor.label, name=actor.name, kind=actor.kind, actor_id=actor.actor_id)
        for m in mentions
    ]


def _alias_between(doc: Doc, first: Mention, second: Mention) -> bool:
    """Whether the word "alias" joins the two names, a person's other name ("Naef, alias Galuhan")."""
    return any(t.lower_ in {"alias", "aka", "a.k.a."} for t in doc[first.end : second.start])


def _better_read(first: Mention, second: Mention, alias: bool = False) -> Mention:
    """The actor two names given as one's stand for: a known one, else the first, unless the NER took the first for
    a place and the second for a body: the second, the better-read name ("Ansarallah, commonly known as the Houthis",
    the first read as a place: the group's name gives the node its label), or for a person: the first, a person's
    ("Tamba, known as Musa Kante" is Tamba, a person); after "alias" (a person's other name), the first whatever the
    second was read as.

    >>> a, b = Mention(0, 1, 0, 1, "A", "Location", "A"), Mention(2, 3, 4, 5, "B", "Organization", "B")
    >>> [(m.name, m.label) for m in (_better_read(a, b), _better_read(b, a))]
    [('B', 'Organization'), ('B', 'Organization')]
    >>> _better_read(a, replace(b, label="Person")).name, _better_read(a, replace(b, label="Person")).label
    ('A', 'Person')
    """
    if second.actor_id and not first.actor_id:
        return second
    if first.actor_id or alias or first.label not in PLACES:
        return first
    if second.label == "Organization":
        return second
    return replace(first, label="Person", kind=second.kind) if second.label == "Person" else first


def listed_other_names(doc: Doc, mentions: list[Mention]) -> list[tuple[Mention, list[Mention]]]:
    """Each listing's entry that gives other names on a line of its own: the entry's name (the one name on the line
    before: "**2. Saeed AGHAJANI**" then "- Aliases: Said AGHAJANI; Saeed AGHA JANI") and its other names."""
    text = text_of(doc)
    texts = text.split("\n")
    if not any(_opens_with_listing_label(line) for line in texts):
        return []
    breaks = [i for i, ch in enumerate(text) if ch == "\n"]
    lines: dict[int, list[Mention]] = {}
    for m in mentions:
        lines.setdefault(bisect_left(breaks, m.start_char), []).append(m)
    entries = []
    for number, named in lines.items():
        before = next((n for n in range(number - 1, -1, -1) if texts[n].strip()), None)
        entry = lines.get(before, []) if before is not None else []
        if len(entry) == 1 and _opens_with_listing_label(texts[number]):
            entries.append((entry[0], [m for m in named if m.text != entry[0].text]))
    return entries


def _listed_actor(names: list[Mention]) -> Mention:
    """The actor an entry and its other names stand for: a known one, else the fullest person's name when the entry's
    is one word ("**YERED, Elisha**" read as "Elisha"), else the entry's."""
    known = next((m for m in names if m.actor_id), None)
    fullest = max(names, key=lambda m: (m.label == "Person", len(m.text.split())))
    one_word = len(names[0].text.split()) == 1 and fullest.label == "Person"
    return known or (fullest if one_word else names[0])


def _opens_with_listing_label(line: str) -> bool:
    """Whether a line opens, after its bullet or number, with a label of other names and a colon ("a.k.a.:").

    >>> _opens_with_listing_label("   a.k.a.: Noar HaGvaot; Hilltop Youths"), _opens_with_listing_label("Aka said")
    (True, False)
    """
    label, colon, _ = line.strip(" -*•\t0123456789.").partition(":")
    return bool(colon) and label.strip().lower() in alias_words().listing_labels


def _one_a_span(mentions: list[Mention]) -> list[Mention]:
    """The mentions without a second one of the same span."""
    return list({(m.start, m.end): m for m in reversed(mentions)}.values())[::-1]


def _bound_actor(bound: dict[str, Mention], name: str) -> Mention | None:
    """The actor a name stands for, through the other names it was given as ("Ahmed Umar, known as Abu Ubaidah (also
    spelled Abu Ubaydah)": the last is Ahmed Umar too), or None if the name was given as no other.

    >>> a, b = Mention(0, 1, 0, 1, "A", "Person", "A"), Mention(2, 3, 4, 5, "B", "Person", "B")
    >>> _bound_actor({"A": a, "B": a, "C": b}, "C").text, _bound_actor({"A": a}, "D")
    ('A', None)
    """
    actor, seen = bound.get(name), {name}
    while actor is not None and actor.text not in seen and bound.get(actor.text) is not None:
        seen.add(actor.text)
        actor = bound[actor.text]
    return actor


def _name_in_apposition(doc: Doc, mentions: list[Mention], i: int, j: int) -> list[str]:
    """The unknown group's name set just before the i-th mention with a comma when the j-th is its acronym after ", or"
    ("the Sentinel Army of the South, the Ejército Centinela del Sur, or ECS": the name and its translation), else [].
    """
    first, second = mentions[i], mentions[j]
    if i == 0 or first.label != "Organization" or first.actor_id or not is_acronym(second.text):
        return []
    before = mentions[i - 1]
    said_or = tuple(t.lower_ for t in doc[first.end : second.start]) == (",", "or")
    apposed = tuple(t.lower_ for t in doc[before.end : first.start]) in {(",",), (",", "the")}
    same = before.label == "Organization" and not before.actor_id
    return [before.text] if said_or and apposed and same else []


def _names_or(doc: Doc, mentions: list[Mention], j: int) -> list[str]:
    """The unknown names of the j-th mention's label given after it with "or" ("better known as Omar Dirane or Abu
    Salim"): other names of the same actor too.

    >>> from spacy.lang.en import English
    >>> doc = English()("known as Omar Dirane or Abu Salim.")
    >>> ms = [Mention(2, 4, 9, 20, "Omar Dirane", "Person", "Omar Dirane"),
    ...       Mention(5, 7, 24, 33, "Abu Salim", "Person", "Abu Salim")]
    >>> _names_or(doc, ms, 0)
    ['Abu Salim']
    """
    names = []
    for before, after in zip(mentions[j:], mentions[j + 1 :], strict=False):
        if after.actor_id or after.label != before.label or doc[before.end : after.start].text.strip(" ,") != "or":
            break
        names.append(after.text)
    return names


def _at(mention: Mention, span: Span, **changes: str) -> Mention:
    """The mention moved to another span of the text (its other name), with any further changes."""
    return replace(
        mention,
        start=span.start,
        end=span.end,
        start_char=span.start_char,
        end_char=span.end_char,
        text=span.text,
        **changes,
    )
