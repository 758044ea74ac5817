"""Text reuse between outlets, by MinHash LSH on hashed word shingles (numpy, in chunks).

Candidates come from locality-sensitive hashing (seeded, so repeatable); every
candidate pair is then scored exactly on its shingle sets: Jaccard |A∩B|/|A∪B| and containment
|A∩B|/min(|A|,|B|) (how much of the shorter text the longer one contains). The method sees shared
*wording*; a paraphrase that keeps the content but changes the words is invisible to it.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import partial
from itertools import pairwise

import numpy as np
import pandas as pd

from framelab import text as textlib
from framelab.config import ReuseConfig
from framelab.runtime.executor import SerialExecutor


def shingles(text: str, k: int) -> frozenset[str]:
    """Lower-cased word k-grams (fewer than k words: the whole text as one shingle)."""
    words = [w.lower() for w in textlib.tokenize(text)]
    if len(words) < k:
        return frozenset([" ".join(words)]) if words else frozenset()
    return frozenset(" ".join(words[i : i + k]) for i in range(len(words) - k + 1))


ARTICLE_REUSE_COLUMNS = [
    "article_a",
    "article_b",
    "passages_a",
    "passages_b",
    "share_a",
    "share_b",
    "mean_containment",
]


ARTICLE_PAIR_AGG = {  # per article pair, from its passage pairs
    "passages_a": ("position_a", "nunique"),
    "passages_b": ("position_b", "nunique"),
    "mean_containment": ("containment", "mean"),
}


def article_reuse(pairs: pd.DataFrame, passages: pd.DataFrame) -> pd.DataFrame:
    """Per article pair: how many passages of each share wording, and the mean containment."""
    return _article_reuse(pairs, passages.groupby("article_id").size())


def _article_reuse(pairs: pd.DataFrame, n: pd.Series) -> pd.DataFrame:
    """:func:`article_reuse` with the passages per article given (``n``)."""
    if pairs.empty:
        return pd.DataFrame(columns=ARTICLE_REUSE_COLUMNS)
    g = pairs.groupby(["article_a", "article_b"], as_index=False).agg(**ARTICLE_PAIR_AGG)
    g["share_a"] = g["passages_a"] / g["article_a"].map(n)
    g["share_b"] = g["passages_b"] / g["article_b"].map(n)
    return g[ARTICLE_REUSE_COLUMNS]


# --- passage reuse at scale ----------------------------------------------------------------------
# Shingles are 64-bit hashes of lower-cased word k-grams (one CSR array for all passages).
# MinHash signatures are computed in chunks with multiply-shift hashing ((a * h + b) >> 32 on
# 64 bits, a 2-universal family for 32-bit keys, no modulo, so it vectorises). LSH uses sorted
# band keys: for every passage, the candidates are the passages sharing a band bucket, at most
# ``window`` neighbours per band in a seeded order, ranked by the number of bands they share
# (the MinHash Jaccard estimate when r = 1); the best ``max_candidates`` are kept. Every
# candidate pair is then scored exactly on the hashed shingle sets. Workers return band keys,
# not signatures; the band index keeps per band only int32 orders, bucket bounds and places.
# Candidates are searched block by block (blocks never split an article) and filed under the
# block of their first passage, so each block's pairs are de-duplicated, put in table order
# and scored on their own: no global sort of all pairs. Memory grows with
# passages × (bands + shingles) plus the capped candidates, not with pairs².

_MERSENNE = np.uint64((1 << 61) - 1)
_MAX32 = np.uint64((1 << 32) - 1)
PAIR_COLUMNS = [
    "article_a",
    "position_a",
    "article_b",
    "position_b",
    "shared_shingles",
    "jaccard",
    "containment",
]


@dataclass(frozen=True)
class ReuseParams(ReuseConfig):
    """``reuse.*`` in params.yaml (``max_candidates`` caps the candidates kept per passage),
    plus ``window``, the bucket neighbours looked at on each side per band (None: as many as
    ``max_candidates``, so a passage shared by more articles than a fixed window still finds
    every partner the cap allows), and ``chunk``."""

    window: int | None = None
    chunk: int = 2000  # passages per block: bounds memory, not results

    @property
    def neighbours(self) -> int:
        return self.window or self.max_candidates


def _mix(h: np.ndarray) -> np.ndarray:
    """splitmix64 finaliser (uint64 in, uint64 out, wrapping arithmetic)."""
    h = (h ^ (h >> np.uint64(30))) * np.uint64(0xBF58476D1CE4E5B9)
    h = (h ^ (h >> np.uint64(27))) * np.uint64(0x94D049BB133111EB)
    return h ^ (h >> np.uint64(31))


def _word_hashes(words: list[str]) -> np.ndarray:
    """A 64-bit BLAKE2b hash of every word (each distinct word hashed once)."""
    cache: dict[str, int] = {}
    out = []
    for w in words:
        h = cache.get(w)
        if h is None:
            h = cache[w] = int.from_bytes(hashlib.blake2b(w.encode(), digest_size=8).digest())
        out.append(h)
    return np.array(out, dtype=np.uint64)


FNV_PRIME = np.uint64(0x100000001B3)


def _chunk_shingles(wh: np.ndarray, lengths: np.ndarray, k: int):
    """Sorted unique shingle hashes of every passage, all passages of a chunk at once:
    ``(offsets, hashes)``. ``wh``: the passages' word hashes one after another; a passage of
    ``L`` words has ``L - k + 1`` windows of ``k`` words (one window of all ``L`` if shorter),
    each hashed from ``min(k, L)`` and its words in order."""
    n_win = np.where(lengths >= k, lengths - k + 1, (lengths > 0).astype(np.int64))
    pid = np.repeat(np.arange(len(lengths)), n_win)
    pos = _ranges(np.cumsum(lengths) - lengths, n_win)
    width = np.minimum(lengths, k)[pid]
    h = width.astype(np.uint64)
    with np.errstate(over="ignore"):
        for m in range(k):
            at = np.flatnonzero(width > m)
            h[at] = _mix(h[at] * FNV_PRIME ^ wh[pos[at] + m])
    order = np.lexsort((h, pid))
    h, pid = h[order], pid[order]
    first = np.r_[True, (h[1:] != h[:-1]) | (pid[1:] != pid[:-1])]
    offsets = np.zeros(len(lengths) + 1, dtype=np.int64)
    offsets[1:] = np.cumsum(np.bincount(pid[first], minlength=len(lengths)))
    return offsets, h[first]


def shingle_chunk(texts: list[str], k: int) -> tuple[np.ndarray, np.ndarray]:
    """Hashed word k-gram sets of some texts as (offsets, hashes) (picklable task)."""
    words = [[w.lower() for w in textlib.tokenize(t)] for t in texts]
    lengths = np.fromiter(map(len, words), dtype=np.int64, count=len(words))
    wh = _word_hashes([w for ws in words for w in ws])
    return _chunk_shingles(wh, lengths, k)


def _permutations(num_perm: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    gen = np.random.RandomState(seed)
    a = gen.randint(1, int(_MERSENNE), num_perm, dtype=np.uint64)
    b = gen.randint(0, int(_MERSENNE), num_perm, dtype=np.uint64)
    return a, b


SIGNATURE_BLOCK = 2048  # shingles hashed at a time: the block's table (x num_perm) stays in cache


def signature_chunk(task: tuple) -> np.ndarray:
    """MinHash signatures (passages × num_perm, uint32) of one chunk ``(offsets, hashes,
    num_perm, seed)``; a passage without shingles gets the all-max signature.

    Passages are hashed in blocks of about :data:`SIGNATURE_BLOCK` shingles: the same values
    as hashing all at once, 10 times as fast (the full shingles × permutations table does not
    fit in the cache)."""
    offsets, hashes, num_perm, seed = task
    a, b = _permutations(num_perm, seed)
    n = len(offsets) - 1
    sig = np.full((n, num_perm), np.iinfo(np.uint32).max, dtype=np.uint32)
    keys = hashes & _MAX32
    nonempty = np.flatnonzero(np.diff(offsets) > 0)
    for rows in _signature_blocks(offsets, nonempty):
        start, stop = offsets[rows[0]], offsets[rows[-1] + 1]
        phv = keys[start:stop, None] * a  # multiply-shift hashing of 32-bit keys (wrapping)
        phv += b
        phv >>= np.uint64(32)
        sig[rows] = np.minimum.reduceat(phv.astype(np.uint32), offsets[rows] - start, axis=0)
    return sig


def _signature_blocks(offsets: np.ndarray, nonempty: np.ndarray) -> list[np.ndarray]:
    """Runs of the non-empty passages, cut where the running shingle count passes a multiple
    of :data:`SIGNATURE_BLOCK` (a longer passage is a block of its own)."""
    if not len(nonempty):
        return []
    lengths = np.diff(offsets)[nonempty]
    block = (np.cumsum(lengths) - lengths) // SIGNATURE_BLOCK
    bounds = np.flatnonzero(np.r_[True, block[1:] != block[:-1], True])
    return [nonempty[lo:hi] for lo, hi in pairwise(bounds)]


def shingle_band_chunk(texts: list[str], k: int, num_perm: int, seed: int, bands: int, rows: int):
    """``(offsets, hashes, band keys)`` of some texts: :func:`shingle_chunk`, the MinHash
    signatures, then their LSH band keys (bands × texts), in one picklable task."""
    offsets, hashes = shingle_chunk(texts, k)
    return (
        offsets,
        hashes,
        _band_keys(signature_chunk((offsets, hashes, num_perm, seed)), bands, rows),
    )


class _TextPieces:
    """The texts of ``order`` (positions in ``texts``) in pieces of ``size``, made one at a time
    (so the corpus is never held twice as Python strings); sized, for the progress bar."""

    def __init__(self, texts: pd.Series, order: np.ndarray, size: int):
        self.texts, self.order, self.size = texts, order, size

    def __len__(self) -> int:
        return -(-len(self.order) // self.size)

    def __iter__(self):
        for s in range(0, len(self.order), self.size):
            yield self.texts.iloc[self.order[s : s + self.size]].tolist()


def lsh_shape(params: ReuseParams) -> tuple[int, int]:
    """LSH bands and rows per band for ``params.lsh_threshold`` (datasketch's optimum)."""
    from framelab.analysis.lsh import lsh_bands

    return lsh_bands(params.lsh_threshold, params.num_perm)


def shingle_pieces(pieces, params: ReuseParams, executor=None):
    """CSR shingle sets ``(offsets, hashes)`` and LSH band keys (bands × passages) of texts
    given as a sized iterable of lists (in passage order), in chunks through ``executor``."""
    bands, rows = lsh_shape(params)
    task = partial(
        shingle_band_chunk,
        k=params.shingle,
        num_perm=params.num_perm,
        seed=params.seed,
        bands=bands,
        rows=rows,
    )
    keys = []
    offsets, hashes, base = [np.zeros(1, dtype=np.int64)], [], 0
    for o, h, piece_keys in (executor or SerialExecutor()).map(task, pieces, desc="minhash"):
        offsets.append(o[1:] + base)
        hashes.append(h)
        keys.append(piece_keys)
        base = base + o[-1]
    hashes = np.concatenate(hashes) if hashes else np.empty(0, np.uint64)
    keys = np.concatenate(keys, axis=1) if keys else np.empty((bands, 0), np.uint64)
    return np.concatenate(offsets), hashes, keys


def _band_keys(sig: np.ndarray, bands: int, rows: int) -> np.ndarray:
    """One uint64 key per passage and band (bands × passages)."""
    keys = np.empty((bands, sig.shape[0]), dtype=np.uint64)
    with np.errstate(over="ignore"):
        for j in range(bands):
            h = np.full(sig.shape[0], np.uint64(j + 1))
            for c in sig[:, j * rows : (j + 1) * rows].T:
                h = _mix(h * np.uint64(0x100000001B3) ^ c.astype(np.uint64))
            keys[j] = h
    return keys


@dataclass
class BandIndex:
    """Per band (rows): the passages in (key, seeded rank) order, and for each place the first
    place of its bucket (passages with equal keys) and the place after its bucket's end, so a
    query finds its bucket without a search; and each passage's place."""

    orders: np.ndarray
    starts: np.ndarray
    stops: np.ndarray
    places: np.ndarray

    @classmethod
    def build(cls, keys: np.ndarray, seed: int) -> BandIndex:
        bands, n = keys.shape
        rank = np.random.default_rng(seed).permutation(n)
        index = cls(*(np.empty((bands, n), dtype=np.int32) for _ in range(4)))
        for j, k in enumerate(keys):
            order = np.lexsort((rank, k))
            sk = k[order]
            index.orders[j] = order
            index.places[j, order] = np.arange(n, dtype=np.int32)
            index.starts[j], index.stops[j] = _bucket_bounds(sk)
        return index


def _bucket_bounds(sorted_keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """For every place of sorted keys: the first place with its key and the place after the
    last (int32)."""
    n = len(sorted_keys)
    firsts = np.flatnonzero(np.r_[True, sorted_keys[1:] != sorted_keys[:-1]]).astype(np.int32)
    sizes = np.diff(np.r_[firsts, np.int32(n)])
    return np.repeat(firsts, sizes), np.repeat(firsts + sizes, sizes)


def _ranges(starts: np.ndarray, lengths: np.ndarray) -> np.ndarray:
    """Concatenated ``range(s, s + l)`` of every start and length (vectorised)."""
    offsets = np.repeat(np.cumsum(lengths) - lengths, lengths)
    return np.arange(int(lengths.sum()), dtype=np.int64) - offsets + np.repeat(starts, lengths)


def _band_hits(q: np.ndarray, index: BandIndex, j: int, window: int):
    """``(row in q, partner)`` for every passage at most ``window`` places from a query in band
    ``j``'s order and in the same bucket."""
    pos = index.places[j, q]
    start = np.maximum(pos - window, index.starts[j, pos])
    end = np.minimum(pos + window + 1, index.stops[j, pos])
    lengths = end - start
    shared = np.flatnonzero(lengths > 1)
    lengths = lengths[shared]
    places = _ranges(start[shared], lengths)
    rows = np.repeat(shared, lengths)
    other = places != pos[rows]
    return rows[other], index.orders[j, places[other]]


def _top_per_row(rows: np.ndarray, partners: np.ndarray, counts: np.ndarray, cap: int):
    """Mask of each row's ``cap`` partners sharing most bands (ties: lower index); ``rows`` and
    ``partners`` sorted by row, then partner. No sort: per row, the count ``t`` of the
    ``cap``-th best is found from a histogram of the counts; all above ``t`` are kept and the
    first partners (lowest) of those at ``t``."""
    if not len(rows):
        return np.zeros(0, dtype=bool)
    n_rows, width = int(rows[-1]) + 1, int(counts.max()) + 2
    hist = np.bincount(rows * width + counts, minlength=n_rows * width).reshape(n_rows, width)
    at_least = np.cumsum(hist[:, ::-1], axis=1)[:, ::-1]  # [r, c]: partners sharing >= c bands
    cut = (at_least >= cap).sum(axis=1) - 1  # -1: fewer than cap partners, all are kept
    above = at_least[np.arange(n_rows), cut + 1]  # partners sharing more than the cut
    keep = counts > cut[rows]
    tie = counts == cut[rows]
    seen = np.cumsum(tie)
    row_start = np.searchsorted(rows, np.arange(n_rows))
    before = np.r_[0, seen][row_start][rows]  # ties in earlier rows
    return keep | (tie & (seen - before <= cap - above[rows]))


def _sorted_unique(values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """``np.unique(values, return_counts=True)`` of integers by one sort (numpy's
    hash-based unique is several times slower on millions of int64 codes)."""
    values = np.sort(values)
    firsts = np.flatnonzero(np.r_[len(values) > 0, values[1:] != values[:-1]])
    return values[firsts], np.diff(np.r_[firsts, len(values)])


def _block_candidates(q: np.ndarray, index: BandIndex, window: int, cap: int, art: np.ndarray):
    """Codes ``i * n + j`` (``i < j``, sorted, unique) of the pairs of query passages ``q``
    with their top ``cap`` candidates by shared bands (ties: lower index)."""
    n = index.orders.shape[1]
    hits = [_band_hits(q, index, j, window) for j in range(index.orders.shape[0])]
    rows = np.concatenate([h[0] for h in hits])
    partners = np.concatenate([h[1] for h in hits])
    other_article = art[q[rows]] != art[partners]
    codes, counts = _sorted_unique(rows[other_article] * n + partners[other_article])
    rows, partners = codes // n, codes % n
    top = _top_per_row(rows, partners, counts, cap)
    a, b = q[rows[top]], partners[top]
    return _sorted_unique(np.minimum(a, b) * n + np.maximum(a, b))[0]


def article_blocks(art: np.ndarray, size: int) -> np.ndarray:
    """Start places of blocks of about ``size`` passages that never split an article."""
    if len(art) == 0:
        return np.zeros(1, dtype=np.int64)
    firsts = np.flatnonzero(np.r_[True, art[1:] != art[:-1]])
    at = np.searchsorted(firsts, np.arange(0, len(art), size))  # first article start >= m
    starts = np.unique(firsts[at[at < len(firsts)]])
    return np.r_[starts, len(art)]


def candidate_blocks(index: BandIndex, art: np.ndarray, params: ReuseParams, blocks: np.ndarray):
    """The candidate pairs ``(i, j)``, ``i < j``, from different articles, per block of
    ``blocks`` that holds ``i`` (each block's pairs as sorted unique codes ``i * n + j``).

    Each query block's pairs go to the block of their first passage, so no global sort of all
    pairs is needed and memory holds the pairs once."""
    n = index.orders.shape[1]
    parts: list[list[np.ndarray]] = [[] for _ in range(len(blocks) - 1)]
    for b in range(len(blocks) - 1):
        q = np.arange(blocks[b], blocks[b + 1])
        codes = _block_candidates(q, index, params.neighbours, params.max_candidates, art)
        owner = np.searchsorted(blocks, codes // n, side="right") - 1  # this block or earlier
        bounds = np.searchsorted(owner, np.arange(b + 2))
        for o in np.flatnonzero(np.diff(bounds)):
            parts[o].append(codes[bounds[o] : bounds[o + 1]])
    for b, found in enumerate(parts):
        parts[b] = []
        yield _sorted_unique(np.concatenate(found))[0] if found else np.empty(0, np.int64)


def lsh_candidates(sig: np.ndarray, art: np.ndarray, params: ReuseParams) -> np.ndarray:
    """Candidate passage pairs ``(i, j)``, ``i < j``, from different articles (sorted, unique)."""
    n = sig.shape[0]
    if n < 2:
        return np.empty((0, 2), dtype=np.int64)
    index = BandIndex.build(_band_keys(sig, *lsh_shape(params)), params.seed)
    blocks = article_blocks(art, params.chunk)
    codes = np.concatenate(list(candidate_blocks(index, art, params, blocks)))
    return np.stack([codes // n, codes % n], axis=1)


def _shingle_matrix(offsets: np.ndarray, hashes: np.ndarray):
    """Binary passages × distinct-shingle CSR matrix (columns in hash order)."""
    import scipy.sparse as sp

    uniq, cols = np.unique(hashes, return_inverse=True)
    data = np.ones(len(hashes), dtype=np.int8)
    shape = (len(offsets) - 1, len(uniq))
    return sp.csr_matrix((data, cols.ravel().astype(np.int32), offsets), shape=shape)


def _intersections(pairs: np.ndarray, S) -> np.ndarray:
    """|A ∩ B| of the shingle sets of every pair (exact on the 64-bit hashes): the row-wise
    dot products of the binary shingle matrix."""
    prod = S[pairs[:, 0]].multiply(S[pairs[:, 1]])
    return np.asarray(prod.sum(axis=1, dtype=np.int64)).ravel()


def _score(pairs, offsets, S, keys: _PassageKeys, params: ReuseConfig):
    """Exact Jaccard and containment of candidate pairs; kept: containment ≥ ``min_containment``
    and at least ``min_shared`` shared shingles (a 12-word passage shares a stock phrase such as
    "hat sich die Zahl der" with many texts). Returns the frame and its pairs."""
    inter = _intersections(pairs, S)
    na = offsets[pairs[:, 0] + 1] - offsets[pairs[:, 0]]
    nb = offsets[pairs[:, 1] + 1] - offsets[pairs[:, 1]]
    with np.errstate(invalid="ignore", divide="ignore"):
        jac = np.where((na > 0) & (nb > 0), inter / (na + nb - inter), 0.0)
        cont = np.where((na > 0) & (nb > 0), inter / np.minimum(na, nb), 0.0)
    keep = (cont >= params.min_containment) & (inter >= params.min_shared)
    a, b = pairs[keep, 0], pairs[keep, 1]
    frame = pd.DataFrame(
        {
            "article_a": keys.ids.take(keys.art[a]),
            "position_a": keys.position[a],
            "article_b": keys.ids.take(keys.art[b]),
            "position_b": keys.position[b],
            "shared_shingles": inter[keep],
            "jaccard": jac[keep],
            "containment": cont[keep],
        }
    )
    return frame, pairs[keep]


@dataclass
class _PassageKeys:
    """The passages (in article, position order) as article codes ``art`` (row numbers of the
    sorted article ids ``ids``) and positions."""

    ids: pd.api.extensions.ExtensionArray
    art: np.ndarray
    position: np.ndarray

    @classmethod
    def of(cls, keys: pd.DataFrame) -> _PassageKeys:
        art, ids = pd.factorize(keys["article_id"], sort=True)
        return cls(ids.array, art.astype(np.int32), keys["position"].to_numpy())

    @property
    def passages_per_article(self) -> np.ndarray:
        return np.bincount(self.art, minlength=len(self.ids))


def _in_table_order(codes: np.ndarray, n: int, art: np.ndarray) -> np.ndarray:
    """Pairs of codes ``i * n + j`` (sorted) ordered as the pair table: article a, article b,
    then the passages (positions follow the passage order within an article). The codes are in
    ``i, j`` order already, so a stable sort on the article pair alone is enough."""
    pairs = np.stack([codes // n, codes % n], axis=1)
    article_pair = art[pairs[:, 0]].astype(np.int64) * (int(art.max()) + 1) + art[pairs[:, 1]]
    return pairs[np.argsort(article_pair, kind="stable")]


def iter_passage_reuse(
    passages: pd.DataFrame, params: ReuseParams, executor=None, texts=None
) -> Iterator[pd.DataFrame]:
    """Reused passage pairs (``PAIR_COLUMNS``, no texts) in chunks, globally sorted by
    ``article_a, article_b, position_a, position_b``: stream them to a file.

    ``texts``: the passages' texts as a sized iterable of lists in ``passages`` order, which
    must then be sorted by article and position (the clean stage's order); by default they come
    from ``passages["text"]``."""
    keys, texts = _sorted_keys(passages, params, texts)
    yield from (frame for frame, _ in _coded_pairs(keys, texts, params, executor))


def _sorted_keys(passages: pd.DataFrame, params: ReuseParams, texts):
    """The passages' keys in article, position order and their texts in that order."""
    keys = passages[["article_id", "position"]].reset_index(drop=True)
    if texts is None:
        keys = keys.sort_values(["article_id", "position"])
        texts = _TextPieces(passages["text"], keys.index.to_numpy(), params.chunk)
    elif not is_sorted(keys):
        raise ValueError("passages given with streamed texts must be sorted by article, position")
    return keys, texts


def _coded_pairs(keys: pd.DataFrame, texts, params: ReuseParams, executor):
    """:func:`iter_passage_reuse`'s chunks of passages ``keys`` (sorted, texts in that order),
    each with the passages' :class:`_PassageKeys` and the article codes of its rows
    ``(frame, (keys, code_a, code_b))``."""
    offsets, hashes, bands = shingle_pieces(texts, params, executor)
    keys = _PassageKeys.of(keys.reset_index(drop=True))
    n = len(keys.art)
    if n < 2:
        return
    S = _shingle_matrix(offsets, hashes)
    del hashes
    index = BandIndex.build(bands, params.seed)
    del bands
    blocks = article_blocks(keys.art, params.chunk)
    for codes in candidate_blocks(index, keys.art, params, blocks):
        if len(codes):
            pairs = _in_table_order(codes, n, keys.art)
            frame, kept = _score(pairs, offsets, S, keys, params)
            yield frame, (keys, keys.art[kept[:, 0]], keys.art[kept[:, 1]])


def is_sorted(keys: pd.DataFrame) -> bool:
    """Whether passages (``article_id``, ``position``) stand in article, then position order."""
    a, p = keys["article_id"].to_numpy(), keys["position"].to_numpy()
    same = a[1:] == a[:-1]
    return bool(((a[1:] > a[:-1]) | (same & (p[1:] > p[:-1]))).all())


def pair_schema():
    """The Parquet schema of the passage pair table (``PAIR_COLUMNS``)."""
    import pyarrow as pa

    kinds = dict(shared_shingles=pa.int64(), jaccard=pa.float64(), containment=pa.float64())
    kinds |= {c: pa.int64() for c in ("position_a", "position_b")}
    return pa.schema([(c, kinds.get(c, pa.string())) for c in PAIR_COLUMNS])


def article_pair_schema():
    """The Parquet schema of the article pair table (``ARTICLE_REUSE_COLUMNS``)."""
    import pyarrow as pa

    kinds = {c: pa.int64() for c in ("passages_a", "passages_b")}
    kinds |= {c: pa.float64() for c in ("share_a", "share_b", "mean_containment")}
    return pa.schema([(c, kinds.get(c, pa.string())) for c in ARTICLE_REUSE_COLUMNS])


PAIR_ORDER = ["article_a", "article_b", "position_a", "position_b"]


def write_passage_reuse(passages: pd.DataFrame, path, params: ReuseParams, executor=None) -> int:
    """Write every reused passage pair to one Parquet file, chunk by chunk; returns the count."""
    from framelab.runtime.partitions import write_chunks

    frames = iter_passage_reuse(passages, params, executor)
    return write_chunks(path, frames, pair_schema(), PAIR_ORDER)


def with_texts(pairs: pd.DataFrame, passages: pd.DataFrame) -> pd.DataFrame:
    """Pairs with ``text_a``/``text_b`` joined from the passages."""
    texts = passages.set_index(["article_id", "position"])["text"]
    out = pairs.join(texts.rename("text_a"), on=["article_a", "position_a"])
    return out.join(texts.rename("text_b"), on=["article_b", "position_b"])


def top_pairs(pairs: pd.DataFrame, passages: pd.DataFrame, n: int = 50) -> pd.DataFrame:
    """The ``n`` pairs with the highest containment (ties: shared shingles, then keys), with
    their texts."""
    cols = ["containment", "shared_shingles", "article_a", "position_a", "article_b", "position_b"]
    top = pairs.sort_values(cols, ascending=[False, False, True, True, True, True]).head(n)
    return with_texts(top.reset_index(drop=True), passages)


def lineage_summary(
    article_pairs: pd.DataFrame, articles: pd.DataFrame, by: str = "outlet"
) -> pd.DataFrame:
    """Reuse between groups of articles (outlets or camps), both directions pooled.

    From :func:`article_reuse`'s table: per unordered pair of groups (``group_a <= group_b``),
    the article pairs that share wording, the passages involved and the mean containment.
    """
    cols = ["group_a", "group_b", "article_pairs", "passages", "mean_containment"]
    if article_pairs.empty:
        return pd.DataFrame(columns=cols)
    g = articles.set_index("id")[by]
    ga, gb = article_pairs["article_a"].map(g), article_pairs["article_b"].map(g)
    df = article_pairs.assign(
        group_a=np.where(ga <= gb, ga, gb),
        group_b=np.where(ga <= gb, gb, ga),
        passages=article_pairs["passages_a"] + article_pairs["passages_b"],
    )
    out = df.groupby(["group_a", "group_b"], as_index=False).agg(
        article_pairs=("article_a", "size"),
        passages=("passages", "sum"),
        mean_containment=("mean_containment", "mean"),
    )
    return out[cols].sort_values(["group_a", "group_b"], ignore_index=True)


def passage_reuse(passages: pd.DataFrame, params: ReuseParams, executor=None) -> pd.DataFrame:
    """Passage pairs from different articles that share wording (containment >= min), with
    their texts. For large corpora stream :func:`iter_passage_reuse` to a file instead."""
    frames = list(iter_passage_reuse(passages, params, executor))
    pairs = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=PAIR_COLUMNS)
    return with_texts(pairs, passages).reset_index(drop=True)


# --- the reuse stage's tables, streamed ----------------------------------------------------------
LINEAGE_COLUMNS = ["group_a", "group_b", "article_pairs", "passages", "mean_containment"]


def iter_reuse(
    passages: pd.DataFrame, params: ReuseParams, executor=None, texts=None
) -> Iterator[tuple[pd.DataFrame, pd.DataFrame]]:
    """``(passage pairs, article pairs)`` chunk by chunk, in the order of the full tables: the
    passage pairs come sorted by article pair, so an article pair is summarised in the chunk
    where its last passage pair arrives (the rows of the open article pair are carried over)."""
    for pairs, by_article, _ in coded_reuse(passages, params, executor, texts):
        yield pairs, by_article


def coded_reuse(passages: pd.DataFrame, params: ReuseParams, executor=None, texts=None):
    """:func:`iter_reuse`'s chunks with the article codes of the article pairs:
    ``(passage pairs, article pairs, (article ids, code a, code b))`` (for
    :meth:`ReuseTotals.add`). Article pairs are grouped on integer codes, not strings."""
    keys, texts = _sorted_keys(passages, params, texts)
    carry = None
    for frame, (coded, ca, cb) in _coded_pairs(keys, texts, params, executor):
        if frame.empty:
            continue
        if carry is not None:
            frame_all = pd.concat([carry[0], frame], ignore_index=True)
            ca_all, cb_all = np.r_[carry[1], ca], np.r_[carry[2], cb]
        else:
            frame_all, ca_all, cb_all = frame, ca, cb
        last = (ca_all == ca_all[-1]) & (cb_all == cb_all[-1])
        carry = frame_all[last], ca_all[last], cb_all[last]
        done = ~last
        yield frame, *_coded_article_reuse(frame_all[done], ca_all[done], cb_all[done], coded)
    if carry is not None:
        yield carry[0].iloc[:0], *_coded_article_reuse(*carry, coded)


def _coded_article_reuse(pairs: pd.DataFrame, ca, cb, keys: _PassageKeys):
    """:func:`article_reuse` of pairs whose articles are given as codes ``ca``, ``cb`` of
    ``keys``: ``(article pairs, (ids, code a, code b))``."""
    if pairs.empty:
        empty = np.empty(0, np.int64)
        return pd.DataFrame(columns=ARTICLE_REUSE_COLUMNS), (keys.ids, empty, empty)
    width = len(keys.ids)
    g = pairs.groupby(ca.astype(np.int64) * width + cb, sort=True).agg(**ARTICLE_PAIR_AGG)
    a, b = np.divmod(g.index.to_numpy(), width)
    per_article = keys.passages_per_article
    g = g.reset_index(drop=True).assign(
        article_a=keys.ids.take(a),
        article_b=keys.ids.take(b),
        share_a=g["passages_a"].to_numpy() / per_article[a],
        share_b=g["passages_b"].to_numpy() / per_article[b],
    )
    return g[ARTICLE_REUSE_COLUMNS], (keys.ids, a, b)


TOP_ORDER = ["containment", "shared_shingles", "article_a", "position_a", "article_b", "position_b"]
TOP_ARTICLE_ORDER = ["mean_containment", "share_a", "share_b", "article_a", "article_b"]


def _top(pairs: pd.DataFrame, n: int, by: list[str] = TOP_ORDER) -> pd.DataFrame:
    """The ``n`` rows highest on the first columns of ``by`` (descending), ties broken by the
    key columns (ascending); ``by`` is :data:`TOP_ORDER` or :data:`TOP_ARTICLE_ORDER`."""
    asc = [c.startswith(("article_", "position_")) for c in by]
    return pairs.sort_values(by, ascending=asc, kind="mergesort").head(n)


def _lineage_parts(ca: np.ndarray, cb: np.ndarray, width: int, article_pairs: pd.DataFrame):
    """Per unordered pair of group codes (``lo * width + hi``): article pairs, passages and the
    sum of mean containments."""
    lo, hi = np.minimum(ca, cb), np.maximum(ca, cb)
    df = pd.DataFrame(
        {
            "key": lo.astype(np.int64) * width + hi,
            "article_pairs": 1,
            "passages": (article_pairs["passages_a"] + article_pairs["passages_b"]).to_numpy(),
            "containment": article_pairs["mean_containment"].to_numpy(dtype=float),
        }
    )
    return df.groupby("key").sum()


@dataclass
class _GroupCodes:
    """Articles as row numbers, and per level each article's group as a code in name order."""

    articles: pd.Index
    names: dict[str, np.ndarray]
    codes: dict[str, np.ndarray]

    @classmethod
    def of(cls, groups: dict[str, pd.Series]) -> _GroupCodes:
        ids = pd.Index(sorted(set().union(*(g.index for g in groups.values()))))
        names, codes = {}, {}
        for level, g in groups.items():
            values = g.astype(str).reindex(ids)
            names[level] = np.array(sorted(set(values.dropna())), dtype=object)
            codes[level] = pd.Index(names[level]).get_indexer(values)
        return cls(ids, names, codes)


@dataclass
class ReuseTotals:
    """What the streamed reuse tables add up to: counts, the top passage and article pairs,
    lineage per level (summed chunk by chunk on integer group codes, so memory does not grow
    with the pairs)."""

    top_n: int
    groups: dict[str, pd.Series]  # level (outlet, camp) -> article id -> group
    passage_pairs: int = 0
    article_pairs: int = 0
    top: pd.DataFrame | None = None
    top_articles: pd.DataFrame | None = None
    sums: dict[str, pd.DataFrame] = field(default_factory=dict)
    _codes: _GroupCodes | None = None
    _rows_of: tuple | None = None  # (article ids, their rows in _codes.articles)

    def add(self, pairs: pd.DataFrame, by_article: pd.DataFrame, articles=None) -> None:
        """Count one chunk, keep the running top pairs, add its lineage sums. ``articles``:
        the article pairs' articles as ``(ids, code a, code b)`` (:func:`coded_reuse`), so the
        groups are looked up per article once, not per pair."""
        self.passage_pairs += len(pairs)
        self.article_pairs += len(by_article)
        self.top = _running_top(self.top, pairs, self.top_n, TOP_ORDER)
        self.top_articles = _running_top(
            self.top_articles, by_article, self.top_n, TOP_ARTICLE_ORDER
        )
        if len(by_article) and self.groups:
            self._add_lineage(by_article, articles)

    def _add_lineage(self, by_article: pd.DataFrame, articles=None) -> None:
        self._codes = self._codes or _GroupCodes.of(self.groups)
        if articles is None:
            ia = self._codes.articles.get_indexer(by_article["article_a"])
            ib = self._codes.articles.get_indexer(by_article["article_b"])
        else:
            ids, a, b = articles
            if self._rows_of is None or self._rows_of[0] is not ids:
                self._rows_of = ids, self._codes.articles.get_indexer(ids)
            ia, ib = self._rows_of[1][a], self._rows_of[1][b]
        for level, codes in self._codes.codes.items():
            ca, cb = np.where(ia >= 0, codes[ia], -1), np.where(ib >= 0, codes[ib], -1)
            known = (ca >= 0) & (cb >= 0)  # an article without a group is left out
            part = _lineage_parts(
                ca[known], cb[known], len(self._codes.names[level]), by_article[known]
            )
            if level in self.sums:
                part = pd.concat([self.sums[level], part]).groupby(level=0).sum()
            self.sums[level] = part

    def lineage(self, level: str) -> pd.DataFrame:
        """Reuse between the groups of ``level`` (as :func:`lineage_summary`), both directions
        pooled."""
        df = self.sums.get(level)
        if df is None:
            return pd.DataFrame(columns=LINEAGE_COLUMNS)
        names, width = self._codes.names[level], len(self._codes.names[level])
        keys = df.index.to_numpy()
        df = df.reset_index(drop=True).assign(
            group_a=names[keys // width],
            group_b=names[keys % width],
            mean_containment=lambda d: d["containment"] / d["article_pairs"],
        )
        return df[LINEAGE_COLUMNS].sort_values(["group_a", "group_b"], ignore_index=True)

    def top_pairs(self, passages: pd.DataFrame) -> pd.DataFrame:
        """The top passage pairs with their texts."""
        top = self.top if self.top is not None else pd.DataFrame(columns=PAIR_COLUMNS)
        return with_texts(top, passages)

    def top_article_pairs(self) -> pd.DataFrame:
        """The article pairs with the highest mean containment."""
        top = self.top_articles
        return top if top is not None else pd.DataFrame(columns=ARTICLE_REUSE_COLUMNS)


def _running_top(top: pd.DataFrame | None, new: pd.DataFrame, n: int, by: list[str]):
    if new.empty:
        return top
    if top is not None and len(top) >= n:  # only rows at least as high as the n-th can enter
        new = new[new[by[0]] >= top[by[0]].iloc[-1]]
    new = new[_could_be_top(new, n, by)]
    both = new if top is None else pd.concat([top, new], ignore_index=True)
    return _top(both, n, by).reset_index(drop=True)


def _could_be_top(df: pd.DataFrame, n: int, by: list[str]) -> np.ndarray:
    """Mask of the rows whose measures (the columns of ``by`` before the keys) are at least
    those of the ``n``-th highest row: only these can be among the top ``n`` (the keys break
    the remaining ties), and the sort on the string keys sees only them."""
    if len(df) <= n:
        return np.ones(len(df), dtype=bool)
    measures = [df[c].to_numpy() for c in by if not c.startswith(("article_", "position_"))]
    nth = np.lexsort([-m for m in reversed(measures)])[n - 1]
    higher, equal = np.zeros(len(df), dtype=bool), np.ones(len(df), dtype=bool)
    for m in measures:
        higher |= equal & (m > m[nth])
        equal &= m == m[nth]
    return higher | equal
