"""Voices round 78 (probes written for the round, and the remarks left by round 76's code
review; measured in sample on `fang1`–`fang68`, `fang69`–`fang72` held out): a subject with an
apposition before the cue is not the content of a postposed cue ("Der Chef der Firma, Hans Meier,
sagte, es gehe gut." was direct speech "Der Chef der Firma, Hans Meier"); the content after a
colon that follows the cue; the field of a form is no turn label ("Ort: Taucha bei Leipzig");
a place noun before two names names a place ("der Stadt New York")."""

import pytest

from framelab.attribution import annotate_article

from .statements import rows


def kind_and_text(*passages: str) -> list[tuple[str, str, str]]:
    """``(kind, speaker_name, text)`` of every statement in the passages."""
    found = annotate_article([(i, p, False) for i, p in enumerate(passages)], 3)[1]
    return [(r["kind"], r["speaker_name"], r["text"]) for r in found]


CONTENT_CASES = [
    (
        "Der Chef der Firma, Hans Meier, sagte, es gehe gut.",
        [("reported", "Hans Meier", "Der Chef der Firma, Hans Meier, sagte, es gehe gut.")],
    ),  # before: direct, text "Der Chef der Firma, Hans Meier"
    (
        "Diese Aussage wird jedoch von der Ukraine, die eine Gegenoffensive gestartet hat, "
        "bestritten.",
        [
            (
                "reported",
                "Ukraine",
                "Diese Aussage wird jedoch von der Ukraine, die eine Gegenoffensive gestartet "
                "hat, bestritten.",
            )
        ],
    ),  # seed 003, paragraph 5; before: direct, text up to "gestartet hat"
    (
        "Dessen Präsident, Oberbürgermeister Burkhard Jung, sagte am Samstag: Das kann zu "
        "einem großen Wurf werden.",
        [("direct", "Oberbürgermeister Burkhard Jung", "Das kann zu einem großen Wurf werden.")],
    ),  # unmarked speech after a colon, in the indicative
    (
        "Der Minister sagte am Samstag: Man müsse abwarten.",
        [("reported", "Minister", "Man müsse abwarten.")],
    ),  # after a colon, in Konjunktiv I
]

# a speaker after the postposed cue keeps the content before it, a pronoun speaker too
KEPT_CASES = [
    (
        "Das ist ein simpler Zugang, sagt Swoboda.",
        [("direct", "Swoboda", "Das ist ein simpler Zugang")],
    ),
    ("Das habe er nicht gewusst, sagte er.", [("reported", "er", "Das habe er nicht gewusst")]),
    (
        "Es geht gut, sagte Hans Meier, der Chef der Firma.",
        [("direct", "Hans Meier", "Es geht gut")],
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), CONTENT_CASES + KEPT_CASES)
def test_round78_kind_and_content(sentence, expected):
    assert kind_and_text(sentence) == expected


# the police's own reports quoted one by one, each after the fields of its form (fang_6331)
POLICE_REPORT = (
    "Die Polizei veröffentlicht regelmäßig ihre Einsätze.",
    "Ort: Taucha bei Leipzig Zeit: 09.01.2021, 23 Uhr „Am Samstagabend wurde die Polizei zu einer "
    "Feier gerufen. Alle Personen wurden angezeigt.“",
    "Ort: Leipzig, Zentrum-Ost Zeit: 08.01.2021, 23 Uhr „Am Freitagabend ging bei der Polizei ein "
    "Hinweis ein. Die Beamten stellten acht Personen fest.“",
)

SPEAKER_CASES = [
    (POLICE_REPORT, []),  # before: four statements of the speaker "Ort"
    (
        ("Der Bürgermeister der Stadt New York sagte, die Schulen blieben geschlossen.",),
        [(0, "reported", "sagte", "Bürgermeister der Stadt New York")],
    ),  # before: "New York"
    (
        ("Der Gouverneur des Staates New York sagte, die Lage sei ernst.",),
        [(0, "reported", "sagte", "Gouverneur des Staates New York")],
    ),  # before: "New York"
    (
        ("Das sei falsch, sagte der Chef der Grünen Omid Nouripour.",),
        [(0, "reported", "sagte", "Omid Nouripour")],
    ),  # two names after a body's noun still name a person
    (
        ("Markus Abwerzger: Ich schätze das sehr.",),
        [(0, "direct", ":", "Markus Abwerzger")],
    ),  # a label that names a person is still a turn
    (
        ("Expertin: Die Gefahr ist groß, wir müssen handeln.",),
        [(0, "direct", ":", "Expertin")],
    ),  # and so is a role
]


@pytest.mark.parametrize(("passages", "expected"), SPEAKER_CASES)
def test_round78_speakers(passages, expected):
    assert rows(*passages) == expected
