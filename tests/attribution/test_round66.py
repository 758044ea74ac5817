"""Voices round 66 (tuned on the gold and the readers' judgements of `fang1`–`fang30`; `fang31`
and `fang32` held out): a spokesperson whose body the sentence does not name, right after a
body's statement, speaks for that body ("Sprecherin (Gesundheitsministerium)"), and
"Diplomat", "Kandidat" and "…krat" are person nouns, so a description ("der Sozialdemokrat")
refers back to the person."""

import pytest

from .statements import rows

CASES = [
    (
        (
            "Das Gesundheitsministerium teilte mit, die Briefe seien verschickt. Es gehe um eine "
            "Information, sagte eine Sprecherin.",
        ),
        [
            (0, "reported", "teilte mit", "Gesundheitsministerium"),
            (1, "reported", "sagte", "Sprecherin (Gesundheitsministerium)"),
        ],
    ),  # before: "Sprecherin"
    (
        (
            "Die Caritas teilte mit, die Beratung laufe weiter. Man berate telefonisch, sagte ihre "
            "Sprecherin.",
        ),
        [(0, "reported", "teilte mit", "Caritas"), (1, "reported", "sagte", "Sprecherin")],
    ),  # a possessive spokesperson is left alone
    (
        (
            "Ein Sprecher des Wirtschaftsministeriums sagte, man prüfe das. Es gebe keinen "
            "Engpass, sagte eine Sprecherin.",
        ),
        [
            (0, "reported", "sagte", "Sprecher Wirtschaftsministeriums"),
            (1, "reported", "sagte", "Sprecherin"),
        ],
    ),  # another spokesperson than the last, not the ministry's by default
    (
        (
            "Der Außenminister Lubomír Zaorálek sagte, das sei falsch. Es handle sich um "
            "Geschichtsfälschung, sagte der Sozialdemokrat.",
        ),
        [
            (0, "reported", "sagte", "Lubomír Zaorálek"),
            (1, "reported", "sagte", "Lubomír Zaorálek"),
        ],
    ),  # before: "Sozialdemokrat"
]


@pytest.mark.parametrize(("passages", "expected"), CASES, ids=range(len(CASES)))
def test_round66_statements(passages, expected):
    assert rows(*passages) == expected
