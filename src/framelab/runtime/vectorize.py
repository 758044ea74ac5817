"""Term counting in chunks, in parallel, with the same result as one ``CountVectorizer``.

Each chunk of texts is counted on its own (through any :mod:`framelab.runtime.executor`); the
chunk vocabularies are merged into one sorted vocabulary and the columns remapped. Counts are
integers, so the merged matrix is exact and identical for any chunk size or worker count.
Document-frequency limits follow scikit-learn's ``min_df``/``max_df`` (int: count, float: share).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial
from numbers import Integral

import numpy as np
import scipy.sparse as sp

from framelab.runtime.executor import Executor, SerialExecutor

CHUNK_TEXTS = 2000


def count_chunk(texts: Sequence[str], analyzer: Callable) -> tuple[np.ndarray, sp.csr_matrix]:
    """Sorted vocabulary and document × term counts of one chunk (picklable task)."""
    vocab: dict[str, int] = {}
    indptr, indices, data = [0], [], []
    for doc in texts:
        counts: dict[int, int] = {}
        for term in analyzer(doc):
            j = vocab.setdefault(term, len(vocab))
            counts[j] = counts.get(j, 0) + 1
        indices.extend(counts)
        data.extend(counts.values())
        indptr.append(len(indices))
    names = np.array(list(vocab), dtype=object)
    order = np.argsort(names, kind="stable") if len(names) else np.array([], dtype=np.int64)
    remap = np.empty(len(names), dtype=np.int64)
    remap[order] = np.arange(len(names))
    X = sp.csr_matrix(
        (np.array(data, dtype=np.int64), remap[np.array(indices, dtype=np.int64)], indptr),
        shape=(len(texts), len(names)),
    )
    X.sort_indices()
    return names[order], X


class CountMerger:
    """Chunk counts ``(vocabulary, matrix)`` merged as they arrive: each chunk's columns are
    mapped to a growing vocabulary at once, so the chunk vocabularies (Python strings) are not
    kept; :meth:`result` sorts the vocabulary and remaps the columns once. The result equals
    :func:`merge_counts` of all the chunks."""

    def __init__(self) -> None:
        self.index: dict[str, int] = {}
        self.blocks: list[tuple[np.ndarray, np.ndarray, np.ndarray]] = []  # data, cols, indptr

    def add(self, names: np.ndarray, X: sp.csr_matrix) -> None:
        index = self.index
        ids = np.fromiter((index.setdefault(n, len(index)) for n in names), np.int64, len(names))
        self.blocks.append((X.data.astype(np.int32), ids[X.indices].astype(np.int32), X.indptr))

    def result(self) -> tuple[sp.csr_matrix, np.ndarray]:
        """Document × term counts (CSR, int64, rows in arrival order) and the sorted vocabulary."""
        names = np.array(list(self.index), dtype=object)
        if not self.blocks:
            return sp.csr_matrix((0, 0), dtype=np.int64), names
        order = np.argsort(names, kind="stable")
        rank = np.empty(len(names), dtype=np.int32)
        rank[order] = np.arange(len(names), dtype=np.int32)
        rows = [len(indptr) - 1 for _, _, indptr in self.blocks]
        data = np.concatenate([d for d, _, _ in self.blocks]).astype(np.int64)
        cols = rank[np.concatenate([c for _, c, _ in self.blocks])]
        starts = np.cumsum([0, *(indptr[-1] for _, _, indptr in self.blocks)])
        indptr = np.concatenate(
            [[0], *(ip[1:] + s for (_, _, ip), s in zip(self.blocks, starts, strict=False))]
        )
        self.blocks = []
        X = sp.csr_matrix((data, cols, indptr), shape=(sum(rows), len(names)))
        X.sort_indices()
        return X, names[order]


def merge_counts(parts: list[tuple[np.ndarray, sp.csr_matrix]]) -> tuple[sp.csr_matrix, np.ndarray]:
    """Stack chunk counts ``(vocabulary, matrix)`` under one merged, sorted vocabulary."""
    merger = CountMerger()
    for names, X in parts:
        merger.add(names, X)
    return merger.result()


def limit_df(X: sp.csr_matrix, vocab: np.ndarray, min_df: float, max_df: float):
    """Keep terms whose document frequency lies in ``[min_df, max_df]`` (scikit-learn rules)."""
    n = X.shape[0]
    high = max_df if isinstance(max_df, Integral) else max_df * n
    low = min_df if isinstance(min_df, Integral) else min_df * n
    if high < low:
        raise ValueError("max_df corresponds to < documents than min_df")
    dfs = np.bincount(X.indices, minlength=X.shape[1])
    keep = np.flatnonzero((dfs >= low) & (dfs <= high))
    if len(keep) == 0:
        raise ValueError("After pruning, no terms remain. Try a lower min_df or a higher max_df.")
    return X[:, keep].tocsr(), vocab[keep]


def count_texts(
    texts: Sequence[str],
    analyzer: Callable,
    executor: Executor | None = None,
    chunk_size: int = CHUNK_TEXTS,
) -> tuple[sp.csr_matrix, np.ndarray]:
    """Document × term counts (CSR, int64) and the sorted vocabulary of ``texts``."""
    texts = list(texts)
    pieces = [texts[i : i + chunk_size] for i in range(0, len(texts), chunk_size)]
    executor = executor or SerialExecutor()
    merger = CountMerger()
    for names, X in executor.map(partial(count_chunk, analyzer=analyzer), pieces, desc="count"):
        merger.add(names, X)
    return merger.result()
