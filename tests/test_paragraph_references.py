"""A group noun stands for what its own paragraph tells of before a subject across a paragraph break: the
organisation an earlier reference of the paragraph stands for ("The movement's leader was killed by the guard.
Rather than collapsing, the group ..."), else the one organisation the paragraph names as a noun's qualifier
("became the front's leader. Under his leadership the group ..."); and a caption whose credit follows its sentence
("... on Monday. Photo: AFP") is an aside, never what a later reference stands for. A name in a relative or adverbial
clause of a sentence whose main clause has a pronoun as its subject ("He declared himself president after X left") is
a passing one."""

from __future__ import annotations

from conftest import links_by_name


def test_the_group_follows_the_reference_its_paragraph_made_not_the_agent_named_since() -> None:
    text = (
        "The Djugu Liberation Front has attacked camps for displaced people in Ituri since 2019.\n\n"
        "The movement's most prominent leader, Justin Kavira, was killed by the Ituri Provincial Guard in March "
        "2020. Since then the group has been armed by Uganda."
    )
    links = links_by_name(text)
    assert ("Uganda", "FUNDS", "Djugu Liberation Front") in links, links
    assert not any(o == "Ituri Provincial Guard" for s, t, o in links if t == "FUNDS"), links


def test_the_group_is_the_organisation_its_paragraph_names_as_a_leaders_owner() -> None:
    text = (
        "Kestrel Holdings said on Friday that it had suspended its flights to the north.\n\n"
        "Omar Saleh became Ansar al-Tawhid's leader in 2015. Under his leadership the group has been armed by Libya."
    )
    links = links_by_name(text)
    assert ("Libya", "FUNDS", "Ansar al-Tawhid") in links, links
    assert ("Libya", "FUNDS", "Kestrel Holdings") not in links, links


def test_a_caption_with_its_credit_after_the_sentence_is_no_antecedent() -> None:
    text = (
        "# Gunmen seize cargo ship off the coast\n\n"
        "*Fighters of the Red Dawn Front on the deck of a cargo ship on Monday. Photo: Handout via Reuters*\n\n"
        "The ship was taken to the port of Hodeidah on Sunday. A military spokesman said that the group would "
        "continue its operations against Israel."
    )
    assert not any(s == "Red Dawn Front" for s, _, _ in links_by_name(text))


def test_he_is_not_a_name_only_a_clause_of_a_sentence_about_him_gives() -> None:
    text = (
        "Amara Diallo, the former vice-president, fled to the hills as the capital fell. He declared himself "
        "president after Moussa Keita left the country. He continues to denounce the Azawad Liberation Front in "
        "interviews."
    )
    links = links_by_name(text)
    assert ("Amara Diallo", "OPPOSES", "Azawad Liberation Front") in links, links
    assert ("Moussa Keita", "OPPOSES", "Azawad Liberation Front") not in links, links
