"""Stage ``report``: the paper (``report.pdf``) and its supplement (``supplement.pdf``).

Python prepares everything the templates print: the study's words (through
:mod:`framelab.report.context`), formatted tables, figures with generated captions, generated
sentences, and provenance. The Typst templates only lay it out, so no number is typed by hand.
"""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pandas as pd

from framelab.analysis import uncertainty
from framelab.paths import project_root
from framelab.report import fmt, provenance, readings, stats, tables, topic_method, validity
from framelab.report.data import ReportData, ci_level, dependent_pairs, load
from framelab.report.figures import draw_all, per_article


def abstract(d: ReportData, n_clusters: int, with_intervals: list[str] | None = None) -> str:
    """Background from the study, then design, measures and what the design can support."""
    claims = len(d.targets)
    text = (d.study.get("abstract_context") or "").strip()
    text += (
        f" We analyse {fmt.n_of(len(d.articles), 'German-language news text')} — "
        f"{readings.camp_counts(d)} — in {fmt.n_of(n_clusters, 'independent cluster')}. "
        f"Explainable rules label each passage's stance towards {fmt.n_of(claims, 'claim')} "
        "(endorse, report, distance, contest) and record whose voices the texts carry, which "
        "contested names they use in their own voice, and which framing devices, distinctive "
        "words and topics they contain."
    )
    text += " " + _agreement_sentence(d)
    if validity.quotes_lost(d):
        text += (
            " The texts carry almost no quotation marks, so quoted words cannot be told from the "
            "narrator's."
        )
    text += " " + _inference_sentence(with_intervals or [])
    return " ".join(text.split())


def _inference_sentence(with_intervals: list[str]) -> str:
    """Descriptive comparisons, unless some camp's figures carry an interval."""
    if with_intervals:
        return (
            f"{fmt.series(with_intervals).capitalize()} of camps with enough independent "
            "clusters carry cluster-bootstrap intervals; the other comparisons between camps "
            "are descriptive counts."
        )
    return (
        "All comparisons between camps are comparisons of individual texts and are reported "
        "descriptively."
    )


def _alpha_of(part: dict) -> str:
    """'α = 0.95 (117 units)', or why α is undefined (one unit, or every unit carries one
    label)."""
    units = fmt.n_of(part["units"], "unit")
    if fmt.alpha(part["alpha"]) == fmt.NA:
        why = "" if part["units"] < 2 else ", all with one label"
        return f"α undefined ({units}{why}; {part['agree']} agree)"
    return f"α = {fmt.alpha(part['alpha'])} ({units})"


def _agreement_sentence(d: ReportData) -> str:
    """What the validation supports: held-out agreement first, in-sample figures named so."""
    status = validity.stance_status(d)
    if status == "none":
        return "The stance rules have no manual coding of this corpus to be validated against."
    agreement = d.metrics["stance"]["agreement"]
    if status == "in_sample":
        text = (
            f"The stance rules agree with the manual coding at {_alpha_of(agreement)} on units "
            "they may have been tuned on (in-sample)"
        )
    else:
        test = validity.agreement_on_test(d)
        text = {
            "holds": "On held-out test passages the stance rules agree with the manual coding "
            f"at Krippendorff's {_alpha_of(test)}",
            "fails": "On held-out test passages the stance rules agree with the manual coding "
            f"at only Krippendorff's {_alpha_of(test)}, too low for conclusions: the stance "
            "labels below are rule output, not validated measurements",
            "not_held_out": "The stance rules agree with the manual coding at Krippendorff's "
            f"{_alpha_of(test)} on the test passages, which are not a held-out estimate "
            f"({validity.not_held_out_reason(d)})",
        }[status]
        dev = agreement["by_split"].get("dev")
        if dev:
            text += f"; on the development passages they were tuned on, {_alpha_of(dev)}"
    return text + _coder_clause(d.metrics.get("reliability")) + "."


def _coder_clause(reliability: dict | None) -> str:
    """'; two independent coders agree at α = …, and the final rules agree with each of them
    at α = … and …' where a second coding exists: on the units either side mentions (the
    all-unit α in brackets) where the metrics have them, else on all units."""
    r = reliability or {}
    if r.get("alpha_coders") is None:
        return ""
    on_mentioned = r.get("alpha_coders_mentioned") is not None
    suffix = "_mentioned" if on_mentioned else ""
    text = f"; two independent coders agree at α = {fmt.alpha(r['alpha_coders' + suffix])} " + (
        f"on the {fmt.count(r['n_units_mentioned'])} units either mentions "
        f"({fmt.alpha(r['alpha_coders'])} on all {fmt.count(r['n_units'])}, agreed absent units "
        "included)"
        if on_mentioned
        else f"({fmt.n_of(r['n_units'], 'unit')})"
    )
    each = [r.get(f"alpha_rules_vs_coder{i}{suffix}") for i in (1, 2)]
    if None not in each:
        text += (
            f", and the final rules agree with each of them at α = {fmt.alpha(each[0])} and "
            f"{fmt.alpha(each[1])}" + (" on the units either side mentions" if on_mentioned else "")
        )
    return text


def _study_block(d: ReportData) -> dict[str, Any]:
    s = d.study
    window = (s.get("event") or {}).get("window") or {}
    counts = d.articles.groupby("camp")["id"].nunique()
    camps = [c | {"n": int(counts.get(c["id"], 0))} for c in s["camps"]]
    return {
        "title": s["title"],
        "subtitle": s.get("subtitle", ""),
        "authors": s.get("authors", []),
        "date": s["build_stamp"],
        "language": s.get("language", "de"),
        "research_questions": s.get("research_questions", []),
        "corpus": s.get("corpus", {}),
        "event": {
            "name": (s.get("event") or {}).get("name", ""),
            "definition": (s.get("event") or {}).get("definition", ""),
            "window": f"{window.get('start')} to {window.get('end')}" if window else "",
        },
        "camps": camps,
        "discussion": _paragraphs(s.get("discussion", "")),
        "discussion_notes": [
            MARKDOWN_MARKS.sub("", str(n)) for n in s.get("discussion_notes") or []
        ],
        "claims": [{"id": k} | v for k, v in d.targets.items()],
        "construct_decisions": [
            MARKDOWN_MARKS.sub("", str(c)) for c in s.get("construct_decisions") or []
        ],
    }


# emphasis and code marks: the report prints plain text ("*word*", "**word**", "__w__", "`w`")
MARKDOWN_MARKS = re.compile(r"\*\*|__|`|(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*])")
RUN_IN = re.compile(r"^\*\*(?P<lead>[^*]+)\*\*\s*(?P<text>.*)$")  # "**Naming (RQ3).** The …"


def _paragraphs(text: str) -> list[dict[str, str]]:
    """Paragraphs of a markdown file as ``{lead, text}``: headings dropped, lines joined, a
    bold run-in heading ("**Naming.** …") kept apart as ``lead`` (the template sets it bold),
    every other emphasis and code mark removed."""
    out = []
    for para in text.split("\n\n"):
        para = " ".join(para.split())
        if not para or para.startswith("#"):
            continue
        m = RUN_IN.match(para)
        lead, body = (m["lead"], m["text"]) if m else ("", para)
        out.append({"lead": MARKDOWN_MARKS.sub("", lead), "text": MARKDOWN_MARKS.sub("", body)})
    return out


def _tables(d: ReportData, clusters: dict[str, str]) -> dict[str, dict | None]:
    top = int(d.p("report", "table_rows"))
    audit = int(d.p("report", "supplement_rows"))  # the supplement's row-by-row audit tables
    return {
        "articles": tables.articles_table(d, clusters, top),
        "topic_terms": tables.topic_terms_table(d, 12),
        "keyness": tables.keyness_table(d, top),
        "removals": tables.removals_table(d),
        "removed_lines": tables.removed_lines_table(d, audit),
        "camp_evidence": tables.camp_evidence_table(d, top),
        "stance_decisions": tables.stance_decisions_table(d, audit),
        "per_label": tables.per_label_table(d),
        "voices_benchmark": tables.voices_benchmark_table(d),
        "voices_by_section": tables.voices_by_section_table(d),
        "voices": tables.voices_table(d, audit),
        "lexicon": tables.lexicon_table(d),
        "passage_pairs": tables.passage_pairs_table(d, 12),
        "lineage": tables.lineage_table(d, top),
        "representative": tables.representative_table(d),
        **_validity_tables(validity.rows(d)),
    }


VALIDITY_COLUMNS = [("measure", "l", "1fr", None), ("value", "l", "auto", None)]
BASIS_CHARS = 200  # the paper's Table 3 cuts each basis here; the supplement has it whole


def _validity_tables(rows: list[list[str]]) -> dict[str, dict]:
    """The paper's validity table (each basis cut to ``BASIS_CHARS``) and the supplement's,
    with every basis whole."""
    cut = [[m, v, tables.cut_text(b, BASIS_CHARS)] for m, v, b in rows]
    whole = any(len(b) > BASIS_CHARS for _, _, b in rows)
    return {
        "validity": tables.spec(
            "Validity and reliability: each figure, its value and what it rests on"
            + (" (a long basis is cut; the supplement gives it whole)." if whole else "."),
            [*VALIDITY_COLUMNS, ("basis", "l", "1fr", None)],
            cut,
        ),
        "validity_full": tables.spec(
            "Validity and reliability with the whole basis of each figure (the paper's "
            "validity table).",
            [*VALIDITY_COLUMNS, ("basis", "l", "2fr", None)],
            rows,
        ),
    }


def rules(d: ReportData) -> dict[str, Any]:
    """The design's rules as the Methods state them (from ``params.yaml``)."""
    min_cl = int(d.p("report", "min_clusters_interval"))
    return {
        "min_clusters": min_cl,
        "spread": stats.spread_rule(min_cl, ci_level(d)),
        "dependence_min_share": fmt.pct(float(d.p("report", "dependence_min_share"))),
        "alpha_min": fmt.alpha(float(d.p("report", "alpha_min"))),
    }


TOPIC_SUMMARY = "reports/figures/report/topic_shares_by_camp.csv"  # what the topic figure draws


def _summary_csv(summary: pd.DataFrame) -> str:
    """The topic figure's per-camp values (cluster means, interval or range) as CSV text."""
    cols = ["camp", "item", "centre", "lo", "hi", "kind", "n_articles", "n_clusters"]
    out = summary[cols].rename(columns={"item": "topic"}).sort_values(["camp", "topic"])
    return out.to_csv(index=False, lineterminator="\n", float_format="%.6f")


def build_context(root: Path, params_file: Path, d: ReportData | None = None) -> dict[str, Any]:
    """Everything the templates print."""
    d = d or load(root, params_file)
    min_share = float(d.p("report", "dependence_min_share"))
    clusters = uncertainty.dependence_clusters(
        list(d.articles["id"]), dependent_pairs(root, min_share), min_share
    )
    figures = draw_all(d, clusters)
    summary = figures.get("topics", {}).pop("summary", None)
    excluded = tables.excluded_units(d)
    n_clusters = len(set(clusters.values()))
    with_intervals = readings.figures_with_intervals(d, summary, clusters)
    return {
        "files": {tables.ARTICLE_LABELS: tables.article_labels_csv(d, clusters)}
        | ({TOPIC_SUMMARY: _summary_csv(summary)} if summary is not None else {}),
        "study": _study_block(d),
        "abstract": abstract(d, n_clusters, with_intervals),
        "draft": readings.draft(d),
        "commit": provenance.git_commit(root),
        "typst": provenance.typst_compiler_version(),
        "versions": [{"name": k, "version": v} for k, v in provenance.package_versions().items()],
        "params": provenance.analysis_params(d.params),
        "n_articles": len(d.articles),
        "n_clusters": n_clusters,
        "rules": rules(d),
        "topic_model": topic_method.context(d),
        "figures": figures,
        "tables": {k: v for k, v in _tables(d, clusters).items() if v is not None},
        "readings": {
            "design": readings.design(d, clusters),
            "cleaning": readings.cleaning(d),
            "topics": readings.topics(d, summary, excluded),
            "stance": readings.stance(d, clusters),
            "voices": readings.voices(d),
            "naming": readings.naming(d),
            "markers": readings.markers(d),
            "keyness": readings.keyness(d),
            "reuse": readings.reuse(d),
            "validity": validity.reading(d),
            "unit": readings.unit(d),
            "points": readings.points(d, per_article(d)),
            "inference": readings.inference(n_clusters, with_intervals),
            "coding": validity.coding_procedure(d),
        },
        "limitations": validity.limitations(d, clusters),
        "has": {
            "validation": bool((d.metrics.get("stance") or {}).get("agreement")),
            "marker_voice": bool(
                d.t("marker_matches") is not None and "voice" in d.t("marker_matches")
            ),
        },
    }


def _compile(template: Path, root: Path, context: dict, stamp: int) -> bytes:
    import typst

    return typst.compile(
        str(template),
        root=str(root),
        ignore_system_fonts=True,
        timestamp=stamp,
        sys_inputs={"context": json.dumps(context, ensure_ascii=False, sort_keys=True)},
    )


def build_report(
    template: Path,
    output: Path,
    params_file: Path,
    provenance_file: Path | None = None,
    supplement_template: Path | None = None,
    supplement: Path | None = None,
) -> None:
    """Compile the paper (and the supplement) with a fixed creation date (reruns: same bytes).

    ``provenance_file`` (JSON) records the commit and package versions the PDFs name.
    """
    from framelab.io.outputs import write_all, write_json

    root = project_root()
    d = load(root, params_file)
    context = build_context(root, params_file, d)
    files = context.pop("files")
    stamp = int(datetime.fromisoformat(context["study"]["date"]).replace(tzinfo=UTC).timestamp())
    writers = {Path(output): _writer(_compile(Path(template), root, context, stamp))}
    for rel, text in files.items():
        writers[root / rel] = lambda p, text=text: p.write_text(text, encoding="utf-8")
    if supplement_template is not None and supplement is not None:
        writers[Path(supplement)] = _writer(
            _compile(Path(supplement_template), root, context, stamp)
        )
    if provenance_file is not None:
        record = {
            "commit": context["commit"],
            "versions": context["versions"],
            "typst": context["typst"],
        }
        writers[Path(provenance_file)] = lambda p: write_json(record, p)
    write_all(writers)


def _writer(pdf: bytes):
    return lambda p: p.write_bytes(pdf)
