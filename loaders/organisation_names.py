"""Organisation names the NER and the name lists get wrong (``seeds/relations.yaml``, ``organisation_names``).

- A name the NER read as a person's that has a word only organisations' names have is an organisation's:
  "Jund al-Aqsa", "Asaib al-Haq", "Furadino Shipping".
- A name set before or beside a noun of organisations ("Russia's Baza news outlet", "the clans of X") is an
  organisation's, whatever the NER took it for; a clan's is written with its noun too ("the Dhulbahante clan").
- A name no list knows set right before a noun of armed groups ("the Kitgwang faction") is the group's.
- A lone generic body noun ("the Army", "Council", "Customs") names no one actor: it is not a node.
- A known name written in lowercase as one common word ("a coalition of rebel groups") is not that name.
- A platform a statement is posted on ("said on Twitter") is where it was said, not an actor.
- A name glued to page furniture ("HouthisReuters", "Asia PacificWar", "Alejandro Rondón Verified") is
  the known actor after the glue, or the name without the furniture word, or no name at all.
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc, Span, Token

from graph.gazetteer import Actor, Gazetteer
from graph.seeds import load_seed_yaml
from graph.slug import name_key
from loaders.coordination import first_of_list
from loaders.cues import load_cues
from loaders.doc_words import span_text, text_of


@cache
def _lists() -> dict[str, frozenset[str]]:
    return {key: frozenset(words) for key, words in load_seed_yaml("relations.yaml")["organisation_names"].items()}


@cache
def state_bodies() -> frozenset[str]:
    """The generic names of state bodies ("Ministry of Defence", "Interior Ministry"), compared as name keys."""
    data = load_seed_yaml("relations.yaml")
    bodies = [*data["organisation_names"]["state_bodies"], *data["same_actor"]["state_bodies"]]
    return frozenset(name_key(b) for b in bodies)


def names_an_organisation(name: str, kind: str) -> bool:
    """Whether a name's words ("Jund al-Aqsa", "X Brigades": a kind other than ``other``) are an organisation's."""
    return kind != "other" or any(w in _lists()["words"] for w in name.lower().split())


def opens_as_body(name: str) -> bool:
    """Whether a name opens with another language's word for a body (``body_openers``), alone or before a hyphen and
    after an Arabic article, or after a singular article of its language and the adjectives of renewal that may
    follow it (``singular_articles``, ``renewal_adjectives``): "Jaysh al-Adl", "Jamaat-ul-Ahrar", "al-Hashd
    al-Shaabi", "Cárteles Unidos", "La Nueva Familia Michoacana".

    >>> opens_as_body("Jaysh al-Adl"), opens_as_body("Jamaat-ul-Ahrar"), opens_as_body("al-Hashd al-Shaabi")
    (True, True, True)
    >>> opens_as_body("Tahrir Square"), opens_as_body("Hashd"), opens_as_body("La Paz"), opens_as_body("Nueva Esparta")
    (False, False, False, False)
    >>> [opens_as_body(name) for name in ("La Familia Michoacana", "La Nueva Familia Michoacana", "La Oficina")]
    [True, True, True]
    """
    words = name.lower().split()
    rest = words
    if len(rest) > 1 and rest[0] in _lists()["singular_articles"]:
        rest = rest[1:]
        while len(rest) > 1 and rest[0] in _lists()["renewal_adjectives"]:
            rest = rest[1:]
    first = rest[0].removeprefix("al-").split("-", 1)[0] if rest else ""
    return len(words) + name.count("-") > 1 and first in _lists()["body_openers"]


def article_and_body_word(name: str) -> bool:
    """Whether a name is an Arabic article and one word that no family name of origin ends as (``nisba_endings``),
    written with a hyphen or a space: "al Qaeda", "Al-Tessara"; not "al-Baghdadi" (a person's family name).

    >>> [article_and_body_word(n) for n in ("al Qaeda", "Al-Tessara", "al-Baghdadi", "al Tessari", "Qaeda")]
    [True, True, False, False, False]
    """
    words = name.lower().replace("-", " ").split()
    return len(words) == 2 and words[0] == "al" and words[1].isalpha() and not words[1].endswith(_nisba_endings())


@cache
def _nisba_endings() -> tuple[str, ...]:
    return tuple(load_seed_yaml("relations.yaml")["organisation_names"]["nisba_endings"])


def ends_as_unit(name: str) -> bool:
    """Whether a name's last word is a unit's ("Eastern Bloc", "Western Regional Command": ``unit_heads``)."""
    return name.lower().rsplit(" ", 1)[-1] in _lists()["unit_heads"]


def headed_by_office(name: str) -> bool:
    """Whether a name of two words or more is headed by a state body's noun (``office_heads``): its word before the
    first "of", else its last word. "State Department" and "Department of Defense" are bodies, though each of their
    words is a title's or a portfolio's; "Secretary of State" and "Army Chief" are not.

    >>> headed_by_office("State Department"), headed_by_office("Department of the Treasury")
    (True, True)
    >>> headed_by_office("Secretary of State"), headed_by_office("Department")
    (False, False)
    """
    words = name.lower().split()
    head = words[words.index("of") - 1] if "of" in words[1:] else words[-1]
    return len(words) > 1 and head in _lists()["office_heads"]


def names_state_force(after_state: str) -> bool:
    """Whether the words after a state's name or demonym that opens a name make it the state's armed force: they end
    in one of ``state_force_ends`` or are one of ``state_force_names``.

    >>> names_state_force("National Defense Force"), names_state_force("Army")
    (True, True)
    >>> names_state_force("People's Liberation Army"), names_state_force("Democratic Forces")
    (False, False)
    """
    words = after_state.lower()
    lists = _lists()
    return words in lists["state_force_names"] or any(
        words == end or words.endswith(" " + end) for end in lists["state_force_ends"]
    )


def ends_in_body_head(name: str) -> bool:
    """Whether a name of two words or more ends in a body's head of no kind ("Latin America Programme", "Sahel Wire":
    ``body_heads``).

    >>> ends_in_body_head("Africa Security Programme"), ends_in_body_head("Wire")
    (True, False)
    """
    words = name.lower().split()
    return len(words) > 1 and words[-1] in _lists()["body_heads"]


def body_title_nouns() -> frozenset[str]:
    """Lowercase nouns of bodies that title the name right after them ("rescue service Zaka": ``title_nouns``)."""
    return _lists()["title_nouns"]


def described_as_organisation(token: Token) -> bool:
    """Whether a name's head word is set before or beside a noun of organisations: "Baza news outlet", "the
    outlawed Kach movement", "the subsidiary, Meroe Gold", "the clans of Habargidir, Murusade and Hawadle",
    "SOCADEF, the armed wing of X", "the umbrella group Mara Patani"."""
    apposed = _lists()["apposed_nouns"]
    if apposed_as_body(token):
        return True
    if token.dep_ == "appos" and token.head.lemma_.lower() in apposed and token.head.pos_ == "NOUN":
        return not _role_holder_hung_on_body(token)
    token = first_of_list(token)
    head = token.head
    if token.dep_ in {"compound", "appos"} and describes_a_body(head):
        return True
    return token.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in _lists()["clan_nouns"]


def describes_a_body(noun: Token) -> bool:
    """Whether a noun after a name makes the name a body's ("outlet", "gang": ``described_by``; "movement", "party" in
    the singular: ``described_in_singular``)."""
    lemma = (noun.lemma_ or noun.lower_).lower()  # a document with no lemmas: the word as written
    return lemma in _lists()["described_by"] or noun.lower_ in _lists()["described_in_singular"]


def _role_holder_hung_on_body(token: Token) -> bool:
    """Whether a name set beside a body's noun follows a person's role of that body, on which the parser hung it
    wrongly: "a senior member of the group, X", "a commander of the movement, X" name the role's holder, a person."""
    body = token.head
    if body.dep_ != "pobj" or body.head.lower_ != "of":
        return False
    role = body.head.head.lemma_.lower()
    return load_cues().is_person_role(role) or role in load_seed_yaml("relations.yaml")["person_nouns"]


def describing_body_nouns() -> frozenset[str]:
    """The nouns of bodies an apposition or a noun before a name describes it by ("a security company", "a news
    agency", "an armed group": ``apposed_nouns`` and ``described_by``)."""
    return _lists()["apposed_nouns"] | _lists()["described_by"]


def apposed_as_body(token: Token) -> bool:
    """Whether a name's head word has an apposition ending in a noun of organisations after it: "SOCADEF, the armed
    wing of X", "X and Y, the forestry arm of Z" (hung on any name of the list), "X, a conservation non-profit"."""
    apposed = _lists()["apposed_nouns"]
    first = first_of_list(token)
    listed = {token, first, *first.conjuncts}
    return any(
        c.dep_ == "appos" and _apposed_noun(c) in apposed and _closed(c) for name in listed for c in name.children
    )


def _closed(appos: Token) -> bool:
    """Whether an apposition ends at a punctuation mark or its sentence's end, as a description does; not one the
    parser ran into the clause after it ("the death of X, a small armed faction led by Y still holds out")."""
    last = appos.right_edge
    return last.is_punct or last.i + 1 >= appos.sent.end or appos.doc[last.i + 1].is_punct


def _word_of_noun(word: Token, appos: Token) -> bool:
    """Whether a word after an apposition's head is part of the noun it ends in: hyphenated to the word before it
    ("non-profit"), or hung on the head as a word of its own ("non", "profit" of "conservation"); not a comma, nor an
    adjective with its own object after the noun ("the network loyal to X")."""
    before = word.doc[word.i - 1]
    hyphenated = not before.whitespace_ and "-" in {word.text, before.text}
    own_object = any(c.dep_ == "prep" for c in word.children)
    hung = not word.is_punct and word.head.i == appos.i and word.dep_ in _lists()["noun_word_deps"] and not own_object
    return hyphenated or hung


def _apposed_noun(appos: Token) -> str:
    """The noun an apposition ends in, in lower case and a hyphenated word whole: "arm" of "the forestry arm of Z";
    "non-profit" of "the conservation non-profit", which the parser may split into words hung on "conservation"."""
    doc, end = appos.doc, appos.i + 1
    while end < len(doc) and _word_of_noun(doc[end], appos):
        end += 1
    start = end - 1
    while start > appos.i and not doc[start - 1].whitespace_:
        start -= 1
    return appos.lemma_.lower() if end == appos.i + 1 else doc[start:end].text.lower()


def clan_phrase(doc: Doc, start: int, end: int) -> str | None:
    """A body's name with the clan noun written right after it ("the Dhulbahante clan", "Tarabin clans":
    ``clan_nouns``), the fuller form of the clan's name, if there is one."""
    if end < len(doc) and clan_noun(doc[end]) and doc[end - 1].whitespace_:
        return doc[start : end + 1].text
    return None


def clan_noun(token: Token) -> bool:
    """Whether a word is a noun of clans or tribes (``clan_nouns``): a person "of the Tarabin tribe" is its member."""
    return token.lower_ in _lists()["clan_nouns"]


def names_unit(span: Span) -> bool:
    """Whether a name stands right before a noun of armed groups as its compound ("the Kitgwang faction", "the
    Agwelek forces of General X": ``unit_nouns``), so that the name is the group's, not a place's or a people's."""
    doc = span.doc
    if span.end >= len(doc) or not all(t.is_title for t in span if t.is_alpha):
        return False
    noun = doc[span.end]
    return unit_after(doc, span.end) and noun.pos_ == "NOUN" and span.root.head == noun


def unit_after(doc: Doc, i: int) -> bool:
    """Whether the i-th word of a document is a noun of armed groups (``unit_nouns``: "faction", "forces")."""
    return i < len(doc) and doc[i].lower_ in _lists()["unit_nouns"]


def generic_body(name: str) -> bool:
    """Whether a name is one generic body noun ("Army", "Council") that names no one actor."""
    return " " not in name and name.lower() in _lists()["generic_bodies"]


def common_noun(span: Span, gazetteer: Gazetteer) -> bool:
    """Whether a known actor's name matched in lowercase is one common word the list spells otherwise, used as
    a common noun: "a coalition of rebel groups", "the gang coalition", "a coalition government", "the Northern
    Alliance coalition" are not the Coalition ("the coalition", "coalition forces", "the Saudi-led coalition" are)."""
    if len(span) != 1 or not span.text.islower():
        return False
    actor = gazetteer.actors.get(span.id_)
    if actor is None or span.text in actor.surfaces:
        return False
    word = span[0]
    indefinite = load_cues().indefinite_articles
    described = any(
        (c.dep_ == "det" and c.lower_ in indefinite) or (c.dep_ == "compound" and c.is_lower) or c.lower_ == "of"
        for c in word.children
    )
    return described or _named_before(word, gazetteer) or (word.dep_ == "compound" and word.head.lower_ == "government")


def out_of_theatre(span: Span, named: list[Span], gazetteer: Gazetteer) -> bool:
    """Whether a known actor's common word ("the coalition" of the US-led Coalition) is on a page that names neither
    the actor otherwise, nor any entry of its ``theatre:``, nor another actor whose name holds the word (``named``:
    the known names the page writes, not in lower case): a page on South Sudan's rebels that writes "the coalition
    broke apart" means its own coalition; "the Saudi-led coalition ... the coalition" is left to bind the two."""
    actor = gazetteer.actors.get(span.id_)
    if actor is None or not actor.theatre or not span.text.islower() or span.text in actor.surfaces:
        return False
    places = {a.id for a in (gazetteer.lookup(name) for name in actor.theatre) if a is not None}
    ids = {k.id_ for k in named}
    holders = (k for k in named if k.id_ != actor.id and span.text in k.text.lower().split())
    return actor.id not in ids and not places & ids and next(holders, None) is None


def owner_unwritten(span: Span, actor: Actor | None) -> bool:
    """Whether a known international body's name is the generic name of a state's body ("the Security Council", the
    UN's; ``state_bodies``) on a page that never writes the rest of any of its names ("UN", "United Nations"): a
    state's body, which the page names without its state ("Tokayev took over as chairman of the Security Council" in
    an article on Kazakhstan), not the known one.

    >>> from graph.gazetteer import load_gazetteer
    >>> from loaders.mentions import find_mentions
    >>> from loaders.nlp import load_nlp
    >>> def bodies(text):
    ...     found = find_mentions(load_nlp()(text), load_gazetteer())
    ...     return [(m.name, m.actor_id) for m in found if "Council" in m.text]
    >>> bodies("Tokayev chairs the Security Council.")
    [('Security Council', None)]
    >>> bodies("Iraq took its complaint to the Security Council, the UN body.")
    [('UN Security Council', 'un-security-council')]
    """
    key = name_key(span_text(span))
    if actor is None or actor.kind != "international" or key not in state_bodies():
        return False
    size = len(key.split())
    for surface in actor.surfaces:
        words = surface.split()
        if len(words) > size and name_key(" ".join(words[-size:])) == key:
            rest = " ".join(words[:-size])
            if re.search(rf"(?<!\w){re.escape(rest)}(?!\w)", text_of(span.doc)):
                return False
    return True


def foreign_longer_name(ent: Span, inside: list[Span], named: list[Span], gazetteer: Gazetteer) -> bool:
    """Whether a longer name the NER reads around one known actor's name is another actor's: the known one belongs
    to a ``theatre:`` that the page never names, nor the actor elsewhere ("Sudan's National Congress Party" is not
    India's "Congress party"; a page on India naming the "Indian National Congress Party" keeps it)."""
    if ent.label_ != "ORG" or len(inside) != 1 or len(ent) <= len(inside[0]):
        return False
    actor = gazetteer.actors.get(inside[0].id_)
    if actor is None or not actor.theatre:
        return False
    places = {a.id for a in (gazetteer.lookup(name) for name in actor.theatre) if a is not None}
    ids = {k.id_ for k in named if not (ent.start <= k.start and k.end <= ent.end)}  # named outside this name
    return actor.id not in ids and not places & ids


def other_body_around(ent: Span, inside: list[Span]) -> bool:
    """Whether a longer name the NER reads around one known organisation's name is another body's: a name glued to
    it by a hyphen, before ("the Kuki-Chin National Front" is not the Chin National Front) or after ("ISIS-GS", a
    branch of the group), or words after it that name a part of it (``part_nouns``: "the Islamic Jihad
    Organization", "the UN Panel of Experts"), unless they are a designation's words for the group itself ("the Los
    Lobos Drug Trafficking Organization")."""
    if ent.label_ != "ORG" or len(inside) != 1 or inside[0].label_ != "Organization" or len(ent) <= len(inside[0]):
        return False
    known, doc = inside[0], ent.doc
    before = doc[known.start - 2 : known.start] if known.start - 2 >= ent.start else None
    after = doc[known.end : known.end + 2] if known.end + 2 <= ent.end else None
    if before is not None and _glued_hyphen(before[1]) and (before[0].is_title or before[0].is_upper):
        return True
    if after is not None and _glued_hyphen(after[0]) and (after[1].is_title or after[1].is_upper):
        return True
    words = {t.lower_ for t in doc[known.end : ent.end]}
    return bool(words & _lists()["part_nouns"]) and not words & _lists()["designation_words"]


def _glued_hyphen(token: Token) -> bool:
    """Whether a token is a hyphen written with no space on either side ("Kuki-Chin")."""
    return token.text == "-" and not token.whitespace_ and not token.doc[token.i - 1].whitespace_


def other_owners_body(ent: Span, inside: list[Span], gazetteer: Gazetteer) -> bool:
    """Whether a longer name the NER reads around a known body's short form is another owner's body of that name:
    "the Chechen Security Council" is not the "UN Security Council" written "Security Council" (but "the UN Security
    Council", its owner written out, is).

    The known name must be its actor's name without the owner it opens with; the words before it, capitalised, must
    name another owner, or none the gazetteer knows."""
    if ent.label_ != "ORG" or len(inside) != 1 or inside[0].end != ent.end:
        return False
    known = inside[0]
    actor = gazetteer.actors.get(known.id_)
    if actor is None or actor.label != "Organization" or not actor.name.endswith(f" {known.text}"):
        return False
    words = [t for t in ent.doc[ent.start : known.start] if t.lower_ not in load_cues().definite]
    if not words or not all(t.is_title or t.is_upper for t in words):
        return False
    owner = gazetteer.lookup(actor.name.removesuffix(f" {known.text}"))
    written = gazetteer.lookup(" ".join(t.text for t in words))
    return written is None or owner is None or written.id != owner.id


def other_states_names(known: list[Span], gazetteer: Gazetteer) -> list[Span]:
    """Known short names written right after another state's demonym or name, each with it one name of an actor the
    gazetteer does not know: "Egyptian Islamic Jihad" is not "Palestinian Islamic Jihad" written "Islamic Jihad" (the
    counterpart of :func:`other_owners_body` where the NER reads no longer name). The known name must be its actor's
    name without the state it opens with."""
    by_end = {k.end: k for k in known}
    found = []
    for k in known:
        before = by_end.get(k.start)
        actor = gazetteer.actors.get(k.id_)
        if before is None or before.label_ != "Country" or actor is None or actor.label != "Organization":
            continue
        if not actor.name.endswith(f" {k.text}") or "\n" in before.doc[before.end - 1].whitespace_:
            continue
        owner = gazetteer.lookup(actor.name.removesuffix(f" {k.text}"))
        if owner is not None and owner.label == "Country" and owner.id != before.id_:
            found.append(Span(k.doc, before.start, k.end, label="ORG"))
    return found


def _named_before(word: Token, gazetteer: Gazetteer) -> bool:
    """Whether a common word follows a name other than a state's, which it describes: the Northern Alliance of "the
    Northern Alliance coalition" (but "the US coalition" is the Coalition)."""
    names = [c for c in word.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
    if not names:
        return False
    state = gazetteer.lookup(word.doc[names[0].left_edge.i : word.i].text)
    return state is None or state.label != "Country"


def posted_on(span: Span, name: str) -> bool:
    """Whether a platform is named as where something was posted ("on Twitter", "his Facebook account")."""
    if name not in _lists()["platforms"]:
        return False
    root = span.root
    return (
        root.head.lower_ in _lists()["venue_words"]
        or any(c.lower_ in _lists()["venue_words"] for c in root.children)
        or written_as_venue(span)
    )


def written_as_venue(span: Span) -> bool:
    """Whether the words around a platform's name make it a venue whatever the parse: "on the Telegram messaging
    app", "Share on WhatsApp", "posted a video on Facebook showing"."""
    doc = span.doc
    before = span.start - 1
    while before >= 0 and doc[before].lower_ in _lists()["venue_determiners"]:
        before -= 1
    after = doc[span.end : span.end + 2]
    return (before >= 0 and doc[before].lower_ in _lists()["venue_preps"]) or any(
        t.lower_ in _lists()["venue_words"] and t.pos_ == "NOUN" for t in after
    )


GLUED = re.compile(r"[a-z]{3,}(?=[A-Z])")  # "HouthisReuters": a headline run into the outlet's name


def without_furniture(span: Span) -> Span:
    """The name without page furniture words it ran into at its end ("Alejandro Rondón Verified"); empty if it is
    all furniture ("File Photo")."""
    while len(span) and span[-1].lower_ in _lists()["furniture_words"]:
        span = span[:-1]
    return span


def glued(text: str) -> str | None:
    """The part after a headline glued to a name without a space ("Reuters" of "HouthisReuters", "War" of "Asia
    PacificWar"), if that part is page furniture or a section's name (else the name is written so: "LinkedIn")."""
    found = GLUED.search(text)
    if found is None:
        return None
    rest = text[found.end() :]
    return rest if rest.lower() in _lists()["furniture_words"] | _lists()["section_words"] else None
