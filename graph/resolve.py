"""One node per actor across documents: known actors by id, surnames to full names within a
document, spelling variants (rapidfuzz) across documents; node ids are slugs of canonical names.

>>> from loaders.facts import ActorFact
>>> r = Resolver(Gazetteer.from_entries([{"name": "Qais Khazali", "label": "Person"}]))
>>> facts = {"Person:Qays Khazali": ActorFact("Person:Qays Khazali", "Person", "Qays Khazali"),
...          "Person:Jane Roe": ActorFact("Person:Jane Roe", "Person", "Jane Roe"),
...          "Person:Roe": ActorFact("Person:Roe", "Person", "Roe")}
>>> r.resolve_document(facts)
{'Person:Qays Khazali': 'qais-khazali', 'Person:Jane Roe': 'jane-roe', 'Person:Roe': 'jane-roe'}
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache

from rapidfuzz import fuzz, process

from graph.gazetteer import Gazetteer
from graph.incident_merge import IncidentIndex, told_around_here
from graph.seeds import load_seed_yaml
from graph.slug import ascii_form, name_key, slugify
from graph.written_alike import written_alike
from loaders.cues import load_cues
from loaders.facts import ActorFact

FUZZY_THRESHOLD = 90


def last_name(name: str) -> str:
    """A person's last name: the last word before a suffix such as "Jr."

    >>> last_name("Felicisimo Khu Jr."), last_name("Jane Roe")
    ('Khu', 'Roe')
    """
    words, suffixes = name.split(), load_cues().name_suffixes
    while len(words) > 1 and words[-1].lower().rstrip(".") in suffixes:
        words.pop()
    return words[-1] if words else name.strip()


@cache
def word_prefixes() -> tuple[str, ...]:
    """Prefixes that make another word of a word (``seeds/relations.yaml``'s ``word_prefixes``: "re", "inter")."""
    return tuple(load_seed_yaml("relations.yaml")["word_prefixes"])


def other_words(key: str, other: str) -> bool:
    """Whether two names of as many words differ by a word that a prefix makes another word: "the Rapid Reaction
    Battalion" is no spelling of the "Rapid Action Battalion", however close the letters.

    >>> other_words("rapid reaction battalion", "rapid action battalion"), other_words("hezbollah", "hizbollah")
    (True, False)
    """
    words, others = key.split(), other.split()
    if len(words) != len(others):
        return False
    return any(
        w != o
        and (longer := max(w, o, key=len)).endswith(shorter := min(w, o, key=len))
        and longer.removesuffix(shorter) in word_prefixes()
        for w, o in zip(words, others, strict=True)
    )


@cache
def spelling_letters() -> dict[str, frozenset[str]]:
    """The vowels, semivowels, silent letters and silent last letters of ``seeds/relations.yaml``'s
    ``spelling_variants``."""
    variants = load_seed_yaml("relations.yaml")["spelling_variants"]
    return {part: frozenset(letters) for part, letters in variants.items() if part != "alike"}


@cache
def alike_letters() -> dict[str, str]:
    """Letters written for one another, each mapped to the one spellings are compared by (``spelling_variants``'s
    ``alike``: "z" for "s")."""
    return dict(load_seed_yaml("relations.yaml")["spelling_variants"]["alike"])


@cache
def word_spelling(word: str) -> str:
    """What the transliterations of one word agree on: its consonants in order, each run of vowels one "a" (a
    semivowel after the first letter is a vowel), a doubled letter once, no silent letter after a consonant or at
    the end, no final "s" of a plural or a possessive, letters written for one another as one ("mechanized",
    "mechanised").

    >>> word_spelling("tarhouna"), word_spelling("tarhunah"), word_spelling("guajira"), word_spelling("guaira")
    ('tarana', 'tarana', 'gajara', 'gara')
    >>> word_spelling("mechanized") == word_spelling("mechanised")
    True
    """
    letters = spelling_letters()
    word = "".join(alike_letters().get(letter, letter) for letter in word)
    vowels, semivowels, silent = letters["vowels"], letters["semivowels"], letters["silent"]
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        word = word[:-1]
    if len(word) > 3 and word[-1] in letters["silent_last"]:
        word = word[:-1]
    out: list[str] = []
    for i, letter in enumerate(word):
        after_consonant = i > 0 and word[i - 1] not in vowels | semivowels
        if letter in silent and (after_consonant or i == len(word) - 1):
            continue
        sound = "a" if letter in vowels or (i and letter in semivowels) else letter
        if not out or out[-1] != sound:
            out.append(sound)
    return "".join(out)


def spelling(key: str) -> str:
    """What the transliterations of a name key agree on (:func:`word_spelling` of each word, initials left out,
    the words run together: "Khuddam ul-Islam" is "Khudamul Islam"), with its generation words ("Jr", "Sr")
    apart: "Ferdinand Marcos Sr" is not "Ferdinand Marcos Jr".

    >>> spelling("hossein salami") == spelling("hussein salami"), spelling("la guajira") == spelling("la guaira")
    (True, False)
    """
    words = [w for w in key.split() if len(w) > 1]
    suffixes = load_cues().name_suffixes
    generation = " ".join(w for w in words if w in suffixes)
    return "".join(word_spelling(w) for w in words if w not in suffixes) + (f" {generation}" if generation else "")


def _peoples_word(label: str, key: str, place: str) -> bool:
    """Whether a name read as a place is a known place's word for its people, one of ``demonym_endings`` after it
    ("Darfuri" of Darfur): that place.

    >>> _peoples_word("Location", "darfuri", "darfur"), _peoples_word("Organization", "darfuri", "darfur")
    (True, False)
    """
    endings = spelling_letters()["demonym_endings"]
    return label == "Location" and any(key == place + ending for ending in endings)


def _block(key: str) -> str:
    """Candidates for fuzzy matching share the first two consonants of their :func:`spelling` (keeps matching
    linear; "Hossein" and "Hussein" meet, as their first two letters would not)."""
    return spelling(key).replace("a", "")[:2]


@dataclass
class Resolver:
    """Keeps the names seen so far so later documents resolve onto the same nodes."""

    gazetteer: Gazetteer
    seen: dict[str, tuple[str, str]] = field(default_factory=dict)  # name key -> (node id, label)
    _blocks: dict[tuple[str, str], dict[str, str]] = field(default_factory=dict)  # (label, block) -> key -> id
    _surnames: dict[str, set[str]] = field(default_factory=dict)  # a person's last name -> node ids
    _labels: dict[str, str] = field(default_factory=dict)  # node id of an unknown actor -> its label
    _incidents: IncidentIndex = field(default_factory=IncidentIndex)  # the events of the documents resolved so far

    def __post_init__(self) -> None:
        for key, actor_id in self.gazetteer.keys().items():
            actor = self.gazetteer.actors[actor_id]
            self._remember(key, actor_id, actor.label, actor.name)

    def _remember(self, key: str, node_id: str, label: str, name: str) -> None:
        self._blocks.setdefault((label, _block(key)), {})[key] = node_id
        if label == "Person" and " " in name:
            self._surnames.setdefault(name_key(last_name(name)), set()).add(node_id)

    def canonical(self, node_id: str) -> tuple[str, str | None]:
        """Name and kind of a known actor id."""
        actor = self.gazetteer.actors.get(node_id)
        return (actor.name, actor.kind) if actor else ("", None)

    def _unknown(self, fact: ActorFact) -> str:
        key = name_key(fact.name)
        if key in self.seen and self.seen[key][1] == fact.label:
            return self.seen[key][0]
        if fact.label == "Person" and " " not in key and len(self._surnames.get(key, ())) == 1:
            return next(iter(self._surnames[key]))  # "Soleimani" once the full name is known
        if len(key) >= 6:
            block = self._blocks.get((fact.label, _block(key)), {})
            match = process.extractOne(key, block.keys(), scorer=fuzz.ratio, score_cutoff=FUZZY_THRESHOLD)
            alike = self._spelled_alike(key, match[0]) if match else False
            if match and (alike or _peoples_word(fact.label, key, match[0])) and not other_words(key, match[0]):
                return block[match[0]]
        node_id = slugify(fact.name)
        taken = self._labels.get(node_id) or (
            self.gazetteer.actors[node_id].label if node_id in self.gazetteer.actors else fact.label
        )
        if taken != fact.label:  # "Majdal Shams" the town and a person the NER saw in the same words
            node_id = f"{node_id}-{fact.label.lower()}"
        self._labels[node_id] = fact.label
        self.seen[key] = (node_id, fact.label)
        self._remember(key, node_id, fact.label, fact.name)
        return node_id

    def _spelled_alike(self, key: str, other: str) -> bool:
        """Whether two names close in letters are one name spelled two ways: the same state opening both however
        written ("Russia's defence ministry", "Russian defence ministry"; never two states: "Iran's foreign ministry"
        is no spelling of "Iraq's foreign ministry"), the rest of the same :func:`spelling` once the state a known
        name may end with is left out (the "National Intelligence Service (Kenya)" written without its state), never
        two names ending with two states ("Communist Party of India" is no spelling of "Communist Party of China")."""
        state, rest = self._state_opening(key)
        other_state, other_rest = self._state_opening(other)
        (end, rest), (other_end, other_rest) = self._state_ending(rest), self._state_ending(other_rest)
        same_end = end is None or other_end is None or end == other_end
        return state == other_state and same_end and spelling(rest) == spelling(other_rest)

    def _state_ending(self, key: str) -> tuple[str | None, str]:
        """The state a name key ends with ("joint operations command iraq"), if it is more than that, and the key
        without it; no state and the whole key when it ends with none."""
        words = key.split()
        for size in (2, 1):
            state = self.gazetteer.lookup(" ".join(words[-size:])) if len(words) > size else None
            if state is not None and state.label == "Country":
                return state.id, " ".join(words[:-size])
        return None, key

    def _state_opening(self, key: str) -> tuple[str | None, str]:
        """The state a name key opens with, written as its name, its demonym or its possessive ("irans", "sri
        lankas"), and the rest of the key; no state and the whole key when it opens with none."""
        words = key.split()
        for size in (2, 1):
            opening = " ".join(words[:size])
            for name in (opening, opening.removesuffix("s")):
                state = self.gazetteer.lookup(name) if len(words) > size else None
                if state is not None and state.label == "Country":
                    return state.id, " ".join(words[size:])
        return None, key

    def _event_id(self, fact: ActorFact) -> str:
        """An event's node: an earlier document's telling of the same incident (:mod:`graph.incident_merge`), else
        the slug of its key, or of its base and day when an incident keyed alike on another day took that slug."""
        key, date = fact.key.split(":", 1)[1], fact.date or ""
        if fact.incident is not None and not fact.incident.anchored:
            return self._own_event_node(slugify(key))  # "Tuesday's bombing": no other document's incident
        if fact.incident is not None and (told := self._incidents.find(fact.incident, date)) is not None:
            return told
        node_id = slugify(key)
        if fact.incident is not None and self._labels.get(node_id) == "Event":  # "the attack on X" weeks later
            node_id = slugify(f"{fact.incident.base} {date}")
        known = self.gazetteer.actors.get(node_id)  # "Operation X", a known coalition, told as an incident too
        if self._labels.setdefault(node_id, known.label if known else "Event") != "Event":
            node_id = f"{node_id}-event"
        if fact.incident is not None:
            self._incidents.add(node_id, fact.incident, date)
        return node_id

    def _own_event_node(self, node_id: str) -> str:
        """A node for an incident named by its kind and day alone ("bombing-of-2024-05-14"), apart from any other
        document's so named: the id, or the id with the first number that no node has taken."""
        taken, number = node_id, 1
        while taken in self._labels or taken in self.gazetteer.actors:
            number += 1
            taken = f"{node_id}-{number}"
        self._labels[taken] = "Event"
        return taken

    def resolve_document(self, actors: dict[str, ActorFact]) -> dict[str, str]:
        """Map each document-local actor key to its node id."""
        self._incidents.next_document()
        return plan(actors, self._unknown, self._event_id)

    def resolve_traced(self, actors: dict[str, ActorFact]) -> tuple[dict[str, str], list[str]]:
        """:meth:`resolve_document`, with the answers to the questions it put to what was seen before, in order
        (the questions are :func:`questions`; :func:`replay` gives the same ids back from these answers)."""
        answers: list[str] = []
        self._incidents.next_document()

        def unknown(fact: ActorFact) -> str:
            answers.append(self._unknown(fact))
            return answers[-1]

        def event_id(fact: ActorFact) -> str:
            answers.append(self._event_id(fact))
            return answers[-1]

        return plan(actors, unknown, event_id), answers


Question = tuple[str, str, str]  # ("actor", label, name) or ("event", "Event", key with its date and incident)


def questions(actors: dict[str, ActorFact]) -> list[Question]:
    """What resolving these actors asks of the names seen in earlier documents, in order: the only part of
    resolution that depends on other documents, and the only part that changes what later ones find.

    Two versions of a document that ask the same questions leave the resolver in the same state and get
    the same answers, so every other document resolves as before.
    """
    asked: list[Question] = []

    def unknown(fact: ActorFact) -> str:
        asked.append(("actor", fact.label, fact.name))
        return f"?{len(asked)}"

    def event_id(fact: ActorFact) -> str:
        asked.append(("event", "Event", f"{fact.key} {fact.date} {fact.incident}"))
        return f"?{len(asked)}"

    plan(actors, unknown, event_id)
    return asked


def replay(actors: dict[str, ActorFact], answers: list[str]) -> dict[str, str]:
    """The node ids of :meth:`Resolver.resolve_document`, given the answers it had to its questions."""
    given = iter(answers)
    return plan(actors, lambda fact: next(given), lambda fact: next(given))


def folded(name: str) -> list[str]:
    """A name's words in lower case without their accents, as one person's names are compared ("Guzmán" written
    "Guzman" elsewhere).

    >>> folded("Joaquín Guzmán")
    ['joaquin', 'guzman']
    """
    return ascii_form(name).lower().split()


def fuller_name(name: str, full_names: dict[str, ActorFact]) -> str | None:
    """The key of the one fuller name of a person this name of two words or more begins or ends
    ("Ahmed Yusuf" of "Ahmed Yusuf Barre", "Abu Salim" of "Omar Abu Salim"), or whose first and last words
    these two are ("Ivan Maslov" of "Ivan Aleksandrovich Maslov"), if there is one."""
    words = folded(name)
    if len(words) < 2:
        return None
    fuller = [k for k, f in full_names.items() if _written_more_fully(words, folded(f.name))]
    return fuller[0] if len(fuller) == 1 else None


def begins_or_ends(words: list[str], name: list[str]) -> bool:
    """Whether ``words`` are the first or the last words of the longer ``name`` (both lowercase words): "ahmed
    yusuf" of "ahmed yusuf barre", "al-ashtar" of "al-ashtar brigades", "council" of "un security council"."""
    return len(name) > len(words) and words in (name[: len(words)], name[-len(words) :])


def _written_more_fully(words: list[str], name: list[str]) -> bool:
    """Whether ``name`` begins or ends with ``words``, or has their first and last words as its own and the others
    in the same order between them ("hector guerrero flores" of "hector rusthenford guerrero flores")."""
    return begins_or_ends(words, name) or (len(name) > len(words) >= 2 and _first_last_in_order(words, name))


def _first_last_in_order(words: list[str], name: list[str]) -> bool:
    """Whether ``name`` has the first and last of ``words`` as its own and the others in order between them."""
    rest = iter(name[1:-1])
    return words[0] == name[0] and words[-1] == name[-1] and all(w in rest for w in words[1:-1])


def first_named(name: str, full_names: dict[str, ActorFact]) -> str | None:
    """The key of the one person named in full whose first name this lone word is ("Gulnara" of "Gulnara Sadykova"),
    the fullest where the others begin it ("Chen" of "Chen Zhi" and of a headline's "Chen Zhi Mean").

    >>> people = {"a": ActorFact("a", "Person", "Chen Zhi"), "b": ActorFact("b", "Person", "Chen Zhi Mean")}
    >>> first_named("Chen", people), first_named("Chen", {**people, "c": ActorFact("c", "Person", "Chen Wei")})
    ('b', None)
    """
    first = sorted(
        (k for k, f in full_names.items() if folded(f.name)[:1] == folded(name) != []),
        key=lambda k: len(folded(full_names[k].name)),
    )
    longest = folded(full_names[first[-1]].name) if first else []
    whole = all(longest[: len(folded(full_names[k].name))] == folded(full_names[k].name) for k in first)
    return first[-1] if first and whole else None


def middle_named(name: str, full_names: dict[str, ActorFact]) -> str | None:
    """The key of the one person named in three words or more of whose inner words this lone word is one: the first
    of two surnames ("Luna" of "Osiris Luna Meza"), a family name before a given one ("Cho" of "Ayaba Cho Lucas").

    >>> people = {"p": ActorFact("p", "Person", "Osiris Luna Meza"), "q": ActorFact("q", "Person", "Jane Roe")}
    >>> middle_named("Luna", people), middle_named("Roe", people), middle_named("Meza", people)
    ('p', None, None)
    """
    word = folded(name)
    inner = [k for k, f in full_names.items() if len(word) == 1 and word[0] in folded(f.name)[1:-1]]
    return inner[0] if len(inner) == 1 and name[:1].isupper() else None


def plan(
    actors: dict[str, ActorFact], unknown: Callable[[ActorFact], str], event_id: Callable[[ActorFact], str]
) -> dict[str, str]:
    """Map each document-local actor key to its node id: known actors by id, events by ``event_id`` (an event told
    only by the places around another of the document's, to that one's), a surname to the document's full name, an
    acronym to the name the document spelled out, a name written another way to the same actor
    (:func:`~graph.written_alike.written_alike`), the rest by ``unknown``."""
    ids: dict[str, str] = {}
    alike = written_alike(actors)  # "al-Kaniyat" and "Kaniyat"
    retold = told_around_here(actors)  # "soldiers were killed at a base in Jordan": the attack on Tower 22 told there
    people = {k: f for k, f in actors.items() if f.label == "Person"}
    full_names = {k: f for k, f in people.items() if " " in f.name}
    spelled_out = {  # an actor's other surfaces, within its label: an event's phrase never names a group
        (f.label, name_key(surface)): k for k, f in actors.items() for surface in f.surfaces if surface != f.name
    }
    for key, fact in actors.items():
        if fact.actor_id:
            ids[key] = fact.actor_id
        elif key in retold or key in alike:
            continue  # resolved below to the event it retells, or to the actor it writes another way
        elif fact.label == "Event":
            ids[key] = event_id(fact)
        elif fact.label == "Person" and " " not in fact.name:
            continue  # a surname alone: resolved below against the document's full names
        elif fact.label == "Person" and fuller_name(fact.name, full_names):
            continue  # "Ahmed Yusuf" of "Ahmed Yusuf Barre": resolved below to the fuller name
        elif spelled_out.get((fact.label, name_key(fact.name)), key) != key:
            continue  # an acronym the document spelled out: "Jaysh al-Mahdi (JAM)"
        else:
            ids[key] = unknown(fact)
    for key, fact in actors.items():
        if key in ids or key in alike or fact.label == "Person":
            continue
        ids[key] = ids[retold[key]] if key in retold else ids[spelled_out[fact.label, name_key(fact.name)]]
    for key, target in alike.items():
        ids[key] = ids[target]
    for key, fact in people.items():
        if key in ids:
            continue
        target = fuller_name(fact.name, full_names) or next(
            (
                k
                for k, f in full_names.items()
                if folded(last_name(f.name)) == folded(fact.name) != []
                or (folded(fact.name) != [] and " ".join(folded(f.name)).endswith("-" + " ".join(folded(fact.name))))
            ),
            None,
        )
        target = target or first_named(fact.name, full_names) or middle_named(fact.name, full_names)
        while target and target not in ids:  # a fuller name with a fuller one still: the fullest
            target = fuller_name(actors[target].name, full_names)
        ids[key] = ids[target] if target else unknown(fact)
    return ids
