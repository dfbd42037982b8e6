"""A pronoun that is the subject of the grounds given for a sanction stands for the one sanctioned, not the
sanctioner ("The EU sanctioned Eritrea over claims that it funded the front": Eritrea); not in a clause coordinated
with the sanction, nor in one that tells of the sanctioner."""

from __future__ import annotations

import pytest
from conftest import links_by_name

PAGE = "The Lake Albert Front, an armed group, attacked a police post in Bunia on Monday.\n\n"


@pytest.mark.parametrize(
    "grounds",
    [
        "The European Union sanctioned Eritrea over claims that it funded the Lake Albert Front.",  # over claims
        "In 2009 the UN Security Council imposed sanctions on Eritrea, partly over accusations that it armed the "
        "Lake Albert Front.",  # a sanction noun, "on" the one sanctioned
        "The United States designated Eritrea in 2010, saying it had financed the Lake Albert Front.",  # a participle
        "The European Union sanctioned Eritrea in 2011 because it had armed the Lake Albert Front.",  # a reason clause
        "Eritrea was sanctioned by the European Union because it armed the Lake Albert Front.",  # the passive
    ],
)
def test_the_grounds_of_a_sanction_tell_of_the_one_sanctioned(grounds: str) -> None:
    links = links_by_name(PAGE + grounds)
    assert ("Eritrea", "FUNDS", "Lake Albert Front") in links, links
    assert not any(
        s in {"European Union", "UN Security Council", "United States"} and t == "FUNDS" for s, t, _ in links
    )


@pytest.mark.parametrize(
    "apart",
    [
        "The European Union sanctioned Eritrea, and it also funded the Lake Albert Front.",  # a coordinated clause
        "The European Union, which sanctioned Eritrea in 2009, said it would fund the Lake Albert Front.",  # a relative
    ],
)
def test_a_clause_apart_from_the_grounds_keeps_the_sanctioner(apart: str) -> None:
    links = links_by_name(PAGE + apart)
    assert ("Eritrea", "FUNDS", "Lake Albert Front") not in links, links
