"""Voices round 72 (tuned on the gold and the readers' judgements of `fang1`–`fang42`; `fang43`
and `fang44` held out): a bare definite description every step left unnamed takes the genitive
or "von"/"aus"/"um" complement an earlier sentence gave the same noun ("der Wirt des „Ponte“" →
"sagte der Wirt"), when the noun may speak or the complement names someone; never for an
indefinite description, a time, an outlet told or an idiom."""

import pytest

from framelab.attribution.speakers import complement_of

from .statements import rows

CASES = [
    (
        (
            "Der Wirt des „Ponte“ schloss die Bar.",
            "Es lohne sich nicht mehr, sagte der Wirt.",
        ),
        [(0, "reported", "sagte", "Wirt des „Ponte“")],
    ),  # before: "Wirt"
    (
        (
            "Ein Mann aus dem Berliner Westen wartet seit Wochen auf einen Test.",
            "Niemand helfe ihm, sagt der Mann.",
        ),
        [(0, "reported", "sagt", "Mann aus dem Berliner Westen")],
    ),  # before: "Mann"
    (
        (
            "Der Wirt des „Ponte“ schloss die Bar.",
            "Der Wirt sagte, es lohne sich nicht mehr.",
        ),
        [(0, "reported", "sagte", "Wirt des „Ponte“")],
    ),  # the description opening the sentence too (round 72 review)
    (
        (
            "Der Wirt der Eckkneipe schloss die Bar.",
            "Es lohne sich nicht mehr, sagte der Wirt.",
        ),
        [(0, "reported", "sagte", "Wirt")],
    ),  # a noun no speaking head holds, with a complement that names nobody
    (
        (
            "Andrea Betz ist Sprecherin der Arbeitsgemeinschaft der Wohlfahrtsverbände.",
            "Auch die Caritas hat ihre Mitarbeiter nicht abgezogen, berichtet eine Sprecherin.",
        ),
        [(0, "direct", "berichtet", "Sprecherin")],
    ),  # "eine Sprecherin" is somebody new
]


@pytest.mark.parametrize(("passages", "expected"), CASES)
def test_round72_statements(passages, expected):
    assert rows(*passages) == expected


@pytest.mark.parametrize(
    ("sentence", "noun", "expected"),
    [
        ("Die Autoren der RKI-Untersuchung sind vorsichtig.", "Autoren", "der RKI-Untersuchung"),
        ("Das steht in der Verordnung von Jens Spahn.", "Verordnung", "von Jens Spahn"),
        ("Die Mitteilung vom Donnerstag kam spät.", "Mitteilung", ""),  # a time
        (
            "Das sagte der Regierungssprecher der Deutschen Presse-Agentur.",
            "Regierungssprecher",
            "",
        ),
        ("Einige Republikaner sind der Meinung, das genüge.", "Republikaner", ""),  # an idiom
        ("Der Sprecher sagte das.", "Sprecher", ""),
        ("Am Montag bat der Sprecher um Verständnis.", "Sprecher", ""),  # "um" for groups only
        ("Das Team um Christian Drosten warnte.", "Team", "um Christian Drosten"),
        ("Der Sprecher aus Sicherheitsgründen schwieg.", "Sprecher", ""),  # "aus" needs a name
        (
            "Das sagte ein Sprecher der Polizei Journalisten gegenüber.",
            "Sprecher",
            "der Polizei",
        ),  # cut before a second common noun
    ],
)
def test_complement_of(sentence, noun, expected):
    assert complement_of(sentence, noun) == expected
