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

from dataclasses import dataclass, field
from itertools import combinations

import numpy as np
import pandas as pd
from scipy.optimize import linear_sum_assignment

from framelab.runtime.executor import Executor, SerialExecutor, make_executor
from framelab.topics.model import TopicModel

N_COHERENCE = 10  # top words per topic for NPMI and stability (recorded in the topics metrics)
N_DIVERSITY = 25  # top words per topic for diversity (recorded in the topics metrics)


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


def sample_rows(n: int, max_units: int | None, seed: int) -> np.ndarray:
    """Sorted row ids of at most ``max_units`` rows, drawn with ``seed`` (all rows if fewer)."""
    if max_units is None or n <= max_units:
        return np.arange(n)
    return np.sort(np.random.default_rng(seed).choice(n, size=max_units, replace=False))


def fit_top_ids(task: tuple) -> list[list[int]]:
    """One fit of ``(X, k, method, seed, init, n)``; each topic's top ``n`` column ids (a
    picklable task for an executor)."""
    X, k, method, seed, init, n = task
    return top_ids(TopicModel(k=k, method=method, random_state=seed, init=init).fit(X), n)


def _tasks(X, k: int, method: str, seeds: list[int], init: str, subsample: float, n: int):
    """The full-sample fit and one subsampled fit per seed (runs with too few rows skipped)."""
    tasks = [(X, k, method, seeds[0], init, n)]
    for s in seeds:
        Xs = X[subsample_rows(X.shape[0], subsample, s)]
        if k <= min(Xs.shape):
            tasks.append((Xs, k, method, s, init, n))
    return tasks


def _score(X, k: int, results: list, n_coherence: int, n_diversity: int) -> dict:
    full, runs = results[0], results[1:]
    return dict(
        k=k,
        npmi=float(np.mean(npmi_coherence([ids[:n_coherence] for ids in full], X))),
        diversity=diversity([ids[:n_diversity] for ids in full]),
        stability=stability([[set(ids[:n_coherence]) for ids in run] for run in runs]),
        n_runs=len(runs),
        n_units=X.shape[0],
    )


def evaluate_k(
    X,
    k: int,
    method: str,
    seeds: list[int],
    init: str = "nndsvda",
    subsample: float = 0.8,
    n_coherence: int = N_COHERENCE,
    n_diversity: int = N_DIVERSITY,
) -> dict:
    """Coherence and diversity of the model fitted on all rows of ``X``, stability over
    subsampled seeded runs. Coherence (NPMI) is computed on all rows, so runs are comparable.
    """
    n = max(n_coherence, n_diversity)
    tasks = _tasks(X, k, method, seeds, init, subsample, n)
    return _score(X, k, [fit_top_ids(t) for t in tasks], n_coherence, n_diversity)


def sweep(
    X,
    k_values: list[int],
    method: str,
    seeds: list[int],
    init: str = "nndsvda",
    subsample: float = 0.8,
    progress: bool = False,
    max_units: int | None = None,
    executor: Executor | None = None,
) -> pd.DataFrame:
    """:func:`evaluate_k` for every K the data allow (2 <= K < number of units), on a seeded
    sample of at most ``max_units`` rows (seed ``seeds[0]``; all rows when None).

    All fits (K × (1 + seeds)) go through ``executor`` in a fixed order, so the table is the
    same for any worker count. Columns: ``k, npmi, diversity, stability, n_runs, n_units``.
    """
    Xs = X[sample_rows(X.shape[0], max_units, seeds[0])]
    ks = [k for k in k_values if 2 <= k < min(Xs.shape)]
    per_k = [_tasks(Xs, k, method, seeds, init, subsample, N_DIVERSITY) for k in ks]
    flat = [t for tasks in per_k for t in tasks]
    executor = executor or SerialExecutor(progress=progress or None)
    results = iter(list(executor.map(fit_top_ids, flat, desc="K sweep")))
    rows = [
        _score(Xs, k, [next(results) for _ in tasks], N_COHERENCE, N_DIVERSITY)
        for k, tasks in zip(ks, per_k, strict=True)
    ]
    columns = ["k", "npmi", "diversity", "stability", "n_runs", "n_units"]
    return pd.DataFrame(rows, columns=columns)


@dataclass(frozen=True)
class SelectionParams:
    """Choosing K and fitting the final model (``topics.*`` in params.yaml).

    ``sweep_max_units``: the K sweep and stability runs use a seeded sample of at most this
    many units; ``minibatch_above``: the final NMF is fitted with ``MiniBatchNMF`` when there
    are more units than this.
    """

    k: int | str
    k_min: int
    k_max: int
    method: str
    init: str
    seed: int
    n_seeds: int
    subsample: float
    stability_min: float
    sweep_max_units: int | None
    minibatch_above: int | None

    @property
    def seeds(self) -> list[int]:
        return list(range(self.seed, self.seed + self.n_seeds))


@dataclass
class TopicSelection:
    """The sweep, the chosen K and why, the final model (fitted once on all units) and its
    quality (NPMI and diversity on all units; stability from the sweep sample)."""

    sweep: pd.DataFrame
    k: int
    k_rule: str
    model: TopicModel
    quality: dict = field(default_factory=dict)


SERIAL_SWEEP_WORK = 200_000  # stored values x fits below which worker start-up costs more
FITS_PER_BATCH = 2  # fits sent to a worker at a time (K differ in cost)


def sweep_executor(X, params: SelectionParams) -> Executor:
    """Where the K sweep runs when no executor is given: in this process for a small sweep,
    else on the default executor (``$FRAMELAB_SCHEDULER``). Results are the same either way:
    every fit runs on one BLAS thread, and the fits are collected in a fixed order."""
    n_units = min(X.shape[0], params.sweep_max_units or X.shape[0])
    stored = X.nnz * n_units / max(X.shape[0], 1)
    fits = (params.k_max - params.k_min + 1) * (1 + params.n_seeds)
    if stored * fits < SERIAL_SWEEP_WORK:
        return SerialExecutor()
    return make_executor(batch_size=FITS_PER_BATCH, may_fork=True)  # X is only read meanwhile


def select_model(X, params: SelectionParams, executor: Executor | None = None) -> TopicSelection:
    """Sweep K on a sample, choose K by the stated rule, fit the final model once on all rows.
    Without ``executor``, :func:`sweep_executor` chooses one for the sweep."""
    p = params
    ks = list(range(p.k_min, p.k_max + 1))
    args = (X, ks, p.method, p.seeds, p.init, p.subsample, False, p.sweep_max_units)
    if executor is None:
        with sweep_executor(X, p) as own:
            table = sweep(*args, own)
    else:
        table = sweep(*args, executor)
    k, rule = resolve_k(p.k, table, p.stability_min)
    minibatch = (
        p.method == "nmf" and p.minibatch_above is not None and X.shape[0] > p.minibatch_above
    )
    model = TopicModel(k=k, method=p.method, random_state=p.seed, init=p.init, minibatch=minibatch)
    model.fit(X)
    row = table[table["k"] == k]
    if row.empty:
        Xs = X[sample_rows(X.shape[0], p.sweep_max_units, p.seeds[0])]
        row = pd.DataFrame([evaluate_k(Xs, k, p.method, p.seeds, p.init, p.subsample)])
    quality = dict(
        k=k,
        npmi=float(np.mean(npmi_coherence(top_ids(model, N_COHERENCE), X))),
        diversity=diversity(top_ids(model, N_DIVERSITY)),
        stability=float(row["stability"].iloc[0]),
        n_runs=int(row["n_runs"].iloc[0]),
        minibatch=minibatch,
    )
    return TopicSelection(table, k, rule, model, quality)


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
    return int(best["k"]), f"the most stable K; none reached stability {stability_min:g}"


def resolve_k(k: int | str, table: pd.DataFrame, stability_min: float) -> tuple[int, str]:
    """``topics.k`` as a number (fixed) or ``auto`` (chosen from the sweep by the stated rule)."""
    if str(k).lower() == "auto":
        if table.empty:
            raise ValueError("topics.k is auto but the corpus is too small for any K in the sweep")
        return choose_k(table, stability_min)
    return int(k), "fixed by topics.k"
