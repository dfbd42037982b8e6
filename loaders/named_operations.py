"""Incidents known by a name: "Operation Iron Gate", "launched Operation 1027", "an offensive it called Dawn of
Victory", "an offensive dubbed X". The name is the incident's own, whatever else the text tells of it; a name the
NER took for an organisation ("Operation Iron Gate") is no actor.

The cue words are the ``named_operations`` block of ``seeds/relations.yaml``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cache

from spacy.attrs import LOWER
from spacy.tokens import Doc, Token

from loaders.cues import word_sets
from loaders.doc_tree import has_child
from loaders.doc_words import text_of, token_strings
from loaders.mentions import Mention, guess_kind


@dataclass(frozen=True)
class NamedOperationCues:
    """The ``named_operations`` block of ``seeds/relations.yaml``."""

    title_words: frozenset[str]  # a capitalised word that opens an incident's name: "Operation Iron Gate"
    naming_verbs: frozenset[str]  # "an offensive it called X", "an offensive dubbed X"
    name_joiners: frozenset[str]  # small words inside a name: "Operation Dawn of Freedom"
    name_tags: frozenset[str]  # a headline's words after a name: "Operation X LIVE: ..."
    pair_joiners: frozenset[str]  # "Operation Home and Garden": a word pairing two of a name's words
    foe_preps: frozenset[str]  # "Operation All Clear against ULFA": the foe after the name, no part of it
    body_nouns: frozenset[str]  # "Operation X, a multinational naval task force": a standing force, no incident
    member_nouns: frozenset[str]  # "soldiers of Operation X": the operation's men, so a body
    naming_phrases: frozenset[str]  # "an operation known as X", "its offensive, code-named X": words before a name
    name_openers: frozenset[str]  # "its intervention began under the name X": words before a name, on its clause
    campaign_nouns: frozenset[str]  # "the RSF's push, which Hemedti called X": a noun an operation's name is given


@cache
def named_operation_cues() -> NamedOperationCues:
    """The ``named_operations`` block, loaded once per process."""
    return word_sets(NamedOperationCues, "named_operations")  # a missing key is a one-line SeedKeyError


def _name_from(doc: Doc, start: int) -> list[Token]:
    """The capitalised words or numbers in digits from ``start`` on, with the small words between two of them, up to
    a headline's tag ("Operation X LIVE: ...") or a number in words ("Operation X one year on")."""
    if start >= len(doc):
        return []
    cues = named_operation_cues()
    joiners, tags = cues.name_joiners, cues.name_tags
    sent = doc[start].sent
    words: list[Token] = []
    for t in doc[start : sent.end]:
        if t.lower_ in tags:
            break
        capital = t.text[:1].isupper() or t.text[:1].isdigit()
        after = next((w for w in doc[t.i + 1 : sent.end] if w.lower_ not in joiners), None)
        joined = bool(words) and t.lower_ in joiners and after is not None and after.text[:1].isupper()
        if not (capital or joined or (bool(words) and _pairs_words(t))):
            break
        words.append(t)
    while words and words[-1].lower_ in joiners:
        words.pop()
    return words


def _pairs_words(joiner: Token) -> bool:
    """Whether "and" pairs the last two words of one name ("Operation Home and Garden, which began ..."): one
    capitalised word closes the name at a mark, and it is no title of another name ("Operation X and Operation Y") nor
    a known actor ("Operation X and Israel,").

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("They called it Operation Home and Garden, a raid. Operation Dawn and Kenya's army followed.")
    >>> _pairs_words(doc[5]), _pairs_words(doc[13])
    (True, False)
    """
    doc, cues = joiner.doc, named_operation_cues()
    if joiner.lower_ not in cues.pair_joiners or joiner.i + 2 >= len(doc):
        return False
    after, closing = doc[joiner.i + 1], doc[joiner.i + 2]
    return (
        after.text[:1].isupper()
        and after.lower_ not in cues.title_words
        and not after.ent_id_
        and closing.is_punct
        and not closing.is_quote
    )


def operation_title(token: Token) -> list[Token]:
    """The name a capitalised title word opens ("Operation Iron Gate", "Operation 1027"), or none when no name follows
    it ("Operation of the base").

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("The army launched Operation Iron Gate in the north. Operation of the dam stopped.")
    >>> [t.text for t in operation_title(doc[3])], operation_title(doc[10])
    (['Operation', 'Iron', 'Gate'], [])
    """
    if not token.text[:1].isupper() or token.lower_ not in named_operation_cues().title_words:
        return []
    rest = _name_from(token.doc, token.i + 1)
    return [token, *rest] if rest and rest[0].i == token.i + 1 else []


def quoted_title(title: list[Token]) -> list[Token]:
    """An operation's title with the capitalised words before it inside the quotation marks it opens: "the
    "Comprehensive Operation Sinai 2018"" (the title alone when no quotation mark opens those words).

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()('Egypt began the "Comprehensive Operation Sinai 2018" in May. Kenya began Operation Linda.')
    >>> [[t.text for t in quoted_title(operation_title(doc[i]))] for i in (5, 14)]
    [['Comprehensive', 'Operation', 'Sinai', '2018'], ['Operation', 'Linda']]
    """
    if not title:
        return title
    doc, start = title[0].doc, title[0].i
    while start > title[0].sent.start and doc[start - 1].text[:1].isupper() and not doc[start - 1].is_quote:
        start -= 1
    opened = start > title[0].sent.start and start < title[0].i and doc[start - 1].is_quote
    return [*doc[start : title[0].i], *title] if opened else title


def names_a_body(title: list[Token]) -> bool:
    """Whether an operation's name is a known organisation's, as a naval mission's is ("Operation Prosperity
    Guardian", "Operation Aspides"), or one the page describes as a standing force (:func:`operation_bodies`): the
    body, no incident of that name beside it.

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("Washington set up Operation Prosperity Guardian. Kenya launched Operation Sunrise.")
    >>> names_a_body(operation_title(doc[3])), names_a_body(operation_title(doc[9]))
    (True, False)
    """
    first = title[0] if title else None
    if first is None:
        return False
    known = (
        first.ent_type_ == "Organization"
        and bool(first.ent_id_)
        and all(t.ent_id == first.ent_id and t.ent_iob_ != "B" for t in title[1:])
    )
    return known or _title_text(title) in operation_bodies(first.doc)


def _title_text(title: list[Token]) -> str:
    return " ".join(t.text for t in title)


def operation_bodies(doc: Doc) -> frozenset[str]:
    """The names of the page's operations it describes as a standing force (``body_nouns``, ``member_nouns``): in
    apposition with a force's noun, either way round ("Operation Sentinel Tide, a multinational naval task force", "its
    own defensive mission, Operation Harbor Shield"), or owning soldiers or positions through "of" ("soldiers of
    Operation Watchtower"); read once a page.

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("The EU set up its own mission, Operation Harbor Shield. Kenya launched Operation Sunrise.")
    >>> sorted(operation_bodies(doc))
    ['Operation Harbor Shield']
    """
    if "operation_bodies" in doc.user_data:
        return doc.user_data["operation_bodies"]
    cues = named_operation_cues()
    found = set()
    for i, lower in enumerate(token_strings(doc, LOWER)):
        title = operation_title(doc[i]) if lower in cues.title_words else []
        if not title:
            continue
        head = title[-1]
        apposed = [a for a in head.children if a.dep_ == "appos"] + ([head.head] if head.dep_ == "appos" else [])
        owner = doc[i - 2] if i >= 2 and doc[i - 1].lower_ == "of" else None
        if any(a.lemma_.lower() in cues.body_nouns for a in apposed) or (
            owner is not None and owner.lower_ in cues.member_nouns
        ):
            found.add(_title_text(title))
    doc.user_data["operation_bodies"] = frozen = frozenset(found)
    return frozen


def names_operation(name: str) -> bool:
    """Whether an incident's name is an operation's ("Operation Sunrise"): a campaign against its enemy, whose
    author opposes those it targets rather than attacking them.

    >>> names_operation("Operation Red Dawn"), names_operation("Mogadishu bombing")
    (True, False)
    """
    first = name.split(maxsplit=1)[0].lower() if name.strip() else ""
    return first in named_operation_cues().title_words


def apposed_title(noun: Token) -> list[Token]:
    """The title of the named operation a noun stands in apposition to ("Operation Iron Gate, a joint offensive
    against X": the offensive is the operation, told again), or none.

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("Kenya launched Operation Sunrise, an offensive against the rebels.")
    >>> [t.text for t in apposed_title(doc[6])]
    ['Operation', 'Sunrise']
    >>> doc = load_nlp()('Kenya launched "Operation Sunrise", an offensive against the rebels.')
    >>> [t.text for t in apposed_title(doc[8])]
    ['Operation', 'Sunrise']
    """
    if noun.dep_ != "appos":
        return []
    first = noun.head.left_edge
    while first.is_quote and first.i < noun.head.i:  # "launched "Operation Sunrise", an offensive": past the quote
        first = first.doc[first.i + 1]
    title = operation_title(first)
    return title if noun.head in title else []


def operation_appositions(title: list[Token]) -> list[Token]:
    """The nouns in apposition to an operation's title, each telling it again ("Operation Iron Gate, a joint offensive
    against X": the offensive)."""
    return [a for t in title for a in t.children if a.dep_ == "appos" and apposed_title(a) == title]


def naming_nouns(title: list[Token], is_incident: Callable[[Token], bool]) -> list[Token]:
    """The incident nouns a page gives an operation's title to, each telling the operation again: one in apposition
    ("Operation Y, Kenya's offensive in the south"), the one a clause of naming is on ("Chad's raid on the camp, which
    the army called Operation Y": the parse may hang the clause on a noun inside the incident's phrase), or the subject
    of a verb the name is given on ("Mali's intervention got under way under the name Operation Y"); a noun of a
    campaign (``campaign_nouns``: "the RSF's push on Omdurman, which Hemedti called Operation Y") counts here too.

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("Chad's raid on the islands, which the army called Operation Sky, began in July.")
    >>> [t.text for t in naming_nouns(operation_title(doc[11]), lambda t: t.lower_ == "raid")]
    ['raid']
    """
    if not title:
        return []
    cues = named_operation_cues()

    def told(word: Token) -> bool:
        return is_incident(word) or word.lemma_.lower() in cues.campaign_nouns

    found = operation_appositions(title)
    for head in name_heads(title):
        verb = head.head
        if verb.lemma_.lower() in cues.naming_verbs and verb.dep_ in {"relcl", "acl"} and verb.i < title[0].i:
            found += _incident_above(verb.head, told)  # "..., which the army called Operation Y"
    opener = _name_opener(title[0])
    if opener is not None:
        verb = opener.head
        if verb.dep_ in {"relcl", "acl"}:  # "its intervention, which began under the name Operation Y"
            found += _incident_above(verb.head, told)
        else:
            found += [s for s in verb.children if s.dep_ in {"nsubj", "nsubjpass"} and told(s)]
    return list({t.i: t for t in found}.values())


def _incident_above(word: Token, is_incident: Callable[[Token], bool]) -> list[Token]:
    """The incident noun a word stands in, itself or up its chain of prepositions ("Chad's raid on the islands": the
    raid, from "camp"), or none."""
    while not is_incident(word) and word.dep_ in {"pobj", "prep"} and word.head.i < word.i:
        word = word.head
    return [word] if is_incident(word) and word.pos_ == "NOUN" else []


def _name_opener(first: Token) -> Token | None:
    """The first word of the words of ``name_openers`` right before a name's first word (past a quotation mark), or
    none: "under" of "began under the name Operation Y"."""
    doc, end = first.doc, first.i - (first.i > 0 and first.doc[first.i - 1].is_quote)
    for phrase in named_operation_cues().name_openers:
        words = phrase.split()
        start = end - len(words)
        if start >= first.sent.start and [t.lower_ for t in doc[start:end]] == words:
            return doc[start]
    return None


def is_operation(noun: Token) -> bool:
    """Whether a noun is an operation, named ("Operation Sunrise") or not ("joint operations"): a campaign that
    opposes its enemy, not an attack on it.

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("Kenya launched Operation Sunrise and an offensive.")
    >>> [(t.text, is_operation(t)) for t in doc if t.dep_ in {"dobj", "conj"}]
    [('Sunrise', True), ('offensive', False)]
    """
    words = named_operation_cues().title_words
    return noun.lemma_.lower() in words or has_child(noun, {"compound"}, words)


def called_name(cue: Token) -> list[Token]:
    """The name a clause on an incident's word gives it: "an offensive it called Dawn of Victory", "an offensive,
    dubbed "Dawn of Victory", ..." (a capitalised name right after the verb of naming or its quote mark), or none.

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("The rebels began an offensive they called Dawn of Victory on 3 May.")
    >>> [t.text for t in called_name(doc[4])]
    ['Dawn', 'of', 'Victory']
    """
    verbs = named_operation_cues().naming_verbs
    for clause in (c for c in cue.children if c.dep_ in {"relcl", "acl"} and c.lemma_.lower() in verbs):
        start = clause.i + 1
        start += start < len(cue.doc) and cue.doc[start].is_quote  # "which the rebels called "X""
        if name := _name_from(cue.doc, start):
            return name if name[0].i == start else []
    given = phrased_name(cue) or apposed_name(cue)
    return [] if given and _told_again(cue, given) else given


def _told_again(cue: Token, name: list[Token]) -> bool:
    """Whether a definite incident's noun sets off a name the page wrote before ("Chad launched Operation Desert
    Shield ... The operation, known as Desert Shield, ..."): the incident told before, not one named anew.

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("Chad launched Operation Desert Shield. The operation, known as Desert Shield, grew.")
    >>> _told_again(doc[7], phrased_name(doc[7]))
    True
    """
    definite = any(c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in cue.children)
    return definite and f" {name[0].doc[name[0].i : name[-1].i + 1].text}" in text_of(cue.doc)[: cue.sent.start_char]


def _opening(doc: Doc, start: int) -> int:
    """The position of a name's first word at ``start``, past an opening quotation mark."""
    return start + (start < len(doc) and doc[start].is_quote)


def phrased_name(cue: Token) -> list[Token]:
    """The name the words right after an incident's noun give it (``naming_phrases``): "an operation known as Python
    Dance II", "the current operation, codenamed Udo Ka", "an offensive nicknamed "Iron Fist"" (the parse hangs these
    words anywhere), or none.

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("Its campaign, code-named Dawn of Freedom, pushed them out. An operation known as a sweep.")
    >>> [t.text for t in phrased_name(doc[1])], phrased_name(doc[13])
    (['Dawn', 'of', 'Freedom'], [])
    """
    doc, sent_end = cue.doc, cue.sent.end
    after = cue.i + 1 + (cue.i + 1 < sent_end and doc[cue.i + 1].text == ",")
    if after >= sent_end:
        return []
    rest = text_of(doc)[doc[after].idx : doc[sent_end - 1].idx + len(doc[sent_end - 1])].lower()  # not ``doc.text``,
    # joined again from every token at each reading
    for phrase in named_operation_cues().naming_phrases:
        if not rest.startswith(phrase + " ") and not rest.startswith(phrase + '"'):
            continue
        ends = doc[after].idx + len(phrase)
        start = next((t.i for t in doc[after:sent_end] if t.idx >= ends), sent_end)
        start = _opening(doc, start)
        name = _name_from(doc, start) if start < sent_end else []
        return name if name and name[0].i == start else []
    return []


def apposed_name(cue: Token) -> list[Token]:
    """The name set between commas or quotation marks right after an incident's noun: "launched its own operation,
    "Dawn of Freedom", against X", "an offensive, Dawn of Freedom, against X". Not a known actor or a place ("an
    offensive, Russia said"), nor a name the sentence goes on with ("the attack, Hamas claimed", "an attack, Mogadishu
    police said", "the bombing, Kenya's worst"); a name of no quotation marks must be one the NER did not read.

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("The SNA launched an offensive, Dawn of Freedom, against the SDF. An attack, Hamas claimed.")
    >>> [t.text for t in apposed_name(doc[4])], apposed_name(doc[15])
    (['Dawn', 'of', 'Freedom'], [])
    """
    doc, sent_end = cue.doc, cue.sent.end
    if cue.i + 2 >= sent_end or doc[cue.i + 1].text != ",":
        return []
    start = _opening(doc, cue.i + 2)
    quoted = start > cue.i + 2
    name = _name_from(doc, start) if start < sent_end else []
    if not name or name[0].i != start:
        return []
    end = name[-1].i + 1
    closed = quoted and end < sent_end and doc[end].is_quote
    end += closed
    if quoted and not closed:
        return []
    if any(t.ent_id_ or (t.ent_type_ and not quoted) for t in name):
        return []  # a known actor, or a name the NER read as one with no quotation marks to set it apart
    follows = doc[end] if end < sent_end else None
    if follows is not None and not (follows.is_punct and not follows.is_quote) and follows.pos_ != "ADP":
        return []  # "an attack, Hamas claimed", "an attack, Mogadishu police said"
    return name


def name_heads(name: list[Token]) -> list[Token]:
    """The words of a name the parse hangs outside it, which carry the phrases hung on the name ("launched its own
    operation, "Dawn of Freedom", against X": "against" hangs on "Dawn").

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()('The SNA launched its own operation, "Dawn of Freedom", against the SDF.')
    >>> [t.text for t in name_heads(apposed_name(doc[5]))]
    ['Dawn']
    """
    inside = {t.i for t in name}
    return [t for t in name if t.head.i not in inside]


def without_operation_names(doc: Doc, mentions: list[Mention], incident_nouns: frozenset[str]) -> list[Mention]:
    """The mentions without the names of incidents the NER took for actors ("Operation Iron Gate", "an offensive they
    called Northern Storm"); a known actor with such a name stays, and so does a group called so ("a militia called
    X"); a foe's name the NER ran an operation's on into is the foe's alone (:func:`foe_after_operation`).

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("The army launched Operation Iron Gate.")
    >>> m = Mention(3, 6, 18, 37, "Operation Iron Gate", "Organization", "Operation Iron Gate")
    >>> without_operation_names(doc, [m], frozenset({"offensive"}))
    []
    """
    called, titled = set(), set()
    lowers = token_strings(doc, LOWER)
    nouns = (doc[i] for i, lower in enumerate(lowers) if lower in incident_nouns)
    for noun in nouns:
        called |= {t.i for t in called_name(noun)}  # "an offensive (that) they called X", "an operation, "X","
    titles = named_operation_cues().title_words
    for title in (operation_title(doc[i]) for i, lower in enumerate(lowers) if lower in titles):
        titled |= {t.i for t in title[1:]}  # "Garden" of "Operation Home and Garden": a word of the name, no place
    bodies = operation_bodies(doc)
    return [
        replace(m, label="Organization", kind=m.kind if m.label == "Organization" else guess_kind(m.name))
        if not m.actor_id and m.name in bodies
        else m
        for m in (m if m.actor_id else foe_after_operation(doc, m) for m in mentions)  # "Operation X against Y": Y
        if m.actor_id
        or m.name in bodies  # "Operation X, a multinational naval task force": a body
        or not (
            len(operation_title(doc[m.start])) >= m.end - m.start
            or m.start in called
            or set(range(m.start, m.end)) <= titled
        )
    ]


def foe_after_operation(doc: Doc, mention: Mention) -> Mention:
    """The foe's name a mention keeps when the NER ran an operation's name on into it ("Operation All Clear against
    ULFA": ULFA; one of ``foe_preps`` after the name, then a capitalised name to the mention's end), else the mention.

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("The army launched Operation Iron Broom against KLF in 2003.")
    >>> name = "Operation Iron Broom against KLF"
    >>> m = Mention(3, 8, 18, 48, name, "Organization", name)
    >>> foe_after_operation(doc, m).text
    'KLF'
    """
    title = operation_title(doc[mention.start])
    prep = mention.start + len(title)
    if not title or prep + 1 >= mention.end or doc[prep].lower_ not in named_operation_cues().foe_preps:
        return mention
    foe = doc[prep + 1 : mention.end]
    if not foe[0].text[:1].isupper():
        return mention
    return replace(
        mention, start=foe.start, start_char=foe.start_char, text=foe.text, name=foe.text, kind=guess_kind(foe.text)
    )
