"""A company's legal form after a comma ("X, S.A. de C.V.", "X, LLC", "X, Inc.") ends one organisation's name,
Romance particles and "y" inside it (loaders/whole_names.py, loaders/swallowed_lists.py), each on a sentence
written for its test (the rules alone).
"""

from __future__ import annotations

import pytest
from conftest import graph_of

pytestmark = pytest.mark.model


def nodes(text: str) -> dict[str, str]:
    """Each node's name (and each alias) with its label."""
    found: dict[str, str] = {}
    for _, data in graph_of(text).g.nodes(data=True):
        for name in (data["name"], *data["aliases"]):
            found[name.rstrip(".")] = data["label"]
    return found


@pytest.mark.parametrize(
    ("text", "company"),
    [
        (
            "She controls Aceites y Lubricantes Sierra Alta, S.A. de C.V., a fuel distributor in Saltillo.",
            "Aceites y Lubricantes Sierra Alta, S.A. de C.V",
        ),
        (
            "The cartel stores cash through Inmobiliaria Los Pinos del Sur, S.A. de C.V., the Treasury said.",
            "Inmobiliaria Los Pinos del Sur, S.A. de C.V",
        ),
        (
            "He also runs Importadora Comercial Vega-Salinas, S. de R.L. de C.V., a vehicle importer.",
            "Importadora Comercial Vega-Salinas, S. de R.L. de C.V",
        ),
        (
            "Transportes y Logística Tres Ríos, S.A. de C.V., which moves fuel for the gang, was designated on Monday.",
            "Transportes y Logística Tres Ríos, S.A. de C.V",
        ),
        ("OFAC also designated Kilo Harbor Trading, LLC, a front company in Panama.", "Kilo Harbor Trading, LLC"),
        ("The ship is owned by Blue Tern Shipping, Inc., which is based in Monrovia.", "Blue Tern Shipping, Inc"),
        (
            "1. GASOLINERA SIERRA ALTA, S.A. DE C.V., Saltillo, Coahuila, Mexico [SDGT].",
            "GASOLINERA SIERRA ALTA, S.A. DE C.V",
        ),
    ],
)
def test_a_legal_form_after_a_comma_ends_one_organisation(text: str, company: str) -> None:
    found = nodes(text)
    assert found.get(company) == "Organization"
    assert not any(label == "Person" for label in found.values())


def test_a_list_of_places_with_no_legal_form_is_still_cut() -> None:
    found = nodes("Talks stalled in Meta, Caquetá, Guaviare and Putumayo in May.")
    assert {"Meta", "Caquetá", "Guaviare", "Putumayo"} <= set(found)


def test_two_companies_joined_by_and_stay_apart() -> None:
    found = nodes("The Treasury designated Kilo Trading and Zulu Shipping, LLC on Monday.")
    assert "Kilo Trading and Zulu Shipping, LLC" not in found


def test_a_lowercase_noun_before_the_comma_names_no_company() -> None:
    found = nodes("The money went to the holding company, LLC filings show.")
    assert not any("company" in name.lower() for name in found)


@pytest.mark.parametrize(
    "company",
    [
        "Zenith Group for Development and Investment Co. Ltd",
        "Nabaa Al-Hayat for Trade and Investment LLC",
        "Kilo General Trading and Contracting Co. Ltd.",
        "Delta Money Exchange and Remittance LLC",
    ],
)
@pytest.mark.parametrize(
    "frame",
    ["The Council listed {}, a firm in Istanbul.", "{} was designated by the Treasury for funding the group."],
)
def test_and_between_two_trades_stays_inside_one_company(company: str, frame: str) -> None:
    found = nodes(frame.format(company))
    assert found.get(company.rstrip(".")) == "Organization", found


def test_and_before_another_companys_name_still_parts_two() -> None:
    found = nodes("OFAC designated Alpha Trading and Beta Shipping LLC on Monday.")
    assert not any(name.startswith("Alpha Trading and") for name in found)
