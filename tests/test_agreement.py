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


def test_a_split_without_any_mentioned_unit_is_undefined_not_a_crash():
    from framelab.analysis.validation import agreement_summary

    units = pd.DataFrame(
        columns=["article_id", "position", "target", "manual", "rule", "rules", "split"]
    )
    manual = pd.DataFrame({"label": ["absent"] * 45})
    summary = agreement_summary(units, manual)
    assert (summary["units"], summary["agree"], summary["coded_absent"]) == (0, 0, 45)
    printed = lines("dev", units, summary)
    assert printed[0].endswith(
        "0 mentioned by the coder or the rules, 0 agree; α = undefined, macro-F1 = undefined"
    )
    assert printed[1].startswith("  no dev unit is mentioned by the coder or the rules")
