"""Voices round 49 (tuned on all gold, the newspaper sets wmt21 and wmt22 included; wmt20 held
out): an outlet after a surname the tagger misreads, a role inside an extended attribute with
its own article, "eigenen Angaben" and a possessive before a report noun, a role in the
genitive, an institution named with its country, a role with its portfolio before the name,
and a known surname that opens the clause before the verb."""

import pytest

from .statements import rows

# (passage, the speaker of its last statement); the speaker before round 49 in the comment
CASES = [
    ('"Wir prüfen jede Branche", sagte Heil der Deutschen Presse-Agentur.', "Heil"),
    # before: "Heil Deutschen Presse-Agentur"
    (
        '"Das ist wenig", sagte der für das operative Geschäft zuständige Vorstand '
        "Daniel Terzenbach.",
        "Daniel Terzenbach",
    ),  # before: "für operative Geschäft"
    ("Die Deutsche Bahn hat eigenen Angaben zufolge 19.000 Stellen vergeben.", "Deutsche Bahn"),
    ("Der Firmenchef hat sich laut eigenen Angaben impfen lassen.", "Firmenchef"),
    # before: "eigenen Angaben"
    (
        "Landwirt Thomas Eberl ist zufrieden. Die Ernte wird seiner Prognose zufolge gut.",
        "Thomas Eberl",
    ),  # before: "Prognose"
    (
        "Wirtschaftsminister Tarek Al-Wazir stellte den Plan vor. Bis 2050 sind nach Angaben "
        "des Ministers zwei Prozent der Fläche nötig.",
        "Tarek Al-Wazir",
    ),  # before: "Ministers"
    (
        "Der Handelsverband Deutschland (HDE) warnte vor Einbußen. Der Verband forderte Hilfen.",
        "Handelsverband Deutschland",
    ),  # before: "Deutschland"
    (
        "Europa werde zum Exporteur, sagte die EU-Kommissarin für Innere Angelegenheiten "
        "Ylva Johansson.",
        "Ylva Johansson",
    ),  # before: "EU-Kommissarin"
    (
        "Bernd Heil will handeln. Heil sagte, für die Branche sei ein scharfes Gesetz in Kraft.",
        "Bernd Heil",
    ),  # before: "scharfes Gesetz"
]


@pytest.mark.parametrize(("text", "speaker"), CASES, ids=range(len(CASES)))
def test_round_49_finds_the_speaker(text, speaker):
    assert rows(text)[-1][3] == speaker


def test_a_known_surname_before_the_verb_is_the_cue_s_subject():
    text = "Bernd Heil will handeln. Heil versicherte: „Wir verbieten nichts.“"
    assert rows(text)[-1] == (1, "direct", "versicherte", "Bernd Heil")  # before: continuation


def test_a_known_surname_after_the_verb_is_its_object():
    text = "Der Produzent Phil Spector ist angeklagt. Die Anklage gibt an, Spector werde belastet."
    assert rows(text)[-1][3] != "Phil Spector"
