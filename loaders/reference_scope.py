"""Where a reference ("the group", "he", "its") may look for what it stands for: its own paragraph, or up to three
sentences before its own across a paragraph break; across a break only when a single actor fits there (two groups
named in the paragraph before make "the group" either of them); further back, the topic of the paragraphs before
(the actor named as subject in them, or in more than one of them when a rival is named as subject in one; of a
sentence's subjects, those in the fewest relative or adverbial clauses; a name that owns a subject the text does not
name, "the AAB's deadliest attack came", "a delegation from the DEM Party held talks", and a name a relative clause
tells of, "claimed by X, which is led by Y", count as subjects); never to an actor named only as what another is
compared with ("tactics similar to those of al-Shabaab", "Like Hezbollah, ..."); and never into a line that is no
part of the story (a byline, a caption, a "Read more" link: ``seeds/relations.yaml``,
``references``).

A paragraph ends at a blank line, or at any line break in a text that has no blank lines (a web page's blocks, one a
line).

>>> from spacy.lang.en import English
>>> doc = English()("By Jane Roe, Daily Wire\\n\\nKH fired rockets. It was hit.\\n\\nThe group fled.")
>>> scope = ReferenceScope(doc)
>>> scope.aside(0), scope.aside(doc[6].idx)
(True, False)
>>> [t.text for t in doc if scope.paragraph_start(t.idx) == t.idx]
['By', 'KH', 'The']
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from functools import cache, cached_property

from spacy.tokens import Doc, Span, Token

from graph.seeds import load_seed_yaml
from loaders.bylines import STAFF_BYLINE, byline
from loaders.cues import load_cues
from loaders.doc_tree import has_child, span_root, tree_of
from loaders.doc_words import text_of, words_of
from loaders.mentions import Mention
from loaders.publisher_mastheads import masthead_publisher

SUBJECTS = {"nsubj", "nsubjpass", "csubj"}  # the dependency labels of a clause's subject
SUBORDINATE = {"relcl", "advcl"}  # clauses whose subject yields to the main clause's: "which ...", "since ..."
SENTENCES_BACK = 3  # how many sentences before its own a reference may look across a paragraph break
HEADING = re.compile(r"[^\n.!]{1,80}[?\w]")  # a paragraph of one short line, no sentence's end but a question mark
SUBJECT_REACH = 200  # how many words before its sentence a subject may be and still come first
COMPARISON_REACH = 4  # how far up the parse from a name its word of comparison may be: "similar to those of X"
VERB_TAGS = {"VERB", "AUX"}
OBJECTS = {"pobj", "dobj"}  # a heading's name that is an object is not what its section tells of
PERSON_ENTITIES = {"PERSON", "Person"}  # a person's name, as the NER or the gazetteer reads it
QUALIFYING = {"poss", "compound"}  # a name that qualifies a noun: "Hezbollah's leader", "a PKK commander"
OWNING_PREPS = {"of", "from"}  # the prepositions by which a name owns an unnamed subject: "a delegation from X"


@cache
def aside_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """A line that opens as an aside ("Photo:", "Read more", "Image caption,"), one that closes with a credit in
    brackets ("(AFP/Getty Images)"), and a caption whose credit follows a sentence ("... on Monday. Photo: AFP")."""
    data = load_seed_yaml("relations.yaml")["references"]
    openers = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(data["aside_openers"], key=len)[::-1])
    credits = "|".join(re.escape(w) for w in data["credit_words"])
    opener = re.compile(rf"^\s*(?:{openers})\s*(?:[:|,\u2013\u2014-]|$)", re.IGNORECASE)
    credit = re.compile(rf"\([^()\n]*\b(?:{credits})\b[^()\n]*\)\W*$", re.IGNORECASE)
    captions = "|".join(re.escape(w) for w in data["caption_credits"])
    caption = re.compile(rf"[.!?]\s+(?:{captions})\s*:", re.IGNORECASE)
    return opener, credit, caption


@cache
def link_pattern() -> re.Pattern[str]:
    """A line that opens as a link to another story ("Related:", "Read more -")."""
    data = load_seed_yaml("relations.yaml")["references"]
    openers = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(data["link_openers"], key=len)[::-1])
    return re.compile(rf"^\s*(?:{openers})\s*(?:[:|,\u2013\u2014-]|$)", re.IGNORECASE)


def is_aside_line(line: str) -> bool:
    """Whether a line is no part of the story: a byline, a report's masthead, a caption, a link to another story.

    >>> [is_aside_line(s) for s in ("READ MORE: Hezbollah names a commander", "Hezbollah fighters. (Reuters)")]
    [True, True]
    >>> is_aside_line("*Fighters on the deck of the ship on Monday. Photo: Houthi Media / Handout*")
    True
    >>> [is_aside_line(s) for s in ("Related talks began on Monday.", "The Popular Front (PFLP) said so.")]
    [False, False]
    """
    return (
        any(p.search(line) for p in (*aside_patterns(), byline(), STAFF_BYLINE)) or masthead_publisher(line) is not None
    )


class ReferenceScope:
    """The paragraphs and the aside lines of one document, by character offset."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self._heads: dict[tuple[int, int], tuple[Token, bool]] = {}  # see :meth:`head`
        self._looks: dict[tuple[int, int], tuple[bool, bool]] = {}  # see :meth:`looked_at`
        text = text_of(doc)
        gap = r"\n\s*\n" if re.search(r"\n\s*\n", text) else r"\n"
        self.paragraphs = [0] + [m.end() for m in re.finditer(gap, text)]
        self.asides: list[tuple[int, int]] = []
        start = 0
        for line in text.split("\n"):
            if line.strip() and is_aside_line(line):
                self.asides.append((start, start + len(line)))
            start += len(line) + 1

    def paragraph_start(self, char: int) -> int:
        """The offset at which the paragraph holding this offset begins."""
        return self.paragraphs[bisect_right(self.paragraphs, char) - 1]

    def aside(self, char: int) -> bool:
        """Whether this offset lies in an aside line (a byline, a caption, a "Read more" link)."""
        i = bisect_left(self.asides, (char + 1,)) - 1
        return i >= 0 and self.asides[i][0] <= char < self.asides[i][1]

    @cached_property
    def sentence_start(self) -> list[int]:
        """Where each token's sentence starts, by position (read once, when a reference first asks)."""
        return words_of(self.doc).sentence_start  # the sentences the rules read, not made again

    def sentences_back_start(self, token: Token, back: int) -> int:
        """The first token of the sentence ``back`` sentences before the token's own (or of the document's first):
        where a reference may look for what it stands for."""
        start = self.sentence_start[token.i]
        for _ in range(back):
            if start == 0:
                break
            start = self.sentence_start[start - 1]
        return start

    def reach(self, token: Token) -> int:
        """The first offset a reference may look back to: its paragraph's start, or the start of the sentence
        three before its own when that lies further back."""
        return min(self.paragraph_start(token.idx), self.doc[self.sentences_back_start(token, SENTENCES_BACK)].idx)

    def pool(
        self, token: Token, earlier: list[Mention], group: bool = False, carried: Mention | None = None
    ) -> list[Mention]:
        """Of the fitting mentions before a reference, those it may stand for, the likeliest last: the subjects
        (a name a relative clause tells of counts as one where no other fitting subject is in its sentence; of a
        sentence's subjects, only those in the fewest relative or adverbial clauses count, and for a thing reference
        none in such a clause when the main clause's subject is a person's name: "After X won, Y was detained") of its
        own paragraph; else the one actor its own paragraph names before it as the agent of a passive, its clause's
        subject in all but form ("founded by X, a preacher. After he was killed": X, not the president the
        paragraphs before are about); else the subjects it reaches across a paragraph break when they name one
        actor; else the topic of the words before its
        sentence (``SUBJECT_REACH``), however many paragraphs back (:meth:`topic`), unless a heading line naming one
        actor opens its section (:meth:`headed`); else the same as the first two for any mention, less those named
        only inside a description set beside another (:meth:`undescribed`). None in an aside line. For a ``group``
        noun, where its paragraph names no fitting subject, the organisation an earlier reference of the paragraph
        stands for (``carried``) comes next ("The movement's leader was killed by the army.
        Rather than collapsing, the group splintered": the movement, not the army); failing one, the one actor the
        paragraph names as a noun's qualifier or a sanction's aim comes before the subjects across a break ("X
        became Hezbollah's leader. Under his leadership the group grew": Hezbollah, not a body the paragraph before
        had as a subject)."""
        sentence_start = self.sentence_start
        reach, own = self.reach(token), self.paragraph_start(token.idx)
        near = sentence_start[token.i] - SUBJECT_REACH
        earlier = [m for m in earlier if self.looked_at(m)[0]]
        owner = token.dep_ == "poss"  # "Its leader" after "Britain proscribed X": X's, not Britain's
        before = token.sent.start
        subjects = [  # a possessive's subjects depend on the sentence (:func:`_topic`); any other's are read once
            m
            for m in earlier
            if m.start >= near and (_topic(self.head(m)[0], m.end <= before) if owner else self.looked_at(m)[1])
        ]
        depth = {m.start: _clause_depth(self.head(m)[0]) for m in subjects}
        least: dict[int, int] = {}
        for m in subjects:
            sent = sentence_start[m.start]
            least[sent] = min(least.get(sent, depth[m.start]), depth[m.start])
        thing = token.lower_ not in load_cues().person_pronouns  # "its", "the group": not a person named so
        for sent, fewest in least.items():
            main = self.doc[sent].sent
            if fewest and (unnamed_main_subject(main) or (thing and person_main_subject(main))):
                least[sent] = 0  # "he declared himself president after X left", "After X won, Y was detained": not X
        subjects = [  # "X, which Treasury designated in 2007, is ...", "X was squeezed by Y since Y returned": X
            m for m in subjects if depth[m.start] == least[sentence_start[m.start]]
        ]
        told = {sentence_start[m.start] for m in subjects}
        subjects += [  # "claimed by X, which is led by Y": X, where no other subject fits
            m
            for m in earlier
            if m.start >= near and sentence_start[m.start] not in told and _described(self.head(m)[0])
        ]
        subjects.sort(key=lambda m: m.start)
        reached = [m for m in subjects if m.start_char >= reach]
        if mine := [m for m in reached if m.start_char >= own]:
            return self.topic_among_rivals(mine, subjects, sentence_start[token.i])
        if not any(m.start_char >= own for m in earlier) and (headed := self.headed(own, earlier)):
            return headed  # "Who are IS-K?" then "The group was founded in 2015": IS-K
        if group and carried is not None and (same := [m for m in earlier if m.key == carried.key]):
            return same[-1:]
        agents = [m for m in earlier if m.start_char >= own and _agent(self.head(m)[0])] if subjects else []
        if len({m.key for m in agents}) == 1:
            return agents  # "founded by X, a preacher. After he was killed": X, before a subject paragraphs back
        named = self.qualifiers(earlier, own) if group and carried is None else []
        if len({m.key for m in named}) == 1:
            return named
        if len({m.key for m in reached}) == 1:
            return reached
        if subjects:
            return self.topic(subjects)
        earlier = [m for m in earlier if m.start_char >= reach]
        if mine := [m for m in earlier if m.start_char >= own]:
            return self.undescribed(mine)
        return earlier if len({m.key for m in earlier}) == 1 else []

    def undescribed(self, mentions: list[Mention]) -> list[Mention]:
        """Of the mentions, those not named only in what describes another of them (:func:`describes`): "leaders
        of Ansar, a splinter of the Kaduna Front. The group's emir" is Ansar's, the name the description is set
        beside; all of them when each is."""
        heads = [(m, self.head(m)[0]) for m in mentions]
        kept = [m for m, head in heads if not any(o.key != m.key and describes(other, head) for o, other in heads)]
        return kept or mentions

    def qualifiers(self, earlier: list[Mention], own: int) -> list[Mention]:
        """The mentions from offset ``own`` on that qualify a noun ("Hezbollah's secretary-general", "a PKK
        commander", "Amal MPs"), own a person's role ("the chief of Hamas"), or are what a verb of sanction is aimed
        at ("Britain proscribed X"): a paragraph that names its group only so tells of it all the same."""
        heads = ((m, self.head(m)[0]) for m in earlier if m.start_char >= own)
        return [m for m, head in heads if head.dep_ in QUALIFYING or role_owner(head) or sanctioned_object(head)]

    def just_named(self, token: Token, earlier: list[Mention]) -> Mention | None:
        """The one actor of the fitting mentions named in a reference's own sentence before it or in the sentence
        before, within its paragraph: "In Mali, where Wagner deployed in 2021, ... The Malian government denied that
        Wagner forces are present in the country" (Mali, not a state the paragraphs before are about); None when
        none or two are named there."""
        start = self.sentences_back_start(token, 1)
        own = self.paragraph_start(token.idx)
        near = [m for m in earlier if m.start >= start and m.start_char >= own and self.looked_at(m)[0]]
        return near[-1] if len({m.key for m in near}) == 1 else None

    def headed(self, own: int, earlier: list[Mention]) -> list[Mention]:
        """The mentions of the one actor the heading right before the paragraph starting at offset ``own`` names
        ("Who are IS-K?", "The Red Hand Brigade"): what its section tells of; none when it names none or two, or names
        one only as an object ("The war with the ELN", "Fighting Hamas")."""
        i = bisect_right(self.paragraphs, own - 1) - 1
        start = self.paragraphs[i] if i >= 0 and self.paragraphs[i] < own else own
        if start == own or not HEADING.fullmatch(text_of(self.doc)[start:own].strip()):
            return []
        named = [m for m in earlier if start <= m.start_char < own]
        if len({m.key for m in named}) != 1 or any(self.head(m)[0].dep_ in OBJECTS for m in named):
            return []  # "The war with the ELN" tells of a war, not of the ELN
        return named

    def sole_on_page(self, earlier: list[Mention]) -> list[Mention]:
        """Of the fitting mentions before a reference that :meth:`pool` found none among, those of the one actor the
        page names before it, however far back (not in an aside line, not only what something is compared with):
        "the RSF militia ... [paragraphs on the army] ... the militia, led by X" (the RSF, never named as a
        subject); none when the page named two."""
        kept = [m for m in earlier if self.looked_at(m)[0]]
        return kept if len({m.key for m in kept}) == 1 else []

    def topic_among_rivals(self, mine: list[Mention], subjects: list[Mention], own: int) -> list[Mention]:
        """Of its paragraph's subjects, the topic's (:meth:`topic`) when the last sentence that holds any, before
        the reference's own (which starts at token ``own``), has two actors as subjects and the topic of the words
        before is one of them: "In Lamu, the militants shelter in
        the forest; the army launched an operation there. In Wajir, it targets masts" (the militants, the group the
        page is about, not the army); else all of them."""
        last = self.sentence_start[mine[-1].start]
        rivals = {m.key for m in mine if self.sentence_start[m.start] == last}
        if len(rivals) < 2 or last == own:
            return mine
        topic = self.topic(subjects)
        return [m for m in mine if m.key == topic[0].key] if topic and topic[0].key in rivals else mine

    def head(self, mention: Mention) -> tuple[Token, bool]:
        """A mention's :func:`name_head`, and whether it stands only as what something is compared with
        (:func:`compared`): read once a name, however many references look back at it."""
        key = (mention.start, mention.end)
        if key not in self._heads:
            head = name_head(self.doc, mention)
            self._heads[key] = head, compared(head)
        return self._heads[key]

    def looked_at(self, mention: Mention) -> tuple[bool, bool]:
        """Whether a reference may stand for a mention at all (not in an aside line, not only what something is
        compared with), and whether it may as a subject (:func:`_subject`): read once a mention, however many
        references look back at it."""
        key = (mention.start, mention.end)
        found = self._looks.get(key)
        if found is None:
            head, only_compared = self.head(mention)
            kept = not self.aside(mention.start_char) and not only_compared
            found = self._looks[key] = kept, kept and _subject(head)
        return found

    def topic(self, subjects: list[Mention]) -> list[Mention]:
        """The subjects of the actor the paragraphs before a reference are about: the one actor named as a subject
        there; when others are too, the one named as a subject in more than one of them (a group that opened two
        paragraphs, not the rival named as a subject in one), else the one named as a subject most often; none when
        no actor stands out."""
        paragraphs: dict[str, set[int]] = {}
        times: Counter[str] = Counter()
        for m in subjects:
            paragraphs.setdefault(m.key, set()).add(self.paragraph_start(m.start_char))
            times[m.key] += 1
        for ranked in (Counter({k: len(found) for k, found in paragraphs.items()}), times):
            (first, most), *rest = ranked.most_common(2)
            if not rest or (most > 1 and rest[0][1] < most):
                return [m for m in subjects if m.key == first]
        return []


def name_head(doc: Doc, mention: Mention) -> Token:
    """A name's head: its last word, or the word the parser hangs the rest on when the name closes with a bracket
    ("CPI (Maoist)") or with the object of a preposition inside it ("Peninsula" hangs on "in" in "Al-Qaeda in the
    Arabian Peninsula", whose head is "Al-Qaeda").

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("Al-Qaeda in the Arabian Peninsula is led by a new emir.")
    >>> name_head(doc, Mention(0, 7, 0, 33, "Al-Qaeda in the Arabian Peninsula", "Organization", "AQAP")).text
    'Qaeda'
    """
    last = doc[mention.end - 1]
    inside = last.head.i != last.i and mention.start <= last.head.i < mention.end
    return span_root(doc, mention.start, mention.end) if last.is_punct or (inside and last.dep_ == "pobj") else last


@cache
def comparison_words() -> frozenset[str]:
    """The lemmas that name a comparison (``references``, ``comparison_words``)."""
    return frozenset(load_seed_yaml("relations.yaml")["references"]["comparison_words"])


def compared(head: Token) -> bool:
    """Whether a name stands only as what something is compared with: "tactics similar to those of al-Shabaab",
    "Like Hezbollah, the group built a party" (a "like" that hangs on a verb); not the examples of "groups like
    Hamas".

    >>> from loaders.nlp import load_nlp
    >>> nlp = load_nlp()
    >>> compared(nlp("Like Hezbollah, the Houthis have built a missile arsenal.")[1])
    True
    >>> compared(nlp("Iran backs groups like Hamas.")[4])
    False
    """
    words, tree, lemma = comparison_words(), tree_of(head.doc), words_of(head.doc).lemma  # read by position
    return any(
        lemma[i] in words and (tree.pos[i] != "ADP" or tree.pos[tree.head[i]] in VERB_TAGS)
        for i in tree.chain(head.i)[1 : COMPARISON_REACH + 1]  # its heads, the nearest first
    )


def _subject(head: Token) -> bool:
    """Whether a name is a clause's subject, in apposition to one ("The UN mission, MINUSMA, completed"), or the
    owner of a subject the text does not name ("The AAB's deadliest attack came in 2014. The group claimed it", "A
    delegation from the DEM Party held talks. Its members": the sentence tells of the AAB, of the party).

    >>> from loaders.nlp import load_nlp
    >>> nlp = load_nlp()
    >>> doc = nlp("The Ansar Brigade's first attack came in May, and police blamed Zed.")
    >>> _subject(doc[2]), _subject(doc[13])
    (True, False)
    >>> _subject(nlp("Iran's foreign minister, Abbas Araghchi, said so.")[0])
    False
    >>> _subject(nlp("A delegation from Hamas met him.")[3])
    True
    """
    if head.dep_ == "poss":
        return _owned_subject(head.head)
    if head.dep_ == "pobj" and head.head.lower_ in OWNING_PREPS and head.head.dep_ == "prep":
        return _owned_subject(head.head.head)  # "A delegation from the DEM Party held talks. Its members": the party's
    return head.dep_ in SUBJECTS or (head.dep_ == "appos" and head.head.dep_ in SUBJECTS) or _labels_its_line(head)


LABEL_MARKS = frozenset({"-", "–", "—", "--"})  # what sets a name opening a line apart from what it tells of


def _labels_its_line(head: Token) -> bool:
    """Whether a name opens its sentence and is set apart from the rest by a dash standing apart, as a list item's
    label is ("Algeria - arms, funds and hosts the front", "The Polisario Front - the Sahrawi movement
    founded in 1973"): what the line tells of, its subject in all but form ("Israel-Hamas war" is no label).

    >>> from loaders.nlp import load_nlp
    >>> nlp = load_nlp()
    >>> doc = nlp("Algeria - arms and hosts the front. Israel-Hamas talks resumed.")
    >>> _labels_its_line(doc[0]), _labels_its_line(doc[8])
    (True, False)
    """
    doc = head.doc
    mark = doc[head.i + 1] if head.i + 1 < len(doc) else None
    if mark is None or mark.text not in LABEL_MARKS or not mark.whitespace_ or not head.whitespace_:
        return False  # not "DR Congo: M23 rebels say", a headline's kicker
    before = doc[head.sent.start : head.i]
    return all(t.head == head and t.dep_ in {"det", "compound", "punct"} for t in before)


def _topic(head: Token, owned: bool) -> bool:
    """Whether a name is what its sentence tells of: a clause's subject (:func:`_subject`); for a possessive
    reference in a later sentence (``owned``), the object of an active verb of sanction rather than its subject
    ("Britain proscribed X in 2000, and the United States designated it in 2001. Its former leader": X's).

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("Canada banned Hamas in 2002.")
    >>> _topic(doc[0], True), _topic(doc[2], True), _topic(doc[0], False), _topic(doc[2], False)
    (False, True, True, False)
    """
    if owned and sanctioned_object(head):
        return True
    if owned and head.dep_ == "nsubj" and any(sanctioned_object(c) for c in head.head.children):
        return False
    return _subject(head)


def sanctioned_object(token: Token) -> bool:
    """Whether a word is the object of an active verb of sanction (``SANCTIONED_BY`` verbs in ``seeds/``): what
    "Britain proscribed the group" tells of is the group, its subject in all but form, and a reference after it
    ("Its former leader") stands for the group, not for the sanctioner.

    >>> from loaders.nlp import load_nlp
    >>> nlp = load_nlp()
    >>> doc = nlp("Canada banned the brotherhood in 2019.")
    >>> sanctioned_object(doc[3]), sanctioned_object(doc[0])
    (True, False)
    >>> sanctioned_object(nlp("Hamas has been designated a terrorist organisation by Canada.")[6])
    False
    """
    verb = token.head
    return (
        token.dep_ == "dobj"
        and verb.pos_ == "VERB"
        and has_child(verb, {"nsubj"})  # not "X has been designated a terrorist organisation"
        and any(c.type == "SANCTIONED_BY" for c in load_cues().verbs.get(verb.lemma_.lower(), ()))
    )


def role_owner(head: Token) -> bool:
    """Whether a name owns a person's role through "of": "the chief of Hamas", "a commander of the PKK" (what the
    sentence tells of besides the person, as "Hamas's chief" does).

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("Ali Musa is the chief of Hamas, not a friend of Fatah.")
    >>> role_owner(doc[6]), role_owner(doc[12])
    (True, False)
    """
    of = head.head
    return head.dep_ == "pobj" and of.lower_ == "of" and load_cues().is_person_role(of.head.lemma_.lower())


def _owned_subject(noun: Token) -> bool:
    """Whether a noun a name owns is its clause's one subject and tells of a deed or a thing, not of a person: "the
    AAB's deadliest attack came", not "Iran's foreign minister said" nor "the EU's foreign policy chief Josep Borrell
    said" (the sentence tells of the person)."""
    if noun.dep_ not in SUBJECTS or noun.pos_ != "NOUN" or noun.lemma_.lower() in load_cues().role_words:
        return False
    others = (c for c in noun.head.children if c.dep_ in SUBJECTS and c != noun)
    return not any(others) and not any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in noun.children)


@cache
def people_nouns() -> frozenset[str]:
    """The nouns of people acting together that a main clause may have as its subject ("fighters", "militants"):
    ``armed_member_nouns`` of ``references``."""
    return frozenset(load_seed_yaml("relations.yaml")["references"]["armed_member_nouns"])


def unnamed_main_subject(sent: Span) -> bool:
    """Whether a sentence's main clause has as its subject a pronoun or a noun of people acting together, no name:
    the sentence tells of them, and a name in one of its relative or adverbial clauses is a passing one ("On the day
    NAFTA came into force, fighters seized town halls").

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("He fled after Ali Musa left. Ali Musa left.")
    >>> [unnamed_main_subject(s) for s in doc.sents]
    [True, False]
    """
    pronouns = load_cues().pronouns
    return any(
        c.dep_ in SUBJECTS and ((c.pos_ == "PRON" and c.lower_ in pronouns) or c.lower_ in people_nouns())
        for c in sent.root.children
    )


def person_main_subject(sent: Span) -> bool:
    """Whether a sentence's main clause has a person's name as its subject: the sentence tells of that person, and an
    organisation named in one of its relative or adverbial clauses is a passing one ("After the Awami League returned
    to power, Rajkhowa was detained": not what a later "its" stands for).

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("After the Kivu Union returned to power, Kahindo was detained. The Kivu Union won.")
    >>> [person_main_subject(s) for s in doc.sents]
    [True, False]
    """
    return any(c.dep_ in SUBJECTS and c.ent_type_ in PERSON_ENTITIES for c in sent.root.children)


DESCRIBING = {"appos", "relcl", "acl"}  # what is set beside a name to describe it: "X, a splinter of Y", "X, which"
BREAKS = {",", ";", ":", ".", "(", ")"}  # what ends a description set beside a name


def describes(name: Token, head: Token) -> bool:
    """Whether a word stands in what describes a name, set beside it: "Kaduna Front" in "Ansar, a splinter of the
    Kaduna Front", "Ansar, which broke away from the Kaduna Front", "Ansar, formed by the Kaduna Front"; so in a
    description the parser hung elsewhere, read by its words: a comma after the name, an article after the comma, no
    break before the word.

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("Police held Ansar, a splinter of the Kaduna Front, and the Red Brigade.")
    >>> describes(doc[2], doc[9]), describes(doc[2], doc[14]), describes(doc[9], doc[2])
    (True, False, False)
    """
    if any(t.dep_ in DESCRIBING and t.head == name for t in head.ancestors):
        return True
    doc, start = name.doc, name.i + 2
    cues = load_cues()
    articles = cues.definite | cues.indefinite_articles
    if start >= head.i or doc[name.i + 1].text != "," or doc[start].lower_ not in articles:
        return False
    return not any(t.text in BREAKS for t in doc[start : head.i])


def _agent(head: Token) -> bool:
    """Whether a name is the agent of a passive: "X" in "The group was founded by X".

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("The group was founded by Ali Musa in Rome.")
    >>> _agent(doc[6]), _agent(doc[8])
    (True, False)
    """
    return head.dep_ == "pobj" and head.head.dep_ == "agent"


def _clause_depth(head: Token) -> int:
    """How many relative or adverbial clauses a name stands in: "Treasury" in "X, which Treasury designated in 2007,
    is" is in one, the second "Y" in "though X has been squeezed by Y since Y returned" in two."""
    return sum(t.dep_ in SUBORDINATE for t in head.ancestors)


def _described(head: Token) -> bool:
    """Whether a name, the agent of a passive or a verb's object, is what a relative clause set off by a comma is
    about, as its subject ("claimed by X, which is led by Y", "founded by X, who was killed in 2009", "barred X, who
    ruled from 2003"): the one the sentence goes on to tell of.

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("The group was founded by Baitullah Mehsud, who was killed in 2009.")
    >>> _described(doc[6]), _described(doc[1])
    (True, False)
    """
    if head.dep_ != "dobj" and not _agent(head):
        return False  # "sent to the ICC, which convicted him": a place a sentence ends at, not who it tells of
    relatives = load_cues().relative_pronouns
    return any(
        c.dep_ == "relcl" and t.dep_ in SUBJECTS and t.lower_ in relatives and t.i > 0 and t.nbor(-1).text == ","
        for c in head.children
        for t in c.children
    )
