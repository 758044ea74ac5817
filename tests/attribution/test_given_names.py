"""The given names read from an installed name dictionary (voices round 36)."""

import pytest

from framelab.attribution import given_names as gn
from framelab.errors import InputError

# columns of nam_dict.txt: gender code, name from column 3, one frequency digit per country from
# column 29 (Great Britain first, Germany 12th)
LINE = "{code:<3}{name:<26}{freqs}"


def line(code: str, name: str, freqs: str) -> str:
    return LINE.format(code=code, name=name, freqs=freqs)


def test_a_line_gives_its_name_and_gender_when_common_enough():
    assert gn._entry(line("M", "Gottfried", "           347"), 4) == ("Gottfried", "m")
    assert gn._entry(line("?F", "Therese", "263 2   5  5357"), 4) == ("Therese", "f")
    assert gn._entry(line("M", "Gottfried", "           1"), 4) is None  # rare everywhere
    assert gn._entry(line("?", "Kim", "           5"), 4) is None  # unisex without a lean
    assert gn._entry(line("=", "Godi Gottfried", "1"), 4) is None  # an equivalence line
    assert gn._entry("# comment", 4) is None


def test_german_words_are_left_out_and_names_kept():
    assert gn._german_words(["Alter", "Mai", "Gottfried", "Klaus"]) == {"Alter", "Mai"}


def test_a_missing_package_is_an_error_naming_package_and_file():
    spec = {"package": "no_such_package_xyz", "file": "data/nam_dict.txt"}
    with pytest.raises(InputError) as err:
        gn.extended_names(spec, "first_names.yml")
    assert "no_such_package_xyz" in str(err.value) and "nam_dict.txt" in str(err.value)


def test_the_installed_dictionary_adds_names_the_curated_list_lacks():
    spec = {"package": "gender_guesser", "file": "data/nam_dict.txt", "min_frequency": 4}
    names = gn.extended_names({**spec, "exclude": "Israel"}, "first_names.yml")
    assert names["Gottfried"] == "m" and names["Therese"] == "f"
    assert "Israel" not in names and "Alter" not in names
