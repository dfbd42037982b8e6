"""Bodies named in lower case after their owner (``seeds/relations.yaml``, ``owned_bodies``): "the UN refugee office",
"Chad's election commission", "the UN group of experts", "the French embassy in Bamako" are one organisation each,
named by the phrase as written, of kind ``government`` for a state's and ``international`` for an international
body's; the owner is what the name opens with (its links are drawn from the name, ``loaders/extract.py``). So is a
place's own government or police, named by the place without a possessive ("the Yobe state government", "the Kebbi
state police command", "according to the Punjab police": ``place_heads``; "police" though the tagger reads a plural,
``collective_heads``), unless the place's name opens with a state's ("Mexico City police").

Not bodies: a plural ("UN officials", "US forces" stay the owner), a phrase that describes the name after it
("the UN refugee agency UNHCR"), a short reference to a body named in full ("the AU mission" of the "African Union
Transition Mission in Somalia"), and a body only ever named as a place ("protesters gathered outside the French
embassy"); a state's embassy or consulate named so, or as what an incident hit ("the attack on the Australian
embassy"), is a place itself (a Location)."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc, Token

from graph.gazetteer import Actor, Gazetteer, is_acronym, load_gazetteer
from graph.seeds import load_seed_yaml
from graph.slug import name_key
from loaders.also_known_as import alias_words
from loaders.cues import load_cues
from loaders.doc_tree import has_child
from loaders.doc_words import token_strings
from loaders.mentions import Mention, clean_surface
from loaders.organisation_names import state_bodies
from loaders.qualified_nouns import qualified_noun

POSSESSIVES = frozenset({"'s", "’s", "'"})
PLACE_LABELS = frozenset({"Country", "Location"})  # the owners whose bodies are of kind ``government``


@cache
def _lists() -> dict[str, frozenset[str]]:
    return {key: frozenset(words) for key, words in load_seed_yaml("relations.yaml")["owned_bodies"].items()}


def _kind(owner: Mention) -> str | None:
    """The kind of a body the owner has: a state's or a place's is ``government``, an international body's
    ``international``."""
    if owner.label in PLACE_LABELS:
        return "government"
    return "international" if owner.label == "Organization" and owner.kind == "international" else None


def _body_noun(doc: Doc, owner: Mention) -> tuple[Token, bool] | None:
    """The noun after the owner's name that may name its body, and whether it only qualifies a person's role after it:
    the noun the name qualifies ("office" of "the UN refugee office"), else, where that noun is a role, the noun before
    the role ("ministry" of "Iran's foreign ministry spokesman")."""
    head = qualified_noun(doc, owner)
    if head is None or head.i < owner.end:
        return None
    before = doc[head.i - 1]
    qualifies = before.i >= owner.end and before.head == head and before.dep_ == "compound"
    if qualifies and load_cues().is_person_role(head.lemma_.lower()):
        return before, True
    return head, False


def _state_body(doc: Doc, owner: Mention, head: Token) -> bool:
    """Whether a state's possessive and the words up to ``head`` name one of the bodies every state has: "Israel's air
    force" (``organisation_names.state_bodies``)."""
    possessive = owner.label == "Country" and doc[owner.end].text in POSSESSIVES
    return possessive and name_key(doc[owner.end + 1 : head.i + 1].text) in state_bodies()


def _head(doc: Doc, owner: Mention, taken: set[int]) -> Token | None:
    """The body noun the owner's name qualifies through lower-case words only: "office" of "UN refugee office",
    "ministry" of "Iran's foreign ministry spokesman"; before a role, the last word of a state's body of any name
    ("Israel's air force spokesman")."""
    found = _body_noun(doc, owner)
    if found is None:
        return None
    head, before_role = found
    between = doc[owner.end : head.i]
    if any(t.i in taken or not (t.is_lower or t.is_punct or t.text in POSSESSIVES) for t in between):
        return None
    if before_role and _state_body(doc, owner, head):
        return head
    if owner.label == "Location":
        return _place_head(doc, owner, head)
    state_force = _state_named_plainly(doc, owner) or (
        owner.label == "Country" and not before_role and _named_again(head)
    )
    heads = _lists()["heads"] | _lists()["of_heads"] | (_state_heads() if state_force else set())
    if head.lower_ not in heads or not head.is_lower or head.tag_ in {"NNS", "NNPS"}:
        return None  # "UN officials", "Russia's General Staff" (a name the NER reads)
    return head


def _place_head(doc: Doc, owner: Mention, head: Token) -> Token | None:
    """The noun of a place's own body ("government" of "the Yobe state government", "police" of "the Punjab police",
    which the tagger reads as a plural), if the place is named without a possessive, the noun is not another body's
    part ("the Macomia district command of the police") and the name does not open with a state's ("Mexico City
    police": the state's word would tie the body to Mexico)."""
    lists = _lists()
    if owner.end < len(doc) and doc[owner.end].text in POSSESSIVES:
        return None  # "Peshawar's police chief": the chief's title
    if head.lower_ not in lists["place_heads"] or not head.is_lower:
        return None
    if head.i + 1 < len(doc) and doc[head.i + 1].lower_ == "of":
        return None  # "the Macomia district command of the police": a part of another body, placed there
    if head.tag_ in {"NNS", "NNPS"} and head.lower_ not in lists["collective_heads"]:
        return None
    opening = load_gazetteer().lookup(doc[owner.start].text)
    return None if opening is not None and opening.label == "Country" else head


def _state_heads() -> frozenset[str]:
    """The nouns of a state's own force or office ("army" of "the Peruvian army", "presidency")."""
    return _lists()["state_force_heads"] | _lists()["state_service_heads"]


def _named_again(head: Token) -> bool:
    """Whether the page names a force it names after a state's possessive ("Sri Lanka's military") again later,
    bare and definite or after a possessive ("the military said", "the army's"): a force the story follows, one
    body; named once only ("Chad's army said it killed dozens", a headline's aside) it stays the state.

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("Chad's army said it killed ten. Later the army said it lost two.")
    >>> _named_again(doc[2]), _named_again(doc[11])
    (True, False)
    """
    definite = load_cues().definite
    doc, texts = head.doc, token_strings(head.doc)  # only the same words become Tokens
    return any(
        token.tag_ == "NN"
        and token.dep_ != "compound"
        and (token.nbor(-1).lower_ in definite or token.nbor(-1).text in POSSESSIVES)
        for token in (doc[i] for i in range(head.i + 1, len(doc)) if texts[i] == head.text)
    )


def _state_named_plainly(doc: Doc, owner: Mention) -> bool:
    """Whether the owner is a state named without a possessive ("the Peruvian army", not "Chad's army")."""
    return owner.label == "Country" and (owner.end >= len(doc) or doc[owner.end].text not in POSSESSIVES)


def _end(head: Token, mentions: list[Mention]) -> int | None:
    """Where the body's name ends: after "of experts" for "group of experts", after the place of "embassy in X", after
    the international body of "mission to the UN"; None where a head that needs "of" ("group", "panel") has none."""
    lists = _lists()
    after = [c for c in head.rights if c.dep_ == "prep" and c.i == head.i + 1]
    if head.lower_ in lists["of_heads"] and after and after[0].lower_ == "of":
        objects = [c for c in after[0].children if c.dep_ == "pobj" and c.lower_ in lists["of_nouns"]]
        if objects:
            return objects[0].i + 1
    if head.lower_ in lists["of_heads"] - lists["heads"]:
        return None
    if head.lower_ in lists["posted_heads"] and after and after[0].lower_ in lists["posted_preps"]:
        places = [m for m in mentions if m.start == head.i + 2 and m.label in {"Location", "Country"}]
        if places:
            return places[0].end
    if head.lower_ in lists["posted_heads"] and after and after[0].lower_ in lists["accredited_preps"]:
        hosts = [m for m in mentions if m.start in {head.i + 2, head.i + 3} and m.kind == "international"]
        hosts = [m for m in hosts if m.start == head.i + 2 or head.doc[head.i + 2].lower_ in load_cues().definite]
        if hosts:
            return hosts[0].end
    return head.i + 1


MAX_ALIAS_WORDS = 6  # "known by the nom de guerre"


def _name_after(doc: Doc, end: int) -> int:
    """Where the name set right after a phrase ending at ``end`` would start: after the comma, the words that
    introduce another name and an article ("Ukraine's military intelligence agency, known as the HUR")."""
    start = end + 1 if end < len(doc) and doc[end].text == "," else end
    start = max(start, end + _alias_words_at(doc, end))
    if start > end and start < len(doc) and doc[start].lower_ in load_cues().definite:
        start += 1  # "Ukraine's military intelligence agency, the GUR"
    return start


def _after_a_body(doc: Doc, start: int, mentions: list[Mention]) -> bool:
    """Whether the phrase starting at ``start`` is set after a comma right after a body's name, or its acronym in
    brackets: "the Reconnaissance General Bureau (RGB), Pyongyang's main intelligence agency," (which the parser may
    hang elsewhere)."""
    if start < 2 or doc[start - 1].text != ",":
        return False
    before = start - 1
    if doc[before - 1].text == ")" and before >= 3 and doc[before - 3].text == "(":
        before -= 3
    return any(m.end == before and m.label == "Organization" for m in mentions)


def _describes_a_name(doc: Doc, owner: Mention, head: Token, end: int, mentions: list[Mention]) -> bool:
    """Whether the phrase only describes the name set right after it ("the UN peacekeeping mission, MINUSMA,",
    "Pakistan's spy agency, the ISI,") or the name it is in apposition to ("the ISI, Pakistan's spy agency,")."""
    start = _name_after(doc, end)
    if any(m.start == start and m.label == "Organization" for m in mentions):
        return True
    described = head.head if head.dep_ == "appos" else None
    if described is not None and any(m.start <= described.i < m.end and m.label == "Organization" for m in mentions):
        return True
    article = owner.start > 0 and doc[owner.start - 1].lower_ in load_cues().definite
    owner_start = owner.start - 1 if article else owner.start
    return head.dep_ in {"appos", "conj"} and _set_off(doc, end) and _after_a_body(doc, owner_start, mentions)


def _set_off(doc: Doc, end: int) -> bool:
    """Whether the phrase ending at ``end`` closes with a comma (not one before "and" of a list) or the sentence."""
    if end >= len(doc) or doc[end].is_sent_start:
        return True
    after = doc[end + 1] if end + 1 < len(doc) else None
    return doc[end].text in {".", ";"} or (doc[end].text == "," and (after is None or after.dep_ != "cc"))


def _acronym_after(doc: Doc, end: int, taken: set[int], kind: str) -> Mention | None:
    """An acronym the NER left unread, set right after a body's phrase as its name: "DGCIM" of "Venezuela's military
    counterintelligence agency, the DGCIM," is the body."""
    start = _name_after(doc, end)
    if start == end or start >= len(doc) or start in taken:
        return None
    token = doc[start]
    if len(token.text) < 3 or not token.text.isalpha() or not is_acronym(token.text):
        return None
    return Mention(start, start + 1, token.idx, token.idx + len(token), token.text, "Organization", token.text, kind)


def _alias_words_at(doc: Doc, start: int) -> int:
    """How many words from ``start`` introduce another name (", known as", ", also known as", ", dubbed"), or 0."""
    words = tuple(t.lower_ for t in doc[start : start + MAX_ALIAS_WORDS])
    return max((len(p) for p in alias_words().any if words[: len(p)] == p), default=0)


def _named_in_full(owner: Mention, head: Token, mentions: list[Mention]) -> bool:
    """Whether the phrase is a short reference to a body the document names in full: "the AU mission" of a page
    that names the "African Union Transition Mission in Somalia"."""
    owner_names = {owner.name.lower(), owner.text.lower()}
    for m in mentions:
        for name in (m.name.lower(), m.text.lower()):
            if (
                m.label == "Organization"
                and head.lower_ in name.split()
                and any(f" {o} " in f" {name} " for o in owner_names)
            ):
                return True
    return False


def _only_a_place(head: Token) -> bool:
    """Whether the body is named as where something happened or what it hit: "outside the French embassy", "the
    bombing of the US embassy"."""
    if head.dep_ != "pobj":
        return False
    prep = head.head
    return prep.lower_ in _lists()["place_preps"] or (
        prep.lower_ == "of" and prep.head.lemma_ in load_cues().event_nouns
    )


def _site_hit(head: Token) -> bool:
    """Whether a state's embassy or consulate (``mission_sites``) is named as a place or as what was hit: "next to the
    Iranian embassy", "the attack on the Australian embassy", "gunmen stormed the Kenyan embassy"."""
    if head.lower_ not in _lists()["mission_sites"]:
        return False
    if head.dep_ in {"dobj", "nsubjpass"}:
        return head.head.lemma_ in _lists()["hit_verbs"]
    if head.dep_ != "pobj":
        return False
    prep = head.head
    if prep.lower_ == "to":
        return prep.head.lower_ in _lists()["place_prep_heads"]
    if prep.lower_ in _lists()["place_preps"]:
        return True
    return prep.lower_ in _lists()["hit_preps"] and prep.head.lemma_ in load_cues().event_nouns


def _as_site(doc: Doc, body: Mention, head: Token) -> Mention:
    """The body as the place it is, a Location written up to its noun ("the Russian embassy" of "outside the Russian
    embassy in Kabul", whose city stays a place of its own: the embassy lies in it) and named by the whole phrase."""
    text = doc[body.start : head.i + 1].text
    end_char = head.idx + len(head)
    return Mention(body.start, head.i + 1, body.start_char, end_char, text, "Location", body.name, None)


def _one_of_a_kind(head: Token) -> bool:
    """Whether the body's noun is set after an indefinite article ("a UN fact-finding mission", "a new AU mission"):
    some body of that kind, described, not one named."""
    return has_child(head, {"det"}, load_cues().indefinite_articles)


def owned_bodies(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """The mentions, each owner that names a body in lower case ("the UN refugee office") replaced by that body;
    a body every one of whose mentions only names a place stays its owner, unless a state's embassy or consulate is
    once named as a place or as hit, which is then a place ("the attack on the Australian embassy")."""
    taken = {i for m in mentions for i in range(m.start, m.end)}
    found: dict[int, tuple[Mention, bool, Token | None]] = {}  # the owner's start: the body, whether named as a
    # place, and the noun of a site named as one
    named: list[Mention] = []  # acronyms the NER left unread, each the name of the body before it
    for m in mentions:
        kind = _kind(m) if m.actor_id or m.label == "Location" else None  # a place the page names, known or not
        head = _head(doc, m, taken) if kind else None
        end = _end(head, mentions) if head is not None else None
        if head is None or end is None:
            continue
        if _describes_a_name(doc, m, head, end, mentions) or _named_in_full(m, head, mentions) or _one_of_a_kind(head):
            continue
        if (acronym := _acronym_after(doc, end, taken, kind)) is not None:
            named.append(acronym)
            continue
        text = doc[m.start : end].text
        name = clean_surface(text)
        end_char = doc[end - 1].idx + len(doc[end - 1])
        if head.lower_ in _lists()["state_force_heads"] or "police" in {t.lower_ for t in doc[m.end : end]}:
            kind = "military"  # "the Malian air force", "the Kebbi state police command": a force, which stands for
            # its state in a fight
        body = Mention(m.start, end, m.start_char, end_char, text, "Organization", name, kind)
        site = head if _site_hit(head) else None
        found[m.start] = (body, site is not None or _only_a_place(head), site)
    actor_named = {body.name for body, place, _ in found.values() if not place}
    sites = {body.name for body, _, site in found.values() if site is not None} - actor_named
    bodies = {start: body for start, (body, _, _) in found.items() if body.name in actor_named}
    bodies |= {
        start: _as_site(doc, body, site)
        for start, (body, _, site) in found.items()
        if body.name in sites and site is not None
    }
    inside = {i for b in bodies.values() for i in range(b.start + 1, b.end)}
    kept = [bodies.get(m.start, m) for m in mentions if m.start not in inside]
    return sorted(kept + named, key=lambda m: m.start)


def owning_state(body: Mention, gazetteer: Gazetteer) -> Actor | None:
    """The state whose body a name in lower case after the state is ("Chad's election commission", "the French
    embassy"): its people work for the state too, as the ontology's conventions say of a state's officials."""
    words = clean_surface(body.text).replace("'s ", " ").replace("’s ", " ").split()
    if body.actor_id or body.kind != "government" or len(words) < 2 or not words[1].islower():
        return None
    state = gazetteer.lookup(words[0])
    return state if state is not None and state.label == "Country" else None


def name_without_owner(doc: Doc, body: Mention) -> str | None:
    """A possessive body's name without its owner, which the page may use later on its own: "electoral commission"
    of "Congo's electoral commission", "Foreign Office" of "Pakistan's Foreign Office", "Office of Foreign Assets
    Control" of "the Treasury's Office of Foreign Assets Control" (None for other names: "embassy" alone names no
    one body, nor do words of mixed case). A known body keeps it too: "Foreign Ministry" of "Russia's Foreign
    Ministry"."""
    if body.label != "Organization" or body.end - body.start < 3:
        return None
    owner_end = next((t.i for t in doc[body.start : body.end] if t.lower_ in {"'s", "’s"}), None)
    if owner_end is None:
        return None
    rest = doc[owner_end + 1 : body.end]
    joins = load_cues().name_connectors  # "Office of Foreign Assets Control" of "the Treasury's Office of ..."
    if rest.text.islower() or (
        len(rest) > 1 and rest[-1].is_title and all(t.is_title or t.lower_ in joins for t in rest)
    ):
        return rest.text
    return None
