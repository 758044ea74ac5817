"""Voices round 28 (tuned on all own gold through test27 and the external train split): the
outlet a person told, first-person object pronouns, oblique descriptions, analysts, a name in a
role's genitive attribute, and past-tense verbs of summing up and stating."""

from .statements import rows


def test_an_outlet_in_the_dative_after_a_person_is_whom_they_told():
    text = "Die Zuschläge fallen weg, sagte Hannes Ametsreiter der Kleinen Zeitung."
    assert rows(text)[0][3] == "Hannes Ametsreiter"
    text = "Der Einsatz starte morgen, erklärte ein Heeressprecher der APA."
    assert rows(text)[0][3] == "Heeressprecher"
    text = "Dafür wären Gelder abrufbar, sagte der SPD-Politiker der Zeitung Welt am Sonntag."
    assert rows(text)[0][3] == "SPD-Politiker"


def test_the_outlets_own_people_institutions_subjects_and_sources_keep_their_genitive():
    assert rows("Das Konzept sei neu, sagte die Sprecherin der APA.")[0][3] == "Sprecherin APA"
    text = "Das Konzept sei neu, sagte der Wirtschaftsredakteur der Zeitung."
    assert rows(text)[0][3] == "Wirtschaftsredakteur Zeitung"
    text = "Die Preise steigen, sagte der Präsident der Bundesnetzagentur."
    assert rows(text)[0][3] == "Präsident Bundesnetzagentur"  # not "Preise" (plural clause)
    text = "Der Präsident der Nachrichtenagentur erklärte, man werde sparen."
    assert rows(text)[0][3] == "Präsident Nachrichtenagentur"
    text = "Die Quote steigt, sagte eine Pressesprecherin der Österreichischen Post."
    assert rows(text)[0][3] == "Pressesprecherin Österreichischen Post"
    text = "Laut einer Umfrage der Zeitung Welt am Sonntag sind viele dafür."
    assert "Umfrage" not in [r[3] for r in rows(text)]
    text = "Man werde nicht nachgeben, sagte Werner Faymann der Zeitung zufolge."
    assert [r[3] for r in rows(text)] == ["Werner Faymann"]  # one statement, no "zufolge" one


def test_an_object_pronoun_of_the_first_person_is_the_last_speakers_own_word():
    text = (
        "Rudolf Taschner sagte, man müsse aufklären. "
        "Die Venezianer haben die Pest besiegt, das droht uns im ersten Bezirk auch."
    )
    assert rows(text)[-1] == (1, "direct", "continuation", "Rudolf Taschner")


def test_an_oblique_role_description_resolves_to_the_person_with_that_role():
    text = (
        "Generaldirektor Norbert Griesmayr stellte die Bilanz vor. "
        "Der Pkw wird laut dem Generaldirektor weiterhin wichtig bleiben."
    )
    assert rows(text)[-1][3] == "Norbert Griesmayr"


def test_an_oblique_thing_with_a_persons_ending_is_no_role():
    text = "Werner Faymann sprach im Parlament. Laut dem Sender soll die Quote bis 2020 steigen."
    assert rows(text)[-1][3] == "Sender"
    text = "Hans Jörg Schelling legte das Budget vor. Dem Papier zufolge fehlen 500 Millionen Euro."
    assert rows(text)[-1][3] != "Hans Jörg Schelling"


def test_an_object_pronoun_taken_for_a_speaker_is_not_resolved_to_a_person():
    text = (
        "Bundeskanzler Werner Faymann traf Angela Merkel. "
        "Der Vorschlag sei gut, sagte ihm die Kanzlerin am Rande."
    )
    assert "Werner Faymann" not in [r[3] for r in rows(text)]


def test_a_role_no_earlier_person_fits_is_the_person_named_later_with_it():
    text = (
        "Der Fraktionschef warnt vor Neuwahlen. "
        "Wien – Fraktionschef Andreas Schieder sprach am Montag im Parlament."
    )
    assert rows(text)[0][3] == "Andreas Schieder"


def test_an_oblique_description_takes_a_name_not_a_compound():
    text = "Der Interessenverband Pro Bahn meldete Zahlen. Dem Verband zufolge steigt der Umsatz."
    assert rows(text)[-1][3] == "Pro Bahn"
    text = "Das Wahlergebnis wurde bekannt. Dem Ergebnis zufolge liegt die Partei vorne."
    assert rows(text)[-1][3] == "Ergebnis"  # not the compound "Wahlergebnis"


def test_an_analyst_is_a_person_role():
    text = (
        "Die Lage ist unklar, wenn es nach Eugen Weinberg von der Commerzbank geht. "
        "Es gibt keine Notwendigkeit, etwas zu ändern, meint der Rohstoffanalyst."
    )
    assert rows(text)[-1][3] == "Eugen Weinberg"


def test_a_name_only_in_the_roles_genitive_attribute_gives_way_to_the_apposition():
    text = "Der Leiter des Programms der WHO, Klaus Stöhr, sagte, die Gefahr sei real."
    assert rows(text)[0][3] == "Klaus Stöhr"
    text = "Die Vorsitzende der SPD Bayern, Natascha Kohnen, sagte, das sei gerecht."
    assert rows(text)[0][3] == "Natascha Kohnen"
    text = "Der Chef des Verwaltungsrats Ulrich Müller sagte, das sei gerecht."
    assert rows(text)[0][3] == "Ulrich Müller"  # a name after a common noun stays the speaker


def test_summing_up_and_stating_in_the_past_tense_are_speech():
    text = "Die Mitarbeiter würden mitziehen, bilanzierte Bürgermeister Klaus Schneeberger."
    assert rows(text)[0][2] == "bilanzierte"
    text = "Der Vertreter der Finanz präzisierte, dass ein Zinssatz von 9 Prozent erzielt wurde."
    assert rows(text)[0][2] == "präzisierte"
    assert rows("Das Unternehmen bilanzierte im Vorjahr einen Verlust von 20 Millionen Euro.") == []
    assert rows("Der Verdächtige deponierte das Geld in einem Schließfach in Zürich.") == []
