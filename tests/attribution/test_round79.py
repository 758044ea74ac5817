"""Voices round 79 (a probe of round 78's review, measured in sample on `fang1`–`fang76`): the
subject before a relative clause is found past a bracket ("Innenminister Hans Meier (CDU), der
seit 2021 im Amt ist, sagte, …" had no statement at all)."""

import pytest

from .statements import rows

CASES = [
    (
        ("Innenminister Hans Meier (CDU), der seit 2021 im Amt ist, sagte, die Lage sei ernst.",),
        [(0, "reported", "sagte", "Hans Meier")],
    ),  # before: no statement
    (
        (
            "Die Stiftung Warentest (StiWa), die jedes Jahr testet, warnte, die Geräte seien "
            "unsicher.",
        ),
        [(0, "reported", "warnte", "Stiftung Warentest")],
    ),  # before: no statement
    (
        ("Hans Meier, der seit 2021 im Amt ist, sagte, die Lage sei ernst.",),
        [(0, "reported", "sagte", "Hans Meier")],
    ),  # without a bracket, as before
]


@pytest.mark.parametrize(("passages", "expected"), CASES)
def test_round79_statements(passages, expected):
    assert rows(*passages) == expected
