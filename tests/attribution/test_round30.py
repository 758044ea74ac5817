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


def test_an_office_noun_is_not_the_last_person_when_that_person_holds_another_role():
    """Round 30 review: "der Arzt" after "Polizeisprecher Karl Maier" is somebody else."""
    text = (
        "Polizeisprecher Karl Maier sagte, der Unfall sei schwer. "
        "Der Arzt sagte, das Opfer sei außer Lebensgefahr."
    )
    assert rows(text)[-1][3] == "Arzt"
    text = "Kanzler Werner Faymann sprach von Fortschritt. Der Diplomat sagte, man sei skeptisch."
    assert rows(text)[-1][3] == "Diplomat"
    text = (
        "EU-Kommissarin Malmström versprach Transparenz. Die Kommissarin sagte, das System sei gut."
    )
    assert rows(text)[-1][3] == "Malmström"  # named with the office before


def test_an_apposition_after_an_institution_gives_no_name():
    text = "Ein Sprecher der Behörde, die Polizei Wien, sagte, man ermittle."
    assert rows(text)[0][3] == "Sprecher Behörde"
    text = "Die Sprecherin der Stadt, die Magistratsabteilung Wien, teilte mit, man prüfe."
    assert rows(text)[0][3] == "Sprecherin Stadt"


def test_court_acts_administrative_certificates_and_a_bare_auskunft_are_no_statements():
    assert (
        rows("Die Klage sei unbegründet, urteilte der Verfassungsgerichtshof über den Antrag.")
        == []
    )
    assert rows("Er floh, urteilte ein Schwurgericht ihn später ab.") == []
    assert rows("Das Finanzamt bescheinigte den Eingang der Unterlagen.") == []
    assert rows("Der Mieter will sich den Schaden vom Gutachter bescheinigen lassen.") == []
    assert rows("Er wartete nach Auskunft auf den Bus.") == []
    assert rows("Er sei gesund, bescheinigte ihm der Arzt.")[0][2:] == ("bescheinigte", "Arzt")
