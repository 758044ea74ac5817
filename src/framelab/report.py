"""Stage ``report``: collect figures, tables and metrics into a PDF with Typst.

The template (``reports/report.typ``) reads the CSV tables and PNG figures itself; this module
adds what Typst cannot compute: provenance (parameters, package versions, git commit) and short
readings of the results generated from the stage outputs, so no number is typed by hand.
"""

from __future__ import annotations

import json
import platform
import subprocess
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path
from typing import Any

import pandas as pd
import yaml

from framelab.paths import project_root

PACKAGES = (
    "framelab",
    "pandas",
    "numpy",
    "scikit-learn",
    "simplemma",
    "seaborn",
    "matplotlib",
    "papermill",
    "dvc",
    "typst",
    "pyarrow",
)
MIN_ARTICLES_FOR_INTERVAL = 3


def git_commit(root: Path) -> str:
    """The last commit that changed the inputs (anything but ``dvc.lock``), ``+dirty`` if the
    work tree has uncommitted changes to tracked inputs.

    ``dvc.lock`` is left out on purpose: it records this PDF's hash, so a PDF naming the commit
    that contains the lock could never match it. Commit the lock on its own after ``dvc repro``.
    """
    inputs = ["--", ".", ":(exclude)dvc.lock"]
    try:
        head = subprocess.run(
            ["git", "log", "-1", "--format=%H", *inputs],
            cwd=root,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "status", "--porcelain", "--untracked-files=no", *inputs],
            cwd=root,
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    except (OSError, subprocess.CalledProcessError):
        return "unknown (not a git checkout)"
    if not head:
        return "unknown (no commits yet)"
    return head + ("+dirty" if dirty.strip() else "")


def package_versions() -> dict[str, str]:
    versions = {"python": platform.python_version()}
    for name in PACKAGES:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = "not installed"
    return versions


def flatten(params: dict[str, Any], prefix: str = "") -> list[dict[str, str]]:
    """``{"topics": {"k": 4}}`` -> ``[{"name": "topics.k", "value": "4"}]``."""
    rows = []
    for key, value in params.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            rows.extend(flatten(value, name + "."))
        else:
            rows.append({"name": name, "value": json.dumps(value, ensure_ascii=False)})
    return rows


def _read_json(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def cleaning_reading(clean: dict) -> str:
    c = clean
    rules = clean["rules"]
    top = ", ".join(f"{r} ({n})" for r, n in sorted(rules.items(), key=lambda x: (-x[1], x[0]))[:4])
    share = c["chars_removed"] / c["chars_raw"] if c["chars_raw"] else 0.0
    text = (
        f"Cleaning kept {c['chars_kept']:,} of {c['chars_raw']:,} characters and removed "
        f"{c['chars_removed']:,} ({share:.1%}) as page furniture, by {len(rules)} named rules; "
        f"the most frequent were {top}. The {c['articles']} articles yield {c['passages']} "
        f"passages and {c['sentences']} sentences ({c['tokens']:,} tokens)."
    )
    if "passages_other_language" in c:
        text += (
            f" {c['passages_other_language']} passages were detected as another language and "
            f"left out of the analyses; {c['empty_after_cleaning']} articles were only "
            f"boilerplate. Duplicate articles: {c['duplicates_exact']} exact and "
            f"{c['duplicates_near']} near duplicates, {c['duplicates_dropped']} dropped."
        )
    return text


def reuse_reading(reuse: dict, pairs: pd.DataFrame) -> str:
    """Which articles share wording, and what the method cannot see."""
    if pairs.empty:
        found = "No pair of articles shares passages at this threshold."
    else:
        top = pairs.sort_values(["passages_a", "mean_containment"], ascending=False).head(5)
        found = (
            "Articles sharing wording: "
            + "; ".join(
                f"{r.article_a} and {r.article_b} ({r.passages_a} and {r.passages_b} passages, "
                f"mean containment {r.mean_containment:.2f})"
                for r in top.itertuples()
            )
            + "."
        )
    return (
        f"MinHash LSH on {reuse['shingle']}-word shingles over {reuse['passages']} passages "
        f"found {reuse['passage_pairs']} passage pairs from different articles in which at least "
        f"{reuse['min_containment']:.0%} of the shorter passage's shingles recur. "
        + found
        + " The method sees shared wording only: a paraphrase or a second translation of the "
        "same quotation that changes the words is invisible to it, and common phrases can "
        "create weak matches."
    )


def topics_reading(topics: dict) -> str:
    """One paragraph on the topic model, generated from its metrics."""
    d = topics["most_different_topic"]
    label = topics["labels"][str(d["topic"])]
    text = (
        f"The model has K = {topics['k']} topics ({topics['k_rule']}), fitted by "
        f"{topics['method'].upper()} on {topics['n_units']} {topics['unit']}s from "
        f"{topics['n_articles']} articles ({topics['vocabulary']} terms). Mean NPMI coherence is "
        f"{topics['npmi']:.2f}, diversity {topics['diversity']:.2f} and seed stability "
        f"{topics['stability']:.2f} (mean matched Jaccard of top-10 words over "
        f"{topics['stability_runs']} subsampled runs; 1 = identical topics). The topic that "
        f"differs most between camps is “{label}”: mean share {d['high_share']:.2f} in "
        f"{d['high']} articles against {d['low_share']:.2f} in {d['low']} articles."
    )
    return text


def topics_limitation(topics: dict) -> str:
    """What the topic results cannot support, given the corpus size and stability."""
    parts = []
    without = topics.get("camps_without_interval", [])
    with_ = topics.get("camps_with_interval", [])
    if without:
        parts.append(
            f"{', '.join(without)} {'has' if len(without) == 1 else 'have'} fewer than "
            f"{MIN_ARTICLES_FOR_INTERVAL} articles, so no interval can be estimated there and "
            "the per-article shares are shown instead"
        )
    if with_:
        parts.append(
            f"intervals for {', '.join(with_)} resample only its "
            "articles and are conditional on the fitted model"
        )
    if topics["stability"] < 0.5:
        parts.append(
            f"a stability of {topics['stability']:.2f} means the topics change noticeably when "
            "a fifth of the passages is left out: read them as descriptions of these texts, "
            "not as stable themes"
        )
    if topics["n_units"] < 200:
        parts.append(
            f"with {topics['n_units']} units, NPMI is computed from very few co-occurrences and "
            "is optimistic"
        )
    return ("Limits: " + "; ".join(parts) + ".") if parts else ""


def markers_reading(stance: dict, by_camp: pd.DataFrame) -> str:
    """One paragraph on the framing-marker rates per camp."""
    wide = by_camp.pivot(index="category", columns="camp", values="per_1000_tokens")
    parts = []
    for category in ("endorsement", "distancing", "contestation"):
        if category in wide.index:
            row = wide.loc[category].sort_values(ascending=False)
            rates = ", ".join(f"{camp} {rate:.1f}" for camp, rate in row.items())
            parts.append(f"{category} per 1,000 tokens: {rates}")
    return f"The lexicon found {stance['marker_matches']} marker matches; " + "; ".join(parts) + "."


def stance_reading(counts: pd.DataFrame) -> str:
    """Per target, the labels each camp gives it (counts of passages)."""
    sentences = []
    for target, tg in counts.groupby("target"):
        per_camp = []
        for camp, g in tg.groupby("camp"):
            present = g[g["n"] > 0].sort_values(["n", "label"], ascending=[False, True])
            if not present.empty:
                labels = ", ".join(f"{r.label} {r.n}" for r in present.itertuples())
                per_camp.append(f"{camp} ({labels})")
        if per_camp:
            sentences.append(f"{target}: " + "; ".join(per_camp))
    return (
        "Passages mentioning each claim, by the label the rules gave them: "
        + ". ".join(sentences)
        + "."
    )


def voices_reading(voices: pd.DataFrame) -> str:
    """Whose words each camp carries (share of quoted and reported words)."""
    parts = []
    for camp, g in voices.groupby("camp"):
        shares = g.groupby("group")["words"].sum()
        shares = (shares / shares.sum()).sort_values(ascending=False)
        top = ", ".join(f"{grp} {share:.0%}" for grp, share in shares.items())
        parts.append(f"{camp}: {top}")
    return "Share of quoted and reported words by actor group: " + "; ".join(parts) + "."


def keyness_reading(keyterms: pd.DataFrame, articles: pd.DataFrame) -> str:
    """Which distinctive terms survive leaving one article out, and why some cannot."""
    robust = keyterms[keyterms["robust"]]
    n_articles = articles.groupby("camp")["id"].nunique()
    single = sorted(c for c, n in n_articles.items() if n < 2)
    text = (
        f"{len(robust)} of the {len(keyterms)} top terms stay distinctive (z ≥ 1.96) "
        "whichever single article is left out"
    )
    if not robust.empty:
        text += ": " + ", ".join(f"{r.term} ({r.group})" for r in robust.itertuples())
    text += "."
    if single:
        text += (
            f" {', '.join(single)} {'has' if len(single) == 1 else 'have'} a single article, "
            "so its terms describe that one text and cannot pass the check."
        )
    return text


def naming_reading(names: pd.DataFrame) -> str:
    """Own-voice use of each naming variant per camp."""
    parts = []
    for pair, g in names.groupby("pair", sort=False):
        uses = []
        for variant, vg in g.groupby("variant", sort=False):
            own = ", ".join(f"{r.camp} {r.own_voice}" for r in vg.itertuples())
            uses.append(f"“{variant}” {own}")
        parts.append(f"{pair}: " + "; ".join(uses))
    return "Uses in the texts' own voice (outside quotations): " + ". ".join(parts) + "."


def validation_reading(agreement: dict | None) -> str:
    """α and F1 against the manual coding, with what they can and cannot show."""
    if agreement is None:
        return (
            "No manual coding covers this corpus, so the stance rules are not validated here; "
            "code a sample (studies/kursk-2025/codebook.md) before relying on them."
        )
    return (
        f"Against the manual coding of {agreement['units']} passage × target units, the rules "
        f"agree on {agreement['agree']}: Krippendorff's α = {agreement['alpha']:.3f} "
        f"({agreement['verdict']}; thresholds 0.667 tentative, 0.8 reliable), macro-F1 = "
        f"{agreement['macro_f1']:.3f}. The rules were developed on these same passages and "
        "revised where the comparison showed a gap in the lexicon "
        "(the study's annotations/rule_revisions.md), so this agreement is in-sample and "
        "optimistic; "
        "the manual coding is a single coder's."
    )


def limitations(articles: pd.DataFrame) -> str:
    counts = articles.groupby("camp")["id"].nunique().sort_index()
    per_camp = ", ".join(f"{camp}: {n}" for camp, n in counts.items())
    small = [camp for camp, n in counts.items() if n < MIN_ARTICLES_FOR_INTERVAL]
    text = (
        f"The corpus has {len(articles)} articles ({per_camp}). Differences between camps "
        "describe these texts only: they are not estimates for the outlets or camps in general."
    )
    if small:
        text += (
            f" {', '.join(small)} {'has' if len(small) == 1 else 'have'} fewer than "
            f"{MIN_ARTICLES_FOR_INTERVAL} articles, so no interval or test between camps can be "
            "computed there; per-article values are shown instead."
        )
    return text


def build_context(root: Path, params_file: Path) -> dict[str, Any]:
    """Everything the template needs besides the tables and figures it reads itself."""
    params = yaml.safe_load(params_file.read_text(encoding="utf-8"))
    metrics = root / "reports" / "metrics"
    st = root / "reports" / "tables" / "stance"
    clean, topics, stance, reuse = (
        _read_json(metrics / f"{n}.json") for n in ("clean", "topics", "stance", "reuse")
    )
    articles = pd.read_parquet(root / "data" / "processed" / "articles.parquet")
    rules = pd.read_csv(root / "reports" / "tables" / "clean" / "rules.csv")
    clean = clean | {"rules": dict(zip(rules["rule"], rules["n"], strict=True))}
    reuse = reuse | {k: params["reuse"][k] for k in ("shingle", "min_containment")}
    meta = yaml.safe_load((root / params["study"] / "study.yaml").read_text(encoding="utf-8"))
    return {
        "title": meta["title"],
        "subtitle": meta.get("subtitle", ""),
        "date": str(meta["build_stamp"]),
        "commit": git_commit(root),
        "versions": [{"name": k, "version": v} for k, v in package_versions().items()],
        "params": flatten(params),
        "n_articles": len(articles),
        "clean": clean,
        "topics": topics,
        "has_validation": stance.get("agreement") is not None,
        "readings": {
            "cleaning": cleaning_reading(clean),
            "topics": topics_reading(topics),
            "topics_limitation": topics_limitation(topics),
            "markers": markers_reading(stance, pd.read_csv(st / "markers_by_camp.csv")),
            "stance": stance_reading(pd.read_csv(st / "stance_by_camp.csv")),
            "voices": voices_reading(pd.read_csv(st / "voices_by_camp.csv")),
            "keyness": keyness_reading(pd.read_csv(st / "keyness.csv"), articles),
            "naming": naming_reading(pd.read_csv(st / "naming_pairs.csv")),
            "validation": validation_reading(stance.get("agreement")),
            "reuse": reuse_reading(
                reuse, pd.read_csv(root / "reports" / "tables" / "reuse" / "article_pairs.csv")
            ),
            "limitations": limitations(articles),
        },
    }


def build_report(
    template: Path, output: Path, params_file: Path, provenance: Path | None = None
) -> None:
    """Compile the Typst template to a PDF with a fixed creation date (reruns: same bytes).

    ``provenance`` (JSON) records the commit and package versions the PDF names.
    """
    import typst

    from framelab.outputs import write_all, write_json

    root = project_root()
    context = build_context(root, params_file)
    stamp = datetime.fromisoformat(context["date"]).replace(tzinfo=UTC)
    pdf = typst.compile(
        str(template),
        root=str(root),
        ignore_system_fonts=True,
        sys_inputs={"context": json.dumps(context, ensure_ascii=False, sort_keys=True)},
        timestamp=int(stamp.timestamp()),
    )
    writers = {Path(output): lambda p: p.write_bytes(pdf)}
    if provenance is not None:
        record = {"commit": context["commit"], "versions": context["versions"]}
        writers[Path(provenance)] = lambda p: write_json(record, p)
    write_all(writers)


def provenance_is_current(provenance: Path) -> bool:
    """Whether the report names the commit the work tree is at now."""
    if not Path(provenance).is_file():
        return False
    recorded = json.loads(Path(provenance).read_text(encoding="utf-8")).get("commit")
    return recorded == git_commit(project_root())
