"""Passes over every word of a page read the page's words as strings and make a spaCy ``Token`` only where a word
fits (each ``doc[i]`` or ``for t in doc`` makes one, about a fifth of a microsecond each, millions a build).

A ``Doc`` that counts the tokens made of it shows it: on a page where no word fits, none is made.
"""

from __future__ import annotations

from collections.abc import Iterator

import spacy
from spacy.tokens import Doc, Span, Token

from loaders.also_known_as import _words_between
from loaders.echoed_names import echoed_names
from loaders.in_names import names_in_places
from loaders.leader_factions import leader_factions
from loaders.mentions import Mention, bind_acronyms
from loaders.nlp import _ends_no_actor
from loaders.organisation_names import owner_unwritten
from loaders.paragraphs import _start_sentences, clause_starts, stopped_line
from loaders.unread_acronyms import acronyms_defined_in_brackets
from loaders.whole_names import initialled_people, unnamed_of_heads

PAGE = (
    "Gunmen attacked a market in the north on Tuesday , killing four traders , police said . "
    "The Free Army denied any part in the raid and said its fighters were far from the town . "
    "Officials in the capital said the Free Army had been warned before ."
)


class CountingDoc(Doc):
    """A ``Doc`` that counts the tokens made of it one at a time and the readings of its entities."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self.made = 0
        self.ents_read = 0

    def __getitem__(self, i: object) -> Token | Span:
        if isinstance(i, int):
            self.made += 1
        return super().__getitem__(i)

    def __iter__(self) -> Iterator[Token]:
        for i in range(len(self)):
            yield self[i]

    @property
    def ents(self) -> tuple[Span, ...]:
        self.ents_read += 1
        return Doc.ents.__get__(self)

    @ents.setter
    def ents(self, spans: list[Span]) -> None:
        Doc.ents.__set__(self, spans)


def counting_doc(text: str = PAGE) -> CountingDoc:
    """The text's words as a counting document, no token made yet."""
    made = spacy.blank("en").make_doc(text)
    words, spaces = [t.text for t in made], [bool(t.whitespace_) for t in made]
    return CountingDoc(made.vocab, words=words, spaces=spaces)


def free_army(doc: Doc) -> Mention:
    """The page's first mention of the Free Army, as the rules would make it."""
    start = [t.text for t in doc].index("Free")
    span = doc[start : start + 2]
    return Mention(start, start + 2, span.start_char, span.end_char, "Free Army", "Organization", "Free Army", "armed")


def test_a_bodys_name_written_again_is_found_without_a_token_at_every_word() -> None:
    doc = counting_doc()
    first = free_army(doc)
    doc.made = 0
    found = echoed_names(doc, [first])
    assert [(m.start, m.text) for m in found] == [(first.start, "Free Army"), (first.start + 24, "Free Army")]
    assert doc.made < len(doc) // 2  # the name's words, the lines' ends and the words around its second writing


def test_a_page_with_no_factions_noun_makes_no_token() -> None:
    doc = counting_doc()
    assert leader_factions(doc, []) == []
    assert doc.made == 0


def test_a_page_with_no_acronym_in_brackets_makes_no_token() -> None:
    doc = counting_doc()
    assert names_in_places(doc) == []
    assert doc.made == 0


def test_a_page_with_no_bodys_head_before_of_makes_no_token() -> None:
    doc = counting_doc()
    assert unnamed_of_heads(doc, []) == []
    assert doc.made == 0


def test_a_page_with_no_initials_does_not_read_its_entities() -> None:
    doc = counting_doc()
    doc.ents = [Span(doc, 0, 1, label="NORP")]
    doc.ents_read = 0
    assert initialled_people(doc, doc.text, []) == []
    assert doc.ents_read == 0


def test_an_acronym_defined_in_brackets_is_bound_where_written_alone_and_no_token_made_elsewhere() -> None:
    doc = counting_doc("The Free Army ( FA ) attacked the town . Later FA fighters left .")
    first = free_army(doc)
    doc.made = 0
    found = bind_acronyms(doc, [first])
    assert [(m.start, m.text, m.name) for m in found] == [
        (1, "Free Army", "Free Army"),
        (4, "FA", "Free Army"),
        (11, "FA", "Free Army"),
    ]
    assert doc.made < len(doc)  # the brackets' words and the acronym's, not a token at every word besides


def test_a_longer_acronym_in_brackets_stands_for_the_name_before_it() -> None:
    doc = counting_doc("The Free Army ( FREARMY ) shelled the port . FREARMY spokesmen denied it .")
    found = bind_acronyms(doc, [free_army(doc)])
    assert [(m.text, m.name) for m in found] == [
        ("Free Army", "Free Army"),
        ("FREARMY", "Free Army"),
        ("FREARMY", "Free Army"),
    ]


def test_a_hyphenated_acronym_in_brackets_stands_for_the_name_before_it() -> None:
    doc = counting_doc("Fighters of the Free Army (FA-NW) shelled the port. The FA-NW denied it.")
    later = doc[len(doc) - 6 : len(doc) - 3]
    assert later.text == "FA-NW"  # split at its hyphen, as the parser's tokenizer splits it
    unread = Mention(later.start, later.end, later.start_char, later.end_char, "FA-NW", "Organization", "FA-NW")
    found = bind_acronyms(doc, [free_army(doc), unread])
    assert [(m.text, m.name) for m in found] == [("Free Army", "Free Army"), ("FA-NW", "Free Army")]


def test_a_known_names_text_is_cut_from_the_pages_text() -> None:
    doc = counting_doc("Iraq took its complaint to the Security Council , the Latin American body .")
    council, american = Span(doc, 6, 8, label="Organization"), Span(doc, 11, 12, label="Country")
    doc.made = 0
    assert not owner_unwritten(council, None)  # no known actor: the name is read, then nothing more
    assert doc.made == 0
    assert _ends_no_actor(american)  # "Latin American": no state, the two words read from the page's text
    assert doc.made <= 3  # what spaCy makes a slice with, not a token a word of the slice besides


def test_a_lines_words_are_read_as_strings_where_it_may_end_a_sentence_or_join_two_reports() -> None:
    doc = counting_doc("Jets pound Qandil ; PKK vows to fight on . Enemies")
    headline, report, line, following = doc[:4], doc[4:10], doc[:9], doc[10]
    doc.made = 0
    assert not stopped_line(headline, following)
    assert stopped_line(report, following)
    assert doc.made == 0
    assert [t.text for t in clause_starts(line)] == ["PKK"]
    assert doc.made == 1  # the clause's first word, which starts a sentence


def test_an_acronym_spelled_out_in_brackets_is_found_later_without_a_token_at_every_word() -> None:
    doc = counting_doc(f"The Free Army ( FA ) attacked the town . Later FA fighters left . {PAGE}")
    army = Span(doc, 1, 3, label="ORG")
    doc.made = 0
    found = acronyms_defined_in_brackets([army], set(range(1, 6)))
    assert [(s.text, s.start) for s in found] == [("FA", 11)]
    assert doc.made < 15 < len(doc) // 4  # the name's, the brackets' and the acronym's words, not every later word


def test_the_words_between_two_names_are_read_as_strings() -> None:
    doc = counting_doc("The Free Army , also known as the Sentinel Front , attacked the town .")
    army = Mention(1, 3, 4, 13, "Free Army", "Organization", "Free Army", "armed")
    front = Mention(8, 10, 37, 51, "Sentinel Front", "Organization", "Sentinel Front", "armed")
    doc.made = 0
    assert _words_between(doc, army, front, []) == (",", "also", "known", "as", "the")
    assert doc.made == 0


def test_sentence_starts_written_at_once_keep_the_marks_already_set() -> None:
    doc = spacy.blank("en")("Gunmen attacked a market . Police blamed the group . Officials said so")
    doc[5].is_sent_start = False  # a mark set before, as the rank stops set theirs
    _start_sentences(doc, [10])
    assert [i for i, t in enumerate(doc) if t.is_sent_start] == [0, 10]
    assert doc[5].is_sent_start is False
