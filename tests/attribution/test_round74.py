"""Voices round 74 (tuned on the gold and the readers' judgements of `fang1`–`fang48`;
`fang49`–`fang52` held out): a place inside an extended attribute does not name the phrase ("Der
in Brandenburg ansässige Jurist" is a person to resolve, not Brandenburg); a local institution
in the genitive keeps its place ("des Oberverwaltungsgerichts Berlin-Brandenburg"); a court
before its town is a body whose "wie es hieß" it is; and a "für" complement that is a time names
no institution ("laut Statistikamt für die Jahre 2020 und 2021")."""

import pytest

from framelab.attribution.speakers import _nominative_institution

from .statements import rows

CASES = [
    (
        (
            "Richter Pieter Schleiter hält die Politik für verfassungswidrig.",
            "Die Abwägung fehle, sagt der in Brandenburg ansässige Jurist.",
        ),
        [
            (0, "reported", "hält … für", "Pieter Schleiter"),
            (0, "reported", "sagt", "Pieter Schleiter"),
        ],
    ),  # before: "Brandenburg"
    (
        ("Die auf Muscheln spezialisierte Forscherin Kat Szabo sagte, das sei gut.",),
        [(0, "reported", "sagte", "Kat Szabo")],
    ),  # a name after the head still names the phrase
    (
        ("Das teilte eine Sprecherin des Oberverwaltungsgerichts Berlin-Brandenburg mit.",),
        [(0, "reported", "teilte … mit", "Oberverwaltungsgericht Berlin-Brandenburg")],
    ),  # before: "Berlin-Brandenburg"
    (
        (
            "Die Maßnahme sei unverhältnismäßig, teilte das Verwaltungsgericht Berlin mit.",
            "Eine Sperrstunde sei dafür auch „möglicherweise geeignet“, wie es hieß.",
        ),
        [
            (0, "reported", "teilte … mit", "Verwaltungsgericht Berlin"),
            (0, "reported", "es hieß", "Verwaltungsgericht Berlin"),
        ],
    ),  # before: "unnamed source"
    (
        ("Die Zahlen wurden laut Statistikamt für die Jahre 2020 und 2021 ausgesetzt.",),
        [(0, "reported", "laut", "Statistikamt")],
    ),  # before: "Statistikamt für die Jahre 2020 und 2021"
    (
        ("Das teilte das Bundesamt für Bevölkerungsschutz und Katastrophenhilfe mit.",),
        [(0, "reported", "teilte … mit", "Bundesamt für Bevölkerungsschutz und Katastrophenhilfe")],
    ),  # a name in the complement stays
]


# after the session's code review: a given name in "-rat" opens no body's name
REVIEW_CASES = [
    (
        (
            "Murat Yakin übernimmt das Team.",
            "Das sei gut, sagte Yakin.",
            "Man wolle nun nach vorne schauen, hieß es.",
        ),
        [(0, "reported", "sagte", "Murat Yakin"), (0, "reported", "hieß es", "unnamed source")],
    ),
]


@pytest.mark.parametrize(("passages", "expected"), CASES + REVIEW_CASES)
def test_round74_statements(passages, expected):
    assert rows(*passages) == expected


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("Oberverwaltungsgerichts", "Oberverwaltungsgericht"),
        ("Landratsamtes", "Landratsamt"),
        ("Polizei", "Polizei"),
        ("Hauses", "Hauses"),
    ],
)
def test_nominative_institution(word, expected):
    assert _nominative_institution(word) == expected
