"""One actor written several ways within a document is one actor (``seeds/relations.yaml``, ``same_actor``).

- An acronym stands for the organisation the document names whose initials it spells: "the Arakan Army ...
  the AA", "Lashkar-e-Taiba ... LeT", and "Shabwa Defense Forces ... SDF" even where the list of known actors
  gives those letters to another group, if the document never names that group otherwise; an acronym with a
  bracketed part, the name closing with that part: "CPI (Maoist)" of "Communist Party of India (Maoist)". A name
  of three words or more the NER read as a person's whose initials spell an organisation's acronym in the
  document is that organisation, named in its own language: "Euskadi Ta Askatasuna ... ETA".
- A name spelled out before a known acronym it does not spell is that known actor: "the National Liberation
  Army (ELN)".
- An organisation named by the first or last words of its name is that organisation: "Al-Ashtar" of "the
  Al-Ashtar Brigades", "the Council" of "the UN Security Council", "the Collective" read as a man's; not where the
  longer name is its part or branch, its words then a part's noun: "Hamas" of "the Hamas Political Bureau"; nor
  where the longer name goes on with two capitalised words or more, a name of its own ("Renamo" of "the Renamo
  Military Junta"), or is described as a splinter ("a breakaway body, the Muslim Brotherhood Association").
- A capitalised common word ("South", "Peacekeepers") or a platform a statement is posted on ("on Telegram")
  names no actor.
- An armed group's name joined by a hyphen to a place's is its branch there: "ISIS-Egypt".
- A place named with the noun of its kind is the place named without it: "Katha Township" is Katha,
  "the Donetsk region" Donetsk.
- A name the noun of a place or a building follows is a place's, and is written with it too: "the Haruba
  military base", "La Roca prison".
- A site named with and without lowercase words before its noun is one place: "the Tulkarm refugee camp" is
  Tulkarm camp.
- A name the NER read as an organisation's, with no word of one, whose last word the document uses alone is a
  person's: "Government spokesman Wilfried Leandre Houngbedji ... Houngbedji said".

>>> from loaders.mentions import Mention
>>> ms = [Mention(0, 2, 0, 11, "Arakan Army", "Organization", "Arakan Army", "military"),
...       Mention(5, 6, 30, 32, "AA", "Organization", "AA", "other")]
>>> [m.name for m in bind_initials(ms)]
['Arakan Army', 'Arakan Army']
>>> ms = [Mention(0, 3, 0, 20, "Wilfried Leandre Kodjo", "Organization", "Wilfried Leandre Kodjo", "other"),
...       Mention(9, 10, 60, 65, "Kodjo", "Organization", "Kodjo", "other")]
>>> [(m.label, m.name) for m in people_named_in_part(ms)]
[('Person', 'Wilfried Leandre Kodjo'), ('Person', 'Kodjo')]
>>> initials("Jama'at Nasr al-Islam wal Muslimin") >= {"JNIM"}, initials("Lashkar-e-Taiba") >= {"LET"}
(True, True)
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace
from functools import cache, lru_cache

from rapidfuzz import fuzz
from spacy.attrs import LOWER
from spacy.tokens import Doc

from graph.gazetteer import is_acronym, load_gazetteer
from graph.resolve import begins_or_ends
from graph.seeds import load_seed_yaml
from graph.slug import name_key
from loaders.cues import load_cues
from loaders.described_kinds import UNKNOWN_KIND
from loaders.doc_tree import span_root
from loaders.doc_words import lowercase_words, token_strings
from loaders.mentions import Mention, guess_kind
from loaders.organisation_names import apposed_as_body, names_an_organisation, posted_on
from loaders.place_names import places_called_places, town_names

_PARTS = re.compile(r"[\s\-–]+")
_BRACKETED = re.compile(r"(.+?)\s*(\([^()]+\))")  # "CPI (Maoist)": a name and the bracketed part closing it
MAX_WHOLE_LETTERS = 3  # a word in capitals a name's acronym spells whole: "UN", "EU", "AU"


@cache
def _lists() -> dict[str, frozenset[str]]:
    return {key: frozenset(words) for key, words in load_seed_yaml("relations.yaml")["same_actor"].items()}


def branch_nouns() -> frozenset[str]:
    """Nouns closing a branch's or a part's name after the name of the body it is of ("Province", "Wilayat",
    "Mission": ``branch_nouns``)."""
    return _lists()["branch_nouns"]


def member_branch_nouns() -> frozenset[str]:
    """Nouns closing a branch's name that make it a member of the body named before them (``member_branch_nouns``)."""
    return _lists()["member_branch_nouns"]


@cache
def kind_nouns() -> frozenset[str]:
    """Nouns of a place's kind written after its name ("Katha Township"): the place divisions of the cues, with and
    without the few words ``same_actor`` names."""
    lists = _lists()
    return (load_cues().place_divisions | lists["more_kind_nouns"]) - lists["divisions_not_kinds"]


def initials(name: str) -> set[str]:
    """The acronyms a name spells, in capitals: from every word, and from its capitalised words only; a short word in
    capitals gives all its letters too ("UN Assistance Mission for Iraq": UNAMI).

    >>> sorted(initials("UN Interim Force in Lebanon"))
    ['UIFIL', 'UIFL', 'UNIFIL', 'UNIFL']
    """
    parts = [p for p in _PARTS.split(name) if p[:1].isalpha()]
    whole = [p if p.isupper() and len(p) <= MAX_WHOLE_LETTERS else p[0] for p in parts]
    return {
        "".join(p[0] for p in parts).upper(),
        "".join(p[0] for p in parts if p[0].isupper()).upper(),
        "".join(whole).upper(),
        "".join(w for w in whole if w[0].isupper()).upper(),
    }


def _letters(acronym: str) -> str:
    return acronym.replace(".", "").replace("-", "").upper()


def _bracketed(name: str) -> tuple[str, str]:
    """A name and the bracketed part closing it, that part with no space ("CPI (Maoist)": "CPI", "(MAOIST)"); the
    part is '' when the name closes with none.

    >>> _bracketed("CPI (Maoist)"), _bracketed("Arakan Army")
    (('CPI', '(MAOIST)'), ('Arakan Army', ''))
    """
    found = _BRACKETED.fullmatch(name)
    return (found[1], found[2].replace(" ", "").upper()) if found else (name, "")


@lru_cache(maxsize=1 << 14)
def _spelled_keys(name: str) -> frozenset[str]:
    """The acronyms a full name spells (:func:`branch_initials`), those of a name closing with a bracketed part
    written with that part too: "Communist Party of India (Maoist)" is "CPI (Maoist)" as well as "CPI". Kept per
    name: a page's names are read at each of its mentions, twice a page."""
    core, part = _bracketed(name)
    return frozenset(branch_initials(name) | {letters + part for letters in branch_initials(core) if part})


@lru_cache(maxsize=1 << 14)
def _acronym_key(text: str) -> str | None:
    """The letters an acronym, with or without a bracketed part after it, is looked up by ("CPI (Maoist)":
    "CPI(MAOIST)"); None for a word that is no acronym. Kept per text, as :func:`_spelled_keys`."""
    core, part = _bracketed(text)
    return _letters(core) + part if is_acronym(core) else None


def _as(m: Mention, actor: Mention) -> Mention:
    return replace(m, label=actor.label, name=actor.name, kind=actor.kind, actor_id=actor.actor_id)


def branch_initials(name: str) -> set[str]:
    """The acronyms a branch's name spells without the noun of a branch that closes it ("IS-K" of "Islamic State
    Khorasan Province"), besides those of the whole name (:func:`initials`).

    >>> sorted(branch_initials("Islamic State Khorasan Province"))
    ['ISK', 'ISKP']
    """
    words = name.split()
    short = initials(" ".join(words[:-1])) if len(words) > 2 and words[-1].lower() in branch_nouns() else set()
    return initials(name) | short


def bind_initials(mentions: list[Mention]) -> list[Mention]:
    """Acronyms bound to the one organisation of the document whose initials they spell, the name written in
    any case ("al-Ashtar Brigades" and "Al-Ashtar Brigades" are one name for "AAB"; a known acronym only when its
    known actor is not named otherwise in the document).

    >>> ms = [Mention(0, 2, 0, 18, "al-Ashtar Brigades", "Organization", "al-Ashtar Brigades", "armed_group"),
    ...       Mention(5, 6, 30, 33, "AAB", "Organization", "AAB", "armed_group"),
    ...       Mention(9, 11, 50, 68, "Al-Ashtar Brigades", "Organization", "Al-Ashtar Brigades", "armed_group")]
    >>> bind_initials(ms)[1].name
    'al-Ashtar Brigades'
    """
    mentions = _groups_read_as_people(mentions)
    spelled: dict[str, dict[str, Mention]] = {}  # acronym -> the name's key -> a mention naming it in full
    for m in mentions:
        if (
            m.label == "Organization"
            and not m.refers_back
            and _acronym_key(m.text) is None
            and len(_PARTS.split(m.name)) > 1
        ):
            for letters in _spelled_keys(m.name):
                spelled.setdefault(letters, {}).setdefault(name_key(m.name), m)
    if not spelled:
        return mentions
    named_in_full = {m.key for m in mentions if _acronym_key(m.text) is None}
    out = []
    for m in mentions:
        key = _acronym_key(m.text) if m.label != "Country" else None
        owners = spelled.get(key, {}) if key is not None else {}
        if len(owners) == 1 and name_key(m.name) not in owners and not (m.actor_id and m.key in named_in_full):
            out.append(_as(m, next(iter(owners.values()))))
        else:
            out.append(m)
    return out


def spelled_by_acronym(acronym: str, part: Mention, mentions: list[Mention]) -> Mention | None:
    """The page's one organisation, other than ``part``, whose name the acronym opening a part's name spells: the
    Islamic Revolutionary Guard Corps of "IRGC Aerospace Force"; none for a word that is no acronym or spells the
    names of two bodies, nor for an international body (the gold sets hold "UN Security Council" a member of the
    United Nations on some pages only: left to the gazetteer).

    >>> corps = "Islamic Revolutionary Guard Corps"
    >>> irgc = Mention(0, 4, 0, 33, corps, "Organization", corps)
    >>> force = Mention(8, 11, 50, 69, "IRGC Ground Forces", "Organization", "IRGC Ground Forces")
    >>> spelled_by_acronym("IRGC", force, [irgc, force]).name, spelled_by_acronym("Irgc", force, [irgc, force])
    ('Islamic Revolutionary Guard Corps', None)
    >>> un = Mention(0, 2, 0, 14, "United Nations", "Organization", "United Nations", kind="international")
    >>> print(spelled_by_acronym("UN", force, [un, force]))
    None
    """
    if not is_acronym(acronym) or len(_letters(acronym)) < 2:
        return None
    spelling = {
        m.key: m
        for m in mentions
        if m.label == "Organization"
        and m.key != part.key
        and not m.refers_back
        and m.kind != "international"
        and not is_acronym(m.name)
        and _letters(acronym) in initials(m.name)
    }
    return next(iter(spelling.values())) if len(spelling) == 1 else None


MIN_SPELLED_WORDS = 3  # "Euskadi Ta Askatasuna"; two words spell a person's initials too often


def _groups_read_as_people(mentions: list[Mention]) -> list[Mention]:
    """The mentions, an unknown person's name of three words or more whose initials spell the acronym of an
    organisation the document names an organisation ("Euskadi Ta Askatasuna" beside "ETA": the group's name in its
    own language, which the NER reads as a man's).

    >>> ms = [Mention(0, 3, 0, 21, "Euskadi Ta Askatasuna", "Person", "Euskadi Ta Askatasuna"),
    ...       Mention(9, 10, 60, 63, "ETA", "Organization", "ETA", "other")]
    >>> [(m.label, m.name) for m in bind_initials(ms)]
    [('Organization', 'Euskadi Ta Askatasuna'), ('Organization', 'Euskadi Ta Askatasuna')]
    """
    acronyms = {_letters(m.text) for m in mentions if m.label == "Organization" and is_acronym(m.text)}
    groups = {
        m.key
        for m in mentions
        if m.label == "Person"
        and not m.actor_id
        and not m.refers_back
        and len(_PARTS.split(m.name)) >= MIN_SPELLED_WORDS
        and initials(m.name) & acronyms
    }
    return [replace(m, label="Organization", kind=guess_kind(m.name)) if m.key in groups else m for m in mentions]


def bind_spelled_known(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """An unknown organisation's name followed by a known acronym in brackets that it does not spell ("the
    National Liberation Army (ELN)") is the known actor, wherever the document writes that name."""
    at = {m.start: m for m in mentions}
    known: dict[str, Mention] = {}
    for m in mentions:
        acronym = at.get(m.end + 1)
        if (
            m.label == "Organization"
            and not m.actor_id
            and acronym is not None
            and acronym.actor_id
            and acronym.label == "Organization"
            and doc[m.end].text == "("
            and acronym.end < len(doc)
            and doc[acronym.end].text == ")"
            and _letters(acronym.text) not in initials(m.name)
        ):
            known.setdefault(m.name, acronym)
    if not known:
        return mentions
    return [_as(m, known[m.name]) if not m.actor_id and m.name in known else m for m in mentions]


def _place_or_body_read(m: Mention) -> bool:
    """Whether a name is a place's, or one the NER read as a body's of no kind that ends in no branch's noun: "Kebbi
    State" (not "Sinai Province", a branch's name, nor an armed group's)."""
    if m.label == "Location":
        return True
    last = m.name.rsplit(" ", 1)[-1].lower()
    return m.label == "Organization" and m.kind in {None, UNKNOWN_KIND} and last not in branch_nouns()


def bind_place_kinds(mentions: list[Mention], towns: frozenset[str] = frozenset()) -> list[Mention]:
    """Unknown places named with the noun of their kind ("Katha Township", "Donetsk region") bound to the place
    the document names without it; that name, if the NER took it for an organisation's or a person's, bound to
    the place named with the noun ("Tolmasi Province ... the governor of Tolmasi"); an unknown place named as a
    known one without its division's noun ("Shan" of "Shan State", "the Far North" of "Far North Region") bound to
    the known place the document names. Not a division named after one of the ``towns`` (names the page writes as a
    town's, :func:`~loaders.place_names.town_names`): "the Kherson region" is not Kherson beside "Kherson city"."""
    kinds = kind_nouns()
    with_kind = {
        words[0].lower(): m
        for m in mentions
        if _place_or_body_read(m) and not m.actor_id and len(words := m.name.rsplit(" ", 1)) == 2
        if words[1].lower() in kinds and words[0] not in towns
    }
    bare = {m.name.lower(): m for m in mentions if m.label == "Location" and m.name.lower() in with_kind}
    known = {  # "Shan State", "Far North Region": known places whose name ends in a division's noun
        words[0].lower(): m
        for m in mentions
        if m.label == "Location" and m.actor_id and len(words := m.name.rsplit(" ", 1)) == 2
        if words[1].lower() in load_cues().place_divisions
    }
    out = []
    for m in mentions:
        words = m.name.rsplit(" ", 1)
        key, name = words[0].lower(), m.name.lower()
        if _place_or_body_read(m) and not m.actor_id and len(words) == 2 and words[1].lower() in kinds and key in bare:
            out.append(_as(m, bare[key]))  # every "Katha Township" is Katha, and "Kebbi State" read as a body's
        elif m.label in {"Organization", "Person"} and not m.actor_id and name in with_kind:
            out.append(_as(m, bare.get(name, with_kind[name])))  # "Tolmasi" is Tolmasi Province, or Tolmasi
        elif m.label == "Location" and not m.actor_id and name in known and name not in with_kind:
            out.append(_as(m, known[name]))  # "northern Shan" is the known Shan State the page names
        else:
            out.append(m)
    return out


def _site_key(m: Mention) -> tuple[str, str] | None:
    """An unknown place's name before lowercase words ending in the noun of a site, then that noun ("tulkarm", "camp"
    of "Tulkarm refugee camp" and of "Tulkarm camp"), else None."""
    words = m.name.split()
    named = list(itertools.takewhile(lambda w: not w.islower(), words))
    rest = words[len(named) :]
    if m.label != "Location" or m.actor_id or not named or not rest or not all(w.islower() for w in rest):
        return None
    nouns = load_cues().place_nouns | _lists()["place_words"]  # joined only for a name that may be a site's
    return (" ".join(named).lower(), rest[-1]) if rest[-1] in nouns else None


def bind_sites_written_apart(mentions: list[Mention]) -> list[Mention]:
    """Unknown places named by one name and the noun of one site, with lowercase words between or without ("the
    Tulkarm refugee camp", "Tulkarm camp"), bound to the name written with the most words.

    >>> ms = [Mention(0, 3, 0, 20, "Tulkarm refugee camp", "Location", "Tulkarm refugee camp"),
    ...       Mention(9, 11, 60, 72, "Tulkarm camp", "Location", "Tulkarm camp")]
    >>> [m.name for m in bind_sites_written_apart(ms)]
    ['Tulkarm refugee camp', 'Tulkarm refugee camp']
    """
    fullest: dict[tuple[str, str], Mention] = {}
    for m in mentions:
        key = _site_key(m)
        if key is not None and (key not in fullest or len(m.name.split()) > len(fullest[key].name.split())):
            fullest[key] = m
    return [_as(m, fullest[key]) if (key := _site_key(m)) is not None else m for m in mentions]


def _words(name: str) -> list[str]:
    return name.lower().split()


SPLINTER_WINDOW = 4  # tokens between a splinter's noun and the name it describes: "a breakaway body, the X"


def splinters_described(doc: Doc, mentions: list[Mention]) -> frozenset[str]:
    """The keys of organisations an apposition describes as a splinter, a breakaway or a faction (``splinter_words``),
    just before their name ("a breakaway body, the Muslim Brotherhood Association") or just after it ("X, a
    dissident faction"): a body of its own, not the one its opening words name.

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp().make_doc("Police raided a breakaway group, the Orsk Union Association, on Monday.")
    >>> name = "Orsk Union Association"
    >>> sorted(splinters_described(doc, [Mention(7, 10, 33, 56, name, "Organization", name)]))
    ['Organization:Orsk Union Association']
    """
    words = _lists()["splinter_words"]
    text, lower = token_strings(doc), token_strings(doc, LOWER)  # read by position: no ``Token`` made
    found = set()
    for m in mentions:
        if m.label != "Organization":
            continue
        before = range(max(0, m.start - SPLINTER_WINDOW), m.start)
        after = range(m.end, min(len(text), m.end + SPLINTER_WINDOW + 1))
        apposed_before = any(text[i] == "," for i in before) and any(lower[i] in words for i in before)
        apposed_after = len(after) > 0 and text[m.end] == "," and any(lower[i] in words for i in after)
        if apposed_before or apposed_after:
            found.add(m.key)
    return frozenset(found)


def bind_short_names(mentions: list[Mention], splinters: frozenset[str] = frozenset()) -> list[Mention]:
    """Unknown organisations named by the first or last words of one longer organisation name of the document
    ("Al-Ashtar" of "Al-Ashtar Brigades", "the Council" of "the UN Security Council", "the coalition" of "the
    Saudi-led coalition"), and unknown "people" named by its first words ("Al Junaid" of "Al Junaid Multi
    Activities Co Ltd", "Amal" of "the Amal Movement": :func:`_person_opening`), bound to it. Of two longer names
    with the same head ("the Council" beside the Council of the EU and the Foreign Affairs Council), the one the
    document names first is the body it refers to. Not a body the page describes as a splinter (``splinters``: "a
    breakaway body, the Muslim Brotherhood Association"), nor a name going on with a name of its own
    (:func:`_named_on`: "Renamo" of "the Renamo Military Junta")."""
    longer = {
        m.key: (m, _words(m.name))
        for m in mentions
        if m.label == "Organization" and " " in m.name and m.key not in splinters
    }
    surnames = {w for m in mentions if m.label == "Person" and " " in m.name for w in _words(m.name)}
    first_named = {key: min(m.start for m in mentions if m.key == key) for key in longer}
    out = []
    for m in mentions:
        words = _words(m.name)
        short = (
            m.label == "Organization"
            and (not m.actor_id or (len(words) == 1 and m.text.islower()))  # "the coalition": the document's
            and not is_acronym(m.text)
        )
        owners = (
            {key: (o, name) for key, (o, name) in longer.items() if _short_for(words, name) and not _named_on(m, o)}
            if short
            else {}
        )
        if len(owners) > 1:  # "the Council" beside the General Secretariat of the Council
            owners = {key: (o, name) for key, (o, name) in owners.items() if head_word(name) == head_word(words)}
            owners = dict(sorted(owners.items(), key=lambda item: first_named[item[0]])[:1])
        owners = {key: o for key, (o, _) in owners.items()}
        if not short and _person_opening(m, surnames):
            owners = {key: o for key, (o, name) in longer.items() if _opens(words, name) and _heads_after(words, name)}
        out.append(_as(m, next(iter(owners.values()))) if len(owners) == 1 else m)
    return out


def _short_for(words: list[str], name: list[str]) -> bool:
    """Whether ``words`` are the first or last words of the longer ``name`` and no splinter's name of them: "the
    Front" of "the Independent National Patriotic Front of Liberia", not "National Patriotic Front of Liberia", the
    body it broke from (``splinter_openers``).

    >>> long = "independent national patriotic front of liberia".split()
    >>> _short_for("front of liberia".split(), long), _short_for("national patriotic front of liberia".split(), long)
    (True, False)
    """
    splinter = len(name) == len(words) + 1 and name[0] in _lists()["splinter_openers"]
    return (
        begins_or_ends(words, name)
        and not splinter
        and not _part_named_after(words, name)
        and not _owner_named_after(words, name)
    )


def _named_on(short: Mention, longer: Mention) -> bool:
    """Whether the longer name goes on after the short one's words with a name of its own, two capitalised words or
    more: another body the short one owns or shares a word with ("Renamo" of "the Renamo Military Junta", "Ogaden" of
    "the Ogaden National Liberation Front"), not the short one written in full; unless its last word names no more
    than a body's kind ("Los Lobos" of "Los Lobos Drug Trafficking Organization": ``kind_heads``).

    >>> named = [Mention(0, 1, 0, 6, "Renamo", "Organization", "Renamo"),
    ...          Mention(0, 3, 0, 21, "Renamo Military Junta", "Organization", "Renamo Military Junta")]
    >>> _named_on(*named), _named_on(replace(named[0], name="Amal"), replace(named[1], name="Amal Movement"))
    (True, False)
    >>> _named_on(replace(named[0], name="COUNCIL"), replace(named[1], name="COUNCIL OF THE ORSK UNION"))
    False
    """
    rest = longer.name.split()[len(short.name.split()) :]
    return (
        _opens(_words(short.name), _words(longer.name))
        and len(rest) >= 2
        and all(w[0].isupper() and w.lower() not in load_cues().name_connectors for w in rest)  # not "COUNCIL OF THE X"
        and rest[-1].lower() not in _lists()["kind_heads"]
    )


def _owner_named_after(words: list[str], name: list[str]) -> bool:
    """Whether ``words`` close the longer ``name`` after its "of the": the owner of the body it names, not a short form
    of it ("the Orskian Union" of "the Council of the Orskian Union", "the Velmar Front" of "the Directorate of the
    Velmar Front"); not after a ministry's noun, whose portfolio names the ministry ("the Treasury" of "the Department
    of the Treasury": ``ministry_nouns``), nor after "of" alone, inside a name ("Russia Legion" of "the Freedom of
    Russia Legion").

    >>> _owner_named_after("orskian union".split(), "council of the orskian union".split())
    True
    >>> [_owner_named_after(w.split(), n.split()) for w, n in [("treasury", "department of the treasury"),
    ...     ("russia legion", "freedom of russia legion"), ("front of liberia", "patriotic front of liberia")]]
    [False, False, False]
    """
    before = name[: len(name) - len(words)]
    return (
        name[len(before) :] == words
        and len(before) >= 3
        and before[-2:] == ["of", "the"]
        and before[-3] not in load_cues().ministry_nouns
    )


def _part_named_after(words: list[str], name: list[str]) -> bool:
    """Whether the longer ``name`` is a part or a branch of the body ``words`` name, its words then a part's noun
    (``part_nouns``, ``branch_nouns``) as its last word or its head: "Hamas" is not the "Hamas Political Bureau", nor
    "Tadamon" the "Tadamon Media Office", nor "Islamic State" the "Islamic State Sahel Province", nor the "African
    Union" the "African Union Mission in Somalia"; "the Council" is the "Council of the European Union".

    >>> _part_named_after(["tadamon"], "tadamon political bureau".split())
    True
    >>> _part_named_after(["ashtar"], ["ashtar", "brigades"])
    False
    >>> _part_named_after(["orsk", "union"], "orsk union mission in vardo".split())
    True
    >>> _part_named_after(["council"], "council of the orsk union".split())
    False
    >>> _part_named_after(["free", "legion"], "free legion somalia".split())
    True
    """
    nouns = load_cues().part_nouns | branch_nouns()
    head = head_word(name)
    rest = name[len(words) :]
    branch = name[-1] in nouns or (head in nouns and head not in words) or names_a_branch_place(rest)
    return _opens(words, name) and branch


def names_a_part_of(words: list[str], name: list[str]) -> bool:
    """Whether the longer ``name`` (lowercase words) is a part or a branch of the body ``words`` name, as
    :func:`_part_named_after` reads it, or its last word or its head is a body's part (``part_bodies``): "IRGC Ground
    Forces", "the UN Interim Force in Lebanon"; not "Kuki National Army", a group of its own named after a people.

    >>> names_a_part_of(["irgc"], "irgc ground forces".split()), names_a_part_of(["kuki"], "kuki national army".split())
    (True, False)
    """
    parts = load_cues().part_bodies
    return _part_named_after(words, name) or (_opens(words, name) and (name[-1] in parts or head_word(name) in parts))


def names_a_country(words: list[str]) -> bool:
    """Whether words name a state the gazetteer knows, as a branch's name ends after its parent's: "Somalia" of
    "Islamic State Somalia". Every gazetteer, even one of a theatre nobody prepared for, knows the states.

    >>> names_a_country(["somalia"]), names_a_country(["sahel"]), names_a_country([])
    (True, False, False)
    """
    known = load_gazetteer().lookup(" ".join(words)) if words else None
    return known is not None and known.label == "Country"


def names_a_branch_place(words: list[str]) -> bool:
    """Whether words (lowercase) name a state the gazetteer knows or a region a branch's name ends with after its
    parent's (``branch_regions``), the region with or without "in the" before it: "Somalia" of "Islamic State
    Somalia", "Khorasan" of "Islamic State Khorasan", "in the Islamic Maghreb" of "al-Qaeda in the Islamic Maghreb";
    not "of Iraq and the Levant", the rest of the Islamic State's own longer name.

    >>> names_a_branch_place(["khorasan"]), names_a_branch_place("in the islamic maghreb".split())
    (True, True)
    >>> names_a_branch_place("of iraq and the levant".split()), names_a_branch_place(["somalia"])
    (False, True)
    """
    if names_a_country(words):
        return True
    place = words[1:] if words[:1] == ["in"] else words
    place = place[1:] if place[:1] == ["the"] else place
    return " ".join(place) in _lists()["branch_regions"]


def names_a_part(name: list[str]) -> bool:
    """Whether a body's name (lowercase words) names a part of another by its last word, its head or its first word
    before a number (``part_bodies``): "Quds Force", "Office of Foreign Assets Control", "Unit 29155"; not "Department
    of the Treasury" nor "Islamic State".

    >>> names_a_part(["quds", "force"]), names_a_part("office of foreign assets control".split())
    (True, True)
    >>> names_a_part(["unit", "29155"]), names_a_part("department of the treasury".split()), names_a_part(["islamic"])
    (True, False, False)
    """
    parts = load_cues().part_bodies
    numbered = len(name) == 2 and name[0] in parts and name[1].isdigit()
    return bool(name) and (name[-1] in parts or head_word(name) in parts or numbered)


def head_word(name: list[str]) -> str:
    """The head noun of a body's name (lowercase words): the word before its first "of", "for" or "in", else its last
    word ("council" of "council of the european union", "secretariat" of "general secretariat of the council").

    >>> head_word("council of the european union".split()), head_word("general secretariat of the council".split())
    ('council', 'secretariat')
    >>> head_word("european union".split())
    'union'
    """
    cut = next((i for i, w in enumerate(name) if i and w in {"of", "for", "in"}), len(name))
    return name[cut - 1]


def _opens(words: list[str], name: list[str]) -> bool:
    """Whether ``words`` are the first words of the longer ``name``."""
    return len(name) > len(words) and name[: len(words)] == words


def _person_opening(m: Mention, named_people: set[str]) -> bool:
    """Whether a mention is an unknown "person" of two words or more, which may be the opening words of a body's name
    the document writes in full ("Al Junaid" of "Al Junaid Multi Activities Co Ltd"), or of one word no person named
    in full bears (``named_people``: their words), which may open one ("Amal" of "the Amal Movement")."""
    alone = " " not in m.name and not set(_words(m.name)) & named_people
    return m.label == "Person" and not m.actor_id and not m.refers_back and (" " in m.name or alone)


def _heads_after(words: list[str], name: list[str]) -> bool:
    """Whether a longer name opened by ``words`` goes on with more than one word, or with one of ``opened_heads`` after
    one word ("Amal Movement"; not "Tessar Holdings" after a person's "Tessar")."""
    return len(words) > 1 or (len(name) == 2 and name[1] in _lists()["opened_heads"])


def _could_be_a_person(m: Mention) -> bool:
    words = m.name.split()
    return (
        m.label == "Organization"
        and not m.actor_id
        and 2 <= len(words) <= 4
        and words[0][0].isupper()
        and words[-1][0].isupper()
        and not names_an_organisation(m.name, guess_kind(m.name))
    )


def _places_named_as_people(mentions: list[Mention]) -> set[str]:
    """Names read as a place's, of capitalised words with no noun of a place, whose last word the document uses alone
    for a person: a person's ("Ali Mohamed Rage of JNIM ... Rage is its spokesman")."""
    alone = {m.name for m in mentions if m.label == "Person" and not m.actor_id and " " not in m.name}
    nouns = load_cues().place_nouns | kind_nouns()
    return {
        m.name
        for m in mentions
        if m.label == "Location"
        and not m.actor_id
        and 2 <= len(words := m.name.split()) <= 4
        and words[-1] in alone
        and all(w[0].isupper() and w.lower() not in nouns for w in words)
    }


def _family_names_read_apart(mentions: list[Mention]) -> set[str]:
    """Unknown places' or bodies' names of two words or more, with no noun of either, that end a person's longer name
    in the document: the person's family name written alone ("El Aissami" of "Tareck El Aissami")."""
    tails = {
        tuple(words[i:])
        for m in mentions
        if m.label == "Person"
        for words in [m.name.split()]
        for i in range(1, len(words) - 1)
    }
    nouns = load_cues().place_nouns | kind_nouns()
    return {
        m.name
        for m in mentions
        if m.label in {"Location", "Organization"}
        and not m.actor_id
        and tuple(words := m.name.split()) in tails
        and all(w.lower() not in nouns for w in words)
    }


def described_names(doc: Doc, mentions: list[Mention]) -> frozenset[str]:
    """The names of organisations that an apposition after one of their mentions describes as a body ("X, a
    conservation charity"), or whose last word the document writes alone after "the", as a body is named short and
    a person never is ("the Chin Brotherhood ... the Brotherhood": :func:`_short_after_the`)."""
    short = _short_after_the(doc, mentions)
    return frozenset(
        m.name
        for m in mentions
        if m.label == "Organization"
        and (apposed_as_body(span_root(doc, m.start, m.end)) or (" " in m.name and m.name.split()[-1] in short))
    )


def _short_after_the(doc: Doc, mentions: list[Mention]) -> set[str]:
    """The one-word names the document writes right after "the", whatever the NER read them as ("the Collective").

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("Members of the Collective met Orvane.")
    >>> sorted(_short_after_the(doc, [Mention(3, 4, 15, 25, "Collective", "Person", "Collective"),
    ...                               Mention(5, 6, 30, 36, "Orvane", "Person", "Orvane")]))
    ['Collective']
    """
    return {m.name for m in mentions if m.end - m.start == 1 and m.start > 0 and doc[m.start - 1].lower_ == "the"}


def bodies_named_short(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """The mentions, a lone unknown word read as a person's that the page writes after "the" and that ends the name
    of one organisation of two words or more bound to it: the body named short ("the Terrorgram Collective ... the
    Collective"), as a man never is.

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("The Orvane Collective spoke. Members of the Collective left.")
    >>> ms = [Mention(1, 3, 4, 21, "Orvane Collective", "Organization", "Orvane Collective", "other"),
    ...       Mention(8, 9, 44, 54, "Collective", "Person", "Collective")]
    >>> [(m.label, m.name) for m in bodies_named_short(doc, ms)]
    [('Organization', 'Orvane Collective'), ('Organization', 'Orvane Collective')]
    """
    short = _short_after_the(doc, mentions)
    ends: dict[str, list[Mention]] = {}
    for m in mentions:
        if m.label == "Organization" and not m.refers_back and " " in m.name and m.name.split()[-1] in short:
            ends.setdefault(m.name.split()[-1], []).append(m)
    owners = {word: found[0] for word, found in ends.items() if len({m.name for m in found}) == 1}
    return [
        _as(m, owners[m.name]) if m.label == "Person" and not m.actor_id and m.name in owners else m for m in mentions
    ]


def people_named_in_part(mentions: list[Mention], bodies: frozenset[str] = frozenset()) -> list[Mention]:
    """Names read as an organisation's, with no word of one, whose last word the document also uses alone: a
    person's, and so is that word; not a name the text describes as a body's (``bodies``: "Forestal Arauco, the
    forestry arm of X", whatever "of Arauco" was read as)."""
    alone = {m.name for m in mentions if not m.actor_id and " " not in m.name and m.label in {"Organization", "Person"}}
    people = {
        m.name for m in mentions if _could_be_a_person(m) and m.name.split()[-1] in alone and m.name not in bodies
    }
    people |= _places_named_as_people(mentions)
    people |= {n.split()[-1] for n in people} | _family_names_read_apart(mentions)
    if not people:
        return mentions
    return [replace(m, label="Person", kind=None) if not m.actor_id and m.name in people else m for m in mentions]


def branches_by_place(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """An armed group's name joined by a hyphen to a place's ("ISIS-Egypt", "IS-Mozambique") names its branch
    there: one organisation, not the group and the place (not "Hamas-Israel war": a compound's modifier)."""
    at = {m.start: m for m in mentions}
    out: list[Mention] = []
    skip: set[int] = set()
    for m in mentions:
        if m.start in skip:
            continue
        place = at.get(m.end + 1)
        if (
            m.label == "Organization"
            and m.kind == "armed_group"
            and place is not None
            and place.label in {"Country", "Location"}
            and doc[m.end].text == "-"
            and not doc[m.end - 1].whitespace_
            and not doc[m.end].whitespace_
            and doc[place.end - 1].dep_ != "compound"
            and (place.end == len(doc) or doc[place.end].text != "-")
        ):
            span = doc[m.start : place.end]
            out.append(
                Mention(m.start, place.end, span.start_char, span.end_char, span.text, m.label, span.text, m.kind)
            )
            skip.add(place.start)
        else:
            out.append(m)
    return out


MAX_PLACE_WORDS = 3  # lowercase words between a name and the noun of its place: "Haruba military base"


def place_phrase(doc: Doc, m: Mention) -> str | None:
    """The name with the noun of a place or a building written after it ("the Haruba military base", "La Roca
    prison", "the Al-Rawda junction", "the Basmanny district court"), if there is one: the place's name as written
    in full, up to its last such noun. The noun right after the name needs no parse ("the Mwenga highlands": the
    parser may read it as a verb)."""
    nouns = load_cues().place_nouns | _lists()["place_words"]
    end, found = m.end, None
    while end < len(doc) and end - m.end < MAX_PLACE_WORDS and doc[end].is_lower:
        word = doc[end]
        end += 1
        right_after = end == m.end + 1 and word.lower_ in nouns and bool(doc[m.end - 1].whitespace_)
        if word.pos_ not in {"ADJ", "NOUN"} and not right_after:
            break
        if word.lower_ in nouns and (right_after or m.end <= doc[m.end - 1].head.i < end):  # the name modifies it
            found = end
    return doc[m.start : found].text if found else None


def places_named_with_nouns(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Unknown names the NER took for a body's or a person's that the noun of a place or a building follows ("the
    Al-Rawda junction", "the Bahema Nord chiefdom"): places; not a body of a kind ("a Kenya Navy base", "a Varga
    Defence Forces facility": the body's site)."""
    return [
        replace(m, label="Location", kind=None)
        if m.label in {"Organization", "Person"}
        and not m.actor_id
        and m.kind in {None, UNKNOWN_KIND}
        and place_phrase(doc, m) is not None
        else m
        for m in mentions
    ]


def no_names(doc: Doc, mentions: list[Mention], lower: set[str]) -> list[Mention]:
    """The mentions without the capitalised common words the NER takes for names ("South", "Peacekeepers",
    ``same_actor.common_words``) and the platforms a statement is posted on ("on the Telegram app"); ``lower``: the
    words the document writes in lower case (:func:`lowercase_words`)."""
    return [
        m
        for m in mentions
        if m.actor_id
        or not (
            m.name.lower() in _lists()["common_words"]
            or posted_on(doc[m.start : m.end], m.name)
            or _common_word_opening(doc, m, lower)
        )
    ]


def common_word_openers(doc: Doc, mentions: list[Mention], lower: set[str]) -> list[Mention]:
    """Unknown names of two words or more that open their sentence with a common word capitalised by its place (one
    the document writes in lower case elsewhere) before the name of another mention: that mention's actor
    ("Suspected Lakurawa militants crossed ..." beside "Lakurawa": the group, not a person "Suspected Lakurawa");
    ``lower``: the words the document writes in lower case (:func:`lowercase_words`)."""
    named = {m.name.lower(): m for m in mentions if m.actor_id or m.label != "Person"}
    out = []
    for m in mentions:
        word = doc[m.start]
        rest = m.name.split(" ", 1)[1].lower() if " " in m.name else ""
        opener = not m.actor_id and word.is_sent_start and not word.is_upper and word.lower_ in lower
        other = named.get(rest) if opener and m.name.startswith(word.text + " ") else None
        out.append(_as(m, other) if other is not None and other is not m else m)
    return out


def _common_word_opening(doc: Doc, m: Mention, lower: set[str]) -> bool:
    """Whether an unknown one-word name opens its sentence and is written in lower case elsewhere in the document: a
    common word capitalised by its place ("Detectives investigating the attack ...", "Intelligence officials
    said ...", the page using "detectives" and "intelligence" too)."""
    word = doc[m.start]
    return m.end - m.start == 1 and word.is_sent_start and not word.is_upper and word.lower_ in lower


SPELLED_ALIKE = 85  # rapidfuzz ratio of two names of as many words, each word with the same initial


def spelled_alike(name: str, other: str) -> bool:
    """Whether two names of a person are one name spelled two ways: as many words, the same initials, and nearly the
    same letters ("Akhtar Mohammad Khalil" and "Akhtar Muhammad Khalil", "Suu Kyi" and "Suu Kai").

    >>> spelled_alike("Ali Mohamed Rage", "Ali Mohamud Rage"), spelled_alike("Mohamed Dagalo", "Abdelrahim Dagalo")
    (True, False)
    """
    words, others = name_key(name).split(), name_key(other).split()
    return (
        words != others
        and len(words) == len(others) >= 2
        and all(w[0] == o[0] for w, o in zip(words, others, strict=True))
        and fuzz.ratio(" ".join(words), " ".join(others)) >= SPELLED_ALIKE
    )


LIST_GAP = 2  # tokens between two names of a list: ", and"


def _listed_together(name: str, other: str, mentions: list[Mention]) -> bool:
    """Whether two names are written one right after the other, as a list's ("Karan Gill and Kiran Gill"): two people,
    however alike they are spelled."""
    at = [m for m in mentions if m.name == name]
    return any(
        0 <= o.start - m.end <= LIST_GAP or 0 <= m.start - o.end <= LIST_GAP
        for o in mentions
        if o.name == other
        for m in at
    )


def _bodies_by_name(mentions: list[Mention]) -> list[Mention]:
    """One mention of each unknown name of two words or more read as an organisation's that has a word only
    organisations' names have ("Liwa al-Thawra": ``organisation_names``): a body's name, whatever a spelling of it
    the NER read as a man's."""
    bodies: dict[str, Mention] = {}
    for m in mentions:
        unknown = m.label == "Organization" and not m.actor_id and not m.refers_back and " " in m.name
        if unknown and m.name not in bodies and names_an_organisation(m.name, m.kind or guess_kind(m.name)):
            bodies[m.name] = m
    return list(bodies.values())


def _bodies_spelled_alike(mentions: list[Mention], bodies: list[Mention]) -> dict[str, Mention]:
    """Each unknown name read as a person's that spells nearly the name of one of ``bodies`` ("LEWAA AL-THAWRA" of a
    listing beside "Liwa al-Thawra"), with that body, and the last word of such a name written alone, as a surname
    is, where no other person's name ends with it; not a name written beside the body's, as a list's item is."""
    read_as_people = {m.name for m in mentions if m.label == "Person" and not m.actor_id and " " in m.name}
    spelled: dict[str, Mention] = {}
    for name in sorted(read_as_people):
        body = next(
            (b for b in bodies if spelled_alike(name, b.name) and not _listed_together(name, b.name, mentions)), None
        )
        if body is not None:
            spelled[name] = body
    others = {name_key(name.split()[-1]) for name in read_as_people - set(spelled)}  # surnames of the page's people
    tails = {key: body for name, body in spelled.items() if (key := name_key(name.split()[-1])) not in others}
    for m in mentions:  # "AL-THAWRA" alone, the "surname" of the listing's "LEWAA AL-THAWRA": the body too
        if m.label == "Person" and not m.actor_id and " " not in m.name and name_key(m.name) in tails:
            spelled[m.name] = tails[name_key(m.name)]
    return spelled


def people_spelled_alike(mentions: list[Mention]) -> list[Mention]:
    """Names spelled nearly as a person the document names ("Nabih Berri ... Nabih Beri"), whatever the NER took
    them for, bound to the person first named so (a known person first); not two names written side by side in a
    list. A body's name with a word of organisations is no person's spelling: a "person" spelled nearly as it is
    that body (:func:`_bodies_spelled_alike`).

    >>> ms = [Mention(0, 2, 0, 14, "Liwa al-Thawra", "Organization", "Liwa al-Thawra", "armed_group"),
    ...       Mention(9, 11, 60, 75, "LEWAA AL-THAWRA", "Person", "LEWAA AL-THAWRA"),
    ...       Mention(14, 15, 80, 89, "AL-THAWRA", "Person", "AL-THAWRA")]
    >>> [(m.label, m.name) for m in people_spelled_alike(ms)]
    [('Organization', 'Liwa al-Thawra'), ('Organization', 'Liwa al-Thawra'), ('Organization', 'Liwa al-Thawra')]
    """
    bodies = _bodies_by_name(mentions)
    body_names = {b.name for b in bodies}
    as_bodies = _bodies_spelled_alike(mentions, bodies) if bodies else {}
    people: list[Mention] = []  # one mention of each way of spelling, the first of its person first
    for m in sorted(mentions, key=lambda m: m.actor_id is None):
        new = all(p.name != m.name for p in people) and m.name not in as_bodies
        if m.label == "Person" and not m.refers_back and " " in m.name and new:
            people.append(m)
    if not people and not bodies:
        return mentions
    names = [p.name for p in people]
    alike: dict[str, Mention | None] = {}  # a name -> the person it is another spelling of, worked out once
    out = []
    for m in mentions:
        if m.name in as_bodies and not m.actor_id:
            out.append(_as(m, as_bodies[m.name]))
            continue
        if m.actor_id or m.label not in {"Person", "Location", "Organization"} or " " not in m.name:
            out.append(m)
            continue
        if m.name in body_names:
            out.append(m)
            continue
        if m.name not in alike:
            own = names.index(m.name) if m.name in names else len(names)  # only a person named before it
            alike[m.name] = next(
                (
                    p
                    for p in people[:own]
                    if spelled_alike(m.name, p.name) and not _listed_together(m.name, p.name, mentions)
                ),
                None,
            )
        out.append(m if alike[m.name] is None else _as(m, alike[m.name]))
    return out


def same_actor(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """The mentions, each actor the document writes several ways bound to one name (see the module)."""
    lower = lowercase_words(doc)  # read once for both
    mentions = bind_spelled_known(
        doc, branches_by_place(doc, common_word_openers(doc, no_names(doc, mentions, lower), lower))
    )
    towns = frozenset(town_names(doc, mentions))
    mentions = bind_place_kinds(bind_short_names(bind_initials(mentions), splinters_described(doc, mentions)), towns)
    mentions = bodies_named_short(doc, people_named_in_part(mentions, described_names(doc, mentions)))
    mentions = bind_sites_written_apart(mentions)  # "the Tulkarm refugee camp ... Tulkarm camp"
    mentions = people_spelled_alike(mentions)
    return places_called_places(doc, places_named_with_nouns(doc, mentions))
