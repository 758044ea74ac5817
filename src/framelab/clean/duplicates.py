"""Exact and near-duplicate articles, vectorised: hashed word shingles, MinHash, LSH buckets.

Exact duplicates share a fingerprint of their lower-cased words. Near duplicates are found in
three steps: every article's hashed word ``k``-grams and MinHash signature (numpy, in blocks, so
memory does not grow with the corpus beyond one signature row per article); candidate pairs
from LSH band buckets (bands and rows chosen as datasketch does, for a similarity below the
threshold so that few true duplicates are missed); then the
exact Jaccard of each candidate's shingle sets, recomputed for the candidates only. In each
group the article with the smallest id is the original.
"""

from __future__ import annotations

import hashlib
import re

import numpy as np
import pandas as pd

from framelab.analysis.reuse import _band_keys, shingle_chunk, signature_chunk

COLUMNS = ["article_id", "duplicate_of", "kind", "jaccard"]
PERMUTATIONS = 128  # MinHash size for candidates (the exact Jaccard decides)
SEED = 1
BLOCK = 200  # articles per signature block
MAX_BUCKET = 100  # a larger bucket (a template) pairs only its first members
SLACK = 0.2  # LSH is tuned for threshold - SLACK, so that it misses few true duplicates


def fingerprint(text: str) -> str:
    return hashlib.sha1(re.sub(r"\W+", " ", text.lower()).strip().encode()).hexdigest()


def signatures(texts: list[str], k: int) -> np.ndarray:
    """MinHash signatures (articles × PERMUTATIONS) of the texts' word ``k``-gram sets."""
    blocks = []
    for s in range(0, len(texts), BLOCK):
        offsets, hashes = shingle_chunk(texts[s : s + BLOCK], k)
        blocks.append(signature_chunk((offsets, hashes, PERMUTATIONS, SEED)))
    return np.vstack(blocks) if blocks else np.empty((0, PERMUTATIONS), np.uint32)


def bucket_pairs(sig: np.ndarray, threshold: float) -> np.ndarray:
    """Index pairs ``(i, j)``, ``i < j``, that share an LSH band bucket (sorted, unique)."""
    from framelab.analysis.lsh import lsh_bands

    bands, rows = lsh_bands(max(0.1, threshold - SLACK), PERMUTATIONS)
    found = []
    for keys in _band_keys(sig, bands, rows):
        order = np.argsort(keys, kind="stable")
        starts = np.flatnonzero(np.r_[True, keys[order][1:] != keys[order][:-1]])
        for a, b in zip(starts, np.r_[starts[1:], len(order)], strict=True):
            members = np.sort(order[a:b])[:MAX_BUCKET]
            if len(members) > 1:
                i, j = np.triu_indices(len(members), 1)
                found.append(np.stack([members[i], members[j]], axis=1))
    if not found:
        return np.empty((0, 2), dtype=np.int64)
    return np.unique(np.concatenate(found), axis=0)


def jaccard(a: str, b: str, k: int) -> float:
    """Exact Jaccard of two texts' hashed word ``k``-gram sets."""
    offsets, hashes = shingle_chunk([a, b], k)
    sa, sb = hashes[offsets[0] : offsets[1]], hashes[offsets[1] : offsets[2]]
    inter = len(np.intersect1d(sa, sb, assume_unique=True))
    union = len(sa) + len(sb) - inter
    return inter / union if union else 0.0


def duplicate_articles(articles: pd.DataFrame, threshold: float, k: int) -> pd.DataFrame:
    """Exact and near-duplicate articles: ``article_id, duplicate_of, kind, jaccard``."""
    arts = articles.sort_values("id")
    rows, first = [], {}
    for aid, text in zip(arts["id"], arts["text"], strict=True):
        fp = fingerprint(text)
        if fp in first:
            rows.append([aid, first[fp], "exact", 1.0])
        else:
            first[fp] = aid
    marked = {r[0] for r in rows}
    rest = arts[~arts["id"].isin(marked) & arts["text"].str.strip().astype(bool)]
    ids, texts = rest["id"].tolist(), rest["text"].tolist()
    for i, j in bucket_pairs(signatures(texts, k), threshold):
        if ids[j] in marked:
            continue
        jac = jaccard(texts[i], texts[j], k)
        if jac >= threshold:
            rows.append([ids[j], ids[i], "near", jac])
            marked.add(ids[j])
    return pd.DataFrame(rows, columns=COLUMNS)
