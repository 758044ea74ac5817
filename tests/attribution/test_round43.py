"""Voices round 43 (found on the Wikinews sets wiki41 to wiki43, tuned on all gold): persons
named by a role and a name the given-name list does not know, compound roles, a name before a
role apposition, truncated compounds, adjectives between a genitive place and a role, and
surnames written without diacritics."""

from framelab.attribution.annotate import named_by_role

from .statements import rows


def test_a_person_named_by_role_and_surname_is_what_er_refers_to():
    text = (
        "Aus Kreisen der Partei verlautete, man werde die Listen öffnen. Dagegen reagierte der "
        "SPD-Generalsekretär Benneter mit Hohn. Er sagte, das Bündnis werde scheitern."
    )
    assert rows(text)[-1][3] == "Benneter"  # before: "Partei"


def test_a_compound_role_refers_to_the_person_named_with_it():
    text = (
        "Den Bericht legte Anna Tibaijuka, Sondergesandte des UN-Generalsekretärs Kofi Annan, "
        "am Mittwoch vor. Präsident Mugabe wurde aufgefordert, die Gesetze zu ändern. Die "
        "Verantwortlichen müssten bestraft werden, forderte der UN-Generalsekretär. Die "
        "Sondergesandte stellte klar, dass andere Länder ähnliche Probleme hätten."
    )
    assert [r[3] for r in rows(text)] == ["Kofi Annan", "Anna Tibaijuka"]


def test_named_by_role_needs_names_the_tagger_calls_names():
    found = named_by_role("Das bestätigte Präsidentin Park Geun-hye am Montag.")
    assert [(p.name, p.gender) for _, p in found] == [("Park Geun-hye", "f")]
    assert named_by_role("Das bestätigten die Minister Frankreichs am Montag.") == []
    assert named_by_role("Der Sprecher Mittwoch sagte nichts.") == []


def test_a_name_before_a_role_apposition_is_the_speaker():
    text = (
        "In der Zeitung hat Konrad Freiberg, der Vorsitzende der Gewerkschaft der Polizei "
        "gefordert, dass die Regeln für alle gelten."
    )
    assert rows(text)[0][3] == "Konrad Freiberg"  # before: "Vorsitzende Gewerkschaft Polizei"
    text = (
        "Am Wochenende hatte der Chef von Vodafone Deutschland, der Österreicher Hannes "
        "Ametsreiter, Änderungen angekündigt."
    )
    assert rows(text)[0][3] == "Hannes Ametsreiter"  # the apposition's own name


def test_a_truncated_compound_belongs_to_the_noun_after_it():
    text = "Laut dem Meinungs- und Marktforschungsinstitut SWG liegt das Bündnis vorn."
    assert rows(text)[0][3] == "SWG"  # before: "Meinungs"
    text = "Das teilte das Wirtschafts- und Finanzministerium am Montag mit."
    assert rows(text)[0][3] == "Wirtschafts- und Finanzministerium"  # before: "Wirtschafts"


def test_adjectives_between_a_genitive_place_and_a_role():
    text = "Dies gab Berlins Regierender Bürgermeister Klaus Wowereit (SPD) heute bekannt."
    assert rows(text)[0][3] == "Klaus Wowereit"  # before: "Deutschland"


def test_a_surname_written_without_diacritics_is_the_person_named_before():
    text = (
        "Der frühere Ministerpräsident Binali Yıldırım räumte seine Niederlage ein. „Wir "
        "werden ihm helfen“, sagte Yildirim."
    )
    assert rows(text)[-1][3] == "Binali Yıldırım"  # before: "Yildirim"
