"""Voices round 80 (from a probe review of the rules with invented agency copy; measured in
sample on `fang1`–`fang76`, `fang77`–`fang80` held out): a quotation that opens the sentence
before its postposed cue is direct speech however long the cue's phrase; an adverbial clause
before the cue ("Während …,", "Weil …,") is not the content; Konjunktiv I forms with the stem's
"-e-" dropped ("bedaure") and "danke"/"bitte" after a subject pronoun; "der Verein" and "der
Zweitligist" are no person's role."""

import pytest

from .statements import kind_and_text, rows

KIND_CASES = [
    (
        "„Wir sind sehr zufrieden“, sagte Bayern-Trainer Vincent Kompany nach dem Spiel.",
        [("direct", "Vincent Kompany", "Wir sind sehr zufrieden")],
    ),  # before: reported, text with its quotation marks
    (
        "Während die Union die Pläne lobte, kritisierte die Opposition sie als unzureichend.",
        [
            (
                "reported",
                "Opposition",
                "Während die Union die Pläne lobte, kritisierte die Opposition sie als "
                "unzureichend.",
            )
        ],
    ),  # before: direct, text "Während die Union die Pläne lobte"
    (
        "Dass die Lage ernst ist, sagte Meier am Montag.",
        [("reported", "Meier", "Dass die Lage ernst ist")],
    ),  # a fronted "dass" clause is still the content
]


@pytest.mark.parametrize(("sentence", "expected"), KIND_CASES)
def test_round80_kind_and_content(sentence, expected):
    assert kind_and_text(sentence) == expected


SPEAKER_CASES = [
    (
        (
            "Ein Sprecher der Stadt sagte, der Spielplatz sei gesperrt. Man bedaure die "
            "Unannehmlichkeiten.",
        ),
        [
            (0, "reported", "sagte", "Sprecher Stadt"),
            (1, "reported", "Konjunktiv I: bedaure", "Sprecher Stadt"),
        ],
    ),  # before: the second sentence not found
    (
        (
            "Der Verein teilte mit, die Entscheidung sei gefallen. Man danke Sahin für seine "
            "Arbeit.",
        ),
        [(0, "reported", "teilte mit", "Verein"), (1, "reported", "Konjunktiv I: danke", "Verein")],
    ),  # before: the second sentence not found
    (
        (
            "Der Fußball-Bundesligist Borussia Dortmund hat sich von Trainer Nuri Sahin "
            "getrennt. Der Verein teilte mit, die Entscheidung sei gefallen.",
        ),
        [(1, "reported", "teilte mit", "Verein")],
    ),  # before: "Nuri Sahin"
    (
        ("Die Ministerin Anna Schmidt kam nach Berlin. Die Ministerin sagte, die Lage sei ernst.",),
        [(1, "reported", "sagte", "Anna Schmidt")],
    ),  # a role still names the person
]


@pytest.mark.parametrize(("passages", "expected"), SPEAKER_CASES)
def test_round80_speakers(passages, expected):
    assert rows(*passages) == expected
