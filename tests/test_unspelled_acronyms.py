"""An acronym the page never spells out in brackets is the organisation whose name on the page it spells: "OB"
beside "the Orsk Brigades", "IS-K" beside "Islamic State Khorasan Province", "CPI (Maoist)" beside "Communist
Party of India (Maoist)"; not "CPI (Maoist)" beside "Communist Party of India", another party."""

from __future__ import annotations

from spacy.tokens import Span

from loaders.mentions import Mention
from loaders.nlp import load_nlp
from loaders.same_actor import bind_initials
from loaders.unread_acronyms import acronyms_of_names


def test_an_unread_acronym_is_the_name_it_spells() -> None:
    doc = load_nlp().make_doc("The Islamic Sahel claimed the raid. Militias formed to fight IS cleared Orsk.")
    found = acronyms_of_names([Span(doc, 1, 3, label="ORG")], set(range(1, 3)))
    assert [(span.text, span.start) for span in found] == [("IS", 11)]


def test_an_acronym_before_a_bracket_or_among_capitals_is_no_name() -> None:
    doc = load_nlp().make_doc("The Communist Party of India met. The CPI (Maoist) and THE CPI PAPER did not.")
    party = Span(doc, 1, 5, label="ORG")
    assert acronyms_of_names([party], set(range(1, 5))) == []


def test_a_branch_acronym_may_leave_out_its_branch_noun() -> None:
    branch = Mention(0, 4, 0, 31, "Islamic State Khorasan Province", "Organization", "Islamic State Khorasan Province")
    acronym = Mention(6, 7, 40, 44, "IS-K", "Organization", "IS-K")
    assert [m.name for m in bind_initials([branch, acronym])] == [branch.name, branch.name]


def test_a_name_written_in_two_cases_is_one_owner_of_its_acronym() -> None:
    low = Mention(0, 2, 0, 18, "al-Ashtar Brigades", "Organization", "al-Ashtar Brigades")
    acronym = Mention(5, 6, 30, 33, "AAB", "Organization", "AAB")
    high = Mention(9, 11, 50, 68, "Al-Ashtar Brigades", "Organization", "Al-Ashtar Brigades")
    assert bind_initials([low, acronym, high])[1].name == "al-Ashtar Brigades"


def test_an_acronym_with_a_bracketed_part_is_the_name_closing_with_that_part() -> None:
    full = "Workers Front of Ruritania (Marxist)"
    party = Mention(0, 8, 0, 36, full, "Organization", full)
    other = Mention(10, 14, 50, 76, "Workers Front of Ruritania", "Organization", "Workers Front of Ruritania")
    acronym = Mention(20, 24, 90, 103, "WFR (Marxist)", "Organization", "WFR (Marxist)")
    assert bind_initials([party, acronym])[1].name == full
    assert bind_initials([other, acronym])[1].name == "WFR (Marxist)"
