"""Organisations placed by what describes them: a description set before the
subject's name and a comma ("One of Mexico's oldest cartels, X is ..."), and the people after a description's "of"
that say whom the organisation gathers ("a group of young Israeli nationalists", "the main party of Kosovo's ethnic
Serbs"; not organisations a coalition gathers), a description after a copula joined to the name's verb ("X emerged in
2011 and is a Chadian rebel movement") and what a comparison picks from ("one of the best organised of several Burundian
armed groups"), and a description after a name and a comma that holds ground ("Hamas, the Islamist group that has ruled
the Gaza Strip") read as the name's however parsed; each on a sentence written for its test, the rules alone."""

from __future__ import annotations

import pytest
from conftest import links_by_name

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "group", "place"),
    [
        (
            "One of Mexico's oldest cartels, the Tansa Cartel is based in Sinaloa and fights the army.",
            "Tansa Cartel",
            "Mexico",
        ),
        ("A Chadian rebel movement, the Tansa Front has fought the army since 2016.", "Tansa Front", "Chad"),
        ("A militia operating in Darfur, the Tansa Brigade was sanctioned on Monday.", "Tansa Brigade", "Darfur"),
        ("The largest armed group in Manipur, the Tansa Front says it has 3,000 fighters.", "Tansa Front", "Manipur"),
    ],
)
def test_a_description_set_before_the_subject_s_name_places_it(text: str, group: str, place: str) -> None:
    links = links_by_name(text)
    assert (group, "BASED_IN", place) in links, links


@pytest.mark.parametrize(
    "text",
    [
        "A day after the attack in Mali, the Tansa Front said it would fight on.",
        "Like other armed groups in Mali, the Tansa Front has lost fighters.",
        "In Mali, the Tansa Front has lost fighters.",
    ],
)
def test_a_phrase_before_the_subject_that_describes_nothing_places_nothing(text: str) -> None:
    links = links_by_name(text)
    assert ("Tansa Front", "BASED_IN", "Mali") not in links, links


@pytest.mark.parametrize(
    ("text", "group", "places"),
    [
        (
            "The sanctions target the Tansa Youth, a radical group of young Israeli nationalists who build outposts.",
            "Tansa Youth",
            {"Israel"},
        ),
        (
            "He was a deputy leader of the Tansa List, the main party of Kosovo's ethnic Serbs.",
            "Tansa List",
            {"Kosovo"},
        ),
        (
            "The Tansa Network, a network of smugglers from Mali and Niger, moved the weapons.",
            "Tansa Network",
            {"Mali", "Niger"},
        ),
        (
            "The Tansa Army, a militia of young Nuer men in Jonglei, attacked the town.",
            "Tansa Army",
            {"Jonglei"},
        ),
    ],
)
def test_whom_a_description_gathers_places_the_organisation(text: str, group: str, places: set[str]) -> None:
    links = links_by_name(text)
    assert {o for s, t, o in links if s == group and t == "BASED_IN"} >= places, links


@pytest.mark.parametrize(
    "text",
    [
        "The Tansa Front, a group of militants who attacked villages in Mali, claimed the attack.",
        "The Tansa Brigade, the armed wing of the Tansa Movement, claimed the attack in Mali.",
        "The Tansa Brigade, a coalition of Mali-backed militias, claimed the attack.",
        "The Tansa Brigade, a coalition of former Mali rebel movements, defended the city.",
        "The Tansa Front, an umbrella of armed groups from Mali and Niger, claimed the attack.",
        "The Tansa Brigade, a proxy of Mali's generals, claimed the attack.",
    ],
)
def test_a_place_of_another_clause_a_name_or_a_backer_places_no_gathering(text: str) -> None:
    links = links_by_name(text)
    assert not {s for s, t, o in links if t == "BASED_IN" and o == "Mali" and s in {"Tansa Front", "Tansa Brigade"}}, (
        links
    )


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The Tansa Front emerged in 2011 and is a Chadian rebel movement.", "Chad"),
        ("The Tansa Front was formed in 2004 and is now the largest militia in Darfur.", "Darfur"),
        ("The Tansa Liberation Front broke away in 2015 and is one of several armed groups active in Mali.", "Mali"),
    ],
)
def test_a_description_after_a_copula_joined_to_the_name_s_verb_places_it(text: str, place: str) -> None:
    links = links_by_name(text)
    assert any(s.startswith("Tansa") and t == "BASED_IN" and o == place for s, t, o in links), links


@pytest.mark.parametrize(
    "text",
    [
        "The Tansa Front attacked the town and is a threat to Chad.",
        "The Tansa Front emerged in 2011 and its leader is a Chadian rebel.",
    ],
)
def test_a_copula_joined_that_describes_no_organisation_or_has_its_own_subject_places_nothing(text: str) -> None:
    links = links_by_name(text)
    assert ("Tansa Front", "BASED_IN", "Chad") not in links, links


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The Tansa Front is one of the best organised of several Burundian armed groups.", "Burundi"),
        ("The Tansa Front is one of the most powerful of the Iraqi militias.", "Iraq"),
        ("The Tansa Front is the largest of the Syrian rebel groups.", "Syria"),
    ],
)
def test_what_a_comparison_picks_from_places_the_organisation(text: str, place: str) -> None:
    links = links_by_name(text)
    assert ("Tansa Front", "BASED_IN", place) in links, links


@pytest.mark.parametrize(
    "text",
    [
        "The Tansa Jihad fired rockets on Monday. We are continuing our coverage of the assault on southern Israel by "
        "Hamas, the Islamist group that has ruled the Gaza Strip since 2007.",
        "The Tansa Jihad fired rockets on Monday. Reporters covered the aftermath of the raid on Rafah by Hamas, the "
        "armed group that controls the Gaza Strip.",
    ],
)
def test_a_description_after_a_name_and_a_comma_holds_ground_for_the_name_however_parsed(text: str) -> None:
    links = links_by_name(text)
    assert ("Hamas", "BASED_IN", "Gaza") in links, links
    assert ("Tansa Jihad", "BASED_IN", "Gaza") not in links, links


def test_a_group_that_holds_ground_with_no_name_before_its_comma_is_the_one_named_earlier() -> None:
    links = links_by_name(
        "The Sentinel Front attacked Kidal on Monday. Fighting between the army and the group that controls most of "
        "the Gao region resumed."
    )
    assert ("Sentinel Front", "BASED_IN", "Gao") in links, links


@pytest.mark.parametrize(
    "text",
    [
        "The ministry listed two Malian armed groups, the Tusker Front and the Lake Brigade, on Monday.",
        "The ministry listed two Malian armed groups (the Tusker Front and the Lake Brigade) on Monday.",
    ],
)
def test_a_plural_description_set_beside_a_list_places_every_name_of_it(text: str) -> None:
    links = links_by_name(text)
    assert {("Tusker Front", "BASED_IN", "Mali"), ("Lake Brigade", "BASED_IN", "Mali")} <= links, links


def test_a_singular_description_of_the_first_name_does_not_place_the_next() -> None:
    links = links_by_name("The ministry listed the Tusker Front, a Malian armed group, and the Lake Brigade on Monday.")
    assert ("Lake Brigade", "BASED_IN", "Mali") not in links, links


def test_a_capital_before_based_on_a_compound_noun_places_the_body_the_noun_describes_in_the_city() -> None:
    text = "Cambodia denied it. OFAC listed Tusker Holdings, a Phnom Penh-based payments firm. Phnom Penh said no."
    links = links_by_name(text)
    assert ("Tusker Holdings", "BASED_IN", "Phnom Penh") in links, links
