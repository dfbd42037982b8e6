"""Small questions asked of a dependency parse: arguments of a verb, the actors inside a phrase,
what a pronoun stands for, and how surely and by whom a statement is made."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from functools import cache, cached_property
from itertools import takewhile

from spacy.attrs import DEP, LOWER
from spacy.tokens import Doc, Span, Token

from graph.seeds import load_seed_yaml
from loaders.adherent_references import adherent_reference, adherent_words
from loaders.against_names import named_against
from loaders.apposition_chains import group_named_before
from loaders.capital_states import is_ruler_noun, ruled_states, seated_states
from loaders.coreference import (
    armed_nouns,
    coordinated_owner,
    demonstrative_group,
    fitting,
    fronted_subject,
    group_fits,
    is_country_reference,
    is_described_group,
    named_in_own_sentence,
    names_a_deed,
    object_before,
    own_clause_subject,
    own_verb_subjects,
    owner_nouns,
    owning_noun,
    pair_member,
    passive_agent,
    reference_words,
    relative_clause_owner,
    subject_noun_before,
)
from loaders.counted_nouns import one_of
from loaders.counted_references import counted_referred
from loaders.cues import Cues, load_cues
from loaders.doc_tree import has_child, span_root, tree_of
from loaders.doc_words import DocWords, read_once, token_strings, words_of
from loaders.dominant_group import dominant_armed_group, page_armed_group
from loaders.fighter_references import army_owned, fighters_referred
from loaders.government_references import governed_state, government_nouns
from loaders.group_choice import two_groups_before
from loaders.headed_governments import headed_state
from loaders.later_named import named_later
from loaders.mentions import Mention, distinct_actors
from loaders.named_heads import (
    alias_head_words,
    bloc_head_words,
    named_head,
    named_head_words,
    part_named_by_owner,
)
from loaders.nearer_nouns import nearer_noun
from loaders.nearest_names import nearest_name, owner_of_listing_head
from loaders.open_facts import hearsay, open_fact
from loaders.own_claims import claims_own_deed
from loaders.pair_references import pair_referred
from loaders.people_bodies import body_of_people, gathering_body, gathers_groups
from loaders.person_relatives import (
    body_qualified_by_person,
    impersonal_relative_pronouns,
    person_before_role_body,
    person_described,
    person_set_off_before,
)
from loaders.place_names import place_kinds, place_name_words
from loaders.plural_references import plural_nouns, plural_reference
from loaders.plural_speakers import plural_speakers, unnamed_speakers, voiced_body
from loaders.pronoun_objects import coordinated_object
from loaders.qualified_nouns import MODIFIER_DEPS, qualified_noun
from loaders.quoted_references import quotation_start
from loaders.reference_chain import SUBJECTS, ReferenceChain, person_named
from loaders.reference_scope import ReferenceScope
from loaders.role_references import role_reference
from loaders.sanction_grounds import sanctioned_in_grounds
from loaders.sanctions_regimes import names_sanctions_regime
from loaders.singular_relatives import is_coordinated, one_described, singular_clause
from loaders.speaker_groups import speakers_group
from loaders.state_force_references import state_force, states_placed
from loaders.state_sets import state_set_referred
from loaders.state_voices import voiced_state
from loaders.token_rules import tokens_with
from loaders.unread_names import heads_unread_name, unread_speaker, unread_subject_before
from loaders.unreal_acts import failed, is_refused

OWNER_LABELS = frozenset({"Organization", "Country"})  # who a possessive reference may stand for as the owner
ACCORDING = frozenset({"according"})  # "according to X": who says so
REFLEXIVES = frozenset({"itself", "themselves"})  # "the group, which calls itself X": the name it goes by


class MentionIndex:
    """Mentions of one document, reachable from any of their tokens."""

    def __init__(
        self,
        doc: Doc,
        mentions: Iterable[Mention],
        examples: Iterable[tuple[str, ...]] = (),
        group_nouns: Iterable[str] = (),
    ) -> None:
        self.doc = doc
        self.examples = tuple(examples)  # cue words that introduce examples: ("such", "as"), ("like",)
        self.group_nouns = frozenset(group_nouns)  # "the group", "the militia" point back to an organisation
        self.mentions = sorted(mentions, key=lambda m: m.start)
        self.starts = [m.start for m in self.mentions]  # where each mention starts, for :meth:`inside`'s search
        self.groups: dict[str, Mention] = {}  # a leader's key -> the group he leads ("Khazali's group")
        self.by_token: dict[int, Mention] = {}
        self.antecedents: dict[int, Mention | None] = {}  # a reference's position -> what it stands for, read once
        self.definite_groups: dict[int, bool] = {}  # a token's position -> whether it is a definite group noun
        self._inside: dict[tuple[int, int], list[Mention]] = {}  # see :meth:`inside`
        self.phrase_actors: dict[tuple[int, bool], list[Mention]] = {}  # see :func:`actors_of`
        self.phrase_actors_groups = 0  # how many leaders' groups were known when ``phrase_actors`` was filled
        for m in self.mentions:
            for i in range(m.start, m.end):
                self.by_token[i] = m

    @cached_property
    def deps(self) -> list[str]:
        """Every token's dependency label (``token.dep_``), by position."""
        strings = self.doc.vocab.strings
        return [strings[h] for h in self.doc.to_array(DEP).tolist()] if len(self.doc) else []

    @cached_property
    def by_text(self) -> dict[str, list[Mention]]:
        """The mentions of each surface text, in text order (the mentions do not change once indexed; the lists are
        shared, not to be changed): a rule asking for a name's other mentions looks it up instead of reading them all.

        >>> from spacy.vocab import Vocab
        >>> doc = Doc(Vocab(), words=["Iran", "funds", "Iran", "allies"])
        >>> iran = [Mention(i, i + 1, 0, 4, "Iran", "Country", "Iran") for i in (2, 0)]
        >>> [m.start for m in MentionIndex(doc, iran).by_text["Iran"]], MentionIndex(doc, iran).by_text.get("Iraq")
        ([0, 2], None)
        """
        found: dict[str, list[Mention]] = {}
        for m in self.mentions:
            found.setdefault(m.text, []).append(m)
        return found

    @cached_property
    def by_key(self) -> dict[str, list[Mention]]:
        """The mentions of each actor (by key), in text order (shared lists, as :attr:`by_text`'s)."""
        found: dict[str, list[Mention]] = {}
        for m in self.mentions:
            found.setdefault(m.key, []).append(m)
        return found

    @cached_property
    def scope(self) -> ReferenceScope:
        """The document's paragraphs and aside lines: where a reference may look back."""
        return ReferenceScope(self.doc)

    @cached_property
    def chain(self) -> ReferenceChain:
        """The document's references that are a clause's subject, each resolved once: a topic carried on."""
        return ReferenceChain(self, lambda t: refers_back(t, self))

    def at(self, token: Token) -> Mention | None:
        """The mention covering this token."""
        return self.by_token.get(token.i)

    def inside(self, span: Span) -> list[Mention]:
        """The mentions wholly inside a span (a sentence), in text order: found once a span (a sentence's rules ask
        again and again), a new list at each call."""
        found = self._inside.get((span.start, span.end))
        if found is None:
            lo = bisect_left(self.starts, span.start)
            hi = bisect_left(self.starts, span.end, lo)
            found = self._inside[span.start, span.end] = [m for m in self.mentions[lo:hi] if m.end <= span.end]
        return found.copy()

    def within(self, tokens: Iterable[Token]) -> list[Mention]:
        """Distinct mentions covering any of these tokens, in text order."""
        positions = range(tokens.start, tokens.end) if isinstance(tokens, Span) else (t.i for t in tokens)
        found = {self.by_token[i].start: self.by_token[i] for i in positions if i in self.by_token}  # a span: no Token
        return [found[k] for k in sorted(found)]

    def antecedent(self, pronoun: Token) -> Mention | None:
        """The actor a pronoun most likely stands for: the latest earlier subject of a fitting label, unless a name
        the rules did not read is the subject of the sentence naming it (:func:`unread_subject_before`); found once a
        reference (several rules ask)."""
        if pronoun.i not in self.antecedents:
            found = self._antecedent(pronoun)
            found = person_named(self.chain, found) if found is not None else None
            if found is not None and found.label != "Person" and unread_subject_before(found, pronoun, self):
                found = None  # "X has attacked Iran. It claimed ...", X unread: not Iran
            if found is not None and found.label != "Person" and unread_speaker(found, pronoun, self):
                found = None  # "X said they had taken the town", X unread: not an actor named before
            quoted = quotation_start(pronoun, self.scope) if found is not None and pronoun.pos_ == "PRON" else None
            self.antecedents[pronoun.i] = None if quoted is not None and found.start_char < quoted else found
        return self.antecedents[pronoun.i]

    def referred_before(self, token: Token) -> Mention | None:
        """The organisation the last reference before the token in its paragraph stands for (:func:`refers_back`):
        a later group noun follows it, not a name the paragraph gives in passing ("The movement's leader was killed
        by the army. Rather than collapsing, the group splintered": the movement)."""
        own = self.scope.paragraph_start(token.idx)
        earlier = (self.doc[i] for i in range(token.i - 1, -1, -1))  # back from the token, no ``Span`` made
        for t in takewhile(lambda t: t.idx >= own, earlier):
            if refers_back(t, self) and (named := self.antecedent(t)) is not None and named.label == "Organization":
                return named
        return None

    def _antecedent(self, pronoun: Token) -> Mention | None:
        word = pronoun.lower_
        if (pointed := demonstrative_group(pronoun, self)) is not None:
            return pointed  # "freed men of X. That gang, led by Y": X
        if pronoun.pos_ == "NOUN" and (state := governed_state(pronoun, self)) is not None:
            return state  # "the government": the state the page is about
        if pronoun.pos_ == "NOUN" and (named := named_head(pronoun, self)) is not None:
            return named  # "the brigade": the brigade named before
        if pronoun.pos_ == "NOUN" and (group := plural_reference(pronoun, self)) is not None:
            return group  # "the militants": the one armed group named before
        if (followed := adherent_reference(pronoun, self)) is not None:
            return followed  # "the Maoists": the party with "Maoist" in its name
        if pronoun.pos_ == "NOUN" and (person := role_reference(pronoun, self)) is not None:
            return person  # "the president": the person last named with that role
        if (own := speakers_group(pronoun, self)) is not None and group_fits(word, own):
            return own  # "A PKK commander said the organisation would fight on": the PKK
        if pronoun.pos_ == "NOUN":
            labels = {"Country"} if is_country_reference(pronoun, self) else {"Organization"}
        else:
            labels = {"Person"} if word in load_cues().person_pronouns else {"Organization", "Country"}
        if (speakers := plural_speakers(pronoun, self)) is not None:
            return speakers  # "A and B announced that they would fight alongside the army": A (and B)
        if (body := voiced_body(pronoun, self)) is not None and body.label in labels:
            return body  # "leaders of X said they would fight Y": X
        if unnamed_speakers(pronoun, self):
            return None  # "Karen fighters said they had ambushed X": the fighters, no one named before
        if pronoun.pos_ == "PRON" and (subject := fronted_subject(pronoun, self, labels)) is not None:
            return subject  # "After his mutiny against the ministry, Prigozhin died": Prigozhin
        if pronoun.pos_ == "PRON" and (owner := relative_clause_owner(pronoun, self, labels)) is not None:
            return owner  # "X, who led the group until he was killed": X
        own = pronoun.left_edge.i if pronoun.pos_ == "NOUN" else pronoun.i  # "the al Qaeda-linked group": not al Qaeda
        before = self.mentions[: bisect_left(self.starts, pronoun.i)]  # those ending before it start before it
        earlier = [m for m in before if m.end <= pronoun.i and m.label in labels and not own <= m.start]
        # "The rebels captured Goma. ... they were routed": the group as subject there; "He was born in Giza. ... He
        # led X", "He was elected deputy in 2017. ... Israel accused him": the person the subject "he" stood for
        carried = [m for m in self.chain.subjects_before(pronoun.sent.start) if m.label in labels]
        carried = self.chain.unrivalled(carried, pronoun.i)
        earlier = sorted(earlier + carried, key=lambda m: m.start)
        earlier = fitting(pronoun, earlier, self)  # "the group's head": a group, not the ministry that reported it
        repeated, named = coordinated_object(pronoun, self)
        if repeated:  # "X joined al-Shabaab and has led it": al-Shabaab; "set up a cell and has led it": no one
            return named if named in earlier else None
        if names_a_deed(pronoun):
            return None  # "Gunmen bombed a market. The AU condemned it": the bombing
        if (sanctioned := sanctioned_in_grounds(pronoun, self, earlier)) is not None:
            return sanctioned  # "The EU sanctioned Eritrea over claims that it funded the rebels": Eritrea
        if own_subjects := own_verb_subjects(pronoun, self):  # "The State Department designated it": not it
            earlier = [m for m in earlier if m not in own_subjects]
            if (named := object_before(pronoun, earlier)) is not None:
                return named  # "X designated Hizballah, and OFAC designated it": Hizballah
        if attackers := {t.i for t in attackers_of_owned(pronoun) + sanctioners_of_owned(pronoun)}:
            earlier = [m for m in earlier if not any(m.start <= i < m.end for i in attackers)]
        if (listing := owner_of_listing_head(pronoun, earlier, self)) is not None:
            return listing  # "The TPLF leadership, including its chairman X": the TPLF's
        if (agent := passive_agent(pronoun, self, earlier)) is not None:
            return agent  # "drones used by Russia in its war": Russia's
        own_sentence = "Person" in labels or (pronoun.pos_ == "PRON" and pronoun.dep_ == "poss")
        if own_sentence and (named := named_in_own_sentence(pronoun, earlier)) is not None:
            return named  # "a recording in which he claimed": X; "X led the group since 2009, when its founder": its
        if (subject := own_clause_subject(pronoun, self, earlier)) is not None:
            return subject  # "when Israel ends its war in Gaza": Israel's
        coordinated, partner = coordinated_owner(pronoun, self)
        if coordinated:  # "Fly Sahara, a cargo airline, and its chief": the airline's, or no one's if it does not fit
            return partner if partner in earlier else None
        thing = word not in load_cues().person_pronouns
        nearer = nearer_noun(pronoun, self, labels) if thing and pronoun.pos_ == "PRON" else None
        noun = owning_noun(pronoun, self) or nearer or subject_noun_before(pronoun, self) if thing else None
        if noun is not None and pronoun.pos_ == "NOUN" and noun.lemma_ != pronoun.lemma_:
            noun = None  # "a fighter stood outside the group's base": not the fighter's group, but one named before
        if noun is not None:
            if refers_back(noun, self):  # "the group said its fighters": what the group stands for
                owner = self.antecedent(noun)
                return owner if owner is not None and owner.label in labels else None
            if (state := voiced_state(noun, self)) is not None:  # "the Israeli military said it": Israel
                return state if state.label in labels else None
            if noun.lower_ not in owner_nouns()[1] or noun is nearer:  # "the junta and its backers": no one named
                return None
            if noun.tag_ == "NNS" and noun.lower_ not in plural_nouns():  # "the gangs adapted. They attacked": many
                return None
            if has_child(noun, {"det"}, load_cues().indefinite_articles):
                return None  # "an al Qaeda affiliate said it had attacked": a group not named, not al Qaeda
        if thing and (nearest := nearest_name(pronoun, earlier, self)) is not None:
            return nearest  # "the fighters of the Wagner Group after the death of its founder": Wagner's
        if two_groups_before(pronoun, earlier, self.scope):
            return None  # "Hamas and Islamic Jihad met in Beirut. The group said", "X and Y met. He said": either
        if labels == {"Country"} and (near := self.scope.just_named(pronoun, earlier)) is not None:
            return near  # "In Mali, where ... denied that Wagner forces are present in the country": Mali
        group = pronoun.pos_ == "NOUN" and word in self.group_nouns
        carried = self.referred_before(pronoun) if group else None
        pool = self.scope.pool(pronoun, earlier, group, carried)  # its paragraph's subjects first; across a break, one
        if not pool and pronoun.pos_ == "NOUN" and word in armed_nouns():
            pool = self.scope.sole_on_page(earlier)  # "the militia" pages after the one armed group the page named
        if pool and (page_group := page_armed_group(pronoun, pool[-1], earlier, self)) is not None:
            return page_group  # "The Kremlin denied it. ... Its fighters": Wagner's, the armed group the page is about
        if not pool and (page_group := dominant_armed_group(pronoun, earlier, self)) is not None:
            return page_group  # "The group specialised in kidnapping" after two groups' paragraph: the page's group
        return pool[-1] if pool else None


def attackers_of_owned(pronoun: Token) -> list[Token]:
    """The subjects a possessive cannot stand for when what it owns is the object of a verb of violence (``violence``
    in ``seeds/relations.yaml``): "Israel struck Hezbollah and killed its commander", "killed dozens of its
    fighters" (not Israel's)."""
    if pronoun.dep_ != "poss":
        return []
    owned = pronoun.head
    while owned.dep_ == "pobj" and owned.head.dep_ == "prep" and owned.head.lower_ == "of":
        owned = owned.head.head  # "dozens of its fighters"
    if owned.dep_ != "dobj":
        return []
    verb = owned.head
    return subjects_of(verb) if verb.lemma_.lower() in load_cues().violence_verbs else []


def sanctioners_of_owned(pronoun: Token) -> list[Token]:
    """The sanctioners a possessive cannot stand for when what it owns is the reason given for a sanction: "the
    Treasury sanctioned X over its activities in Y", "X was designated by the EU for its role in the attack" (X's,
    not the sanctioner's); the verb's subjects, or its agents when passive.

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("The Treasury sanctioned the bank over its activities in Iran.")
    >>> [t.text for t in sanctioners_of_owned(doc[6])]
    ['Treasury']
    """
    cues = load_cues()
    prep = pronoun.head.head
    if pronoun.dep_ != "poss" or pronoun.head.dep_ != "pobj" or prep.lower_ not in cues.sanction_reason_preps:
        return []
    verb = prep.head.head if prep.head.dep_ in {"dobj", "nsubjpass"} else prep.head  # "sanctioned X over": on X
    if not any(c.type == "SANCTIONED_BY" for c in cues.verbs.get(verb.lemma_.lower(), ())):
        return []
    return agents_of(verb) if is_passive(verb) else subjects_of(verb)


def _holder_hung_on_body(token: Token, index: MentionIndex) -> Mention | None:
    """The one person named in apposition to the body after a person's role noun and "of": "the head of the PMF,
    Falih al-Fayyadh" when the parser hangs the name on the body rather than on "head"."""
    if token.pos_ != "NOUN" or not load_cues().is_person_role(token.lower_):
        return None
    for body in prep_objects(token, {"of"}):
        named = index.at(body)
        people = {m.key: m for c in body.children if c.dep_ == "appos" and (m := index.at(c)) and m.label == "Person"}
        if named is not None and named.label != "Person" and len(people) == 1:
            return next(iter(people.values()))
    return None


def conjuncts(token: Token) -> list[Token]:
    """The token and everything coordinated with it ("the US and Israel"), a list the parser read as an
    apposition included ("The EU, UK, Japan and Australia": "UK" in apposition, the rest its conjuncts; "A, B, C, D
    and E": "B" and "C" both in apposition, the rest conjuncts of "C"), a name the parser hangs on a listed one ("A,
    air force chief B and deputy chief C": "C" in apposition to "B"); not titles coordinated in an apposition ("X,
    Nasrallah's aide and a member of Y": X alone). Read once a token (several rules ask), a new list at each call."""
    return read_once(token, _conjuncts).copy()


def _conjuncts(token: Token) -> list[Token]:
    found = [token, *token.conjuncts]
    for head in list(found):
        appositions = [c for c in head.children if c.dep_ == "appos" and _names_in_list(c) and not _relative_owner(c)]
        found += [t for c in appositions for t in _list_in_name(c) if t not in found]
        if not any(x.dep_ == "conj" for c in appositions for x in c.children):
            continue
        for listed in appositions:
            found += [t for t in (listed, *listed.conjuncts) if t not in found]
    titled = [c for t in found[1:] for c in t.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
    swallowed = [n for t in found[1:] if (n := _name_swallowed(t)) is not None]
    listed = _listed_in_modifiers(token) + _subject_list_in_name(token)
    if len(found) > 1 or listed:
        listed += _dated_first_item(token)
    return found + [t for t in titled + swallowed + listed if t not in found]


def _subject_list_in_name(subject: Token) -> list[Token]:
    """The names of a subject list's last items the parser read as one name ("Uganda, the DRC and South Sudan
    launched": "the DRC and South" modifiers of the subject "Sudan"), as :func:`_list_in_name` reads an apposition's.

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("In July 2010 Rwanda, the DRC and South Sudan launched a joint offensive.")
    >>> [t.text for t in _subject_list_in_name(doc[9])]
    ['Sudan', 'DRC']
    """
    return _list_in_name(subject) if subject.dep_ == "nsubj" else []


def _dated_first_item(subject: Token) -> list[Token]:
    """The first item of a subject list the parser hangs on an opening date ("In May 2015 Kenya, the CAR and Chad
    began": "Kenya" the object of "In", "May 2015" its modifier): the name right before the comma that opens the
    list, the object of a preposition of the subject's verb with a date between them; none otherwise.

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("In March 2015 Kenya, the CAR and Southern Chad launched a joint offensive.")
    >>> [t.text for t in _dated_first_item(doc[6])]
    ['Kenya']
    """
    start = subject.left_edge.i
    if subject.dep_ != "nsubj" or start < 2 or subject.doc[start - 1].text != ",":
        return []
    name = subject.doc[start - 2]
    prep = name.head
    if name.pos_ != "PROPN" or name.dep_ != "pobj" or prep.dep_ != "prep" or prep.head != subject.head:
        return []
    dated = any(t.ent_type_ == "DATE" or t.like_num for t in subject.doc[prep.i + 1 : name.i])
    return [name] if dated else []


def _list_in_name(apposition: Token) -> list[Token]:
    """The names of a list's last items the parser read as one name in apposition to the first ("Uganda, the DRC and
    South Sudan": "the DRC and South" modifiers of "Sudan"): the apposition and the listed name modifying it, each
    heading its own name; none when the apposition is no name or its modifiers hold no list.

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("Uganda, the DRC and South Sudan launched an offensive.")
    >>> [t.text for t in _list_in_name(doc[6])]
    ['Sudan', 'DRC']
    """
    if apposition.pos_ != "PROPN":
        return []
    listed = [
        c
        for c in apposition.lefts
        if c.dep_ in {"nmod", "compound"}
        and c.pos_ == "PROPN"
        and any(x.dep_ == "cc" for x in c.children)
        and any(x.dep_ == "conj" for x in c.children)
    ]
    return [apposition, *listed] if listed else []


def _name_swallowed(item: Token) -> Token | None:
    """The name the parser hangs on a plural noun of groups or fighters said of a whole list, which it reads as the
    list's last item ("designated A and B terrorist organisations": "B" a modifier of "organisations"; "A and B
    fighters"): the name opening that item, after its article, else None.

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("Washington designated Hamas and Hezbollah terrorist organisations.")
    >>> _name_swallowed(doc[6]).text
    'Hezbollah'
    """
    if item.dep_ != "conj" or item.tag_ != "NNS" or not _names_its_group(item):
        return None  # "the Guji and Borana areas", "FARC dissidents": no group's own name
    opening = [t for t in item.lefts if t.dep_ != "det"]
    first = opening[0] if opening else None
    if first is None or first.pos_ != "PROPN" or first.dep_ not in {"nmod", "compound"}:
        return None
    return first


def _listed_in_modifiers(noun: Token) -> list[Token]:
    """The names listed before a plural noun of places or groups that the parser hangs on it as one modifier ("the
    Batken and Leilek districts": "Batken" a modifier of "districts", "Leilek" its conjunct), each an item said of
    the noun; none for another noun or no list.

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("Tajik forces attacked the Batken and Leilek districts.")
    >>> [t.text for t in _listed_in_modifiers(doc[7])]
    ['Batken', 'Leilek']
    """
    if noun.tag_ != "NNS" or not (_names_its_group(noun) or _names_its_place(noun)):
        return []
    for first in noun.lefts:
        if first.dep_ in {"nmod", "compound"} and first.pos_ == "PROPN" and first.conjuncts:
            return [first, *first.conjuncts]
    return []


def _names_its_group(noun: Token) -> bool:
    """Whether a noun is one of groups or of their fighters, which a name before it names ("organisations",
    "forces", "militants"; not "dissidents", "officials", "areas")."""
    nouns = load_cues().group_nouns | people_fighter_nouns()
    return noun.lower_ in nouns or noun.lemma_.lower() in nouns


def _names_its_place(noun: Token) -> bool:
    """Whether a plural noun is one of places, which a name before it names ("Waingmaw and Momauk townships",
    "the Qandil and Gara areas"; the lemmas of ``place_nouns`` and ``place_names.of_nouns``)."""
    return noun.lemma_.lower() in load_cues().place_nouns | place_name_words().of_nouns


def _relative_owner(apposition: Token) -> bool:
    """Whether an apposition is owned by a relative "whose" ("A, whose brother and deputy, B, was sanctioned"): it
    tells of another person than the name it hangs on, never one listed with it."""
    return any(c.dep_ == "poss" and c.tag_ == "WP$" for c in apposition.children)


def coordinated_with_name(token: Token) -> bool:
    """Whether a conjunct is joined to a name by a word of coordination ("X, as well as Mexico-based individuals"):
    another actor than the name, not the name said again (an apposition the parser read as a conjunct has no such
    word: "Kataib Hezbollah, an Iran-backed militia"; a description joined to a description says more of the same
    one: "X, deputy of the PMU and a US-designated terrorist")."""
    return (
        token.dep_ == "conj"
        and token.head.pos_ == "PROPN"
        and any(c.dep_ in {"cc", "preconj"} and c.i < token.i for t in (token.head, token) for c in t.children)
    )


def _names_in_list(apposition: Token) -> bool:
    """Whether an apposition and its conjuncts name anyone, or give a name a title ("A, a firm, and its chief, B"),
    rather than only coordinate titles ("X, Nasrallah's aide and a member of Y")."""
    listed = (apposition, *apposition.conjuncts)
    return any(t.pos_ != "NOUN" or any(c.dep_ == "appos" and c.pos_ != "NOUN" for c in t.children) for t in listed)


def phrase_tokens(token: Token) -> list[Token]:
    """The head and its left modifiers, for it and everything coordinated with it."""
    out: list[Token] = []
    for head in conjuncts(token):
        out.append(head)
        for left in head.lefts:
            out.extend(left.subtree)
        if head.dep_ in {"compound", "amod"}:  # "K-1" in "the K-1 base": the noun it modifies
            out.append(head.head)
    return out


def _named_beside(noun: Token, index: MentionIndex) -> list[Mention]:
    """The organisation's name written right after a common noun as its own ("the Somali militant group al-Shabaab",
    "the Malian group Ansar Dine"), however the parser hangs it (as the noun's apposition, or as a second subject of
    the verb after it): the noun describes that name, and its demonym does not act."""
    if noun.pos_ != "NOUN" or index.at(noun) is not None or noun.i + 1 >= len(noun.doc):
        return []
    named = index.at(noun.doc[noun.i + 1])
    return [named] if named is not None and named.start == noun.i + 1 and named.label == "Organization" else []


def _prep_phrase_actors(token: Token, index: MentionIndex, preps: frozenset[str] | None = None) -> list[Mention]:
    """The actors the objects of the head's prepositions name (:func:`prep_phrase_tokens`), an object with a name set
    right after it naming that one: "gunmen from the Somali militant group al-Shabaab" are al-Shabaab's, not
    Somalia's."""
    found: list[Mention] = []
    for head in conjuncts(token):
        for prep in (r for r in head.rights if r.dep_ == "prep" and (preps is None or r.lower_ in preps)):
            for pobj in (p for p in prep.children if p.dep_ == "pobj"):
                found.extend(_named_beside(pobj, index) or index.within(phrase_tokens(pobj)))
    return found


def prep_phrase_tokens(token: Token, preps: frozenset[str] | None = None) -> list[Token]:
    """Objects of the head's prepositions (all, or only ``preps``), with their modifiers ("tankers in the Gulf of
    Oman")."""
    out: list[Token] = []
    for head in conjuncts(token):
        for prep in (r for r in head.rights if r.dep_ == "prep" and (preps is None or r.lower_ in preps)):
            for pobj in (p for p in prep.children if p.dep_ == "pobj"):
                out.extend(phrase_tokens(pobj))
    return out


def reference_tokens(index: MentionIndex) -> list[Token]:
    """The tokens outside any name that can refer back to an actor: a pronoun, a group noun ("the group"), a
    country's noun ("the country"), a word of a name ("the brigade"), fighters ("the militants") and a role ("the
    president"); whether each does is for :func:`is_definite_group` and the pronouns' test."""
    fixed = reference_nouns(index.group_nouns)
    found = tokens_with(index.doc, fixed)
    if adherents := adherent_words(index) - fixed:  # the page's own: "the Maoists"
        found = sorted(found + tokens_with(index.doc, adherents), key=lambda t: t.i)
    return [t for t in found if t.i not in index.by_token]


@cache
def reference_nouns(group_nouns: frozenset[str]) -> frozenset[str]:
    """The words that may refer back to an actor on any page (see :func:`reference_tokens`), joined once a process.

    >>> {"he", "group", "president"} <= reference_nouns(frozenset({"group"}))
    True
    """
    cues = load_cues()
    return (
        frozenset(
            cues.pronouns | group_nouns | reference_words()[1] | named_head_words() | plural_nouns() | cues.role_words
        )
        | government_nouns()
        | bloc_head_words()
    )


def refers_back(token: Token, index: MentionIndex) -> bool:
    """Whether a token outside any name is a reference to an actor named before: a pronoun (not the "it" of "it
    is ...") or a definite group noun ("the group", "the rebels")."""
    pronoun = token.lower_ in load_cues().pronouns and token.pos_ == "PRON"
    dummy = token.lower_ == "it" and token.head.lemma_ == "be"  # "it is ISIS or ...": no one in particular
    return (pronoun and not dummy) or is_definite_group(token, index)


def is_definite_group(token: Token, index: MentionIndex) -> bool:
    """ "The group", "the militia": a bare definite group noun that points back to an organisation; so do "the
    Iran-backed militia" and, to a country, "the country" (read once a token: several rules ask)."""
    known = index.definite_groups
    if token.i not in known:
        known[token.i] = _is_definite_group(token, index)
    return known[token.i]


def _is_definite_group(token: Token, index: MentionIndex) -> bool:
    if is_described_group(token, index) or is_country_reference(token, index):
        return True
    if governed_state(token, index) is not None:  # "the government"
        return True
    if named_head(token, index) is not None:  # "the brigade", "the department's coordinator"
        return True
    if plural_reference(token, index) is not None or adherent_reference(token, index) is not None:
        return True  # "the militants", "the rebels", "the Maoists"
    if role_reference(token, index) is not None:  # "the president", "the spokesman"
        return True
    if token.pos_ != "NOUN" or token.tag_ != "NN" or token.lower_ not in index.group_nouns:
        return False
    lefts = list(token.lefts)
    return len(lefts) == 1 and lefts[0].lower_ in load_cues().group_reference and token.i not in index.by_token


def listed_after(noun: Token, index: MentionIndex) -> list[Mention]:
    """Names listed after a noun as its examples: "militias, like X and Y", "groups such as X, Y", or after a
    colon or dash that closes its phrase: "designated five individuals who lead it: A, B and C" (every name of
    the first name's label to the end of the sentence, descriptions between them skipped)."""
    doc = noun.doc
    i = noun.i + 1
    if i < len(doc) and doc[i].text == ",":
        i += 1
    following = tuple(words_of(doc).lower[i : i + max(map(len, index.examples), default=0)])  # read once
    for cue in index.examples:
        if following[: len(cue)] == cue:
            i += len(cue)
            break
    else:
        hung = [c for c in noun.children if c.dep_ == "prep" and (c.lower_,) in index.examples and c.i > noun.i]
        if hung:  # "individuals and companies in the country, including X": the example word the noun's own
            return names_opening_items(doc[hung[0].i + 1 : noun.sent.end], index, stop_at_verb=True)
        return (
            _listed_after_of(noun, index) or _listed_after_colon(noun, index) or _listed_in_next_sentence(noun, index)
        )
    # "groups, including the Sudan Liberation Army", "officials such as A (its founder), B and C"
    return names_opening_items(doc[i : noun.sent.end], index, stop_at_verb=True)


def _listed_after_of(noun: Token, index: MentionIndex) -> list[Mention]:
    """The organisations listed as examples of a group noun after "of" when the parser hangs the example word on the
    noun before the "of": A and B of "the designations of Iran-aligned militia groups in Iraq, including A and B" (the
    examples of the groups, not of the designations); no people ("the leaders of Iran-backed groups, including X": X
    one of the leaders).

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("The US announced designations of militia groups in Iraq, including Kataib Sayyid al-Shuhada.")
    >>> kss = Mention(11, 16, 67, 91, "Kataib Sayyid al-Shuhada", "Organization", "Kataib Sayyid al-Shuhada", "")
    >>> [m.name for m in _listed_after_of(doc[6], MentionIndex(doc, [kss], [("including",)]))]
    ['Kataib Sayyid al-Shuhada']
    """
    if noun.dep_ != "pobj" or noun.head.lower_ != "of" or noun.head.head.pos_ != "NOUN":
        return []
    owner = noun.head.head
    hung = [c for c in owner.children if c.dep_ == "prep" and (c.lower_,) in index.examples and c.i > noun.i]
    if not hung:
        return []
    named = names_opening_items(noun.doc[hung[0].i + 1 : noun.sent.end], index, stop_at_verb=True)
    return [m for m in named if m.label == "Organization"]


LIST_OPENERS = {":", "—", "–", "-", "--"}


def _listed_in_next_sentence(noun: Token, index: MentionIndex) -> list[Mention]:
    """ "Many of these groups have close links to the IRGC. This includes Badr, which ..., Kataib Hezbollah and
    Asaib Ahl al-Haq.", "... designated six cartels. The targeted cartels are A, B and C.", "... sanctioned 14 men.
    The Treasury named the six as A, B and C.": the names the next sentence lists as the noun's members (not those
    inside its relative clauses)."""
    counted = has_child(noun, {"nummod"})
    if noun.tag_ not in {"NNS", "NNPS"} or not (counted or noun.lemma_.lower() in index.group_nouns):
        return []
    doc = noun.doc
    if noun.sent.end >= len(doc):
        return []
    nxt = doc[noun.sent.end].sent
    verb = _listing_verb(nxt, noun)
    if verb is None:
        return []
    named_as = (c for h in [verb, *verb.children] for c in h.children if c.dep_ == "prep" and c.lower_ == "as")
    start = next(named_as, verb).i  # "named the six as A, B and C"
    return names_opening_items(doc[start + 1 : nxt.end], index)


def names_opening_items(words: Span, index: MentionIndex, stop_at_verb: bool = False) -> list[Mention]:
    """The names that open the items of a list: "Badr, which has ..., KH and AAH", "A, the group's spokesman, B (its
    founder) and C" (what describes an item, in brackets or not, skipped), each of the first one's label; with
    ``stop_at_verb``, up to the first verb outside brackets ("including A and B were killed") but for a participle set
    off by a comma, which describes an item ("including A, designated in 2019, and B"). An item's owner is not the
    item: Hezbollah and the Houthis of "including Lebanon's Hezbollah and Yemen's Houthis".

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("groups including Lebanon's Hezbollah and Yemen's Houthis")
    >>> names = [(2, 3, "Lebanon", "Country"), (4, 5, "Hezbollah", "Organization"), (6, 7, "Yemen", "Country"),
    ...          (8, 9, "Houthis", "Organization")]
    >>> found = [Mention(a, b, doc[a].idx, doc[b - 1].idx + len(doc[b - 1]), n, k, n, "") for a, b, n, k in names]
    >>> [m.name for m in names_opening_items(doc[2:], MentionIndex(doc, found, []))]
    ['Hezbollah', 'Houthis']
    """
    joiners, fillers = load_cues().member_list_joiners, load_cues().member_list_fillers
    listed: list[Mention] = []
    at_start, depth, owned_at, described = True, 0, -1, False
    for t in words:
        depth += (t.text == "(") - (t.text == ")")
        mention = index.at(t)
        if depth > 0 or t.text == ")":
            continue
        if t.text in {",", ";"}:
            at_start, described = True, False
            continue
        if described or (stop_at_verb and t.tag_ == "VBN" and t.i > words.start and t.nbor(-1).text == ","):
            described = True  # "A, designated in 2019, and B": what a participle set off says of an item, skipped
            continue
        if stop_at_verb and mention is None and t.pos_ in {"VERB", "AUX"}:
            break
        if t.lower_ in joiners:
            at_start = True
            continue
        if at_start and mention is not None and mention.start == t.i:
            if _owns_named_item(mention, index):
                owned_at = mention.end  # the "'s" after the owner: the item's own name opens after it
            else:
                listed.append(mention)
        at_start = (
            (at_start and mention is not None and t.i < mention.end - 1)
            or (t.lower_ in fillers and (at_start or not _after_role_of(t)))  # "units of the C", not "X, head of the
            or t.i == owned_at  # C": a role's body is no item
        )
    return [m for m in listed if m.label == listed[0].label] if listed else []


def _after_role_of(token: Token) -> bool:
    """Whether a word follows a person's role and "of" ("head of the", "a former commander of the")."""
    doc = token.doc
    return token.i > 1 and doc[token.i - 1].lower_ == "of" and load_cues().is_person_role(doc[token.i - 2].lower_)


def _owns_named_item(mention: Mention, index: MentionIndex) -> bool:
    """Whether a name owns the name right after its possessive ("Lebanon's Hezbollah"): the item is the owned one."""
    doc = index.doc
    after = mention.end
    if after + 1 >= len(doc) or doc[after].tag_ != "POS":
        return False
    owned = index.at(doc[after + 1])
    return owned is not None and owned.start == after + 1


def _listing_verb(sent: Span, noun: Token) -> Token | None:
    """The verb of a sentence that lists the members of ``noun``: "This includes", "They are", "The targeted
    cartels are", "The Treasury named the six as"."""
    cues = load_cues()
    for verb in (t for t in sent[:8] if t.lemma_.lower() in cues.member_list_verbs):
        subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        if any(t.lower_ in cues.list_pronouns for t in sent[:2]) and verb.lemma_.lower() in cues.list_pronoun_verbs:
            return verb
        if verb.lemma_.lower() == "be" and any(s.lemma_.lower() == noun.lemma_.lower() for s in subjects):
            return verb
        as_named = any(c.dep_ == "prep" and c.lower_ == "as" for h in [verb, *objects] for c in h.children)
        if as_named and any(o.like_num or o.lemma_.lower() == noun.lemma_.lower() for o in objects):
            return verb
    return None


def _in_name(token: Token, index: MentionIndex) -> bool:
    """Whether a dash joins the words of a name ("Jaish-e-Mohammed"), opening no list."""
    return index.at(token) is not None or not (token.whitespace_ or token.nbor(-1).whitespace_)


def _listed_after_colon(noun: Token, index: MentionIndex) -> list[Mention]:
    if noun.tag_ not in {"NNS", "NNPS"}:
        return []
    doc, end, texts = noun.doc, noun.sent.end, token_strings(noun.doc)  # a Token made only at a list's opener
    i = next((j for j in range(noun.i + 1, end) if texts[j] in LIST_OPENERS and not _in_name(doc[j], index)), end)
    if i >= end:
        return []
    first = next((index.at(doc[j]) for j in range(i + 1, min(i + 3, end)) if index.at(doc[j])), None)
    if first is None:
        return []
    found = {m.start: m for m in index.mentions if first.start <= m.start and m.end <= end and m.label == first.label}
    return [found[k] for k in sorted(found)]


def is_backer(mention: Mention, doc: Doc, hyphen_words: Iterable[str]) -> bool:
    """Whether a name only qualifies the one a phrase is about: "Iran" in "Iran-backed militia targets"."""
    i = mention.end
    return i + 1 < len(doc) and doc[i].text == "-" and doc[i + 1].lower_ in hyphen_words


def modifies(doc: Doc, mention: Mention, noun: Token) -> bool:
    """Whether a name only qualifies the common noun after it: Hamas of "Hamas financial facilitators", the BBC of
    "a BBC investigation" (the noun, not the name, is what the phrase is about)."""
    token = qualified_noun(doc, mention, MODIFIER_DEPS)
    if token is None or token.i < mention.end:
        return False
    while token.i != noun.i:  # on through "financial" of "Hamas financial facilitators" if the parse hangs Hamas there
        if token.dep_ not in MODIFIER_DEPS or token.head.i <= token.i:
            return False
        token = token.head
    return True


def not_among_unnamed_sides(
    acting: list[Token], agents: list[Mention], patients: list[Mention], index: MentionIndex
) -> list[Mention]:
    """The actors acted on, less the actors an unnamed plural subject was read as: "the three juntas have expelled
    French forces - from Mali, from Burkina Faso and from Niger" (the juntas read as the three states named after)
    set none of the three against another; a named subject ("Mali and Niger expelled X") keeps them all."""
    if len(agents) < 2 or not acting or any(index.at(t) is not None for t in acting):
        return patients
    sides = {m.key for m in agents}
    return [m for m in patients if m.key not in sides]


def actors_of(token: Token, index: MentionIndex, with_preps: bool = True) -> list[Mention]:
    """The actors a noun phrase headed by ``token`` names: its own name, names in its modifiers
    ("Iranian-backed forces"), a leader's group ("Khazali's group"), pronouns resolved; the objects
    of its prepositions only when the phrase itself names no one. Read once a phrase (several rules ask of the same
    one) until a rule finds another leader's group, a new list at each call."""
    if len(index.groups) != index.phrase_actors_groups:  # "Khazali's group" may name someone now
        index.phrase_actors.clear()
        index.phrase_actors_groups = len(index.groups)
    found = index.phrase_actors.get((token.i, with_preps))
    if found is None:
        found = index.phrase_actors[token.i, with_preps] = _actors_of(token, index, with_preps)
    return found.copy()


def _place_before_plural_noun(noun: Token, index: MentionIndex) -> list[Mention]:
    """The places named in the compounds of a plural noun of places that the parser sets as a conjunct of a name:
    Mayo-Tsanaga of "in the Mayo-Sava and Mayo-Tsanaga departments", Manica of "the Sofala and Manica provinces" (the
    list's first place is the phrase's own name)."""
    if noun.tag_ != "NNS" or noun.lemma_.lower() not in load_cues().place_nouns | place_kinds().after_name:
        return []
    named = [index.at(c) for c in noun.children if c.dep_ == "compound"]
    return [m for m in named if m is not None and m.label == "Location"]


def _actors_of(token: Token, index: MentionIndex, with_preps: bool) -> list[Mention]:
    if token.lower_ in load_cues().relative_pronouns and token.head.dep_ == "relcl" and token.head.head.i != token.i:
        if people_of_group(token):  # "former members of X who joined Y": the members, none of them named
            holder = _one_of_group_set_off(token, index)  # "A, a former commander of X who joined Y": A
            return [holder] if holder is not None else []
        if token.lower_ not in load_cues().thing_relative_pronouns and (
            person := person_set_off_before(token.head.head, index) or person_before_role_body(token.head.head, index)
        ):
            return [person]  # "X, a trader convicted over a fraud, whom the US sanctioned": X, not the fraud; "X,
            # chairman of the Y Association, who was shot dead": X, not the association
        if (body := body_qualified_by_person(token, index)) is not None:  # "the militia led by X, which fought Y"
            return [m for m in actors_of(body, index, with_preps) if m.label in {"Organization", "Country"}]
        if (one := one_described(token, index)) is not None:  # "A and B, which is led by X": B alone
            return [one]
        if (body := body_of_people(token, index)) is not None:
            if made_up := actors_of(body, index, with_preps):
                return made_up  # "X, a coalition of mainly Tajik commanders that fought Y": X, not Tajikistan
            if gathers_groups(token):
                return []  # "a coalition of Sharia courts that controlled Y", the coalition unnamed: not "Sharia"
        return actors_of(token.head.head, index, with_preps)  # "a militia that Washington designated"
    clause = next((a for a in token.ancestors if a.dep_ == "relcl"), None) if token.tag_ == "WP$" else None
    if token.tag_ == "WP$" and (body := _body_before_whose(token, clause, index)) is not None:
        return [body]  # "A, a member of Y (YZ), whose founder, X, ...": Y, wherever the parse hangs the clause
    if clause is not None:  # "a militia whose founder, X, died": the militia
        return actors_of(clause.head, index, with_preps)
    if token.lower_ in load_cues().quantifiers and index.at(token) is None:  # "many of these groups": the groups
        of = prep_objects(token, {"of"})
        if of:
            return distinct_actors([m for p in of for m in actors_of(p, index, with_preps)])
    if gathered := _groups_gathered(token, index):
        return gathered  # "a network of allied groups, including X and Y": X and Y
    if (group := group_named_before(token, index)) is not None:
        return [group]  # "X, the deputy commander of the RSF, the group that fought Y": the group is the RSF
    if index.at(token) is None and token.dep_ == "appos" and index.at(token.head) is not None:
        return [index.at(token.head)]  # "Nujaba, another Iran-backed faction, led by X": the faction is Nujaba
    if said := _group_said_of(token, index):
        return said  # "X is a group that was founded by Y": the group is X
    if (states := state_set_referred(token, index)) is not None:
        return states  # "Mali and Niger left ECOWAS. The two countries accuse it": Mali and Niger
    if (pair := pair_referred(token, index)) is not None:
        return pair  # "X is led by A. Y is led by B. Both groups are members of Z": X and Y
    if (counted := counted_referred(token, index)) is not None:
        return counted  # "A and B were arrested. The two men were charged": A and B
    if named := names_by_participle(token, index):
        return named  # "The group, known as Islamic State Somalia, is led by X": the group named
    if (part := part_named_by_owner(token, index)) is not None:
        return [part]  # "UNIFIL ... The UN force is headquartered in Naqoura": UNIFIL, not the UN
    if (state := headed_state(token, index)) is not None:
        return [state]  # "Isaias Afwerki's government fought a war with Ethiopia": Eritrea
    heads = conjuncts(token)  # read once: the parse does not change while the rules run
    mentions: list[Mention] = []
    for head in heads:
        if (paired := pair_member(head, index)) is not None:
            mentions.append(paired)  # "A and B met. The latter said": B
        if (head.lower_ in load_cues().pronouns and head.i not in index.by_token) or (is_definite_group(head, index)):
            ante = index.antecedent(head)
            if ante:
                mentions.extend(listed_with(ante, head, index))
        if (referred := fighters_referred(head, index)) is not None:  # "government forces"
            mentions.append(referred)
        elif placed := states_placed(head, index):  # "killed soldiers in Mali and Niger": those states'
            mentions += placed
        elif (state := state_force(head, index)) is not None:  # "troops", "the army": the page's state
            mentions.append(state)
        if (army := army_owned(head, index)) is not None:  # "army posts near X": the page's army, and X as
            mentions += [army, *(index.within(prep_phrase_tokens(head)) if with_preps else [])]  # without it
        for owner in (c for c in head.children if c.dep_ == "poss"):
            led = index.at(owner) and index.groups.get(index.at(owner).key)
            if led is not None and head.pos_ == "NOUN":
                mentions.append(led)
            elif owner.tag_ == "WP$" and _owned_force(head, index) and (clause := _clause_of(owner)) is not None:
                mentions.extend(_whose_owner(clause, index, with_preps))  # "X, whose fighters attacked Y": X
            elif _reference_owner(owner, index) and _owned_force(head, index):  # not "the group's Radwan Force"
                ante = index.antecedent(owner)  # "its aircraft struck X", "their fighters": the owner acts
                if ante is not None and ante.label in {"Organization", "Country"}:
                    mentions.append(ante)
    if mentions:
        return distinct_actors(mentions)
    titled = [  # "three men - A, B and C": every name coordinated in the apposition
        index.at(x) for h in heads for c in h.children if c.dep_ == "appos" for x in conjuncts(c) if index.at(x)
    ]
    if index.at(token) is None and not titled and (holder := _holder_hung_on_body(token, index)) is not None:
        return [holder]  # "the former head of X, Y, was sanctioned": the parser hangs Y on X
    if index.at(token) is None and titled:  # "The Iraqi President, Barham Saleh": the named one
        examples = [m for head in heads for m in listed_after(head, index)] if token.pos_ == "NOUN" else []
        # "officials including A (its founder), B and C": a list the parse breaks
        return distinct_actors(examples + titled)
    if index.at(token) is not None:
        # A named head: its own coordinated names, not actors in its modifiers ("Iraqi President X"), and the name a
        # coordinated title is given ("X, a shipping firm, and its chief executive, Y").
        for head in heads:
            named = index.at(head)
            titled_here = [m for c in head.children if c.dep_ == "appos" if (m := index.at(c))]
            if not named and not titled_here and (holder := _holder_hung_on_body(head, index)) is not None:
                titled_here = [holder]  # "X and the chief of the General Staff, Y": the parser hangs Y on the body
            if not named and not titled_here:  # "in the Mayo-Sava and Mayo-Tsanaga departments": Mayo-Tsanaga
                titled_here = _place_before_plural_noun(head, index)
            mentions.extend([named] if named else titled_here)
        return distinct_actors(mentions)
    if _tied_to_its_modifier(token):  # "an al Qaeda affiliate said": not al Qaeda, who it is tied to
        return distinct_actors([m for head in heads for m in listed_after(head, index)] if token.pos_ == "NOUN" else [])
    hyphen = load_cues().hyphen
    unread = heads_unread_name(token, index)  # "Yemen's Houthi movement claimed": not Yemen
    mentions.extend(  # not "anti-X"; not the backer of "Turkish-backed factions of Y", who are Y's; not Mexico of "two
        m  # Mexican nationals"
        for m in index.within(phrase_tokens(token))
        if not (unread and m.label == "Country")
        and not named_against(m, token.doc)
        and not names_sanctions_regime(m, token.doc)  # not ISIL of "the ISIL sanctions committee"
        and not is_backer(m, token.doc, hyphen)
        and not _nationality(token, m)
        and not _counterpart_owner(token, m)
    )
    if not mentions and token.dep_ in SUBJECTS:  # "its units are based in X", "the group's expansion brought it": the
        mentions.extend(referred_owners(phrase_tokens(token), index))  # owner a possessive reference stands for acts
    if token.pos_ == "NOUN":
        mentions.extend(m for head in heads for m in listed_after(head, index))
    if not mentions and is_ruler_noun(token):  # "the government in Kabul": Afghanistan; "the government of Chad": Chad
        mentions.extend(seated_states(token, index.within(prep_phrase_tokens(token, frozenset({"in"})))))
        mentions.extend(ruled_states(token, index.within(prep_phrase_tokens(token, frozenset({"of"})))))
    if not mentions and with_preps and not (unread and token.pos_ == "PROPN"):  # not Iraq of "the Islamic
        mentions.extend(_prep_phrase_actors(token, index))  # Resistance in Iraq", the name unread
    elif not mentions and _acts_for_group(token, index):
        # "fighters of the RSF", "gunmen from the X gang", not "fighters on X"
        mentions.extend(_prep_phrase_actors(token, index, load_cues().membership_preps))
    elif not mentions and _speaks_for_body(token):  # "leaders of X condemned Y", "a spokesman for X accused Y"
        voiced = index.within(prep_phrase_tokens(token, load_cues().voice_preps))
        mentions.extend(m for m in voiced if m.label in {"Organization", "Country"})
    mentions.extend(named for head in heads if (named := named_later(head, index)) is not None)  # "killed a KH
    return distinct_actors(mentions)  # commander. Sources identified him as X": X too


@cache
def gathering_nouns() -> frozenset[str]:
    """The nouns (lemmas) that gather groups named after "of" ("a network of militias")."""
    return frozenset(load_seed_yaml("relations.yaml")["gathering_nouns"])


def _groups_gathered(token: Token, index: MentionIndex) -> list[Mention]:
    """The actors a noun gathering groups stands for: those its "of" phrase of a group noun names ("a network of allied
    groups across the region, including X and Y", "a host of militias such as Z"); none for a name's own word, an
    "of" phrase of anything else ("Hezbollah's network of businesses": Hezbollah's) or one naming no one."""
    if token.lemma_.lower() not in gathering_nouns() or index.at(token) is not None:
        return []
    groups = [p for p in prep_objects(token, {"of"}) if p.lower_ in index.group_nouns]
    return distinct_actors([m for p in groups for m in actors_of(p, index)])


@cache
def naming_participles() -> frozenset[str]:
    """The lemmas of participles that give a group noun its name ("known as", "called")."""
    return frozenset(load_seed_yaml("relations.yaml")["naming_participles"])


def named_by_participle(token: Token, index: MentionIndex) -> Mention | None:
    """The organisation a group noun with no name of its own is named by a participle after it: "The group, known as
    X, ...", "a new group called X", "the junta is called X and is led by Y" (X), or the person a singular role noun
    is ("led by a commander known as X"), else None."""
    named = names_by_participle(token, index)
    return named[0] if named else None


def names_by_participle(token: Token, index: MentionIndex) -> list[Mention]:
    """The names :func:`named_by_participle` reads, each of a list after a plural noun ("three groups known as A, B
    and C", "three groups, which analysts call A, B and C": A, B and C), else none."""
    if index.at(token) is not None or token.pos_ != "NOUN":
        return []
    word = token.lower_
    if word in index.group_nouns or word in named_head_words() or word in alias_head_words():  # "the junta"
        label = "Organization"
    elif token.tag_ == "NN" and word in load_cues().role_heads:
        label = "Person"
    else:
        return []
    plural = token.tag_ == "NNS"
    naming = [c for c in token.children if c.dep_ == "acl" or (plural and _relative_naming(c)) or _self_naming(c)]
    naming += [r for c in naming if plural and c.dep_ == "acl" for r in c.subtree if _relative_naming(r)]  # "groups
    # sponsored by the state, which analysts call A, B and C": the clause the parser hangs on the participle's noun
    naming += [token.head] if token.dep_ == "nsubjpass" else []
    for verb in (v for v in naming if v.lemma_.lower() in naming_participles()):  # "The junta is called X and is"
        names = [c for c in verb.children if c.dep_ in {"oprd", "attr", "dobj"}] + prep_objects(verb, {"as"})
        listed = [h for t in names for h in (conjuncts(t) if plural else [t])]
        found = [m for t in listed if (m := index.at(t)) is not None and m.label == label]
        if found:
            return found
    return []


def _relative_naming(clause: Token) -> bool:
    """Whether a relative clause names the noun it is on through its relative pronoun: "groups, which analysts call
    A and B"."""
    return clause.dep_ == "relcl" and any(c.dep_ == "dobj" and c.tag_ == "WDT" for c in clause.children)


def _self_naming(clause: Token) -> bool:
    """Whether a relative clause says what the noun it is on calls itself: "the group - which calls itself X and is
    led by Y" (X)."""
    return clause.dep_ == "relcl" and any(c.dep_ == "dobj" and c.lower_ in REFLEXIVES for c in clause.children)


def _acts_for_group(token: Token, index: MentionIndex) -> bool:
    """Whether a noun names people who act for the group its "of" or "from" phrase names: a group noun or a noun of
    its armed people ("fighters of the RSF"), or, as the doer of a deed, its members or a team of it ("members of X
    carried out the bombing", "was carried out by a team of X"; not "members of X were killed", nor its former
    members, who no longer act for it)."""
    cues = load_cues()
    lemma = token.lemma_.lower()
    if lemma in index.group_nouns or lemma in cues.group_people_nouns:
        return True
    doer = token.dep_ == "nsubj" or (token.dep_ == "pobj" and token.head.dep_ == "agent")
    former = any(t.dep_ == "amod" and t.lower_ in former_words() for t in token.lefts)
    return doer and lemma in cues.doer_people_nouns and not former


def _speaks_for_body(token: Token) -> bool:
    """Whether a noun names a body's leaders or voices acting as the subject of an active verb, who speak for the body
    their "of" or "for" phrase names ("leaders of X vowed to fight Y"; not "commanders of X were killed", nor former
    ones, who no longer speak for it)."""
    former = any(t.dep_ == "amod" and t.lower_ in former_words() for t in token.lefts)
    return token.dep_ == "nsubj" and token.lemma_.lower() in load_cues().voice_people_nouns and not former


@cache
def former_words() -> frozenset[str]:
    """The words that put a role in the past ("former", "ex"): ``role_types.former_words`` in the cue data."""
    return frozenset(load_seed_yaml("relations.yaml")["role_types"]["former_words"])


def _tied_to_its_modifier(token: Token) -> bool:
    """Whether a noun names an actor tied to the one in its modifiers, not that one: "an al Qaeda affiliate", "Iran's
    proxies" (``offshoot_nouns``); an ally or a partner acts beside it ("a US partner in the fight against X")."""
    cues = load_cues()
    allied = any(cue.type == "ALLIED_WITH" for cue in cues.nouns.get(token.lemma_.lower(), ()))
    return token.lower_ in cues.offshoot_nouns and not allied


def _nationality(token: Token, mention: Mention) -> bool:
    """Whether a state named in a noun's phrase is only the nationality of private people: "two Mexican nationals",
    "an Iranian businessman" (``citizen_nouns``), or a people's name on armed men outside a state's forces ("mainly
    Tajik commanders", "Kurdish fighters": ``people_fighter_nouns``), not "Iranian forces"."""
    lemma = token.lemma_.lower()
    return mention.label == "Country" and (lemma in load_cues().citizen_nouns or lemma in people_fighter_nouns())


def _counterpart_owner(token: Token, mention: Mention) -> bool:
    """Whether a name only owns a noun of another side (``counterpart_nouns``): "warned Israel's enemies", "Iran's
    allies" are not Israel or Iran."""
    if token.lemma_.lower() not in load_cues().counterpart_nouns:
        return False
    return any(c.dep_ == "poss" and mention.start <= c.i < mention.end for c in token.children)


@cache
def people_fighter_nouns() -> frozenset[str]:
    """The nouns (lemmas) of armed men outside a state's forces ("commanders", "fighters")."""
    return frozenset(load_seed_yaml("relations.yaml")["people_fighter_nouns"])


def _owned_force(noun: Token, index: MentionIndex) -> bool:
    """Whether a noun that names no one is a group or its fighters, gunmen or weapons, who act for the group that owns
    them ("its fighters", "whose gangs", "their aircraft", "its gunmen"); not one given a name of its own in
    apposition ("its splinter group X": X itself)."""
    owned = index.group_nouns | load_cues().arms | load_cues().group_people_nouns
    named = any(c.dep_ == "appos" and index.at(c) is not None for c in noun.children)
    return index.at(noun) is None and noun.lemma_.lower() in owned and not named


def _body_before_whose(token: Token, clause: Token | None, index: MentionIndex) -> Mention | None:
    """The organisation named right before a "whose" and its comma, past a short bracket, when what "whose" owns is a
    role only people hold and the parser hung the clause on a person or on nothing ("A, a member of Y (YZ), whose
    founder, X, ...": Y, not A); None otherwise."""
    doc, last = token.doc, token.i - 1
    if last < 1 or doc[last].text != "," or not load_cues().is_person_role(token.head.lemma_.lower()):
        return None
    last -= 1
    if doc[last].text == ")":
        opened = next((t.i for t in doc[max(last - 4, 0) : last] if t.text == "("), None)
        last = opened - 1 if opened else last
    named = index.at(doc[last]) if last >= 0 else None
    if named is None or named.label != "Organization":
        return None
    hung = actors_of(clause.head, index, with_preps=False) if clause is not None else []
    return named if all(m.label == "Person" for m in hung) else None


def _whose_owner(clause: Token, index: MentionIndex, with_preps: bool) -> list[Mention]:
    """Who owns what a "whose" clause tells of: the actors the noun the clause hangs on names or, when it names no one,
    the person named before the phrase set off by a comma that the noun ends ("X, one of the feared commanders in the
    movement, whose fighters attacked Y": the parse hangs the clause on "movement"; the fighters are X's)."""
    found = actors_of(clause.head, index, with_preps)
    person = None if found else person_set_off_before(clause.head, index)
    return found or ([person] if person is not None else [])


def _clause_of(pronoun: Token) -> Token | None:
    """The relative clause a possessive "whose" opens ("X, whose fighters attacked Y"), or None."""
    return next((a for a in pronoun.ancestors if a.dep_ == "relcl"), None)


def _reference_owner(owner: Token, index: MentionIndex) -> bool:
    """Whether an owner refers back: "its", "their", "the group's" (in "the group's fighters")."""
    return owner.lower_ in load_cues().owner_pronouns or is_definite_group(owner, index)


def referred_owners(tokens: Iterable[Token], index: MentionIndex) -> list[Mention]:
    """The organisations and countries that possessive references among ``tokens`` stand for, named in an earlier
    sentence, as their names written in place would be read: "its expansion", "the group's units"; not a person's
    ("his government" is the state's, not his)."""
    owners = (t for t in tokens if t.dep_ == "poss" and t.i not in index.by_token and refers_back(t, index))
    found = ((t, index.antecedent(t)) for t in owners)
    return [m for t, m in found if m is not None and m.label in OWNER_LABELS and m.end <= t.sent.start]


def listed_with(antecedent: Mention, pronoun: Token, index: MentionIndex) -> list[Mention]:
    """The actor a pronoun stands for and, when the pronoun is plural and its actor is listed in the same sentence,
    the actors listed with it: "X and Y said they had carried out the raid" (both did it), not "X said they".

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("Hamas and Islamic Jihad said they had fired the rockets.")
    >>> hamas = Mention(0, 1, 0, 5, "Hamas", "Organization", "Hamas", "armed_group")
    >>> pij = Mention(2, 4, 10, 23, "Islamic Jihad", "Organization", "Islamic Jihad", "armed_group")
    >>> [m.name for m in listed_with(hamas, doc[5], MentionIndex(doc, [hamas, pij]))]
    ['Hamas', 'Islamic Jihad']
    """
    named = span_root(index.doc, antecedent.start, antecedent.end)
    if "Plur" not in pronoun.morph.get("Number") or named.sent.start != pronoun.sent.start:
        return [antecedent]
    listed = [index.at(t) for t in conjuncts(_top_of_list(named))]
    return distinct_actors([antecedent, *(m for m in listed if m is not None and m.label == antecedent.label)])


def _top_of_list(item: Token) -> Token:
    """The word a list hangs on, from any of its items, through the items the parser reads as appositions ("A (X), B
    (Y) and C (Z)": "B" in apposition to "A", "C" a conjunct of "B"): the item itself when it is first or in no list.

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("The Ndoro Brigade (NB), the Kasai Front (KF) and the Tumba Militia (TM) attacked army posts.")
    >>> _top_of_list(doc[16]).text, _top_of_list(doc[9]).text
    ('Brigade', 'Brigade')
    """
    while item.dep_ in {"conj", "appos"} and item.head.i < item.i and item in conjuncts(item.head):
        item = item.head
    return item


def _one_of_group_set_off(pronoun: Token, index: MentionIndex) -> Mention | None:
    """The person a "who" after a group stands for when the group's people noun is one person's role set off after
    his name ("A, a former commander of X who joined Y": A), not a plural ("fighters from X who joined Y"); else
    None (the parser hangs the clause on X)."""
    noun = pronoun.head.head.head.head
    if noun.dep_ == "conj" and noun.head.dep_ == "appos":
        noun = noun.head  # "A, a former spokesman and commander of X who joined Y"
    return person_of_role(noun, index)


def person_of_role(noun: Token, index: MentionIndex) -> Mention | None:
    """The person a singular role noun set off after his name stands for ("A, a former commander of X": A), else
    None (a plural, "fighters from X", names no one)."""
    return person_set_off_before(noun, index) if noun.tag_ == "NN" else None


def people_of_group(pronoun: Token) -> bool:
    """Whether a relative "who" stands for a group's people rather than the group its clause hangs on: "former
    members of X who pledged allegiance to Y", "fighters from X who joined Y", "members of X and Z who pledged
    allegiance to Y" (the parser hangs the clause on X, or on the last group listed), "members of X and other
    militants who joined Y" (on the people listed after them).

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("Fighters from the Nusra Front who joined the Islamic State were killed.")
    >>> people_of_group(doc[5]), people_of_group(load_nlp()("The Nusra Front, who joined the Islamic State, won.")[4])
    (True, False)
    """
    cues = load_cues()
    if pronoun.lower_ not in cues.relative_pronouns - cues.thing_relative_pronouns or pronoun.head.dep_ != "relcl":
        return False
    group = pronoun.head.head
    while group.dep_ == "conj" and group.head.i < group.i:
        group = group.head
    if group.i != pronoun.head.head.i and _people_of(group, cues):
        return True  # "members of X and Afghan militants who pledged allegiance to Y": the clause hangs on "militants"
    return group.dep_ == "pobj" and group.head.lower_ in cues.membership_preps and _people_of(group.head.head, cues)


def _people_of(noun: Token, cues: Cues) -> bool:
    """Whether a noun names a group's people by a membership preposition: "members of", "fighters from"."""
    people = noun.lemma_.lower() in cues.relative_people_nouns
    return people and has_child(noun, {"prep"}, cues.membership_preps)


def _described_by_copula(noun: Token, pronoun: Token) -> list[Token]:
    """The subjects a copula describes with ``noun``, the noun a person's relative clause hangs on: X of "X is a
    cleric who leads Y" and of "X was one of the gunmen who stormed Y" (none for "which" or "that", or a noun that is
    no copula's attribute)."""
    cues = load_cues()
    personal = pronoun.lower_ in cues.relative_pronouns and pronoun.lower_ not in cues.thing_relative_pronouns
    attribute = one_of(noun)  # "one of the gunmen": the count is the attribute
    if not personal or noun.pos_ != "NOUN" or attribute.dep_ != "attr" or attribute.head.lemma_ != "be":
        return []
    return [c for c in attribute.head.children if c.dep_ == "nsubj"]


def _group_said_of(noun: Token, index: MentionIndex) -> list[Mention]:
    """The named bodies a copula says an unnamed group noun is, when a clause describes the noun: X of "X is a group
    that was founded by Y" and of "X is a militia led by Y" (none for a noun no clause describes, or no copula's
    sole attribute, as "a party" of "X is the wing of Y, a party founded by Z" read as a second one, or a subject that
    names no body)."""
    if noun.dep_ != "attr" or noun.head.lemma_ != "be" or index.at(noun) is not None:
        return []
    if [c for c in noun.head.children if c.dep_ == "attr"] != [noun]:
        return []
    if noun.lower_ not in load_cues().group_nouns or not has_child(noun, {"relcl", "acl"}):
        return []
    subjects = [c for c in noun.head.children if c.dep_ == "nsubj"]
    return [m for s in subjects if (m := index.at(s)) is not None and m.label in {"Organization", "Country"}]


def subjects_of(verb: Token) -> list[Token]:
    """Subject tokens of a verb, inherited from the verb it is coordinated with or controlled by; read once a verb
    (several rules ask), a new list at each call."""
    return read_once(verb, _subjects_of).copy()


def _subjects_of(verb: Token) -> list[Token]:
    found = _one_subject_split(c for c in verb.children if c.dep_ in {"nsubj", "csubj"})
    found = _stressed_subjects(verb, found)
    if not found and _set_off_participle(verb):
        return [verb.head.head]  # "Kenyan troops, fighting alongside X, took the port": the troops fight
    if not found and _opening_participle(verb):
        return [c for c in verb.head.children if c.dep_ == "nsubj"]  # "Based in X, the cartel is ...": the cartel
    if verb.dep_ == "relcl" and found and people_of_group(found[0]):
        return found  # "former members of X who joined Y": the members, not X (the pronoun names no one)
    if verb.dep_ == "relcl" and found and _hung_on_person(found[0]):
        return found  # "the militia led by X, which fought Y": the pronoun, which is the militia's (actors_of)
    if verb.dep_ == "relcl" and found and gathering_body(found[0]) is not None:
        return found  # "a coalition of Tajik commanders that fought Y": the pronoun, the coalition's (actors_of)
    if verb.dep_ == "relcl" and found and (described := _described_by_copula(verb.head, found[0])):
        return described  # "X is a cleric who leads Y": X leads Y
    if verb.dep_ == "relcl" and (not found or found[0].lower_ in load_cues().relative_pronouns):
        if found and singular_clause(verb) and is_coordinated(verb.head):
            return found  # "A, B and C, who heads Y": the pronoun, which is C alone (actors_of)
        return [verb.head]  # "transfers that threaten Israel": the noun the clause describes
    if not found and (main := _gerund_main_verb(verb)) is not None:  # "Iran responded by firing missiles at Israel"
        return [c for c in main.children if c.dep_ == "nsubj"] or subjects_of(main)
    if not found and (prevention := _failed_prevention(verb)) is not None:
        return [c for c in prevention.children if c.dep_ == "dobj"]  # "failed to prevent X from attacking Y"
    hops = 0
    while not found and verb.dep_ in {"conj", "xcomp", "advcl"} and hops < 3:
        if _purpose_of_participle(verb):
            return [verb.head.head]  # "an umbrella formed in 2014 to fight X": the umbrella fights
        if verb.dep_ == "conj" and _after_semicolon(verb):
            return []  # "A and B backed X; C, and to a lesser degree D, backed Y": not A's and B's
        if verb.dep_ == "conj" and (told := _told_of(verb)):
            return told  # "a spokesman said the group struck X, and targeted Y": the group targeted Y
        verb = verb.head
        found = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
        hops += 1
    if verb.dep_ == "relcl" and all(f.lower_ in load_cues().relative_pronouns for f in found):
        kept = found and (people_of_group(found[0]) or _hung_on_person(found[0]))  # "the militia led by X, which
        return found if kept else [verb.head]  # continued to fight Y"; "X, who seized power ... and is now"
    if not found and _main_verb_of_root_name(verb):
        return [verb.head]  # "President X, who has led Y since 1986, condemned Z and vowed ...": the parser's root is X
    return found


def _after_semicolon(verb: Token) -> bool:
    """Whether a coordinated verb opens a clause after a semicolon of the verb it is coordinated with: a clause of
    its own, whose subject the parser hung elsewhere, never the first clause's."""
    head = verb.head
    if not any(t.text == ";" for t in verb.doc[head.i + 1 : verb.i]):
        return False  # most coordinated verbs: no semicolon between, no subtree to walk
    return any(c.dep_ == "punct" and c.text == ";" and head.i < c.i < verb.i for c in head.subtree)


def _told_of(verb: Token) -> list[Token]:
    """The direct object of a verb of saying that the parser made the head of a verb coordinated with it: "X said
    the group struck A, and targeted B" (the group is who targeted B, not the one who said so); else nothing."""
    head = verb.head
    if head.lemma_.lower() not in load_cues().reporting or verb.lemma_.lower() in load_cues().reporting:
        return []
    told = [c for c in head.children if c.dep_ == "dobj" and c.i < verb.i]
    return [c for c in told if c.ent_type_ or c.lemma_.lower() in load_cues().group_nouns]  # not "announced his death"


def _hung_on_person(pronoun: Token) -> bool:
    """Whether a relative pronoun that never stands for a person ("which") opens a clause the parser hangs on a
    person's name ("the militia led by X, which fought Y"): the name is not what the pronoun stands for."""
    if pronoun.lower_ not in impersonal_relative_pronouns():
        return False
    hung = pronoun.head.head  # or on the last noun of the name's description ("led by X, a former general of the army")
    return _named_person(hung) or person_described(hung, _named_person) is not None


def _named_person(token: Token) -> bool:
    return token.ent_type_.lower() == "person"


def _main_verb_of_root_name(verb: Token) -> bool:
    """Whether a verb is the main verb of its sentence that the parser hung as a clause describing the name it made
    the root (or a title it made the root, with the name set off after it: "Israel's ambassador, X, called on ..."): a
    past tense, or a participle with a direct object (a participle describing a name takes none: "X, backed by Y,
    ..."), after the name at the root.

    >>> from spacy.tokens import Doc
    >>> from loaders.nlp import load_nlp
    >>> words = ["Museveni", ",", "who", "led", "Uganda", ",", "condemned", "the", "massacre", "."]
    >>> heads, deps = [0, 0, 3, 0, 3, 0, 0, 8, 6, 0], ["ROOT", "punct", "nsubj", "relcl", "dobj", "punct", "acl",
    ...     "det", "dobj", "punct"]
    >>> tags = ["NNP", ",", "WP", "VBD", "NNP", ",", "VBN", "DT", "NN", "."]
    >>> pos = ["PROPN", "PUNCT", "PRON", "VERB", "PROPN", "PUNCT", "VERB", "DET", "NOUN", "PUNCT"]
    >>> doc = Doc(load_nlp().vocab, words, heads=heads, deps=deps, tags=tags, pos=pos)
    >>> _main_verb_of_root_name(doc[6]), _main_verb_of_root_name(doc[3])
    (True, False)
    """
    name = verb.head
    named = name.pos_ == "PROPN" or (  # "Israel's ambassador, Gilad Erdan, called on ...": a title with its name
        name.pos_ == "NOUN" and any(c.dep_ == "appos" and c.pos_ == "PROPN" and c.i < verb.i for c in name.children)
    )
    if verb.dep_ != "acl" or name.dep_ != "ROOT" or not named or verb.i < name.i:
        return False
    return verb.tag_ == "VBD" or (verb.tag_ == "VBN" and has_child(verb, {"dobj"}))


def _gerund_main_verb(verb: Token) -> Token | None:
    """The verb of response whose subject does what a gerund of means after it tells (``gerund_doer_preps`` and
    ``gerund_doer_verbs`` of ``seeds/relations.yaml``): "responded" of "Iran responded by firing missiles at Israel",
    "Mali retaliated by expelling the envoy"; None for another gerund ("accused X of attacking Y", whose doer is X,
    :func:`loaders.gerund_subjects.gerund_subjects`) or a verb in the passive.

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("Mali responded by condemning Ukraine.")
    >>> _gerund_main_verb(doc[3])
    responded
    """
    prep, cues = verb.head, load_cues()
    if verb.dep_ != "pcomp" or verb.tag_ != "VBG" or prep.lower_ not in cues.gerund_doer_preps:
        return None
    main = prep.head
    if main.pos_ != "VERB" or main.lemma_.lower() not in cues.gerund_doer_verbs or is_passive(main):
        return None
    return main


def _failed_prevention(verb: Token) -> Token | None:
    """The verb of prevention a gerund hangs on when the prevention failed: "prevent" of "police failed to prevent X
    from attacking Y" or "did not stop X from seizing Y", whose object did the act; None otherwise ("troops prevented X
    from attacking Y": nothing happened, so no doer and no link).

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("Police failed to prevent Hamas from attacking Israel.")
    >>> _failed_prevention(doc[6])
    prevent
    """
    cues, prep = load_cues(), verb.head
    prevention = prep.head
    if verb.dep_ != "pcomp" or prep.lower_ not in cues.prevention_preps:
        return None
    if prevention.lemma_.lower() not in cues.prevention_verbs:
        return None
    return prevention if failed(prevention) else None


def _set_off_participle(verb: Token) -> bool:
    """Whether a verb is a participle set off by a comma after a noun that the parser hung on the comma as a
    preposition: "fighting" of "Kenyan troops, fighting alongside X, captured Y"."""
    comma = verb.head
    return (
        verb.tag_ == "VBG"
        and verb.dep_ == "prep"
        and comma.text == ","
        and comma.head.pos_ in {"NOUN", "PROPN"}
        and comma.head.i == comma.i - 1
    )


def _opening_participle(verb: Token) -> bool:
    """Whether a verb is a past participle opening its sentence that the parser hung on the main verb as a
    preposition: "Based" of "Based in Mexico's Sinaloa state, the Sinaloa Cartel is ...", whose doer is the main
    verb's subject."""
    if verb.tag_ != "VBN" or verb.dep_ != "prep" or verb.head.i <= verb.i:
        return False
    words = words_of(verb.doc)  # the words before it in its sentence, read by position
    return all(words.punct[i] for i in range(words.sentence_start[verb.i], verb.i))


def _purpose_of_participle(verb: Token) -> bool:
    """Whether a verb is the purpose ("to" and the infinitive) of a passive participle that describes a noun: "fight"
    of "a militia set up to fight X", whose doer is the noun the participle describes."""
    participle = verb.head
    return (
        verb.dep_ in {"xcomp", "advcl"}
        and verb.tag_ == "VB"
        and has_child(verb, {"aux"}, {"to"})
        and participle.dep_ == "acl"
        and participle.tag_ == "VBN"
        and participle.i < verb.i
        and participle.head.i < participle.i
    )


def _stressed_subjects(verb: Token, found: list[Token]) -> list[Token]:
    """The subject an emphatic reflexive stresses, for the reflexive the parser takes for the verb's subject while
    hanging the real one on the auxiliary: "Israel" of "Israel had itself struck X"; the subjects as found else."""
    if len(found) != 1 or found[0].lower_ not in load_cues().emphatic_reflexives:
        return found
    stressed = [s for a in verb.children if a.dep_ == "aux" for s in a.children if s.dep_ == "nsubj"]
    return stressed or found


def _one_subject_split(subjects: Iterable[Token]) -> list[Token]:
    """Subjects without the common word the parser splits off a name's phrase: "paramilitary" of "Sudan's
    paramilitary Rapid Support Forces shelled the camp" (read as two subjects, the first with "Sudan's"), and without
    an entry's label before a colon when a subject follows it."""
    found = list(subjects)
    found = [t for t in found if not (_label_lead(t) and any(o.i > t.i for o in found))]
    return [
        t
        for t in found
        if not (t.pos_ in {"ADJ", "NOUN"} and any(o.i > t.i and o.left_edge.i == t.i + 1 for o in found))
    ]


def _label_lead(token: Token) -> bool:
    """Whether a subject is the label a summary puts before a colon at a sentence's start ("Niger: On 10 May,
    militants ambushed ..."): a heading of the entry, not who acted."""
    doc = token.doc
    if token.i + 1 >= len(doc) or doc[token.i + 1].text != ":":
        return False
    return all(t.is_space for t in doc[token.sent.start : token.left_edge.i])


def gapped_subjects(verb: Token) -> list[Token]:
    """The subjects after "and" that share a relative clause's verb whose object is the relative pronoun: "the
    European Union" of "X, whom the United States sanctioned in 2022 and the European Union in 2023"."""
    if verb.dep_ != "relcl" or not any(
        c.dep_ == "dobj" and c.lower_ in load_cues().relative_pronouns for c in verb.children
    ):
        return []
    return [c for c in verb.children if c.dep_ == "conj" and c.pos_ in {"PROPN", "NOUN"}]


def gapped_objects(verb: Token) -> list[Token]:
    """The objects after "and" that share a verb with an object of its own, the verb left out: "Hamas" of "the US
    designated Hezbollah a terrorist group in 1997 and Hamas a terrorist group in 2001" (the parser hangs the second
    object, a name, on the verb as a conjunct); none when the verb has no direct object, or only a relative pronoun
    ("whom the US sanctioned in 2022 and the EU in 2023": the EU is a gapped subject, :func:`gapped_subjects`).

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["US", "designated", "Hezbollah", "in", "1997", "and", "Hamas", "in", "2001"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 1, 1, 1, 3, 1, 1, 6, 7],
    ...           deps=["nsubj", "ROOT", "dobj", "prep", "pobj", "cc", "conj", "prep", "pobj"],
    ...           pos=["PROPN", "VERB", "PROPN", "ADP", "NUM", "CCONJ", "PROPN", "ADP", "NUM"])
    >>> gapped_objects(doc[1])
    [Hamas]
    """
    if not any(c.dep_ == "dobj" and c.lower_ not in load_cues().relative_pronouns for c in verb.children):
        return []
    return [c for c in verb.children if c.dep_ == "conj" and _a_name(c)]  # not "and affiliated groups"


UNNAMED_ENTITIES = frozenset({"", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})


def _a_name(token: Token) -> bool:
    """Whether a word is a name: a proper noun, or a noun the entity recogniser marks as one (an acronym the tagger
    takes for a common noun: "and added ISWAP in 2018")."""
    return token.pos_ == "PROPN" or (token.pos_ == "NOUN" and token.ent_type_ not in UNNAMED_ENTITIES)


def called_objects(verb: Token) -> list[Token]:
    """What a free relative of naming after the verb names, the verb's object in all but name: "aggression" of
    "condemned what it called Israel's aggression", "attack" of "condemned what it described as an Israeli attack"
    (a clause of ``characterising_verbs`` whose own object is "what"), "targets" of "struck what it says are Hezbollah
    targets" (a clause of ``reporting_copula_verbs`` whose "what ... are" names them).

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["Iran", "condemned", "what", "it", "called", "Israel", "'s", "aggression"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 1, 4, 4, 1, 7, 5, 4],
    ...           deps=["nsubj", "ROOT", "dobj", "nsubj", "ccomp", "poss", "case", "oprd"],
    ...           lemmas=["Iran", "condemn", "what", "it", "call", "Israel", "'s", "aggression"])
    >>> called_objects(doc[1])
    [aggression]
    """
    return [o for c in verb.children if c.dep_ == "ccomp" for o in named_by_free_relative(c)]


def named_by_free_relative(clause: Token) -> list[Token]:
    """What a free relative's verb names, "what" standing for it: "aggression" of "what it called Israel's
    aggression", "attack" of "what it described as an Israeli attack", "targets" of "what it says are Hezbollah
    targets" (the copula's complement); none for any other clause. An attack's phrase read through it hits what it
    names: "strikes on what it called Hezbollah targets", "fired missiles at what it said were X bases".

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("Israel carried out strikes against what it says are Hezbollah targets.")
    >>> named_by_free_relative(doc[7])
    [targets]
    """
    cues = load_cues()
    lemma = clause.lemma_.lower()
    if lemma in cues.characterising_verbs and any(w.dep_ == "dobj" and w.lower_ == "what" for w in clause.children):
        return [o for o in clause.children if o.dep_ in {"oprd", "xcomp"}] + prep_objects(clause, {"as"})
    if lemma not in cues.reporting_copula_verbs:
        return []
    copulas = [c for c in clause.children if c.dep_ == "ccomp" and c.lemma_ == "be"]
    what = [w for c in (clause, *copulas) for w in c.children if w.lower_ == "what" and w.dep_ in {"dobj", "nsubj"}]
    return [a for c in copulas for a in c.children if a.dep_ == "attr"] if what else []


def aimed_objects(token: Token, preps: Iterable[str]) -> list[Token]:
    """The objects of a word's prepositions, and what a free relative among them names (:func:`named_by_free_relative`):
    "bases" as well as "said" of "fired missiles at what it said were X bases"."""
    objects = prep_objects(token, preps)
    return objects + [n for o in objects if o.dep_ == "pcomp" for n in named_by_free_relative(o)]


def is_time(token: Token) -> bool:
    """Whether a word is part of a date or a time ("In August 2020", "on Sunday morning"), as the NER reads it."""
    return token.ent_type_ in {"DATE", "TIME"}


def is_reciprocal(verb: Token, reciprocal_objects: frozenset[str]) -> bool:
    """Whether one of the verb's objects (or of its prepositions) is "each other" or "one another" by its own words,
    whatever is coordinated with it ("fought each other as well as the army")."""
    objects = [c for c in verb.children if c.dep_ in {"dobj", "npadvmod"}]
    objects += [p for c in verb.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]
    return any(
        " ".join(t.lower_ for t in sorted([o, *(c for c in o.children if c.dep_ == "det")], key=lambda t: t.i))
        in reciprocal_objects
        for o in objects
    )


def is_passive(verb: Token) -> bool:
    """Whether the verb is passive ("is run by")."""
    return has_child(verb, {"nsubjpass", "auxpass"})


def described_by_coordinated_participle(verb: Token) -> Token | None:
    """The noun a participle describes through the participle it is coordinated with: "Houthis" of "allied" in "the
    Houthis, backed by Iran and allied with Hezbollah, fired missiles"; None for a verb coordinated with no such
    participle.

    >>> from spacy.vocab import Vocab
    >>> words = ["Houthis", ",", "backed", "by", "Iran", "and", "allied", "with", "Hezbollah"]
    >>> doc = Doc(Vocab(), words=words, heads=[0, 0, 0, 2, 3, 2, 2, 6, 7],
    ...           deps=["ROOT", "punct", "acl", "agent", "pobj", "cc", "conj", "prep", "pobj"],
    ...           tags=["NNPS", ",", "VBN", "IN", "NNP", "CC", "VBN", "IN", "NNP"],
    ...           pos=["PROPN", "PUNCT", "VERB", "ADP", "PROPN", "CCONJ", "VERB", "ADP", "PROPN"])
    >>> described_by_coordinated_participle(doc[6]).text
    'Houthis'
    >>> described_by_coordinated_participle(doc[2]) is None
    True
    """
    first = verb
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    if first is verb or first.dep_ != "acl" or first.tag_ not in {"VBN", "VBG"}:
        return None
    return first.head if first.head.pos_ in {"NOUN", "PROPN"} else None


def shared_passive_subjects(verb: Token) -> list[Token]:
    """The subjects a participle shares with the passive, the participle after "is" or the participle clause it is
    coordinated with: "Hamas is backed by Iran and trained by Hezbollah", "X is armed and trained by Iran" (the
    parser reads "armed" as an adjective), "the militia, armed and funded by Iran", "Russia sent troops and was
    condemned by the EU", "X has been armed, trained and funded by Iran" (the second read as a clause of the first);
    "Led by X since 2004, the group seized the capital" (a participle clause before its subject); "The CTS, trained and
    equipped by the US, led raids" (a participle set off after a name the parser makes its subject); none for any other
    verb."""
    if _listed_participle(verb):
        return passive_subjects(verb.head)
    if _fronted_participle(verb) or _trailing_participle(verb):
        return [c for c in verb.head.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if _named_reduced_passive(verb) and has_child(verb, {"agent"}):  # "The CTS, trained by the US,"
        return [c for c in verb.children if c.dep_ == "nsubj"]
    if _participle_read_as_noun_conjunct(verb):  # "Y, the party founded in 1982 and led by X": the party, or the
        return [verb.head.head if verb.head.dep_ == "appos" else verb.head]  # name it is set beside
    if verb.dep_ != "conj" or verb.tag_ != "VBN" or has_child(verb, {"nsubj", "nsubjpass"}):
        return []
    first = verb.head
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    if _listed_participle(first):
        return passive_subjects(first.head)
    if _fronted(first) and has_child(verb, {"agent"}):  # "Armed and funded by Iran, the militia"
        return [c for c in first.head.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if has_child(verb, {"auxpass"}):
        return [c for c in first.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if is_passive(first):
        return passive_subjects(first)
    if _named_reduced_passive(first):
        return [c for c in first.children if c.dep_ == "nsubj"]
    if first.dep_ == "acomp" and first.head.lemma_ == "be":
        return [c for c in first.head.children if c.dep_ == "nsubj"]
    return [first.head] if first.dep_ == "acl" or _set_off_adjective(first) else []


def _participle_read_as_noun_conjunct(verb: Token) -> bool:
    """Whether a passive participle with a "by" phrase is coordinated with a participle clause of a noun, which the
    parser hangs on the noun itself or on the name the noun is set beside: "led" of "Hezbollah, the party and militia
    founded in 1982 and led by X" (the noun, or its name, is what was led, as "founded" tells of it)."""
    noun = verb.head
    described = [noun, *(c for c in noun.children if c.dep_ == "appos" and c.i < verb.i)]
    return (
        verb.dep_ == "conj"
        and verb.tag_ in {"VBN", "VBD"}  # the parser takes the participle for a past tense beside a noun
        and has_child(verb, {"agent"})
        and not has_child(verb, {"nsubj", "nsubjpass"})
        and noun.pos_ in {"NOUN", "PROPN"}
        and any(c.dep_ == "acl" and c.tag_ == "VBN" and c.i < verb.i for t in described for c in t.children)
    )


def _set_off_adjective(word: Token) -> bool:
    """Whether a participle the parser read as an adjective is set off by a comma after the noun it describes:
    "armed" of "The militia, armed and trained by Iran, fired" (a reduced passive clause of the noun)."""
    return word.dep_ == "amod" and word.i > word.head.i and word.doc[word.i - 1].text == ","


def _listed_participle(verb: Token) -> bool:
    """Whether a participle is the second of a list after a passive, which the parser hangs on the first as a clause:
    "trained" of "X has been armed, trained and funded by Iran"."""
    doc = verb.doc
    return (
        verb.dep_ == "advcl"
        and verb.tag_ == "VBN"
        and verb.head.i == verb.i - 2
        and doc[verb.i - 1].text == ","
        and is_passive(verb.head)
        and not has_child(verb, {"nsubj", "nsubjpass", "aux", "auxpass"})
    )


def _named_reduced_passive(verb: Token) -> bool:
    """Whether a participle set off by a comma right after a name is a reduced passive the parser read as that name's
    verb: "trained" of "The CTS, trained and equipped by the US, led raids" (no auxiliary, no object; the name, its
    subject, ends right before the comma)."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return (
        verb.tag_ == "VBN"
        and verb.i > 1
        and verb.doc[verb.i - 1].text == ","
        and len(subjects) == 1
        and subjects[0].right_edge.i in {verb.i - 2, verb.i - 1}  # the comma may hang on the name
        and subjects[0].pos_ == "PROPN"
        and not has_child(verb, {"aux", "auxpass", "dobj"})
    )


def participle_list(verb: Token) -> list[Token]:
    """The verbs coordinated with a verb, with a listed participle's whole list ("armed, trained and funded")."""
    top = verb
    while top.dep_ == "conj" and top.head.i != top.i:
        top = top.head
    if _listed_participle(top):
        top = top.head
    listed = [c for c in top.children if _listed_participle(c)]
    return [top, *top.conjuncts, *listed, *(c for t in listed for c in t.conjuncts)]


def agents_of(verb: Token, shared: bool = True) -> list[Token]:
    """Objects of the ``by`` phrase of a passive verb or participle, shared by coordinated verbs
    ("funded and armed by Iran", "armed, trained and funded by Iran") unless ``shared`` is false (not Iran of
    "backed by Iran and allied with X"), never between two clauses with subjects of their own ("X was killed in a
    strike, and the group was recognised by Y")."""
    own = _has_subject(verb)
    coordinated = [c for c in participle_list(verb) if c != verb and not (own and _has_subject(c))]
    for v in [verb, *coordinated] if shared else [verb]:
        agents = [a for a in v.children if a.dep_ == "agent"]
        if not agents:
            continue
        agents += [c for c in v.children if c.dep_ == "conj" and c.lower_ == "by"]  # "by A, and then by B"
        agents += [c for a in agents for c in a.children if c.dep_ == "conj" and c.lower_ == "by"]
        return [p for a in agents for p in [c for c in a.children if c.dep_ == "pobj"] or interposed_object(a)]
    return []


def interposed_object(prep: Token) -> list[Token]:
    """The object of a preposition left without one because an adverb phrase set off by commas stands between them,
    which the parser hangs elsewhere: X of "owned, controlled, or directed by, directly or indirectly, X" (the
    head of the first noun phrase after the adverbs), none when anything else comes first.

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("The firm is designated for being owned by, directly or indirectly, John Bako.")
    >>> interposed_object(doc[7])
    [Bako]
    """
    doc, i = prep.doc, prep.i + 1
    if i >= len(doc) or doc[i].text != "," or any(c.dep_ == "pobj" for c in prep.children):
        return []
    while i < len(doc) and (doc[i].pos_ in {"PUNCT", "ADV", "CCONJ"} or doc[i].tag_ == "RB"):
        i += 1
    if i >= len(doc) or doc[i - 1].text != ",":
        return []
    while i < len(doc) and doc[i].pos_ == "DET":
        i += 1
    if i >= len(doc) or doc[i].pos_ not in {"PROPN", "NOUN"}:
        return []
    head = doc[i]
    while head.head.i > head.i and head.head.pos_ in {"PROPN", "NOUN"} and head.dep_ in {"compound", "amod"}:
        head = head.head
    return [head]


def _fronted_participle(verb: Token) -> bool:
    """Whether a verb is a participle with a "by" phrase that opens a clause before its subject: "Led by X, the
    group seized the capital", "Backed by Iran, the militia grew"."""
    return verb.tag_ == "VBN" and _fronted(verb) and has_child(verb, {"agent"})


ACTOR_ENTITY_TYPES = frozenset({"Country", "Organization", "Person", "ORG", "PERSON", "NORP", "GPE"})  # may be led


def _trailing_participle(verb: Token) -> bool:
    """Whether a verb is a participle with a "by" phrase set off by a comma after a clause whose verb takes no object,
    and so said of that clause's subject: "The council met in Goma on Monday, chaired by X", "The front emerged in
    2012, led by X" (not "The army shelled the camp, run by X", where the camp may be what is run, nor "troops arrived
    in Burkina Faso, ruled by X", where an actor named right before the comma may be)."""
    head = verb.head
    return (
        verb.tag_ == "VBN"
        and verb.dep_ == "advcl"
        and verb.i > head.i
        and verb.doc[verb.i - 1].text == ","
        and verb.doc[verb.i - 2].ent_type_ not in ACTOR_ENTITY_TYPES
        and not _has_subject(verb)
        and has_child(verb, {"agent"})
        and not has_child(head, {"dobj", "dative", "attr", "oprd", "ccomp", "xcomp"})
    )


def _fronted(verb: Token) -> bool:
    """Whether a verb opens a clause of its own, with no subject, before the verb it depends on."""
    return verb.dep_ == "advcl" and verb.i < verb.head.i and not _has_subject(verb)


def _has_subject(verb: Token) -> bool:
    """Whether a verb has a subject of its own."""
    return has_child(verb, {"nsubj", "nsubjpass"})


def prep_objects(token: Token, preps: Iterable[str]) -> list[Token]:
    """Objects of the named prepositions attached to the token, and of the prepositions coordinated with them ("in
    Niger and in Mali"), however the parse hangs the second ("based in A, and in B": on the token itself). A token's
    prepositions and their objects are read once (rules ask of the same token with other prepositions), a new list
    at each call."""
    found = read_once(token, _prep_objects)
    if not found:
        return []
    wanted = preps if isinstance(preps, (set, frozenset)) else set(preps)
    doc = token.doc
    return [doc[p] for word, objects in found if word in wanted for p in objects]


def _prep_objects(token: Token) -> list[tuple[str, list[int]]]:
    """Each preposition attached to the token (lowercase) with the positions of its objects, in the parse's order."""
    doc = token.doc
    tree, lower = tree_of(doc), token_strings(doc, LOWER)  # walked by position, not by Token
    children, dep, pos = tree.children, tree.dep, tree.pos
    attached = [c for c in children[token.i] if dep[c] in {"prep", "dative"}]
    attached += [x for c in attached for x in children[c] if dep[x] == "conj" and pos[x] == "ADP"]
    attached += [c for c in children[token.i] if dep[c] == "conj" and pos[c] == "ADP"] if attached else []
    objects = {c: [p for p in children[c] if dep[p] in {"pobj", "pcomp"}] for c in attached}
    for c in attached:  # "in and around Aden": the prepositions share the object the last one takes
        if not objects[c]:
            objects[c] = [p for x in children[c] if dep[x] == "conj" and pos[x] == "ADP" for p in objects.get(x, [])]
    return [(lower[c], objects[c]) for c in attached]


def prep_chain(token: Token, preps: Iterable[str], depth: int = 3) -> list[Token]:
    """Objects of prepositional phrases hanging from the token or from each other
    ("Secretary FOR Near Eastern Affairs AT the State Department")."""
    found = prep_objects(token, preps)
    if depth > 1:
        for obj in list(found):
            found += prep_chain(obj, preps, depth - 1)
    return found


def clause_chain(token: Token) -> list[Token]:
    """The token and its heads up to the sentence root."""
    doc, head, chain = token.doc, tree_of(token.doc).head, [token.i]  # walked by position, not by Token
    while head[chain[-1]] != chain[-1] and len(chain) < 12:
        chain.append(head[chain[-1]])
    return [token, *(doc[i] for i in chain[1:])]


def described_chain(token: Token) -> list[Token]:
    """The token and its heads up to the sentence root or up to a description of a name, whichever comes first: an
    apposition ("X, a militia aligned with Iran, denied ..."), a relative clause ("X, which Iran funds, denied ...")
    or a participle after a noun ("X, backed by Iran, denied ..."), whose fact the verb above it does not govern; or
    up to a clause set off by a semicolon, which the parse may hang below the next ("X, Iran's envoy, was in Kabul;
    neither side commented": the envoy is not denied).

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("Kataib Hezbollah, which is funded by Iran, denied the attack.")
    >>> [t.text for t in described_chain(doc[5])]
    ['funded']
    """
    chain = [token]
    while chain[-1].head.i != chain[-1].i and len(chain) < 12 and not _describes(chain[-1]):
        if _across_semicolon(chain[-1]):
            break
        chain.append(chain[-1].head)
    return chain


def _across_semicolon(token: Token) -> bool:
    """Whether a token hangs on its head across a semicolon of the head's (two clauses, not one inside the other)."""
    heads, texts = tree_of(token.doc).head, token_strings(token.doc)  # read by position, not by Token
    head = heads[token.i]
    low, high = sorted((token.i, head))
    return any(texts[i] == ";" and heads[i] == head for i in range(low + 1, high))


def _describes(token: Token) -> bool:
    """Whether the token heads a description of the noun above it (see :func:`described_chain`), or is the noun
    that heads an active clause's subject: what the subject's phrase says of a name is taken as given, not told by
    the verb ("the faction of X has rejected the accord": the faction is still X's); a passive subject is what the
    verb tells of ("its role in the attack was denied")."""
    if token.dep_ == "nsubj" and token.pos_ in {"NOUN", "PROPN"}:
        return True
    if second_object(token):
        return False
    return token.dep_ in {"appos", "relcl"} or (token.dep_ == "acl" and token.tag_ in {"VBN", "JJ"})


def second_object(token: Token) -> bool:
    """Whether a noun the parse hangs as an apposition on a verb's object, with nothing between them, is the verb's
    second object ("did not name X its leader": the naming is denied), not a description set off beside a name.

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("The front did not name Adam Musa its leader.")
    >>> second_object(doc[8])
    True
    """
    return token.dep_ == "appos" and token.head.dep_ == "dobj" and token.left_edge.i - 1 == token.head.i


def certainty_of(cue: Token, cues: Cues, words: DocWords, inherent: str = "asserted") -> str:
    """``negated`` when the cue's clause is negated, ``alleged`` when it is claimed, believed or
    hedged, else ``inherent`` (some cues, such as "blamed", are allegations by nature); a description of a name is a
    clause of its own ("X, backed by Iran, denied the attack": the backing is not denied). ``words``: the
    document's."""
    if negative_determiner(cue, cues):
        return "negated"  # "Iran had no involvement in the attack", "X played no role in it"
    chain = described_chain(cue)
    if open_fact(chain, cues):
        return "alleged"  # "it is unclear whether X attacked Y", "no evidence that X funds Y"
    verbs = [t for t in chain if t.pos_ in {"VERB", "AUX"}][:2] or chain[:1]
    prevention = _failed_prevention(cue)
    for verb in verbs:
        if verb.i != cue.i and (verb.lemma_.lower() in cues.reversing_verbs or verb == prevention):
            break  # "has not stopped funding X", "did not prevent X from attacking Y": the act goes on
        denied = any(_denies(c, cue, cues) for c in verb.children)
        denied = denied or _after_nor(verb) or _negative_subject(verb, cues)
        if verb.lemma_.lower() in cues.negation:  # "denied involvement in", "rejected claims of"
            if denied:
                break  # "did not deny arming X", "nobody denies that X funds Y": the denial is denied
            return "negated"
        if denied or is_refused(verb):
            return "negated"  # "did not name X", "refused to name X as its leader", "has yet to name X"
        if _own_clause(verb):
            break  # "No group claimed it, but officials suspected X": the first clause's denial is not the second's
    if any(t.lemma_.lower() in cues.alleged and not claims_own_deed(t, cues.event_nouns) for t in chain):
        return "alleged"  # "Reuters claimed X was behind it"; not "X claimed the attack", the doer's own word
    if any(has_child(t, {"aux"}, cues.hedging_modals) for t in chain):
        return "alleged"
    if hearsay(cue, chain, cues):
        return "alleged"  # "reports that Israel struck X", "suspected PKK positions"
    hedges = words.with_lemma(cues.alleged, words.sentence(cue))
    if any(t.dep_ == "advmod" and t.pos_ == "ADV" and not _other_clause(t.head, chain) for t in hedges):
        return "alleged"
    return inherent


def _other_clause(verb: Token, chain: list[Token]) -> bool:
    """Whether a hedge's verb heads a coordinated clause of its own, off the cue's chain: "X receives arms from Y,
    and Z has reportedly sent advisers" hedges Z's advisers, not Y's arms.

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("Iran arms the group, and Russia has reportedly sent advisers.")
    >>> _other_clause(doc[9], described_chain(doc[1])), _other_clause(doc[1], described_chain(doc[1]))
    (True, False)
    """
    own_subject = has_child(verb, {"nsubj", "nsubjpass"})
    return verb.dep_ == "conj" and own_subject and verb not in chain


def _denies(child: Token, cue: Token, cues: Cues) -> bool:
    """Whether a verb's child denies the verb of a cue: a negation ("did not fund", "never before attacked X"), but
    not "not only ... but also", nor the negation of an adverb of lapse ("no longer funds X": it did before), nor a
    preposition of negation over something else ("attacked X without warning", "fought X without Y's consent"; "the
    attack ended without any group claiming it" denies the claim).

    >>> from loaders.cues import load_cues
    >>> from loaders.nlp import load_nlp
    >>> cues, doc = load_cues(), load_nlp()("Iran armed the militia without hesitation.")
    >>> [_denies(c, doc[1], cues) for c in doc[1].children if c.lower_ == "without"]
    [False]
    """
    if child.dep_ == "prep":
        return child.lower_ in cues.negation and cue in child.subtree
    if (
        child.dep_ == "advmod"
        and child.lower_ not in cues.lapsed_words
        and any(g.dep_ == "neg" for g in child.children)
    ):
        return True  # "had never before attacked X"
    return (child.dep_ == "neg" or child.lower_ in cues.negation) and not _not_only(child, cues)


def negative_determiner(cue: Token, cues: Cues) -> bool:
    """ "no involvement", "no role": a cue noun whose determiner is a negation's is denied, whoever has it."""
    return cue.pos_ == "NOUN" and has_child(cue, {"det"}, cues.negation)


def _negative_subject(verb: Token, cues: Cues) -> bool:
    """ "No one in Asmara denies ...", "no state funds X": a subject with a determiner of negation denies the verb."""
    tree, lower = tree_of(verb.doc), token_strings(verb.doc, LOWER)  # read by position, not by Token
    dep, children = tree.dep, tree.children
    return any(
        dep[c] in {"nsubj", "nsubjpass"} and any(dep[d] == "det" and lower[d] in cues.negation for d in children[c])
        for c in children[verb.i]
    )


def _own_clause(verb: Token) -> bool:
    """Whether a verb coordinated with another has a subject of its own: "No group claimed it, but police blamed X"
    (the second clause says what its own subject did)."""
    return verb.dep_ == "conj" and has_child(verb, {"nsubj", "nsubjpass"})


def _after_nor(verb: Token) -> bool:
    """ "neither confirmed nor denied": a verb coordinated after "nor" is itself denied (the "nor" hangs on the first
    verb)."""
    if verb.dep_ != "conj":
        return False
    tree, lower = tree_of(verb.doc), token_strings(verb.doc, LOWER)  # read by position, not by Token
    return any(tree.dep[c] == "cc" and lower[c] == "nor" and c < verb.i for c in tree.children[tree.head[verb.i]])


def _not_only(token: Token, cues: Cues) -> bool:
    """ "not only ... but also" adds; it denies nothing."""
    nxt = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return token.lower_ == "not" and nxt is not None and nxt.lower_ in cues.not_only_words


def source_of(cue: Token, index: MentionIndex, cues: Cues, words: DocWords) -> str:
    """Who says so: the subject of a reporting verb above the cue, or "according to X" (``words``: the
    document's)."""
    for t in words.with_lower(ACCORDING, words.sentence(cue)):
        for obj in prep_objects(t, ["to"]) or [c for c in t.subtree if c.dep_ == "pobj"]:
            return " ".join(w.text for w in obj.subtree)
    for t in clause_chain(cue)[1:]:
        if t.lemma_.lower() in cues.reporting:
            for subj in (c for c in t.children if c.dep_ == "nsubj" and c.pos_ != "PRON"):
                left, right = subj.left_edge.i, subj.right_edge.i
                if left <= cue.i <= right:
                    continue  # the cue is in the speaker's own description ("X of Reuters reported")
                named = index.at(subj)  # "Reuters claimed": the actor; "US officials said": the phrase
                if named:
                    return named.name
                start = left + 1 if subj.doc[left].dep_ == "det" else left
                return subj.doc[start : right + 1].text
    return ""


def passive_subjects(verb: Token) -> list[Token]:
    """The subjects of a passive verb, also where the parser marks one active or hangs it on the auxiliary ("X and
    Y were also sanctioned")."""
    found = [c for c in verb.children if c.dep_ == "nsubjpass"]
    heads = [verb, *(c for c in verb.children if c.dep_ in {"aux", "auxpass"})]
    return found or [c for h in heads for c in h.children if c.dep_ == "nsubj"]


def held_for(verb: Token) -> list[Token]:
    """The one a passive gerund after "for" is said of: X of "X is designated for being owned by Y" and of "OFAC
    designated X for being controlled by Y"; none for any other verb.

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("The firm is designated for being owned by the group.")
    >>> held_for(doc[6])
    [firm]
    """
    if verb.dep_ != "pcomp" or verb.head.lower_ != "for" or not is_passive(verb):
        return []
    head = verb.head.head
    return passive_subjects(head) if is_passive(head) else [c for c in head.children if c.dep_ == "dobj"]


def reported_subjects(verb: Token) -> list[Token]:
    """The subjects of a passive infinitive that a passive verb of saying reports: "X" of "X is widely reported to be
    led by Y", "X is believed (thought, said) to be funded by Iran"; and of a bare participle it reports, "X was
    reported killed in 2017".

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("The group is believed to be funded by Iran.")
    >>> reported_subjects(doc[6])
    [group]
    >>> doc = load_nlp()("The commander was reported killed in 2017.")
    >>> reported_subjects(doc[4])
    [commander]
    """
    head, cues = verb.head, load_cues()
    saying = cues.reporting | cues.hearsay_passives  # "X is thought to be funded by Iran"
    bare = verb.tag_ == "VBN" and is_passive(head) and not has_child(verb, {"nsubj", "dobj"})
    if verb.dep_ != "xcomp" or not (is_passive(verb) or bare) or head.lemma_.lower() not in saying:
        return []
    return [c for c in head.children if c.dep_ == "nsubjpass"]
