"""Persons named by given name and surname, and the checked given-name list."""

import pytest

from framelab.attribution.persons import (
    RESOURCE,
    given_name_gender,
    load_first_names,
    named_persons,
)
from framelab.errors import InputError


def test_named_persons_with_gender_and_the_role_before_them():
    found = named_persons(
        "SPÖ-Klubobmann Andreas Schieder traf Johanna Mikl-Leitner und Ursula von der Leyen."
    )
    assert [(p.name, p.gender, p.rule) for p in found] == [
        ("Andreas Schieder", "m", "named:SPÖ-Klubobmann"),
        ("Johanna Mikl-Leitner", "f", "named:"),
        ("Ursula von der Leyen", "f", "named:"),
    ]


def test_no_person_without_a_given_name():
    assert named_persons("Die Regierung in Wien berät am Montag mit der Deutschen Bank.") == []


def test_given_name_gender():
    assert given_name_gender("Angela Merkel") == "f"
    assert given_name_gender("Heinz-Christian Strache") == "m"
    assert given_name_gender("Andrea Nahles") == "?"  # listed as male and female
    assert given_name_gender("Kreml") == "?"


def test_a_failing_example_is_an_error_naming_the_file(tmp_path):
    bad = tmp_path / "names.yml"
    text = RESOURCE.read_text(encoding="utf-8").replace(
        'persons: ["Andreas Schieder"]', 'persons: ["Andreas"]'
    )
    bad.write_text(text, encoding="utf-8")
    with pytest.raises(InputError, match=r"names\.yml: example .*Andreas Schieder"):
        load_first_names(bad)


def test_a_counterexample_that_finds_a_person_is_an_error(tmp_path):
    bad = tmp_path / "names.yml"
    text = RESOURCE.read_text(encoding="utf-8").replace(
        '- "Die Deutsche Bank meldete einen Verlust."', '- "Das sagte Angela Merkel."'
    )
    bad.write_text(text, encoding="utf-8")
    with pytest.raises(InputError, match="counterexample"):
        load_first_names(bad)
