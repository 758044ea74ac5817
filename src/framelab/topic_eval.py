"""How good is a topic model? NPMI coherence, topic diversity, seed stability, and choosing K.

* NPMI of a topic's top words uses document co-occurrence in the corpus's own units
  (Bouma 2009): NPMI(a, b) = log(P(a,b) / (P(a) P(b))) / -log P(a,b); a pair that never
  co-occurs scores -1, a pair that always co-occurs +1.
* Diversity: the share of unique words among all topics' top-``n`` words (Dieng et al. 2020).
* Stability: one run per seed, each fitting the model to a seeded random subsample of the units
  (80 % by default; the seed also drives any random initialisation). Runs are matched
  topic-to-topic (Hungarian algorithm on the Jaccard similarity of top-10 word sets); stability
  is the mean matched Jaccard over all pairs of runs (after Greene, O'Callaghan & Cunningham
  2014). With a deterministic initialisation (NNDSVDa) the subsample is what varies.
"""

from __future__ import annotations

from itertools import combinations

import numpy as np
import pandas as pd
from scipy.optimize import linear_sum_assignment

from framelab.topics import TopicModel


def npmi_pair(n_docs: int, df_a: int, df_b: int, df_ab: int) -> float:
    """NPMI of two words from document frequencies."""
    if df_ab == 0:
        return -1.0
    p_ab = df_ab / n_docs
    if p_ab == 1.0:
        return 1.0
    pmi = np.log(p_ab / ((df_a / n_docs) * (df_b / n_docs)))
    return float(pmi / -np.log(p_ab))


def npmi_coherence(top_ids: list[list[int]], X) -> list[float]:
    """Mean pairwise NPMI of each topic's top words (column ids of the doc-term matrix ``X``)."""
    B = (X > 0).astype(np.int64).tocsc()
    n = B.shape[0]
    scores = []
    for ids in top_ids:
        sub = B[:, ids]
        co = (sub.T @ sub).toarray()
        pairs = [
            npmi_pair(n, co[i, i], co[j, j], co[i, j]) for i, j in combinations(range(len(ids)), 2)
        ]
        scores.append(float(np.mean(pairs)) if pairs else float("nan"))
    return scores


def top_ids(model: TopicModel, n: int) -> list[list[int]]:
    """Column ids of each topic's top ``n`` words (ties broken by column id)."""
    return [list(np.lexsort((np.arange(len(w)), -w))[:n]) for w in model.components_]


def diversity(top_ids_: list[list[int]]) -> float:
    """Share of unique words among all topics' top words."""
    words = [w for ids in top_ids_ for w in ids]
    return len(set(words)) / len(words) if words else float("nan")


def jaccard(a: set, b: set) -> float:
    return len(a & b) / len(a | b) if a | b else 1.0


def matched_jaccard(run_a: list[set], run_b: list[set]) -> float:
    """Mean Jaccard of topics matched one-to-one between two runs (best total match)."""
    sim = np.array([[jaccard(a, b) for b in run_b] for a in run_a])
    rows, cols = linear_sum_assignment(-sim)
    return float(sim[rows, cols].mean())


def stability(runs: list[list[set]]) -> float:
    """Mean matched Jaccard over all pairs of runs (1 = the same topics every time)."""
    pairs = [matched_jaccard(a, b) for a, b in combinations(runs, 2)]
    return float(np.mean(pairs)) if pairs else float("nan")


def subsample_rows(n: int, fraction: float, seed: int) -> np.ndarray:
    """Sorted row ids of a seeded random subsample (all rows when ``fraction`` >= 1)."""
    if fraction >= 1:
        return np.arange(n)
    rng = np.random.default_rng(seed)
    return np.sort(rng.choice(n, size=max(2, round(n * fraction)), replace=False))


def evaluate_k(
    X,
    k: int,
    method: str,
    seeds: list[int],
    init: str = "nndsvda",
    subsample: float = 0.8,
    n_coherence: int = 10,
    n_diversity: int = 25,
) -> dict:
    """Coherence and diversity of the full-data model, stability over subsampled seeded runs.

    Coherence (NPMI) is always computed on all units, so runs are comparable.
    """
    full = TopicModel(k=k, method=method, random_state=seeds[0], init=init).fit(X)
    runs = []
    for s in seeds:
        rows = subsample_rows(X.shape[0], subsample, s)
        Xs = X[rows]
        if k > min(Xs.shape):
            continue
        model = TopicModel(k=k, method=method, random_state=s, init=init).fit(Xs)
        runs.append([set(ids) for ids in top_ids(model, n_coherence)])
    return dict(
        k=k,
        npmi=float(np.mean(npmi_coherence(top_ids(full, n_coherence), X))),
        diversity=diversity(top_ids(full, n_diversity)),
        stability=stability(runs),
        n_runs=len(runs),
    )


def sweep(
    X,
    k_values: list[int],
    method: str,
    seeds: list[int],
    init: str = "nndsvda",
    subsample: float = 0.8,
    progress: bool = False,
) -> pd.DataFrame:
    """:func:`evaluate_k` for every K that the corpus allows (2 <= K < number of units)."""
    from tqdm.auto import tqdm

    ks = [k for k in k_values if 2 <= k < min(X.shape)]
    rows = [
        evaluate_k(X, k, method, seeds, init, subsample)
        for k in tqdm(ks, desc="K sweep", disable=None if progress else True)
    ]
    return pd.DataFrame(rows)


def choose_k(table: pd.DataFrame, stability_min: float) -> tuple[int, str]:
    """The stated rule for ``topics.k: auto``.

    Among the K whose seed stability is at least ``stability_min``, take the one with the highest
    mean NPMI (ties: the smaller K). If no K is that stable, take the most stable K.
    """
    stable = table[table["stability"] >= stability_min]
    if not stable.empty:
        best = stable.sort_values(["npmi", "k"], ascending=[False, True]).iloc[0]
        return int(best["k"]), (f"highest NPMI among K with stability ≥ {stability_min:g}")
    best = table.sort_values(["stability", "k"], ascending=[False, True]).iloc[0]
    return int(best["k"]), f"no K reached stability {stability_min:g}: the most stable K"


def resolve_k(k: int | str, table: pd.DataFrame, stability_min: float) -> tuple[int, str]:
    """``topics.k`` as a number (fixed) or ``auto`` (chosen from the sweep by the stated rule)."""
    if str(k).lower() == "auto":
        if table.empty:
            raise ValueError("topics.k is auto but the corpus is too small for any K in the sweep")
        return choose_k(table, stability_min)
    return int(k), "fixed by topics.k"
