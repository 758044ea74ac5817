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


def article_reuse(pairs: pd.DataFrame, passages: pd.DataFrame) -> pd.DataFrame:
    """Per article pair: how many passages of each share wording, and the mean containment."""
    return _article_reuse(pairs, passages.groupby("article_id").size())


def _article_reuse(pairs: pd.DataFrame, n: pd.Series) -> pd.DataFrame:
    """:func:`article_reuse` with the passages per article given (``n``)."""
    if pairs.empty:
        return pd.DataFrame(columns=ARTICLE_REUSE_COLUMNS)
    g = pairs.groupby(["article_a", "article_b"], as_index=False).agg(
        passages_a=("position_a", "nunique"),
        passages_b=("position_b", "nunique"),
        mean_containment=("containment", "mean"),
    )
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
# candidate pair is then scored exactly on the hashed shingle sets. Memory grows with
# passages × (num_perm + shingles), not with pairs².

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
    plus ``window``, the bucket neighbours looked at per band, and ``chunk``."""

    window: int = 16  # not parameters: they bound time and memory, not results
    chunk: int = 2000


def _mix(h: np.ndarray) -> np.ndarray:
    """splitmix64 finaliser (uint64 in, uint64 out, wrapping arithmetic)."""
    h = (h ^ (h >> np.uint64(30))) * np.uint64(0xBF58476D1CE4E5B9)
    h = (h ^ (h >> np.uint64(27))) * np.uint64(0x94D049BB133111EB)
    return h ^ (h >> np.uint64(31))


def _word_hashes(words: list[str], cache: dict[str, int]) -> np.ndarray:
    out = np.empty(len(words), dtype=np.uint64)
    for i, w in enumerate(words):
        h = cache.get(w)
        if h is None:
            h = cache[w] = int.from_bytes(hashlib.blake2b(w.encode(), digest_size=8).digest())
        out[i] = h
    return out


def _passage_shingles(wh: np.ndarray, k: int) -> np.ndarray:
    """Sorted unique shingle hashes of one passage's word hashes."""
    if len(wh) == 0:
        return wh
    n = max(1, len(wh) - k + 1)
    width = min(k, len(wh))
    h = np.full(n, np.uint64(len(wh) if len(wh) < k else k))
    with np.errstate(over="ignore"):
        for m in range(width):
            h = _mix(h * np.uint64(0x100000001B3) ^ wh[m : m + n])
    return np.unique(h)


def shingle_chunk(texts: list[str], k: int) -> tuple[np.ndarray, np.ndarray]:
    """Hashed word k-gram sets of some texts as (offsets, hashes) (picklable task)."""
    cache: dict[str, int] = {}
    sets = [
        _passage_shingles(_word_hashes([w.lower() for w in textlib.tokenize(t)], cache), k)
        for t in texts
    ]
    offsets = np.zeros(len(sets) + 1, dtype=np.int64)
    offsets[1:] = np.cumsum([len(s) for s in sets])
    hashes = np.concatenate(sets) if sets else np.empty(0, np.uint64)
    return offsets, hashes.astype(np.uint64)


def _permutations(num_perm: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    gen = np.random.RandomState(seed)
    a = gen.randint(1, int(_MERSENNE), num_perm, dtype=np.uint64)
    b = gen.randint(0, int(_MERSENNE), num_perm, dtype=np.uint64)
    return a, b


def signature_chunk(task: tuple) -> np.ndarray:
    """MinHash signatures (passages × num_perm, uint32) of one chunk ``(offsets, hashes,
    num_perm, seed)``; a passage without shingles gets the all-max signature."""
    offsets, hashes, num_perm, seed = task
    a, b = _permutations(num_perm, seed)
    n = len(offsets) - 1
    sig = np.full((n, num_perm), np.iinfo(np.uint32).max, dtype=np.uint32)
    phv = (hashes & _MAX32)[:, None] * a  # multiply-shift hashing of 32-bit keys (wrapping)
    phv += b
    phv >>= np.uint64(32)
    phv = phv.astype(np.uint32)
    nonempty = np.flatnonzero(np.diff(offsets) > 0)
    if len(nonempty):
        sig[nonempty] = np.minimum.reduceat(phv, offsets[nonempty], axis=0).astype(np.uint32)
    return sig


def shingle_signature_chunk(texts: list[str], k: int, num_perm: int, seed: int):
    """``(offsets, hashes, signatures)`` of some texts: :func:`shingle_chunk`, then
    :func:`signature_chunk` (one picklable task)."""
    offsets, hashes = shingle_chunk(texts, k)
    return offsets, hashes, signature_chunk((offsets, hashes, num_perm, seed))


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


def passage_shingles(passages: pd.DataFrame, params: ReuseParams, executor=None, order=None):
    """CSR shingle sets ``(offsets, hashes)`` and MinHash signatures of every passage (in
    ``order``, positions in ``passages``; default: as they stand), in chunks through
    ``executor``; the signatures are filled into one array as the chunks arrive."""
    order = np.arange(len(passages)) if order is None else order
    pieces = _TextPieces(passages["text"], order, params.chunk)
    task = partial(
        shingle_signature_chunk, k=params.shingle, num_perm=params.num_perm, seed=params.seed
    )
    sig = np.empty((len(order), params.num_perm), np.uint32)
    offsets, hashes, base, row = [np.zeros(1, dtype=np.int64)], [], 0, 0
    for o, h, piece_sig in (executor or SerialExecutor()).map(task, pieces, desc="minhash"):
        offsets.append(o[1:] + base)
        hashes.append(h)
        sig[row : row + len(piece_sig)] = piece_sig
        base, row = base + o[-1], row + len(piece_sig)
    hashes = np.concatenate(hashes) if hashes else np.empty(0, np.uint64)
    return np.concatenate(offsets), hashes, sig


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


def _band_index(keys: np.ndarray, seed: int):
    """Per band: passage order by (key, seeded rank), sorted keys, and each passage's place."""
    rank = np.random.default_rng(seed).permutation(keys.shape[1])
    orders = np.empty(keys.shape, dtype=np.int32)
    places = np.empty(keys.shape, dtype=np.int32)
    for j, k in enumerate(keys):
        orders[j] = np.lexsort((rank, k))
        places[j, orders[j]] = np.arange(keys.shape[1], dtype=np.int32)
    return orders, np.take_along_axis(keys, orders, axis=1), places


def _block_candidates(q: np.ndarray, index, window: int, cap: int, art: np.ndarray) -> np.ndarray:
    """Top ``cap`` candidates of passages ``q`` by shared bands (ties: lower index)."""
    orders, skeys, places = index
    n = orders.shape[1]
    found = []
    for j in range(orders.shape[0]):
        pos = places[j, q]
        for d in range(-window, window + 1):
            p = pos + d
            ok = (d != 0) & (p >= 0) & (p < n)
            p = np.clip(p, 0, n - 1)
            ok &= skeys[j, p] == skeys[j, pos]
            found.append(np.stack([q[ok], orders[j, p[ok]]], axis=1))
    cand = np.concatenate(found)
    cand = cand[art[cand[:, 0]] != art[cand[:, 1]]]
    codes, counts = np.unique(cand[:, 0] * n + cand[:, 1], return_counts=True)
    pairs = np.stack([codes // n, codes % n], axis=1)
    order = np.lexsort((pairs[:, 1], -counts, pairs[:, 0]))
    pairs = pairs[order]
    first = np.searchsorted(pairs[:, 0], pairs[:, 0], side="left")
    keep = pairs[np.arange(len(pairs)) - first < cap]
    lo, hi = keep.min(axis=1), keep.max(axis=1)
    return np.unique(lo * n + hi)  # codes of (i, j), i < j


def lsh_candidates(sig: np.ndarray, art: np.ndarray, params: ReuseParams) -> np.ndarray:
    """Candidate passage pairs ``(i, j)``, ``i < j``, from different articles (sorted, unique)."""
    return candidates_from_bands(band_keys(sig, params), art, params)


def band_keys(sig: np.ndarray, params: ReuseParams) -> np.ndarray:
    """The LSH band keys (bands × passages) of the signatures at ``params.lsh_threshold``."""
    from datasketch.lsh import _optimal_param

    bands, rows = _optimal_param(params.lsh_threshold, params.num_perm, 0.5, 0.5)
    return _band_keys(sig, bands, rows)


def candidates_from_bands(keys: np.ndarray, art: np.ndarray, params: ReuseParams) -> np.ndarray:
    """:func:`lsh_candidates` from the band keys (the signatures can be freed first); pairs as
    int32 when the passages fit."""
    n = keys.shape[1]
    if n < 2:
        return np.empty((0, 2), dtype=np.int64)
    index = _band_index(keys, params.seed)
    out = []
    for s in range(0, n, params.chunk):
        q = np.arange(s, min(s + params.chunk, n))
        out.append(_block_candidates(q, index, params.window, params.max_candidates, art))
    del index
    codes = np.unique(np.concatenate(out))
    del out
    kind = np.int32 if n < np.iinfo(np.int32).max else np.int64
    return np.stack([(codes // n).astype(kind), (codes % n).astype(kind)], axis=1)


def _shingle_matrix(offsets: np.ndarray, hashes: np.ndarray):
    """Binary passages × distinct-shingle CSR matrix (columns in hash order)."""
    import scipy.sparse as sp

    uniq, cols = np.unique(hashes, return_inverse=True)
    data = np.ones(len(hashes), dtype=np.int32)
    return sp.csr_matrix((data, cols.ravel(), offsets), shape=(len(offsets) - 1, len(uniq)))


def _intersections(pairs: np.ndarray, S) -> np.ndarray:
    """|A ∩ B| of the shingle sets of every pair (exact on the 64-bit hashes): the row-wise
    dot products of the binary shingle matrix."""
    return np.asarray(S[pairs[:, 0]].multiply(S[pairs[:, 1]]).sum(axis=1)).ravel()


def _score(pairs, offsets, S, keys: pd.DataFrame, min_containment: float) -> pd.DataFrame:
    inter = _intersections(pairs, S)
    na = offsets[pairs[:, 0] + 1] - offsets[pairs[:, 0]]
    nb = offsets[pairs[:, 1] + 1] - offsets[pairs[:, 1]]
    with np.errstate(invalid="ignore", divide="ignore"):
        jac = np.where((na > 0) & (nb > 0), inter / (na + nb - inter), 0.0)
        cont = np.where((na > 0) & (nb > 0), inter / np.minimum(na, nb), 0.0)
    keep = cont >= min_containment
    a, b = keys.iloc[pairs[keep, 0]], keys.iloc[pairs[keep, 1]]
    return pd.DataFrame(
        {
            "article_a": a["article_id"].to_numpy(),
            "position_a": a["position"].to_numpy(),
            "article_b": b["article_id"].to_numpy(),
            "position_b": b["position"].to_numpy(),
            "shared_shingles": inter[keep],
            "jaccard": jac[keep],
            "containment": cont[keep],
        }
    )


def iter_passage_reuse(
    passages: pd.DataFrame, params: ReuseParams, executor=None
) -> Iterator[pd.DataFrame]:
    """Reused passage pairs (``PAIR_COLUMNS``, no texts) in chunks, globally sorted by
    ``article_a, article_b, position_a, position_b``: stream them to a file."""
    keys = passages[["article_id", "position"]].reset_index(drop=True)
    keys = keys.sort_values(["article_id", "position"])
    offsets, hashes, sig = passage_shingles(passages, params, executor, keys.index.to_numpy())
    keys = keys.reset_index(drop=True)
    art = pd.factorize(keys["article_id"], sort=True)[0].astype(np.int32)
    bands = band_keys(sig, params)
    del sig
    pairs = candidates_from_bands(bands, art, params)
    del bands
    order = np.lexsort((pairs[:, 1], pairs[:, 0], art[pairs[:, 1]], art[pairs[:, 0]]))
    pairs = pairs[order]
    S = _shingle_matrix(offsets, hashes)
    del hashes
    step = params.chunk * 50
    for s in range(0, len(pairs), step):
        yield _score(pairs[s : s + step], offsets, S, keys, params.min_containment)


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
    passages: pd.DataFrame, params: ReuseParams, executor=None
) -> Iterator[tuple[pd.DataFrame, pd.DataFrame]]:
    """``(passage pairs, article pairs)`` chunk by chunk, in the order of the full tables: the
    passage pairs come sorted by article pair, so an article pair is summarised in the chunk
    where its last passage pair arrives (the rows of the open article pair are carried over)."""
    n = passages.groupby("article_id").size()
    carry = None
    for frame in iter_passage_reuse(passages, params, executor):
        if frame.empty:
            continue
        both = frame if carry is None else pd.concat([carry, frame], ignore_index=True)
        last = (both["article_a"] == both["article_a"].iloc[-1]) & (
            both["article_b"] == both["article_b"].iloc[-1]
        )
        carry = both[last]
        yield frame, _article_reuse(both[~last], n)
    if carry is not None:
        yield carry.iloc[:0], _article_reuse(carry, n)


TOP_ORDER = ["containment", "shared_shingles", "article_a", "position_a", "article_b", "position_b"]
TOP_ARTICLE_ORDER = ["mean_containment", "share_a", "share_b", "article_a", "article_b"]


def _top(pairs: pd.DataFrame, n: int, by: list[str] = TOP_ORDER) -> pd.DataFrame:
    """The ``n`` rows highest on the first columns of ``by`` (descending), ties broken by the
    key columns (ascending); ``by`` is :data:`TOP_ORDER` or :data:`TOP_ARTICLE_ORDER`."""
    asc = [c.startswith(("article_", "position_")) for c in by]
    return pairs.sort_values(by, ascending=asc, kind="mergesort").head(n)


def _lineage_parts(article_pairs: pd.DataFrame, groups: pd.Series) -> pd.DataFrame:
    """Per unordered pair of groups: article pairs, passages and the sum of mean containments."""
    ga, gb = article_pairs["article_a"].map(groups), article_pairs["article_b"].map(groups)
    df = pd.DataFrame(
        {
            "group_a": np.where(ga <= gb, ga, gb),
            "group_b": np.where(ga <= gb, gb, ga),
            "article_pairs": 1,
            "passages": article_pairs["passages_a"] + article_pairs["passages_b"],
            "containment": article_pairs["mean_containment"].astype(float),
        }
    )
    return df.groupby(["group_a", "group_b"], as_index=False).sum()


@dataclass
class ReuseTotals:
    """What the streamed reuse tables add up to: counts, the top passage and article pairs,
    lineage per level (summed chunk by chunk, so memory does not grow with the pairs)."""

    top_n: int
    groups: dict[str, pd.Series]  # level (outlet, camp) -> article id -> group
    passage_pairs: int = 0
    article_pairs: int = 0
    top: pd.DataFrame | None = None
    top_articles: pd.DataFrame | None = None
    sums: dict[str, pd.DataFrame] = field(default_factory=dict)

    def add(self, pairs: pd.DataFrame, by_article: pd.DataFrame) -> None:
        """Count one chunk, keep the running top pairs, add its lineage sums."""
        self.passage_pairs += len(pairs)
        self.article_pairs += len(by_article)
        self.top = _running_top(self.top, pairs, self.top_n, TOP_ORDER)
        self.top_articles = _running_top(
            self.top_articles, by_article, self.top_n, TOP_ARTICLE_ORDER
        )
        if len(by_article):
            for level, groups in self.groups.items():
                part = _lineage_parts(by_article, groups)
                if level in self.sums:
                    part = pd.concat([self.sums[level], part])
                    part = part.groupby(["group_a", "group_b"], as_index=False).sum()
                self.sums[level] = part

    def lineage(self, level: str) -> pd.DataFrame:
        """Reuse between the groups of ``level`` (as :func:`lineage_summary`), both directions
        pooled."""
        df = self.sums.get(level)
        if df is None:
            return pd.DataFrame(columns=LINEAGE_COLUMNS)
        df = df.assign(mean_containment=df["containment"] / df["article_pairs"])
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
    both = new if top is None else pd.concat([top, new], ignore_index=True)
    return _top(both, n, by).reset_index(drop=True)
