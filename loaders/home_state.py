"""The state an article is about, for titles that name no country: "President Gustavo Petro said" in an
article on Colombia leads Colombia; "Defense Minister X", "government spokesman X" work for it."""

from __future__ import annotations

import re
from collections import Counter
from functools import cache
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from graph.seeds import load_seed_yaml
from loaders.doc_tree import span_root
from loaders.doc_words import doc_memo, in_quotation, text_of
from loaders.mentions import Mention, is_dateline
from loaders.page_leads import surname
from loaders.page_state import named_most, opens_a_compound, page_countries, page_state
from loaders.person_names import heading_participles
from loaders.section_headings import section_heading
from loaders.state_bodies import STATE_KINDS
from loaders.syntax import actors_of, subjects_of

if TYPE_CHECKING:
    from graph.gazetteer import Actor
    from loaders.extract import DocReader
    from loaders.facts import ActorFact

SERVES = {"LEADS", "WORKS_FOR", "MEMBER_OF", "DEPUTY_OF"}


def article_state(reader: DocReader) -> Mention | None:
    """The state the page is about (:func:`page_state`), else the dateline's when it is named at least twice and at
    least half as often as any other ("MEXICO CITY, Jan 5 - ... Mexican forces ... the United States ... visit
    Mexico": Mexico), else the one it names most (:func:`dominant_state`). Worked out once a page: it reads the
    page's mentions, which are settled before the rules run."""
    known = doc_memo(reader.doc, "article_state")
    if "page" not in known:
        named = page_state(reader.doc, reader.index.mentions, reader.index.scope)
        found = named or _dateline_state(reader) or dominant_state(reader)
        known["page"] = None if found is not None and _placed_elsewhere(reader, found) else found
    return known["page"]


def dominant_state(reader: DocReader) -> Mention | None:
    """The state a page names at least twice and at least twice as often as any other, outside aside lines and
    hyphened words, each known place in it counting as a naming (:func:`_places_states`), by its first mention written
    as its name: the state of a page that opens on another named in passing ("... a Swiss charity said. ... Kenya ...
    Kenyan police ... Kenya ... Somali gunmen ...": Kenya)."""
    doc = reader.doc
    named = page_countries(reader.index.mentions, reader.index.scope)
    state = named_most(Counter(m.key for m in named) + _places_states(reader))
    return next((m for m in named if m.key == state and doc[m.end - 1].pos_ == "PROPN"), None)


def _places_states(reader: DocReader) -> Counter[str]:
    """How often the page names a known place in each state, outside aside lines: a page on Nigeria that never names
    it ("... in Abuja ... Abuja ... the US ... the United States ...") points at Nigeria as often as at the state it
    names in passing."""
    places = [m for m in reader.index.mentions if m.label == "Location" and not reader.index.scope.aside(m.start_char)]
    return Counter(states[0] for m in places if (states := _states_around(reader, m)))


def _placed_elsewhere(reader: DocReader, state: Mention) -> bool:
    """Whether the page's known places lie in another state it never names, at least twice, and none in this one: a
    page on Nigeria that names only Abuja and the US is not on the United States."""
    places = _places_states(reader)
    named = {m.key for m in reader.index.mentions if m.label == "Country"}
    return not places[state.key] and any(n >= 2 and key not in named for key, n in places.items())


def _dateline_state(reader: DocReader) -> Mention | None:
    """The dateline's state (the dateline itself, or the state its known place lies in), when named often enough."""
    doc, mentions = reader.doc, reader.index.mentions
    counts = Counter(m.key for m in mentions if m.label == "Country")
    dateline = next((m for m in mentions if is_dateline(doc[m.start : m.end])), None)
    if dateline is None or not counts:
        return None
    state = dateline.key if dateline.label == "Country" else next(iter(_states_around(reader, dateline)), None)
    if state is None or counts[state] < 2 or counts[state] * 2 < max(counts.values()):
        return None
    return next((m for m in mentions if m.key == state and doc[m.end - 1].pos_ == "PROPN"), None)


def _is_state_title(reader: DocReader, title: list[str]) -> bool:
    return " ".join(title) in reader.cues.state_titles or title[-1] in reader.cues.state_titles


def state_role(reader: DocReader, title: list[str]) -> str:
    """A state's head leads it ("President"); the head of one of its services works for it ("presidential chief of
    staff")."""
    return "LEADS" if _is_state_title(reader, title) else "WORKS_FOR"


def body_of_title(reader: DocReader, orgs: list[Mention], title: list[str]) -> list[Mention]:
    """ "US Secretary of State X" leads the State Department, not the United States: a state's body whose head
    holds the title, for the state named before it."""
    body = reader.gazetteer.led_by_title(" ".join(title))
    if not orgs or orgs[-1].label != "Country" or body is None or body.country is None:
        return orgs
    state = reader.gazetteer.lookup(body.country)
    return [*orgs[:-1], reader.known_mention(body)] if state is not None and state.id == orgs[-1].key else orgs


def body_led_by_title(reader: DocReader, title: str) -> Actor | None:
    """The state's body whose head holds this title with no body named ("Defense Secretary": the Pentagon), when the
    document names that state, one of its bodies or its capital: a defence secretary in an article on the Philippines
    is not the Pentagon's head."""
    body = reader.gazetteer.led_by_title(title)
    if body is None or body.country is None:
        return body
    for m in reader.index.mentions:
        actor = reader.gazetteer.actors.get(m.key)
        if actor is not None and body.country in {actor.name, actor.country, actor.capital_of}:
            return body
    return None


def minister_state(reader: DocReader, body: Actor | None, title: list[str]) -> list[Mention]:
    """The page's mention of the state whose body a minister's title heads: "Defense Secretary X" leads the Pentagon
    and "Secretary of State Y" the State Department, and, as a state's ministers, work for the state too; not the
    head of one of its agencies ("FBI Director Z"), nor a state the page does not name."""
    if body is None or body.country is None or not set(title) & reader.cues.minister_titles:
        return []
    state = reader.gazetteer.lookup(body.country)
    named = [m for m in reader.index.mentions if state is not None and m.key == state.id and m.label == "Country"]
    return named[:1]


def state_of_title(reader: DocReader, person: Mention, before: Span, title: list[str]) -> list[Mention]:
    """The article's state, for a state's title with no organisation or country before it: "President",
    "Defense Minister", "government spokesman"; not for one already given a state of his own ("Russian President
    Vladimir Putin ... President Putin"), nor for a title in one of the state's forces or in a region ("army
    spokesman", "police spokesman", "regional president", "Chief Minister"); a former minister's is the
    page's state, as a serving one's is ("former interior minister X", as "X, a former interior minister"); none
    for a title after "whose", which the relative's antecedent holds ("a victims' group, whose president X")."""
    if _after_whose(reader.doc, before):
        return []
    words = {t.lower_ for t in before} | set(title)
    stately = _is_state_title(reader, title) or words & reader.cues.state_words
    if not (stately or _portfolio_title(reader, words, title)):
        return []
    if _after_article(reader, before):
        return []
    if {t.lower_ for t in before} & reader.cues.below_state_words:  # not "chief" of "chief of staff"
        return []
    return home_of(reader, person)


def _after_whose(doc: Doc, before: Span) -> bool:
    """Whether a title is set after a relative "whose" ("X, whose president Y", "the group, whose spokesman Y"):
    whose office it is, the relative's antecedent tells, not the page.

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("The league, whose president Ana Ruiz spoke, left.")
    >>> _after_whose(doc, doc[4:4]), _after_whose(doc, doc[0:1])
    (True, False)
    """
    return any(t.tag_ == "WP$" for t in before) or (before.start > 0 and doc[before.start - 1].tag_ == "WP$")


def home_of(reader: DocReader, person: Mention) -> list[Mention]:
    """The state a person holding a state's title with no state named serves: the one the text around him tells
    (:func:`state_told`), else the article's, unless his sentence is set in other states, he says what another state
    does, or the sentence before is on other states; none for one already given a state of his own."""
    if _serves_already(reader, person):
        return []
    if heads_a_body_told(reader, person):
        return []
    told = line_state(reader, person) or speaker_state(reader, person) or state_told(reader, person)
    told = told or heading_state(reader, person)
    if told is not None:
        return [told]
    state = article_state(reader)
    if state is None or _elsewhere(reader, person, state) or _speaks_of_another_state(reader, person, state):
        return [s for s in [sentence_state(reader, person)] if s is not None]
    if _rival_states(reader, person, state):
        return []  # "... a role in Lebanon's government, and backed President X", on a page on Israel: no safe guess
    if _after_another_state(reader, person, state):
        return []
    return [state]


def _serves_already(reader: DocReader, person: Mention) -> bool:
    """Whether the page has already given the person a known body to serve, under his name or, for a person named
    by surname alone, under a fuller name of his ("President Ali Musa of Ghana ... President Musa's government")."""
    actors = reader.facts.actors
    return any(
        r.subject == person.key or _surname_of(person, actors.get(r.subject))
        for r in reader.facts.relations
        if r.type in SERVES and r.object in reader.gazetteer.actors
    )


def _surname_of(person: Mention, other: ActorFact | None) -> bool:
    """Whether a person named by one word is named by the surname of another person of the page."""
    if other is None or other.label != "Person" or person.label != "Person" or " " in person.name:
        return False
    return surname(other.name) == person.name


def speaker_state(reader: DocReader, person: Mention) -> Mention | None:
    """The one state whose voice tells of the person as the subject of what it says: the state, its capital or one of
    its bodies ("Russia said President X had spoken with ...", "Moscow said", "the Russian Foreign Ministry said", the
    Kremlin), whatever state the page is about; not a body the sentence names elsewhere."""
    root = span_root(reader.doc, person.start, person.end)
    clause = root.head
    if root.dep_ not in {"nsubj", "nsubjpass"} or clause.dep_ != "ccomp":
        return None
    verb = clause.head  # said before him: not "X left Kabul; the UAE says he is in Abu Dhabi", parsed as said
    if verb.lemma_.lower() not in reader.cues.reporting or verb.i > root.i:
        return None
    speakers = [m for s in subjects_of(verb) for m in actors_of(s, reader.index, with_preps=False)]
    states = {m.key: m for m in speakers if m.label == "Country"}
    for body in (m for m in speakers if m.label == "Organization"):
        states |= {
            key: m for key in _bodies_states(reader, reader.doc[body.start : body.end]) if (m := _state(reader, key))
        }
    return next(iter(states.values())) if len(states) == 1 else None


def _state(reader: DocReader, key: str) -> Mention | None:
    """The page's first mention of a state by its id, else the state as the gazetteer knows it."""
    named = next((m for m in reader.index.by_key.get(key, ()) if m.label == "Country"), None)
    actor = reader.gazetteer.actors.get(key)
    return named or (reader.known_mention(actor) if actor is not None else None)


def sentence_state(reader: DocReader, person: Mention) -> Mention | None:
    """The one state the person's sentence names, for a title the article's state cannot be given to (the page is on
    none, or the sentence is set elsewhere): "In Niger, soldiers detained President X", "the Iraqi government of Prime
    Minister X", "In Washington, aides said President X was briefed"; none when it names two ("President X met Chad's
    leader in Mali"), and not counting a state inside a quotation or in what he says ("Minister X said there was no
    explanation other than Russian involvement", "X said Peru had broken the accord"), nor one that qualifies another
    person ("X spoke with Tajik President Y") or opens a hyphened word ("a Saudi-trained cleric")."""
    doc = reader.doc
    sentence = doc[person.start].sent
    said = _said_by(reader, person)
    states = {m.key: m for m in reader.index.inside(sentence) if _counted_state(reader, person, m, said)}
    return next(iter(states.values())) if len(states) == 1 else None


def _counted_state(reader: DocReader, person: Mention, m: Mention, said: list[int]) -> bool:
    """Whether a mention in the person's sentence names a state that may be his (:func:`sentence_state`)."""
    doc = reader.doc
    return (
        m.label == "Country"
        and not opens_a_compound(doc, m)
        and not in_quotation(doc[m.start])
        and not (said and said[0] <= m.start <= said[-1])
        and not _qualifies_another(reader, span_root(doc, m.start, m.end), person)
    )


def _rival_states(reader: DocReader, person: Mention, state: Mention) -> bool:
    """Whether the person's sentence names another state by its name as an actor, and not the page's, so that the
    other may be his as well: "a role in Lebanon's government, and backed President X", "President X declared war,
    while the United States kept up strikes"; not a demonym qualifying a thing ("told South Korean television"), a
    capital, a scene ("returned from a summit in Jordan", "in exile in Eritrea"), a state in a relative clause on him
    ("President X, who says Rwanda arms the rebels"), an adversary ("against the United States"), a state that acts
    on him or that he acts on ("The United States sanctioned Minister X", "Minister X toured Mali and Niger"), nor
    one :func:`sentence_state` does not count."""
    doc = reader.doc
    root = span_root(doc, person.start, person.end)
    described = {t.i for c in root.children if c.dep_ in {"relcl", "acl"} for t in c.subtree}
    head = root
    while head.dep_ in {"conj", "appos"} and head.head is not head:
        head = head.head
    acting = {t.i for s in subjects_of(head.head) for t in s.subtree} if head.dep_ == "dobj" else set()
    objects = [c for c in root.head.children if c.dep_ == "dobj"] if root.dep_ == "nsubj" else []
    acting |= {t.i for c in objects for t in c.subtree}  # "Minister X toured Libya, Mali and Niger"
    said = _said_by(reader, person)
    named = [m for m in reader.index.inside(doc[person.start].sent) if _counted_state(reader, person, m, said)]
    rivals = [
        m
        for m in named
        if doc[m.end - 1].pos_ == "PROPN"
        and not _names_a_capital(reader, m)
        and m.start not in described | acting
        and not _scene_state(reader, m)
        and not _against(span_root(doc, m.start, m.end))
    ]
    return bool(rivals) and all(m.key != state.key for m in named)


def _against(word: Token) -> bool:
    """Whether a word is the object of "against" ("a test of his ability to balance it against the United States")."""
    return word.dep_ == "pobj" and word.head.lower_ == "against"


def _names_a_capital(reader: DocReader, state: Mention) -> bool:
    """Whether a state's mention names its capital ("Washington", "Abu Dhabi's crown prince"), read as the state."""
    known = reader.gazetteer.lookup(reader.doc[state.start : state.end].text)
    return known is not None and known.stands_for is not None


def _said_by(reader: DocReader, person: Mention) -> list[int]:
    """The positions of the clause the person says, if he is the subject of a verb of saying ("X said that ...")."""
    root = span_root(reader.doc, person.start, person.end)
    if root.dep_ != "nsubj" or root.head.lemma_.lower() not in reader.cues.reporting:
        return []
    return sorted(t.i for c in root.head.children if c.dep_ == "ccomp" for t in c.subtree)


def _qualifies_another(reader: DocReader, word: Token, person: Mention) -> bool:
    """Whether a state's name or demonym qualifies another person's name ("Tajik President Y", "Rwanda's Y")."""
    while word.dep_ in {"amod", "compound", "poss"} and word.head is not word:
        word = word.head
        other = reader.index.at(word)
        if other is not None and other.label == "Person" and other.key != person.key:
            return True
    return False


def heads_a_body_told(reader: DocReader, person: Mention) -> bool:
    """Whether the person is the agent of a participle that gives an organisation named in his sentence its head: "the
    Palestinian Authority, led by President X", "the committee met, chaired by Prime Minister X"; his title is that
    body's, not the page's state's."""
    root = span_root(reader.doc, person.start, person.end)
    agent = root.head
    if root.dep_ != "pobj" or agent.dep_ != "agent" or agent.head.lemma_.lower() not in heading_participles():
        return False
    participle, doc = agent.head, reader.doc
    bodies = [participle.head] if participle.dep_ == "acl" else []
    bodies += subjects_of(participle.head) if participle.dep_ == "advcl" else []
    if participle.i > 1 and doc[participle.i - 1].text == ",":
        bodies.append(doc[participle.i - 2])  # "the X Front, led by": the name set off before it, however parsed
    return any(m.label == "Organization" for t in bodies for m in actors_of(t, reader.index, with_preps=False))


LINE_OPENING = re.compile(r"\s*(?:[-*\u2022]\s+)?(?:\*\*)?(?:the\s+)?", re.IGNORECASE)  # "- **The " of a list's line
LINE_HEADING = re.compile(r"(?:\*\*)?\s*:")  # "**:" after the state's name


def line_state(reader: DocReader, person: Mention) -> Mention | None:
    """The state a line opens with as its heading, set off by a colon, for a title with no state named later on that
    line: "- **Egypt**: political support; in June 2020 President X declared ..." tells Egypt's president, whatever
    state the page is about."""
    doc = reader.doc
    text = text_of(doc)  # not ``doc.text``, which joins every token again
    at = doc[person.start].idx
    line_start = text.rfind("\n", 0, at) + 1
    opening = LINE_OPENING.match(text, line_start)
    first = next((m for m in reader.index.mentions if doc[m.start].idx >= opening.end()), None)
    if (
        first is None
        or first.label != "Country"
        or doc[first.start].idx != opening.end()
        or first.start >= person.start
    ):
        return None
    return first if LINE_HEADING.match(text, doc[first.end - 1].idx + len(doc[first.end - 1].text)) else None


HEADING_VOICES = {"nsubj", "nsubjpass", "poss"}  # "How has the US responded?", "What is Peru's position?"
HEADING_SOURCES = {"from"}  # "Response from Islamabad"


def heading_state(reader: DocReader, person: Mention) -> Mention | None:
    """The one state the heading of the person's section names as who speaks or acts (:func:`_speaks_in_heading`):
    "How has the US responded? ... President X's strategy" tells the US's president, whatever state the page is
    about; not a state the heading names as a topic or a place ("Syria in the crosshairs", "X to go to Belarus"),
    nor when he says what another state does, nor when his sentence is set in another state's places."""
    doc = reader.doc
    span = section_heading(doc, doc[person.start].idx)
    if span is None:
        return None
    named = [m for m in reader.index.mentions if m.label == "Country" and span[0] <= doc[m.start].idx < span[1]]
    if len({m.key for m in named}) != 1 or not all(_speaks_in_heading(doc[m.start : m.end]) for m in named):
        return None
    state = named[0]
    return None if _elsewhere(reader, person, state) or _speaks_of_another_state(reader, person, state) else state


def _speaks_in_heading(state: Span) -> bool:
    """Whether a state named in a heading is who speaks or acts there: the subject, or what qualifies it ("Where does
    the Iraqi government stand?", "UK jets shot down drones"), the owner of a position, or the source of a response;
    not a topic or a place ("Syria in the crosshairs", "to go to Belarus")."""
    word = state.root
    while word.dep_ in {"amod", "compound"} and word.head is not word:
        word = word.head
    return word.dep_ in HEADING_VOICES or (word.dep_ == "pobj" and word.head.lower_ in HEADING_SOURCES)


def portfolio_minister(reader: DocReader, noun: Token) -> bool:
    """Whether a role's noun is a state's minister's by his portfolio, named before or after it: "the health
    minister", "then foreign minister", "the Minister of Foreign Affairs"."""
    return noun.lower_ in reader.cues.minister_titles and bool(
        {t.lower_ for t in noun.subtree} & reader.cues.portfolio_words
    )


def state_office(reader: DocReader, noun: Token) -> bool:
    """Whether a role's noun and the words joined before it name a state's office of several words that is no head's
    (``state_titles`` read as ``WORKS_FOR``): "the attorney general", "the national security adviser"; not "the
    minister" nor "the prime minister"."""
    joined = [t for t in noun.subtree if noun.i - 3 <= t.i < noun.i and t.dep_ in {"compound", "amod"}]
    words = [t.lower_ for t in joined] + [noun.lower_]
    titles = (tuple(words[i:]) for i in range(len(words) - 1))
    return any(" ".join(t) in reader.cues.state_titles and reader.cues.role_of(t) == "WORKS_FOR" for t in titles)


def _portfolio_title(reader: DocReader, words: set[str], title: list[str]) -> bool:
    """Whether a title is a state's minister's by his portfolio: "Foreign Secretary", "Interior Secretary"."""
    return title[-1] in reader.cues.minister_titles and bool(words & reader.cues.portfolio_words)


def _after_article(reader: DocReader, before: Span) -> bool:
    """Whether a title and its modifiers follow an article ("the military chief X", "a police officer X"): it
    describes the man, who may serve any body, rather than naming a state's office as his title ("Interior Minister
    X", "the daughter of former president X", "a cabinet under Prime Minister X")."""
    doc, start = reader.doc, before.end
    while start > before.start and doc[start - 1].pos_ in {"ADJ", "NOUN", "PROPN"}:
        start -= 1
    return start > 0 and doc[start - 1].lower_ in reader.cues.definite | reader.cues.indefinite_articles


def _speaks_of_another_state(reader: DocReader, person: Mention, state: Mention) -> bool:
    """Whether the person says what another state does or will do: "Foreign Minister X said Iran would not allow
    ...", in an article mostly on Iraq; the minister may well be that state's, so the article's is no safe guess."""
    return any(key != state.key for key in _states_said(reader, person))


def _elsewhere(reader: DocReader, person: Mention, state: Mention) -> bool:
    """Whether the person's sentence is set in other states only: it names known places, and none lies in the
    article's state ("forcing President Hadi out of Sanaa" in an article mostly on Iran; a country named there may
    be a foreign actor: "the United States sanctioned Information Minister X")."""
    sentence = reader.doc[person.start].sent
    states = {s for m in reader.index.inside(sentence) if m.label == "Location" for s in _states_around(reader, m)}
    return bool(states) and state.key not in states


def _after_another_state(reader: DocReader, person: Mention, state: Mention) -> bool:
    """Whether the sentence before the person's, in the same paragraph, names other states and not the article's,
    and the person's own names none ("Turkish Prime Minister X chaired a meeting in Ankara. Foreign Minister Y said
    ...", in a page on Iraq: the minister may well be Turkey's, so the article's state is no safe guess; his own
    sentence naming only other states too: "Russia called for calm. The Kremlin said President X spoke with Tajik
    President Y", in a page on Kyrgyzstan); a body of the
    article's state named there names it too ("The Indian foreign ministry said the group was based in Pakistan.
    Prime Minister X said ...": India's)."""
    sentence = reader.doc[person.start].sent
    before = _sentence_before(reader, sentence)
    if before is None or any(m.key == state.key for m in reader.index.inside(sentence)):
        return False
    states = {m.key for m in reader.index.inside(before) if m.label == "Country" and not _scene_state(reader, m)}
    return bool(states) and state.key not in states | _bodies_states(reader, before)


def _bodies_states(reader: DocReader, span: Span) -> set[str]:
    """The ids of the states whose own bodies a span names: the state a government's or a force's name opens with,
    by name or demonym ("the Indian Ministry of External Affairs", "Kenya Defence Forces"), or the one the gazetteer
    knows it for."""
    found = set()
    for m in reader.index.inside(span):
        actor = reader.gazetteer.actors.get(m.actor_id or "")
        if m.label != "Organization" or (actor.kind if actor is not None else m.kind) not in STATE_KINDS:
            continue
        words = [t for t in reader.doc[m.start : m.end] if t.lower_ != "the"]
        first = reader.gazetteer.lookup(words[0].text) if len(words) > 1 else None
        home = first if first is not None and first.label == "Country" else None
        if home is None and actor is not None and actor.country:
            home = reader.gazetteer.lookup(actor.country)
        found |= {home.id} if home is not None else set()
    return found


@cache
def scene_state_preps() -> frozenset[str]:
    """The prepositions after which a state is a scene, not an actor ("training in Lebanon")."""
    return frozenset(load_seed_yaml("relations.yaml")["scene_state_preps"])


def _scene_state(reader: DocReader, state: Mention) -> bool:
    """Whether a state is named only as the place where something happened: the object of a preposition of place
    ("received training in Lebanon", "returned from a summit in Jordan"), not an actor ("Turkish Prime Minister X")."""
    root = span_root(reader.doc, state.start, state.end)
    return root.dep_ == "pobj" and root.head.lower_ in scene_state_preps()


def _sentence_before(reader: DocReader, sentence: Span) -> Span | None:
    """The sentence before this one in the same paragraph, if any (not a heading run into it)."""
    doc, end = reader.doc, sentence.start
    while end > 0 and doc[end - 1].is_space:
        if "\n" in doc[end - 1].text:
            return None  # the sentence before is another paragraph's
        end -= 1
    if end == 0:
        return None
    before = doc[end - 1].sent
    return None if "\n" in before.text else before


def state_told(reader: DocReader, person: Mention) -> Mention | None:
    """The state a titled person with no state named serves, as the text around him tells it: the one state the
    subject of the sentence before, in the same paragraph, names outside a relative clause ("President Y, who flew
    back from Chile, ...": not Chile), when his own sentence names no other state or has him say what that state
    does ("Iran denied any role. Foreign Ministry spokesman X said ..."; "Japan's Chief Cabinet Secretary Y told
    reporters ... Foreign Minister X said Japan was ..."); not when his sentence is set in another state's places or
    has him say what another state does."""
    sentence = reader.doc[person.start].sent
    before = _sentence_before(reader, sentence)
    if before is None:
        return None
    subjects = [s for s in subjects_of(before.root) if s.i < before.root.i]
    spans = [reader.doc[s.left_edge.i : s.right_edge.i + 1] for s in subjects]
    told = {t.i for s in subjects for c in s.subtree if c.dep_ == "relcl" for t in c.subtree}  # "who flew to Y"
    named = [m for span in spans for m in reader.index.inside(span) if m.label == "Country" and m.start not in told]
    states = {m.key: m for m in named}
    if len(states) != 1:
        return None
    state = next(iter(states.values()))
    own = {m.key for m in reader.index.inside(sentence) if m.label == "Country"}
    if not (own <= {state.key} or state.key in _states_said(reader, person)):
        return None
    return None if _elsewhere(reader, person, state) or _speaks_of_another_state(reader, person, state) else state


def _states_said(reader: DocReader, person: Mention) -> set[str]:
    """The ids of the states the person says something of, as the subjects of what he says ("X said Japan was", "X
    said that the strikes were unlawful and that Iraq would not yield"), or read as the object of his saying before
    what it did ("X said Israel, with its partners, had thwarted it")."""
    root = span_root(reader.doc, person.start, person.end)
    if root.dep_ != "nsubj" or root.head.lemma_.lower() not in reader.cues.reporting:
        return set()
    clauses = [c for c in root.head.children if c.dep_ == "ccomp"]
    clauses += [j for c in clauses for j in c.conjuncts]  # "said that the strikes were X and that Iraq would not Y"
    said = [s for c in clauses for s in subjects_of(c)]
    named = [reader.index.at(o) for o in root.head.children if clauses and o.dep_ == "dobj" and o.i < clauses[0].i]
    found = {m.key for s in said for m in actors_of(s, reader.index, False) if m.label == "Country"}
    return found | {m.key for m in named if m is not None and m.label == "Country"}


def _states_around(reader: DocReader, place: Mention) -> list[str]:
    """The ids of the states a known place lies in, nearest first (none for a place the gazetteer does not know)."""
    known = reader.gazetteer.actors.get(place.actor_id or "")
    return [a.id for a in reader.gazetteer.containing(known) if a.label == "Country"] if known is not None else []
