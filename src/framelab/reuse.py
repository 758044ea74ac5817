"""Duplicate articles and text reuse between outlets, by MinHash LSH on word shingles.

Candidates come from locality-sensitive hashing (datasketch; seeded, so repeatable); every
candidate pair is then scored exactly on its shingle sets: Jaccard |A∩B|/|A∪B| and containment
|A∩B|/min(|A|,|B|) (how much of the shorter text the longer one contains). The method sees shared
*wording*; a paraphrase that keeps the content but changes the words is invisible to it.
"""

from __future__ import annotations

import hashlib
import re

import pandas as pd
from datasketch import MinHash, MinHashLSH

from framelab import text as textlib


def shingles(text: str, k: int) -> frozenset[str]:
    """Lower-cased word k-grams (fewer than k words: the whole text as one shingle)."""
    words = [w.lower() for w in textlib.tokenize(text)]
    if len(words) < k:
        return frozenset([" ".join(words)]) if words else frozenset()
    return frozenset(" ".join(words[i : i + k]) for i in range(len(words) - k + 1))


def minhash(items: frozenset[str], num_perm: int, seed: int) -> MinHash:
    m = MinHash(num_perm=num_perm, seed=seed)
    for item in sorted(items):
        m.update(item.encode("utf-8"))
    return m


def candidate_pairs(
    sets: dict[str, frozenset[str]], threshold: float, num_perm: int, seed: int
) -> set[tuple[str, str]]:
    """Pairs of keys whose MinHash Jaccard estimate may reach ``threshold``."""
    lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
    hashes = {key: minhash(s, num_perm, seed) for key, s in sets.items() if s}
    for key in sorted(hashes):
        lsh.insert(key, hashes[key])
    pairs = set()
    for key in sorted(hashes):
        for other in lsh.query(hashes[key]):
            if other != key:
                pairs.add(tuple(sorted((key, other))))
    return pairs


def overlap(a: frozenset[str], b: frozenset[str]) -> tuple[float, float]:
    """Exact (Jaccard, containment) of two shingle sets."""
    inter = len(a & b)
    if not a or not b:
        return 0.0, 0.0
    return inter / len(a | b), inter / min(len(a), len(b))


def _fingerprint(text: str) -> str:
    return hashlib.sha1(re.sub(r"\W+", " ", text.lower()).strip().encode()).hexdigest()


def duplicate_articles(
    articles: pd.DataFrame, threshold: float, k: int = 5, num_perm: int = 128, seed: int = 1
) -> pd.DataFrame:
    """Exact and near-duplicate articles: ``article_id, duplicate_of, kind, jaccard``.

    In each group of duplicates the article with the smallest id is the original.
    """
    rows = []
    by_print: dict[str, str] = {}
    for a in articles.sort_values("id").itertuples():
        fp = _fingerprint(a.text)
        if fp in by_print:
            rows.append(dict(article_id=a.id, duplicate_of=by_print[fp], kind="exact", jaccard=1.0))
        else:
            by_print[fp] = a.id
    exact = {r["article_id"] for r in rows}
    sets = {a.id: shingles(a.text, k) for a in articles.itertuples() if a.id not in exact}
    marked = set(exact)
    for x, y in sorted(candidate_pairs(sets, threshold, num_perm, seed)):
        jac, _ = overlap(sets[x], sets[y])
        if jac >= threshold and y not in marked:
            rows.append(dict(article_id=y, duplicate_of=x, kind="near", jaccard=jac))
            marked.add(y)
    return pd.DataFrame(rows, columns=["article_id", "duplicate_of", "kind", "jaccard"])


def passage_reuse(
    passages: pd.DataFrame,
    k: int,
    threshold: float,
    min_containment: float,
    num_perm: int = 128,
    seed: int = 1,
) -> pd.DataFrame:
    """Passage pairs from different articles that share wording (containment >= min)."""
    keyed = {f"{p.article_id}#{p.position}": p for p in passages.itertuples()}
    sets = {key: shingles(p.text, k) for key, p in keyed.items()}
    rows = []
    for x, y in sorted(candidate_pairs(sets, threshold, num_perm, seed)):
        px, py = keyed[x], keyed[y]
        if px.article_id == py.article_id:
            continue
        jac, cont = overlap(sets[x], sets[y])
        if cont >= min_containment:
            rows.append(
                dict(
                    article_a=px.article_id,
                    position_a=px.position,
                    article_b=py.article_id,
                    position_b=py.position,
                    shared_shingles=len(sets[x] & sets[y]),
                    jaccard=jac,
                    containment=cont,
                    text_a=px.text,
                    text_b=py.text,
                )
            )
    cols = [
        "article_a",
        "position_a",
        "article_b",
        "position_b",
        "shared_shingles",
        "jaccard",
        "containment",
        "text_a",
        "text_b",
    ]
    return pd.DataFrame(rows, columns=cols).sort_values(
        ["article_a", "article_b", "position_a", "position_b"], ignore_index=True
    )


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
    if pairs.empty:
        return pd.DataFrame(columns=ARTICLE_REUSE_COLUMNS)
    n = passages.groupby("article_id").size()
    g = pairs.groupby(["article_a", "article_b"], as_index=False).agg(
        passages_a=("position_a", "nunique"),
        passages_b=("position_b", "nunique"),
        mean_containment=("containment", "mean"),
    )
    g["share_a"] = g["passages_a"] / g["article_a"].map(n)
    g["share_b"] = g["passages_b"] / g["article_b"].map(n)
    return g[ARTICLE_REUSE_COLUMNS]
