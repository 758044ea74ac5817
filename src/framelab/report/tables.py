"""Tables for the templates, already formatted: one spec per table (caption, header, per-column
alignment, width and language, rows as strings, a note naming the full CSV when cut)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import yaml

from framelab.report import fmt, topic_method
from framelab.report.data import ReportData, label_key, table_path

WITHHELD_RULE_WORDS = ("comment",)  # removed lines of these rules are reader content: not reprinted


def spec(
    caption: str,
    columns: list[tuple[str, str, str, str | None]],
    rows: list[list[str]],
    total: int | None = None,
    source: str | None = None,
    per_item: int = 1,
    noun: str = "rows",
) -> dict:
    """``columns``: (header, align l|r, width auto|1fr|…, lang or None); ``total`` items (of
    ``per_item`` rows each, called ``noun``) of which ``rows`` shows the first."""
    note = ""
    shown = len(rows) // per_item
    if total is not None and total > shown:
        note = f"First {fmt.count(shown)} of {fmt.count(total)} {noun}; all {noun} in {source}."
    elif source:
        note = f"Full table: {source}."
    return {
        "caption": caption,
        "head": [c[0] for c in columns],
        "align": [c[1] for c in columns],
        "widths": [c[2] for c in columns],
        "lang": [c[3] for c in columns],
        "rows": rows,
        "note": note,
    }


def cut_text(text, n: int = 160) -> str:
    """The text in at most ``n`` characters, cut after a whole word and marked with "…"."""
    text = " ".join(str(text).split())
    if len(text) <= n:
        return text
    head = text[: n - 1]
    if text[n - 1] != " " and " " in head[n // 2 :]:
        head = head[: head.rindex(" ")]
    if head.count("(") > head.count(")") and head.rindex("(") >= n // 2:
        head = head[: head.rindex("(")]  # no bracket left open by the cut
    return head.rstrip(" ,;:–-") + "…"


def _cut_list(text, n: int) -> str:
    """A comma-separated list cut after the last whole item that fits in ``n`` characters."""
    items = [i.strip() for i in str(text).split(",")]
    kept = []
    for item in items:
        if len(", ".join([*kept, item])) > n - 2:
            return ", ".join(kept) + ", …"
        kept.append(item)
    return ", ".join(kept)


ARTICLE_LABELS = "reports/figures/report/article_labels.csv"  # every label with its article id


def _group_cell(group: list[str], label: str) -> str:
    """The other articles of an article's dependence cluster: 'W3', 'IN2, IN7 and PAN1', or
    'IN2 and 2,466 more'."""
    others = [g for g in group if g != label]
    if not others:
        return "–"
    if len(others) <= 3:
        return fmt.series(others)
    return f"{others[0]} and {fmt.count(len(others) - 1)} more"


def articles_table(d: ReportData, clusters: dict[str, str], limit: int) -> dict:
    a = d.articles.assign(label=d.articles["id"].map(d.label))
    a["order"] = a["camp"].map({c: i for i, c in enumerate(d.camps)})
    a["label_order"] = a["label"].map(label_key)
    a = a.sort_values(["order", "label_order"])
    members: dict[str, list[str]] = {}
    for aid, c in clusters.items():
        members.setdefault(c, []).append(d.label[aid])
    members = {c: sorted(labels, key=label_key) for c, labels in members.items()}
    cols = [
        ("label", "l", "auto", None),
        ("id", "l", "auto", None),
        ("title", "l", "1fr", "de"),
        ("outlet", "l", "auto", None),
        ("date", "l", "auto", None),
        ("passages", "r", "auto", None),
        ("tokens", "r", "auto", None),
        ("cluster", "l", "auto", None),
    ]
    rows = [
        [
            r.label,
            r.id,
            str(r.title),
            str(r.outlet),
            str(r.published),
            fmt.count(r.n_passages),
            fmt.count(r.n_tokens),
            _group_cell(members[clusters[r.id]], r.label),
        ]
        for r in a.head(limit).itertuples()
    ]
    known = [i for i, (name, *_) in enumerate(cols) if _ever_known(a, name)]
    dropped = [cols[i][0] for i in range(len(cols)) if i not in known]
    return spec(
        "The articles: short label (it starts with the camp's short code, Section 2), id, "
        "title, outlet and date where the project knows them, size, and dependence cluster "
        "(the articles it shares enough passages with to count as one, Section 3.4)."
        + (f" Not known for any article: {fmt.series(dropped)}." if dropped else ""),
        [cols[i] for i in known],
        [[row[i] for i in known] for row in rows],
        len(a),
        ARTICLE_LABELS,
    )


PROVENANCE_FIELDS = {"title": "title", "outlet": "outlet", "date": "published"}


def _ever_known(articles, column: str) -> bool:
    """Whether any article (not only the rows shown) has the articles table's ``column``:
    provenance fields may all be ``unknown``; the other columns always have a value."""
    field = PROVENANCE_FIELDS.get(column)
    return field is None or bool((articles[field].astype(str) != "unknown").any())


def article_labels_csv(d: ReportData, clusters: dict[str, str] | None = None) -> str:
    """Every article's report label with its id and camp (and, given ``clusters``, its
    dependence cluster, named by its first label), for readers of the figures."""
    a = d.articles[["id", "camp"]].assign(label=d.articles["id"].map(d.label))
    a = a.assign(order=a["label"].map(label_key)).sort_values("order")
    columns = ["label", "id", "camp"]
    if clusters:
        first: dict[str, str] = {}
        for aid, key in clusters.items():
            lab = d.label[aid]
            if key not in first or label_key(lab) < label_key(first[key]):
                first[key] = lab
        a["cluster"] = a["id"].map(lambda i: first[clusters[i]])
        columns.append("cluster")
    return a[columns].to_csv(index=False, lineterminator="\n")


def topic_terms_table(d: ReportData, limit: int) -> dict | None:
    t = d.t("topic_terms")
    if t is None:
        return None
    rows = [
        [r.topic.split(" ")[0], _cut_list(r.terms, 90), fmt.coef(r.npmi)]
        for r in t.head(limit).itertuples()
    ]
    words = topic_method.terms(d)
    cols = [
        ("topic", "l", "auto", None),
        (f"top {words} by weight", "l", "1fr", "de"),
        ("NPMI", "r", "auto", None),
    ]
    return spec(
        f"Topics: top {words} by weight and NPMI coherence per topic. A topic's name in the "
        f"figures is its first three {words}, not a human interpretation.",
        cols,
        rows,
        len(t),
        table_path("topic_terms"),
    )


def keyness_table(d: ReportData, limit: int) -> dict | None:
    k = d.t("keyness")
    if k is None:
        return None
    k = k.sort_values(["group", "z"], ascending=[True, False])
    rows = [
        [
            d.camp_label.get(r.group, r.group),
            r.term,
            fmt.count(r.count),
            fmt.coef(r.delta),
            fmt.coef(r.z),
            fmt.coef(r.min_z_loao),
            "yes" if r.robust else "no",
        ]
        for r in k.head(limit).itertuples()
    ]
    cols = [
        ("camp", "l", "auto", None),
        ("lemma", "l", "1fr", "de"),
        ("count", "r", "auto", None),
        ("log-odds", "r", "auto", None),
        ("z", "r", "auto", None),
        ("min z (leave one out)", "r", "auto", None),
        ("robust", "l", "auto", None),
    ]
    return spec(
        "Distinctive lemmas with effect size (log-odds ratio) and z.",
        cols,
        rows,
        len(k),
        table_path("keyness"),
    )


def removals_table(d: ReportData) -> dict | None:
    r = d.t("removals")
    if r is None or r.empty:
        return None
    g = (
        r.groupby(["rule", "action"], as_index=False)[["n", "chars"]]
        .sum()
        .sort_values(["chars"], ascending=False)
    )
    rows = [
        [x.rule.replace("_", " "), x.action.replace("_", " "), fmt.count(x.n), fmt.count(x.chars)]
        for x in g.itertuples()
    ]
    cols = [
        ("rule", "l", "1fr", None),
        ("action", "l", "auto", None),
        ("pieces", "r", "auto", None),
        ("characters", "r", "auto", None),
    ]
    return spec(
        "Cleaning: removals per rule, summed over articles.",
        cols,
        rows,
        None,
        table_path("removals"),
    )


def removed_lines_table(d: ReportData, limit: int) -> dict | None:
    r = d.t("removed_lines")
    if r is None or r.empty:
        return None
    rows = []
    for x in r.head(limit).itertuples():
        withheld = any(w in x.rule for w in WITHHELD_RULE_WORDS)
        text = "[reader content withheld]" if withheld else cut_text(x.text, 90)
        rows.append(
            [
                d.label.get(x.article_id, x.article_id),
                fmt.count(x.line),
                x.rule.replace("_", " "),
                text,
            ]
        )
    cols = [
        ("article", "l", "auto", None),
        ("line", "r", "auto", None),
        ("rule", "l", "auto", None),
        ("removed text", "l", "1fr", "de"),
    ]
    return spec(
        "The removal audit: removed lines with their rule (reader comments and user names "
        "are not reprinted).",
        cols,
        rows,
        len(r),
        table_path("removed_lines"),
    )


def in_report_order(d: ReportData, table: pd.DataFrame, column: str) -> pd.DataFrame:
    """``table`` with its articles (ids in ``column``) in Table 1's order (camp, then label:
    RU1, W1–W3, O1), each article's rows keeping their order."""
    camp_of = dict(zip(d.articles["id"], d.articles["camp"], strict=True))
    rank = {c: i for i, c in enumerate(d.camps)}
    key = table[column].map(
        lambda a: (rank.get(camp_of.get(a), len(rank)), *label_key(d.label.get(a, str(a))))
    )
    return table.iloc[sorted(range(len(table)), key=lambda i: key.iloc[i])]


def camp_evidence_table(d: ReportData, limit: int) -> dict | None:
    c = d.t("camps")
    if c is None:
        return None
    c = in_report_order(d, c, "id")
    rows = [
        [
            d.label.get(x.id, x.id),
            x.id,
            d.camp_label.get(x.camp, x.camp),
            cut_text(x.camp_evidence, 400),
        ]
        for x in c.head(limit).itertuples()
    ]
    cols = [
        ("article", "l", "auto", None),
        ("file id", "l", "auto", None),
        ("camp", "l", "auto", None),
        ("evidence recorded for the camp", "l", "1fr", None),
    ]
    return spec(
        "Camp assignments with the evidence recorded for each (metadata.csv).",
        cols,
        rows,
        len(c),
        table_path("camps"),
    )


def stance_decisions_table(d: ReportData, limit: int) -> dict | None:
    s = d.t("stance_by_passage")
    if s is None or s.empty:
        return None
    s = in_report_order(d, s, "article_id")
    rows = [
        [
            d.label.get(x.article_id, x.article_id),
            fmt.count(x.position),
            d.targets.get(x.target, {}).get("label", x.target),
            x.label,
            cut_text(_claim_names(d, str(x.rules)).replace("_", " "), 110),
        ]
        for x in s.head(limit).itertuples()
    ]
    cols = [
        ("article", "l", "auto", None),
        ("passage", "r", "auto", None),
        ("claim", "l", "1fr", None),
        ("label", "l", "auto", None),
        ("rules that fired (rule: matched text)", "l", "1.4fr", "de"),
    ]
    return spec(
        "Every stance decision with the rules that fired.",
        cols,
        rows,
        len(s),
        table_path("stance_by_passage"),
    )


def _scores(x) -> list[str]:
    """Precision, recall, F1 of a label; recall and F1 are undefined ("–") for a label the
    manual coding never used."""
    if not x.support:
        return [fmt.coef(x.precision), fmt.NA, fmt.NA]
    return [fmt.coef(x.precision), fmt.coef(x.recall), fmt.coef(x.f1)]


def per_label_table(d: ReportData) -> dict | None:
    p = d.t("per_label")
    if p is None:
        return None
    rows = [[x.label, *_scores(x), fmt.count(x.support)] for x in p.itertuples()]
    cols = [
        ("label", "l", "1fr", None),
        ("precision", "r", "auto", None),
        ("recall", "r", "auto", None),
        ("F1", "r", "auto", None),
        ("units", "r", "auto", None),
    ]
    return spec(
        "Rules against the manual coding per label (in sample).",
        cols,
        rows,
        None,
        table_path("per_label"),
    )


SCORE_COLUMNS = [
    ("gold", "r", "auto", None),
    ("P", "r", "auto", None),
    ("R", "r", "auto", None),
    ("F1", "r", "auto", None),
    ("speaker acc.", "r", "auto", None),
]


def _scores_table(d: ReportData, key: str, first: list[tuple], caption: str) -> dict | None:
    """A voices benchmark table: the ``first`` columns (``(header, field, "text" | "count")``),
    then the gold count and the scores."""
    b = d.t(key)
    if b is None or b.empty:
        return None
    rows = [
        [
            *(
                fmt.count(getattr(x, f)) if kind == "count" else getattr(x, f)
                for _, f, kind in first
            ),
            fmt.count(x.gold),
            *(fmt.coef(v) for v in (x.precision, x.recall, x.f1, x.speaker_accuracy)),
        ]
        for x in b.itertuples()
    ]
    cols = [
        (header, "r" if kind == "count" else "l", "auto" if i else "1fr", None)
        for i, (header, _, kind) in enumerate(first)
    ]
    return spec(caption, cols + SCORE_COLUMNS, rows, None, table_path(key))


def voices_benchmark_table(d: ReportData) -> dict | None:
    """Attribution vs the blind gold: every measurement and split (a fixed number of rows: the
    benchmark's rounds, not the corpus)."""
    return _scores_table(
        d,
        "voices_by_split",
        [("rules", "measurement", "text"), ("split", "split", "text")],
        "Voices (attribution) against the blind gold standard, every split: 'engine' is the "
        "current rules; 'before round r' is held-out set r scored once before the rules were "
        "tuned on it; 'as first measured' are the sets from sections outside the six the gold "
        "is drawn from (other29 onwards), each scored once before any tuning on it; test2 "
        "onwards have no interviews.",
    )


def voices_by_section_table(d: ReportData) -> dict | None:
    """Attribution per 10kGNAD section with the current rules (a fixed number of rows: the
    gold's sections)."""
    return _scores_table(
        d,
        "voices_by_section",
        [("section", "section", "text"), ("articles", "articles", "count")],
        "Voices (attribution) per section of the gold, current rules, without interviews, "
        "every gold article: mostly articles the rules were tuned on, so in sample; it shows "
        "where the rules work, not how well they generalise.",
    )


def _claim_names(d: ReportData, rules: str) -> str:
    """Rule names as the report reads them: a claim's id before its rule ("dprk_deployment_
    legitimate.contest: …") becomes the claim's label ("Deployment legitimate, contest: …")."""
    for target, spec_ in d.targets.items():
        rules = rules.replace(f"{target}.", f"{spec_.get('label', target)}, ")
    return rules


def voices_table(d: ReportData, limit: int) -> dict | None:
    v = d.t("voices")
    if v is None or v.empty:
        return None
    v = in_report_order(d, v, "article_id")
    rows = [
        [
            d.label.get(x.article_id, x.article_id),
            fmt.count(x.position),
            x.kind,
            str(x.speaker),
            d.group(x.group),
            fmt.count(x.words),
            cut_text(x.how, 60),
        ]
        for x in v.head(limit).itertuples()
    ]
    cols = [
        ("article", "l", "auto", None),
        ("passage", "r", "auto", None),
        ("kind", "l", "auto", None),
        ("speaker", "l", "auto", None),
        ("group", "l", "auto", None),
        ("words", "r", "auto", None),
        ("how the speaker was found", "l", "1fr", None),
    ]
    return spec(
        "Every voice found: direct quotations and reported speech.",
        cols,
        rows,
        len(v),
        table_path("voices"),
    )


def _lexicon_rows(path: Path, source: str) -> list[list[str]]:
    """One row per marker of a lexicon file: name, category (and direction), and the whole
    trigger and rationale (a lexicon's size does not grow with the corpus)."""
    if not path.is_file():
        return []
    lex = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    rows = []
    for m in lex.get("markers") or []:
        trigger = m.get("pattern") or f"{m.get('kind')} contested term"
        category = m.get("category", "") + (f": {m['direction']}" if m.get("direction") else "")
        rows.append(
            [
                m["name"].replace("_", " "),
                category,
                source,
                " ".join(str(trigger).split()),  # whole: an audit cannot cut its rules;
                " ".join(str(m.get("rationale", "")).split()),  # Typst breaks after "|"
            ]
        )
    return rows


def lexicon_table(d: ReportData) -> dict | None:
    generic = str(d.p("attribute", "lexicon"))
    study = f"{d.params['study']}/markers.yml"
    rows = _lexicon_rows(d.root / generic, "generic") + _lexicon_rows(d.root / study, "study")
    if not rows:
        return None
    cols = [
        ("marker", "l", "auto", None),
        ("category", "l", "auto", None),
        ("lexicon", "l", "auto", None),
        ("trigger (regex)", "l", "1fr", "code"),
        ("rationale", "l", "1fr", None),
    ]
    return spec(
        "The framing lexicon: the generic German markers and the study's own, each with its "
        "category (and direction, for two-sided categories), trigger and rationale.",
        cols,
        rows,
        None,
        f"{generic} and {study}",
    )


def passage_pairs_table(d: ReportData, limit: int) -> dict | None:
    """The passage pairs with the highest containment (the reuse stage keeps the top ones;
    every pair is in ``passage_pairs.parquet``)."""
    pp = d.t("top_pairs")
    if pp is None or pp.empty:
        return None
    rows = []
    for x in pp.head(limit).itertuples():
        a = f"{d.label.get(x.article_a, x.article_a)} p{x.position_a}"
        b = f"{d.label.get(x.article_b, x.article_b)} p{x.position_b}"
        rows.append([a, fmt.share(x.containment), cut_text(x.text_a, 220)])
        rows.append([b, "", cut_text(x.text_b, 220)])
    cols = [
        ("passage", "l", "auto", None),
        ("containment", "r", "auto", None),
        ("text (pair one above the other)", "l", "1fr", "de"),
    ]
    total = (d.metrics.get("reuse") or {}).get("passage_pairs", len(pp))
    return spec(
        "Passage pairs with shared wording (containment of the shorter passage's shingles).",
        cols,
        rows,
        total,
        "reports/tables/reuse/passage_pairs.parquet",
        per_item=2,
        noun="pairs",
    )


def lineage_table(d: ReportData, limit: int) -> dict | None:
    """Reuse between outlets (or, with one outlet, between camps): the group pairs with the
    most article pairs sharing wording."""
    name = "lineage_outlets"
    table = d.t(name)
    if table is None or table.empty or set(table["group_a"]) | set(table["group_b"]) <= {"unknown"}:
        name = "lineage_camps"
        table = d.t(name)
    if table is None or table.empty:
        return None
    level = "outlets" if name == "lineage_outlets" else "camps"
    label = (lambda g: str(g)) if level == "outlets" else (lambda g: d.camp_label.get(g, str(g)))
    top = table.sort_values(["article_pairs", "group_a", "group_b"], ascending=[False, True, True])
    rows = [
        [
            label(r.group_a),
            label(r.group_b),
            fmt.count(r.article_pairs),
            fmt.count(r.passages),
            fmt.share(r.mean_containment),
        ]
        for r in top.head(limit).itertuples()
    ]
    cols = [
        ("group", "l", "1fr", None),
        ("with", "l", "1fr", None),
        ("article pairs", "r", "auto", None),
        ("passages", "r", "auto", None),
        ("mean containment", "r", "auto", None),
    ]
    return spec(
        f"Reuse lineage between {level}: article pairs that share wording, by group pair.",
        cols,
        rows,
        len(table),
        table_path(name),
    )


def params_table(rows: list[dict]) -> dict:
    cols = [("parameter", "l", "auto", None), ("value", "l", "1fr", None)]
    return spec(
        "Parameters of this run (params.yaml; benchmark settings omitted).",
        cols,
        [[r["name"], cut_text(r["value"], 120)] for r in rows],
        None,
        "params.yaml",
    )


def excluded_units(d: ReportData) -> list[str]:
    """Passages not modelled by the topic model (headings, passages below
    ``topics.min_tokens`` tokens or without a vocabulary term), as "RU1 p3"."""
    us = d.t("unit_shares")
    if us is None:
        return []
    modelled = set(zip(us["article_id"], us["position"], strict=True))
    p = d.passages[d.passages["in_language"]] if "in_language" in d.passages else d.passages
    out = [
        f"{d.label.get(r.article_id, r.article_id)} p{r.position}"
        + (f" ({r.kind})" if r.kind else "")
        for r in p.sort_values(["article_id", "position"]).itertuples()
        if (r.article_id, r.position) not in modelled
    ]
    return out


def representative_table(d: ReportData) -> dict | None:
    r = d.t("representative")
    if r is None or r.empty:
        return None
    r = r[r["rank"] == 1]
    rows = [
        [
            x.label.split(" ")[0],
            f"{d.label.get(x.article_id, x.article_id)} p{x.position}",
            fmt.share(x.share),
            cut_text(x.text, 200),
        ]
        for x in r.itertuples()
    ]
    cols = [
        ("topic", "l", "auto", None),
        ("passage", "l", "auto", None),
        ("share", "r", "auto", None),
        ("text", "l", "1fr", "de"),
    ]
    return spec(
        "The passage with the highest share of each topic. Ranked by normalised share, so a "
        "short passage with a small loading can head a topic.",
        cols,
        rows,
        None,
        table_path("representative"),
    )


def frame_rows(df: pd.DataFrame) -> int:
    return 0 if df is None else len(df)
