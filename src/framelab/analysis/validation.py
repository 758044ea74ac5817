"""Agreement between the stance rules and the manual coding.

Units are passage × target pairs coded by either side; a side that did not code a unit gives it
the label ``none`` (the passage does not mention the target). Reported: Krippendorff's α
(nominal, the ``krippendorff`` package) against the conventional thresholds 0.667 (tentative
conclusions) and 0.8 (reliable), per-label precision/recall/F1, a confusion matrix, and every
disagreement with both labels and the rules that fired.
"""

from __future__ import annotations

from pathlib import Path

import krippendorff
import numpy as np
import pandas as pd

from framelab import paths
from framelab.analysis.stance import LABEL_ORDER
from framelab.errors import InputError, Problem
from framelab.io import outputs

NONE = "none"
ALL_LABELS = (*LABEL_ORDER, NONE)
MANUAL_COLUMNS = ("article_id", "position", "target", "label")  # optional: prefix, split, note
ABSENT = "absent"


def load_manual(path: Path, passages: pd.DataFrame, targets: list[str]) -> pd.DataFrame:
    """Read a manual coding and check it against the corpus; every problem names its line.

    Columns ``article_id, position, target, label`` (``absent``: the passage does not mention
    the target); optional ``prefix`` (the passage's first words, to detect a changed
    segmentation), ``split`` (``dev``/``test``; else read from ``split.csv`` beside the file)
    and a note (``note`` or ``evidence``).
    """
    shown = shown_path(path)
    df = outputs.read_csv(path, dtype={"position": str}, keep_default_na=False)
    missing = [c for c in MANUAL_COLUMNS if c not in df.columns]
    if missing:
        raise InputError([Problem(shown, f"missing column(s): {', '.join(missing)}", 1)])
    whole = df["position"].str.strip().str.fullmatch(r"\d+")
    if not whole.all():
        raise InputError(
            [
                Problem(shown, f"position {df['position'][i]!r} is not a whole number", i + 2)
                for i in np.flatnonzero(~whole)
            ]
        )
    df["position"] = df["position"].astype(int)
    problems = _row_problems(df, passages, targets, shown)
    dup = df.duplicated(["article_id", "position", "target"], keep=False)
    problems += [
        Problem(shown, "the same passage and target is coded twice", i + 2)
        for i in np.flatnonzero(dup)
    ]
    if problems:
        raise InputError(problems)
    df = _with_split(df, Path(path).parent / "split.csv", shown)
    note = "note" if "note" in df else "evidence" if "evidence" in df else None
    return df.assign(note=df[note] if note else "")


def shown_path(path) -> str:
    """A file as an error names it: relative to the repository root when inside it (the
    study folder stays visible), else as given."""
    try:
        return Path(path).resolve().relative_to(paths.ROOT).as_posix()
    except ValueError:
        return str(path)


def _row_problems(df, passages, targets, shown) -> list[Problem]:
    text = passages.set_index(["article_id", "position"])["text"]
    problems = []
    for i, row in enumerate(df.itertuples(), start=2):
        key = (row.article_id, row.position)
        if key not in text.index:
            problems.append(Problem(shown, f"no passage {row.article_id} #{row.position}", i))
        elif "prefix" in df and not text[key].startswith(row.prefix):
            problems.append(
                Problem(
                    shown,
                    f"passage {row.article_id} #{row.position} no longer "
                    f"starts with {row.prefix!r} (segmentation changed?)",
                    i,
                )
            )
        problems += _code_problems(row, targets, shown, i)
    return problems


def code_messages(label: str, target: str, targets: list[str]) -> list[str]:
    """What is wrong with a coded row's label and claim (the one check that the stance stage
    and ``framelab check`` share)."""
    out = []
    if label not in (*LABEL_ORDER, ABSENT):
        out.append(f"label {label!r} is not one of {', '.join((*LABEL_ORDER, ABSENT))}")
    if target not in targets:
        out.append(f"claim {target!r} is not in targets.yml ({', '.join(targets)})")
    return out


def _code_problems(row, targets, shown: str, line: int) -> list[Problem]:
    """A coded row's label and claim, checked whether or not its corpus is analysed."""
    return [Problem(shown, m, line) for m in code_messages(row.label, row.target, targets)]


def _with_split(df: pd.DataFrame, split_file: Path, shown: str) -> pd.DataFrame:
    """The coding with each passage's dev/test split from ``split.csv``; a coded passage the
    split file does not list is an error (it would drop out of the per-split figures)."""
    if "split" in df or not split_file.is_file():
        return df
    split = outputs.read_csv(split_file, dtype={"position": int})
    out = df.merge(split[["article_id", "position", "split"]], on=["article_id", "position"])
    if len(out) < len(df):
        listed = set(zip(split["article_id"], split["position"], strict=True))
        raise InputError(
            [
                Problem(shown, f"passage {a} #{p} is coded but not in {split_file.name}", i + 2)
                for i, (a, p) in enumerate(zip(df["article_id"], df["position"], strict=True))
                if (a, p) not in listed
            ]
        )
    return out


def align(manual: pd.DataFrame, rules: pd.DataFrame) -> pd.DataFrame:
    """One row per unit of the coded articles that either side labels: ``manual``, ``rules``
    (``none``: that side finds no mention), the rules' reason and the coding's ``split``."""
    keys = ["article_id", "position", "target"]
    extra = ["split"] if "split" in manual else []
    coded = manual[manual["label"] != ABSENT]
    m = coded[[*keys, "label", "note", *extra]].rename(columns={"label": "manual"})
    rules = rules[rules["article_id"].isin(set(manual["article_id"]))]  # the coded articles
    r = rules[[*keys, "label", "rules", "text"]].rename(columns={"label": "rules_label"})
    df = m.merge(r, on=keys, how="outer").fillna({"manual": NONE, "rules_label": NONE})
    if extra:
        split = manual.drop_duplicates(["article_id", "position"]).set_index(
            ["article_id", "position"]
        )["split"]
        df["split"] = [
            split.get((a, p), "") for a, p in zip(df.article_id, df.position, strict=True)
        ]
    return df.rename(columns={"rules_label": "rule"}).sort_values(keys, ignore_index=True)


def alpha(units: pd.DataFrame) -> float:
    """Krippendorff's α (nominal) between the two codings; NaN (undefined) for fewer than two
    units or when only one label occurs in both, since α then has no expected disagreement to
    compare with."""
    if len(units) < 2:
        return float("nan")
    codes = {label: i for i, label in enumerate(ALL_LABELS)}
    data = np.array(
        [[codes[x] for x in units["manual"]], [codes[x] for x in units["rule"]]], dtype=float
    )
    if len(set(data.ravel())) < 2:
        return float("nan")
    return float(krippendorff.alpha(reliability_data=data, level_of_measurement="nominal"))


def per_label(units: pd.DataFrame) -> pd.DataFrame:
    """Precision, recall, F1 and support of each stance label (manual coding as reference).

    As scikit-learn's ``precision_recall_fscore_support(manual, rule, labels=LABEL_ORDER,
    zero_division=0)`` computes them (a test compares both), counted here with numpy: importing
    scikit-learn's metrics costs about 2 s in every stance stage."""
    manual, rule = units["manual"].to_numpy(), units["rule"].to_numpy()
    rows = []
    for label in LABEL_ORDER:
        true, pred = manual == label, rule == label
        tp, n_true, n_pred = int((true & pred).sum()), int(true.sum()), int(pred.sum())
        rows.append(
            dict(
                label=label,
                precision=tp / n_pred if n_pred else 0.0,
                recall=tp / n_true if n_true else 0.0,
                f1=2 * tp / (n_true + n_pred) if n_true + n_pred else 0.0,
                support=n_true,
            )
        )
    return pd.DataFrame(rows, columns=["label", "precision", "recall", "f1", "support"])


def confusion(units: pd.DataFrame) -> pd.DataFrame:
    """Rows: manual label; columns: rules' label (``none``: not coded by that side); units with
    a label outside :data:`ALL_LABELS` are not counted (as scikit-learn's confusion_matrix)."""
    place = {label: i for i, label in enumerate(ALL_LABELS)}
    m = np.zeros((len(ALL_LABELS), len(ALL_LABELS)), dtype=np.int64)
    for a, b in zip(units["manual"], units["rule"], strict=True):
        if a in place and b in place:
            m[place[a], place[b]] += 1
    return pd.DataFrame(
        m, index=pd.Index(ALL_LABELS, name="manual"), columns=ALL_LABELS
    ).reset_index()


def agreement_summary(units: pd.DataFrame, manual: pd.DataFrame | None = None) -> dict:
    """α, macro-F1 and counts over all units, and per split (dev/test) where there is one;
    with the ``manual`` coding also how many units it holds (``coded``) and how many of them
    it codes ``absent`` (units absent for both sides are not in ``units``)."""
    out = _summary(units)
    if manual is not None:
        out |= {"coded": len(manual), "coded_absent": int((manual["label"] == ABSENT).sum())}
    if "split" in units:
        out["by_split"] = {
            s: _summary(g) for s, g in units.groupby("split") if s in ("dev", "test")
        }
    return out


def _summary(units: pd.DataFrame) -> dict:
    """α, macro-F1 and counts; undefined (NaN) when no unit is mentioned by either side."""
    if units.empty:
        return dict(alpha=float("nan"), macro_f1=float("nan"), units=0, agree=0)
    a = alpha(units)
    labels = per_label(units)
    return dict(
        alpha=a,
        macro_f1=float(labels["f1"].mean()),
        units=len(units),
        agree=int((units["manual"] == units["rule"]).sum()),
    )


def coded_ids(path: Path | None) -> frozenset[str]:
    """The article ids of a manual coding (empty without one)."""
    if path is None or not Path(path).is_file():
        return frozenset()
    return frozenset(pd.read_csv(path, usecols=["article_id"], dtype=str)["article_id"])


def load_manual_if_coded(
    path: Path, passages: pd.DataFrame, targets: list[str]
) -> pd.DataFrame | None:
    """The manual coding if it covers this corpus, else None (e.g. another corpus is analysed).

    A coding that names some of the corpus's articles must match it exactly (see
    :func:`load_manual`); one that names none of them belongs to another corpus.
    """
    if not Path(path).is_file():
        return None
    coding = outputs.read_csv(path, keep_default_na=False)
    if not set(coding["article_id"]) & set(passages["article_id"]):
        _check_unused(coding, shown_path(path), targets)
        return None
    return load_manual(path, passages, targets)


def _check_unused(df: pd.DataFrame, shown: str, targets: list[str]) -> None:
    """A coding of another corpus goes unused, but its labels and claims must still be valid
    (as ``framelab check`` says): a bad one is an error, not silently skipped."""
    if not {"label", "target"} <= set(df.columns):
        return
    problems = [
        p
        for i, row in enumerate(df.itertuples(), 2)
        for p in _code_problems(row, targets, shown, i)
    ]
    if problems:
        raise InputError(problems)
