"""Voices round 44 (found on the Wikinews sets wiki44 and wiki45, tuned on all gold): the
subject owns "nach ihren Angaben", the genitive after a report noun is the source, a quoted name
after a common noun, name particles in an apposition, the apposition after a role of a named
body, and a place after "von" is no part of a name."""

from .statements import rows


def test_nach_ihren_angaben_belongs_to_the_subject_before_it():
    text = "Die UBS Group geht nach ihren Angaben von hohen Schäden aus."
    assert rows(text)[0][3] == "UBS Group"  # before: "sie", unresolved
    text = "Die Kosten belaufen sich ihrer Meinung nach auf eine Milliarde."
    assert rows(text)[0][3] != "Kosten"  # an opinion: not the subject's
    assert rows("Nach seinen Angaben ist die Lage ernst.")[0][3] != "Lage"


def test_the_genitive_after_a_report_noun_is_the_source():
    text = "Laut Auffassung der EU-Kommission zählen dazu zu niedrige Preise."
    assert rows(text)[0][3] == "EU-Kommission"  # before: "Auffassung EU-Kommission"
    assert rows("Laut Angaben der Polizei gab es zehn Festnahmen.")[0][3] == "Polizei"
    assert rows("Laut Angaben wurden zehn Personen festgenommen.")[0][3] == "Angaben"


def test_a_quoted_name_after_a_common_noun_is_the_speaker():
    text = "Der Bund zahlt mehr, meldet die Tageszeitung „Die Welt“ am Montag."
    assert rows(text)[0][3] == "Die Welt"  # before: "Tageszeitung"
    text = "Die radikale palästinensische Organisation „Hamas“ bezeichnete den Abzug als Erfolg."
    assert rows(text)[0][3] == "Hamas"  # before: "radikale palästinensische Organisation"


def test_an_apposition_name_may_hold_lower_case_particles():
    text = (
        "Das sagte eine andere Tochter des Emirs, Latifa bint Muhammad al-Maktum, in einem Video."
    )
    assert rows(text)[0][3] == "Latifa bint Muhammad al-Maktum"  # before: "andere Tochter Emirs"


def test_the_apposition_after_the_role_of_a_named_body_is_the_speaker():
    text = (
        "„Es gab keinen Anlass“, sagte der Sprecher der CDU-Landesgruppe Mecklenburg-Vorpommern, "
        "Eckhardt Rehberg, am Montag."
    )
    assert rows(text)[0][3] == "Eckhardt Rehberg"  # before: "Mecklenburg-Vorpommern"


def test_a_place_after_von_is_no_part_of_a_name():
    text = "Allerdings forderte Abbas von Israel, das Westjordanland aufzugeben."
    assert rows(text)[0][3] == "Abbas"  # before: "Abbas von Israel"
    assert rows("Das sagte Ursula von der Leyen am Montag.")[0][3] == "Ursula von der Leyen"
