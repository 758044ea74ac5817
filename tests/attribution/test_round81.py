"""Voices round 81 (from the probe review of round 80; measured in sample on `fang1`–`fang80`,
`fang81`–`fang84` held out): a time phrase of hours before the verb is no speaker ("Wenige
Stunden nach dem Anschlag sagte Innenministerin Nancy Faeser"); a compound after a brand in
lower case is a noun ("Der iPhone-Hersteller teilte mit"); the news agency a spokesperson of a
named body talks to is no part of the speaker ("ein Sprecher der Polizei der Deutschen
Presse-Agentur"), also in a clause with "wie"."""

import pytest

from .statements import rows

CASES = [
    (
        (
            "Wenige Stunden nach dem Anschlag sagte Innenministerin Nancy Faeser, die Lage sei "
            "ernst.",
        ),
        [(0, "reported", "sagte", "Nancy Faeser")],
    ),  # before: "Stunden"
    (
        ("Der iPhone-Hersteller teilte mit, das Weihnachtsgeschäft sei stark gewesen.",),
        [(0, "reported", "teilte mit", "iPhone-Hersteller")],
    ),  # before: "Weihnachtsgeschäft"
    (
        (
            "Der Fahrer sei geflüchtet, sagte ein Sprecher der Polizei der Deutschen "
            "Presse-Agentur.",
        ),
        [(0, "reported", "sagte", "Sprecher Polizei")],
    ),  # before: "Sprecher Polizei Deutschen Presse-Agentur"
    (
        ("Wie ein Polizeisprecher der Deutschen Presse-Agentur sagte, wurde niemand verletzt.",),
        [(0, "reported", "sagte", "Polizeisprecher")],
    ),  # before: "Polizeisprecher Deutschen Presse-Agentur"
    (
        ("Wie die Sprecherin der APA sagte, sei der Dienst gestört.",),
        [(0, "reported", "sagte", "Sprecherin APA")],
    ),  # the agency's own spokesperson stays its own
]


@pytest.mark.parametrize(("passages", "expected"), CASES)
def test_round81_statements(passages, expected):
    assert rows(*passages) == expected
