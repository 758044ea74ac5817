"""py3langid's ``classify`` for many texts at once, with the byte walk vectorised.

py3langid walks each text's UTF-8 bytes through its feature automaton one byte at a time in
Python, which made language identification half of the clean stage. Here every text is cut into
segments of ``SEGMENT`` bytes, all segments of a batch advance together (one NumPy step per byte
position), and each segment starts ``WARM_UP`` bytes early without counting: the automaton's
state depends only on the last few bytes read (its longest feature), so the counts are those of
the sequential walk. The class scores are those of py3langid (same
feature weights and float32 arithmetic) but for all texts in one sparse product, so sums may
differ from ``classify`` in the last bits; the tests check that language and probability agree.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

SEGMENT = 256  # bytes a segment counts
WARM_UP = 32  # bytes read before a segment's first counted byte (longest feature: 4 bytes)


@dataclass(frozen=True)
class Automaton:
    """The feature automaton of a py3langid model as arrays."""

    nextmove: np.ndarray
    rowbase: np.ndarray
    output: np.ndarray

    @classmethod
    def of(cls, identifier) -> Automaton:
        return cls(
            np.asarray(identifier.tk_nextmove, dtype=np.int32),
            np.asarray(identifier._rowbase, dtype=np.int32),
            np.asarray(identifier.tk_output, dtype=np.int32),
        )


def encode(text: str) -> bytes:
    """The bytes py3langid classifies (upper-case text lowered, NFC, UTF-8)."""
    if text.isupper():
        text = text.lower()
    return unicodedata.normalize("NFC", text).encode("utf8", errors="surrogatepass")


def _segments(encoded: list[bytes]) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Segment table: owning text, first counted byte, read start and end offsets (global)."""
    lengths = np.fromiter((len(b) for b in encoded), dtype=np.int64, count=len(encoded))
    offsets = np.concatenate([[0], np.cumsum(lengths)])
    per_text = -(-lengths // SEGMENT)
    owner = np.repeat(np.arange(len(encoded)), per_text)
    first = np.arange(len(owner)) - np.repeat(np.cumsum(per_text) - per_text, per_text)
    start = offsets[owner] + first * SEGMENT
    end = np.minimum(start + SEGMENT, offsets[owner + 1])
    read = np.maximum(start - WARM_UP, offsets[owner])
    return owner, start, read, end


def walk(encoded: list[bytes], automaton: Automaton) -> tuple[np.ndarray, np.ndarray]:
    """Every feature hit as (owning text, feature id). Segments are walked longest first, so the
    segments still reading at a step are a prefix of the table."""
    owner, start, read, end = _segments(encoded)
    order = np.argsort(read - end, kind="stable")  # longest read first
    owner, start, read, end = owner[order], start[order], read[order], end[order]
    data = np.frombuffer(b"".join(encoded) + b"\0", dtype=np.uint8)
    steps = int((end - read).max()) if len(owner) else 0
    live_until = np.searchsorted(-(end - read), -np.arange(steps), side="left")
    state = np.zeros(len(owner), dtype=np.int32)
    features = np.full((steps, len(owner)), -1, dtype=np.int32)
    a = automaton
    for step in range(steps):
        k = live_until[step]
        s = a.nextmove[a.rowbase[state[:k]] + data[read[:k] + step]]
        state[:k] = s
        features[step, :k] = a.output[s]
    counted = (read[None, :] + np.arange(steps)[:, None]) >= start[None, :]
    hit = (features >= 0) & counted
    step_of, seg = np.nonzero(hit)
    return owner[seg], features[step_of, seg].astype(np.int64)


def feature_counts(n_texts: int, text: np.ndarray, feature: np.ndarray, n_features: int):
    """Sparse ``texts x features`` matrix of log1p(count), py3langid's feature weighting."""
    from scipy import sparse

    keys, counts = np.unique(text * n_features + feature, return_counts=True)
    rows, cols = np.divmod(keys, n_features)
    weights = np.log1p(counts.astype(np.float32))
    return sparse.csr_matrix((weights, (rows, cols)), shape=(n_texts, n_features))


def classify_many(texts: list[str], identifier) -> list[tuple[str, float]]:
    """``identifier.classify(text)`` for every text (a py3langid identifier with norm_probs),
    as arrays: the class scores of all texts in one sparse product."""
    ident = identifier
    encoded = [encode(t) for t in texts]
    text, feature = walk(encoded, automaton(ident))
    table = float_table(ident)
    weights = feature_counts(len(texts), text, feature, table.shape[0])
    scores = np.asarray(weights @ table, dtype=np.float32) + ident.nb_pc
    scores[np.diff(weights.indptr) == 0] = 0.0  # no feature: uniform, as py3langid
    n_bytes = np.fromiter((len(b) or 1 for b in encoded), dtype=np.float64, count=len(texts))
    scores *= (1.0 / np.sqrt(n_bytes)).astype(np.float32)[:, None]
    scores = np.exp(scores - scores.max(axis=1, keepdims=True))
    scores /= scores.sum(axis=1, keepdims=True)
    for i, j in ident._alias_pairs:
        scores[:, i] += scores[:, j]
        scores[:, j] = 0.0
    best = scores.argmax(axis=1)
    probs = scores[np.arange(len(texts)), best]
    return [(ident.nb_classes[b], float(p)) for b, p in zip(best, probs, strict=True)]


@lru_cache(maxsize=1)
def automaton(identifier) -> Automaton:
    return Automaton.of(identifier)


@lru_cache(maxsize=1)
def float_table(identifier) -> np.ndarray:
    """The model's feature x class log-probabilities as float32 (stored as float16)."""
    return np.asarray(identifier.nb_ptc, dtype=np.float32)
