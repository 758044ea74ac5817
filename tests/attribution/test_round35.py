"""Voices round 35 (tuned on all own gold, other29-other34 included): a continuation goes on
with a sentence's main speaker, a coordinating conjunction stands outside the prefield, and a
double surname the tagger calls an adjective is a name."""

from .statements import rows


def test_a_continuation_goes_on_with_the_main_speaker_not_a_source_nested_in_the_sentence():
    text = (
        "Ein US-Vertreter sagte, Xi wolle am Freitag ein System zum Emissionshandel verkünden. "
        "Es solle Anreize für die Industrie setzen."
    )
    assert rows(text)[-1] == (1, "reported", "Konjunktiv I: solle", "US-Vertreter")  # was "Xi"
    text = (
        "Er starb am Samstag, wie die New York Times unter Berufung auf seine Managerin "
        "berichtete. Todesursache sei eine Krebserkrankung gewesen."
    )
    assert rows(text)[-1][3] == "New York Times"  # before round 35: "Managerin"


def test_a_coordinating_conjunction_before_the_subject_leaves_it_the_speaker():
    text = "Denn die BWB sieht auf Basis der vorliegenden Informationen keinen Anlass."
    assert rows(text)[0][3] == "BWB"  # before round 35: "Anlass"
    assert rows("Und die Regierung kündigte an, die Steuern zu senken.")[0][3] == "Regierung"


def test_a_double_surname_opening_the_sentence_is_its_speaker():
    text = "Mikl-Leitner erklärte, dass Slowenien darum gebeten habe."
    assert rows(text) == [(0, "reported", "erklärte", "Mikl-Leitner")]  # before: no statement
    text = "Rabmer-Koller fordert die Interessenvertretung auf, nicht zu bremsen."
    assert rows(text)[0][3] == "Rabmer-Koller"  # before round 35: "Interessenvertretung"
