import pandas as pd

from framelab import report


def test_flatten_params():
    assert report.flatten({"topics": {"k": 4, "method": "nmf"}, "x": True}) == [
        {"name": "topics.k", "value": "4"},
        {"name": "topics.method", "value": '"nmf"'},
        {"name": "x", "value": "true"},
    ]


def test_limitations_depend_on_corpus_size():
    small = pd.DataFrame({"id": ["a", "b", "c", "d"], "camp": ["r", "w", "w", "w"]})
    text = report.limitations(small)
    assert "4 articles (r: 1, w: 3)" in text
    assert "r has fewer than 3 articles" in text
    big = pd.DataFrame({"id": list("abcdef"), "camp": ["r"] * 3 + ["w"] * 3})
    assert "fewer than" not in report.limitations(big)


def test_cleaning_reading_is_built_from_the_metrics():
    clean = {
        "corpus": {
            "chars_kept": 900,
            "chars_raw": 1000,
            "chars_removed": 100,
            "articles": 2,
            "passages": 7,
            "sentences": 20,
            "tokens": 150,
        },
        "rules": {"photo_caption": 2, "kicker": 1},
    }
    text = report.cleaning_reading(clean)
    assert "kept 900 of 1,000 characters and removed 100 (10.0%)" in text
    assert "photo_caption (2), kicker (1)" in text


def test_topics_reading_names_the_most_different_topic():
    topics = {
        "k": 3,
        "method": "nmf",
        "n_units": 9,
        "unit": "passage",
        "vocabulary": 50,
        "labels": {"2": "T2 vertrag · beistand"},
        "most_different_topic": {
            "topic": 2,
            "spread": 0.5,
            "high": "western_agency",
            "high_share": 0.6,
            "low": "russian_state",
            "low_share": 0.1,
        },
    }
    text = report.topics_reading(topics, pd.DataFrame())
    assert "“T2 vertrag · beistand”" in text and "0.60 in western_agency" in text


def test_git_commit_outside_git_is_unknown(tmp_path):
    assert report.git_commit(tmp_path).startswith("unknown")
