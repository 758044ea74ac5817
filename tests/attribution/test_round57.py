"""Voices round 57 (tuned on the FANG-COVID sets `fang1`–`fang10` and all other gold; `fang11`
and `fang12` held out): a document owned by an institution in the genitive ("in einer
Mitteilung der Stadt") is the institution's; a definite document no earlier sentence gave an
author ("den Angaben zufolge") is the source of the statement right before it."""

import pytest

from .statements import rows

CASES = [
    (
        "Es handele sich um eine präventive Maßnahme, heißt es in einer Mitteilung der Stadt.",
        [(0, "reported", "heißt es", "Stadt")],
    ),  # before: "Mitteilung Stadt"
    (
        "Das Verwaltungsgericht Berlin hat entschieden. Es gebe keine Ausnahme, hieß es in einer "
        "Erklärung der Stadtverwaltung.",
        [(1, "reported", "hieß es", "Stadtverwaltung")],
    ),  # before: "Erklärung Stadtverwaltung"
    (
        "Das Verwaltungsgericht Berlin hat entschieden. Weiter hieß es in der Mitteilung des "
        "Gerichts: „Es sei auch erforderlich.“",
        [(1, "reported", "hieß es", "Verwaltungsgericht Berlin")],
    ),  # before: "Mitteilung Verwaltungsgericht Berlin"
    (
        "Die Polizei meldete einen Unfall. Die Lage sei ernst, heißt es in einer Mitteilung der "
        "Zeitung.",
        [(0, "reported", "meldete", "Polizei"), (1, "reported", "heißt es", "Mitteilung Zeitung")],
    ),  # a newspaper is no body that owns the document: unchanged
    (
        "Wie das Statistische Bundesamt am Dienstag mitteilte, sind die Zahlen gestiegen. Der "
        "Anteil lag den Angaben zufolge bei 2,3 Prozent.",
        [
            (0, "reported", "mitteilte", "Statistische Bundesamt"),
            (1, "reported", "zufolge", "Statistische Bundesamt"),
        ],
    ),  # before: "Angaben"
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=range(len(CASES)))
def test_round57_statements(text, expected):
    assert rows(text) == expected
