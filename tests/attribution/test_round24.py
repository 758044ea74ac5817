"""Voices round 24 (tuned on test23 and all earlier gold): numbers and abbreviations inside a
clause, passives with a distant auxiliary, genitive "von", "wie berichtet", comparisons,
hyphenated sources, labels that name an outlet, findings of documents, ", so X" after a verb."""

from .statements import rows


def test_a_decimal_comma_or_an_abbreviation_dot_does_not_end_the_clause():
    assert rows("Der RH hatte den Bedarf mit 15,5 Millionen Euro pro Jahr beziffert.")[0][3] == "RH"
    text = (
        "Graz – Die Firma Huber investiert 58 Mio. Euro in den nach eigenen Angaben größten Park."
    )
    assert rows(text)[0][3] == "Huber"  # before: "Euro" (the dot of "Mio." ended the clause)


def test_a_number_and_its_noun_after_a_source_are_not_part_of_it():
    assert rows("Die Anklageschrift hat laut Zeitung 270 Seiten.") == [
        (0, "reported", "laut", "Zeitung")
    ]


def test_a_month_before_the_verb_is_a_time_not_the_subject():
    text = "Ende April hatte das Duo angekündigt, nicht fortsetzen zu wollen."
    assert rows(text)[0][3] == "Duo"


def test_a_passive_auxiliary_far_before_the_participle_still_makes_the_subject_no_speaker():
    text = (
        "Bei den Kameras wird die Panasonic Lumix G7 (hierzulande G70) ab ca. 630 Euro "
        "hervorgehoben, die klein sei."
    )
    assert rows(text) == []  # no agent: the product praised is no speaker (before: "630 Euro")
    assert rows("Dies wurde von der Erzdiözese Hue bestätigt.")[0][3] == "Hue"


def test_von_with_a_bare_noun_after_a_noun_is_a_genitive_not_the_agent():
    text = "Das wird vor allem wegen der Zunahme von Digitalarbeit argumentiert."
    assert rows(text) == []


def test_wie_berichtet_without_a_subject_is_the_outlets_own_reference():
    assert rows("Wie berichtet steht der Verkauf der Rechte vor dem Abschluss.") == []
    assert rows("Wie die Polizei berichtet, ist der Mann geflüchtet.")[0][3] == "Polizei"


def test_a_participle_compared_with_als_or_wie_reports_nothing():
    text = "Die Zuschüsse fallen geringer aus als ursprünglich prognostiziert."
    assert rows(text) == []
    text = "Strache hatte das Foto als gestellt bezeichnet."
    assert rows(text) == [(0, "reported", "bezeichnet", "Strache")]


def test_a_hyphenated_source_compound_names_its_first_part():
    text = "US-Einheiten hatten nach Pentagon-Angaben den Vize getötet."
    assert rows(text) == [(0, "reported", "nach Pentagon-Angaben", "Pentagon")]


def test_a_label_may_name_the_outlet_and_a_genitive_owner():
    text = "Kommunikationschef Matthias Euler-Rolle zum STANDARD: Uns liegt kein Vorschlag vor."
    assert rows(text) == [(0, "direct", ":", "Matthias Euler-Rolle")]
    text = "Der Jurist Heinz Mayer sprach. Mayers Fazit im STANDARD-Gespräch: Das ist Politik."
    assert rows(text)[-1][3] == "Heinz Mayer"
    text = "Als Begründung sagte ein Wissenschaftler: Das ist ein breites Feld."
    assert [r[2:] for r in rows(text)] == [("sagte", "Wissenschaftler")]
    assert rows("Erstes Fazit: Die Reform wirkt.") == []


def test_a_documents_finding_is_its_statement_and_a_film_is_no_document():
    assert rows("Eine Umfrage ergab, dass die Mehrheit dagegen ist.") == [
        (0, "reported", "ergab", "Umfrage")
    ]
    assert rows("Der Film zeigt die Geschichte eines Mannes.") == []


def test_a_postposed_so_x_takes_the_verbs_before_it_as_content():
    text = "Die Studie zeigt, dass wir handeln müssen, so ÖVGW-Präsident Wolfgang Zerobin."
    assert [r[2:] for r in rows(text)] == [("so", "Wolfgang Zerobin")]
    text = "Er sei glücklicher, seinen Sieg bestätigt zu haben, so Thiem."
    assert [r[2:] for r in rows(text)] == [("so", "Thiem")]  # before: "bestätigt" → "Sieg"


def test_konstatieren_is_a_cue_and_kurz_gesagt_is_none():
    assert rows("Studienautor Oliver Gruber konstatierte eine große Kluft.") == [
        (0, "reported", "konstatierte", "Oliver Gruber")
    ]
    assert rows("Kurz gesagt also durch Versuch und Irrtum.") == []


def test_a_plot_is_told_but_an_account_is_a_statement():
    assert rows("Darin erzählt er die Geschichte eines Fernsehjournalisten.") == []
    text = "Die 42-jährige Verletzte erzählt eine ganz andere Geschichte."
    assert rows(text)[0][2] == "erzählt"
