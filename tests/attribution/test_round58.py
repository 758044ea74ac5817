"""Voices round 58 (tuned on the FANG-COVID sets `fang1`–`fang12` and all other gold; `fang13`
and `fang14` held out): a document after "in" that opens the clause before "heißt es" is the
source, and its owner in the genitive speaks, also by a name of several words; a surname in the
genitive after a speech noun is the person the article names in full; a compound "…angaben"
names its source after "laut" and before "zufolge" as after "nach"; a definite document is the
source of a statement up to three sentences before it."""

import pytest

from .statements import rows

CASES = [
    (
        "In einer Erklärung des Verbandes heißt es, man sei enttäuscht.",
        [(0, "reported", "heißt es", "Verband")],
    ),  # before: "unnamed source"
    (
        'In einer Erklärung der AG Kino-Gilde Deutscher Filmkunsttheater heißt es: "Wir '
        'appellieren an die Politik."',
        [(0, "reported", "heißt es", "AG Kino-Gilde Deutscher Filmkunsttheater")],
    ),  # before: "unnamed source"
    (
        "In Berlin heißt es, man sei enttäuscht.",
        [(0, "reported", "heißt es", "unnamed source")],
    ),  # a place after "in" is no source: unchanged
    (
        "Markus Söder war da. Und nach den Worten Söders sollen alle anderen dann Anfang Juli "
        "folgen.",
        [(1, "reported", "nach den Worten", "Markus Söder")],
    ),  # before: "Söders"
    (
        "Polizeiangaben zufolge wurden 14 Polizisten verletzt.",
        [(0, "reported", "zufolge", "Polizei")],
    ),  # before: "Polizeiangaben"
    (
        "Laut Medienberichten wurden 14 Polizisten verletzt.",
        [(0, "reported", "Laut", "Medienberichten")],
    ),  # a report names no source in its first part: unchanged
    (
        "Wie das Statistische Bundesamt mitteilte, sind es 3200. Das entsprach 1,1 Prozent. Die "
        "Quote lag 2008 bei 3,6. Der Anteil lag den Angaben zufolge bei 2,3 Prozent.",
        [
            (0, "reported", "mitteilte", "Statistische Bundesamt"),
            (3, "reported", "zufolge", "Statistische Bundesamt"),
        ],
    ),  # before: "Angaben" (round 57 looked one sentence back)
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=range(len(CASES)))
def test_round58_statements(text, expected):
    assert rows(text) == expected
