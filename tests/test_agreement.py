"""`framelab agreement`: the rules vs the manual coding on one split (end to end in
test_pipeline)."""

import pandas as pd

from framelab.analysis.agreement import lines


def test_agreement_lines_give_the_figures_and_every_disagreement():
    units = pd.DataFrame(
        dict(
            article_id=["a", "b"],
            position=[1, 2],
            target=["t", "t"],
            manual=["report", "contest"],
            rule=["report", "none"],
            rules=["", ""],
        )
    )
    summary = dict(coded=6, coded_absent=4, units=2, agree=1, alpha=float("nan"), macro_f1=0.5)
    assert lines("dev", units, summary) == [
        "dev: 6 coded units (4 absent); 2 mentioned by the coder or the rules, 1 agree; "
        "α = undefined, macro-F1 = 0.500",
        "  b p2 t: coder contest, rules none",
    ]
