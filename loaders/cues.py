"""The relation cue words of ``seeds/relations.yaml``, checked and indexed for the rules."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache, cached_property
from typing import TypeVar

from graph.errors import OntologyError
from graph.ontology import load_ontology
from graph.seeds import load_seed_yaml

PERSON_ROLES = frozenset({"LEADS", "DEPUTY_OF", "WORKS_FOR"})  # the relationship types of roles only people hold

T = TypeVar("T")


def word_sets(cls: type[T], block: str) -> T:
    """A dataclass of word sets, each field the list of that name in ``seeds/relations.yaml``'s ``block``.

    >>> from dataclasses import dataclass
    >>> @dataclass(frozen=True)
    ... class Words:
    ...     former_words: frozenset[str]
    >>> sorted(word_sets(Words, "role_types").former_words)[:2]
    ['erstwhile', 'ex']
    """
    data = load_seed_yaml("relations.yaml")[block]
    return cls(**{name: frozenset(data[name]) for name in cls.__dataclass_fields__})


@dataclass(frozen=True)
class VerbCue:
    """A verb cue: relationship type, direction, and the prepositions that introduce its object."""

    type: str
    preps: frozenset[str]
    reverse: bool = False
    passive_only: bool = False
    object_only_preps: bool = False
    confidence: float = 0.7
    person_type: str = ""  # the type a person at either end gives instead ("X worked with Y": a person affiliated)
    labels: frozenset[str] = frozenset()  # the labels both ends must have, if any ("owned by X": a body or a person)
    named_objects: bool = False  # the object a name itself or its owner ("stood with Turkey", "by Israel's side"),
    # not a noun that names one by a demonym or an "of" ("stood with the Somali people", "by the security of Jordan")
    object_labels: frozenset[str] = frozenset()  # the labels the one acted on must have ("ousted al-Shabaab": a body)
    part_type: str = ""  # the type a body a state's body controls gives instead (loaders/controlled_bodies.py)


@dataclass(frozen=True)
class NounCue:
    """A relational noun ("links to", "drills with", "struggle between")."""

    type: str
    preps: frozenset[str]
    symmetric_between: bool = False
    reverse: bool = False  # the noun's bearer is the object: "the US imposed sanctions on X" -> X SANCTIONED_BY US
    purpose_preps: frozenset[str] = frozenset()  # "X was in Kabul for talks with Y": the verb's subject holds it
    labels: frozenset[str] = frozenset()  # the labels both ends must have, if any ("the successor to X": bodies)
    not_between: frozenset[str] = frozenset()  # labels both ends may not have ("allegiance" of a body to a body)
    body_type: str = ""  # the type a person and a body (Organization) give instead ("X in contact with IS": a tie)


@dataclass(frozen=True)
class Cues:
    """Every cue list the rules read."""

    verbs: dict[str, tuple[VerbCue, ...]]
    roles: dict[tuple[str, ...], str]
    role_preps: frozenset[str]
    deputy_words: frozenset[str]
    rank_roles: frozenset[str]
    part_nouns: frozenset[str]
    named_part_nouns: frozenset[str]
    mutual: frozenset[str]
    fighting_time_preps: frozenset[str]
    time_stretches: frozenset[str]  # "after four days of fighting with Y": "day"
    front_foe_preps: frozenset[str]  # "joined the war against X": "against"
    commitment_words: frozenset[str]  # "committed to the fight against X": "committed"
    commitment_preps: frozenset[str]
    course_nouns: frozenset[str]
    course_preps: frozenset[str]
    announcing_verbs: frozenset[str]
    meeting_time_preps: frozenset[str]
    apart_meeting_words: frozenset[str]
    joint_meeting_nouns: frozenset[str]
    reciprocal_objects: frozenset[str]
    launching_verbs: frozenset[str]
    launched_arms: frozenset[str]
    hostile_with: frozenset[str]
    severing_verbs: frozenset[str]
    settlement_words: frozenset[str]
    counterpart_nouns: frozenset[str]
    consent_nouns: frozenset[str]  # "in agreement with Y": consent, no pact
    consent_preps: frozenset[str]
    state_member_words: frozenset[str]  # "Kenya joined AMISOM": a state's membership is an alliance
    state_backer_kinds: frozenset[str]  # "the US has backed Israel": a state backed by a state or a force is its ally
    repelling_verbs: frozenset[str]
    appointment_verbs: frozenset[str]
    succession_verbs: frozenset[str]
    self_naming_verbs: frozenset[str]
    reflexives: frozenset[str]
    emphatic_reflexives: frozenset[str]  # "Israel had itself struck X": the subject stressed, hung on the auxiliary
    honorifics: frozenset[str]
    rank_abbreviations: frozenset[str]
    clause_conjunctions: frozenset[str]
    rank_openers: frozenset[str]  # "Lieutenant" of "chief Lieutenant General X": a rank's, no role
    place_nouns: frozenset[str]
    violence_verbs: frozenset[str]
    victim_nouns: frozenset[str]
    companion_preps: frozenset[str]  # "X was killed alongside Y": Y was killed too
    companion_adverbs: frozenset[str]  # "X was killed along with Y": the adverb before "with"
    event_nouns: frozenset[str]
    event_kinds: dict[str, str]  # an event noun -> the kind of incident it names ("strike" -> attack)
    harm_of_kinds: dict[str, str]  # a kind of harm -> the kind of incident it may be the harm of (killing -> attack)
    event_preps: dict[str, str]
    patient_of_nouns: frozenset[str]
    blame_verbs: frozenset[str]
    blame_nouns: frozenset[str]
    blame_preps: frozenset[str]
    blame_asserted_nouns: frozenset[str]
    perpetration_verbs: frozenset[str]
    unclaimed_verbs: frozenset[str]  # "X has not claimed the attack": no word either way, not a denial
    nouns: dict[str, tuple[NounCue, ...]]
    adjectives: dict[str, tuple[NounCue, ...]]
    threat_cues: frozenset[str]
    deed_time_preps: frozenset[str]  # "After attacking X, Iran warned Y": an attack done, not threatened
    ended_words: frozenset[str]  # "no longer threatens X": a threat over
    hyphen: dict[str, tuple[str, bool]]  # "backed" -> (FUNDS, the actor before the hyphen is the subject)
    group_nouns: frozenset[str]
    examples: tuple[tuple[str, ...], ...]
    connectors: frozenset[str]
    alleged: frozenset[str]
    negation: frozenset[str]
    reporting: frozenset[str]
    place_directions: frozenset[str] = frozenset()  # "in the northern Kidal region"
    place_divisions: frozenset[str] = frozenset()  # "Gunung Sindur, Bogor Regency": what a wider place is
    placed_groups: frozenset[str] = frozenset()  # "Darfur rebel groups, including X"
    state_forces: frozenset[str] = frozenset()  # "Rwanda Defense Forces": a state's own force
    offshoot_nouns: frozenset[str] = frozenset()  # "an al-Qaeda affiliate based in Mali": not al-Qaeda's base
    splinter_words: dict[str, str] = field(default_factory=dict)  # "a splinter group of X": read as "an offshoot"
    citizen_nouns: frozenset[str] = frozenset()  # "two Mexican nationals": private people, not Mexico
    hyphen_bodies: frozenset[str] = frozenset()  # "the Houthi-run Al-Masirah TV": a body the actor runs is tied to it
    umbrella_tie_types: frozenset[str] = frozenset()  # "X, an umbrella of Iran-aligned groups": X is tied to Iran too
    standing_nouns: frozenset[str] = frozenset()  # "Finland's NATO bid": Finland's standing in NATO, not its base
    part_bodies: frozenset[str] = frozenset()  # "the Quds Force of the IRGC": a body named as a part of the next
    past_sanction: frozenset[str] = frozenset()  # "have previously designated X": not the notice's own sanctioner
    seconding_sanction: frozenset[str] = frozenset()  # "which is also imposing sanctions": joins, not replaces
    own_list_verbs: frozenset[str] = frozenset()  # "the State Department designated X": its list, not the state's
    sanctioned_companions: frozenset[str] = frozenset()  # "sanctioned X together with Y", "along with", "alongside"
    sanction_means: frozenset[str] = frozenset()  # "targeting X with sanctions": a sanction, not an attack
    sanction_measures: frozenset[str] = frozenset()  # "the Council imposed restrictive measures": a sanction's words
    imposing_verbs: frozenset[str] = frozenset()  # "imposed asset freezes on X": a verb whose clause's sanction it is
    sanction_reason_preps: frozenset[str] = frozenset()  # "sanctioned X over its activities": the reason is X's
    blame_incident_preps: frozenset[str] = frozenset()  # "the culprit for the attack", "their role in the bombing"
    blame_verb_incident_preps: frozenset[str] = frozenset()  # "blamed for", "accused of", "blamed over" the attack
    blame_message_nouns: frozenset[str] = frozenset()  # "claimed responsibility in a statement": no incident
    approving_verbs: frozenset[str] = frozenset()  # "X authorised the strike": who let it be done, not who struck
    interposed_agent_nouns: frozenset[str] = frozenset()  # "was claimed at the time by X": "by" hung on "time"
    deed_reference_nouns: frozenset[str] = frozenset()  # "said it had carried out the operation": the one told
    deed_reference_determiners: frozenset[str] = frozenset()
    sanction_participles: frozenset[str] = frozenset()  # "the targeted cartels are A and B"
    sanction_list_verbs: frozenset[str] = frozenset()  # "those designated include A and B"
    state_titles: frozenset[str] = frozenset()  # "President X" with no country named: the article's state
    state_words: frozenset[str] = frozenset()  # "government spokesman X": a title held in the article's state
    below_state_words: frozenset[str] = frozenset()  # "army spokesman X", "regional president X": not the state's
    local_owner_nouns: frozenset[str] = frozenset()  # "the city's security secretary X": not the state's
    topic_roles: frozenset[str] = frozenset()  # "an analyst of Indonesian militancy": "of" names a topic
    portfolio_words: frozenset[str] = frozenset()  # "Interior" of "Interior Minister X": no body of its own
    minister_titles: frozenset[str] = frozenset()  # "Interior Minister X" leads the interior ministry
    ministry_nouns: frozenset[str] = frozenset()  # "ministry", "office" of the "Home Office" a Home Secretary leads
    portfolio_spellings: dict[str, str] = field(default_factory=dict)  # "defense" is "defence"
    state_head_titles: frozenset[str] = frozenset()  # "President X", "junta leader X": a known person's state
    appointed_as: frozenset[str] = frozenset()  # "designated X as his successor": an appointment, no sanction
    set_off_adverbs: frozenset[str] = frozenset()  # "ECOWAS, then chaired by X": the body before the time adverb
    as_object_verbs: frozenset[str] = frozenset()  # "described X as the head of Y": the role is the object's
    listing_verbs: frozenset[str] = frozenset()  # "were added to the SDN List": a sanction
    listing_preps: frozenset[str] = frozenset()
    sanction_list_nouns: frozenset[str] = frozenset()
    sanction_list_names: frozenset[str] = frozenset()  # "the SDN list", "its terrorism list": a sanctions list
    naming_verbs: frozenset[str] = frozenset()  # "identified the sanctioned individuals as A and B"
    number_words: tuple[str, ...] = ()  # "designated three leaders": how many a notice names next
    following_words: frozenset[str] = frozenset()  # "designating the following companies:" then bulleted lines
    bullet_marks: tuple[str, ...] = ()  # "-" opening a bulleted line
    part_heading_words: frozenset[str] = frozenset()  # "Entities" heading the second part of a list of targets
    list_openers: frozenset[str] = frozenset()  # "four groups: A, B", "three affiliates – A and B –": names listed
    lister_kinds: frozenset[str] = frozenset()  # "The Council listed three companies:": bodies whose listing sanctions
    service_words: frozenset[str] = frozenset()  # "UN peacekeeping chief X": the head of a service, not of the UN
    part_role_words: frozenset[str] = frozenset()  # "Regional Director for West Africa": the head of a part
    title_scope_preps: frozenset[str] = frozenset()  # "Iran's ambassador to Iraq, X": what the title is for
    person_body_preps: frozenset[str] = frozenset()  # "James LaPorta of Newsweek": the person's body
    membership_preps: frozenset[str] = frozenset()  # "fighters of the RSF", "militants from ISWAP": whose people
    group_people_nouns: frozenset[str] = frozenset()  # "gunmen from the X gang": a group's people, as its fighters are
    doer_people_nouns: frozenset[str] = frozenset()  # "members of X carried out the bombing": X's, as doers only
    voice_people_nouns: frozenset[str] = frozenset()  # "leaders of X condemned Y": the body's people speak for it
    voice_preps: frozenset[str] = frozenset()  # "a spokesman for X accused Y": whose voice they are
    arms: frozenset[str] = frozenset()  # "its aircraft struck X": a referred actor's weapons and forces act for it
    quantifiers: frozenset[str] = frozenset()  # "many of these groups": the groups
    list_pronouns: frozenset[str] = frozenset()  # "... many groups. This includes A, B and C": the groups' members
    list_pronoun_verbs: frozenset[str] = frozenset()  # "This includes A, B and C"
    member_list_verbs: frozenset[str] = frozenset()  # "... six cartels. The targeted cartels are A, B and C"
    member_list_joiners: frozenset[str] = frozenset()  # "A, B as well as C": the next item of a list of members
    member_list_fillers: frozenset[str] = frozenset()  # "A, B and also the C": still the item's start
    anaphoric: frozenset[str] = frozenset()  # "the attack", "that strike": an incident named before
    relative_words: frozenset[str] = frozenset()  # "on the Kursk region, which borders ...": an incident's phrase ends
    phrase_end_time_words: frozenset[str] = frozenset()  # "on an apartment later that month": the phrase ends
    relative_pronouns: frozenset[str] = frozenset()  # "the Houthis, who are backed by Iran": the noun described
    thing_relative_pronouns: frozenset[str] = frozenset()  # "a bombing that targeted X": the incident
    relative_people_nouns: frozenset[str] = frozenset()  # "members of X who joined Y": the members, not X
    demanding_verbs: frozenset[str] = frozenset()  # "X demanded that Pakistan expel Y": an act only asked for
    characterising_verbs: frozenset[str] = frozenset()  # "condemned what it called X's attack": the attack
    reporting_copula_verbs: frozenset[str] = frozenset()  # "struck what it says are X targets": the targets
    specific: frozenset[str] = frozenset()  # "plotted the attack", "these attacks": an act that happened
    definite: frozenset[str] = frozenset()  # "the Iran-backed militia": a description of one named before
    group_reference: frozenset[str] = frozenset()  # "the group", "this militia": the organisation named before
    such_determiners: frozenset[str] = frozenset()  # "any such strike": an incident told before, with `such_words`
    such_words: frozenset[str] = frozenset()
    indefinite: frozenset[str] = frozenset()  # "X, a leader of Y": one of its leaders, not its head
    indefinite_articles: frozenset[str] = frozenset()  # "a drone attack", "an official"
    articles: frozenset[str] = frozenset()  # "the Hezbollah", "a Hezbollah commander": not a word of the name
    hedging_modals: frozenset[str] = frozenset()  # "X may have funded Y": alleged
    not_only_words: frozenset[str] = frozenset()  # "not only ... but also": "not" that adds, denies nothing
    reversing_verbs: frozenset[str] = frozenset()  # "has not stopped funding X": a denied end, the act goes on
    lapsed_words: frozenset[str] = frozenset()  # "no longer funds X": it ended, not denied
    open_question_marks: frozenset[str] = frozenset()  # "it is unclear whether X attacked Y": alleged
    unsettled_words: frozenset[str] = frozenset()  # "unverified reports that X armed Y": alleged
    proof_words: frozenset[str] = frozenset()  # "no evidence that X funds Y", "could not confirm that": alleged
    hearsay_nouns: frozenset[str] = frozenset()  # "reports that Israel struck X": alleged
    hearsay_passives: frozenset[str] = frozenset()  # "X is said to be led by Y": alleged
    hedging_adjectives: frozenset[str] = frozenset()  # "suspected PKK hideouts": alleged
    prevention_verbs: frozenset[str] = frozenset()  # "failed to prevent X from attacking Y": X attacked
    prevention_preps: frozenset[str] = frozenset()  # "from"
    gerund_doer_preps: frozenset[str] = frozenset()  # "responded by firing at X": the subject fired
    gerund_doer_verbs: frozenset[str] = frozenset()  # "responded", "retaliated"
    person_pronouns: frozenset[str] = frozenset()  # "he said": the person named before
    pronouns: frozenset[str] = frozenset()  # "he", "its": a reference to an actor named before
    owner_pronouns: frozenset[str] = frozenset()  # "its fighters", "their troops": the owner acts
    incident_pronouns: frozenset[str] = frozenset()  # "This is the 11th attack": the incident told before
    place_preps: frozenset[str] = frozenset()  # "the police school in Ratta Kulachi": a place's name
    noun_place_preps: frozenset[str] = frozenset()  # "heavy losses at Tinzaouatene": after a thing's noun
    acting_preps: frozenset[str] = frozenset()  # "struck by Washington": a place's name that acts
    name_suffixes: frozenset[str] = frozenset()  # "Felicisimo Khu Jr." is Khu
    name_list_gaps: frozenset[str] = frozenset()  # "A, B, Hassan Afgooye and Mohamoud Abdi Aden"
    body_list_gaps: frozenset[str] = frozenset()  # "the Sultan Murad Division, the Hamza Division and Ahrar ..."
    plural_name_articles: frozenset[str] = frozenset()  # "Los Tiguerones": a gang's name, not a person's
    name_connectors: frozenset[str] = frozenset()  # "the Islamic State of Iraq and Syria": no word of what it is
    list_gaps: frozenset[str] = frozenset()  # "Belgorod, Kaluga, and Rostov": what stands between listed places
    listed_within_connectors: frozenset[str] = frozenset()  # "Arbinda and Serma in X": each in X (not "near X")
    wider_place_preps: frozenset[str] = frozenset()  # "Tower 22, a small logistics base in north-eastern Jordan"
    name_place_preps: frozenset[str] = frozenset()  # "Alternative for Germany": before the place a name ends with
    named_place_kinds: frozenset[str] = frozenset()  # "the Marbuk Military Council": kinds based where their name says
    locative_preps: frozenset[str] = frozenset()  # "based in the plateaux above Uvira": a noun's phrase of place
    hit_place_preps: frozenset[str] = frozenset()  # "attacked oil tankers in the Gulf of Oman": the place was hit
    division_preps: frozenset[str] = frozenset()  # "the Mopti region of Mali": the place lies in the one after
    hanging_hyphen_joiners: frozenset[str] = frozenset()  # "US- and UN-designated"

    def role_of(self, words: tuple[str, ...]) -> str | None:
        """The relationship type a role phrase (lowercased words, hyphens ignored) stands for."""
        return self.roles.get(tuple(w for w in words if w != "-"))

    def is_person_role(self, word: str) -> bool:
        """Whether a one-word role is one only people hold ("chief", "deputy", "spokesman"), not a member's or a
        part's ("fighter", "branch") nor a backer's ("sponsor").

        >>> [load_cues().is_person_role(w) for w in ("chief", "spokesman", "fighter", "branch", "sponsor")]
        [True, True, False, False, False]
        """
        return self.role_of((word,)) in PERSON_ROLES

    @cached_property
    def signals(self) -> dict[str, tuple[str, ...]]:
        """Every cue word with the types (or EVENT, THREAT, PLACE) it can signal: the scorer's cue features, in
        alphabetical order, so that the scorer adds its weights in the same order whatever the hash seed."""
        found: dict[str, set[str]] = {}

        def add(word: str, rel_type: str) -> None:
            found.setdefault(word, set()).add(rel_type)

        for lemma, verb_cues in self.verbs.items():
            for c in verb_cues:
                add(lemma, c.type)
        for table in (self.nouns, self.adjectives):
            for lemma, noun_cues in table.items():
                for c in noun_cues:
                    add(lemma, c.type)
        for words, rel_type in self.roles.items():
            add(words[-1], rel_type)
        for word, (rel_type, _) in self.hyphen.items():
            add(word, rel_type)
        for word in self.deputy_words:
            add(word, "DEPUTY_OF")
        for word in (
            self.blame_verbs | self.blame_nouns | self.blame_preps | self.perpetration_verbs | self.approving_verbs
        ):
            add(word, "BLAMED_FOR")
        for word in self.violence_verbs:
            add(word, "ATTACKED")
        for word in self.event_nouns:
            add(word, "EVENT")
        for word in self.threat_cues:
            add(word, "THREAT")
        for word in self.place_nouns:
            add(word, "PLACE")
        return {w: tuple(sorted(t)) for w, t in found.items()}

    @cached_property
    def role_words(self) -> frozenset[str]:
        """Every word of a role phrase: a noun that is none of them cannot name a role."""
        return frozenset(w for words in self.roles for w in words)

    @cached_property
    def role_heads(self) -> frozenset[str]:
        """The last word of every role phrase ("facilitator" of "financial facilitator"): a word a title ends with,
        not one a portfolio may hold ("Financial Intelligence").

        >>> "facilitator" in load_cues().role_heads, "financial" in load_cues().role_heads
        (True, False)
        """
        return frozenset(words[-1] for words in self.roles)

    @cached_property
    def longest_role(self) -> int:
        """Length in words of the longest role phrase (read once: the title rules ask at every name)."""
        return max(len(k) for k in self.roles)


def _check(rel_type: str, origin: str) -> str:
    if rel_type not in load_ontology().relations:
        raise OntologyError(f"{origin}: unknown relationship type {rel_type!r}")
    return rel_type


def parse_cues(data: dict, origin: str = "relations.yaml") -> Cues:
    """Check and index the parsed cue file."""
    verbs: dict[str, list[VerbCue]] = {}
    for name, spec in data["verbs"].items():  # keyed by type, or named with the type given ("MEMBER_BY_SEAT")
        cue = VerbCue(
            _check(spec.get("type", name), origin),
            frozenset(spec.get("preps", ())),
            bool(spec.get("reverse", False)),
            bool(spec.get("passive_only", False)),
            bool(spec.get("object_only_preps", False)),
            float(spec.get("confidence", 0.7)),
            _check(spec["person_type"], origin) if "person_type" in spec else "",
            frozenset(spec.get("labels", ())),
            bool(spec.get("named_objects", False)),
            frozenset(spec.get("object_labels", ())),
            _check(spec["part_type"], origin) if "part_type" in spec else "",
        )
        for lemma in spec["lemmas"]:
            if cue not in verbs.setdefault(lemma, []):
                verbs[lemma].append(cue)
    roles = {  # keyed by words without hyphens: "secretary-general" -> ("secretary", "general")
        tuple(phrase.lower().replace("-", " ").split()): _check(t, origin)
        for table in (data["roles"], data["more_roles"])
        for t, phrases in table.items()
        for phrase in phrases
    }
    nouns: dict[str, list[NounCue]] = {}
    for name, spec in data["nouns"].items():  # keyed by type, or named with the type given ("FUNDS_BY_OWNER")
        cue = NounCue(
            _check(spec.get("type", name), origin),
            frozenset(spec["preps"]),
            bool(spec.get("symmetric_between", False)),
            bool(spec.get("reverse", False)),
            frozenset(spec.get("purpose_preps", ())),
            frozenset(spec.get("labels", ())),
            frozenset(spec.get("not_between", ())),
            _check(spec["body_type"], origin) if "body_type" in spec else "",
        )
        for lemma in spec["lemmas"]:
            nouns.setdefault(lemma, []).append(cue)
    adjectives: dict[str, list[NounCue]] = {}
    for name, spec in data["adjectives"].items():  # keyed by type, or named with the type given, as the nouns
        cue = NounCue(_check(spec.get("type", name), origin), frozenset(spec["preps"]))
        for lemma in spec["lemmas"]:
            adjectives.setdefault(lemma, []).append(cue)
    hyphen = {
        word: (_check(entry["type"], origin), entry["subject"] == "actor")
        for entry in data["hyphen_compounds"]
        for word in entry["words"]
    }
    blame = data["blame"]
    notices = data["designation_notices"]
    towns, divisions = frozenset(data["place_kinds"]["towns"]), frozenset(data["place_kinds"]["divisions"])
    determiners = data["determiners"]
    definite = frozenset(determiners["definite"])
    anaphoric = definite | frozenset(determiners["anaphoric"])
    indefinite_articles = frozenset(determiners["indefinite_articles"])
    local_services = frozenset(data["local_services"])
    thing_relatives = frozenset(data["thing_relative_pronouns"])
    person_pronouns = frozenset(data["pronouns"]["person"])
    owner_pronouns = frozenset(data["pronouns"]["owners"])
    list_pronoun_verbs = frozenset(data["list_pronoun_verbs"])
    return Cues(
        verbs={k: tuple(v) for k, v in verbs.items()},
        roles=roles,
        role_preps=frozenset(data["role_preps"]),
        deputy_words=frozenset(data["deputy_words"]),
        rank_roles=frozenset(data["rank_roles"]),
        part_nouns=frozenset(data["part_nouns"]),
        named_part_nouns=frozenset(data["named_part_nouns"]),
        mutual=frozenset(data["mutual"]),
        fighting_time_preps=frozenset(data["fighting_time_preps"]),
        time_stretches=frozenset(data["time_stretches"]),
        front_foe_preps=frozenset(data["front_foe_preps"]),
        commitment_words=frozenset(data["commitment_words"]),
        commitment_preps=frozenset(data["commitment_preps"]),
        course_nouns=frozenset(data["course_nouns"]),
        course_preps=frozenset(data["course_preps"]),
        announcing_verbs=frozenset(data["announcing_verbs"]),
        meeting_time_preps=frozenset(data["meeting_time_preps"]),
        apart_meeting_words=frozenset(data["apart_meeting_words"]),
        joint_meeting_nouns=frozenset(data["joint_meeting_nouns"]),
        reciprocal_objects=frozenset(data["reciprocal_objects"]),
        launching_verbs=frozenset(data["launching_verbs"]),
        launched_arms=frozenset(data["launched_arms"]),
        hostile_with=frozenset(data["hostile_with"]),
        severing_verbs=frozenset(data["severing_verbs"]),
        settlement_words=frozenset(data["settlement_words"]),
        counterpart_nouns=frozenset(data["counterpart_nouns"]),
        consent_nouns=frozenset(data["consent_nouns"]),
        consent_preps=frozenset(data["consent_preps"]),
        state_member_words=frozenset(data["state_member_words"]),
        state_backer_kinds=frozenset(data["state_backer_kinds"]),
        repelling_verbs=frozenset(data["repelling_verbs"]),
        appointment_verbs=frozenset(data["appointment_verbs"]),
        succession_verbs=frozenset(data["succession_verbs"]),
        self_naming_verbs=frozenset(data["self_naming"]["verbs"]),
        reflexives=frozenset(data["self_naming"]["reflexives"]),
        emphatic_reflexives=frozenset(data["emphatic_reflexives"]),
        honorifics=frozenset(data["honorifics"]),
        rank_abbreviations=frozenset(data["rank_abbreviations"]),
        clause_conjunctions=frozenset(data["clause_conjunctions"]),
        rank_openers=frozenset(data["rank_openers"]),
        name_suffixes=frozenset(data["name_suffixes"]),
        name_list_gaps=frozenset(data["name_list_gaps"]),
        body_list_gaps=frozenset(data["body_list_gaps"]),
        plural_name_articles=frozenset(data["plural_name_articles"]),
        name_connectors=frozenset(data["name_connectors"]),
        place_nouns=frozenset(data["place_nouns"]) | towns | divisions,
        violence_verbs=frozenset(data["violence"]["verbs"]),
        victim_nouns=frozenset(data["violence"]["victims"]),
        companion_preps=frozenset(data["violence"]["companion_preps"]),
        companion_adverbs=frozenset(data["violence"]["companion_adverbs"]),
        event_nouns=frozenset(w.split()[-1] for w in data["event_nouns"]),
        event_kinds={word: kind for kind, words in data["event_kinds"].items() for word in words},
        harm_of_kinds=dict(data["harm_of_kinds"]),
        event_preps=dict(data["event_preps"]),
        patient_of_nouns=frozenset(data["patient_of_nouns"]),
        blame_verbs=frozenset(blame["verbs"]),
        blame_nouns=frozenset(blame["nouns"]),
        blame_preps=frozenset(blame["preps"]),
        blame_asserted_nouns=frozenset(blame["asserted_nouns"]),
        blame_incident_preps=frozenset(blame["incident_preps"]),
        blame_verb_incident_preps=frozenset(blame["incident_preps"]) | frozenset(blame["verb_incident_preps"]),
        blame_message_nouns=frozenset(blame["message_nouns"]),
        approving_verbs=frozenset(blame["approving_verbs"]),
        interposed_agent_nouns=frozenset(blame["interposed_agent_nouns"]),
        deed_reference_nouns=frozenset(blame["deed_reference_nouns"]),
        deed_reference_determiners=frozenset(blame["deed_reference_determiners"]),
        perpetration_verbs=frozenset(blame["perpetration_verbs"]),
        unclaimed_verbs=frozenset(blame["unclaimed_verbs"]),
        nouns={k: tuple(v) for k, v in nouns.items()},
        adjectives={k: tuple(v) for k, v in adjectives.items()},
        threat_cues=frozenset(data["threat_cues"]),
        deed_time_preps=frozenset(data["deed_time_preps"]),
        ended_words=frozenset(data["ended_words"]),
        hyphen=hyphen,
        hanging_hyphen_joiners=frozenset(data["hanging_hyphen_joiners"]),
        group_nouns=frozenset(data["group_nouns"]),
        examples=tuple(tuple(e.split()) for e in data["examples_cues"]),
        connectors=frozenset(_without_the(c) for c in data["located_in_connectors"]),  # as the gaps are read
        alleged=frozenset(data["alleged_cues"]),
        negation=frozenset(data["negation_cues"]),
        not_only_words=frozenset(data["not_only_words"]),
        reversing_verbs=frozenset(data["reversing_verbs"]),
        lapsed_words=frozenset(data["lapsed_words"]),
        open_question_marks=frozenset(data["open_question_marks"]),
        unsettled_words=frozenset(data["unsettled_words"]),
        proof_words=frozenset(data["proof_words"]),
        hearsay_nouns=frozenset(data["hearsay_nouns"]),
        hearsay_passives=frozenset(data["hearsay_passives"]),
        hedging_adjectives=frozenset(data["hedging_adjectives"]),
        prevention_verbs=frozenset(data["prevention_verbs"]),
        prevention_preps=frozenset(data["prevention_preps"]),
        gerund_doer_preps=frozenset(data["gerund_doer_preps"]),
        gerund_doer_verbs=frozenset(data["gerund_doer_verbs"]),
        hedging_modals=frozenset(data["hedging_modals"]),
        reporting=frozenset(data["reporting_verbs"]),
        place_directions=frozenset(data["place_directions"]),
        place_preps=frozenset(data["place_preps"]),
        noun_place_preps=frozenset(data["noun_place_preps"]),
        acting_preps=frozenset(data["acting_preps"]),
        list_gaps=frozenset(data["list_gaps"]),
        listed_within_connectors=frozenset(data["listed_within_connectors"]),
        wider_place_preps=frozenset(data["wider_place_preps"]),
        name_place_preps=frozenset(data["name_place_preps"]),
        named_place_kinds=frozenset(data["named_place_kinds"]),
        locative_preps=frozenset(data["locative_preps"]),
        hit_place_preps=frozenset(data["hit_place_preps"]),
        division_preps=frozenset(data["division_preps"]),
        place_divisions=frozenset(data["place_divisions"]) | divisions,
        placed_groups=frozenset(data["placed_groups"]),
        state_forces=frozenset(data["state_forces"]),
        offshoot_nouns=frozenset(data["offshoot_nouns"]),
        splinter_words=dict(data["splinter_words"]),
        citizen_nouns=frozenset(data["citizen_nouns"]),
        hyphen_bodies=frozenset(data["hyphen_bodies"]),
        umbrella_tie_types=frozenset(data["umbrella_tie_types"]),
        standing_nouns=frozenset(data["standing_nouns"]),
        part_bodies=frozenset(data["part_bodies"]),
        past_sanction=frozenset(data["past_sanction_cues"]),
        seconding_sanction=frozenset(data["seconding_sanction_cues"]),
        own_list_verbs=frozenset(data["own_list_verbs"]),
        sanctioned_companions=frozenset(data["sanctioned_companions"]),
        sanction_means=frozenset(data["sanction_means"]),
        sanction_measures=frozenset(data["sanction_measures"]),
        imposing_verbs=frozenset(data["imposing_verbs"]),
        sanction_reason_preps=frozenset(data["sanction_reason_preps"]),
        sanction_participles=frozenset(data["sanction_lists"]["participles"]),
        sanction_list_verbs=frozenset(data["sanction_lists"]["verbs"]),
        state_titles=frozenset(data["state_titles"]),
        state_words=frozenset(data["state_words"]),
        below_state_words=frozenset(data["below_state_words"]),
        local_owner_nouns=frozenset(data["local_owner_nouns"]),
        topic_roles=frozenset(data["topic_roles"]),
        portfolio_words=frozenset(data["portfolio_words"]),
        minister_titles=frozenset(data["minister_titles"]),
        ministry_nouns=frozenset(data["ministry_nouns"]),
        portfolio_spellings=dict(data["portfolio_spellings"]),
        state_head_titles=frozenset(data["state_head_titles"]),
        appointed_as=frozenset(data["appointed_as"]),
        set_off_adverbs=frozenset(data["set_off_adverbs"]),
        as_object_verbs=frozenset(data["as_object_verbs"]),
        listing_verbs=frozenset(notices["listing_verbs"]),
        listing_preps=frozenset(notices["listing_preps"]),
        sanction_list_nouns=frozenset(notices["list_nouns"]),
        sanction_list_names=frozenset(notices["list_names"]),
        naming_verbs=frozenset(notices["naming_verbs"]),
        number_words=tuple(notices["number_words"]),
        following_words=frozenset(notices["following_words"]),
        bullet_marks=tuple(notices["bullet_marks"]),
        part_heading_words=frozenset(notices["part_heading_words"]),
        list_openers=frozenset(notices["list_openers"]),
        lister_kinds=frozenset(notices["lister_kinds"]),
        service_words=frozenset(data["service_words"]) | local_services,
        part_role_words=frozenset(data["part_role_words"]) | local_services,
        title_scope_preps=frozenset(data["title_scope_preps"]),
        person_body_preps=frozenset(data["person_body_preps"]),
        membership_preps=frozenset(data["membership_preps"]),
        group_people_nouns=frozenset(data["group_people_nouns"]),
        doer_people_nouns=frozenset(data["doer_people_nouns"]),
        voice_people_nouns=frozenset(data["voice_people_nouns"]),
        voice_preps=frozenset(data["voice_preps"]),
        arms=frozenset(data["arms"]),
        quantifiers=frozenset(data["quantifiers"]),
        list_pronouns=frozenset(data["list_pronouns"]),
        list_pronoun_verbs=list_pronoun_verbs,
        member_list_verbs=frozenset(data["member_list_verbs"]) | list_pronoun_verbs,
        member_list_joiners=frozenset(data["member_list_joiners"]),
        member_list_fillers=definite | frozenset(data["member_list_fillers"]),
        anaphoric=anaphoric,
        relative_words=frozenset(data["relative_words"]),
        phrase_end_time_words=frozenset(data["phrase_end_time_words"]),
        relative_pronouns=thing_relatives | frozenset(data["relative_pronouns"]),
        thing_relative_pronouns=thing_relatives,
        relative_people_nouns=frozenset(data["relative_people_nouns"]),
        demanding_verbs=frozenset(data["demanding_verbs"]),
        characterising_verbs=frozenset(data["characterising_verbs"]),
        reporting_copula_verbs=frozenset(data["reporting_copula_verbs"]),
        specific=anaphoric | frozenset(determiners["specific"]),
        definite=definite,
        group_reference=definite | frozenset(determiners["group_reference"]),
        such_determiners=frozenset(determiners["such_determiners"]),
        such_words=frozenset(determiners["such_words"]),
        person_pronouns=person_pronouns,
        pronouns=person_pronouns | frozenset(data["pronouns"]["thing"]) | owner_pronouns,
        owner_pronouns=owner_pronouns,
        incident_pronouns=frozenset(data["pronouns"]["incident"]) | frozenset(determiners["anaphoric"]),
        indefinite=indefinite_articles | frozenset(determiners["indefinite"]),
        indefinite_articles=indefinite_articles,
        articles=definite | indefinite_articles,
    )


def _without_the(phrase: str) -> str:
    """A connector as the rules read the words between two names, "the" left out: "on outskirts of"."""
    return " ".join(w for w in phrase.split(" ") if w != "the")


@cache
def load_cues() -> Cues:
    """The project's cue file, loaded once per process."""
    return parse_cues(load_seed_yaml("relations.yaml"))
