"""Two actors named in one sentence that the sentence does not link: an act refused, a state's standing in a body,
a faction that broke away. Each on a sentence written for its test, beside a like sentence whose link is kept."""

from __future__ import annotations

import pytest
from conftest import certainties_of as links

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("refused", "done", "link"),
    [
        (
            "Algeria refused to condemn the Polisario Front after the raid.",
            "Algeria condemned the Polisario Front after the raid.",
            ("algeria", "OPPOSES", "polisario-front"),
        ),
        (
            "Kuwait has declined to fund the Houthis since the truce.",
            "Kuwait has funded the Houthis since the truce.",
            ("kuwait", "FUNDS", "houthis"),
        ),
    ],
)
def test_an_act_refused_links_no_one_where_the_act_done_does(refused: str, done: str, link: tuple) -> None:
    assert links(done).get(link) == "asserted", links(done)
    assert not [k for k in links(refused) if {k[0], k[2]} == {link[0], link[2]}], links(refused)


def test_an_act_kept_up_despite_a_refusal_to_stop_it_is_still_told() -> None:
    found = links("The Houthis have refused to stop attacking Saudi Arabia.")
    assert found.get(("houthis", "ATTACKED", "saudi-arabia")) == "asserted", found


def test_a_states_bid_for_a_body_does_not_place_the_body_but_a_states_group_is_placed() -> None:
    assert links("The envoys discussed Ukraine's NATO application in Vilnius.") == {}
    found = links("Nigeria's Boko Haram ambushed a convoy near Maiduguri.")
    assert found.get(("boko-haram", "BASED_IN", "nigeria")) == "asserted", found


def test_a_faction_that_broke_away_is_no_member_of_the_body_it_left() -> None:
    broke = links("The Continuity IRA, a splinter faction of the Provisional IRA, planted the device.")
    assert broke == {("continuity-ira", "AFFILIATED_WITH", "provisional-ira"): "asserted"}  # kin, not a part
    found = links("The Continuity IRA, a faction of the Provisional IRA, planted the device.")
    assert found.get(("continuity-ira", "MEMBER_OF", "provisional-ira")) == "asserted", found


def test_a_group_named_only_for_a_comparison_is_not_what_the_group_stands_for_later() -> None:
    compared = "The raiders used methods similar to those of Boko Haram in Nigeria, officials said."
    told = "Boko Haram raided the town, officials said."
    then = " The group pledged allegiance to al-Qaeda last year."
    assert links(told + then).get(("boko-haram", "MEMBER_OF", "al-qaeda")) == "asserted", links(told + then)
    assert not [k for k in links(compared + then) if "al-qaeda" in (k[0], k[2])], links(compared + then)
