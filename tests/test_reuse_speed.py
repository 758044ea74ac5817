"""The fast paths of the reuse search give exactly what their plain definitions give."""

import numpy as np
import pandas as pd
import pytest

from framelab import config
from framelab.analysis import reuse

REUSE = config.load().reuse


def _top_by_lexsort(rows, partners, counts, cap):
    """The definition: per row, sort by shared bands (descending), then partner; keep ``cap``."""
    keep = np.zeros(len(rows), dtype=bool)
    order = np.lexsort((partners, -counts, rows))
    r = rows[order]
    keep[order[np.arange(len(order)) - np.searchsorted(r, r, side="left") < cap]] = True
    return keep


@pytest.mark.parametrize("seed", range(40))
def test_top_partners_per_row_are_those_of_the_sorted_definition(seed):
    rng = np.random.default_rng(seed)
    n_rows, n_partners = int(rng.integers(1, 30)), int(rng.integers(1, 300))
    codes = np.unique(rng.integers(0, n_rows * n_partners, int(rng.integers(1, 3000))))
    rows, partners = codes // n_partners, codes % n_partners
    counts = rng.integers(1, int(rng.integers(2, 34)), len(codes))
    cap = int(rng.integers(1, 60))
    fast = reuse._top_per_row(rows, partners, counts, cap)
    np.testing.assert_array_equal(fast, _top_by_lexsort(rows, partners, counts, cap))
    assert (np.bincount(rows[fast]) <= cap).all()


def test_top_partners_keep_the_most_shared_bands_then_the_lowest_partner():
    rows = np.array([0, 0, 0, 0, 1, 1])
    partners = np.array([3, 5, 7, 9, 2, 4])
    counts = np.array([1, 4, 4, 2, 1, 1])
    kept = reuse._top_per_row(rows, partners, counts, 2)
    assert partners[kept].tolist() == [5, 7, 2, 4]  # row 0: the two with 4 bands
    kept = reuse._top_per_row(rows, partners, counts, 3)
    assert partners[kept].tolist() == [5, 7, 9, 2, 4]
    assert reuse._top_per_row(rows[:0], partners[:0], counts[:0], 3).tolist() == []


def test_bucket_bounds_are_the_runs_of_equal_sorted_keys():
    keys = np.array([2, 2, 5, 7, 7, 7, 9], dtype=np.uint64)
    starts, stops = reuse._bucket_bounds(keys)
    assert starts.tolist() == [0, 0, 2, 3, 3, 3, 6]
    assert stops.tolist() == [2, 2, 3, 6, 6, 6, 7]


def test_band_index_finds_each_query_bucket_without_a_search():
    rng = np.random.default_rng(2)
    keys = rng.integers(0, 6, size=(3, 50)).astype(np.uint64)
    index = reuse.BandIndex.build(keys, seed=1)
    for j in range(3):
        sorted_keys = keys[j, index.orders[j]]
        np.testing.assert_array_equal(index.places[j, index.orders[j]], np.arange(50))
        left = np.searchsorted(sorted_keys, sorted_keys, side="left")
        right = np.searchsorted(sorted_keys, sorted_keys, side="right")
        np.testing.assert_array_equal(index.starts[j], left)
        np.testing.assert_array_equal(index.stops[j], right)


def test_sorted_unique_counts_like_numpy_unique():
    values = np.random.default_rng(3).integers(0, 1000, 5000)
    uniq, counts = reuse._sorted_unique(values)
    expected, expected_counts = np.unique(values, return_counts=True)
    np.testing.assert_array_equal(uniq, expected)
    np.testing.assert_array_equal(counts, expected_counts)
    assert reuse._sorted_unique(values[:0])[0].tolist() == []


def test_pairs_in_table_order_sort_by_article_pair_then_passages():
    rng = np.random.default_rng(5)
    art = np.sort(rng.integers(0, 40, 200)).astype(np.int32)
    n = len(art)
    i, j = rng.integers(0, n, 3000), rng.integers(0, n, 3000)
    codes = np.unique(np.minimum(i, j) * n + np.maximum(i, j))
    pairs = reuse._in_table_order(codes, n, art)
    a, b = codes // n, codes % n
    expected = np.lexsort((b, a, art[b], art[a]))
    np.testing.assert_array_equal(pairs, np.stack([a, b], axis=1)[expected])


@pytest.mark.parametrize("by", [reuse.TOP_ORDER, reuse.TOP_ARTICLE_ORDER])
def test_rows_that_could_be_top_hold_the_top_rows(by):
    rng = np.random.default_rng(6)
    m = 400
    df = pd.DataFrame(
        {
            "article_a": [f"a{v}" for v in rng.integers(0, 50, m)],
            "article_b": [f"b{v}" for v in rng.integers(0, 50, m)],
            "position_a": rng.integers(0, 5, m),
            "position_b": rng.integers(0, 5, m),
            "containment": rng.choice([0.5, 1.0], m),
            "mean_containment": rng.choice([0.5, 1.0], m),
            "shared_shingles": rng.integers(5, 8, m),
            "share_a": rng.choice([0.25, 1.0], m),
            "share_b": rng.choice([0.25, 1.0], m),
        }
    ).drop_duplicates(by[-4:] if by is reuse.TOP_ORDER else by[-2:], ignore_index=True)
    mask = reuse._could_be_top(df, 10, by)
    assert 10 <= mask.sum() < len(df)
    pd.testing.assert_frame_equal(reuse._top(df[mask], 10, by), reuse._top(df, 10, by))


def test_article_pairs_and_lineage_from_codes_equal_those_from_the_ids():
    """The stage's coded stream gives the same article pairs as :func:`article_reuse` on the
    passage pairs, and the same totals as the totals looked up by article id."""
    rng = np.random.default_rng(4)
    text = "Nach Angaben des Generalstabs haben Soldaten an der Befreiung der Region teilgenommen"
    base = [f"{text} Variante {i} mit eigenen Worten am Ende" for i in range(4)]
    rows = [
        dict(article_id=f"x{a:02d}", position=p, text=base[int(rng.integers(4))])
        for a in range(16)
        for p in range(3)
    ]
    passages = pd.DataFrame(rows)
    p = config.pick(reuse.ReuseParams, REUSE, chunk=1, max_candidates=50, window=64)
    chunks = list(reuse.coded_reuse(passages, p))
    pairs = pd.concat([c[0] for c in chunks], ignore_index=True)
    by_article = pd.concat([c[1] for c in chunks if len(c[1])], ignore_index=True)
    assert len(chunks) > 2 and len(by_article) > 50
    pd.testing.assert_frame_equal(by_article, reuse.article_reuse(pairs, passages))
    ids, a, b = chunks[0][2]
    assert [ids[a[0]], ids[b[0]]] == chunks[0][1][["article_a", "article_b"]].iloc[0].tolist()
    outlets = pd.Series(["dpa", "APA", "TASS"] * 5 + ["RT"], index=sorted(set(passages.article_id)))
    coded, plain = (reuse.ReuseTotals(5, {"outlet": outlets}) for _ in range(2))
    for pairs_chunk, article_chunk, articles in chunks:
        coded.add(pairs_chunk, article_chunk, articles)
        plain.add(pairs_chunk, article_chunk)
    pd.testing.assert_frame_equal(coded.lineage("outlet"), plain.lineage("outlet"))
    assert coded.lineage("outlet")["article_pairs"].sum() == len(by_article)
