import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from framelab.runtime import partitions as pt

SCHEMA = pa.schema([("id", pa.string()), ("n", pa.int64())])


def test_stable_bucket_is_fixed_across_runs_and_machines():
    assert [pt.stable_bucket(k, 4) for k in ("a1", "a2", "b1")] == [
        pt.stable_bucket("a1", 4),
        pt.stable_bucket("a2", 4),
        pt.stable_bucket("b1", 4),
    ]
    parts = pt.partition_ids([f"x{i}" for i in range(100)], 3)
    assert sorted(k for p in parts for k in p) == sorted(f"x{i}" for i in range(100))
    assert all(p == sorted(p) for p in parts)
    assert pt.chunks(["c", "a", "b", "d", "e"], 2) == [["a", "b"], ["c", "d"], ["e"]]


def test_writer_sorts_chunks_appends_row_groups_and_reads_back_in_chunks(tmp_path):
    path = tmp_path / "out.parquet"
    frames = [
        pd.DataFrame({"id": ["b", "a"], "n": [2, 1]}),
        pd.DataFrame({"id": ["d", "c"], "n": [4, 3]}),
    ]
    assert pt.write_chunks(path, frames, SCHEMA, ["id"]) == 4
    assert pq.ParquetFile(path).num_row_groups == 2 and pt.count_rows(path) == 4
    chunks = list(pt.iter_chunks(path, ["id"]))
    assert [c["id"].tolist() for c in chunks] == [["a", "b"], ["c", "d"]]
    assert list(chunks[0].columns) == ["id"]
    batches = list(pt.iter_chunks(path, ["id"], batch_size=1))
    assert [b["id"].tolist() for b in batches] == [["a"], ["b"], ["c"], ["d"]]


def test_writer_refuses_an_out_of_order_chunk_and_leaves_no_file(tmp_path):
    path = tmp_path / "out.parquet"
    with pytest.raises(ValueError, match="sorts before"):
        pt.write_chunks(
            path,
            [pd.DataFrame({"id": ["m"], "n": [1]}), pd.DataFrame({"id": ["a"], "n": [2]})],
            SCHEMA,
            ["id"],
        )
    assert list(tmp_path.iterdir()) == []


def _sorted_file(tmp_path, ids):
    path = tmp_path / "p.parquet"
    pd.DataFrame({"article_id": ids, "position": range(len(ids))}).to_parquet(path, index=False)
    return path


def test_iter_articles_never_splits_an_article_and_keeps_every_row(tmp_path):
    ids = ["a", "a", "a", "b", "c", "c", "c", "c", "d"]
    frames = list(pt.iter_articles(_sorted_file(tmp_path, ids), batch_rows=2))
    assert [list(f["article_id"]) for f in frames] == [["a", "a", "a"], ["b"], ["c"] * 4, ["d"]]
    groups = list(pt.article_groups(frames, 3))
    assert [[a for a, _ in chunk] for chunk in groups] == [["a", "b", "c"], ["d"]]


def test_iter_articles_refuses_an_unsorted_file(tmp_path):
    with pytest.raises(ValueError, match="not sorted by article_id"):
        list(pt.iter_articles(_sorted_file(tmp_path, ["b", "b", "a", "c"]), batch_rows=2))
