"""An object pronoun never stands for its own verb's subject: "The UN sanctioned it" is not the UN; the sentence's own
earlier object comes first ("X designated A, and Y designated it": A); "condemned it" is a deed, not an actor; "The
Centre banned the group" is not the Centre either."""

from __future__ import annotations

from conftest import links_of


def test_an_object_pronoun_is_the_group_named_before_not_the_verbs_subject() -> None:
    found = links_of("Boko Haram overran Baga in 2015. In 2021 the European Union sanctioned it over the raid.")
    assert ("boko-haram", "SANCTIONED_BY", "european-union") in found, found


def test_an_object_pronoun_after_a_conjunction_is_the_first_clauses_object() -> None:
    found = links_of("Britain designated Hezbollah in 2019, and Australia designated it in 2021.")
    assert ("hezbollah", "SANCTIONED_BY", "australia") in found, found
    assert ("britain", "SANCTIONED_BY", "australia") not in found, found


def test_condemned_it_after_an_attack_is_the_attack_not_an_actor() -> None:
    found = links_of("Boko Haram overran Baga in 2015. The African Union met in Addis Ababa, and Chad condemned it.")
    assert ("chad", "OPPOSES", "african-union") not in found, found


def test_an_object_pronoun_of_a_coordinated_verb_is_that_verbs_earlier_object() -> None:
    found = links_of(
        "The State Department named Musa Kamara a global terrorist on Monday. "
        "Kamara joined al-Shabaab in 2012 and has commanded it in the Lower Juba region since 2020."
    )
    assert ("musa-kamara", "LEADS", "al-shabaab") in found, found
    assert ("musa-kamara", "LEADS", "us-state-department") not in found, found


def test_a_group_noun_as_direct_object_is_not_its_verbs_subject() -> None:
    found = links_of(
        "The Ogaden Liberation Front took up arms in 1994. In 2011 the ruling Unity Democratic Party banned the group."
    )
    assert ("ogaden-liberation-front", "SANCTIONED_BY", "unity-democratic-party") in found, found
    assert ("unity-democratic-party", "SANCTIONED_BY", "unity-democratic-party") not in found, found
