"""Voices round 33 (tuned on all own gold, other29-other32 included, and the external train
split): a share of a group speaks as the group, a company's staff are named with the company,
and a possessive genitive after "nach Angaben/Auskunft" is the source."""

from .statements import rows


def test_a_share_of_a_group_speaks_as_the_group():
    text = "Die Hälfte der Befragten gab an, mit dem Auto zur Arbeit zu fahren."
    assert rows(text)[0][3] == "Befragten"  # before round 33: "Hälfte Befragten"
    text = "Rund 40 Prozent der Teilnehmer rechnen mit einer schweren Matura."
    assert rows(text)[0][3] == "Teilnehmer"


def test_a_share_without_a_noun_after_it_is_no_group():
    text = (
        "So hätten 68 Prozent der französischen und 55 Prozent der britischen Befragten "
        "gesagt, es sei gut."
    )
    assert rows(text)[0][3] != "französischen"  # an adjective alone names no group


def test_a_spokeswoman_of_the_company_is_named_with_the_company():
    text = (
        "Die Lufthansa streicht Flüge. Die Lufthansa verhandelt mit der Gewerkschaft. "
        "Die Lage sei schwierig, sagte eine Sprecherin des Unternehmens."
    )
    assert rows(text)[-1][3] == "Sprecherin Lufthansa"  # before: "Sprecherin Unternehmens"


def test_staff_of_an_unknown_company_and_a_thing_of_a_company_stay_as_written():
    text = "Die Lage sei schwierig, sagte eine Sprecherin des Unternehmens."
    assert rows(text)[0][3] == "Sprecherin Unternehmens"
    text = (
        "Die Lufthansa streicht Flüge. Die Lufthansa verhandelt mit der Gewerkschaft. "
        "Die positive Seite des Dienstes betont der Chef."
    )
    assert rows(text)[-1][3] != "positive Seite Lufthansa"


def test_a_possessive_genitive_after_a_nominal_cue_is_the_source():
    text = "Er nimmt nach Auskunft seines Arztes täglich Aspirin."
    assert rows(text)[0][3] == "Arztes"  # before round 33: "Auskunft"
    text = "Er nimmt nach Angaben seiner Familie täglich Aspirin."
    assert rows(text)[0][3] == "Familie"
