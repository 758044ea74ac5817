"""Voices round 68 (tuned on the gold and the readers' judgements of `fang1`–`fang34`; `fang35`
and `fang36` held out): a description the article resolves to nobody keeps the "von", "aus" or
"um" complement of a proper name its sentence gives it ("eine Sprecherin von Sanofi
Deutschland", "eine Studie aus Kanada"); a role the article has given a named person stays that
person, and a document's author stays the author."""

import pytest

from framelab.attribution.speakers import named_complement

from .statements import rows

CASES = [
    (
        (
            "Sanofi will BioNTech helfen. Dazu müssen die Anlagen jedoch zunächst umgerüstet "
            "werden, wie eine Sprecherin von Sanofi Deutschland sagte.",
        ),
        [(1, "reported", "sagte", "Sprecherin von Sanofi Deutschland")],
    ),  # before: "Sprecherin"
    (
        ("Die Maßnahmen würden verlängert, sagte die Bürgermeisterin von Bogotá am Montag.",),
        [(0, "reported", "sagte", "Bürgermeisterin von Bogotá")],
    ),  # the time after the name is not part of it
    (
        ("Kinder seien seltener betroffen, ergab eine Studie aus Kanada.",),
        [(0, "reported", "ergab", "Studie aus Kanada")],
    ),
    (
        (
            "Manuela Schwesig sprach im Landtag. Die Lage sei ernst, sagte die "
            "Ministerpräsidentin von Mecklenburg-Vorpommern.",
        ),
        [(1, "reported", "sagte", "Manuela Schwesig")],
    ),  # a role the article gave a named person stays that person
    (
        ("Laut einem Bericht von Reuters ist die Lage ernst.",),
        [(0, "reported", "Laut", "Reuters")],
    ),  # a document's author, not "Bericht von Reuters"
]


@pytest.mark.parametrize(("passages", "expected"), CASES)
def test_round68_statements(passages, expected):
    assert rows(*passages) == expected


@pytest.mark.parametrize(
    ("sentence", "mention", "expected"),
    [
        (
            "Das Virus sei älter, berichtete ein Forscherteam um Christian Drosten.",
            "ein Forscherteam",
            "Forscherteam um Christian Drosten",
        ),  # no sentence stop in the name
        ("Die Studie sei falsch, sagte ein Mann aus dem Iran.", "ein Mann", "Mann aus dem Iran"),
        ("Die Regierung bat die Länder um Hilfe, sagte ein Sprecher.", "ein Sprecher", ""),
        (
            "Das sei falsch, sagte ein Sprecher von Deutschlands Gesundheitsminister.",
            "ein Sprecher",
            "",
        ),  # a genitive name before its noun is no complement
        ("Das sei falsch, sagte eine Sprecherin aus Sicherheitsgründen.", "eine Sprecherin", ""),
    ],
)
def test_named_complement(sentence, mention, expected):
    assert named_complement(sentence, mention) == expected
