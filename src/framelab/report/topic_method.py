"""How the topic model was fitted, in words: read from the topics metrics (method, weighting,
start, top-n) and ``params.yaml`` (``topics.*``), never typed, so the methods, results and
captions name the model this build actually fitted.
"""

from __future__ import annotations

from framelab.report import fmt
from framelab.report.data import ReportData

NAMES = {  # method -> (short name, long name, its reference in references.bib)
    "nmf": ("NMF", "non-negative matrix factorisation (NMF)", "lee1999"),
    "lda": ("LDA", "latent Dirichlet allocation (LDA)", "blei2003"),
}
WEIGHTS = {
    "tfidf": "TF-IDF weighted {terms}",
    "bm25": "BM25 weighted {terms}",
    "counts": "counts of {terms}",
}
STARTS = {
    "nndsvda": "NNDSVDa, a deterministic start from a singular value decomposition",
    "random": "seeded random factors",
}  # topics.init, as the text names it


def short_name(tm: dict) -> str:
    """'NMF', 'mini-batch NMF' or 'LDA', from the topics metrics."""
    name = NAMES[tm["method"]][0]
    return f"mini-batch {name}" if tm.get("minibatch") else name


def terms(d: ReportData) -> str:
    """What the model's vocabulary holds: 'lemmas' or 'word forms' (and their bigrams)."""
    base = "lemma" if d.p("topics", "lemmatize") else "word form"
    return f"{base}s and {base} bigrams" if d.p("topics", "bigrams") else f"{base}s"


def fit_sentence(d: ReportData, tm: dict) -> str:
    """'Topics are fitted by … of TF-IDF weighted lemmas' (no period: the template adds the
    citation)."""
    long = NAMES[tm["method"]][1]
    if tm.get("minibatch"):
        long = f"mini-batch {long}"
    return f"Topics are fitted by {long} of {WEIGHTS[tm['weighting']].format(terms=terms(d))}"


def start_sentence(tm: dict) -> str:
    """' The factorisation starts from NNDSVDa.', or '' for a model without a start (LDA)."""
    if not tm.get("init"):
        return ""
    return f" The factorisation starts from {STARTS.get(tm['init'], tm['init'])}."


def refine_sentence(d: ReportData, tm: dict) -> str:
    """' Each unit's shares are then re-estimated …' for ``topics.refine: mixture``, or ''."""
    if tm.get("refine", "none") == "none":
        return ""
    return (
        " Each unit's topic shares are then re-estimated by a mixture of multinomials started "
        f"from them ({d.p('topics', 'refine_iter')} EM steps over log counts, topics.refine), "
        "which gives most units one topic; the topics' terms and coherence are those of "
        f"{short_name(tm)}."
    )


def runs(d: ReportData, n_units: int) -> str:
    """The units each stability run is fitted on: 'seeded random subsamples of 80% of the
    units', or all units with different seeds."""
    fraction = float(d.p("topics", "subsample"))
    cap = d.p("topics", "sweep_max_units")
    pool = "the units"
    if cap is not None and n_units > int(cap):
        pool = f"a seeded sample of {fmt.count(cap)} units"
    if fraction >= 1:
        return f"all of {pool} with different seeds"
    return f"seeded random subsamples of {fmt.pct(fraction)} of {pool}"


def choice(d: ReportData) -> str:
    """How K was set: the ``auto`` rule with its threshold, or fixed by ``topics.k``."""
    k, minimum = d.p("topics", "k"), float(d.p("topics", "stability_min"))
    if str(k).lower() != "auto":
        return f"K is fixed at {k} (topics.k); the sweep is reported for comparison."
    return (
        f"K is the one with the highest NPMI among those with stability ≥ {minimum:g} "
        "(topics.stability_min), or the most stable K if none reaches it."
    )


def stability_note(d: ReportData, tm: dict) -> str:
    """What a stability below ``topics.stability_min`` means, or '' if it is not below."""
    minimum = float(d.p("topics", "stability_min"))
    if tm["stability"] >= minimum:
        return ""
    fraction = float(d.p("topics", "subsample"))
    left_out = f" (each leaving out {fmt.pct(1 - fraction)})" if fraction < 1 else ""
    depends = "which units are modelled" if fraction < 1 else "the seed"
    return (
        f" Stability below {minimum:g} (topics.stability_min) means that refits on "
        f"{runs(d, int(tm['n_units']))}{left_out} match topic for topic with a mean Jaccard of "
        f"their top-{tm['npmi_top_n']} {terms(d)} below {minimum:g}: the topics depend on "
        f"{depends}."
    )


def context(d: ReportData) -> dict | None:
    """What the template's topic methods paragraph prints (None without topics metrics)."""
    tm = d.metrics.get("topics")
    if not tm:
        return None
    return {
        "fit": fit_sentence(d, tm),
        "cite": NAMES[tm["method"]][2],
        "start": start_sentence(tm) + refine_sentence(d, tm),
        "coherence": f"NPMI of the top-{tm['npmi_top_n']} {terms(d)}",
        "sweep": f"K = {d.p('topics', 'k_min')} to {d.p('topics', 'k_max')}",
        "runs": runs(d, int(tm["n_units"])),
        "choice": choice(d),
        "unit": str(tm["unit"]),
    }
