"""Voices round 63 (tuned on the gold and the readers' judgements of `fang1`–`fang24`; `fang25`
and `fang26` held out): a bare document names the one author the article gives it anywhere
("heißt es in dem Bericht" … "Der Bericht des RKI"), and a given name the tagger cut from its
surname is named in full ("Leonhard Stärk")."""

import pytest

from framelab.attribution.antecedents import document_author
from framelab.attribution.cues import default_cues

from .statements import rows

CASES = [
    (
        (
            "Die Kinder seien weniger infektiös, heißt es in dem Bericht.",
            "Der Bericht des RKI steht im Einklang mit anderen Studien.",
        ),
        [(0, "reported", "heißt es", "RKI")],
    ),  # before: "Bericht"; the author is named only after the statement
    (
        (
            "Die Zahl der Katastrophen hat sich laut einem UN-Bericht verdoppelt. Viele Menschen "
            "waren laut Bericht mehrfach betroffen.",
        ),
        [(0, "reported", "laut", "UN"), (1, "reported", "laut", "UN")],
    ),  # before: "UN", then "Bericht"
    (
        ("Neben dem Virologen kritisierte dies ebenso Leonhard Stärk, der Geschäftsführer.",),
        [(0, "reported", "kritisierte", "Leonhard Stärk")],
    ),  # before: "Leonhard"
]


@pytest.mark.parametrize(("passages", "expected"), CASES, ids=range(len(CASES)))
def test_round63_statements(passages, expected):
    assert rows(*passages) == expected


@pytest.mark.parametrize(
    ("name", "text", "author"),
    [
        (
            "Umfrage",
            "Das ist das Ergebnis einer Umfrage des Meinungsforschungsinstituts Civey.",
            "Civey",
        ),
        (
            "Antwort",
            "Das geht aus einer Antwort des Bundesbildungsministeriums hervor.",
            "Bundesbildungsministerium",
        ),
        ("Umfrage", "Laut einer Umfrage ist das so.", ""),  # no author
        (
            "Umfrage",
            "Eine Umfrage des Instituts Forsa und eine Umfrage des Instituts Allensbach.",
            "",
        ),
        ("Bundesamt", "Der Bericht des RKI.", ""),  # no document
    ],
)
def test_a_bare_document_takes_its_one_author(name, text, author):
    assert document_author(name, (text,), default_cues().documents) == author
