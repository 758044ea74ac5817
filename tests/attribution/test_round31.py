"""Voices round 31 (tuned on all own gold, other29 and other30 included, and the external train
split): a cue inserted between commas into the sentence it reports."""

from .statements import rows


def test_a_cue_inserted_between_commas_takes_the_phrase_after_it_as_speaker():
    assert rows("Die Lage, sagte der Minister, sei ernst.")[0][2:] == ("sagte", "Minister")
    text = "Husam, sagt ein Betreuer, habe das Erlebte erstaunlich gut bewältigt."
    assert rows(text)[0][2:] == ("sagt", "Betreuer")
    text = "Cruz, schreibt das Magazin Time, bewegt sich dabei auf einem schmalen Grat."
    assert rows(text)[0][2:] == ("schreibt", "Time")


def test_a_comma_closing_an_apposition_before_the_verb_opens_no_insertion():
    text = (
        "Der Vorsitzende des Fremdenverkehrsverbands, Elhami Elsajat, sagte Reuters, dass der "
        "Veranstalter einen Fehler gemacht habe."
    )
    assert rows(text)[0][2:] == ("sagte", "Elhami Elsajat")
    text = (
        "Der frühere Hohe Repräsentant, Wolfgang Petritsch, begrüßte die Initiative, monierte "
        "aber, dass sie zu spät komme."
    )
    assert [r[3] for r in rows(text)] == ["Wolfgang Petritsch"]


def test_an_inserted_cue_may_carry_an_object_pronoun_a_particle_or_an_adjunct():
    """Round 31 review: the subject is still the phrase after the verb."""
    assert rows("Die Lage, erklärte ihm der Arzt, sei ernst.")[0][3] == "Arzt"
    assert rows("Die Arbeiten, fährt die Firma fort, dauern an.")[0][3] == "Firma"
    text = "Der Sieg, sagte Trainer Peter Stöger nach dem Spiel, sei verdient."
    assert rows(text)[0][3] == "Peter Stöger"
    assert (
        rows("Die Regierung, sagte der Kanzler den Journalisten, bleibe stabil.")[0][3] == "Kanzler"
    )
    assert rows("Die Zahl, teilte die Polizei mit, sei gestiegen.")[0][3] == "Polizei"
