"""Voices round 62 (tuned on the gold and the readers' judgements of `fang1`–`fang22`; `fang23`
and `fang24` held out): a local body keeps its town ("die Steuerberaterkammer München", "die
Kreisklinik Ebersberg", "eine Studie der Uni Lübeck"), and a seat of government that speaks
for it is no thing (round 61 took "der Elyséepalast" for one)."""

import pytest

from .statements import rows

CASES = [
    (
        "Vor Enttäuschung warnt auch die Steuerberaterkammer München im Internet.",
        [(0, "reported", "warnt", "Steuerberaterkammer München")],
    ),  # before: "München"
    (
        "Die Kreisklinik Ebersberg bittet in einer Pressemitteilung dringend darum, nicht zu "
        "kommen.",
        [(0, "reported", "in einer Pressemitteilung", "Kreisklinik Ebersberg")],
    ),  # before: "Ebersberg"
    (
        "Es gibt Menschen ohne Antikörper, wie eine Studie der Uni Lübeck zuletzt zeigte.",
        [(0, "reported", "zeigte", "Uni Lübeck")],
    ),  # before: "Lübeck"
    (
        "Das Gesundheitsamt Treptow-Köpenick teilte mit, es gebe keine Fälle.",
        [(0, "reported", "teilte mit", "Gesundheitsamt Treptow-Köpenick")],
    ),  # before: "Treptow-Köpenick"
    (
        "Angeblich soll Präsident Emmanuel Macron über einen Rücktritt nachgedacht haben, was "
        "der Elyséepalast aber dementierte.",
        [(0, "reported", "dementierte", "Elyséepalast")],
    ),  # round 61: "Emmanuel Macron"
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=range(len(CASES)))
def test_round62_statements(text, expected):
    assert rows(text) == expected
