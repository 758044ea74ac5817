"""Voices round 20: quotations closed by a postposed cue, sources after "nach", names."""

from framelab.attribution import annotate_article

SCARE = 3


def rows(*passages: str) -> list[tuple]:
    found = annotate_article([(i, p, False) for i, p in enumerate(passages)], SCARE)[1]
    return [(r["sentence_index"], r["kind"], r["cue"], r["speaker_name"]) for r in found]


def test_every_sentence_of_a_quotation_is_the_speaker_of_the_cue_that_closes_it():
    text = (
        "Der Schiedsrichter Wolfgang Stark erklärte das Tor für gültig. „Unglaublich. Das war "
        "Handball. Alle haben es gesehen, nur der Schiedsrichter nicht“, erklärte McClaren."
    )
    assert rows(text) == [
        (0, "reported", "erklärte", "Wolfgang Stark"),
        (1, "direct", "continuation", "McClaren"),  # was Stark's, by continuation
        (2, "direct", "continuation", "McClaren"),
        (3, "direct", "erklärte", "McClaren"),
    ]


def test_the_voice_of_each_sentence_follows_the_closing_cue():
    text = "„Das war kein gutes Spiel. Da werden wir bestraft“, sagte Thomas Tuchel."
    voices = annotate_article([(0, text, False)], SCARE)[0]
    assert [(v["voice"], v["speaker_name"]) for v in voices] == [
        ("direct", "Thomas Tuchel"),
        ("direct", "Thomas Tuchel"),
    ]


def test_a_sentence_with_its_own_cue_keeps_its_speaker():
    text = "Anna Berger sagte: „Das geht. Das bleibt so“, ergänzte Max Huber."
    assert [r[3] for r in rows(text)] == ["Anna Berger", "Max Huber"]


def test_a_word_inside_the_quotation_is_not_the_subject_of_the_cue_after_it():
    text = (
        "„Ich bin sehr zufrieden mit dem Punkt, den wir hier erkämpft haben“, meinte der "
        "Trainer der Frankfurter, Michael Skibbe, in einem Interview."
    )
    assert rows(text) == [(0, "direct", "meinte", "Michael Skibbe")]


def test_nach_with_a_source_compound_or_without_a_named_source():
    assert rows("Nach Polizeiangaben hat der Fahrer die Kontrolle verloren.") == [
        (0, "reported", "Nach Polizeiangaben", "Polizei")  # the compound's source (round 46)
    ]
    # the next phrase ("die Luft") is not the source
    assert rows("Polizisten schossen nach offiziellen Angaben in die Luft.") == [
        (0, "reported", "nach offiziellen Angaben", "offiziellen Angaben")
    ]
    assert rows("Nach einem Bericht des Staatsfernsehens trat der Minister zurück.") == [
        (0, "reported", "Nach einem Bericht", "Staatsfernsehens")
    ]
    assert rows("Nach dem Bericht ging er heim.") == []


def test_nach_with_a_possessive_is_the_person_it_refers_to():
    text = (
        "Eine Sprecherin, Marianne Kothé, äußerte sich. "
        "Nach ihren Worten geht es um ein Hilfspaket."
    )
    assert rows(text)[-1] == (1, "reported", "Nach ihren Worten", "Marianne Kothé")


def test_wie_aus_hervorgeht_zu_folge_and_so_weiter():
    assert rows("Wie aus einer Verlautbarung der ISAF hervorgeht, wurden fünf Menschen getötet.")[
        0
    ][2:] == ("Wie … hervorgeht", "ISAF")
    assert rows("Die Hamburger wollen sich Gerüchten zu Folge von der Firma lossagen.") == [
        (0, "reported", "zu Folge", "Gerüchten")
    ]
    assert rows("Sein Rivale, so Obama weiter, werde massiv Spenden erhalten.")[0][2:] == (
        "so",
        "Obama",
    )


def test_a_capitalised_adjective_makes_a_name_not_a_description():
    text = "Die Verletzten kamen ins Krankenhaus. Das Weiße Haus verlangte einen Rückzug."
    assert rows(text) == [(1, "reported", "verlangte", "USA")]  # not "Krankenhaus"


def test_idioms_of_saying_are_no_statements():
    for sentence in (
        "Die Polizei ermittelt auf einer Spur des Piloten, genauer gesagt seines Handys.",
        "Das Wetter meinte es gut mit den Teilnehmern.",
        "Der angebliche Fernzünder stellte sich als Attrappe heraus.",
    ):
        assert rows(sentence) == [], sentence


def test_narrator_text_before_a_short_quotation_keeps_the_speaker_after_the_cue():
    text = (
        'Die geplante Kontrolle des Verfassungsschutzes "ist keine Lösung", sagt Reinhard Kreissl.'
    )
    assert rows(text) == [(0, "direct", "sagt", "Reinhard Kreissl")]


def test_what_a_document_says_is_reported_even_in_an_article_without_quotation_marks():
    text = "Der Fonds erhält drei Millionen, wie aus einer Aufstellung des Kanzleramtes hervorgeht."
    assert rows(text) == [(0, "reported", "wie … hervorgeht", "Aufstellung Kanzleramtes")]


def test_nach_with_a_genitive_adjective_names_the_source_and_vom_is_a_date():
    assert rows("Nach Berichten griechischer Medien wurde nur ein Teil gebracht.")[0][3] == (
        "griechischer Medien"
    )
    assert rows("Eine Zigarette gilt nach Polizeiangaben vom Donnerstag als Auslöser.")[0][3] == (
        "Polizei"  # "vom Donnerstag" is no source; the compound's first part is (round 46)
    )
    assert rows("Das Amt bestellte sie nach Berichten über die Zerstörung ein.") == []


# Voices round 21: a source named inside reportive "sollen"; "bekannt gab" written apart


def test_a_source_inside_reportive_sollen_is_the_speaker_not_the_last_one():
    text = (
        "Die Lage sei ruhig, sagte ein Sprecher. Durch die Unruhen soll laut Xinhua auch die "
        "Stromversorgung beschädigt worden sein."
    )
    assert rows(text)[1] == (1, "reported", "laut", "Xinhua")
    alone = "Die Täter sollen laut Augenzeugenberichten arabischer Herkunft gewesen sein."
    assert rows(alone) == [(0, "reported", "laut", "Augenzeugenberichten")]


def test_the_verb_that_ends_reportive_sollen_is_no_cue_of_its_own():
    assert rows("Ein 21-Jähriger soll den Diebstahl von Propagandamaterial zugegeben haben.") == []


def test_bekannt_gab_written_apart_is_a_cue_and_the_agentless_participle_is_not():
    assert rows("Wie die Bank bekannt gab, ist Fazio zurückgetreten.") == [
        (0, "reported", "bekannt gab", "Bank")
    ]
    assert rows("Details werden im Frühjahr bekannt gegeben.") == []


def test_a_source_inside_reportive_sollen_is_found_where_it_needs_the_text_before_it():
    found = rows("Der Mann soll, so die Polizei, betrunken gewesen sein.")
    assert [(r[2], r[3]) for r in found] == [("so", "Polizei")]
    assert rows("Was die Bank bekannt gibt, ist unklar.") == []


# Voices round 22: a possessive before "Meinung/Ansicht … nach" names whom it refers to


def test_a_possessive_view_before_or_around_nach_is_the_person_it_refers_to():
    text = "Der Ökonom Bernhard Felderer sprach in Wien. Die Kosten steigen seiner Ansicht nach."
    assert rows(text)[-1] == (1, "reported", "seiner Ansicht nach", "Bernhard Felderer")
    text = "Die Juristin Anna Berger sprach. Nach ihrer Meinung sollten alle unterschreiben."
    assert rows(text)[-1] == (1, "reported", "Nach ihrer Meinung", "Anna Berger")
    assert rows("Nach seiner Rückkehr ging er heim.") == []


def test_a_time_before_the_verb_is_not_its_subject():
    text = "Um 10:05 Uhr MEZ meldete die Nachrichtensite Golem, Wikimedia habe geklagt."
    assert rows(text)[0][3] == "Nachrichtensite Golem"
    text = "Diese Woche kündigte der Sportsender ESPN an, eine Liga zu gründen."
    assert rows(text)[0][3] == "ESPN"


def test_a_web_address_is_the_outlet_that_reports():
    assert rows("Wie t-online.de berichtet, ist der erste Trailer erschienen.")[0][3] == (
        "t-online.de"
    )
    assert rows("Laut golem.de ist das Update fertig.") == [(0, "reported", "Laut", "golem.de")]
