"""Fit warnings: a target is checked against the passages of articles about the event."""

import pandas as pd

from framelab.analysis import fit
from framelab.study.files import Camp, Event, event_flags


def test_event_flags_count_anchor_hits_and_camps():
    import re

    event = Event("e", "", (re.compile(r"(?i)\bkursk\w*"),), 2, ("2025-04-26", "2025-04-30"))
    arts = pd.DataFrame(
        [
            dict(
                id="a",
                title="unknown",
                text="Kursk. Kursker Gebiet.",
                camp="x",
                published="unknown",
            ),
            dict(id="b", title="Kursk", text="Kursk", camp="y", published="2025-05-09"),
            dict(id="c", title="unknown", text="Kursk only once", camp="x", published="2025-04-27"),
        ]
    )
    out = event_flags(arts, event, {"x": Camp("x", "X", "X", "")})
    assert out["event_hits"].tolist() == [2, 2, 1]
    assert out["about_event"].tolist() == [True, False, False]  # b is outside the window
    assert out["analysed"].tolist() == [True, False, True]


def test_a_target_that_fires_outside_the_event_is_flagged(lexicon):
    from framelab.study.model import load_study

    from .conftest import KURSK, RESOURCES, SCARE

    targets = load_study(KURSK, RESOURCES / "framing.yml", SCARE).targets
    recaptured = next(t for t in targets if t.name == "kursk_recaptured")
    passages = pd.DataFrame(
        dict(
            article_id=["ev", "cov", "cov"],
            position=[0, 0, 1],
            text=["Kursk ist befreit.", "Der Sieg über das Virus.", "Ein Sieg der Vernunft."],
        )
    )
    articles = pd.DataFrame(
        dict(id=["ev", "cov"], about_event=[True, False], analysed=[True, True])
    )
    table = fit.target_fit(passages, articles, (recaptured,), min_share=0.02)
    row = table.iloc[0]
    assert (row.mentions_event, row.mentions_outside) == (1, 2)
    assert row.flag == "always"  # 1 of 1 event passages; also fires twice outside
    table = fit.target_fit(passages.iloc[1:], articles, (recaptured,), min_share=0.02)
    assert table.iloc[0].flag == "no_event_passages"


def test_the_shared_mention_table_gives_the_same_stance_labels(seeds):
    from framelab.analysis import stance
    from framelab.study.model import load_study

    from .conftest import KURSK, RESOURCES, SCARE

    study = load_study(KURSK, RESOURCES / "framing.yml", SCARE)
    passages = seeds.passages
    mentioned = fit.mention_table(passages, study.targets)
    assert mentioned.sum().to_dict() == {
        t.name: int(fit.mentions(passages, t).sum()) for t in study.targets
    }
    alone = stance.stance_table(passages, study.targets, study.lexicon)
    shared = stance.stance_table(passages, study.targets, study.lexicon, mentioned=mentioned)
    pd.testing.assert_frame_equal(alone, shared)
    assert len(shared) > 20  # the seeds mention the claims in many passages
