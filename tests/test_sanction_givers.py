"""Who gives a sanction: an armed group imposes none, whatever subject a misread clause lends the verb."""

from __future__ import annotations

from tests.conftest import links_by_name


def test_an_armed_group_imposes_no_sanctions() -> None:
    links = links_by_name(
        "The Kalen Front, led by Tomas Varel, has fought the army since 2021. In May, the government determined that "
        "the Kalen Front and its allied militias had committed atrocities in Orsk and imposed sanctions on Tomas Varel."
    )
    assert ("Tomas Varel", "SANCTIONED_BY", "Kalen Front") not in links, links
