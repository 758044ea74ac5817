"""Abbreviations an article defines give their speakers the full name (voices round 19)."""

import pytest

from framelab.attribution import annotate_article
from framelab.attribution.abbreviations import defined_abbreviations, full_name


@pytest.mark.parametrize(
    ("before", "abbreviation", "name"),
    [
        ("Das erklärt die Internet Watch Foundation", "IWF", "Internet Watch Foundation"),
        (
            "Die Rundfunk und Telekom Regulierungs-GmbH",
            "RTR",
            "Rundfunk und Telekom Regulierungs-GmbH",
        ),
        ("Bei der Bundesimmobiliengesellschaft", "BIG", "Bundesimmobiliengesellschaft"),
        ("Der Österreichische Naturschutzbund", "ÖNB", "Österreichische Naturschutzbund"),
        ("die Burgenländische Landesholding GmbH", "BLh", "Burgenländische Landesholding GmbH"),
    ],
)
def test_the_full_name_is_the_shortest_capitalised_run_that_spells_the_abbreviation(
    before, abbreviation, name
):
    assert full_name(before, abbreviation) == name


def test_a_bracket_that_spells_no_preceding_name_defines_nothing():
    assert full_name("laut den Geschäftsbedingungen von Facegloria", "AGB") == ""
    assert full_name("Das sagte er am Montag", "APA") == ""  # "Montag" does not spell it
    assert defined_abbreviations(("Der Umsatz stieg (USA: 4 Prozent).",)) == {}


def test_a_speaker_named_by_a_defined_abbreviation_gets_the_full_name():
    """gnad00238: "erklärt die IWF" after "die Internet Watch Foundation (IWF)"."""
    passages = [
        (0, "Die Internet Watch Foundation (IWF) hat einen Bericht veröffentlicht.", False),
        (1, "Das sei ein Problem, erklärt die IWF in ihrem Bericht.", False),
    ]
    rows = annotate_article(passages, 3)[1]
    assert [(r["speaker"], r["speaker_name"]) for r in rows] == [
        ("IWF", "Internet Watch Foundation")
    ]
