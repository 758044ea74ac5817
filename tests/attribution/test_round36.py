"""Voices round 36 (tuned on all own gold, other29-other35 included): common given names of
every country, a Konjunktiv passive without an agent, ages and times of day in the prefield,
and casualties that are no demand."""

from .statements import rows


def test_a_person_named_with_a_given_name_from_the_dictionary_is_known_by_full_name():
    text = "Jagdleiter Gottfried Koller widerspricht. Es seien Sportschützen gewesen, sagt Koller."
    assert rows(text)[-1][3] == "Gottfried Koller"  # before round 36: "Koller"


def test_a_konjunktiv_passive_without_agent_continues_the_speaker():
    text = (
        "Kontrollen seien notwendig, sagte Verteidigungsminister Hans Peter Doskozil. "
        "An der Grenze zu Ungarn würden wieder Schlepperaktivitäten festgestellt. "
        "Es sei keineswegs so, dass Deutschland alle aufnehme."
    )
    speakers = [r[3] for r in rows(text)]
    assert speakers == ["Hans Peter Doskozil"] * 3  # before: "Schlepperaktivitäten" twice
    text = "Es werde einen Gewinndämpfer geben, hatte die VIG bereits erklärt."
    assert rows(text)[0][3] == "VIG"  # a perfect ("hatte … erklärt"), no passive


def test_an_age_stays_in_its_phrase_and_a_time_of_day_is_no_speaker():
    text = "Der 27 Jahre alte mutmaßliche Täter hatte sich gestellt und die Tat zugegeben."
    assert rows(text)[0][3] == "27 Jahre alte mutmaßliche Täter"  # before: "Tat"
    text = "Dienstagvormittag verkündet der Premier dann die neue Regierung."
    assert rows(text)[0][3] == "Premier"  # before: "Dienstagvormittag"


def test_a_disaster_that_claimed_lives_demands_nothing():
    assert rows("Das Erdbeben forderte mindestens 20 Todesopfer.") == []
    assert rows("Die Terrorwelle hat 129 Tote gefordert.") == []
    assert rows("Die Opposition hat Neuwahlen gefordert.")[0][3] == "Opposition"
