"""Lists as the parser hangs them, on parses built by hand (no trained model needed)."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc
from spacy.vocab import Vocab

from loaders.mentions import Mention
from loaders.syntax import MentionIndex, actors_of, conjuncts, listed_with, prep_objects, subjects_of


def test_a_long_list_read_as_two_appositions_keeps_every_name() -> None:
    # "designated Hadi, Farouk, Rahim, Sabri and Hamdi": "Farouk" and "Rahim" in apposition to "Hadi", the rest
    # conjuncts of "Rahim" (a parse the trained model gives to long lists of names).
    words = ["designated", "Hadi", ",", "Farouk", ",", "Rahim", ",", "Sabri", "and", "Hamdi"]
    heads = [0, 0, 1, 1, 1, 1, 5, 5, 7, 7]
    deps = ["ROOT", "dobj", "punct", "appos", "punct", "appos", "punct", "conj", "cc", "conj"]
    doc = Doc(spacy.blank("en").vocab, words, heads=heads, deps=deps)
    assert [t.text for t in conjuncts(doc[1])] == ["Hadi", "Farouk", "Rahim", "Sabri", "Hamdi"]


def test_a_single_apposition_is_a_description_not_a_list() -> None:
    words = ["met", "Hadi", ",", "Farouk", ",", "and", "Sabri"]
    heads = [0, 0, 1, 1, 1, 1, 1]
    deps = ["ROOT", "dobj", "punct", "appos", "punct", "cc", "conj"]
    doc = Doc(spacy.blank("en").vocab, words, heads=heads, deps=deps)
    assert [t.text for t in conjuncts(doc[1])] == ["Hadi", "Sabri"]


def test_a_participle_set_off_by_commas_that_the_parser_hangs_on_the_comma_has_the_noun_before_as_subject() -> None:
    """The parser sometimes reads "fighting" of "Ugandan troops, fighting beside the army, took the port" as a
    preposition on the comma: the troops are still the ones fighting."""
    words = ["Ugandan", "troops", ",", "fighting", "beside", "the", "army", ",", "took", "the", "port", "."]
    heads = [1, 8, 1, 2, 3, 6, 4, 8, 8, 10, 8, 8]
    deps = ["amod", "nsubj", "punct", "prep", "prep", "det", "pobj", "punct", "ROOT", "det", "dobj", "punct"]
    tags = ["JJ", "NNS", ",", "VBG", "IN", "DT", "NN", ",", "VBD", "DT", "NN", "."]
    pos = ["ADJ", "NOUN", "PUNCT", "VERB", "ADP", "DET", "NOUN", "PUNCT", "VERB", "DET", "NOUN", "PUNCT"]
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps, tags=tags, pos=pos)
    assert [t.text for t in subjects_of(doc[3])] == ["troops"]


def test_titles_coordinated_in_an_apposition_are_no_list_of_names() -> None:
    # "Shukr, an aide and a member of the council": two titles of Shukr, not three actors.
    words = ["Shukr", ",", "an", "aide", "and", "a", "member"]
    heads = [0, 0, 3, 0, 3, 6, 3]
    deps = ["ROOT", "punct", "det", "appos", "cc", "det", "conj"]
    pos = ["PROPN", "PUNCT", "DET", "NOUN", "CCONJ", "DET", "NOUN"]
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos)
    assert [t.text for t in conjuncts(doc[0])] == ["Shukr"]


def test_a_phrase_read_again_names_the_group_a_rule_has_since_found_its_owner_leads() -> None:
    """actors_of reads a phrase once, but a leader's group found after that reading counts at the next one ("Abu
    Omar's group" names no one until a rule finds that Abu Omar leads the Lions Brigade), and a caller's changes to
    the list it gets are not kept."""
    words = ["Abu", "Omar", "'s", "group", "attacked", "the", "Lions", "Brigade"]
    heads = [1, 3, 1, 4, 4, 7, 7, 4]
    deps = ["compound", "poss", "case", "nsubj", "ROOT", "det", "compound", "dobj"]
    pos = ["PROPN", "PROPN", "PART", "NOUN", "VERB", "DET", "PROPN", "PROPN"]
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos)
    leader = Mention(0, 2, 0, 8, "Abu Omar", "Person", "Abu Omar")
    brigade = Mention(6, 8, 30, 43, "Lions Brigade", "Organization", "Lions Brigade")
    index = MentionIndex(doc, [leader, brigade])
    first = actors_of(doc[3], index)
    first.append(brigade)
    assert brigade not in actors_of(doc[3], index)
    index.groups[leader.key] = brigade
    assert actors_of(doc[3], index) == [brigade]


def test_prep_objects_asked_again_with_other_prepositions() -> None:
    # "sent fighters to Mali and from Niger": the verb's prepositions are read once, then each question keeps only
    # its own, and a caller that extends its answer does not change the next one.
    words = ["sent", "fighters", "to", "Mali", "and", "from", "Niger"]
    heads = [0, 0, 0, 2, 2, 2, 5]
    deps = ["ROOT", "dobj", "prep", "pobj", "cc", "conj", "pobj"]
    pos = ["VERB", "NOUN", "ADP", "PROPN", "CCONJ", "ADP", "PROPN"]
    doc = Doc(spacy.blank("en").vocab, words, heads=heads, deps=deps, pos=pos)
    first = prep_objects(doc[0], {"to"})
    first.append(doc[1])
    assert [t.text for t in prep_objects(doc[0], {"to"})] == ["Mali"]
    assert [t.text for t in prep_objects(doc[0], ["from", "to"])] == ["Mali", "Niger"]
    assert prep_objects(doc[0], {"with"}) == [] and prep_objects(doc[1], {"to"}) == []


def test_a_list_read_as_one_name_in_apposition_keeps_every_name() -> None:
    # "Kenya, the DRC and South Sudan sent troops": the parser reads "the DRC and South Sudan" as one name, "Sudan",
    # in apposition to "Kenya", with "DRC" (and its conjunct "South") among its modifiers.
    words = ["Kenya", ",", "the", "DRC", "and", "South", "Sudan", "sent", "troops"]
    heads = [7, 0, 6, 6, 3, 3, 0, 7, 7]
    deps = ["nsubj", "punct", "det", "nmod", "cc", "conj", "appos", "ROOT", "dobj"]
    pos = ["PROPN", "PUNCT", "DET", "PROPN", "CCONJ", "PROPN", "PROPN", "VERB", "NOUN"]
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos)
    assert [t.text for t in conjuncts(doc[0])] == ["Kenya", "Sudan", "DRC"]


def test_a_name_in_apposition_with_no_list_in_its_modifiers_is_no_list() -> None:
    # "Kenya, the East African Republic, sent troops": one name said again, no second item.
    words = ["Kenya", ",", "the", "East", "African", "Republic", ",", "sent", "troops"]
    heads = [7, 0, 5, 5, 5, 0, 0, 7, 7]
    deps = ["nsubj", "punct", "det", "compound", "compound", "appos", "punct", "ROOT", "dobj"]
    pos = ["PROPN", "PUNCT", "DET", "PROPN", "PROPN", "PROPN", "PUNCT", "VERB", "NOUN"]
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos)
    assert [t.text for t in conjuncts(doc[0])] == ["Kenya"]


def test_a_subject_list_opened_by_a_date_keeps_its_first_name() -> None:
    # "In July 2010 Rwanda, the DRC and South Sudan launched an offensive": the parser hangs "Rwanda" on "In" with the
    # date and reads "the DRC and South" as modifiers of "Sudan"; all three launched it.
    words = ["In", "July", "2010", "Rwanda", ",", "the", "DRC", "and", "South", "Sudan", "launched", "an", "offensive"]
    heads = [10, 0, 1, 0, 10, 9, 9, 6, 6, 10, 10, 12, 10]
    deps = ["prep", "pobj", "nummod", "pobj", "punct", "det", "nmod", "cc", "conj", "nsubj", "ROOT", "det", "dobj"]
    pos = ["ADP", "PROPN", "NUM", "PROPN", "PUNCT", "DET", "PROPN", "CCONJ", "PROPN", "PROPN", "VERB", "DET", "NOUN"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos)
    assert [t.text for t in conjuncts(doc[9])] == ["Sudan", "DRC", "Rwanda"]


def test_a_place_after_a_date_is_no_item_of_a_subject_alone() -> None:
    # "In July 2010 Rwanda, the army launched an offensive": no list, so Rwanda is only where.
    words = ["In", "July", "2010", "Rwanda", ",", "the", "army", "launched", "an", "offensive"]
    heads = [7, 0, 1, 0, 7, 6, 7, 7, 9, 7]
    deps = ["prep", "pobj", "nummod", "pobj", "punct", "det", "nsubj", "ROOT", "det", "dobj"]
    pos = ["ADP", "PROPN", "NUM", "PROPN", "PUNCT", "DET", "NOUN", "VERB", "DET", "NOUN"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos)
    assert [t.text for t in conjuncts(doc[6])] == ["army"]


def test_a_plural_pronoun_stands_for_a_whole_list_read_as_an_apposition() -> None:
    # "Ardo (AF), Belt (BF) and Corin (CF) said they would fight on": "Belt" in apposition to "Ardo", "Corin" a
    # conjunct of "Belt"; "they", which stands for "Belt", is all three.
    words = ["Ardo", "(", "AF", ")", ",", "Belt", "(", "BF", ")", "and", "Corin", "(", "CF", ")", "said", "they", "won"]
    heads = [14, 0, 0, 0, 0, 0, 5, 5, 5, 5, 5, 10, 10, 10, 14, 16, 14]
    deps = ["nsubj", "punct", "appos", "punct", "punct", "appos", "punct", "appos", "punct", "cc", "conj"]
    deps += ["punct", "appos", "punct", "ROOT", "nsubj", "ccomp"]
    pos = ["PROPN", "PUNCT", "PROPN", "PUNCT", "PUNCT", "PROPN", "PUNCT", "PROPN", "PUNCT", "CCONJ", "PROPN"]
    pos += ["PUNCT", "PROPN", "PUNCT", "VERB", "PRON", "VERB"]
    morphs = [""] * 15 + ["Number=Plur|Person=3", ""]
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos, morphs=morphs)
    ardo, belt, corin = (Mention(i, i + 1, 0, 1, doc[i].text, "Organization", doc[i].text) for i in (0, 5, 10))
    index = MentionIndex(doc, [ardo, belt, corin])
    assert [m.name for m in listed_with(belt, doc[15], index)] == ["Belt", "Ardo", "Corin"]
