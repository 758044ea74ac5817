"""Voices round 51 (tuned on all gold; no fresh text was left to hold out): a town's name after
a local authority completes the authority's name, and a capitalised word the tagger reads as a
verb is a name after a name or before a capitalised word."""

import pytest

from framelab.attribution.tagging import tag

from .statements import rows

# (passage, the speaker of its last statement); the speaker before round 51 in the comment
CASES = [
    ("Die Polizei Düsseldorf teilte mit, der Mann sei festgenommen worden.", "Polizei Düsseldorf"),
    # before: "Düsseldorf"
    ("Das teilte die Staatsanwaltschaft Halle am Montag mit.", "Staatsanwaltschaft Halle"),
    # before: "Halle"
    ('"Die Lage ist ernst", sagte Greg Abbott.', "Greg Abbott"),  # before: "Greg"
    ("Das sagte Wendt Journalisten in Berlin.", "Wendt"),  # before: "Journalisten"
    ("Seine Heimatstadt Hamburg teilte mit, man prüfe das.", "Hamburg"),  # no authority
]


def test_a_given_name_read_as_a_verb_is_a_name_before_the_surname():
    """HanTa reads "Henk" as an imperative; the surname it calls a noun keeps its tag."""
    toks = tag('"Wir waren zu ängstlich", urteilte Bundestrainer Henk Groener.')
    assert [t.tag for t in toks if t.text in {"Henk", "Groener"}] == ["NE", "NN"]
    assert rows('"Wir waren zu ängstlich", urteilte Bundestrainer Henk Groener.')[-1][3] == "Henk"


@pytest.mark.parametrize(("text", "speaker"), CASES, ids=range(len(CASES)))
def test_round_51_names_the_speaker_in_full(text, speaker):
    assert rows(text)[-1][3] == speaker


def test_a_capital_city_keeps_its_authority_as_before():
    assert rows("Die Polizei Berlin teilte mit, man ermittle.")[-1][3] == "Polizei Berlin"


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("Mal Gucken was der kleine Zarensky diesmal fordert.", "Gucken"),
        ("Andere Voraussetzungen Vergleicht man die Lage, zeigt sich nichts.", "Vergleicht"),
    ],
)
def test_a_capitalised_verb_without_a_name_beside_it_stays_a_verb(sentence, word):
    assert next(t.tag for t in tag(sentence) if t.text == word).startswith("V")
