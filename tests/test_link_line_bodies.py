"""A body named only in a link to another story keeps none of the links read there (loaders/link_line_bodies.py)."""

from __future__ import annotations

import pytest

from loaders.facts import ActorFact, DocFacts, RelationFact
from loaders.link_line_bodies import link_lines, without_link_only_bodies

BODY = "\n\nThe Kivu front fought the Tana Brigades near Goma on Monday."


def _facts(line: str, body: str = BODY, label: str = "Organization") -> DocFacts:
    """A page whose first line is ``line``, naming the Harbour Guard (a body) and Veloria (a country)."""
    text = line + body
    facts = DocFacts("d", "2024-01-01", text)
    facts.actors = {
        "guard": ActorFact("guard", label, "Harbour Guard", surfaces={"Harbour Guard"}),
        "veloria": ActorFact("veloria", "Country", "Veloria", surfaces={"Veloria"}),
        "kivu": ActorFact("kivu", "Organization", "Kivu front", surfaces={"Kivu front"}),
        "tana": ActorFact("tana", "Organization", "Tana Brigades", surfaces={"Tana Brigades"}),
    }
    facts.relations = [
        RelationFact("guard", "BASED_IN", "veloria", line.rfind("\n") + 1, len(line)),  # read in its last line
        RelationFact("kivu", "OPPOSES", "tana", len(line) + 2, len(text)),
    ]
    return facts


@pytest.mark.parametrize(
    "line",
    [
        "Related: Veloria's Harbour Guard says it sank two boats",
        "Read more: Who commands the Harbour Guard? Veloria's navy explained",
        "READ MORE - Harbour Guard of Veloria seizes a tanker off the coast",
        "See also | Timeline of a war at sea | How Veloria built the Harbour Guard",
        "Also read: Tanker seized by the Harbour Guard, Veloria says",
        "More on this story: Veloria's Harbour Guard, which patrols the strait, sinks a boat",
        "Read also, [Veloria and its Harbour Guard: a short guide](#)",
        "Related:\n- Floods close the port\n- Veloria's Harbour Guard sinks two boats",
        "Read more:\n\n* [Floods close the port](#)\n* [Who runs the Harbour Guard? Veloria explained](#)",
        "See also -\n1. Floods close the port\n2. Harbour Guard of Veloria seizes a tanker",
    ],
)
def test_a_body_named_only_in_a_link_line_loses_its_links(line: str) -> None:
    facts = _facts(line)
    without_link_only_bodies(facts)
    assert [(r.subject, r.object) for r in facts.relations] == [("kivu", "tana")]


@pytest.mark.parametrize(
    ("line", "body", "label"),
    [
        # the page's own text names the body too
        ("Related: Veloria's Harbour Guard sinks two boats", f"{BODY} The Harbour Guard stayed.", "Organization"),
        # a place, a person or an incident named in a link is the page's news as gold reads it
        ("Related: Iran strikes targets in Veloria's Harbour Guard district", BODY, "Location"),
        ("Read more: Harbour Guard, Veloria's exile leader, dies at 86", BODY, "Person"),
        # no link line: a sentence that opens with the word, or a heading
        ("Related talks in Veloria included the Harbour Guard.", BODY, "Organization"),
        ("Who is the Harbour Guard of Veloria?", BODY, "Organization"),
        # a caption is no link to another story
        ("Photo: The Harbour Guard of Veloria on patrol. (Reuters)", BODY, "Organization"),
        # a list after a link line that names its headline is the page's own
        ("Read more: Floods close the port\n- Veloria's Harbour Guard sinks two boats", BODY, "Organization"),
        ("Related:\n- Floods close the port\nVeloria's Harbour Guard sank two boats.", BODY, "Organization"),
    ],
)
def test_links_stay_off_a_link_line_or_for_a_body_the_page_names(line: str, body: str, label: str) -> None:
    facts = _facts(line, body, label)
    without_link_only_bodies(facts)
    assert len(facts.relations) == 2


def test_only_the_link_lines_links_go() -> None:
    """A body named only in the link keeps nothing; a link the body reads of others stays."""
    facts = _facts("Related: Veloria's Harbour Guard says it sank two boats")
    facts.relations.append(RelationFact("tana", "BASED_IN", "veloria", 3, 40))  # read in the link, no such body
    without_link_only_bodies(facts)
    assert [(r.subject, r.object) for r in facts.relations] == [("kivu", "tana"), ("tana", "veloria")]


def test_link_lines_spans() -> None:
    text = "Related: A strike kills two\nA raid hit the town.\nSee also - Two dead"
    assert [text[s:e] for s, e in link_lines(text)] == ["Related: A strike kills two", "See also - Two dead"]
