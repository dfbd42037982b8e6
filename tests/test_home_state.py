"""The state a title naming none serves (loaders/home_state.py): the page's, unless the line or the sentence tells
another, on sentences written for the tests (the rules alone)."""

from __future__ import annotations

import pytest
from conftest import links_of

pytestmark = pytest.mark.model

PAGE_ON_LIBYA = (
    "Libya's rival governments and their backers\n\n"
    "The war in Libya drew in foreign powers, and Libya's government in Tripoli asked for help.\n\n"
)


def test_a_title_on_a_line_headed_by_a_state_serves_that_state_not_the_pages() -> None:
    found = links_of(
        PAGE_ON_LIBYA
        + "- **Egypt**: diplomatic support; in March President Anwar Haddad declared the coast a red line.\n"
        + "- **The United States**: Congress passed a law in 2010, and President Mark Ellison sent advisers.\n\n"
        + "President Omar Belkacem said on Monday that Libya would not yield.\n"
    )
    assert ("anwar-haddad", "LEADS", "egypt") in found, found
    assert ("mark-ellison", "LEADS", "united-states") in found, found
    assert ("anwar-haddad", "LEADS", "libya") not in found, found
    assert ("omar-belkacem", "LEADS", "libya") in found, found


def test_a_title_holder_told_to_head_a_named_body_does_not_lead_the_pages_state() -> None:
    found = links_of(
        "Lebanon's crisis deepens\n\nThe crisis in Lebanon worsened on Monday. The Palestinian Unity Front, led by "
        "President Karim Haddad, suspended talks. President Nabil Aoun said Lebanon would hold firm.\n\n"
        "The Northern Defence Council met in Tripoli, chaired by Prime Minister Samir Daher.\n"
    )
    assert ("karim-haddad", "LEADS", "lebanon") not in found, found
    assert ("samir-daher", "LEADS", "lebanon") not in found, found
    assert ("nabil-aoun", "LEADS", "lebanon") in found, found


def test_a_title_in_a_section_headed_by_one_state_serves_that_state_not_the_pages() -> None:
    found = links_of(
        "Peru and Ecuador trade blame over border shelling\n\n"
        "Peru accused Ecuador of shelling villages near the border on Monday, and Peru moved troops north. "
        "President Ana Quispe said Peru would defend every village.\n\n"
        "How has Ecuador responded?\n\n"
        "President Luis Moreno denied the charge on Tuesday and blamed smugglers for the shelling.\n"
    )
    assert ("luis-moreno", "LEADS", "ecuador") in found, found
    assert ("luis-moreno", "LEADS", "peru") not in found, found
    assert ("ana-quispe", "LEADS", "peru") in found, found


def test_a_heading_naming_a_state_as_its_topic_does_not_tell_whose_title_it_is() -> None:
    found = links_of(
        "Peru and Ecuador trade blame over border shelling\n\n"
        "Peru accused Ecuador of shelling villages near the border on Monday, and Peru moved troops north. "
        "Peru said the shelling had to stop.\n\n"
        "Ecuador in the crosshairs\n\n"
        "President Ana Quispe said on Tuesday that the army would stay at the border until the shelling stopped.\n"
    )
    assert ("ana-quispe", "LEADS", "peru") in found, found
    assert ("ana-quispe", "LEADS", "ecuador") not in found, found


def test_a_state_named_in_a_relative_clause_of_the_subject_before_is_not_the_ministers() -> None:
    found = links_of(
        "Peru extends state of emergency\n\n"
        "Peru extended the state of emergency in three northern provinces on Monday, and Peru's army sent more "
        "troops to the border.\n\n"
        "President Ana Quispe, who flew back from talks in Chile on Sunday, will address Congress on Tuesday. "
        "Interior Minister Jorge Salas said the troops would stay until the roads were safe.\n"
    )
    assert ("jorge-salas", "WORKS_FOR", "chile") not in found, found


def test_a_states_law_officer_and_security_adviser_serve_the_pages_state_before_or_after_a_name() -> None:
    found = links_of(
        "Peru charges ex-minister over border shelling\n\n"
        "Peru charged a former minister on Monday over the shelling of border villages, and Peru recalled its envoy. "
        "Attorney General Carlos Salas said the evidence was clear. "
        "Luis Moreno, the national security adviser, said the army had been told to hold its fire. "
        "The prosecutor-general, Rosa Huamán, asked for a 20-year sentence.\n"
    )
    assert ("carlos-salas", "WORKS_FOR", "peru") in found, found
    assert ("luis-moreno", "WORKS_FOR", "peru") in found, found
    assert ("rosa-huaman", "WORKS_FOR", "peru") in found, found


def test_a_former_minister_and_a_law_minister_serve_the_pages_state() -> None:
    found = links_of(
        "Peru charges ex-minister over border shelling\n\n"
        "Peru charged a former official on Monday over the shelling of border villages, and Peru recalled its envoy. "
        "Prosecutors said former interior minister Raul Vargas had ordered the shelling. "
        "The law minister, Carlos Mendoza, said the trial would open in March.\n"
    )
    assert ("raul-vargas", "WORKS_FOR", "peru") in found, found
    assert ("carlos-mendoza", "WORKS_FOR", "peru") in found, found


def test_a_title_on_a_page_on_no_state_serves_the_one_state_its_sentence_names() -> None:
    found = links_of(
        "Coup leaders tighten their grip\n\n"
        "In Niger, soldiers led by General Amadou Kanté detained President Moussa Diallo on Tuesday.\n\n"
        "President Karim Osman spoke by phone with Tajik President Davron Saidov about the border.\n"
    )
    assert ("moussa-diallo", "LEADS", "niger") in found, found
    assert ("karim-osman", "LEADS", "tajikistan") not in found, found


def test_a_state_a_minister_speaks_of_is_not_the_one_he_serves() -> None:
    found = links_of(
        "Poisoning draws sanctions\n\n"
        "Foreign Minister Jean Dupont said there was no explanation other than Russian involvement.\n\n"
        '"The Iranian regime has shown contempt for the law," said Interior Minister Paul Girard.\n'
    )
    assert not {o for s, t, o in found if s in {"jean-dupont", "paul-girard"} and t == "WORKS_FOR"}, found


def test_a_title_serves_the_state_a_page_names_most_when_it_opens_on_another_named_once() -> None:
    found = links_of(
        "Village mourns its dead\n\n"
        "A charity based in Switzerland said on Monday that it had withdrawn its staff.\n\n"
        "Gunmen attacked a village in Kenya on Sunday night. Witnesses said the attackers fled towards the forest, "
        "and Kenya sent troops to the area.\n\n"
        "President Daniel Mwangi declared three days of national mourning.\n"
    )
    assert ("daniel-mwangi", "LEADS", "kenya") in found, found
    assert ("daniel-mwangi", "LEADS", "switzerland") not in found, found


def test_a_regime_or_dictatorship_named_after_a_person_is_led_by_him() -> None:
    found = links_of(
        PAGE_ON_LIBYA
        + "Many of the fighters' parents had fled the regime of Idris Mansour in the 1990s, and their grandparents "
        + "had lived under the dictatorship of Youssef Karim.\n"
    )
    assert ("idris-mansour", "LEADS", "libya") in found, found
    assert ("youssef-karim", "LEADS", "libya") in found, found


def test_a_body_of_the_pages_state_in_the_sentence_before_keeps_a_title_the_pages() -> None:
    found = links_of(
        "Militants killed 20 police officers in Kashmir on Thursday, India said. India vowed to respond, and "
        "India's army sent more troops to the valley.\n\n"
        "The Indian Ministry of External Affairs said the group was based abroad and demanded that Pakistan act. "
        "Prime Minister Arjun Mehta said the army had been given a free hand.\n"
    )
    assert ("arjun-mehta", "LEADS", "india") in found, found


def test_the_pages_state_is_worked_out_once_a_page_however_many_titles_ask(monkeypatch: pytest.MonkeyPatch) -> None:
    from loaders import home_state
    from loaders.extract import DocReader
    from loaders.nlp import load_nlp

    calls = []
    real = home_state.page_state
    monkeypatch.setattr(home_state, "page_state", lambda *args: calls.append(args) or real(*args))
    reader = DocReader(load_nlp()(PAGE_ON_LIBYA + "President Omar Belkacem met Defence Minister Salem Ferjani.\n"), "t")
    first = home_state.article_state(reader)
    assert first is not None and first.name == "Libya"
    assert home_state.article_state(reader) is first
    assert len(calls) == 1


def test_a_page_set_in_places_of_a_state_it_never_names_is_not_on_a_state_named_in_passing() -> None:
    found = links_of(
        "Town mourns kidnapped pupils\n\n"
        "The United States said on Monday that it had offered surveillance flights.\n\n"
        "Gunmen seized dozens of pupils from a school near Kano on Sunday night. Parents marched in Lagos, and "
        "witnesses said the gunmen fled towards the forest. The United States has sent such teams before.\n\n"
        "President Daniel Okafor declared three days of national mourning.\n"
    )
    assert ("daniel-okafor", "LEADS", "united-states") not in found, found


def test_a_title_serves_the_state_whose_voice_tells_of_him_not_the_pages() -> None:
    page = "Floods in Kenya\n\nFloods swept Kenya on Monday, and Kenya asked its neighbours for help.\n\n"
    found = links_of(page + "Russia said President Ivan Morozov had spoken by phone with the leaders of the region.\n")
    assert ("ivan-morozov", "LEADS", "russia") in found, found
    assert ("ivan-morozov", "LEADS", "kenya") not in found, found
    found = links_of(page + "Moscow said President Ivan Morozov would send aid to the flooded towns.\n")
    assert ("ivan-morozov", "LEADS", "russia") in found, found
    assert ("ivan-morozov", "LEADS", "kenya") not in found, found


def test_a_state_a_leader_speaks_of_in_a_joined_clause_keeps_the_pages_state_from_him() -> None:
    found = links_of(
        "Iran strikes Erbil\n\nIran fired missiles at Erbil on Monday. Iran said the strikes hit spies, and Iran "
        "warned it would strike again.\n\nPrime Minister Omar Saleh said in a statement that the strikes were a "
        "dangerous escalation and that Iraq would not be an arena for settling accounts.\n"
    )
    assert ("omar-saleh", "LEADS", "iran") not in found, found


PAGE_ON_KENYA = "Floods in Kenya\n\nFloods swept Kenya on Monday, and Kenya asked its neighbours for help.\n\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "Somalia and its allies rallied behind President Omar Farah against the insurgents.",
        "President Omar Farah, who returned to office in 2022, declared war on the militants, while the United "
        "States kept up its air strikes.",
        "Somalia's army, loyal to President Omar Farah, retook the town on Monday.",
        "The strikes were ordered by President Omar Farah after Ethiopia and Eritrea closed the border.",
        "Mark Hale, an adviser to President Omar Farah, told the US network CBN that the talks had failed.",
    ],
)
def test_a_bare_title_beside_other_states_only_does_not_serve_the_pages_state(sentence: str) -> None:
    found = links_of(PAGE_ON_KENYA + sentence + "\n")
    assert ("omar-farah", "LEADS", "kenya") not in found, found


@pytest.mark.parametrize(
    "sentence",
    [
        "President Omar Farah told South Korean television that aid had arrived.",
        "President Omar Farah said North Korean units had been seen near the front.",
        "President Omar Farah met Somalia's envoy in Nairobi and said Kenya would rebuild.",
        "Former president Omar Farah said Kenya needed help, as Somalia sent aid.",
        "President Omar Farah visited the flooded towns with Somali aid workers.",
        "President Omar Farah, who returned from a summit in Ethiopia, visited the towns.",
        "Washington welcomed the plan, and President Omar Farah said the towns would be rebuilt.",
        "The United States sanctioned two ministers and President Omar Farah in March.",
        "President Omar Farah, who has long accused Uganda of arming the rebels, visited the towns.",
        "President Omar Farah toured Somalia, Ethiopia and Uganda to ask for aid.",
    ],
)
def test_a_bare_title_keeps_the_pages_state_beside_demonyms_or_the_pages_own_name(sentence: str) -> None:
    found = links_of(PAGE_ON_KENYA + sentence + "\n")
    assert ("omar-farah", "LEADS", "kenya") in found, found


def test_a_title_after_a_sentence_on_other_states_with_only_others_in_its_own_does_not_serve_the_pages() -> None:
    found = links_of(
        PAGE_ON_KENYA + "Russia and China urged calm on Tuesday. President Ivan Morozov spoke by phone with "
        "Tanzanian President Amani Juma.\n"
    )
    assert ("ivan-morozov", "LEADS", "kenya") not in found, found
