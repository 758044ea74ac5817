"""Stance reliability: two human coders and the rules, passage × target units.

A **unit** is one passage and one target. A coding that lists only the targets a passage
mentions (coder 1, the rules' ``stance_by_passage.csv``) gives every unit it does not list the
label ``absent``; a complete coding (coder 2) lists ``absent`` itself.

Krippendorff's α is computed from the coincidence matrix of two coders (Krippendorff 2018):

* **nominal** over the five categories ``endorse, report, distance, contest, absent`` — whether
  a passage mentions a target is part of the judgement;
* **ordinal** over ``endorse < report < distance < contest`` with ``absent`` treated as a
  *missing value*: a unit that either coder marks ``absent`` is unpairable and drops out, so the
  ordinal α measures agreement on the *stance* of units both coders see as mentioned. (``absent``
  has no place on the stance scale; putting it at either end would invent a distance.)

Intervals are percentile bootstraps over units (seeded). :func:`bootstrap_alpha` can also
resample whole articles (``clusters``); with five articles that gives at most 126 distinct
resamples and percentile bounds that are just the extremes, so the report should show the
unit-level interval and say that it treats the units as independent.
"""

from __future__ import annotations

import csv
from pathlib import Path

import numpy as np
import pandas as pd

from framelab.io import outputs

STANCE_LABELS = ("endorse", "report", "distance", "contest")  # ordinal order
ABSENT = "absent"
CATEGORIES = (*STANCE_LABELS, ABSENT)
KEYS = ["article_id", "position", "target"]
LEVELS = ("nominal", "ordinal")
ALPHA_INTERVAL = 0.95  # percentile bootstrap interval of alpha (Hayes & Krippendorff 2007)


# --- units ------------------------------------------------------------------------------------


def load_coding(path: Path) -> pd.DataFrame:
    """A coding as ``article_id, position, target, label`` (extra columns are dropped)."""
    df = outputs.read_csv(path, dtype={"position": int})
    missing = [c for c in [*KEYS, "label"] if c not in df.columns]
    if missing:
        raise ValueError(f"{Path(path).name}: missing column(s) {', '.join(missing)}")
    bad = sorted(set(df["label"]) - set(CATEGORIES))
    if bad:
        raise ValueError(f"{Path(path).name}: unknown label(s) {bad}")
    if df.duplicated(KEYS).any():
        raise ValueError(f"{Path(path).name}: a passage and target is coded twice")
    return df[[*KEYS, "label"]]


def unit_table(
    codings: dict[str, pd.DataFrame],
    passages: pd.DataFrame | None = None,
    targets: list[str] | None = None,
) -> pd.DataFrame:
    """One row per passage × target, one column per coding; units a coding omits are ``absent``.

    The passages are ``passages[article_id, position]`` or, if not given, every passage any
    coding names; the targets likewise. A coding naming a unit outside that grid is an error.
    """
    frames = list(codings.values())
    keys = passages if passages is not None else pd.concat(frames)
    keys = keys[["article_id", "position"]].drop_duplicates()
    names = targets or sorted(set(pd.concat(frames)["target"]))
    grid = keys.merge(pd.DataFrame({"target": names}), how="cross")
    out = grid.sort_values(KEYS, ignore_index=True)
    for name, df in codings.items():
        extra = df.merge(out[KEYS], how="left", indicator=True).query("_merge == 'left_only'")
        if len(extra):
            raise ValueError(f"{name}: {len(extra)} unit(s) outside the passage × target grid")
        labels = df[[*KEYS, "label"]].rename(columns={"label": name})
        out = out.merge(labels, on=KEYS, how="left")
    return out.fillna({name: ABSENT for name in codings})


# --- Krippendorff's alpha ---------------------------------------------------------------------


def coincidences(a: list, b: list, categories: tuple[str, ...]) -> np.ndarray:
    """Coincidence matrix of two coders; pairs with a missing value (None) are left out."""
    index = {c: i for i, c in enumerate(categories)}
    o = np.zeros((len(categories), len(categories)))
    for x, y in zip(a, b, strict=True):
        if x is None or y is None:
            continue
        o[index[x], index[y]] += 1
        o[index[y], index[x]] += 1
    return o


def alpha_from_coincidences(o: np.ndarray, level: str = "nominal") -> float:
    """α = 1 − D_o / D_e; NaN when there is no variation (D_e = 0) or no pairable value."""
    return float(_alphas(np.asarray(o, dtype=float)[None], level)[0])


def _values(labels: pd.Series | list, level: str) -> list:
    """Labels as α values: for the ordinal level ``absent`` becomes missing (None)."""
    return [None if (level == "ordinal" and x == ABSENT) else x for x in labels]


def alpha(a: pd.Series | list, b: pd.Series | list, level: str = "nominal") -> float:
    """Krippendorff's α of two codings of the same units (see the module docstring)."""
    if level not in LEVELS:
        raise ValueError(f"level must be one of {LEVELS}")
    cats = CATEGORIES if level == "nominal" else STANCE_LABELS
    return alpha_from_coincidences(coincidences(_values(a, level), _values(b, level), cats), level)


def bootstrap_alpha(
    a: pd.Series,
    b: pd.Series,
    level: str,
    n_boot: int,
    seed: int,
    clusters: pd.Series | None = None,
    ci_level: float = ALPHA_INTERVAL,
) -> dict:
    """Percentile bootstrap of α: resample units, or whole ``clusters`` (e.g. articles).

    Returns ``lo, hi, n_valid`` (resamples without variation have no α and are skipped) and
    ``n_distinct`` (distinct resamples possible; small for a handful of clusters).

    A resample's coincidence matrix is the sum of its drawn clusters' matrices, so all
    resamples are computed at once from draw counts (the same draws and the same exact
    integer sums as resampling the units one replicate at a time).
    """
    if level not in LEVELS:
        raise ValueError(f"level must be one of {LEVELS}")
    cats = CATEGORIES if level == "nominal" else STANCE_LABELS
    a, b = _values(a, level), _values(b, level)
    groups = (
        [np.arange(len(a))]
        if clusters is None
        else [np.flatnonzero(np.asarray(clusters) == c) for c in pd.unique(clusters)]
    )
    size = len(a) if clusters is None else len(groups)
    parts = (
        [coincidences([x], [y], cats) for x, y in zip(a, b, strict=True)]
        if clusters is None
        else [coincidences([a[i] for i in g], [b[i] for i in g], cats) for g in groups]
    )
    draws = np.random.default_rng(seed).integers(0, size, (n_boot, size))
    stats = _alphas(_resampled(draws, np.stack(parts)), level)
    stats = stats[~np.isnan(stats)]
    tail = (1 - ci_level) / 2 * 100
    lo, hi = np.percentile(stats, [tail, 100 - tail]) if len(stats) else (np.nan, np.nan)
    return dict(lo=float(lo), hi=float(hi), n_valid=len(stats), n_distinct=_n_multisets(size))


def _resampled(draws: np.ndarray, parts: np.ndarray, block: int = 256) -> np.ndarray:
    """Coincidence matrices of resamples: per row of ``draws`` the sum of the drawn ``parts``
    (blocks of rows, so memory stays at ``block`` × number of parts counts)."""
    out = np.empty((len(draws), *parts.shape[1:]))
    flat = parts.reshape(len(parts), -1)
    for start in range(0, len(draws), block):
        rows = draws[start : start + block]
        counts = np.zeros((len(rows), len(parts)))
        np.add.at(counts, (np.arange(len(rows))[:, None], rows), 1)
        out[start : start + len(rows)] = (counts @ flat).reshape(len(rows), *parts.shape[1:])
    return out


def _alphas(o: np.ndarray, level: str) -> np.ndarray:
    """α of each coincidence matrix in a stack (``o[i]``): 1 − (n − 1) · Σ o·δ² / Σ n_c n_k δ²,
    with δ² nominal (0/1) or ordinal (in ranks of the marginals); NaN without variation."""
    n_c = o.sum(axis=2)
    n = n_c.sum(axis=1)
    k = n_c.shape[1]
    d = np.zeros_like(o)
    if level == "nominal":
        d[:] = 1.0 - np.eye(k)
    else:
        for i in range(k):
            for j in range(i + 1, k):
                d[:, i, j] = d[:, j, i] = (
                    n_c[:, i : j + 1].sum(1) - (n_c[:, i] + n_c[:, j]) / 2
                ) ** 2
    expected = (n_c[:, :, None] * n_c[:, None, :] * d).sum(axis=(1, 2))
    observed = (o * d).sum(axis=(1, 2))
    with np.errstate(invalid="ignore", divide="ignore"):
        result = 1.0 - (n - 1) * observed / expected
    result[(n < 2) | (expected == 0)] = np.nan
    return result


def _n_multisets(k: int) -> int | None:
    """Distinct bootstrap resamples of k items, C(2k − 1, k); None (= very many) for k > 30."""
    from math import comb

    return comb(2 * k - 1, k) if k <= 30 else None


# --- pairwise agreement -----------------------------------------------------------------------


def macro_f1(ref: pd.Series, other: pd.Series) -> float:
    """Mean F1 over the four stance labels, ``ref`` as reference (``absent`` counts as wrong)."""
    scores = []
    for label in STANCE_LABELS:
        tp = int(((ref == label) & (other == label)).sum())
        fp = int(((ref != label) & (other == label)).sum())
        fn = int(((ref == label) & (other != label)).sum())
        if tp + fp + fn:
            scores.append(2 * tp / (2 * tp + fp + fn))
    return float(np.mean(scores)) if scores else float("nan")


def pair_agreement(units: pd.DataFrame, a: str, b: str) -> dict:
    """α (nominal, ordinal), % agreement and macro-F1 of codings ``a`` (reference) and ``b``.

    Also nominal α on the units both mention and on the units either mentions; the latter is the
    basis of the first comparison (α = 0.926), which the 117-unit α, inflated by agreed
    ``absent`` units, is not.
    """
    both = (units[a] != ABSENT) & (units[b] != ABSENT)
    either = (units[a] != ABSENT) | (units[b] != ABSENT)  # the basis of validation.py (α 0.926)
    return dict(
        pair=f"{a} vs {b}",
        n_units=len(units),
        n_agree=int((units[a] == units[b]).sum()),
        pct_agreement=float((units[a] == units[b]).mean() * 100),
        alpha_nominal=alpha(units[a], units[b], "nominal"),
        alpha_ordinal=alpha(units[a], units[b], "ordinal"),
        n_mentioned_both=int(both.sum()),
        alpha_nominal_mentioned=alpha(units.loc[both, a], units.loc[both, b], "nominal"),
        n_mentioned_either=int(either.sum()),
        alpha_nominal_either=alpha(units.loc[either, a], units.loc[either, b], "nominal"),
        macro_f1=macro_f1(units[a], units[b]),
    )


def agreement_table(units: pd.DataFrame, pairs: list[tuple[str, str]]) -> pd.DataFrame:
    """:func:`pair_agreement` for each pair, one row each."""
    return pd.DataFrame([pair_agreement(units, a, b) for a, b in pairs])


def confusion(units: pd.DataFrame, a: str, b: str) -> pd.DataFrame:
    """Counts with rows = ``a``'s label and columns = ``b``'s label, all five categories."""
    table = pd.crosstab(units[a], units[b]).reindex(
        index=list(CATEGORIES), columns=list(CATEGORIES), fill_value=0
    )
    return table.rename_axis(index=a, columns=None).reset_index()


def disagreements(units: pd.DataFrame, a: str, b: str) -> pd.DataFrame:
    """Units where ``a`` and ``b`` differ, with the kind: ``mention`` (one says absent) or
    ``stance`` (both coded it, different labels)."""
    diff = units[units[a] != units[b]].copy()
    mention = (diff[a] == ABSENT) | (diff[b] == ABSENT)
    diff["kind"] = np.where(mention, "mention", "stance")
    diff["pair"] = diff[a] + " → " + diff[b]
    return diff[[*KEYS, a, b, "kind", "pair"]].reset_index(drop=True)


# --- dev/test split and agreement history ------------------------------------------------------


def split_articles(
    n_passages: dict[str, int], groups: dict[str, str], test_share: float, seed: int
) -> dict[str, str]:
    """Assign whole article groups to ``dev`` or ``test``.

    Groups (articles that share text, e.g. a rewrite and its source, must not straddle the
    split) are shuffled with ``seed`` and moved to ``test`` until it holds at least
    ``test_share`` of the passages; at least one group stays in ``dev``.
    """
    order = sorted(set(groups.get(a, a) for a in n_passages))
    order = [order[i] for i in np.random.default_rng(seed).permutation(len(order))]
    size = {g: sum(n for a, n in n_passages.items() if groups.get(a, a) == g) for g in order}
    total, test = sum(size.values()), set()
    for g in order[:-1]:
        if sum(size[t] for t in test) >= test_share * total:
            break
        test.add(g)
    return {a: ("test" if groups.get(a, a) in test else "dev") for a in sorted(n_passages)}


def load_history(path: Path) -> pd.DataFrame:
    """The agreement history (one row per comparison; see annotations/README.md)."""
    with open(path, encoding="utf-8", newline="") as f:
        rows = [r for r in csv.DictReader(f) if not r["round"].startswith("#")]
    df = pd.DataFrame(rows)
    for col in ("alpha", "macro_f1"):  # a figure a log did not record stays empty (NaN)
        df[col] = pd.to_numeric(df[col].replace("", np.nan))
    df["n_units"] = pd.to_numeric(df["n_units"])
    return df


def pre_revision(history: pd.DataFrame) -> dict:
    """α and macro-F1 of the rules' first comparison with coder 1, before any revision."""
    row = history[
        (history["stage"] == "pre-revision") & (history["comparison"] == "rules vs coder1")
    ]
    if len(row) != 1:
        raise ValueError("agreement history needs exactly one pre-revision 'rules vs coder1' row")
    return dict(
        alpha=float(row["alpha"].iloc[0]),
        macro_f1=float(row["macro_f1"].iloc[0]),
        n_units=int(row["n_units"].iloc[0]),
    )


def later_pre_revisions(history: pd.DataFrame) -> dict:
    """The first comparison of every later round, before that round's revisions (history rows
    ``stage = pre-revision-<round>``): ``alpha_pre_revision_round<r>`` and
    ``n_units_pre_revision_round<r>``, so the report gives every pre-revision figure, not only
    the first (and most favourable) one."""
    out = {}
    for row in history.to_dict("records"):
        stage = str(row["stage"])
        if stage.startswith("pre-revision-"):
            r = stage.removeprefix("pre-revision-")
            out[f"alpha_pre_revision_round{r}"] = float(row["alpha"])
            out[f"n_units_pre_revision_round{r}"] = int(row["n_units"])
            out[f"basis_pre_revision_round{r}"] = f"{row['comparison']}, {row['split']} passages"
    return out


def pre_revision_summary(history: pd.DataFrame) -> dict:
    """The metrics every reliability file carries from the history: the first agreement before
    any revision (α, units) and every later round's (:func:`later_pre_revisions`)."""
    pre = pre_revision(history)
    return {
        "alpha_pre_revision": pre["alpha"],
        "n_units_pre_revision": pre["n_units"],
        **later_pre_revisions(history),
    }


def split_agreement(units: pd.DataFrame, split: pd.DataFrame, pairs: list) -> pd.DataFrame:
    """:func:`pair_agreement` on the dev and on the test passages separately."""
    df = units.merge(split[["article_id", "position", "split"]], on=["article_id", "position"])
    rows = [
        {"split": name} | pair_agreement(part, a, b)
        for name, part in df.groupby("split")
        for a, b in pairs
    ]
    return pd.DataFrame(rows)


# --- the report -------------------------------------------------------------------------------

CODER_PAIRS = [("coder1", "coder2"), ("coder1", "rules"), ("coder2", "rules")]


def mentioned(units: pd.DataFrame, a: str, b: str) -> pd.DataFrame:
    """The units that coding ``a`` or ``b`` mentions (not ``absent`` in both): the basis on
    which agreement is not inflated by units both leave absent."""
    return units[(units[a] != ABSENT) | (units[b] != ABSENT)]


def _coder_intervals(units: pd.DataFrame, n_boot: int, seed: int) -> pd.DataFrame:
    """Unit-level and article-cluster bootstrap intervals of the coders' α, both levels, on
    all units (``units`` = all) and on the units either coder mentions (= mentioned)."""
    rows = []
    for basis, part in (("all", units), ("mentioned", mentioned(units, "coder1", "coder2"))):
        for level in LEVELS:
            for kind, clusters in (("unit", None), ("article_cluster", part["article_id"])):
                ci = bootstrap_alpha(
                    part["coder1"], part["coder2"], level, n_boot, seed, clusters=clusters
                )
                rows.append(
                    dict(
                        units=basis,
                        n_units=len(part),
                        level=level,
                        resample=kind,
                        alpha=alpha(part["coder1"], part["coder2"], level),
                        n_boot=n_boot,
                        seed=seed,
                    )
                    | ci
                )
    return pd.DataFrame(rows)


def _mentioned_summary(units: pd.DataFrame, intervals: pd.DataFrame) -> dict:
    """The coders' and the rules' α on the units either side mentions, with the coders'
    unit-bootstrap interval: the report's headline figures."""
    ci = intervals.query("units == 'mentioned' and level == 'nominal' and resample == 'unit'")
    coders = mentioned(units, "coder1", "coder2")
    out = {
        "alpha_coders_mentioned": alpha(coders["coder1"], coders["coder2"]),
        "alpha_ci_mentioned": [float(ci["lo"].iloc[0]), float(ci["hi"].iloc[0])],
        "n_units_mentioned": len(coders),
    }
    for i in (1, 2):
        part = mentioned(units, f"coder{i}", "rules")
        out[f"alpha_rules_vs_coder{i}_mentioned"] = alpha(part[f"coder{i}"], part["rules"])
        out[f"n_units_rules_vs_coder{i}_mentioned"] = len(part)
    return out


def _tables(units: pd.DataFrame, n_boot: int, seed: int, extra: dict) -> dict[str, pd.DataFrame]:
    """Every table of the reliability report, by file name."""
    tables = {
        "units.csv": units,
        "agreement.csv": agreement_table(units, CODER_PAIRS),
        "alpha_coders_bootstrap.csv": _coder_intervals(units, n_boot, seed),
        "disagreements_coders.csv": disagreements(units, "coder1", "coder2"),
        "disagreements_rules.csv": pd.concat(
            [
                disagreements(units, c, "rules").rename(columns={c: "coder"}).assign(coder_name=c)
                for c in ("coder1", "coder2")
            ],
            ignore_index=True,
        ),
    }
    for a, b in CODER_PAIRS:
        tables[f"confusion_{a}_{b}.csv"] = confusion(units, a, b)
    return tables | extra


def _gold_tables(units: pd.DataFrame, adjudicated: Path, split: Path) -> tuple[pd.DataFrame, dict]:
    """Add the adjudicated v2 gold (if recorded) and dev/test agreement (if a split exists)."""
    extra: dict[str, pd.DataFrame] = {}
    if adjudicated.is_file():
        gold = load_coding(adjudicated).rename(columns={"label": "gold_v2"})
        units = units.merge(gold, on=KEYS, how="left").fillna({"gold_v2": ABSENT})
        pairs = [*CODER_PAIRS, ("gold_v2", "coder1"), ("gold_v2", "coder2"), ("gold_v2", "rules")]
        extra["agreement_gold_v2.csv"] = agreement_table(units, pairs[3:])
        if split.is_file():
            extra["agreement_by_split.csv"] = split_agreement(
                units, outputs.read_csv(split, dtype={"position": int}), pairs
            )
    return units, extra


def reliability_report(
    manual_csv: Path,
    coder2_csv: Path,
    rules_stance_csv: Path,
    out_tables_dir: Path,
    out_metrics_json: Path,
    n_boot: int,
    seed: int,
    history_csv: Path | None = None,
) -> dict:
    """Write the reliability tables and ``reliability.json``; return the summary.

    The agreement history, the adjudicated v2 gold and the dev/test split are read from the
    folder of ``manual_csv`` (``agreement_history.csv``, ``stance_adjudicated.csv``,
    ``split.csv``) unless ``history_csv`` names the history elsewhere.
    """
    folder = Path(manual_csv).parent
    codings = {
        "coder1": load_coding(manual_csv),
        "coder2": load_coding(coder2_csv),
        "rules": load_coding(rules_stance_csv),
    }
    units = unit_table(codings)
    units, extra = _gold_tables(units, folder / "stance_adjudicated.csv", folder / "split.csv")
    history = load_history(history_csv or folder / "agreement_history.csv")
    tables = _tables(units, n_boot, seed, extra)
    intervals = tables["alpha_coders_bootstrap.csv"]
    ci = intervals.query("units == 'all' and level == 'nominal' and resample == 'unit'")
    summary = {
        "alpha_coders": alpha(units["coder1"], units["coder2"]),
        "alpha_ci": [float(ci["lo"].iloc[0]), float(ci["hi"].iloc[0])],
        "alpha_rules_vs_coder1": alpha(units["coder1"], units["rules"]),
        "alpha_rules_vs_coder2": alpha(units["coder2"], units["rules"]),
        **_mentioned_summary(units, intervals),
        **pre_revision_summary(history),
        "agreement_pre_revision": pre_revision(history)["macro_f1"],
        "n_units": len(units),
        "n_disagreements_coders": int((units["coder1"] != units["coder2"]).sum()),
    }
    _write(tables, summary, Path(out_tables_dir), Path(out_metrics_json))
    return summary


def _write(tables: dict, summary: dict, tables_dir: Path, metrics: Path) -> None:
    """All tables and the metrics file, all-or-nothing."""

    def write_tables(tmp: Path) -> None:
        tmp.mkdir(parents=True)
        for name, df in tables.items():
            outputs.write_csv(df, tmp / name)

    outputs.write_all({tables_dir: write_tables, metrics: lambda p: outputs.write_json(summary, p)})


def unavailable(out_metrics_json: Path, reason: str, history_csv: Path | None = None) -> dict:
    """The metrics file when the study has no second coding: says why, and holds only the
    rules' first agreement before any revision when an agreement history records it."""
    from framelab.io.outputs import write_json

    summary = {"available": False, "reason": reason}
    if history_csv is not None and Path(history_csv).is_file():
        summary |= pre_revision_summary(load_history(history_csv))
    write_json(summary, Path(out_metrics_json))
    return summary
