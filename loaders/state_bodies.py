"""Bodies every state has, named without their state ("the Ministry of Defence said", "the Air Force struck";
``seeds/relations.yaml``, ``organisation_names.state_bodies``): the one the document named with its state
("Mali's Ministry of Defence ... the Ministry of Defence"), else the known body of the article's state
("the Air Force" in an article on Ukraine), else the body named for that state ("Air Force of Mali"), so that
one generic name never joins the bodies of different states across articles. A known state body's name after another
state's possessive or demonym ("Ukraine's Main Intelligence Directorate", a name Russia's GRU bore too) is not that
body: a name of its own, named for that state, which an acronym spelled out after it can bind
(:func:`loaders.mentions.bind_acronyms`)."""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from spacy.tokens import Doc, Token

from graph.gazetteer import Actor, Gazetteer
from graph.slug import name_key
from loaders.cues import load_cues
from loaders.mentions import Mention, guess_kind
from loaders.organisation_names import state_bodies
from loaders.page_state import opens_a_compound, page_state
from loaders.reference_scope import ReferenceScope
from loaders.token_rules import tokens_with


@cache
def _name_keys(actor: Actor) -> tuple[str, ...]:
    return tuple(name_key(s) for s in (actor.name, *actor.aliases))


def _ends_with(actor: Actor, body: str) -> bool:
    return any(k.endswith(" " + body) for k in _name_keys(actor))


def _known_body(body: str, named: list[Actor], state: Actor | None, gazetteer: Gazetteer) -> Actor | None:
    """The document's own state body of that name, else the article state's known one, if just one."""
    found = [a for a in named if _ends_with(a, body)]
    if not found and state is not None:
        found = [a for a in gazetteer.of_country(state.name) if _ends_with(a, body)]
    return found[0] if len({a.id for a in found}) == 1 else None


STATE_KINDS = frozenset({"government", "military"})
POSSESSIVES = frozenset({"'s", "’s"})


def other_states_bodies(doc: Doc, mentions: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """The mentions, a known state body's name after another state's possessive or demonym made that state's body.

    >>> from graph.gazetteer import load_gazetteer
    >>> from loaders.mentions import find_mentions
    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("Ukraine's Main Intelligence Directorate and Russia's Main Intelligence Directorate met.")
    >>> [(m.name, m.actor_id) for m in other_states_bodies(doc, find_mentions(doc, load_gazetteer()), load_gazetteer())]
    [('Ukraine', 'ukraine'), ('Main Intelligence Directorate of Ukraine', None), ('Russia', 'russia'), ('GRU', 'gru')]
    """
    states = {m.end: m.actor_id for m in mentions if m.label == "Country"}
    out = []
    for m in mentions:
        actor = gazetteer.actors.get(m.actor_id or "")
        home = (
            gazetteer.lookup(actor.country)
            if actor is not None and actor.kind in STATE_KINDS and actor.country
            else None
        )
        end = m.start - 1 if m.start and doc[m.start - 1].lower_ in POSSESSIVES else m.start
        state = states.get(end)
        if home is None or state is None or state == home.id:
            out.append(m)
            continue
        name = f"{m.text} of {gazetteer.actors[state].name}"  # as a generic body is named (:func:`qualify_bodies`)
        out.append(replace(m, name=name, kind=guess_kind(m.text), actor_id=None))
    return out


def lowercase_ministries(doc: Doc, mentions: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """The mentions, each generic state body given its state (:func:`qualify_bodies`), with each state ministry
    named in lower case after "the" that no mention covers ("the interior ministry said", "The defence ministry
    mourned": a body every state has, ``state_bodies`` ending in one of ``ministry_nouns``) where the page gives its
    state; with no state it names no one body, and other generic bodies named in lower case ("the security forces",
    "the cabinet") name no one.

    >>> from graph.gazetteer import load_gazetteer
    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("Rebels shelled Homs. The interior ministry said the security forces had left.")
    >>> [m.text for m in lowercase_ministries(doc, [], load_gazetteer())]
    []
    """
    taken = {i for m in mentions for i in range(m.start, m.end)}
    found = [
        m
        for t in tokens_with(doc, load_cues().ministry_nouns)
        if (m := _lowercase_ministry(doc, t)) is not None and not taken & set(range(m.start, m.end))
    ]
    new = {(m.start, m.end) for m in found}
    qualified = qualify_bodies(doc, sorted([*mentions, *found], key=lambda m: (m.start, m.end)), gazetteer)
    return [m for m in qualified if (m.start, m.end) not in new or m.actor_id or m.name != m.text]


def _lowercase_ministry(doc: Doc, noun: Token) -> Mention | None:
    """The ministry a lowercase ministry noun ends ("interior ministry" of "the interior ministry"), if a state body."""
    if not noun.is_lower or noun.lower_ not in load_cues().ministry_nouns or noun.i < 2:
        return None
    start = noun.i - 1
    if (
        doc[start - 1].lower_ != "the"
        or not doc[start].is_alpha
        or name_key(doc[start : noun.i + 1].text) not in state_bodies()
    ):
        return None
    span = doc[start : noun.i + 1]
    return Mention(
        start, noun.i + 1, span.start_char, span.end_char, span.text, "Organization", span.text, "government"
    )


def qualify_bodies(doc: Doc, mentions: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """The mentions, each generic state body given the state it belongs to."""
    keys = [name_key(m.name) if not m.actor_id and m.label == "Organization" else "" for m in mentions]
    bodies = {k for k in keys if k in state_bodies()}
    if not bodies:
        return mentions
    named = [gazetteer.actors[m.actor_id] for m in mentions if m.actor_id in gazetteer.actors]
    state_mention = page_state(doc, mentions, ReferenceScope(doc))
    article = gazetteer.actors.get(state_mention.actor_id or "") if state_mention is not None else None
    out = []
    for m, key in zip(mentions, keys, strict=True):
        if key not in bodies:
            out.append(m)
            continue
        state = _sentence_state(doc, m, mentions, gazetteer, article)
        if (known := _known_body(key, named, state, gazetteer)) is not None:
            out.append(replace(m, label=known.label, name=known.name, kind=known.kind, actor_id=known.id))
        elif state is not None:
            out.append(replace(m, name=f"{m.name} of {state.name}"))
        else:
            out.append(m)
    return out


def _sentence_state(
    doc: Doc, body: Mention, mentions: list[Mention], gazetteer: Gazetteer, article: Actor | None
) -> Actor | None:
    """The state a generic body's own sentence sets it in, when that sentence names no place, body or head of the
    article's state but those of one other ("Foreign Ministry spokesman X said Tehran ...", "President Sheinbaum's
    government sent National Guard troops to Sinaloa", in articles mostly on another state): that state; none when
    it names two others; else the article's state. On a page of no one state only a head of state the sentence names
    gives his state ("Tokayev took over as chairman of the Security Council"; not "The Treasury sanctioned Burundi's
    minister").

    >>> from graph.gazetteer import load_gazetteer
    >>> from loaders.mentions import find_mentions
    >>> from loaders.nlp import load_nlp
    >>> gaz = load_gazetteer()
    >>> doc = load_nlp()("The Foreign Ministry said Tehran was not involved. The Foreign Ministry met Iraq's envoy.")
    >>> ms = find_mentions(doc, gaz)
    >>> body = [m for m in ms if m.name == "Foreign Ministry"]
    >>> [getattr(_sentence_state(doc, m, ms, gaz, gaz.lookup("United States")), "name", None) for m in body]
    ['Iran', 'Iraq']
    """
    sentence = doc[body.start].sent
    named = [
        m
        for m in mentions
        if m is not body and sentence.start <= m.start < sentence.end and not opens_a_compound(doc, m)
    ]
    if article is None:  # a page of no one state: only a head of state names his own state's body
        named = [m for m in named if m.label == "Person"]
    states = {state for m in named for state in _states_of(gazetteer, m)}
    if not states or (article is not None and article.id in states):
        return article
    return gazetteer.actors[next(iter(states))] if len(states) == 1 else None


def _states_of(gazetteer: Gazetteer, mention: Mention) -> set[str]:
    """The ids of the states a mention stands for or belongs to: a country, the state a known place lies in, a known
    body's country, the state a known person heads."""
    actor = gazetteer.actors.get(mention.actor_id or "")
    if actor is None:
        return set()
    if actor.label == "Country":
        return {actor.id}
    if actor.label == "Location":
        return {next((a.id for a in gazetteer.containing(actor) if a.label == "Country"), "")} - {""}
    owners = [actor.country] if actor.country else [*actor.leads] if actor.label == "Person" else []
    found = [gazetteer.lookup(owner) for owner in owners]
    return {a.id for a in found if a is not None and a.label == "Country"}


def only_qualifies(doc: Doc, body: Mention) -> bool:
    """Whether a state body named by a demonym and common words only qualifies a noun after it: "Pakistani military
    personnel", "Turkish military assistance", "Congolese army soldiers" tell of no act or tie of the body itself
    (but "US Navy ships" names the Navy)."""
    words = [t for t in doc[body.start : body.end] if t.lower_ != "the"]
    last = words[-1]
    common = all(t.is_lower for t in words[1:])
    return common and last.dep_ in {"compound", "amod", "nmod"} and last.head.i >= body.end and last.head.pos_ == "NOUN"


def state_of_body(gazetteer: Gazetteer, body: Mention, words: list[Token]) -> Actor | None:
    """The state a state body's name names when it does not open with it, not after a preposition: Canada of "the
    Royal Canadian Mounted Police", Bangladesh of "Border Guard Bangladesh", Sierra Leone of "the Sierra Leone
    Police"; not Iraq of "the US Embassy in Iraq". ``words`` are the name's words without "the". (A known body's
    ``country`` is no such tie: gold links neither "the State Department" nor "the Kremlin" to its state.)

    >>> from graph.gazetteer import load_gazetteer
    >>> from loaders.mentions import find_mentions
    >>> from loaders.nlp import load_nlp
    >>> gaz = load_gazetteer()
    >>> doc = load_nlp()("The Royal Canadian Mounted Police, Border Guard Bangladesh and the Ministry of Health met.")
    >>> def state(m):
    ...     words = [t for t in doc[m.start : m.end] if t.lower_ != "the"]
    ...     return getattr(state_of_body(gaz, m, words), "name", None)
    >>> [state(m) for m in find_mentions(doc, gaz) if m.label == "Organization"]
    ['Canada', 'Bangladesh', None]
    """
    actor = gazetteer.actors.get(body.actor_id or "")
    if (actor.kind if actor is not None else body.kind) not in STATE_KINDS or any(
        t.lower_ == "government" for t in words
    ):
        return None  # "the Federal Government of Somalia" is the state itself
    for size in (3, 2, 1):
        for start in range(len(words) - size + 1):
            if start and words[start - 1].pos_ == "ADP" and words[start - 1].lower_ != "of":
                continue  # "the US Embassy in Iraq": where it sits, not whose it is
            found = gazetteer.lookup(" ".join(t.text for t in words[start : start + size]))
            wider = gazetteer.lookup(" ".join(t.text for t in words[start - 1 : start + size])) if start else None
            if found is not None and found.label == "Country" and found.id != body.actor_id and wider is None:
                return found  # not Chad of "the Lake Chad Basin Commission"
    return None
