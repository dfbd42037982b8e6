"""Hostility told as a break with a leader or a state, a ruler deposed, and a warning given to a side
(loaders/hostility.py and the noun cues of seeds/relations.yaml), each on sentences written for its test."""

from __future__ import annotations

import pytest
from conftest import named_links

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Khalifa Haftar, a former army officer, broke with Muammar Gaddafi in the late 1980s.",
            ("Khalifa Haftar", "Muammar Gaddafi"),
        ),
        (
            "Cliver Alcala was once close to Hugo Chavez before breaking with Nicolas Maduro.",
            ("Cliver Alcala", "Nicolas Maduro"),
        ),
        ("After breaking with Nicolas Maduro, Cliver Alcala fled to Colombia.", ("Cliver Alcala", "Nicolas Maduro")),
        (
            "Cliver Alcala, who broke with Nicolas Maduro in 2013, fled to Colombia.",
            ("Cliver Alcala", "Nicolas Maduro"),
        ),
        (
            "Nicolas Maduro, with whom Cliver Alcala broke in 2013, called him a traitor.",
            ("Cliver Alcala", "Nicolas Maduro"),
        ),
        ("Mali broke with France after the coup.", ("Mali", "France")),
        ("The Comuneros del Sur split with Gustavo Petro in 2023.", ("Comuneros del Sur", "Gustavo Petro")),
    ],
)
def test_whoever_breaks_with_a_leader_or_a_state_opposes_them_one_way(text: str, pair: tuple[str, str]) -> None:
    found = named_links(text, "OPPOSES")
    assert found.get(pair) == "asserted", found
    assert pair[::-1] not in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Ahmed al-Sharaa broke publicly with al-Qaeda in 2016.",  # a body left: a member gone, no foe
        "Cliver Alcala did not break with Nicolas Maduro.",
        "Cliver Alcala broke ties with Nicolas Maduro.",  # the severing verbs' reading, not this rule's
        "Cliver Alcala broke bread with Nicolas Maduro in Caracas.",
        "Cliver Alcala broke the news to Nicolas Maduro.",
        "Cliver Alcala broke with tradition and fled to Colombia.",
        "Cliver Alcala broke away with thousands of fighters loyal to Nicolas Maduro.",
    ],
)
def test_a_break_with_a_body_a_thing_or_a_break_denied_opposes_no_one(text: str) -> None:
    assert not named_links(text, "OPPOSES")


@pytest.mark.parametrize(
    "text",
    [
        "Captain Ibrahim Traore deposed Paul-Henri Damiba in September.",
        "Paul-Henri Damiba was deposed by Captain Ibrahim Traore in September.",
        "Captain Ibrahim Traore, who deposed Paul-Henri Damiba in September, now leads the junta.",
        "Captain Ibrahim Traore unseated Paul-Henri Damiba in September.",
        "Paul-Henri Damiba was unseated by Captain Ibrahim Traore.",
    ],
)
def test_whoever_deposes_or_unseats_a_ruler_opposes_him(text: str) -> None:
    found = named_links(text, "OPPOSES")
    assert found.get(("Ibrahim Traore", "Paul-Henri Sandaogo Damiba")) == "asserted", found


def test_a_ruler_deposed_by_no_one_named_or_not_deposed_is_opposed_by_no_one() -> None:
    assert not named_links("Paul-Henri Damiba was deposed in a coup in September.", "OPPOSES")
    assert not named_links("The junta did not depose Paul-Henri Damiba.", "OPPOSES")


@pytest.mark.parametrize(
    "text",
    [
        "Iran issued a warning to Israel on Sunday.",
        "Iran sent a stark warning to Israel after the strike.",
        "Iran's warning to Israel came hours after the strike.",
        "Iran delivered an ultimatum to Israel.",
        "Iran's ultimatum to Israel expired on Friday.",
    ],
)
def test_a_warning_or_an_ultimatum_given_to_a_side_threatens_it(text: str) -> None:
    assert named_links(text, "THREATENED") == {("Iran", "Israel"): "asserted"}


@pytest.mark.parametrize(
    "text",
    [
        "The UN issued a warning to residents of Gaza.",  # no side warned
        "Israel's military issued evacuation warnings for several buildings in Beirut.",  # only "to" names the warned
        "Iran issued a warning about Israel's nuclear programme.",
    ],
)
def test_a_warning_to_no_side_threatens_no_one(text: str) -> None:
    assert not named_links(text, "THREATENED")


@pytest.mark.parametrize(
    "text",
    [
        "Ibrahim al-Hafl has long been critical of the SDF.",
        "Ibrahim al-Hafl, who has long been critical of the SDF, appeared in a video.",
        "Ibrahim al-Hafl, sharply critical of the SDF, called for an uprising.",
        "Ibrahim al-Hafl remains highly critical of the SDF's conduct in Deir ez-Zor.",
        "Ibrahim al-Hafl, a tribal sheikh critical of the SDF, called for an uprising.",
    ],
)
def test_whoever_is_critical_of_a_side_opposes_it(text: str) -> None:
    assert named_links(text, "OPPOSES") == {("Ibrahim al-Hafl", "Syrian Democratic Forces"): "asserted"}


def test_criticism_denied_is_negated_and_a_critical_role_or_state_opposes_no_one() -> None:
    assert named_links("Ibrahim al-Hafl is not critical of the SDF.", "OPPOSES") == {
        ("Ibrahim al-Hafl", "Syrian Democratic Forces"): "negated"
    }
    assert not named_links("The SDF is critical to the fight in Deir ez-Zor.", "OPPOSES")
    assert not named_links("The SDF said the situation in Deir ez-Zor was critical.", "OPPOSES")
    assert not named_links("The SDF guards critical infrastructure of the Kurdish administration.", "OPPOSES")


@pytest.mark.parametrize(
    "text",
    [
        "Mustafa Muhumed Omer, a former UN official and critic of Abdi Iley, became regional president.",
        "Mustafa Muhumed Omer, a former minister and a fierce critic of Abdi Iley, became regional president.",
        "Mustafa Muhumed Omer, a former official of the UN and critic of Abdi Iley, became president.",
    ],
)
def test_a_foe_noun_coordinated_after_another_takes_the_preposition_hung_on_the_first(text: str) -> None:
    assert named_links(text, "OPPOSES") == {("Mustafa Muhumed Omer", "Abdi Iley"): "asserted"}


def test_a_tie_noun_coordinated_after_another_sets_no_one_against_anyone() -> None:
    assert not named_links("Mustafa Muhumed Omer, an economist and adviser of Abdi Iley, became president.", "OPPOSES")


@pytest.mark.parametrize(
    "text",
    [
        "Mali turned to Moscow after falling out with France.",
        "After falling out with France, Mali turned to Russia.",
        "Since falling out with France in 2022, Mali has relied on Russian instructors.",
    ],
)
def test_a_quarrel_told_as_the_time_before_an_act_sets_the_clauses_subject_against_the_other(text: str) -> None:
    found = named_links(text, "OPPOSES")
    assert found.get(("Mali", "France")) == "asserted", found
    assert found.get(("France", "Mali")) == "asserted", found


def test_an_act_after_a_fall_that_is_no_quarrel_sets_no_one_against_anyone() -> None:
    assert not named_links("Mali turned to Moscow after the fall of Kidal.", "OPPOSES")


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Najib Mikati pressured Israel to halt its attacks.", ("Najib Mikati", "Israel")),
        (
            "Najib Mikati called on the international community to pressure Israel to halt its attacks.",
            ("Najib Mikati", "Israel"),
        ),
        ("The United States pressured Rwanda to withdraw its troops from Congo.", ("United States", "Rwanda")),
        ("Rwanda was pressured by the United States to withdraw its troops.", ("United States", "Rwanda")),
        ("The United States is pressuring Rwanda to stop its support for the M23.", ("United States", "Rwanda")),
    ],
)
def test_whoever_pressures_a_side_to_give_up_the_fight_opposes_it(text: str, pair: tuple[str, str]) -> None:
    assert named_links(text, "OPPOSES") == {pair: "asserted"}


def test_pressure_to_do_something_else_opposes_no_one() -> None:
    assert not named_links("The United States pressured Qatar to host the talks.", "OPPOSES")


@pytest.mark.parametrize(
    "text",
    [
        "Tayyip Erdogan has warned that Turkish forces could strike the district one night if the PKK is not removed.",
        "Tayyip Erdogan warned that Turkish forces would strike Sinjar if the PKK was not expelled from the district.",
        "Tayyip Erdogan threatened to launch an offensive unless the PKK is removed from Sinjar.",
        "Tayyip Erdogan warned that Turkey would act if the PKK is not disarmed.",
    ],
)
def test_a_warning_on_a_side_being_driven_out_threatens_that_side(text: str) -> None:
    assert named_links(text, "THREATENED").get(("Recep Tayyip Erdogan", "PKK")) == "asserted"


def test_a_warning_on_another_passive_condition_threatens_no_one_it_names() -> None:
    assert not named_links(
        "Tayyip Erdogan warned that Turkey would act if the hostages are not released by the PKK.", "THREATENED"
    )


@pytest.mark.parametrize(
    "text",
    [
        "Rivalries among Hamas, Fatah and Islamic Jihad sharpened after the election.",
        "Hamas, Fatah and Islamic Jihad claimed attacks, and rivalries among them sharpened.",
        "The rivalry amongst Hamas, Fatah and Islamic Jihad deepened.",
        "Clashes among Hamas, Fatah and Islamic Jihad broke out in Gaza.",
    ],
)
def test_a_rivalry_or_a_fight_among_several_sides_sets_each_against_each(text: str) -> None:
    found = named_links(text, "OPPOSES")
    sides = ["Hamas", "Fatah", "Palestinian Islamic Jihad"]
    assert {(a, b) for a in sides for b in sides if a != b} <= set(found), found


def test_cooperation_or_standing_among_sides_sets_no_one_against_anyone() -> None:
    assert not named_links("Hamas, Fatah and Islamic Jihad met, and cooperation among them improved.", "OPPOSES")
    assert not named_links("Hamas is popular among Palestinians in Gaza.", "OPPOSES")


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Fernando Villavicencio had received death threats from Los Choneros.",
            ("Los Choneros", "Fernando Villavicencio"),
        ),
        (
            "Fernando Villavicencio said he had received threats from Los Choneros.",
            ("Los Choneros", "Fernando Villavicencio"),
        ),
        (
            "Fernando Villavicencio faced repeated threats from Los Choneros before his death.",
            ("Los Choneros", "Fernando Villavicencio"),
        ),
        ("Iraq faces a growing threat from Islamic State.", ("ISIS", "Iraq")),
    ],
)
def test_a_threat_received_or_faced_comes_from_whoever_from_names(text: str, pair: tuple[str, str]) -> None:
    assert named_links(text, "THREATENED") == {pair: "asserted"}


def test_a_threat_from_someone_no_side_receives_threatens_no_one() -> None:
    assert not named_links("Kenya warned of the threat from al-Shabaab.", "THREATENED")
    assert not named_links(
        "Nancy Faeser called the scene one of the most serious threats from the far right.", "THREATENED"
    )


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        (
            "Burkina Faso, Mali and Niger formed the Alliance of Sahel States and turned to Russia after expelling"
            " French forces.",
            {("Burkina Faso", "France"), ("Mali", "France"), ("Niger", "France")},
        ),
        ("Mali formed a new alliance and turned to Russia after expelling French forces.", {("Mali", "France")}),
        ("Kenya took Kismayo and closed the port after ousting al-Shabaab.", {("Kenya", "al-Shabaab")}),
    ],
)
def test_an_opening_gerund_takes_the_subject_of_the_verb_its_clause_is_coordinated_with(
    text: str, pairs: set[tuple[str, str]]
) -> None:
    assert pairs <= set(named_links(text, "OPPOSES")), named_links(text, "OPPOSES")


def test_an_opening_gerund_whose_clause_has_its_own_subject_takes_that_one() -> None:
    found = named_links(
        "Mali formed an alliance and its neighbours turned to Russia after expelling French forces.", "OPPOSES"
    )
    assert ("Mali", "France") not in found, found


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("John Kirby described Wagner as a criminal organization.", ("John Kirby", "Wagner Group")),
        (
            'John Kirby announced the step on Friday, describing Wagner as "a criminal organization".',
            ("John Kirby", "Wagner Group"),
        ),
        ("Wagner was described by John Kirby as a criminal organization.", ("John Kirby", "Wagner Group")),
        (
            "The State Administration Council has called the Chin National Front a terrorist organisation.",
            ("State Administration Council", "Chin National Front"),
        ),
        (
            "The State Administration Council has called the Chin National Front and its allies terrorist"
            " organisations since 2021.",
            ("State Administration Council", "Chin National Front"),
        ),
        (
            "Nancy Faeser has repeatedly called the Reichsburger one of the most serious threats from the far right.",
            ("Nancy Faeser", "Reichsburger movement"),
        ),
        (
            'Zaw Min Tun has described the KIA as a "terrorist insurgent group".',
            ("Zaw Min Tun", "Kachin Independence Army"),
        ),
        (
            "Jen Psaki said Washington would help push back ISIL, which she described as a threat to the whole region.",
            ("Jen Psaki", "ISIS"),
        ),
        ("Tehran describes Jaish al-Adl as a foreign-backed terrorist proxy.", ("Iran", "Jaish al-Adl")),
    ],
)
def test_whoever_calls_a_side_a_terrorist_a_criminal_or_a_threat_opposes_it(text: str, pair: tuple[str, str]) -> None:
    assert named_links(text, "OPPOSES").get(pair) == "asserted", named_links(text, "OPPOSES")


@pytest.mark.parametrize(
    "text",
    [
        "Recep Tayyip Erdogan called the bombing a heinous terrorist attack.",  # a deed so called, no body
        "Jordan condemned what it called a terrorist attack.",
        "John Kirby described Wagner as a private military company.",
        "The army called the PKK's claim a lie.",
        # a listing, which gold takes as a sanction
        "The Indonesian government formally labelled the OPM a terrorist organisation in 2021.",
        "Ethiopia's parliament brands the TPLF a terrorist group.",
    ],
)
def test_a_deed_or_a_body_called_nothing_hostile_is_opposed_by_no_one(text: str) -> None:
    assert not named_links(text, "OPPOSES")


def test_a_denied_branding_is_negated() -> None:
    found = named_links("John Kirby did not describe Wagner as a criminal organization.", "OPPOSES")
    assert found == {("John Kirby", "Wagner Group"): "negated"}


@pytest.mark.parametrize(
    "text",
    [
        "Hamas, Fatah and Islamic Jihad have all claimed attacks, and analysts say rivalries among them sharpened.",
        "Hamas, Fatah and Islamic Jihad held rallies, and experts said the rivalry between them had deepened.",
        "Hamas, Fatah and Islamic Jihad met in Cairo; observers say clashes among them are likely to resume.",
    ],
)
def test_a_pronoun_in_what_observers_say_of_others_is_the_others(text: str) -> None:
    found = named_links(text, "OPPOSES")
    sides = ["Hamas", "Fatah", "Palestinian Islamic Jihad"]
    assert {(a, b) for a in sides for b in sides if a != b} <= set(found), found


def test_a_pronoun_subject_of_what_unnamed_people_say_is_still_theirs() -> None:
    # "they" is the fighters (no one named before), not Hamas: the observers' exception is for other pronouns
    found = named_links("Hamas met Fatah in Cairo. Fighters said they had clashed with Islamic Jihad.", "OPPOSES")
    assert ("Hamas", "Palestinian Islamic Jihad") not in found, found
