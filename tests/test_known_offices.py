"""A head's title with no body named, for a person whose office the gazetteer knows (``leads:``): "President X"
leads the state X heads, not the state the article is most about. Sentences written for these tests."""

from __future__ import annotations

import pytest
from conftest import graph_of

pytestmark = pytest.mark.model


def links(text: str) -> dict[tuple[str, str, str], tuple[str, str]]:
    """Each relationship the text states, by node ids, with the method and certainty of its first evidence."""
    kg = graph_of(text, "2024-05-05", "both")
    return {
        (s, k, o): (d["evidence"][0].method, d["evidence"][0].certainty)
        for s, o, k, d in kg.g.edges(keys=True, data=True)
    }


def test_a_bare_state_title_names_the_state_the_person_heads_not_the_article_s() -> None:
    found = links(
        "Russia pledged more instructors, and Russia said Russia would stay as long as needed. "
        "President Faustin-Archange Touadera thanked the visitors in Bangui."
    )
    assert found[("faustin-archange-touadera", "LEADS", "central-african-republic")] == (
        "title-known-office",
        "asserted",
    )
    assert ("faustin-archange-touadera", "LEADS", "russia") not in found


def test_a_title_qualified_before_it_still_names_a_state() -> None:
    found = links(
        "Israel shelled border villages, and Israel vowed more. Caretaker Prime Minister Najib Mikati objected."
    )
    assert ("najib-mikati", "LEADS", "lebanon") in found
    assert ("najib-mikati", "LEADS", "israel") not in found
    assert ("ibrahim-traore", "LEADS", "burkina-faso") in links(
        "The summit opened without junta leader Ibrahim Traore."
    )
    assert ("ali-khamenei", "LEADS", "iran") in links("Supreme Leader Ali Khamenei addressed the crowd.")


def test_the_link_is_asserted_whatever_the_person_did() -> None:
    found = links("Officials said President Vladimir Putin would not attend the summit.")
    assert found[("vladimir-putin", "LEADS", "russia")][1] == "asserted"


def test_a_group_title_names_the_group_of_one_who_also_led_a_state() -> None:
    found = links("Damascus was quiet. Leader Ahmed al-Sharaa toured the north.")
    assert ("ahmed-al-sharaa", "LEADS", "hayat-tahrir-al-sham") in found
    assert ("ahmed-al-sharaa", "LEADS", "syria") not in found
    assert ("ahmed-al-sharaa", "LEADS", "syria") in links("Interim President Ahmed al-Sharaa toured the north.")


def test_no_guessed_state_for_a_head_known_to_lead_something_else() -> None:
    found = links(
        "Congo accused Rwanda of arming rebels, and Congo closed a border post. President Bertrand Bisimwa denied it."
    )
    assert not any(s == "bertrand-bisimwa" and k == "LEADS" for s, k, _ in found)


def test_an_unknown_president_still_leads_the_article_s_state() -> None:
    found = links("Colombia held talks, and Colombia said more would follow. President Tomas Arbelo welcomed them.")
    assert found[("tomas-arbelo", "LEADS", "colombia")][0] == "title-article-state"


@pytest.mark.parametrize(
    ("where", "leads"),
    [
        ("Rebels seized Sanaa and forced President Tomas Arbelo into exile.", False),
        ("Rebels seized Medellin and forced President Tomas Arbelo into exile.", True),
    ],
)
def test_no_guessed_state_for_a_president_whose_sentence_is_set_in_another_state(where: str, leads: bool) -> None:
    found = links(f"Colombia held talks, and Colombia said more would follow. {where}")
    assert (("tomas-arbelo", "LEADS", "colombia") in found) is leads


def test_a_head_s_title_beside_a_known_name() -> None:
    found = links("Najib Mikati, the country's prime minister, received the envoys.")
    assert found[("najib-mikati", "LEADS", "lebanon")][0] == "role-known-office"
    assert ("hassan-nasrallah", "LEADS", "hezbollah") in links("Hassan Nasrallah, the group's leader, spoke.")
    assert ("najib-mikati", "LEADS", "lebanon") in links(
        "Najib Mikati, a former prime minister, spoke."
    )  # former heads too
    assert not any(k == "LEADS" for _, k, _ in links("Najib Mikati, the president of the club, spoke."))


def test_a_pronoun_s_title_is_the_references_to_resolve() -> None:
    found = links("The villagers gathered at dawn. Their leader, Hassan Nasrallah, addressed them.")
    assert ("hassan-nasrallah", "LEADS", "hezbollah") not in found


def test_a_datelined_state_named_as_often_as_a_foreign_one_is_the_article_s_state() -> None:
    text = (
        "QUITO, Jan 5 (Reuters) - Ecuadorean troops raided a prison. The United States praised the raid; the "
        "United States and Canada offered help, and the United States sent advisers. Defense Minister Tomas Arbelo "
        "said Ecuador would not negotiate."
    )
    assert ("tomas-arbelo", "WORKS_FOR", "ecuador") in links(text)


@pytest.mark.parametrize(
    "text",
    [
        "Foreign Secretary David Cameron flew to Amman on Monday for talks on aid.",
        "British Foreign Secretary David Cameron flew to Amman on Monday for talks on aid.",
    ],
)
def test_a_minister_s_title_never_makes_him_head_of_the_state_he_once_led(text: str) -> None:
    found = links(text)
    assert ("david-cameron", "LEADS", "united-kingdom") not in found, found


def test_a_minister_of_a_named_state_works_for_it() -> None:
    found = links("British Defence Secretary Grant Shapps said the strikes on Yemen would go on.")
    assert ("grant-shapps", "WORKS_FOR", "united-kingdom") in found, found
    assert ("grant-shapps", "LEADS", "united-kingdom") not in found, found


def test_no_guessed_state_for_a_title_after_an_article() -> None:
    told = "Colombia held talks, and Colombia said more would follow."
    assert ("tomas-arbelo", "WORKS_FOR", "colombia") not in links(
        f"{told} Rebels freed the police officer Tomas Arbelo."
    )
    assert ("tomas-arbelo", "WORKS_FOR", "colombia") in links(f"{told} Government spokesman Tomas Arbelo spoke.")
    assert ("tomas-arbelo", "LEADS", "colombia") in links(
        f"{told} Gunmen shot the son of former president Tomas Arbelo."
    )


@pytest.mark.parametrize(
    "title",
    ["Army spokesman", "Police spokesman", "military spokesman Colonel", "Regional president", "Chief Minister"],
)
def test_no_guessed_state_for_a_title_in_a_force_or_a_region(title: str) -> None:
    found = links(f"Colombia held talks, and Colombia said more would follow. {title} Tomas Arbelo said so.")
    assert not any(s == "tomas-arbelo" and o == "colombia" for s, _, o in found), found


def test_a_former_minister_serves_the_guessed_state_and_a_former_head_leads_it() -> None:
    told = "Colombia held talks, and Colombia said more would follow."
    found = links(f"{told} Former fisheries minister Tomas Arbelo said so.")
    assert ("tomas-arbelo", "WORKS_FOR", "colombia") in found, found
    assert ("tomas-arbelo", "LEADS", "colombia") in links(f"{told} Former prime minister Tomas Arbelo said so.")


def test_a_chief_of_staff_is_still_held_in_the_article_s_state() -> None:
    found = links(
        "Colombia held talks, and Colombia said more would follow. Presidential chief of staff Tomas Arbelo spoke."
    )
    assert ("tomas-arbelo", "WORKS_FOR", "colombia") in found, found


def test_a_dateline_before_a_title_is_not_its_owner() -> None:
    found = links("WASHINGTON - Defense Secretary Lloyd Austin said the United States would respond to the attack.")
    assert not any(o == "washington" for _, _, o in found), found
    assert ("lloyd-austin", "LEADS", "pentagon") in found, found


def test_no_guessed_state_for_a_title_after_whose() -> None:
    found = links(
        "Colombia held talks, and Colombia said more would follow. "
        "A victims' association, whose president Tomas Arbelo lost a son, urged calm."
    )
    assert ("tomas-arbelo", "LEADS", "colombia") not in found


def test_a_state_after_the_name_is_the_one_the_president_leads() -> None:
    found = links(
        "Nigeria opened talks, and Nigeria said they would last two days. "
        "President Kwame Asante of Ghana arrived for the meeting."
    )
    assert found[("kwame-asante", "LEADS", "ghana")][0] == "title"
    assert ("kwame-asante", "LEADS", "nigeria") not in found


def test_a_surname_alone_keeps_the_state_the_full_name_was_given() -> None:
    found = links(
        "Nigeria opened talks, and Nigeria said they would last two days. "
        "President Kwame Asante of Ghana arrived for the meeting. "
        "Nigeria praised President Asante's government for its help."
    )
    assert ("kwame-asante", "LEADS", "ghana") in found
    assert ("kwame-asante", "LEADS", "nigeria") not in found
