"""Designation notices: sanctions whose sentence names no sanctioner, and targets a notice counts before it names them.

"The Department has also designated four groups" (no actor sanctions: the sanctioner named before does), "the following
individuals have been added to its SDN List: A, B and C" (added to a sanctions list is sanctioned), "OFAC identified the
sanctioned individuals as A, B and C", "the State Department listed eight groups: A, B, C", "the list includes eight
individuals designated for targeted measures: A, B, C", "OFAC is designating the following companies:" or "OFAC is
concurrently designating:" (then "- A, a holding company;", a target a line), "the Treasury is also targeting A and B",
and a count the notice goes on to fill: "The State Department designated three leaders of ISIS-K. A is the group's emir.
B has been its spokesperson." (the people a notice describes next, one a sentence, up to the number it gave; "The groups
are X and Y" too). A government's listing release: "the Government of Canada has placed 13 groups on its list, including
four groups: A, B, C and D", "The Government has also listed three affiliates – A, B and C – as well as D" (a bare "the
Government" is the state last named "the Government of X"), then "Previously listed entities include E and F" (on that
one government's list too).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from loaders.backing_phrases import supplied_by_each
from loaders.doc_tree import has_child, span_root
from loaders.doc_words import span_text, text_of
from loaders.mentions import Mention, state_itself_words
from loaders.person_relatives import impersonal_relative_pronouns
from loaders.sanction_phrases import sanction_phrases
from loaders.sanctions import (
    SANCTIONED_BY,
    SANCTIONERS,
    TARGETS,
    actors_named,
    described_as_sanctioned,
    in_the_past,
    reported_by,
    same_as,
    sanction_lemmas,
    sanctioned_companions,
    sanctioned_targets,
)
from loaders.syntax import agents_of, conjuncts, is_passive, passive_subjects, prep_objects, subjects_of

if TYPE_CHECKING:
    from loaders.extract import DocReader

NOTICE_SENTENCES = 12  # how many sentences after a count are read for the targets it counted
COLON_REACH = 8  # how far after a counted noun its colon may come: "eight individuals designated for X: A, B"


@dataclass
class Counted:
    """Targets a notice counted ("three leaders") and has still to name, and who sanctioned them."""

    sanctioners: list[Mention]
    left: int
    sentences: int  # sentences still read for them
    known: set[str]  # actors named before the count: a description of one of them names no new target
    colon: bool = False  # whether the counting sentence ends at a colon, its list the parser's next sentence


class DesignationNotice:
    """Reads a document's sentences in order (after :func:`loaders.sanctions.carry_sanctioner` found the latest
    sanctioner before each) for the sanctions a notice states without naming its sanctioner or its targets."""

    def __init__(self, reader: DocReader) -> None:
        self.reader = reader
        self.lemmas = sanction_lemmas(reader.cues.verbs)
        cues = reader.cues
        self.listing = sanction_phrases().listing_verbs  # "X was also listed", "A and B were added later"
        self.verbs = self.lemmas | cues.listing_verbs | cues.naming_verbs | reader.hostility.cues.civil_targeting_verbs
        self.verbs = frozenset(self.verbs | self.listing)  # a fixed set: the page's words look for it once
        self.counted: Counted | None = None
        self.listers: dict[str, Mention] = {}  # who the notice's own counted lists were listed by

    def read(self, sent: Span, latest: list[Mention]) -> None:
        """The sentence's unnamed sanctioners, lists added to a sanctions list, and the targets it describes."""
        if self.counted is not None:
            self._described(sent)
        self._listed_before(sent)
        for verb in self.reader.words.with_lemma(self.verbs, sent):  # the lemmas read below
            lemma = verb.lemma_.lower()
            if verb.pos_ not in {"VERB", "AUX"}:
                continue
            if lemma in self.lemmas or self._added_to_list(verb):
                self._sanction(verb, latest)
                continue
            if lemma in self.listing and latest:
                self._listed_unnamed(verb, latest)
            if lemma in self.reader.cues.naming_verbs:
                self._identified(verb, latest)
                self._listed_after_colon(verb, latest)
            elif lemma in self.reader.hostility.cues.civil_targeting_verbs and not is_passive(verb):
                self._targeted(verb, latest)

    def _sanction(self, verb: Token, latest: list[Mention]) -> None:
        reader = self.reader
        passive = is_passive(verb)
        acting = agents_of(verb) + self._listed_by(verb) if passive else subjects_of(verb)
        named = _of(acting, reader, SANCTIONERS) or self._government_meant(acting)
        sanctioners = named or same_as(reported_by(verb, reader), latest)
        objects = passive_subjects(verb) if passive else [c for c in verb.children if c.dep_ == "dobj"]
        if verb.lemma_.lower() not in self.lemmas:  # "added Hezbollah financier X to the SDN list": the name beside
            objects += [c for o in objects if reader.index.at(o) is None for c in o.children if c.dep_ == "appos"]
        targets = sanctioned_targets(reader, verb, _of(objects, reader, TARGETS))
        if verb.lemma_.lower() not in self.lemmas:  # "have been added to its SDN List"
            if named and not targets:  # "Canada placed 13 groups on its list, including four groups: A, B, C and D"
                targets = sanctioned_targets(reader, verb, self._counted_lists(verb))
            self.listers.update((m.key, m) for m in named if targets)  # "Canada placed ... on its list"
            reader.emit_all(targets, SANCTIONED_BY, sanctioners, verb, "sanction-added", 0.7)
        elif not named and not passive:  # "The Department has also designated": the verb rule found no sanctioner
            reader.emit_all(targets, SANCTIONED_BY, sanctioners, verb, "sanction-unnamed", 0.7)
        elif (
            not targets
            and (described := _described_by_clause(verb)) is not None
            and not _person_as_which(objects, described, reader)
        ):
            targets = sanctioned_targets(reader, verb, _of([described], reader, TARGETS))
            reader.emit_all(targets, SANCTIONED_BY, sanctioners, verb, "sanction-relative", 0.7)
        following = any(
            c.lower_ in reader.cues.following_words for o in objects for c in o.children if c.dep_ == "amod"
        )
        if following or (not objects and _colon_after(verb)):  # "OFAC is concurrently designating:" then a name a line
            bulleted = bulleted_after(verb, reader, following=following)  # "designating the following companies:"
            reader.emit_all(bulleted, SANCTIONED_BY, sanctioners, verb, "sanction-bulleted", 0.7)
            _each_supplies(reader, verb, objects, bulleted)
        if named and objects and not passive and verb.lemma_.lower() in self.lemmas:  # "designated A; B, the
            items = sanctioned_targets(reader, verb, _semicolon_items(verb, reader))  # president of M23; and C, ..."
            reader.emit_all(items, SANCTIONED_BY, named, verb, "sanction-semicolon-list", 0.7)
        if verb.dep_ == "acl" and verb.tag_ == "VBN":  # "eight individuals designated for targeted measures: A, B"
            named_by = _of(agents_of(verb), reader, SANCTIONERS) or latest
            reader.emit_all(_colon_list(verb.head, reader), SANCTIONED_BY, named_by, verb, "sanction-colon-list", 0.7)
        counts = [
            numeral_value(c, reader) for o in objects for h in conjuncts(o) for c in h.children if c.dep_ == "nummod"
        ]
        if sum(counts) > len(targets) and sanctioners:  # "designated three leaders of ISIS-K": named in what follows
            start = verb.sent.start  # read once: ``token.sent`` walks the parse at each reading
            known = {m.key for m in reader.index.mentions if m.start < start} | {m.key for m in targets}
            left = sum(counts) - len(targets)
            self.counted = Counted(sanctioners, left, NOTICE_SENTENCES, known, _ends_at_colon(verb.sent))

    def _added_to_list(self, verb: Token) -> bool:
        """ "were added to the SDN List", "put X on its sanctions list", "is adding X as a designated FTO"."""
        cues = self.reader.cues
        if verb.lemma_.lower() not in cues.listing_verbs:
            return False
        if any(_names_a_list(t, cues.sanction_list_nouns) for t in prep_objects(verb, cues.listing_preps)):
            return True  # "added to the Specially Designated Nationals and Blocked Persons List (SDN List) X and Y"
        held = [t for o in verb.children if o.dep_ == "dobj" for t in prep_objects(o, cues.listing_preps)]
        if any(t.lemma_.lower() in cues.sanction_list_nouns for t in held):  # "Canada placed 13 groups on its list"
            return bool(_of(subjects_of(verb), self.reader, SANCTIONERS))
        described = [c for t in prep_objects(verb, {"as"}) for c in t.children if c.dep_ in {"amod", "compound"}]
        return any(_participle_of(c, self.lemmas) for c in described)  # "adding X as a designated FTO"

    def _listed_unnamed(self, verb: Token, latest: list[Mention]) -> None:
        """ "Tarso Holdings, a company based in Limassol, was also listed, together with Kessel Trading", "A, B and C
        were added later": a passive verb of listing or adding with no agent, heading its clause, and no phrase of
        what the name was listed as or on, lists the name as the sanctioner named before (or the one reporting it)
        does."""
        reader = self.reader
        if not is_passive(verb) or verb.dep_ not in {"ROOT", "conj"} or agents_of(verb) or self._listed_by(verb):
            return
        unlisting = sanction_phrases().unlisting_preps
        if any(p.dep_ == "prep" and p.lower_ in unlisting and not _dated(p) for p in verb.children):
            return  # "listed on the stock exchange", "added to the board"
        named = _of(passive_subjects(verb), reader, TARGETS) + sanctioned_companions(reader, verb)
        targets = sanctioned_targets(reader, verb, named)
        sanctioners = same_as(reported_by(verb, reader), latest)
        reader.emit_all(targets, SANCTIONED_BY, sanctioners, verb, "sanction-listed-carried", 0.7)

    def _listed_by(self, verb: Token) -> list[Token]:
        """ "was added to the SDN list by the Treasury": the "by" the parser may hang on the list, or on the verb as a
        plain preposition rather than its agent."""
        cues = self.reader.cues
        lists = [t for t in prep_objects(verb, cues.listing_preps) if t.lemma_.lower() in cues.sanction_list_nouns]
        return [p for t in [verb, *lists] for p in prep_objects(t, {"by"})]

    def _identified(self, verb: Token, latest: list[Mention]) -> None:
        """ "OFAC identified the sanctioned individuals as A, B and C"."""
        reader, words = self.reader, self.lemmas | self.reader.cues.sanction_participles
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        if not any(c.dep_ in {"amod", "acl"} and _participle_of(c, words) for o in objects for c in o.children):
            return
        sanctioners = _of(subjects_of(verb), reader, SANCTIONERS) or latest
        named_as = prep_objects(verb, {"as"}) + [p for o in objects for p in prep_objects(o, {"as"})]
        targets = _of(named_as, reader, TARGETS)
        reader.emit_all(targets, SANCTIONED_BY, sanctioners, verb, "sanction-identified", 0.7)

    def _listed_after_colon(self, verb: Token, latest: list[Mention]) -> None:
        """ "The State Department listed eight groups: A, B and C", "The Council listed three companies that work for
        X:" then a company a line: a government or international body (or the notice's sanctioner) that lists a
        number of groups or people it then names after a colon, or on the lines after it, sanctions each of them; one
        whose verb opens the list ("The Council also listed:") lists every line of it."""
        reader = self.reader
        subjects = subjects_of(verb)
        agents = _of(subjects, reader, SANCTIONERS)
        latest_keys = {m.key for m in latest}
        governments = any(s.lemma_.lower() in state_itself_words() for s in subjects)  # "the Government of Canada"
        listers = [m for m in agents if m.kind in reader.cues.lister_kinds or m.key in latest_keys]
        listers = listers or (agents if governments else []) or self._government_meant(subjects)
        if listers:
            objects = [o for o in verb.children if o.dep_ == "dobj"]
            targets = self._counted_lists(verb)
            self.listers.update((m.key, m) for m in listers if targets)
            if targets:  # "... – and five others – D and E – as well as F": a name coordinated after the lists
                added = _of([c for o in objects for c in conjuncts(o)], reader, TARGETS)
                targets += [m for m in added if m.start > max(t.start for t in targets)]
            count = sum(numeral_value(c, reader) for o in objects for c in o.children if c.dep_ == "nummod")
            bulleted = [] if targets else bulleted_after(verb, reader)
            bulleted = bulleted if _colon_after(verb) else bulleted[:count]  # "The Council also listed:" lists all
            reader.emit_all(targets or bulleted, SANCTIONED_BY, listers, verb, "sanction-colon-list", 0.7)
            _each_supplies(reader, verb, objects, bulleted)
            if count and not (targets or bulleted):  # "listed six individuals at the same time. They were:"
                start = verb.sent.start  # read once: ``token.sent`` walks the parse at each reading
                known = {m.key for m in reader.index.mentions if m.start < start}
                self.counted = Counted(listers, count, NOTICE_SENTENCES, known, _ends_at_colon(verb.sent))

    def _listed_before(self, sent: Span) -> None:
        """ "Previously listed entities include A, B and C": on a notice whose counted lists one government listed, the
        names it says were listed before are on that government's list too."""
        reader = self.reader
        if len(self.listers) != 1:
            return
        words = self.lemmas | reader.cues.sanction_participles
        for verb in reader.words.with_lemma(reader.cues.sanction_list_verbs, sent):
            subjects = [c for c in verb.children if c.dep_ == "nsubj" and described_as_sanctioned(c, words)]
            if any(in_the_past(c, reader) for t in subjects for c in t.children):
                listed = [x for c in verb.children if c.dep_ in {"attr", "dobj"} for x in conjuncts(c)]
                named = [reader.index.at(t) for t in listed]  # each name of the list, not the list's last
                targets = list({m.key: m for m in named if m is not None and m.label in TARGETS}.values())
                listers = list(self.listers.values())
                reader.emit_all(targets, SANCTIONED_BY, listers, verb, "sanction-listed-before", 0.7)

    def _counted_lists(self, verb: Token) -> list[Mention]:
        """The people and groups each counted noun the verb's clause holds goes on to list after a colon or a dash:
        "placed 13 groups on its list, including four neo-Nazi groups: A, B, C and D", "listed two affiliates – A and
        B – and three others – C, D and E" (:func:`_colon_list`)."""
        counted = [t for t in verb.subtree if t.i > verb.i and t.tag_ == "NNS" and self.reader.index.at(t) is None]
        found = [m for t in counted for m in _colon_list(t, self.reader)]
        return list({m.key: m for m in found}.values())

    def _government_meant(self, subjects: list[Token]) -> list[Mention]:
        """The state a bare "the Government" stands for: the one the document last named as "the Government of X"
        (or "the X Government") before it."""
        reader, words = self.reader, state_itself_words()
        if not any(s.lemma_.lower() in words and reader.index.at(s) is None for s in subjects):
            return []
        first = min(s.i for s in subjects)
        named = [
            m
            for m in reader.index.mentions
            if m.end <= first and m.label == "Country" and any(t.lower_ in words for t in reader.doc[m.start : m.end])
        ]
        return named[-1:]

    def _targeted(self, verb: Token, latest: list[Mention]) -> None:
        """ "The Treasury is also targeting A and B", "Washington also targeted X" (after the United States
        sanctioned others): a government body, or the sanctioner of the notice, targets by sanctions."""
        reader = self.reader
        agents = _of(subjects_of(verb), reader, SANCTIONERS)
        latest_keys = {m.key for m in latest}
        sanctioners = [m for m in agents if m.kind in reader.hostility.cues.civil_kinds or m.key in latest_keys]
        armed = reader.hostility.cues.armed_name_words  # "the defence ministry targets X": by force
        sanctioners = [m for m in sanctioners if not {w.lower() for w in m.name.split()} & armed]
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        targets = sanctioned_targets(reader, verb, _of(objects, reader, TARGETS))
        reader.emit_all(targets, SANCTIONED_BY, sanctioners, verb, "sanction-targeted", 0.7)

    def _described(self, sent: Span) -> None:
        """ "A is the group's emir", "B has been ISIS-K's spokesperson", "The groups are X and Y": a target the
        notice counted, described by a copula; "They were:" then a target a line."""
        counted, reader = self.counted, self.reader
        assert counted is not None
        counted.sentences -= 1
        root = sent.root
        if counted.colon and counted.sentences == NOTICE_SENTENCES - 1 and _names_only(sent, reader):
            named = [m for m in reader.index.mentions if sent.start <= m.start < sent.end and m.label in TARGETS]
            targets = [m for m in _distinct_new(named, counted.known) if not m.refers_back][: counted.left]
            reader.emit_all(targets, SANCTIONED_BY, counted.sanctioners, root, "sanction-colon-split", 0.7)
            counted.left = 0  # "sanctioned four settlers:" then "A, B, C and D." the parser split from it
        elif _opens_a_list(root, reader):  # "They were:" then a name a line
            targets = bulleted_after(root, reader)[: counted.left]
            reader.emit_all(targets, SANCTIONED_BY, counted.sanctioners, root, "sanction-counted", 0.7)
            counted.left = 0
        elif root.lemma_.lower() == "be" and has_child(root, {"attr"}):
            targets = []
            for subject in (c for c in root.children if c.dep_ == "nsubj"):
                own = reader.index.at(subject)
                if own is not None and own.label == "Person" and not own.refers_back and own.key not in counted.known:
                    targets.append(own)  # "A, also known as B, is the group's emir"
                elif own is None and subject.tag_ == "NNS" and any(c.lower_ == "the" for c in subject.children):
                    for verb in [root, *(c for c in root.children if c.dep_ == "conj" and c.lemma_ == "be")]:
                        attrs = [a for c in verb.children if c.dep_ == "attr" for a in conjuncts(c)]
                        targets += _of(attrs, reader, TARGETS)  # "The groups are X and Y, and the individuals are Z"
            targets = [m for m in targets if m.key not in counted.known]
            reader.emit_all(targets, SANCTIONED_BY, counted.sanctioners, root, "sanction-counted", 0.7)
            counted.known.update(m.key for m in targets)
            counted.left -= len({m.key for m in targets})
        if counted.left <= 0 or counted.sentences <= 0:
            self.counted = None


def _dated(prep: Token) -> bool:
    """Whether a preposition's object is a date or a time: "in March", "in 2021"."""
    return any(c.dep_ == "pobj" and c.ent_type_ in {"DATE", "TIME"} for c in prep.children)


def _ends_at_colon(sent: Span) -> bool:
    """Whether a sentence ends at a colon: "The UK sanctioned four settlers:" (the list after it the parser's next
    sentence)."""
    return span_text(sent).rstrip().endswith(":")


def _names_only(sent: Span, reader: DocReader) -> bool:
    """Whether a sentence is a bare list of names, its head a person's or a group's name and no verb of its own
    heading a clause on it: "A, B (also spelled C), D and E." (not "A is the group's emir.")."""
    named = reader.index.at(sent.root)
    return named is not None and named.label in TARGETS and sent.root.pos_ in {"PROPN", "NOUN"}


def _distinct_new(mentions: list[Mention], known: set[str]) -> list[Mention]:
    """The mentions' actors in order, each once, without those already known."""
    return [m for m in {m.key: m for m in mentions}.values() if m.key not in known]


def _opens_a_list(verb: Token, reader: DocReader) -> bool:
    """ "They were:", "These are:": a copula whose pronoun subject stands for the names on the lines after its colon."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    pronouns = reader.cues.list_pronouns
    return verb.lemma_ == "be" and _colon_after(verb) and any(s.lower_ in pronouns for s in subjects)


def _names_a_list(token: Token, list_nouns: frozenset[str]) -> bool:
    """Whether a noun, or a noun coordinated with it or set beside it, is one of the list nouns: "the SDN list", "the
    Specially Designated Nationals and Blocked Persons List (SDN List)" (the parser's head "Nationals")."""
    return any(
        t.lemma_.lower() in list_nouns for t in [*conjuncts(token), *(c for c in token.children if c.dep_ == "appos")]
    )


def _semicolon_items(verb: Token, reader: DocReader) -> list[Mention]:
    """The people and groups that open the items after each semicolon of a sanction verb's sentence, after its verb:
    "OFAC designated the AFC; A, the president of M23; B, an armed group in South Kivu; and C, its deputy leader" (A,
    B and C; not the subject of a clause of its own, nor a name inside one: "...; the UK has proscribed X")."""
    cues, doc, sent = reader.cues, reader.doc, verb.sent
    skipped = cues.member_list_joiners | cues.member_list_fillers
    found: list[Mention] = []
    for semicolon in (t.i for t in sent if t.i > verb.i and t.text == ";"):
        start = next((i for i in range(semicolon + 1, sent.end) if doc[i].lower_ not in skipped), sent.end)
        named = reader.index.at(doc[start]) if start < sent.end else None
        if named is None or named.start != start or named.label not in TARGETS:
            continue
        if not _in_subject(span_root(doc, named.start, named.end), start):
            found.append(named)
    return found


def _in_subject(token: Token, start: int) -> bool:
    """Whether a name is the subject of a clause that opens at ``start``, or inside it: "the UN Security Council's
    committee lists the group" (the words the parser hangs it on before ``start``, across the semicolon, are not its
    clause's).

    >>> from spacy.lang.en import English
    >>> from spacy.tokens import Doc
    >>> words = ["Council", "'s", "committee", "lists", "it"]
    >>> doc = Doc(English().vocab, words, heads=[2, 0, 3, 3, 3], deps=["poss", "case", "nsubj", "ROOT", "dobj"])
    >>> _in_subject(doc[0], 0), _in_subject(doc[4], 0), _in_subject(doc[2], 3)
    (True, False, False)
    """
    if token.i < start:
        return False
    while (
        token.dep_ in {"poss", "compound", "nmod", "appos", "amod", "pobj", "prep"} and start <= token.head.i != token.i
    ):
        token = token.head
    return token.dep_ in {"nsubj", "nsubjpass"}


def _colon_after(verb: Token) -> bool:
    """Whether a colon comes right after the verb ("They were:", "The Council also listed:")."""
    return verb.i + 1 < len(verb.doc) and verb.doc[verb.i + 1].text == ":"


def _each_supplies(reader: DocReader, verb: Token, objects: list[Token], items: list[Mention]) -> None:
    """ "designating the following companies, each of which has been used to generate revenue for Hamas:" then a
    company a line: each company listed backs the one the words after the list's noun say it supplies."""
    if not items or not objects:
        return
    described = [t for t in verb.sent if t.i > min(o.i for o in objects)]
    reader.emit_all(items, "FUNDS", supplied_by_each(reader, described), verb, "bulleted-supply", 0.65)


def _colon_list(noun: Token, reader: DocReader) -> list[Mention]:
    """The people and groups a counted noun's colon (or dash) goes on to name, up to its count: "eight groups in all: A,
    B and C", "three affiliates – A, B and C –" (none where no colon or dash follows the noun's phrase within a few
    words, or no count is given; a dash's list ends at the next dash)."""
    count = _counted(noun, reader)
    sent, openers = noun.sent, reader.cues.list_openers
    opener = next((t for t in sent if noun.i < t.i <= noun.i + COLON_REACH and _sets_off(t, openers)), None)
    if not count or opener is None:
        return []
    dash = opener.text != ":"  # "– A and B –": the list ends at the next dash
    closer = next((t.i for t in sent if dash and t.i > opener.i and _sets_off(t, {opener.text})), sent.end)
    named = [m for m in reader.index.mentions if opener.i < m.start < closer and m.label in TARGETS]
    return named[:count]


def _counted(noun: Token, reader: DocReader) -> int:
    """The number a counted noun states: its numeral, or the numeral that opens its phrase when the parser hangs it
    elsewhere ("three Al Qaida affiliates", the names between it and the noun).

    >>> from loaders.nlp import load_nlp
    >>> from types import SimpleNamespace
    >>> doc = load_nlp()("It listed three new groups.")
    >>> _counted(doc[4], SimpleNamespace(cues=SimpleNamespace(number_words=("one", "two", "three"))))
    3
    """
    count = sum(numeral_value(c, reader) for c in noun.children if c.dep_ == "nummod")
    before = noun.i - 1
    while not count and before >= noun.sent.start and noun.doc[before].pos_ in {"PROPN", "ADJ", "NOUN", "NUM"}:
        count = numeral_value(noun.doc[before], reader) if noun.doc[before].pos_ == "NUM" else 0
        before -= 1
    return count


def _sets_off(token: Token, marks: frozenset[str] | set[str]) -> bool:
    """Whether the token is one of the marks standing apart: a colon, or a dash with a space on each side (not the
    hyphen of "Al-Islam").

    >>> from spacy.lang.en import English
    >>> doc = English()("three groups - Al-Islam and B - were listed")
    >>> [t.i for t in doc if _sets_off(t, {":", "-"})]
    [2, 8]
    """
    before = token.doc[token.i - 1] if token.i > 0 else None
    return token.text in marks and (token.text == ":" or (before is not None and bool(before.whitespace_)))


def bulleted_after(
    verb: Token, reader: DocReader, labels: frozenset[str] = TARGETS, following: bool = False
) -> list[Mention]:
    """The people and groups (or the actors of ``labels``) that open the lines of the list after the colon that ends a
    verb's line ("... the following companies:" then "- X, a holding company;"): the lines that follow it, up to a
    paragraph after a blank line that is no bullet (a page's reader may have taken the bullets off). A notice of "the
    following" with no colon ("The following persons have been designated." then "1. X ...") lists the lines after its
    paragraph that open with a name, after a bullet or a number or none, up to the first that does not."""
    text = text_of(reader.doc)
    colon = text.find(":", verb.idx, verb.sent.end_char + 1)
    line_end = text.find("\n", colon) if colon >= 0 else -1
    named_lines = False  # whether every line of the list must open with a name
    if line_end < 0 or text[colon + 1 : line_end].strip():
        sent_end = verb.sent.start_char + len(span_text(verb.sent).rstrip())  # not the blank lines a sentence holds
        line_end = text.find("\n", sent_end) if following else -1
        if line_end < 0:
            return []
        named_lines = True
    starts = {reader.doc[m.start].idx: m for m in reader.index.mentions if m.label in labels}
    found: list[Mention] = []
    start = line_end + 1
    after_blank = headed = False
    for line in text[start:].split("\n"):
        opening = line.lstrip()
        first = [starts[c] for c in sorted(starts) if start <= c < start + len(line)]
        if found and not first and _part_heading(opening, reader.cues.part_heading_words):
            named_lines = headed = True  # "Entities": the list goes on, a name opening each line of its next part
        elif opening:
            if named_lines and not (first and _opens_with(line, reader.doc[first[0].start].idx - start)):
                break  # the paragraph after the notice's own, or after its list
            if after_blank and found and not headed and not opening.startswith(reader.cues.bullet_marks):
                break  # a paragraph after the list
            headed = False
        after_blank = not opening
        found += first[:1]
        start += len(line) + 1
    return found


def _part_heading(line: str, words: frozenset[str]) -> bool:
    """Whether a line is the heading of a part of a list of targets: its words ("Entities", "**Entity designated:**")
    all words of a part's heading.

    >>> words = frozenset({"entities", "entity", "designated"})
    >>> [_part_heading(line, words) for line in ["Entities", "**Entity designated:**", "Background", ""]]
    [True, True, False, False]
    """
    named = line.strip(" *_:#").lower().split()
    return bool(named) and all(w in words for w in named)


def _opens_with(line: str, at: int) -> bool:
    """Whether what stands at ``at`` in a line opens it: nothing before it but spaces, a bullet, a number with its
    full stop or emphasis marks.

    >>> [_opens_with(line, line.find("X")) for line in ["X, a company", "- X (a.k.a. Y)", "2. **X**", "The X list"]]
    [True, True, True, False]
    """
    return not line[:at].strip(" \t-*•#.0123456789")


def _person_as_which(objects: list[Token], described: Token, reader: DocReader) -> bool:
    """Whether the clause's object is "which" and the noun the parser hangs the clause on is a person's name ("the
    group led by the lawyer X, which India banned"): a thing's pronoun does not stand for X."""
    named = reader.index.at(described)
    person = named is not None and named.label == "Person"
    return person and any(o.lower_ in impersonal_relative_pronouns() for o in objects)


def _described_by_clause(verb: Token) -> Token | None:
    """The noun a relative clause describes when the clause names no target: "a militant group the United States
    has designated a terrorist organization", "the group, which is based in X and was designated by Y"."""
    clause = verb.head if verb.dep_ == "conj" and verb.head.dep_ == "relcl" else verb
    return clause.head if clause.dep_ == "relcl" and clause.head.i != clause.i else None


def _participle_of(token: Token, lemmas: set[str]) -> bool:
    """ "the sanctioned individuals", "those designated": a participle of one of the verbs (the parser may leave
    an adjective's lemma as written)."""
    word = token.lower_
    return bool({token.lemma_.lower(), word, word[:-1], word[:-2]} & lemmas)


def numeral_value(token: Token, reader: DocReader) -> int:
    """The number a numeral says: "3", "three" (0 for "dozens")."""
    text = token.lower_.replace(",", "")
    if text.isdecimal():  # not "²"
        return int(text)
    words = reader.cues.number_words
    return words.index(text) + 1 if text in words else 0


def _of(tokens: list[Token], reader: DocReader, labels: set[str]) -> list[Mention]:
    """The actors the tokens name, of these labels, each once (see ``sanctions.actors_named``)."""
    return list({m.key: m for m in actors_named(tokens, reader, labels)}.values())
