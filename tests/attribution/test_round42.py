"""Voices round 42 (found on the Wikinews sets wiki41 and wiki42, tuned on all gold): an
academic title is no name, a person's name in an apposition after a long role description, and
two persons' surnames side by side are subject and object."""

from .statements import rows


def test_an_academic_title_is_no_name():
    text = "Bayerns Innenminister Dr. Günther Beckstein hat Bedenken geäußert."
    assert rows(text)[0][3] == "Günther Beckstein"  # before: "Dr"
    assert rows("Die Sprecherin, Prof. Maria Müller, sagte, das sei gut.")[0][3] == "Maria Müller"
    assert rows("Das sei gut, sagte Dr. Müller.")[0][3] == "Müller"


def test_the_apposition_after_a_long_role_description_names_the_speaker():
    text = (
        "„Wir schätzen das“, sagte der Leiter der für Jemen zuständigen Sektion des "
        "Internationalen Komitees vom Roten Kreuz, Franz Rauchenstein."
    )
    assert rows(text)[0][3] == "Franz Rauchenstein"  # before: "Leiter"
    text = (
        "Die dritthöchste Angehörige der Republikanischen Partei im Repräsentantenhaus, Liz "
        "Cheney aus Wyoming, hatte ihr vorgeworfen, das Andenken zu beschmutzen."
    )
    assert rows(text)[0][3] == "Liz Cheney"  # before: "dritthöchste Angehörige …"


def test_an_apposition_after_the_verb_belongs_to_another_phrase():
    text = (
        "Der Premierminister des Kosovos Hashim Thaçi geht nach einem Treffen mit dem "
        "UNMIK-Leiter im Kosovo, Joachim Rücker, davon aus, dass die EU das anerkennt."
    )
    assert rows(text)[0][3] != "Joachim Rücker"


def test_two_persons_surnames_side_by_side_are_subject_and_object():
    text = (
        "Robert Mugabe ist tot. Das bestätigte Staatspräsident Emmerson Mnangagwa. In seiner "
        "Würdigung bezeichnete Mnangagwa Mugabe als „Unabhängigkeitsikone“."
    )
    assert rows(text)[-1][3] == "Emmerson Mnangagwa"  # before: "Mnangagwa Mugabe"
    text = "José Eduardo Dos Santos regiert seit 1979. Ich gehe, sagte Dos Santos."
    assert rows(text)[-1][3] == "Dos Santos"  # one person's double surname stays whole
