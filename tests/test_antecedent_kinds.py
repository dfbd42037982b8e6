"""A reference back stands for an actor of a kind its words allow: "the movement" for an armed group or a party
named before, or a group whose kind the page never names ("the gang", "the cartel" for an armed group only), not for a
company the sentences since have as their subject; for the one actor its own paragraph names as a passive's agent
rather than for the topic of the paragraphs before; and, after a sentence with two actors as subjects, for the one the
page is about."""

from __future__ import annotations

from conftest import links_by_name


def test_the_movement_is_the_armed_group_not_the_company_named_since() -> None:
    text = (
        "Ansar al-Tawhid fighters ambushed a convoy near Kebri Dahar on Monday, killing four guards.\n\n"
        "The convoy belonged to TotalEnergies, the French oil company. TotalEnergies has not commented. "
        "Officials in Addis Ababa accuse Eritrea of arming the movement."
    )
    links = links_by_name(text)
    assert ("Eritrea", "FUNDS", "Ansar al-Tawhid") in links
    assert not any(s == "Eritrea" and o == "TotalEnergies" for s, _, o in links), links


def test_the_movement_may_be_a_group_whose_kind_the_page_never_names_not_only_a_party_named_since() -> None:
    text = (
        "Al-Karama has seized three cargo ships in the Red Sea since November, weeks after it drove the Unity Party "
        "out of the port city. The movement's leader, Karim Haddad, said in a televised speech that the attacks "
        "would go on."
    )
    links = links_by_name(text)
    assert ("Karim Haddad", "LEADS", "Al-Karama") in links, links
    assert ("Karim Haddad", "LEADS", "Unity Party") not in links, links


def test_he_is_the_one_person_his_paragraph_names_not_the_topic_of_the_paragraphs_before() -> None:
    text = (
        "President Amara Kone said on Monday that the army would hunt down the bombers. Kone spoke in the capital "
        "after visiting the wounded in hospital.\n\n"
        "Kone has promised such an offensive before. He made the same pledge in 2021, when he sacked two generals.\n\n"
        "The Liberation Front was founded in 1994 by Ibrahim Sanogo, a teacher from the north. After he was arrested "
        "in 2003, he was sanctioned by the European Union."
    )
    links = links_by_name(text)
    assert ("Ibrahim Sanogo", "SANCTIONED_BY", "European Union") in links, links
    assert not any("Amara Kone" in (s, o) for s, _, o in links), links


def test_it_after_two_subjects_is_the_group_the_page_is_about_not_the_force_named_after_it() -> None:
    text = (
        "## Who is the Red Hand Brigade?\n\n"
        "The Red Hand Brigade has fought the government in the north since 2015. The group is led by Tomas Vela.\n\n"
        "## Where does it fight?\n\n"
        "In Corvo, the rebels hide in the hills; the African Union launched an operation there in 2020. "
        "In the south, it is funded by Sudan."
    )
    links = links_by_name(text)
    assert ("Sudan", "FUNDS", "Red Hand Brigade") in links, links
    assert ("Sudan", "FUNDS", "African Union") not in links, links


def test_the_gang_or_the_cartel_is_an_armed_group_never_a_charity_or_company_named_before() -> None:
    charity = (
        "The missionaries work for Mercy Relief Ministries, a charity based in Ohio that has run clinics in the "
        "town for years. The gang's leader, Jean-Baptiste Duval, has demanded a ransom."
    )
    company = (
        "The aid workers were employed by Blue Harbor Logistics, a shipping company. "
        "The cartel is led by Ramon Ortega Salas."
    )
    charity_links, company_links = links_by_name(charity), links_by_name(company)
    assert ("Jean-Baptiste Duval", "LEADS", "Mercy Relief Ministries") not in charity_links, charity_links
    assert ("Ramon Ortega Salas", "LEADS", "Blue Harbor Logistics") not in company_links, company_links
