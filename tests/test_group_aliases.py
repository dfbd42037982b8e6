"""A known group's name written with its country after it, no preposition between, is the group alone."""

from __future__ import annotations

import pytest
from spacy.lang.en import English
from spacy.tokens import Doc

from loaders.also_known_as import bind_aliases
from loaders.mentions import Mention
from loaders.same_actor import bind_short_names
from tests.conftest import graph_of


def test_group_name_with_its_country_is_one_group() -> None:
    nodes = set(graph_of("Militia fighters pushed into the hills, where Islamic State Somalia is dug in.").g.nodes)
    assert "islamic-state-somalia-province" in nodes
    assert "somalia" not in nodes and "isis" not in nodes


def _aliases(text: str) -> dict[str, set[str]]:
    kg = graph_of(text, "2024-03-05", "both")
    return {d["name"]: set(d.get("aliases", ())) for _, d in kg.g.nodes(data=True)}


def test_a_former_or_self_given_name_is_the_same_group() -> None:
    found = _aliases("The Sentinel Front, formerly known as the Gao Liberation Brigades, attacked a convoy.")
    assert "Gao Liberation Brigades" in found.get("Sentinel Front", set()), found


@pytest.mark.parametrize("words", ["formally known as", "historically known as", "known officially as"])
def test_a_formal_or_historical_name_is_the_same_group(words: str) -> None:
    found = _aliases(f"The Sentinel Front, {words} the Gao Liberation Brigades, attacked a convoy near Tessit.")
    named = next((names | {name} for name, names in found.items() if "Sentinel Front" in names | {name}), set())
    assert "Gao Liberation Brigades" in named, found


def test_a_name_that_goes_on_past_a_hyphen_or_names_a_place_is_no_other_name() -> None:
    found = _aliases("The US designated the Sentinel Front, under the name ISIS-Sahel, in 2021. ISIS denied it.")
    assert "ISIS" not in found.get("Sentinel Front", set()), found
    found = _aliases("The Sentinel Front, under the name Kidal Brigades, attacked Gao.")
    assert "Sentinel Front" in found and "Sentinel Front" not in found.get("Kidal", set()), found


def test_a_name_and_its_translation_before_an_acronym_are_one_group() -> None:
    found = _aliases("They called themselves the Sentinel Army of the South, the Ejército Centinela del Sur, or ECS.")
    names = next((names | {name} for name, names in found.items() if "ECS" in names | {name}), set())
    assert {"Sentinel Army of the South", "Ejército Centinela del Sur"} <= names, found


def test_a_name_the_ner_misreads_before_the_acronym_it_spells_is_one_group() -> None:
    found = _aliases("Militias of the Sadiq Gol Brigades (SGB) raided a farm. The SGB later withdrew.")
    assert "SGB" in found.get("Sadiq Gol Brigades", set()), found
    found = _aliases("Fighters of the Islamic State Orsk Valley Province (ISOVP) raided a farm. The ISOVP withdrew.")
    assert "ISOVP" in found.get("Islamic State Orsk Valley Province", set()), found
    found = _aliases("Fighters of Kataib Sadiq al-Hassan (KSH) fired rockets. KSH denied it.")
    assert "KSH" in found.get("Kataib Sadiq al-Hassan", set()), found
    found = _aliases("Talks stalled after the Democratic Republic of the Congo (DRC) walked out.")
    assert "Democratic Republic of the Congo" in {n for n, a in found.items() for n in a | {n}}, found


def test_a_group_is_not_its_bureau_named_after_it() -> None:
    found = _aliases("The Vardo Brigade Political Bureau met in Doha. Vardo Brigade fighters attacked Orsk.")
    assert "Vardo Brigade" not in found.get("Vardo Brigade Political Bureau", set()), found
    branch = Mention(0, 5, 0, 29, "Vardo Brigade Orsk Province", "Organization", "Vardo Brigade Orsk Province")
    whole = Mention(9, 11, 50, 63, "Vardo Brigade", "Organization", "Vardo Brigade")
    assert [m.name for m in bind_short_names([branch, whole])] == ["Vardo Brigade Orsk Province", "Vardo Brigade"]
    for body in ("Vardo Shura Council", "Vardo Executive Committee"):  # a body inside the group, not the group
        inner = Mention(0, 3, 0, len(body), body, "Organization", body)
        group = Mention(9, 10, 50, 55, "Vardo", "Organization", "Vardo")
        assert [m.name for m in bind_short_names([inner, group])] == [body, "Vardo"]
    mission = Mention(0, 6, 0, 35, "Orsk Union Mission in Vardo", "Organization", "Orsk Union Mission in Vardo")
    union = Mention(9, 11, 50, 60, "Orsk Union", "Organization", "Orsk Union")
    assert [m.name for m in bind_short_names([mission, union])] == [mission.name, "Orsk Union"]


def test_a_listed_group_before_a_known_one_and_its_acronym_stays_apart() -> None:
    found = _aliases("Fighters from the Sentinel Front, the Islamic Jihad, or PIJ joined the raid.")
    assert "Sentinel Front" not in found.get("Palestinian Islamic Jihad", set()), found


def test_an_acronym_read_as_a_place_after_a_group_and_or_is_the_group() -> None:
    doc = English()("Farmers joined the Peasant Army of the Valley, or PAV, in 1994.")
    army = Mention(3, 8, 19, 45, "Peasant Army of the Valley", "Organization", "Peasant Army of the Valley")
    pav = Mention(10, 11, 50, 53, "PAV", "Location", "PAV")
    bound = bind_aliases(doc, [army, pav])
    assert (bound[1].label, bound[1].name) == ("Organization", "Peasant Army of the Valley"), bound


@pytest.mark.parametrize(
    "text",
    [
        'Jabhat al-Rimal al-Sharqiya, or "Eastern Sands Front", is an affiliate of the Sentinel Front.',
        'Jabhat al-Rimal al-Sharqiya (Arabic for "Eastern Sands Front") is an affiliate of the Sentinel Front.',
    ],
)
def test_a_quoted_translation_of_a_name_is_the_same_group(text: str) -> None:
    doc = English()(text)
    names = ["Jabhat al-Rimal al-Sharqiya", "Eastern Sands Front", "Sentinel Front"]
    bound = bind_aliases(doc, [_mention(doc, name, "Organization") for name in names])
    assert [m.name for m in bound] == ["Jabhat al-Rimal al-Sharqiya", "Jabhat al-Rimal al-Sharqiya", "Sentinel Front"]


def test_an_unquoted_name_after_or_is_no_translation() -> None:
    doc = English()("Fighters of the Sentinel Front, or Eastern Sands Front, moved north.")
    names = ["Sentinel Front", "Eastern Sands Front"]
    bound = bind_aliases(doc, [_mention(doc, name, "Organization") for name in names])
    assert [m.name for m in bound] == ["Sentinel Front", "Eastern Sands Front"]


def test_the_province_a_parent_group_calls_a_group_is_that_group() -> None:
    doc = English()("The Ruwenzori Front, which the Islamic State refers to as its Lake Province, raided Kasese.")
    state = _mention(doc, "Islamic State", "Organization", "isis")
    names = [_mention(doc, "Ruwenzori Front", "Organization"), state, _mention(doc, "Lake Province", "Organization")]
    bound = bind_aliases(doc, names)
    assert [m.name for m in bound] == ["Ruwenzori Front", "Islamic State", "Ruwenzori Front"]


def _mention(doc: Doc, text: str, label: str, actor_id: str | None = None) -> Mention:
    """The mention of the first place the text is written in the document, as the NER could have read it."""
    span = doc.char_span(doc.text.index(text), doc.text.index(text) + len(text))
    return Mention(span.start, span.end, span.start_char, span.end_char, text, label, text, actor_id=actor_id)


def test_the_other_names_a_listing_gives_under_an_entry_are_the_entry() -> None:
    doc = English()("1. **DUNE WARDENS**\n   a.k.a.: Hurras al-Kuthban; Sand Guards\n   Address: Gao\n")
    names = [("DUNE WARDENS", "Organization"), ("Hurras al-Kuthban", "Person"), ("Sand Guards", "Organization")]
    bound = bind_aliases(doc, [_mention(doc, name, label) for name, label in [*names, ("Gao", "Location")]])
    assert [(m.label, m.name) for m in bound] == [("Organization", "DUNE WARDENS")] * 3 + [("Location", "Gao")]


def test_a_one_word_entry_is_the_fuller_name_its_listing_gives() -> None:
    doc = English()("2. **ORLIK, Pavel**\n- Aliases: Pavel Orlyk; Pavel Orlick\n")
    bound = bind_aliases(doc, [_mention(doc, name, "Person") for name in ["Pavel", "Pavel Orlyk", "Pavel Orlick"]])
    assert {m.name for m in bound} == {"Pavel Orlyk"}, bound


def test_names_given_one_after_another_with_aka_are_one_group() -> None:
    doc = English()('The Treasury listed DUNE WARDENS LIMITED (a.k.a. SAND GUARDS LIMITED; a.k.a. "DWL"), Gao.')
    names = ["DUNE WARDENS LIMITED", "SAND GUARDS LIMITED", "DWL"]
    bound = bind_aliases(doc, [_mention(doc, name, "Organization") for name in names])
    assert {m.name for m in bound} == {"DUNE WARDENS LIMITED"}, bound


def test_the_owner_after_a_bodys_of_is_no_short_form_of_it() -> None:
    found = _aliases("The Directorate of the Velmar Front issued a statement. The Velmar Front said it shelled Kesso.")
    assert "Velmar Front" in found and "Velmar Front" not in found.get("Directorate of the Velmar Front", set()), found
    council = Mention(0, 5, 0, 28, "Council of the Orsk Union", "Organization", "Council of the Orsk Union")
    union = Mention(9, 11, 50, 60, "Orsk Union", "Organization", "Orsk Union")
    assert [m.name for m in bind_short_names([council, union])] == [council.name, "Orsk Union"]


def test_a_name_going_on_with_a_name_of_its_own_is_another_body() -> None:
    junta = Mention(0, 3, 0, 23, "Tembe Military Junta", "Organization", "Tembe Military Junta")
    party = Mention(9, 10, 50, 55, "Tembe", "Organization", "Tembe")
    assert [m.name for m in bind_short_names([junta, party])] == ["Tembe Military Junta", "Tembe"]
    name = "Los Cuervos Drug Trafficking Organization"
    company = Mention(0, 5, 0, len(name), name, "Organization", name)
    gang = Mention(9, 11, 50, 61, "Los Cuervos", "Organization", "Los Cuervos")
    assert [m.name for m in bind_short_names([company, gang])] == [company.name, company.name]
    brigades = Mention(0, 2, 0, 16, "Sadiq Brigades", "Organization", "Sadiq Brigades")
    sadiq = Mention(9, 10, 50, 55, "Sadiq", "Organization", "Sadiq")
    assert [m.name for m in bind_short_names([brigades, sadiq])] == ["Sadiq Brigades", "Sadiq Brigades"]


def test_a_body_described_as_a_breakaway_is_not_the_body_its_name_opens_with() -> None:
    found = _aliases(
        "The Orsk Union ran clinics for decades. In 2015 officials licensed a breakaway group, the Orsk Union "
        "Society, led by Dana Vell. The Orsk Union rejected the move."
    )
    assert "Orsk Union" in found and "Orsk Union" not in found.get("Orsk Union Society", set()), found


def _bound(text: str, spans: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The (name, label) of each mention after binding aliases, the mentions given as (text, label) in page order."""
    doc = English()(text)
    mentions, start = [], 0
    for name, label in spans:
        first = next(t.i for t in doc if t.i >= start and doc[t.i : t.i + len(name.split())].text == name)
        span = doc[first : first + len(name.split())]
        mentions.append(Mention(span.start, span.end, span.start_char, span.end_char, name, label, name))
        start = span.end
    return [(m.name, m.label) for m in bind_aliases(doc, mentions)]


def test_a_name_commonly_known_by_another_is_one_actor() -> None:
    text = "Officials named Tomas Varel, widely known as Zurdo, on Monday."
    assert _bound(text, [("Tomas Varel", "Person"), ("Zurdo", "Person")]) == [("Tomas Varel", "Person")] * 2
    text = "The Marrak Militia (sometimes written Maraq Militia) raided a farm."
    spans = [("Marrak Militia", "Organization"), ("Maraq Militia", "Organization")]
    assert _bound(text, spans) == [("Marrak Militia", "Organization")] * 2


def test_a_group_misread_as_a_place_takes_its_other_name_read_as_a_group() -> None:
    text = "Officials designated Tamarat, also known as the Veskins, on Monday. The Veskins denied it."
    spans = [("Tamarat", "Location"), ("Veskins", "Organization"), ("Veskins", "Organization")]
    assert _bound(text, spans) == [("Veskins", "Organization")] * 3
    text = "Rebels held Tamarat, also known as the Old Town, on Monday."
    assert _bound(text, [("Tamarat", "Location"), ("Old Town", "Location")]) == [("Tamarat", "Location")] * 2


def test_a_body_s_name_and_its_english_form_after_or_the_are_one_group() -> None:
    found = _aliases("Kataib al-Marrak, or the Marrak Brigades, was founded in 2007. The Marrak Brigades left Orsk.")
    assert "Marrak Brigades" in found.get("Kataib al-Marrak", set()), found
    found = _aliases("The army fought the Kalen Front, the Orsk Brigades, or the Marrak Army, in 2020.")
    assert not any(names for names in found.values()), found


@pytest.mark.parametrize(
    "text",
    [
        "Since 2014 the Zubaydis, who call themselves Ansar al-Veyra, have fired missiles at ships.",
        "The Orvane Brigades, which call themselves the Kidal Liberation Army, attacked a convoy.",
    ],
)
def test_the_name_a_group_calls_itself_by_in_the_plural_is_the_same_group(text: str) -> None:
    found = _aliases(text)
    assert len(found) == 1, found


def test_a_group_that_calls_itself_a_name_is_that_group() -> None:
    kg = graph_of("The Red Cross said the group, which calls itself the Varnak Front, is led by Idris Tessaro.")
    links = {(kg.g.nodes[s]["name"], k, kg.g.nodes[o]["name"]) for s, o, k in kg.g.edges(keys=True)}
    assert ("Idris Tessaro", "LEADS", "Varnak Front") in links, links
    assert ("Idris Tessaro", "LEADS", "Red Cross") not in links, links
