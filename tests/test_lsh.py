"""LSH banding: the same bands and rows as datasketch's optimiser, without scipy."""

from __future__ import annotations

import pytest

from framelab.analysis.lsh import lsh_bands


@pytest.mark.parametrize("num_perm", [64, 128])
@pytest.mark.parametrize("threshold", [0.05, 0.1, 0.3, 0.5, 0.65, 0.8, 0.97])
def test_lsh_bands_match_datasketch(threshold, num_perm):
    lsh = pytest.importorskip("datasketch.lsh", reason="datasketch (dev extra) is the reference")
    assert lsh_bands(threshold, num_perm) == lsh._optimal_param(threshold, num_perm, 0.5, 0.5)


def test_a_higher_threshold_takes_longer_bands():
    low, high = lsh_bands(0.05, 128), lsh_bands(0.8, 128)
    assert low[1] == 1 and high[1] > 1  # one row per band lets weak similarities collide
    assert high[0] * high[1] <= 128
