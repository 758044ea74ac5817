import pandas as pd
import pytest

from framelab.analysis.markers import find_markers, load_lexicon, match_markers

from .conftest import KURSK, RESOURCES, SCARE

LEXICON = load_lexicon(RESOURCES / "framing.yml", KURSK / "markers.yml", SCARE)


@pytest.mark.parametrize("marker", LEXICON.markers, ids=lambda m: m.name)
def test_every_marker_matches_its_examples_and_not_its_counterexamples(marker):
    assert marker.examples and marker.counterexamples, f"{marker.name} lacks documentation"
    for sentence in marker.examples:
        assert marker.name in {m.marker for m in match_markers(sentence, LEXICON)}, sentence
    for sentence in marker.counterexamples:
        assert marker.name not in {m.marker for m in match_markers(sentence, LEXICON)}, sentence


def test_quoted_versus_own_voice_contested_term():
    quoted = match_markers("bei der «Befreiung» der Region", LEXICON)
    assert [(m.marker, m.text) for m in quoted if m.category in {"distancing", "endorsement"}] == [
        ("scare_quote", "«Befreiung»")
    ]
    own = match_markers("die vollständige Befreiung des Gebiets", LEXICON)
    assert [(m.marker, m.text) for m in own] == [("contested_term_own_voice", "Befreiung")]


def test_long_direct_quote_is_neither_scare_quote_nor_own_voice():
    s = "„Ich möchte die Beteiligung an der Befreiung der Grenzregionen hervorheben“, sagte er."
    found = {m.marker for m in match_markers(s, LEXICON)}
    assert "scare_quote" not in found and "contested_term_own_voice" not in found
    assert "reporting_verb" in found


def test_marker_counts_per_article_and_camp_on_hand_made_sentences():
    passages = pd.DataFrame(
        {
            "article_id": ["a", "a", "b"],
            "position": [1, 2, 1],
            "text": [
                "Kiew hat das bestritten.",
                "Die Region sei „befreit“ worden, so Putin.",
                "Die Soldaten kämpften.",
            ],
        }
    )
    matches = find_markers(passages, LEXICON)
    assert sorted(matches.marker) == ["denial", "reported_subjunctive", "scare_quote", "so_speaker"]
