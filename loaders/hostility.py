"""Hostility and alliance between actors: who fights, attacks, condemns, threatens or stands beside whom.

Rules over the dependency parse for the constructions of OPPOSES, ATTACKED, THREATENED and ALLIED_WITH that the verb and
noun rules of :mod:`loaders.extract` do not read: a participle after the fighters ("forces battling al-Shabaab"), a
state of war ("at war with"), "fighting between", a condemnation or a campaign "against" someone, "cracking down on"
someone, a response only announced ("vowed revenge against", "would respond to any Israeli attack"), "came under attack
from", allies named after "its allies", the members of a coalition, fighting "alongside" someone, and actors coordinated
as the subject of one hostile act. :mod:`loaders.extract` also asks it, for every link a rule finds, whether both ends
can be sides of a fight (:meth:`HostilityReader.sides_fit`), which state a state's forces stand for
(:meth:`HostilityReader.stand_ins`) and whether "targeting" is a sanction (:meth:`HostilityReader.civil_targeting`).
The cue words are the ``hostility`` block of ``seeds/relations.yaml``.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from spacy.tokens import Token

from graph.errors import OntologyError
from graph.seeds import load_seed_yaml
from loaders.backing_phrases import state_of_place
from loaders.blame_phrases import blame_phrase_cues, spoken_for
from loaders.capital_states import capital_state, is_ruler_noun
from loaders.coalition_members import coalition_cues, example_objects
from loaders.cues import NounCue
from loaders.described_kinds import kind_unread
from loaders.doc_tree import has_child
from loaders.doc_words import in_quotation
from loaders.fighter_references import fighter_words, fighters_referred
from loaders.gerund_subjects import gerund_subjects, opening_gerund_subjects
from loaders.hyphen_actors import known_at
from loaders.led_states import state_nouns
from loaders.mentions import STATE_KINDS, Mention
from loaders.named_operations import named_operation_cues, operation_title
from loaders.organisation_names import unit_after
from loaders.person_relatives import impersonal_relative_pronouns
from loaders.places import organisation_before
from loaders.possessive import POSSESSIVE
from loaders.state_force_references import places_men
from loaders.syntax import (
    actors_of,
    agents_of,
    clause_chain,
    conjuncts,
    is_backer,
    is_passive,
    is_reciprocal,
    passive_subjects,
    prep_objects,
    subjects_of,
)
from loaders.unreal_acts import is_conditional, is_supposed, is_unreal, unreal_cues

if TYPE_CHECKING:
    from loaders.events import Event
    from loaders.extract import DocReader
    from loaders.syntax import MentionIndex

SIDES = {"Country", "Organization"}  # who can be at war or allied as a whole
HOSTILE = {"OPPOSES", "ATTACKED"}
STATE_FORCES_TYPES = {"OPPOSES", "ATTACKED", "THREATENED"}
STAND_IN_TYPES = STATE_FORCES_TYPES | {"ALLIED_WITH"}  # "fought alongside the Congolese army": allied with Congo
OWN_ACT_TYPES = {"ATTACKED"}  # "the Mexican army killed X": the army attacked X, the state did not (but it opposes X)
Rule = Callable[[Token], None]
MODIFIERS = {"amod", "compound", "nmod"}
PAIRING_HYPHENS = {"-", "–", "—"}
HARBOURED = {"dobj", "ccomp", "xcomp"}  # "giving shelter", "allowing X to shelter"
PLURAL_TAGS = {"NNS", "NNPS"}  # "fighters", not "a commander"
SUBJECTS = {"nsubj", "nsubjpass"}
ARMED_KINDS = {"military", "armed_group"}  # the kinds of body whose action against someone is by force


@dataclass(frozen=True)
class HostilityCues:
    """The ``hostility`` block of ``seeds/relations.yaml``."""

    fighting_participles: frozenset[str]
    founding_verbs: frozenset[str]
    state_body_nouns: frozenset[str]
    stopping_verbs: frozenset[str]
    persisting_verbs: frozenset[str]
    hostile_states: frozenset[str]
    hostile_state_preps: frozenset[str]
    opposition_nouns: frozenset[str]
    opposition_preps: frozenset[str]
    manner_preps: frozenset[str]  # "held elections in defiance of X": the verb's subject defies X
    campaign_act_nouns: frozenset[str]
    ousting_nouns: frozenset[str]
    not_ousting_preps: frozenset[str]
    leaving_nouns: frozenset[str]
    conditional_threat_verbs: frozenset[str]
    condition_marks: frozenset[str]
    sought_preps: frozenset[str]
    campaign_nouns: frozenset[str]
    insurgency_nouns: frozenset[str]
    waging_verbs: frozenset[str]
    endured_campaign_nouns: frozenset[str]
    enduring_verbs: frozenset[str]
    facing_verbs: frozenset[str]
    losing_verbs: frozenset[str]
    lost_ground_nouns: frozenset[str]
    response_nouns: frozenset[str]
    response_preps: frozenset[str]
    response_occasion_preps: frozenset[str]
    response_verbs: frozenset[str]
    responded_preps: frozenset[str]
    response_means_preps: frozenset[str]
    unaimed_response_nouns: frozenset[str]
    unnamed_doer_words: frozenset[str]
    under_attack_verbs: frozenset[str]
    under_attack_nouns: frozenset[str]
    attacker_preps: frozenset[str]
    ally_nouns: frozenset[str]
    ally_seat_preps: frozenset[str]
    foe_nouns: frozenset[str]
    exchange_verbs: frozenset[str]
    exchanged_objects: frozenset[str]
    exchanged_charges: frozenset[str]
    truce_nouns: frozenset[str]
    belonging_verbs: frozenset[str]
    allied_against_verbs: frozenset[str]
    part_nouns: frozenset[str]
    truce_verbs: frozenset[str]
    truce_preps: frozenset[str]
    truce_ending_verbs: frozenset[str]
    truce_ending_particles: frozenset[str]
    vowing_verbs: frozenset[str]
    vowed_fight_verbs: frozenset[str]
    inciting_verbs: frozenset[str]
    inciting_preps: frozenset[str]
    pursuing_verbs: frozenset[str]
    target_nouns: frozenset[str]
    target_marks: frozenset[str]
    target_owner_verbs: frozenset[str]
    target_owner_preps: frozenset[str]
    notice_verbs: frozenset[str]
    addressed_words: frozenset[str]
    group_threat_roles: frozenset[str]
    group_threat_kinds: frozenset[str]
    fate_verbs: frozenset[str]
    said_fate_verbs: frozenset[str]  # "the army said the group would be hunted down": "hunt"
    plotting_words: frozenset[str]  # "plotted to kidnap X", "a plot to kill X": "plot"
    price_verbs: frozenset[str]
    price_objects: frozenset[str]
    exacting_verbs: frozenset[str]
    exacting_preps: frozenset[str]
    accounting_verbs: frozenset[str]
    accounting_words: frozenset[str]
    unthreatening_response_words: frozenset[str]  # "the humanitarian response will need funds": no threat
    fearing_verbs: frozenset[str]  # "feared that reprisals would follow": another's response, dreaded
    blaming_words: frozenset[str]  # "hold X responsible for Y": blame laid, no reckoning vowed
    blamed_deed_preps: frozenset[str]
    unanswered_verbs: frozenset[str]
    unanswered_words: frozenset[str]
    reserving_verbs: frozenset[str]
    reserved_nouns: frozenset[str]
    until_marks: frozenset[str]
    answered_verbs: frozenset[str]
    answering_nouns: frozenset[str]
    coalition_nouns: frozenset[str]
    coalition_preps: frozenset[str]
    coalition_forming_verbs: frozenset[str]
    pact_nouns: frozenset[str]
    pact_words: frozenset[str]
    leading_participles: frozenset[str]
    led_body_nouns: frozenset[str]
    side_by_side_preps: frozenset[str]
    joint_act_nouns: frozenset[str]
    side_nouns: frozenset[str]
    side_noun_preps: frozenset[str]
    together_words: frozenset[str]
    joining_verbs: frozenset[str]
    joined_objects: frozenset[str]
    third_side_preps: frozenset[str]
    joint_foe_preps: frozenset[str]
    joint_object_preps: frozenset[str]
    joint_acts: frozenset[str]
    joint_adverbs: frozenset[str]
    civil_targeting_verbs: frozenset[str]
    civil_kinds: frozenset[str]
    armed_name_words: frozenset[str]  # "the defence ministry targets X": no sanction
    civil_action_nouns: frozenset[str]
    sanction_words: frozenset[str]
    non_state_nouns: frozenset[str]
    owner_words: frozenset[str]
    scene_preps: frozenset[str]
    installations: frozenset[str]
    rivalry_nouns: frozenset[str]
    between_side_nouns: frozenset[str]
    pair_words: frozenset[str]
    pair_person_nouns: frozenset[str]
    victory_nouns: frozenset[str]
    victory_preps: frozenset[str]
    victory_verbs: frozenset[str]
    avoiding_verbs: frozenset[str]
    ultimatum_verbs: frozenset[str]
    ultimatum_marks: frozenset[str]
    ousted_condition_verbs: frozenset[str]  # "if the PKK is not removed": "remove"
    breakaway_nouns: frozenset[str]
    breakaway_preps: frozenset[str]
    aimed_participles: frozenset[str]
    aim_preps: frozenset[str]
    quarrel_verbs: frozenset[str]
    particle_quarrel_verbs: frozenset[str]
    quarrel_particles: frozenset[str]
    particle_repelling_verbs: frozenset[str]  # "beat back the assault": "beat"
    repelling_particles: frozenset[str]  # "back", "off"
    parting_verbs: frozenset[str]  # "X broke with Y": "break"
    parting_preps: frozenset[str]  # "with"
    parted_labels: frozenset[str]  # "Person", "Country": not a body left ("broke with al-Qaeda")
    apposed_foe_nouns: frozenset[str]
    rival_kinds: frozenset[str]
    accusing_verbs: frozenset[str]
    observer_nouns: frozenset[str]
    neutral_accuser_words: frozenset[str]
    harbouring_charges: frozenset[str]
    distributive_words: frozenset[str]  # "Kyiv and Moscow each accused the other": "each"
    shared_fight_preps: frozenset[str]  # "A and B suffered losses in fighting with C": "in"
    shared_fights: frozenset[str]  # "fighting", "clash", "battle"
    other_words: frozenset[str]  # "the other"
    between_preps: frozenset[str]  # "clashes between X and Y", "rivalries among them": every side named
    ordering_verbs: frozenset[str]
    commanding_verbs: frozenset[str]
    calling_verbs: frozenset[str]
    called_on_preps: frozenset[str]
    demanding_verbs: frozenset[str]
    envoy_nouns: frozenset[str]
    recalling_verbs: frozenset[str]
    envoy_post_preps: frozenset[str]
    ordered_out_words: frozenset[str]
    refusing_verbs: frozenset[str]
    recognising_verbs: frozenset[str]
    leaving_verbs: frozenset[str]
    removing_verbs: frozenset[str]
    leaving_particle_verbs: frozenset[str]  # "to pull out its troops": "pull"
    leaving_particles: frozenset[str]  # "out", "back"
    stepping_down_verbs: frozenset[str]  # "urged X to step down": "step"
    insisting_verbs: frozenset[str]  # "Ankara insists the PKK must disband": "insist"
    obliging_words: frozenset[str]  # "must", "should"
    ousting_government_verbs: frozenset[str]  # "removed the government led by X": "remove"
    government_nouns: frozenset[str]  # "government", "administration"
    leading_verbs: frozenset[str]  # "led by X": "lead"
    pressure_nouns: frozenset[str]  # "Chinese pressure on the MNDAA to halt operations": "pressure"
    pressure_preps: frozenset[str]  # "on"
    first_person_words: frozenset[str]  # ""We call on Iran to ...," Price said": "we"
    yielding_verbs: frozenset[str]  # "to disband", "to disarm"
    laying_verbs: frozenset[str]  # "to lay down its arms": "lay"
    laid_down_arms: frozenset[str]  # "arms", "weapons"
    stopped_deeds: frozenset[str]  # "to halt operations": "operation"
    contest_verbs: frozenset[str]
    contest_preps: frozenset[str]
    contested_nouns: frozenset[str]
    each_other_verbs: frozenset[str]
    time_preps: frozenset[str]
    against_verbs: frozenset[str]
    arms_verbs: frozenset[str]
    arms_objects: frozenset[str]
    arms_preps: frozenset[str]
    crackdown_verbs: frozenset[str]
    crackdown_particles: frozenset[str]
    crackdown_preps: frozenset[str]
    pitting_verbs: frozenset[str]
    regarding_verbs: frozenset[str]
    branding_verbs: frozenset[str]  # "described X as a criminal organization": "describe"
    branding_nouns: frozenset[str]  # "terrorist", "threat"
    branded_bodies: frozenset[str]  # "organisation" of "a criminal organisation"
    branding_words: frozenset[str]  # "criminal", "terrorist"
    partner_foe_preps: frozenset[str]
    partner_campaign_preps: frozenset[str]
    gathering_verbs: frozenset[str]
    gathering_particles: frozenset[str]
    contingent_nouns: frozenset[str]
    mutual_ally_words: frozenset[str]
    joined_by_verbs: frozenset[str]
    neutral_victims: frozenset[str]
    custody_verbs: frozenset[str]
    posting_verbs: frozenset[str]
    turning_verbs: frozenset[str]
    supporting_verbs: frozenset[str]
    support_nouns: frozenset[str]
    supported_acts: frozenset[str]
    supporter_preps: frozenset[str]
    turned_to_preps: frozenset[str]


@dataclass(frozen=True)
class UnaimedThreat:
    """A response vowed with no one named to suffer it: who vowed it, the word that vows it, and the incidents its
    sentence says it answers (none: the page's own incident)."""

    holders: list[Mention]
    cue: Token
    answered: list[Event]


@dataclass(frozen=True)
class RepelledIncident:
    """An attack driven back that names no author of its own: who drove it back, the word that says so, and the
    incidents its object names (none: "repelled it", the page's own incident)."""

    holders: list[Mention]
    cue: Token
    repelled: list[Event]


def parse_hostility_cues(data: dict, origin: str = "relations.yaml") -> HostilityCues:
    """Check and read the ``hostility`` block of the cue file."""
    block = data.get("hostility")
    if not isinstance(block, dict):
        raise OntologyError(f"{origin}: no 'hostility' block")
    try:
        joined = block["joined_forces"]
        words = {
            name: frozenset(block[name])
            for name in HostilityCues.__dataclass_fields__
            if name not in {"joining_verbs", "joined_objects"}
        }
        return HostilityCues(
            **words, joining_verbs=frozenset(joined["verbs"]), joined_objects=frozenset(joined["objects"])
        )
    except (KeyError, TypeError) as exc:
        raise OntologyError(f"{origin}: hostility block lacks the list {exc}") from None


@cache
def load_hostility_cues() -> HostilityCues:
    """The project's hostility cues, loaded once per process."""
    return parse_hostility_cues(load_seed_yaml("relations.yaml"))


@cache
def joint_words() -> frozenset[str]:
    """Words that make an attack one done side by side: "a joint offensive" (``hostility_third_pass``)."""
    return frozenset(load_seed_yaml("relations.yaml")["hostility_third_pass"]["joint_words"])  # else a SeedKeyError


def _between_cue(reader: DocReader, lemma: str) -> NounCue | None:
    """The OPPOSES cue of a noun whose "between" names every side (``symmetric_between``), if it is one."""
    return next((c for c in reader.cues.nouns.get(lemma, ()) if c.type == "OPPOSES" and c.symmetric_between), None)


def _between_nouns(reader: DocReader) -> set[str]:
    """The nouns of OPPOSES whose "between" names every side: "clashes between X and Y"."""
    return {lemma for lemma in reader.cues.nouns if _between_cue(reader, lemma) is not None}


def one_of(noun: Token) -> Token | None:
    """The "one" a plural noun is counted out of: "one" of "one of Iran's closest allies", else None."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "of" or prep.head.lower_ != "one" or noun.tag_ not in PLURAL_TAGS:
        return None
    return prep.head


def _clause_verb(token: Token) -> Token:
    """The verb of the clause a token is in: the token itself, or the first verb up its heads."""
    while token.pos_ not in {"VERB", "AUX"} and token.head.i != token.i:
        token = token.head
    return token


def _named_after(word: Token, preps: frozenset[str] | set[str], index: MentionIndex) -> Mention | None:
    """The name that starts right after the word's next word when that is one of ``preps``, past a "the" ("victory
    over the Islamic State", "factions of the PMF"): read in the words, as the parser often hangs the phrase on
    another word."""
    doc, at = word.doc, word.i + 2
    if at >= len(doc) or doc[word.i + 1].lower_ not in preps:
        return None
    if doc[at].lower_ == "the" and at + 1 < len(doc):
        at += 1
    return index.by_token.get(at)


class HostilityReader:
    """The hostility and alliance rules, emitting through a :class:`~loaders.extract.DocReader`."""

    def __init__(self, reader: DocReader, cues: HostilityCues | None = None) -> None:
        self.reader = reader
        self.cues = cues = cues or load_hostility_cues()
        self.unaimed: list[UnaimedThreat] = []  # responses vowed at no one named, for the incident's authors
        self.repelled: list[RepelledIncident] = []  # attacks driven back that name no author, for the authors
        by_lemma: dict[str, list[Rule]] = {}  # the rules a token's lemma or word can set off, so most tokens cost
        by_word: dict[str, list[Rule]] = {}  # two look-ups; only the document's own lemmas and words are kept
        lemmas, lowers = set(reader.words.lemma), set(reader.words.lower)
        for words, rule, table in (
            (cues.fighting_participles, self.fighting_participle, by_lemma),
            (cues.fighting_participles, self.founded_to_fight, by_lemma),
            (
                cues.opposition_nouns | cues.campaign_nouns | cues.ousting_nouns | cues.leaving_nouns,
                self.opposition_noun,
                by_lemma,
            ),
            (cues.victory_nouns, self.victory_over, by_lemma),
            (named_operation_cues().title_words, self.named_operation_against, by_lemma),
            (cues.insurgency_nouns, self.insurgency_in, by_lemma),
            (cues.endured_campaign_nouns, self.endured_campaign, by_lemma),
            (cues.losing_verbs, self.lost_to, by_lemma),
            (reader.cues.mutual | cues.rivalry_nouns | _between_nouns(reader), self.sides_between, by_lemma),
            (reader.cues.hostile_with, self.fought_each_other, by_lemma),
            (cues.breakaway_nouns, self.breakaway, by_lemma),
            (cues.aimed_participles, self.weapons_aimed, by_lemma),
            (cues.ally_nouns, self.named_allies, by_lemma),
            (cues.ally_nouns, self.partners_against, by_lemma),
            (cues.pitting_verbs, self.pitted, by_lemma),
            (cues.regarding_verbs, self.regarded_as_foe, by_lemma),
            (cues.branding_verbs, self.branded_foe, by_lemma),
            (cues.gathering_verbs, self.brought_together, by_lemma),
            (cues.gathering_verbs, self.gathered_contingents, by_lemma),
            (joint_words(), self.joint_bodies, by_word),
            (cues.mutual_ally_words, self.allied_together, by_word),
            (cues.joined_by_verbs, self.joined_by, by_lemma),
            (cues.foe_nouns, self.called_each_other, by_lemma),
            (cues.foe_nouns, self.named_foes, by_lemma),
            (cues.foe_nouns, self.rival_before_name, by_lemma),
            (cues.foe_nouns, self.rival_of_the_one_before, by_lemma),
            (cues.foe_nouns, self.rivals_listed, by_lemma),
            (cues.apposed_foe_nouns | cues.ally_nouns, self.apposed_sides, by_lemma),
            (cues.quarrel_verbs | cues.particle_quarrel_verbs, self.fell_out, by_lemma),
            (cues.parting_verbs, self.broke_with, by_lemma),
            (cues.accusing_verbs, self.accused, by_lemma),
            (cues.ordering_verbs, self.ordered_out, by_lemma),
            (cues.demanding_verbs, self.demanded_out, by_lemma),
            (cues.pressure_nouns, self.pressure_on, by_lemma),
            (cues.ousting_government_verbs, self.ousted_government, by_lemma),
            (
                cues.leaving_verbs
                | cues.leaving_particle_verbs
                | cues.stepping_down_verbs
                | cues.yielding_verbs
                | cues.laying_verbs
                | cues.stopping_verbs,
                self.must_give_up,
                by_lemma,
            ),
            (cues.recalling_verbs, self.envoy_recalled, by_lemma),
            (cues.commanding_verbs, self.ordered_to_fight, by_lemma),
            (cues.refusing_verbs, self.refused_recognition, by_lemma),
            (cues.refusing_verbs | cues.persisting_verbs, self.persistent_attacks, by_lemma),
            (cues.contest_verbs, self.contested, by_lemma),
            (cues.against_verbs | cues.arms_verbs, self.turned_against, by_lemma),
            (cues.crackdown_verbs, self.cracked_down, by_lemma),
            (cues.exchange_verbs, self.exchanged_fire, by_lemma),
            (cues.truce_nouns, self.truce_parties, by_lemma),
            (cues.allied_against_verbs, self.allied_against, by_lemma),
            (cues.turning_verbs, self.turned_to, by_lemma),
            (cues.supporting_verbs, self.supported_in_act, by_lemma),
            (cues.support_nouns, self.with_support_from, by_lemma),
            (cues.coalition_nouns | cues.pact_nouns, self.coalition_members, by_lemma),
            (cues.coalition_nouns | cues.led_body_nouns, self.led_body, by_lemma),
            (cues.joint_acts, self.co_belligerents, by_lemma),
            (cues.shared_fights, self.side_by_side_in_fight, by_lemma),
            (cues.joining_verbs, self.joined_forces, by_lemma),
            (cues.hostile_states, self.hostile_state, by_word),
            (cues.under_attack_nouns, self.under_attack, by_word),
            (cues.response_nouns, self.announced_response, by_lemma),
            (cues.unaimed_response_nouns, self.foretold_response, by_lemma),
            (cues.response_verbs, self.response_to_attack, by_lemma),
            (cues.conditional_threat_verbs, self.threatened_if, by_lemma),
            (cues.ultimatum_verbs, self.ultimatum, by_lemma),
            (cues.pursuing_verbs | cues.persisting_verbs, self.attacks_until, by_lemma),
            (cues.answered_verbs, self.answered_with_force, by_lemma),
            (cues.unanswered_words, self.not_left_unanswered, by_word),
            (
                cues.fate_verbs | cues.price_verbs | cues.exacting_verbs | cues.accounting_verbs,
                self.vowed_fate,
                by_lemma,
            ),
            (cues.accounting_verbs, self.held_to_account, by_lemma),
            (cues.plotting_words, self.plotted_harm, by_lemma),
            (cues.side_by_side_preps | {"with"}, self.side_by_side, by_word),
            (cues.side_nouns, self.on_the_side_of, by_lemma),
            (reader.events.incident_words, self.carried_out_attack, by_lemma),
            (reader.events.incident_words, self.joint_authors, by_lemma),
            (reader.events.incident_words, self.vowed_attack, by_lemma),
            (cues.target_nouns, self.declared_target, by_lemma),
            (reader.cues.repelling_verbs | cues.particle_repelling_verbs, self.repelled_attack, by_lemma),
        ):
            for word in (lemmas if table is by_lemma else lowers).intersection(words):  # not every cue word
                table.setdefault(word, []).append(rule)
        self.by_lemma, self.by_word = by_lemma, by_word
        self.funders = [w for w, (t, _) in reader.cues.hyphen.items() if t == "FUNDS"]  # "X-backed": X backs
        self.affiliates = [w for w, (t, _) in reader.cues.hyphen.items() if t == "AFFILIATED_WITH"]  # "X-linked"

    def read(self, token: Token) -> None:
        """Apply at one token every rule its lemma or its word can set off."""
        for rule in self.by_lemma.get(token.lemma_.lower(), ()):
            rule(token)
        for rule in self.by_word.get(token.lower_, ()):
            rule(token)

    def _actors(self, tokens: list[Token], with_preps: bool = True) -> list[Mention]:
        return [m for t in tokens for m in actors_of(t, self.reader.index, with_preps=with_preps)]

    def _named(self, tokens: list[Token]) -> list[Mention]:
        """The actors the phrases name by their heads ("the army and Wagner"), not in a modifier ("Mali rebels",
        "jihadi forces in Burkina Faso"), where the named one is often the other side; fighters named by whom they
        serve stand for them ("government forces", "forces loyal to Hemedti"), and so do a state's forces named by its
        demonym ("Kenyan troops", :meth:`_demonym_forces`)."""
        index = self.reader.index
        found = [
            index.at(h) or self._renamed(h) or fighters_referred(h, index) or self._demonym_forces(h)
            for t in tokens
            for h in conjuncts(t)
        ]
        return [m for m in found if m is not None]

    def _demonym_forces(self, head: Token) -> Mention | None:
        """The state whose forces a common noun of ``state_forces`` names by the state's demonym or name as its one
        named modifier: "Kenyan troops", "Nigerien security forces", "the Malian army" (not "Wagner forces", a
        group's, nor "Malian and French troops", two states')."""
        if head.pos_ != "NOUN" or head.lower_ not in self.reader.cues.state_forces:
            return None
        index = self.reader.index
        modifiers = [c for c in head.children if c.dep_ in MODIFIERS]
        if any(c.dep_ == "conj" for m in modifiers for c in m.children):
            return None  # "Malian and French troops": more than one state's
        named = [m for c in modifiers if (m := index.at(c)) is not None]
        return named[0] if len(named) == 1 and named[0].label == "Country" else None

    def _renamed(self, head: Token) -> Mention | None:
        """The actor a common noun is named as: by its apposition ("Congo's armed forces, the FARDC"), or, for a
        group's fighters or unit, by the group before them ("Agwelek fighters", "the Kitgwang faction", not "Malian
        troops", a state's)."""
        if head.pos_ != "NOUN":
            return None
        index = self.reader.index
        named = [m for c in head.children if c.dep_ == "appos" and (m := index.at(c)) is not None]
        if len(named) == 1:
            return named[0]
        followers = head.tag_ in PLURAL_TAGS and head.lower_ in fighter_words().followers
        if not followers and not unit_after(head.doc, head.i):  # "the Kitgwang faction": the group itself
            return None
        groups = [m for c in head.lefts if c.dep_ == "compound" and (m := index.at(c)) is not None]
        return groups[0] if len(groups) == 1 and groups[0].label == "Organization" else None

    def _not_backers(self, mentions: list[Mention]) -> list[Mention]:
        """Without the backer of "Iran-backed militias", who is not the one acting."""
        return [m for m in mentions if not is_backer(m, self.reader.doc, self.funders)]

    def _sides(self, tokens: list[Token]) -> list[Mention]:
        """The sides the phrases name by their heads: no backer, no place."""
        return [m for m in self._not_backers(self._named(tokens)) if m.label in SIDES]

    def _each_with_each(
        self, sides: list[Mention], rel_type: str, cue: Token, method: str, confidence: float = 0.6
    ) -> None:
        """Every side linked with every other: once a pair for a symmetric type (ALLIED_WITH), both ways for the
        others ("Hamas and Fatah clashed": each OPPOSES the other)."""
        symmetric = self.reader.ontology.is_symmetric(rel_type)
        for a, b in itertools.combinations(sides, 2) if symmetric else itertools.permutations(sides, 2):
            self.reader.emit(a, rel_type, b, cue, method, confidence)

    def _principals(self, mentions: list[Mention]) -> list[Mention]:
        """Without the backer of "Iran-backed militias" nor the patron of "NUG-affiliated forces": only the ones
        acting."""
        doc = self.reader.doc
        return [m for m in self._not_backers(mentions) if not is_backer(m, doc, self.affiliates)]

    def _hostile_type(self, verb: Token) -> str | None:
        """OPPOSES or ATTACKED, when the verb's lemma is one of their cues."""
        types = [c.type for c in self.reader.cues.verbs.get(verb.lemma_.lower(), ()) if c.type in HOSTILE]
        return "OPPOSES" if "OPPOSES" in types else types[0] if types else None

    def _hung_on_incident_phrase(self, verb: Token) -> bool:
        """Whether a participle hangs on the object of a preposition of an incident noun, which it describes in the
        parse's stead: "an assassination on Lebanese soil targeting X" (the assassination targets X, not the soil's
        state; the incident's own rules read it)."""
        described = verb.head
        return described.dep_ == "pobj" and self.reader.events.is_event_noun(described.head.head)

    def fighting_participle(self, verb: Token) -> None:
        """ "Kenyan forces battling al-Shabaab", "a militia fighting against the Taliban": the noun the
        participle describes fights the participle's object."""
        lemma = verb.lemma_.lower()
        if verb.dep_ != "acl" or verb.tag_ != "VBG" or lemma not in self.cues.fighting_participles:
            return
        if is_supposed(verb.head) or self._hung_on_incident_phrase(verb):
            return  # "any assassination targeting a Lebanese figure would draw a reaction": no act
        rel_type = self._hostile_type(verb)
        if rel_type is None:
            return
        preps = {p for c in self.reader.cues.verbs[lemma] if c.type == rel_type for p in c.preps}
        objects = [c for c in verb.children if c.dep_ == "dobj"] + prep_objects(verb, preps)
        fighters = self._not_backers(actors_of(verb.head, self.reader.index, with_preps=False))
        foes = self._not_backers(self._actors(objects))
        self.reader.emit_all(fighters, rel_type, foes, verb, f"participle:{lemma}", 0.65)

    def founded_to_fight(self, verb: Token) -> None:
        """ "The PMF, an umbrella of armed groups formed in 2014 to fight IS", "the militia, created to combat the
        rebels": a body described by a participle of founding whose purpose is a fight opposes the foe (a founding
        verb with its own subject, "Hezbollah was created to fight Israel", is the verb rules'; but the parser may read
        the apposition as a clause of its own, "the PMF, the umbrella [subject] created [verb] to fight IS")."""
        founding = verb.head
        if verb.dep_ not in {"advcl", "xcomp"} or not has_child(verb, {"aux"}, {"to"}):
            return
        if founding.lemma_.lower() not in self.cues.founding_verbs:
            return
        if founding.dep_ in {"acl", "relcl"}:
            founded = self._described_body(founding.head)
        else:
            founded = self._apposed_subject(founding)
        rel_type = self._hostile_type(verb)
        if rel_type is None or not founded:
            return
        preps = {p for c in self.reader.cues.verbs[verb.lemma_.lower()] if c.type == rel_type for p in c.preps}
        objects = [c for c in verb.children if c.dep_ == "dobj"] + prep_objects(verb, preps)
        foes = self._principals(self._actors(objects))
        founded = self._principals(founded)
        self.reader.emit_all([m for m in founded if m.label in SIDES], rel_type, foes, verb, "founded-to-fight", 0.6)

    def _apposed_subject(self, verb: Token) -> list[Mention]:
        """The organisation a common noun subject of a verb is set off after, when the parser read an apposition and
        its participle as a clause: "the Popular Mobilisation Forces, the umbrella created in 2014 to fight IS"."""
        subjects = [c for c in verb.children if c.dep_ in SUBJECTS and c.pos_ == "NOUN"]
        before = [m for s in subjects if (m := organisation_before(self.reader, s)) is not None]
        return before[:1]

    def _described_body(self, noun: Token) -> list[Mention]:
        """The actor a noun names or describes: itself, the one it is in apposition to (the organisation named right
        before its comma, wherever the parse hangs the apposition), or that of the noun whose "of" it follows ("the
        PMF, an umbrella of armed groups formed to ...": the PMF)."""
        for _ in range(3):
            if found := actors_of(noun, self.reader.index, with_preps=False):
                return found
            if noun.dep_ == "pobj" and noun.head.lower_ == "of":
                noun = noun.head.head
            elif noun.dep_ == "appos":
                if (before := organisation_before(self.reader, noun)) is not None:
                    return [before]
                noun = noun.head
            else:
                return []
        return []

    def hostile_state(self, noun: Token) -> None:
        """ "Egypt has been at war with Hamas", "X is at odds with Y", "X and Y have been at war since 2023":
        hostility both ways."""
        if noun.lower_ not in self.cues.hostile_states or noun.dep_ != "pobj" or noun.head.lower_ != "at":
            return
        clause = noun.head.head
        holders = self._actors(subjects_of(clause), with_preps=False) if clause.pos_ in {"VERB", "AUX"} else []
        if holders and all(m.label == "Person" for m in holders) and (which := _impersonal_subject(clause)):
            holders = self._actors([which], with_preps=False)  # "the force led by X, known as Y, which has been at war"
        foes = self._actors(prep_objects(noun, self.cues.hostile_state_preps))
        method = f"state:{noun.lower_}"
        if not foes and clause.pos_ in {"VERB", "AUX"}:  # "X and Y are at war": each subject against the others
            self._each_against_each(self._named(subjects_of(clause)), noun, method)
            return
        self.reader.emit_all(holders, "OPPOSES", foes, noun, method, 0.65)
        self.reader.emit_all(foes, "OPPOSES", holders, noun, method, 0.6)

    def _each_against_each(self, sides: list[Mention], cue: Token, method: str) -> None:
        """Every side named (not a backer, not a place) OPPOSES every other."""
        sides = [m for m in self._not_backers(sides) if m.label != "Location"]
        for a, b in itertools.permutations(sides, 2):
            if a.key != b.key:
                self.reader.emit(a, "OPPOSES", b, cue, method, 0.6)

    def fell_out(self, verb: Token) -> None:
        """ "Nangaa fell out with Tshisekedi", "Prigozhin feuded with Shoigu", "the two generals fell out": a quarrel
        goes both ways (coordinated subjects of "feuded" are :meth:`fought_each_other`'s)."""
        lemma = verb.lemma_.lower()
        particle = lemma in self.cues.particle_quarrel_verbs
        if verb.pos_ != "VERB" or is_passive(verb):
            return
        if particle and not has_child(verb, {"prt"}, self.cues.quarrel_particles):
            return  # "the town fell"
        method = f"fell-out:{lemma}"
        others = self._actors(prep_objects(verb, {"with"}))
        if not others:
            if particle:
                subjects = subjects_of(verb)
                named = self._named(subjects) or [m for t in subjects for m in self._the_two(t)]
                self._each_against_each(named, verb, method)
            return
        said_by = subjects_of(verb) or opening_gerund_subjects(verb, blame_phrase_cues().opening_preps)
        holders = self._actors(said_by, with_preps=False)  # "X turned to Moscow after falling out with Y"
        self._opposed(holders, others, verb, method)
        self._opposed(others, holders, verb, method)

    def broke_with(self, verb: Token) -> None:
        """ "Haftar broke with Gaddafi in the late 1980s", "X, once close to Chavez before breaking with Maduro",
        "Maduro, with whom X broke in 2013": whoever breaks with a leader or a state turns against them (one
        way: the one left is not said to oppose anyone). Not a break with a body, which is leaving it ("X broke with
        al-Qaeda in 2016": a member gone, no foe), "broke ties with Y" (an object: the severing verbs' tie), "broke
        away with thousands of fighters" (a particle: who went along), nor a break with a thing ("broke with
        tradition")."""
        if verb.pos_ != "VERB" or is_passive(verb) or has_child(verb, {"dobj", "prt", "neg"}):
            return  # "did not break with Y": no break
        parted = prep_objects(verb, self.cues.parting_preps)
        if verb.dep_ == "relcl" and any(t.lower_ in self.reader.cues.relative_pronouns for t in parted):
            parted = [verb.head]  # "Y, with whom X broke in 2013"
        left = [m for m in self._actors(parted, with_preps=False) if m.label in self.cues.parted_labels]
        if not left:
            return
        said_by = subjects_of(verb) or opening_gerund_subjects(verb, blame_phrase_cues().opening_preps)
        self._opposed(self._actors(said_by, with_preps=False), left, verb, f"broke-with:{verb.lemma_.lower()}")

    def contested(self, verb: Token) -> None:
        """ "The LNA and the GNA fought over Tripoli", "X and Y battled for control of the port", "the army and the
        RSF have been fighting since April": sides coordinated as the subject of a contest for something, or of a
        fight told with no preposition but one of time, with no one else to fight, fight each other (not "X and Y
        fought in Iraq", "fought together")."""
        if verb.pos_ != "VERB" or is_passive(verb) or has_child(verb, {"dative"}):
            return
        if any(c.lower_ in self.cues.third_side_preps for c in verb.children):
            return  # "X and Y fought over Z with W", "alongside W": another side
        prize = prep_objects(verb, self.cues.contest_preps)
        prize += [t for t in prep_objects(verb, {"for"}) if t.lemma_.lower() in self.cues.contested_nouns]
        foes = [c for c in verb.children if c.dep_ == "dobj"]
        if foes:  # "Hamas fought Fatah for control of Gaza", "X, the gang that has fought Y over the port": both ways
            if prize and verb.lemma_.lower() in self.cues.each_other_verbs:
                named = self._named([t for t in subjects_of(verb) if t.pos_ != "PRON"])
                holders = named or (self._described_body(verb.head) if verb.dep_ == "relcl" else [])
                sides = self._principals(holders) + self._named(foes)
                self._each_against_each(sides, verb, f"contested:{verb.lemma_.lower()}")
            return
        preps = [c.lower_ for c in verb.children if c.dep_ in {"prep", "advmod", "npadvmod"}]
        between = verb.lemma_.lower() in self.cues.each_other_verbs and all(p in self.cues.time_preps for p in preps)
        if prize or between:  # "X and Y have been fighting since April"
            method = "contested" if prize else "fought-each-other"
            self._each_against_each(self._named(subjects_of(verb)), verb, f"{method}:{verb.lemma_.lower()}")

    def turned_against(self, verb: Token) -> None:
        """ "The CMA rose up against Mali", "Prigozhin turned against Shoigu", "the M23 took up arms against
        Kinshasa", "Hamas turned its guns on Fatah": the subject OPPOSES whoever follows "against" (or "on", after
        arms)."""
        if verb.pos_ != "VERB" or is_passive(verb):
            return
        lemma = verb.lemma_.lower()
        arms = [c for c in verb.children if c.dep_ == "dobj" and c.lower_ in self.cues.arms_objects]
        if lemma not in self.cues.against_verbs and not (lemma in self.cues.arms_verbs and arms):
            return
        preps = self.cues.arms_preps if arms else {"against"}  # "turned its guns on Y", "arms against Y"
        foes = self._actors([p for t in (verb, *arms) for p in prep_objects(t, preps)])
        holders = self._actors(subjects_of(verb), with_preps=False)
        self._opposed(holders, foes, verb, f"against:{lemma}")

    def cracked_down(self, verb: Token) -> None:
        """ "Egypt has been cracking down on the Muslim Brotherhood", "the junta clamped down on the NLD": the subject
        OPPOSES whoever follows "on" after the particle (not "cracked the case", no particle)."""
        if verb.pos_ != "VERB" or is_passive(verb):
            return
        if not has_child(verb, {"prt"}, self.cues.crackdown_particles):
            return
        foes = self._actors(prep_objects(verb, self.cues.crackdown_preps))
        holders = self._actors(subjects_of(verb), with_preps=False)
        self._opposed(holders, foes, verb, f"cracked-down:{verb.lemma_.lower()}")

    def pitted(self, verb: Token) -> None:
        """ "The fighting pitted the army against the RSF", "X was pitted against Y", "the violence pits X, the faction
        led by Y, against Z" (an "against" the parser hangs inside the description of the one pitted): the one pitted
        and the one after "against" oppose each other (whoever or whatever did the pitting is no side)."""
        if verb.pos_ != "VERB":
            return
        pitted = [c for c in verb.children if c.dep_ == ("nsubjpass" if is_passive(verb) else "dobj")]
        sides = self._named(pitted)
        foes = self._named(prep_objects(verb, {"against"}) + [p for t in pitted for p in prep_objects(t, {"against"})])
        if not foes:  # "pits X, the faction led by the sons of Y, against Z": the parser hangs "against" deeper
            foes = self._named([p for t in pitted for w in t.subtree if w.lower_ == "against" for p in w.children])
        method = f"pitted:{verb.lemma_.lower()}"
        self._opposed(sides, foes, verb, method)
        self._opposed(foes, sides, verb, method)

    def regarded_as_foe(self, verb: Token) -> None:
        """ "Al-Shabaab regards ISIS as a rival", "Kigali sees Kinshasa as its enemy": whoever calls someone a foe
        after "as" OPPOSES them (not "sees X as an enemy of Y", someone else's)."""
        if verb.pos_ != "VERB" or is_passive(verb):
            return
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        called = prep_objects(verb, {"as"}) + [p for o in objects for p in prep_objects(o, {"as"})]
        if not any(t.lemma_.lower() in self.cues.foe_nouns and not prep_objects(t, {"of"}) for t in called):
            return
        holders = self._actors(subjects_of(verb), with_preps=False)
        self._opposed(holders, self._actors(objects, with_preps=False), verb, f"regarded:{verb.lemma_.lower()}")

    def branded_foe(self, verb: Token) -> None:
        """ "Kirby described Wagner as a criminal organization", "the junta described the CNF and its allies as
        terrorist organisations", "Faeser called the scene one of the most serious threats", "ISIL, which she
        described as a threat to the region": whoever calls a side a terrorist, a criminal or a threat
        (``branding_nouns``), or a body (``branded_bodies``) one of ``branding_words`` qualifies, OPPOSES it (a person
        named with a body in the title, the person); not a deed so called ("called it a terrorist attack": no body)
        nor a listing ("labelled X a terrorist organisation": a sanction, not among ``branding_verbs``)."""
        if verb.pos_ != "VERB":
            return
        if is_passive(verb):
            holders = self._actors(agents_of(verb), with_preps=False)
            branded = [c for c in verb.children if c.dep_ == "nsubjpass"]
        else:
            holders = self._actors(subjects_of(verb), with_preps=False)
            branded = [c for c in verb.children if c.dep_ == "dobj"]
        if verb.dep_ == "relcl" and any(t.lower_ in self.reader.cues.relative_pronouns for t in branded):
            branded = [verb.head]  # "ISIL, which she described as a threat"
        called = [c for c in verb.children if c.dep_ in {"oprd", "xcomp"}] + prep_objects(verb, {"as"})
        called += [p for o in branded for p in prep_objects(o, {"as"}) + [c for c in o.children if c.dep_ == "oprd"]]
        called += [c for o in branded for c in o.conjuncts if c.i > o.i]  # "called X and its allies terrorist
        # organisations": the parser's last conjunct of the object
        if not branded:  # "called the Reichsburger one of the threats": the object hung on the predicate
            branded = [c for t in called for c in t.children if c.dep_ == "compound"]
        if not any(self._brand(t) for t in called):
            return
        foes = [m for m in self._actors(branded, with_preps=False) if m.label in SIDES | {"Person"}]
        people = [
            m for m in holders if m.label == "Person"
        ]  # "NSC Coordinator John Kirby": Kirby, not a body in his title
        self._opposed(people or holders, foes, verb, f"branded:{verb.lemma_.lower()}")

    def _brand(self, noun: Token) -> bool:
        """Whether a predicate calls someone a foe of order: "a terrorist", "criminals", "a threat", "one of the most
        serious threats", "a criminal organization", "terrorist organisations"."""
        if noun.lower_ == "one":  # "one of the most serious threats"
            noun = next(iter(prep_objects(noun, {"of"})), noun)
        lemma = noun.lemma_.lower()
        if lemma in self.cues.branding_nouns:
            return True
        qualified = any(c.lemma_.lower() in self.cues.branding_words for c in noun.children if c.dep_ in MODIFIERS)
        return lemma in self.cues.branded_bodies and qualified

    def partners_against(self, noun: Token) -> None:
        """ "The SDF, Washington's main partner against the Islamic State", "armed the SDF as its partner against
        IS", "Kenya, a partner of Somalia in the war against al-Shabaab": the partner and its owner (before it or
        after "of") oppose whoever follows "against", after the noun or after a fight it is a partner in; "armed X as
        its partner" allies the owner with X (the apposition and the copula are :meth:`named_allies`' and the
        relational nouns')."""
        if noun.pos_ != "NOUN":
            return
        campaigns = [c for c in prep_objects(noun, self.cues.partner_campaign_preps) if self._campaign(c)]
        aims = [t for w in [noun, *campaigns] for t in prep_objects(w, self.cues.partner_foe_preps)]
        foes = self._not_backers(self._named(aims))
        if not foes:
            return
        owners = [c for c in noun.children if c.dep_ == "poss"] + prep_objects(noun, {"of"})
        owners = [m for c in owners for m in actors_of(c, self.reader.index, False)]
        partners = [c for c in noun.children if c.dep_ == "appos"]
        if noun.dep_ == "attr":  # "X has been Washington's partner against Y"
            partners += subjects_of(noun.head)
        elif noun.dep_ == "appos":  # "X, Washington's partner against Y"
            partners.append(noun.head)
        as_partner = noun.dep_ == "pobj" and noun.head.lower_ == "as"
        if as_partner:  # "armed X as its partner against Y"
            partners += [c for c in noun.head.head.children if c.dep_ == "dobj"]
        named = [m for m in self._not_backers(self._actors(partners, with_preps=False)) if m.label in SIDES]
        owners = [m for m in self._not_backers(owners) if m.label in SIDES]
        self.reader.emit_all(owners + named, "OPPOSES", foes, noun, f"partner-against:{noun.lemma_.lower()}", 0.6)
        if as_partner:
            self.reader.emit_all(owners, "ALLIED_WITH", named, noun, f"as-partner:{noun.lemma_.lower()}", 0.6)

    def _campaign(self, noun: Token) -> bool:
        """Whether a noun is a fight waged against someone: "the fight", "the war" (``campaign_nouns``)."""
        return noun.pos_ == "NOUN" and noun.lemma_.lower() in self.cues.campaign_nouns

    def brought_together(self, verb: Token) -> None:
        """ "The operation brings together the UPDF and the FARDC": the sides gathered as the object are allies
        (not "brought together groups that had fought each other", which names none)."""
        if verb.pos_ != "VERB":
            return
        if not any(c.lower_ in self.cues.gathering_particles for c in verb.children if c.dep_ in {"prt", "advmod"}):
            return
        gathered = [c for c in verb.children if c.dep_ == ("nsubjpass" if is_passive(verb) else "dobj")]
        self._each_with_each(self._sides(gathered), "ALLIED_WITH", verb, f"brought-together:{verb.lemma_.lower()}")

    def gathered_contingents(self, verb: Token) -> None:
        """ "The MNJTF brings together troops from Chad and Niger", "the Multinational Joint Task Force (MNJTF), the
        regional force that brings together troops from Chad and Niger": a named body that gathers contingents
        (``contingent_nouns``) from states or bodies is allied with each of them (not they with each other)."""
        if verb.pos_ != "VERB" or is_passive(verb):
            return
        if not any(c.lower_ in self.cues.gathering_particles for c in verb.children if c.dep_ in {"prt", "advmod"}):
            return
        gathered = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in self.cues.contingent_nouns]
        if not gathered:
            return
        contributors = self._sides([p for t in [*gathered, verb] for p in prep_objects(t, {"from"})])
        subjects = subjects_of(verb)
        if verb.dep_ == "relcl" and all(t.lower_ in self.reader.cues.relative_pronouns for t in subjects):
            subjects = [verb.head]  # "the regional force that brings together troops from ..."
        gatherers = [m for m in self._sides(subjects) if m.label == "Organization"]
        if not gatherers and subjects and self.reader.index.at(subjects[0]) is None:
            gatherers = [m for m in [self._name_set_off_before(subjects[0])] if m and m.label == "Organization"]
        contributors = [m for m in contributors if m.key not in {g.key for g in gatherers}]
        self.reader.emit_all(gatherers, "ALLIED_WITH", contributors, verb, f"gathered:{verb.lemma_.lower()}", 0.6)

    def _name_set_off_before(self, noun: Token) -> Mention | None:
        """The name written right before the comma that opens a noun's apposition, past a short bracket after it
        ("the Multinational Joint Task Force (MNJTF), the regional force ..."), else None."""
        doc, last = noun.doc, noun.left_edge.i - 1
        if last < 1 or doc[last].text != ",":
            return None
        last -= 1
        if doc[last].text == ")":
            last = next((t.i - 1 for t in doc[max(last - 4, 0) : last] if t.text == "("), last)
        return self.reader.index.at(doc[last]) if last >= 0 else None

    def joint_bodies(self, word: Token) -> None:
        """ "A joint MI5 and PSNI investigation", "joint operations of the UPDF and the FARDC": the bodies named as the
        ones acting jointly are allies (not "the Joint Staff", a name)."""
        noun = word.head
        if word.dep_ != "amod" or noun.pos_ not in {"NOUN", "PROPN"} or self.reader.index.at(word) is not None:
            return
        named = [c for c in noun.children if c.dep_ in MODIFIERS and c.i > word.i]
        named += prep_objects(noun, {"of", "between", "by"})
        sides = self._sides(named) or self._sides(self._doers_of(noun))
        self._each_with_each(sides, "ALLIED_WITH", noun, f"joint:{noun.lemma_.lower()}")

    @staticmethod
    def _doers_of(noun: Token) -> list[Token]:
        """The subjects of the verb whose object the noun is, or describes: "Ghana and Togo held joint drills", "A and
        B launched Operation X, a joint offensive"; none for a noun of any other part."""
        thing = noun.head if noun.dep_ == "appos" else noun
        return subjects_of(thing.head) if thing.dep_ == "dobj" else []

    def allied_together(self, word: Token) -> None:
        """ "Amal and Hezbollah have been allied since 1990", "X and Y fought each other but have been allied since":
        sides coordinated as the subject of "allied" (or of the verb it is coordinated with), with no one named after
        it, are allied with each other."""
        if prep_objects(word, {"with", "to"}):
            return  # "X is allied with Y": the adjective rules'
        if word.dep_ == "amod":
            self._allied_in_list(word)
            return
        if word.dep_ in {"acomp", "attr"}:
            subjects = subjects_of(word.head)
        elif word.pos_ in {"VERB", "AUX"}:
            subjects = [c for c in word.children if c.dep_ in {"nsubj", "nsubjpass"}]
            subjects = subjects or (subjects_of(word) if word.dep_ == "conj" else [])
        else:
            return
        self._each_with_each(self._sides(subjects), "ALLIED_WITH", word, "allied-together")

    def _allied_in_list(self, word: Token) -> None:
        """ "KIA units and allied PDF fighters attacked X", "Hamas and allied Islamic Jihad fighters": the side the word
        describes, coordinated after others, is allied with each side named before it (not "allied militias", no
        one named, nor "the allied forces and X", an ally of no one said)."""
        noun = word.head
        if noun.dep_ != "conj":
            return
        allied = [m for m in [self._side_or_its_men(noun)] if m is not None]
        named = [m for h in noun.conjuncts if h.i < word.i for m in [self._side_or_its_men(h)] if m is not None]
        self.reader.emit_all(named, "ALLIED_WITH", allied, word, "allied-in-list", 0.6)

    def _side_or_its_men(self, noun: Token) -> Mention | None:
        """The side a word names, or whose men or units a common noun names by the one side before it ("KIA units",
        "PDF fighters"; not "Iran-backed militias", the backer's)."""
        index = self.reader.index
        found = index.at(noun)
        if found is None and noun.pos_ == "NOUN":
            named = [
                m for c in noun.children if c.dep_ in MODIFIERS and c.i < noun.i and (m := index.at(c)) is not None
            ]
            found = named[0] if len(named) == 1 else None
        sides = self._not_backers([found] if found is not None else [])
        return sides[0] if sides and sides[0].label in SIDES else None

    def joined_by(self, verb: Token) -> None:
        """ "The Kitgwang faction was joined by the Agwelek forces", "forces loyal to Gatwech, who were joined by the
        White Army": the passive subject (a group, a state, or the leader whose forces they are) and the agent of a
        verb of joining, an organisation or a state, are allies (not "the president was joined by his wife")."""
        if verb.pos_ != "VERB" or not is_passive(verb):
            return
        said = passive_subjects(verb) or subjects_of(verb)
        if verb.dep_ == "relcl" and all(t.lower_ in self.reader.cues.relative_pronouns for t in said):
            said = [verb.head]  # "forces loyal to Gatwech, who were joined by X": the name the clause describes
        joined = self._not_backers(self._named(said))
        joined = [m for m in joined if m.label in SIDES | {"Person"}]
        joiners = self._sides(agents_of(verb))
        self.reader.emit_all(joined, "ALLIED_WITH", joiners, verb, f"joined-by:{verb.lemma_.lower()}", 0.6)

    def apposed_sides(self, noun: Token) -> None:
        """ "Hamas and Fatah, rivals since 2007, met in Cairo", "X and Y, bitter enemies, ...": a plural noun of foes
        set off by a comma after two or more coordinated names sets each against the others (read by position, as
        the parser often takes the noun for the subject); one of allies ("X and Y, longtime allies, ...") allies
        them."""
        if noun.pos_ != "NOUN" or noun.tag_ != "NNS" or has_child(noun, {"poss"}):
            return
        if prep_objects(noun, {"of"}):
            return  # "X and Y, rivals of Z": someone else's
        i = noun.i - 1
        while i > noun.sent.start and self.reader.doc[i].pos_ == "ADJ":  # "bitter rivals"
            i -= 1
        if i <= noun.sent.start or self.reader.doc[i].text != ",":
            return
        last = self.reader.index.at(self.reader.doc[i - 1])
        if last is None:
            return
        head = self.reader.doc[i - 1]
        sides = self._named([head]) if any(t.dep_ == "conj" for t in (head, *head.conjuncts)) else []
        lemma = noun.lemma_.lower()
        if len(sides) >= 2 and lemma in self.cues.ally_nouns:
            self._each_with_each(sides, "ALLIED_WITH", noun, f"apposed-allies:{lemma}", 0.65)
        elif len(sides) >= 2:
            self._each_against_each(sides, noun, f"apposed-foes:{lemma}")

    def accused(self, verb: Token) -> None:
        """ "Kinshasa accused Kigali of reneging on its promises", "MONUSCO, which Tshisekedi has accused of failing",
        "X was accused by Y of fraud", "X resigned after accusing Y of lying" (the accuser the subject of the clause
        the gerund follows): the accuser OPPOSES the accused (the accusation is stated, whatever it
        alleges); not an accusation of backing someone ("accused Tehran of arming the group"), the FUNDS rules'
        alleged link, nor one made by observers ("UN experts accused X": a report, not the UN's quarrel) or by a
        body that monitors or judges ("the United Nations accused X", "Amnesty accused X": no side), nor one whose
        accused a personal pronoun stands for ("Britain sanctioned her, accusing her of ...": a charge laid on whoever
        the passage is about, not a quarrel between sides)."""
        if verb.pos_ != "VERB":
            return
        charged = prep_objects(verb, {"of"})
        if is_passive(verb):
            agents = agents_of(verb)
            accusers = [m for m in self._actors(agents, with_preps=False) if not self._neutral_accuser(m)]
            accused = [c for c in verb.children if c.dep_ == "nsubjpass"]
            charged += [t for a in agents for t in prep_objects(a, {"of"})]  # "accused by UN experts of supplying"
        else:
            said_by = subjects_of(verb) or opening_gerund_subjects(verb, blame_phrase_cues().opening_preps)
            accusers = [m for m in self._actors(said_by, with_preps=False) if not self._neutral_accuser(m)]
            accused = [c for c in verb.children if c.dep_ == "dobj"]
        if verb.dep_ == "relcl" and any(t.lower_ in self.reader.cues.relative_pronouns for t in accused):
            accused = [verb.head]  # "X, which Y accused of ..."
        accused = [t for t in accused if t.pos_ != "PRON"]  # "Israel accused him of ...": a charge, no quarrel
        charges = [t.lemma_.lower() for t in charged]
        if any(c.type == "FUNDS" for lemma in charges for c in self.reader.cues.verbs.get(lemma, ())):
            return  # "Washington accused Tehran of arming the group": an alleged backing (FUNDS), no stated hostility
        if self._harbouring(charged):
            return  # "Kabul accused Islamabad of sheltering the group": a charge of harbouring, like one of backing
        if not is_passive(verb) and self._mutual_charge(verb, accused):  # "X and Y accused each other of ..."
            for accuser in accusers:  # stated, as any accusation (not the "alleged" of the word "accused")
                self._opposed([accuser], accusers, verb, f"accused-each-other:{verb.lemma_.lower()}")
            return
        self._opposed(accusers, self._actors(accused, with_preps=False), verb, f"accused:{verb.lemma_.lower()}")

    def _mutual_charge(self, verb: Token, accused: list[Token]) -> bool:
        """Whether the accusers accuse one another: "accused each other", "accused one another", "X and Y each accused
        the other" (a distributive word among the subjects and "the other" as the object)."""
        if is_reciprocal(verb, self.reader.cues.reciprocal_objects):
            return True
        others = any(t.lower_ in self.cues.other_words and has_child(t, {"det"}) for t in accused)
        subjects = [c for s in subjects_of(verb) for c in conjuncts(s)]
        near = subjects + [c for t in subjects for c in t.children] + list(verb.children)  # "X and Y, each, ..."
        return others and any(t.lower_ in self.cues.distributive_words for t in near)

    def _neutral_accuser(self, mention: Mention) -> bool:
        """Whether an accuser is no side: named only as the body of observers ("UN experts"), or a body that monitors
        or judges, a phrase of ``neutral_accuser_words`` in its name ("the United Nations", "Human Rights Watch")."""
        words = f" {re.sub(r'[^a-z]+', ' ', mention.name.lower())} "
        return self._observing(mention) or any(f" {w} " in words for w in self.cues.neutral_accuser_words)

    def _observing(self, mention: Mention) -> bool:
        """Whether an actor is named only as the body of observers: the UN of "UN experts", "UN investigators"."""
        last = self.reader.doc[mention.end - 1]
        return last.dep_ in MODIFIERS and last.head.lemma_.lower() in self.cues.observer_nouns

    def _harbouring(self, charges: list[Token]) -> bool:
        """Whether a charge is one of harbouring someone: "of sheltering X", "of giving shelter to X", "of allowing
        X's fighters to shelter" (a word of ``harbouring_charges``, as the charge or its object or clause)."""
        words = self.cues.harbouring_charges
        return any(
            t.lemma_.lower() in words or any(c.lemma_.lower() in words for c in t.children if c.dep_ in HARBOURED)
            for t in charges
        )

    def ordered_out(self, verb: Token) -> None:
        """ "Mali ordered France out", "the junta told MINUSMA to leave", "Kenya called on Eritrea to stop its support
        for X and withdraw", "HTS forced the Third Legion to withdraw", "X was forced to withdraw by Y": whoever
        orders or forces someone out OPPOSES them."""
        if verb.pos_ != "VERB":
            return
        passive = is_passive(verb)
        out = any(c.lower_ in self.cues.ordered_out_words for c in verb.children if c.dep_ in {"prep", "prt", "advmod"})
        infinitives = [c for c in verb.children if c.dep_ == "advcl" and has_child(c, {"aux"}, {"to"})]
        acts = [a for c in verb.children if c.dep_ in {"xcomp", "ccomp"} for a in conjuncts(c)]
        acts += [a for c in infinitives for a in conjuncts(c)]  # "call on Iran to cease", parsed as a purpose
        ordered = passive_subjects(verb) if passive else self._pressed(verb)
        one_side = len([t for o in ordered for t in conjuncts(o)]) == 1  # "urged Israel and Hamas to stop": a mediator
        out = out or any(self._leaving(a) or (one_side and self._giving_up(a)) for a in acts)
        if not out:
            return
        if passive:
            holders = self._actors(agents_of(verb), with_preps=False)
        else:
            holders = self._first_person_sayers(verb) or self._actors(subjects_of(verb), with_preps=False)
        pressed = self._actors(ordered, with_preps=False) or self._sides(ordered)  # "forcing Somaliland's forces"
        self._opposed(holders, pressed, verb, f"ordered-out:{verb.lemma_.lower()}")

    def pressure_on(self, noun: Token) -> None:
        """ "Chinese pressure on the MNDAA to halt operations", "Washington stepped up pressure on Kigali to withdraw
        its troops", "Turkey increased its pressure on the PKK to disarm": pressure on one side to leave or give up the
        fight sets whoever puts it (the noun's owner, the one it comes "from", else the subject of the verb it is the
        object of) against that side."""
        if noun.pos_ != "NOUN":
            return
        acts = [c for c in noun.children if c.dep_ in {"acl", "relcl"} and has_child(c, {"aux"}, {"to"})]
        if not any(self._leaving(a) or self._giving_up(a) for a in acts):
            return
        pressed = [t for o in prep_objects(noun, self.cues.pressure_preps) for t in conjuncts(o)]
        if len(pressed) != 1:
            return  # "pressure on Israel and Hamas to stop fighting": a mediator's
        owners = [c for c in noun.children if c.dep_ in MODIFIERS | {"poss"} and c.pos_ != "PRON" and c.i < noun.i]
        holders = self._actors(owners, with_preps=False) or self._actors(prep_objects(noun, {"from"}), False)
        if not holders and noun.dep_ == "dobj":
            holders = self._actors(subjects_of(noun.head), with_preps=False)
        self._opposed(holders, self._actors(pressed, with_preps=False), noun, f"pressure-on:{noun.lemma_.lower()}")

    def ousted_government(self, verb: Token) -> None:
        """ "The Tatmadaw removed the government led by Aung San Suu Kyi", "the army overthrew Bazoum's government",
        "the junta deposed the administration headed by X": whoever ousts a government OPPOSES the one leading it
        (not "removed the sanctions on X", no government)."""
        if verb.pos_ != "VERB" or is_passive(verb):
            return
        cues = self.cues
        governments = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in cues.government_nouns]
        leading = [
            p for g in governments for p in g.children if p.dep_ == "acl" and p.lemma_.lower() in cues.leading_verbs
        ]
        leaders = [c for g in governments for c in g.children if c.dep_ == "poss" and c.pos_ != "PRON"]
        leaders += [a for p in leading for t in agents_of(p) for a in conjuncts(t)]
        holders = self._actors(subjects_of(verb), with_preps=False)
        foes = [m for m in self._actors(leaders, with_preps=False) if m.label == "Person"]
        self._opposed(holders, foes, verb, f"ousted-government:{verb.lemma_.lower()}")

    def _first_person_sayers(self, verb: Token) -> list[Mention]:
        """Who says a verb whose subject is "we" or "I" in a quotation: ""We call on Iran to stop," Price said" (the
        subjects of the reporting verb above it); none for any other subject."""
        first = [s for s in subjects_of(verb) if s.lower_ in self.cues.first_person_words and in_quotation(s)]
        return self._sayers(verb) if first else []

    def _pressed(self, verb: Token) -> list[Token]:
        """Whom a verb of ordering or pressing presses: its object ("urged Kigali"), or for a verb of calling the
        object of "on" ("called on Kigali"; not "called Kigali", a name given)."""
        if verb.lemma_.lower() in self.cues.calling_verbs:
            called = prep_objects(verb, self.cues.called_on_preps)
            if called or not has_child(verb, {"prep"}, self.cues.called_on_preps):
                return called
            acts = [c for c in verb.children if c.dep_ in {"xcomp", "ccomp"}]  # "called on X to resign", parsed with
            return [s for a in acts for s in a.children if s.dep_ == "nsubj"]  # X the subject of "to resign"
        return [c for c in verb.children if c.dep_ in {"dobj", "dative"}]

    def envoy_recalled(self, verb: Token) -> None:
        """ "Iraq recalled its ambassador from Tehran", "Algeria withdrew its ambassador from Paris in protest": a
        state that calls its own envoy home from another state (or its capital) OPPOSES that state (not one that
        summons another's envoy, a protest often made to allies)."""
        if verb.pos_ != "VERB" or is_passive(verb) or self.reader.denied_intent(verb):
            return
        cues = self.cues
        envoys = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in cues.envoy_nouns]
        posts = [t for h in (verb, *envoys) for t in prep_objects(h, cues.envoy_post_preps)] if envoys else []
        states = [capital_state(m) or m for m in self._actors(posts, with_preps=False)]
        holders = self._actors(subjects_of(verb), with_preps=False)
        self._opposed(holders, [m for m in states if m.label == "Country"], verb, f"envoy:{verb.lemma_.lower()}")

    def _leaving(self, act: Token) -> bool:
        """Whether a verb is one of leaving said of its subject: "to leave Mtwara", "to withdraw its forces", "to pull
        out its troops", "to resign", "to step down" (not "to withdraw the force", someone else's sent away by a verb
        of ``removing_verbs``)."""
        lemma = act.lemma_.lower()
        if lemma in self.cues.stepping_down_verbs:
            return any(c.dep_ == "prt" and c.lower_ == "down" for c in act.children)
        if lemma in self.cues.leaving_particle_verbs:
            return any(c.dep_ == "prt" and c.lower_ in self.cues.leaving_particles for c in act.children)
        if lemma not in self.cues.removing_verbs:
            return lemma in self.cues.leaving_verbs
        objects = [c for c in act.children if c.dep_ == "dobj"]
        return all(any(p.dep_ == "poss" for p in o.children) for o in objects)

    def _giving_up(self, act: Token) -> bool:
        """Whether a verb to be done is one of giving up the fight: yielding ("to disband", "to surrender"), laying
        down arms ("to lay down its weapons") or stopping one's own deeds ("to cease its violations", "to halt
        operations", "to stop attacking shipping"; not "to stop the violence", anyone's)."""
        cues, lemma = self.cues, act.lemma_.lower()
        objects = [c for c in act.children if c.dep_ == "dobj"]
        if lemma in cues.laying_verbs:
            down = any(c.dep_ == "prt" and c.lower_ == "down" for c in act.children)
            return down and any(o.lemma_.lower() in cues.laid_down_arms for o in objects)
        if lemma not in cues.stopping_verbs:
            return lemma in cues.yielding_verbs
        gerunds = [c for c in act.children if c.dep_ == "xcomp" and c.tag_ == "VBG"]
        owners = [[c for c in o.children if c.dep_ == "poss"] for o in objects]
        owned = [o for o, p in zip(objects, owners, strict=True) if any(c.pos_ == "PRON" for c in p)]  # "its attacks"
        deeds = [o for o, p in zip(objects, owners, strict=True) if not p and o.lemma_.lower() in cues.stopped_deeds]
        return bool(gerunds or owned or deeds)

    def must_give_up(self, verb: Token) -> None:
        """ "Fidan said the YPG must disband", "Moscow says Kyiv should withdraw its troops", "Washington insisted
        Iran must stop its attacks": whoever says that a side must leave or give up the fight OPPOSES it (not "said
        it must withdraw", a side of its own, nor "must not leave")."""
        sayer = verb.head.lemma_.lower()
        if verb.dep_ != "ccomp" or sayer not in self.cues.insisting_verbs | self.reader.cues.reporting:
            return
        if not has_child(verb, {"aux"}, self.cues.obliging_words) or self.reader.denied_intent(verb):
            return
        if not (self._leaving(verb) or self._giving_up(verb)):
            return
        sides = [s for s in verb.children if s.dep_ == "nsubj" and s.pos_ != "PRON"]
        holders = self._actors(subjects_of(verb.head), with_preps=False)
        self._opposed(holders, self._actors(sides, with_preps=False), verb, f"must-give-up:{verb.lemma_.lower()}")

    def demanded_out(self, verb: Token) -> None:
        """ "Kenya demanded that Eritrea withdraw its troops", "the Council demanded the RSF halt its siege": whoever
        demands that someone leave or stop what they do OPPOSES them (not "demanded that Pakistan punish those
        responsible", a demand made of a side, not against it)."""
        if verb.pos_ != "VERB" or is_passive(verb) or self.reader.denied_intent(verb):
            return
        stopping = self.cues.stopping_verbs
        acts = [a for c in verb.children if c.dep_ == "ccomp" for a in conjuncts(c)]
        acts = [a for a in acts if self._leaving(a) or a.lemma_.lower() in stopping]
        demanded = [s for a in acts for s in a.children if s.dep_ == "nsubj" and s.pos_ != "PRON"]
        holders = self._actors(subjects_of(verb), with_preps=False)
        self._opposed(holders, self._actors(demanded, with_preps=False), verb, f"demanded-out:{verb.lemma_.lower()}")

    def ordered_to_fight(self, verb: Token) -> None:
        """ "Duterte ordered the armed forces to crush the Abu Sayyaf", "Hasina instructed the army to conduct drives
        against the KNF", "urged the world to act against the group": whoever orders or presses others to fight
        someone OPPOSES them (the act itself is only ordered)."""
        if verb.pos_ != "VERB" or is_passive(verb) or self.reader.denied_intent(verb) or not self._pressed(verb):
            return
        acts = [c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB" and not self.reader.denied_intent(c)]
        foes = [t for a in acts for t in self._fought(a)]
        holders = self._principals(self._actors(subjects_of(verb), with_preps=False))
        self._opposed(holders, self._principals(self._sides(foes)), verb, f"ordered-fight:{verb.lemma_.lower()}")

    def _fought(self, act: Token) -> list[Token]:
        """Whom an act to be done is aimed at: the object of a verb of harm or fighting ("to crush X"), whoever
        follows "against" ("to act against X") or the "against" of a campaign it carries out ("to conduct drives
        against X")."""
        harm = act.lemma_.lower() in self.cues.fate_verbs or self._hostile_type(act) is not None
        objects = [c for c in act.children if c.dep_ == "dobj"]
        campaigns = [o for o in objects if o.lemma_.lower() in self.cues.campaign_nouns]
        aimed = [t for c in campaigns for t in prep_objects(c, {"against"})]
        return ([o for o in objects if o not in campaigns] if harm else []) + aimed + prep_objects(act, {"against"})

    def refused_recognition(self, verb: Token) -> None:
        """ "Tajikistan has refused to recognise the Taliban": whoever refuses to recognise someone OPPOSES them."""
        if verb.pos_ != "VERB" or is_passive(verb):
            return
        acts = [c for c in verb.children if c.dep_ == "xcomp" and c.lemma_.lower() in self.cues.recognising_verbs]
        refused = [c for act in acts for c in act.children if c.dep_ == "dobj"]
        holders = self._actors(subjects_of(verb), with_preps=False)
        self._opposed(holders, self._actors(refused, with_preps=False), verb, f"refused:{verb.lemma_.lower()}")

    def persistent_attacks(self, verb: Token) -> None:
        """ "Hezbollah has refused to stop attacking Israel", "the rebels continue to attack the army", "X kept
        attacking Y": attacks kept up against an actor are hostility besides each attack, so the subject OPPOSES the
        one attacked (a place attacked is no side)."""
        if verb.pos_ != "VERB" or is_passive(verb):
            return
        acts = [c for c in verb.children if c.dep_ == "xcomp"]
        if verb.lemma_.lower() in self.cues.refusing_verbs:  # "refused to stop attacking": past the verb of stopping
            acts = [a for s in acts if s.lemma_.lower() in self.cues.stopping_verbs for a in s.children]
            acts = [a for a in acts if a.dep_ == "xcomp"]
        acts = [a for a in acts if self._hostile_type(a) == "ATTACKED" and not is_passive(a)]
        if not acts:
            return
        preps = {
            p for a in acts for c in self.reader.cues.verbs[a.lemma_.lower()] if c.type == "ATTACKED" for p in c.preps
        }
        hit = [c for a in acts for c in a.children if c.dep_ == "dobj"] + [
            o for a in acts for o in prep_objects(a, preps)
        ]
        holders = self._principals(self._named([t for t in subjects_of(verb) if t.pos_ != "PRON"]))
        foes = [m for m in self._principals(self._named(hit)) if m.label in SIDES]
        self._opposed([m for m in holders if m.label in SIDES | {"Person"}], foes, verb, "persistent-attacks")

    def _opposed(self, holders: list[Mention], foes: list[Mention], cue: Token, method: str) -> None:
        """Each holder OPPOSES each foe, stated (negated where the text denies it): neither end a place nor a
        backer."""
        holders = [m for m in self._not_backers(holders) if m.label != "Location"]
        foes = [m for m in self._not_backers(foes) if m.label != "Location" and m.key not in {h.key for h in holders}]
        certainty = "negated" if self.reader.denied_intent(cue) else "asserted"
        self.reader.emit_all(holders, "OPPOSES", foes, cue, method, 0.6, certainty)

    def opposition_noun(self, noun: Token) -> None:
        """ "Iran's condemnation of the strikes on Hezbollah", "the EU's criticism of Russia", "waged jihad against
        the US", "Israeli military action against Hamas", "operations against X by Y", "called for the removal of
        Y": the owner, a demonym before it, the "by" phrase or the verb's subject ("voiced strong criticism of Y",
        "demanded the ouster of Y", "called for the overthrow of Y") opposes the object."""
        lemma = noun.lemma_.lower()
        campaign = lemma in self.cues.campaign_nouns
        leaving = lemma in self.cues.leaving_nouns
        if leaving and not self._demanded(noun):
            return  # "the withdrawal of US troops" told alone
        ousting = leaving or lemma in self.cues.ousting_nouns
        if noun.pos_ != "NOUN" or not (campaign or ousting or lemma in self.cues.opposition_nouns):
            return
        if ousting and not leaving and any(prep_objects(t, self.cues.not_ousting_preps) for t in (noun, noun.head)):
            return  # "the removal of Y from the sanctions list", "the removal of Y as leader"
        preps = {"against"} if campaign else self.cues.opposition_preps
        waged = self._waging_participles(noun) if campaign else []  # "an offensive launched by X against Y"
        agents = [a for v in waged for a in agents_of(v)]
        aims = prep_objects(noun, preps) + [
            t for w in waged + [c for a in agents for c in conjuncts(a)] for t in prep_objects(w, preps)
        ]
        if campaign and noun.dep_ == "dobj":  # "brought a case against Y": the parser hangs "against" on the verb
            aims += prep_objects(noun.head, preps)
        objects = [capital_state(m) or m for m in self._actors(aims, with_preps=not ousting)]  # "of Addis Ababa"
        owners = self._apposed_sides(noun) or [
            m for c in noun.children if c.dep_ == "poss" for m in actors_of(c, self.reader.index, False)
        ]
        if leaving and owners and not objects:  # "demanded Momade's resignation": the one to leave owns the noun
            objects, owners = owners, []
        if not owners and campaign:  # "operations against al-Shabaab by Kenyan troops"
            owners = self._not_backers(self._actors(prep_objects(noun, {"by"}), with_preps=False))
        if not owners and campaign:
            named = [c for c in noun.lefts if c.dep_ in MODIFIERS]
            owners = [m for m in self._not_backers(self._actors(named, with_preps=False)) if m.label in SIDES]
        if not owners and waged:  # "an offensive launched by X against Y", "protests organised by X against Y"
            owners = self._not_backers(self._actors(agents, with_preps=False))
        if not owners and noun.dep_ == "dobj":
            owners = self._actors(subjects_of(noun.head), with_preps=False)
        if not owners and campaign and noun.dep_ == "dobj" and noun.head.dep_ == "relcl":
            owners = self._principals(self._described_body(noun.head.head))  # "X, the coalition that led protests"
        if not owners and campaign and (launch := self._launch_of_named(noun)) is not None:
            owners = self._not_backers(self._actors(subjects_of(launch), with_preps=False))
        if not owners and self._sought(noun):  # "X called for the removal of Y"
            owners = self._actors(subjects_of(noun.head.head), with_preps=False)
        if not owners and not campaign and (manner := self._in_manner(noun)) is not None:  # "in defiance of Y"
            owners = self._actors(subjects_of(manner), with_preps=False)
        if lemma in self.cues.civil_action_nouns:  # "the Treasury is taking action against X": a sanction
            owners = [m for m in owners if not (m.label == "Organization" and m.kind in self.cues.civil_kinds)]
            if not any(c.dep_ in MODIFIERS and c.lemma_.lower() in self.cues.armed_name_words for c in noun.children):
                owners = [m for m in owners if m.label == "Organization" and m.kind in ARMED_KINDS]  # "the US is
                # taking action against X", "the 2011 US action against the bank": no force said, a state's sanction
        self.reader.emit_all(owners, "OPPOSES", objects, noun, f"opposition:{lemma}", 0.6)
        acts = [t for t in prep_objects(noun, {"of"}) if t.lemma_.lower() in self.cues.campaign_act_nouns]
        if campaign and acts:  # "waged a campaign of bombings against Y": the bombings hit Y
            hit = objects or self._actors([o for t in acts for o in prep_objects(t, {"against"})])
            self.reader.emit_all(owners, "ATTACKED", hit, noun, f"campaign-of:{acts[0].lemma_.lower()}", 0.6)

    def _in_manner(self, noun: Token) -> Token | None:
        """The verb whose act a noun of opposition tells the manner of, after one of ``manner_preps``: "held elections
        in defiance of X", "voted in opposition to X", the parser hanging the phrase on the verb's object too ("held
        elections in defiance of X"); None for a noun's ("a rise in opposition to X")."""
        prep = noun.head
        if noun.dep_ != "pobj" or prep.lower_ not in self.cues.manner_preps:
            return None
        verb = prep.head.head if prep.head.dep_ == "dobj" else prep.head
        return verb if verb.pos_ in {"VERB", "AUX"} else None

    def insurgency_in(self, noun: Token) -> None:
        """ "The group has waged an insurgency in Mali and Burkina Faso", "ISIS's insurgency in Iraq": the group that
        owns or wages a rising in a country (or in a place the country's possessive names, "in Ethiopia's Somali
        Region", or where its aim lies, "an insurgency for self-rule in Ethiopia's Somali Region") opposes that
        country; a rising "against" someone is :meth:`opposition_noun`'s."""
        if noun.pos_ != "NOUN" or prep_objects(noun, {"against"}):
            return
        owners = [m for c in noun.children if c.dep_ == "poss" for m in actors_of(c, self.reader.index, False)]
        verb = noun.head if self._waged(noun) and noun.dep_ == "dobj" else None
        if not owners and verb is not None:
            owners = self._actors(subjects_of(verb), with_preps=False)
        places = prep_objects(noun, {"in"}) + (prep_objects(verb, {"in"}) if verb is not None else [])
        places += [t for aim in prep_objects(noun, {"for"}) for t in prep_objects(aim, {"in"})]  # "for autonomy in X"
        named = [t for p in places for x in conjuncts(p) for t in (x, *(c for c in x.children if c.dep_ == "poss"))]
        states = [m for t in named if (m := self.reader.index.at(t)) is not None and m.label == "Country"]
        groups = [m for m in self._principals(owners) if m.label == "Organization"]
        self.reader.emit_all(groups, "OPPOSES", states, noun, f"insurgency-in:{noun.lemma_.lower()}", 0.6)

    def endured_campaign(self, noun: Token) -> None:
        """ "Nigeria's military is stretched by an insurgency by Boko Haram", "the junta has been battered by an
        offensive launched by the Alliance", "Mozambique faces an insurgency by X": whoever wages a campaign that a
        side endures (the agent of a passive of ``enduring_verbs``) or faces (the object of ``facing_verbs``) opposes
        that side."""
        if noun.pos_ != "NOUN":
            return
        first = noun
        while first.dep_ == "conj":
            first = first.head
        by: list[Token] = []
        if first.dep_ == "pobj" and first.head.lower_ == "by":
            agent = first.head
            while agent.dep_ == "conj":  # "stretched by the M23 offensive in X and by operations against Y"
                agent = agent.head
            verb = agent.head
            enduring = verb.lemma_.lower() in self.cues.enduring_verbs
            endurers = [c for c in verb.children if c.dep_ == "nsubjpass"] if enduring else []
        elif first.dep_ == "dobj" and first.head.lemma_.lower() in self.cues.facing_verbs:
            endurers = subjects_of(first.head)
            by = prep_objects(first.head, {"by"})  # "faced an offensive by Y": the parser hangs "by" on the verb
        else:
            return
        method = f"endured:{noun.lemma_.lower()}"
        sides = self._sides_or_forces(endurers)
        authors = self._principals(self._campaign_authors(noun) or self._sides(by))
        if not authors and not by:  # "X has been stretched by operations against Y": X's own
            self._opposed(sides, self._principals(self._sides(prep_objects(noun, {"against"}))), noun, method)
        self._opposed(authors, sides, noun, method)

    def _sides_or_forces(self, tokens: list[Token]) -> list[Mention]:
        """The sides the phrases name by their heads, or the state that owns the forces a phrase names ("Nigeria's
        military", "the country's army")."""
        sides = self._sides(tokens)
        forces = [t for t in tokens if not sides and t.lower_ in self.reader.cues.state_forces]
        owners = [m for t in forces for c in t.children if c.dep_ == "poss" for m in self._actors([c], False)]
        return sides or [m for m in self._principals(owners) if m.label == "Country"]

    def _campaign_authors(self, noun: Token) -> list[Mention]:
        """Who a campaign's noun says wages it: its owner ("Y's offensive"), its "by" phrase ("an insurgency by Y"),
        the name before it ("the M23 offensive") or the agent of a participle ("an offensive launched by Y")."""
        owners = [m for c in noun.children if c.dep_ == "poss" for m in actors_of(c, self.reader.index, False)]
        named = [c for c in noun.lefts if c.dep_ in MODIFIERS]
        agents = [a for v in self._waging_participles(noun) for a in agents_of(v)]
        for tokens in (prep_objects(noun, {"by"}), named, agents):
            owners = owners or self._sides(tokens)
        return owners

    def lost_to(self, verb: Token) -> None:
        """ "The RSF lost Khartoum to the army", "the junta lost the town to the Arakan Army": a side that loses ground
        (a named place or one of ``lost_ground_nouns``) to another fought it, each against the other; ground lost "to
        an offensive by Y" sets only Y against the loser. Not "lost the election to X" (no ground lost)."""
        if verb.pos_ != "VERB" or self.reader.denied_intent(verb):
            return
        ground = [c for c in verb.children if c.dep_ == "dobj"]
        places = {m.label for t in ground if (m := self.reader.index.at(t)) is not None}
        named_ground = places & {"Location", "Country"}
        if not (named_ground or any(t.lemma_.lower() in self.cues.lost_ground_nouns for t in ground)):
            return
        losers = self._sides_or_forces(subjects_of(verb))
        takers = prep_objects(verb, {"to"})
        campaigns = [t for t in takers if t.lemma_.lower() in self.cues.endured_campaign_nouns]
        authors = self._principals([m for t in campaigns for m in self._campaign_authors(t)])
        self._opposed(authors, losers, verb, f"lost-to:{verb.lemma_.lower()}")
        winners = self._principals(self._sides([t for t in takers if t not in campaigns]))
        self._opposed(winners, losers, verb, f"lost-to:{verb.lemma_.lower()}")
        self._opposed(losers, winners, verb, f"lost-to:{verb.lemma_.lower()}")

    def _waged(self, noun: Token) -> bool:
        """Whether a rising is said to be someone's: owned ("ISIS's insurgency") or the object of a verb of waging."""
        if has_child(noun, {"poss"}):
            return True
        return noun.dep_ == "dobj" and noun.head.lemma_.lower() in self.cues.waging_verbs

    def named_operation_against(self, word: Token) -> None:
        """ "Turkey launched Operation Claw against the PKK", "Israel's Operation Protective Edge against Hamas": an
        operation known by a name (one the parser heads by a word of the name, not by "Operation", which is
        :meth:`opposition_noun`'s) is a campaign: its owner, or whoever launched or conducted it, opposes whoever
        follows "against" (not "X condemned Operation Y against Z": only verbs of carrying it out), whether the name
        is an incident's or a known body's ("Nigeria launched Operation Hadin Kai against Boko Haram": the force its
        launcher sends against them)."""
        title = operation_title(word)
        if not title:
            return
        inside = {t.i for t in title}
        name = next((t for t in title if t.head.i not in inside), title[-1])
        if name.i == word.i and word.pos_ == "NOUN":
            return
        verb = name.head if name.dep_ == "dobj" else None
        carried = verb is not None and {verb.lemma_.lower(), verb.lower_} & self.reader.cues.perpetration_verbs
        objects = prep_objects(name, {"against"}) + (prep_objects(verb, {"against"}) if carried else [])
        owners = [m for c in name.children if c.dep_ == "poss" for m in actors_of(c, self.reader.index, False)]
        if not owners and carried:
            owners = self._actors(subjects_of(verb), with_preps=False)
        foes = self._principals(self._actors(objects))
        self.reader.emit_all(self._principals(owners), "OPPOSES", foes, word, "named-operation", 0.6)

    @staticmethod
    def _waging_participles(noun: Token) -> list[Token]:
        """The participles after a campaign's noun that name who waged it: "launched" of "an offensive launched by X
        against Y", "organised" of "protests organised by X"."""
        return [v for v in noun.children if v.dep_ == "acl" and v.tag_ == "VBN" and agents_of(v)]

    def _launch_of_named(self, noun: Token) -> Token | None:
        """The verb of carrying out whose object a campaign's noun describes in apposition: "launched" of "X launched
        Operation Shujaa, a joint offensive against Y" (not "X condemned Operation Z, an offensive against Y": only
        verbs of carrying it out)."""
        named = noun.head
        if noun.dep_ != "appos" or named.dep_ != "dobj":
            return None
        verb = named.head
        return verb if {verb.lemma_.lower(), verb.lower_} & self.reader.cues.perpetration_verbs else None

    def _demanded(self, noun: Token) -> bool:
        """Whether a noun is what a verb's subject demands or asks for: "demanded the departure of Y", "called for the
        withdrawal of Y"."""
        demanded = noun.dep_ == "dobj" and noun.head.lemma_.lower() in self.cues.demanding_verbs
        return demanded or self._sought(noun)

    def victory_over(self, noun: Token) -> None:
        """ "Iraq declared victory over IS", "Hamas won a victory over Fatah", "Kenya's victory over al-Shabaab": who
        won it (the owner, or the subject of one of ``victory_verbs`` the noun is the object of) fought, and so
        opposes, whom it was won over (read in the words too: the parser takes "IS" for a verb)."""
        if noun.pos_ != "NOUN":
            return
        doc, index = noun.doc, self.reader.index
        foes = self._actors(prep_objects(noun, self.cues.victory_preps))
        if not foes:  # "victory over the Islamic State" with "IS" read as a verb
            foes = [m] if (m := _named_after(noun, self.cues.victory_preps, index)) is not None else []
        owners = [m for c in noun.children if c.dep_ == "poss" for m in actors_of(c, index, False)]
        before = [t for t in doc[max(noun.sent.start, noun.i - 2) : noun.i] if t.dep_ != "det"]
        verb = noun.head if noun.dep_ == "dobj" else (before[-1] if before else None)
        if not owners and verb is not None and verb.lemma_.lower() in self.cues.victory_verbs:
            owners = self._actors(subjects_of(verb), with_preps=False)
        sides = [m for m in self._not_backers(owners) if m.label in SIDES | {"Person"}]
        self.reader.emit_all(sides, "OPPOSES", foes, noun, f"victory:{noun.lemma_.lower()}", 0.6)

    def _sought(self, noun: Token) -> bool:
        """Whether a noun is what a verb's subject asks or presses for: "called for the overthrow of Y"."""
        prep = noun.head
        return noun.dep_ == "pobj" and prep.lower_ in self.cues.sought_preps and prep.head.pos_ == "VERB"

    def _apposed_sides(self, noun: Token) -> list[Mention]:
        """The sides a noun of opposition is said to be, in apposition: in "the NRF, Afghanistan's armed opposition
        to the Taliban" the NRF opposes the Taliban (Afghanistan only places it)."""
        if noun.dep_ != "appos":
            return []
        return [m for m in self._actors([noun.head], with_preps=False) if m.label in SIDES]

    def announced_response(self, noun: Token) -> None:
        """ "Iran vowed revenge against Israel", "the army would take action against Fano", "warned of
        retaliation against the US": a response only announced THREATENED its object."""
        if noun.pos_ != "NOUN" or noun.dep_ not in {"dobj", "pobj"}:
            return
        verb = noun.head.head if noun.dep_ == "pobj" else noun.head
        if verb.pos_ not in {"VERB", "AUX"}:
            return
        cues = self.reader.cues.threat_cues
        vowed = verb.lemma_.lower() in cues or has_child(verb, {"aux"}, cues)
        if not vowed:
            return
        answers = prep_objects(noun, self.cues.response_preps)
        foes = self._actors(answers)
        holders = self._actors(subjects_of(verb), with_preps=False)
        if not foes:  # "Iran vows revenge after Israeli strike": the author of the incident answered
            occasions = [t for w in (noun, verb) for t in prep_objects(w, self.cues.response_occasion_preps)]
            foes = [m for m in self._incident_authors(occasions) if m.key not in {h.key for h in holders}]
        if not foes and noun.lemma_.lower() in self.cues.unaimed_response_nouns:
            self._unaimed(holders, verb, answers)  # "Iran vowed revenge", "promised a harsh response"
        self.reader.emit_all(holders, "THREATENED", foes, noun, f"response:{noun.lemma_.lower()}", 0.6)

    def foretold_response(self, noun: Token) -> None:
        """ "Katz said the response would be harsh", ""Our response will be severe," Katz said", "Iran's retaliation
        will be painful": a response only announced as the subject of its clause (the verb with one of
        `threat_cues` as its auxiliary; not "the response was measured") THREATENED the side after one of
        `response_preps`, else answers the page's incident as a response vowed at no one named does; vowed by its
        owner ("Iran's", a first person's is the speaker's) and whoever says so; not a response of relief or talk
        ("the humanitarian response", `unthreatening_response_words`), nor one the speaker dreads ("feared that
        reprisals would follow", `fearing_verbs`)."""
        if noun.pos_ != "NOUN" or noun.dep_ != "nsubj" or noun.lemma_.lower() not in self.cues.unaimed_response_nouns:
            return
        verb = noun.head
        if not has_child(verb, {"aux"}, self.reader.cues.threat_cues) or self.reader.denied_intent(verb):
            return
        if any(c.lower_ in self.cues.unthreatening_response_words for c in noun.children):
            return  # "the humanitarian response would need funds": no blow to anyone
        if any(t.lemma_.lower() in self.cues.fearing_verbs for t in clause_chain(verb)[1:5]):
            return  # "said it feared that collective punishment would follow": another's response, dreaded
        owners = [c for c in noun.children if c.dep_ == "poss"]
        warners = self.reader._threat(verb) or self._sayers(verb)  # "Katz warned that", "Katz said"
        holders = self._actors([c for c in owners if c.pos_ != "PRON"], with_preps=False) + warners
        holders = [m for m in holders if m.label in SIDES | {"Person"}]
        answers = prep_objects(noun, self.cues.response_preps)
        foes = [m for m in self._actors(answers) if m.label in SIDES and m.key not in {h.key for h in holders}]
        if not foes:
            self._unaimed(holders, verb, answers)
        self.reader.emit_all(holders, "THREATENED", foes, noun, f"foretold-response:{noun.lemma_.lower()}", 0.6)

    def exchanged_fire(self, verb: Token) -> None:
        """ "Hezbollah has exchanged fire with Israel", "Hamas and Fatah traded blows": every side fired at, so
        ATTACKED, every other; "the LNA and the GNU traded accusations": every side OPPOSES every other."""
        if verb.pos_ != "VERB":
            return
        objects = {c.lemma_.lower() for c in verb.children if c.dep_ == "dobj"}
        rel_type = "ATTACKED" if objects & self.cues.exchanged_objects else None
        rel_type = rel_type or ("OPPOSES" if objects & self.cues.exchanged_charges else None)
        if rel_type is None:
            return
        sides = self._sides(subjects_of(verb) + prep_objects(verb, {"with"}))
        self._each_with_each(sides, rel_type, verb, f"exchanged:{verb.lemma_.lower()}", 0.65)

    def allied_against(self, verb: Token) -> None:
        """ "HTS sided with Ahrar al-Sham against the Zenki movement", "the tribes teamed up with the army against
        ISIS", "X and Y united against Z": whoever takes sides (the subjects, and the partner after "with") OPPOSES
        whoever follows "against"."""
        if verb.pos_ != "VERB" or is_passive(verb) or is_unreal(verb) or self.reader.denied_intent(verb):
            return
        foes = self._sides(prep_objects(verb, {"against"}))
        if not foes:
            return
        sides = self._sides(subjects_of(verb) + prep_objects(verb, {"with"}))
        self._opposed(sides, foes, verb, f"allied-against:{verb.lemma_.lower()}")

    def turned_to(self, verb: Token) -> None:
        """ "Burkina Faso's junta has expelled French troops and turned to Russia", "Mali turned to Moscow for
        military support": a side that turns to another (no object of its own: not "turned its guns to X") is its
        ally; a state's government stands for the state ("the Burkinabe junta": Burkina Faso)."""
        if verb.pos_ != "VERB" or is_passive(verb) or is_unreal(verb) or self.reader.denied_intent(verb):
            return
        if has_child(verb, {"dobj", "prt"}):
            return  # "turned the camp over to X", "turned its fire to X": no side taken
        allies = self._sides(prep_objects(verb, self.cues.turned_to_preps))
        sides = [self._state_of(m) or m for m in self._sides(subjects_of(verb))]
        self.reader.emit_all(sides, "ALLIED_WITH", allies, verb, f"turned-to:{verb.lemma_.lower()}", 0.6)

    def supported_in_act(self, verb: Token) -> None:
        """ "Iraqi forces, backed by a US-led coalition, retook Mosul", "government troops, supported by clan militias,
        retook dozens of towns", "the army mounted sweeps, often supported by coalition aircraft": whoever supports
        the ones doing an act of fighting (`supported_acts`) fights beside them."""
        if verb.tag_ != "VBN" or verb.dep_ not in {"acl", "advcl"} or is_unreal(verb):
            return
        act = verb.head
        if act.pos_ == "NOUN" and act.dep_ == "nsubj":  # "Iraqi forces, backed by X, retook Mosul"
            holders, act = [act], act.head
        elif act.pos_ == "NOUN" and act.dep_ == "dobj":  # "the army mounted sweeps, supported by X"
            act = act.head
            holders = subjects_of(act)
        elif act.pos_ == "VERB":  # "the army mounted sweeps, supported by X"
            holders = subjects_of(act)
        else:
            return
        if not self._fighting_act(act):
            return
        supporters = self._principals(self._actors(agents_of(verb), with_preps=False))
        self._beside(holders, supporters, verb, f"supported-in-act:{verb.lemma_.lower()}")

    def with_support_from(self, noun: Token) -> None:
        """ "The US and Britain, with support from Australia and Canada, conducted strikes against X": the ones named
        after the noun of support fight beside the subjects of the act (`supported_acts`)."""
        prep = noun.head
        if noun.pos_ != "NOUN" or noun.dep_ != "pobj" or prep.lower_ != "with":
            return
        act = prep.head
        if act.dep_ in SUBJECTS or (act.dep_ == "conj" and act.head.dep_ in SUBJECTS):  # "the US, with support from X,"
            act = act.head if act.dep_ in SUBJECTS else act.head.head
        if not self._fighting_act(act) or is_unreal(act):
            return
        supporters = self._principals(self._actors(prep_objects(noun, self.cues.supporter_preps), with_preps=False))
        self._beside(subjects_of(act), supporters, noun, f"with-support:{noun.lemma_.lower()}")

    def _fighting_act(self, verb: Token) -> bool:
        """Whether a verb is an act of fighting done by its subjects (`supported_acts`)."""
        words = {verb.lemma_.lower(), verb.lower_}  # "retook": the tagger's lemma is the word itself
        return verb.pos_ == "VERB" and bool(words & self.cues.supported_acts) and not is_passive(verb)

    def _beside(self, holders: list[Token], supporters: list[Mention], cue: Token, method: str) -> None:
        """Each side the holder phrases name (a state for its forces: "Iraqi forces") allied with each supporter."""
        named = self._principals(self._named(holders) + self._actors(holders, False))  # "government troops" too
        sides = list({(s := self._state_of(m) or m).key: s for m in named if m.label in SIDES}.values())
        keys = {m.key for m in sides}
        allies = [m for m in supporters if m.label in SIDES and m.key not in keys]
        self.reader.emit_all(sides, "ALLIED_WITH", allies, cue, method, 0.6)

    def truce_parties(self, noun: Token) -> None:
        """ "Israel and Hamas agreed a ceasefire", "the Houthis and the coalition have observed a truce", "the M23
        signed a truce with Kinshasa": the parties to a truce (the subjects of a verb of `truce_verbs`, and whoever it
        is made "with") are the sides of a fight, each against every other; whoever brokers one is not ("Qatar
        brokered a truce": no such verb)."""
        if noun.pos_ != "NOUN":
            return
        verb = noun.head
        if noun.dep_ == "pobj" and verb.lower_ in self.cues.truce_preps:  # "agreed to a truce"
            verb = verb.head
        elif noun.dep_ != "dobj":
            return
        if verb.pos_ != "VERB" or is_passive(verb) or is_unreal(verb) or self.reader.denied_intent(verb):
            return  # "urged both sides to agree a ceasefire", "refused to sign a truce"
        if self._ends_truce(verb):
            enders = [m for m in self._not_backers(self._named(subjects_of(verb))) if m.label in SIDES | {"Person"}]
            foes = self._sides(prep_objects(noun, {"with"}) + prep_objects(verb, {"with"}))
            self.reader.emit_all(enders, "OPPOSES", foes, noun, f"truce-ended:{noun.lemma_.lower()}", 0.6)
            return
        if verb.lemma_.lower() not in self.cues.truce_verbs:
            return
        others = prep_objects(noun, {"with"}) + prep_objects(verb, {"with"})
        sides = self._sides(subjects_of(verb) + others)
        if len(sides) >= 2 and (others or any(t.dep_ == "cc" for s in subjects_of(verb) for t in s.children)):
            self._each_against_each(sides, noun, f"truce-parties:{noun.lemma_.lower()}")

    def _ends_truce(self, verb: Token) -> bool:
        """Whether a verb ends the truce that is its object: "suspended the ceasefire", "called off the truce"."""
        if verb.lemma_.lower() in self.cues.truce_ending_verbs:
            return True
        return has_child(verb, {"prt"}, self.cues.truce_ending_particles)

    def vowed_attack(self, noun: Token) -> None:
        """ "Al-Shabaab vowed more attacks on Kenya", "the Houthis threatened strikes against US ships", "the emir urged
        followers to carry out attacks on France", "called for attacks on X": an attack vowed, threatened or called
        for (not one warned of, as an embassy warns of attacks) THREATENED its target."""
        verb = self._vowing_verb(noun) if noun.pos_ == "NOUN" else None
        if verb is None or self.reader.denied_intent(verb) or self.reader.denied_intent(noun.head):
            return  # "did not call for attacks on X", "urged them not to carry out attacks on X"
        targets = self._not_backers(self._actors(prep_objects(noun, self.cues.joint_foe_preps)))
        holders = self._actors(subjects_of(verb), with_preps=False)
        holders = [m for m in holders if m.key not in {t.key for t in targets}]
        self.reader.emit_all(holders, "THREATENED", targets, noun, f"vowed:{noun.lemma_.lower()}", 0.6)

    def _vowing_verb(self, noun: Token) -> Token | None:
        """The verb that vows, threatens or calls for the attack a noun names: "vowed more attacks", "vowed to
        continue attacks", "urged followers to carry out attacks", "called for attacks" (None: no such verb)."""
        verb = noun.head
        if noun.dep_ == "pobj" and verb.lower_ in self.cues.inciting_preps:  # "called for attacks on X"
            return verb.head if verb.head.lemma_.lower() in self.cues.inciting_verbs else None
        if noun.dep_ != "dobj":
            return None
        if verb.lemma_.lower() in self.cues.vowing_verbs:
            return verb
        pursued = verb.lemma_.lower() in self.cues.pursuing_verbs | self.reader.cues.perpetration_verbs
        calling = self.cues.vowing_verbs | self.cues.inciting_verbs
        return verb.head if verb.dep_ == "xcomp" and pursued and verb.head.lemma_.lower() in calling else None

    def declared_target(self, noun: Token) -> None:
        """ "Turkey warned that PKK camps in Iraq were legitimate targets", "Al-Shabaab considers Kenyan troops a
        legitimate target": whoever calls someone (or what is theirs) a fair target THREATENED them."""
        marks = self.cues.target_marks
        if noun.pos_ != "NOUN" or not has_child(noun, {"amod"}, marks):
            return
        if noun.dep_ == "attr":  # "X were legitimate targets", said by the subject of the clause above
            marked, clause = [c for c in noun.head.children if c.dep_ == "nsubj"], noun.head
        else:  # "considers X a legitimate target": the noun's own subject, said by the verb's
            marked, clause = [c for c in noun.children if c.dep_ == "nsubj"], noun
        if clause.dep_ not in {"ccomp", "xcomp"} or not marked:
            return
        named = self.reader.index.within(t for m in marked for t in m.subtree)
        named = [m for m in named if m.label in SIDES and self._owns_target(m)]  # not Iraq of "camps in Iraq"
        holders = self._actors(subjects_of(clause.head), with_preps=False)
        targets = [m for m in self._not_backers(named) if m.key not in {h.key for h in holders}]
        self.reader.emit_all(holders, "THREATENED", targets, noun, f"target:{noun.lemma_.lower()}", 0.6)

    def _owns_target(self, mention: Mention) -> bool:
        """Whether a name in a phrase called a target says whose it is: "PKK camps", "camps of the PKK", "camps
        belonging to the PKK and the YPG" (not Iraq of "camps in Iraq", nor Israel of "ships heading to Israel")."""
        word = self.reader.doc[mention.end - 1]
        while word.dep_ == "conj":
            word = word.head
        if word.dep_ != "pobj":
            return True
        prep, cues = word.head, self.cues
        return prep.lower_ == "of" or (
            prep.lower_ in cues.target_owner_preps and prep.head.lemma_.lower() in cues.target_owner_verbs
        )

    def vowed_fate(self, verb: Token) -> None:
        """ "Ruto vowed that al-Shabaab would be crushed", "Israel warned that Hamas would pay a heavy price", "Abiy
        vowed to crush the TPLF", "said Iran would exact a price from Israel", "said X would be held to account": a
        harm only announced (with no one named to do it, or vowed by its doer)
        THREATENED whoever is to suffer it, from whoever announced it."""
        lemma = verb.lemma_.lower()
        if verb.pos_ != "VERB" or (warners := self.reader._threat(verb)) is None or self.reader.denied_intent(verb):
            return  # "said X would not pay any price": no threat
        if lemma in self.cues.price_verbs | self.cues.exacting_verbs:
            if not any(c.dep_ == "dobj" and c.lemma_.lower() in self.cues.price_objects for c in verb.children):
                return
            if lemma in self.cues.exacting_verbs:  # "would exact the price from Iran"
                victims = prep_objects(verb, self.cues.exacting_preps)
            else:
                victims = [c for c in verb.children if c.dep_ == "nsubj"]
        elif lemma in self.cues.accounting_verbs and not self._called_to_account(verb):
            return
        elif has_child(verb, {"auxpass"}) and not prep_objects(verb, {"by"}):
            victims = [c for c in verb.children if c.dep_ == "nsubjpass"]
        elif verb.dep_ == "xcomp" and verb.head.lemma_.lower() in self.cues.vowing_verbs:
            victims = [c for c in verb.children if c.dep_ == "dobj"]  # "Abiy vowed to crush the TPLF"
        else:
            return
        if not warners and (lemma not in self.cues.fate_verbs or lemma in self.cues.said_fate_verbs):
            warners = self._sayers(verb)  # "said Israel would receive its punishment", "said X would be hunted down"
        targets = [m for m in self._not_backers(self._actors(victims)) if m.label in SIDES]
        if not targets and any(self._unnamed_doers(v) for v in victims):  # "vowed that those responsible would pay"
            self._unaimed(warners, verb, [])
        holders = [m for m in warners if m.key not in {t.key for t in targets}]
        self.reader.emit_all(holders, "THREATENED", targets, verb, f"fate:{lemma}", 0.6)

    def _unnamed_doers(self, word: Token) -> bool:
        """Whether a word names the doers of an incident without naming them: "the perpetrators", "the attackers",
        "those responsible", "those behind the attack"."""
        words = [word, *(c for c in word.children if c.dep_ in {"amod", "acl", "prep", "advmod"})]
        return any(w.lemma_.lower() in self.cues.unnamed_doer_words for w in words)

    def _unaimed(self, holders: list[Mention], verb: Token, answers: list[Token]) -> None:
        """Note a response vowed at no one named (not one denied: "said it would not retaliate"), with the incidents
        it answers, for :func:`loaders.unaimed_threats.threats_on_authors`."""
        if holders and not self.reader.denied_intent(verb):
            self.unaimed.append(UnaimedThreat(holders, verb, self.reader.events.events_at(answers)))

    def repelled_attack(self, verb: Token) -> None:
        """ "Kenyan and US forces had repelled it", "their fighters beat back Friday's assault", "the assault was
        repelled by the army": an attack driven back that names no author of its own (the verb's own rules read
        "repelled an attack by X") is noted with the incidents it names, for
        :func:`loaders.repelled_incidents.repellers_against_authors`."""
        if verb.pos_ != "VERB" or is_unreal(verb):
            return
        particles = self.cues.repelling_particles
        particle = verb.lemma_.lower() in self.cues.particle_repelling_verbs
        if particle and not has_child(verb, {"prt", "advmod", "prep"}, particles):  # the parse reads "back" as an
            return  # adverb, "off" as a preposition; not "fought the assault", "the army beat the rebels"
        passive = is_passive(verb)
        attacks = [c for c in verb.children if c.dep_ == ("nsubjpass" if passive else "dobj")]
        attacks += prep_objects(verb, particles) if particle and not passive else []  # "fought off the attack"
        named = [t for t in attacks if t.lower_ == "it" or self.reader.events.is_event_noun(t)]
        nouns = [t for t in named if t.pos_ != "PRON"]
        if not named or len(named) != len(attacks) or self._incident_authors(nouns):
            return  # "repelled the militants", "repelled them", "repelled an attack by X": the foe is named
        holders = self._actors(agents_of(verb) if passive else subjects_of(verb), with_preps=False)
        holders = [m for m in self._principals(holders) if m.label in SIDES]
        if holders:
            self.repelled.append(RepelledIncident(holders, verb, self.reader.events.events_at(named)))

    def _sayers(self, verb: Token) -> list[Mention]:
        """Who says the clause of a verb (the subjects of the nearest reporting verb above it, "X said that ..."): a
        price or a reckoning promised by whoever announces it, as a harm vowed is (not a harm forecast: "analysts
        said X would be defeated")."""
        for head in clause_chain(verb)[1:6]:  # "said X had been given freedom to respond and that Y will pay"
            if head.pos_ == "VERB" and head.lemma_.lower() in self.reader.cues.reporting:
                return self._actors(subjects_of(head), with_preps=False)
        return []

    def plotted_harm(self, word: Token) -> None:
        """ "The United Patriots plotted to kidnap the minister X", "charged Y with plotting to murder X", "Y conspired
        to assassinate X", "Y plotted the kidnapping of X", "Y's plot to kill X", "a plot by Y to kill X", "a plot
        against X by Y", "X, whom Y plotted to kill": whoever plots harm to someone OPPOSES them (not a plot foiled or
        uncovered by others: only a plot noun's possessive or "by" names its plotters)."""
        if word.pos_ == "VERB":
            plotters = subjects_of(word) or gerund_subjects(word) or self._charged_with(word)
            harms = [c for c in word.children if c.dep_ in {"xcomp", "dobj"}]
            harms += [c for c in word.children if c.dep_ == "advcl" and has_child(c, {"aux"}, {"to"})]  # "plotted
            # with Y to kill X"
        elif word.pos_ == "NOUN":
            plotters = [c for c in word.children if c.dep_ == "poss"] + prep_objects(word, {"by"})
            harms = [c for c in word.children if c.dep_ == "acl"]
        else:
            return
        victims = prep_objects(word, {"against"}) + [v for h in harms for v in self._harmed(h)]
        if word.dep_ == "relcl":  # "X, whom Y plotted to kill": X
            victims = [word.head if v.lower_ in self.reader.cues.relative_pronouns else v for v in victims]
        victims = [v for v in victims if self._names_victim(v)]  # not Y of "conspired to attack Y's warehouses"
        method = f"plot:{word.lemma_.lower()}"
        self._opposed(self._actors(plotters, with_preps=False), self._actors(victims, with_preps=False), word, method)

    def _names_victim(self, phrase: Token) -> bool:
        """Whether a phrase harmed names its victim by its head (a name, a pronoun, a title given a name: "the health
        minister, X"), not only in a modifier of a thing harmed ("Y's munitions warehouses")."""
        index = self.reader.index
        return (
            index.at(phrase) is not None
            or phrase.pos_ == "PRON"
            or any(c.dep_ == "appos" and index.at(c) is not None for c in phrase.children)
        )

    @staticmethod
    def _charged_with(gerund: Token) -> list[Token]:
        """Who a gerund after "with" is said of: X of "charged X with plotting", "X was charged with plotting"."""
        prep = gerund.head
        if gerund.dep_ != "pcomp" or prep.lower_ != "with" or prep.head.pos_ != "VERB":
            return []
        return [c for c in prep.head.children if c.dep_ in {"dobj", "nsubjpass"}]

    def _harmed(self, act: Token) -> list[Token]:
        """Whom a plotted act harms: the object of a verb of harm ("to kill X") or the "of" of an incident noun ("the
        kidnapping of X")."""
        if act.pos_ == "VERB":
            lemma = act.lemma_.lower()
            harm = lemma in self.reader.cues.violence_verbs or lemma in self.cues.fate_verbs
            harm = harm or self._hostile_type(act) is not None
            return [c for c in act.children if c.dep_ == "dobj"] if harm else []
        if self.reader.events.is_event_noun(act):
            return prep_objects(act, {"of", "on", "against"})
        return []

    def held_to_account(self, verb: Token) -> None:
        """ "Burundi would hold Kigali responsible for the massacre", "the US will work with allies to hold the group
        accountable", "called on the world to hold Tehran to account": whoever holds a side (or calls for it to be held)
        to account OPPOSES it; the subject of the clause the verb's purpose or complement hangs on where the verb has
        none of its own (not a passive: "would be held to account" is :meth:`vowed_fate`'s)."""
        if verb.pos_ != "VERB" or is_passive(verb) or not self._called_to_account(verb):
            return
        held = [c for c in verb.children if c.dep_ == "dobj"]  # "hold Tehran to account"
        held += [s for c in verb.children if c.dep_ == "ccomp" for s in subjects_of(c)]  # "hold Kigali responsible"
        foes = [capital_state(m) or m for m in self._not_backers(self._named(held))]
        clause, holders = verb, subjects_of(verb)
        while not holders and clause.dep_ in {"xcomp", "advcl"} and clause.head.pos_ == "VERB":
            clause = clause.head
            holders = subjects_of(clause)
        sides = [m for m in self._actors(holders, with_preps=False) if m.label in SIDES | {"Person"}]
        foes = [m for m in foes if m.label in SIDES]
        self.reader.emit_all(sides, "OPPOSES", foes, verb, f"held-to-account:{verb.lemma_.lower()}", 0.6)
        self._account_vowed(sides, foes, verb)

    def _account_vowed(self, sides: list[Mention], foes: list[Mention], verb: Token) -> None:
        """A reckoning only announced ("the US would use all tools to hold Iran responsible", "vowed to hold X to
        account", "will hold the group accountable") THREATENED the side to be held, from whoever holds it and
        whoever says so; not one denied ("would not hold X responsible"), nor one called for ("called on the world
        to hold Tehran to account": the world's to do) or done ("holds Israel responsible")."""
        clauses = [verb]  # "would use all tools to hold X responsible": the purpose of an announced act
        while clauses[-1].dep_ in {"xcomp", "advcl"} and clauses[-1].head.pos_ == "VERB" and len(clauses) < 3:
            clauses.append(clauses[-1].head)
        if all(self.reader._threat(c) is None for c in clauses) or any(self.reader.denied_intent(c) for c in clauses):
            return
        if any(c.lemma_.lower() in self.cues.inciting_verbs for c in clauses) or self._blame_laid(verb):
            return
        holders = sides + [m for m in self._sayers(clauses[-1]) if m.label in SIDES | {"Person"}]
        holders = [m for m in holders if m.key not in {f.key for f in foes}]
        self.reader.emit_all(holders, "THREATENED", foes, verb, f"account-vowed:{verb.lemma_.lower()}", 0.6)

    def _blame_laid(self, verb: Token) -> bool:
        """Whether holding someone to account lays the blame for a deed ("would hold Kigali responsible for the
        massacre": a word of ``blaming_words`` with the deed after one of ``blamed_deed_preps``), a verdict, not a
        reckoning vowed."""
        words = [*verb.children, *(t for p in verb.children if p.dep_ == "prep" for t in p.children)]
        blaming = [t for t in words if t.lemma_.lower() in self.cues.blaming_words]
        return any(prep_objects(t, self.cues.blamed_deed_preps) for t in blaming)

    def _called_to_account(self, verb: Token) -> bool:
        """Whether a verb of `accounting_verbs` calls someone to account: "would be held to account", "will be held
        accountable", "will be brought to justice" (not "talks would be held in Doha")."""
        words = [*verb.children, *(t for p in verb.children if p.dep_ == "prep" for t in p.children)]
        return any(t.lemma_.lower() in self.cues.accounting_words and t.dep_ != "dobj" for t in words)

    def ultimatum(self, verb: Token) -> None:
        """ "Godane warned of further attacks if Kenyan forces did not withdraw", "Cherizier warned that if Henry did
        not step down, there would be civil war", "X threatened to strike unless Y withdrew", "warned that its forces
        would strike if the PKK is not removed": a warning on a condition denied (or "unless") THREATENED whoever the
        condition's subject names (a side, or a person; the passive subject only of a verb of driving out), from the
        warner."""
        if verb.pos_ != "VERB" or verb.dep_ == "xcomp":
            return
        clauses = [verb, *(c for c in verb.children if c.dep_ in {"ccomp", "xcomp"})]
        conditions = [c for v in clauses for c in v.children if c.dep_ == "advcl" and self._denied_condition(c)]
        if not conditions:
            return
        own = [s for c in conditions for s in c.children if s.dep_ == "nsubj"]  # not "if X is not paid" (by whom?)
        own += [  # "if the PKK is not removed": the one to be driven out is warned
            s
            for c in conditions
            if c.lemma_.lower() in self.cues.ousted_condition_verbs
            for s in c.children
            if s.dep_ == "nsubjpass"
        ]
        targets = self._principals(self._named(own))
        targets = [m for m in targets if m.label in SIDES | {"Person"}]
        warners = [
            m for m in self._actors(subjects_of(verb), with_preps=False) if m.key not in {t.key for t in targets}
        ]
        self.reader.emit_all(warners, "THREATENED", targets, verb, f"ultimatum:{verb.lemma_.lower()}", 0.6)

    def attacks_until(self, verb: Token) -> None:
        """ "X said its attacks would continue until US forces left Iraq", "vowed to keep up the offensive until the
        rebels are wiped out": attacks announced to go on until a side yields THREATENED that side (the subject of the
        clause "until" leads), from whoever announced them; attacks kept up against a side are hostility as well (as
        in :meth:`persistent_attacks`), so the announcer OPPOSES it too."""
        if verb.pos_ != "VERB" or (warners := self.reader._threat(verb)) is None or self.reader.denied_intent(verb):
            return
        if not self._carries_on_attacks(verb):
            return
        clauses = [c for c in verb.children if c.dep_ == "advcl" and self._marked(c, self.cues.until_marks)]
        yielding = [s for c in clauses for s in c.children if s.dep_ in {"nsubj", "nsubjpass"}]
        targets = [m for m in self._principals(self._named(yielding)) if m.label in SIDES]
        holders = warners or self._sayers(verb)
        holders = [m for m in holders if m.key not in {t.key for t in targets}]
        self.reader.emit_all(holders, "THREATENED", targets, verb, f"until:{verb.lemma_.lower()}", 0.6)
        self._opposed(holders, targets, verb, f"attacks-until:{verb.lemma_.lower()}")

    def _carries_on_attacks(self, verb: Token) -> bool:
        """Whether a verb of going on has an attack or a fight for its subject or object ("its attacks would
        continue", "would continue its attacks", "the operation would continue")."""
        acts = self.reader.events.incident_words | self.cues.campaign_nouns | self.cues.joint_act_nouns
        held = [c for c in verb.children if c.dep_ in {"nsubj", "dobj"} and c.pos_ == "NOUN"]
        return any(c.lemma_.lower() in acts or c.lower_ in acts for c in held)

    @staticmethod
    def _marked(clause: Token, marks: frozenset[str]) -> bool:
        """Whether a clause is led by one of the words: "until US forces leave"."""
        return has_child(clause, {"mark"}, marks)

    def _denied_condition(self, clause: Token) -> bool:
        """Whether a clause is a condition the warned must meet: "unless Y withdraws", "if Y does not withdraw"."""
        marks = {c.lower_ for c in clause.children if c.dep_ == "mark"} & self.cues.ultimatum_marks
        denied = has_child(clause, {"neg"})
        return "unless" in marks or ("if" in marks and denied)

    def response_to_attack(self, verb: Token) -> None:
        """ "Iran warned that it would respond to any Israeli attack", "Hamas vowed to avenge the killing of its
        leader by Israel": a response only announced to an incident THREATENED whoever the incident's demonym,
        possessive or "by" phrase names as its author."""
        if verb.pos_ != "VERB" or (warners := self.reader._threat(verb)) is None:
            return
        incidents = [c for c in verb.children if c.dep_ == "dobj"] + prep_objects(verb, self.cues.responded_preps)
        authors = self._incident_authors(incidents)
        holders = self._actors(subjects_of(verb), with_preps=False) + warners
        if not authors and not self._actors(incidents):  # "Pakistan will respond", "vowed to retaliate for the attack"
            self._unaimed(holders, verb, incidents)
        holders = [m for m in holders if m.key not in {a.key for a in authors}]
        self.reader.emit_all(holders, "THREATENED", authors, verb, f"response-to:{verb.lemma_.lower()}", 0.6)

    def in_condition(self, verb: Token) -> bool:
        """Whether an act is the condition an announced threat is set on, not the threat: Israel's attack of "Hezbollah
        warned that if Israel attacks Lebanon, it will respond" (a clause led by one of ``condition_marks`` between the
        act and the verb of threat above it), which neither Israel nor Hezbollah threatened."""
        for token in clause_chain(verb):
            if token.dep_ == "advcl" and self._marked(token, self.cues.condition_marks):
                return True
            if token.i != verb.i and token.pos_ == "VERB" and token.lemma_.lower() in self.reader.cues.threat_cues:
                return False
        return False

    def threatened_if(self, verb: Token) -> None:
        """ "Hezbollah will fight without limits if Israel wages war on Lebanon", "Ruto warned that Kenya would respond
        with force if al-Shabaab crossed the border": a response or a fight only announced, on a condition set on a
        side (the active subject of the conditional clause; not "if the PKK is not removed", by whom?), THREATENED that
        side, from whoever announces it; not one whose object names a side ("would strike Iran if ..."), the verb's own
        threat."""
        if verb.pos_ != "VERB" or is_passive(verb) or (warners := self.reader._threat(verb)) is None:
            return
        if self.reader.denied_intent(verb) or self._sides([c for c in verb.children if c.dep_ == "dobj"]):
            return
        marks = self.cues.condition_marks
        conditions = [c for c in verb.children if c.dep_ == "advcl" and self._marked(c, marks)]
        foes = self._sides([s for c in conditions for s in c.children if s.dep_ == "nsubj"])  # not "if X is removed"
        holders = self._actors(subjects_of(verb), with_preps=False) + (warners or self._sayers(verb))
        holders = [m for m in holders if m.label in SIDES | {"Person"} and m.key not in {f.key for f in foes}]
        self.reader.emit_all(holders, "THREATENED", foes, verb, f"threat-if:{verb.lemma_.lower()}", 0.6)

    def _incident_authors(self, nouns: list[Token]) -> list[Mention]:
        """The sides that the incidents among the nouns name as their authors, by a demonym, a possessive or a "by"
        phrase: "any Israeli attack", "Israel's strike", "the killing of X by Israel"."""
        incidents = [n for n in nouns if self.reader.events.is_event_noun(n)]
        named = [c for n in incidents for c in n.lefts if c.dep_ in MODIFIERS | {"poss"}]
        named += [t for n in incidents for t in prep_objects(n, {"by"})]
        return [m for m in self._not_backers(self._actors(named, with_preps=False)) if m.label in SIDES]

    def answered_with_force(self, verb: Token) -> None:
        """ "Salami said any Israeli attack on Iran would be met with a counter-attack", "X warned that attacks by Y
        will be met with force": an incident announced to be answered by force THREATENED its author, from whoever
        announced it."""
        if verb.pos_ != "VERB" or not is_passive(verb) or (warners := self.reader._threat(verb)) is None:
            return
        answers = [t for t in prep_objects(verb, {"with"}) if t.lemma_.lower() in self.cues.answering_nouns]
        if not answers or self.reader.denied_intent(verb):
            return
        authors = self._incident_authors([c for c in verb.children if c.dep_ == "nsubjpass"])
        holders = [m for m in warners or self._sayers(verb) if m.key not in {a.key for a in authors}]
        self.reader.emit_all(holders, "THREATENED", authors, verb, f"answered:{verb.lemma_.lower()}", 0.6)

    def not_left_unanswered(self, word: Token) -> None:
        """ "Raisi said the crime will not go unanswered", "Israel warned that the Iranian attack would not go
        unpunished": a deed announced not to go without an answer (a verb of `unanswered_verbs`, denied and only
        announced, with one of `unanswered_words`) THREATENED its author, named on the deed by a demonym, a possessive
        or a "by" phrase, else the author of the incident the deed names (or of the page's own), from whoever
        announced it; not a deed told to have gone unpunished."""
        verb = word.head
        if word.dep_ not in {"acomp", "oprd", "xcomp"} or verb.lemma_.lower() not in self.cues.unanswered_verbs:
            return
        if not has_child(verb, {"neg"}) or (warners := self.reader._threat(verb)) is None:
            return
        announcer = next((h for h in clause_chain(verb)[1:] if h.pos_ == "VERB"), None)
        if announcer is None:
            return
        deeds = [c for c in verb.children if c.dep_ == "nsubj"]
        authors = self._incident_authors(deeds)
        holders = [m for m in warners or self._sayers(verb) if m.key not in {a.key for a in authors}]
        if holders and not authors and not self._actors(deeds):  # "the crime will not go unanswered"
            self.unaimed.append(UnaimedThreat(holders, announcer, self.reader.events.events_at(deeds)))
        certainty = self.reader.certainty(announcer)  # the denial denies the deed's impunity, not the threat
        self.reader.emit_all(holders, "THREATENED", authors, word, f"unanswered:{word.lower_}", 0.6, certainty)

    def reserved_right(self, noun: Token) -> bool:
        """Whether a noun is a right reserved (`reserved_nouns`, the object of one of `reserving_verbs`): "right" of
        "Iran reserves the right to respond", whose act is only announced."""
        verb = noun.head
        return (
            noun.dep_ == "dobj"
            and noun.lemma_.lower() in self.cues.reserved_nouns
            and verb.pos_ == "VERB"
            and verb.lemma_.lower() in self.cues.reserving_verbs
        )

    def carried_out_attack(self, noun: Token) -> None:
        """ "JNIM carried out deadly attacks on Malian troops", "the TTP claimed responsibility for attacks against
        the police", "an attack launched by the Houthis against US ships": whoever carried out an attack whose noun
        names no author ATTACKED its targets (the noun's own author is :mod:`loaders.extract`'s)."""
        doers = self._perpetrators(noun) if noun.pos_ == "NOUN" else []
        if not doers or self.reader.attackers(noun):
            return
        said = [m for t in doers for m in spoken_for(t, self.reader.index) or self._actors([t], False)]
        authors = [m for m in self._not_backers(said) if m.label != "Location"]  # a spokesman's claim: his group's
        places, targets, _ = self.reader.events.anchors(noun)
        aimed_at = self.reader._aimed_at(noun)
        victims = targets + [m for m in places if m.key in aimed_at]
        victims = [m for m in self._not_backers(victims) if m.key not in {a.key for a in authors}]
        self.reader.emit_all(authors, "ATTACKED", victims, noun, f"carried-out:{noun.lemma_.lower()}", 0.6)

    def joint_authors(self, noun: Token) -> None:
        """ "Retaliatory strikes by the United States and Britain", "a joint offensive by Chad and Niger": states
        coordinated as the authors of one attack are allies, and so are any sides of a "joint" one (not armed groups
        of "attacks by JNIM and ISGS", often rivals)."""
        if noun.pos_ != "NOUN":
            return
        sides = self._sides(prep_objects(noun, {"by"}))
        if not any(c.lower_ in joint_words() for c in noun.lefts) and any(m.label != "Country" for m in sides):
            return
        self._each_with_each(sides, "ALLIED_WITH", noun, f"joint-authors:{noun.lemma_.lower()}")

    def _perpetrators(self, noun: Token) -> list[Token]:
        """Who a perpetration verb says carried out the attack, where :meth:`DocReader.blame` gives no target: the
        subject of "claimed responsibility for attacks" and of "carried out some of the attacks", the "by" phrase
        of "the attack was staged by X" or of "an attack on X launched by Y", the subject of a verb that keeps attacks
        going ("kept up strikes on X")."""
        verbs = self.reader.cues.perpetration_verbs
        head = noun
        while head.dep_ == "conj" and head.head.i != head.i:  # "the 2017 attack ... and several attacks on troops"
            head = head.head
        verb = head.head
        if head.dep_ == "pobj" and verb.lower_ == "of" and verb.head.dep_ == "dobj":  # "carried out some of them"
            verb = verb.head.head
            return subjects_of(verb) if verb.lemma_.lower() in verbs and not is_passive(verb) else []
        if head.dep_ == "pobj" and verb.lower_ == "for" and verb.head.lemma_.lower() == "responsibility":
            claim = verb.head.head
            return subjects_of(claim) if claim.lemma_.lower() in verbs and not is_passive(claim) else []
        if head.dep_ == "nsubjpass" and verb.lemma_.lower() in verbs:
            return agents_of(verb)
        if head.dep_ == "pobj" and verb.lower_ in self.cues.response_means_preps:  # "retaliated with strikes on X"
            return self._responders(verb.head)
        if head.dep_ == "dobj" and verb.lemma_.lower() in unreal_cues().keeping_words:
            if is_passive(verb) or is_unreal(verb):  # "urged followers to continue attacks on X": nothing done
                return []
            return subjects_of(verb)  # "Turkey has kept up drone strikes on X": a campaign, still its doer's
        return [a for v in head.children if v.dep_ == "acl" and v.lemma_.lower() in verbs for a in agents_of(v)]

    def _responders(self, verb: Token) -> list[Token]:
        """Who answered with the attack a verb of response names after "with": the subject of "Israel retaliated
        with strikes on X" (not of a response only announced: "Iran would respond with strikes on X")."""
        if verb.lemma_.lower() not in self.cues.response_verbs or is_passive(verb) or is_unreal(verb):
            return []
        return subjects_of(verb) if self.reader._threat(verb) is None else []

    def weapons_aimed(self, verb: Token) -> None:
        """ "The Houthis launched missiles and drones aimed at Israel", "fired 37 drones targeting US warships": who
        launched or fired what is aimed at someone ATTACKED them (THREATENED, when it was only announced)."""
        if verb.dep_ != "acl" or verb.tag_ not in {"VBN", "VBG"}:
            return
        weapons = verb.head
        while weapons.dep_ == "conj" and weapons.head.i != weapons.i:  # "missiles and drones aimed at"
            weapons = weapons.head
        launch = weapons.head
        if weapons.dep_ != "dobj" or self._hostile_type(launch) != "ATTACKED":
            return
        aims = [c for c in verb.children if c.dep_ == "dobj"] + prep_objects(verb, self.cues.aim_preps)
        attackers = self._not_backers(self._actors(subjects_of(launch), with_preps=False))
        hit = self._not_backers(self._actors(aims))
        warners = self.reader._threat(launch)  # "threatened to launch missiles aimed at Israel"
        if warners is not None and self.reader.denied_intent(launch):
            return  # "vowed never to fire missiles aimed at Israel"
        rel_type = "ATTACKED" if warners is None else "THREATENED"
        self.reader.emit_all(attackers + (warners or []), rel_type, hit, verb, f"aimed:{verb.lemma_.lower()}", 0.6)

    def under_attack(self, noun: Token) -> None:
        """ "The convoy came under attack from JNIM": the "from" phrase ATTACKED the subject."""
        if noun.lower_ not in self.cues.under_attack_nouns or noun.dep_ != "pobj" or noun.head.lower_ != "under":
            return
        verb = noun.head.head
        if verb.lemma_.lower() not in self.cues.under_attack_verbs:
            return
        attackers = self._actors(
            prep_objects(noun, self.cues.attacker_preps) + prep_objects(verb, self.cues.attacker_preps), False
        )
        hit = self._actors(subjects_of(verb), with_preps=True)
        self.reader.emit_all(self._not_backers(attackers), "ATTACKED", hit, noun, "under-attack", 0.65)

    def sides_between(self, cue: Token) -> None:
        """ "Fighting between the Sudanese army and the RSF broke out" (a mutual word the parser reads as a verb),
        "clashes between Hamas and Fatah" (a noun of OPPOSES with ``symmetric_between`` in the cue file's
        ``nouns``), "the feud between Hamas and Fatah", "enmity between X and Y" (a noun of rivalry, between states
        or groups): every side named after "between" against every other."""
        if is_conditional(cue):
            return  # "in the event of a war between X and Y": a fight only supposed
        lemma = cue.lemma_.lower()
        if cue.pos_ == "VERB" and lemma in self.reader.cues.mutual:
            named = self._named(prep_objects(cue, self.cues.between_preps))
            sides, method, confidence = self._with_sides_by_people(cue, named), f"between:{lemma}", 0.65
        elif cue.pos_ == "NOUN" and lemma in self.cues.rivalry_nouns:
            sides = [m for m in self._named(prep_objects(cue, self.cues.between_preps)) if m.label in SIDES]
            method, confidence = f"rivals:{lemma}", 0.6
        elif (sides := self._sides_of_noun(cue)) is not None:
            for a in sides:  # each mention as the relational nouns read it: "a struggle between X and Y"
                for b in sides:
                    if a is not b:
                        self.reader.emit(a, "OPPOSES", b, cue, f"noun:{lemma}", 0.7)
            return
        else:
            return
        self._each_with_each(sides, "OPPOSES", cue, method, confidence)

    def _sides_of_noun(self, noun: Token) -> list[Mention] | None:
        """The two or more sides a noun of OPPOSES names after "between", and in the prepositions of its cue (of
        the verb too when the noun is its object, "waged a war with X between ...", or its subject, "clashes erupted
        between X and Y"); None for fewer, or for a noun in a name."""
        cue = _between_cue(self.reader, noun.lemma_.lower())
        if cue is None or noun.pos_ not in {"NOUN", "PROPN"} or self.reader.index.at(noun) is not None:
            return None
        verb = noun.head if noun.dep_ in {"dobj", "nsubj"} else None
        preps = cue.preps | self.cues.between_preps
        sides = self._actors(prep_objects(noun, preps) + (prep_objects(verb, preps) if verb else []))
        sides = self._with_sides_by_people(noun, sides)
        between = self.cues.between_preps
        if len(sides) < 2 or not any(c.lower_ in between for t in (noun, verb) if t is not None for c in t.children):
            return None
        return sides

    def _with_sides_by_people(self, cue: Token, sides: list[Mention]) -> list[Mention]:
        """The sides a fight's "between" names, with those it names by their people or parts ("clashes between X and
        supporters of Y", "gunfights between X and factions of Y", "fighting between X and forces loyal to Y": Y), the
        parser's conjunct of the cue itself too ("Fighting between X and forces loyal to Y", "forces" read as a
        conjunct of "Fighting")."""
        between = [c for c in cue.children if c.lower_ in self.cues.between_preps]
        if not between:
            return sides
        objects = [h for t in prep_objects(cue, self.cues.between_preps) for h in conjuncts(t)]
        objects += [c for c in cue.children if c.dep_ == "conj" and c.i > between[0].i]  # hung on the cue
        by_people = [side for head in objects if (side := self._side_by_people(head)) is not None]
        if not by_people:
            return sides
        found = list(sides)
        for side in [*(m for head in objects if (m := self.reader.index.at(head)) is not None), *by_people]:
            if all(side.key != m.key for m in found):
                found.append(side)
        return found

    def _side_by_people(self, head: Token) -> Mention | None:
        """The body or person a plural of ``between_side_nouns`` names by its "of" ("supporters of Y", "factions of
        the PMF"), or the leader or group followers are loyal to ("forces loyal to Y"); None for a named head or any
        other phrase."""
        index = self.reader.index
        if index.at(head) is not None or head.tag_ not in PLURAL_TAGS:
            return None
        if (followed := fighters_referred(head, index)) is not None:
            return followed
        if head.lower_ not in self.cues.between_side_nouns:
            return None
        owner = _named_after(head, {"of"}, index)  # "factions of the PMF"
        return owner if owner is not None and owner.label in {"Organization", "Person"} else None

    def fought_each_other(self, verb: Token) -> None:
        """ "Hamas and Fatah clashed in Gaza": sides coordinated as the subject of a verb of fighting each other
        ("clash", "skirmish", not "fight": "the US and Britain fought in Iraq") with no one else to fight set every
        side against every other."""
        if verb.pos_ != "VERB" or is_passive(verb):
            return
        if any(c.dep_ in {"dobj", "dative"} or c.lower_ in self.cues.third_side_preps for c in verb.children):
            return  # "X and Y fought Z", "X and Y clashed with Z"
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        sides = self._sides(subjects) or [m for t in subjects for m in self._the_two(t) if m.label in SIDES]
        self._each_with_each(sides, "OPPOSES", verb, f"fought-each-other:{verb.lemma_.lower()}")

    def _the_two(self, subject: Token) -> list[Mention]:
        """The two actors "the two" or "the two men" stands for: the last two persons, bodies or states named before it
        in its sentence, both of one label ("Hemedti was Burhan's deputy until the two fell out": Hemedti and Burhan);
        none when the last two differ in label, or for any other phrase."""
        number = subject if subject.lower_ in self.cues.pair_words else None
        if number is None and subject.pos_ == "NOUN" and subject.tag_ in PLURAL_TAGS:
            numbers = [c for c in subject.children if c.dep_ == "nummod" and c.lower_ in self.cues.pair_words]
            number = numbers[0] if numbers else None  # "the two men"
        if number is None or not has_child(subject, {"det"}, {"the"}):
            return []
        labels = {"Person"} if subject.lower_ in self.cues.pair_person_nouns else SIDES | {"Person"}  # "the two men"
        before = [
            m
            for m in self.reader.index.mentions
            if subject.sent.start <= m.start and m.end <= number.i and m.label in labels
        ]
        keys = list(dict.fromkeys(m.key for m in reversed(before)))[:2]
        last = [next(m for m in reversed(before) if m.key == key) for key in keys]
        return last if len(last) == 2 and last[0].label == last[1].label else []

    def breakaway(self, noun: Token) -> None:
        """ "The PLA has been fighting for secession from India", "the BLA's struggle for independence from
        Pakistan": who fights for a break from a state opposes it."""
        if noun.pos_ != "NOUN" or noun.dep_ != "pobj" or noun.head.lower_ != "for":
            return
        fight = noun.head.head
        if fight.lemma_.lower() not in self.reader.cues.mutual | self.cues.fighting_participles:
            return
        if fight.pos_ == "VERB":
            holders = [fight.head] if fight.dep_ == "acl" else subjects_of(fight)
            fighters = self._actors(holders, with_preps=False)
        else:
            fighters = [m for c in fight.children if c.dep_ == "poss" for m in actors_of(c, self.reader.index, False)]
        states = [m for m in self._actors(prep_objects(noun, self.cues.breakaway_preps)) if m.label in SIDES]
        self.reader.emit_all(fighters, "OPPOSES", states, noun, f"breakaway:{noun.lemma_.lower()}", 0.6)

    def named_allies(self, noun: Token) -> None:
        """ "Russia and its allies Belarus and Syria", "Israel's partner, the US", "Hamas ally Hezbollah", "Iran's
        allies include A and B", "X, Assad's ally alongside Iran": the owner and the named allies; "Russia and Iran
        are close allies": every subject and every other."""
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in self.cues.ally_nouns:
            return
        index, doc = self.reader.index, self.reader.doc
        owners = [m for c in noun.children if c.dep_ == "poss" for m in actors_of(c, index, False)]
        named = [index.at(x) for c in noun.children if c.dep_ == "appos" for x in conjuncts(c)]
        if noun.dep_ == "nsubj" and noun.head.lemma_.lower() in coalition_cues().listing_verbs:  # "its allies include"
            named += [index.at(x) for c in noun.head.children if c.dep_ == "dobj" for x in conjuncts(c)]
        before = index.at(doc[noun.i - 1]) if noun.i > 0 else None
        after = index.at(doc[noun.i + 1]) if noun.i + 1 < len(doc) else None
        demonym = noun.i > 0 and doc[noun.i - 1].pos_ == "ADJ"  # "its Lebanese ally Hezbollah": Lebanon no owner
        if before is not None and after is not None and noun.tag_ == "NN" and not demonym:  # "the US ally Israel"
            owners, named = [before], [after]
        if not owners and not named and noun.tag_ == "NN":  # "X, a Hamas ally": the owner named as a compound
            owners = [m for c in noun.children if c.dep_ == "compound" for m in [index.at(c)] if m is not None]
        if not owners and not named:  # "the UK works with partners including the US": the subject's partners
            owners, named = self._partners_listed(noun)
        if owners and not named:  # "Israel's ally the US": the parser leaves the ally unattached
            named = self._named_right_after(noun) or self._seated(noun)
        described = self._described(noun) if owners and not named else []
        sides = SIDES | {"Person"} if described else SIDES  # "Igor Petrov, a Putin ally": people have allies too
        allies = [m for m in named + described if m is not None and m.label in sides]
        if allies:  # "Russia, Assad's main ally alongside Iran": Iran is his ally too
            allies += self._sides(prep_objects(noun, self.cues.side_by_side_preps))
        owners = [m for m in owners if m.label in sides]
        self.reader.emit_all(owners, "ALLIED_WITH", allies, noun, f"allies:{noun.lemma_.lower()}", 0.65)
        if not owners and not named:
            self.called_each_other(noun)

    def named_foes(self, noun: Token) -> None:
        """ "Its main rival is the PCC", "Barrio 18, its principal rival, ...", "the army and its rival, the RSF",
        "Hezbollah's enemy Israel": a rivalry goes both ways, so the owner before a noun of foes and the foe it names
        (in apposition, or across "is") oppose each other ("X, a rival of Y" is the relational nouns', one way). A
        pronoun owner counts only where no other actor of the same label is named between the one it stands for and
        it ("X is aligned with Y, while Z is linked to W, its rival": whose rival is unclear)."""
        if noun.pos_ != "NOUN" or noun.tag_ != "NN":
            return  # "ISIS and al-Qaeda are bitter rivals" is :meth:`called_each_other`'s
        named = [c for c in noun.children if c.dep_ == "appos"]
        if noun.dep_ == "appos":  # "Barrio 18, its principal rival"
            named.append(noun.head)
        elif noun.dep_ in {"attr", "nsubj"} and noun.head.lemma_.lower() == "be":  # "X is its rival", "its rival is X"
            named += [c for c in noun.head.children if c.dep_ in {"nsubj", "attr"} and c.i != noun.i]
        foes = self._principals(self._named(named))
        owners = [m for c in noun.children if c.dep_ == "poss" for m in self._clear_owner(c, foes)]
        owners = self._principals(owners)
        if owners and foes:
            self._each_against_each([m for m in owners + foes if m.label in SIDES | {"Person"}], noun, "rivals:foe")

    def rival_before_name(self, word: Token) -> None:
        """ "Hamas and its rival Fatah", "an insurgency by Boko Haram and its rival ISWAP": a word of foes the parser
        reads as an adjective, after a possessive and right before a name, sets the owner and the one named against
        each other (the noun is :meth:`named_foes`')."""
        doc = word.doc
        if word.pos_ != "ADJ" or word.i == 0 or doc[word.i - 1].dep_ != "poss":
            return
        foes = self._principals([m for m in self._named_right_after(word) if m is not None])
        owners = self._principals(self._clear_owner(doc[word.i - 1], foes))
        if owners and foes:
            self._each_against_each([m for m in owners + foes if m.label in SIDES | {"Person"}], word, "rivals:foe")

    def rival_of_the_one_before(self, word: Token) -> None:
        """ "Inmates of the Barrio 18 gang broke into a wing of the rival MS-13", "Hamas seized Gaza from the rival
        Fatah faction": a word of foes after "the" and right before a group's name, with no owner, sets that group
        and the last group of ``rival_kinds`` named before it in the sentence against each other."""
        doc = word.doc
        if (word.pos_ == "NOUN" and word.dep_ not in MODIFIERS) or word.i == 0 or doc[word.i - 1].lower_ != "the":
            return
        foes = [m for m in self._named_right_after(word) if m is not None]
        if len(foes) != 1 or not (self._rival_kind(foes[0]) or kind_unread(foes[0])):
            return  # "the rival Mara Salvatrucha": the word itself says what a body the page does not know is
        sentence = word.sent
        before = [
            m
            for m in self.reader.index.mentions
            if sentence.start <= m.start and m.end < word.i and self._rival_kind(m) and m.key != foes[0].key
        ]
        if before:
            self._each_against_each([before[-1], foes[0]], word, f"rival-of-last:{word.lemma_.lower()}")

    def _rival_kind(self, mention: Mention) -> bool:
        """Whether an actor is a group that can be called another group's rival (``rival_kinds``)."""
        return mention.label == "Organization" and mention.kind in self.cues.rival_kinds

    def rivals_listed(self, word: Token) -> None:
        """ "The rival federations, the G9 and the G-Pep", "the rival gangs MS-13 and Barrio 18", "clashes between
        rival groups, including A and B": a word of foes before a plural noun whose own names (set beside it, or
        listed after "including") are two or more sets each named against the others."""
        noun = word.head
        if word.dep_ not in {"amod", "compound"} or noun.tag_ not in PLURAL_TAGS or noun.i < word.i:
            return
        if has_child(noun, {"poss"}) or prep_objects(noun, {"of"}):
            return  # "Hamas's rival factions", "rival factions of the army": someone else's
        listed = [c for c in noun.children if c.dep_ in {"appos", "conj"} and c.i > noun.i]
        listed += [o for c in noun.children if c.dep_ == "prep" for o in example_objects(self.reader, c)]
        sides = [m for m in self._principals(self._named(listed)) if m.label in SIDES]
        if len({m.key for m in sides}) >= 2:
            self._each_against_each(sides, word, f"rivals-listed:{word.lemma_.lower()}")

    def _clear_owner(self, owner: Token, foes: list[Mention] = ()) -> list[Mention]:
        """The actor a possessive names: its own name, or the one a pronoun stands for when no other actor of its
        label or side (a body after a state: "Washington designated Barrio 18, alongside its rival MS-13"), nor any
        other subject ("the army has sought ..., while its rival"), comes between the two. The foes the noun names
        are no such actor (no one is its own rival: "X blamed Y, its main rival"), nor is a subject inside a clause
        that describes the one the pronoun stands for ("X, the group that made Gwoza its base, and its rival Y")."""
        index = self.reader.index
        if owner.pos_ != "PRON":
            return actors_of(owner, index, False)
        ante = index.antecedent(owner)
        if ante is None:
            return []
        named = {m.key for m in foes} - {ante.key}
        between = [
            m
            for m in index.mentions
            if ante.end <= m.start and m.end <= owner.i and m.label in {ante.label, *SIDES} and m.key not in named
        ]
        if any(m.key != ante.key for m in between):
            return []
        described = self._describing_clauses(ante)
        subjects = [
            t
            for t in owner.doc[ante.end : owner.i]
            if t.dep_ in SUBJECTS and t.pos_ in {"NOUN", "PROPN"} and not any(t in c.subtree for c in described)
        ]
        return [] if any(index.at(t) is None or index.at(t).key != ante.key for t in subjects) else [ante]

    def _describing_clauses(self, mention: Mention) -> list[Token]:
        """The relative clauses of a mention's head and of the nouns set in apposition to it: "X, the group that
        once made Gwoza its base" (the clause of "made")."""
        head = self.reader.doc[mention.end - 1]
        nouns = [head, *(c for c in head.children if c.dep_ == "appos")]
        return [c for n in nouns for c in n.children if c.dep_ == "relcl"]

    def _partners_listed(self, noun: Token) -> tuple[list[Mention], list[Mention]]:
        """The subjects of the verb whose "with" a plural noun of allies with no owner follows, and the examples named
        after it: "the UK works closely with international partners, including the US and France", "X cooperates with
        allies such as Y" (the subjects and the examples are allies); else none."""
        verb, reader = noun.head.head, self.reader
        if noun.tag_ != "NNS" or noun.dep_ != "pobj" or noun.head.lower_ != "with" or verb.pos_ != "VERB":
            return [], []
        examples = [o for c in noun.children if c.dep_ == "prep" for o in example_objects(reader, c)]
        if not examples:
            return [], []
        subjects = [m for s in subjects_of(verb) for m in actors_of(s, reader.index, with_preps=False)]
        return subjects, self._named(examples)

    def _named_right_after(self, noun: Token) -> list[Mention | None]:
        """The actors named right after a noun, past a "the" and with their conjuncts: "its ally the US and Britain"."""
        doc, index = self.reader.doc, self.reader.index
        start = noun.i + 1
        if start < len(doc) and doc[start].lower_ == "the" and index.at(doc[start]) is None:
            start += 1
        if start >= len(doc) or index.at(doc[start]) is None:
            return []
        return [index.at(x) for x in conjuncts(doc[start])]

    def _seated(self, noun: Token) -> list[Mention | None]:
        """The states named by their seats after a noun of allies: "its allies in Moscow and Beijing" (Russia and
        China); a place that is no known state's seat names no ally ("its allies in the region")."""
        places = [self.reader.index.at(x) for p in prep_objects(noun, self.cues.ally_seat_preps) for x in conjuncts(p)]
        return [state_of_place(self.reader, m) for m in places if m is not None]

    def _described(self, noun: Token) -> list[Mention | None]:
        """The actor a noun is in apposition to, also as the second of two: "X, a Hamas ally", "X, the mayor of Y and
        a Hamas ally", and "X, the leader of Y and Hezbollah's closest ally", where the parser joins the ally to Y; one
        of several allies too ("X, one of Y's closest allies", "X, a former minister and one of Y's allies")."""
        head = one_of(noun) or noun
        while head.dep_ == "conj":
            head = head.head
        if head.i != noun.i and head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.dep_ == "appos":
            if any(c.dep_ == "poss" and c.pos_ != "PROPN" for c in noun.children):
                return []  # "the leader of Amal and the Shia movement's ally": whose ally is a guess
            head = head.head.head
        return [self.reader.index.at(head.head)] if head.dep_ == "appos" else []

    def called_each_other(self, noun: Token) -> None:
        """ "Russia and Iran are close allies", "ISIS and al-Qaeda are bitter rivals": a plural noun of allies or of
        foes after "is", with the sides coordinated as its subject and no owner, links every side with every other."""
        lemma = noun.lemma_.lower()
        rel_type = "ALLIED_WITH" if lemma in self.cues.ally_nouns else "OPPOSES" if lemma in self.cues.foe_nouns else ""
        if not rel_type or noun.pos_ != "NOUN" or noun.dep_ != "attr" or noun.tag_ != "NNS":
            return
        if has_child(noun, {"poss"}) or prep_objects(noun, {"of"}):
            return  # "X and Y are Iran's allies", "rivals of Z": someone else's
        self._each_with_each(self._sides(subjects_of(noun.head)), rel_type, noun, f"called-each-other:{lemma}", 0.65)

    def coalition_members(self, noun: Token) -> None:
        """ "A coalition of Saudi Arabia, the UAE and Bahrain", "an alliance between X and Y", "X and Y formed an
        alliance", "X and Y signed a security agreement", "X belongs to an alliance that includes A and B": every
        member is allied with every other; "Britain joined the US-led coalition": the one that leads it is allied with
        every member."""
        if noun.pos_ not in {"NOUN", "PROPN"} or not (
            noun.lemma_.lower() in self.cues.coalition_nouns or self._pact(noun)
        ):
            return
        named, leaders = self.reader.index.at(noun), self._coalition_leaders(noun)
        if named is not None and not leaders and not named.text.islower():
            return  # the noun of a name: "the Alliance of Sahel States"
        members = [m for m in self._actors(prep_objects(noun, self.cues.coalition_preps)) if m.label in SIDES]
        verb = noun.head
        if not members and noun.dep_ == "dobj" and verb.lemma_.lower() in self.cues.coalition_forming_verbs:
            members = self._sides(subjects_of(verb))
        listing = [c for c in noun.children if c.dep_ == "relcl" and c.lemma_.lower() in coalition_cues().listing_verbs]
        listed = self._named([c for v in listing for c in v.children if c.dep_ == "dobj"])  # "which includes A and B"
        members += [m for m in listed if m.label in SIDES]
        if leaders and not members and noun.dep_ == "dobj" and verb.lemma_.lower() in self.cues.joining_verbs:
            members = [m for m in self._named(subjects_of(verb)) if m.label in SIDES]  # "Britain joined the US-led"
        elif members and named is None:  # "X joined an alliance that includes A and B": X is a member too
            members += [m for m in self._named(self._joiners(noun)) if m.label in SIDES and m not in members]
        method = f"coalition:{noun.lemma_.lower()}"
        self._each_with_each(members, "ALLIED_WITH", noun, method, 0.65)
        self.reader.emit_all([m for m in members if m not in leaders], "ALLIED_WITH", leaders, noun, method, 0.65)

    def _joiners(self, noun: Token) -> list[Token]:
        """Who is said to be in an unnamed coalition: the subject of "joined an alliance", "belongs to an alliance",
        "is part of a coalition" (``joining_verbs``, ``belonging_verbs``, ``part_nouns``), or the one "part of" it is
        set beside ("X, part of a coalition")."""
        head = noun.head
        if noun.dep_ == "dobj" and head.lemma_.lower() in self.cues.joining_verbs:
            return subjects_of(head)
        if noun.dep_ != "pobj":
            return []
        holder = head.head
        if head.lower_ == "to" and holder.lemma_.lower() in self.cues.belonging_verbs:
            return subjects_of(holder)
        if head.lower_ != "of" or holder.lemma_.lower() not in self.cues.part_nouns:
            return []
        if holder.dep_ == "attr":  # "X is part of an alliance"
            return subjects_of(holder.head)
        return [holder.head] if holder.dep_ == "appos" else []

    def led_body(self, noun: Token) -> None:
        """ "The Saudi-led coalition struck X", "the Kenya-led Multinational Security Support Mission": the side
        before "-led" is AFFILIATED_WITH the body it leads, when the body is a node (a state leads no body in the
        ontology; LEADS is a person's), or the named body the led noun describes ("the CSTO, a Moscow-led alliance",
        "X is a US-led coalition")."""
        named = self.reader.index.at(noun) or self._body_beside(noun)
        if noun.pos_ in {"NOUN", "PROPN"} and named is not None and named.label == "Organization":
            leaders = [m for m in self._coalition_leaders(noun) if m.key != named.key]
            self.reader.emit_all(leaders, "AFFILIATED_WITH", [named], noun, f"led-body:{noun.lemma_.lower()}", 0.7)

    def _body_beside(self, noun: Token) -> Mention | None:
        """The named body an unnamed noun is set beside ("the CSTO, a Moscow-led alliance") or said to be with a
        copula ("the CSTO is a Moscow-led alliance"); None otherwise."""
        if noun.dep_ == "appos":
            return self.reader.index.at(noun.head)
        if noun.dep_ == "attr" and noun.head.lemma_ == "be":
            return next((m for t in subjects_of(noun.head) if (m := self.reader.index.at(t)) is not None), None)
        return None

    def _pact(self, noun: Token) -> bool:
        """Whether a noun of an agreement is one of security, so its parties are allies: "a security agreement", "a
        defence cooperation accord" (not "a ceasefire agreement", made by foes)."""
        modifiers = {c.lower_ for c in noun.children if c.dep_ in MODIFIERS}
        return noun.lemma_.lower() in self.cues.pact_nouns and bool(modifiers & self.cues.pact_words)

    def _coalition_leaders(self, noun: Token) -> list[Mention]:
        """The sides that lead a coalition, written before it with a hyphen: "the US-led coalition", "a
        Saudi-led alliance"."""
        led = [c for c in noun.children if c.dep_ == "amod" and c.lower_ in self.cues.leading_participles]
        owners = [g for c in led for g in c.children if g.dep_ in {"npadvmod", "compound", "nmod", "amod"}]
        coalition = self.reader.index.at(noun)
        found = [self.reader.index.at(t) for t in owners]  # inside the coalition's own mention: known by its word
        found = [
            m if m is not None and m != coalition else known_at(self.reader, t, t.text)
            for t, m in zip(owners, found, strict=True)
        ]
        return [m for m in found if m is not None and m.label in SIDES]

    def side_by_side(self, prep: Token) -> None:
        """ "Wagner fought alongside the Malian army", "X, together with Y, attacked Z", "X joined forces with
        Y", "X conducted raids alongside Y": the subject and the other are allies; the one fought alongside fights
        the same foe."""
        head = self._act_done(prep.head)
        posted = head.lemma_.lower() in self.cues.posting_verbs
        beside = prep.lower_ in self.cues.side_by_side_preps and (head.lemma_.lower() in self.cues.joint_acts or posted)
        together = prep.lower_ == "with" and (
            head.lower_ in self.cues.together_words or any(c.lower_ in self.cues.together_words for c in prep.children)
        )
        joined = (
            prep.lower_ == "with"
            and head.lemma_.lower() in self.cues.joining_verbs
            and has_child(head, {"dobj"}, self.cues.joined_objects)
        )
        if prep.dep_ != "prep" or not (beside or together or joined):
            return
        clause = _clause_verb(head)
        if together and clause.lemma_.lower() not in self.cues.joint_acts and not self._fighting_act(clause):
            return  # "the Treasury sanctioned X together with Y", "listed A together with B": no one fought together
        verb = head.head if together and head.dep_ in {"advmod", "prep"} else head  # "together with", "along with"
        if verb.pos_ in {"VERB", "AUX"}:
            by_agent = is_passive(verb) or (verb.tag_ == "VBN" and not subjects_of(verb))  # not "has joined forces"
            acting = agents_of(verb) if by_agent else subjects_of(verb) or gerund_subjects(verb)  # "accused X of"
            if by_agent and posted and not acting:  # "X was deployed alongside Y": X is the one posted there
                acting = [c for c in verb.children if c.dep_ == "nsubjpass"]
            if beside and not acting and verb.dep_ == "acl" and verb.tag_ == "VBG":  # "X, working alongside Y, ...":
                acting = [verb.head]  # the noun the participle describes does it
            named = [t for t in acting if t.pos_ != "PRON"]
            holders = self._actors(named, False)  # not "where they fought alongside": often resolved to the wrong one
        elif together:  # "The Kremlin, together with Belarus, attacked Ukraine"
            holders = actors_of(head, self.reader.index, with_preps=False)
        else:
            return
        partners = [p for p in prep.children if p.dep_ == "pobj"]
        if beside and any(
            " ".join(t.lower_ for t in p.subtree) in self.reader.cues.reciprocal_objects for p in partners
        ):
            sides = [m for m in self._principals(holders) if m.label in SIDES]  # "X and Y fought alongside each other"
            self._each_with_each(sides, "ALLIED_WITH", prep, "side-by-side", 0.65)
            return
        others = self._actors([p for p in partners if p.pos_ != "PRON"])
        holders, others = self._principals(holders), self._principals(others)
        sides = [m for m in others if m.label in SIDES]
        fought = head.lemma_.lower() in self.cues.fighting_participles  # not "launched AFC alongside M23's leaders"
        fighters = (
            SIDES | {"Person"} if beside and fought else SIDES
        )  # "a convict who had fought alongside the Taliban"
        self.reader.emit_all(
            [m for m in holders if m.label in fighters], "ALLIED_WITH", sides, prep, "side-by-side", 0.65
        )
        if beside and fought and (rel_type := self._hostile_type(head)) is not None:  # "fought alongside Y against Z"
            foes = [c for c in head.children if c.dep_ == "dobj"] + prep_objects(head, {"against"})
            self.reader.emit_all(sides, rel_type, self._not_backers(self._actors(foes)), prep, "alongside", 0.6)

    def _act_done(self, token: Token) -> Token:
        """The verb of "conducted raids alongside Y" when the token is its object naming the act (``joint_act_nouns``),
        else the token itself."""
        verb = token.head
        if token.dep_ == "dobj" and token.lemma_.lower() in self.cues.joint_act_nouns and verb.pos_ == "VERB":
            return verb if verb.lemma_.lower() in self.cues.joint_acts else token
        if self._forces_joined(token):  # "joined forces with Y", the parse hanging "with" on "forces"
            return verb
        return token

    def _forces_joined(self, token: Token) -> bool:
        """Whether a token is the object of "joined forces" or "joined hands" (``joined_forces``)."""
        return (
            token.dep_ == "dobj"
            and token.lower_ in self.cues.joined_objects
            and token.head.lemma_.lower() in self.cues.joining_verbs
        )

    def joined_forces(self, verb: Token) -> None:
        """ "Hamas and Islamic Jihad joined forces", "the two groups joined hands in 2017": coordinated subjects of a
        verb of joining whose object is their forces are allies of each other (one subject joining forces "with"
        another is :meth:`side_by_side`'s)."""
        if verb.pos_ != "VERB" or not any(self._forces_joined(c) for c in verb.children):
            return
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        sides = [m for m in self._principals(self._actors(subjects, with_preps=False)) if m.label in SIDES]
        if len(sides) >= 2:
            self._each_with_each(sides, "ALLIED_WITH", verb, f"joined-forces:{verb.lemma_.lower()}")

    def on_the_side_of(self, noun: Token) -> None:
        """ "Wagner fought on the side of the Libyan army", "Chad fought on Sudan's side": the subject of the act
        and the side it was done on are allies."""
        prep = noun.head
        if noun.dep_ != "pobj" or prep.lower_ not in self.cues.side_noun_preps or prep.dep_ != "prep":
            return
        verb = prep.head
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in self.cues.joint_acts or is_passive(verb):
            return
        owners = [c for c in noun.children if c.dep_ == "poss"] + prep_objects(noun, {"of"})
        sides = [m for m in self._not_backers(self._actors(owners, False)) if m.label in SIDES]
        holders = [m for m in self._not_backers(self._actors(subjects_of(verb), False)) if m.label in SIDES]
        self.reader.emit_all(holders, "ALLIED_WITH", sides, noun, "on-the-side-of", 0.65)

    def co_belligerents(self, verb: Token) -> None:
        """ "The US and Britain struck the Houthis", "Chadian and Nigerien troops launched an offensive against
        Boko Haram": actors coordinated as the subject of one act against a named foe, or of an act called joint
        ("Kenya and Somalia conducted joint operations in Gedo"), are allies; a war or a battle they fought names its
        foe only after "against" or "on" ("Saudi Arabia and Iran fought a proxy war in Yemen": no allies, and not
        Yemen's foes)."""
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in self.cues.joint_acts or is_passive(verb):
            return
        if is_reciprocal(verb, self.reader.cues.reciprocal_objects):
            return  # "X and Y fought each other as well as Z": foes of each other, not allies
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if not any(t.dep_ == "cc" for s in subjects for t in s.subtree):
            return  # one actor, or a backer and its proxy ("Iran-backed Houthi forces")
        sides = [m for m in self._not_backers(self._actors(subjects, with_preps=False)) if m.label in SIDES]
        if len(sides) < 2:
            return
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        named = [o for o in objects if o.lemma_.lower() not in self.reader.cues.mutual]  # not "fought a war in Yemen"
        aims = named + prep_objects(verb, self.cues.joint_foe_preps)
        aims += [p for o in objects for p in prep_objects(o, self.cues.joint_foe_preps | self.cues.joint_object_preps)]
        described = [
            c for o in objects for c in o.children if c.dep_ == "appos"
        ]  # "Operation X, an offensive against Z"
        aims += [p for c in described for p in prep_objects(c, self.cues.joint_foe_preps)]
        foes = [m for m in self._actors(aims) if m.key not in {s.key for s in sides}]
        joint = any(c.dep_ == "amod" and c.lower_ in joint_words() for o in objects + described for c in o.children)
        joint = joint or any(
            c.dep_ in {"advmod", "npadvmod"} and c.lower_ in self.cues.joint_adverbs for c in verb.children
        )  # "A and B fought together", "fought side by side"
        if foes or joint:
            self._each_with_each(sides, "ALLIED_WITH", verb, f"co-belligerents:{verb.lemma_.lower()}")

    def side_by_side_in_fight(self, noun: Token) -> None:
        """ "Wagner and Malian troops suffered heavy losses in fighting with the separatists", "A and B lost dozens of
        men during clashes with C": sides coordinated as the subject of what befell them in one fight with a named
        foe fought it together, so are allies (the fight itself sets them against the foe: the relational nouns')."""
        prep = noun.head
        if noun.dep_ != "pobj" or prep.lower_ not in self.cues.shared_fight_preps or prep.dep_ != "prep":
            return
        verb = prep.head.head if prep.head.dep_ == "dobj" else prep.head  # "suffered losses in fighting with C"
        if verb.pos_ != "VERB" or is_passive(verb) or is_reciprocal(verb, self.reader.cues.reciprocal_objects):
            return
        if not [m for m in self._actors(prep_objects(noun, {"with", "against"})) if m.label in SIDES]:
            return  # "A and B took part in the fighting": no foe named, perhaps each other's
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if not any(t.dep_ == "cc" for s in subjects for t in s.subtree):
            return  # one side alone
        sides = [m for m in self._principals(self._actors(subjects, with_preps=False)) if m.label in SIDES]
        self._each_with_each(sides, "ALLIED_WITH", noun, f"fought-beside-in:{noun.lemma_.lower()}")

    def fighters_hit(self, agents: list[Mention], hit: list[Token], verb: Token) -> None:
        """ "Nigerian troops killed 12 members of Boko Haram": a side that kills, wounds or captures another side's
        fighters or members fights that side (OPPOSES). Not a strike on one of them ("a US strike killed a Hezbollah
        commander": an attack, ATTACKED only), nor the wounding of peacekeepers (``neutral_victims``), who fight no
        one."""
        victim_nouns = self.reader.cues.victim_nouns
        fighters = [
            h
            for t in hit
            for h in conjuncts(t)
            if (h.lemma_.lower() in victim_nouns or h.lower_ in victim_nouns)
            and h.tag_ in PLURAL_TAGS
            and h.lemma_.lower() not in self.cues.neutral_victims
        ]
        sides = [m for m in self._not_backers(self._actors(fighters)) if m.label in SIDES]
        sent = verb.sent  # named in the sentence, not "some of them" read back to an earlier name
        agents = [m for m in self._not_backers(agents) if m.label in SIDES and sent.start <= m.start < sent.end]
        self.reader.emit_all(agents, "OPPOSES", sides, verb, f"fighters-hit:{verb.lemma_.lower()}", 0.6)

    def stand_ins(self, subject: object, rel_type: str, obj: object, cue: Token) -> list[tuple[Mention, Mention]]:
        """A state's forces stand for the state: "the Israeli army killed X", "Malian troops fought JNIM" give the
        country's link too, when the forces are named by a demonym and a common noun, not by a name of their own
        ("the Israel Defense Forces"); so does the leader of "a Saudi-led coalition". Not for taking someone into
        custody (``custody_verbs``): "X was detained by Afghan security forces" is the forces' act, no state's
        hostility; nor for an accusation (``accusing_verbs``): "the rebels accused the Malian army of shelling the
        town" charges the army, and "the Malian junta accused X" is the junta's word, not the state's. An attack
        (``OWN_ACT_TYPES``) stays the act of the forces or the coalition that made it ("the Mexican army killed X",
        "X was shot dead by Sri Lanka's military", "the Saudi-led coalition struck Sanaa": no attack by the state),
        though the state still stands for its forces hit ("JNIM stormed posts of Benin's army": Benin attacked)."""
        if rel_type not in STAND_IN_TYPES or not (isinstance(subject, Mention) and isinstance(obj, Mention)):
            return []
        if cue.lemma_.lower() in self.cues.custody_verbs | self.cues.accusing_verbs:
            return []
        s_state = None if rel_type in OWN_ACT_TYPES else self._side_of(subject)
        o_state = self._side_of(obj)
        s_side, o_side = s_state or subject, o_state or obj
        if (s_state is None and o_state is None) or s_side.key == o_side.key:
            return []
        return [(s_side, o_side)]

    def _side_of(self, mention: Mention) -> Mention | None:
        """The side a mention stands for: a state for its forces (:meth:`_state_of`), the leader for a coalition it
        leads (:meth:`_leader_of`)."""
        return self._state_of(mention) or self._leader_of(mention)

    def _leader_of(self, coalition: Mention) -> Mention | None:
        """The country that leads a coalition named only by it ("a Saudi-led coalition", "the US-led alliance"):
        the coalition's fight is the leader's."""
        words = coalition.text.split()
        if words and words[0].lower() == "the":
            words = words[1:]
        if len(words) != 2 or words[1].lower() not in self.cues.coalition_nouns or "-" not in words[0]:
            return None
        leader, _, participle = words[0].rpartition("-")
        if participle.lower() not in self.cues.leading_participles:
            return None
        entry = self.reader.gazetteer.lookup(leader)
        return self.reader.known_mention(entry) if entry is not None and entry.label == "Country" else None

    def _state_of(self, forces: Mention) -> Mention | None:
        """The country whose forces a mention names by a demonym and common nouns of ``state_forces`` ("the Malian
        army", "Kenyan troops", "Nigerian police" read as a known police body), or whose government it names so
        (``state_body_nouns``: "Iraq's foreign ministry", "the Burkinabe junta", "Burkina Faso's junta")."""
        if forces.label != "Organization" or forces.kind not in {"military", "government"}:
            return None
        words = forces.text.split()
        if words and words[0].lower() == "the":
            words = words[1:]
        nouns = self.reader.cues.state_forces
        if forces.kind == "government":
            nouns = nouns | self.cues.state_body_nouns
        for cut in range(1, len(words)):  # "the Malian army", "Burkina Faso's junta": the state's name, then nouns
            rest = " ".join(words[cut:])
            if rest.islower() and rest in nouns:
                name = " ".join(words[:cut]).removesuffix("'s").removesuffix("’s")
                entry = self.reader.gazetteer.lookup(name)
                return self.reader.known_mention(entry) if entry is not None and entry.label == "Country" else None
        return None

    def sides_fit(self, subject: object, rel_type: str, obj: object) -> bool:
        """Whether both ends a rule found can be the sides of a hostile link (events always can); a government
        body (the Treasury, a ministry) attacks no one: "the Treasury ... terrorists need to attack the US"; the
        backer of "carried out by Iran-backed militias" is not blamed for the attack (the militias are)."""
        if rel_type == "ATTACKED" and isinstance(subject, Mention) and subject.kind in self.cues.civil_kinds:
            return False
        if rel_type == "BLAMED_FOR" and isinstance(subject, Mention):
            return not (self.qualifies_only(subject) or self.places_a_group(subject))
        return all(self.fits(end, rel_type) for end in (subject, obj) if isinstance(end, Mention))

    def fits(self, end: Mention, rel_type: str) -> bool:
        """Whether a mention can be a side of a hostile link: not the backer of "Iran-backed militias launched
        drones", the flag of "a Singapore-flagged vessel" nor the patron of "the al-Qaeda-linked group", not the
        country of "Somalia's al-Shabaab attacked", not a country only as the scene of an attack ("an offensive in
        Libya", "struck sites in Iraq"), not the country of a demonym that only says where a place is ("the Syrian
        city of Manbij", "the Kursk region of Russia"; not "Ukrainian cities"), whose a non-state group is
        ("Palestinian militant group", "Serb gunmen") or which named organisation it is ("the Iraqi PMF")."""
        if rel_type not in STATE_FORCES_TYPES or end.start < 0:
            return True
        if self.qualifies_only(end) or self.places_a_group(end):
            return False
        doc = self.reader.doc
        last = doc[end.end - 1]
        if end.label != "Country":
            return True
        scene = last
        while scene.dep_ == "conj" and scene.head.i < scene.i:  # "sites in Iraq and Syria"
            scene = scene.head
        if scene.dep_ == "pobj" and scene.head.lower_ in self.cues.scene_preps:
            return places_men(scene, self.reader.index) or not self._in_scene(scene.head.head)  # "attacks on
            # soldiers in Mali": Mali's men (not "militants in Mali")
        return not self._only_qualifies(end, last)

    def _in_scene(self, holder: Token) -> bool:
        """Whether a country after a preposition of scene under this word is only where it is: "an offensive in
        southern Libya", "struck targets at sites in Iraq", "militants in Somalia" (not "Russia attacked in
        Ukraine", "Russia's war in Ukraine", a war waged on it, nor "the Houthis in Yemen", an actor named, nor "an
        insurgency in Mali", a rising against it)."""
        if holder.lemma_.lower() in self.cues.insurgency_nouns and self._waged(holder):
            return False
        if self.reader.events.is_event_noun(holder):
            return True
        if holder.pos_ != "NOUN" or holder.lemma_.lower() in self.reader.cues.mutual or is_ruler_noun(holder):
            return False  # "the government in Kabul": the state seated there
        return self.reader.index.at(holder) is None

    def places_a_group(self, end: Mention) -> bool:
        """Whether a country's name only places the non-state group its possessive owns: Somalia of "the bombings
        by Somalia's al-Shabaab" (the group did them; not "Iran's IRGC", a state's own force)."""
        doc = self.reader.doc
        if end.label != "Country" or end.end + 1 >= len(doc) or [doc[end.end].text] not in POSSESSIVE:
            return False
        owned = self.reader.index.at(doc[end.end + 1])
        return owned is not None and owned.label == "Organization" and owned.kind not in STATE_KINDS

    def qualifies_only(self, end: Mention) -> bool:
        """Whether a name only qualifies the actor a hyphened word makes of it: Iran of "Iran-backed militias", the
        flag of "a Singapore-flagged vessel", the patron of "the al-Qaeda-linked group"."""
        words = (self.funders, self.cues.owner_words, self.affiliates)
        return end.start >= 0 and any(is_backer(end, self.reader.doc, w) for w in words)

    def _only_qualifies(self, country: Mention, token: Token) -> bool:
        """Whether a country's name or demonym only qualifies a place, a non-state group or another actor."""
        place_nouns = self.reader.cues.place_nouns
        if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lower_ in place_nouns:
            return True  # "the Kursk region of Russia"
        if token.pos_ != "ADJ" and token.dep_ not in MODIFIERS:
            return False
        if token.i + 1 < len(token.doc) and token.nbor(1).text in PAIRING_HYPHENS:
            return False  # "the Russia-Ukraine war": one side of a pair, not a qualifier of the other
        while token.dep_ == "conj" and token.head.i != token.i:  # "Ethiopian and Eritrean forces"
            token = token.head
        places = place_nouns - self.cues.installations
        for step in range(4):  # up the chain of modifiers to the noun they qualify
            head = token.head
            if head.i == token.i or (step and token.dep_ not in MODIFIERS):
                break
            named = self.reader.index.at(head)
            if named is not None and named.key != country.key:
                return True  # "the Iraqi Popular Mobilization Forces"
            words = {head.lower_, head.lower_.removesuffix("s"), head.lemma_.lower()}  # "bases": not "basis"
            words |= {c.lower_ for c in head.children if c.dep_ in MODIFIERS}
            if words & self.cues.non_state_nouns:
                return True
            if not step and self._state_itself(head):
                return False  # "waged an insurgency against the Turkish state": the state, no division of it
            if words & places:
                return not self._unnamed_places(head)
            token = head
        return False

    def _state_itself(self, noun: Token) -> bool:
        """Whether a noun a demonym qualifies is the state itself: "the Turkish state", "the Nigerian republic" (one
        of ``state_nouns``, singular, naming no division: not "the Mexican state of Jalisco", "the Kebbi state")."""
        index = self.reader.index
        named = [c for c in noun.children if c.dep_ in {"appos", "compound"}] + prep_objects(noun, {"of"})
        return noun.tag_ == "NN" and noun.lower_ in state_nouns() and all(index.at(t) is None for t in named)

    def _unnamed_places(self, noun: Token) -> bool:
        """Whether a place noun is plural and names no place: "struck three Ukrainian cities" hits Ukraine, "the
        Syrian city of Manbij" only Manbij."""
        index = self.reader.index
        named = [c for c in noun.children if c.dep_ in {"appos", "compound"}] + prep_objects(noun, {"of"})
        return noun.tag_ == "NNS" and all(index.at(t) is None for t in named)

    def vowed_fight(self, verb: Token) -> bool:
        """Whether a verb of fighting is one only vowed: "X has vowed to keep fighting Y", "pledged to fight Y" (the
        verb hangs, through open clauses only, on one of ``vowing_verbs``; not "fought Y after vowing to", a fight
        told, nor "vowed that Y would be fought", another's act)."""
        if verb.lemma_.lower() not in self.cues.vowed_fight_verbs:
            return False
        for below, head in itertools.pairwise(clause_chain(verb)[:4]):
            if below.dep_ != "xcomp":
                return False
            if head.pos_ == "VERB" and head.lemma_.lower() in self.cues.vowing_verbs:
                return True
        return False

    def warned_of_others(self, verb: Token, sides: list[Mention]) -> bool:
        """Whether a warning is a notice of what someone else may do, not a threat: "Washington warned Moscow that
        extremists were planning an attack" (the clause after it names neither the warner nor the warned as the one
        to act; "warned Hamas that it would strike" and "warned Hamas that its leaders would pay" are threats, and so
        are "warned the PKK that Turkish forces would strike", the Turkish president's own state, and "warned the
        group that hell would rain down upon you", told to the warned)."""
        if verb.lemma_.lower() not in self.cues.notice_verbs:
            return False
        clauses = [c for c in verb.children if c.dep_ == "ccomp" or any(m.lower_ == "that" for m in c.children)]
        said = [s for c in clauses for s in subjects_of(c)]
        named = {m.key for m in [*self._actors(said, with_preps=False), *self._named(said)]}
        pronouns = [t for s in said for t in [s, *s.children] if t.pos_ == "PRON"]  # "it would strike", "its leaders"
        if not said or pronouns or named & ({m.key for m in sides} | self._title_states(sides)):
            return False
        return bool(named) or not any(
            t.lower_ in self.cues.addressed_words and in_quotation(t) for c in clauses for t in c.subtree
        )

    def _title_states(self, sides: list[Mention]) -> set[str]:
        """The states named in the titles of these sides, whose forces are their own: "Turkish President Tayyip
        Erdogan", "Israel's defence minister" (a modifier of the mention's head, or a word inside it)."""
        doc = self.reader.doc
        states = set()
        for side in sides:
            span = doc[side.start : side.end]
            words = [t for t in [*span, *span.root.children] if t.dep_ in {"amod", "compound", "poss", "nmod"}]
            states |= {m.key for m in self._actors(words, with_preps=False) if m.label == "Country"}
        return states

    def civil_targeting(self, verb: Token, agents: list[Mention]) -> bool:
        """Whether "targeting" is a sanction, not an attack: done by a government body ("the Treasury targeted
        five financiers") or in a sentence about sanctions ("steps to target Russia's oligarchs ... costs")."""
        if verb.lemma_.lower() not in self.cues.civil_targeting_verbs:
            return False
        if any(m.label == "Organization" and m.kind in self.cues.civil_kinds for m in agents):
            return True
        return any(
            t.lower_ in self.cues.sanction_words or t.lemma_.lower() in self.cues.sanction_words for t in verb.sent
        )


def _impersonal_subject(clause: Token) -> Token | None:
    """The relative pronoun that never stands for a person ("which") a relative clause opens with as its subject, else
    None: "the force led by X, widely known as Y, which has been at war with Z" is the force's, not X's."""
    if clause.dep_ != "relcl":
        return None
    return next((c for c in clause.children if c.dep_ == "nsubj" and c.lower_ in impersonal_relative_pronouns()), None)
