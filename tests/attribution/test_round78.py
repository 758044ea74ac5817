"""Voices round 78 (probes written for the round, and the remarks left by round 76's code
review; measured in sample on `fang1`–`fang68`, `fang69`–`fang72` held out): a subject with an
apposition before the cue is not the content of a postposed cue ("Der Chef der Firma, Hans Meier,
sagte, es gehe gut." was direct speech "Der Chef der Firma, Hans Meier"); the content after a
colon that follows the cue; the field of a form is no turn label ("Ort: Taucha bei Leipzig");
a place noun before two names names a place ("der Stadt New York")."""

import pytest

from .statements import kind_and_text, rows

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
        ("Der Gouverneur des Bundesstaates New York sagte, die Lage sei ernst.",),
        [(0, "reported", "sagte", "Gouverneur des Bundesstaates New York")],
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


# after the round's probes: a cue interjected between commas into a clause it leaves unfinished
# takes the rest of the clause as content, past an apposition of its speaker; a cue after a
# complete clause keeps the part before it
INTERJECTED_CASES = [
    (
        "Die wirtschaftliche Lage, sagte Meier, sei ernst.",
        [("reported", "Meier", "Die wirtschaftliche Lage … sei ernst")],
    ),  # before: direct, text "Die wirtschaftliche Lage"
    (
        "Der Täter soll, so die Polizei, die Tür aufgebrochen haben.",
        [("reported", "Polizei", "Der Täter soll … die Tür aufgebrochen haben")],
    ),  # before: text "Der Täter soll"
    (
        "Die wirtschaftliche Lage, sagte Meier, der Chef der Firma, sei ernst.",
        [("reported", "Meier", "Die wirtschaftliche Lage … sei ernst")],
    ),
    (
        "Das sei falsch, sagte Meier, der Chef der Firma.",
        [("reported", "Meier", "Das sei falsch")],
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), INTERJECTED_CASES)
def test_round78_interjected_cue(sentence, expected):
    assert kind_and_text(sentence) == expected


# after the round's code review: a colon between digits is a time or a score; a colon after a
# nominal cue, after a finite verb of the cue's own clause or before a list without a verb
# introduces no quotation; form fields that are also outlets or surnames, and a field word
# before a hyphen, still open a turn; "des Landes" and "der Republik" before two names name a
# person
REVIEW_KIND_CASES = [
    (
        "Nach Angaben der Polizei ereignete sich der Unfall gegen 7:45 Uhr auf der A9.",
        [
            (
                "reported",
                "Polizei",
                "Nach Angaben der Polizei ereignete sich der Unfall gegen 7:45 Uhr auf der A9.",
            )
        ],
    ),  # before the review: direct, "45 Uhr auf der A9."
    (
        "Der Trainer sagte nach dem 2:1: Wir haben verdient gewonnen.",
        [("direct", "Trainer", "Wir haben verdient gewonnen.")],
    ),
    (
        "Laut Polizei gab es drei Verletzte: zwei Männer und eine Frau.",
        [("reported", "Polizei", "Laut Polizei gab es drei Verletzte: zwei Männer und eine Frau.")],
    ),  # before the review: direct, "zwei Männer und eine Frau."
    (
        "Die Gewerkschaft fordert drei Dinge: mehr Lohn, kürzere Arbeitszeiten und mehr Urlaub.",
        [
            (
                "reported",
                "Gewerkschaft",
                "Die Gewerkschaft fordert drei Dinge: mehr Lohn, kürzere Arbeitszeiten und mehr "
                "Urlaub.",
            )
        ],
    ),  # before the review: direct
    ("Merkel sagte: „Wir schaffen das.“", [("direct", "Merkel", "Wir schaffen das.")]),
]


@pytest.mark.parametrize(("sentence", "expected"), REVIEW_KIND_CASES)
def test_round78_review_kind_and_content(sentence, expected):
    assert kind_and_text(sentence) == expected


REVIEW_SPEAKER_CASES = [
    (
        (
            "Im Gespräch mit Bild.",
            "Bild: Herr Minister, wann kommt die Reform?",
            "Lindner: Noch in diesem Jahr. Wir arbeiten daran.",
        ),
        [
            (0, "interview", ":", "Bild"),
            (0, "interview", ":", "Lindner"),
            (1, "interview", ":", "Lindner"),
        ],
    ),  # before the review: no turns
    (
        ("Ein Gespräch.", "Video-Schiedsrichter Felix Zwayer: Ich habe den Kontakt gesehen."),
        [(0, "direct", ":", "Felix Zwayer")],
    ),  # before the review: not found
    (
        ("Der Präsident des Landes Kassym-Schomart Tokajew sagte, die Proteste seien vorbei.",),
        [(0, "reported", "sagte", "Kassym-Schomart Tokajew")],
    ),  # before the review: "Präsident des Landes Kassym-Schomart Tokajew"
]


@pytest.mark.parametrize(("passages", "expected"), REVIEW_SPEAKER_CASES)
def test_round78_review_speakers(passages, expected):
    assert rows(*passages) == expected
