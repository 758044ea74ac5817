"""Voices round 39 (found on the Sport set other38, tuned on all own gold): a capitalised age
is a person, a relative clause inside fronted speech ends before the cue, the surname after a
known given name and the role compound before it, and "ich habe" in a sentence with a cue."""

from .statements import rows


def test_a_capitalised_age_after_a_quote_is_the_person_last_named():
    text = "Michael Weiss wurde Zehnter. Ich hatte super Beine, sagte der 34-Jährige."
    assert rows(text)[-1][1:4] == ("direct", "sagte", "Michael Weiss")  # before: no statement
    assert rows("Das Ergebnis war gut, sagte die 27-Jährige am Sonntag.")[0][3] == "27-Jährige"


def test_a_relative_clause_in_fronted_speech_ends_before_the_cue():
    text = (
        "Vielleicht stehen bald wieder jene Teams vorn, die ihre Hausaufgaben machen, "
        "sagt Kapfenberg-Coach Michael Schrittwieser."
    )
    assert rows(text)[0][3] == "Michael Schrittwieser"  # before: no statement
    text = "Die Minister, die das Projekt unterstützen, sagten, es sei gut."
    assert rows(text)[0][3] == "Minister"


def test_the_surname_after_a_given_name_and_the_role_before_it():
    text = "Die Lage ist ernst, sagte Austria-Coach Thorsten Fink."
    assert rows(text)[0][3] == "Thorsten Fink"  # before: "Thorsten" ("Fink" tagged foreign)
    text = "Die Lage ist ernst, sagte Kapfenberg-Coach Michael Schrittwieser."
    assert rows(text)[0][3] == "Michael Schrittwieser"  # before: "Kapfenberg-Coach Michael"
    text = "Hans-Peter Doskozil sagte, die Lage sei ernst."
    assert rows(text)[0][3] == "Hans-Peter Doskozil"  # a hyphenated given name stays


def test_ich_habe_before_a_cue_is_the_speakers_own_words():
    text = "Michael Weiss wurde Zehnter. Ich habe gut gespielt, sagte Weiss."
    assert rows(text)[-1][1] == "direct"  # before: "reported" ("habe" read as Konjunktiv I)
    text = "Michael Weiss wurde Zehnter. Er habe schlecht geschlafen, sagte Weiss."
    assert rows(text)[-1][1] == "reported"
