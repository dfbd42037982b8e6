"""A role's bodies coordinated after "of" each get the link, a name the gazetteer does not know beside one it knows
too ("a member of the ADF and the Kasr Brigade"); a known body in another phrase still wins over an unknown bureau
("Assistant Secretary for Near Eastern Affairs at the State Department")."""

from __future__ import annotations

from conftest import links_by_name


def test_an_unknown_body_coordinated_with_a_known_one_is_kept() -> None:
    links = links_by_name("Idris Musa, a senior commander of the ADF and the Mayi Tembo militia, was arrested.")
    assert ("Idris Musa", "MEMBER_OF", "Allied Democratic Forces") in links, links
    assert ("Idris Musa", "MEMBER_OF", "Mayi Tembo") in links, links


def test_each_body_after_its_own_of_is_kept() -> None:
    links = links_by_name("Idris Musa is a member of al-Shabaab and of the Jabha Wataniya Front.")
    assert ("Idris Musa", "MEMBER_OF", "Jabha Wataniya Front") in links, links


def test_a_bureau_of_a_known_department_is_not_the_employer() -> None:
    links = links_by_name("John Carter, Assistant Secretary for Near Eastern Affairs at the State Department, spoke.")
    assert not any(o == "Near Eastern Affairs" for _, _, o in links), links
