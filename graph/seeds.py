"""Where the knowledge kept as data lives: the project's ``seeds/`` folder (override with ACTORGRAPH_SEEDS)."""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path

import yaml

from graph.errors import ActorGraphError


def seeds_dir() -> Path:
    """The folder holding actors.yaml and relations.yaml."""
    return Path(os.environ.get("ACTORGRAPH_SEEDS", Path(__file__).resolve().parents[1] / "seeds"))


# libyaml's safe loader when PyYAML was built with it (the same data, about four times faster), else PyYAML's own
SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@cache
def load_seed_yaml(name: str) -> dict:
    """Parse one YAML file of the seeds folder (cached per process)."""
    path = seeds_dir() / name
    try:
        with open(path, encoding="utf-8") as fh:
            return yaml.load(fh, Loader=SafeLoader) or {}
    except FileNotFoundError:
        raise ActorGraphError(f"{path}: missing; set ACTORGRAPH_SEEDS to the folder holding it") from None
    except yaml.YAMLError as exc:
        raise ActorGraphError(f"{path}: invalid YAML ({str(exc).splitlines()[0]})") from None
