"""Documents that are not UTF-8 are decoded right, Latin-script ones in a Western encoding, and the
warning names the encoding (issue 9, #4: French Latin-1 was read as cp775 and cp1250)."""

from __future__ import annotations

from pathlib import Path

import pytest

from loaders import iter_documents

TEXTS = [
    (
        "fr-short",
        "latin-1",
        "Le président est arrivé à Saïda.",
        "cp1252",
    ),
    (
        "fr-long",
        "latin-1",
        "Le président libanais a rencontré à Saïda les représentants du Hezbollah et du mouvement Amal, "
        "a déclaré jeudi le ministère, après une semaine de frappes près de Tyr et de Nabatiyé.",
        "cp1252",
    ),
    ("de", "cp1252", "Die Straße zum Außenministerium in Köln wurde gesperrt, sagte ein Sprecher.", "cp1252"),
    ("es", "latin-1", "El gobierno de España condenó el ataque; según el portavoz, no hubo heridos.", "cp1252"),
    ("quotes", "cp1252", "The \u201cpresident\u201d said \u2013 in Saïda \u2026 that \u20ac5m was paid.", "cp1252"),
    (
        "tr",
        "cp1254",
        "Türkiye Dışişleri Bakanlığı, İstanbul'daki saldırının ardından Irak hükümeti ile görüştüğünü açıkladı.",
        "cp1254",
    ),
    ("tr-latin5", "iso8859-9", "Şırnak'ta düzenlenen operasyonda PKK'ya ait sığınaklar imha edildi.", "cp1254"),
    ("ru", "cp1251", "Президент России встретился с министром иностранных дел Ирака в Москве.", "cp1251"),
]


@pytest.mark.parametrize(("name", "encoding", "text", "named"), TEXTS, ids=[t[0] for t in TEXTS])
def test_a_text_that_is_not_utf8_is_decoded_right_and_its_encoding_named(
    tmp_path: Path, name: str, encoding: str, text: str, named: str
) -> None:
    path = tmp_path / f"{name}.txt"
    path.write_bytes(text.encode(encoding))
    problems: list[str] = []
    [doc] = iter_documents([path], problems.append)
    assert doc.text == text.replace("\u201c", '"').replace("\u201d", '"').replace("\u2013", "-").replace(
        "\u2026", "..."
    )
    assert problems == [f"{path}: not valid UTF-8, decoded as {named}"]
