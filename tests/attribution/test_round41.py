"""Voices round 41 (found on the last Sport set other40 after its measurement, tuned on all own
gold): a results box is no dialogue, "bestreiten" of a match is no denial, an institution never
says "ich", and a person after an organisation and a role is the speaker."""

import pytest

from framelab.attribution.annotate import turn_format
from framelab.attribution.cues import clause_around, find_cues, load_cues
from framelab.errors import InputError

from .statements import edited_cues, rows

RESULTS = (
    "Spanien gewann 2:0. Tore: Alba (5.), Iniesta (30./Elfmeter). Tor: Thill (92.). "
    "Tore: Rooney (13.), Kane (77.)."
)
PLAY = (
    "Im Lokal. DIE FRAU: Ach, hör doch auf! DER MANN: Sie sparen halt. "
    "DIE FRAU: Das glaube ich nicht."
)


def test_a_results_box_repeats_its_labels_but_is_no_dialogue():
    assert rows(RESULTS) == []  # before: three "direct" statements by "Tore" and "Tor"
    turns = [("Tore", "Tore: Alba (5.), Iniesta (30.)."), ("Tor", "Tor: Thill (92.).")] * 2
    assert turn_format(turns, "") == ""


def test_a_play_whose_lines_say_something_stays_a_dialogue():
    assert [r[3] for r in rows(PLAY)] == ["DIE FRAU", "DER MANN", "DIE FRAU"]


def test_bestreiten_of_a_match_or_a_living_is_no_denial():
    assert rows("Der Stürmer bestritt 106 Länderspiele.") == []
    assert rows("Er hat seit Ende November kein Pflichtspiel mehr bestritten.") == []
    assert rows("Sie bestreiten ihr Leben damit, anderen den Dreck wegzuräumen.") == []
    denial = "Der Verein bestritt, dass der Trainer vor dem Spiel gewarnt worden sei."
    assert rows(denial)[0][2:] == ("bestritt", "Verein")  # the match is in another clause
    assert next(c.entry for c in find_cues(denial)) == "bestreiten"


def test_the_clause_of_a_cue_ends_at_commas_dashes_and_brackets():
    text = "Charlton bestritt 106 Länderspiele – auch Rooney, sagte er."
    assert clause_around(text, 9, 17) == "Charlton bestritt 106 Länderspiele "


def test_an_institution_never_says_ich_the_person_named_before_does():
    text = (
        "Der VSV hat Greg Holst verpflichtet. Laut Angaben des VSV war Holst der erste "
        "Ansprechpartner. Ich habe doch das ganze Wochenende lange überlegt."
    )
    assert rows(text)[-1][1:] == ("direct", "continuation", "Greg Holst")  # before: "VSV"
    text = "Laut Angaben des VSV ist der Vertrag unterschrieben. Wir freuen uns."
    assert rows(text)[-1][3] == "VSV"  # "wir" may be the club's


def test_without_one_person_named_before_the_institution_keeps_the_first_person_sentence():
    none = "Laut Angaben des VSV ist der Trainer gegangen. Ich habe doch lange überlegt."
    two = (
        "Laut Angaben des VSV trafen Greg Holst und Hans Huber eine Einigung. "
        "Ich habe doch lange überlegt."
    )
    assert rows(none)[-1][1:] == rows(two)[-1][1:] == ("direct", "continuation", "VSV")


def test_a_person_after_an_organisation_and_a_role_is_the_speaker():
    text = "Die Lage ist ernst, sagte Admira General Manager Alexander Friedl."
    assert rows(text)[0][3] == "Alexander Friedl"  # before: "Admira General"
    text = "Die Lage ist ernst, sagte SPÖ Klubobmann Andreas Schieder."
    assert rows(text)[0][3] == "Andreas Schieder"  # before: "SPÖ"
    text = "Die Lage ist ernst, sagte Head Coach Peter Stöger."
    assert rows(text)[0][3] == "Peter Stöger"  # before: "Head"


@pytest.mark.parametrize(
    "old, new, error",
    [
        (
            "      - 'Der Trainer bestritt, dass er vor dem Spiel gewarnt worden sei.'",
            "      - 'Der Trainer bestritt vor dem Spiel jede Absprache.'",
            "bestreiten: example does not match",
        ),
        ("    not_in_clause: '(?<![Bb]ei)", "    not_in_clause: '(?<![Bb]ei)(", "bestreiten: bad"),
    ],
)
def test_the_other_sense_of_an_entry_is_checked_on_load(tmp_path, old, new, error):
    with pytest.raises(InputError, match=error):
        load_cues(edited_cues(tmp_path, old, new))
