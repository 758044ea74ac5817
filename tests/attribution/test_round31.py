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
