"""Diagnostics of the speaker re-ranker (rank.py): why does it not beat the rules?

For each source group held out (gradient boosting, trained on the other groups) it prints
the rules' accuracy, a standalone ranker trained without the features that see the engine's
choice, how well the full model's score of the engine's candidate separates the engine's errors
(AUC), how often its best alternative is right when the engine is wrong, and the best single
switching threshold on (alternative p - engine p), chosen in sample (an optimistic bound).

Run from the repository root after build.py for all four groups:

    PYTHONPATH=src .venv/bin/python docs/voices_ranker/diag.py

Reads ``$RANKER_DIR/cands_*.pkl`` (default ``/tmp/ranker``); prints a table, writes nothing.
"""

import numpy as np
import pandas as pd
from rank import GROUPS, evaluate, fit_predict, load
from sklearn.metrics import roc_auc_score

ENG = {"is_engine", "cont_x_engine", "surface_only"}  # the features that see the engine's choice


def diagnose(C, S, num):
    """One row per held-out source group."""
    out = []
    for g in GROUPS:
        tr, te = C[C.group != g], C[C.group == g]
        st = S[S.group == g]
        # 1) standalone ranker without the engine's choice
        p0 = fit_predict("gb", [c for c in num if c not in ENG], tr, te)
        r0 = evaluate(st, te, p0)
        # 2) full model: how well does it spot engine errors, and how good is its best alternative
        p = fit_predict("gb", num, tr, te)
        t = te.assign(p=p)
        eng = t[t.is_engine == 1].groupby("sid").p.max().reindex(st.sid)
        alt = (
            t[t.is_engine == 0]
            .sort_values("p", ascending=False)
            .groupby("sid")
            .head(1)
            .set_index("sid")
        )
        ok = st.set_index("sid").rule_ok
        auc = roc_auc_score(~ok.values, -eng.fillna(0).values)
        altlab = alt.label.reindex(st.sid).fillna(0).astype(bool)
        altp = alt.p.reindex(st.sid).fillna(0)
        wrong = ~ok
        # best possible single threshold on (alt p - engine p): switch when above
        diffv = altp.values - eng.fillna(0).values
        best = max(
            (
                (
                    int((wrong.values & altlab.values & (diffv > th)).sum())
                    - int((ok.values & (diffv > th)).sum())
                ),
                th,
            )
            for th in np.linspace(-1, 1, 201)
        )
        out.append(
            dict(
                group=g,
                n=len(st),
                standalone_no_engine=round(r0["ranker"]["acc"], 3),
                rules=round(r0["rules"]["acc"], 3),
                auc_engine_error=round(auc, 3),
                engine_wrong=int(wrong.sum()),
                top_alt_correct_when_engine_wrong=round(altlab[wrong.values].mean(), 3),
                best_threshold_net_gain_in_sample=best[0],
                best_threshold=round(best[1], 2),
            )
        )
    return pd.DataFrame(out)


def main():
    print(diagnose(*load()).to_string())


if __name__ == "__main__":
    main()
