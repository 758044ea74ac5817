"""Intervals: dependence clusters, interval/range/single, pooled shares, bounded memory."""

import numpy as np
import pandas as pd
import pytest

from framelab.analysis import uncertainty

PAIRS = pd.DataFrame(
    {
        "article_a": ["000", "002"],
        "article_b": ["001", "004"],
        "share_a": [0.1, 0.4],
        "share_b": [0.11, 0.22],
    }
)


def test_dependent_articles_form_one_cluster():
    clusters = uncertainty.dependence_clusters(["000", "001", "002", "004"], PAIRS, 0.25)
    assert clusters == {"000": "000", "001": "001", "002": "002", "004": "002"}
    assert uncertainty.dependent_groups(clusters) == [["002", "004"]]


def test_few_clusters_give_ranges_not_intervals():
    values = pd.DataFrame(
        {
            "article_id": ["001", "002", "004", "000"],
            "camp": ["w", "w", "w", "r"],
            "item": ["T1"] * 4,
            "value": [0.26, 0.0, 0.2, 0.5],
        }
    )
    clusters = {"000": "000", "001": "001", "002": "002", "004": "002"}
    out = uncertainty.summarise(values, clusters, 10, 2000, 0, 0.95).set_index("camp")
    assert out.loc["w", "kind"] == "range" and out.loc["w", "n_clusters"] == 2
    assert out.loc["w", "lo"] == pytest.approx(0.1) and out.loc["w", "hi"] == pytest.approx(0.26)
    assert out.loc["w", "centre"] == pytest.approx(0.18)
    assert out.loc["r", "kind"] == "single"


def test_enough_clusters_give_an_interval_inside_the_range():
    values = pd.DataFrame(
        {
            "article_id": [f"a{i}" for i in range(12)],
            "camp": "c",
            "item": "T",
            "value": [i / 11 for i in range(12)],
        }
    )
    out = uncertainty.summarise(
        values, {f"a{i}": f"a{i}" for i in range(12)}, 10, 2000, 0, 0.95
    ).iloc[0]
    assert out["kind"] == "interval" and 0 < out["lo"] < 0.5 < out["hi"] < 1


def test_a_pooled_share_gets_a_cluster_bootstrap_interval_around_it():
    lo, hi = uncertainty.ratio_interval(np.array([1, 0] * 10), np.array([1, 1] * 10), 2000, 0, 0.95)
    assert 0.2 < lo < 0.5 < hi < 0.8
    assert uncertainty.ratio_interval(np.ones(12), np.ones(12), 500, 0, 0.95) == (1.0, 1.0)
    same = uncertainty.ratio_interval(np.array([1, 0] * 10), np.array([1, 1] * 10), 2000, 0, 0.95)
    assert same == (lo, hi)  # seeded


def _twelve() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "article_id": [f"a{i:02d}" for i in range(12)],
            "camp": "c",
            "item": "T",
            "value": [i / 11 for i in range(12)],
        }
    )


def test_the_block_size_bounds_memory_and_does_not_change_the_draws(monkeypatch):
    values, clusters = _twelve(), {f"a{i:02d}": f"a{i:02d}" for i in range(12)}
    whole = uncertainty.summarise(values, clusters, 10, 2000, 3, 0.95)
    blocks = []
    real = uncertainty.draw_counts

    def recorded(n, n_boot, rng):
        for block in real(n, n_boot, rng):
            blocks.append(block.size)
            yield block

    monkeypatch.setattr(uncertainty, "BLOCK_CELLS", 12 * 7)  # seven replicates per block
    monkeypatch.setattr(uncertainty, "draw_counts", recorded)
    small = uncertainty.summarise(values, clusters, 10, 2000, 3, 0.95)
    assert max(blocks) == 12 * 7 and sum(blocks) == 12 * 2000
    pd.testing.assert_frame_equal(small, whole)


def test_a_replicate_mean_is_the_mean_of_the_drawn_clusters():
    rng = np.random.default_rng(0)
    [counts] = list(uncertainty.draw_counts(4, 3, np.random.default_rng(0)))
    v = np.array([0.0, 1.0, 2.0, 3.0])
    means = uncertainty.replicate_means(v, 3, rng)
    assert counts.sum(axis=1).tolist() == [4, 4, 4]
    assert means.tolist() == pytest.approx((counts @ v / 4).tolist())


def test_article_ranges_give_each_camps_mean_and_range_without_an_interval():
    values = pd.DataFrame(
        {
            "article_id": ["a", "b", "c", "a", "b", "c"],
            "topic": [1, 1, 1, 2, 2, 2],
            "share": [0.2, 0.4, 0.9, 0.8, 0.6, 0.1],
        }
    )
    groups = pd.DataFrame({"id": ["a", "b", "c"], "camp": ["x", "x", "y"]})
    out = uncertainty.article_ranges(values, groups)
    assert out.columns.tolist() == ["camp", "topic", "centre", "lo", "hi", "kind", "n_articles"]
    assert out.values.tolist() == [
        ["x", 1, pytest.approx(0.3), 0.2, 0.4, "range", 2],
        ["x", 2, pytest.approx(0.7), 0.6, 0.8, "range", 2],
        ["y", 1, 0.9, 0.9, 0.9, "single", 1],
        ["y", 2, 0.1, 0.1, 0.1, "single", 1],
    ]
