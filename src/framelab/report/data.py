"""Everything the report reads from the stage outputs, loaded once; missing parts stay None."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd
import yaml

from framelab.analysis import scope
from framelab.io import outputs
from framelab.report import context


def _json(path: Path) -> dict | None:
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else None


def _csv(path: Path, skip: tuple[str, ...] = ()) -> pd.DataFrame | None:
    if not path.is_file():
        return None
    return outputs.read_csv(path, usecols=(lambda c: c not in skip) if skip else None)


@dataclass
class ReportData:
    """Stage outputs, the study's words and the report's labels for one build."""

    root: Path
    params: dict[str, Any]
    study: dict[str, Any]
    targets: dict[str, dict[str, str]]
    articles: pd.DataFrame  # the analysed articles: about the event, in a study camp
    passages: pd.DataFrame
    corpus_articles: pd.DataFrame = field(default_factory=pd.DataFrame)  # the whole corpus
    metrics: dict[str, dict | None] = field(default_factory=dict)
    tables: dict[str, pd.DataFrame | None] = field(default_factory=dict)
    label: dict[str, str] = field(default_factory=dict)  # article id -> RU1
    camp_label: dict[str, str] = field(default_factory=dict)  # camp id -> study label
    camps: list[str] = field(default_factory=list)  # camp ids in study order (present ones)

    def group(self, group: str) -> str:
        """An actor group as the report prints it (its label in actors.yml, or the id)."""
        return (self.study.get("group_labels") or {}).get(group, group.replace("_", " "))

    def p(self, section: str, key: str):
        """A parameter as params.yaml has it (no default here: params.yaml is the only place)."""
        return self.params[section][key]

    def t(self, name: str) -> pd.DataFrame | None:
        return self.tables.get(name)

    def claim_order(self, present) -> list[str]:
        """The claims among ``present`` in the study's order (targets.yml), unknown ones last."""
        present = set(present)
        return [t for t in self.targets if t in present] + sorted(present - set(self.targets))


def ci_level(d: ReportData) -> float:
    """The one interval level of every interval the report computes and states
    (``topics.ci_level``)."""
    return float(d.p("topics", "ci_level"))


TABLES = {
    "corpus": "clean/corpus.csv",
    "removals": "clean/removals.csv",
    "removed_lines": "clean/removed_lines.csv",
    "camps": "clean/camps.csv",
    "k_sweep": "topics/k_sweep.csv",
    "topic_terms": "topics/topic_terms.csv",
    "representative": "topics/representative_passages.csv",
    "article_shares": "topics/article_shares.csv",
    "unit_shares": "topics/unit_shares.csv",
    "marker_matches": "stance/marker_matches.csv",
    "lexicon": "stance/lexicon.csv",
    "stance_by_passage": "stance/stance_by_passage.csv",
    "voices": "stance/voices.csv",
    "keyness": "stance/keyness.csv",
    "naming": "stance/naming_pairs.csv",
    "per_label": "stance/validation_per_label.csv",
    "confusion": "stance/validation_confusion.csv",
    "disagreements": "stance/validation_disagreements.csv",
    "validation_units": "stance/validation_units.csv",
    "top_article_pairs": "reuse/top_article_pairs.csv",  # the report reads bounded summaries;
    "top_pairs": "reuse/top_pairs.csv",  # all pairs: reuse/{passage,article}_pairs.parquet
    "lineage_outlets": "reuse/lineage_outlets.csv",
    "lineage_camps": "reuse/lineage_camps.csv",
    "target_fit": "stance/target_fit.csv",
    "topic_flags": "topics/topic_flags.csv",
    "repeated_lines": "clean/repeated_lines.csv",
    "voices_gold_articles": "voices_benchmark/gold_articles.csv",
    "voices_by_split": "voices_benchmark/by_split.csv",
    "voices_by_section": "voices_benchmark/by_section.csv",
}
UNREAD = {  # columns of large tables the report never prints (read as the others are)
    "voices": ("text",),
    "stance_by_passage": ("text",),
    "marker_matches": ("match", "start", "end"),
}
METRICS = ("clean", "topics", "stance", "reuse")
EXTRA = {
    "voices_benchmark": "tables/voices_benchmark/summary.json",  # the metrics file: headlines
    "reliability": "metrics/reliability.json",
}


def article_labels(articles: pd.DataFrame, camps: list[dict]) -> dict[str, str]:
    """Article id -> short label: the camp's ``short`` code and a running number (RU1, W1 …)."""
    shorts = {c["id"]: c["short"] for c in camps}
    labels = {}
    for camp, g in articles.sort_values("id").groupby("camp", sort=False):
        short = shorts.get(camp, str(camp)[:3].upper())
        for i, aid in enumerate(sorted(g["id"]), start=1):
            labels[aid] = f"{short}{i}"
    return labels


def label_key(label: str) -> tuple[str, int]:
    """Sort key of an article label in natural order: IN2 before IN10."""
    m = re.match(r"^(.*?)(\d+)$", label)
    return (m.group(1), int(m.group(2))) if m else (label, 0)


def _without_text(path: Path) -> pd.DataFrame:
    """A processed table without its ``text`` column (the report prints no article text)."""
    import pyarrow.parquet as pq

    names = pq.ParquetFile(path).schema_arrow.names
    return pd.read_parquet(path, columns=[c for c in names if c != "text"])


def load(root: Path, params_file: Path) -> ReportData:
    """Read params, the study, the claims and every stage output the report uses."""
    params = yaml.safe_load(Path(params_file).read_text(encoding="utf-8")) or {}
    study = context.study_meta(context.study_path(params, root))
    targets_file = root / str(params["study"]) / "targets.yml"
    reports = root / "reports"
    corpus = _without_text(root / "data" / "processed" / "articles.parquet")
    articles = scope.scoped(corpus)
    passages = _without_text(root / "data" / "processed" / "passages.parquet")
    passages = passages[passages["article_id"].isin(set(articles["id"]))]
    data = ReportData(
        root=root,
        params=params,
        study=study,
        targets=context.target_meta(targets_file),
        articles=articles,
        passages=passages,
        metrics={n: _json(reports / "metrics" / f"{n}.json") for n in METRICS}
        | {n: _json(reports / p) for n, p in EXTRA.items()},
        tables={n: _csv(reports / "tables" / p, UNREAD.get(n, ())) for n, p in TABLES.items()},
        corpus_articles=corpus,
    )
    present = list(dict.fromkeys(articles["camp"]))
    order = [c["id"] for c in study["camps"]]
    data.camps = [c for c in order if c in present] + sorted(c for c in present if c not in order)
    data.camp_label = {c["id"]: c["label"] for c in study["camps"]}
    data.camp_label |= {c: c.replace("_", " ") for c in data.camps if c not in data.camp_label}
    data.label = article_labels(articles, study["camps"])
    return data


def dependent_pairs(root: Path, min_share: float) -> pd.DataFrame:
    """The article pairs in which either article has at least ``min_share`` of its passages
    reused (read from the full Parquet table with a filter, so memory follows these pairs)."""
    import pyarrow.parquet as pq

    path = root / "reports" / "tables" / "reuse" / "article_pairs.parquet"
    cols = ["article_a", "article_b", "share_a", "share_b"]
    if not path.is_file():
        return pd.DataFrame(columns=cols)
    keep = [[("share_a", ">=", min_share)], [("share_b", ">=", min_share)]]
    return pq.read_table(path, columns=cols, filters=keep).to_pandas()


def table_path(name: str) -> str:
    """The repository path of a stage table, as the report names it."""
    return f"reports/tables/{TABLES[name]}"
