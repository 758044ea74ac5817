"""Voices round 27 (tuned on test25 and test26): plural time words, capitalised place
adjectives as names or descriptions, the subject before a relative clause, "sagte … ab"."""

from .statements import rows


def test_a_span_of_years_or_weeks_before_the_verb_is_a_time():
    text = "Siebzig Jahre später rief die Stadtverwaltung eine neue Generation auf."
    assert rows(text)[0][3] == "Stadtverwaltung"


def test_a_place_adjective_at_the_end_is_a_surname_or_after_an_article_a_description():
    text = "Die Fische greifen alle anderen an, so Salzburger."
    assert rows(text) == [(0, "direct", "so", "Salzburger")]  # unmarked indicative: verbatim
    text = "Trainer Peter Schöttel sprach. Die Partie ist wichtig, sagte der Wiener."
    assert rows(text)[-1][3] == "Peter Schöttel"


def test_a_verb_after_a_relative_clause_has_the_phrase_before_it_as_subject():
    text = (
        "Der Minister Max Huber, der gestern in Wien war, betonte die Notwendigkeit einer Reform."
    )
    assert rows(text)[0][3] == "Max Huber"
    text = "Erstaunlich ist das Muster, das auf eine Einschleppung hinweist, sagt Marcel Müller."
    assert rows(text)[0][3] == "Marcel Müller"


def test_sagte_ab_cancels_and_says_nothing():
    assert rows("Der Veranstalter sagte das Konzert wegen des Sturms ab.") == []
    assert rows("Das hat Außenminister Sebastian Kurz gesagt.")[0][3] == "Sebastian Kurz"


def test_review_counterexamples_surnames_prepositions_contents_and_titles_stay_apart():
    assert (
        rows("DGB-Chef Michael Sommer sagte, die Löhne müssten steigen.")[0][3] == "Michael Sommer"
    )
    text = "Die Kritik an der Regierung: Sie habe versagt, sagte der Ökonom."
    assert [r[2:] for r in rows(text)] == [("sagte", "Ökonom")]
    assert rows("Die Forderung, die gestern erhoben wurde, kritisierte er scharf.")[0][3] == "er"
    assert rows("Der Bericht wurde am Dienstag von Experten kritisiert.")[0][3] == "Experten"
    assert rows("Zu den Vorwürfen von Anrainern hieß es, man prüfe.")[0][3] == "unnamed source"
    assert rows("Die Polizei sah den Mann, als er floh.") == []
    assert rows("Die Stadt ist, wie es im Volksmund heißt, ein Dorf.") == []
