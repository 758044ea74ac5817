"""Voices round 30 (tuned on all own gold, other29 included, and the external train split):
office nouns as roles, a role before the name in an apposition, certifying, judging, regretting
and continuing to speak, and "nach Auskunft/Bekunden"."""

from .statements import rows


def test_an_office_noun_resolves_to_the_person_named_with_it():
    text = (
        "EU-Kommissar Vytenis Andriukaitis sagte, das Risiko sei gering. "
        "Die Leute riefen nach Schutz, so der Kommissar."
    )
    assert rows(text)[-1][2:] == ("so", "Vytenis Andriukaitis")
    text = (
        "Der Professor für Verwaltungsrecht Andreas Hauer sagte, das Gesetz sei neu. "
        "Es sei verfassungswidrig, kritisiert der Professor."
    )
    assert rows(text)[-1][2:] == ("kritisiert", "Andreas Hauer")


def test_an_apposition_that_gives_a_role_before_the_name_names_the_speaker():
    text = (
        "Der Vertreter der EU im Menschenrechtsrat, der dänische Diplomat Peter Sörensen, "
        "bedauerte, dass Israel den Berichterstatter nicht reisen ließ."
    )
    assert [r[2:] for r in rows(text)] == [("bedauerte", "Peter Sörensen")]
    text = "Der Sprecher der Firma, der Manager Klaus Berger, sagte, man wachse."
    assert rows(text)[0][3] == "Klaus Berger"


def test_certifying_judging_and_continuing_to_speak_are_cues():
    text = "Er sei gesund, bescheinigte Harold Bornstein."
    assert rows(text) == [(0, "reported", "bescheinigte", "Harold Bornstein")]
    text = "Juncker sucht nach Sündenböcken, urteilte Michael Theurer."
    assert rows(text)[0][2:] == ("urteilte", "Michael Theurer")
    text = "Vytenis Andriukaitis sagte, er sei zuversichtlich. Das ist unmoralisch, fährt er fort."
    assert rows(text)[-1][2:] == ("fährt … fort", "Vytenis Andriukaitis")


def test_travelling_on_judging_a_case_and_regret_without_content_are_no_statements():
    assert rows("Danach fuhr er mit dem Auto fort.") == []
    assert rows("Das Gericht urteilte über die Klage.") == []
    assert rows("Er bedauert den Vorfall.") == []


def test_nach_auskunft_is_a_source_cue():
    text = "Er nimmt nach Auskunft der Klinik täglich Aspirin."
    assert rows(text)[0][2:] == ("nach Auskunft", "Klinik")
