"""Bad input: every broken file ends in one line naming it and the problem; the rest of the corpus builds."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from conftest import ROOT
from spacy.language import Language
from spacy.tokens import Doc
from typer.testing import CliRunner

from actorgraph.cli import app
from graph.build import build_graph
from loaders import iter_documents
from loaders.nlp import load_nlp
from loaders.readers import MAX_BYTES

runner = CliRunner()

GOOD = "date 2020-01-03 Kataib Hezbollah is run by Abu Mahdi al-Muhandis. Iran funds Kataib Hezbollah.\n"
PAGE = """<html><head><title>Strike</title><script>var tracker = "Hamas";</script>
<style>body { font-family: "Hezbollah"; }</style></head>
<body><nav>Home | World | Hamas</nav><article><h1>Strike near Baghdad</h1>
<p>Asaib Ahl al-Haq is led by Qais Khazali. The United States sanctioned Qais Khazali in December,
officials said, after a string of rocket attacks on bases hosting American troops in Iraq.</p>
<p>The group denied any role in the attacks and said it would respond to any strike on its positions.</p>
</article><footer>Copyright</footer></body></html>"""
FEED = "\n".join(
    [
        json.dumps({"id": "wire-1", "text": "Iran funds Hezbollah.", "date": "2020-02-01"}),
        '{"id": "wire-2", "text": "Iran backs',
        json.dumps({"id": "wire-3", "title": "no text here"}),
        json.dumps({"id": "wire-4", "text": "   "}),
        "",
        json.dumps({"id": "wire-5", "text": "Hamas is based in Gaza."}),
    ]
)


def write_bad_corpus(folder: Path) -> dict[str, str]:
    """A corpus with one of each kind of bad input; return the one-line problem each must produce."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    (folder / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (folder / "latin.txt").write_bytes("Iran funds Hezbollah, a café owner in Beirut said.".encode("cp1252"))
    (folder / "damaged.txt").write_bytes("Hamas is based in Gaza, said a café owner.".encode() + b"\xff")
    (folder / "empty.txt").write_text("")
    (folder / "blank.md").write_text(" \n\n \t\n")
    with (folder / "huge.txt").open("w", encoding="utf-8") as fh:  # 50 MB of text
        line = "The rocket attack on the base was the latest in a series of attacks this year. " * 10 + "\n"
        for _ in range(50_000_000 // len(line) + 1):
            fh.write(line)
    (folder / "feed.jsonl").write_text(FEED, encoding="utf-8")
    (folder / "page.html").write_text(PAGE, encoding="utf-8")
    (folder / "weather.txt").write_text("The weather was mild on Tuesday and the markets were calm.\n")
    huge = (folder / "huge.txt").stat().st_size
    return {
        "binary.txt": f"{folder / 'binary.txt'}: binary file, skipped",
        "latin.txt": f"{folder / 'latin.txt'}: not valid UTF-8, decoded as ",  # then the detected encoding
        "damaged.txt": f"{folder / 'damaged.txt'}: not valid UTF-8 (1 bad byte sequence), decoded with replacement "
        "characters",
        "empty.txt": f"{folder / 'empty.txt'}: empty file, skipped",
        "blank.md": f"{folder / 'blank.md'}: empty file, skipped",
        "huge.txt": f"{folder / 'huge.txt'}: {huge:,} bytes is over the {MAX_BYTES:,}-byte limit, skipped "
        "(raise --max-bytes)",
        "feed.jsonl:2": f"{folder / 'feed.jsonl'}:2: malformed JSON (Unterminated string starting at), line skipped",
        "feed.jsonl:3": f"{folder / 'feed.jsonl'}:3: record has no 'text' string, line skipped",
        "feed.jsonl:4": f"{folder / 'feed.jsonl'}:4: record has an empty 'text', line skipped",
    }


def assert_problems(lines: list[str], expected: dict[str, str], prefix: str = "") -> None:
    """Each line is one expected problem (an expected message ending in "as " is followed by what was detected)."""
    assert len(lines) == len(expected)
    for line, message in zip(sorted(lines), sorted(expected.values()), strict=True):
        assert line == prefix + message or (message.endswith(" as ") and line.startswith(prefix + message))


def test_each_bad_file_is_one_line_naming_it_and_the_rest_is_read(tmp_path: Path) -> None:
    expected = write_bad_corpus(tmp_path)
    problems: list[str] = []
    docs = {d.id: d for d in iter_documents([tmp_path], problems.append)}
    assert_problems(problems, expected)
    assert sorted(docs) == ["damaged", "good", "latin", "page", "weather", "wire-1", "wire-5"]
    assert docs["latin"].text == "Iran funds Hezbollah, a café owner in Beirut said."
    assert docs["damaged"].text == "Hamas is based in Gaza, said a café owner.\ufffd"
    assert "Qais Khazali" in docs["page"].text
    assert not any(junk in docs["page"].text for junk in ("tracker", "font-family", "Home | World", "Copyright"))


def test_jsonl_is_streamed_with_a_limit_per_record(tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    big = json.dumps({"id": "big", "text": "word " * 100})
    lines = [
        json.dumps({"id": "a", "text": "Iran funds Hezbollah."}).encode(),
        big.encode(),
        b'{"id": "c", "text": "caf\xe9"}',
    ]
    feed.write_bytes(b"\n".join(lines) + b"\n")
    problems: list[str] = []
    docs = list(iter_documents([feed], problems.append, max_bytes=200))
    assert [(d.id, d.text) for d in docs] == [("a", "Iran funds Hezbollah."), ("c", "caf\ufffd")]
    assert problems == [
        f"{feed}:2: record over the 200-byte limit, line skipped (raise --max-bytes)",
        f"{feed}:3: not valid UTF-8 (1 line), decoded with replacement characters",
    ]


def test_a_file_that_disappears_mid_read_is_reported(tmp_path: Path) -> None:
    for name in ("a", "b", "c"):
        (tmp_path / f"{name}.txt").write_text(f"Document {name}.")
    problems: list[str] = []
    docs = iter_documents([tmp_path], problems.append)
    assert next(docs).id == "a"
    (tmp_path / "b.txt").unlink()  # listed, then gone before it is read
    assert [d.id for d in docs] == ["c"]
    assert problems == [f"{tmp_path / 'b.txt'}: cannot read (No such file or directory), skipped"]


def test_the_same_file_name_in_two_folders_gives_two_documents_named_by_their_folders(tmp_path: Path) -> None:
    for folder, text in (("a", "One."), ("b", "Two."), ("c/x", "Three."), ("d/x", "Four.")):
        (tmp_path / folder).mkdir(parents=True)
        (tmp_path / folder / "report.txt").write_text(text)
        (tmp_path / folder / "feed.jsonl").write_text(json.dumps({"text": text}))  # ids from the file name
    (tmp_path / "a" / "other.txt").write_text("Five.")
    problems: list[str] = []
    docs = [(d.id, d.text) for d in iter_documents([tmp_path], problems.append)]
    assert sorted(docs) == [
        ("a/feed-1", "One."),
        ("a/report", "One."),
        ("b/feed-1", "Two."),
        ("b/report", "Two."),
        ("c/x/feed-1", "Three."),
        ("c/x/report", "Three."),
        ("d/x/feed-1", "Four."),
        ("d/x/report", "Four."),
        ("other", "Five."),  # a name used once keeps its id
    ]
    assert problems == []
    named_apart = [tmp_path / "b", tmp_path / "a" / "report.txt", tmp_path / "d"]  # however the files are named
    assert [d.id for d in iter_documents(named_apart)] == ["b/feed-1", "b/report", "a/report", "x/feed-1", "x/report"]


def test_the_same_name_in_one_folder_keeps_the_extension_and_a_record_id_read_twice_is_reported(
    tmp_path: Path,
) -> None:
    (tmp_path / "story.txt").write_text("One.")
    (tmp_path / "story.md").write_text("Two.")
    (tmp_path / "feed.jsonl").write_text(json.dumps({"id": "story.md", "text": "Three."}))
    problems: list[str] = []
    assert [(d.id, d.text) for d in iter_documents([tmp_path], problems.append)] == [
        ("story.md", "Three."),  # feed.jsonl is read first
        ("story.txt", "One."),
    ]
    assert problems == [
        f"{tmp_path / 'story.md'}: document id 'story.md' already read from {tmp_path / 'feed.jsonl'}, skipped"
    ]


@pytest.mark.model
def test_reports_of_the_same_name_in_two_folders_both_reach_the_graph_and_its_cache(tmp_path: Path) -> None:
    for folder, text in (("a", "Iran funds Hezbollah."), ("b", "Hamas is based in Gaza.")):
        (tmp_path / "corpus" / folder).mkdir(parents=True)
        (tmp_path / "corpus" / folder / "report.txt").write_text(text)
    out = tmp_path / "out"
    for parsed, cached in ((2, 0), (0, 2)):
        result = runner.invoke(app, ["build", str(tmp_path / "corpus"), "--out", str(out)])
        assert result.exit_code == 0, result.output
        assert "2 documents, 8 words" in result.output and f"{parsed} parsed, {cached} from cache" in result.output
        docs_of = {node["id"]: node["doc_ids"] for node in json.loads((out / "graph.json").read_text())["nodes"]}
        assert docs_of["hezbollah"] == ["a/report"] and docs_of["hamas"] == ["b/report"]


def test_a_file_named_twice_is_read_once_without_a_warning(tmp_path: Path) -> None:
    (tmp_path / "2020").mkdir()
    (tmp_path / "2020" / "story.txt").write_text("Iran funds Hezbollah.")
    (tmp_path / "other.txt").write_text("Hamas is based in Gaza.")
    problems: list[str] = []
    named = [tmp_path, tmp_path / "2020" / "story.txt", tmp_path / "2020" / ".." / "2020" / "story.txt"]
    assert [d.id for d in iter_documents(named, problems.append)] == ["story", "other"]
    assert problems == []


READ_AS_USER = """
import sys
from pathlib import Path
from loaders import iter_documents
docs = [d.id for d in iter_documents([Path(sys.argv[1]), Path(sys.argv[1]) / "shut" / "inside.txt"], print)]
print(docs)
"""


@pytest.mark.skipif(os.geteuid() == 0 and not shutil.which("setpriv"), reason="root reads everything without setpriv")
def test_unreadable_files_and_folders_are_one_line_each(tmp_path: Path) -> None:
    corpus = Path(tempfile.mkdtemp(prefix="unreadable-", dir="/tmp"))  # a place another user can reach
    try:
        corpus.chmod(0o755)
        (corpus / "ok.txt").write_text("Iran funds Hamas.")
        (corpus / "locked.txt").write_text("Iran funds Hezbollah.")
        (corpus / "shut").mkdir()
        (corpus / "shut" / "inside.txt").write_text("Hamas is based in Gaza.")
        (corpus / "locked.txt").chmod(0)
        (corpus / "shut").chmod(0)
        user = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"] if os.geteuid() == 0 else []
        run = subprocess.run(
            [*user, sys.executable, "-c", READ_AS_USER, str(corpus)], capture_output=True, text=True, cwd=ROOT
        )
        assert run.returncode == 0 and "Traceback" not in run.stderr, run.stderr
        *problems, docs = run.stdout.splitlines()
        assert docs == "['ok']"
        assert sorted(problems) == sorted(
            f"{path}: cannot read (Permission denied), skipped"
            for path in (corpus / "locked.txt", corpus / "shut", corpus / "shut" / "inside.txt")
        )
    finally:
        (corpus / "shut").chmod(0o755)
        shutil.rmtree(corpus)


def test_a_date_that_is_not_a_date_is_reported_and_left_out(tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    records = [
        {"id": "a", "text": "Iran funds Hezbollah.", "date": "yesterday"},
        {"id": "b", "text": "Iran funds Hamas.", "date": "2020-13-45"},
        {"id": "c", "text": "Iran backs Hamas.", "date": "2020-01-05T10:00:00Z"},
        {"id": {"x": 1}, "text": "Syria backs Hezbollah."},
    ]
    feed.write_text("\n".join(json.dumps(r) for r in records), encoding="utf-8")
    (tmp_path / "note.txt").write_text("date 2019-02-30 Iran funds Hamas.")
    problems: list[str] = []
    docs = [(d.id, d.date, d.text) for d in iter_documents([tmp_path], problems.append)]
    assert docs == [
        ("a", "", "Iran funds Hezbollah."),
        ("b", "", "Iran funds Hamas."),
        ("c", "2020-01-05", "Iran backs Hamas."),  # a timestamp keeps its day
        ("feed-4", "", "Syria backs Hezbollah."),
        ("note", "", "Iran funds Hamas."),
    ]
    assert problems == [
        f"{feed}:1: date 'yesterday' is not a date such as 2019-12-28, read without a date",
        f"{feed}:2: date '2020-13-45' is not a date such as 2019-12-28, read without a date",
        f"{feed}:4: 'id' {{\"x\": 1}} is not a string or number, read as feed-4",
        f"{tmp_path / 'note.txt'}: date '2019-02-30' is not a date such as 2019-12-28, read without a date",
    ]


@pytest.mark.model
def test_the_closing_line_counts_files_not_problems(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "feed.jsonl").write_text("\n".join(FEED.splitlines()[:3]), encoding="utf-8")  # 2 bad lines of 3
    result = runner.invoke(app, ["build", str(corpus), "--out", str(tmp_path / "out")])
    assert result.exit_code == 2, result.output
    *warnings, closing = result.stderr.splitlines()
    assert [w.startswith(f"warning: {corpus / 'feed.jsonl'}:{n}: ") for n, w in enumerate(warnings, 2)] == [True] * 2
    assert closing == "1 file(s) skipped or read with problems (2 problems)"


def test_windows_unicode_text_is_read_and_a_file_of_only_a_date_is_skipped(tmp_path: Path) -> None:
    (tmp_path / "notepad.txt").write_bytes("Iran funds Hezbollah, a café owner said.".encode("utf-16"))  # with its BOM
    (tmp_path / "dated.txt").write_text("date 2020-01-03\n\n", encoding="utf-8")
    (tmp_path / "feed.jsonl").write_text(json.dumps({"id": "w", "text": "date 2020-01-03"}), encoding="utf-8")
    problems: list[str] = []
    docs = [(d.id, d.text) for d in iter_documents([tmp_path], problems.append)]
    assert docs == [("notepad", "Iran funds Hezbollah, a café owner said.")]
    assert problems == [
        f"{tmp_path / 'dated.txt'}: no text after its date line, skipped",
        f"{tmp_path / 'feed.jsonl'}:1: no text after its date line, skipped",
        f"{tmp_path / 'notepad.txt'}: not valid UTF-8, decoded as utf-16-le (its byte order mark)",
    ]


@pytest.mark.model
def test_build_of_a_bad_corpus_reports_each_problem_and_builds_the_rest(tmp_path: Path) -> None:
    expected = write_bad_corpus(tmp_path / "corpus")
    out = tmp_path / "out"
    result = runner.invoke(app, ["build", str(tmp_path / "corpus"), "--out", str(out)])
    assert result.exit_code == 2, result.output
    warnings = [line for line in result.stderr.splitlines() if line.startswith("warning: ")]
    assert_problems(warnings, expected, prefix="warning: ")
    assert result.stderr.splitlines()[-1] == "7 file(s) skipped or read with problems (9 problems)"
    assert "7 documents" in result.output and "1 document(s) with no actors" in result.output
    graph = json.loads((out / "graph.json").read_text(encoding="utf-8"))
    docs_of = {node["id"]: node["doc_ids"] for node in graph["nodes"]}
    assert docs_of["kataib-hezbollah"] == ["good"]
    assert docs_of["hezbollah"] == ["latin", "wire-1"]
    assert docs_of["hamas"] == ["damaged", "wire-5"]
    assert docs_of["qais-khazali"] == ["page"]
    report = json.loads((out / "build.json").read_text(encoding="utf-8"))
    assert report["no_actors"] == ["weather"]
    assert report["documents"] == 7
    assert_problems(report["problems"], expected)


@pytest.mark.model
def test_strict_stops_at_the_first_problem_with_one_line(tmp_path: Path) -> None:
    expected = write_bad_corpus(tmp_path / "corpus")
    out = tmp_path / "out"
    result = runner.invoke(app, ["build", str(tmp_path / "corpus"), "--out", str(out), "--strict"])
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [f"error: {expected['binary.txt']}"]  # the first bad file in path order
    assert not (out / "graph.json").exists()


@pytest.mark.model
def test_max_bytes_can_be_raised_or_lowered(tmp_path: Path) -> None:
    good = tmp_path / "corpus" / "good.txt"
    good.parent.mkdir()
    good.write_text(GOOD, encoding="utf-8")
    size = good.stat().st_size
    low = runner.invoke(app, ["build", str(good.parent), "--out", str(tmp_path / "a"), "--max-bytes", "50"])
    assert low.exit_code == 1  # the only document refused: nothing to build
    assert low.stderr.splitlines() == [
        f"warning: {good}: {size:,} bytes is over the 50-byte limit, skipped (raise --max-bytes)",
        f"error: nothing to build: no readable document in {good.parent}; nothing was changed",
    ]
    assert not (tmp_path / "a").exists()
    enough = runner.invoke(app, ["build", str(good.parent), "--out", str(tmp_path / "b"), "--max-bytes", str(size)])
    assert enough.exit_code == 0, enough.output


@pytest.mark.model
def test_a_document_with_no_actors_is_counted_not_an_error(tmp_path: Path) -> None:
    (tmp_path / "weather.txt").write_text("The weather was mild on Tuesday.")
    result = build_graph([tmp_path])
    assert (result.documents, result.problems, result.no_actors) == (1, [], ["weather"])
    assert result.graph.g.number_of_nodes() == 0


def test_a_sentence_no_rule_can_read_is_one_line_and_the_page_keeps_its_other_links(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import loaders.extract

    def fails_on_the_first(reader: object, sent: object) -> None:
        if sent.start == 0:
            raise ValueError("no rule foresaw this parse")

    monkeypatch.setattr(loaders.extract, "person_s_organisation", fails_on_the_first)  # read where a person is named
    page = tmp_path / "page.txt"
    page.write_text("Hezbollah is led by Hassan Nasrallah. The Badr Organization is led by Hadi al-Amiri.\n")
    problems: list[str] = []
    result = build_graph([page], on_problem=problems.append, extractor="rules")
    why = "sentence 1 (ValueError: no rule foresaw this parse)"
    assert problems == [f"{page}: 1 part(s) could not be read, e.g. {why}; the rest was kept"]
    assert result.graph.g.has_edge("hadi-al-amiri", "badr-organization", key="LEADS")


@Language.component("fails_on_a_marked_page")
def _fails_on_a_marked_page(doc: Doc) -> Doc:
    if "MARKED" in doc.text:
        raise ValueError("no component foresaw this page")
    return doc


def test_a_page_the_pipeline_fails_on_is_one_line_and_the_rest_of_the_corpus_builds(tmp_path: Path) -> None:
    for name, text in {
        "a.txt": "Hezbollah is led by Hassan Nasrallah.",
        "b.txt": "MARKED The Badr Organization is led by Hadi al-Amiri.",
        "c.txt": "Iran funds Hamas.",
    }.items():
        (tmp_path / name).write_text(text + "\n")
    nlp = load_nlp()
    nlp.add_pipe("fails_on_a_marked_page", before="actor_merger")
    try:
        problems: list[str] = []
        result = build_graph([tmp_path], on_problem=problems.append, extractor="rules")
    finally:
        nlp.remove_pipe("fails_on_a_marked_page")
    assert problems == [
        f"{tmp_path / 'b.txt'}: 'b' could not be read (ValueError: no component foresaw this page), skipped"
    ]
    assert set(result.graph.g.edges(keys=True)) == {
        ("hassan-nasrallah", "hezbollah", "LEADS"),
        ("iran", "hamas", "FUNDS"),
    }


@pytest.mark.model
def test_a_footnote_mark_after_a_number_loses_no_part_of_the_page(tmp_path: Path) -> None:
    page = tmp_path / "brief.md"  # "¹" passes str.isdigit() but int() refuses it
    page.write_text(
        "date 2021-03-02 Gunmen of the Sahel Front killed at least 30 people on the highway near Tessaro.¹\n\n"
        "¹ Observatory attack records, 2019-2021; police figures.\n",
        encoding="utf-8",
    )
    problems: list[str] = []
    result = build_graph([page], on_problem=problems.append, extractor="rules")
    assert problems == [] and result.graph.g.number_of_nodes() > 0
