"""References across sentences and paragraphs ("the group", "the militia", "its", "he"), each on paragraphs written
for the test (the rules alone)."""

from __future__ import annotations

import pytest
from conftest import graph_of, links_of

pytestmark = pytest.mark.model


def evidence(text: str) -> dict[tuple[str, str, str], str]:
    """Each relationship the text states, by node ids, with the sentence given as its evidence."""
    kg = graph_of(text)
    return {(s, k, o): d["evidence"][0].sentence.strip() for s, o, k, d in kg.g.edges(keys=True, data=True)}


def test_references_in_one_paragraph_stand_for_the_group_named_first() -> None:
    text = (
        "Al-Shabaab set off a car bomb in Kismayo on Sunday. The militant group has fought the federal army for "
        "years. It also collects taxes from farmers. The group's leader, Ahmed Diriye, praised the bombers."
    )
    found = evidence(text)
    assert found[("ahmed-diriye", "LEADS", "al-shabaab")] == "The group's leader, Ahmed Diriye, praised the bombers."


def test_its_leader_after_a_paragraph_break_is_the_one_group_named_before() -> None:
    text = (
        "Al-Shabaab set off a car bomb in Kismayo on Sunday.\n\n"
        "The militant group has fought the Somali army for years. Its leader, Ahmed Diriye, praised the bombers."
    )
    found = evidence(text)
    assert found[("ahmed-diriye", "LEADS", "al-shabaab")] == "Its leader, Ahmed Diriye, praised the bombers."
    assert not any(s == "ahmed-diriye" and o == "somalia" for s, _, o in found)


def test_the_group_after_a_paragraph_naming_a_rival_group_is_neither() -> None:
    text = (
        "Al-Shabaab set off a car bomb in Kismayo on Sunday.\n\n"
        "The Islamic State has also recruited fighters in Puntland, officials said.\n\n"
        "The group is funded by Eritrea, according to a UN report."
    )
    assert not any(s == "eritrea" for s, _, _ in evidence(text))


def test_a_reference_reaches_no_further_than_three_sentences_into_an_earlier_paragraph() -> None:
    text = (
        "Al-Shabaab set off a car bomb in Kismayo on Sunday.\n\n"
        "Somalia has suffered four years of drought. Herders lost their camels. Food prices doubled. Aid groups "
        "asked donors for money.\n\n"
        "Its leader, Ahmed Diriye, praised the bombers."
    )
    assert not any(s == "ahmed-diriye" for s, _, _ in evidence(text))


@pytest.mark.parametrize(
    "aside",
    [
        "Photo: Hezbollah fighters march through Baalbek.",
        "READ MORE: Hezbollah picks a new secretary-general",
        "Hezbollah supporters wave flags in Tyre. (AFP/Getty Images)",
        "By Lina Haddad, Hezbollah Watch",
    ],
)
def test_a_caption_a_link_or_a_byline_is_not_what_the_group_stands_for(aside: str) -> None:
    text = f"{aside}\n\nIsraeli jets struck a bridge near Tyre on Monday. The group is funded by Iran, officials say."
    assert ("iran", "FUNDS", "hezbollah") not in evidence(text)


def test_the_militia_stands_for_the_armed_group_not_a_party_named_after_it() -> None:
    text = (
        "Kataib Hezbollah fired rockets at the Victory base. The Islamic Dawa Party condemned the attack. "
        "The militia is funded by Iran, according to US officials."
    )
    found = evidence(text)
    assert ("iran", "FUNDS", "kataib-hezbollah") in found
    assert ("iran", "FUNDS", "islamic-dawa-party") not in found


def test_its_after_a_name_and_a_description_is_that_name_s_not_the_subject_s() -> None:
    text = (
        "On Tuesday the Treasury blacklisted Harakat Hezbollah al-Nujaba, an Iraqi faction, and its "
        "secretary-general, Akram al-Kaabi."
    )
    found = evidence(text)
    assert ("akram-al-kaabi", "LEADS", "harakat-hezbollah-al-nujaba") in found
    assert not any(s == "akram-al-kaabi" and o == "us-treasury" for s, _, o in found)


def test_he_is_the_one_person_named_as_subject_in_the_paragraph_before() -> None:
    text = "Ahmed Diriye addressed his fighters in a recorded speech.\n\nHe has led Al-Shabaab since 2014."
    assert evidence(text)[("ahmed-diriye", "LEADS", "al-shabaab")] == "He has led Al-Shabaab since 2014."


def test_he_after_a_paragraph_naming_two_people_as_subjects_is_neither() -> None:
    text = (
        "Ahmed Diriye addressed his fighters in a recorded speech. Mahad Karate met tribal elders in Jilib.\n\n"
        "He has led Al-Shabaab since 2014."
    )
    assert not any(t == "LEADS" for _, t, _ in evidence(text))


def test_the_group_across_paragraphs_is_the_one_that_opened_two_of_them_not_a_rival_named_in_one() -> None:
    text = (
        "## Who controls the south?\n\n"
        "Al-Shabaab holds most of the farmland along the Jubba river.\n\n"
        "Al-Shabaab also runs courts in the towns it holds. The Islamic State fought its fighters near Bosaso "
        "last year.\n\n"
        "The group is funded by Eritrea, according to a UN report."
    )
    found = evidence(text)
    assert found[("eritrea", "FUNDS", "al-shabaab")] == "The group is funded by Eritrea, according to a UN report."
    assert ("eritrea", "FUNDS", "islamic-state") not in found


def test_he_stays_the_person_named_as_subject_paragraphs_before_over_one_named_only_as_an_object() -> None:
    text = (
        "Ahmed Diriye addressed his fighters in a recorded speech.\n\n"
        "Officials in Mogadishu dismissed the recording as old. The army said it was made in 2019. Residents of "
        "Jilib heard gunfire that night.\n\n"
        "In the speech, fighters were told to honour the memory of Mahad Karate. He has led Al-Shabaab since 2014."
    )
    found = evidence(text)
    assert found[("ahmed-diriye", "LEADS", "al-shabaab")] == "He has led Al-Shabaab since 2014."
    assert not any(s == "mahad-karate" and t == "LEADS" for s, t, _ in found)


def test_references_that_are_subjects_carry_the_topic_into_a_later_section() -> None:
    text = (
        "## Where did the movement come from?\n\n"
        "Al-Shabaab grew out of the Islamic courts of Mogadishu. Ethiopia invaded Somalia in 2006 to crush the "
        "courts.\n\n"
        "The militants retreated to the south. Within two years they held Kismayo and its port.\n\n"
        "## Who leads it today?\n\n"
        "Ahmed Diriye is its leader."
    )
    found = evidence(text)
    assert found[("ahmed-diriye", "LEADS", "al-shabaab")] == "Ahmed Diriye is its leader."
    assert not any(s == "ahmed-diriye" and o in {"ethiopia", "somalia"} for s, _, o in found)


def test_its_beyond_reach_is_the_group_named_as_subject_more_often_than_a_rival_state() -> None:
    text = (
        "Al-Shabaab attacked an army base near Baidoa on Friday. Al-Shabaab also ambushed a supply convoy. "
        "Ethiopia sent more troops to the region.\n\n"
        "Residents of Baidoa fled to the coast. Markets stayed shut for days. Schools closed too.\n\n"
        "Its leader, Ahmed Diriye, praised the fighters in a recorded message."
    )
    found = evidence(text)
    assert ("ahmed-diriye", "LEADS", "al-shabaab") in found
    assert not any(s == "ahmed-diriye" and o == "ethiopia" for s, _, o in found)


def test_the_group_is_the_one_a_relative_clause_tells_of_not_a_subject_across_a_break() -> None:
    text = (
        "Hamas said on Monday that it would attend the talks in Cairo.\n\n"
        "The ambush near Gao was claimed by Jund al-Sahel, which is led by Omar Diallo. The group is funded by Qatar."
    )
    found = evidence(text)
    assert found[("qatar", "FUNDS", "jund-al-sahel")] == "The group is funded by Qatar."
    assert ("qatar", "FUNDS", "hamas") not in found


def test_a_relative_clause_on_a_group_a_sentence_ends_at_does_not_take_the_reference() -> None:
    text = (
        "Jund al-Sahel attacked a convoy near Gao on Monday.\n\n"
        "Its fighters later sent their wounded to Ansar Dine, which runs a clinic in Kidal. "
        "The group is funded by Qatar."
    )
    found = evidence(text)
    assert ("qatar", "FUNDS", "jund-al-sahel") in found
    assert ("qatar", "FUNDS", "ansar-dine") not in found


def test_the_group_described_by_a_state_adjective_is_the_group_named_before() -> None:
    text = "Jund al-Sahel attacked a convoy near Gao on Monday. The Malian militant group is funded by Qatar."
    found = evidence(text)
    assert found[("qatar", "FUNDS", "jund-al-sahel")] == "The Malian militant group is funded by Qatar."


def test_its_in_a_relative_clause_is_the_group_the_clause_tells_of_not_the_subject() -> None:
    text = (
        "Hamas met the Sahel Front in Doha. "
        "France bombed Jund al-Sahel, which said its leader, Omar Diallo, had been wounded."
    )
    found = evidence(text)
    assert ("omar-diallo", "LEADS", "jund-al-sahel") in found
    assert not any(s == "omar-diallo" and o == "france" for s, _, o in found)


def test_its_is_the_main_subject_not_the_subject_of_a_relative_clause_on_it() -> None:
    text = (
        "Hamas met the Sahel Front in Doha. Jund al-Sahel, a militia that France bombed in 2019, said in a statement "
        "on Monday that its leader, Omar Diallo, had been wounded."
    )
    found = evidence(text)
    assert ("omar-diallo", "LEADS", "jund-al-sahel") in found
    assert not any(s == "omar-diallo" and o == "france" for s, _, o in found)


def test_its_is_the_main_clause_subject_s_not_that_of_a_clause_of_time_after_it() -> None:
    text = (
        "Al-Shabaab has lost ground in southern Somalia since the Islamic State expanded in Puntland. "
        "Its leader, Ahmed Diriye, blamed clan militias."
    )
    found = evidence(text)
    assert ("ahmed-diriye", "LEADS", "al-shabaab") in found
    assert not any(s == "ahmed-diriye" and o == "islamic-state" for s, _, o in found)


def test_its_after_an_unnamed_junta_it_is_coordinated_with_is_the_junta_s() -> None:
    text = (
        "JNIM fighters stormed a police school in Bamako on Tuesday. "
        "Analysts called the assault a message to the junta and to its backers in Moscow."
    )
    assert not any(s == "russia" and o == "jnim" for s, _, o in evidence(text))


def test_its_after_an_unnamed_government_as_its_clause_s_subject_is_no_one_named_before() -> None:
    text = (
        "TotalEnergies halted work at its gas plant near Palma in March. "
        "In August the government said its forces had killed Ibn Omar, a commander of the insurgents."
    )
    assert not any(s == "totalenergies" for s, _, _ in evidence(text))


def test_it_as_the_object_of_a_verb_is_not_that_verb_s_unnamed_subject() -> None:
    text = (
        "Al-Shabaab has fought the federal army in Lower Shabelle for years. "
        "The government blamed it for the car bombing in Kismayo on Sunday."
    )
    assert any(s == "al-shabaab" and k == "BLAMED_FOR" for s, k, _ in evidence(text))


def test_the_party_is_the_party_named_before_not_its_armed_wing_named_since() -> None:
    text = (
        "The Communist Party of the Philippines was founded in 1968 by Jose Maria Sison. Its armed wing, the New "
        "People's Army, operates from the mountains of Samar. The party is headed by its chairman, Benito Tiamzon."
    )
    found = evidence(text)
    assert ("benito-tiamzon", "LEADS", "communist-party-of-the-philippines") in found
    assert not any(s == "benito-tiamzon" and o == "new-peoples-army" for s, _, o in found)


def test_he_in_a_clause_of_its_sentence_is_the_person_that_sentence_named_not_the_subject_before() -> None:
    text = (
        "Baitullah Mehsud founded the Pakistani Taliban in 2007. Fazlullah's death came a week after the group "
        "released a video in which he claimed the bombing of a school in Peshawar."
    )
    found = evidence(text)
    assert any(s == "mullah-fazlullah" and k == "BLAMED_FOR" for s, k, _ in found)
    assert not any(s == "baitullah-mehsud" and k == "BLAMED_FOR" for s, k, _ in found)


def test_it_after_a_sentence_whose_subject_is_an_unnamed_government_is_no_group_named_before() -> None:
    text = (
        "The Wagner Group sent fighters to Mali in 2021.\n\n"
        "The military government, led by Assimi Goita, has reshaped the alliances of Mali. "
        "It ordered French troops to leave in 2022."
    )
    assert not any(s == "wagner-group" and o == "france" for s, _, o in evidence(text))


def test_the_group_s_commander_is_a_name_makes_that_person_a_member_of_the_group() -> None:
    text = (
        "Hezbollah fired rockets at northern Israel on Monday. "
        "The movement's most senior commander in the south is Ali Karaki."
    )
    assert ("ali-karaki", "MEMBER_OF", "hezbollah") in evidence(text)


@pytest.mark.parametrize(
    ("text", "link"),
    [
        (
            "Jama'at Nusrat al-Islam wal-Muslimin was formed in 2017 through the merger of Ansar Dine and "
            "Al-Mourabitoun. Its leader, Iyad Ag Ghaly, once negotiated hostage releases.",
            ("iyad-ag-ghaly", "LEADS", "jnim"),
        ),
        (  # a subject whose name closes with a bracket is a subject all the same
            "The CPI (Maoist) was formed in 2004 through the merger of the People's War Group and the Maoist "
            "Communist Centre. Its armed wing, the People's Liberation Guerrilla Army, operates in Bastar.",
            ("peoples-liberation-guerrilla-army", "MEMBER_OF", "communist-party-of-india-maoist"),
        ),
    ],
)
def test_its_after_two_groups_merged_into_the_subject_is_the_subject_s(text: str, link: tuple[str, str, str]) -> None:
    assert link in evidence(text)


def test_the_group_s_secretary_general_is_a_name_makes_that_person_its_head() -> None:
    text = "Hezbollah fired rockets at northern Israel on Monday. The group's secretary-general is Naim Qassem."
    assert ("naim-qassem", "LEADS", "hezbollah") in evidence(text)


@pytest.mark.parametrize(
    ("text", "unsure"),
    [
        ("Ismail Haniyeh and Yahya Sinwar met in Doha on Monday. He is the leader of Hamas.", "LEADS"),
        ("Israel and Egypt signed a deal on Monday. It also funds Hamas, officials said.", "FUNDS"),
    ],
)
def test_he_or_it_after_two_actors_named_together_is_neither(text: str, unsure: str) -> None:
    assert not any(k == unsure for _, k, _ in evidence(text))


def test_its_after_a_killing_is_the_victims_not_the_killers() -> None:
    found = evidence("Kenya struck al-Shabaab near Kismayo and killed its commander, Hassan Abdi Warsame.")
    assert ("hassan-abdi-warsame", "LEADS", "al-shabaab") in found, found
    assert not any(k[0] == "hassan-abdi-warsame" and k[2] != "al-shabaab" for k in found if k[1] == "LEADS"), found


def test_a_group_noun_never_stands_for_a_name_in_its_own_phrase() -> None:
    found = evidence(
        "Al-Shabaab fighters attacked an army base in Lower Shabelle on Sunday. "
        "The al Qaeda-linked group has been fighting the Somali government for 15 years."
    )
    assert ("al-shabaab", "OPPOSES", "somalia") in found, found
    assert not any(k[0] == "al-qaeda" and k[1] == "OPPOSES" for k in found), found


@pytest.mark.parametrize(
    "text",
    [
        "An al-Qaeda affiliate said on Wednesday it had attacked an army base near Gao.",
        "An al-Qaeda affiliate attacked an army base near Gao on Wednesday.",
    ],
)
def test_an_affiliate_left_unnamed_is_not_the_group_it_is_tied_to(text: str) -> None:
    assert not any(k[0] == "al-qaeda" and k[1] in {"ATTACKED", "BLAMED_FOR"} for k in evidence(text)), evidence(text)


def test_the_junta_far_down_a_page_is_the_ruling_body_known_by_that_name() -> None:
    text = (
        "Niger's National Council for the Safeguard of the Homeland ordered French troops out on Friday. "
        "Crowds gathered outside the French base in Niamey.\n\n"
        "Protesters waved Russian flags. Shops stayed closed. Traffic was light.\n\n"
        "The junta's spokesman, Colonel Amadou Oumarou, read the order on state television."
    )
    found = evidence(text)
    assert ("amadou-oumarou", "WORKS_FOR", "cnsp") in found


@pytest.mark.parametrize(
    "attack",
    [
        "Rebel fighters of the Azawad Liberation Front attacked junta positions near Gao on Sunday.",
        "The Azawad Liberation Front said its fighters had ambushed junta troops on the road to Gao.",
    ],
)
def test_a_bare_junta_before_its_forces_is_the_ruling_body_known_by_that_name(attack: str) -> None:
    text = "Niger's National Council for the Safeguard of the Homeland closed the border on Friday.\n\n" + attack
    found = evidence(text)
    assert any(k[1] == "ATTACKED" and k[2] == "cnsp" for k in found), found


def test_a_bare_junta_before_its_forces_is_no_one_when_the_page_named_no_junta() -> None:
    found = evidence("Niger closed the border on Friday. The Azawad Liberation Front attacked junta posts near Gao.")
    assert not any(k[1] == "ATTACKED" and k[2] in {"cnsp", "niger"} for k in found), found


@pytest.mark.parametrize(
    "attack",
    [
        "Fighters of the Azawad Liberation Front attacked army positions near Gao on Sunday.",
        "The Azawad Liberation Front said it had shelled two military outposts near Gao.",
    ],
)
def test_a_bare_army_before_its_posts_is_the_one_state_army_the_page_named(attack: str) -> None:
    text = "The Malian army said on Friday that it had sent reinforcements to the north.\n\n" + attack
    found = evidence(text)
    assert ("azawad-liberation-front", "ATTACKED", "malian-armed-forces") in found, found


def test_a_bare_army_before_its_posts_is_no_army_when_the_page_named_two() -> None:
    text = (
        "The Malian army and the Nigerian army held joint drills on Friday. "
        "The Azawad Liberation Front attacked army positions near Gao on Sunday."
    )
    found = evidence(text)
    assert not any(k[1] == "ATTACKED" and k[2] in {"malian-armed-forces", "nigerian-army"} for k in found), found


def test_they_in_what_unnamed_fighters_say_is_not_a_group_named_before() -> None:
    text = (
        "The Sahel Patriotic Front has stayed out of the fighting near Gao. "
        "Local fighters said on Monday they had ambushed an army convoy near Gao."
    )
    found = evidence(text)
    assert not any(k[0] == "sahel-patriotic-front" and k[1] in {"ATTACKED", "BLAMED_FOR"} for k in found), found


def test_they_in_what_a_named_group_s_fighters_say_is_that_group() -> None:
    found = evidence("The Sahel Patriotic Front fighters said on Monday they had ambushed an army convoy near Gao.")
    assert any(k[0] == "sahel-patriotic-front" and k[1] in {"ATTACKED", "BLAMED_FOR"} for k in found), found


def test_the_alliance_far_down_a_page_is_the_coalition_known_by_that_name() -> None:
    text = (
        "The Three Brotherhood Alliance launched an offensive in northern Shan State in October.\n\n"
        "Residents fled towards the Chinese border. Markets closed. Aid groups asked for access.\n\n"
        "In the first weeks the alliance captured Lashio, the largest town in the north."
    )
    assert ("three-brotherhood-alliance", "ATTACKED", "lashio") in evidence(text)


def test_the_military_is_not_a_council_that_merely_has_the_word_in_its_name() -> None:
    text = (
        "The Manbij Military Council said on Monday it had repelled an assault. "
        "The military's spokesman, Farhad Shami, said four fighters were killed."
    )
    found = evidence(text)
    assert not any(s == "farhad-shami" for s, _, _ in found)


def test_a_group_noun_after_a_name_the_ner_missed_is_that_group_not_the_one_named_before() -> None:
    text = (
        "The ELN's Eastern War Front claimed the attack in a statement. "
        "Ahmed Farah, a former member of the MRTA guerrilla group, said the bombing closed a process."
    )
    assert not any(s == "ahmed-farah" for s, _, _ in evidence(text))


def test_a_former_member_of_a_known_guerrilla_group_is_its_member() -> None:
    text = "Gustavo Petro, a former member of the M-19 guerrilla group, won the election."
    assert ("gustavo-petro", "MEMBER_OF", "m-19") in evidence(text)


def test_they_after_unnamed_soldiers_in_its_sentence_is_not_a_group_named_before() -> None:
    text = (
        "The FDLR has camps in North Kivu. Last year Rwanda's army sent soldiers to the border, where they fought "
        "against the M23 rebels."
    )
    found = evidence(text)
    assert ("fdlr", "BASED_IN", "north-kivu") in found
    assert not any({s, o} == {"fdlr", "m23"} for s, _, o in found)


def test_its_after_an_unnamed_gang_in_its_sentence_is_not_the_country_named_before() -> None:
    text = (
        "Mexico has fought the cartels for decades. Juan Perez took control of the gang after its founder was "
        "killed, and he ran it from a prison cell."
    )
    assert not any(s == "juan-perez" and o == "mexico" for s, _, o in evidence(text))


def test_it_in_a_relative_clause_on_the_wing_of_a_named_body_is_that_body() -> None:
    text = (
        "Hizbul Islam emerged from the armed youth wing of the Islamic Courts Union, which ran Kismayo for two "
        "years before Kenyan troops drove it out."
    )
    found = evidence(text)
    assert ("kenya", "OPPOSES", "islamic-courts-union") in found
    assert not any("kenya" in (s, o) and "hizbul-islam" in (s, o) for s, _, o in found)


def test_they_inside_a_witness_quotation_is_not_the_group_named_before_it() -> None:
    text = (
        "Kataib Hezbollah has fired rockets at US bases. A guard was heard yelling 'they attacked Hadi al-Amiri's "
        "convoy', a witness told reporters."
    )
    found = evidence(text)
    assert ("kataib-hezbollah", "ATTACKED", "united-states") in found
    assert ("kataib-hezbollah", "ATTACKED", "hadi-al-amiri") not in found


def test_the_maoists_are_the_party_named_before_with_maoist_in_its_name() -> None:
    text = (
        "The Communist Party of India (Maoist) was set up in 2004 by two rebel factions. The Maoists attacked a "
        "CRPF camp in Sukma in April 2017."
    )
    found = evidence(text)
    assert ("communist-party-of-india-maoist", "ATTACKED", "central-reserve-police-force") in found


def test_followers_without_an_article_or_of_two_names_as_often_are_no_one() -> None:
    bare = (
        "The Communist Party of India (Maoist) was set up in 2004 by two rebel factions. Some Maoists attacked a "
        "CRPF camp in Sukma in April 2017."
    )
    assert not any(s == "communist-party-of-india-maoist" for s, _, _ in evidence(bare))
    two = (
        "The Communist Party of India (Maoist) was set up in 2004 by the Maoist Communist Centre of India and "
        "another faction. The Maoists attacked a CRPF camp in Sukma in April 2017."
    )
    assert not any(k == "ATTACKED" for _, k, _ in evidence(two))


@pytest.mark.parametrize(
    ("text", "target", "place", "author"),
    [
        (
            "The Israeli military said it had killed Marwan Issa in an air strike in Nuseirat.",
            "marwan-issa",
            "nuseirat",
            "israeli-military",  # the state's force named by its demonym is a body of the state's
        ),
        (
            "Israel's army said its jets struck Hezbollah positions near Naqoura on Monday.",
            "hezbollah",
            "naqoura",
            "israel",
        ),
        (
            "The Nigerian government said its troops had attacked Boko Haram camps in Sambisa on Friday.",
            "boko-haram",
            "sambisa-forest",
            "nigeria",
        ),
    ],
)
def test_a_pronoun_of_a_state_s_unnamed_military_or_government_is_the_state(
    text: str, target: str, place: str, author: str
) -> None:
    kg = graph_of(text)
    state = "nigeria" if "Nigerian" in text else "israel"
    # a named force attacks, not its state
    assert kg.g.has_edge(author, target, key="ATTACKED"), list(kg.g.edges(keys=True))
    (incident,) = [n for n, d in kg.g.nodes(data=True) if d["label"] == "Event"]
    blamed = kg.g.get_edge_data(author, incident, key="BLAMED_FOR")
    assert blamed is not None and blamed["evidence"][0].certainty == "asserted"
    assert author == state or kg.g.has_edge(state, author, key="AFFILIATED_WITH")
    assert kg.g.has_edge(incident, place, key="OCCURRED_AT")


def test_its_in_a_sentence_with_no_named_subject_is_the_nearest_fitting_name_before_it() -> None:
    text = (
        "Russia's defence ministry has moved to control the country's private armies. A new corps under its command "
        "will absorb the fighters of the Orion Group after the death of its founder, Pavel Sarkisov."
    )
    found = evidence(text)
    assert ("pavel-sarkisov", "LEADS", "orion-group") in found, found
    assert ("pavel-sarkisov", "LEADS", "russian-ministry-of-defence") not in found, found


def test_its_in_a_when_clause_is_the_group_its_own_sentence_names_not_the_topic_before() -> None:
    text = (
        "The Islamic State claimed a bombing in Kabul on Monday.\n\n"
        "Noor Wali Mehsud has led the Pakistani Taliban since 2018, when its previous leader, Mullah Fazlullah, was "
        "killed in a drone strike."
    )
    found = evidence(text)
    assert ("mullah-fazlullah", "LEADS", "tehrik-i-taliban-pakistan") in found
    assert ("mullah-fazlullah", "LEADS", "isis") not in found


def test_its_after_a_clause_that_hits_a_groups_stronghold_is_that_groups() -> None:
    found = evidence(
        "ISWAP broke away from Boko Haram in 2016. In 2021 its fighters overran Boko Haram's camp in the Sambisa "
        "Forest, and its leader, Abubakar Shekau, died."
    )
    assert ("abubakar-shekau", "LEADS", "boko-haram") in found, found
    assert ("abubakar-shekau", "LEADS", "islamic-state-west-africa-province") not in found, found


def test_its_after_a_clause_that_hits_a_states_army_is_not_the_states() -> None:
    found = evidence(
        "ISWAP broke away from Boko Haram in 2016. In 2021 its fighters attacked Nigeria's army in Maiduguri, and its "
        "commander, Abubakar Shekau, died."
    )
    assert ("abubakar-shekau", "LEADS", "nigeria") not in found, found


def test_the_cartel_is_the_one_cartel_named_before_not_the_latest_gang() -> None:
    text = (
        "Washington sanctioned the Gulf Cartel last week. It also sanctioned MS-13 and Tren de Aragua. "
        "Ramon Fuentes Leal supplies the cartel with rifles."
    )
    funded = {o for s, t, o in evidence(text) if s == "ramon-fuentes-leal" and t == "FUNDS"}
    assert funded == {"gulf-cartel"}, funded


@pytest.mark.parametrize(
    "text",
    [
        "Prosecutors charged Darius Velkov, a shipping magnate jailed over a customs scandal, whom Britain sanctioned "
        "last year.",
        "The court heard from Darius Velkov, once a broker at a Cypriot bank, whom Britain sanctioned last year.",
    ],
)
def test_whom_after_a_phrase_set_off_after_a_persons_name_is_the_person(text: str) -> None:
    found = evidence(text)
    assert ("darius-velkov", "SANCTIONED_BY", "united-kingdom") in found, found


def test_which_after_such_a_phrase_stays_with_its_own_noun() -> None:
    found = evidence("Police questioned Darius Velkov, a broker at the Delta Fund, which Britain sanctioned last year.")
    assert ("darius-velkov", "SANCTIONED_BY", "united-kingdom") not in found, found


def test_the_government_alone_stands_for_the_country_named_before() -> None:
    text = (
        "Mozambican troops have fought Islamist insurgents in Cabo Delgado since 2017. Rwanda sent soldiers to "
        "Mozambique in 2021, and Rwandan police followed. In August the government said its forces had killed Ali "
        "Musa, a rebel commander."
    )
    found = evidence(text)
    assert any(s == "mozambique" and k == "ATTACKED" and "musa" in o.lower() for s, k, o in found)
    assert not any(s == "rwanda" and "musa" in o.lower() for s, k, o in found)


@pytest.mark.parametrize(
    ("text", "right", "wrong"),
    [
        (
            "Benin has closed two border crossings. Benin has also arrested dozens of smugglers. The junta in Niger "
            "has expelled French troops.",
            ("niger", "OPPOSES", "france"),
            ("benin", "OPPOSES", "france"),
        ),
        (
            "Lebanon has held indirect talks with Israel. Lebanon wants the border quiet. The regime in Damascus "
            "condemned Israel on Monday.",
            ("syria", "OPPOSES", "israel"),
            ("lebanon", "OPPOSES", "israel"),
        ),
    ],
)
def test_a_ruling_noun_seated_in_a_named_state_or_capital_is_that_state_not_the_page_s(
    text: str, right: tuple[str, str, str], wrong: tuple[str, str, str]
) -> None:
    found = evidence(text)
    assert right in found and wrong not in found, found


@pytest.mark.parametrize(
    ("text", "link"),
    [
        (
            "The Marsh Brotherhood was set up in Dorval in 2011. Its security apparatus was trained by Iran.",
            ("iran", "FUNDS", "marsh-brotherhood"),
        ),
        (
            "The Marsh Brotherhood was set up in Dorval in 2011. The group's growth has brought it into open "
            "confrontation with the Red Hand Army.",
            ("marsh-brotherhood", "OPPOSES", "red-hand-army"),
        ),
    ],
)
def test_a_possessive_reference_owns_its_phrase_as_the_name_would(text: str, link: tuple[str, str, str]) -> None:
    assert link in evidence(text)


def test_a_persons_possessive_does_not_make_him_the_doer() -> None:
    text = "Omar Belkacem was elected president of Morvania in 2019. His government expelled French troops last year."
    assert not any(s == "omar-belkacem" and k == "OPPOSES" for s, k, _ in evidence(text))


def test_the_group_after_a_sentence_about_a_named_group_s_deed_is_that_group() -> None:
    text = (
        "Al-Shabaab set off a car bomb in Kismayo on Sunday.\n\n"
        "The Ansar Front's deadliest raid came in May 2021, when gunmen killed two officers near Tarzo. The group is "
        "funded by Eritrea, according to a UN report."
    )
    found = evidence(text)
    assert found[("eritrea", "FUNDS", "ansar-front")].startswith("The group is funded by Eritrea")
    assert ("eritrea", "FUNDS", "al-shabaab") not in found


def test_its_after_a_sentence_about_an_unnamed_body_from_a_named_group_is_that_group() -> None:
    text = (
        "Al-Shabaab set off a car bomb in Kismayo on Sunday.\n\n"
        "A delegation from the Ansar Front held talks with elders in Tarzo. Its members included Omar Dalmar."
    )
    found = evidence(text)
    assert found[("omar-dalmar", "MEMBER_OF", "ansar-front")] == "Its members included Omar Dalmar."
    assert not any(s == "omar-dalmar" and o == "al-shabaab" for s, _, o in found)


def test_a_clause_on_the_people_a_coalition_gathers_tells_of_the_coalition() -> None:
    found = evidence(
        "The Northern Alliance, a coalition of mainly Uzbek commanders that fought the Taliban, held Mazar-i-Sharif "
        "for years."
    )
    assert ("northern-alliance", "OPPOSES", "taliban") in found or ("taliban", "OPPOSES", "northern-alliance") in found
    assert not any("uzbekistan" in (s, o) and k == "OPPOSES" for s, k, o in found), found


def test_a_clause_on_a_named_groups_people_a_band_gathers_stays_with_their_group() -> None:
    found = evidence("Hamas sent a band of Islamic Jihad fighters who attacked Israel near Sderot last week.")
    assert not any(s == "hamas" and k == "ATTACKED" for s, k, o in found), found


def test_a_force_qualified_by_its_parents_name_is_the_force_named_before() -> None:
    found = evidence(
        "The UN Interim Force in Lebanon (UNIFIL) has watched the frontier since 1978. The UN force, which is "
        "headquartered in Naqoura, has about 10,000 peacekeepers."
    )
    assert ("unifil", "BASED_IN", "naqoura") in found, found
    assert not any(s == "united-nations" and k == "BASED_IN" for s, k, o in found), found


def test_they_in_what_two_people_announce_stands_for_both() -> None:
    found = evidence(
        "The Rapid Support Forces shelled Nyala on Monday. Adam Musa and Yusuf Tahir announced that they would "
        "fight alongside the army, accusing the Rapid Support Forces of genocide."
    )
    assert ("adam-musa", "OPPOSES", "rapid-support-forces") in found, found
    assert ("yusuf-tahir", "OPPOSES", "rapid-support-forces") in found, found


def test_they_in_what_one_person_says_is_not_him() -> None:
    found = evidence(
        "Hamas and Islamic Jihad fired rockets on Monday. Adam Musa said that they would keep attacking Israel."
    )
    assert not any(s == "adam-musa" and k in {"ATTACKED", "THREATENED"} for s, k, o in found), found


def test_its_in_a_list_hung_on_a_groups_leadership_is_that_groups() -> None:
    found = evidence(
        "Al-Shabaab attacked an army post near Baidoa on Friday. The ONLF leadership, including its chairman "
        "Abdirahman Mahdi, fled to Nairobi."
    )
    assert ("abdirahman-mahdi", "LEADS", "onlf") in found, found
    assert not any(s == "abdirahman-mahdi" and o == "al-shabaab" for s, k, o in found), found


def test_the_force_is_the_force_named_before_not_the_group_in_between() -> None:
    found = evidence(
        "A suicide bomber hit a convoy of the Central Reserve Police Force near Awantipora. Lashkar-e-Taiba denied "
        "any part in it. The force's 92nd Battalion lost 14 men."
    )
    assert not any(s.endswith("battalion") and o == "lashkar-e-taiba" for s, k, o in found), found
    assert any(s.endswith("battalion") and k == "MEMBER_OF" and "reserve" in o for s, k, o in found), found


def test_the_service_is_the_service_named_before() -> None:
    found = evidence(
        "Gunmen stormed a prison run by the Nigerian Correctional Service near Abuja. Boko Haram was blamed. The "
        "service's spokesman, Musa Bello, said 300 inmates had escaped."
    )
    assert ("musa-bello", "WORKS_FOR", "nigerian-correctional-service") in found, found
    assert not any(s == "musa-bello" and o == "boko-haram" for s, k, o in found), found


def test_a_reference_after_sentences_whose_subjects_sanction_a_group_stands_for_the_group() -> None:
    text = (
        "Al-Shabaab set off a car bomb in Kismayo on Sunday.\n\n"
        "Canada banned the militia in 2010, and Australia proscribed it in 2009. Its founder, Aden Hashi Ayro, was "
        "killed in an air strike in 2008."
    )
    found = evidence(text)
    assert ("aden-hashi-ayro", "LEADS", "al-shabaab") in found
    assert not any(s == "aden-hashi-ayro" and o in {"canada", "australia"} for s, _, o in found)


def test_a_reference_after_a_group_designated_by_a_state_in_the_passive_stands_for_the_group() -> None:
    text = (
        "The Sinai Brigade, which once held towns across the peninsula, has been designated a terrorist "
        "organisation by Canada and Australia. Its leader, Omar Halabi, was killed in 2019."
    )
    found = evidence(text)
    assert ("omar-halabi", "LEADS", "sinai-brigade") in found
    assert not any(s == "omar-halabi" and o in {"canada", "australia"} for s, _, o in found)


def test_its_after_a_name_set_beside_a_noun_stands_for_that_name() -> None:
    text = (
        "Australia imposed sanctions on Iran in May.\n\n"
        "Its first listings included officers of Iran's intelligence ministry, the MOIS, among them its deputy "
        "head, Reza Kazemi, and his aide, Ali Sadri."
    )
    found = evidence(text)
    assert ("reza-kazemi", "DEPUTY_OF", "ministry-of-intelligence-and-security") in found
    assert not any(s == "reza-kazemi" and o == "australia" for s, _, o in found)


def test_a_role_with_its_qualifier_stands_for_the_person_named_with_that_whole_role() -> None:
    text = (
        "Gunmen of the Sahel Liberation Front stormed a bus depot in Gao on Monday.\n\n"
        "Prime Minister Amadou Keita flew to Gao, where he met Regional Minister Oumar Traore. The prime minister "
        "said the gunmen would be brought to justice."
    )
    found = evidence(text)
    assert ("amadou-keita", "THREATENED", "sahel-liberation-front") in found
    assert not any(s == "oumar-traore" and k == "THREATENED" for s, k, _ in found)


def test_the_militia_paragraphs_after_the_one_armed_group_named_never_as_subject() -> None:
    text = (
        "Soldiers retook the airport from the Zuba Liberation Militia on Friday.\n\n"
        "The army said its troops had cleared the terminal. Engineers repaired the runway. Flights resumed on Sunday."
        "\n\nThe ministry thanked the soldiers and the engineers.\n\n"
        "The militia, led by Omar Kassem, has held the eastern districts since 2019."
    )
    found = links_of(text)
    assert ("omar-kassem", "LEADS", "zuba-liberation-militia") in found, found


def test_the_militia_after_two_armed_groups_named_never_as_subject_is_neither() -> None:
    text = (
        "Soldiers retook the airport from the Zuba Liberation Militia and the Kiro Defence Militia on Friday.\n\n"
        "The army said its troops had cleared the terminal. Engineers repaired the runway. Flights resumed on Sunday."
        "\n\nThe ministry thanked the soldiers and the engineers.\n\n"
        "The militia, led by Omar Kassem, has held the eastern districts since 2019."
    )
    led = {o for s, t, o in links_of(text) if s == "omar-kassem" and t == "LEADS"}
    assert not led, led


@pytest.mark.parametrize(
    "text",
    [
        "ECOWAS suspended Guinea after the coup. Hamas attacked the town. The bloc, chaired since July by Nigeria's "
        "President Bola Tinubu, threatened to send troops.",
        "ECOWAS suspended Guinea after the coup. Soldiers seized the radio station on Sunday. The regional bloc is "
        "chaired by Nigeria's President Bola Tinubu.",
    ],
)
def test_the_bloc_stands_for_the_body_of_states_named_last_not_an_armed_group(text: str) -> None:
    found = links_of(text)
    assert ("bola-tinubu", "LEADS", "ecowas") in found, found
    assert ("bola-tinubu", "LEADS", "hamas") not in found, found
