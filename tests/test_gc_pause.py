"""The cycle collector is paused while the seeds are parsed, and left as it was after."""

from __future__ import annotations

import gc

import pytest

from graph import seeds


@pytest.mark.parametrize("enabled", [True, False])
def test_parsing_a_seed_file_pauses_the_collector_and_leaves_it_as_it_was(monkeypatch, enabled: bool) -> None:
    seen = []
    real_load = seeds.yaml.load

    def load(*args, **kwargs):
        seen.append(gc.isenabled())
        return real_load(*args, **kwargs)

    monkeypatch.setattr(seeds.yaml, "load", load)
    seeds.load_seed_yaml.cache_clear()
    was = gc.isenabled()
    (gc.enable if enabled else gc.disable)()
    try:
        assert seeds.load_seed_yaml("relations.yaml")["verbs"]  # the data as before
        assert seen == [False]
        assert gc.isenabled() is enabled
    finally:
        (gc.enable if was else gc.disable)()
        seeds.load_seed_yaml.cache_clear()
