"""Sentences generated from the stage outputs, so no number in the report is typed by hand.

Where a camp has only one or two independent clusters, the sentences compare articles, not
camps, and use no ranking language ("differs most", "more than").
"""

from __future__ import annotations

import pandas as pd

from framelab.analysis import uncertainty
from framelab.analysis.voices import source_voices
from framelab.report import fmt, stats, topic_method, validity
from framelab.report.data import ReportData, ci_level, label_key
from framelab.report.markers import marker_rows


def _labels_of(d: ReportData, ids) -> str:
    labels = sorted((d.label[i] for i in ids), key=label_key)
    if len(labels) > 2 and all(lab[:-1] == labels[0][:-1] for lab in labels):
        return f"{labels[0]}–{labels[-1]}"
    return fmt.series(labels)


MAX_LISTED_GROUPS = 6  # dependent groups named in the text; more are summarised
MAX_LISTED_LABELS = 24  # article labels named in the text at most


def _groups_text(d: ReportData, groups: list[list[str]]) -> str:
    """The dependent groups by their labels while few, else how many and how large (every
    article's cluster is in Table 1's CSV)."""
    labels = sum(len(g) for g in groups)
    if len(groups) <= MAX_LISTED_GROUPS and labels <= MAX_LISTED_LABELS:
        return fmt.series([_labels_of(d, g) for g in groups])
    largest = max(len(g) for g in groups)
    return (
        f"{fmt.n_of(len(groups), 'group')} of {fmt.count(labels)} articles in all, the "
        f"largest with {fmt.count(largest)} (each article's cluster is in "
        "reports/figures/report/article_labels.csv)"
    )


def camp_counts(d: ReportData) -> str:
    """'Russian state media: 1 (RU1), Western agency copy: 3 (W1–W3) and …': the camp's label
    stays as the study writes it (a count before it would need a plural the label lacks)."""
    parts = []
    for camp in d.camps:
        ids = d.articles.loc[d.articles["camp"] == camp, "id"]
        key = f" ({_labels_of(d, ids)})" if len(ids) <= 6 else ""
        parts.append(f"{d.camp_label[camp]}: {fmt.count(len(ids))}{key}")
    return fmt.series(parts)


def scope(d: ReportData) -> str:
    """How the analysed articles were selected from the corpus (event definition, camps)."""
    corpus = d.corpus_articles
    if not corpus.empty and not corpus["about_event"].any():
        return (
            f"Warning: none of the corpus's {fmt.n_of(len(corpus), 'article')} meets the study's "
            "event definition, so no stance is labelled; the topic model and the counts below "
            "describe the whole corpus, not the event."
        )
    if corpus.empty or len(corpus) == len(d.articles):
        return f"All {fmt.n_of(len(d.articles), 'article')} of the corpus are analysed."
    about = int(corpus["about_event"].sum())
    return (
        f"Of the corpus's {fmt.n_of(len(corpus), 'article')}, {fmt.count(about)} meet the event "
        f"definition and {fmt.count(len(d.articles))} of these belong to the study's camps; only "
        "these are analysed (the others are counted, not compared)."
    )


FLAG_TEXT = {
    "no_event_passages": "no passage of the corpus is about the event, so no stance is labelled",
    "rare": "is mentioned in fewer than {min_share} of the event passages",
    "always": "is mentioned in almost every event passage, so it separates nothing",
    "fires_outside_event": "is mentioned more often outside the event's articles than in them",
}


def fit_warnings(d: ReportData) -> str:
    """Warnings for claims that do not fit this corpus, and page furniture found by repetition."""
    fit, parts = d.t("target_fit"), []
    if fit is not None:
        min_share = fmt.pct(float(d.p("stance", "fit_min_share")))
        for row in fit[fit["flag"] != "ok"].itertuples():
            text = FLAG_TEXT[row.flag].format(min_share=min_share)
            parts.append(text if row.flag == "no_event_passages" else f"“{row.label}” {text}")
    text = ("Warning: " + "; ".join(dict.fromkeys(parts)) + ".") if parts else fit_ok(d, fit)
    text += quotes_warning(d)
    n_furniture = (d.metrics.get("clean") or {}).get("furniture_lines", 0)
    if n_furniture:
        text += (
            f" {fmt.n_of(n_furniture, 'line')} repeated across many articles were removed as "
            "page furniture (reports/tables/clean/repeated_lines.csv)."
        )
    return text


def draft(d: ReportData, shown: int = 3) -> str:
    """A notice for the title block when the study's files still have TODO lines (a study
    scaffolded by ``framelab study new`` and not yet written), else ''."""
    from framelab.study.checks import todo_files

    todo = todo_files(d.root / str(d.params["study"]))
    if not todo:
        return ""
    where = ", ".join(f"{p.file}:{p.line}" for p in todo[:shown]) + (
        ", …" if len(todo) > shown else ""
    )
    return (
        f"Draft: {fmt.n_of(len(todo), 'study file')} still {'has' if len(todo) == 1 else 'have'} "
        f"TODO lines ({where}); `framelab check` lists them."
    )


def fit_ok(d: ReportData, fit: pd.DataFrame | None) -> str:
    """What the claims' fit shows when no claim is flagged: with no passage outside the
    event, whether a claim fires outside it cannot be checked, and the text says so."""
    min_share = fmt.pct(float(d.p("stance", "fit_min_share")))
    outside = fit is not None and int(fit["other_passages"].max()) > 0
    return (
        f"Every claim is mentioned in at least {min_share} of the event's passages"
        + (
            " and not more often outside the event's articles than in them"
            if outside
            else "; every passage of the corpus is about the event, so whether a claim is "
            "mentioned outside it cannot be checked here"
        )
        + " (reports/tables/stance/target_fit.csv)."
    )


def quotes_warning(d: ReportData) -> str:
    """A warning when the texts carry (almost) no quotation marks, as in corpora that strip
    them: a direct quotation then reads as the text's own words."""
    if not validity.quotes_lost(d):
        return ""
    per_article = validity.quote_marks(d) / len(d.articles)
    return (
        f" Warning: the texts carry almost no quotation marks ({fmt.rate(per_article)} per "
        "analysed article), so a direct quotation cannot be told from a text's own words: "
        "quoted names, markers and claims count as the narrator's, and the own-voice figures "
        "overstate it."
    )


def design(d: ReportData, clusters: dict[str, str]) -> str:
    """Articles per camp, dependent groups, and the number of independent clusters."""
    n = len(d.articles)
    groups = uncertainty.dependent_groups(clusters)
    min_share = float(d.p("report", "dependence_min_share"))
    text = scope(d) + f" Analysed: {fmt.n_of(n, 'article')} — {camp_counts(d)}. "
    text += fit_warnings(d)
    if groups:
        text += (
            f" Articles that share at least {fmt.pct(min_share)} of either one's passages are "
            f"treated as dependent and count as one cluster: {_groups_text(d, groups)}."
        )
    camp_of = d.articles.set_index("id")["camp"]
    per_camp = [
        f"{d.camp_label[c]} {len({clusters[a] for a in camp_of.index if camp_of[a] == c})}"
        for c in d.camps
    ]
    text += f" Independent clusters per camp: {fmt.series(per_camp)}."
    return text


def cleaning(d: ReportData) -> str:
    """Kept, removed, moved to the title and normalised characters add up to the raw total."""
    cm = d.metrics.get("clean")
    if not cm:
        return "Cleaning metrics are not available in this build."
    rem = d.t("removals")
    moved = int(rem.loc[rem["action"] != "removed", "chars"].sum()) if rem is not None else 0
    n_rules = rem.loc[rem["action"] == "removed", "rule"].nunique() if rem is not None else 0
    rest = cm["chars_raw"] - cm["chars_kept"] - cm["chars_removed"] - moved
    steps = [f"kept {fmt.count(cm['chars_kept'])}"]
    if cm["chars_removed"]:
        steps.append(
            f"removed {fmt.count(cm['chars_removed'])} "
            f"({fmt.pct1(cm['chars_removed'] / cm['chars_raw'])}) as page furniture by "
            f"{fmt.n_of(n_rules, 'rule')}"
        )
    if moved:
        steps.append(f"moved {fmt.count(moved)} (headlines) to the title field")
    if rest:
        steps.append(f"normalised {fmt.count(rest)} characters of white space")
    return (
        f"Of {fmt.count(cm['chars_raw'])} raw characters, cleaning {fmt.series(steps)}"
        + ("; it removed no page furniture" if not cm["chars_removed"] else "")
        + f". The clean corpus has {fmt.count(cm['passages'])} passages, "
        f"{fmt.count(cm['sentences'])} sentences and {fmt.count(cm['tokens'])} tokens."
    )


LISTED_MAX = 12  # longer lists are cut, so the report's length does not grow with the corpus


def _listed(items: list[str]) -> str:
    """``items`` as a series, the first :data:`LISTED_MAX` of a longer list and how many more."""
    if len(items) <= LISTED_MAX:
        return fmt.series(items)
    return ", ".join(items[:LISTED_MAX]) + f" and {fmt.count(len(items) - LISTED_MAX)} more"


def topics(d: ReportData, summary: pd.DataFrame | None, excluded: list[str]) -> str:
    tm = d.metrics.get("topics")
    if not tm:
        return "The topic stage produced no metrics in this build."
    text = (
        f"{topic_method.short_name(tm)} with K = {tm['k']} ({tm['k_rule']}) on "
        f"{fmt.count(tm['n_units'])} {tm['unit']}s of {fmt.n_of(tm['n_articles'], 'article')} "
        f"({fmt.count(tm['vocabulary'])} {topic_method.terms(d)}) gives mean NPMI "
        f"{fmt.coef(tm['npmi'])}, diversity {fmt.coef(tm['diversity'])} and stability "
        f"{fmt.coef(tm['stability'])} (1 = identical topics across refits)."
    )
    if excluded:
        text += (
            f" {fmt.n_of(len(excluded), 'passage').capitalize()} were not modelled (headings, "
            f"passages below {d.p('topics', 'min_tokens')} tokens and passages without a term of "
            f"the model's vocabulary): {_listed(excluded)}."
        )
    if summary is not None and not summary.empty and (summary["kind"] != "interval").any():
        text += " " + few_clusters_text(d, summary)
    return text + topic_method.stability_note(d, tm) + topic_flag_text(d)


def few_clusters_text(d: ReportData, summary: pd.DataFrame) -> str:
    """Which camps have too few independent clusters for an interval, with an example of what
    their values are (values of a few texts)."""
    order = {d.camp_label.get(c, c): i for i, c in enumerate(d.camps)}
    few = summary[summary["kind"] != "interval"].drop_duplicates("camp")
    few = few.sort_values("camp", key=lambda c: c.map(order), kind="stable")
    camps = fmt.series(
        [f"{r.camp} ({fmt.n_of(int(r.n_clusters), 'cluster')})" for r in few.itertuples()]
    )
    wide = summary.pivot_table(index="item", columns="camp", values="centre")
    spread = (wide.max(axis=1) - wide.min(axis=1)).sort_values(ascending=False)
    item = spread.index[0]
    lo, hi = wide.loc[item].idxmin(), wide.loc[item].idxmax()
    minimum = int(d.p("report", "min_clusters_interval"))
    return (
        f"{camps} {'has' if len(few) == 1 else 'have'} fewer than {minimum} independent "
        f"clusters, so no interval: {'its' if len(few) == 1 else 'their'} values describe these "
        "few texts, not the camp. For "
        f"example, “{item}” has a share of {fmt.share(wide.loc[item, hi])} in {hi} and "
        f"{fmt.share(wide.loc[item, lo])} in {lo}."
    )


def topic_flag_text(d: ReportData) -> str:
    """Topics that one article or duplicated text carries (they describe a text, not a frame)."""
    flags = d.t("topic_flags")
    if flags is None or (flags["flag"] == "ok").all():
        return ""
    carried = [
        f"{r.label.split(' ')[0]} ({d.label.get(r.top_article, r.top_article)}, "
        f"{fmt.pct(r.top_article_share)} of its loading)"
        for r in flags[flags["flag"] == "one_article"].itertuples()
    ]
    dup = flags[flags["flag"] == "duplicates"]["label"].str.split(" ").str[0].tolist()
    text = ""
    if carried:
        text += (
            f" Topics carried by one article, often one quotation or its translation: "
            f"{fmt.series(carried)}."
        )
    if dup:
        text += f" Topics carried by duplicate articles: {fmt.series(dup)}."
    return text


def stance(d: ReportData, clusters: dict[str, str] | None = None) -> str:
    """Per claim and camp: passages that endorse vs distance or contest it, with a
    cluster-bootstrap interval for a camp whose mentioning articles form enough clusters."""
    sp = d.t("stance_by_passage")
    if sp is None or sp.empty:
        return "No passage mentions a claim in this build."
    sentences = []
    if validity.stance_status(d) == "fails":
        sentences.append(
            f"These are the rules' labels; on the held-out test split they reach "
            f"{validity.failing_test(d)}, so read them as rule output, not as validated stance."
        )
    framed = _with_cluster(d, sp, clusters)
    for target in d.claim_order(framed["target"]):
        g = framed[framed["target"] == target]
        parts = _camp_parts(
            d, g, lambda label, rows: _stance_part(d, label, rows), "not mentioned in {camp}"
        )
        label = d.targets.get(target, {}).get("label", target)
        sentences.append(_listing(f"“{label}”", parts))
    if any("[" in s for s in sentences):
        sentences.append(
            "Brackets: the share of a camp's mentioning passages that endorse, and that distance "
            f"or contest, with a {fmt.level(ci_level(d))} cluster-bootstrap "
            "interval, given where the camp's mentioning articles form at least "
            f"{d.p('report', 'min_clusters_interval')} independent clusters."
        )
    return " ".join(sentences)


def _with_camp(d: ReportData, frame: pd.DataFrame) -> pd.DataFrame:
    return frame.assign(camp=frame["article_id"].map(d.articles.set_index("id")["camp"]))


def _with_cluster(d: ReportData, frame: pd.DataFrame, clusters: dict[str, str] | None):
    """``frame`` with each article's camp and dependence cluster (its own id if unclustered)."""
    known = clusters or {}
    return _with_camp(d, frame).assign(cluster=[known.get(a, a) for a in frame["article_id"]])


def _camp_parts(d: ReportData, frame: pd.DataFrame, describe, missing: str) -> list[str]:
    """One part per camp: ``describe(camp label, its rows)``, or ``missing`` for a camp without."""
    parts = []
    for camp in d.camps:
        rows, label = frame[frame["camp"] == camp], d.camp_label[camp]
        parts.append(missing.format(camp=label) if rows.empty else describe(label, rows))
    return parts


def _stance_part(d: ReportData, label: str, rows: pd.DataFrame) -> str:
    endorse = rows["label"] == "endorse"
    against = rows["label"].isin(["distance", "contest"])
    text = (
        f"{label}: {int(endorse.sum())} of {fmt.n_of(len(rows), 'passage')} endorse"
        f"{'s' if len(rows) == 1 else ''}, {int(against.sum())} distance or contest"
    )
    if rows["cluster"].nunique() < int(d.p("report", "min_clusters_interval")):
        return text
    return text + f" ({_share_interval(d, rows, endorse)}; {_share_interval(d, rows, against)})"


def _share_interval(d: ReportData, rows: pd.DataFrame, hit: pd.Series) -> str:
    """'18% [6–32%]': the pooled share with its cluster-bootstrap interval."""
    by = rows.assign(hit=hit.astype(int), n=1).groupby("cluster")[["hit", "n"]].sum()
    lo, hi = uncertainty.ratio_interval(
        by["hit"].to_numpy(),
        by["n"].to_numpy(),
        int(d.p("stance", "n_boot")),
        int(d.p("stance", "seed")),
        ci_level(d),  # one interval level for every figure
    )
    return f"{fmt.pct(hit.mean())} [{fmt.pct(lo)}–{fmt.pct(hi)}]"


def stance_has_interval(d: ReportData, clusters: dict[str, str] | None = None) -> bool:
    """Whether some claim's mentioning passages in some camp come from enough independent
    clusters for :func:`stance` to give them an interval."""
    sp = d.t("stance_by_passage")
    if sp is None or sp.empty:
        return False
    per_group = _with_cluster(d, sp, clusters).groupby(["target", "camp"])["cluster"].nunique()
    return bool((per_group >= int(d.p("report", "min_clusters_interval"))).any())


def figures_with_intervals(
    d: ReportData, summary: pd.DataFrame | None, clusters: dict[str, str] | None
) -> list[str]:
    """Which figures carry cluster-bootstrap intervals in this build (for the sentences that
    say what the design supports)."""
    found = []
    if stats.any_interval(summary):
        found.append("topic shares")
    if stance_has_interval(d, clusters):
        found.append("stance shares")
    return found


def _voices_part(label: str, rows: pd.DataFrame) -> str:
    """'Camp (N words in k articles): group 40% (3 articles), …' — the article count shows
    when one long interview carries a group's share of the pooled words."""
    by_group = rows.groupby("group_label")
    g = by_group["words"].sum().sort_values(ascending=False)
    n_articles = by_group["article_id"].nunique()
    several = rows["article_id"].nunique() > 1
    groups = ", ".join(
        f"{k} {fmt.pct(x / g.sum())}"
        + (f" ({fmt.n_of(n_articles[k], 'article')})" if several else "")
        for k, x in g.items()
    )
    total = f"{fmt.count(g.sum())} words in {fmt.n_of(rows['article_id'].nunique(), 'article')}"
    return f"{label} ({total}): {groups}"


def _listing(lead: str, parts: list[str]) -> str:
    """'Lead: a; b; c.'"""
    return f"{lead}: " + "; ".join(parts) + "."


def voices(d: ReportData) -> str:
    v = d.t("voices")
    v = None if v is None else source_voices(v)
    if v is None or v.empty:
        return "The rules found no quoted or reported speech in this build."
    v = v.assign(group_label=v["group"].map(d.group))
    parts = _camp_parts(d, _with_camp(d, v), _voices_part, "{camp}: no voice found")
    return _listing(
        "Shares of the quoted and reported words the rules attribute to each actor group, "
        "with the number of articles that give the group a voice",
        parts,
    )


TOP_PER_CAMP = 3  # lemmas listed per camp in the text (all of them: figure and table)


def _naming_part(label: str, rows: pd.DataFrame) -> str:
    """Per pair, the variant(s) the camp uses most in its own voice (ties: all of them)."""
    picks = []
    for _, pair in rows[rows["own_voice"] > 0].groupby("pair", sort=False):
        top = pair[pair["own_voice"] == pair["own_voice"].max()]
        named = [f"“{r.variant}” {r.own_voice} of {r.n}" for r in top.itertuples()]
        picks.append(" and ".join(named))
    return f"{label}: " + (", ".join(picks) if picks else "none")


def naming(d: ReportData) -> str:
    nm = d.t("naming")
    if nm is None or nm.empty:
        return "No naming pair is defined or used in this build."
    if not (nm["own_voice"] > 0).any():
        return (
            "No contested name is used in any text's own voice; every use stands inside "
            "quotation marks."
        )
    parts = _camp_parts(d, nm, _naming_part, "{camp}: no contested name")
    return _listing(
        "For each contested pair, the name each camp uses most in its own voice (outside "
        "quotation marks and reported speech; own-voice uses of all uses; every name in "
        "reports/tables/stance/naming_pairs.csv)",
        parts,
    )


def _markers_part(label: str, rows: pd.DataFrame, top: int = 2) -> str:
    own = rows[rows["own"]]
    frequent = own["row"].value_counts().sort_index().sort_values(ascending=False, kind="stable")
    listed = _most_frequent(frequent, top)
    return f"{label}: {len(own)} of {len(rows)}" + (f" (most frequent: {listed})" if listed else "")


def _most_frequent(counts: pd.Series, top: int) -> str:
    """The ``top`` most frequent items with their counts; a tie across the cut is not broken
    by name but said ("X 3; 4 more tied at 1")."""
    if len(counts) > top and counts.iloc[top - 1] == counts.iloc[top]:
        tied = int(counts.iloc[top])
        above = counts[counts > tied]
        n_tied = int((counts == tied).sum())
        listed = ", ".join(f"{row} {n}" for row, n in above.items())
        return (listed + "; " if listed else "") + f"{n_tied} tied at {tied}"
    return ", ".join(f"{row} {n}" for row, n in counts.head(top).items())


def markers(d: ReportData) -> str:
    m = d.t("marker_matches")
    if m is None or m.empty:
        return "No framing marker matched in this build."
    parts = _camp_parts(d, _with_camp(d, marker_rows(m)), _markers_part, "{camp}: no match")
    return _listing(
        "Framing-marker matches in the texts' own words (narrator or indicative paraphrase) "
        "of all matches, per camp",
        parts,
    )


def _keyness_part(label: str, rows: pd.DataFrame, top: int = TOP_PER_CAMP) -> str:
    best = rows.sort_values(["z", "term"], ascending=[False, True], kind="stable").head(top)
    return f"{label}: " + ", ".join(f"{r.term} ({fmt.coef(r.delta)})" for r in best.itertuples())


def keyness(d: ReportData) -> str:
    k = d.t("keyness")
    if k is None or k.empty:
        return "Keyness was not computed in this build."
    robust = k[k["robust"]]
    z = float(d.p("stance", "keyness_z"))
    if robust.empty:
        return (
            f"No distinctive lemma keeps |z| ≥ {z:.2f} whichever single article is left out; "
            "a camp "
            "with one article cannot pass this check. The lemmas shown describe single texts."
        )
    parts = _camp_parts(d, robust.rename(columns={"group": "camp"}), _keyness_part, "{camp}: none")
    return _listing(
        "Lemmas that stay distinctive when any one article is left out, the "
        f"{TOP_PER_CAMP} with the highest z per camp (log-odds ratio; all in "
        "reports/tables/stance/keyness.csv)",
        parts,
    )


def reuse(d: ReportData) -> str:
    rm, pairs = d.metrics.get("reuse"), d.t("top_article_pairs")
    if not rm:
        return "Text reuse was not computed in this build."
    text = (
        f"MinHash LSH on {d.p('reuse', 'shingle')}-word shingles found "
        f"{fmt.n_of(rm['passage_pairs'], 'passage pair')} from different articles in which "
        "at least "
        f"{fmt.pct(d.p('reuse', 'min_containment'))} of the shorter passage's shingles recur"
    )
    if pairs is None or pairs.empty:
        return text + "."
    listed = [
        f"{d.label.get(r.article_a, r.article_a)} and {d.label.get(r.article_b, r.article_b)} "
        f"({fmt.pct(r.share_a)} and {fmt.pct(r.share_b)} of their passages)"
        for r in pairs.head(5).itertuples()  # sorted by the reuse stage
    ]
    return (
        text + f", between {fmt.series(listed)}. Paraphrase and a second translation of the same "
        "quotation are invisible to the method."
    )


def unit(d: ReportData) -> str:
    """§3.1's first sentence: the stance unit, and what it is in a corpus without paragraphs."""
    text = (
        "The unit of stance coding is the passage (a paragraph of the cleaned text, headings "
        "included) crossed with each claim it explicitly mentions."
    )
    if "n_passages" in d.articles and len(d.articles) and (d.articles["n_passages"] == 1).all():
        text += (
            " In this corpus every analysed article is a single passage (its texts have no "
            "paragraph breaks), so each passage is a whole article."
        )
    return text


def points(d: ReportData, by_article: bool) -> str:
    """§3.4: whether the figures show each article or pool them by camp."""
    if by_article:
        return (
            "The stance, voice and marker figures show every article as its own row and the topic "
            "figure each article as a dot beside its camp's value (the mean of its clusters); the "
            "naming and distinctive-word figures pool the articles of each camp, and every "
            "article's value is in the CSV tables."
        )
    return (
        f"With {fmt.n_of(len(d.articles), 'article')}, more than "
        f"{fmt.count(d.p('report', 'max_article_rows'))}, the figures pool articles by camp; "
        "every article's value is in the CSV tables."
    )


def inference(n_clusters: int, with_intervals: list[str]) -> str:
    """The discussion's closing sentence on what the design supports."""
    if with_intervals:
        return (
            f"With {fmt.n_of(n_clusters, 'independent cluster')}, the "
            f"{fmt.series(with_intervals)} of camps with enough clusters carry intervals; the "
            "other figures are counts that describe these texts, with no interval, not "
            "estimates of how the camps differ in general."
        )
    return (
        f"With {fmt.n_of(n_clusters, 'independent cluster')}, the results are a close reading "
        "of these texts supported by counts: they show how the instrument separates "
        "endorsement, attribution, distance and contestation in individual texts, not how the "
        "camps differ in general."
    )
