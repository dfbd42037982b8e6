"""A role that opens its clause as the subject of "be", its holder set off after the body it names: "The leader of
the Kivu Front, John Bako, is a former teacher" (the parser hangs the name on the body, and the copula's complement
names no one); on sentences written for the test."""

from __future__ import annotations

import pytest
from conftest import links_by_name

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text",
    [
        "The leader of the Kivu Front, John Bako, is a former teacher.",
        "The commander of the Kivu Front, General John Bako, is already the subject of an arrest warrant.",
        "The head of the Kivu Front, John Bako, was the main target of the strike.",
        "The leader of the Kivu Front, John Bako, is a rival of Idris Wali, the head of the Lake Union.",
    ],
)
def test_a_name_set_after_the_body_of_a_subject_role_holds_it(text: str) -> None:
    links = links_by_name(text)
    assert ("John Bako", "LEADS", "Kivu Front") in links, links
    assert ("John Bako", "LEADS", "Lake Union") not in links, links


@pytest.mark.parametrize(
    "text",
    [
        "The leader of the Kivu Front, the Lake Union, is a coalition partner of John Bako.",
        "The head of the Kivu Front, John Bako's brother, is a former teacher.",
    ],
)
def test_no_holder_is_read_from_a_body_or_a_relative_set_off_there(text: str) -> None:
    links = links_by_name(text)
    assert ("John Bako", "LEADS", "Kivu Front") not in links, links
