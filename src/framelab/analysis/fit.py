"""Does a study's resource fit the corpus? Warnings for targets that never, always or wrongly fire.

A target (claim) is meant for passages of articles *about the event* (the study's event
definition). Its mention pattern is run over every passage: the share of event passages that
mention it, and how often it fires outside event passages, tell whether the target fits this
corpus. A corpus without event passages gets no stance labels at all, and says so.
"""

from __future__ import annotations

import pandas as pd

from framelab.analysis.scope import event_mask
from framelab.runtime.literal_gate import could_match

FIT_COLUMNS = [
    "target",
    "label",
    "event_passages",
    "mentions_event",
    "share_event",
    "other_passages",
    "mentions_outside",
    "share_outside",
    "flag",
]
ALWAYS_SHARE = 0.95  # a target in (almost) every event passage separates nothing


def event_passages(passages: pd.DataFrame, articles: pd.DataFrame) -> pd.Series:
    """Boolean mask: the passage belongs to an article about the event in a study camp."""
    about = passages["article_id"].map(event_mask(articles.set_index("id")))
    return about.fillna(False).astype(bool)


def mentions(passages: pd.DataFrame, target) -> pd.Series:
    """Boolean mask: the passage mentions the target (its mention pattern matches)."""
    mention = target.mention
    return passages["text"].map(lambda t: could_match(mention, t) and bool(mention.search(t)))


def mention_table(passages: pd.DataFrame, targets) -> pd.DataFrame:
    """One boolean column per target: does the passage mention it (searched once per passage
    and target, then read by the fit table and the stance table alike)."""
    return pd.DataFrame({t.name: mentions(passages, t) for t in targets}, index=passages.index)


def target_fit(passages, articles, targets, min_share: float, mentioned=None) -> pd.DataFrame:
    """Per target: mention shares inside and outside event passages, and a flag.

    Flags: ``no_event_passages``; ``rare`` (below ``min_share`` of event passages);
    ``always`` (in at least 95 % of them); ``fires_outside_event`` (a higher share outside
    than inside); else ``ok``.
    """
    inside = event_passages(passages, articles).to_numpy(bool)
    mentioned = mention_table(passages, targets) if mentioned is None else mentioned
    counts = pd.DataFrame(
        [
            dict(
                target=t.name,
                inside=flag,
                passages=int(where.sum()),
                hits=int(mentioned[t.name].to_numpy(bool)[where].sum()),
            )
            for t in targets
            for flag, where in ((True, inside), (False, ~inside))
        ]
    )
    return fit_from_counts(counts, targets, min_share)


def fit_from_counts(counts: pd.DataFrame, targets, min_share: float) -> pd.DataFrame:
    """:func:`target_fit` from mention counts (``target, inside, passages, hits``), as the
    chunked pass adds them up."""
    c = counts.set_index(["target", "inside"])
    rows = [
        _fit_row(
            t,
            *c.loc[(t.name, True), ["passages", "hits"]],
            *c.loc[(t.name, False), ["passages", "hits"]],
            min_share,
        )
        for t in targets
    ]
    return pd.DataFrame(rows, columns=FIT_COLUMNS)


def _share(n: int, m: int) -> float:
    return m / n if n else 0.0


def _fit_row(target, n_in, m_in, n_out, m_out, min_share: float) -> dict:
    n_in, m_in, n_out, m_out = (int(x) for x in (n_in, m_in, n_out, m_out))
    share_in, share_out = _share(n_in, m_in), _share(n_out, m_out)
    flag = _flag(n_in, share_in, share_out, min_share)
    values = (target.name, target.label, n_in, m_in, share_in, n_out, m_out, share_out, flag)
    return dict(zip(FIT_COLUMNS, values, strict=True))


def _flag(n_in: int, share_in: float, share_out: float, min_share: float) -> str:
    if n_in == 0:
        return "no_event_passages"
    if share_in < min_share:
        return "rare"
    if share_in >= ALWAYS_SHARE:
        return "always"
    if share_out > share_in:
        return "fires_outside_event"
    return "ok"


def fit_summary(fit: pd.DataFrame) -> dict:
    """Summary scalars for the metrics file."""
    return dict(
        event_passages=int(fit["event_passages"].max()) if len(fit) else 0,
        targets_flagged=int((fit["flag"] != "ok").sum()),
    )
