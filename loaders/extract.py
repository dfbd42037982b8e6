"""Relationships from a parsed document: rules over the dependency parse, cue words from
``seeds/relations.yaml``, ends checked against the ontology.

Each rule is a method named after the construction it reads; every relationship it
emits carries the sentence, the certainty, the source and the rule's name.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from functools import cache, cached_property, partial

from spacy.tokens import Doc, Span, Token

from graph.errors import ActorGraphError
from graph.gazetteer import Actor, Gazetteer, load_gazetteer
from graph.ontology import Ontology, load_ontology
from loaders.acting_for import acted_for, acting_cues
from loaders.adjective_scope import not_backers, own_holders
from loaders.allegiance import pledged_to
from loaders.also_known_as import bind_aliases
from loaders.appointing_organs import organ_own_posts, posts_owner
from loaders.apposition_chains import set_between_items
from loaders.backing_phrases import (
    GIVERS,
    backed_read_as_conjunct,
    backers_through,
    backing_words,
    owners_back_too,
    placed_backers,
    read_backing,
)
from loaders.bare_roles import group_in_focus, is_bare_role
from loaders.blame_phrases import (
    apposed_holders,
    arrested_over,
    bare_blame,
    bare_share,
    blame_phrase_cues,
    blamed_for_other,
    blamed_holders,
    blamed_share,
    bore_marks,
    claimants,
    claimed_credit,
    counted_back,
    deed_of_pronoun,
    deed_verbs,
    described_by,
    gap_subject,
    gapped_deeds,
    harm_including,
    having,
    held_on_accused,
    helped_deed,
    is_bare_blame,
    joined_bodies,
    joining_lemmas,
    laid_words,
    linked_to,
    listed_among,
    listed_deeds,
    listed_on_after_incident,
    marked_on_subject,
    named_operation,
    names_another,
    names_scene,
    news_told_last,
    partners,
    partners_working,
    perpetrated,
    possessors,
    predicated_holders,
    relative_object,
    repeated_prep_objects,
    said_doers,
    to_blame,
    unit_owners,
    verb_held_share,
    with_listed,
    work_of,
)
from loaders.branch_parents import branch_parents
from loaders.branch_provinces import branch_provinces
from loaders.branded_aggression import aggression_nouns, branded_aggression
from loaders.breadcrumb_places import breadcrumb_places
from loaders.bylines import byline_authors
from loaders.campaign_places import campaign_place_nouns, campaign_places
from loaders.capital_states import capitals_as_states
from loaders.channel_phrases import through_channel
from loaders.charge_phrases import charge_words, in_charge
from loaders.chosen_bases import chosen_base
from loaders.claim_nouns import claim_noun, claim_noun_cues
from loaders.coalition_members import coalition_words, members_listed_by_clause, read_coalition, umbrella_of_members
from loaders.collective_sanctions import sanctions_told_together
from loaders.controlled_bodies import is_part_of
from loaders.counted_nouns import picked_from
from loaders.court_cases import charged_incidents, cleared, court_case_cues, proven
from loaders.credits import credited_outlet
from loaders.cues import Cues, NounCue, VerbCue, load_cues
from loaders.dashed_members import dashed_members
from loaders.described_kinds import described_kinds
from loaders.described_roles import as_holders, role_owner, role_verb
from loaders.designation_notices import DesignationNotice
from loaders.disowned_deeds import disowned_deeds, disowned_verbs
from loaders.division_capitals import division_capital_adjectives, division_capitals
from loaders.division_names import division_names
from loaders.doc_tree import has_child, span_root
from loaders.doc_words import forget_reading, read_sentences_once, text_of, words_of
from loaders.echoed_names import echoed_names
from loaders.entry_addresses import entry_addresses
from loaders.entry_titles import entry_titles
from loaders.events import Event, EventFinder, told_of
from loaders.facts import ActorFact, DocFacts, RelationFact
from loaders.force_ranks import ranked_force
from loaders.forces_hit import forces_hit
from loaders.framed_places import framed_places
from loaders.gerund_subjects import GERUND_TYPES, OPENING_GERUND_TYPES, gerund_subjects, opening_gerund_subjects
from loaders.government_heads import government_heads
from loaders.group_heads import group_head, group_head_preps, unnamed_faction
from loaders.group_threats import threats_of_groups
from loaders.guarded_incidents import guarded_cues
from loaders.headed_governments import headed_government_nouns
from loaders.heads_not_members import without_heads_as_members
from loaders.hit_not_blamed import without_blame_of_the_hit
from loaders.hit_owners import (
    AIRCRAFT_DOWNED,
    aircraft_hit,
    aircraft_owners,
    flown_over,
    owners_named_of,
    owners_of_hit,
)
from loaders.hit_positions import holds_positions_hit
from loaders.hit_sites import only_locates_a_thing
from loaders.home_state import (
    body_led_by_title,
    body_of_title,
    home_of,
    minister_state,
    portfolio_minister,
    state_of_title,
    state_office,
    state_role,
)
from loaders.hosted_groups import hosted_groups, hosting_words
from loaders.hostility import SIDES, HostilityReader
from loaders.housed_places import housed_words, houses_sites
from loaders.hyphen_actors import emit_hyphen_link, more_hyphen_actors
from loaders.hyphen_roles import first_half, second_half
from loaders.identified_incidents import identified_incidents
from loaders.incident_aliases import unled_name, unplaced_names
from loaders.incident_clauses import (
    APPROVED_ONLY,
    acts_when,
    aimed_by_incident,
    areas_struck,
    attackers_of_targets,
    authors_attacked_targets,
    authors_during,
    authors_of_acts_aimed,
    authors_when,
    claimed_last,
    claimed_targets,
    clause_cues,
    named_last,
    passive_without_be,
    private_nationality,
    relative_subject_incident,
    scene_incident,
    victims_of_incident,
)
from loaders.incident_parts import deaths_caused, doers_described, doers_named, part_cues, took_part
from loaders.incident_place_names import incident_place_names
from loaders.incident_references import incident_doer_nouns, restated, restated_all
from loaders.incident_scenes import caption_scene, incident_scene, scene_words
from loaders.incident_series import SERIES_ATTACK, series_members
from loaders.incident_targets import aimed_incident, target_cues, target_of_incident
from loaders.incident_words import (
    among_the_dead,
    counted_dead_apposed,
    dead_named,
    died_in_incident,
    incident_words,
    laid_on_by_participle,
    left_dead,
    toll_included,
    victim_apposed,
    victims_group,
)
from loaders.incidents import (
    aim_holders,
    attributed_to,
    besieged_places,
    blamed_on,
    carried_object,
    hedged_doer,
    held_by_another,
    held_responsible,
    hit_places,
    incident_cues,
    later_places,
    route_end,
)
from loaders.interposed_agents import interposed_agents
from loaders.known_offices import known_office, leads_elsewhere, offices_named_by, owned_by_pronoun, states_led
from loaders.known_places import known_places_within, named_as_itself
from loaders.laid_mishaps import without_unlaid_mishaps
from loaders.later_named import named_later
from loaders.leader_factions import faction_ties, leader_factions
from loaders.led_bodies import hyphen_led_bodies, led_cues
from loaders.led_coalitions import led_coalitions
from loaders.led_states import qualifies_other
from loaders.link_line_bodies import without_link_only_bodies
from loaders.list_lines import items_on_lines
from loaders.listed_divisions import listed_division_nouns, listed_divisions
from loaders.listed_incidents import listed_examples
from loaders.listed_kinds import listed_kinds
from loaders.meeting_phrases import meeting_phrase_words, read_meeting_phrase
from loaders.member_claims import claimed_for
from loaders.members_named import members_named, members_named_cues
from loaders.mentions import STATE_KINDS, Mention, bind_acronyms, clean_surface, find_mentions, title_portfolios
from loaders.message_authors import message_authors
from loaders.name_labels import learned_labels
from loaders.named_operations import is_operation, naming_nouns, operation_title, without_operation_names
from loaders.named_parts import name_set_before, named_parts
from loaders.named_suspects import evidence_pointed, suspect_cues, suspects_named, suspicion_fell
from loaders.names_in_capitals import names_in_capitals
from loaders.namesake_incidents import dated_namesakes
from loaders.nationality_places import only_nationality
from loaders.object_nouns import acted_on
from loaders.one_label import described_bodies, one_label
from loaders.operation_announcements import announced_operation, announcement_cues
from loaders.ordered_deeds import order_cues, ordered_deeds
from loaders.ordinal_suspects import ordinal_suspects
from loaders.organisation_names import clan_noun, clan_phrase
from loaders.organisation_places import (
    claims_a_homeland,
    groups_of_people,
    is_homeland,
    named_place,
    names_the_settlement,
    organisations_placed,
    place_words,
    with_region_owners,
)
from loaders.own_claims import own_claim_cues, phrase_heads
from loaders.owned_bodies import name_without_owner, owned_bodies, owning_state
from loaders.page_surnames import surnames_alone
from loaders.participle_scope import body_before_participle, body_set_off_before, described_by_participle
from loaders.people_lost import lost_cues, people_lost
from loaders.person_names import names_one_person, people_in_context
from loaders.pictured_groups import pictured_groups, pictured_words
from loaders.place_bodies import place_bodies
from loaders.place_context import places_in_context
from loaders.place_names import courts_of_places, names_waters, place_kinds, towns_apart_from_divisions
from loaders.place_phrases import (
    beside_a_side,
    counted_by,
    fights_a_foe,
    founding_verb,
    home_to,
    in_incident_phrase,
    included_places,
    led_from,
    names_a_border,
    names_a_war,
    names_an_incident,
    owned_by_another,
    place_phrase_words,
    serves_a_side,
    unhedged,
)
from loaders.place_ranks import wider_in_town
from loaders.places import (
    apposed,
    division_placed_in,
    divisions_listed,
    groups_listed_in_place,
    is_credit_line,
    is_state_force,
    listed_conjuncts,
    nearest_level,
    new_place_named_first,
    opens_clause,
    organisation_before,
    owner_of_division,
    place_named_first,
    placed_holders,
    places_in_places,
    placing_mentions,
    site_named_after,
    titled_institution,
)
from loaders.plural_titles import role_word, state_after, title_anchor
from loaders.portfolio_ministries import lead_ministry, of_page_state, state_of_bare_ministry
from loaders.possessive import POSSESSIVE, person_s_organisation
from loaders.possessive_heads import possessive_heads
from loaders.possessive_titles import possessive_titles
from loaders.power_seizures import ousted_heads, power_seizure_cues, seized_power
from loaders.projectile_aims import aimed_past_object
from loaders.publisher_mastheads import publisher_mastheads
from loaders.qualified_nouns import MODIFIER_DEPS, qualified_noun
from loaders.rank_stops import is_rank_stop
from loaders.referred_bodies import outlet_named, referred_bodies
from loaders.referred_settlements import settlements_placed
from loaders.repelled_incidents import repellers_against_authors
from loaders.respective_pairs import respective_pairs
from loaders.role_lists import (
    holders_owned_apart,
    leadership_listed,
    listed_by_plural_role,
    owner_in_list,
    role_examples,
    role_holders_listed,
)
from loaders.role_scope import (
    bearers_beside,
    bracketed_notes,
    commands_a_state_force,
    companions,
    controllers,
    employer_before_posting,
    fellows_before,
    founded_jointly,
    heads_a_service,
    joint_word,
    led_by_owner,
    lone_state_force,
    name_before_comma,
    named_elsewhere,
    names_the_service,
    objects_outside_clauses,
    one_of_several,
    own_role_objects,
    owner_of_part,
    role_past_object,
    set_off_after_bracket,
    shared_role_objects,
    sole_rank,
    state_force_titled,
    titled_name,
)
from loaders.role_types import (
    assists_the_head,
    bodies_of_role,
    body_owners_referred,
    broke_away,
    counted_among,
    deputy_bodies,
    figure_type,
    group_led_by,
    heads_a_named_part,
    leads_the_whole,
    leads_under_another,
    member_type,
    owners_referred,
    part_names,
    part_owners,
    peers_referred,
    raises_funds_within,
    role_types,
    tells_time,
)
from loaders.roster_lines import roster_lines
from loaders.rule_precision import calibrated
from loaders.same_actor import (
    bind_initials,
    names_a_part,
    names_a_part_of,
    place_phrase,
    same_actor,
    spelled_by_acronym,
)
from loaders.sanction_phrases import (
    belongs_to,
    designated_as,
    employers_after_to,
    frozen_assets,
    list_holds,
    listed_before_body,
    listed_by_body,
    listed_in_relative,
    listed_with,
    on_sanctions_list,
    sanction_nouns,
    sanctioned_among,
)
from loaders.sanction_phrases import sanction_phrases as sanction_phrase_cues
from loaders.sanctioned_deeds import sanction_reasons
from loaders.sanctioned_names import sanctioned_names
from loaders.sanctioned_pairs import sanctioned_pair
from loaders.sanctions import (
    acting_office,
    carry_sanctioner,
    companion_objects,
    counted_examples,
    imposes_no_sanctions,
    names_listed_beside,
    sanctioned_companions,
    sanctioned_targets,
    sanctioning_state,
)
from loaders.sanctions_regimes import names_sanctions_regime
from loaders.scorer import (
    PairContext,
    ParseMemo,
    RelationModel,
    end_key,
    end_label,
    in_text_order,
    load_model,
    pairs_in,
    sigmoid,
)
from loaders.sentence_needs import Needs, SentenceHolds
from loaders.short_place_names import joined_places, places_written_short
from loaders.siding_phrases import sided_with
from loaders.singular_relatives import one_described
from loaders.source_notes import in_source_note
from loaders.state_bodies import lowercase_ministries, only_qualifies, other_states_bodies, state_of_body
from loaders.state_delegations import delegation_words, state_delegation_members
from loaders.subordination import read_subordination, subordination_cues
from loaders.succeeded_heads import heads_succeeded
from loaders.successions import (
    appointed_names,
    departed_before,
    heirs_named,
    heirs_of_heads,
    passed_on,
    self_named_roles,
    succession_cues,
    successors,
    took_over,
    verb_giving,
)
from loaders.surname_first import listed_surnames
from loaders.syntax import (
    MentionIndex,
    actors_of,
    agents_of,
    aimed_objects,
    called_objects,
    certainty_of,
    clause_chain,
    conjuncts,
    coordinated_with_name,
    described_by_coordinated_participle,
    gapped_objects,
    gapped_subjects,
    held_for,
    is_backer,
    is_definite_group,
    is_passive,
    is_reciprocal,
    is_time,
    listed_after,
    modifies,
    named_by_participle,
    not_among_unnamed_sides,
    person_of_role,
    prep_chain,
    prep_objects,
    reference_tokens,
    refers_back,
    reported_subjects,
    second_object,
    shared_passive_subjects,
    source_of,
    subjects_of,
)
from loaders.territory import read_territory, territory_cues, territory_words
from loaders.title_portfolios import (
    body_after_of,
    minister_of_portfolio,
    of_a_plain_noun,
    of_the,
    portfolio_start,
    state_after_name,
)
from loaders.token_rules import Rule, TokenRules
from loaders.troop_contributors import read_deployment, read_fight_in_support, read_troop_contributors, troop_cues
from loaders.unaimed_threats import threats_on_authors
from loaders.under_leaders import under_cues, under_leaders
from loaders.unnamed_hits import hit_things, places_of_unnamed_hit
from loaders.unreal_acts import is_conditional, is_modal, is_refused, is_unreal
from loaders.untagged_places import untagged_places
from loaders.verb_incidents import (
    attacks_by_phrase,
    frees_inmates,
    held_people,
    inmates_escape,
    jailbreak_cues,
    kidnaps_by_phrase,
    phrasal_attacks,
    phrasal_kidnaps,
    phrasal_objects,
    ramming_cues,
    steals,
    struck_places,
    theft_cues,
)
from loaders.verb_series import read_verb_series, series_words
from loaders.vessels import seizes_a_ship, vessel_cues
from loaders.victim_incidents import one_death
from loaders.war_phrases import read_war_phrase, waged_in, war_phrase_words
from loaders.which_clauses import blamed_through_which, done_within, which_antecedent

End = Mention | Event
ALLIANCE_TYPES = {"ALLIED_WITH", "AFFILIATED_WITH"}
SIDE_TYPES = {"ALLIED_WITH", "OPPOSES"}  # "X is Israel's enemy", "X and Y are Iran's allies": the subject's, the owner
MESSAGE_TYPES = {"OPPOSES", "THREATENED"}  # said by a message: "issued a statement condemning X", "a video warning Y"
HEADS = {"LEADS", "DEPUTY_OF"}  # who heads or deputises a body
PLACE_TYPES = {"BASED_IN", "LOCATED_IN"}  # where a body is based or a place lies
HOSTILE_TYPES = {"ATTACKED", "OPPOSES", "THREATENED", "TARGETED"}  # an end of these is never the side an act serves
SIDE_LABELS = {"Organization", "Country"}  # the labels of a side that fights
PLACE_LABELS = {"Location", "Country"}  # the labels of a place's name
STATED_HOME_RULES = {
    "hyphen:based",
    "hyphen:registered",
    "hyphen:incorporated",
    "verb:base",
    "verb:headquarter",
}  # "a Britain-based monitor": a home stated
CONFIRMED = 0.5  # the scorer's probability at which it keeps a link the rules made (its own: the type's threshold)
VERB_TAGS = {"VERB", "AUX"}  # the parts of speech of a clause's verb ("was in Kabul for talks")
SET_OFF_PLACE_SPAN = 6  # tokens from a place to the wider one set off after it: "Mpondwe, in western Uganda's Kasese"
PREP_OBJECTS = {"pobj", "pcomp"}  # what a preposition governs: "in clashes with X", a gerund "in fighting with X"
HUNG_NAME_PREPS = {"of", "for", "at"}  # "a spokesman for X, NAME": the name the parser hangs on the body after these
Candidate = tuple[Span, End, End, list[str]]  # a sentence, an ordered pair of its mentions, the pair's features


def place_description_nouns(cues: Cues) -> frozenset[str]:
    """The nouns (lemmas) that say what a place is in apposition after its name: a place's ("Tower 22, a logistics
    base in Jordan"), a base's ("Jilib, the group's stronghold in X") or a designator's ("Mera, a farming community
    in Kebbi state").

    >>> from loaders.cues import load_cues
    >>> {"base", "stronghold", "community"} <= place_description_nouns(load_cues())
    True
    """
    return frozenset(cues.place_nouns | place_words().base_nouns | place_phrase_words().designators)


@cache
def name_tails(preps: frozenset[str]) -> re.Pattern[str]:
    """What finds the tails of an organisation's name after one of these words ("in", "of", "for"): each the rest of
    the name from a capital, "the" left out.

    >>> [m.group(1) for m in name_tails(frozenset({"for", "of"})).finditer("Alternative for Germany")]
    ['Germany']
    """
    words = "|".join(sorted(map(re.escape, preps)))
    return re.compile(rf"\b(?:{words}) (?:the )?(?=([A-Z][\w' -]+)$)")


MAX_TITLE_WORDS = 3  # capitalised titles before a person's name kept in a form of it: "Lieutenant Colonel X"


def _group_with(noun: Token) -> Token | None:
    """The noun a noun hangs on by "with": "group" of "a group with bases in Y" (the group has them), else None."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "with" and noun.head.head.pos_ == "NOUN":
        return noun.head.head
    return None


def _shared_prep_objects(noun: Token, preps: frozenset[str]) -> list[Token]:
    """The objects of a preposition right after a noun that the parser hung on the noun it is coordinated with: "Y" of
    "X, a former UN official and critic of Y" ("of Y" hung on "official"), else none.

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("Omer, a former UN official and critic of Abdi Iley, became president.")
    >>> [t.text for t in _shared_prep_objects(doc[7], frozenset({"of"}))]
    ['Iley']
    """
    if noun.dep_ != "conj" or noun.i + 1 >= len(noun.doc):
        return []
    prep = noun.doc[noun.i + 1]
    if prep.head.i != noun.head.i or prep.dep_ != "prep" or prep.lower_ not in preps:
        return []
    return [c for c in prep.children if c.dep_ == "pobj"]


def _apposed_to(noun: Token, through_list: bool) -> Token | None:
    """The word a noun is set beside as an apposition, alone or (``through_list``) right after another apposition it
    is coordinated with ("X" of "X, a close ally of Y" and of "X, leader of Z and coalition partner of Y"), else
    None."""
    if noun.dep_ == "conj" and through_list:  # one step only, from a common noun: a long list is no apposition
        return noun.head.head if noun.head.dep_ == "appos" and noun.head.pos_ == "NOUN" else None
    return noun.head if noun.dep_ == "appos" else None


def demanding_verb(verb: Token, demanding: frozenset[str]) -> Token | None:
    """The verb of demand (lemmas) whose clause names a verb in the bare form with a subject of its own: "demanded that
    Pakistan expel X", "asked that the government expel X" (an act only asked for; the parser tags the bare form VB or
    VBP); none for a verb in the past ("demanded that Pakistan expelled X" is no demand of it).

    >>> from spacy.vocab import Vocab
    >>> words = ["TLP", "demanded", "that", "Pakistan", "expel", "envoys"]
    >>> doc = Doc(Vocab(), words=words, heads=[1, 1, 4, 4, 1, 4], deps=["nsubj", "ROOT", "mark", "nsubj", "ccomp",
    ...           "dobj"], tags=["NNP", "VBD", "IN", "NNP", "VB", "NNS"], lemmas=["TLP", "demand", "that", "Pakistan",
    ...           "expel", "envoy"])
    >>> demanding_verb(doc[4], frozenset({"demand"})).text, demanding_verb(doc[1], frozenset({"demand"}))
    ('demanded', None)
    """
    first = verb  # "demanded that Pakistan expel X and condemn Y": condemning is asked for too
    while first.dep_ == "conj" and first.tag_ in {"VB", "VBP"} and first.head is not first:
        first = first.head
    if first.dep_ != "ccomp" or {first.tag_, verb.tag_} - {"VB", "VBP"} or not has_child(first, {"nsubj"}):
        return None
    return first.head if first.head.lemma_.lower() in demanding else None


def _noun_type(cue: NounCue, a: Mention, b: Mention) -> str:
    """The type a relational noun gives two ends: its own, or its ``body_type`` between a person and a body ("X was
    in contact with Y": X met Y; "X was in contact with members of IS": X is tied to IS)."""
    if cue.body_type and {a.label, b.label} == {"Person", "Organization"}:
        return cue.body_type
    return cue.type


def voted_mentions(doc: Doc, gazetteer: Gazetteer) -> list[Mention]:
    """The page's mentions as the gazetteer and the NER find them, with places, people, acronyms and aliases read
    from their context, each unknown name given one label for the page (:func:`~loaders.one_label.one_label`) and the
    rules of bodies, branches and places applied: what the learned label check (:mod:`loaders.name_labels`) reads,
    in a build and in its training, and settles where the rules left a name misread."""
    mentions = untagged_places(doc, find_mentions(doc, gazetteer), gazetteer)  # "in Necoclí, Antioquia"
    mentions = division_names(doc, mentions, gazetteer)  # "in Russia's Kursk region", "the Bastar districts"
    mentions = listed_surnames(doc, mentions, gazetteer)  # "GHAIRAT, Hushang (a.k.a. GHEIRAT, Houshang)"
    mentions = surnames_alone(doc, mentions, gazetteer)  # "Gilles Simeoni ... Simeoni said"
    mentions = capitals_as_states(doc, mentions, gazetteer)  # "Washington" says
    mentions = courts_of_places(doc, towns_apart_from_divisions(doc, mentions))  # "Idlib city", "the Temuco court"
    mentions = other_states_bodies(doc, mentions, gazetteer)  # "Ukraine's Main Intelligence Directorate"
    mentions = echoed_names(doc, bind_aliases(doc, bind_acronyms(doc, mentions)))  # "to fight Islamic State"
    mentions = one_label(doc, places_in_context(doc, people_in_context(doc, mentions)))  # "spokesman X", "in X"
    mentions = listed_kinds(doc, mentions, gazetteer)  # "Sanaa, Hodeidah and Taiz": read once the labels are voted
    mentions = joined_places(places_written_short(doc, mentions))  # "Borno" beside "Borno State", "Qandil" beside
    # "Qandil mountains": one place
    mentions = described_bodies(doc, mentions)  # "Lehava, a far-right group": a body, however the votes went
    mentions = branch_provinces(doc, mentions)  # "the Islamic State Sahel Province": a branch, not a place
    mentions = sanctioned_names(doc, mentions)  # "the Treasury designated Los Lobos": not a place
    mentions = described_kinds(doc, mentions)  # "the Kaniyat militia", "X, a jihadist outfit": an armed group
    mentions = place_bodies(doc, mentions)  # "the Sinaloa cartel" beside "the state of Sinaloa": a place's name
    return names_in_capitals(mentions)  # "OMAGH -" is the Omagh of the text


class DocReader:
    """Reads one parsed document into :class:`DocFacts`."""

    def __init__(
        self,
        doc: Doc,
        doc_id: str,
        date: str = "",
        *,
        gazetteer: Gazetteer | None = None,
        cues: Cues | None = None,
        ontology: Ontology | None = None,
    ) -> None:
        self.doc = doc
        self.gazetteer = gazetteer or load_gazetteer()
        self.cues = cues or load_cues()
        self.ontology = ontology or load_ontology()
        read_sentences_once(doc)  # ``token.sent`` looked up, not walked: undone when read (:meth:`read`)
        mentions = learned_labels(doc, voted_mentions(doc, self.gazetteer))  # a name the NER misread, where sure
        text = text_of(doc)
        mentions = byline_authors(doc, text, same_actor(doc, mentions))  # "the Arakan Army ... the AA", "By Jane Roe"
        mentions = publisher_mastheads(doc, text, mentions)  # "Horn of Africa Programme | Policy Brief No. 14"
        mentions = bind_initials(mentions)  # "By A, Sahel Wire" then "BAMAKO (SW) -": the byline's outlet
        mentions = described_kinds(doc, mentions)  # "the Orvane Liberation Army ... OLA fighters": one actor, one kind
        mentions = incident_place_names(doc, mentions, self.cues.event_nouns)  # "the Chibok kidnapping"
        mentions = without_operation_names(doc, mentions, self.cues.event_nouns | guarded_cues().nouns)  # "Operation
        # Iron Gate", "an offensive they called Northern Storm": an incident's name
        mentions = owned_bodies(doc, mentions)  # "the UN refugee office"
        mentions = lowercase_ministries(doc, mentions, self.gazetteer)  # generic bodies given their state
        mentions = leader_factions(doc, mentions)  # "Sadio's faction": an organisation of its own
        mentions = led_coalitions(doc, mentions)  # "the Saudi-led coalition": a coalition named by its leader
        self.words = words_of(doc)
        self.index = MentionIndex(doc, mentions, self.cues.examples, self.cues.group_nouns)
        self.events = EventFinder(self.index, self.cues, date, self.words)
        self.facts = DocFacts(doc_id, date, text)
        self.hostility = HostilityReader(self)
        self._certainties: dict[int, str] = {}  # see :meth:`certainty`
        self._sources: dict[int, str] = {}  # see :meth:`source`
        self._blamed_lines: list[tuple[list[Mention], list[Token], Token, str, float, str | None]] = []  # see
        # :meth:`blame_listed_lines`
        for m in self.index.mentions:
            self._actor(m)
            if m.label == "Person" and (titled := self._titled_surface(m)) is not None:
                self.facts.actors[m.key].surfaces.add(titled)  # "Imam Samudra", "Colonel Assimi Goita"
            if m.label == "Location" and m.end < len(doc) and self._place_noun_after(doc[m.end]):
                self.facts.actors[m.key].surfaces.add(doc[m.start : m.end + 1].text)  # "the Macomia district"
            if m.label == "Location" and (phrase := place_phrase(doc, m)) is not None:
                self.facts.actors[m.key].surfaces.add(phrase)  # "the Haruba military base", "La Roca prison"
            if m.label == "Organization" and (clan := clan_phrase(doc, m.start, m.end)) is not None:
                self.facts.actors[m.key].surfaces.add(clan)  # "the Tarabin tribe"
            if m.kind == "government" and (short := name_without_owner(doc, m)) is not None:
                self.facts.actors[m.key].surfaces.add(short)  # "electoral commission" of "Congo's electoral commission"

    def _titled_surface(self, m: Mention) -> str | None:
        """A person's name with the capitalised titles written right before it ("Imam Samudra", "Major General X",
        "Col. X"), a form the person is known by, or None when no title is there."""
        start = m.start
        while start > 0 and m.start - start < MAX_TITLE_WORDS and self._capitalised_title(self.doc[start - 1]):
            start -= 1
        return self.doc[start : m.end].text if start < m.start else None

    def _capitalised_title(self, token: Token) -> bool:
        return token.is_title and token.lower_.rstrip(".") in self.cues.honorifics

    def _place_noun_after(self, token: Token) -> bool:
        """Whether a lowercase noun of a place or a division follows a place's name, naming it with the name: "the
        Macomia district", "Kyauktaw township", "Puncak regency"."""
        divisions = place_kinds().division_endings
        return token.lower_ in self.cues.place_nouns or (token.is_lower and token.lower_ in divisions)

    # -- recording ---------------------------------------------------------------------
    def _actor(self, end: End) -> str:
        actors = self.facts.actors
        if isinstance(end, Event):
            key = end_key(end)
            fact = actors.get(key)
            if fact is None:  # made once an actor, not at every link it has
                fact = actors[key] = ActorFact(key, "Event", end.name, date=end.date)
            new = [s for s in end.surfaces if s not in fact.surfaces]
            fact.surfaces.update(new)
            places = self._places_told(end.cue) if new else []  # "drones struck a depot" of "... in the Belgorod
            fact.surfaces.update(n for s in new for n in unplaced_names(s, places))  # region" too
            fact.surfaces.update(n for s in new if (n := unled_name(s)))  # "a clash with X" of "during a clash with X"
            fact.incident = told_of(fact.incident, end)
            if end.date.startswith(fact.date or "-") or fact.date == self.facts.date[:7]:  # the page's month, then
                # the day or date the story tells
                fact.date = end.date
            return fact.key
        fact = actors.get(end.key)
        if fact is None:
            fact = actors[end.key] = ActorFact(end.key, end.label, end.name, end.kind, end.actor_id)
        if not end.refers_back:
            fact.surfaces.add(end.text)
        return fact.key

    def _places_told(self, cue: Token) -> list[str]:
        """The named places and states of a word's sentence, as written: "Belgorod" of "drones struck a depot in
        the Belgorod region", a phrase an incident's shorter name leaves out."""
        return [m.text for m in self.index.within(cue.sent) if m.label in {"Location", "Country"}]

    def emit(
        self,
        subject: End,
        rel_type: str,
        obj: End,
        cue: Token,
        method: str,
        confidence: float,
        certainty: str | None = None,
    ) -> None:
        """Record a relationship if the ontology allows its ends (trying the other direction for symmetric ones)."""
        if in_source_note(text_of(self.doc), cue.idx):
            return  # "[3] Ministry of Interior, press statements, 2014": a source cited, no link stated
        if method != "model" and not self.hostility.sides_fit(subject, rel_type, obj):
            return  # a rule's "Iran-backed militias attacked X", "the Syrian city of Manbij": not a side of the fight
        if (
            rel_type in HEADS
            and isinstance(obj, Mention)
            and obj.label == "Country"
            and qualifies_other(obj, cue.sent, subject if isinstance(subject, Mention) else None)
        ):
            return  # "the Nigerian movement led by X": X leads the movement, not Nigeria
        if rel_type == "SANCTIONED_BY" and isinstance(obj, Mention) and imposes_no_sanctions(obj):
            return  # "the RSF had committed genocide and imposed sanctions on X": a group sanctions no one
        if rel_type in PLACE_TYPES and isinstance(obj, Mention) and names_a_border(self.doc, obj):
            return  # "X operates near the Chinese border": on the near side, not in China
        if (
            rel_type == "LOCATED_IN"
            and isinstance(subject, Mention)
            and isinstance(obj, Mention)
            and wider_in_town(self.doc, subject, obj)
        ):
            return  # "the Mopti region near the town of Djenne": a region lies in no town
        if rel_type in HOSTILE_TYPES and any(self._served(end, cue) for end in (subject, obj)):
            return  # "a war against the enemy and in support of Palestine": Palestine is the side served, not hit
        if (
            rel_type == "ATTACKED"
            and method != "model"
            and isinstance(obj, Mention)
            and obj.label == "Location"
            and only_locates_a_thing(obj, cue, self.index)
        ):
            return  # "a strike on a car in eastern Baghdad": the car was hit, Baghdad is where
        s_label = "Event" if isinstance(subject, Event) else subject.label
        o_label = "Event" if isinstance(obj, Event) else obj.label
        state_member = (
            rel_type == "MEMBER_OF"
            and (s_label, o_label) == ("Country", "Organization")
            and cue.lemma_.lower() in self.cues.state_member_words
        )
        if state_member:
            rel_type, method = "ALLIED_WITH", f"{method}+state-member"  # "Kenya joined AMISOM": allied with it
        state_backed = (
            rel_type == "FUNDS"
            and isinstance(obj, Mention)
            and obj.label == "Country"
            and self.doc[obj.end - 1].dep_ not in MODIFIER_DEPS | {"poss"}  # not Somalia of "backs Somali partners"
            and (s_label == "Country" or getattr(subject, "kind", None) in self.cues.state_backer_kinds)
        )
        if state_backed:
            rel_type, method = "ALLIED_WITH", f"{method}+state-backed"  # "the US has backed Israel": its ally
        if not self.ontology.allows(rel_type, s_label, o_label):
            if self.ontology.relations[rel_type].symmetric and self.ontology.allows(rel_type, o_label, s_label):
                subject, obj = obj, subject
            else:
                return
        s_key, o_key = self._actor(subject), self._actor(obj)
        if s_key == o_key:
            return
        if rel_type == "LEADS" and o_label == "Organization" and isinstance(obj, Mention):
            self.index.groups.setdefault(s_key, obj)
        sent = self.words.sentence(cue)
        certainty = certainty or self.certainty(cue)
        if certainty == "asserted" and isinstance(subject, Mention) and hedged_doer(subject, rel_type, self.doc):
            certainty = "alleged"  # "suspected ISWAP fighters attacked"
        self.facts.relations.append(
            RelationFact(
                s_key,
                rel_type,
                o_key,
                sent.start_char,
                sent.end_char,
                certainty,
                self.source(cue),
                confidence,
                method,
            )
        )
        if (
            rel_type == "SANCTIONED_BY"
            and method != "model"
            and certainty != "negated"
            and isinstance(subject, Mention)
        ):
            deeds = self.events.events_at(sanction_reasons(cue, self.cues.sanction_reason_preps))  # "sanctioned X over
            # the bombing of Y": X is blamed for it, on the sanctioner's word
            self.emit_all([subject], "BLAMED_FOR", deeds, cue, "sanction-reason", 0.6, "alleged")
        if (
            rel_type == "ATTACKED"
            and {s_label, o_label} <= SIDE_LABELS  # not "Trump ordered strikes on Houthi targets": a state's act
            and isinstance(obj, Mention)
            and holds_positions_hit(self.doc, obj)
        ):
            self.emit(subject, "OPPOSES", obj, cue, f"{method}+positions", confidence - 0.1, certainty)  # "struck
            # PKK positions": fought the PKK
        stand_ins = [] if state_member else self.hostility.stand_ins(subject, rel_type, obj, cue)  # not the leader
        for s_state, o_state in stand_ins:  # "the Israeli army" is Israel  # of "the Saudi-led coalition" joined
            self.emit(s_state, rel_type, o_state, cue, f"{method}+state", confidence, certainty)
        if rel_type == "WORKS_FOR" and isinstance(obj, Mention) and (state := owning_state(obj, self.gazetteer)):
            self.emit(subject, rel_type, self.known_mention(state), cue, f"{method}+state", confidence, certainty)  # "a
            # spokesman for Chad's election commission" works for Chad too

    def certainty(self, cue: Token) -> str:
        """What the cue's clause makes of its fact (:func:`certainty_of`): read once a cue, however many links it
        states ("X and Y attacked A and B")."""
        found = self._certainties.get(cue.i)
        if found is None:
            found = self._certainties[cue.i] = certainty_of(cue, self.cues, self.words)
        return found

    def source(self, cue: Token) -> str:
        """Who says what the cue states (:func:`source_of`), read once a cue."""
        found = self._sources.get(cue.i)
        if found is None:
            found = self._sources[cue.i] = source_of(cue, self.index, self.cues, self.words)
        return found

    def emit_all(
        self,
        subjects: list[End],
        rel_type: str,
        objects: list[End],
        cue: Token,
        method: str,
        confidence: float,
        certainty: str | None = None,
    ) -> None:
        """Emit every subject-object pair."""
        for s in subjects:
            for o in objects:
                self.emit(s, rel_type, o, cue, method, confidence, certainty)

    # -- the rules and the scorer --------------------------------------------------------
    @cached_property
    def parse_memo(self) -> ParseMemo:
        """The heads, children and mention roots the scorer's pairs share, read once a document."""
        return ParseMemo(self.cues, self.words)

    def read(self, extractor: str = "both", model: RelationModel | None = None) -> DocFacts:
        """Apply every rule to every sentence, then the learned scorer (``extractor``: rules, model or both)."""
        try:
            facts = self._read(extractor, model)
            one_death(facts)  # "X was shot dead in Surrey ... the Nijjar killing": one incident told twice
            dated_namesakes(facts)  # "Bannu Cantonment attack" of Tuesday and of July 2024: the older by its date
            without_unlaid_mishaps(facts)  # "X was killed in a helicopter crash": an accident, unless laid on someone
            without_blame_of_the_hit(facts)  # "a strike killed an X commander ... the attack bore X's footprints"
            without_link_only_bodies(facts)  # "Related: Chad's army says ...": a body only another story names
            return facts
        finally:
            forget_reading(self.doc)  # what the rules kept on the document refers back to it

    def _read(self, extractor: str, model: RelationModel | None) -> DocFacts:
        self.apply_rules()
        if extractor == "rules":
            return self.facts  # the model is not even loaded
        model = model or load_model()
        if model is None:
            return self.facts
        rule_facts = self.facts.relations
        ruled = set(map(_fact_key, rule_facts))
        scored: dict[tuple[int, str, str, str], float] = {}
        with self.kept_apart("the scorer"):  # the rules' links stay whatever the scorer meets
            candidates = list(self.candidates(model))  # with the rules' votes among their features
            self.facts.relations = []
            scored = self.apply_model(model, candidates, ruled)
        if extractor == "both":  # the rules' answers stay, the surer where the scorer is surer than their rule
            self.facts.relations = [
                replace(r, confidence=round(max(r.confidence, scored[_fact_key(r)]), 3))
                if _fact_key(r) in scored
                else r
                for r in rule_facts
            ] + [r for r in self.facts.relations if _fact_key(r) not in ruled]
        self.facts.relations = without_heads_as_members(self.facts.relations)
        return self.facts

    def candidates(self, model: RelationModel | None = None) -> Iterator[Candidate]:
        """Every ordered pair of distinct actors or events in a sentence that the ontology allows some link
        between, in that direction, with its features (rules' votes too). With a ``model``, only the pairs whose
        scores can change what it finds: a type it may link them by can reach its threshold, or the rules linked
        them by one (training reads every pair)."""
        linkable: dict[tuple[str, str], bool] = {}
        rules_only: dict[tuple[str, str], frozenset[str] | None] = {}  # see _scored_for_rules_only
        votes: dict[tuple[int, str, str], set[str]] = {}
        for r in self.facts.relations:
            votes.setdefault((r.start, r.subject, r.object), set()).add(r.type)
            votes.setdefault((r.start, r.object, r.subject), set()).add(f"~{r.type}")
        ends = in_text_order([*self.index.mentions, *self.references(), *self.events.events])
        label_of = {id(end): end_label(end) for end in ends}  # read once an end, not once a pair
        key_of = {id(end): end_key(end) for end in ends}
        memo = self.parse_memo
        for sent in self.words.sentences:
            start = sent.start_char
            for a, b, between in pairs_in(sent, ends):
                context = None  # what both directions share, read once
                for s, o in ((a, b), (b, a)):
                    labels = (label_of[id(s)], label_of[id(o)])
                    if labels not in linkable:
                        linkable[labels] = any(self.ontology.allows(t, *labels) for t in self.ontology.relations)
                    if not linkable[labels]:
                        continue  # "Kirkuk ... Kataib Hezbollah": no link runs from a place to a group
                    v = sorted(votes.get((start, key_of[id(s)], key_of[id(o)]), ()))
                    if model is not None:
                        if labels not in rules_only:
                            rules_only[labels] = _scored_for_rules_only(model, self.ontology, labels)
                        if rules_only[labels] is not None and rules_only[labels].isdisjoint(v):
                            continue  # no link of the model's own, and none of the rules' to give a confidence
                    context = context or PairContext(self.doc, a, b, self.cues, between, memo)
                    yield sent, s, o, context.features(s is a, v)

    def references(self) -> list[Mention]:
        """ "The group", "the movement", "he", "its": references to an actor named in an earlier sentence, as
        mentions of it where they stand, so the scorer reads links across sentences."""
        found = []
        for token in reference_tokens(self.index):  # pronouns and the nouns of a group or a country only
            if not refers_back(token, self.index):
                continue
            ante = self.index.antecedent(token)
            if ante is not None and ante.end <= self.words.sentence_start[token.i]:
                found.append(
                    replace(
                        ante,
                        start=token.i,
                        end=token.i + 1,
                        start_char=token.idx,
                        end_char=token.idx + len(token),
                        text=token.text,
                        refers_back=True,
                    )
                )
        return found

    def apply_model(
        self, model: RelationModel, candidates: list[Candidate], ruled: set[tuple[int, str, str, str]]
    ) -> dict[tuple[int, str, str, str], float]:
        """Emit the links the scorer finds likely enough among the candidates; every scored (sentence, subject,
        type, object) with its calibrated probability. A link the rules made too needs only even odds
        (:data:`CONFIRMED`): a type's threshold is set for the links the scorer adds beside the rules. The rules'
        reading of a sentence wins where it is sharper: an attack they read as only announced stays a threat, and
        a link they read one way is not added the other."""
        scored: dict[tuple[int, str, str, str], float] = {}
        allowed: dict[tuple[str, str], list[int]] = {}  # the types the ontology allows between two labels
        symmetric = {t for t in model.types if self.ontology.is_symmetric(t)}
        every_score = model.scores_of([feats for _, _, _, feats in candidates])  # one batch a document
        types, reachable, thresholds, calibration = model.types, model.reachable, model.thresholds, model.calibration
        for (sent, s, o, _), scores in zip(candidates, every_score, strict=True):
            labels = (end_label(s), end_label(o))
            if labels not in allowed:
                allowed[labels] = [i for i, t in enumerate(types) if self.ontology.allows(t, *labels)]
            if not allowed[labels]:
                continue
            start, s_key, o_key = sent.start_char, end_key(s), end_key(o)  # the same for every type
            for i in allowed[labels]:
                rel_type = types[i]
                key = (start, s_key, rel_type, o_key)
                if i not in reachable and key not in ruled:
                    continue  # no link of the model's own, and no rules' link to give a confidence
                a, b = calibration[i]  # model.calibrated without a call at each of a page's pairs and types
                p, threshold = sigmoid(a * scores[i] + b), thresholds[i]
                if key in ruled:
                    threshold = min(threshold, CONFIRMED)
                if p <= scored.get(key, -1.0):
                    continue
                scored[key] = p
                announced = rel_type == "ATTACKED" and (start, s_key, "THREATENED", o_key) in ruled
                reversed_ = rel_type not in symmetric and (start, o_key, rel_type, s_key) in ruled
                elsewhere = rel_type == "BASED_IN" and self._anothers_place(s, o)  # "aligned with Mexico's Y"
                if p >= threshold and not announced and not reversed_ and not elsewhere:
                    cue = _meeting_point(self.parse_memo, s, o)
                    self.emit(s, rel_type, o, cue, "model", round(p, 3))
        return scored

    def _anothers_place(self, org: End, place: End) -> bool:
        """Whether a place is written as another organisation's possessive, so not where ``org`` is based."""
        return isinstance(org, Mention) and isinstance(place, Mention) and owned_by_another(self, org, place)

    def token_rules(self) -> TokenRules:
        """The rules read at each token, in order, each with the words it needs (None: every token)."""
        c, incidents, said = self.cues, self.events.incident_words, incident_cues()
        dead = incident_words()
        aim = target_cues()
        phrases = sanction_phrase_cues()
        name_ends = {self.words.lower[m.end - 1] for m in self.index.mentions if m.label == "Person"}
        hyphenated = {w for w in set(self.words.lower) if "-" in w}
        announcing_words = announcement_cues().announcing_verbs | c.perpetration_verbs
        return TokenRules(
            [
                (  # and "blew up", "set off", "set up", "seized the MSC Aries"
                    self.verb,
                    c.verbs.keys()
                    | phrasal_attacks().keys()
                    | ramming_cues()[0]
                    | place_phrase_words().founding_phrases.keys()
                    | vessel_cues().seizing_verbs,
                ),
                (  # and "took X hostage", "freed X inmates from Y", "stole $5 million from Y"
                    self.violence,
                    c.violence_verbs
                    | phrasal_kidnaps().keys()
                    | jailbreak_cues().verbs
                    | jailbreak_cues().escape_verbs
                    | theft_cues()[0],
                ),
                (self.relational_adjective, c.adjectives),
                (self.role, c.role_words | name_ends),  # also at the last word of a person's name
                (self.appointment, c.appointment_verbs | c.succession_verbs | c.self_naming_verbs),
                (lambda token: heirs_of_heads(self, token), c.succession_verbs),  # "Z ... was succeeded by X"
                (lambda token: heirs_named(self, token), succession_cues().heir_nouns),  # "his predecessor, Z"
                (lambda token: took_over(self, token), succession_cues().takeover_verbs),  # "C took over Y"
                (lambda token: passed_on(self, token), succession_cues().handover_verbs),  # "command passed to C"
                (lambda token: group_head(self, token), group_head_preps()),  # "X under Y", "the X militia of Y"
                (lambda token: in_charge(self, token), charge_words()),  # "X, the man in charge of Y"
                (self.hyphen_compound, c.hyphen.keys() | hyphenated),  # "pro", "-backed", any word with a hyphen
                (self.relational_noun, c.nouns.keys() | c.group_nouns | c.sanction_means),  # and "a splinter group
                # of X", "restrictive measures on X"
                (self.attack_noun, incidents),
                (lambda token: people_lost(self, token), lost_cues().verbs),  # "lost members in Israeli strikes"
                (self.blame, c.blame_preps | c.perpetration_verbs | c.approving_verbs | c.blame_verbs | c.blame_nouns),
                (lambda token: claimed_credit(self, token), blame_phrase_cues().credit_nouns),  # "took credit for"
                (lambda token: bore_marks(self, token), blame_phrase_cues().mark_nouns),  # "bore the hallmarks of X"
                (lambda token: linked_to(self, token), blame_phrase_cues().linking_verbs),  # "linked X to the attack"
                (lambda token: work_of(self, token), blame_phrase_cues().work_nouns),  # "the bombing was the work of X"
                (lambda token: arrested_over(self, token), court_case_cues().arrest_verbs),  # "arrested X over Y"
                (lambda token: named_operation(self, token), blame_phrase_cues().naming_verbs),  # "which it called X"
                (lambda token: announced_operation(self, token), announcing_words),  # "announced Operation X"
                (lambda token: helped_deed(self, token), blame_phrase_cues().help_nouns),  # "with the help of X"
                (lambda token: ordered_deeds(self, token), order_cues().order_nouns),  # "on the orders of X"
                (lambda token: claim_noun(self, token), claim_noun_cues().nouns),  # "X's claim of the bombing"
                (lambda token: disowned_deeds(self, token), disowned_verbs()),  # "X denied the attack"
                (lambda token: read_verb_series(self, token), series_words()),  # "X arms and funds Y"
                (lambda token: joined_bodies(self, token), joining_lemmas()),  # "the operation involved X"
                (lambda token: groups_listed_in_place(self, token), c.placed_groups),
                (self.hostility.read, self.hostility.by_lemma.keys() | self.hostility.by_word.keys()),
                (self.attribution, incidents | said.attribution_verbs | said.responsible_words),
                (
                    lambda token: died_in_incident(self, token),
                    dead.death_verbs | dead.death_nouns | dead.owner_hit_nouns | c.violence_verbs,
                ),
                (lambda token: among_the_dead(self, token), dead.among_preps),  # "X was among the dead in the strike"
                (lambda token: toll_included(self, token), dead.including_verbs),  # "Those killed included X"
                (lambda token: left_dead(self, token), dead.toll_words),  # "the blast left X dead"
                (lambda token: victims_group(self, token), dead.toll_words),  # "the victims belonged to X"
                (lambda token: incident_scene(self, token), scene_words().scene_nouns),  # "the site of the blast in X"
                (lambda token: victim_apposed(self, token), dead.toll_words),  # "one of the victims, X"
                (lambda token: target_of_incident(self, token), aim.target_nouns),  # "X was the target of the raid"
                (lambda token: aimed_incident(self, token), aim.aiming_verbs),  # "the strike was aimed at X"
                # "named the dead as X", "the names of the dead: X"
                (lambda token: dead_named(self, token), dead.dead_naming_verbs | dead.name_nouns),
                # "The contractors, A and B, ..." after "two contractors were killed"
                (lambda token: counted_dead_apposed(self, token), c.victim_nouns | dead.counted_people_nouns),
                (lambda token: took_part(self, token), part_cues().verbs | part_cues().phrases.keys()),
                (lambda token: harm_including(self, token), self._harm_verbs),  # "attacked X, including the ambush"
                (lambda token: deaths_caused(self, token), part_cues().death_nouns),
                (lambda token: doers_named(self, token), part_cues().doer_naming_verbs),  # "named the attackers as X"
                (lambda token: doers_described(self, token), incident_doer_nouns()),  # "the bomber, X, was ..."
                (lambda token: suspects_named(self, token), suspect_cues().suspect_nouns),  # "A, a suspect in it"
                (lambda token: suspicion_fell(self, token), suspect_cues().suspicion_nouns),  # "Suspicion fell on X"
                (lambda token: evidence_pointed(self, token), suspect_cues().pointing_verbs),  # "clues pointed to X"
                (lambda token: read_war_phrase(self, token), war_phrase_words()),  # "the Israel-Hamas war"
                (lambda token: branded_aggression(self, token), aggression_nouns()),  # "called it Israeli aggression"
                (lambda token: read_meeting_phrase(self, token), meeting_phrase_words()),  # "X spoke with Y by phone"
                (lambda token: read_territory(self, token), territory_words()),  # "the rebels captured Goma"
                (lambda token: seized_power(self, token), power_seizure_cues().verbs),  # "X seized power"
                (lambda token: ousted_heads(self, token), power_seizure_cues().head_ousting_verbs),  # "ousted Y"
                (lambda token: frozen_assets(self, token), phrases.freezing_verbs),  # "froze the assets of X"
                (lambda token: designated_as(self, token), phrases.designating_verbs),  # "declared X a terrorist group"
                (
                    lambda token: listed_in_relative(self, token),
                    phrases.relative_listing_words,
                ),  # "which A and B list as"
                (lambda token: listed_by_body(self, token), phrases.listing_verbs),  # "The Council of the EU listed X"
                (lambda token: sanction_nouns(self, token), phrases.sanction_nouns),  # "X, under US sanctions"
                (lambda token: on_sanctions_list(self, token), c.sanction_list_nouns),  # "X is on the EU terror list"
                (lambda token: list_holds(self, token), c.sanction_list_verbs),  # "the EU's terror list includes X"
                (lambda token: sanctioned_among(self, token), phrases.designating_verbs),  # "among those sanctioned"
                (lambda token: sanctioned_pair(self, token), phrases.plain_verbs),  # "Both were sanctioned by Y"
                (lambda token: belongs_to(self, token), phrases.membership_verbs.keys()),  # "who belongs to Hamas"
                (lambda token: acted_for(self, token), acting_cues().verbs),  # "acted on behalf of Hamas"
                (lambda token: members_named(self, token), members_named_cues().verbs),  # "named its fighters as X"
                (lambda token: home_to(self, token), place_phrase_words().home_nouns),  # "Idlib, home to HTS"
                (lambda token: houses_sites(self, token), housed_words().housing_verbs),  # "X, which houses Y"
                (lambda token: chosen_base(self, token), place_words().base_nouns),  # "X made Gwoza its headquarters"
                (lambda token: read_backing(self, token), backing_words()),  # "a lifeline of cash from the UAE"
                (lambda token: read_coalition(self, token), coalition_words()),  # "X, which includes A and B"
                (lambda token: read_subordination(self, token), subordination_cues().preps),  # "A, under B's control"
                (lambda token: under_leaders(self, token), under_cues().preps),  # "Asaib Ahl al-Haq under X"
                (lambda token: hyphen_led_bodies(self, token), led_cues().hyphen_words),  # "the TPLF-led EPRDF"
                (lambda token: read_troop_contributors(self, token), troop_cues().troop_nouns),  # "troops from A in X"
                (lambda token: read_deployment(self, token), troop_cues().deployment_nouns),  # "A's deployment to help"
                (lambda token: read_fight_in_support(self, token), troop_cues().fighting_verbs),  # "A fought in
                # support of B"
                (lambda token: government_heads(self, token), headed_government_nouns()),  # "X's government"
                (lambda token: state_delegation_members(self, token), delegation_words().nouns),  # "the government
                # delegation was led by X"
                (
                    lambda token: leadership_listed(self, token),
                    role_types().leadership_nouns | role_types().delegation_nouns,
                ),  # "its leadership includes A and B", "the ULFA delegation included A and B"
            ]
        )

    def sentence_rules(self) -> list[tuple[Callable[[Span], None], Needs | None]]:
        """The rules read over a whole sentence, in order, each with what a sentence must hold for it to find anything
        (:class:`Needs`: the names or the cue words it reads at; None: every sentence)."""
        c, places, located = self.cues, place_words(), frozenset({"Location"})
        sides = frozenset({"Organization"})
        return [
            (self.place_appositions, Needs(located, 1)),
            (self.names_in_sequence, Needs(None, 1)),
            (self.organisation_placed, Needs(frozenset({"Organization", "Country", "Location"}), 2)),
            (self.group_referred_placed, Needs(frozenset({"Country"}), 1)),
            (partial(places_in_places, self), Needs(located, 1, place_phrase_words().extent_verbs)),
            (  # "X, a Chadian rebel movement", "Houthi rebels from Yemen"
                partial(organisations_placed, self),
                Needs(
                    PLACE_LABELS | sides,
                    1,
                    places.collective_words
                    | places.base_nouns
                    | places.description_nouns
                    | places.control_verbs
                    | c.owner_pronouns,
                ),
            ),
            (partial(settlements_placed, self), Needs(words=places.settlement_references)),  # "The village, in X,"
            (partial(campaign_places, self), Needs(words=campaign_place_nouns())),  # "operations against X in Sokoto"
            (partial(pictured_groups, self), Needs(words=pictured_words()[0])),  # "Photo: M23 fighters in Bunagana"
            (partial(caption_scene, self), Needs(words=scene_words().after_preps)),  # "Photo: X after the attack"
            (partial(hosted_groups, self), Needs(words=hosting_words()[0])),  # "Algeria arms, funds and hosts X"
            (partial(person_s_organisation, self), Needs(frozenset({"Person"}), 1)),  # "Prigozhin's Wagner Group"
            (partial(referred_bodies, self), Needs(sides, 1)),  # "The group's Executive Council"
            (partial(possessive_titles, self), Needs(None, 2)),  # "David Cohen, the Treasury's under secretary"
            (partial(named_parts, self), Needs(words=c.named_part_nouns)),  # "its armed wing, the X Brigades"
            (partial(branch_parents, self), Needs(sides, 1)),  # "the X Sahel Province": a branch of X
            (partial(faction_ties, self), Needs(sides, 1)),  # "the Misuari faction of the MNLF"
            (partial(dashed_members, self), Needs(sides, 1)),  # "the X Alliance — A, B and C —"
            (partial(division_capitals, self), Needs(words=division_capital_adjectives())),  # "X, the state capital"
            (partial(known_places_within, self), Needs(located, 1)),  # "El Fasher ... Sudan": the gazetteer's
            (partial(framed_places, self), Needs(located, 1)),  # "In Zamfara, gunmen ... a school in Jangebe"
            (partial(listed_divisions, self), Needs(words=listed_division_nouns())),  # "Nigeria ... Kebbi states"
        ]

    def read_sentence(
        self,
        sent: Span,
        rules_at: dict[int, list[Rule]],
        positions: list[int],
        sentence_rules: list[tuple[Callable[[Span], None], Needs | None]],
    ) -> None:
        """Apply every rule to one sentence: its incidents, its tokens' rules, then the sentence-wide rules that
        what the sentence holds can set off."""
        for event in self.events.find(sent):
            self.event_links(event)
            self.perpetrators(event)
        for i in positions[bisect_left(positions, sent.start) : bisect_left(positions, sent.end)]:
            token = self.doc[i]
            for rule in rules_at[i]:
                rule(token)
        holds = SentenceHolds(self.index.inside(sent), self.words, sent)
        for rule, needs in sentence_rules:
            if holds.meets(needs):
                rule(sent)

    @contextmanager
    def kept_apart(self, part: str) -> Iterator[None]:
        """Read one part of the page (a sentence, a pass over the whole page) so that a parse no rule foresaw costs
        that part's links, not the page's: the failure is noted in ``facts.problems`` and the reading goes on. A seed
        file lacking a key a rule reads is the set-up's fault, the same on every page: it stops the build."""
        try:
            yield
        except ActorGraphError:
            raise
        except Exception as exc:
            self.facts.problems.append(f"{part} ({type(exc).__name__}: {exc})")

    def apply_rules(self) -> None:
        """Apply every rule to every sentence (a token's rules only where their words are)."""
        rules_at = self.token_rules().by_position(self.words)
        positions = list(rules_at)  # in order
        sentence_rules = self.sentence_rules()
        for number, sent in enumerate(self.words.sentences, start=1):
            with self.kept_apart(f"sentence {number}"):
                self.read_sentence(sent, rules_at, positions, sentence_rules)
        sanctioners: set[str] = set()
        with self.kept_apart("the sanctions told across sentences"):
            notices = DesignationNotice(self)  # "The Department also designated", "added to its SDN List: A, B"
            sanctioners = carry_sanctioner(self, notices.read)  # listed as designated later, by the one named before
            acting_office(self)  # "the Treasury's OFAC sanctioned X": the office
            sanctions_told_together(self)  # "The designations were adopted by the Council": of every target before
            owners_back_too(self)  # "funded by the IRGC's Quds Force": the IRGC too
            sanctioning_state(self, sanctioners)  # the Treasury's sanctions are the United States' where it is named
        with self.kept_apart("the entries of a list of people"):
            entry_titles(self)  # "- SOE WIN, DOB 1960; Deputy Commander-in-Chief of the Burmese Military;"
            entry_addresses(self)  # "- LIWA AL-NASR; a.k.a. NASR BRIGADE; Location: Egypt."
            roster_lines(self)  # "The council has five members:" then "- A, its spokesman;": A is a member
        with self.kept_apart("the breadcrumbs"):
            breadcrumb_places(self)  # "Home / Balochistan / Quetta": Quetta in Balochistan
        with self.kept_apart("the incidents told across sentences"):
            listed_deeds(self)  # "Its best-known attacks include:" and a list of incidents, a line each
            self.blame_on_lines()  # "linked X to a list of attacks, including:" and the attacks, a line each
            attackers_of_targets(self)  # "The BLA attacked the convoy": the incident that hit the convoy is the BLA's
            claimed_targets(self)  # "X claimed the attack, saying its fighters had targeted Y": the attack targeted Y
            listed_examples(self)  # "blamed for attacks in X, including the killing of Y": the killing's too
            ordinal_suspects(self)  # "convicted A and B of the bombing, and acquitted a third, C": C, negated
            authors_attacked_targets(self)  # "X was behind the raid that killed Y": X attacked Y
            threats_on_authors(self)  # "Iran vowed revenge": on whoever the page lays the incident on
            repellers_against_authors(self)  # "Kenyan forces repelled it": against whoever the incident is laid on
            threats_of_groups(self)  # "the Guards' commander warned Israel": the Guards' threat too
        with self.kept_apart("the credit lines"):  # "By Jane Roe, Sahel Observer", "(Reporting by A; Editing by B)"
            credited_outlet(self)  # the outlet's people
        with self.kept_apart("the heads named by their state"):
            possessive_heads(self)  # "Rwanda's Paul Kagame", where the page tells he heads a state
            heads_succeeded(self)  # "X, president of Y, when he succeeded Z": Z led Y too
        self.facts.relations = self._homes_stated_elsewhere(self.facts.relations)  # not Syria of "a Britain-based"
        self.facts.relations = calibrated(self.facts.relations)  # each rule's measured precision as its confidence
        for event in self.events.events:  # every incident is a node, with every phrase the text names it by
            self._actor(event)

    def _homes_stated_elsewhere(self, relations: list[RelationFact]) -> list[RelationFact]:
        """The relations less a state in an organisation's name taken for its home where the text bases it in another
        state ("the Syrian Observatory for Human Rights, a Britain-based monitor": Syria is what it watches)."""
        countries = {key for key, actor in self.facts.actors.items() if actor.label == "Country"}
        stated: dict[str, set[str]] = {}
        for r in relations:
            if r.type == "BASED_IN" and r.method in STATED_HOME_RULES and r.object in countries:
                stated.setdefault(r.subject, set()).add(r.object)
        return [r for r in relations if r.method != "state-in-name" or r.object in stated.get(r.subject, {r.object})]

    def _set_off_place(self, place: Mention, places: list[Mention]) -> bool:
        """Whether an incident's place only says where another of its places lies, set off after it by a comma ("an
        ambush near Teguey, also in Tillabéri", "in Gwoza, Borno state", "in Makiivka, in Russian-occupied Donetsk
        region", whose participle only qualifies the region): the incident is at the other place, which the place
        rules put in this one; not the next item of a list of places joined by "and", "struck A, B and C")."""
        root = span_root(self.doc, place.start, place.end)
        return any(
            other.end < place.start <= other.end + SET_OFF_PLACE_SPAN
            and self.words.text[other.end] == ","
            and all(t.pos_ not in VERB_TAGS or t.dep_ == "amod" for t in self.doc[other.end : place.start])
            and not _joined_list(span_root(self.doc, other.start, other.end), root)
            for other in places
        )

    def perpetrators(self, event: Event) -> None:
        """ "the attacks conducted by Lashkar-e-Taiba", "a kamikaze attack most likely perpetrated by the ADF",
        "the ambush staged by the NPA": who the incident's participle names as its author."""
        cue = event.cue
        events = self._identified(cue) or [event]  # "the worst attack claimed by X was the bombing of Y": Y's
        verbs = [c for c in cue.children if c.dep_ == "acl"]
        if cue.dep_ in {"nsubj", "nsubjpass"}:
            verbs.append(cue.head)
        verbs += [v for v in deed_verbs(cue) if v not in verbs]  # "the bombing in Kano, which was claimed by X"
        doing = self.cues.perpetration_verbs | self.cues.approving_verbs  # "a strike authorised by X"
        for verb in (v for v in verbs if {v.lemma_.lower(), v.lower_} & doing):
            agents = agents_of(verb, shared=False) or interposed_agents(verb)  # "claimed at the time by X"
            authors = [m for t in agents for m in actors_of(t, self.index, with_preps=False)]
            if verb.lemma_.lower() in own_claim_cues().verbs:  # "the raid was claimed by A, a commander of X": X too
                authors += [m for t in agents for m in claimed_for(t, self.index) if m not in authors]
            authors += partners(verb, self.index) if authors else []  # "by Y, together with X"
            approved = verb.lemma_.lower() in self.cues.approving_verbs  # "a strike authorised by X": no blow struck
            method = APPROVED_ONLY if approved else f"perpetrator:{verb.lemma_.lower()}"
            self.emit_all(authors, "BLAMED_FOR", events, verb, method, 0.75)
        for verb in (v for v in verbs if done_within(v) == cue and v.lemma_.lower() in self._harm_verbs):
            active = [c for c in verb.children if c.dep_ == "nsubj"]
            doers = agents_of(verb, shared=False) if is_passive(verb) else active
            within = [m for t in doers for m in actors_of(t, self.index, with_preps=False) if m.label != "Location"]
            self.emit_all(within, "BLAMED_FOR", events, verb, "perpetrator:within", 0.7)  # "the raid, in which X
            # fighters killed 20 villagers"
        by = [m for t in prep_objects(cue, {"by"}) for m in actors_of(t, self.index, with_preps=False)]
        self.emit_all(by, "BLAMED_FOR", events, cue, "perpetrator:by", 0.75)  # "the attack by ISGS in Kokorou"
        laid_on_by_participle(self, event, events)  # "an attack blamed on Turkey"

    @cached_property
    def _harm_verbs(self) -> frozenset[str]:
        """The verbs (lemmas) of striking or harming someone: ATTACKED's verbs and the verbs of violence."""
        attacking = {v for v, cues in self.cues.verbs.items() if any(c.type == "ATTACKED" for c in cues)}
        return frozenset(attacking) | self.cues.violence_verbs

    def _identified(self, noun: Token) -> list[Event]:
        """The incidents a copula says an incident noun is ("The deadliest attack blamed on X remains the 2017 truck
        bombing at Y": the bombing's), each once; none when no copula names one."""
        named = identified_incidents(noun, self.events.is_event_noun)
        return list({id(e): e for t in named if (e := self.events.event_at(t)) is not None}.values())

    def event_links(self, event: Event) -> None:
        """OCCURRED_AT its places, TARGETED its targets, BLAMED_FOR from an author named in the phrase."""
        self._actor(event)
        for place in event.places:
            if not self._set_off_place(place, event.places) and not route_end(self.doc, place):
                self.emit(event, "OCCURRED_AT", place, event.cue, "event-place", 0.75, "asserted")
        for target in event.targets:  # not the countries of "struck targets at sites in Iraq and Syria"
            if self.hostility.fits(target, "ATTACKED") and not private_nationality(target, self.doc):  # nor of
                # "the killing of three Israeli teenagers"
                self.emit(event, "TARGETED", target, event.cue, "event-target", 0.7, "asserted")
        self.emit_all(self.attackers(event.cue), "BLAMED_FOR", [event], event.cue, "event-author", 0.7)
        told = naming_nouns(operation_title(event.cue), self.events.is_event_noun)  # "Chad's raid, which the army
        owners = [m for t in told for m in self.attackers(t)]  # called Operation Y": the raid's author
        self.emit_all(owners, "BLAMED_FOR", [event], event.cue, "event-author", 0.7)
        sites = [p for p in event.places if p.label == "Location" and self._mission_state(p) is not None]
        self.emit_all([event], "TARGETED", sites, event.cue, "event-site", 0.7, "asserted")  # outside the X embassy
        states = [s for t in event.targets + sites if (s := self._mission_state(t)) is not None]  # "the X embassy"
        self.emit_all([event], "TARGETED", states, event.cue, "event-mission", 0.7, "asserted")
        forces_hit(self, event)  # "an assault on an army post": the state's forces
        hit = {end_key(t) for t in event.targets}  # not X of "X died during a clash with Y": hit, not to blame
        sides = [m for m in event.authors if m.key not in hit]
        fell = len(sides) < len(event.authors)  # Y of "X died during a clash with Y": the side X fell to, its author
        method = "fought-victims" if fell else "event-sides"  # "fighting between X and Y": neither side's alone
        self.emit_all(sides, "BLAMED_FOR", [event], event.cue, method, 0.7)
        hit = besieged_places(event.cue, event.places, self.index, self.cues)  # "the siege of El Fasher"
        aimed = self.certainty(event.cue)
        aimed = "asserted" if aimed == "negated" else aimed  # "X denied the attack on Y": who did it is denied
        self.emit_all(
            [event], "TARGETED", [m for m in hit if m not in event.targets], event.cue, "event-aimed", 0.7, aimed
        )

    def _mission_state(self, body: Mention) -> Mention | None:
        """The state whose diplomatic mission a named body is ("the Australian embassy in Jakarta": Australia), if
        it is one."""
        if body.label not in {"Organization", "Location"} or body.start < 0:
            return None
        words = [t for t in self.doc[body.start : body.end] if t.lower_ != "the"]
        if not words or not any(t.lemma_.lower() in incident_cues().mission_nouns for t in words):
            return None
        state = self.gazetteer.lookup(words[0].text)
        return self.known_mention(state) if state is not None and state.label == "Country" else None

    def attackers(self, cue: Token) -> list[Mention]:
        """Who an attack noun names as its author: "Israeli strikes", "a Houthi drone attack", "Iran's attack",
        "retaliatory strikes by the United States", "the GNA's Operation Peace Storm" (the owner of an operation's
        name)."""
        title_head = carried_object(cue)
        if title_head.i != cue.i:  # "Turkey's "Operation Claw-Lock"": the possessive hangs on the name's last word
            named = [left for left in title_head.lefts if left.dep_ == "poss"]
            return [m for t in named for m in actors_of(t, self.index, with_preps=False) if m.label != "Location"]
        if cue.pos_ != "NOUN":
            return []
        named = [left for left in cue.lefts if left.dep_ in {"poss", "amod", "compound", "nmod"}]
        named += [t for t in prep_objects(cue, {"by"}) if not self.events.is_event_noun(t)]
        found = [(t, m) for t in named for m in actors_of(t, self.index, with_preps=False) if m.label != "Location"]
        found = [(t, m) for t, m in found if not self._owner_suffered(cue, t, m)]  # not X of "his killing"
        found = [(t, m) for t, m in found if not self._owner_holds_scene(cue, t, m)]  # not "Nigeria's Gwoza bombings"
        return [m for t, m in found if not names_scene(t, m)]  # not Daraban of "the Daraban attack"

    def _owner_holds_scene(self, cue: Token, owner: Token, actor: Mention) -> bool:
        """Whether a possessive only says where an incident named after a place happened, the place lying in the
        owner: "Nigeria's Gwoza bombings" (Gwoza is in Nigeria), not "Ukraine's Kursk offensive" (Kursk is not)."""
        if owner.dep_ != "poss" or actor.actor_id is None:
            return False
        scenes = [m for t in cue.lefts if t.i > owner.i and (m := self.index.at(t)) is not None and m.actor_id]
        places = [p for m in scenes if m.label == "Location" and (p := self.gazetteer.actors.get(m.actor_id))]
        return any(actor.actor_id in {w.id for w in self.gazetteer.containing(p)} for p in places)

    def _owner_suffered(self, cue: Token, owner: Token, actor: Mention) -> bool:
        """Whether a person who owns an incident's noun suffered it: "his killing", "Haddad's abduction" (a noun whose
        "of" names who was hit, with none here; "his killing of three guards" is his deed)."""
        lemma = cue.lemma_.lower()
        if owner.dep_ != "poss" or actor.label != "Person" or lemma not in self.cues.patient_of_nouns:
            return False
        return not prep_objects(cue, {"of"})

    def attack_noun(self, noun: Token) -> None:
        """ "Israeli strikes on Rafah", "US airstrikes against the Houthis": ATTACKED from the noun's author."""
        if not self.events.is_event_noun(noun):
            return
        attackers = self.attackers(noun)
        if not attackers:
            return
        places, targets, _ = self.events.anchors(noun)
        aimed_at = self._aimed_at(noun)
        victims = targets + [m for m in places if m.key in aimed_at]
        victims += [m for m in hit_places(noun, places, self.index, self.cues) if m not in victims]  # "siege of X"
        victims = [
            m
            for m in victims
            if m.key not in {a.key for a in attackers} and not is_backer(m, self.doc, self.cues.hyphen)
        ]
        self.emit_all(attackers, "ATTACKED", victims, noun, f"attack-noun:{noun.lemma_.lower()}", 0.65)

    def _aimed_at(self, noun: Token) -> set[str]:
        """Keys of what an attack noun is aimed at: "an attack on the K-1 base" hits the base; "an attack in
        Mogadishu" only happens there; a place that only says where what was hit stands is not hit ("a strike on a
        car in eastern Baghdad", "an attack on Bujumbura's airport", "the attack on the Paris offices of X")."""
        pobjs = [
            pobj
            for holder in aim_holders(noun)  # "conducted strikes on Raqqa": the verb's "on" too
            for prep in holder.children
            if prep.dep_ == "prep" and self.cues.event_preps.get(prep.lower_) == "target"
            for pobj in prep.children
            if pobj.dep_ == "pobj"
        ]
        return {m.key for pobj in pobjs for m in actors_of(pobj, self.index) if self._hit_itself(m, pobj)}

    def _hit_itself(self, mention: Mention, pobj: Token) -> bool:
        """Whether an actor named in what an attack was aimed at was hit itself: not a place that only names where
        the thing hit stands, as its possessive or modifier ("an attack on Bujumbura's airport", "the attack on the
        Paris offices of X"; "attacks on ships in the Red Sea" still hit the sea's)."""
        last = self.doc[mention.end - 1]
        heads = conjuncts(pobj)
        return mention.label != "Location" or not (last.dep_ in {"poss", "compound"} and last.head in heads)

    def _place_word(self, token: Token) -> bool:
        """Whether a preposition's object is a name, or a noun whose own phrase of place may name the place ("based in
        the mountains of Saada", "in the high plateaux above Uvira"); not a thing's ("established pursuant to a
        resolution concerning South Sudan")."""
        return self.index.at(token) is not None or any(
            c.dep_ == "prep" and c.lower_ in self.cues.locative_preps for c in token.children
        )

    def _past_border(self, token: Token) -> list[Token]:
        """The places a border noun's own phrase of place names, in its stead: "along the Chinese border in Shan
        State" is in Shan State; none for a border alone ("along the Mali-Niger border" is in neither state whose
        border it is); any other noun as it is."""
        if token.lemma_.lower() not in place_phrase_words().border_words or self.index.at(token) is not None:
            return [token]
        return prep_objects(token, self.cues.locative_preps)

    def _places_within(self, token: Token) -> list[Mention]:
        """The places named one phrase deeper than a common noun of place that names none itself: "strongholds in the
        forests of X" (X), "bases in the south districts of A, B and C" (A, B and C); none for a name."""
        if token.pos_ != "NOUN" or self.index.at(token) is not None:
            return []
        inner = [t for t in prep_objects(token, self.cues.locative_preps) if self.index.at(t) is None]
        return [m for t in inner if t.pos_ == "NOUN" for m in actors_of(t, self.index) if m.label in PLACE_LABELS]

    def _places_listed_after(self, objects: list[Token]) -> list[Mention]:
        """The places named by a common noun listed after a name or a named place noun the objects hold, which the
        first item's own list leaves out: by the noun's phrase of place ("spread into Burkina Faso, Niger and the
        northern fringes of Benin": Benin) or by the names the noun is written with ("in the Wellega zones, parts of
        West Shewa and the Guji and Borana areas": West Shewa, Guji and Borana)."""
        listed: list[Token] = []
        frontier = [t for t in objects if self.index.at(t) is not None or self._names_places(t)]
        while frontier:  # the list's items, however the parse hangs them: on each other or set beside a name
            frontier = [c for t in frontier for c in t.children if c.dep_ in {"conj", "appos"} and c not in listed]
            listed += frontier
        nouns = [c for c in listed if c.pos_ == "NOUN" and self.index.at(c) is None]
        nouns = [c for c in nouns if c.lower_ not in self.cues.place_directions]  # not "north of Kabul"
        named = [m for c in nouns for p in prep_objects(c, self.cues.locative_preps) for m in actors_of(p, self.index)]
        named += [m for c in nouns if self._names_places(c) for m in actors_of(c, self.index, with_preps=False)]
        return [m for m in named if m.label in PLACE_LABELS]

    def _names_places(self, token: Token) -> bool:
        """Whether a common noun of place names places by the names it is written with: "the Wellega zones" (not "U.S.
        foreign policy", nor "Russian soldiers")."""
        return (
            token.pos_ == "NOUN"
            and token.lemma_.lower() in self.cues.place_nouns
            and any(m.label == "Location" for m in actors_of(token, self.index, with_preps=False) if m.start < token.i)
        )

    def verb(self, verb: Token) -> None:
        """ "X sanctioned Y", "Y is run by X", "X threatened Y", "militias backed by X"."""
        if verb.pos_ not in {"VERB", "AUX"} or is_refused(verb):
            return  # "refused to condemn Hamas": no act
        for cue in self._verb_cues(verb):
            if cue.type == "THREATENED" and self._ended(verb):
                continue  # "the coalition no longer threatens Bangui": a threat told as over
            set_off: list[Mention] = []  # the body a participle of leading is set off after: led as a whole
            shared = shared_passive_subjects(verb)  # "Hamas is backed by Iran and trained by Hezbollah"
            passive = is_passive(verb) or (verb.dep_ == "acl" and verb.tag_ == "VBN") or bool(shared)
            passive = passive or (cue.type == "LEADS" and has_child(verb, {"agent"}))
            if cue.passive_only and not passive:
                continue
            if cue.type == "BASED_IN" and fights_a_foe(verb):
                continue  # "X fought the government in Cairo": where it fought, not its base
            if cue.object_only_preps:
                holders = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}] or subjects_of(verb)
                if verb.dep_ == "acl":
                    holders = [verb.head]
                elif not holders and (described := described_by_coordinated_participle(verb)) is not None:
                    holders = [described]  # "the Houthis, backed by Iran and allied with Hezbollah": the Houthis
                if cue.type == "MEMBER_OF" and passive:  # "X's fighters were folded into Y": the men taken in, not X
                    holders = [h for h in holders if not self._people_only(h)]
                agents = [m for t in holders for m in actors_of(t, self.index, with_preps=False)]
                if cue.type == "BASED_IN":  # "Russian contractors of the Wagner Group operate in Mali": the group
                    agents = groups_of_people(self, holders) or agents
                if verb.dep_ == "acl":  # "X, an al-Qaeda affiliate based in Mali": X is based there
                    agents = placed_holders(self, verb.head, agents)
                objects = prep_objects(verb, cue.preps)
                if cue.named_objects:  # "stood with Turkey", "stood by Israel's right", not "with the Somali people"
                    objects = [o for t in objects for o in (t, *(c for c in t.children if c.dep_ == "poss"))]
                    objects = [t for t in objects if self.index.at(t) is not None]
                if cue.type == "BASED_IN":  # "based along the Chinese border in Shan State": in Shan State
                    objects = [t for t in objects if not serves_a_side(self, t) and not names_a_war(t)]
                    objects = [p for t in objects for p in self._past_border(t)]
                patients = [
                    m
                    for t in objects
                    for m in actors_of(t, self.index, with_preps=cue.type != "BASED_IN" or self._place_word(t))
                    if cue.type != "BASED_IN" or not only_nationality(self, m, t)  # "formed from Russian soldiers"
                ]
                if cue.type == "BASED_IN" and not patients:  # "operates from strongholds in the forests of X": X
                    patients = [m for t in objects for m in self._places_within(t) if not only_nationality(self, m, t)]
                if cue.type == "BASED_IN":  # "spread into Niger and the northern fringes of Benin": Benin too
                    patients += [m for m in self._places_listed_after(objects) if m not in patients]
            elif passive:
                holders = [c for c in verb.children if c.dep_ == "nsubjpass"] or (
                    [verb.head] if verb.dep_ == "acl" else shared or reported_subjects(verb)  # "X is said to be led by"
                )
                if cue.type == "AFFILIATED_WITH" and not holders:  # "X is designated for being owned by Y"
                    holders = held_for(verb)
                relative = (
                    verb.dep_ == "relcl"
                    and bool(holders)
                    and all(h.lower_ in self.cues.relative_pronouns for h in holders)
                )
                if relative and one_described(holders[0], self.index) is None:
                    holders = [verb.head]  # "the Houthis, who are backed by Iran" (not "A and B, which is led by")
                patients = [m for t in holders for m in actors_of(t, self.index, with_preps=False)]
                if cue.type == "FUNDS" and not patients and verb.dep_ == "acl" and verb.head.dep_ != "conj":
                    named = name_before_comma(self, verb.head)  # "X (XB), a unit trained by Y": the parser hangs
                    patients = [named] if named is not None else []  # the unit beside X, on the verb of X's clause
                if cue.type == "SANCTIONED_BY" and relative:  # "X (XB), Iran's main agency, which is designated
                    patients = self._set_off_name(verb.head) or patients  # by Y": X, not Iran
                if cue.type == "ATTACKED":  # "a convoy of the Malian army was hit": whose the thing hit is
                    owners = owners_named_of(holders, self.index) + aircraft_owners(holders, self.index)
                    patients += [m for m in owners if m not in patients]  # "a Turkish jet was shot down by Y"
                patients = described_by_participle(verb, patients, self.index)  # "A, led by X, and B, led by Y"
                unnamed = all(self.index.at(h) is None for h in holders)  # "X, the faction led by Y": X itself,
                set_off = body_set_off_before(verb, self.index) if cue.type == "LEADS" and unnamed else []
                patients = set_off or patients  # not the movement the faction noun would be read back to
                if cue.type == "LEADS" and all(m.label == "Location" for m in patients):  # none, or a place: no one
                    # leads it; "a spokesman for the ministry, headed by X": the ministry; "the RSF, the force led by X"
                    before = body_before_participle(verb, self.index) or body_set_off_before(verb, self.index)
                    patients = before or patients
                by = agents_of(verb, shared=not shared)  # a participle's own "by": "backed by Iran and allied with X"
                if cue.type == "AFFILIATED_WITH" and by and cue.preps:  # "X was linked by officials to Y": they
                    # only say so (an owner's "by" names the other end: "owned by Y")
                    by = prep_objects(verb, cue.preps)
                agents = [m for t in by for m in actors_of(t, self.index, with_preps=False)]
                if cue.type == "FUNDS" and (placed := placed_backers(self, by)):
                    agents = placed  # "backed by its allies in Moscow": not the owner of "its"
                if cue.type == "ATTACKED" and not agents:  # "Hezbollah was targeted in an Israeli strike"
                    agents = [m for m in authors_during(self, verb) if m not in patients]
                patients += (
                    [m for t in prep_objects(verb, cue.preps) for m in actors_of(t, self.index)] if not patients else []
                )
                unnamed = bool(holders) and all(h.pos_ == "NOUN" and self.index.at(h) is None for h in holders)
                things = unnamed and hit_things(holders, self.index, self.cues.victim_nouns)
                if cue.type == "ATTACKED" and unnamed and (things or not patients) and not aircraft_hit(holders):
                    # "villages in Djugu were attacked by X", "PKK positions in Qandil were struck" (not "it was
                    # struck", "a drone was shot down over Marib")
                    places = places_of_unnamed_hit(verb, holders, self.index, self.cues.hit_place_preps)
                    patients += [m for m in places if m not in patients]
            else:
                acting = subjects_of(verb) + gapped_subjects(verb)  # "whom the US sanctioned and the EU too"
                if (demander := demanding_verb(verb, self.cues.demanding_verbs)) is not None:
                    if cue.type != "OPPOSES":
                        continue  # "X demanded that Pakistan sanction Y": no one sanctioned Y
                    acting = subjects_of(demander)  # "X demanded that Pakistan expel Y's envoy": X is hostile to
                    # Y (as "X called on Pakistan to expel ..."), Pakistan did nothing
                if cue.type == "MEMBER_OF":  # "fighters from X who joined Y": X's people joined, not X
                    people = self.cues.relative_people_nouns
                    acting = [
                        t
                        for t in acting
                        if self.index.at(t) is not None
                        or _counted(t, self.cues.quantifiers).lemma_.lower() not in people  # "dozens of fighters"
                        or person_of_role(t, self.index) is not None  # "A, a commander of X who joined Y": A
                    ]
                agents = [m for t in acting for m in actors_of(t, self.index, with_preps=False)]
                agents = described_by_participle(verb, agents, self.index)  # "A, who heads X, and B": not B
                if not agents and cue.type in GERUND_TYPES:  # "accuses Pakistan of supporting JeM"
                    agents = [m for t in gerund_subjects(verb) for m in actors_of(t, self.index, with_preps=False)]
                if not agents and cue.type in OPENING_GERUND_TYPES:  # "X seized power after ousting Y": X ousted Y
                    said = opening_gerund_subjects(verb, blame_phrase_cues().opening_preps)
                    agents = [m for t in said for m in actors_of(t, self.index, with_preps=False)]
                if not agents and cue.type in MESSAGE_TYPES:  # "Hezbollah issued a statement condemning Israel"
                    agents = [m for t in message_authors(verb) for m in actors_of(t, self.index, with_preps=False)]
                objects = [c for c in verb.children if c.dep_ in {"dobj", "attr"}] + gapped_objects(verb)
                objects += called_objects(verb)  # "condemned what it called Israel's aggression": the aggression
                if cue.type == "OPPOSES" and verb.lemma_.lower() in self.cues.repelling_verbs:
                    objects = [o for o in objects if o.pos_ != "PRON"]  # "forces repelled it": the assault, no one
                if cue.type == "OPPOSES":  # "fought a war against X", not Yemen of "fought a proxy war in Yemen"
                    wars = [o for o in objects if o.lemma_.lower() in self.cues.mutual]
                    objects = [o for o in objects if o not in wars]
                    objects += [p for w in wars for p in prep_objects(w, cue.preps)]
                if cue.type == "FUNDS" and not objects:  # "Iran trained and armed Houthi fighters"
                    objects = backed_read_as_conjunct(verb, self.cues.hyphen)
                if cue.type == "ATTACKED" and not objects:  # "the police station that gunmen stormed": the station
                    objects = relative_object(verb)
                if cue.type == "ATTACKED":  # "fired a barrage of rockets at X": the "at" hung on the barrage
                    objects += aimed_past_object(verb)
                objects = acted_on(objects + aimed_objects(verb, cue.preps))  # not "struck at the direction of X"
                if cue.type == "MEMBER_OF":  # "X joins 80 organisations banned in Britain, including Y": a list, not Y
                    objects = [o for o in objects if not self._unnamed_plural(o) and not self._unnamed_front(o)]
                patients = [m for t in objects for m in self._acted_on_actors(t, cue.type)]
                patients = not_among_unnamed_sides(acting, agents, patients, self.index)
                if cue.type == "ATTACKED":  # "vehicles belonging to the STC", "an Iranian drone": whose the thing
                    owners = owners_of_hit(objects, self.index) + aircraft_owners(objects, self.index)  # hit is
                    patients += [m for m in owners if m not in patients]
                    flown = flown_over(objects, self.index)  # "shot down a drone over Marib": not Marib
                    patients = [m for m in patients if m not in flown]
                if cue.type == "ATTACKED" and not agents:  # "Saudi jets carried out airstrikes targeting X"
                    agents = authors_of_acts_aimed(self, verb)
                things = hit_things(objects, self.index, self.cues.victim_nouns)
                if cue.type == "ATTACKED" and objects and (things or not patients) and not aircraft_hit(objects):
                    # "attacked oil tankers in the Gulf of Oman" (not "shot down a drone over Marib"), "raided a bank
                    # branch in X", "struck PKK positions in Qandil": Qandil as well as the PKK
                    places = places_of_unnamed_hit(verb, objects, self.index, self.cues.hit_place_preps)
                    patients += [m for m in places if m not in patients]
            if cue.reverse:
                agents, patients = patients, agents
            if cue.type == "SANCTIONED_BY":  # not "ISIS-K" of "designated three leaders of ISIS-K"
                listed = sanctioned_companions(self, verb) + counted_examples(self, verb)
                agents = sanctioned_targets(self, verb, agents + listed)
            if cue.type == "MEMBER_OF" and passive and not cue.object_only_preps and _sides_only(agents + patients):
                continue  # "The X faction was joined by the Y forces": allies (hostility.joined_by), not a member
            method = f"verb:{verb.lemma_.lower()}"
            if cue.type == "ATTACKED" and aircraft_hit(phrasal_objects(verb)):  # "shot down an Iranian drone": an
                method += AIRCRAFT_DOWNED  # aircraft's owner hit, not what an incident of the page targeted
            if cue.type == "LEADS" and founded_jointly(verb):  # "X co-founded Y": one of its founders
                for org in patients:
                    self.emit_all(agents, "MEMBER_OF", [org], verb, f"{method}-joint", 0.7)
                continue
            if cue.type == "LEADS":  # "runs the cartel's purchases through Y": Y is his channel, not his body
                patients = [m for m in patients if not through_channel(m, verb)]
            if cue.type == "LEADS" and not set_off and (led := self._led(verb, passive)) != "whole":
                if led == "part":  # "heads Hamas's Jerusalem office", "Boko Haram fighters, led by commanders X"
                    # "ran its political apparatus", "the group's council is led by X": the body's owner, referred to
                    led_nouns = self._led_nouns(verb, passive)  # "heads Hamas's armed wing": Hamas owns the wing
                    owners = body_owners_referred(led_nouns, self.index) or part_owners(led_nouns, self.index)
                    named = {m.key for m in part_names(led_nouns, self.index)}  # "heads its charity wing, Y": Y
                    bodies = patients or owners
                    paired = respective_pairs(agents, bodies)  # "US and Iranian negotiators, led by A and B"
                    for org in bodies:
                        led_type = cue.type if org.key in named else member_type(org)
                        heads = [p for p, s in paired if s is org] if paired else agents
                        self.emit_all(heads, led_type, [org], verb, f"{method}-part", 0.7)
                continue  # "led a failed mutiny against Moscow": an act, not a group
            if cue.type == "ATTACKED":  # "strikes against Iran-backed militia targets" do not hit Iran
                patients = [m for m in patients if not is_backer(m, self.doc, self.cues.hyphen)]
            if cue.type == "ATTACKED" and verb.lemma_.lower() in self.cues.launching_verbs:
                weapons = [c for c in verb.children if c.dep_ == "dobj"]  # "launched drones at X": aimed at X
                if weapons and all(is_operation(w) for w in weapons):
                    continue  # "launched operations against X" opposes X (noun:operation); "Operation Y in Z" is there
                aimed = [t for w in [verb, *weapons] for t in aimed_objects(w, cue.preps)] + aimed_past_object(verb)
                aimed_keys = {m.key for t in aimed for m in actors_of(t, self.index)}
                aimed_keys |= {m.key for m in owners_of_hit(aimed, self.index)}  # "at targets linked to X": X
                patients = [m for m in patients if m.key in aimed_keys]  # "the coalition launched by X": not hit
            if cue.type == "ATTACKED" and self._speculative(verb):
                continue  # "this force might target RED-Tabara": nothing happened
            if cue.type == "ATTACKED" and any(
                t.lemma_.lower() in self.cues.sanction_means for t in prep_objects(verb, {"with"})
            ):
                self.emit_all(patients, "SANCTIONED_BY", agents, verb, f"{method}-sanctions", cue.confidence)
                continue  # "targeting several Hamas officials with sanctions"
            if cue.type == "THREATENED" and self.hostility.warned_of_others(verb, agents + patients):
                continue  # "warned Moscow that extremists were planning an attack": a notice, not a threat
            if cue.type == "ATTACKED" and self.hostility.civil_targeting(verb, agents):
                continue  # "the Treasury targeted five financiers": a sanction, not an attack
            if cue.type == "ATTACKED" and (warners := self._threat(verb)) is not None:
                # "said it would not attack Israel": no threat, no fact; "warned that if Israel attacks Lebanon, it
                # would respond": Israel's attack is the condition, no one's threat
                if not self.denied_intent(verb) and not self.hostility.in_condition(verb):
                    self.emit_all(agents + warners, "THREATENED", patients, verb, f"threat:{verb.lemma_.lower()}", 0.7)
                continue
            if cue.type in ALLIANCE_TYPES and is_modal(verb) and self.denied_intent(verb):
                continue  # "said it would not cooperate with the NUG": an intention denied, no fact
            if cue.type not in {"THREATENED", "OPPOSES"} and is_unreal(verb):
                continue  # "urged all States to cooperate with X", "plans to designate X" (calling to fight is hostile)
            if cue.type == "OPPOSES" and not patients and verb.lemma_.lower() in self.cues.hostile_with:
                patients = [m for t in prep_objects(verb, {"with"}) for m in actors_of(t, self.index)]
            if cue.type == "OPPOSES" and self._reciprocal(verb):  # "X and Y fight each other (as well as Z)"
                patients = [*agents, *patients]
            if cue.type == "BASED_IN":  # "headquartered in N'Djamena, Chad": in Chad too
                patients += [m for m in self.apposed_places(patients) if m not in patients]
                included = [m for t in included_places(verb, cue.preps) for m in actors_of(t, self.index)]
                patients += [m for m in included if m not in patients]  # "..., including in Gao"
                patients = [d for m in patients for d in divisions_listed(self, m) or [m]]  # "the X districts of A, B"
                patients += [d for m in patients if (d := division_placed_in(self, m)) and d not in patients]
                patients += [o for m in patients if (o := owner_of_division(self, m)) and o not in patients]
                patients = with_region_owners(self, patients)  # "in the Lake Chad region of Nigeria": Nigeria too
            if cue.labels:  # "owned by X": a body or a person, not a state
                agents = [m for m in agents if m.label in cue.labels]
                patients = [m for m in patients if m.label in cue.labels]
            if cue.object_labels:  # "ousted al-Shabaab from Kismayo", not "ousted President X" (a coup's head)
                patients = [m for m in patients if m.label in cue.object_labels]
            if cue.part_type:  # "a formation controlled by Russia's Defence Ministry": a part of it
                parts = [(a, p) for a in agents for p in patients if is_part_of(a, p, verb)]
                for above, part in parts:
                    self.emit(part, cue.part_type, above, verb, f"{method}-part", cue.confidence)
                patients = [p for p in patients if all(p is not part for _, part in parts)]
            if cue.person_type:  # "X worked with Y": a person at either end is affiliated, not allied
                patients = [m for m in patients if not self._nationality_of_person(m)]  # not Turkey of "Turkish X"
                personal = [(a, p) for a in agents for p in patients if "Person" in {a.label, p.label}]
                for a, p in personal:
                    self.emit(a, cue.person_type, p, verb, method, cue.confidence)
                agents = [a for a in agents if a.label != "Person"]
                patients = [p for p in patients if p.label != "Person"]
            self.emit_all(agents, cue.type, patients, verb, method, cue.confidence)
            if cue.type in {"LEADS", "MEMBER_OF"}:  # "X, who heads the group's Executive Council": one of the group
                for part in patients:
                    self._member_of_whole(agents, cue.type, part, patients, verb, f"{method}-whole")
            if cue.type == "FUNDS" and agents:  # "Russia (through the Wagner Group) backed the LNA": Wagner too
                self.emit_all(
                    backers_through(self, verb, patients), cue.type, patients, verb, f"{method}-through", 0.65
                )
            if cue.type == "OPPOSES" and self._mutual(verb):  # "X clashed with Y"
                self.emit_all(patients, cue.type, agents, verb, method, cue.confidence - 0.05)
            if cue.type == "OPPOSES" and self.hostility.vowed_fight(verb) and not self.denied_intent(verb):
                self.emit_all(agents, "THREATENED", patients, verb, f"vowed-fight:{verb.lemma_.lower()}", 0.6)
            told = False  # whether an incident named by a noun holds the act: "X was hit in Friday's strike"
            if cue.type == "ATTACKED":
                aimed_by_incident(self, verb)  # "The strikes targeted the villages of X and Y"
                told = victims_of_incident(self, verb, agents, patients, [])
            if (
                cue.type == "ATTACKED"
                and not told
                and (event := self.events.from_verb(verb, patients))  # its own checks: someone or somewhere hit
            ):
                self.event_links(event)
                self.emit_all(agents, "BLAMED_FOR", [event], verb, method, cue.confidence)
                hit = [m for m in struck_places(verb, patients) if m not in event.targets]  # "stormed the X Hotel"
                self.emit_all([event], "TARGETED", hit, verb, "verb-struck", 0.7)

    def _people_only(self, token: Token) -> bool:
        """Whether a phrase names only people of a body, no body or person by name: "CNDP fighters", "many of its
        fighters" (a noun of ``relative_people_nouns``, or a word that picks some of them by "of")."""
        if self.index.at(token) is not None:
            return False
        nouns = [token, *prep_objects(token, {"of"})]
        return any(n.lemma_.lower() in self.cues.relative_people_nouns for n in nouns)

    def _ended(self, verb: Token) -> bool:
        """Whether a verb's act is told as over: "no longer" ("no" and one of ``ended_words``) on it."""
        return any(
            c.dep_ == "advmod" and c.lower_ in self.cues.ended_words and has_child(c, {"neg"}) for c in verb.children
        )

    def _demonym_of_noun(self, mention: Mention) -> bool:
        """Whether a state is named only by the demonym of a common noun after it ("the Moroccan berm", "the Somali
        border"): the noun, not the state, is where the place before it lies."""
        actor = self.gazetteer.actors.get(mention.actor_id or "") if mention.label == "Country" else None
        if actor is None or mention.start < 0 or named_as_itself(mention, actor):
            return False
        word = span_root(self.doc, mention.start, mention.end)
        return word.dep_ in {"amod", "compound", "nmod"} and word.head.i >= mention.end and word.head.pos_ == "NOUN"

    def _nationality_of_person(self, mention: Mention) -> bool:
        """Whether a state is only the demonym of a named person: Turkey of "the company of Turkish businessman X"
        (not of "Ugandan forces", nor "Turkey" itself)."""
        actor = self.gazetteer.actors.get(mention.actor_id or "") if mention.label == "Country" else None
        if actor is None or mention.start < 0 or named_as_itself(mention, actor):
            return False
        word = span_root(self.doc, mention.start, mention.end)
        while word.dep_ in {"amod", "compound", "nmod"} and self.index.at(word.head) is None:
            word = word.head  # "Turkish businessman X": past the title to the name
        person = self.index.at(word.head) if word.dep_ in {"amod", "compound", "nmod"} else None
        return person is not None and person.label == "Person"

    def _gapped_victims(self, verb: Token, hit: list[Token]) -> list[Token]:
        """The second victims of a verb of harm left out after "and": Y of "killed X in May and Y in a raid", when the
        first object is a named actor (not a date the parse of a table row took for one)."""
        if not any(self.index.at(o) is not None for o in hit):
            return []
        return gapped_objects(verb)

    def _companions_with(self, verb: Token) -> list[Token]:
        """The objects of a verb's "with" set off by an adverb of company: Y of "X was killed along with Y" or
        "together with Y" (not the means of "killed with a knife"), or named people: Y of "X was killed with Y in a
        strike"."""
        objects = prep_objects(verb, {"with"})
        if not any(c.lower_ in self.cues.companion_adverbs for c in verb.children if c.dep_ in {"prt", "advmod"}):
            return [o for o in objects if (m := self.index.at(o)) is not None and m.label == "Person"]
        return objects

    def _verb_cues(self, verb: Token) -> tuple[VerbCue, ...]:
        """The cues of a verb's lemma, or an attack's for a verb that tells one with its particle or object ("blew
        up at a base", "set off a bomb", "opened fire on a bus"), or those of the verb of founding a verb stands for
        with its particle ("set up in Idlib", "set up by X")."""
        cues = tuple(self.cues.verbs.get(verb.lemma_.lower(), ()))
        if not cues and (founding := founding_verb(verb)) is not None:  # "an administration set up in Idlib"
            return tuple(self.cues.verbs[founding])
        if cues or not (attacks_by_phrase(verb) or seizes_a_ship(verb)):  # "seized the MSC Aries": a hijacking
            return cues
        return tuple(c for c in self.cues.verbs["attack"] if c.type == "ATTACKED")

    def _speculative(self, verb: Token) -> bool:
        """Whether an act is only guessed at: "might target", "may strike", "could attack"."""
        return has_child(verb, {"aux"}, self.cues.hedging_modals)

    def _reciprocal(self, verb: Token) -> bool:
        """Whether one of the verb's objects is "each other" or "one another" (also "each other as well as Y")."""
        return is_reciprocal(verb, self.cues.reciprocal_objects)

    def _led(self, verb: Token, passive: bool) -> str:
        """What a verb of leading leads: the "whole" organisation, a "part" of it (an office, its fighters) or an
        "act" (a mutiny, an attack, a delegation)."""
        led = self._led_nouns(verb, passive)
        acts = {"OPPOSES", "MET_WITH"}  # "led a failed mutiny", "led the talks"
        if any(
            self.events.is_event_noun(t) or any(c.type in acts for c in self.cues.nouns.get(t.lemma_.lower(), ()))
            for t in led
        ):
            return "act"
        if heads_a_named_part(led, self.index):  # "heads Hezbollah's naval sector"
            return "part"
        if (passive or verb.dep_ == "acl") and any(unnamed_faction(t, self) for t in led):
            return "part"  # "the faction led by X": a part of the movement (not "led a separate faction under Y")
        return "part" if any(self._minor_part(t) for t in led) else "whole"  # not "heads the political bureau"

    def _led_nouns(self, verb: Token, passive: bool) -> list[Token]:
        """The unnamed nouns a verb of leading leads: its object, or its passive subject ("its panel is led by X")
        or the noun its participle describes ("the council led by X"), with their conjuncts."""
        if passive or verb.dep_ == "acl":
            led = [c for c in verb.children if c.dep_ == "nsubjpass"] or ([verb.head] if verb.dep_ == "acl" else [])
        else:
            led = [c for c in verb.children if c.dep_ == "dobj"]
        return [h for t in led for h in conjuncts(t) if self.index.at(h) is None]

    def _threat(self, verb: Token) -> list[Mention] | None:
        """For an attack only announced ("would strike", "warned that X will attack"): who announced it
        (possibly no one named), else None for an attack that happened."""
        modal = has_child(verb, {"aux"}, self.cues.threat_cues)
        chain = clause_chain(verb)
        for below, head in itertools.pairwise(chain[:4]):
            if below.dep_ == "conj":
                continue  # "planned and led attacks": they were led, not only planned
            if below.dep_ == "relcl":
                break  # "X, which carried out the bombing, vowed more attacks": the clause tells a deed done
            if below.dep_ == "pcomp" and head.lower_ in self.cues.deed_time_preps:
                break  # "After attacking Israel, Iran warned the US": the attack told as done, before the warning
            if head.lemma_.lower() in self.cues.threat_cues and head.pos_ == "VERB":
                return [m for s in subjects_of(head) for m in actors_of(s, self.index, with_preps=False)]
            if self.hostility.reserved_right(head):  # "Iran reserves the right to respond": by whoever reserves it
                return [m for s in subjects_of(head.head) for m in actors_of(s, self.index, with_preps=False)]
        return [] if modal else None

    def denied_intent(self, verb: Token) -> bool:
        """Whether an act only announced is denied: "said it would not attack Israel", "vowed never to strike X" (an
        intention denied is neither a threat nor a fact denied)."""
        return self.certainty(verb) == "negated"

    def _only_qualifies(self, mention: Mention, noun: Token) -> bool:
        """Whether a name only qualifies the noun after it (the BBC of "a BBC investigation"), not when the noun names
        the group's own people: "al-Shabaab fighters are active in X", "ELN units have camps in Y" place the group
        (a country's militants, "Afghan militants", are no state's)."""
        group_people = mention.label == "Organization" and noun.lower_ in place_words().people_nouns
        return modifies(self.doc, mention, noun) and not group_people

    def relational_adjective(self, adj: Token) -> None:
        """ "The Houthis are aligned with Hezbollah", "X, hostile to Y"."""
        for cue in self.cues.adjectives.get(adj.lower_, ()):
            if adj.pos_ not in {"ADJ", "VERB"}:
                continue
            objects = [m for t in prep_objects(adj, cue.preps) for m in self._adjective_objects(t)]
            objects = not_backers(objects, self.doc, self.cues.hyphen)  # not Iran of "Iranian-backed groups"
            if not objects and adj.dep_ == "acomp":  # "Boko Haram is active in Nigeria": the copula's phrase
                objects = [m for t in prep_objects(adj.head, cue.preps) for m in actors_of(t, self.index)]
            if adj.head.lower_ == "as" and self._judged_as(adj.head.head):  # "X was seen as close to Y"
                verb = adj.head.head
                said = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}] or subjects_of(verb)
                holders = [m for t in said for m in actors_of(t, self.index, with_preps=False)]
            elif adj.dep_ in {"amod", "acl"}:  # "militias loyal to Iran"
                holders = actors_of(adj.head, self.index, with_preps=False)
                holders = [m for m in holders if not adj.left_edge.i <= m.start <= adj.right_edge.i]  # not its objects
                holders = [m for m in holders if not modifies(self.doc, m, adj.head)]  # not Hamas of "Hamas financiers"
                holders = own_holders(adj, holders)  # not the STC of "the STC and troops loyal to X"
            else:  # "The Houthis are aligned with Hezbollah", "Amal, which is allied with Hezbollah"
                clause = adj if adj.dep_ == "ROOT" or adj.pos_ == "VERB" else adj.head
                subjects = [c for c in clause.children if c.dep_ == "nsubjpass"] or subjects_of(clause)
                holders = [
                    m
                    for t in subjects
                    for m in actors_of(t, self.index, with_preps=False)
                    if not self._only_qualifies(m, t)
                ]  # not the BBC of "a BBC investigation linked it to X"
            if cue.type == "BASED_IN":  # "active in the Menaka region of Mali": in Mali too
                objects = with_region_owners(self, objects)
            self.emit_all(holders, cue.type, objects, adj, f"adjective:{adj.lower_}", 0.65)

    def _adjective_objects(self, obj: Token) -> list[Mention]:
        """The actors a relational adjective's object names; of an incident ("linked to killings in Ireland and
        Spain"), only its doers named before it ("linked to ISIS attacks"), not the places or victims after it."""
        found = actors_of(obj, self.index)
        if self.index.at(obj) is None and self.events.is_event_noun(obj):
            return [m for m in found if m.end <= obj.i]
        return found

    def violence(self, verb: Token) -> None:
        """ "JNIM fighters killed dozens of Malian soldiers", "a drone strike killed X": ATTACKED, when the
        victims are named or are a named actor's soldiers (not "a Pentagon contractor"); "gunmen killed 12
        students in Amanual": an incident at a place, blamed on the killers when they are named, as is a prison break
        ("gunmen freed 900 inmates from the prison in X") and a theft ("hackers stole $81 million from X")."""
        lemma = verb.lemma_.lower()
        harm = lemma in self.cues.violence_verbs or kidnaps_by_phrase(verb) or frees_inmates(verb) or steals(verb)
        if verb.pos_ != "VERB" or not harm or is_unreal(verb):
            return  # "plotted to kidnap X", "planned to kill Y": the harm was only intended
        reported = reported_subjects(verb)  # "X was reported killed in 2017", "X is believed to have been killed"
        reduced = verb.dep_ == "acl" and verb.tag_ == "VBN" and not has_child(verb, {"dobj"})
        passive = is_passive(verb) or bool(reported) or passive_without_be(verb, self.events.is_event_noun)  # "X
        # killed in raid"
        passive = passive or reduced  # "X, killed in 2013, was succeeded by Y": the noun the participle is set after
        shared = [] if passive else shared_passive_subjects(verb)  # "X was abducted and killed": X was killed too,
        passive = passive or bool(shared)  # no killer
        if passive:  # "X was killed by Y"
            agents = [m for t in agents_of(verb) for m in actors_of(t, self.index, with_preps=False)]
            hit = [c for c in verb.children if c.dep_ in {"nsubjpass", "nsubj"}] or reported or shared
            hit = hit or ([verb.head] if reduced else [])
            companions = prep_objects(verb, self.cues.companion_preps)  # "X was killed alongside Y"
            companions += self._companions_with(verb)  # "X was killed along with Y"
            hit += companions
        elif inmates_escape(verb):  # "hundreds of inmates escaped from X": those who broke out, no one's deed
            agents, hit, companions = [], [], []
        else:
            companions = []
            agents = [m for t in subjects_of(verb) for m in actors_of(t, self.index, with_preps=False)]
            hit = [h for c in verb.children if c.dep_ == "dobj" for h in held_people(c)]  # "took X hostage"
            hit += self._gapped_victims(verb, hit)  # "killed X in May and Y in a raid"
        by_incident = [s for s in subjects_of(verb) if self.events.is_event_noun(s)]
        if not passive and (above := relative_subject_incident(self, verb)):  # "a bombing at X, which killed Y"
            agents, by_incident = [], above
            self._harm_places(verb, above)  # "an attack on an army post that killed five soldiers near X": at X
        elif not passive and (scene := scene_incident(self, verb)):  # "the raid on X, where Y killed 40 soldiers"
            by_incident = scene
            doers = [m for m in agents if m.label != "Location"]
            self.emit_all(doers, "BLAMED_FOR", self.events.events_at(scene), verb, f"incident-scene:{lemma}", 0.7)
        for subject in by_incident:  # "a US drone strike killed X": the strike's author
            agents += self.attackers(subject)
        if passive and not agents:  # "two commanders were killed in a night raid by the Israeli army"
            during_preps = clause_cues().during_preps  # "killed with Y in the US strike": the parse may hang the
            during = [p for h in (verb, *companions) for p in prep_objects(h, during_preps)]  # strike on Y
            agents = [m for p in during if self.events.is_event_noun(p) for m in self.attackers(p)]
        acts = acts_when(self, verb) if passive else []  # "X was killed when Israeli aircraft struck a building"
        if not agents:
            agents = authors_when(self, acts)
        victims: list[Mention] = []
        for obj in hit:
            counted = prep_objects(obj, {"of"})  # "dozens of soldiers"
            heads = [obj, *counted]
            groups = [h for p in counted for h in conjuncts(p) if h.lemma_.lower() in self.cues.victim_nouns]
            groups += [h for h in conjuncts(obj)[1:] if h.lemma_.lower() in self.cues.victim_nouns]  # "X and members
            heads += [o for h in groups for o in prep_objects(h, {"of"})]  # of Y"; "dozens of soldiers and members of"
            heads += [c for c in obj.children if c.dep_ == "appos"]  # "killed the governor, Khamis Abakar"
            heads += prep_objects(obj, blame_phrase_cues().listing_preps)  # "20 fighters, including X, were killed"
            for head in (h for x in heads for h in conjuncts(x)):
                if self.index.at(head) is not None:
                    victims.append(self.index.at(head))
                elif {head.lemma_.lower(), head.lower_} & (self.cues.victim_nouns | self.cues.relative_pronouns):
                    # "soldiers of X"; "X, who was killed by Y in 2004": X
                    victims += actors_of(head, self.index, with_preps=False)
        self.emit_all(agents, "ATTACKED", victims, verb, f"violence:{lemma}", 0.7)
        told = victims_of_incident(self, verb, agents, victims, by_incident)  # "X was killed in Friday's strike"
        if not by_incident:  # "a US strike killed three IS fighters": an attack, not a war
            self.hostility.fighters_hit(agents, hit, verb)
        act = acts[0] if acts else verb  # the harm of an act told in its "when" clause is that act's incident
        if not by_incident and not told and (event := self.events.from_verb(act, victims)) is not None:
            self.event_links(event)
            self.emit_all(agents, "BLAMED_FOR", [event], verb, f"violence:{lemma}", 0.7)

    def _described_bodies(self, noun: Token) -> list[Mention]:
        """The organisations a noun is said of, as the complement of their clause ("X is al-Qaeda's network in
        Tunisia") or set beside them ("X, al-Qaeda's network in Tunisia"); none for a place ("Y, the group's
        stronghold in Z": the group's)."""
        if noun.dep_ == "attr":
            said = [m for s in subjects_of(noun.head) for m in actors_of(s, self.index, with_preps=False)]
        elif noun.dep_ == "appos":
            said = actors_of(noun.head, self.index, with_preps=False)
        else:
            said = []
        return [m for m in said if m.label == "Organization"]

    def _harm_places(self, verb: Token, incidents: list[Token]) -> None:
        """The places a relative clause of harm hung on an incident's target names ("an attack on an army post that
        killed five soldiers near X"): the incident OCCURRED_AT them."""
        heads = [verb, *(c for c in verb.children if c.dep_ == "dobj")]  # "killed five soldiers near X", as parsed
        places = [
            m for h in heads for t in prep_objects(h, self.cues.hit_place_preps) for m in actors_of(t, self.index)
        ]
        places = [m for m in places if m.label == "Location"]
        events = self.events.events_at(incidents)
        self.emit_all(events, "OCCURRED_AT", places, verb, "incident-clause-place", 0.7, "asserted")

    def _led_by(self, owner: Mention, noun: Token) -> Mention:
        """The group a person owning a role leads, for a role that opens its clause or stands beside a name with
        no place of its own ("His deputy, X, was named", "X, Nasrallah's deputy"; not "his deputy on the council", nor
        "Y, his deputy", where "his" may be anyone's), else the owner as named."""
        named = any(c.dep_ == "poss" and c.pos_ != "PRON" for c in noun.children)  # "X, his deputy": his may be anyone
        opening = noun.dep_ in {"nsubj", "nsubjpass"} or (noun.dep_ == "appos" and named)
        opening = opening or bool(self._titles_shared(noun))  # "A, whose brother and deputy, B": A's group
        accompanied = owner.key in {m.key for m in self._companion_of(noun)}
        placed = (opening or accompanied) and not any(  # not the "in" of "second-in-command", nor a time's "for"
            c.dep_ == "prep" and c.nbor(-1).text != "-" and not tells_time(c) for c in noun.children
        )
        if owner.label != "Person" or not placed:
            return owner
        led = group_led_by(owner, self.index) if named else self.index.groups.get(owner.key)  # "Nasrallah's deputy"
        return led or owner

    def _companion_of(self, noun: Token) -> list[Mention]:
        """The people a role owned by a pronoun accompanies, as the one its preposition is said of: the object or else
        the subject of the verb it hangs on ("X surrendered with his deputy, Y", "X was arrested together with Y, his
        second-in-command", "police detained X with his deputy, Y"; his is X's) or the name it hangs on ("killed X,
        together with Y, his deputy"); none for another role."""
        if not any(c.dep_ == "poss" and c.pos_ == "PRON" for c in noun.children):
            return []
        if noun.dep_ == "pobj" and (beside := bearers_beside(noun.head)):  # "X leads Y, with Z as his deputy"
            return self._beside_whom(beside[0].head)
        companion = noun.head if noun.dep_ == "appos" and noun.head.dep_ == "pobj" else noun  # "Y, his deputy"
        said_of = companion.head.head
        if companion.dep_ != "pobj":
            return []
        if said_of.pos_ in VERB_TAGS:
            said = [c for c in said_of.children if c.dep_ in {"dobj", "nsubjpass"}] or subjects_of(said_of)
        else:  # a name's own companion only: not "the leader of X, his deputy Y" (of no one named)
            with_name = companion.head.lower_ in role_types().companion_preps and self.index.at(said_of) is not None
            said = [said_of] if with_name else []
        return [m for t in said for m in actors_of(t, self.index, with_preps=False) if m.label == "Person"]

    def _first_role_holders(self, first: Token) -> list[Mention]:
        """Who holds a role set beside a name or after a copula, for a second role coordinated with it: X of "X, the
        founder of A and deputy chairman of B" and of "X is the founder of A and deputy chairman of B"."""
        if first.dep_ == "appos" and self.index.at(first.head) is not None:
            return titled_name(self, first, actors_of(first.head, self.index, with_preps=False))
        if first.dep_ == "attr":
            return [m for s in subjects_of(first.head) for m in actors_of(s, self.index, with_preps=False)]
        return []

    def _beside_whom(self, prep: Token) -> list[Mention]:
        """The people a "with" phrase sets its name beside: the name it hangs on, else the agents or the subject of
        its verb (X of "X leads Y, with Z as his deputy" and of "Y, led by X with Z as his deputy")."""
        named = self.index.at(prep.head)
        said = [prep.head] if named is not None else agents_of(prep.head) or subjects_of(prep.head)
        return [m for t in said for m in actors_of(t, self.index, with_preps=False) if m.label == "Person"]

    def _role_type(self, rel_type: str, words: list[str], definite_of: bool) -> str:
        """Refine a role: "deputy secretary-general" is DEPUTY_OF; "a commander" (one of several) MEMBER_OF."""
        if any(w in self.cues.deputy_words for w in words):
            return "DEPUTY_OF"
        if rel_type == "LEADS" and words[-1] in self.cues.rank_roles and not definite_of:
            return "MEMBER_OF"
        if rel_type == "LEADS" and leads_under_another(words):  # "Hamas sub-leader X": one of its members
            return "MEMBER_OF"
        if rel_type == "LEADS" and assists_the_head(words):  # "the assistant secretary-general": works for it
            return "WORKS_FOR"
        return rel_type

    def _role_at(self, noun: Token) -> str | None:
        """The relationship a role noun stands for, with its modifiers ("Assistant Secretary" -> WORKS_FOR)."""
        doc, start, end = self.doc, noun.i, noun.i
        while start > 0 and doc[start - 1].head == noun:
            if doc[start - 1].dep_ in {"compound", "amod", "nmod"} and doc[start - 1].pos_ in {"NOUN", "PROPN", "ADJ"}:
                start -= 1
            elif start > 1 and doc[start - 1].text == "-" and doc[start - 2].head == noun:
                start -= 1  # "secretary-general" parsed as "secretary" and "-" both hung on "general"
            else:
                break
        if start > 1 and doc[start - 1].text == "-" and doc[start - 2].lower_ in self.cues.deputy_words:
            start -= 2  # "a vice-president of Y" parsed as "vice", "-", "president"
        while end + 2 < len(doc) and doc[end + 1].text == "-" and doc[end + 2].head in {noun, doc[end]}:
            end += 2  # "secretary-general" parsed as a noun with a right modifier, "second-in-command" as a chain
        plural = noun.tag_ in {"NNS", "NNPS"}  # "two commanders of X", "Hamas leaders A and B": the role's own word
        words = [t for t in doc[start : end + 1] if t.text != "-"]
        phrase = [t.lemma_.lower() if t.i == noun.i and plural else t.lower_ for t in words]
        definite_of = any(c.lower_ == "the" for c in noun.lefts) and bool(prep_objects(noun, {"of"}))
        definite_of = definite_of or sole_rank(noun, self.index)  # "the SDF's commander, X"
        for start in range(len(phrase)):
            found = self.cues.role_of(tuple(phrase[start:]))
            if found:
                return self._role_type(found, phrase, definite_of)
        rights = [noun]
        for t in noun.rights:  # "Secretary of State", "head of state"
            if t.dep_ == "prep" and t.lower_ == "of":
                rights += [t, *[p for p in t.children if p.dep_ == "pobj"]]
                found = self.cues.role_of(tuple(x.lower_ for x in rights))
                if found:
                    return self._role_type(found, phrase, True)
        return None

    def role(self, noun: Token) -> None:
        """ "X, head of Y", "X is the leader of Y", "Y's leader is X", "Y's spokesman X", "US President X", "X of
        Newsweek"."""
        mention = self.index.at(noun)
        if mention is not None and mention.label == "Person" and noun.i == mention.end - 1:
            self.title_before(mention)
            self.person_of_org(mention, noun)
        if mention is not None or not {noun.lower_, noun.lemma_.lower()} & self.cues.role_words:
            return  # the noun of a name, or no word of a role
        role_examples(self, noun)  # "Hezbollah commanders including A and B", "Hamas leaders such as A and B"
        if self._role_of_apposed_owner(noun):
            return  # "OFAC designated Los Lobos, its leader X": X leads Los Lobos, not OFAC
        if set_between_items(noun, self.index):
            return  # "the merger of A, the Sahara branch of B, C and D": not A's
        holder_mentions: list[Mention] = []
        apposed = [m for c in noun.children if c.dep_ == "appos" and (m := self.index.at(c)) is not None]
        named_beside = bool(apposed)
        own_person = any(m.label == "Person" for m in apposed)  # the title's own holder, set beside it
        if noun.dep_ == "appos" and self.index.at(noun.head) and not own_person:  # not A of "A, the M23 president B"
            holder_mentions = titled_name(self, noun, actors_of(noun.head, self.index, with_preps=False))
            if noun.tag_ in {"NNS", "NNPS"}:  # "A and B, both commanders in X, as well as C": not C
                holder_mentions = [m for m in holder_mentions if m.start < noun.i]
        elif noun.dep_ == "appos" and not own_person and (named := name_before_comma(self, noun)) is not None:
            holder_mentions = [named]  # "the plane was seized by X (XA), the armed wing of Y": hung on "plane"
        elif noun.dep_ == "appos" and not own_person and (named := outlet_named(self.doc, self.index, noun.head)):
            holder_mentions = [named]  # "the Amaq news agency, the propaganda outlet of Y": the name's "agency"
        elif (bracketed := set_off_after_bracket(self, noun)) is not None and self._bracketed_holder(bracketed, noun):
            holder_mentions = [bracketed]  # "police held X (also known as Y), a commander of Z": hung on "held"
        elif fellows := fellows_before(noun):  # "killed A and other members of Y": A is one of them
            holder_mentions = [m for t in fellows if (m := self.index.at(t)) is not None and m.label == "Person"]
        elif (first := role_past_object(noun, self.cues.role_words)) is not None and first.dep_ in {"appos", "attr"}:
            holder_mentions = self._first_role_holders(first)  # "X, the founder of A and deputy chairman of B": X's
        elif (
            noun.dep_ == "conj"
            and noun.head.dep_ == "appos"
            and self.index.at(noun.head.head)
            and not named_beside
            and not self._owned_anew(noun)
        ):
            listed = actors_of(noun.head.head, self.index, with_preps=False)  # not "X, a firm, and its CEO, Y"
            named_title = any(c.dep_ == "appos" and self.index.at(c) for c in noun.head.children)  # "his deputy Y"
            # "A, a leader and spokesman of Y, and B": A's; "A, his deputy B and other leaders": a list of them all
            holder_mentions = listed if named_title else titled_name(self, noun.head, listed)
            holder_mentions = self._titles_shared(noun) or holder_mentions  # "A, whose brother and deputy, B": B's
        elif shared := self._titles_shared(noun):  # "A, whose brother and deputy, B, was sanctioned", B the subject
            holder_mentions = shared
        elif noun.dep_ == "attr" or (noun.dep_ == "acomp" and first_half(noun) is not None):
            # "X is the leader of Y"; "X became Y's secretary-general", its second half parsed as an adjective
            holder_mentions = [m for s in subjects_of(noun.head) for m in actors_of(s, self.index, with_preps=False)]
        elif noun.dep_ == "conj" and noun.head.dep_ == "attr":  # "X is the chairman and chief executive of Y"
            holder_mentions = [m for s in subjects_of(noun.head.head) for m in actors_of(s, self.index, False)]
        elif noun.dep_ == "nsubj" and noun.head.lemma_ == "be":  # "the group's secretary-general is X"
            named = [a for a in noun.head.children if a.dep_ == "attr"]
            holders = GIVERS if self._role_at(noun) == "FUNDS" else {"Person"}  # "whose main backer is Iran"
            holder_mentions = [m for a in named for m in actors_of(a, self.index, False) if m.label in holders]
            holder_mentions = holder_mentions or self._named_after_body(noun)  # "The leader of Y, X, is a cleric"
        elif noun.dep_ == "pobj" and noun.head.lower_ == "as" and (beside := bearers_beside(noun.head)):
            holder_mentions = [m for t in beside for m in actors_of(t, self.index, False) if m.label == "Person"]
        elif (verb := role_verb(noun, self.cues.as_object_verbs)) is not None:
            # "X serves as the group's spokesman", "described X as the head of Y", "X is regarded as its leader", "X,
            # acting as the group's envoy, ..."
            holders = as_holders(verb, self.cues.as_object_verbs)
            holders = holders or ([verb.head] if verb.dep_ == "acl" and verb.tag_ == "VBG" else [])
            holder_mentions = [m for s in holders for m in actors_of(s, self.index, with_preps=False)]
        elif (owner := role_owner(noun)) is not None:  # "his role as commander of Y", "X's appointment as leader of Y"
            holder_mentions = [m for m in actors_of(owner, self.index, with_preps=False) if m.label == "Person"]
        elif listed := self._backers_listed_beside(noun):  # "Hamas's foreign sponsors, Iran and Qatar, said"
            holder_mentions = listed
        elif named_beside:  # "Ghana's president A and Côte d'Ivoire's B": not B
            named = [m for c in noun.children if c.dep_ == "appos" for m in actors_of(c, self.index, False)]
            holder_mentions = holders_owned_apart(self, named)
        elif among := counted_among(noun, self.index):  # "X, among Hamas's most powerful figures"
            holder_mentions = among
        elif named_part := self._named_part(noun):  # "its Az-Zallaqa media arm": the part is named inside
            holder_mentions = named_part
        else:  # "the commander of the Lebanese Armed Forces, General Joseph Aoun", "a spokesman for the Kenya Defence
            # Forces, Paul Njuguna": the name hangs off the body
            holder_mentions = self._named_after_body(noun)
            role_holders_listed(self, noun)  # "two members of the BLA, A and B"
        if not holder_mentions and (later := named_by_participle(noun, self.index) or named_later(noun, self.index)):
            holder_mentions = [later]  # "killed a KH commander. Sources identified him as X"
        holder_mentions = bracketed_notes(holder_mentions, self.doc)  # not Senegal of "A (Senegal)"
        if not holder_mentions:
            return
        rel_type = self._role_at(noun)
        if rel_type is None:
            return
        member = rel_type == "MEMBER_OF"  # "X is one of many in Y", "X is a faction of the Y"
        if member and broke_away(noun):
            return  # "X, a dissident faction of Y": it left Y
        if member:  # "X is a member, with A and B, of Y": A and B too
            holder_mentions += [m for t in companions(noun) for m in actors_of(t, self.index, with_preps=False)]
        objects = (
            objects_outside_clauses(noun) + controllers(noun) if member else prep_chain(noun, self.cues.role_preps)
        )
        peers = peers_referred(noun, objects, self.index) if member else []  # "B is one of the two groups that ..."
        objects = [t for t in objects if t not in peers]
        if not objects and not member and (tail := second_half(noun)) is not None:  # "X, the secretary-general of
            objects = prep_chain(tail, self.cues.role_preps)  # Y" with "of Y" hung on "general"
        objects = own_role_objects(noun, objects, self.cues.role_words)  # "Y's founder and head of its wing"
        beside = companion_objects(noun, self.cues.sanctioned_companions)  # "its leader X, together with Y": not Y's
        objects = [t for t in objects if not any(t in b.subtree for b in beside)]
        if member and noun.lemma_.lower() in role_types().direct_whole_roles:  # not Y of "as part of efforts by Y"
            objects = [t for t in prep_objects(noun, {"of"}) if actors_of(t, self.index, with_preps=False)]
        # "a leader and spokesman of Y": the spokesman's Y is the one named after both roles
        objects = objects or shared_role_objects(noun, self.cues.role_preps, self.cues.role_words)
        if noun.lemma_.lower() in self.cues.topic_roles:  # "an analyst of Indonesian militancy": a topic, no employer
            objects = [t for t in objects if not (t.head.lower_ == "of" and t.head.head == noun)]
        objects += employers_after_to(noun)  # "an adviser to the foreign ministry"
        objects = self._past_origins(noun, objects)  # "a former TTP commander from Orakzai": the TTP's
        orgs = [m for t in objects for m in actors_of(t, self.index) if m.label in {"Organization", "Country"}]
        orgs = [m for m in orgs if not self._in_incident(m, noun)]  # not Y of "one of the planners of the attack on Y"
        if not orgs and rel_type in {"LEADS", "DEPUTY_OF", "MEMBER_OF"}:  # "the commander of Hezbollah's military wing"
            orgs = part_owners(objects, self.index)
        if not orgs and rel_type in {"LEADS", "DEPUTY_OF"}:  # "head of its political bureau": the group's
            parts = [t for t in objects if t.lemma_.lower() in self.cues.part_nouns]
            orgs = body_owners_referred(parts, self.index)
        if member and not orgs:  # "one of its leaders": one of the group's, unless he is its head
            heads_of = {g.key for m in holder_mentions if (g := self.index.groups.get(m.key)) is not None}
            orgs = [m for m in owners_referred(objects, self.index) if m.key not in heads_of]
        orgs = employer_before_posting(self, noun, objects, orgs)  # "Hamas's representative in Lebanon" serves Hamas
        if rel_type == "DEPUTY_OF" and not orgs:  # "Burhan's deputy on the council", "a deputy to JNIM leader Y"
            orgs = deputy_bodies(noun, self.index)
        if any(m.actor_id for m in orgs):  # "Assistant Secretary for Near Eastern Affairs at the State Department"
            orgs = [m for m in orgs if m.actor_id]
        listed = None if orgs else owner_in_list(noun, self.index)  # "X, a firm, and its chief executive, Y": X's
        if listed is not None:
            orgs = listed
        elif not orgs:  # "US President X"; not the nationality of "the Malian leader of JNIM"
            owners = [t for t in self._role_lefts(noun) if t.dep_ in {"poss", "compound", "amod", "nmod"}]
            orgs = [m for t in owners for m in self._owner_actors(t)]  # "an ISIS financial facilitator": "nmod" too
            orgs = self._companion_of(noun) or orgs  # "X, together with Y, his deputy": X's, whoever "his" means
            orgs = [self._led_by(m, noun) for m in orgs]  # "His deputy, X, ...": the deputy of the group he leads
        orgs = [m for m in orgs if not is_backer(m, self.doc, self.cues.hyphen)]  # not the UN of "UN-designated"
        orgs = bodies_of_role(orgs, self.doc, noun.i)  # not Hamas of "an anti-Hamas leader", Mali of "Malian rebel"
        if rel_type == "WORKS_FOR":  # "Putin's spokesman, X", "an adviser to President Erdogan"
            owners = objects + [t for t in noun.lefts if t.dep_ in {"poss", "compound"}] if not orgs else []
            orgs += [m for t in owners for m in actors_of(t, self.index) if m.label == "Person"]
            orgs = [s for m in orgs for s in (states_led(self, [m]) if m.label == "Person" else [m])]
        if not orgs and not objects and rel_type == "LEADS" and not one_of_several(noun):
            named = offices_named_by(self, noun, holder_mentions)  # "X, the country's prime minister"
            for person, office in named:
                self.emit(person, "LEADS", office, noun, "role-known-office", 0.8)
            if named:
                return
        if not orgs:
            title = " ".join(t.text for t in noun.subtree if t.dep_ not in {"det", "punct"})
            led = body_led_by_title(self, title) if rel_type == "LEADS" else None
            orgs = [self.known_mention(led)] if led else []
        bare = not orgs and not objects and is_bare_role([*noun.lefts, noun])  # "X, a senior commander, was killed"
        if bare and (group := group_in_focus(noun, self.index)) is not None:
            orgs, holder_mentions = [group], [m for m in holder_mentions if m.label == "Person"]
        method = "role-bare" if bare and orgs else "role"
        state_official = portfolio_minister(self, noun) or state_office(self, noun)  # "the attorney general, X" too
        state_official = state_official and not self._locally_owned(noun)  # not "the city's security secretary"
        if not orgs and state_official:  # "the health minister, X": the page's state's minister
            for person in (m for m in holder_mentions if m.label == "Person"):
                self.emit_all([person], "WORKS_FOR", home_of(self, person), noun, "role-article-state", 0.8)
        if rel_type in {"LEADS", "DEPUTY_OF"} and (
            self._leads_a_part(noun, objects)
            or heads_a_named_part(objects, self.index)
            or self._part_noun_before(noun, orgs)
        ):  # "the leader of ISIS in Syria", "a deputy head of the ministry's press department"
            people = [m for m in holder_mentions if m.label == "Person"]
            self._head_of_part(people, rel_type, orgs, objects, noun, f"role-part:{noun.lemma_.lower()}")
            return
        if rel_type == "LEADS" and (
            one_of_several(noun)
            or joint_word(noun)
            or self._heads_part_service([t for t in noun.lefts if t.dep_ != "poss"], orgs)  # "the army's chief"
        ):  # "X, a leader of Hamas", "Uganda's military chief, X", "X, the co-founder of Y": of it, not its head
            for org in orgs:
                self.emit_all(holder_mentions, member_type(org), [org], noun, f"{method}-of:{noun.lemma_.lower()}", 0.7)
            return
        if rel_type == "LEADS" and (giving := verb_giving(noun)) is not None:  # "became leader of Y after Z died"
            holder_mentions = holder_mentions + departed_before(giving, self.index)
        described = (
            noun.dep_ == "appos" and not second_object(noun)
        ) or named_beside  # not "did not name X its leader"
        certainty = self._described(noun) if described else None
        for org in orgs:  # "X, a senior Hamas official": a member of the group
            org_type = figure_type(rel_type, noun.lemma_.lower(), org)
            self.emit_all(holder_mentions, org_type, [org], noun, f"{method}:{noun.lemma_.lower()}", 0.8, certainty)
            if org_type == "FUNDS" and raises_funds_within(noun.lemma_.lower(), org):  # "a Hezbollah fundraiser"
                self.emit_all(holder_mentions, "MEMBER_OF", [org], noun, f"{method}-funder", 0.7, certainty)
            self._member_of_whole(holder_mentions, org_type, org, orgs, noun, "role-whole", certainty)

    def _member_of_whole(
        self,
        holders: list[Mention],
        org_type: str,
        part: Mention,
        orgs: list[Mention],
        cue: Token,
        method: str,
        certainty: str | None = None,
    ) -> None:
        """A member of a named part of an organisation is one of the whole too ("a commander of the FARC's bloc"), and
        so is the head or deputy of a part of an armed group or party ("the head of Hezbollah's Executive Council",
        "who heads the group's Executive Council": a member of Hezbollah)."""
        if org_type not in {"MEMBER_OF", "LEADS", "DEPUTY_OF"}:
            return
        whole = owner_of_part(self, part)
        if whole is None or whole in orgs:
            return
        if org_type == "MEMBER_OF" or member_type(whole) == "MEMBER_OF":
            self.emit_all(holders, "MEMBER_OF", [whole], cue, method, 0.7, certainty)

    def _past_origins(self, noun: Token, objects: list[Token]) -> list[Token]:
        """A role's objects less those after "from" when a body of its own is named before the role noun: "X, a former
        TTP commander from Orakzai Agency" commands in the TTP and comes from Orakzai, whatever the NER makes of it
        ("a commander from the RSF", with no body before, still names the RSF)."""
        owners = [t for t in self._role_lefts(noun) if t.dep_ in {"poss", "compound", "nmod"}]
        if not any(m.label == "Organization" for t in owners for m in self._owner_actors(t)):
            return objects
        return [t for t in objects if not (t.dep_ == "pobj" and t.head.lower_ == "from")]

    def _named_after_body(self, noun: Token) -> list[Mention]:
        """The people set off after the body a role's preposition names, which the parser hangs on the body: John
        Bako of "the commander of the Kivu Front, John Bako," (not a body set off there: "the leader of X, a
        militia")."""
        named = [a for p in prep_objects(noun, HUNG_NAME_PREPS) for a in p.children if a.dep_ == "appos"]
        return [m for a in named if (m := self.index.at(a)) is not None and m.label == "Person"]

    def _owner_actors(self, owner: Token) -> list[Mention]:
        """The actors a role's owner word names; an owner pronoun set off right after a name is that name's ("A and
        the KNU, through its armed wing X": the KNU's, not the subject A's), and so is a "whose" that owns one post
        ("A and the B (BB), whose chairman is X": B's alone; "A and B, whose fighters" stays both's)."""
        named = name_set_before(self, owner) if owner.lower_ in self.cues.owner_pronouns else None
        if owner.tag_ == "WP$" and owner.head.dep_ == "appos":  # "A, whose brother and deputy, B": A's
            named = named or self.index.at(owner.head.head)
        if owner.tag_ == "WP$" and owner.head.tag_ == "NN":  # one post, one body: the name set off before "whose"
            named = named or name_set_before(self, owner)
        return [named] if named is not None else actors_of(owner, self.index)

    def _locally_owned(self, noun: Token) -> bool:
        """Whether a role noun's owner is a place below the state, written as a common noun (`local_owner_nouns`):
        "X, the city's security secretary", "the province's health minister"; its official, not the state's."""
        owners = [t for t in self._role_lefts(noun) if t.dep_ == "poss"]
        return any(t.pos_ == "NOUN" and t.lemma_.lower() in self.cues.local_owner_nouns for t in owners)

    def _role_lefts(self, noun: Token) -> list[Token]:
        """The words before a role noun, and before its deputy's prefix when the parser splits it off: "the
        council's" of "the council's vice-president" parsed as "vice", "-" and "president" side by side."""
        doc, i = self.doc, noun.i
        split = i > 1 and doc[i - 1].text == "-" and doc[i - 2].lower_ in self.cues.deputy_words
        prefix = (
            list(doc[i - 2].lefts) if split and doc[i - 2].head == noun.head and doc[i - 2].dep_ == noun.dep_ else []
        )
        if self._titles_shared(noun):  # "whose brother and deputy, B": the owner of both titles
            prefix += [c for c in noun.head.children if c.dep_ == "poss"]
        if (half := first_half(noun)) is not None:  # "the group's secretary-general", "the group's" on "secretary"
            prefix += [c for c in half.lefts if c.dep_ == "poss"]
        return prefix + list(noun.lefts)

    def _backers_listed_beside(self, noun: Token) -> list[Mention]:
        """The names set off after a plural noun of backers that the parser coordinates with it instead of setting
        them beside it: Iran and Qatar of "Hamas's foreign sponsors, Iran and Qatar, rejected the plan" (the list
        closed by a comma or the sentence's end, every item a name; not "Hamas's sponsors, Israel and Egypt met")."""
        first = next((c for c in noun.children if c.dep_ == "conj"), None)
        if noun.tag_ != "NNS" or first is None or self.doc[first.left_edge.i - 1].text != ",":
            return []
        if self._role_at(noun) != "FUNDS":
            return []
        items = [t for t in conjuncts(first) if t.i != noun.i]
        end = max(t.right_edge.i for t in items) + 1
        if end < len(self.doc) and self.doc[end].text not in {",", "."}:
            return []
        named = [self.index.at(t) for t in items]
        return [m for m in named if m is not None] if all(named) else []

    def _titles_shared(self, noun: Token) -> list[Mention]:
        """The people named in apposition to the first of two coordinated titles, after the second: B of "A, whose
        brother and deputy, B, was sanctioned" holds both titles (not B of "A, his deputy B and other leaders")."""
        if noun.dep_ != "conj" or noun.head.dep_ not in {"appos", "nsubj", "nsubjpass"}:
            return []
        named = [c for c in noun.head.children if c.dep_ == "appos" and c.i > noun.i]
        return [m for c in named if (m := self.index.at(c)) is not None and m.label == "Person"]

    def _role_of_apposed_owner(self, noun: Token) -> bool:
        """ "X, its leader Y": a role with an owner pronoun set beside an organisation, and the person it names beside
        it, is the person's role in that organisation (the pronoun is X's, whoever the sentence's subject is).
        Whether it linked anyone."""
        owned = has_child(noun, {"poss"}, self.cues.owner_pronouns)
        owner = self.index.at(noun.head) if noun.dep_ == "appos" and owned else None
        if owner is None or owner.label != "Organization":
            return False
        named = [c for c in noun.children if c.dep_ == "appos"]
        holders = [m for c in named for m in actors_of(c, self.index, with_preps=False) if m.label == "Person"]
        rel_type = self._role_at(noun) if holders else None
        if rel_type is None:
            return False
        org_type = figure_type(rel_type, noun.lemma_.lower(), owner)
        self.emit_all(holders, org_type, [owner], noun, f"role:{noun.lemma_.lower()}", 0.8)
        return True

    def _named_part(self, noun: Token) -> list[Mention]:
        """The organisation named before a part's noun that has an owner: Az-Zallaqa in "its Az-Zallaqa media arm",
        the Radwan Force in "Hezbollah's Radwan Force unit" (not Hamas in "the Hamas wing", which owns it)."""
        if noun.lemma_.lower() not in self.cues.named_part_nouns or not has_child(noun, {"poss"}):
            return []
        return [
            m
            for c in noun.lefts
            if c.dep_ == "compound" and (m := self.index.at(c)) is not None and m.label == "Organization"
        ]

    def _served(self, end: End, cue: Token) -> bool:
        """Whether an end is named, in the cue's sentence, as the side an act is done for ("in solidarity with X")."""
        sent = cue.sent
        return isinstance(end, Mention) and sent.start <= end.start < sent.end and sided_with(self.doc[end.end - 1])

    def _described(self, cue: Token) -> str:
        """The certainty of a role set beside a name as its description: "X, a Hezbollah spokesman, denied the
        report" denies the report, not that X is the spokesman (a claim or a hedge still makes it alleged)."""
        found = self.certainty(cue)
        return "asserted" if found == "negated" else found

    def _head_of_part(
        self, people: list[Mention], rel_type: str, orgs: list[Mention], objects: list[Token], noun: Token, method: str
    ) -> None:
        """The head of a part of an organisation ("the leader of ISIS in Syria", "named its emir for the region") is
        one of the organisation's members, the head only of a part named by its own name ("head of its charity wing,
        Y"); never the head of the place his part is in."""
        named = {m.key for m in part_names(objects, self.index)}  # "head of its charity wing, Y": Y's head
        for org in (m for m in orgs if m.label == "Organization"):  # "the leader of ISIS in Syria"
            part_type = rel_type if org.key in named else member_type(org)
            self.emit_all(people, part_type, [org], noun, method, 0.7)

    def _leads_a_part(self, noun: Token, objects: list[Token]) -> bool:
        """Whether a role heads only a part of the organisation: its object is an unnamed office or division
        ("director of the Middle East division"), it is qualified by a place or a region's noun ("leader of ISIS in
        Syria", "its leader in the region"), or a region names it ("Americas director")."""
        if any(self._minor_part(t) and self.index.at(t) is None for t in objects):
            return True  # not "the head of its political bureau", who leads the movement
        if any(t.lower_ in self.cues.part_role_words for t in noun.lefts):
            return True  # "Regional Director for West and Central Africa"
        placed = [p for h in [noun, *objects] for p in prep_objects(h, role_types().posting_preps)]
        if noun.dep_ in {"oprd", "attr"}:  # "(whom Y) named its emir for West Africa": "for" hung on the verb
            placed += prep_objects(noun.head, {"for"})
        if any(m.label in {"Location", "Country"} for p in placed for m in actors_of(p, self.index, False)):
            return True
        if any(p.lemma_.lower() in place_words().region_nouns and self.index.at(p) is None for p in placed):
            return True  # "its commander in the area", "named its emir for the region"
        return any(
            (m := self.index.at(t)) is not None and m.label == "Location"
            for t in noun.lefts
            if t.dep_ in {"compound", "nmod"}
        )

    def _acted_on_actors(self, obj: Token, rel_type: str) -> list[Mention]:
        """The actors a verb's object names; for an incident opposed ("condemned the attack on the Kosovo police by
        X"), its author (its owner, its demonym, its "by"), not those it hit: who condemns an attack opposes whoever
        carried it out."""
        if rel_type != "OPPOSES" or obj.lemma_.lower() not in self.events.incident_words:
            return actors_of(obj, self.index)
        authors = prep_objects(obj, {"by"})
        named = [m for m in actors_of(obj, self.index, with_preps=False) if not names_scene(self.doc[m.end - 1], m)]
        return named + [m for t in authors for m in actors_of(t, self.index)]  # not Bannu of "the Bannu attack"

    def _unnamed_plural(self, noun: Token) -> bool:
        """Whether a noun is a plural that names no one and no body it is "of" or that qualifies it ("more than 80
        organisations"; not "the ranks of Y", "the Fano fighters"): the examples it lists are listed beside the
        subject, not what the subject is a member of."""
        named = any(self.index.at(t) is not None for t in noun.lefts) or prep_objects(noun, {"of"})
        return noun.tag_ in {"NNS", "NNPS"} and self.index.at(noun) is None and not named

    def _unnamed_front(self, noun: Token) -> bool:
        """Whether a noun names no one but a front against a foe ("joined the war against X", "joined a coalition
        against Y"): whoever joins it fights the foe (the noun's rules), and is no member of the foe's."""
        return self.index.at(noun) is None and bool(prep_objects(noun, self.cues.front_foe_preps))

    def _part_noun_before(self, noun: Token, orgs: list[Mention]) -> bool:
        """Whether a part's noun set before a role of an organisation makes it a part's head: "the group's political
        wing chief, X", "Hamas's finance chief" (a state's "intelligence chief" heads a service, another rule's)."""
        if not any(m.label == "Organization" for m in orgs):
            return False
        return any(t.dep_ == "compound" and self._minor_part(t) for t in noun.lefts)

    def _bracketed_holder(self, named: Mention, noun: Token) -> bool:
        """Whether a name closed by a bracket holds the role set off after it: a person any role ("X (also known as
        Y), a commander of Z"), a body a member's ("the Office of X (OFX), part of the Treasury")."""
        return named.label == "Person" or (named.label == "Organization" and self._role_at(noun) == "MEMBER_OF")

    def _owned_anew(self, noun: Token) -> bool:
        """Whether a role noun opens a phrase of its own with "the" and its own owner's name ("both the army (FARDC)
        and the UN mission"): another body joined to the list, not a second title of the name set off before it."""
        lefts = list(noun.lefts)
        opened = any(t.dep_ == "det" and t.lower_ == "the" for t in lefts)
        return opened and any(t.dep_ in {"compound", "poss"} and self.index.at(t) is not None for t in lefts)

    def _minor_part(self, noun: Token) -> bool:
        """Whether a noun names a part of a body whose head heads only that part ("its media office", "the naval
        wing"), not the part whose head heads the whole (``leading_parts``: "the political bureau")."""
        return noun.lemma_.lower() in self.cues.part_nouns and not leads_the_whole(noun)

    def appointment(self, verb: Token) -> None:
        """ "X was appointed secretary-general of Y", "Y named X as its new leader", "X succeeded Z as leader of Y":
        the role the person is given (and, for a succession, the one the predecessor held)."""
        lemma = verb.lemma_.lower()
        succession = lemma in self.cues.succession_verbs
        own_roles = self_named_roles(verb, self.cues.reflexives) if lemma in self.cues.self_naming_verbs else []
        if own_roles:  # "X declared himself head of Y": X is given the role
            self._give_roles(subjects_of(verb), own_roles, verb, no_appointer=True)
            return
        if verb.pos_ != "VERB" or not (succession or lemma in self.cues.appointment_verbs) or is_unreal(verb):
            return  # "plans to name X as its leader", "the plan was to install X": no one named yet
        named = self.index.at(verb.head) if verb.dep_ == "acl" and verb.tag_ == "VBN" else None
        set_off = named is not None and named.label == "Person"  # "X, named president of Y in 2017, was arrested"
        passive = is_passive(verb) or set_off
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        if succession and passive:  # "Z was replaced by X as leader of Y"
            holders, predecessors = agents_of(verb), [c for c in verb.children if c.dep_ == "nsubjpass"]
        elif succession:  # "X succeeded Z", "Y chose X to succeed Z"
            holders, predecessors = successors(verb), objects
        else:
            holders = [c for c in verb.children if c.dep_ == "nsubjpass"] if passive else objects
            holders, predecessors = holders or ([verb.head] if set_off else []), []
        roles = [c for c in verb.children if c.dep_ in {"oprd", "attr", "xcomp"} and c.pos_ in {"NOUN", "PROPN"}]
        if not passive and not succession:
            holders, given = appointed_names(verb, self.index, holders)  # "appointed its wali, X", "named X as"
            roles += given
        roles += prep_objects(verb, {"as"}) + (objects if passive else [])
        roles += [g for r in roles for g in r.children if g.dep_ in {"oprd", "attr"}]  # "named X its leader"
        self._give_roles(holders + predecessors, roles, verb, no_appointer=passive or succession)

    def _give_roles(self, holders: list[Token], roles: list[Token], verb: Token, *, no_appointer: bool) -> None:
        """The roles an appointment gives the people named at these tokens, in the bodies the roles' phrases name, else
        in the body the verb's subject names (unless none appointed them: a passive, a succession, a role taken by the
        holder himself)."""
        lemma = verb.lemma_.lower()
        people = [m for t in holders for m in actors_of(t, self.index, with_preps=False) if m.label == "Person"]
        for role in roles:
            rel_type = self._role_at(role)
            if rel_type is None or self.index.at(role) is not None:
                continue
            objects = prep_chain(role, self.cues.role_preps)
            orgs = [m for t in objects for m in actors_of(t, self.index) if not self._in_incident(m, role)]
            orgs += [m for t in role.lefts if t.dep_ in {"poss", "compound", "amod"} for m in actors_of(t, self.index)]
            if not orgs and not no_appointer:  # "the movement appointed X as its leader"
                appointers = subjects_of(verb)  # "ISWAP named X", parsed as "X" described by "named": the name only
                appointers = ([verb.head] if self.index.at(verb.head) else []) if verb.dep_ == "acl" else appointers
                articles = self.cues.indefinite_articles  # not X of "a faction of X named Y": an unnamed one did
                appointers = [t for t in appointers if not any(c.lower_ in articles for c in t.children)]
                orgs = [m for t in appointers for m in self._appointing_body(t, role)]  # an organ, its body's post
            orgs = [m for m in orgs if m.label in {"Organization", "Country"}]
            if rel_type in {"LEADS", "DEPUTY_OF"} and self._leads_a_part(role, objects):  # "Y named X its leader in
                # the region", "named its emir for West Africa": one of Y's, not Y's head nor the region's
                self._head_of_part(people, rel_type, orgs, objects, role, f"appointment-part:{lemma}")
                continue
            gone = departed_before(verb, self.index) if rel_type == "LEADS" else []  # "after Z was killed"
            self.emit_all(people + gone, rel_type, orgs, role, f"appointment:{lemma}", 0.8)

    def _in_incident(self, mention: Mention, role: Token) -> bool:
        """Whether a name hangs below a role's noun by a preposition of an incident's noun: "named X as one of the
        planners of the bombing of Y's headquarters", "one of the organisers of the attack on Y's offices" name the
        incident's target, not a body X serves (not "spokesman for the army's Sokola 1 operations", a name of the
        operations themselves)."""
        if not role.left_edge.i <= mention.start <= role.right_edge.i:
            return False  # a reference's antecedent, written elsewhere
        below = span_root(self.doc, mention.start, mention.end)
        while below.i != role.i and below.head.i != below.i:
            if below.dep_ == "prep" and self.events.is_event_noun(below.head):
                return True
            below = below.head
        return False

    def _appointing_body(self, appointer: Token, role: Token) -> list[Mention]:
        """The bodies whose post the subject of an appointment fills: its own ("the Front named X as its leader",
        "the Kelvan Council elected X as chairman"), or, for an organ, the body it belongs to ("the party's Political
        Commission appointed X as leader": the party's; "the Shura Council named X secretary-general": none)."""
        owners = None if role.lemma_.lower() in organ_own_posts() else posts_owner(appointer, self.index)
        return actors_of(appointer, self.index, with_preps=False) if owners is None else owners

    def known_mention(self, actor: Actor) -> Mention:
        """A gazetteer actor as a mention the page does not hold (no position): a link's end known, not written."""
        return Mention(-1, -1, -1, -1, actor.name, actor.label, actor.name, actor.kind, actor.id)

    def title_before(self, person: Mention) -> None:
        """A title right before a name: "US President Donald Trump", "Hezbollah leader Hassan Nasrallah", "Uganda
        People's Defence Force (UPDF) spokesman X"."""
        doc = self.doc
        cues = self.cues  # "Envoy for Yemen X": the title ends at "for"
        anchor = title_anchor(doc, person, self.index)  # "ministers A, B and C": the list's title is C's too
        end = portfolio_start(doc, anchor, cues.title_scope_preps, cues.role_heads)
        left = end
        while (
            left > 0
            and end - left < 7
            and (
                doc[left - 1].pos_ in {"PROPN", "NOUN", "ADJ", "ADP", "PART", "PUNCT"}
                or of_the(doc, left - 1)
                or doc[left - 1].lower_ in role_types().tenure_words  # "the group's then leader X"
            )
            and (
                doc[left - 1].lower_
                not in {",", ";", ":", "—", "–", "(", ")", ".", "and", "by", "with", "to", "for", "at", "on", "against"}
                or is_rank_stop(doc[left - 1])  # "Pentagon spokesman Maj. Gen. X": the rank's stop, no clause's
            )
            and not (doc[left - 1].text == "-" and doc[left - 1].whitespace_)  # a dash, not a hyphen: "KYIV - Defence"
            and not of_a_plain_noun(doc, left - 1, cues.role_words)  # "opponents of President X": not the title's
        ):  # a title ends at a clause's stop: not UN of "near UN posts; Prime Minister X"
            left -= 1
        if left >= 3 and doc[left - 1].text == ")" and doc[left - 3].text == "(" and self.index.at(doc[left - 2]):
            left -= 2  # "Uganda People's Defence Force (UPDF) spokesman X": the body's short name
        subject = doc[person.end - 1].dep_ in {"nsubj", "nsubjpass"}  # "Its spokesman X said", not "sanctioned Y, its
        owner = doc[left - 1] if 0 < left < end else None  # leader X" (Y's leader)
        if subject and owner is not None and (owner.lower_ in cues.owner_pronouns or owner.tag_ == "WP$"):
            left -= 1  # "Its spokesman X", "their commander X", "Y, whose leader X escaped": whose title it is
        window = doc[left:end]
        if not len(window):
            self._ranked_member(person)  # "Marine Corps Lance Cpl. X": the stop after the rank ends the title
            return
        unranked = window
        while len(unranked) > 1 and (
            unranked[-1].lower_.rstrip(".") in self.cues.honorifics or is_rank_stop(unranked[-1])
        ):
            unranked = unranked[:-1]  # "IDF spokesman Rear Admiral Daniel Hagari": the rank is not the role
            last = unranked[-1].lower_.rstrip(".")
            if self.cues.role_of((last,)) is not None and last not in self.cues.rank_openers:
                break  # "CENTCOM commander Gen. X": the role before the rank stays, not "Lieutenant" of a rank
        ranked = len(unranked) < len(window) and not self._role_across(window, len(window) - len(unranked))
        for whole in (unranked, window) if ranked else (window, unranked):  # "SAF commander General X": the role
            candidate, owners = body_after_of(whole, self.index)  # "Secretary of the Treasury X"
            owners = owners or state_after_name(doc, person.end, self.index)  # "President X of Ghana"
            words = [role_word(t) for t in candidate]  # "commanders" as "commander"
            for size in range(min(self.cues.longest_role, len(words)), 0, -1):
                rel_type = self.cues.role_of(tuple(words[-size:]))
                if rel_type is None:
                    continue
                before = candidate[: len(candidate) - size]
                named = [m for m in self.index.within(before) if not self._portfolio(m)] + owners  # not "Interior" of
                force = state_force_titled(self, before)  # "Israeli military spokesman X": the force the page names
                named = [force] if force is not None else named
                named = named or [m for m in [lone_state_force(self, before)] if m is not None]  # "Army spokesman X"
                named = named or self._owner_referred(before)  # "Its spokesman X", "the group's spokesman X"
                named = named or [m for m in [state_after(doc, person, self.index)] if m is not None]  # "A of Chad"
                named = named or self._voiced_clause(person, words[-1])  # "X denied it, with spokesman Y saying"
                orgs = body_of_title(self, named, words[-size:])  # "Interior Minister X"
                served = [m for m in named[-1:] if m.label == "Country" and m not in orgs]  # "US Defense Secretary X"
                told = [] if served else state_of_bare_ministry(self, person, named)  # "Foreign Ministry spokesman X"
                if told and not of_page_state(self, told[0]):  # not the bare ministry of another state's page
                    orgs, told = told, []
                served = served or told
                orgs = bodies_of_role(orgs, doc, candidate.end - size)  # not Mali of "Malian jihadist leader X"
                if rel_type == "WORKS_FOR":  # "President Erdogan's spokesman X" works for Turkey
                    orgs = [s for m in orgs for s in (states_led(self, [m]) if m.label == "Person" else [m])]
                sole = sole_rank(candidate[-1], self.index)  # "its commander X": the head
                commands = commands_a_state_force(candidate, named) and not heads_a_service(self, before)
                sole = sole or commands  # "Quds Force commander X": the head (not "Iraqi army commander X")
                chosen = self._role_type(rel_type, words, definite_of=sole)
                guessed: list[Mention] = []  # the article's state, for "President X" with no state named
                owned = owned_by_pronoun(list(doc[max(candidate.start - 1, 0) : person.end]))  # "its leader X"
                if not orgs and chosen == "DEPUTY_OF" and candidate.start > 0:
                    orgs = led_by_owner(self.index, doc[candidate.start - 1])  # "Y's leader Z and his deputy X"
                portfolio = any(w in self.cues.portfolio_words for w in words[-size:])  # "Foreign Secretary X" heads
                known = not orgs and chosen == "LEADS" and not owned and not portfolio  # a ministry, never the state
                office = known_office(self, person, words) if known else None  # he once led
                if office is not None:  # "President Vladimir Putin": the state he is known to lead, whatever he did
                    self.emit(person, "LEADS", office, doc[person.start], "title-known-office", 0.85, "asserted")
                    return
                method = "title"
                if not orgs:
                    led = body_led_by_title(self, " ".join(words[-size:])) if rel_type == "LEADS" else None
                    orgs = [self.known_mention(led)] if led else []
                    served = served or minister_state(self, led, words[-size:])  # "Defense Secretary X": the state's
                    guessed = [] if orgs else state_of_title(self, person, before, words[-size:])
                    if chosen == "LEADS":  # not the article's state for a head known to lead another body
                        guessed = [g for g in guessed if not leads_elsewhere(self.gazetteer, person, g)]
                    orgs = orgs or guessed
                bare = not orgs and not named and is_bare_role(list(candidate))  # "top military commander X"
                if bare and (group := group_in_focus(candidate[-1], self.index)) is not None:
                    orgs, method = [group], "title-bare"
                if orgs and orgs[-1].label == "Country" and not named and chosen == "LEADS":
                    chosen = state_role(self, words[-size:])  # "police Director X" works for the state
                portfolios = self.cues.portfolio_words | title_portfolios()  # "US Secretary of State X" too
                portfolio = portfolio or minister_of_portfolio(words[-size:], self.cues.minister_titles, portfolios)
                if orgs and orgs[-1].label == "Country" and chosen == "LEADS" and portfolio:
                    chosen = "WORKS_FOR"  # "British Defence Secretary X" heads a ministry and works for the state
                if orgs and chosen == "LEADS" and self._heads_part_service(before, orgs[-1:]):  # "UN peacekeeping"
                    chosen = member_type(orgs[-1])
                method = "title-article-state" if guessed else method  # a rule of its own, measured apart
                for org in orgs[-1:]:
                    chosen = figure_type(chosen, words[-1], org)  # "Hamas official X": a member of the group
                    cue = doc[person.start]  # "Hezbollah spokesman X did not comment": he is its spokesman
                    self.emit(person, chosen, org, cue, method, 0.85, self._described(cue))
                    self.emit_all([person], "WORKS_FOR", served, cue, "title-state", 0.85, self._described(cue))
                states = [m for m in served + orgs[-1:] if m.label == "Country"]
                lead_ministry(self, person, whole, words[-size:], states)  # "Interior Minister X"
                return
        self._ranked_member(person)  # no role word in the title: "Indian Army Major X"

    def _ranked_member(self, person: Mention) -> None:
        """A force's name, then a rank and no role word, before a name: the person is one of the force's members
        ("Marine Corps Lance Cpl. X", "NSG Major Y"; not "Quds Force commander Brigadier General Z", its head)."""
        if (force := ranked_force(self.doc, person.start, self.index.at)) is not None:
            cue = self.doc[person.start]
            self.emit(person, "MEMBER_OF", force, cue, "title-rank", 0.8, self._described(cue))

    def _heads_part_service(self, words: Span | list[Token], orgs: list[Mention]) -> bool:
        """Whether the words before a head's title name a service of a body rather than the body: "UN peacekeeping
        chief X" (of the UN), "Uganda's military chief"; not "Israeli military chief X" of the Israeli military."""
        return heads_a_service(self, words) and not (orgs and all(names_the_service(self, words, o) for o in orgs))

    def _role_across(self, window: Span, ranks: int) -> bool:
        """Whether a role's words end a title across the rank words that end it ("Secretary General", "Secretary-
        General"), so that they are no rank set before the name."""
        words = tuple(t.lower_ for t in window if t.text != "-")
        ranks = min(ranks, len(words))
        sizes = range(ranks + 1, min(self.cues.longest_role, len(words)) + 1)
        return any(self.cues.role_of(words[-size:]) is not None for size in sizes)

    def _owner_referred(self, title: Span) -> list[Mention]:
        """The organisation or state a title's possessive refers back to ("its", "the group's", "the rebels'"), or a
        bare singular group noun opening it ("Group spokesman X", "Movement leader X": the group named before)."""
        owners = [m for t in title if t.dep_ == "poss" for m in self._possessor(t)]
        bare = [t for t in title[:1] if t.lower_ in self.index.group_nouns and not has_child(t, {"det"})]
        bare = [t for t in bare if t.tag_ == "NN" or (t.tag_ == "NNP" and t.is_sent_start)]  # "Group" read as a name's
        owners += [m for t in bare if (m := self.index.antecedent(t)) is not None and m.label == "Organization"]
        return [m for m in owners if m.label in {"Organization", "Country"}][-1:]

    def _possessor(self, owner: Token) -> list[Mention]:
        """The actors a title's possessive names, and for a "whose" the parse hangs on no clause the name set off right
        before it ("Y, whose then-leader X welcomed the move", the clause read as the sentence's own)."""
        found = actors_of(owner, self.index, with_preps=False)
        if not found and owner.tag_ == "WP$" and (named := name_set_before(self, owner)) is not None:
            found = [named]
        return found

    def _voiced_clause(self, person: Mention, role: str) -> list[Mention]:
        """The organisation or state a bare spokesperson's title speaks for when set in a "with" phrase on a clause:
        the clause's subject ("The Kremlin denied any role, with spokesman X calling it a lie"); else the group the
        spokesperson's words are about (:meth:`_group_told_of`)."""
        if role not in own_claim_cues().voice_nouns:
            return []
        name = self.doc[person.end - 1]
        prep = name.head.head if name.dep_ == "nsubj" and name.head.dep_ == "pcomp" else name.head
        if prep.lower_ != "with" or prep.dep_ != "prep" or name.dep_ not in {"nsubj", "pobj"}:
            return self._group_told_of(name)
        owners = [m for s in subjects_of(prep.head) for m in actors_of(s, self.index, with_preps=False)]
        return [m for m in owners if m.label in {"Organization", "Country"}][-1:]

    def _group_told_of(self, name: Token) -> list[Mention]:
        """The organisation a bare spokesperson speaks of as the subject of what they say, by a noun that refers back
        to it: "spokesman X said the group had released the women" (after "The BLA claimed the attack")."""
        verb = name.head
        if name.dep_ != "nsubj" or verb.lemma_.lower() not in self.cues.reporting:
            return []
        said = [c for c in verb.children if c.dep_ == "ccomp"]
        nouns = [s for c in said for s in subjects_of(c) if s.lemma_.lower() in self.cues.group_nouns]
        told = [m for s in nouns for m in actors_of(s, self.index, with_preps=False)]
        return [m for m in told if m.label == "Organization"][:1]

    def _portfolio(self, mention: Mention) -> bool:
        """Whether a mention names only a minister's portfolio ("Interior", "Finance"), no body of its own."""
        words = [t.lower_ for t in self.doc[mention.start : mention.end]]
        return mention.label == "Organization" and all(w in self.cues.portfolio_words for w in words)

    def person_of_org(self, person: Mention, head: Token) -> None:
        """ "James LaPorta of Newsweek", "Lucas Tomlinson at Fox News"; "the opposition leader, X of the Y" leads Y, and
        so does each of "leaders including X of the Y and Z of the W"."""
        role = head.head if head.dep_ == "appos" and head.head.pos_ == "NOUN" else None
        leads = role is not None and self._role_at(role) == "LEADS" and not one_of_several(role)
        bodies = [
            (obj, org)
            for obj in prep_objects(head, self.cues.person_body_preps)
            for org in actors_of(obj, self.index, with_preps=False)
            if org.label == "Organization"
        ]
        leads = leads or (bool(bodies) and listed_by_plural_role(self, person, "LEADS"))
        for obj, org in bodies:
            member = org.kind in {"armed_group", "political_party"} or clan_noun(obj)  # "of the X tribe"
            rel = "MEMBER_OF" if member else "WORKS_FOR"
            self.emit(person, "LEADS" if leads else rel, org, head, "person-of-org", 0.7)
            listed = listed_with(self, head) + listed_before_body(self, head, obj.head)  # "A and B of X"
            self.emit_all(listed, rel, [org], head, "person-of-org-listed", 0.7)

    def hyphen_compound(self, token: Token) -> None:
        """ "Iranian-backed militias like X", "a US-designated terrorist", "pro-Iranian groups such as X"."""
        if "-" in token.text or token.lower_ in self.cues.hyphen:
            more_hyphen_actors(self, token)  # "a U.S.-designated SDGT", "US- and UN-designated"
        if token.lower_ not in self.cues.hyphen:
            return
        rel_type, actor_first = self.cues.hyphen[token.lower_]
        doc = self.doc
        if token.lower_ == "pro":
            actor = self.index.at(doc[token.i + 2]) if token.i + 2 < len(doc) and doc[token.i + 1].text == "-" else None
            modified = doc[token.i + 2].head if actor else None
        else:
            actor = self.index.at(doc[token.i - 2]) if token.i >= 2 and doc[token.i - 1].text == "-" else None
            modified = token.head if token.dep_ in {"amod", "compound"} else token
            while modified.dep_ == "compound" and modified.pos_ == "NOUN" and self.index.at(modified) is None:
                modified = modified.head  # "a Phnom Penh-based payments conglomerate": the conglomerate
        if actor is None or modified is None:
            return
        offshoot = modified.lemma_.lower() in self.cues.offshoot_nouns  # "the Mozambique-based ISIS affiliate"
        bearers = self._bearers(modified, own_group=actor_first or not (names_one_person(modified) or offshoot))
        if rel_type in self.cues.umbrella_tie_types:  # "X, an umbrella for Iran-backed militias (A and B)": X's too
            bearers = [*bearers, *umbrella_of_members(self, modified)]
        body = self._body_after(token)
        for bearer in [body] if body is not None else bearers:
            emit_hyphen_link(self, token, token.lower_, actor, bearer)

    def _body_after(self, token: Token) -> Mention | None:
        """The organisation named right after a word of control in a hyphen compound ("the Houthi-run Al-Masirah TV
        broadcast footage", where the parser may hang the word on a noun further on), or none."""
        if token.lower_ not in self.cues.hyphen_bodies or token.i + 1 >= len(self.doc):
            return None
        body = self.index.at(self.doc[token.i + 1])
        return body if body is not None and body.label == "Organization" else None

    def _bearers(self, noun: Token, own_group: bool = True) -> list[Mention]:
        """Who a modified noun names: itself, the name it is in apposition with, or the examples it lists; with
        ``own_group`` also the group named in it ("the Iran-backed Hezbollah group"), which a noun of one person
        does not name for what is said of the person ("an Iran-based Houthi financier" places the financier)."""
        own = self.index.at(noun)
        if own:
            return [own]
        named = self._named_in(noun)
        if named and own_group:  # "the Iran-backed Hezbollah group"
            return named
        named = [m for c in noun.children if c.dep_ == "appos" for x in conjuncts(c) if (m := self.index.at(x))]
        if named:  # "the Iranian-backed militant group Islamic Jihad", "Iran-backed militias, A and B"
            return named
        if is_definite_group(noun, self.index) and (ante := self.index.antecedent(noun)) is not None:
            return [ante]  # "the powerful Iran-backed movement" said after Hezbollah was named
        step = noun
        for _ in range(3):
            if step.dep_ in {"appos", "conj", "attr"} and step.head.i != step.i and not coordinated_with_name(step):
                step = step.head
                if self.index.at(step):
                    return [self.index.at(step)]
                if own_group and (named := self._named_in(step)):  # "the Kataib Hezbollah militia, an Iran-backed one"
                    return named
        if noun.lemma_.lower() in self.cues.group_nouns or noun.lower_ in self.cues.group_nouns:
            return (
                listed_after(noun, self.index)
                or members_listed_by_clause(self, noun)  # "groups that include A"
                or self._whose_people(noun)  # "Turkish-backed factions of the Syrian National Army"
            )
        return []

    def _noun_read_as(self, noun: Token) -> str:
        """The lemma a relational noun is read as: "offshoot" for a group noun that "splinter" or "breakaway" modifies
        ("a splinter group of X", "a Boko Haram splinter faction"), "sanction" for a measure a word of sanction
        modifies ("restrictive measures on X"), else its own."""
        lemma = noun.lemma_.lower()
        if lemma in self.cues.sanction_means and any(c.lower_ in self.cues.sanction_measures for c in noun.children):
            return "sanction"
        if lemma not in self.cues.group_nouns:
            return lemma
        modifiers = [self.cues.splinter_words.get(c.lower_) for c in noun.children if c.dep_ in {"compound", "amod"}]
        return next((m for m in modifiers if m), lemma)

    def _named_in(self, noun: Token) -> list[Mention]:
        """The first name a noun's compound gives ("Hezbollah" of "the Hezbollah group"), or none; not a name written
        before a hyphen, which the parser may hang on the noun too ("a Banja Luka-based station": Banja Luka is where
        the station is based, not its name)."""
        doc = self.doc
        named = [
            m
            for c in noun.children
            if c.dep_ == "compound"
            and (m := self.index.at(c)) is not None
            and not (m.end < len(doc) and doc[m.end].text == "-")
        ]
        return named[:1]

    def _named_of(self, noun: Token) -> list[Mention]:
        """The actors a noun's "of" names ("the hideouts of X", "the positions of A and B")."""
        return [m for t in prep_objects(noun, {"of"}) for m in actors_of(t, self.index, with_preps=False)]

    def _whose_people(self, noun: Token) -> list[Mention]:
        """The organisations a group noun's "of" or "from" names: the factions' or the fighters' own."""
        objects = prep_objects(noun, self.cues.membership_preps)
        return [m for t in objects for m in actors_of(t, self.index, with_preps=False) if m.label == "Organization"]

    def relational_noun(self, noun: Token) -> None:
        """ "X has close links to Y", "X is holding drills with Y", "a struggle between X and Y", "X's base in Y"."""
        if self.index.at(noun) is not None:
            return  # the noun of a name: "the Alliance of Sahel States", "the Coalition for Unity"
        if is_conditional(noun):
            return  # "in the event of a war with X": a fight only supposed
        lemma = self._noun_read_as(noun)
        if lemma in self.cues.consent_nouns and noun.dep_ == "pobj" and noun.head.lower_ in self.cues.consent_preps:
            return  # "acted in agreement with Putin": with his consent, no pact
        for cue in self.cues.nouns.get(lemma, ()):
            if noun.pos_ not in {"NOUN", "PROPN"} and not self._fighting_in(noun):
                continue
            holders_verb = noun.head if noun.dep_ == "dobj" else None  # "holding drills with X": the verb's "with"
            aims = prep_objects(noun, cue.preps) + (prep_objects(holders_verb, cue.preps) if holders_verb else [])
            aims = aims or _shared_prep_objects(noun, cue.preps)  # "a former official and critic of Y"
            if cue.type == "SANCTIONED_BY":  # "the designation in February of X": the parser hangs "of X" on the date
                dates = [t for t in prep_objects(noun, {"in", "on"}) if is_time(t)]
                aims += [a for t in dates for a in prep_objects(t, cue.preps)]
                aims += [b for t in aims for b in names_listed_beside(t, self)]  # "on A, B, as well as C": B
            if cue.type in SIDE_TYPES and noun.lemma_.lower() not in self.cues.counterpart_nouns:
                aims = self._past_members(aims, cue.preps)
            objects = [m for t in aims for m in actors_of(t, self.index)]
            if cue.symmetric_between and len(objects) >= 2 and any(c.lower_ == "between" for c in noun.children):
                if cue.type == "OPPOSES":
                    continue  # "clashes between X and Y": the hostility rules' sides_between
                for b in objects[1:]:  # "collaboration between OFAC, the DEA and Europol": the first named with each
                    self.emit(objects[0], _noun_type(cue, objects[0], b), b, noun, f"noun:{lemma}", 0.7)  # other,
                    # not all with all
                continue
            if cue.symmetric_between and self._one_side_between(noun):
                continue  # "China brokered a ceasefire between the rebels and the army": China is no side
            objects = [m for m in objects if not is_backer(m, self.doc, self.cues.hyphen)]  # not Iran of "Iran-backed"
            objects = pledged_to(noun, aims, objects, self.index)  # "allegiance to al-Qaeda leader X": al-Qaeda
            owners = [m for c in noun.children if c.dep_ == "poss" for m in actors_of(c, self.index, False)]
            if not owners and cue.type == "SANCTIONED_BY":  # "the designation by the UK in February of X and Y"
                owners = [m for t in prep_objects(noun, {"by"}) for m in actors_of(t, self.index, False)]
                owners = owners or self._sanctioning_modifiers(noun, objects) or self._sanctions_owner(noun)
            if not owners and cue.type == "BASED_IN":  # "hideouts of the Pakistani Taliban in eastern Afghanistan"
                owners = [m for m in self._named_of(noun) if m.label == "Organization"]
            described = noun.dep_ == "appos" and objects  # "X, the Somali affiliate of Y": X's demonym, not an owner
            backing = cue.type in {"FUNDS", "AFFILIATED_WITH", "BASED_IN"}
            if not owners and not described and backing:  # "Rwandan military support to M23"
                owners = [
                    m
                    for c in noun.lefts
                    if c.dep_ in {"amod", "compound", "nmod"}
                    for m in actors_of(c, self.index, False)
                    if not is_backer(m, self.doc, self.cues.hyphen)
                ]
            if cue.type == "ATTACKED":  # "the Israeli war on Gaza", "the invasion of Iraq by the US": who wages it
                self._waged(noun, owners, objects)
                continue
            named = [m for c in noun.children if c.dep_ == "appos" and (m := self.index.at(c)) is not None]
            held = counted_by(noun) if cue.type == "BASED_IN" else noun  # "set up dozens of outposts": as "outposts"
            offshoot = lemma in self.cues.offshoot_nouns
            if offshoot and owners and not named:  # "its proxies, including Hezbollah": the examples named
                named = [m for m in listed_after(noun, self.index) if m.key not in {o.key for o in owners}]
            bracketed = None if noun.dep_ == "appos" or objects or not owners else set_off_after_bracket(self, noun)
            if bracketed is not None:  # "the Y Cartel (YC), the X Cartel's main rival": parsed as the verb's object
                holders, objects = [bracketed], owners
            elif noun.dep_ == "appos" and not objects:  # "JNIM, al-Qaeda's affiliate": the owner is the object
                if cue.type in SIDE_TYPES and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in noun.children):
                    continue  # "X, its rival": not X's own clause, often someone named earlier; left unguessed
                holders, objects = actors_of(noun.head, self.index, with_preps=False), owners
            elif offshoot and not objects and named:  # "al-Qaeda's affiliate in Yemen, AQAP": the one named
                holders, objects = named, owners
            elif (offshoot or cue.type in SIDE_TYPES) and not objects and noun.dep_ == "attr":  # "X is Iran's proxy"
                holders = [m for s in subjects_of(noun.head) for m in actors_of(s, self.index, with_preps=False)]
                objects = owners
            elif cue.type == "BASED_IN" and (bodies := self._described_bodies(noun)) and owners:
                holders = bodies  # "X is al-Qaeda's network in Tunisia", "X, its cell in Y": X is there
            elif owners:  # "Iran's ties to Hezbollah"
                holders = owners
            elif (apposed := _apposed_to(noun, cue.type in SIDE_TYPES | ALLIANCE_TYPES)) is not None:  # "X, a close
                # ally of Y", "X, head of Z and an ally of Y" (a side or a tie; not "X, a strike and the listing of Y")
                holders = actors_of(apposed, self.index, with_preps=False)
            elif held.dep_ in {"dobj", "attr", "nsubj"}:  # not Mali of "the Malian group pledged allegiance to X"
                holders = [
                    m
                    for s in subjects_of(held.head)
                    for m in actors_of(s, self.index, with_preps=False)
                    if not self._only_qualifies(m, s)
                ]
            elif noun.dep_ == "ccomp" and (said := [c for c in noun.children if c.dep_ == "nsubj"]):
                holders = [m for s in said for m in actors_of(s, self.index, False)]  # "deems X a proxy of Y"
            elif noun.dep_ == "pobj" and noun.head.lower_ == "as" and noun.head.head.pos_ in VERB_TAGS:
                verb = noun.head.head  # "Turkey regards X as an offshoot of Y", "India banned X as a proxy for Y":
                # the object's; "X was established in 2013 as an offshoot of Y", "X emerged as a rival of Y": the
                # subject's
                described = [c for c in verb.children if c.dep_ == "dobj"]
                described = described or as_holders(verb, self.cues.as_object_verbs)
                holders = [m for t in described for m in actors_of(t, self.index, False)]
            elif noun.dep_ == "pobj" and noun.head.lower_ in cue.purpose_preps and noun.head.head.pos_ in VERB_TAGS:
                holders = self._engaged_in(noun.head.head)  # "X was in Kabul for talks with Y"
            elif noun.dep_ in PREP_OBJECTS and noun.head.lower_ in {"in", "into"}:
                holders = self._engaged_in(noun.head.head)  # "engaged in clashes with", "a partner in the fight"
                if cue.type == "OPPOSES" and self._mutual(noun):  # "Malian soldiers were killed in clashes with Y":
                    # the side (a person killed so is a casualty, as the gold sets read him)
                    holders += [m for m in self._befallen(noun.head.head) if m.label != "Person"]
            elif cue.type == "BASED_IN" and (group := _group_with(noun)) is not None:  # "X, a group with bases in Y"
                before = organisation_before(self, group)  # the name before its comma, wherever the parse hangs it
                said = subjects_of(group.head) if group.dep_ == "attr" else [group]  # "X is a group with bases in Y"
                holders = [before] if before is not None else [m for t in said for m in actors_of(t, self.index, False)]
            elif cue.type == "MET_WITH" and noun.dep_ in PREP_OBJECTS and self._met_in_time(noun):
                holders = self._engaged_in(self._clause_of_phrase(noun.head))  # "After a call with Y, X said"
            elif cue.type == "OPPOSES" and noun.dep_ in PREP_OBJECTS and (announced := self._course_announcers(noun)):
                holders = announced  # "KH announced a suspension of operations against US forces"
            elif cue.type == "OPPOSES" and noun.dep_ == "pobj" and (committed := self._committed_to(noun)):
                holders = committed  # "Kenya remains committed to the fight against Y", "X is focused on the war"
            elif noun.dep_ in PREP_OBJECTS and (when := self._fight_in_time(noun)) is not None:
                holders = self._engaged_in(when.head)  # "X died during a clash with Y"
                holders += self._befallen(when.head)  # "X was wounded during a clash with Y"
            elif cue.type == "BASED_IN" and (verb := self._acted_from(noun)) is not None:  # "X struck from bases in Y"
                holders = [m for t in subjects_of(verb) for m in actors_of(t, self.index, with_preps=False)]
            else:
                holders = []
            rel_type = cue.type
            if cue.reverse:
                holders, objects = objects, holders
            if noun.dep_ == "dobj" and noun.head.lemma_.lower() in self.cues.severing_verbs:
                states = all(m.label == "Country" or m.kind == "government" for m in holders + objects)
                if cue.type == "OPPOSES" or states:
                    rel_type = "OPPOSES"  # "Mali cut diplomatic ties with Ukraine", "Mali's junta cut ties with X"
                elif cue.type != "AFFILIATED_WITH" or any(m.label == "Country" for m in holders + objects):
                    continue  # "suspended talks with the ELN", "the group cut ties with Iran": a split, no war
                # "HTS broke ties with al-Qaeda": the tie the two groups had, as the gold sets annotate (no war)
            if rel_type == "OPPOSES" and self._unwanted(noun):
                continue  # "Washington did not seek war with Iran"
            if rel_type == "ALLIED_WITH" and self._settlement(noun):
                continue  # "X signed a peace agreement with Y": an end of fighting, no alliance
            own_base = bool(owners) and holders == owners  # "jets struck PKK positions in Qandil": the PKK's
            if rel_type == "BASED_IN" and not own_base and self._struck(held):
                continue  # "the rebels bombed a military base in Arauca": the base is the target's, not theirs
            if rel_type == "BASED_IN" and self.events.is_event_noun(noun) and not (own_base and noun.tag_ == "NNS"):
                continue  # "an FTC operation near X", "the IDF ran operations in Y": incidents; "its operations in Z"
            if rel_type == "BASED_IN" and not owners and self._sanctioned(held):
                continue  # "the Treasury designated a network in Kenya": the network's place, not the Treasury's
            if rel_type == "BASED_IN":  # "camps around Beni in Congo's North Kivu": in North Kivu too
                objects += [d for m in objects if (d := division_placed_in(self, m)) and d not in objects]
                objects = with_region_owners(self, objects)
            if cue.labels:  # "the successor to Los Zetas": bodies only
                holders = [m for m in holders if m.label in cue.labels]
                objects = [m for m in objects if m.label in cue.labels]
            for holder in holders:  # "the group pledged allegiance to X": a body's pledge to a body is membership
                for m in (m for m in objects if not {holder.label, m.label} <= cue.not_between):
                    typed = rel_type if rel_type != cue.type else _noun_type(cue, holder, m)  # "in contact with IS"
                    self.emit(holder, typed, m, noun, f"noun:{lemma}", 0.65)
            if rel_type == "MET_WITH" and holders and self._held_together(noun):
                self._each_met_each(objects, noun, f"noun-together:{lemma}")  # "a meeting with A and B": A met B
            if rel_type == "OPPOSES" and self._mutual(noun):  # "clashes with Y": Y fights back
                self.emit_all(objects, rel_type, holders, noun, f"noun:{lemma}", 0.6)

    def _acted_from(self, noun: Token) -> Token | None:
        """The verb whose "from" a base noun with no owner is the object of, when the verb's subject acts from there:
        "X launched raids from bases in Y", "X re-entered the state from camps in Y", "X struck Z from hideouts in Y"
        (X is based in Y); not a verb in the passive, nor one whose object is a group, a person or a thing taken
        from bases that may be another's ("the army drove X from bases in Y", "freed hostages from camps in Y"), an
        act or a place only ("launched raids", "struck Z", "crossed the border"); not a verb of a base itself
        ("operates from"), whose own rule reads the place."""
        verb = noun.head.head
        if verb.dep_ == "dobj" and verb.pos_ == "NOUN" and self.index.at(verb) is None:
            verb = verb.head  # "launched raids from bases in Y": the parser hangs "from" on the raids
        if noun.dep_ != "pobj" or noun.head.lower_ != "from" or verb.pos_ not in VERB_TAGS:
            return None
        if any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children):
            return None
        if any(c.type == "BASED_IN" for c in self.cues.verbs.get(verb.lemma_.lower(), ())):
            return None  # "X operates from strongholds in Y": the verb's own rule reads the place
        for thing in (c for c in verb.children if c.dep_ == "dobj"):
            named = actors_of(thing, self.index, with_preps=False)
            if named and any(m.label not in {"Location", "Country"} for m in named):
                return None  # "drove X from bases in Y": X's bases, or the driver's
            if not named and not self.events.is_event_noun(thing) and thing.lemma_.lower() not in self.cues.place_nouns:
                return None  # "freed hostages from camps in Y", "seized weapons from bases in Y": someone else's
        return verb

    def _settlement(self, noun: Token) -> bool:
        """Whether a noun of ALLIED_WITH is a settlement of a fight: "a peace agreement", "a ceasefire deal"."""
        return any(c.dep_ in MODIFIER_DEPS and c.lemma_.lower() in self.cues.settlement_words for c in noun.lefts)

    def _one_side_between(self, noun: Token) -> bool:
        """Whether a noun's "between" names the sides but only one by a name ("a truce between the rebels and the
        army"): whoever holds the noun (the broker of a truce) is not the other side, which is left unnamed."""
        sides = [m for t in prep_objects(noun, {"between"}) for m in actors_of(t, self.index)]
        return len(sides) == 1

    def _waged(self, noun: Token, owners: list[Mention], objects: list[Mention]) -> None:
        """A war, invasion or bombardment: ATTACKED from whoever wages it (its owner, a demonym before it, the
        "by" agent, or the subject of "wage" or "launch") to whom or where it is waged."""
        waged_by = owners + [
            m
            for t in noun.lefts
            if t.dep_ in {"amod", "compound"}
            for m in actors_of(t, self.index, False)
            if m.label in {"Country", "Organization"}
        ]
        by = agents_of(noun) + prep_objects(noun, {"by"})
        waged_by += [m for t in by for m in actors_of(t, self.index, with_preps=False)]
        if not waged_by and noun.dep_ == "dobj" and noun.head.lemma_.lower() in self.cues.perpetration_verbs | {"wage"}:
            waged_by = [m for s in subjects_of(noun.head) for m in actors_of(s, self.index, with_preps=False)]
        victims = [m for m in objects if m not in waged_by]
        scene = waged_in(self, noun, victims)  # not Gaza of "a war on Hamas in Gaza"
        victims = [m for m in victims if m not in scene]
        self.emit_all(waged_by, "ATTACKED", victims, noun, f"noun:{noun.lemma_.lower()}", 0.65)

    @staticmethod
    def _past_members(aims: list[Token], preps: frozenset[str]) -> list[Token]:
        """The other sides a noun of alliance or hostility names, without who its "of" names as its members or
        makers ("the largest coalition of FARC dissidents"), but with the foe of the act it names ("a campaign of
        bombings against the Taliban")."""
        kept = [t for t in aims if t.head.lower_ != "of"]
        return kept + [p for t in aims if t.head.lower_ == "of" for p in prep_objects(t, preps - {"of"})]

    def _fighting_in(self, word: Token) -> bool:
        """Whether a gerund of fighting both ways is the object of "in" or of a preposition of time, a noun in all
        but its tag (the parser hangs it as an object or a clause): "X suffered losses in fighting with Y", "amid
        fighting with Y", "after days of fighting with Y"."""
        if word.tag_ != "VBG" or word.dep_ not in PREP_OBJECTS or not self._mutual(word):
            return False
        return word.head.lower_ == "in" or self._fight_in_time(word) is not None  # "after days of fighting with Y"

    def _engaged_in(self, head: Token) -> list[Mention]:
        """Who takes part in what a noun after "in" names: the verb's subjects ("X engaged in clashes"), or the
        noun's own actors and, for a predicate, its subject's ("X is a key US partner in the fight"), or for the
        object of a verb that names no one, the verb's subjects ("X suffered losses in fighting with Y")."""
        if head.pos_ in {"VERB", "AUX"}:
            return [m for s in subjects_of(head) for m in actors_of(s, self.index, with_preps=False)]
        found = actors_of(head, self.index, with_preps=False)
        if not found and head.dep_ == "dobj":
            return self._engaged_in(head.head)
        if head.dep_ == "attr":
            found += [m for s in subjects_of(head.head) for m in actors_of(s, self.index, with_preps=False)]
        return found

    def _committed_to(self, noun: Token) -> list[Mention]:
        """Who is said to be given to a fight a noun after "to" or "on" names (``commitment_words``): the subject of
        "Kenya remains committed to the fight against Y", "the army is focused on the fight against Y", the owner of
        "Kenya's commitment to the war against Y", the noun "committed to ..." describes; none for anyone else
        ("Kenya is opposed to the war against Y")."""
        prep, cues = noun.head, self.cues
        word = prep.head
        if prep.lower_ not in cues.commitment_preps or word.lemma_.lower() not in cues.commitment_words:
            return []
        if word.pos_ == "NOUN":
            said = [c for c in word.children if c.dep_ == "poss"]
        elif word.dep_ == "acomp":
            said = subjects_of(word.head)
        elif word.dep_ == "amod":
            said = [word.head]
        else:
            said = subjects_of(word) + [c for c in word.children if c.dep_ == "nsubjpass"]
        return [m for t in said for m in actors_of(t, self.index, with_preps=False)]

    def _befallen(self, verb: Token) -> list[Mention]:
        """Whom a passive verb befalls, a side of the fight its phrase names: "Malian soldiers were killed in clashes
        with Y", "X was wounded during a clash with Y" (the passive subject)."""
        return [m for c in verb.children if c.dep_ == "nsubjpass" for m in actors_of(c, self.index, False)]

    def _unwanted(self, noun: Token) -> bool:
        """Whether a noun is the object of a denied intent ("did not seek war with X", "does not want a conflict") or
        of a verb that keeps it from happening ("avoided open confrontation with X", ``avoiding_verbs``)."""
        head = noun.head
        if noun.dep_ == "dobj" and head.lemma_.lower() in self.hostility.cues.avoiding_verbs:
            return True
        return noun.dep_ == "dobj" and has_child(head, {"neg"}) and is_unreal(noun)

    def _struck(self, noun: Token) -> bool:
        """Whether a noun is the object of a verb of attack, harm or capture ("bombed a base", "overran a camp"; not
        "took refuge": "take" captures only with a place or control named)."""
        if noun.dep_ != "dobj":
            return False
        lemma = noun.head.lemma_.lower()
        attacking = any(cue.type == "ATTACKED" for cue in self.cues.verbs.get(lemma, ()))
        capturing = lemma in territory_cues().verbs - territory_cues().control_only_verbs
        return attacking or lemma in self.cues.violence_verbs or capturing

    def _judged_as(self, verb: Token) -> bool:
        """Whether a verb gives what follows its "as" to its object ("regards X as", "described X as")."""
        return verb.pos_ in VERB_TAGS and verb.lemma_.lower() in self.cues.as_object_verbs

    def _sanctioning_modifiers(self, noun: Token, targets: list[Mention]) -> list[Mention]:
        """The states and bodies a noun of sanction is modified by, when it names whom it acts on: "the US
        designation of X", "the UN listing of A and B", "British sanctions on X" (the modifier acts); none for a
        noun with no target ("the Hamas designation": Hamas may be the one listed), nor a target's own name."""
        if not targets:
            return []
        keys = {m.key for m in targets}
        return [
            m
            for c in noun.lefts
            if c.dep_ in {"amod", "compound", "nmod"}
            for m in actors_of(c, self.index, False)
            if m.label in {"Country", "Organization"} and m.key not in keys
        ]

    def _sanctions_owner(self, noun: Token) -> list[Mention]:
        """The one body whose sanctions another noun of its sentence names, for a noun of sanction that names none
        ("the second package of UK sanctions, following the designation in February of X": the UK's)."""
        nouns = [t for t in noun.sent if t.i != noun.i and t.lemma_.lower() in self.cues.sanction_means]
        owners = [c for t in nouns for c in t.children if c.dep_ in {"compound", "amod", "poss"}]
        found = {
            m.key: m for c in owners if (m := self.index.at(c)) is not None and m.label in {"Country", "Organization"}
        }
        return list(found.values()) if len(found) == 1 else []

    def _set_off_name(self, noun: Token) -> list[Mention]:
        """The name an unnamed noun in apposition is set off after ("X (XB), the state's main agency"), wherever the
        parser hangs the apposition, or none."""
        if noun.dep_ != "appos" or self.index.at(noun) is not None:
            return []
        named = name_before_comma(self, noun)
        return [named] if named is not None else []

    def _sanctioned(self, noun: Token) -> bool:
        """Whether a noun is the object of a verb of sanction ("the Treasury designated a network in Kenya"): what
        it names is the sanctioned one's, never the sanctioner's."""
        verb_cues = self.cues.verbs.get(noun.head.lemma_.lower(), ())
        return noun.dep_ == "dobj" and any(cue.type == "SANCTIONED_BY" for cue in verb_cues)

    def _course_announcers(self, noun: Token) -> list[Mention]:
        """Who announces a course of a campaign a noun names after "of" or "in" ("KH announced a suspension of
        operations against US forces", "the army declared a pause in its offensive"): the subjects of the verb of
        announcing whose object the course is."""
        course = noun.head.head
        if noun.head.lower_ not in self.cues.course_preps or course.lemma_.lower() not in self.cues.course_nouns:
            return []
        if course.dep_ != "dobj" or course.head.lemma_.lower() not in self.cues.announcing_verbs:
            return []
        return [m for s in subjects_of(course.head) for m in actors_of(s, self.index, with_preps=False)]

    def _fight_in_time(self, noun: Token) -> Token | None:
        """The preposition of time a noun of fighting both ways follows ("during a clash", "amid fighting", "after
        a firefight with Y"), also through a stretch of time ("after four days of fighting with Y"), or None."""
        if noun.lemma_.lower() not in self.cues.mutual:
            return None
        prep = noun.head
        if prep.lower_ == "of" and prep.head.lemma_.lower() in self.cues.time_stretches and prep.head.dep_ == "pobj":
            prep = prep.head.head  # "after days of fighting"
        return prep if prep.lower_ in self.cues.fighting_time_preps else None

    @staticmethod
    def _clause_of_phrase(prep: Token) -> Token:
        """The word a prepositional phrase hangs on, climbing through the phrases it is part of to their verb ("In a
        statement after a call with Y, X said": said)."""
        head = prep.head
        while head.dep_ in PREP_OBJECTS | {"prep"} and head.pos_ not in {"VERB", "AUX"}:
            head = head.head
        return head

    def _held_together(self, noun: Token) -> bool:
        """Whether a noun names a gathering held with everyone it names at once ("a meeting with A and B"; not
        "separate talks with A and B", "contact with A and B")."""
        words = [*noun.children, *(c for c in noun.head.children if c.dep_ == "advmod")]
        apart = any(w.lower_ in self.cues.apart_meeting_words for w in words)
        return noun.lemma_.lower() in self.cues.joint_meeting_nouns and not apart

    def _each_met_each(self, people: list[Mention], noun: Token, method: str) -> None:
        """Every one of the people named together after a meeting's "with" met every other one."""
        for a, b in itertools.combinations(list({m.key: m for m in people}.values()), 2):
            self.emit(a, "MET_WITH", b, noun, method, 0.6)

    def _met_in_time(self, noun: Token) -> bool:
        """Whether a noun of meeting follows a preposition of time ("after a call with Y", "during talks with Y")."""
        return noun.head.lower_ in self.cues.meeting_time_preps

    def _mutual(self, cue: Token) -> bool:
        """Whether fighting goes both ways: a mutual word with "with" ("clashed with", "clashes with")."""
        return cue.lemma_.lower() in self.cues.mutual and any(c.lower_ == "with" for c in cue.children)

    def blame(self, token: Token) -> None:
        """ "X was behind the attack", "X are blamed for killing Y", "X, the culprit for Y", "pointed a finger at X"."""
        lemma = token.lemma_.lower()
        blamed: list[Mention] = []
        event_tokens: list[Token] = []
        inherent = "alleged"
        told_at = token  # the word whose clause says how sure the blame is
        if token.dep_ == "prep" and token.lower_ in self.cues.blame_preps:
            blamed = [m for s in subjects_of(token.head) for m in actors_of(s, self.index, with_preps=False)]
            blamed = blamed or apposed_holders(token, self.index)  # "al-Shabaab, the group behind the bombing"
            blamed = blamed or predicated_holders(token.head, self.index)  # "X was the group behind the bombing"
            event_tokens = [p for p in token.children if p.dep_ == "pobj"]
            inherent = "asserted"
        elif lemma in self.cues.perpetration_verbs | self.cues.approving_verbs and token.pos_ == "VERB":  # "X
            # launched four attacks on Y", "X authorised the strike"
            said = opening_gerund_subjects(token, blame_phrase_cues().opening_preps) if not subjects_of(token) else []
            doers = claimants(token, self.index) + [m for t in said for m in actors_of(t, self.index, with_preps=False)]
            doers += unit_owners(token, self.index)  # "a team from its X carried it out"
            gap = gap_subject(token) if not doers else None  # "X, which officials said staged the raid"
            doers += actors_of(gap, self.index, with_preps=False) if gap is not None else []
            doers += partners(token, self.index) if doers else []  # "Together with X, Y carried out the theft"
            said_by = said_doers(token)  # "saying its X Brigade had carried it out": the parse hangs X on "saying"
            doers += [m for t in said_by for m in actors_of(t, self.index, with_preps=False)] if not doers else []
            doers += partners_working(said_by, self.index) if doers else []  # "X, working with Y, carried it out"
            blamed = [m for m in doers if not is_backer(m, self.doc, self.cues.hyphen)]  # not Iran of "Iran-backed X"
            event_tokens = [c for c in token.children if c.dep_ == "dobj"]
            event_tokens += marked_on_subject(token, self.events.is_event_noun) if event_tokens else []
            event_tokens += gapped_deeds(token)  # "launched Operation A in 1990 and Operation B in 1991"
            inherent = "asserted"
            if (warners := self._threat(token)) is not None:  # "wants to carry out 100 attacks on US forces"
                hit = [m for t in event_tokens if self.events.is_event_noun(t) for m in self.events.anchors(t)[1]]
                if not self.denied_intent(token):  # "vowed never to carry out attacks on X"
                    self.emit_all(blamed + warners, "THREATENED", hit, token, f"threat:{lemma}", 0.7)
                return
            if lemma in self.cues.perpetration_verbs:  # not "authorised strikes in Khost": the approver struck nothing
                areas_struck(self, token, blamed)  # "carried out strikes in Khost province"
        elif lemma in self.cues.blame_verbs and token.pos_ == "VERB":
            listed_on = listed_on_after_incident(token, self.cues.blame_verb_incident_preps)  # "over A, B and C"
            holders = (
                [c for c in token.children if c.dep_ == "nsubjpass"]
                if is_passive(token)
                else [c for c in token.children if c.dep_ == "dobj" and c not in listed_on]
            )
            holders = holders or described_by(token)  # "Denis Sergeev, accused by the UK of killing X"
            if not holders and (holders := to_blame(token)):  # "officials said X was to blame for the raid"
                told_at = token.head  # the copula: "denied it was to blame", "rejected any suggestion X was to blame"
            blamed = blamed_holders(holders, self.index, self.cues.hyphen)  # each conjunct, never a backer
            event_tokens = prep_objects(token, self.cues.blame_verb_incident_preps) or held_on_accused(
                holders, self.cues.blame_verb_incident_preps, self._incident_or_share
            )  # "accused X of the ambush", "acquitted X of involvement in it": the parse hangs the phrase on X
            event_tokens = event_tokens or listed_among(token, self.cues.blame_verb_incident_preps)
            event_tokens = charged_incidents(token, self.cues.blame_verb_incident_preps, event_tokens) + listed_on
            inherent = "asserted" if proven(token) else inherent  # "X was convicted of the murder of Y"
            laid_on = blamed_on(token, laid_words(token), self.index, self.events.is_event_noun)
            if laid_on[0]:
                blamed, event_tokens = laid_on  # "officials blamed the bombing on X", "which police blamed on X"
        elif lemma in self.cues.blame_nouns and token.pos_ == "NOUN":
            if lemma == "finger":
                verb = token.head
                blamed = [
                    m
                    for p in prep_objects(verb, {"at"}) + prep_objects(token, {"at"})
                    for m in actors_of(p, self.index, with_preps=False)
                ]
                event_tokens = prep_objects(verb, {"for"}) + prep_objects(token, {"for"})
            else:
                subject_of = token.head if token.dep_ in {"attr", "dobj", "appos"} else token
                blamed = claimants(subject_of, self.index)
                if token.dep_ == "appos":
                    blamed = actors_of(token.head, self.index, with_preps=False)
                blamed = possessors(token, self.index) or blamed or having(token, self.index)  # "their role in"
                blamed = blamed or predicated_holders(token, self.index)  # "named X as the mastermind of it"
                blamed = [] if names_another(token) else blamed  # "the army killed the mastermind of the attack"
                event_tokens = prep_objects(token, self.cues.blame_incident_preps) or verb_held_share(token)
                event_tokens += repeated_prep_objects(token, self.cues.blame_incident_preps)  # "claimed
                # responsibility for the killing of A, and for a failed attack on B"
                messages = self.cues.blame_message_nouns  # "claimed responsibility in a statement": no incident
                event_tokens = [t for t in event_tokens if t.lemma_.lower() not in messages]
                if lemma in self.cues.blame_asserted_nouns:
                    inherent = "asserted"
        if not blamed:
            return
        certainty = certainty_of(told_at, self.cues, self.words, inherent)
        if told_at is not token and certainty != "negated":  # "X was not to blame": the "not" on the infinitive
            certainty = "negated" if certainty_of(token, self.cues, self.words, inherent) == "negated" else certainty
        if certainty == "negated" and lemma in self.cues.unclaimed_verbs:
            return  # "Islamic State had not claimed the attack": no claim, no denial (nor any victim of the claimant)
        events: list[Event] = []
        event_tokens = [which_antecedent(t) or t for t in event_tokens]  # "the attack, for which X was blamed"
        if not event_tokens:  # "the bombing, for which X claimed responsibility": "for" hangs on the clause's verb
            event_tokens = blamed_through_which(token.head if token.pos_ == "NOUN" else token)
        event_tokens += [o for t in event_tokens for o in perpetrated(t, self.cues.perpetration_verbs)]
        event_tokens += [o for t in event_tokens for o in blamed_share(t, self.cues.blame_nouns)]  # "of a role in X"
        event_tokens += [h for n in relative_object(token) for h in phrase_heads(n)]  # "the attack, which Al-Shabaab
        # claimed", "the ambush on a convoy near X, which Al-Shabaab carried out" (the parse hangs it on the place)
        event_tokens = with_listed(event_tokens)  # "responsibility for numerous attacks, including the bombing of X"
        event_tokens = [i for t in event_tokens for i in identified_incidents(t, self.events.is_event_noun) or [t]]
        # "the deadliest attack blamed on X (for which X claimed responsibility) remains the bombing of Y": Y's
        for t in event_tokens:
            for head in conjuncts(t):
                found = self.events.event_at(head)
                if found is None and head.pos_ == "VERB":  # "accused of killing protesters"
                    found = next((e for e in self.events.events if e.cue.i == head.i), None)
                if found is None and self._deed_reference(head):  # "said it had carried out the operation"
                    found = next(iter(named_last(self, head)), None)
                if found:
                    events.append(found)
                    if lemma in self.cues.perpetration_verbs and not is_operation(head):  # "X led the attack on
                        # Marawi": the town was hit (not the enemy of "launched Operation X against Y": opposed)
                        aimed = self._aimed_at(head)
                        hit = found.targets + [m for m in found.places if m.key in aimed and m not in found.targets]
                        self.emit_all(blamed, "ATTACKED", hit, token, f"perpetrator:{lemma}", 0.7)
                elif self.events.is_event_noun(head) and not is_operation(head):  # "operations against X": opposes
                    for target in self.events.anchors(head)[1]:
                        self.emit_all(blamed, "ATTACKED", [target], token, "blame-attack", 0.6, "alleged")
        if certainty != "negated":  # "blamed for a string of attacks on X": the series hit X (no one incident laid)
            series = series_members(event_tokens, self.events.is_event_noun)
            hit = [m for t in series if not is_operation(t) for m in self.events.anchors(t)[1]]
            done = lemma in self.cues.perpetration_verbs  # "has carried out dozens of strikes on X": told as done
            self.emit_all(blamed, "ATTACKED", hit, token, SERIES_ATTACK, 0.6, certainty if done else "alleged")
        events += [e for t in event_tokens for e in counted_back(self, t) if e not in events]  # "in both attacks"
        events += deed_of_pronoun(self, token)  # "saying its fighters had carried it out"
        if all(is_time(t) for t in event_tokens) and not blamed_for_other(token):
            # "Al-Shabaab claimed responsibility.", "pointed the finger at X", "In May, officials blamed X" (the time
            # the parse hangs on the verb names no incident; not "blamed X for the protests", no incident at all)
            bare = is_bare_blame(token)  # "claimed responsibility", not "uphold its responsibilities"
            events = (claimed_last(self, token) if bare else []) or bare_blame(self, token)  # "Officials blamed X."
            events = events or bare_share(self, token)  # "The Taliban denied involvement."
            if not events and bare:  # the page's incident, told paragraphs before
                events = news_told_last(self, token)
        if certainty == "asserted" and inherent == "alleged":
            certainty = "alleged"
        if cleared(token):  # "a jury acquitted him of involvement in the attacks": a denial ("not acquitted": alleged)
            certainty = "alleged" if certainty == "negated" else "negated"
        method = APPROVED_ONLY if lemma in self.cues.approving_verbs else f"blame:{lemma}"  # "X authorised it"
        self.emit_all(blamed, "BLAMED_FOR", events, token, method, 0.75, certainty)
        self.blame_listed_lines(blamed, event_tokens, token, method, 0.75, certainty)  # "for attacks, including:"

    def blame_listed_lines(
        self,
        blamed: list[Mention],
        incidents: list[Token],
        cue: Token,
        method: str,
        confidence: float,
        certainty: str | None,
    ) -> None:
        """Keep a blame whose incidents are listed a line each after its sentence ("linked the two men to a list of
        attacks, including:" then "- the break-out from Kuje prison;"): the incidents of those lines are read after
        the sentence, so the blame is laid on them once the whole document is (:meth:`blame_on_lines`)."""
        if blamed and (items := items_on_lines(incidents, blame_phrase_cues().listing_preps)):
            self._blamed_lines.append((blamed, items, cue, method, confidence, certainty))

    def blame_on_lines(self) -> None:
        """Each blame kept by :meth:`blame_listed_lines`, laid on every incident its lines name."""
        for blamed, items, cue, method, confidence, certainty in self._blamed_lines:
            self.emit_all(blamed, "BLAMED_FOR", self.events.events_at(items), cue, method, confidence, certainty)

    def _deed_reference(self, noun: Token) -> bool:
        """Whether a doer's object is a deed that names no incident of its own, only the one told: "the operation" of
        "said they had carried out the operation" (with a pointing determiner and nothing after it; not "the operation
        against X", "an operation")."""
        return (
            noun.lemma_.lower() in self.cues.deed_reference_nouns
            and noun.dep_ == "dobj"
            and has_child(noun, {"det"}, self.cues.deed_reference_determiners)
            and not any(c.i > noun.i for c in noun.children)
        )

    def _incident_or_share(self, noun: Token) -> bool:
        """Whether a noun names an incident ("the ambush") or a share in one ("involvement", "a role")."""
        return self.events.is_event_noun(noun) or noun.lemma_.lower() in self.cues.blame_nouns

    def attribution(self, verb: Token) -> None:
        """ "the attack was attributed to X", "X is responsible for the bombing": the incident laid on X; "the
        assault was led by X": a later name of the incident, with its author."""
        if verb.pos_ not in {"NOUN", "PROPN", "VERB", "ADJ"}:
            return
        earlier = None
        if self.events.is_event_noun(verb):  # "the attack", or "..., an attack claimed by X": a restating noun
            earlier = self.events.refers_back(verb) or restated(verb, self.events.events)
            earlier = earlier or self.events.told_by_its_verb(verb)  # "killed nine in an attack claimed by X"
        if earlier is not None and all(e.cue.i != verb.i for e in self.events.events):  # not an incident of its own
            self.perpetrators(replace(earlier, cue=verb))
            later = later_places(verb, self.index, self.cues)
            self.emit_all([earlier], "OCCURRED_AT", later, verb, "event-later-place", 0.7, "asserted")
        blamed = attributed_to(verb, self.index)
        incidents = laid_words(verb) if blamed else []  # "the attack, which officials attributed to X"
        if (held := held_responsible(verb, self.index)) is not None:
            blamed, incidents = held
        listed = with_listed(incidents)  # "held X responsible for a wave of attacks, including the assault on Y"
        events = list({id(e): e for t in listed if (e := self.events.event_at(t)) is not None}.values())
        events = [e for t in incidents for e in self._identified(t)] or events  # "Among the attacks attributed to X
        # are A and B": A's and B's
        every = [e for t in incidents for e in restated_all(t, self.events.events)]  # "X was killed in 1989 and Y in
        events += [e for e in every if e not in events]  # 1992, killings that courts attributed to Z": both
        if held is not None and not incidents:  # "Al-Shabaab said it was responsible."
            events = named_last(self, verb)
        trend = [t for t in listed if self.events.event_at(t) is None and self.events.is_event_noun(t)]
        series = series_members(listed, self.events.is_event_noun)  # "attributed a number of attacks on X to Y"
        lines = items_on_lines(incidents, blame_phrase_cues().listing_preps) if blamed else []  # "including:"
        if not blamed or not (events or trend or series or lines):
            return  # nothing to lay on anyone: the clause's certainty is not read
        charged = held is None or held_by_another(verb)  # "attributed to X", "officials held X responsible": a charge
        certainty = certainty_of(verb, self.cues, self.words, "alleged") if charged else None
        certainty = "alleged" if certainty == "asserted" else certainty
        denied = certainty_of(verb, self.cues, self.words, "asserted") == "negated"  # "X was not responsible for"
        if not denied:  # "X is responsible for attacks on Y": the attacks told as a trend hit their targets
            for told, method in ((trend, "blame-attack"), (series, SERIES_ATTACK)):
                hit = [m for t in told if not is_operation(t) for m in self.events.anchors(t)[1]]
                self.emit_all(blamed, "ATTACKED", hit, verb, method, 0.6, "alleged")
        self.emit_all(blamed, "BLAMED_FOR", events, verb, f"attributed:{verb.lemma_.lower()}", 0.7, certainty)
        self.blame_listed_lines(blamed, incidents, verb, f"attributed:{verb.lemma_.lower()}", 0.7, certainty)

    def place_appositions(self, sent: Span) -> None:
        """Each place of the sentence that a noun set beside its name describes (``place_apposition``)."""
        for place in (m for m in self.index.inside(sent) if m.label == "Location"):
            for token in self.doc[place.start : place.end]:
                for noun in (c for c in token.children if c.dep_ == "appos" and c.i >= place.end):
                    self.place_apposition(place, noun)

    def place_apposition(self, place: Mention, noun: Token) -> None:
        """ "Tower 22, a small logistics base in north-eastern Jordan", "Colombo, the capital city of Sri Lanka",
        "Mera, a farming community in Kebbi state", "Jilib, the group's stronghold in Middle Juba", "the Grand Hall, a
        concert venue in Y": a place described, by any common noun set beside its name, as lying in another (not the
        countries of "an outpost near the Syrian and Iraqi borders"); the noun may be what "one of" picks from ("X,
        one of the largest ammunition stores in Europe"), and the place that of the people it is for ("X, the largest
        camp for displaced people in Sudan")."""
        noun = picked_from(noun)
        listed = noun.lemma_.lower() in place_description_nouns(self.cues)
        if not listed and (noun.pos_ != "NOUN" or self.index.at(noun) is not None):
            return
        if noun.lemma_.lower() in self.cues.citizen_nouns:
            return  # "in Kherson, a 67-year-old resident of the Korabel district": a person beside the name
        objects = prep_objects(noun, self.cues.wider_place_preps) or [
            t for served in prep_objects(noun, {"for"}) if served.pos_ == "NOUN" for t in prep_objects(served, {"in"})
        ]
        wider = [m for t in objects for m in actors_of(t, self.index)]
        wider = [m for m in wider if not names_the_settlement(self, noun, m)]  # "Y, the port town of X": X's own name
        for other in wider:
            if other.label == "Location" or (other.label == "Country" and not beside_a_side(self, other)):
                self.emit(place, "LOCATED_IN", other, noun, "place-apposition", 0.7, "asserted")

    def organisation_placed(self, sent: Span) -> None:
        """ "Lebanon's Hezbollah", "the Lebanese group Hezbollah", "the Japanese firm X", "Islamic State in Cabo
        Delgado": an organisation placed by a demonym, a possessive or "in" is BASED_IN there (a state's own bodies
        are its affiliates)."""
        mentions = self.index.inside(sent)
        articles = self.cues.articles
        kinds = self.cues.group_nouns | place_words().description_nouns  # "the Japanese firm X", not only groups
        lower = self.words.lower
        for a, b in itertools.pairwise(mentions):
            placed = a.label == "Country" and b.label == "Organization" and b.kind not in STATE_KINDS
            if not placed and not (a.label == "Organization" and b.label in {"Location", "Country"}):
                continue  # no other pair is placed: the words between them are not read
            between = [self.doc[i] for i in range(a.end, b.start) if lower[i] not in articles]
            words = [lower[t.i] for t in between]
            cue = self.doc[b.start]
            if placed:
                owned = words[:1] in (["'s"], ["'"])  # "Syria's state news agency SANA": its own, as "Syria's SANA"
                described = self._described_by(between[1:] if owned else between, kinds, owned)
                if (not words or words in (["'s"], ["'"]) or described) and not led_from(b) and not self._parent(b):
                    self.emit(b, "BASED_IN", a, cue, "organisation-placed", 0.75, "asserted")  # not "Iran's Axis"
            elif (
                (phrase := self._org_phrase_in(a, between)) is not None  # "the NPA in Las Navas"
                and not in_incident_phrase(self, phrase)  # not "the attack by ISGS in Kokorou"
                and not names_an_incident(self, b)  # not "retook towns from X in the Hiiraan offensive"
                and not self._named_as_site(a)  # not "a hearing at the Basmanny district court in Moscow"
            ):
                placed_in = [b, *listed_conjuncts(self, b)]  # "the X armed group in Sokoto and Kebbi": both
                placed_in += [m for m in self.apposed_places(placed_in) if m not in placed_in]  # "Kabul, Afghanistan"
                for place in placed_in:
                    self.emit(a, "BASED_IN", place, cue, "organisation-in-place", 0.7, "asserted")
                if (near := nearest_level(self, b, mentions)) is not b:  # "in Afghanistan's Kabul Province": both
                    self.emit(a, "BASED_IN", near, cue, "organisation-in-place", 0.7, "asserted")

    def group_referred_placed(self, sent: Span) -> None:
        """ "The Somali group remains the deadliest threat", said after al-Shabaab was named: the organisation a
        definite group noun with a state's word points back to in an earlier sentence is based in that state (not one
        named in the same sentence, "Hezbollah coordinates with the Palestinian group", nor one set beside a name: "the
        Wagner Group, the Russian mercenary outfit" is Wagner, the rules of apposition's to place)."""
        for country in (m for m in self.index.inside(sent) if m.label == "Country"):
            word = span_root(self.doc, country.start, country.end)
            noun = word.head
            if word.dep_ != "amod" or noun.lemma_.lower() not in self.cues.group_nouns or self.index.at(noun):
                continue
            if noun.dep_ == "appos" or self._set_off_after_name(noun) or self._named_in(noun):
                continue
            if not is_definite_group(noun, self.index):
                continue
            ante = self.index.antecedent(noun)
            if ante is None or ante.start >= sent.start:
                continue
            if ante.label == "Organization" and ante.kind not in STATE_KINDS:
                self.emit(ante, "BASED_IN", country, noun, "group-referred-placed", 0.7, "asserted")

    def _set_off_after_name(self, noun: Token) -> bool:
        """Whether a noun's phrase is set off by a comma right after a name, however the parse hangs it ("the Wagner
        Group, the Russian mercenary outfit whose fighters ...")."""
        comma = noun.left_edge.i - 1
        return comma >= 1 and self.doc[comma].text == "," and self.index.at(self.doc[comma - 1]) is not None

    def _described_by(self, between: list[Token], kinds: frozenset[str], owned: bool) -> bool:
        """Whether the words between a state and an organisation's name say what it is ("the Russian mercenary group
        Wagner", "the Japanese shipping firm X"); after a possessive, not a noun of one body's tie to another ("Iran's
        proxy group Hezbollah" is not based in Iran; ``offshoot_nouns``)."""
        words = [t.lower_ for t in between]
        return (
            0 < len(between) <= 4
            and all(t.is_alpha and t.is_lower and t.pos_ not in {"CCONJ", "PRON", "DET"} for t in between)
            and (words[-1] in kinds or between[-1].lemma_ in kinds)
            and not (owned and any(t.lemma_.lower() in self.cues.offshoot_nouns for t in between))
        )

    def _named_as_site(self, org: Mention) -> bool:
        """Whether the organisation is named as a site one is at, after one of the incidents' `site_preps` ("at the
        Basmanny district court in Moscow", "outside the Interior Ministry in Ankara"): the "in" after it places the
        site, not the body's base."""
        root = span_root(self.doc, org.start, org.end)
        return root.dep_ == "pobj" and root.head.lower_ in incident_cues().site_preps

    def _org_phrase_in(self, org: Mention, between: list[Token]) -> Mention | None:
        """The organisation's phrase (its name, with a common noun of what it is right after it) when the words between
        it and a place are its own "in" (or "inside"): hung on its name ("the NPA in Las Navas", not "staged by the NPA
        in X"), on the name its short name in brackets stands beside ("the Kurdistan Regional Government (KRG) in
        Erbil"), or on that noun ("the Lakurawa armed group in Sokoto"; `group_nouns`, `description_nouns`); words of
        direction may stand before the place ("the ADF in eastern Congo")."""
        words = [t.lower_ for t in between]
        bracketed = words[:1] == [")"]
        if bracketed:
            between, words = between[1:], words[1:]
        while len(words) > 1 and words[-1] in self.cues.place_directions:  # "the ADF in eastern Congo"
            between, words = between[:-1], words[:-1]
        if len(words) > 2 and words[-2] == "and" and between[-1].dep_ == "conj" and between[-1].head == between[-3]:
            between, words = between[:-2], words[:-2]  # "the Security Belt in and around Aden": its "in"
        if not words or words[-1] not in {"in", "inside"}:
            return None
        described = between[:-1]
        kinds = self.cues.group_nouns | place_words().description_nouns
        if described and not (
            len(described) <= 3
            and all(t.is_alpha and t.is_lower and t.pos_ in {"NOUN", "ADJ"} for t in described)
            and described[-1].lower_ in kinds
        ):
            return None
        if described and described[-1].lower_ in self.cues.offshoot_nouns:
            return None  # "an al-Qaeda affiliate in the Sahel": the affiliate is there, not al-Qaeda
        head = between[-1].head
        root = span_root(self.doc, org.start, org.end)
        apposed_to = root.head.i if bracketed and root.dep_ == "appos" else None
        if not (
            org.start <= head.i < org.end
            or head in described
            or head.i == apposed_to
            or (not described and self._verb_object_in(root.head if apposed_to is not None else root, head))
        ):
            return None
        return replace(org, end=described[-1].i + 1) if described else org

    def _verb_object_in(self, root: Token, head: Token) -> bool:
        """Whether the "in" right after a name hangs on the verb the name is the object of, directly or through a
        preposition: "Israel struck Hezbollah in southern Lebanon", "transferred to the ICC in The Hague" (the parse
        sets the place on the verb, but the name and its place stand side by side); not a verb of meeting ("met the
        Taliban in Doha": where they met), nor the doer of a passive ("killed by X in Y": where the deed was done)."""
        if head.pos_ != "VERB" or any(cue.type == "MET_WITH" for cue in self.cues.verbs.get(head.lemma_.lower(), ())):
            return False
        if root.dep_ == "dobj":
            return root.head.i == head.i
        return root.dep_ == "pobj" and root.head.head.i == head.i and root.head.dep_ != "agent"

    def _counterpart(self, words: Span) -> str | None:
        """The type (ALLIED_WITH or OPPOSES) of the word of ``counterpart_nouns`` that, with only its modifiers and
        "the", stands between an owner and the one named after it: "Hamas's rival Fatah", "Israel's closest ally the
        US"; None for any other words ("Washington's partner against ISIS", "X's rival, led by Y")."""
        kept = [t for t in words if t.lower_ != "the"]
        if not kept or kept[-1].lower_ not in self.cues.counterpart_nouns:
            return None
        if any(t.pos_ not in {"ADJ", "ADV"} for t in kept[:-1]):
            return None
        types = [cue.type for cue in self.cues.nouns.get(kept[-1].lower_, ()) if cue.type in SIDE_TYPES]
        return types[0] if types else None

    def apposed_places(self, places: list[Mention]) -> list[Mention]:
        """The wider places set after a comma beside places: Chad of "N'Djamena, Chad" (an organisation based in the
        one is based in the other too)."""
        mentions = self.index.inside(self.doc[places[0].start].sent) if places else []
        return [
            b
            for a, b in itertools.pairwise(mentions)
            if a in places
            and b.label in {"Location", "Country"}
            and self.words.lower[a.end : b.start] == [","]
            and apposed(self, a, b)
        ]

    def _parent(self, org: Mention) -> bool:
        """Whether a name only says whose offshoot or whose standing the noun after it is: "Afghanistan's Islamic
        State affiliate" places the affiliate, not the Islamic State; "Finland's NATO bid" places nothing."""
        noun = qualified_noun(self.doc, org, {"compound"})
        return noun is not None and noun.lemma_.lower() in self.cues.offshoot_nouns | self.cues.standing_nouns

    def names_in_sequence(self, sent: Span) -> None:
        """Adjacent names: "K-1 Base in Kirkuk", "Albukamal in Syria", "Iraq's Balad air base", "US CENTCOM"."""
        mentions = placing_mentions(self, sent)  # not Russia of "in Russian-occupied Donetsk"
        before: Mention | None = None
        for a, b in itertools.pairwise(mentions):
            if names_sanctions_regime(b, self.doc):
                continue  # "the UN Security Council's Hezbollah sanctions committee": Hezbollah is no part of it
            gap = unhedged(self.cues, " ".join(w for w in self.words.lower[a.end : b.start] if w != "the"))
            wider = (
                before is not None and before.label == "Location" and self.words.lower[before.end : a.start] == [","]
            )
            before = a
            if gap.startswith(", ") and gap[2:] in self.cues.connectors:
                if wider:
                    continue  # "Santa Rita, New Mexico, near Deming": the town's place, not New Mexico's
                gap = gap[2:]  # "Haret Hreik, in Beirut"
            cue = self.doc[b.start]
            listed = b.end < sent.end and self.words.lower[b.end] in {",", "and", "or"}
            if gap == "," and (b.label != "Country" or listed or opens_clause(self, b)):
                continue  # "Hawija, Hamreen mountains" is a list, "Mosul, Iraq" a place in a country
            if b.label == "Country" and beside_a_side(self, b):
                continue  # "Manda Bay, the Somali group", "near the Somali border": not in Somalia
            if (
                a.label == "Location"
                and b.label in {"Location", "Country"}
                and gap in self.cues.connectors
                and not is_credit_line(sent)
                and not self._demonym_of_noun(b)  # not "near the Moroccan berm": by the berm, not in Morocco
            ):
                near = nearest_level(self, b, mentions)  # "Jilib in Somalia's Middle Juba region": in the region
                self.emit(a, "LOCATED_IN", near, cue, "place-in-place", 0.7, "asserted")  # (the region in Somalia)
            elif a.label == "Organization" and b.label == "Organization" and gap == "" and a.kind == b.kind:
                self.emit(b, "MEMBER_OF", a, cue, "organisation-prefix", 0.7, "asserted")  # "US Treasury OFAC"
            elif gap.split()[:1] in (["'s"], ["'"]) and (side := self._counterpart(self.doc[a.end + 1 : b.start])):
                if {a.label, b.label} <= {"Country", "Organization", "Person"}:  # "Hamas's rival Fatah"
                    self.emit(b, side, a, cue, f"owner-counterpart:{side.lower()}", 0.65, "asserted")
            elif (
                a.label == "Organization"
                and b.label == "Organization"
                and gap.split()[:1] in (["'s"], ["'"])
                and all(t.pos_ == "ADJ" for t in self.doc[a.end + 1 : b.start])
            ):
                self.emit(
                    b, "MEMBER_OF", a, cue, "organisation-possessive", 0.7, "asserted"
                )  # "Hezbollah's Radwan Force"
            elif (whole := self._whole_after_of(a, b, gap, mentions)) is not None:  # "the Quds Force of the IRGC"
                self.emit(a, "MEMBER_OF", whole, cue, "organisation-of", 0.7, "asserted")
            elif a.label in {"Country", "Location"} and b.label == "Location" and self._place_of(a, b, gap):
                for place in self._listed_from(b, mentions):  # "Russia's Belgorod, Kaluga and Rostov regions"
                    self.emit(place, "LOCATED_IN", a, cue, "place-possessive", 0.7, "asserted")
            elif a.label == "Location" and b.label in {"Location", "Country"} and gap == "of" and self._designated(a):
                self.emit(a, "LOCATED_IN", b, cue, "place-of-place", 0.7, "asserted")  # "Berehet Woreda of North Shoa"
            elif a.label == "Location" and b.label == "Location" and self._settlement_of(a, gap):
                self.emit(b, "LOCATED_IN", a, cue, "settlement-of-place", 0.7, "asserted")  # "the Red Sea port of X"
            elif a.label == "Location" and b.label in {"Location", "Country"} and self._division_of(a, b, gap):
                for place in self._listed_to(a, mentions):  # "the Mopti region of Mali", "the X and Y areas of Z"
                    for wider in self._states_shared(a, b, mentions):  # "the Tri-Border Area of A, B and C"
                        self.emit(place, "LOCATED_IN", wider, cue, "place-of-place", 0.7, "asserted")
            elif (
                a.label == "Country"
                and b.label == "Organization"
                and gap in {"", "'s"}
                and b.kind in {"government", "military"}
            ):
                self._state_body(b, a, cue)
        for m in mentions:
            if (town := site_named_after(self, m)) is not None:  # "the Jenin refugee camp": in Jenin
                self.emit(m, "LOCATED_IN", town, self.doc[m.start], "site-first-in-name", 0.7, "asserted")
        for m in (m for m in mentions if m.label == "Organization"):  # what an organisation's name says
            if (named := self._named_place(m)) is not None:  # "the African Union Mission in Somalia"
                named_place(self, m, named)  # not "the Armed Forces of the Philippines": the state's own body
            words = [self.doc[i] for i in range(m.start, m.end) if self.words.lower[i] != "the"]
            whole = self._named_within(m, words)
            owned = m.kind == "international" and not m.actor_id  # "the UN refugee office" (loaders/owned_bodies.py)
            whole = None if whole is None or is_homeland(whole) else whole  # not "Khalistan", the homeland
            if whole is not None and (owned or named_elsewhere(self, whole)) and not self._owned_by_other(m, whole):
                # "UN Security Council", the UN named too; not "Iran's UN mission": Iran's, to the UN
                self.emit(m, "MEMBER_OF", whole, words[0], "organisation-in-name", 0.7, "asserted")
            if m.kind == "media" and not self._opens_with_demonym(words):
                continue  # "Libya Monitor" names what the outlet covers; "the Ethiopian Broadcasting ..." its home
            place = place_named_first(self, m) or new_place_named_first(self, m)
            homeland = place is not None and claims_a_homeland(self, m, place)  # "the Ambazonia Defence Forces"
            if place is not None and not titled_institution(m, place) and not homeland:  # "Sinaloa Cartel"; not
                # "Garissa University"
                self.emit(m, "BASED_IN", place, words[0], "place-first-in-name", 0.7, "asserted")
            first = self.gazetteer.lookup(words[0].text) if len(words) > 1 else None
            if (
                first is None or first.label != "Country"
            ):  # "the Royal Canadian Mounted Police", "Border Guard Bangladesh"
                if (home := state_of_body(self.gazetteer, m, words)) is not None:
                    self.emit(m, "AFFILIATED_WITH", self.known_mention(home), words[0], "state-body", 0.8, "asserted")
                continue
            if words[1].text == "-":
                continue  # not "the Saudi-led coalition": a leader, not a home
            if m.kind in STATE_KINDS or is_state_force(self, words):  # "Iraqi Federal Police": a state in the name
                if self._branch_of(m):  # "Amnesty International's Nigeria office": placed there, no state's own
                    self.emit(m, "BASED_IN", self.known_mention(first), words[0], "branch-in-name", 0.7, "asserted")
                elif not (self._opens_with_demonym(words) and only_qualifies(self.doc, m)):
                    # not "Pakistani military personnel", but "a Kosovo police patrol", "Iran's foreign ministry aide"
                    self._state_body(m, self.known_mention(first), words[0])
            elif (
                self._opens_with_demonym(words)
                and (named is None or named.label != "Country" or named.actor_id == first.id)
                and not titled_institution(m, self.known_mention(first))
            ):  # "the Libyan National Army"; not "US Mission in Nigeria", nor a state's own name as a cause or a brand,
                # nor a bank's title ("the Lebanese Canadian Bank")
                self.emit(m, "BASED_IN", self.known_mention(first), words[0], "state-in-name", 0.75, "asserted")

    def _state_body(self, body: Mention, state: Mention, cue: Token) -> None:
        """A state's own body is tied to the state ("the Iraqi Federal Police", "Kenya's army"); one the text names
        only by a common noun after the state's demonym or possessive ("the Egyptian army", "Russia's defence
        ministry") is placed by it, as the ontology's conventions place an organisation, so based there too (a proper
        name holds its state as a part of the name; a state's embassy or consulate sits abroad, not at home)."""
        self.emit(body, "AFFILIATED_WITH", state, cue, "state-body", 0.8, "asserted")
        if self.doc[body.end - 1].is_lower and self._mission_state(body) is None:
            self.emit(body, "BASED_IN", state, cue, "state-body-home", 0.75, "asserted")

    def _branch_of(self, body: Mention) -> bool:
        """Whether a body named after a state is another organisation's office there, that organisation's possessive
        written before it ("Amnesty International's Nigeria office", "Reuters' Mexico City bureau"): no state's own."""
        if body.start < 2 or self.doc[body.start - 1].lower_ not in {"'s", "'"}:
            return False
        owner = self.index.at(self.doc[body.start - 2])
        return owner is not None and owner.label == "Organization"

    def _opens_with_demonym(self, words: list[Token]) -> bool:
        """Whether a name's first word is a known place's demonym ("Ethiopian" of "the Ethiopian Broadcasting
        Corporation"), not the place's own name ("Libya" of "Libya Monitor")."""
        first = self.gazetteer.lookup(words[0].text) if words else None
        return first is not None and words[0].text in first.demonyms

    def _whole_after_of(self, part: Mention, after: Mention, gap: str, mentions: list[Mention]) -> Mention | None:
        """The body a part's name is "of": the IRGC of "the Quds Force of its IRGC", the 3rd Bureau (not the RGB) of
        "the 110th Research Center of the RGB's 3rd Bureau"; None unless the part's name ends with a word of a part
        (`part_bodies`) and both are organisations. The part's name may head it ("the Office of Foreign Assets
        Control of the Treasury", "Unit 29155 of the GRU") and its short form in brackets may end it ("the Office of
        Foreign Assets Control (OFAC) of the Treasury")."""
        bracketed = gap.startswith(") ") and part.start > 0 and self.doc[part.start - 1].text == "("
        gap = gap[2:] if bracketed else gap
        if gap not in {"of", "of its", "of their"} or part.label != "Organization" or after.label != "Organization":
            return None
        named = next((m for m in mentions if m.end == part.start - 1), None) if bracketed else part
        if named is None or named.label != "Organization" or part.key == after.key or named.key == after.key:
            return None
        if not names_a_part([w for w in self.words.lower[named.start : named.end] if w != "the"]):
            return None
        if self._of_a_body(named, mentions):
            return None  # "Unit 29155 of the Main Directorate of the General Staff of the Armed Forces": one name's
        owned = next((m for m in mentions if m.start > after.end), None)  # "of the RGB's 3rd Bureau"
        if owned is not None and self.words.lower[after.end : owned.start] == ["'s"]:
            return owned if owned.label == "Organization" else None
        return self._end_of_chain(after, mentions)

    def _end_of_chain(self, body: Mention, mentions: list[Mention]) -> Mention | None:
        """The body a name after "of" stands for: itself, or, when more bodies follow it each after "of" (one long
        name the parser split: "the Main Directorate of the General Staff of the Armed Forces (GRU)"), the short form
        in brackets that closes them, else none."""
        last, chained = body, False
        for later in (m for m in mentions if m.start >= body.end):
            gap = [w for w in self.words.lower[last.end : later.start] if w != "the"]
            if later.label != "Organization" or gap not in (["of"], ["("]):
                break
            if gap == ["("]:
                return later if chained else body
            last, chained = later, True
        return None if chained else body

    def _of_a_body(self, part: Mention, mentions: list[Mention]) -> bool:
        """Whether a name is itself the body an organisation's name before it is "of" ("Unit 29155 of the Main
        Directorate"): a chain of "of" that goes on names that body, not a part of a third."""
        at = part.start - 1
        at -= int(at >= 0 and self.words.lower[at] == "the")
        return (
            at > 0 and self.words.lower[at] == "of" and any(m.end == at and m.label == "Organization" for m in mentions)
        )

    def _named_place(self, org: Mention) -> Mention | None:
        """The country or place an organisation's name ends with: "... in West Africa", "... of Iraq", "ISIS-Egypt",
        "Alternative for Germany", "Ejército Gaitanista de Colombia", the shortest tail after a word of
        `name_place_preps` that names one ("Movement of Democratic Forces of Casamance"): a place the gazetteer knows,
        else one the document names on its own (a place new to the gazetteer)."""
        for name in dict.fromkeys([org.text, org.name]):
            tails = [m.group(1) for m in name_tails(self.cues.name_place_preps).finditer(name)]
            tails += [m.group(1) for m in re.finditer(r"\w-(?=([A-Z][\w' ]+)$)", name)]
            for tail in sorted(tails, key=len):
                place = self.gazetteer.lookup(tail)
                if place is not None and place.label in {"Country", "Location"}:
                    return self.known_mention(place)
                if (named := self._place_named(tail)) is not None:
                    return named
        return None

    def _place_named(self, name: str) -> Mention | None:
        """The document's first mention of a place by this very name, if it names one ("Casamance")."""
        return next((m for m in self.index.by_text.get(name, ()) if m.label in {"Location", "Country"}), None)

    def _owned_by_other(self, part: Mention, whole: Mention) -> bool:
        """Whether another actor's possessive opens a body's name ("Iran's UN mission", "NATO's KFOR peacekeeping
        mission"): the body is that owner's, the organisation its name opens with only the one it serves or is
        posted to."""
        if part.start < 2 or [self.doc[part.start - 1].text] not in POSSESSIVE:
            return False
        owner = self.index.at(self.doc[part.start - 2])
        return owner is not None and owner.actor_id != whole.actor_id

    def _named_within(self, part: Mention, words: list[Token]) -> Mention | None:
        """The organisation a body's name opens with: the UN of "UN Security Council", the EU of "EU Council", known
        or named on its own on the page ("the Zarqan Front Shura Council" where the page names the Zarqan Front too);
        none for a name that says its body broke away from it ("FARC dissidents", "the Taliban splinter group")."""
        breakaway = role_types().breakaway_words  # "Dissidents" of a title: a proper noun, its own lemma
        if any(t.lemma_.lower() in breakaway or t.lower_.removesuffix("s") in breakaway for t in words):
            return None
        for n in range(min(4, len(words) - 1), 0, -1):
            if words[n].lower_ in {"and", "of", "&", "-", "in"}:
                continue  # "Islamic State of Iraq and Syria" is no part of the Islamic State of Iraq
            opening = " ".join(t.text for t in words[:n])
            whole = self.gazetteer.lookup(opening)
            if whole is not None and whole.label == "Organization" and whole.id != part.actor_id:
                return self.known_mention(whole)
            if whole is None and (named := self._organisation_named(opening, part, words)) is not None:
                return named
        return None

    def _organisation_named(self, name: str, part: Mention, words: list[Token]) -> Mention | None:
        """The page's first mention of another organisation by this very name, written on its own: a body new to the
        gazetteer whose name opens a longer one's (the page's short names of the longer body itself are bound to it,
        ``loaders/same_actor.py``)."""
        named = next((m for m in self.organisations_by_name.get(name, ()) if m.key != part.key), None)
        named = named or spelled_by_acronym(name, part, self.index.mentions)  # "IRGC Ground Forces": the IRGC
        if named is None or not names_a_part_of(name.lower().split(), [t.lower_ for t in words]):
            return None  # "the Kuki National Army" is no part of a "Kuki" the NER read as a body
        return named

    @cached_property
    def organisations_by_name(self) -> dict[str, list[Mention]]:
        """The page's organisations written as their own name (not a short name bound to a longer one), in text order,
        by that name without article or possessive: read once a page, as the mentions are settled before the rules
        run."""
        found: dict[str, list[Mention]] = {}
        for m in self.index.mentions:
            if m.label == "Organization" and (name := clean_surface(m.text)) == clean_surface(m.name):
                found.setdefault(name, []).append(m)
        return found

    def _place_of(self, wider: Mention, place: Mention, gap: str) -> bool:
        """Whether the words between two places put the second in the first: "Colombia's southwestern Cauca",
        "the northern West Bank city of Nablus", "the Iraqi town of Tal Afar", "the Indian state of Manipur", "the
        Mexican states of Sonora and Sinaloa" (a division only of a state: "the Kidal region of X" names the region
        first)."""
        words = gap.split()
        if self._lies_elsewhere(place, wider):
            return False  # "Israel's Beirut strike", "Ukraine's Kursk offensive": the owner acts there
        if words[:1] in (["'s"], ["'"]):
            if self._names_a_coast(place, wider):
                return False  # "Yemen's Red Sea coast": the sea the coast faces
            return all(t.pos_ == "ADJ" and t.is_lower for t in self.doc[wider.end + 1 : place.start])
        # not "Amanual town of East Gojam" (an unknown name: the town's own); "the Red Sea port of X", known or not
        named = wider.label == "Country" or wider.actor_id is not None or names_waters(wider.name)
        kinds = place_kinds().settlements | (self.cues.place_divisions if wider.label == "Country" else frozenset())
        if len(words) != 2 or words[1] != "of" or not named:
            return False
        return words[0] in kinds or self.doc[place.start - 2].lemma_.lower() in kinds  # "states", "cities"

    def _names_a_coast(self, place: Mention, wider: Mention) -> bool:
        """Whether a name after an owner's possessive only says which sea the coast after it faces ("Yemen's Red Sea
        coast", "Colombia's Caribbean coast"); not a place the gazetteer puts in the owner ("Kenya's Lamu coast")."""
        if place.end >= len(self.doc) or self.doc[place.end].lemma_.lower() not in place_phrase_words().coast_nouns:
            return False
        known = self.gazetteer.actors.get(place.actor_id or "")
        return known is None or wider.actor_id not in {w.id for w in self.gazetteer.containing(known)}

    def _lies_elsewhere(self, place: Mention, wider: Mention) -> bool:
        """Whether the gazetteer puts a known place in a state other than a known wider one: Beirut (in Lebanon) for
        Israel, Kursk (in Russia) for Ukraine."""
        known = self.gazetteer.actors.get(place.actor_id or "")
        if known is None or wider.actor_id is None or wider.label != "Country":
            return False
        within = self.gazetteer.containing(known)
        return any(w.label == "Country" for w in within) and wider.actor_id not in {w.id for w in within}

    def _division_of(self, place: Mention, wider: Mention, gap: str) -> bool:
        """ "the Mopti region of Mali", "Amanual town of East Gojam", "the Kidal region in Mali": a place named with
        what it is, then the place it lies in (not "the West Bank city of Nablus", where the city is the second)."""
        words = gap.split()
        nouns = self.cues.place_nouns | self.cues.place_divisions  # "the Nduga regency of Highland Papua"
        if len(words) != 2 or words[0] not in nouns or words[1] not in self.cues.division_preps:
            return False
        settlement = words[0] in place_kinds().settlements
        named_settlement = settlement and (
            place.label == "Country" or place.actor_id is not None or names_waters(place.name)
        )  # "the Red Sea port of Hodeidah": Hodeidah lies on the Red Sea
        return not named_settlement and not self._settlement_of(place, gap)

    def _settlement_of(self, place: Mention, gap: str) -> bool:
        """ "the Red Sea port of Hodeidah", "the Belvo town of Kandura", "the Sirnak province town of Cizre": after
        "the" (and words that describe), a place's name, words that describe and a settlement's noun, then "of" and
        the settlement's own name, which lies in the first place (not "Amanual town of East Gojam", a town named
        first, without "the")."""
        words = gap.split()
        if len(words) < 2 or len(words) > 4 or words[-1] != "of" or words[-2] not in place_kinds().settlements:
            return False
        before = place.start - 1
        while before > 0 and self.doc[before].pos_ == "ADJ" and self.doc[before].is_lower:
            before -= 1  # "the remote Belvo town of Kandura"
        if before < 0 or self.doc[before].lower_ != "the":
            return False
        return all(w in self.cues.place_divisions for w in words[:-2])  # "the Sirnak province town of Cizre"

    def _states_shared(self, place: Mention, state: Mention, mentions: list[Mention]) -> list[Mention]:
        """The place after a division's noun and "of", and, when that noun is singular and the place a state, the
        states listed after it: a region across borders lies in each ("the Tri-Border Area of Argentina, Brazil and
        Paraguay"; not "the Mopti region of Mali and Gao", nor "the Kidal and Gao regions of Mali and Niger")."""
        if state.label != "Country" or self.doc[place.end].tag_ == "NNS":
            return [state]
        return self._listed_from(state, mentions)

    def _designated(self, place: Mention) -> bool:
        """Whether a place's name ends with what it is: "Berehet Woreda", "Macomia District"."""
        return self.doc[place.end - 1].lower_ in self.cues.place_nouns

    def _listed_to(self, last: Mention, mentions: list[Mention]) -> list[Mention]:
        """A place and, when the noun after it is plural ("the Metina and Zap areas"), the places of its label listed
        right before it."""
        listed = [last]
        if self.doc[last.end].tag_ != "NNS":
            return listed
        for m in reversed([m for m in mentions if m.end <= last.start]):
            gap = self.doc[m.end : listed[-1].start].text
            if m.label != last.label or gap not in {",", "and", ", and"}:
                break
            listed.append(m)
        return listed

    def _listed_from(self, first: Mention, mentions: list[Mention]) -> list[Mention]:
        """A mention and the mentions of its label listed right after it ("Belgorod, Kaluga, and Rostov")."""
        listed = [first]
        for m in mentions:
            gap = self.doc[listed[-1].end : m.start].text
            if m.start >= first.end and m.label == first.label and gap in {",", "and", ", and", "or"}:
                listed.append(m)
        return listed


def _scored_for_rules_only(model: RelationModel, ontology: Ontology, labels: tuple[str, str]) -> frozenset[str] | None:
    """The types the ontology allows between two labels when none of them can reach its threshold: their scores
    matter only to the rules' links of them. None when some can: the model may link any pair of those labels."""
    allowed = [i for i, t in enumerate(model.types) if ontology.allows(t, *labels)]
    if any(i in model.reachable for i in allowed):
        return None
    return frozenset(model.types[i] for i in allowed)


def _fact_key(r: RelationFact) -> tuple[int, str, str, str]:
    return (r.start, r.subject, r.type, r.object)


def _meeting_point(memo: ParseMemo, a: End, b: End) -> Token:
    """Where the dependency paths of two mentions meet: the word whose clause states their link."""
    _, meet, _ = memo.tree.path(memo.root(a), memo.root(b))
    return memo.words.doc[meet if meet is not None else memo.root(b)]


def read_document(doc: Doc, doc_id: str, date: str = "", extractor: str = "both") -> DocFacts:
    """Every actor and relationship a parsed document states.

    >>> from loaders.nlp import load_nlp
    >>> text = "Kataib Hezbollah is run by Abu Mahdi al-Muhandis."
    >>> facts = read_document(load_nlp()(text), "d1")
    >>> [(r.subject, r.type, r.object) for r in facts.relations]
    [('abu-mahdi-al-muhandis', 'LEADS', 'kataib-hezbollah')]
    """
    return DocReader(doc, doc_id, date).read(extractor)


def _sides_only(mentions: list[Mention]) -> bool:
    """Whether every mention (two at least) is a side that can ally as a whole: an organisation or a state."""
    return len(mentions) > 1 and all(m.label in SIDES for m in mentions)


def _joined_list(first: Token, item: Token) -> bool:
    """Whether ``item`` is listed with ``first`` in a list a conjunction joins ("A, B and C"; not "Gwoza, Borno", a
    place set off after another that the parser may read as listed)."""
    listed = [first, *first.conjuncts]
    return item in listed and any(c.dep_ == "cc" for t in listed for c in t.children)


def _counted(token: Token, quantifiers: frozenset[str]) -> Token:
    """What a quantifier counts ("fighters" of "dozens of fighters from X", "two of the militants"), else the token."""
    if token.lower_ not in quantifiers:
        return token
    return next((p for p in prep_objects(token, {"of"})), token)
