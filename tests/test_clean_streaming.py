"""The streamed clean stage (chunks → run files → merge) writes the same tables as cleaning the
whole corpus in memory, including dropped duplicates."""

import pandas as pd
import pytest

from framelab import config, layout
from framelab.clean.cleaning import CleanSettings, clean_corpus, load_rules
from framelab.io.corpus import load_corpus
from framelab.study.files import camps_of, event_flags, event_of, read_study_yaml

from .conftest import KURSK, make_project, run_stage
from .test_no_event import TEXTS, write_corpus


@pytest.mark.parametrize("chunk", ["1", "3"])
def test_streamed_clean_equals_in_memory_with_dropped_duplicates(tmp_path, monkeypatch, chunk):
    write_corpus(tmp_path / "corpus")  # every text twice: four exact duplicates
    root = make_project(tmp_path / "p", tmp_path / "corpus", clean__duplicates="drop")
    monkeypatch.setenv("FRAMELAB_CHUNK", chunk)
    monkeypatch.setenv("FRAMELAB_SCHEDULER", "serial")
    assert run_stage(root, "clean", monkeypatch) == 0
    cfg = config.load(root / "params.yaml")
    settings = CleanSettings(
        load_rules(root / cfg.clean.rules),
        cfg.clean.paragraphs,
        "de",
        cfg.clean.language_min_prob,
        cfg.clean.language_min_tokens,
        frozenset(),
    )
    expected = clean_corpus(load_corpus(tmp_path / "corpus"), settings, "drop", 0.9, 5)
    meta = read_study_yaml(KURSK)
    expected.articles = event_flags(expected.articles, event_of(meta), camps_of(meta))
    for name, table in (
        ("articles", layout.ARTICLES),
        ("passages", layout.PASSAGES),
        ("sentences", layout.SENTENCES),
        ("removed", layout.REMOVED),
    ):
        got = pd.read_parquet(root / table)
        pd.testing.assert_frame_equal(got, getattr(expected, name), check_dtype=False)
    assert list(pd.read_parquet(root / layout.ARTICLES)["id"]) == ["a0", "a1", "a2", "a3"]
    removed = pd.read_parquet(root / layout.REMOVED)
    dropped = removed[removed["rule"] == "duplicate_article"]
    assert list(dropped["article_id"]) == ["a4", "a5", "a6", "a7"]
    assert dropped["text"].iloc[0] == TEXTS[0][:200]
