"""Stable partitions of a corpus and chunked Parquet I/O.

* :func:`stable_bucket` hashes an id with BLAKE2b (not Python's salted ``hash``), so an article
  lands in the same partition on every machine and run; :func:`chunks` cuts a sorted id list.
* :class:`ParquetChunkWriter` appends one row group per chunk with a fixed schema; rows are sorted
  within a chunk and chunks must arrive in key order, so the file is the same for any chunking.
* :func:`iter_chunks` reads row groups (or fixed-size batches) with selected columns only: peak
  memory follows the chunk size, not the corpus size.
"""

from __future__ import annotations

import hashlib
import heapq
import os
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq


def stable_bucket(key: str, n_buckets: int) -> int:
    """Partition number in ``[0, n_buckets)`` of ``key``; the same everywhere, every time."""
    digest = hashlib.blake2b(str(key).encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(digest, "big") % n_buckets


def partition_ids(ids: Iterable[str], n_buckets: int) -> list[list[str]]:
    """Ids split into ``n_buckets`` hash partitions, each sorted."""
    parts: list[list[str]] = [[] for _ in range(n_buckets)]
    for key in ids:
        parts[stable_bucket(key, n_buckets)].append(key)
    return [sorted(p) for p in parts]


def chunks(ids: Iterable, size: int) -> list[list]:
    """Sorted ids cut into consecutive chunks of at most ``size``."""
    ordered = sorted(ids)
    return [ordered[i : i + size] for i in range(0, len(ordered), max(1, size))]


class ParquetChunkWriter:
    """Append chunks (DataFrames) to one Parquet file as row groups, with a fixed schema.

    Each chunk is sorted by ``sort_by`` (``presorted``: the producer guarantees the order within
    a chunk, so only the boundaries are checked); a chunk whose first key sorts before the
    previous chunk's last key is refused, so the file is globally sorted. The file is written
    under a temporary name and renamed on a clean :meth:`close` (a failed run leaves no partial
    file).
    """

    def __init__(
        self,
        path: str | Path,
        schema: pa.Schema,
        sort_by: Sequence[str],
        presorted: bool = False,
    ):
        self.path = Path(path)
        self.schema = schema
        self.sort_by = list(sort_by)
        self.presorted = presorted
        self.rows = 0
        self._last: tuple | None = None
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._tmp = self.path.with_name(f".{self.path.name}.{os.getpid()}.tmp")
        self._writer = pq.ParquetWriter(self._tmp, schema, compression="zstd")

    def write(self, df: pd.DataFrame) -> None:
        """Append one chunk (sorted here; must not sort before the previous chunk)."""
        if df.empty:
            return
        if not self.presorted:
            df = df.sort_values(self.sort_by, kind="stable", ignore_index=True)
        first = tuple(df[self.sort_by].iloc[0])
        if self._last is not None and first < self._last:
            raise ValueError(f"chunk starting at {first} sorts before the previous chunk")
        self._last = tuple(df[self.sort_by].iloc[-1])
        table = pa.Table.from_pandas(
            df[self.schema.names], schema=self.schema, preserve_index=False
        )
        self._writer.write_table(table)
        self.rows += len(df)

    def close(self) -> None:
        self._writer.close()
        os.replace(self._tmp, self.path)

    def abort(self) -> None:
        self._writer.close()
        self._tmp.unlink(missing_ok=True)

    def __enter__(self):
        return self

    def __exit__(self, exc_type, *exc) -> None:
        if exc_type is None:
            self.close()
        else:
            self.abort()


def write_chunks(
    path: str | Path, frames: Iterable[pd.DataFrame], schema: pa.Schema, sort_by: Sequence[str]
) -> int:
    """Write DataFrames as consecutive row groups of one file; returns the number of rows."""
    with ParquetChunkWriter(path, schema, sort_by) as writer:
        for df in frames:
            writer.write(df)
    return writer.rows


def iter_chunks(
    path: str | Path, columns: Sequence[str] | None = None, batch_size: int | None = None
) -> Iterator[pd.DataFrame]:
    """The file's rows as DataFrames: one per row group, or per ``batch_size`` rows."""
    pf = pq.ParquetFile(path)
    cols = list(columns) if columns is not None else None
    if batch_size is None:
        for i in range(pf.num_row_groups):
            yield pf.read_row_group(i, columns=cols).to_pandas()
        return
    for batch in pf.iter_batches(batch_size=batch_size, columns=cols):
        yield batch.to_pandas()


def iter_articles(
    path: str | Path,
    columns: Sequence[str] | None = None,
    batch_rows: int = 50_000,
    key: str = "article_id",
) -> Iterator[pd.DataFrame]:
    """Rows of a Parquet file sorted by ``key``, in frames of whole articles: an article's rows
    are never split between frames, and memory follows ``batch_rows``, not the file."""
    cols = list(columns) if columns is not None else None
    carry: pd.DataFrame | None = None
    for batch in pq.ParquetFile(path).iter_batches(batch_size=batch_rows, columns=cols):
        df = batch.to_pandas()
        if carry is not None:
            df = pd.concat([carry, df], ignore_index=True)
        tail = df[key].eq(df[key].iloc[-1])  # the last article may continue in the next batch
        carry, df = df[tail], df[~tail]
        _check_sorted(df, key, path)
        if len(df):
            yield df
    if carry is not None and len(carry):
        yield carry


def _check_sorted(df: pd.DataFrame, key: str, path) -> None:
    if not df[key].is_monotonic_increasing:
        raise ValueError(f"{path}: rows are not sorted by {key}")


def article_groups(frames: Iterable[pd.DataFrame], size: int, key: str = "article_id"):
    """Lists of at most ``size`` ``(article_id, rows)`` pairs, in order, from article frames."""
    chunk: list = []
    for df in frames:
        for article_id, group in df.groupby(key, sort=True):
            chunk.append((article_id, group))
            if len(chunk) == size:
                yield chunk
                chunk = []
    if chunk:
        yield chunk


def arrow_schema(columns: Sequence[str], ints: Iterable[str] = (), bools: Iterable[str] = ()):
    """A Parquet schema: ``ints`` as int64, ``bools`` as bool, every other column a string."""
    ints, bools = set(ints), set(bools)
    kind = {
        c: pa.int64() if c in ints else pa.bool_() if c in bools else pa.large_string()
        for c in columns
    }
    return pa.schema([(c, kind[c]) for c in columns])


def merge_runs(
    runs: Sequence[str | Path],
    out: str | Path,
    key: str = "article_id",
    drop: frozenset = frozenset(),
    batch_rows: int = 5_000,
) -> int:
    """Merge sorted run files (disjoint sets of whole articles, each sorted by ``key``) into one
    file sorted by ``key``, leaving out the articles in ``drop``; returns the number of rows.
    Memory follows ``batch_rows`` times the number of runs, not the corpus."""
    schema = unified_schema(runs)
    streams = [iter_articles(r, batch_rows=batch_rows, key=key) for r in runs]
    heads = [next(s, None) for s in streams]
    heap = [(h[key].iloc[0], i) for i, h in enumerate(heads) if h is not None]
    heapq.heapify(heap)
    rows = 0
    with pq.ParquetWriter(out, schema, compression="zstd") as writer:
        pending: list[pd.DataFrame] = []
        while heap:
            _, i = heapq.heappop(heap)
            frame = heads[i]
            take = frame[key] < heap[0][0] if heap else pd.Series(True, index=frame.index)
            pending.append(frame[take & ~frame[key].isin(drop)])
            rest = frame[~take]
            heads[i] = rest if len(rest) else next(streams[i], None)
            if heads[i] is not None:
                heapq.heappush(heap, (heads[i][key].iloc[0], i))
            if sum(len(p) for p in pending) >= batch_rows or not heap:
                rows += _flush(writer, pending, schema)
                pending = []
    return rows


def _flush(writer, frames: list[pd.DataFrame], schema) -> int:
    frames = [f for f in frames if len(f)]
    if not frames:
        return 0
    df = pd.concat(frames, ignore_index=True)
    writer.write_table(pa.Table.from_pandas(df, preserve_index=False).cast(schema))
    return len(df)


def unified_schema(paths: Sequence[str | Path]):
    """One schema for files whose columns agree but whose types may be null in some (a chunk
    where a column is empty everywhere)."""
    schemas = [pq.read_schema(p).remove_metadata() for p in paths]
    return pa.unify_schemas(schemas, promote_options="permissive")


def count_rows(path: str | Path) -> int:
    """Number of rows of a Parquet file, from its footer (nothing else is read)."""
    return pq.ParquetFile(path).metadata.num_rows


class ColumnPieces:
    """One column of a Parquet file as lists of ``size`` values, read batch by batch, keeping
    only the rows whose boolean column ``where`` is true; sized (``rows`` kept rows) for a
    progress bar. The file's rows are never all in memory."""

    def __init__(self, path: str | Path, column: str, where: str, rows: int, size: int):
        self.path, self.column, self.where = path, column, where
        self.rows, self.size = rows, size

    def __len__(self) -> int:
        return -(-self.rows // self.size)

    def __iter__(self) -> Iterator[list]:
        pending: list = []
        pf = pq.ParquetFile(self.path)
        for batch in pf.iter_batches(batch_size=self.size, columns=[self.column, self.where]):
            pending += batch.filter(batch.column(self.where)).column(self.column).to_pylist()
            while len(pending) >= self.size:
                yield pending[: self.size]
                pending = pending[self.size :]
        if pending:
            yield pending
