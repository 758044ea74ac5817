"""Running totals over chunks equal the summaries of the whole tables."""

import pandas as pd

from framelab.attribution.summary import AttributeTotals, attribute_metrics, speaker_table


def _statements(rows):
    return pd.DataFrame(rows, columns=["article_id", "speaker_name", "group", "text"])


def test_totals_over_chunks_equal_the_whole_table():
    chunk1 = _statements(
        [("a", "Anna Müller", "gov", "eins zwei drei"), ("a", "Kiew", "ua", "vier")]
    )
    chunk2 = _statements(
        [("b", "Anna Müller", "gov", "fünf sechs"), ("b", "Bernd", "unmapped", "sieben")]
    )
    voices = [
        pd.DataFrame({"voice": ["narrator", "reported"]}),
        pd.DataFrame({"voice": ["direct"]}),
    ]
    marks = [pd.DataFrame({"voice": ["narrator"]}), pd.DataFrame({"voice": ["quoted", "narrator"]})]
    totals = AttributeTotals()
    for v, s, m in zip(voices, (chunk1, chunk2), marks, strict=True):
        totals.add(v, s, m)
    whole = pd.concat([chunk1, chunk2], ignore_index=True)
    speakers = totals.speakers()
    pd.testing.assert_frame_equal(speakers, speaker_table(whole))
    assert speakers.iloc[0].tolist() == ["Anna Müller", "gov", 2, 5, 2]
    expected = attribute_metrics(pd.concat(voices), whole, pd.concat(marks), speaker_table(whole))
    assert totals.metrics(speakers) == expected
    assert expected["marker_matches_narrator"] == 2 and expected["unmapped_word_share"] == 0.1429
