"""A build imports spaCy without its command line (:mod:`loaders.spacy_import`), which stays importable."""

from __future__ import annotations

import subprocess
import sys

FRESH = """
import sys
from loaders.spacy_import import import_spacy
import_spacy()
import spacy
print(sorted(name for name in ("spacy.cli", "requests", "weasel") if name in sys.modules))
import spacy.cli
print(spacy.cli.download.__name__, callable(spacy.cli.info))
print(type(spacy.info(markdown=True, silent=True)).__name__)
"""


def test_spacy_is_imported_without_its_commands_and_they_still_import_whole() -> None:
    out = subprocess.run([sys.executable, "-c", FRESH], capture_output=True, text=True, check=True).stdout
    assert out.splitlines() == ["[]", "download True", "str"]


def test_spacy_imported_before_is_left_as_it_is() -> None:
    import spacy

    from loaders.spacy_import import import_spacy

    before = spacy.info
    import_spacy()
    assert sys.modules["spacy"] is spacy and spacy.info is before
