"""Voices round 64 (tuned on the gold and the readers' judgements of `fang1`–`fang26`; `fang27`
and `fang28` held out): a bare document whose author the article never writes, right after a
body's statement, is that body's ("Die Behörde sammele Beweise, hieß es in einer Erklärung"),
and a verb cue the tagger read as an adjective after a quotation stays out of the speaker
('…", twitterte Spahn' → "Spahn", not "twitterte Spahn")."""

import pytest

from .statements import rows

CASES = [
    (
        (
            "Das Ermittlungskomitee teilte mit, es gebe neue Beweise. Die Behörde sammele weitere "
            "Unterlagen, hieß es in einer Erklärung.",
        ),
        [
            (0, "reported", "teilte mit", "Ermittlungskomitee"),
            (1, "reported", "hieß es", "Ermittlungskomitee"),
        ],
    ),  # before: "Erklärung"
    (
        (
            "Der Konzern SAP teilte mit, die App laufe. Auch sei die Liste laut Mitteilung "
            "vollständig.",
        ),
        [(0, "reported", "teilte mit", "SAP"), (1, "reported", "laut", "SAP")],
    ),  # before: "Mitteilung"
    (
        (
            "Die Kanzlerin Angela Merkel sagte, es gebe Fortschritte. Die Lage sei ernst, heißt "
            "es in einer Erklärung.",
        ),
        [
            (0, "reported", "sagte", "Angela Merkel"),
            (1, "reported", "heißt es", "Erklärung"),
        ],
    ),  # after a person's statement the document stays itself
    (
        (
            "Das Bundesamt meldete einen Anstieg. Erst Anfang der Woche ergab eine Studie, dass "
            "die Maßnahmen wirken.",
        ),
        [
            (0, "reported", "meldete", "Bundesamt"),
            (1, "reported", "ergab", "Studie"),
        ],
    ),  # a new document ("eine Studie") is not the last speaker's
    (
        ('"Brüllen und beleidigen ist es nicht", twitterte Spahn am Montag.',),
        [(0, "direct", "twitterte", "Spahn")],
    ),  # before: "twitterte Spahn"
]


@pytest.mark.parametrize(("passages", "expected"), CASES, ids=range(len(CASES)))
def test_round64_statements(passages, expected):
    assert rows(*passages) == expected
