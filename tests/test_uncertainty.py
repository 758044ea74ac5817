import numpy as np
import pandas as pd
import pytest

from framelab.analysis.uncertainty import BootstrapParams, bootstrap_replicates, cluster_bootstrap

SHARES = pd.DataFrame(
    {
        "article_id": ["a1", "a1", "a2", "a2", "a3", "a3", "b1", "b1"],
        "topic": [1, 2] * 4,
        "share": [0.0, 1.0, 0.0, 1.0, 1.0, 0.0, 0.5, 0.5],
    }
)
GROUPS = pd.DataFrame({"id": ["a1", "a2", "a3", "b1"], "camp": ["x", "x", "x", "y"]})
FEW = BootstrapParams(n_boot=500, seed=1, min_clusters=3)


def test_bootstrap_resamples_whole_articles():
    reps = bootstrap_replicates(SHARES, GROUPS, params=FEW)
    # the mean of three resampled articles with shares 0, 0, 1 can only be k/3
    values = set(np.round(reps[1].to_numpy(), 9))
    assert values <= {0.0, round(1 / 3, 9), round(2 / 3, 9), 1.0}
    assert len(values) >= 3
    assert len(reps) == 500 and set(reps["camp"]) == {"x"}
    table = cluster_bootstrap(SHARES, GROUPS, params=FEW)
    x1 = table[(table.camp == "x") & (table.topic == 1)].iloc[0]
    assert x1["mean"] == 1 / 3 and x1["lower"] == 0.0 and x1["upper"] in (2 / 3, 1.0)
    assert x1["interval"] == "percentile"


def test_bootstrap_is_reproducible_for_a_seed():
    a = cluster_bootstrap(SHARES, GROUPS, n_boot=200, seed=7, min_clusters=3)
    b = cluster_bootstrap(SHARES, GROUPS, n_boot=200, seed=7, min_clusters=3)
    pd.testing.assert_frame_equal(a, b)


def test_small_groups_get_a_labelled_range_not_an_interval():
    table = cluster_bootstrap(SHARES, GROUPS, n_boot=100, seed=0)  # default: 10 clusters
    assert not table["estimable"].any() and (table["interval"] == "range").all()
    assert table["lower"].isna().all() and table["upper"].isna().all()
    x1 = table[(table.camp == "x") & (table.topic == 1)].iloc[0]
    assert (x1["min"], x1["max"], x1["n_articles"]) == (0.0, 1.0, 3)
    y = table[table.camp == "y"]
    assert y["mean"].tolist() == [0.5, 0.5] and (y["n_articles"] == 1).all()
    assert y["min"].tolist() == [0.5, 0.5] and y["max"].tolist() == [0.5, 0.5]


def test_missing_values_are_left_out_of_each_replicate_mean():
    shares = pd.DataFrame(
        {"article_id": [f"a{i}" for i in range(12)], "topic": 1, "share": [np.nan] + [0.5] * 11}
    )
    groups = pd.DataFrame({"id": shares["article_id"], "camp": "x"})
    table = cluster_bootstrap(shares, groups, n_boot=300, seed=3)
    row = table.iloc[0]
    assert row["estimable"] and row["mean"] == 0.5
    assert row["lower"] == pytest.approx(0.5) and row["upper"] == pytest.approx(0.5)


def test_large_group_interval_covers_the_mean_and_is_narrower_than_the_range():
    rng = np.random.default_rng(0)
    n = 400
    shares = pd.DataFrame({"article_id": [f"a{i:03d}" for i in range(n)], "topic": 1})
    shares["share"] = rng.uniform(0, 1, n)
    groups = pd.DataFrame({"id": shares["article_id"], "camp": "x"})
    row = cluster_bootstrap(shares, groups, n_boot=1000, seed=5).iloc[0]
    assert row["lower"] < row["mean"] < row["upper"]
    # standard error of a mean of 400 uniforms is about 0.0144: the 95 % interval is ~0.057 wide
    assert 0.04 < row["upper"] - row["lower"] < 0.075
    assert row["min"] < row["lower"] and row["max"] > row["upper"]
