"""An organisation's kind from what the text calls it, where the words of its name give none
(``seeds/relations.yaml``, ``described_kinds``).

:func:`loaders.mentions.guess_kind` reads a kind from a name's own words ("X Brigades", "Y Party"); a name without
such a word ("Agwelek", "Weichan Auka Mapu") is of kind ``other`` whatever the page says of it. The page often says
it: the name qualifies a noun of a kind ("the Kaniyat militia", "Agwelek fighters", "the ruling Nuevas Ideas
party"), stands in apposition with one ("X, a former rebel group", "the umbrella group Y") or is listed after a
plural one ("militias such as X and Y", "splinter groups such as Z"). A noun that names one kind alone ("militia",
"gang", "party") gives it; a noun of any body ("group", "organisation", "network") gives an armed group's only when
a word of arms qualifies it ("a militant group", "a neo-Nazi paramilitary network"), and a noun of an agency a state
body's when a word of intelligence or security qualifies it ("the Orvane intelligence agency").

Only unknown names of kind ``other`` change; any place the name is written counts (the NER may read it as a name in
one sentence only), and every mention of the name in the document takes the kind. Read again once the page's ways of
writing one actor are bound together (its acronym, its short forms), a cue on any of them gives the actor its kind.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from spacy.tokens import Doc, Span, Token

from graph.seeds import load_seed_yaml
from loaders.coordination import first_of_list
from loaders.doc_words import token_strings
from loaders.mentions import STATE_KINDS, Mention
from loaders.qualified_nouns import MODIFIER_DEPS
from loaders.used_kinds import part_kind, used_kind

UNKNOWN_KIND = "other"


@cache
def _cues() -> dict:
    return load_seed_yaml("relations.yaml")["described_kinds"]


@cache
def _kind_of_noun() -> dict[str, str]:
    """Each noun that names one kind alone, with its kind ("militia": ``armed_group``)."""
    return {noun: kind for kind, nouns in _cues()["nouns"].items() for noun in nouns}


@cache
def _armed_words() -> frozenset[str]:
    """The words of arms that make a body's noun an armed group's ("rebel", "jihadist")."""
    return frozenset(_cues()["armed_words"])


def noun_kind(noun: Token) -> str | None:
    """The kind a noun describing a body names: its own ("the militia", "the party"), or an armed group's for a
    noun of any body qualified by a word of arms ("a former rebel group", "a jihadist outfit"); else None.

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("a former rebel group, a charity group and the Kaniyat militia")
    >>> noun_kind(doc[3]), noun_kind(doc[7]), noun_kind(doc[11])
    ('armed_group', None, 'armed_group')
    >>> noun_kind(load_nlp()("Tarvessa, a regional bloc")[4])
    'international'
    >>> noun_kind(load_nlp()("Valdoria's Orvane intelligence agency")[4])
    'government'
    """
    if noun.pos_ not in {"NOUN", "PROPN"} or not noun.is_lower:
        return None
    lemma, kinds = noun.lemma_.lower(), _kind_of_noun()
    if (kind := kinds.get(lemma) or kinds.get(noun.lower_)) is not None:
        return kind
    if lemma in _cues()["body_nouns"] and (_qualified_by(noun, _armed_words()) or _made_of_armed(noun)):
        return "armed_group"
    if lemma in _cues()["international_nouns"] and _qualified_by(noun, frozenset(_cues()["international_words"])):
        return "international"
    if lemma in _cues()["state_body_nouns"] and _qualified_by(noun, frozenset(_cues()["state_body_words"])):
        return "government"
    return None


def _qualified_by(noun: Token, words: frozenset[str]) -> bool:
    """Whether a modifier before a noun is one of ``words`` ("a rebel group", "a regional bloc")."""
    return any(c.dep_ in MODIFIER_DEPS and c.i < noun.i and c.lower_ in words for c in noun.children)


def _made_of_armed(noun: Token) -> bool:
    """Whether a body's noun is made of plural armed groups ("a coalition of militias", "an umbrella for armed
    groups")."""
    preps = [c for c in noun.children if c.dep_ == "prep" and c.lower_ in _cues()["made_of_preps"]]
    members = [c for p in preps for c in p.children if c.dep_ == "pobj" and c.tag_ == "NNS"]
    return any(noun_kind(m) == "armed_group" for m in members)


def _armed_before(span: Span) -> bool:
    """Whether a word of arms qualifies a name as a modifier before it ("the rebel Kitgwang", "the jihadist X")."""
    armed = _armed_words()
    return any(c.dep_ in MODIFIER_DEPS and c.i < span.start and c.lower_ in armed for c in span.root.children)


def describing_nouns(span: Span) -> list[Token]:
    """The nouns the text describes a name by: the noun it qualifies ("the Kaniyat militia"), its apposition or
    the noun it is in apposition with ("X, a rebel group"; "the umbrella group X"), the plural noun a list it is
    in gives examples of ("militias such as X and Y", "groups, including X"), the noun of its men whose phrase
    names it ("fighters from X"), the noun it names through a verb of naming ("a faction known as X") and the noun it
    is said to be ("X is a rebel group")."""
    root = span.root
    nouns = [c for c in root.children if c.dep_ == "appos"]
    head = root.head
    if root.dep_ in MODIFIER_DEPS and head.i >= span.end and all(t.head == head for t in span.doc[span.end : head.i]):
        nouns.append(head)  # "the Kaniyat militia", "the Orvane intelligence agency"
    if root.dep_ == "appos":
        nouns.append(root.head)
    first = first_of_list(root)
    if first.dep_ == "pobj" and first.head.lower_ in _cues()["example_preps"] and first.head.head.tag_ == "NNS":
        nouns.append(first.head.head)
    if (named := _named_noun(root)) is not None:
        nouns.append(named)
    if (men := _men_of(first)) is not None:  # "fighters from X, Y and Z"
        nouns.append(men)
    nouns.extend(_predicates(root))
    return [n for n in nouns if n.i not in range(span.start, span.end)]


def listed_as_body_example(span: Span) -> bool:
    """Whether a name, or a list it is in, gives examples of a plural noun of bodies ("terrorist groups including X
    and Y", "local gangs such as X", "movements like X", "organisations, among them X", "listed entities include X"): a
    noun of a kind (:func:`noun_kind`) or of any body
    (``body_nouns``), never of places ("towns such as X") nor of a group's men ("fighters including X": people).

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("Iran arms militant groups including Orvane and Tessit, and towns such as Bor.")
    >>> [listed_as_body_example(doc[i : i + 1]) for i in (5, 7, 12)]
    [True, True, False]
    >>> listed_as_body_example(load_nlp()("It had fighters including Ali Tessit.")[5:7])
    False
    >>> doc = load_nlp()("Banned entities include Orvane and Tessit.")
    >>> listed_as_body_example(doc[3:4]), listed_as_body_example(doc[5:6])
    (True, True)
    >>> doc = load_nlp()("It listed three groups as Foreign Terrorist Organizations: Tren de Orvane, Tessit and Varga.")
    >>> [listed_as_body_example(doc[i:j]) for i, j in ((9, 12), (13, 14), (15, 16))]
    [True, True, True]
    >>> listed_as_body_example(load_nlp()("It named three men: Ali Tessit and Omar Varga.")[5:7])
    False
    """
    noun = _examples_of(first_of_list(span.root))
    return (
        noun is not None
        and noun.tag_ == "NNS"
        and noun.lemma_.lower() not in _cues()["member_nouns"]  # "fighters including X": people
        and (noun_kind(noun) is not None or noun.lemma_.lower() in _cues()["body_nouns"])
    )


def _examples_of(first: Token) -> Token | None:
    """The noun a list's first name gives an example of: "groups" of "groups including X", of "groups, among them
    X" (the word before "among them"), of "groups include X" and of "designated eight groups as Terrorist
    Organizations: X, Y" (the last lowercase plural before a colon that opens the list); else None."""
    colon = first.left_edge.i - 1
    if colon > first.sent.start and first.doc[colon].text == ":":
        before = first.doc[first.sent.start : colon]
        return next((t for t in reversed(before) if t.tag_ == "NNS" and t.is_lower), None)
    head = first.head
    if first.dep_ == "pobj" and head.lower_ in _cues()["example_preps"]:
        return head.head
    if first.dep_ == "dobj" and head.lemma_.lower() in _cues()["example_verbs"]:
        return next((c for c in head.children if c.dep_ == "nsubj"), None)
    among = next((c for c in first.children if c.lower_ in _cues()["example_among"] and c.i < first.i), None)
    if among is None or not any(c.lower_ == "them" for c in among.children) or among.i < 2:
        return None
    before = first.doc[among.i - 1]
    return first.doc[among.i - 2] if before.is_punct else before


def named_as_body(span: Span) -> bool:
    """Whether a name names a lowercase noun of a body through a verb of naming ("a faction known as X", "the
    military, also known as X") or in apposition ("the Myanmar military, X"): a noun of a kind (:func:`noun_kind`), of
    any body (``body_nouns``) or of a state's force (``force_nouns``), not of a group's men ("two militants, X and
    Y"), nor the object of "of" the parser hung a role's holder on ("a coordinator of the group, X").

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("The military, also known as the Orvane, seized power.")
    >>> named_as_body(doc[7:8])
    True
    >>> named_as_body(load_nlp()("Her son, known as Tessit, fled.")[5:6])
    False
    >>> named_as_body(load_nlp()("Two militants, Ali Tessit and Omar Bor, were freed.")[3:5])
    False
    """
    root = span.root
    apposed = root.dep_ == "appos" and root.head.i < span.start and root.head.dep_ != "pobj"
    noun = _named_noun(root) or (root.head if apposed else None)
    return (
        noun is not None
        and noun.pos_ == "NOUN"
        and noun.is_lower
        and noun.lemma_.lower() not in _cues()["member_nouns"]
        and (
            noun_kind(noun) is not None
            or noun.lemma_.lower() in _cues()["body_nouns"]
            or noun.lower_ in _cues()["force_nouns"]
        )
    )


def _named_noun(root: Token) -> Token | None:
    """The noun a name's root names through a verb of naming ("a faction known as X", "the militia called Y"), else
    None."""
    prep, verb = root.head, root.head.head
    if root.dep_ != "pobj" or prep.lower_ != "as" or verb.lemma_.lower() not in _cues()["naming_verbs"]:
        return None
    return verb.head if verb.dep_ == "acl" and verb.head.pos_ == "NOUN" else None


def _predicates(root: Token) -> list[Token]:
    """The nouns a name's root is said to be, the subject of an unnegated "be" ("X is a jihadist group")."""
    verb = root.head
    if root.dep_ != "nsubj" or verb.lemma_ != "be" or any(c.dep_ == "neg" for c in verb.children):
        return []
    return [c for c in verb.children if c.dep_ == "attr"]


def _men_of(root: Token) -> Token | None:
    """The noun of an armed group's men whose phrase a name's root is the object of ("fighters from X",
    "militants of Y"), else None."""
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ not in _cues()["member_preps"] or prep.dep_ != "prep":
        return None
    return prep.head if prep.head.lemma_.lower() in _cues()["member_nouns"] else None


def described_kind(span: Span) -> str | None:
    """The kind a name's describing nouns give, the first one that names a kind, or an armed group's for a name a
    word of arms qualifies ("the rebel Kitgwang"); None when none does."""
    nouns = describing_nouns(span)
    found = next((kind for noun in nouns if (kind := noun_kind(noun)) is not None), None)
    if found is None and _armed_before(span):
        return "armed_group"
    return found if found is not None else next((kind for noun in nouns if (kind := part_kind(noun)) is not None), None)


def described_kinds(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """The mentions, each unknown organisation of no kind its name gives that the text describes by a noun of a
    kind ("Agwelek fighters", "X, a jihadist group"), or else uses as a kind's name ("an Orvane cell", "Orvane
    claimed the attack"), of that kind wherever it is written. An actor is read from every way the page writes it:
    after :func:`~loaders.same_actor.same_actor` has bound "the OLA" to "the Oromo Liberation Army", what the page
    says of "OLA fighters" gives the army its kind, and every mention of it takes that kind. What the text says of
    any of its names counts before how it uses any of them.

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("The Orvane Liberation Army met in Bor. OLA fighters then attacked the town.")
    >>> ms = [Mention(1, 4, 4, 26, "Orvane Liberation Army", "Organization", "Orvane Liberation Army", "other"),
    ...       Mention(8, 9, 39, 42, "OLA", "Organization", "Orvane Liberation Army", "other")]
    >>> [m.kind for m in described_kinds(doc, ms)]
    ['armed_group', 'armed_group']
    """
    written: dict[str, dict[tuple[int, int], None]] = {}  # each unread actor's ways of being written, in order
    for m in mentions:
        if kind_unread(m):
            written.setdefault(m.key, {}).setdefault((m.start, m.end), None)
    texts: list[str] | None = None  # every token's text, read once the first unread name needs them
    kinds: dict[str, str] = {}
    for key, places in written.items():
        texts = token_strings(doc) if texts is None else texts
        forms = {tuple(texts[start:end]): (start, end) for start, end in places}
        spans = [span for start, end in forms.values() for span in _written(doc, texts, start, end)]
        found = (k for read in (described_kind, used_kind) for span in spans if (k := read(span)) is not None)
        if (kind := next(found, None)) is not None:  # what the text says of it first, else how it uses it
            kinds[key] = kind
    kinds |= _stated_kinds(doc, mentions, texts)
    named = {m.name: kinds[m.key] for m in mentions if m.key in kinds}
    for m in mentions:
        if kind_unread(m) and m.key not in kinds and (kind := opening_kind(m.name, named)) is not None:
            kinds[m.key] = named[m.name] = kind  # "Islamic State Sahel Province" of "Islamic State fighters"
    kinded = {m.name: m.kind for m in mentions if m.label == "Organization" and m.kind not in {None, UNKNOWN_KIND}}
    for m in mentions:
        if kind_unread(m) and m.key not in kinds and (kind := form_kind(m.name, kinded | named)) is not None:
            kinds[m.key] = kind  # "the Houthis" of "Houthi fighters", "al-Shabaab" of "Al-Shabaab fighters"
    return [replace(m, kind=kinds[m.key]) if _rekindable(m) and m.key in kinds else m for m in mentions]


def _stated_kinds(doc: Doc, mentions: list[Mention], texts: list[str] | None) -> dict[str, str]:
    """Each unknown organisation whose name gives a state's kind ("X Transitional Council", "Y Military Council") but
    which the text states to be of another, by an apposition or a "be" ("X, the separatist movement headed by Z", "Y
    is a rebel coalition"), with that kind: what the page says of a body beats what its name's words suggest."""
    written: dict[str, dict[tuple[int, int], None]] = {}
    for m in mentions:
        if _state_named(m):
            written.setdefault(m.key, {}).setdefault((m.start, m.end), None)
    texts = token_strings(doc) if texts is None and written else texts
    kinds: dict[str, str] = {}
    for key, places in written.items():
        spans = [span for start, end in places for span in _written(doc, texts or [], start, end)]
        found = (kind for span in spans for noun in stated_nouns(span) if (kind := noun_kind(noun)) is not None)
        if (kind := next(found, None)) is not None and kind not in STATE_KINDS:
            kinds[key] = kind
    return kinds


def stated_nouns(span: Span) -> list[Token]:
    """The nouns the text states a name to be: its apposition, the noun it is in apposition with, and the noun it is
    said to be ("X, a rebel group"; "the rebel group X"; "X is a rebel group"), not a noun it only qualifies ("X
    forces")."""
    root = span.root
    nouns = [c for c in root.children if c.dep_ == "appos"]
    if root.dep_ == "appos":
        nouns.append(root.head)
    nouns.extend(_predicates(root))
    return [n for n in nouns if n.i not in range(span.start, span.end)]


def _state_named(m: Mention) -> bool:
    """Whether a mention is of an unknown organisation whose name gives a state's kind ("X Transitional Council")."""
    return m.label == "Organization" and m.kind in STATE_KINDS and not m.actor_id and not m.refers_back


def _rekindable(m: Mention) -> bool:
    """Whether a mention's kind may change to what the text says of its actor: an unknown organisation's of no kind or
    of a state's kind (:func:`_stated_kinds`)."""
    return _unkinded(m) or (m.label == "Organization" and m.kind in STATE_KINDS and not m.actor_id)


def _unkinded(m: Mention) -> bool:
    """Whether a mention, a name or a reference, is of an unknown organisation of no kind."""
    return m.label == "Organization" and m.kind == UNKNOWN_KIND and not m.actor_id


def opening_kind(name: str, kinds: dict[str, str]) -> str | None:
    """The kind of the name of ``kinds`` a longer name opens with, as a branch's or a province's name opens with its
    body's ("Orvane Sahel Province", "Orvane-Mozambique" of Orvane), else None.

    >>> opening_kind("Orvane Sahel Province", {"Orvane": "armed_group"}), opening_kind("Orvanes", {"Orvane": "media"})
    ('armed_group', None)
    """
    return next((kind for known, kind in kinds.items() if name.startswith((f"{known} ", f"{known}-"))), None)


def form_kind(name: str, kinds: dict[str, str]) -> str | None:
    """The kind of the name of ``kinds`` that is the same name written another way: in other capitals or with a
    hyphen for a space ("al-Shabaab" and "Al Shabaab"), or in the other number ("the Houthis" and "Houthi fighters"),
    else None.

    >>> form_kind("Orvanes", {"Orvane": "armed_group"}), form_kind("al-Tessit", {"Al Tessit": "media"})
    ('armed_group', 'media')
    >>> form_kind("Orvane", {"Orvane Front": "armed_group"}) is None
    True
    """
    forms = {_form(known): kind for known, kind in kinds.items()}
    form = _form(name)
    return forms.get(form) or forms.get(f"{form}s") or (forms.get(form[:-1]) if form.endswith("s") else None)


def _form(name: str) -> str:
    """A name as compared with its other ways of being written: lowercase, hyphens as spaces."""
    return name.lower().replace("-", " ")


def _written(doc: Doc, texts: list[str], start: int, end: int) -> list[Span]:
    """Every run of the document's words that writes the name at ``start:end`` as it is written there, the NER's name
    or not ("Agwelek" of "Agwelek fighters", which the NER left unread, beside the name it read in "the Agwelek
    forces"); ``texts``: every token's text (:func:`~loaders.doc_words.token_strings`), so that the search makes no
    ``Token``."""
    words = texts[start:end]
    n = len(words)
    return [doc[i : i + n] for i in range(len(texts) - n + 1) if texts[i] == words[0] and texts[i : i + n] == words]


def kind_unread(m: Mention) -> bool:
    """Whether a mention is an unknown organisation's whose name gives no kind."""
    return m.label == "Organization" and m.kind == UNKNOWN_KIND and not m.actor_id and not m.refers_back
