"""One actor, one label within a document: the NER labels each mention on its own, so the same
name can come out as a person in one sentence and a place or a body in the next.

- A lone word that is the last name of a person the document names in full is that person
  ("Wabenga said" after "Idris Wabenga"), whatever the NER took it for; not where the page also writes it in the
  plural and it qualifies a noun ("Houthi attacks" beside "the Houthis" and "Abdul-Malik al-Houthi": a movement
  named after a family).
- Other names the NER labelled differently across the document (written alike but for capitals and accents: "Al
  Shabaab" opening a sentence, "al Shabaab" within one) take the label most of their mentions have; a tie goes to
  the place, then the organisation (a village's or a company's name is more often read as a person's than the
  other way round).
- A name the text once describes as a body ("Lehava, a far-right group") is a body wherever it is
  written (``described_bodies``), however many of its other mentions the NER read as a person's; so is one right
  after a lowercase noun of bodies that titles it ("monitoring group Global Witness", "rescue service Zaka"), one
  with members or leaders ("a leader of Los Lobos", "EPP members") and one given as an example of bodies ("local
  gangs such as Los Lobos"), whatever the NER or the rules of places read it as; so is one named as a body ("the
  military, also known as X") and a group's plural by its own language's article ("Los Choneros", and "Choneros"
  beside it; "al-Mourabitoun").

>>> from loaders.mentions import Mention
>>> from loaders.nlp import load_nlp
>>> doc = load_nlp()("Idris Wabenga said on Monday that Wabenga had left Bunyakiri for Bunyakiri town.")
>>> ms = [Mention(0, 2, 0, 17, "Idris Wabenga", "Person", "Idris Wabenga"),
...       Mention(5, 6, 30, 39, "Wabenga", "Organization", "Wabenga", "other"),
...       Mention(8, 9, 50, 55, "Bunyakiri", "Person", "Bunyakiri"),
...       Mention(12, 13, 70, 75, "Bunyakiri", "Location", "Bunyakiri")]
>>> [(m.label, m.name) for m in one_label(doc, ms)]
[('Person', 'Idris Wabenga'), ('Person', 'Wabenga'), ('Location', 'Bunyakiri'), ('Location', 'Bunyakiri')]
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from spacy.tokens import Doc

from graph.resolve import folded, last_name
from graph.seeds import load_seed_yaml
from loaders.body_noun_names import named_by_body_noun
from loaders.described_kinds import listed_as_body_example, named_as_body
from loaders.doc_tree import span_root
from loaders.doc_words import token_strings
from loaders.mentions import Mention, guess_kind
from loaders.organisation_names import body_title_nouns, described_as_organisation
from loaders.person_names import apposed_person, apposed_to_person, titled_by_role, titled_names
from loaders.place_context import placed_starts
from loaders.used_kinds import used_as_armed_group, used_as_body

TIE_ORDER = ("Location", "Organization", "Person")  # who wins a tie between two readings of a name
NER_LABELS = frozenset(TIE_ORDER)


def _surnames(mentions: list[Mention]) -> set[str]:
    """Last names of the people named in full (two words or more) in the document, what follows a hyphen in them
    ("Kaabi" of "al-Kaabi"), the capitalised inner words of longer names (a first surname: "Luna" of "Osiris Luna
    Meza"), and a first word only one of them opens with (a given name, "Milorad" of "Milorad Dodik", or a family
    name written first, "Chen" of "Chen Zhi"; not "Hun" of "Hun Sen" beside "Hun Manet"). Each :func:`_key`, as a
    known person's name may be written apart from the page's ("Condé" of the list's "Alpha Conde") and a listing's
    family name in capitals ("Qureishi" of "Seyed Hojatollah QUREISHI")."""
    full = {m.name for m in mentions if m.label == "Person" and " " in m.name}
    last = [last_name(name) for name in full]
    inner = {w for name in full for w in name.split()[1:-1] if w[:1].isupper()}
    first = {w for name in full if (w := name.split()[0])[:1].isupper() and w.isalpha() and _one_person(w, full)}
    return {_key(w) for w in (*last, *(name.rsplit("-", 1)[-1] for name in last), *inner, *first)}  # "Kaabi" too


def _key(name: str) -> str:
    """A name as a lone word is compared with the people named in full: lower case, no accents."""
    return " ".join(folded(name))


def _one_person(first: str, full: set[str]) -> bool:
    """Whether the people named in full whose name opens with this word are one: each name the beginning of the
    longest ("Chen Zhi" of "Chen Zhi Mean", a headline running on)."""
    names = sorted((name.split() for name in full if name.split()[0] == first), key=len)
    return all(names[-1][: len(name)] == name for name in names)


def _vote_key(name: str) -> str:
    """The key a name's mentions are voted under: :func:`_key`, but a name all in capitals apart (a listing's "MOE
    MYINT TUN", whose label :func:`~loaders.names_in_capitals.names_in_capitals` settles)."""
    return name if name.isupper() else _key(name)


def _written_in_plural(mentions: list[Mention]) -> set[str]:
    """Lone words the page also names in the plural ("Houthi" beside "the Houthis"), each :func:`_key`: a people's
    or a movement's name, though a person named in full bears it as a family name ("Abdul-Malik al-Houthi"); a
    person is not written in the plural.

    >>> from loaders.mentions import Mention
    >>> sorted(_written_in_plural([Mention(0, 1, 0, 7, "Orvanis", "Person", "Orvanis"),
    ...                            Mention(3, 5, 20, 30, "Tessa Orvani", "Person", "Tessa Orvani")]))
    ['orvani']
    """
    return {key[:-1] for m in mentions if " " not in m.name and (key := _key(m.name)).endswith("s")}


def _label_of(votes: Counter[str]) -> str:
    """The label most mentions have; a tie by :data:`TIE_ORDER`."""
    top = max(votes.values())
    return next(label for label in TIE_ORDER if votes[label] == top)


def one_label(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """The mentions, with each unknown name given one label for the whole document; a family name the page also
    writes in the plural, where it qualifies a noun ("Houthi attacks" beside "the Houthis"), the group's. A lone
    word is a person's last name only where the full name's mentions read as a person's are not outvoted (not
    "Brotherhood" of the "Chin Brotherhood" the NER read once in three as a man's) and where fewer than half of its
    mentions are a place's (not "in Cauca" beside a "Valle del Cauca" read as a man's:
    :func:`~loaders.place_context.placed_starts`)."""
    votes: dict[str, Counter[str]] = {}
    for m in mentions:
        if not m.actor_id and m.label in NER_LABELS and not m.refers_back:
            votes.setdefault(_vote_key(m.name), Counter())[m.label] += 1  # "Al Shabaab" opening a sentence too
    labels = {key: _label_of(v) for key, v in votes.items() if len(v) > 1}
    outvoted = {key for key, v in votes.items() if v["Person"] < max(v.values())}  # "Chin Brotherhood"
    surnames = _surnames([m for m in mentions if _vote_key(m.name) not in outvoted])
    placed = _mostly_placed(doc, mentions)
    labels.update({key: "Person" for key in votes if _key(key) in surnames and key not in placed})
    labels.update({key: "Person" for key in _titled_people(doc, mentions) if key in votes})  # "Mullah X ... X's death"
    families = surnames & _written_in_plural(mentions)  # "Houthi" of Abdul-Malik al-Houthi beside "the Houthis"
    out = []
    for m in mentions:
        label = labels.get(_vote_key(m.name)) if not m.actor_id else None
        if label == "Person" and _key(m.name) in families and _qualifies_a_noun(doc, m):
            label = "Organization"
        if label is None or label == m.label:
            out.append(m)
            continue
        out.append(replace(m, label=label, kind=guess_kind(m.name) if label == "Organization" else None))
    return out


def _titled_people(doc: Doc, mentions: list[Mention]) -> set[str]:
    """The vote keys of the unknown names the NER read as a person's right after a person's title or role that
    modifies them ("Mullah Fazlullah", "spokesman Tessa"): a person's, however the NER read them elsewhere."""
    return {
        _vote_key(m.name)
        for m in mentions
        if not m.actor_id and not m.refers_back and m.label == "Person" and titled_by_role(doc[m.start : m.end])
    }


def _mostly_placed(doc: Doc, mentions: list[Mention]) -> set[str]:
    """The vote keys of the unknown lone words at least half of whose mentions their sentence uses as a place's
    ("fighting in Cauca")."""
    starts = placed_starts(doc, [m for m in mentions if not m.actor_id and " " not in m.name])
    counts: dict[str, Counter[bool]] = {}
    for m in mentions:
        if not m.actor_id and " " not in m.name:
            counts.setdefault(_vote_key(m.name), Counter())[m.start in starts] += 1
    return {key for key, c in counts.items() if c[True] * 2 >= c.total()}


def _qualifies_a_noun(doc: Doc, m: Mention) -> bool:
    """Whether a name is written before a lowercase noun or a hyphen, as a group's name qualifies its deeds ("Houthi
    attacks", "Houthi-run") and a man's seldom does."""
    after = doc[m.end] if m.end < len(doc) else None
    return after is not None and (after.text == "-" or (after.is_lower and after.pos_ == "NOUN"))


def _titled_as_body(doc: Doc, start: int) -> bool:
    """Whether a lowercase noun of bodies (``organisation_names.title_nouns``) stands right before the name as its
    title: "monitoring group Global Witness", "rescue service Zaka", "the Chinese firm Sinohydro" (not "group leader
    X": the noun before the name is a role's)."""
    before = doc[start - 1] if start > 0 else None
    return before is not None and before.is_lower and before.pos_ == "NOUN" and before.lemma_ in body_title_nouns()


def _used_as_body_at(doc: Doc, start: int, end: int, read_as_person: bool) -> bool:
    """Whether the name written at ``start:end`` is described, titled, used, listed or named as a body's there."""
    span = doc[start:end]
    return (
        described_as_organisation(span.root)
        or _titled_as_body(doc, start)
        or used_as_armed_group(span)
        or used_as_body(span, read_as_person)
        or listed_as_body_example(span)
        or named_as_body(span)
        or named_by_body_noun(doc, start, end)
    )


def _untagged_writings(doc: Doc, mentions: list[Mention]) -> dict[str, list[tuple[int, int]]]:
    """Where the page writes each name read as an unknown person's (of one word or more) outside any mention: the NER
    may leave the very sentence that tells what the name is untagged ("Orvane, a loose network of militias, ..."
    beside "fighting with Orvane", read as a man's); not a place's, whose name often opens a body's the NER left
    untagged ("the Sinaloa cartel").

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("Fighting with Orvane spread. Orvane, a network of militias, denied it.")
    >>> _untagged_writings(doc, [Mention(2, 3, 14, 20, "Orvane", "Person", "Orvane")])
    {'Orvane': [(5, 6)]}
    """
    taken = {i for m in mentions for i in range(m.start, m.end)}
    texts = token_strings(doc)
    unknown = [m for m in mentions if not m.actor_id and not m.refers_back and m.label == "Person"]
    firsts = {texts[m.start] for m in unknown}
    at: dict[str, list[int]] = {}
    for i, text in enumerate(texts):
        if text in firsts and i not in taken:
            at.setdefault(text, []).append(i)
    out: dict[str, list[tuple[int, int]]] = {}
    for m in unknown:
        words = texts[m.start : m.end]
        found = [(i, i + len(words)) for i in at.get(words[0], ()) if texts[i : i + len(words)] == words]
        if found:
            out.setdefault(m.name, found)
    return out


def body_names(doc: Doc, mentions: list[Mention]) -> set[str]:
    """The unknown names the page describes or uses as bodies' (see :func:`described_bodies`), where the NER read them
    or where it left them untagged (:func:`_untagged_writings`)."""
    people = _surnames(mentions)
    bodies = {
        m.name
        for m in mentions
        if not m.actor_id
        and not m.refers_back
        and not (m.label == "Person" and _key(m.name) in people)
        and _used_as_body_at(doc, m.start, m.end, m.label == "Person")
    }
    bodies |= {
        name
        for name, starts in _untagged_writings(doc, mentions).items()
        if _key(name) not in people and any(_used_as_body_at(doc, start, end, True) for start, end in starts)
    }
    bodies |= {m.name for m in mentions if m.label == "Person" and not m.actor_id and _plural_of_a_modifier(doc, m)}
    others = {span_root(doc, m.start, m.end).i for m in mentions if m.label in {"Location", "Country", "Person"}}
    bodies |= {
        m.name
        for m in mentions
        if not m.actor_id
        and _named_by_article(doc, m, people)
        and not any(t.i in others for t in span_root(doc, m.start, m.end).conjuncts)  # "Lahj, al-Dhalea and Socotra"
    }
    groups = bodies | {m.name for m in mentions if m.label == "Organization"}
    bodies |= {name.split(" ", 1)[1] for name in groups if _opens_with_plural_article(name)}  # "Choneros"
    plurals = {_key(name) for name in groups}
    bodies |= {  # "a Naxal attack" beside "the Naxals", "a Tamil Tiger" beside "the Tamil Tigers": not a person
        m.name
        for m in mentions
        if m.label == "Person" and not m.actor_id and _key(m.name) + "s" in plurals and _key(m.name) not in people
    }
    return bodies


def described_bodies(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """The mentions, each unknown name that one of its mentions describes as a body ("Lehava, a far-right group",
    "Andariel, a second sub-group") or uses as an armed group's ("Orvane fighters":
    :func:`~loaders.used_kinds.used_as_armed_group`), gives it members or leaders ("a leader of X", "X members":
    :func:`~loaders.used_kinds.used_as_body`) or lists it as an example of bodies ("gangs such as X":
    :func:`~loaders.described_kinds.listed_as_body_example`), names it as a body ("the military, also known as X":
    :func:`~loaders.described_kinds.named_as_body`) or writes it as a group's plural by its article (:func:`
    _named_by_article`: "Los Choneros", then "Choneros" too; not in a list of places or people) an organisation's
    throughout, whatever the other mentions were voted; not a lone word of a person the document names in full
    (:func:`_surnames`: "sanctioned Chen, the group and its companies" lists Chen Zhi). A one-word name read as a
    person's is a body's too when the page names the body in the plural ("a Naxal attack" beside "the Naxals"); a lone
    word voted a person's as the last name of a body's name read as a man's and written after "the", borne by no
    person the page names, is that body ("Marquetalia" beside "the Segunda Marquetalia"):
    :func:`_last_words_of_bodies`. A name read as a place's stays a place's where its sentences use it as a place's
    more often than they use it as a body's ("Tripoli militias" beside "fighting in Tripoli" three times:
    :func:`_held_as_places`); a name read as a person's stays a person's where its sentences give it a person's title
    or role at least as often (:func:`_held_as_people`)."""
    bodies = body_names(doc, mentions)
    bodies -= _held_as_places(doc, mentions, bodies) | _held_as_people(doc, mentions, bodies)
    return _last_words_of_bodies(
        [
            replace(m, label="Organization", kind=guess_kind(m.name))
            if m.name in bodies and not m.actor_id and m.label in {"Person", "Location"}
            else m
            for m in mentions
        ],
        {m.name for m in mentions if m.label == "Person" and m.name in bodies and " " in m.name and _after_the(doc, m)},
    )


def _held_as_places(doc: Doc, mentions: list[Mention], bodies: set[str]) -> set[str]:
    """The names of ``bodies`` every unknown mention of which is read as a place's and whose sentences use them as a
    place's (:func:`~loaders.place_context.placed_starts`) more often than a body's (:func:`_used_as_body_at`, once
    at least; a name that is a body's by its own words, "Los Zetas", is not held; "in the EPP" beside "EPP members"
    is no place):
    one "Tripoli militias" or one heading's "fighters in Bhamo" does not outvote "fighting in Tripoli".

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("Orvane militias clashed. Shops in Orvane closed. Fighting spread to Orvane.")
    >>> ms = [Mention(0, 1, 0, 6, "Orvane", "Location", "Orvane"),
    ...       Mention(6, 7, 34, 40, "Orvane", "Location", "Orvane"),
    ...       Mention(12, 13, 68, 74, "Orvane", "Location", "Orvane")]
    >>> _held_as_places(doc, ms, {"Orvane"})
    {'Orvane'}
    """
    named = [m for m in mentions if m.name in bodies and not m.actor_id and not m.refers_back]
    places = {m.name for m in named if m.label == "Location"} - {m.name for m in named if m.label != "Location"}
    if not places:
        return set()
    placed = placed_starts(doc, [m for m in named if m.name in places])
    held = set()
    for name in places:
        ms = [m for m in named if m.name == name]
        as_body = sum(_used_as_body_at(doc, m.start, m.end, False) for m in ms)
        if as_body and sum(m.start in placed for m in ms) > as_body:  # not a body by its article ("Los Zetas")
            held.add(name)
    return held


def _held_as_people(doc: Doc, mentions: list[Mention], bodies: set[str]) -> set[str]:
    """The names of ``bodies`` of two words or more every unknown mention of which is read as a person's and whose
    sentences give them a person's title or role (a title before them, "X, the president of Y", "the head of the
    agency, X": :func:`~loaders.person_names.titled_names`, :func:`~loaders.person_names.apposed_person`,
    :func:`~loaders.person_names.apposed_to_person`) at least as often as they use them as a body's (a parse that
    hangs "X, the president of M23" on a body's noun does not make a man a body).

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("The agency named Tessa Orvane, a former militia commander, as its envoy.")
    >>> _held_as_people(doc, [Mention(3, 5, 17, 29, "Tessa Orvane", "Person", "Tessa Orvane")], {"Tessa Orvane"})
    {'Tessa Orvane'}
    """
    named = [m for m in mentions if m.name in bodies and " " in m.name and not m.actor_id and not m.refers_back]
    people = {m.name for m in named if m.label == "Person"} - {m.name for m in named if m.label != "Person"}
    if not people:
        return set()
    titled = titled_names(doc, named)
    held = set()
    for name in people:
        spans = [doc[m.start : m.end] for m in named if m.name == name]
        as_body = sum(_used_as_body_at(doc, span.start, span.end, True) for span in spans)
        as_person = len(spans) if name in titled else sum(apposed_person(s) or apposed_to_person(s) for s in spans)
        if as_person and as_person >= as_body:
            held.add(name)
    return held


def _after_the(doc: Doc, m: Mention) -> bool:
    """Whether a mention is written right after "the", as a body's name is and a person's is not ("the Segunda
    Marquetalia")."""
    return m.start > 0 and doc[m.start - 1].lower_ == "the"


def _last_words_of_bodies(mentions: list[Mention], bodies: set[str]) -> list[Mention]:
    """The mentions, a lone word read as a person's that is the last word of one of ``bodies`` (names read as a
    person's, found a body's) and the last name of no person the page names in full the body's mention.

    >>> ms = [Mention(0, 2, 0, 16, "Segunda Orvania", "Organization", "Segunda Orvania", "other"),
    ...       Mention(5, 6, 30, 37, "Orvania", "Person", "Orvania")]
    >>> [(m.label, m.name) for m in _last_words_of_bodies(ms, {"Segunda Orvania"})]
    [('Organization', 'Segunda Orvania'), ('Organization', 'Segunda Orvania')]
    """
    people = _surnames(mentions)
    tails = {_key(name.rsplit(" ", 1)[1]): name for name in bodies}
    return [
        replace(m, label="Organization", name=tails[key], kind=guess_kind(tails[key]))
        if m.label == "Person" and not m.actor_id and (key := _key(m.name)) in tails and key not in people
        else m
        for m in mentions
    ]


def _plural_of_a_modifier(doc: Doc, m: Mention) -> bool:
    """Whether a one-word name read as a person's is the plural, after "the", of a word the page also writes alone
    before a lowercase word ("the Houthis" beside "the Houthi movement", "Houthi-run"): a movement's or a people's
    followers, not one person (not "the Kivus" beside "North Kivu", a longer name).

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("The Orvanis said the Orvani movement had won.")
    >>> _plural_of_a_modifier(doc, Mention(1, 2, 4, 11, "Orvanis", "Person", "Orvanis"))
    True
    """
    if m.end - m.start != 1 or m.start == 0 or doc[m.start - 1].lower_ != "the" or not m.name.endswith("s"):
        return False
    singular = m.name[:-1]
    return any(
        t.text == singular
        and not (t.i > 0 and doc[t.i - 1].is_title)
        and t.i + 1 < len(doc)
        and (doc[t.i + 1].is_lower or doc[t.i + 1].text == "-")
        for t in doc
    )


def _named_by_article(doc: Doc, m: Mention, people: set[str]) -> bool:
    """Whether a name read as a person's or a place's is a group's by its own language's article
    (``organisation_names.plural_articles``, ``arabic_plural_endings``, ``nisba_endings``): "Los Choneros" read as a
    person's (no person's name opens with "Los"), "Los Zetas" read as a place's where the page writes "the Zetas" too
    (not "Los Angeles"), "al-Mourabitoun" (an Arabic plural), "al-Qaeda" read as a person's (not "al-Baghdadi", a
    family name of origin, nor "al-Bashir" where the page names Omar al-Bashir: ``people``, :func:`_surnames`).

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("Los Orvanes clashed with the Orvanes near Los Tessites.")
    >>> [_named_by_article(doc, Mention(0, 0, 0, 0, name, label, name), {"bashir"}) for name, label in
    ...  (("Los Orvanes", "Location"), ("Los Tessites", "Location"), ("Los Tessites", "Person"),
    ...   ("al-Murabitoun", "Location"), ("al-Qaeda", "Person"), ("al-Baghdadi", "Person"), ("al-Bashir", "Person"))]
    [True, False, True, True, True, False, False]
    """
    if m.label not in {"Person", "Location"}:
        return False
    cues = load_seed_yaml("relations.yaml")["organisation_names"]
    if _opens_with_plural_article(m.name):
        plural = m.name.lower().split()[1:]
        return m.label == "Person" or any(
            [t.lower_ for t in doc[t0.i + 1 : t0.i + 1 + len(plural)]] == plural for t0 in doc if t0.lower_ == "the"
        )
    rest = m.name.lower().removeprefix("al-")
    if rest == m.name.lower() or not rest.isalpha():
        return False
    if rest.endswith(tuple(cues["arabic_plural_endings"])):
        return True
    return m.label == "Person" and not rest.endswith(tuple(cues["nisba_endings"])) and _key(rest) not in people


def _opens_with_plural_article(name: str) -> bool:
    """Whether a name is a plural after a plural article ("Los Choneros": ``organisation_names.plural_articles``)."""
    words = name.lower().split()
    articles = load_seed_yaml("relations.yaml")["organisation_names"]["plural_articles"]
    return len(words) > 1 and words[0] in articles and words[-1].endswith("s")
