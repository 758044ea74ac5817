"""Voices round 61 (tuned on the speaker errors of the gold `fang1`–`fang18`; `fang21` and
`fang22` held out): when the speaker step finds a thing as the subject of a verb of saying, the
one person the sentence names before it, outside an object phrase, speaks."""

import pytest

from framelab.attribution.annotate import _oblique, _plain_thing
from framelab.attribution.model import Speaker

from .statements import rows

CASES = [
    (
        "Der französische Gesundheitsminister Olivier Véran hatte am Wochenende mit einem "
        "Tweet, in dem er vor Ibuprofen warnte, Aufsehen erregt.",
        [(0, "reported", "warnte", "Olivier Véran")],
    ),  # before: "Aufsehen"
    (
        "Kommissionspräsidentin Ursula von der Leyen versucht derzeit erneut, alle EU-Staaten "
        "auf eine Linie zu bringen, und fordert mehr Tempo.",
        [(0, "reported", "fordert", "Ursula von der Leyen")],
    ),  # before: "EU-Staaten"
    (
        "Die Deutsche Stiftung Patientenschutz hat bereits Aufklärung von Gesundheitsminister "
        "Jens Spahn gefordert.",
        [(0, "reported", "gefordert", "Deutsche Stiftung Patientenschutz")],
    ),  # a named body is no thing: unchanged
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=range(len(CASES)))
def test_round61_statements(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("before", "oblique"),
    [
        ("Streit zwischen dem Moderator ", True),
        ("Dem Chef des Instituts, ", False),  # a new clause after the comma
        ("Während der Proteste hatte der libanesische Regierungschef ", False),
        ("Auch deswegen will ", False),
        ("Er schrieb einen Brief an den Minister ", True),
    ],
)
def test_an_oblique_noun_phrase_names_no_subject(before, oblique):
    assert _oblique(before + "Hans Meier", len(before)) is oblique


@pytest.mark.parametrize(
    ("mention", "thing"),
    [
        ("Aufsehen", True),
        ("soziale Reformen", True),
        ("der Zeitung", False),  # an outlet
        ("ein Sprecher", False),  # a person noun
        ("des Ministeriums", False),  # an institution
        ("Deutsche Stiftung Patientenschutz", False),  # a name
    ],
)
def test_a_thing_names_no_body_role_or_outlet(mention, thing):
    speaker = Speaker(mention, mention, "cue+description")
    assert _plain_thing(speaker, ("bericht",)) is thing
