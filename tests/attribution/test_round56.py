"""Voices round 56 (tuned on the FANG-COVID sets `fang1`–`fang8` and all other gold; `fang9` and
`fang10` held out): a cue verb after "und" with its subject elided has the first conjunct's
subject, not the object after it; a sentence adverb in -erweise is no subject; a given name
HanTa reads as a non-word ("Joe") is a given name, so the person is remembered for a later
"er"."""

import pytest

from framelab.attribution.persons import default_names

from .statements import rows

CASES = [
    (
        "In einer Fernsehansprache begrüßte das venezolanische Staatsoberhaupt Nicolás Maduro den "
        "russischen Impfstoff und lobte die Leistung Russlands, das als erster Staat beginnt.",
        [(0, "reported", "lobte", "Nicolás Maduro")],
    ),  # before: "Russlands"
    (
        "Bemerkenswerterweise forderte auch Biden, dass die Versorgung gewährleistet sein müsse.",
        [(0, "reported", "forderte", "Biden")],
    ),  # before: "Bemerkenswerterweise"
    (
        "Die Ärzte warnen. Joe Biden hielt eine Rede. Er sagte, das sei Krieg.",
        [(0, "reported", "warnen", "Ärzte"), (2, "reported", "sagte", "Joe Biden")],
    ),  # before: "Ärzte"
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=range(len(CASES)))
def test_round56_statements(text, expected):
    assert rows(text) == expected


def test_nouns_read_as_non_words_stay_excluded_from_given_names():
    names = default_names().gender
    assert names.get("Joe") == "m"
    assert "Karo" not in names and "Tuba" not in names
