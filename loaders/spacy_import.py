"""spaCy imported without its command line, which a build never runs.

``import spacy`` imports ``spacy.cli`` to offer ``spacy.info``, and with it every command's dependencies (requests,
weasel, httpx): about 0.2 s of CPU at each start, a fifteenth of a rebuild after one changed document.
:func:`import_spacy` imports spaCy with a stand-in for ``spacy.cli.info`` whose ``info`` imports the real one when
called. The stand-ins are gone once spaCy is imported, so ``import spacy.cli`` still gives the real commands; a
spaCy that wants more of its command line at import is imported whole.

>>> import_spacy()  # spaCy imported (in a fresh process, without spacy.cli: tests/test_spacy_import.py)
>>> "spacy" in sys.modules
True
"""

from __future__ import annotations

import importlib
import sys
import types
from typing import Any


def import_spacy() -> None:
    """Import spaCy, without ``spacy.cli`` unless it is already imported."""
    if "spacy" in sys.modules:
        return
    cli = types.ModuleType("spacy.cli")
    cli.__path__ = []  # a package with no submodules of its own
    info = types.ModuleType("spacy.cli.info")
    info.info = _info  # type: ignore[attr-defined]
    stand_ins = {"spacy.cli": cli, "spacy.cli.info": info}
    sys.modules.update(stand_ins)
    try:
        importlib.import_module("spacy")
    except ImportError:  # a spaCy that imports more of its command line: imported whole below
        pass
    finally:
        for name, module in stand_ins.items():
            if sys.modules.get(name) is module:
                del sys.modules[name]
    importlib.import_module("spacy")


def _info(*args: Any, **kwargs: Any) -> Any:
    """spaCy's ``info``, imported when first called."""
    from spacy.cli.info import info

    return info(*args, **kwargs)
