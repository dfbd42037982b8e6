"""Where the knowledge kept as data lives: the project's ``seeds/`` folder (override with ACTORGRAPH_SEEDS).

A seed file's mappings are :class:`SeedTable`: a key the rules read as ``table[key]`` that the file lacks (renamed,
mistyped) is a one-line error naming the file and the key, never a rule silently switched off.

>>> table = SeedTable.of({"hostility": {"war_nouns": ["war"]}}, "seeds/relations.yaml")
>>> table["hostility"]["war_nouns"]
['war']
>>> table["hostility"]["feud_nouns"]
Traceback (most recent call last):
...
graph.seeds.SeedKeyError: seeds/relations.yaml: no key 'hostility.feud_nouns'
"""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from graph.errors import ActorGraphError
from graph.gc_pause import paused_gc


def seeds_dir() -> Path:
    """The folder holding actors.yaml and relations.yaml."""
    return Path(os.environ.get("ACTORGRAPH_SEEDS", Path(__file__).resolve().parents[1] / "seeds"))


class SeedKeyError(ActorGraphError):
    """A seed file lacks a key the rules read."""


class SeedTable(dict):
    """A mapping of a seed file: a missing key raises :class:`SeedKeyError` with the file and the key's path."""

    origin: str
    path: str

    @classmethod
    def of(cls, value: Any, origin: str, path: str = "") -> Any:
        """``value`` with every mapping in it (at any depth) made a table that knows its file and path."""
        if isinstance(value, dict):
            table = cls({k: cls.of(v, origin, f"{path}{k}.") for k, v in value.items()})
            table.origin, table.path = origin, path
            return table
        if isinstance(value, list):
            return [cls.of(v, origin, path) for v in value]
        return value

    def __missing__(self, key: object) -> Any:
        raise SeedKeyError(f"{self.origin}: no key {self.path + str(key)!r}")


# libyaml's safe loader when PyYAML was built with it (the same data, about four times faster), else PyYAML's own
SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@cache
def load_seed_yaml(name: str) -> dict:
    """Parse one YAML file of the seeds folder (cached per process)."""
    path = seeds_dir() / name
    try:
        with open(path, encoding="utf-8") as fh, paused_gc():  # tens of thousands of new containers, none a cycle
            return SeedTable.of(yaml.load(fh, Loader=SafeLoader) or {}, str(path))
    except FileNotFoundError:
        raise ActorGraphError(f"{path}: missing; set ACTORGRAPH_SEEDS to the folder holding it") from None
    except yaml.YAMLError as exc:
        raise ActorGraphError(f"{path}: invalid YAML ({str(exc).splitlines()[0]})") from None
