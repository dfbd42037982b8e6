"""Loaders: every format into one Document type, normalised text, problems named per file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from actorgraph.cli import app
from loaders import iter_documents


def _docs(paths, problems=None):
    return list(iter_documents(paths, (problems if problems is not None else []).append))


def test_text_file_takes_its_date_line_and_file_name(tmp_path: Path) -> None:
    (tmp_path / "k1.txt").write_text(" date 2019-12-28 A rocket hit K-1.The base was hit.", encoding="utf-8")
    [doc] = _docs([tmp_path / "k1.txt"])
    assert (doc.id, doc.date) == ("k1", "2019-12-28")
    assert doc.text == "A rocket hit K-1. The base was hit."


def test_normalisation_straightens_quotes_and_spaces(tmp_path: Path) -> None:
    (tmp_path / "q.txt").write_text("Iran\u2019s  \u201cproxies\u201d\u00a0struck.", encoding="utf-8")
    [doc] = _docs([tmp_path])
    assert doc.text == 'Iran\'s "proxies" struck.'


def test_a_footnote_number_after_a_word_or_a_sentence_end_is_dropped(tmp_path: Path) -> None:
    text = 'Hamas is armed by "Iran and Hezbollah."[3] It fired rockets[12].\n'
    (tmp_path / "f.md").write_text(text, encoding="utf-8")
    [doc] = _docs([tmp_path])
    assert doc.text == 'Hamas is armed by "Iran and Hezbollah." It fired rockets.'


def test_markdown_loses_its_markup(tmp_path: Path) -> None:
    (tmp_path / "note.md").write_text("# Title\n\n**Kataib Hezbollah** is [run](http://x) by _Muhandis_.\n")
    [doc] = _docs([tmp_path])
    assert doc.text == "Title\n\nKataib Hezbollah is run by Muhandis."


def test_a_markdown_heading_with_text_right_below_is_a_paragraph_of_its_own(tmp_path: Path) -> None:
    (tmp_path / "note.md").write_text("## Al-Shabaab on the back foot\nThe US sanctioned al-Shabaab.\n# End\n")
    [doc] = _docs([tmp_path])
    assert doc.text == "Al-Shabaab on the back foot\n\nThe US sanctioned al-Shabaab.\nEnd"


def test_a_markdown_list_item_with_no_closing_stop_ends_its_sentence(tmp_path: Path) -> None:
    items = "- The army seized the port on Monday\n- **Rebels** fled north\n- the RSF, led by X;\n- Done.\n"
    (tmp_path / "note.md").write_text("Key points:\n" + items)
    [doc] = _docs([tmp_path])
    assert doc.text == "Key points:\nThe army seized the port on Monday.\nRebels fled north.\nthe RSF, led by X;\nDone."


def test_a_blank_line_before_a_markdown_heading_or_list_is_kept(tmp_path: Path) -> None:
    text = "*Rebels at a checkpoint. Photo: AFP*\n\n## Key points\n\n- The army seized the port.\n\n1. Talks\n"
    (tmp_path / "note.md").write_text(text)
    [doc] = _docs([tmp_path])
    assert doc.text == "Rebels at a checkpoint. Photo: AFP\n\nKey points\n\nThe army seized the port.\n\nTalks."


def test_markdown_front_matter_gives_date_and_title_and_is_not_read_as_text(tmp_path: Path) -> None:
    front = '---\ntitle: "Strike near Baghdad"\ndate: 2020-01-05\nauthor: Jane Doe\ntags: [iraq]\n---\n'
    (tmp_path / "post.md").write_text(front + "# Strike\n\nIran funds **Kataib Hezbollah**.\n", encoding="utf-8")
    (tmp_path / "rule.md").write_text("---\nA line between rules.\n---\nIran backs KH.\n", encoding="utf-8")
    (tmp_path / "typo.md").write_text("---\ntitle: Iran: the war\n---\nIran backs KH.\n", encoding="utf-8")
    problems: list[str] = []
    docs = {d.id: d for d in _docs([tmp_path], problems)}
    post = docs["post"]
    assert (post.date, post.title, post.text) == (
        "2020-01-05",
        "Strike near Baghdad",
        "Strike\n\nIran funds Kataib Hezbollah.",
    )
    assert docs["rule"].text.startswith("---\nA line between rules.")  # a rule, not front matter: kept as text
    assert problems == [f"{tmp_path / 'typo.md'}: front matter is not valid YAML (line 2), read as text"]


def test_html_keeps_the_article_and_drops_scripts(tmp_path: Path) -> None:
    body = "<p>" + "Kataib Hezbollah is run by Abu Mahdi al-Muhandis, deputy of the PMU. " * 3 + "</p>"
    page = (
        f"<html><head><title>KH</title><script>var tracker = 1;</script><style>p {{}}</style></head>"
        f"<body><nav>Home | About</nav><article>{body}</article></body></html>"
    )
    (tmp_path / "page.html").write_text(page)
    [doc] = _docs([tmp_path])
    assert "run by Abu Mahdi al-Muhandis" in doc.text
    assert "tracker" not in doc.text and "Home | About" not in doc.text


def test_jsonl_records_and_a_malformed_line_named_by_number(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "a1", "text": "Iran backs KH.", "date": "2020-01-02", "title": "T", "url": "u"}),
        "{not json",
        json.dumps({"text": "No id here."}),
    ]
    (tmp_path / "feed.jsonl").write_text("\n".join(lines))
    problems: list[str] = []
    docs = _docs([tmp_path], problems)
    assert [(d.id, d.date, d.title) for d in docs] == [("a1", "2020-01-02", "T"), ("feed-3", "", "")]
    assert problems == [
        f"{tmp_path / 'feed.jsonl'}:2: malformed JSON (Expecting property name enclosed in double quotes), line skipped"
    ]


def test_bad_files_are_reported_and_skipped(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "blob.txt").write_bytes(b"\x00\x01\x02binary")
    (tmp_path / "latin.txt").write_bytes("Caf\xe9 in Beirut was struck.".encode("latin-1"))
    problems: list[str] = []
    docs = _docs([tmp_path, tmp_path / "missing.txt"], problems)
    assert [d.id for d in docs] == ["latin"]
    assert "Beirut" in docs[0].text
    assert any("blob.txt: binary file" in p for p in problems)
    assert any("empty.txt: empty file" in p for p in problems)
    assert any("latin.txt: not valid UTF-8" in p for p in problems)
    assert any("missing.txt: no such file" in p for p in problems)


def test_a_build_folder_inside_the_corpus_is_not_read(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Iran backs Kataib Hezbollah.")
    out = tmp_path / "out"
    out.mkdir()
    for name in ("graph.json", "build.json"):
        (out / name).write_text("{}")
    (out / "graph.html").write_text("<html><body><p>" + "Kataib Hezbollah " * 50 + "</p></body></html>")
    assert [d.id for d in _docs([tmp_path])] == ["a"]


ONE_LINE_PAGE = (
    "<html><head><title>Strike</title></head><body><article><h1>Strike near Baghdad</h1><figure>"
    "<img src='k1.jpg'><figcaption>Photo: Reuters</figcaption></figure><p>Kataib Hezbollah is run by Abu Mahdi "
    "al-Muhandis. Iran funds Kataib Hezbollah.</p><p>The group denied any role</p><ul><li>Rockets</li>"
    "<li>Drones</li></ul></article></body></html>"
)


def test_html_blocks_on_one_line_are_separate_sentences(tmp_path: Path) -> None:
    (tmp_path / "page.html").write_text(ONE_LINE_PAGE)
    [doc] = _docs([tmp_path])
    assert doc.text.splitlines() == [
        "Strike near Baghdad.",
        "Photo: Reuters.",
        "Kataib Hezbollah is run by Abu Mahdi al-Muhandis. Iran funds Kataib Hezbollah.",
        "The group denied any role.",
        "Rockets.",
        "Drones.",
    ]


@pytest.mark.model
def test_a_heading_and_caption_give_no_false_alias_and_no_glued_evidence(tmp_path: Path) -> None:
    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "page.html").write_text(ONE_LINE_PAGE)
    result = CliRunner().invoke(app, ["build", str(tmp_path / "corpus"), "--out", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    graph = json.loads((tmp_path / "out" / "graph.json").read_text(encoding="utf-8"))
    names = {name for node in graph["nodes"] for name in (node["name"], *node.get("aliases", ()))}
    assert not any("Photo" in name or "Reuters Kataib" in name for name in names), sorted(names)
    [leads] = [e for e in graph["edges"] if e["type"] == "LEADS"]
    assert leads["evidence"][0]["sentence"] == "Kataib Hezbollah is run by Abu Mahdi al-Muhandis."


@pytest.mark.parametrize(
    ("header", "date"),
    [
        ("By Lena Ortiz | Published 14 March 2023 | Updated 15 March 2023", "2023-03-14"),
        ("NOVEMBER 7, 2022 / 6:05 PM", "2022-11-07"),
        ("Last updated: Sept. 3, 2021, 10:15 a.m.", "2021-09-03"),
    ],
)
def test_a_page_without_a_date_line_takes_the_date_its_header_states(tmp_path: Path, header: str, date: str) -> None:
    (tmp_path / "page.md").write_text(f"# Rebels seize the river port\n\n{header}\n\nThe army withdrew.\n")
    [doc] = _docs([tmp_path])
    assert doc.date == date


def test_a_date_inside_the_text_or_an_impossible_day_does_not_date_the_page(tmp_path: Path) -> None:
    (tmp_path / "story.md").write_text("# Port seized\n\nRebels seized the port on 3 May 2021, officials said.\n")
    (tmp_path / "typo.md").write_text("# Port seized\n\nPublished 31 June 2021\n\nRebels seized the port.\n")
    problems: list[str] = []
    assert [d.date for d in _docs([tmp_path], problems)] == ["", ""]
    assert problems == []


def test_quotes_dashes_and_odd_spaces_are_straightened_as_a_translation_table_would() -> None:
    from loaders.normalise import _QUOTES, straightened

    table = str.maketrans(_QUOTES)
    pages = ("\u201cWe won\u2019t\u201d \u2013 the spokesman\u2014said\u2026", "\u00ab\u00a0Non\u202f\u00bb\u200b", "")
    for text in pages:
        assert straightened(text) == text.translate(table)
    assert straightened("Al\u2011Shabaab") == "Al\u2011Shabaab"  # a character the table has not


def test_the_fast_normalising_patterns_match_as_their_plain_forms_would() -> None:
    """The glued-sentence, footnote and space patterns open with what they match (to be found fast); on any text
    they give what the plain forms, which open with their look-behind or match a lone space, give."""
    import random
    import re

    from loaders.normalise import _FOOTNOTE, _GLUED, _SPACES

    plain = [
        (_GLUED, re.compile(r"(?<=[a-z0-9)\]])([.!?][\"']?)(?=[\"']?[A-Z])"), r"\1 "),
        (_FOOTNOTE, re.compile(r"(?<=[\w.,;:!?\"')])\[\d{1,3}\](?=[\s.,;:!?\"')]|$)"), ""),
        (_SPACES, re.compile(r"[ \t\r\f\v]+"), " "),
    ]
    pages = [
        'The envoy left Kabul.The talks [3] ended.[12] "We failed."[5] Then  \t the\vcouncil met [2024].',
        "Iran backs it,[2] said the IRGC's chief.\u201dOn Monday (AFP)!Rebels \u00e9crivent _[7] x",
    ]
    rng = random.Random(52)
    letters = [*"aZ9.,;:!?\"')][ \t\r\f\v\n17x_", "\u00e9", "\u4e00"]
    pages += ["".join(rng.choice(letters) for _ in range(rng.randint(0, 30))) for _ in range(20_000)]
    for fast, slow, written in plain:
        assert not fast.pattern.startswith("(?<") and fast.pattern != slow.pattern  # found from what it matches
        for page in pages:
            assert fast.sub(written, page) == slow.sub(written, page), (fast.pattern, page)
