from pathlib import Path

import pandas as pd
import pytest
import yaml

from framelab.report import (
    build,
    context,
    figures,
    fmt,
    provenance,
    readings,
    stats,
    tables,
    validity,
)
from framelab.report.data import ReportData, article_labels

REPO = Path(__file__).resolve().parents[1]


def test_flatten_params():
    assert provenance.flatten({"topics": {"k": 4, "method": "nmf"}, "x": True}) == [
        {"name": "topics.k", "value": "4"},
        {"name": "topics.method", "value": '"nmf"'},
        {"name": "x", "value": "true"},
    ]


def test_git_commit_outside_git_is_unknown(tmp_path):
    assert provenance.git_commit(tmp_path).startswith("unknown")


def test_study_meta_reads_the_kursk_study():
    meta = context.study_meta(REPO / "studies" / "kursk-2025")
    assert meta["title"].startswith("Liberation or recapture?")
    assert [c["short"] for c in meta["camps"]] == ["RU", "W", "O"]
    assert meta["research_questions"][0]["id"] == "RQ1"
    assert meta["build_stamp"] == "2025-04-28"


def test_study_meta_without_a_study_gives_defaults(tmp_path):
    meta = context.study_meta(tmp_path / "missing")
    assert meta["title"] == "framelab report" and meta["camps"] == [] and meta["discussion"] == ""


def test_target_meta_falls_back_to_the_claim(tmp_path):
    f = tmp_path / "targets.yml"
    f.write_text("targets:\n  a: {claim: 'Kursk is free.'}\n  b: {claim: 'X.', label: 'Short'}\n")
    assert context.target_meta(f) == {
        "a": {"claim": "Kursk is free.", "label": "Kursk is free"},
        "b": {"claim": "X.", "label": "Short"},
    }


def test_article_labels_use_the_camp_short_code_and_a_running_number():
    arts = pd.DataFrame({"id": ["004", "000", "001", "003"], "camp": ["w", "r", "w", "x"]})
    camps = [{"id": "r", "short": "RU"}, {"id": "w", "short": "W"}]
    assert article_labels(arts, camps) == {"000": "RU1", "001": "W1", "004": "W2", "003": "X1"}


def test_article_labels_sort_in_natural_order():
    from framelab.report.data import label_key

    assert sorted(["IN10", "IN2", "IN1", "W3"], key=label_key) == ["IN1", "IN2", "IN10", "W3"]


def test_number_formats_are_one_per_quantity():
    assert fmt.count(1609) == "1,609"
    assert fmt.share(1) == "1.00" and fmt.share(0.1) == "0.10"
    assert fmt.pct(0.8286) == "83%" and fmt.pct1(0.0839) == "8.4%"
    assert fmt.alpha(0.926) == "0.926" and fmt.rate(19.886) == "19.9"
    assert fmt.series(["W1", "W2", "W3"]) == "W1, W2 and W3"
    assert fmt.n_of(0, "article") == "no articles" and fmt.n_of(1, "match", "matches") == "1 match"


def _data(tmp_path, metrics=None, tables_=None):
    arts = pd.DataFrame({"id": ["a", "b"], "camp": ["r", "w"]})
    return ReportData(
        root=tmp_path,
        params=yaml.safe_load((REPO / "params.yaml").read_text(encoding="utf-8")),
        study={"limitations": ["Only two texts."]},
        targets={},
        articles=arts,
        passages=pd.DataFrame(),
        metrics=metrics or {},
        tables=tables_ or {},
        label={"a": "R1", "b": "W1"},
        camp_label={"r": "Russian", "w": "Western"},
        camps=["r", "w"],
    )


def test_missing_validity_figures_say_not_available(tmp_path):
    d = _data(
        tmp_path,
        metrics={
            "stance": {"agreement": {"alpha": 1.0, "macro_f1": 1.0, "units": 38, "agree": 38}}
        },
    )
    rows = {r[0]: r[1] for r in validity.rows(d)}
    assert rows["Stance rules vs manual coding, all coded units"] == "α = 1.000, macro-F1 = 1.00"
    assert rows["Second coder vs first coder"] == "not available in this build"
    assert rows["Voices (attribution), test articles"] == "not available in this build"
    assert "reliable" not in validity.reading(d).replace("reliability", "")


def test_the_coding_procedure_follows_what_the_study_has(tmp_path):
    none = _data(tmp_path)
    assert validity.coding_procedure(none).startswith("No unit has been coded manually, so the ")
    assert "No manual coding: the stance labels are not validated on this corpus." in (
        validity.limitations(none, {"a": "a", "b": "b"})
    )
    agreement = {
        "alpha": 0.5,
        "macro_f1": 0.5,
        "units": 7,
        "agree": 6,
        "coded": 20,
        "coded_absent": 13,
        "by_split": {"test": {"alpha": 0.53, "units": 4, "agree": 3}},
    }
    undeclared = _data(tmp_path, metrics={"stance": {"agreement": agreement}})
    assert validity.stance_status(undeclared) == "not_held_out"  # nothing said: not held out
    assert (
        "The study does not declare its test split held out (annotations.test_held_out), so no "
        "figure here is reported as a held-out estimate." in validity.reading(undeclared)
    )
    coded = _data(tmp_path, metrics={"stance": {"agreement": agreement}})
    coded.study["annotations"] = {"test_held_out": True}
    assert validity.coding_procedure(coded) == (
        "A coder labelled 20 passage × claim units with the codebook; the rules (regular "
        "expressions per claim, each decision listed with the rules that fired) are compared "
        "with that coding; no revision is logged (Section 5)."
    )
    assert validity.reading(coded).startswith(
        "Agreement is computed on the 7 units mentioned by the coder or the rules (of 20 coded, "
        "13 absent); the rules agree on 6 of them. The study logs no rule revision "
        "(annotations/rule_revisions.md); the test split was held out from writing the rules. "
        "On the held-out test split the rules reach α = 0.530 on 4 units, below the 0.667 that "
        "Krippendorff (2004) asks for tentative conclusions: the stance labels are rule output, "
        "not a validated measurement. Reliability in Krippendorff's sense needs independent "
        "coders; a second coding is not available in this build."
    )
    coded.study["revision_rounds"] = 2
    label, _, basis = validity.rows(coded)[0]
    assert label == "Stance rules vs manual coding, after revision"
    assert basis == (
        "7 units mentioned by the coder or the rules (of 20 coded, 13 absent), 6 agree; in "
        "sample: rules revised on the dev units (annotations/rule_revisions.md)"
    )
    assert "revised on the development units only (2 logged rounds)" in (
        validity.coding_procedure(coded)
    )


def test_revision_rounds_are_the_logged_round_headings(tmp_path):
    log = tmp_path / "rule_revisions.md"
    assert context.revision_rounds(log) == 0
    log.write_text("# Log\n## Round 0 — first rules\nNo rule was changed.\n", encoding="utf-8")
    assert context.revision_rounds(log) == 0
    log.write_text("## Round 0\n## Revision round 1: x\n## Round 2 (markers)\n", "utf-8")
    assert context.revision_rounds(log) == 2


def test_present_validity_figures_are_shown(tmp_path):
    rel = {"alpha_coders": 0.81, "alpha_ci": [0.7, 0.9], "alpha_pre_revision": 0.926, "n_units": 38}
    rel |= {"alpha_pre_revision_round2": 0.872541, "n_units_pre_revision_round2": 75}
    vb = {
        "test": {"precision": 0.9, "recall": 0.5, "f1": 0.64, "speaker_accuracy": 0.8, "gold": 20}
    }
    d = _data(tmp_path, metrics={"reliability": rel, "voices_benchmark": vb})
    rows = {r[0]: r[1] for r in validity.rows(d)}
    assert rows["Second coder vs first coder"] == "α = 0.810 [0.700, 0.900]"
    assert rows["Stance rules vs manual coding, before revision"] == "α = 0.926"
    assert rows["Stance rules vs manual coding, before revision round 2"] == "α = 0.873"
    assert rows["Voices (attribution), test articles"] == "P = 0.90, R = 0.50, F1 = 0.64"


def test_coder_figures_are_given_on_the_units_either_side_mentions(tmp_path):
    rel = {"alpha_coders": 0.95, "alpha_ci": [0.89, 1.0], "n_units": 117}
    rel |= {"alpha_rules_vs_coder1": 0.917, "alpha_rules_vs_coder2": 0.934}
    rel |= {"alpha_coders_mentioned": 0.890083, "alpha_ci_mentioned": [0.75, 1.0]}
    rel |= {"n_units_mentioned": 38, "alpha_rules_vs_coder1_mentioned": 0.815544}
    rel |= {"alpha_rules_vs_coder2_mentioned": 0.856115}
    rel |= {"n_units_rules_vs_coder1_mentioned": 38, "n_units_rules_vs_coder2_mentioned": 38}
    rows = {r[0]: r[1:] for r in validity.rows(_data(tmp_path, metrics={"reliability": rel}))}
    assert rows["Second coder vs first coder"] == [
        "α = 0.890 [0.750, 1.000]",
        "38 units either coder mentions, bootstrap interval (Hayes & Krippendorff 2007); on "
        "all 117 units, agreed absent units included, α = 0.950",
    ]
    assert rows["Final stance rules vs each independent coder"][0] == "α = 0.816 / 0.856"
    assert build._coder_clause(rel) == (
        "; two independent coders agree at α = 0.890 on the 38 units either mentions (0.950 on "
        "all 117, agreed absent units included), and the final rules agree with each of them "
        "at α = 0.816 and 0.856 on the units either side mentions"
    )


def test_a_later_round_names_the_basis_it_was_measured_on(tmp_path):
    rel = {"alpha_pre_revision": 0.926, "n_units_pre_revision": 38}
    rel |= {"alpha_pre_revision_round2": 0.872541, "n_units_pre_revision_round2": 75}
    rel |= {"basis_pre_revision_round2": "rules vs gold_v2, dev passages"}
    rows = {r[0]: r[1:] for r in validity.rows(_data(tmp_path, metrics={"reliability": rel}))}
    assert rows["Stance rules vs manual coding, before revision round 2"][1].startswith(
        "75 units: rules vs gold_v2, dev passages, so not comparable with the first comparison;"
    )


def test_voices_latest_held_out_set_shows_its_figure_before_tuning(tmp_path):
    after = {"precision": 0.94, "recall": 0.63, "f1": 0.75, "speaker_accuracy": 0.6, "gold": 233}
    before = {"precision": 0.944, "recall": 0.579, "speaker_accuracy": 0.615}
    vb = {"latest": dict(after, split="test2", before=before)}
    rows = {r[0]: r[1:] for r in validity.rows(_data(tmp_path, metrics={"voices_benchmark": vb}))}
    value, basis = rows["Voices (attribution), without interviews, test2 articles"]
    assert value == "P = 0.94, R = 0.63, F1 = 0.75"
    assert "before round 2: P = 0.94, R = 0.58, speaker accuracy 0.61" in basis
    assert "Voices (attribution), test2 articles" not in rows


def test_voices_latest_held_out_set_scored_the_same_before_and_after_says_so(tmp_path):
    figure = {"precision": 0.865, "recall": 0.713, "f1": 0.782, "speaker_accuracy": 0.795}
    vb = {"latest": dict(figure, gold=171, split="test12", before=dict(figure, gold=171))}
    rows = {r[0]: r[1:] for r in validity.rows(_data(tmp_path, metrics={"voices_benchmark": vb}))}
    value, basis = rows["Voices (attribution), without interviews, test12 articles"]
    assert value == "P = 0.86, R = 0.71, F1 = 0.78"
    assert "the rules before round 12 and the current rules score it the same" in basis
    assert "before round 12: P" not in basis


def test_voices_on_the_independent_corpus_show_the_test_split_before_and_after(tmp_path):
    after = dict(precision=0.881, recall=0.692, f1=0.775, speaker_accuracy=0.765, gold=660)
    before = dict(after, recall=0.667, speaker_accuracy=0.745, f1=0.757)
    ext = {
        "after": dict(after, articles=148, speaker_judged=555),
        "before": dict(before, articles=148, speaker_judged=555),
    }
    vb = {"external_test": ext}
    rows = {r[0]: r[1:] for r in validity.rows(_data(tmp_path, metrics={"voices_benchmark": vb}))}
    value, basis = rows["Voices (attribution), independent corpus, test split"]
    assert value == "P = 0.88, R = 0.69, F1 = 0.78"
    assert basis.startswith("660 gold statements in 148 articles of the German news quotation")
    assert "speaker accuracy 0.765 among the matched of its 555 statements with a named" in basis
    assert basis.endswith(
        "before that round: P = 0.88, R = 0.67, F1 = 0.76, speaker accuracy 0.745"
    )


def test_limitations_come_from_the_study_and_the_design(tmp_path):
    out = validity.limitations(_data(tmp_path), {"a": "a", "b": "b"})
    assert out[0] == "Only two texts."
    assert "With 2 independent clusters in all, no camp reaches the 10 clusters" in out[1]


def test_reader_comments_are_not_reprinted(tmp_path):
    lines = pd.DataFrame(
        {
            "article_id": ["a", "a"],
            "line": [3, 4],
            "rule": ["reader_comment", "photo_caption"],
            "text": ["Mal Gucken was der kleine", "Foto: dpa"],
        }
    )
    t = tables.removed_lines_table(_data(tmp_path, tables_={"removed_lines": lines}), 40)
    assert t["rows"] == [
        ["R1", "3", "reader comment", "[reader content withheld]"],
        ["R1", "4", "photo caption", "Foto: dpa"],
    ]
    assert t["align"] == ["l", "r", "l", "l"] and t["lang"][3] == "de"


def test_cut_tables_name_the_csv():
    t = tables.spec("Cap.", [("x", "l", "auto", None)], [["1"]], total=5, source="reports/t.csv")
    assert t["note"] == "First 1 of 5 rows; all rows in reports/t.csv."


def test_fit_warnings_name_each_claim_that_does_not_fit(tmp_path):
    fit = pd.DataFrame(dict(target=["a", "b"], label=["Claim A", "Claim B"], flag=["rare", "ok"]))
    d = _data(tmp_path, tables_={"target_fit": fit}, metrics={"clean": {"furniture_lines": 2}})
    text = readings.fit_warnings(d)
    assert text.startswith(
        "Warning: “Claim A” is mentioned in fewer than 2% of the event passages."
    )
    assert "2 lines repeated across many articles were removed as page furniture" in text


def test_fit_without_flags_says_whether_outside_mentions_could_be_checked(tmp_path):
    fit = pd.DataFrame(dict(target=["a"], label=["Claim A"], flag=["ok"], other_passages=[0]))
    text = readings.fit_warnings(_data(tmp_path, tables_={"target_fit": fit}))
    assert text.startswith(
        "Every claim is mentioned in at least 2% of the event's passages; every passage of the "
        "corpus is about the event, so whether a claim is mentioned outside it cannot be "
        "checked here"
    )
    fit["other_passages"] = 12
    text = readings.fit_warnings(_data(tmp_path, tables_={"target_fit": fit}))
    assert text.startswith(
        "Every claim is mentioned in at least 2% of the event's passages and not more often "
        "outside the event's articles than in them"
    )


def test_markers_reading_counts_own_words_and_names_the_most_frequent(tmp_path):
    m = pd.DataFrame(
        dict(
            article_id=["a", "a", "a", "b"],
            category=["legitimacy", "legitimacy", "distancing", "attribution"],
            direction=["pro", "pro", None, None],
            marker=["treaty_basis", "treaty_basis", "scare_quote", "laut_source"],
            voice=["narrator", "paraphrase", "quoted", "reported"],
        )
    )
    text = readings.markers(_data(tmp_path, tables_={"marker_matches": m}))
    assert text == (
        "Framing-marker matches in the texts' own words (narrator or indicative paraphrase) of "
        "all matches, per camp: Russian: 2 of 3 (most frequent: legitimacy (pro): treaty basis "
        "2); Western: 0 of 1."
    )


def test_a_study_with_todo_lines_is_called_a_draft_in_the_title_block(tmp_path):
    d = _data(tmp_path)
    folder = tmp_path / str(d.params["study"])
    folder.mkdir(parents=True)
    (folder / "study.yaml").write_text("id: x\ntitle: TODO a title\n", encoding="utf-8")
    (folder / "targets.yml").write_text("targets: []\n", encoding="utf-8")
    name = folder.name
    assert readings.draft(d) == (
        f"Draft: 1 study file still has TODO lines ({name}/study.yaml:2); `framelab check` "
        "lists them."
    )
    (folder / "study.yaml").write_text("id: x\ntitle: A title\n", encoding="utf-8")
    assert readings.draft(d) == ""


def test_the_paper_cuts_a_long_validity_basis_and_the_supplement_keeps_it_whole():
    long = "4,251 gold statements in 24 blind held-out sets, " + "each scored once " * 20
    rows = [["Voices", "P = 0.91", long], ["Stance", "α = 1.000", "38 units"]]
    out = build._validity_tables(rows)
    paper, full = out["validity"], out["validity_full"]
    assert paper["rows"][0][2].endswith("…") and len(paper["rows"][0][2]) <= build.BASIS_CHARS
    assert paper["rows"][1] == ["Stance", "α = 1.000", "38 units"]
    assert full["rows"] == rows
    assert paper["caption"].endswith("(a long basis is cut; the supplement gives it whole).")


def test_a_test_split_not_held_out_says_why_from_the_log_and_the_declaration(tmp_path):
    d = _data(tmp_path)
    d.study = {"annotations": {"test_held_out": False}, "revision_rounds": 0}
    assert validity.not_held_out_reason(d) == (
        "the study declares them not held out (annotations.test_held_out: false)"
    )
    d.study["revision_rounds"] = 2
    assert validity.not_held_out_reason(d) == "an earlier revision round used them"
    d.study = {}
    assert validity.not_held_out_reason(d).startswith("the study does not declare")


def test_supplement_tables_list_articles_in_table_1_order_with_claim_names(tmp_path):
    d = _data(tmp_path)
    rows = pd.DataFrame({"article_id": ["b", "a", "b"], "position": [1, 2, 2]})
    ordered = tables.in_report_order(d, rows, "article_id")
    assert ordered[["article_id", "position"]].values.tolist() == [["a", 2], ["b", 1], ["b", 2]]
    d.targets = {"t1": {"label": "Claim A"}}
    assert tables._claim_names(d, "t1.contest: Verhandlungsmasse") == (
        "Claim A, contest: Verhandlungsmasse"
    )


def test_markers_reading_says_a_tie_instead_of_breaking_it_by_name():
    counts = pd.Series({"a": 3, "b": 1, "c": 1, "d": 1})
    assert readings._most_frequent(counts, 2) == "a 3; 3 tied at 1"
    assert readings._most_frequent(pd.Series({"b": 1, "c": 1, "d": 1}), 2) == "3 tied at 1"
    assert readings._most_frequent(pd.Series({"a": 3, "b": 2, "c": 1}), 2) == "a 3, b 2"


def test_few_clusters_text_names_only_the_camps_without_an_interval(tmp_path):
    summary = pd.DataFrame(
        dict(
            item=["T1", "T1"],
            camp=["Western", "Russian"],
            kind=["interval", "range"],
            centre=[0.58, 0.62],
            n_clusters=[25, 4],
        )
    )
    text = readings.few_clusters_text(_data(tmp_path), summary)
    assert text == (
        "Russian (4 clusters) has fewer than 10 independent clusters, so no interval: its "
        "values describe these few texts, not the camp. For example, “T1” has a share of 0.62 "
        "in Russian and 0.58 in Western."
    )


def test_a_corpus_without_quotation_marks_is_warned_about(tmp_path):
    d = _data(tmp_path)
    d.articles = pd.DataFrame(
        {"id": [f"a{i}" for i in range(10)], "camp": "r", "quotes_low9": [0] * 9 + [3]}
    )
    assert readings.quotes_warning(d) == (
        " Warning: the texts carry almost no quotation marks (0.3 per analysed article), so a "
        "direct "
        "quotation cannot be told from a text's own words: quoted names, markers and claims "
        "count as the narrator's, and the own-voice figures overstate it."
    )
    d.articles = d.articles.assign(quotes_low9=2)
    assert readings.quotes_warning(d) == ""
    d.articles = d.articles.head(5).assign(quotes_low9=0)  # too few articles to judge
    assert readings.quotes_warning(d) == ""


def test_the_articles_table_names_ids_and_leaves_out_what_no_article_has(tmp_path):
    d = _data(tmp_path)
    d.articles = d.articles.assign(
        title="unknown",
        outlet="unknown",
        published=["2016-01-02", "unknown"],
        n_passages=[1, 2],
        n_tokens=[10, 20],
    )
    t = tables.articles_table(d, {"a": "a", "b": "b"}, 40)
    assert t["head"] == ["label", "id", "date", "passages", "tokens", "cluster"]
    assert t["caption"].endswith("Not known for any article: title and outlet.")
    assert tables.article_labels_csv(d) == "label,id,camp\nR1,a,r\nW1,b,w\n"
    assert tables.article_labels_csv(d, {"a": "b", "b": "b"}) == (
        "label,id,camp,cluster\nR1,a,r,R1\nW1,b,w,R1\n"
    )
    joined = tables.articles_table(d, {"a": "a", "b": "a"}, 40)
    assert [row[-1] for row in joined["rows"]] == ["W1", "R1"]
    first = tables.articles_table(d, {"a": "a", "b": "b"}, 1)
    assert first["rows"] == [["R1", "a", "2016-01-02", "1", "10", "–"]]  # shown: the first row
    d.articles = d.articles.assign(outlet=["unknown", "DER STANDARD"])
    beyond = tables.articles_table(d, {"a": "a", "b": "b"}, 1)  # known only beyond the shown row
    assert beyond["head"] == ["label", "id", "outlet", "date", "passages", "tokens", "cluster"]


def test_many_dependent_articles_are_summarised_not_listed(tmp_path):
    d = _data(tmp_path)
    ids = [f"x{i}" for i in range(30)]
    d.label = {a: f"IN{i}" for i, a in enumerate(ids, start=1)}
    assert readings._groups_text(d, [ids]) == (
        "1 group of 30 articles in all, the largest with 30 (each article's cluster is in "
        "reports/figures/report/article_labels.csv)"
    )
    assert readings._groups_text(d, [ids[:2]]) == "IN1 and IN2"


def test_lexicon_table_lists_the_study_markers_with_their_direction():
    from framelab.report.tables import _lexicon_rows

    rows = _lexicon_rows(REPO / "studies/kursk-2025/markers.yml", "study")
    by_name = {r[0]: r for r in rows}
    assert by_name["illegality"][1:3] == ["legitimacy: contra", "study"]
    assert by_name["treaty basis"][1] == "legitimacy: pro"
    # the audit prints each trigger whole, as the study file has it
    assert by_name["illegality"][3].endswith("|illegal\\w*|rechtswidrig\\w*)")


def test_lineage_between_camps_shows_the_study_camp_labels(tmp_path):
    camps = pd.DataFrame(
        {
            "group_a": ["r"],
            "group_b": ["w"],
            "article_pairs": [3],
            "passages": [5],
            "mean_containment": [0.4],
        }
    )
    outlets = camps.assign(group_a="unknown", group_b="unknown")
    d = _data(tmp_path, tables_={"lineage_outlets": outlets, "lineage_camps": camps})
    table = tables.lineage_table(d, 10)
    assert table["rows"][0][:2] == ["Russian", "Western"]


def test_dependence_reads_only_the_article_pairs_over_the_share(tmp_path):
    from framelab.report.data import dependent_pairs

    out = tmp_path / "reports" / "tables" / "reuse"
    out.mkdir(parents=True)
    pairs = pd.DataFrame(
        {
            "article_a": ["a", "a", "b"],
            "article_b": ["b", "c", "c"],
            "share_a": [0.6, 0.1, 0.2],
            "share_b": [0.1, 0.1, 0.5],
        }
    )
    pairs.to_parquet(out / "article_pairs.parquet")
    got = dependent_pairs(tmp_path, 0.5)
    assert list(zip(got["article_a"], got["article_b"], strict=True)) == [("a", "b"), ("b", "c")]
    assert dependent_pairs(tmp_path / "none", 0.5).empty


def test_a_long_list_of_excluded_passages_is_cut_with_a_count():
    items = [f"W{i} p1" for i in range(1, 16)]
    text = readings._listed(items)
    assert text.startswith("W1 p1, W2 p1, ")
    assert text.endswith("W12 p1 and 3 more")
    assert readings._listed(items[:2]) == "W1 p1 and W2 p1"


def test_voices_rows_stay_few_however_many_rounds(tmp_path):
    fig = {"precision": 0.9, "recall": 0.6, "f1": 0.72, "speaker_accuracy": 0.7, "gold": 10}
    vb = {
        "dev": fig,
        "test": fig,
        "tuning": dict(fig, gold=1107, splits=["dev", "test", "test2"]),
        "latest": dict(fig, split="test6", before=fig),
        "held_out_first_measured": dict(fig, gold=300, sets=["test2", "test3", "test6"]),
    }
    rows = [r for r in validity.rows(_data(tmp_path, metrics={"voices_benchmark": vb}))]
    voices = [r[0] for r in rows if r[0].startswith("Voices")]
    assert voices == [
        "Voices (attribution), held-out sets of the six gold sections as first measured",
        "Voices (attribution), without interviews, test6 articles",
        "Voices (attribution), without interviews, tuning articles of the seeds and six sections",
    ]
    by_label = {r[0]: r[1:] for r in rows}
    first = by_label[
        "Voices (attribution), held-out sets of the six gold sections as first measured"
    ]
    assert first[0] == "P = 0.90, R = 0.60, F1 = 0.72"
    assert "300 gold statements in 3 blind held-out sets (test2, test3, test6)" in first[1]
    tuning = by_label[
        "Voices (attribution), without interviews, tuning articles of the seeds and six sections"
    ][1]
    assert tuning.startswith("1,107 gold statements in dev, test, test2")


def test_held_out_sets_from_other_sections_get_their_own_pooled_row(tmp_path):
    fig = {"precision": 0.9, "recall": 0.6, "f1": 0.72, "speaker_accuracy": 0.7, "gold": 150}
    pooled = dict(fig, recall=0.55, f1=0.68, gold=377, sets=["other29", "other30"])
    other = dict(fig, split="other30", sections=["International", "Panorama"], pooled_first=pooled)
    vb = {"held_out_first_measured": dict(fig, sets=["test2"]), "other_sections": other}
    rows = {r[0]: r[1:] for r in validity.rows(_data(tmp_path, metrics={"voices_benchmark": vb}))}
    value, basis = rows["Voices (attribution), International and Panorama articles"]
    assert value == "P = 0.90, R = 0.55, F1 = 0.68"
    assert basis.startswith("377 gold statements in 2 blind held-out sets (other29, other30)")
    assert basis.endswith(
        "other30 with the current rules: P = 0.90, R = 0.60, F1 = 0.72, speaker accuracy 0.700"
    )
    first = dict(fig, precision=0.75, f1=0.67)
    other.update(first=first, tuned_in_round=31)  # a later round tuned the rules on other30
    rows = {r[0]: r[1:] for r in validity.rows(_data(tmp_path, metrics={"voices_benchmark": vb}))}
    assert rows["Voices (attribution), International and Panorama articles"][1].endswith(
        "other30 as first measured: P = 0.75, R = 0.60, F1 = 0.67, speaker accuracy 0.700; with "
        "the current rules (in sample: later rounds, to 31, tuned on it): P = 0.90, R = 0.60, "
        "F1 = 0.72, "
        "speaker accuracy 0.700"
    )


def test_the_latest_held_out_set_is_called_in_sample_once_a_later_round_tuned_on_it(tmp_path):
    fig = {"precision": 0.9, "recall": 0.6, "f1": 0.72, "speaker_accuracy": 0.7, "gold": 10}
    before = dict(fig, speaker_accuracy=0.5)
    for latest, expected in (
        (dict(fig, split="test6", before=before), "measured once before and once after tuning"),
        (
            dict(fig, split="test6", before=before, tuned_in_round=7),
            "in sample: later rounds, to 7, tuned on it",
        ),
    ):
        vb = {"latest": latest}
        rows = validity.rows(_data(tmp_path, metrics={"voices_benchmark": vb}))
        basis = next(r[2] for r in rows if r[0].endswith("test6 articles"))
        assert basis.endswith(expected)


def test_split_names_shorten_runs_of_three_and_keep_gaps():
    names = ["dev", "test", *(f"test{r}" for r in range(2, 18))]
    assert validity.split_names(names) == "dev, test, test2–test17"
    assert validity.split_names(["test2", "test3", "test4", "test6", "test7"]) == (
        "test2–test4, test6, test7"
    )
    assert validity.split_names(["test3"]) == "test3"
    assert validity.split_names(["test28", "other29", "other30", "other31"]) == (
        "test28, other29–other31"
    )
    unquoted = [f"fang{n}_unquoted" for n in range(1, 5)]
    assert validity.split_names(unquoted) == "fang1_unquoted–fang4_unquoted"
    assert validity.split_names(["fang1", "fang2_unquoted", "fang3"]) == (
        "fang1, fang2_unquoted, fang3"
    )
    assert validity.split_names(["test27", "test28", "other29"]) == "test27, test28, other29"


def test_sets_read_from_json_keys_are_put_in_number_order():
    keys = sorted(f"fang{n}" for n in range(1, 13))  # as a JSON file's sorted keys give them
    assert keys[:3] == ["fang1", "fang10", "fang11"]
    assert validity.split_names(validity.in_number_order(keys)) == "fang1–fang12"
    assert validity.in_number_order(["test", "dev", "fang2_unquoted", "fang10"]) == [
        "dev",
        "fang10",
        "fang2_unquoted",
        "test",
    ]


def test_section_names_read_as_a_series():
    from framelab.report import fmt

    assert fmt.series(["Sport"]) == "Sport"
    assert fmt.series(["International", "Panorama"]) == "International and Panorama"
    assert fmt.series(["International", "Panorama", "Sport"]) == (
        "International, Panorama and Sport"
    )


def test_voices_second_coder_row(tmp_path):
    fig = {"precision": 0.8, "recall": 0.7, "f1": 0.75, "speaker_accuracy": 0.9, "gold": 133}
    vb = {"second_coder": dict(fig, split="test6", articles=24)}
    rows = {r[0]: r[1:] for r in validity.rows(_data(tmp_path, metrics={"voices_benchmark": vb}))}
    value, basis = rows["Voices gold, second coder vs first"]
    assert value == "P = 0.80, R = 0.70, F1 = 0.75"
    assert basis.startswith("133 gold statements of the test6 gold in 24 articles with statements")
    assert "speaker agreement 0.90" in basis


def test_actor_groups_print_their_label_where_the_study_gives_one(tmp_path):
    actors = tmp_path / "actors.yml"
    actors.write_text(
        "groups:\n  fpoe: {label: FPÖ, description: Freedom Party}\n  ngos_un: NGOs and UN\n",
        encoding="utf-8",
    )
    assert context.group_labels(actors) == {"fpoe": "FPÖ", "ngos_un": "ngos un"}
    d = _data(tmp_path)
    d.study["group_labels"] = context.group_labels(actors)
    assert (d.group("fpoe"), d.group("ngos_un"), d.group("other_x")) == (
        "FPÖ",
        "ngos un",
        "other x",
    )


def test_discussion_paragraphs_print_without_markdown_marks():
    from framelab.report.build import _paragraphs

    text = (
        "# Discussion\n\n**Naming (RQ3).** The `contest` label\nis rare.\n\n"
        "*A note.* Second, *the* claim 2*3."
    )
    assert _paragraphs(text) == [
        {"lead": "Naming (RQ3).", "text": "The contest label is rare."},
        {"lead": "", "text": "A note. Second, the claim 2*3."},
    ]


def test_stance_bars_pool_by_camp_when_each_article_has_one_passage_per_claim(tmp_path):
    d = _data(tmp_path)
    one_each = pd.DataFrame(
        {"article_id": ["a", "b"], "target": ["t1", "t1"], "label": ["endorse", "contest"]}
    )
    assert not figures.stance_by_article(d, one_each)
    three_each = pd.concat([one_each] * 3, ignore_index=True)
    assert figures.stance_by_article(d, three_each)
    d.tables["stance_by_passage"] = one_each
    out = figures.stance_figure(d, tmp_path)
    assert "Rows are camps (articles pooled)" in out["caption"]
    assert out["caption"].endswith("because most carry one passage per claim.")


def _validated(tmp_path, test_alpha: float, **annotations):
    agreement = {
        "alpha": 0.9,
        "macro_f1": 0.9,
        "units": 30,
        "agree": 27,
        "by_split": {
            "dev": {"alpha": 0.95, "units": 20, "agree": 19},
            "test": {"alpha": test_alpha, "units": 10, "agree": 8},
        },
    }
    d = _data(tmp_path, metrics={"stance": {"agreement": agreement}})
    d.study["annotations"] = {"test_held_out": True} | annotations
    return d


def test_a_held_out_alpha_below_the_minimum_is_called_not_validated_everywhere(tmp_path):
    d = _validated(tmp_path, 0.214)
    assert validity.stance_status(d) == "fails"
    assert (
        "at only Krippendorff's α = 0.214 (10 units), too low for conclusions: the stance "
        "labels below are rule output" in build.abstract(d, 2)
    )
    assert readings.stance(d) == "No passage mentions a claim in this build."
    d.tables["stance_by_passage"] = pd.DataFrame(
        {"article_id": ["a"], "target": ["t1"], "label": ["endorse"]}
    )
    assert readings.stance(d).startswith(
        "These are the rules' labels; on the held-out test split they reach α = 0.214 on 10 "
        "units, below the 0.667"
    )
    assert any(
        x.startswith("The stance rules fail their held-out test (α = 0.214")
        for x in validity.limitations(d, {"a": "a", "b": "b"})
    )
    assert validity.stance_status(_validated(tmp_path, 0.8)) == "holds"


def test_a_test_split_the_study_marks_as_used_is_not_called_held_out(tmp_path):
    d = _validated(tmp_path, 1.0, test_held_out=False, gold_description="the adjudicated gold")
    d.study["revision_rounds"] = 3
    text = build.abstract(d, 2)
    assert "held-out" not in text.replace("not a held-out estimate", "")
    assert "on the test passages, which are not a held-out estimate" in text
    assert validity.coding_procedure(d).startswith(
        "The manual coding of 30 passage × claim units is the adjudicated gold; the rules"
    )
    assert validity.coding_procedure(d).endswith(
        "were revised in 3 logged rounds, not all on the development units, so the study has no "
        "held-out estimate (Section 5)."
    )
    assert "so no figure here is a held-out estimate" in validity.reading(d)


def test_the_abstract_names_each_coder_agreement_and_lost_quotation_marks(tmp_path):
    d = _validated(tmp_path, 0.9)
    d.metrics["reliability"] = {
        "alpha_coders": 0.95,
        "n_units": 117,
        "alpha_rules_vs_coder1": 0.917,
        "alpha_rules_vs_coder2": 0.934,
    }
    ids = [f"a{i}" for i in range(10)]
    d.articles = pd.DataFrame({"id": ids, "camp": "r", "quotes_straight": 0})
    d.label = {a: f"R{i}" for i, a in enumerate(ids, start=1)}
    text = build.abstract(d, 10)
    assert (
        "two independent coders agree at α = 0.950 (117 units), and the final rules agree "
        "with each of them at α = 0.917 and 0.934." in text
    )
    assert "The texts carry almost no quotation marks" in text
    assert any("almost no quotation marks" in x for x in validity.limitations(d, {"a": "a"}))
    row = [r for r in validity.rows(d) if r[0] == "Final stance rules vs each independent coder"]
    assert row[0][1] == "α = 0.917 / 0.934"


def test_analysed_articles_in_the_voices_gold_are_named_as_in_sample(tmp_path):
    d = _data(tmp_path)
    d.tables["voices_gold_articles"] = pd.DataFrame(
        {
            "article_id": ["a", "b", "z"],
            "split": ["dev", "test6", "dev"],
            "tuned": [True, False, True],
        }
    )
    assert validity.gold_overlap(d) == (
        " 2 analysed articles are in that gold standard, 1 of them among the articles the "
        "attribution rules were tuned on: for these, the voice figures are in-sample."
    )
    d.tables["voices_gold_articles"] = d.tables["voices_gold_articles"].iloc[2:]
    assert validity.gold_overlap(d) == ""


def test_stance_shares_carry_intervals_only_for_camps_with_enough_clusters(tmp_path):
    d = _data(tmp_path)
    ids = [f"r{i}" for i in range(12)] + ["w0", "w1"]
    d.articles = pd.DataFrame({"id": ids, "camp": ["r"] * 12 + ["w", "w"]})
    d.label = {a: a.upper() for a in ids}
    labels = ["endorse", "contest", "report"] * 4 + ["endorse", "contest"]
    d.tables["stance_by_passage"] = pd.DataFrame(
        {"article_id": ids, "target": "t", "label": labels}
    )
    text = readings.stance(d, {a: a for a in ids})
    assert text.startswith("“t”: Russian: 4 of 12 passages endorse, 4 distance or contest (33% [")
    assert "]); Western: 1 of 2 passages endorse, 1 distance or contest. Brackets:" in text
    assert "Brackets: the share of a camp's mentioning passages that endorse" in text


def test_voice_shares_name_how_many_articles_carry_each_group(tmp_path):
    d = _data(tmp_path)
    d.articles = pd.DataFrame({"id": ["a", "c", "b"], "camp": ["r", "r", "w"]})
    voices = pd.DataFrame(
        {
            "article_id": ["a", "a", "c", "b"],
            "group": ["party_x", "experts", "experts", "party_x"],
            "words": [60, 10, 30, 40],
        }
    )
    d.tables["voices"] = voices
    assert readings.voices(d).split(": ", 1)[1] == (
        "Russian (100 words in 2 articles): party x 60% (1 article), experts 40% (2 articles); "
        "Western (40 words in 1 article): party x 100%."
    )


def test_the_closing_sentences_name_every_figure_that_carries_intervals(tmp_path):
    d = _data(tmp_path)
    ids = [f"a{i}" for i in range(12)]
    d.articles = pd.DataFrame({"id": ids, "camp": "r"})
    d.tables["stance_by_passage"] = pd.DataFrame(
        {"article_id": ids, "position": 1, "target": "t1", "label": "endorse"}
    )
    assert readings.stance_has_interval(d)
    merged = {a: "one" for a in ids}  # one story in twelve versions: a single cluster
    assert not readings.stance_has_interval(d, merged)
    found = readings.figures_with_intervals(d, None, None)
    assert found == ["stance shares"]
    closing = readings.inference(12, found)
    assert "the stance shares of camps with enough clusters carry intervals" in closing
    assert "no interval" in readings.inference(12, found) and "stance, voice" not in closing
    assert "Stance shares of camps with enough independent clusters" in build.abstract(d, 12, found)


def _topic_metrics(**changes) -> dict:
    """Topics metrics as the topics notebook writes them for NMF."""
    tm = {
        "k": 4,
        "k_rule": "fixed by topics.k",
        "unit": "passage",
        "n_units": 30,
        "n_articles": 2,
        "vocabulary": 120,
        "npmi": 0.2,
        "diversity": 0.8,
        "stability": 0.9,
        "stability_runs": 5,
        "npmi_top_n": 10,
        "diversity_top_n": 25,
        "method": "nmf",
        "weighting": "tfidf",
        "init": "nndsvda",
        "minibatch": False,
    }
    return tm | changes


def _topic_data(tmp_path, tm: dict, **topics_params):
    d = _data(tmp_path, metrics={"topics": tm})
    d.params["topics"] |= topics_params
    return d


def test_the_topic_model_is_named_from_the_topics_metrics(tmp_path):
    lda_metrics = _topic_metrics(method="lda", weighting="counts", init=None)
    lda = _topic_data(tmp_path, lda_metrics, method="lda")
    assert readings.topics(lda, None, []).startswith("LDA with K = 4 (fixed by topics.k) on 30 ")
    from framelab.report import topic_method

    context = topic_method.context(lda)
    assert (
        context["fit"]
        == "Topics are fitted by latent Dirichlet allocation (LDA) of counts of lemmas"
    )
    assert context["cite"] == "blei2003"
    nmf = _topic_data(tmp_path, _topic_metrics())
    assert readings.topics(nmf, None, []).startswith("NMF with K = 4")
    assert topic_method.context(nmf)["fit"] == (
        "Topics are fitted by non-negative matrix factorisation (NMF) of TF-IDF weighted lemmas"
    )
    assert topic_method.context(nmf)["start"] == (
        " The factorisation starts from NNDSVDa, a deterministic start from a singular value "
        "decomposition."
    )
    assert context["start"] == ""
    assert topic_method.context(nmf)["cite"] == "lee1999"


def test_a_refined_model_says_how_its_shares_were_re_estimated(tmp_path):
    from framelab.report import topic_method

    refined = _topic_data(tmp_path, _topic_metrics(refine="mixture"), refine_iter=30)
    assert topic_method.context(refined)["start"] == (
        " The factorisation starts from NNDSVDa, a deterministic start from a singular value "
        "decomposition. Each unit's topic shares are then re-estimated by a mixture of "
        "multinomials started from them (30 EM steps over log counts, "
        "topics.refine), which gives most units one topic; the topics' terms and coherence are "
        "those of NMF."
    )


def test_lda_has_no_start_and_the_metrics_record_the_weighting():
    from framelab.topics.model import describe

    assert describe("lda", "nndsvda", minibatch=True) == {
        "method": "lda",
        "weighting": "counts",
        "init": None,
        "minibatch": False,
        "refine": "none",
    }
    assert describe("nmf", "random")["init"] == "random"
    assert describe("nmf", "nndsvda", refine="mixture")["refine"] == "mixture"
    with pytest.raises(ValueError, match="unknown topic method"):
        describe("lsa", "random")


def test_the_stability_note_reads_the_threshold_and_the_subsample(tmp_path):
    d = _topic_data(tmp_path, _topic_metrics(stability=0.55), stability_min=0.6, subsample=0.9)
    assert readings.topics(d, None, []).endswith(
        " Stability below 0.6 (topics.stability_min) means that refits on seeded random "
        "subsamples of 90% of the units (each leaving out 10%) match topic for topic with a mean "
        "Jaccard of their top-10 lemmas below 0.6: the topics depend on which units are modelled."
    )
    above = _topic_data(tmp_path, _topic_metrics(stability=0.45), stability_min=0.4)
    assert "Stability below" not in readings.topics(above, None, [])
    seeds_only = _topic_data(tmp_path, _topic_metrics(stability=0.3), subsample=1.0)
    assert readings.topics(seeds_only, None, []).endswith(
        "refits on all of the units with different seeds match topic for topic with a mean "
        "Jaccard of their top-10 lemmas below 0.5: the topics depend on the seed."
    )


def test_the_topic_methods_state_how_k_was_set_and_what_the_terms_are(tmp_path):
    from framelab.report import topic_method

    auto = topic_method.context(_topic_data(tmp_path, _topic_metrics(), stability_min=0.7))
    assert auto["choice"] == (
        "K is the one with the highest NPMI among those with stability ≥ 0.7 "
        "(topics.stability_min), or the most stable K if none reaches it."
    )
    assert auto["coherence"] == "NPMI of the top-10 lemmas"
    fixed = _topic_data(tmp_path, _topic_metrics(npmi_top_n=5), k=6, lemmatize=False)
    context = topic_method.context(fixed)
    assert context["choice"] == "K is fixed at 6 (topics.k); the sweep is reported for comparison."
    assert context["coherence"] == "NPMI of the top-5 word forms"
    assert "(120 word forms)" in readings.topics(fixed, None, [])


def test_interval_sentences_state_the_configured_level(tmp_path):
    d = _topic_data(tmp_path, _topic_metrics(), ci_level=0.975)
    ids = [f"r{i}" for i in range(12)]
    d.articles = pd.DataFrame({"id": ids, "camp": "r"})
    d.tables["stance_by_passage"] = pd.DataFrame(
        {"article_id": ids, "target": "t", "label": ["endorse", "contest"] * 6}
    )
    assert "with a 97.5% cluster-bootstrap interval" in readings.stance(d, {a: a for a in ids})
    d.params["topics"]["ci_level"] = 0.9
    assert build.rules(d)["spread"].startswith(
        "A camp gets a 90% cluster-bootstrap interval only with at least 10 independent clusters"
    )
    with pytest.raises(TypeError):
        stats.spread_rule(10)  # the level is never assumed


def test_the_topic_figure_caption_states_the_level_it_computed(tmp_path):
    d = _topic_data(tmp_path, _topic_metrics(), ci_level=0.9)
    ids = [f"r{i}" for i in range(12)]
    d.articles = pd.DataFrame({"id": ids, "camp": "r"})
    d.label = {a: a.upper() for a in ids}
    d.tables["article_shares"] = pd.DataFrame(
        {
            "article_id": ids * 2,
            "camp": "r",
            "topic": [0] * 12 + [1] * 12,
            "label": ["T1 a"] * 12 + ["T2 b"] * 12,
            "share": [0.25, 0.75] * 6 + [0.75, 0.25] * 6,
        }
    )
    out = tmp_path / "fig"
    out.mkdir()
    caption = figures.topic_figure(d, out, {a: a for a in ids})["caption"]
    assert "A camp gets a 90% cluster-bootstrap interval only with at least 10" in caption


def test_the_sweep_caption_names_the_model_and_the_runs(tmp_path):
    tm = _topic_metrics(method="lda", weighting="counts", init=None, k=3)
    d = _topic_data(tmp_path, tm, subsample=0.75)
    d.tables["k_sweep"] = pd.DataFrame(
        {"k": [2, 3], "npmi": [0.1, 0.2], "diversity": [0.9, 0.8], "stability": [0.6, 0.7]}
    )
    out = tmp_path / "fig"
    out.mkdir()
    assert figures.sweep_figure(d, out)["caption"] == (
        "K sweep of LDA (2–3): NPMI coherence of the top-10 lemmas, diversity (unique share of "
        "the top-25 lemmas) and stability (matched Jaccard of top-10 lemmas over 5 runs on "
        "seeded random subsamples of 75% of the units). Dashed: the chosen K = 3; dotted: the "
        "stability threshold of the automatic choice of K (0.5)."
    )


def test_stability_runs_name_the_sweep_sample_when_the_units_are_capped(tmp_path):
    from framelab.report import topic_method

    d = _topic_data(tmp_path, _topic_metrics(), sweep_max_units=20)
    assert (
        topic_method.runs(d, 50) == "seeded random subsamples of 80% of a seeded sample of 20 units"
    )
    assert topic_method.runs(d, 20) == "seeded random subsamples of 80% of the units"


def test_a_long_cell_is_cut_after_a_whole_word_and_marked():
    title = "Die Regierung beschließt ein neues Gesetz zur Begrenzung der Zuwanderung"
    assert tables.cut_text(title, 40) == "Die Regierung beschließt ein neues…"
    assert tables.cut_text("x" * 50, 40) == "x" * 39 + "…"  # one long word: cut inside it
    assert tables.cut_text(title, 200) == title
    bracket = "speaker accuracy 0.711 by two blind readers (95 % Wilson 0.689–0.733, pairs)"
    assert tables.cut_text(bracket, 60) == "speaker accuracy 0.711 by two blind readers…"


def test_camp_counts_keep_the_studys_label_as_written(tmp_path):
    d = _data(tmp_path)
    assert readings.camp_counts(d).startswith(f"{d.camp_label['r']}: 1 (")


def test_the_methods_name_bm25_weights_when_the_option_is_chosen(tmp_path):
    from framelab.report import topic_method

    d = _topic_data(tmp_path, {**_topic_metrics(), "weighting": "bm25"})
    assert topic_method.context(d)["fit"] == (
        "Topics are fitted by non-negative matrix factorisation (NMF) of BM25 weighted lemmas"
    )


def test_the_voices_section_table_has_one_row_per_section_and_says_it_is_in_sample(tmp_path):
    by_section = pd.DataFrame(
        {
            "section": ["Kultur", "seeds"],
            "articles": [30, 5],
            "gold": [267, 62],
            "precision": [0.646, 0.966],
            "recall": [0.472, 0.903],
            "f1": [0.545, 0.933],
            "speaker_accuracy": [0.587, 0.929],
        }
    )
    t = tables.voices_by_section_table(_data(tmp_path, tables_={"voices_by_section": by_section}))
    assert t["rows"][0] == ["Kultur", "30", "267", "0.65", "0.47", "0.55", "0.59"]
    assert "in sample" in t["caption"]
    assert tables.voices_by_section_table(_data(tmp_path)) is None


def test_held_out_sets_from_another_source_are_pooled_in_their_own_row(tmp_path):
    fig = {"precision": 0.9, "recall": 0.78, "f1": 0.83, "speaker_accuracy": 0.8, "gold": 100}
    fig |= {"system": 90, "matched": 80, "articles": 24}  # the counts pooling needs
    sets = {
        "wiki41": {"round-39 rules": dict(fig), "round-41 rules": dict(fig)},
        "wiki42": {"round-41 rules": dict(fig, gold=60, system=50, matched=40)},
    }
    vb = {"held_out_first_measured": dict(fig, sets=["test2"]), "other_source": sets}
    rows = {r[0]: r[1:] for r in validity.rows(_data(tmp_path, metrics={"voices_benchmark": vb}))}
    value, basis = rows["Voices (attribution), German Wikinews politics"]
    assert value == "P = 0.86, R = 0.75, F1 = 0.80"  # 120 of 140 found, 120 of 160 gold
    assert basis.startswith("160 gold statements in 48 German Wikinews politics articles of 2")
    sets["wiki42"]["round-41 rules"]["articles"] = 1300  # thousands separated, as the statements
    rows = {r[0]: r[1:] for r in validity.rows(_data(tmp_path, metrics={"voices_benchmark": vb}))}
    assert rows["Voices (attribution), German Wikinews politics"][1].startswith(
        "160 gold statements in 1,324 German Wikinews politics articles"
    )
    sets["wiki42"]["round-41 rules"]["articles"] = 24
    assert (
        "sets (wiki41, wiki42; another source, quotation marks kept), each scored before any of "
        "its rule output was read, here with the last engine recorded for it; pooled speaker "
        "accuracy 0.800; text outside"
    ) in basis
    sets["wiki41"]["round-39 rules"] = dict(fig, system=90, matched=60)
    rows = {r[0]: r[1:] for r in validity.rows(_data(tmp_path, metrics={"voices_benchmark": vb}))}
    basis = rows["Voices (attribution), German Wikinews politics"][1]
    assert (  # 100 of 140 found, 100 of 160 gold: one figure, however many sets differ
        "; as first measured, with the rules before the round each was held out for: "
        "P = 0.71, R = 0.62, F1 = 0.67, speaker accuracy 0.800;" in basis
    )


def test_the_newspaper_sets_get_a_row_of_their_own(tmp_path):
    fig = {"precision": 0.9, "recall": 0.8, "f1": 0.85, "speaker_accuracy": 0.75, "gold": 100}
    fig |= {"system": 90, "matched": 80, "articles": 61}
    vb = {"newspaper": {"wmt21": {"round-48 rules (abc1234)": fig}}}
    rows = {r[0]: r[1:] for r in validity.rows(_data(tmp_path, metrics={"voices_benchmark": vb}))}
    assert "Voices (attribution), German Wikinews politics" not in rows
    value, basis = rows["Voices (attribution), newspaper articles"]
    assert value == "P = 0.89, R = 0.80, F1 = 0.84"  # 80 of 90 found, 80 of 100 gold
    assert basis.startswith(
        "100 gold statements in 61 newspaper articles (the German-original news of the "
        "WMT20–WMT23 test sets, 2019–23) of 1 blind held-out set (wmt21; a third source,"
    )
    assert basis.endswith("text outside the repository (make bench-voices-newspapers)")


def test_the_commentary_sets_get_a_row_of_their_own(tmp_path):
    fig = {"precision": 0.66, "recall": 0.44, "f1": 0.53, "speaker_accuracy": 0.6, "gold": 106}
    fig |= {"system": 71, "matched": 47, "articles": 88}
    vb = {"commentary": {"pcc2": {"round-51 rules (x)": fig, "round-52 rules (y)": fig}}}
    rows = {r[0]: r[1:] for r in validity.rows(_data(tmp_path, metrics={"voices_benchmark": vb}))}
    value, basis = rows["Voices (attribution), newspaper commentaries"]
    assert value == "P = 0.66, R = 0.44, F1 = 0.53"  # 47 of 71 found, 47 of 106 gold
    assert basis.startswith("106 gold statements in 88 op-ed commentaries (Potsdam Commentary")
    assert basis.endswith("text outside the repository (make bench-voices-commentaries)")


def test_the_covid_news_sets_get_a_row_of_their_own(tmp_path):
    fig = {"precision": 0.9, "recall": 0.75, "f1": 0.818, "speaker_accuracy": 0.7, "gold": 200}
    fig |= {"system": 166, "matched": 150, "articles": 48}
    vb = {"fang": {"fang1": {"round-52 rules (x)": fig}, "fang2": {"round-52 rules (x)": fig}}}
    rows = {r[0]: r[1:] for r in validity.rows(_data(tmp_path, metrics={"voices_benchmark": vb}))}
    value, basis = rows["Voices (attribution), COVID-19 news, German newspapers and RT DE"]
    assert value == "P = 0.90, R = 0.75, F1 = 0.82"  # 300 of 332 found, 300 of 400 gold
    assert basis.startswith("400 gold statements in 96 news articles on the COVID-19 pandemic")
    assert "Russian state broadcaster's RT DE) of 2 blind held-out sets (fang1, fang2" in basis
    assert basis.endswith("text outside the repository (make bench-voices-fang)")
    unquoted = {"fang_unquoted": {"fang1_unquoted": {"round-52 rules (x)": fig}}}
    data = _data(tmp_path / "u", metrics={"voices_benchmark": unquoted})
    rows = {r[0]: r[1:] for r in validity.rows(data)}
    value, basis = rows["Voices (attribution), COVID-19 news, quotation marks removed"]
    assert value == "P = 0.90, R = 0.75, F1 = 0.82"
    assert (
        "news articles (double quotation marks removed, as in the 10kGNAD sections) of 1" in basis
    )


def test_the_readers_speaker_accuracy_stands_beside_the_string_test():
    first = dict(pairs=749, string_test=0.746, conservative=0.71, liberal=0.728, kappa=0.957)
    judged = {
        "first_measured": dict(first, wilson=[0.677, 0.742], sets=7),
        "held_out_r44": dict(first, conservative=0.7),
        "held_out_r45": dict(first, conservative=0.72),
    }
    [(label, value, basis)] = validity._adjudicated_rows({"speaker_adjudicated": judged})
    assert label == "Voices (attribution), Wikinews speaker judged by readers"
    assert value == "speaker accuracy 0.710 (string test 0.746)"
    assert "749 matched statements of 7 Wikinews held-out sets" in basis
    # the interval as stored (three decimals), not rounded a second time ("0.677" is not "0.68")
    assert "(95 % Wilson 0.677–0.742; either reader: 0.728; κ = 0.96)" in basis
    assert basis.endswith("before and after it: 0.700 and 0.720")
    assert validity._adjudicated_rows({}) == []
    pooled = dict(first, pairs=976, conservative=0.708, wilson=[0.679, 0.736], sets=9)
    [(_, value, basis)] = validity._adjudicated_rows(
        {"speaker_adjudicated": dict(judged, pooled_first_measured=pooled)}
    )
    assert value == "speaker accuracy 0.708 (string test 0.746)"  # all judged sets pooled
    assert "976 matched statements of 9 Wikinews held-out sets" in basis
    newspaper = dict(first, pairs=483, conservative=0.66, wilson=[0.62, 0.70], sets=2)
    rows = validity._adjudicated_rows(
        {"speaker_adjudicated": {"newspaper_first_measured": newspaper}}
    )
    [(label, value, basis)] = rows  # on its own, not pooled with the Wikinews studies
    assert label == "Voices (attribution), newspaper speaker judged by readers"
    assert value == "speaker accuracy 0.660 (string test 0.746)"
    assert basis.startswith("483 matched statements of 2 newspaper held-out sets as first")
    rounds = {
        "newspaper_held_out_r49": dict(first, conservative=0.759),
        "newspaper_held_out_r50": dict(first, conservative=0.761),
    }
    [(_, _, basis)] = validity._adjudicated_rows(
        {"speaker_adjudicated": {"newspaper_first_measured": newspaper, **rounds}}
    )
    assert basis.endswith(
        "newspaper sets held out for a round, before and after it: 0.759 and 0.761"
    )
    commentary = dict(first, pairs=95, conservative=0.55, wilson=[0.45, 0.65], sets=2)
    [(label, value, basis)] = validity._adjudicated_rows(
        {"speaker_adjudicated": {"commentary_first_measured": commentary}}
    )
    assert label == "Voices (attribution), commentary speaker judged by readers"
    assert value == "speaker accuracy 0.550 (string test 0.746)"
    assert basis.startswith("95 matched statements of 2 newspaper-commentary held-out sets as")
    fang = dict(first, pairs=150, conservative=0.7, wilson=[0.62, 0.77], sets=2)
    [(label, value, basis)] = validity._adjudicated_rows(
        {"speaker_adjudicated": {"fang_first_measured": fang}}
    )
    assert label == "Voices (attribution), COVID-19 news speaker judged by readers"
    assert value == "speaker accuracy 0.700 (string test 0.746)"
    assert basis.startswith("150 matched statements of 2 COVID-19 news held-out sets (German")
    rounds = {
        "fang_held_out_r52": {"conservative": 0.74},
        "fang_held_out_r53": {"conservative": 0.77},
    }
    [(_, _, basis)] = validity._adjudicated_rows(
        {"speaker_adjudicated": {"fang_first_measured": fang, **rounds}}
    )
    assert basis.endswith(
        "COVID-19 news sets held out for a round, before and after it: 0.740 and 0.770"
    )


def test_a_limitation_says_how_far_the_voices_hold_on_commentaries():
    fig = {"precision": 0.66, "recall": 0.41, "f1": 0.5, "speaker_accuracy": 0.6, "gold": 117}
    fig |= {"system": 73, "matched": 48, "articles": 88}
    vb = {
        "commentary": {"pcc1": {"round-50 rules": fig, "round-52 rules": dict(fig, matched=60)}},
        "speaker_adjudicated": {
            "newspaper_first_measured": {"conservative": 0.718},
            "commentary_first_measured": {"conservative": 0.505},
        },
    }
    assert validity._genre_limitation(vb) == (
        "Who speaks is validated on news: on held-out newspaper articles readers accept 0.718 "
        "of the speakers; on held-out op-ed commentaries the rules find 0.410 of the attributed "
        "statements and readers accept 0.505 of their speakers, so voices figures of a corpus "
        "with many commentaries are weaker than the validity table's news rows."
    )
    assert validity._genre_limitation({"commentary": vb["commentary"]}) == ""
