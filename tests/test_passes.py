"""The chunked stance pass gives the same tables as the whole-corpus functions, for any
chunking and executor."""

import pandas as pd
import pytest

from framelab import text
from framelab.analysis import fit, keyness, naming, passes, stance
from framelab.attribution.analyse import AttributeSettings, analyse_chunk
from framelab.attribution.tables import spans_by_article
from framelab.paths import RESOURCES as PACKAGE_RESOURCES
from framelab.runtime.executor import SerialExecutor, make_executor
from framelab.study.files import camps_of, event_flags, event_of, read_study_yaml
from framelab.study.model import load_study

from .conftest import KURSK, RESOURCES, SCARE

STUDY = load_study(KURSK, RESOURCES / "framing.yml", SCARE)
STOP = text.load_stopwords([PACKAGE_RESOURCES / "de" / "stopwords.txt"])


@pytest.fixture(scope="module")
def corpus(seeds):
    meta = read_study_yaml(KURSK)
    articles = event_flags(seeds.articles, event_of(meta), camps_of(meta))
    passages = seeds.passages[seeds.passages["in_language"]]
    settings = AttributeSettings(SCARE, STUDY.lexicon, STUDY.gazetteer)
    voices = analyse_chunk(list(passages.groupby("article_id", sort=True)), settings)[0]
    return articles, passages, voices


def _run(corpus, size, executor):
    articles, passages, voices = corpus
    settings = passes.PassSettings(
        STUDY.targets, STUDY.lexicon, STUDY.naming_pairs, SCARE, STOP, frozenset()
    )
    frames = [g for _, g in passages.groupby("article_id", sort=True)]
    chunks = passes.pass_chunks(iter(frames), iter([voices]), articles, size)
    return passes.run_pass(chunks, settings, executor)


@pytest.mark.parametrize("size", [1, 2, 50])
def test_pass_equals_the_whole_corpus_functions(corpus, size):
    articles, passages, voices = corpus
    found = _run(corpus, size, SerialExecutor())
    spans = spans_by_article(voices, passages, SCARE)
    inside = fit.event_passages(passages, articles)
    mentioned = fit.mention_table(passages, STUDY.targets)
    expected = stance.stance_table(
        passages[inside], STUDY.targets, STUDY.lexicon, spans, mentioned[inside]
    )
    pd.testing.assert_frame_equal(found.stance, expected)
    pd.testing.assert_frame_equal(
        fit.fit_from_counts(found.fit, STUDY.targets, 0.02),
        fit.target_fit(passages, articles, STUDY.targets, 0.02, mentioned),
    )
    camps = sorted(articles["camp"].unique())
    pd.testing.assert_frame_equal(
        naming.naming_counts_table(found.names, STUDY.naming_pairs, camps),
        naming.naming_table(passages, articles, STUDY.naming_pairs, spans),
    )
    docs = passages.merge(articles[["id", "camp"]], left_on="article_id", right_on="id")
    pd.testing.assert_frame_equal(
        keyness.keyness_from_counts(found.keyness, 100.0, 10),
        keyness.keyness_table(docs, "camp", STOP, 100.0, 10),
    )
    assert len(found.stance) > 0 and found.names["n"].sum() > 0


def test_names_and_keyness_count_only_the_analysed_articles(corpus):
    """An article outside the scope (here: not about the event) adds no name and no word."""
    articles, passages, voices = corpus
    left_out = sorted(articles["id"])[0]
    narrowed = articles.assign(about_event=articles["about_event"] & (articles["id"] != left_out))
    found = _run((narrowed, passages, voices), 2, SerialExecutor())
    assert left_out not in set(found.keyness.ids)
    kept = passages[passages["article_id"] != left_out]
    spans = spans_by_article(voices, kept, SCARE)
    camps = sorted(articles["camp"].unique())
    pd.testing.assert_frame_equal(
        naming.naming_counts_table(found.names, STUDY.naming_pairs, camps),
        naming.naming_table(kept, narrowed, STUDY.naming_pairs, spans),
    )
    everything = _run(corpus, 2, SerialExecutor())
    assert found.names["n"].sum() < everything.names["n"].sum()


def test_pass_in_worker_processes_equals_serial(corpus):
    serial = _run(corpus, 1, SerialExecutor())
    with make_executor("processes", 2) as ex:
        parallel = _run(corpus, 1, ex)
    pd.testing.assert_frame_equal(serial.stance, parallel.stance)
    pd.testing.assert_frame_equal(serial.names, parallel.names)
    assert (serial.keyness.X != parallel.keyness.X).nnz == 0


def test_align_articles_pairs_each_frame_with_its_articles_rows():
    left = [pd.DataFrame({"article_id": ["a", "b"]}), pd.DataFrame({"article_id": ["d"]})]
    right = [
        pd.DataFrame({"article_id": ["a", "a"], "x": [1, 2]}),
        pd.DataFrame({"article_id": ["c", "d"], "x": [3, 4]}),
    ]
    pairs = list(passes.align_articles(iter(left), iter(right)))
    assert [list(r["x"]) for _, r in pairs] == [[1, 2], [4]]
