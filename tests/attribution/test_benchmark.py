"""Voices benchmark helpers: sentence overlap and speaker-name equality."""

import pandas as pd

from framelab.attribution.benchmark import match, same_speaker, scores, sentences_overlap


def test_speaker_names_normalised_and_surname_match():
    assert same_speaker("Waleri Gerassimow", "Gerassimow")
    assert same_speaker("Ukraine (government)", "Ukraine")
    assert same_speaker("Russia (government)", "Russland")
    assert same_speaker("der ukrainische Generalstab", "ukrainische Generalstab")
    assert not same_speaker("russischer Generalstab", "ukrainischer Generalstab")
    assert not same_speaker("", "Putin")


def test_sentence_overlap_containment_and_jaccard():
    assert sentences_overlap("Das sei falsch, sagte er.", "Das sei falsch, sagte er.") == 1.0
    assert sentences_overlap("a b c d", "a b c e") == 0.6
    assert sentences_overlap("a b", "c d") == 0.0


def test_one_to_one_matching_and_scores():
    gold = pd.DataFrame(
        dict(
            article_id=["x", "x"],
            sentence=["Das sei falsch, sagte Putin.", "Er lachte nicht."],
            speaker_name=["Wladimir Putin", "Putin"],
            speaker=["Putin", "er"],
            kind=["reported", "reported"],
        )
    )
    system = pd.DataFrame(
        dict(
            article_id=["x", "x"],
            sentence=["Das sei falsch, sagte Putin.", "Ganz anders hier."],
            speaker_name=["Putin", "Putin"],
            kind=["reported", "direct"],
        )
    )
    assert match(system, gold) == [(0, 0)]
    s = scores(system, gold)
    assert (s["precision"], s["recall"], s["speaker_accuracy"], s["kind_accuracy"]) == (
        0.5,
        0.5,
        1.0,
        1.0,
    )
