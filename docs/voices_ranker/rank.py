"""Pointwise speaker re-ranker over the candidates of build.py, evaluated out of source.

Reads ``$RANKER_DIR/cands_{gnad,wiki,wmt,pcc}.pkl`` (default ``/tmp/ranker``; build.py writes
them), adds derived features and, for a logistic regression (lr) and gradient boosting (gb),
compares the accuracy of the rules (the engine's speaker), the ranker's top candidate and the
oracle (some candidate is right), with Wilson intervals and a McNemar test:
each source group held out, each WMT set held out, and 5-fold by article inside each group.

Run from the repository root after build.py for all four groups:

    PYTHONPATH=src .venv/bin/python docs/voices_ranker/rank.py

Writes ``$RANKER_DIR/results.json`` and ``$RANKER_DIR/results.md`` and prints the table.
diag.py imports the data loading, features and models from here.
"""

import json
import math
import os
from pathlib import Path

import numpy as np
import pandas as pd
from scipy.stats import binomtest
from sklearn.compose import ColumnTransformer
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

RANKER_DIR = Path(os.environ.get("RANKER_DIR", "/tmp/ranker"))
GROUPS = ["gnad", "wiki", "wmt", "pcc"]
WMT = ["wmt20", "wmt21", "wmt22", "wmt23", "wmt21en"]
CAT = ["kind", "rule_family", "rule"]


def load(ranker_dir=RANKER_DIR):
    """Candidates C and statements S of all groups (``group`` column), with derived features."""
    C, S = [], []
    for g in GROUPS:
        d = pd.read_pickle(ranker_dir / f"cands_{g}.pkl")
        C.append(d["cands"].assign(group=g))
        S.append(d["stmts"].assign(group=g))
    C = pd.concat(C, ignore_index=True)
    S = pd.concat(S, ignore_index=True)
    C["surface_only"] = C.get("surface_only", 0)
    C["surface_only"] = C["surface_only"].fillna(0)

    # derived features
    C["tok_dist"] = C["tok_dist"].clip(-60, 60)
    C["abs_dist"] = C["tok_dist"].abs()
    C["log_abs_dist"] = np.log1p(C["abs_dist"])
    C["before_cue"] = ((C.tok_dist < 0) & (C.in_window == 1)).astype(int)
    C["after_cue"] = ((C.tok_dist > 0) & (C.in_window == 1)).astype(int)
    C["same_sentence"] = ((C.sent_off == 0) & (C.in_window == 1)).astype(int)
    C["sent_m1"] = (C.sent_off == -1).astype(int)
    C["sent_m2"] = (C.sent_off == -2).astype(int)
    C["dist_rank"] = (
        C.assign(d=np.where(C.in_window == 1, C.abs_dist, 999))
        .groupby("sid")["d"]
        .rank(method="min")
    )
    C["log_n_art"] = np.log1p(C["n_art"])
    C["log_mentions_window"] = np.log1p(C["mentions_window"])
    C["continuation"] = (C.rule_family == "continuation").astype(int)
    C["cont_x_prev"] = C.continuation * C.eq_prev
    C["cont_x_engine"] = C.continuation * C.is_engine
    C["same_x_before"] = C.same_sentence * C.before_cue
    C["same_x_after"] = C.same_sentence * C.after_cue

    num = [
        "is_engine",
        "eq_prev",
        "in_window",
        "surface_only",
        "tok_dist",
        "abs_dist",
        "log_abs_dist",
        "before_cue",
        "after_cue",
        "same_sentence",
        "sent_m1",
        "sent_m2",
        "dist_rank",
        "typ_NE",
        "ntok",
        "role_word",
        "role_before",
        "prev_appr",
        "prev_art",
        "sent_start",
        "in_quote",
        "genitive_after_art",
        *[c for c in C.columns if c.startswith("prevw_")],
        "log_n_art",
        "first_pos",
        "log_mentions_window",
        "n_cands",
        "prev_empty",
        "surface_empty",
        "cue_found",
        "continuation",
        "cont_x_prev",
        "cont_x_engine",
        "same_x_before",
        "same_x_after",
    ]
    return C, S, num


def model(kind, num):
    if kind == "lr":
        pre = ColumnTransformer(
            [
                ("num", StandardScaler(), num),
                ("cat", OneHotEncoder(handle_unknown="ignore", min_frequency=20), CAT),
            ]
        )
        return make_pipeline(pre, LogisticRegression(C=1.0, max_iter=5000, random_state=0))
    pre = ColumnTransformer(
        [
            ("num", "passthrough", num),
            (
                "cat",
                OneHotEncoder(handle_unknown="ignore", min_frequency=20, sparse_output=False),
                CAT,
            ),
        ]
    )
    return make_pipeline(
        pre,
        HistGradientBoostingClassifier(
            max_iter=300,
            learning_rate=0.05,
            max_leaf_nodes=15,
            l2_regularization=1.0,
            random_state=0,
        ),
    )


def pick(cands, proba):
    """argmax candidate per statement (ties: the engine's choice first)."""
    c = cands.assign(p=proba).sort_values(["sid", "p", "is_engine"], ascending=[True, False, False])
    return c.groupby("sid").head(1).set_index("sid")["label"]


def wilson(k, n, z=1.959964):
    if n == 0:
        return (float("nan"),) * 2
    p = k / n
    den = 1 + z * z / n
    c = (p + z * z / (2 * n)) / den
    h = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / den
    return c - h, c + h


def evaluate(stm, cands, proba):
    ranker = pick(cands, proba).reindex(stm.sid).fillna(0).astype(bool).values
    rules = stm.rule_ok.values.astype(bool)
    oracle = cands.groupby("sid").label.max().reindex(stm.sid).fillna(0).astype(bool).values
    n = len(stm)
    wr = int((~rules & ranker).sum())
    rw = int((rules & ~ranker).sum())
    p = binomtest(wr, wr + rw).pvalue if wr + rw else 1.0
    out = dict(n=n)
    for nm, v in (("oracle", oracle), ("rules", rules), ("ranker", ranker)):
        k = int(v.sum())
        lo, hi = wilson(k, n)
        out[nm] = dict(acc=k / n, lo=lo, hi=hi)
    out.update(wrong_to_right=wr, right_to_wrong=rw, diff=(wr - rw) / n, mcnemar_p=p)
    return out


def fit_predict(kind, num, train_c, test_c):
    """P(candidate is right) for ``test_c`` from a model fitted on ``train_c``."""
    m = model(kind, num)
    m.fit(train_c[num + CAT], train_c.label)
    return m.predict_proba(test_c[num + CAT])[:, 1]


def experiments(C, S, num):
    """{model kind: {evaluation: result of :func:`evaluate`}}."""
    results = {}
    for kind in ("lr", "gb"):
        res = {}
        # leave one source group out
        for g in GROUPS:
            tr, te = C[C.group != g], C[C.group == g]
            proba = fit_predict(kind, num, tr, te)
            st = S[S.group == g]
            res[f"heldout:{g}"] = evaluate(st, te, proba)
            if g == "wmt":  # the out-of-source newspaper model, per WMT set
                for w in WMT:
                    m = te.set == w
                    res[f"heldout:wmt (no newspapers in training) / {w}"] = evaluate(
                        st[st.set == w], te[m], proba[m.values]
                    )
        # each WMT set held out, the other newspaper sets in training
        for w in WMT:
            tr, te = C[C.set != w], C[C.set == w]
            res[f"leave-set-out:{w}"] = evaluate(S[S.set == w], te, fit_predict(kind, num, tr, te))
        # in-source reference: 5-fold by article inside each group
        for g in GROUPS:
            cg, sg = C[C.group == g].reset_index(drop=True), S[S.group == g]
            proba = np.zeros(len(cg))
            for tri, tei in GroupKFold(n_splits=5).split(cg, groups=cg.article_id):
                proba[tei] = fit_predict(kind, num, cg.iloc[tri], cg.iloc[tei])
            res[f"in-source 5-fold:{g}"] = evaluate(sg, cg, proba)
        results[kind] = res
    return results


def f(x):
    return f"{x:.3f}"


def cell(r, nm):
    """Accuracy with its 95% interval."""
    return f"{f(r[nm]['acc'])} [{f(r[nm]['lo'])}, {f(r[nm]['hi'])}]"


HEADER = (
    "| held out | n | oracle [95% CI] | rules [95% CI] | ranker [95% CI] | ranker-rules "
    "| wrong->right | right->wrong | McNemar p |"
)


def table(results):
    """The results as markdown, one table per model kind."""
    lines = []
    for kind, res in results.items():
        lines.append(f"\n### model: {kind}\n")
        lines.append(HEADER)
        lines.append("|---|---|---|---|---|---|---|---|---|")
        for k, r in res.items():
            lines.append(
                f"| {k} | {r['n']} | {cell(r, 'oracle')} | {cell(r, 'rules')} "
                f"| {cell(r, 'ranker')} | {r['diff']:+.3f} "
                f"| {r['wrong_to_right']} | {r['right_to_wrong']} | {f(r['mcnemar_p'])} |"
            )
    return "\n".join(lines)


def main():
    C, S, num = load()
    results = experiments(C, S, num)
    with open(RANKER_DIR / "results.json", "w") as fh:
        json.dump(results, fh, indent=1)
    text = table(results)
    (RANKER_DIR / "results.md").write_text(text + "\n")
    print(text)


if __name__ == "__main__":
    main()
