"""Voices round 25 (tuned on test24 and all earlier gold): sources before "hieß es", glued
headings, content nouns in the prefield, institutions with a person's ending, postposed
cognition verbs, "wie es in … heißt", free relatives, saying nothing, "meldete sich"."""

from .statements import rows


def test_a_source_may_open_the_clause_before_hiess_es():
    text = "Seitens des Landesenergieversorgers hieß es am Dienstag, die Lage sei zu bewerten."
    assert rows(text)[0][3] == "Landesenergieversorgers"
    assert rows("Die Kosten seien hoch, hieß es.")[0][3] == "unnamed source"


def test_a_glued_heading_is_not_the_subject():
    text = "Kleinstmöglicher Nenner Auch hinsichtlich der Redezeiten meint Pilgermaier, es gehe."
    assert rows(text)[0][3] == "Pilgermaier"


def test_what_is_said_in_the_prefield_is_not_the_speaker():
    text = "Diese Befürchtung hatten die Rechtsanwälte schon geäußert."
    assert rows(text)[0][3] == "Rechtsanwälte"
    assert rows("Dieser Darstellung widerspricht auch die regierende ÖVP.")[0][3] == "ÖVP"


def test_a_chamber_is_no_person_a_description_resolves_to():
    text = "Ulrike Rabmer-Koller sprach. Ihren Vorwurf weist die Ärztekammer zurück."
    assert rows(text)[-1][3] == "Ärztekammer"


def test_a_postposed_cognition_verb_or_conviction_is_a_cue():
    assert rows("Ein krückenhafter Versuch sei das, glauben die Anwälte.") == [
        (0, "reported", "glauben", "Anwälte")
    ]
    text = "Das Recht werde beschnitten, sind die Anwälte überzeugt: Die Zahlen sinken."
    assert rows(text)[0][2:] == ("sind … überzeugt", "Anwälte")
    assert rows("Er glaubt, das Spiel zu gewinnen.") == []


def test_wie_es_in_a_document_heisst_and_not_a_language_note_or_a_question():
    text = "Die Kommission will das klären, wie es in dem Papier heißt."
    assert rows(text)[0][3] == "Papier"
    assert rows("Der Christkindelsmärik, wie es auf Elsässisch heißt, öffnet.") == []
    assert rows("Was heißt es also, wenn ein Asylwerber die Matura angibt?") == []


def test_a_free_relative_or_saying_nothing_reports_no_content():
    assert rows("Das Spielzeug reagiert darauf, was Kinder sagen.") == []
    assert rows("Darüber wollte Pilgermaier noch nichts sagen.") == []
    text = "Westliche Regierungen werfen Russland vor, Truppen einzusetzen, was Moskau bestreitet."
    assert [r[2:] for r in rows(text)] == [
        ("werfen … vor", "Westliche Regierungen"),
        ("bestreitet", "Russland"),
    ]


def test_meldete_sich_is_speech_only_zu_wort():
    assert rows("Am 8. Oktober meldeten sich die Erpresser wieder.") == []
    assert rows("Auch Ratspräsident Tusk meldete sich zu Wort.")[0][3] == "Tusk"


def test_distanzierte_sich_is_a_public_statement():
    assert rows("Die Royal Society distanzierte sich von seinen Aussagen.") == [
        (0, "reported", "distanzierte sich", "Royal Society")
    ]
