"""Voices round 46 (tuned on all gold; wiki50 and wiki51 held out): a main clause whose
complement holds a Konjunktiv I gives its subject as the source, whatever its verb; a compound
report noun names its source in its first part; an apposition before a participle cue, a
role with a genitive name, a name with "bin", and a name with its place of origin before a
relative clause no longer lose the speaker."""

from .statements import rows

BEFORE = "Der Minister Karl Huber sagte, die Lage sei ernst. "


def test_the_main_clause_subject_is_the_source_of_its_konjunktiv_complement():
    text = "Ärzte nehmen auch an, dass die Krankheit Auslöser für die Atembeschwerden seien."
    assert rows(text) == [(0, "reported", "nehmen", "Ärzte")]
    text = (
        BEFORE
        + "Sanders hat den Kongress aufgefordert, Gelder zuzuweisen, da Geldmangel schuld sei."
    )
    assert rows(text)[-1] == (1, "reported", "aufgefordert", "Sanders")  # not Karl Huber
    text = BEFORE + "Die Grünen führen das auf den Kahlschlag zurück, der stattgefunden habe."
    assert rows(text)[-1][3] == "Grünen"  # a nominalised adjective may speak


def test_a_reported_main_clause_or_a_thing_is_no_new_source():
    text = BEFORE + "Die Art der Kontrollen hänge davon ab, inwieweit die Route genutzt werde."
    assert rows(text)[-1][3] == "Karl Huber"  # the main clause is itself Konjunktiv
    text = BEFORE + "Informationen gibt es unter www.rauchfrei.at, auch die Kasse leiste Hilfe."
    assert rows(text)[-1][3] == "Karl Huber"  # "es gibt": no speaker
    assert rows("Die Maßnahme stößt auf Kritik, da sie unverhältnismäßig sei.") == []
    text = (
        BEFORE
        + "Mit den Obergrenzen würde Österreich selbst steuern, wie viele man einreisen lasse."
    )
    assert rows(text)[-1][3] == "Karl Huber"  # a Konjunktiv II main clause is his


def test_a_compound_report_noun_names_its_source():
    assert rows("Nach Polizeiangaben wurden drei Menschen verletzt.")[0][3] == "Polizei"
    text = "Nach Ministeriumsangaben sind 300 Stellen betroffen."
    assert rows(text)[0][3] == "Ministerium"  # the linking -s is dropped
    assert rows("Nach Zeugenaussagen floh der Täter.")[0][3] == "Zeugen"
    assert rows("Nach Medienberichten floh der Täter.")[0][3] == "Medienberichten"  # a report


def test_an_apposition_before_a_participle_cue_is_not_the_speaker():
    text = (
        "Über Twitter hat US-Präsident Donald Trump den Rücktritt der Pressesprecherin des "
        "Weißen Hauses, Sarah Sanders, bekanntgegeben."
    )
    assert rows(text)[0][3] == "Donald Trump"  # before: Sarah Sanders
    text = "Kircher und Kulterer hatten gestanden, Grigg und Berlin stets ihre Unschuld beteuert."
    assert rows(text)[0][3] == "Grigg"  # an elided clause keeps its own subject


def test_a_role_with_a_genitive_name_is_the_person_of_its_apposition():
    text = (
        "Der Premierminister Walloniens, Elio di Rupo, hat die Sendung als inakzeptabel bezeichnet."
    )
    assert rows(text)[0][3] == "Elio di Rupo"  # before: Walloniens
    text = "Der Außenminister Großbritanniens, Jack Straw, bekräftigte die Bereitschaft, zu helfen."
    assert rows(text)[0][3] == "Jack Straw"


def test_a_name_with_bin_and_a_name_with_its_origin_stay_the_speaker():
    text = (
        "Der al-Qaida-Führer Osama bin Laden hat zu Anschlägen aufgerufen, nachdem er "
        "angeklagt hatte, das Land führe Krieg gegen den Islam."
    )
    assert rows(text)[0][3] == "Osama bin Laden"  # the tagger read "bin" as a verb
    text = (
        "Die Senatorin Susan Collins aus Maine, die dem Ausschuss angehört, sagte, dass sie "
        "ihn nicht gekannt habe."
    )
    assert rows(text)[0][3] == "Susan Collins"  # before: no statement
