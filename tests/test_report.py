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
        "chars_kept": 900,
        "chars_raw": 1000,
        "chars_removed": 100,
        "articles": 2,
        "passages": 7,
        "sentences": 20,
        "tokens": 150,
        "rules": {"photo_caption": 2, "kicker": 1},
    }
    text = report.cleaning_reading(clean)
    assert "kept 900 of 1,000 characters and removed 100 (10.0%)" in text
    assert "photo_caption (2), kicker (1)" in text


TOPICS = {
    "k": 3,
    "k_rule": "fixed by topics.k",
    "method": "nmf",
    "n_units": 9,
    "n_articles": 3,
    "unit": "passage",
    "vocabulary": 50,
    "npmi": 0.31,
    "diversity": 0.9,
    "stability": 0.42,
    "stability_runs": 5,
    "labels": {"2": "T2 vertrag · beistand"},
    "camps_with_interval": ["western_agency"],
    "camps_without_interval": ["russian_state"],
    "most_different_topic": {
        "topic": 2,
        "spread": 0.5,
        "high": "western_agency",
        "high_share": 0.6,
        "low": "russian_state",
        "low_share": 0.1,
    },
}


def test_topics_reading_names_the_most_different_topic():
    text = report.topics_reading(TOPICS)
    assert "K = 3 topics (fixed by topics.k)" in text
    assert "stability 0.42" in text
    assert "“T2 vertrag · beistand”" in text and "0.60 in western_agency" in text


def test_topics_limitation_depends_on_corpus_size_and_stability():
    text = report.topics_limitation(TOPICS)
    assert "russian_state has fewer than 3 articles" in text
    assert "stability of 0.42" in text
    assert "with 9 units" in text
    big = TOPICS | {"n_units": 5000, "stability": 0.8, "camps_without_interval": []}
    assert report.topics_limitation(big) == (
        "Limits: intervals for western_agency resample only its articles and are conditional "
        "on the fitted model."
    )


def test_git_commit_outside_git_is_unknown(tmp_path):
    assert report.git_commit(tmp_path).startswith("unknown")
