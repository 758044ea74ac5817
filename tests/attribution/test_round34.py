"""Voices round 34 (tuned on all own gold, other29-other33 included, and the external train
split): a surname after a role and a given name, common Central and Eastern European given
names, and links of embedded posts that are no speakers."""

from .statements import rows


def test_a_given_name_after_a_role_keeps_the_surname_the_tagger_calls_a_noun():
    text = "Die Angeklagten hätten Erfahrung gehabt, so Richter Oliver Schoßwohl."
    assert rows(text)[0][3] == "Richter Oliver Schoßwohl"  # before round 34: "Richter Oliver"
    text = "Die Unterschrift sei echt, sagte IPN-Direktor Lukasz Kaminski am Montag."
    assert rows(text)[0][3] == "Lukasz Kaminski"  # round 39: the role compound is no name


def test_a_name_after_a_non_role_word_takes_no_noun_as_surname():
    assert rows("Die Lage sei ernst, sagte Merkel Kritik.")[0][3] == "Merkel"


def test_the_link_of_an_embedded_post_is_no_speaker():
    text = (
        "Empörung über Gauland https://t.co/Gt1mhQHoji #AfD Der Verteidiger von Bayern München "
        "betonte in dem Interview, dass er Deutscher sei."
    )
    assert rows(text)[0][3] == "Verteidiger von Bayern München"  # round 34: not "t.co"; 68: club
    assert rows("Wie t-online.de berichtet, sei die Lage ernst.")[0][3] == "t-online.de"
