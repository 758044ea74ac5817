"""Konjunktiv I by form, and the continuations it, reportive "sollen" (round 5) and "demnach"
(round 15) carry."""

import pytest

from framelab.attribution import annotate_article
from framelab.attribution.mood import konjunktiv_i_form

SCARE = 3


@pytest.mark.parametrize(
    "sentence, form",
    [
        ("Die Novelle verstoße mehrfach gegen EU-Richtlinien.", "verstoße"),
        ("Den Vorschlag zur Schulverwaltung lehne die FPÖ etwa ab.", "lehne"),
        ("Das Line-up von 30 Games zum Start überzeuge in Summe.", "überzeuge"),
        ("Ich treffe ihn morgen.", ""),  # first person singular: indicative
        ("Das ist eine tolle Idee.", ""),  # adjective after a determiner
        ("Das Alter der Perle und ihre natürlich runde Form.", ""),  # adjective before a noun
        ("Er kommt heute gerne, bitte sehr.", ""),
        # round 18: a demonstrative subject is no determiner; -ern verbs
        ("Das berge ein gewisses Maß an Zynismus.", "berge"),
        ("All das deute darauf hin, dass es ein Ritual war.", "deute"),
        ("Und das enthalte derzeit noch viel Lyrik.", "enthalte"),
        ("Mit Inseraten verunsichere die Ärztekammer die Patienten.", "verunsichere"),
        ("Das neue Gesetz gilt ab Mai.", ""),  # determiner, adjective and noun
        ("Er sagte das.", ""),
    ],
)
def test_konjunktiv_i_form(sentence, form):
    assert konjunktiv_i_form(sentence) == form


def rows(*passages: str) -> list[tuple[str, str, str]]:
    found = annotate_article([(i, p, False) for i, p in enumerate(passages)], SCARE)[1]
    return [(r["kind"], r["speaker_name"], r["cue"]) for r in found]


def test_an_unlisted_konjunktiv_i_continues_the_last_speaker():
    assert rows(
        "Die Novelle sei rechtswidrig, sagte Anwalt Hauer am Montag.",
        "Sie verstoße mehrfach gegen EU-Richtlinien.",
    ) == [
        ("reported", "Anwalt Hauer", "sagte"),
        ("reported", "Anwalt Hauer", "Konjunktiv I: verstoße"),
    ]


def test_reportive_sollen_continues_the_last_source_and_deontic_sollen_does_not():
    assert rows(
        "Das Gericht prüfe die Klage, sagte Williams.",
        "Prince soll 1976 seiner Mutter beigewohnt haben.",
        "Die Reform soll bis 2030 umgesetzt werden.",
    ) == [
        ("reported", "Williams", "sagte"),
        ("reported", "Williams", "reportive sollen: soll … beigewohnt haben"),
    ]


def test_demnach_continues_the_last_source_in_the_indicative_as_a_paraphrase():
    from framelab.attribution.annotate import refine_voice

    found = rows(
        "Die Kosten stiegen stark, teilte das Finanzministerium mit.",
        "Der Bund plant ein neues Budget.",
        "Demnach gab es 2015 88.175 Erstanträge auf internationalen Schutz.",
    )
    assert found == [
        ("direct", "Finanzministerium", "teilte … mit"),  # unmarked verbatim clause
        ("reported", "Finanzministerium", "source adverb: demnach"),
    ]
    row = {"voice": "reported", "rule": "continuation:anaphoric", "cue": "source adverb: demnach"}
    assert refine_voice(row, "Demnach gab es 2015 88.175 Erstanträge.") == "paraphrase"


def test_an_assessment_with_sehen_is_a_cue_but_seeing_is_not():
    assert rows("Bei den Zulagen sieht Wehsely keinen Spielraum.") == [
        ("reported", "Wehsely", "sieht")
    ]
    assert rows("Man sieht keinen Menschen auf der Straße.") == []


def test_concessive_sei_es_is_no_konjunktiv_but_ziel_sei_es_is():
    assert rows(
        "Die Kosten seien hoch, sagte Havranek.",
        "Ziel sei es gewesen, eine Netzwerkanalyse zu erstellen.",
    )[-1] == ("reported", "Havranek", "Konjunktiv I: sei")
    assert rows(
        "Die Kosten seien hoch, sagte Havranek.",
        "Das Dorf bleibt stark. Alle helfen mit, sei es durch Spenden oder durch Arbeit.",
    ) == [("reported", "Havranek", "sagte")]


def test_a_stage_direction_ends_a_dialogue_turn():
    assert rows(
        "DIE FRAU: Saure Sulz. DER MANN: Sie sparen halt.",
        "(Black. Licht auf ein Ehepaar.) DIE FRAU: Ach, hör doch auf!",
    ) == [
        ("direct", "DIE FRAU", ":"),
        ("direct", "DER MANN", ":"),
        ("direct", "DIE FRAU", ":"),
    ]
