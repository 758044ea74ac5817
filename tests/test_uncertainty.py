import numpy as np
import pandas as pd

from framelab.uncertainty import cluster_bootstrap

SHARES = pd.DataFrame(
    {
        "article_id": ["a1", "a1", "a2", "a2", "a3", "a3", "b1", "b1"],
        "topic": [1, 2] * 4,
        "share": [0.0, 1.0, 0.0, 1.0, 1.0, 0.0, 0.5, 0.5],
    }
)
GROUPS = pd.DataFrame({"id": ["a1", "a2", "a3", "b1"], "camp": ["x", "x", "x", "y"]})


def test_bootstrap_resamples_whole_articles():
    table, reps = cluster_bootstrap(SHARES, GROUPS, n_boot=500, seed=1, return_replicates=True)
    # the mean of three resampled articles with shares 0, 0, 1 can only be k/3
    values = set(np.round(reps[1].to_numpy(), 9))
    assert values <= {0.0, round(1 / 3, 9), round(2 / 3, 9), 1.0}
    assert len(values) >= 3
    x1 = table[(table.camp == "x") & (table.topic == 1)].iloc[0]
    assert x1["mean"] == 1 / 3 and x1["lower"] == 0.0 and x1["upper"] in (2 / 3, 1.0)


def test_bootstrap_is_reproducible_for_a_seed():
    a = cluster_bootstrap(SHARES, GROUPS, n_boot=200, seed=7)
    b = cluster_bootstrap(SHARES, GROUPS, n_boot=200, seed=7)
    pd.testing.assert_frame_equal(a, b)


def test_no_interval_for_groups_with_fewer_than_three_articles():
    table = cluster_bootstrap(SHARES, GROUPS, n_boot=100, seed=0)
    y = table[table.camp == "y"]
    assert not y["estimable"].any()
    assert y["lower"].isna().all() and y["upper"].isna().all()
    assert y["mean"].tolist() == [0.5, 0.5] and (y["n_articles"] == 1).all()
    assert table[table.camp == "x"]["estimable"].all()
