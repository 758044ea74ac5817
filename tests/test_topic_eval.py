import math

import numpy as np
import pandas as pd
import pytest
from scipy.sparse import csr_matrix

from framelab import config
from framelab.topics import evaluate as topic_eval


def test_npmi_matches_hand_computation():
    # documents: {a,b} {a,b} {a,c} {c}; columns a, b, c
    X = csr_matrix(np.array([[1, 1, 0], [1, 1, 0], [1, 0, 1], [0, 0, 1]]))
    ab = math.log(0.5 / (0.75 * 0.5)) / -math.log(0.5)  # 0.415037
    ac = math.log(0.25 / (0.75 * 0.5)) / -math.log(0.25)  # -0.292481
    bc = -1.0  # never together
    assert topic_eval.npmi_coherence([[0, 1]], X) == [pytest.approx(ab)]
    assert topic_eval.npmi_coherence([[0, 1, 2]], X) == [pytest.approx((ab + ac + bc) / 3)]


def test_npmi_pair_edge_cases():
    assert topic_eval.npmi_pair(10, 3, 4, 0) == -1.0
    assert topic_eval.npmi_pair(5, 5, 5, 5) == 1.0
    assert topic_eval.npmi_pair(4, 2, 2, 2) == pytest.approx(1.0)  # always together


def test_diversity():
    assert topic_eval.diversity([[1, 2, 3], [3, 4, 5]]) == pytest.approx(5 / 6)
    assert topic_eval.diversity([[1, 2], [1, 2]]) == 0.5


def test_stability_on_known_sets():
    run1 = [{"a", "b"}, {"c", "d"}]
    run2 = [{"c", "d"}, {"a", "b"}]  # same topics, other order
    run3 = [{"a", "c"}, {"b", "d"}]  # every match has Jaccard 1/3
    assert topic_eval.matched_jaccard(run1, run2) == 1.0
    assert topic_eval.matched_jaccard(run1, run3) == pytest.approx(1 / 3)
    assert topic_eval.stability([run1, run2, run3]) == pytest.approx((1 + 1 / 3 + 1 / 3) / 3)


def test_choose_k_rule():
    table = pd.DataFrame(
        {"k": [2, 3, 4, 5], "npmi": [0.1, 0.4, 0.4, 0.5], "stability": [0.9, 0.8, 0.7, 0.3]}
    )
    assert topic_eval.choose_k(table, 0.6) == (3, "highest NPMI among K with stability ≥ 0.6")
    k, rule = topic_eval.choose_k(table, 0.95)
    assert k == 2 and rule == "the most stable K; none reached stability 0.95"
    assert topic_eval.resolve_k(6, table, 0.6) == (6, "fixed by topics.k")
    assert topic_eval.resolve_k("auto", table, 0.6)[0] == 3


def test_subsample_is_seeded_and_sorted():
    a = topic_eval.subsample_rows(20, 0.8, 1)
    assert len(a) == 16 and list(a) == sorted(a)
    assert list(a) == list(topic_eval.subsample_rows(20, 0.8, 1))
    assert list(a) != list(topic_eval.subsample_rows(20, 0.8, 2))
    assert list(topic_eval.subsample_rows(5, 1.0, 3)) == [0, 1, 2, 3, 4]


def _themes(n_per: int = 12):
    themes = [
        "soldat front kursk kampf armee",
        "vertrag beistand abkommen pakt bündnis",
        "tourist urlaub reise hotel strand",
    ]
    rng = np.random.default_rng(0)
    docs = []
    for i in range(n_per * 3):
        words = themes[i % 3].split()
        docs.append(" ".join(rng.choice(words, size=6)))
    from framelab.topics import model as topics

    params = topics.VectorParams(1, 1.0, False, False, True, True, "tfidf", 1.2, 0.75)
    return topics.vectorize(docs, "nmf", frozenset(), params)


def test_sweep_on_a_sample_has_sample_size_and_same_result_for_any_executor():
    from framelab.runtime.executor import SerialExecutor

    X, _ = _themes()
    full = topic_eval.sweep(X, [2, 3], "nmf", [0, 1, 2])
    assert full["n_units"].tolist() == [36, 36]
    assert full.drop(columns="n_units").equals(
        pd.DataFrame([topic_eval.evaluate_k(X, k, "nmf", [0, 1, 2]) for k in (2, 3)]).drop(
            columns="n_units"
        )
    )
    sampled = topic_eval.sweep(X, [2, 3], "nmf", [0, 1, 2], max_units=20)
    again = topic_eval.sweep(
        X, [2, 3], "nmf", [0, 1, 2], max_units=20, executor=SerialExecutor(batch_size=4)
    )
    assert sampled["n_units"].tolist() == [20, 20]
    pd.testing.assert_frame_equal(sampled, again)


def test_select_model_picks_three_themes_and_returns_the_fitted_model():
    X, vocab = _themes()
    params = config.pick(
        topic_eval.SelectionParams,
        config.load().topics,
        k=3,
        k_min=2,
        k_max=4,
        seed=0,
        n_seeds=3,
        sweep_max_units=30,
    )
    sel = topic_eval.select_model(X, params)
    assert (sel.k, sel.k_rule) == (3, "fixed by topics.k")
    assert sel.sweep["k"].tolist() == [2, 3, 4] and (sel.sweep["n_units"] == 30).all()
    tops = [{vocab[i] for i in ids[:5]} for ids in topic_eval.top_ids(sel.model, 5)]
    assert sorted(map(sorted, tops)) == [  # simplemma's lemmas of the three themes
        ["abkommen", "beistehen", "bündnis", "pakt", "vertragen"],
        ["armee", "fronen", "kampf", "kursk", "soldat"],
        ["hotel", "reisen", "stranden", "tourist", "urlauben"],
    ]
    assert sel.quality["stability"] == float(sel.sweep.set_index("k").loc[3, "stability"])
    assert sel.quality["minibatch"] is False and sel.model.components_.shape[0] == 3


def test_a_small_sweep_runs_in_process_and_a_large_one_on_workers_with_the_same_table(
    monkeypatch,
):
    from framelab.runtime.executor import AutoExecutor, SerialExecutor

    X, _ = _themes()
    params = config.pick(
        topic_eval.SelectionParams,
        config.load().topics,
        k="auto",
        k_min=2,
        k_max=4,
        seed=0,
        n_seeds=2,
        sweep_max_units=30,
    )
    assert isinstance(topic_eval.sweep_executor(X, params), SerialExecutor)
    in_process = topic_eval.select_model(X, params)
    monkeypatch.setattr(topic_eval, "SERIAL_SWEEP_WORK", 0)
    monkeypatch.setenv("FRAMELAB_WORKERS", "2")
    with topic_eval.sweep_executor(X, params) as spread:
        assert isinstance(spread, AutoExecutor) and spread.workers == 2
    on_workers = topic_eval.select_model(X, params)
    pd.testing.assert_frame_equal(in_process.sweep, on_workers.sweep)
    assert in_process.k == on_workers.k
