"""The paper's figures: tidy the stage tables, draw with :mod:`framelab.viz.paper`, save SVG,
and write each caption from what was drawn (n, rows, which rule applied)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from framelab.analysis import uncertainty
from framelab.analysis.voices import source_voices
from framelab.attribution.annotate import INTERVIEWER
from framelab.report import fmt, stats, topic_method
from framelab.report.data import ReportData, ci_level
from framelab.report.markers import marker_rows
from framelab.viz import paper, style

OUT = "reports/figures/report"


MAX_ARTICLE_COLUMNS = 8  # heatmap columns of 0.75 in: up to this many articles, else camps


def per_article(d: ReportData, limit: int | None = None) -> bool:
    """Rows are articles while the corpus is small enough to show each; camps otherwise
    (``limit``: articles at most, default ``report.max_article_rows``)."""
    return len(d.articles) <= (limit or int(d.p("report", "max_article_rows")))


def rows(d: ReportData, by_article: bool | None = None) -> paper.Rows:
    colours = style.camp_colours(d.camps)
    if per_article(d) if by_article is None else by_article:
        order = sorted(
            d.label, key=lambda a: (d.camps.index(d.articles.set_index("id").camp[a]), a)
        )
        camp_of = d.articles.set_index("id")["camp"]
        return paper.Rows(
            tuple(d.label[a] for a in order), {d.label[a]: colours[camp_of[a]] for a in order}
        )
    labels = [d.camp_label[c] for c in d.camps]
    return paper.Rows(tuple(labels), {d.camp_label[c]: colours[c] for c in d.camps})


def _row_key(d: ReportData, frame: pd.DataFrame, by_article: bool | None = None) -> pd.Series:
    if per_article(d) if by_article is None else by_article:
        return frame["article_id"].map(d.label)
    camp = frame["article_id"].map(d.articles.set_index("id")["camp"])
    return camp.map(d.camp_label)


MIN_STANCE_UNITS_PER_BAR = 2  # median units per article and claim for a bar per article


def _unit_phrase(d: ReportData, by_article: bool | None = None) -> str:
    if per_article(d) if by_article is None else by_article:
        return "Rows are articles (key in Table 1), coloured by camp"
    return "Rows are camps (articles pooled)"


def stance_by_article(d: ReportData, sp: pd.DataFrame) -> bool:
    """Stance bars per article only while each bar has more than one unit to share out: an
    article whose every bar rests on one passage shows a label, not a distribution."""
    units = sp.groupby(["article_id", "target"]).size()
    return per_article(d) and float(units.median()) >= MIN_STANCE_UNITS_PER_BAR


def stance_figure(d: ReportData, out: Path) -> dict | None:
    sp = d.t("stance_by_passage")
    if sp is None or sp.empty:
        return None
    by_article = stance_by_article(d, sp)
    table = sp.assign(row=_row_key(d, sp, by_article), n=1)
    table["target"] = table["target"].map(lambda t: d.targets.get(t, {}).get("label", t))
    targets = [d.targets.get(t, {}).get("label", t) for t in d.claim_order(sp["target"])]
    r = rows(d, by_article)
    style.save(
        paper.stance_bars(table[["row", "target", "label", "n"]], r, targets), out / "stance.svg"
    )
    caption = (
        "Stance of the passages that mention each claim "
        f"({fmt.n_of(len(sp), 'passage × claim unit')}). "
        f"{_unit_phrase(d, by_article)}; each bar shows the shares of the four labels among "
        "that row's "
        "mentioning passages, n at the right. Labels are ordered from endorse to contest."
    )
    if per_article(d) and not by_article:
        caption += " Articles are pooled by camp because most carry one passage per claim."
    return {"path": f"/{OUT}/stance.svg", "caption": caption}


def topic_figure(d: ReportData, out: Path, clusters: dict[str, str]) -> dict | None:
    shares = d.t("article_shares")
    if shares is None or shares.empty:
        return None
    values = shares.rename(columns={"label": "item", "share": "value"})
    values = values[["article_id", "camp", "item", "value"]]
    min_cl, level = int(d.p("report", "min_clusters_interval")), ci_level(d)
    summary = uncertainty.summarise(
        values, clusters, min_cl, int(d.p("topics", "n_boot")), int(d.p("topics", "seed")), level
    )
    colours = {d.camp_label[c]: col for c, col in style.camp_colours(d.camps).items()}
    lab = d.camp_label
    summary = summary.assign(camp=summary["camp"].map(lab))
    dots = values.assign(camp=values["camp"].map(lab)) if per_article(d) else values.iloc[0:0]
    items = list(dict.fromkeys(shares.sort_values("topic")["label"]))
    camps = [lab[c] for c in d.camps if lab[c] in set(summary["camp"])]
    style.save(paper.dot_plot(dots, summary, items, camps, colours), out / "topics.svg")
    kinds = summary.groupby("camp")["kind"].first()
    caption = (
        (
            "Topic shares per article (open dots) and per camp"
            if per_article(d)
            else "Topic shares per camp"
        )
        + " (vertical tick: mean over independent "
        f"clusters; values in {OUT}/topic_shares_by_camp.csv). "
        f"{stats.spread_rule(min_cl, level)} Here: "
        + "; ".join(f"{c}: {_kind_text(kinds[c], summary, c)}" for c in camps)
        + "."
    )
    return {"path": f"/{OUT}/topics.svg", "caption": caption, "summary": summary}


def _kind_text(kind: str, summary: pd.DataFrame, camp: str) -> str:
    row = summary[summary["camp"] == camp].iloc[0]
    n = f"{fmt.n_of(int(row.n_articles), 'article')} in {fmt.n_of(int(row.n_clusters), 'cluster')}"
    return {
        "interval": f"{n}, interval (thick line)",
        "range": f"{n}, range (thin line)",
        "single": f"{n}, single value",
    }[kind]


def _marker_grid(m: pd.DataFrame, keys: list[str]) -> pd.DataFrame:
    grid = m.groupby(["row", "key"]).size().unstack(fill_value=0)
    return grid.reindex(columns=keys, fill_value=0).sort_index()


def _heatmap_figure(path: Path, grid, legend: str, colours, caption: str, **kw) -> dict:
    """Draw ``grid`` = (values, cell notes) as a heatmap, save it, return path and caption."""
    values, notes = grid
    style.save(paper.heatmap(values, notes, legend, col_colours=colours, **kw), path)
    return {"path": f"/{OUT}/{path.name}", "caption": caption}


def markers_figure(d: ReportData, out: Path) -> dict | None:
    m = d.t("marker_matches")
    if m is None or m.empty:
        return None
    by_article = per_article(d, MAX_ARTICLE_COLUMNS)
    per_1000 = int(d.p("stance", "per_tokens"))
    m = marker_rows(m).assign(key=lambda f: _row_key(d, f, by_article)).dropna(subset=["key"])
    tokens = (
        d.articles.assign(
            key=_row_key(d, d.articles.rename(columns={"id": "article_id"}), by_article)
        )
        .groupby("key")["n_tokens"]
        .sum()
    )
    keys = list(rows(d, by_article).order)
    grid = _marker_grid(m, keys)
    own = _marker_grid(m[m["own"]], keys).reindex(index=grid.index, fill_value=0)
    rates = own.div(tokens.reindex(keys), axis=1) * per_1000
    notes = own.astype(int).astype(str) + "/" + grid.astype(int).astype(str)
    mask = (grid > 0).to_numpy()
    unit = "article" if by_article else "camp (articles pooled)"
    caption = (
        f"Framing markers by marker (category, direction: marker) and {unit}: colour = matches "
        f"in the text's own words (narrator or indicative paraphrase) per {per_1000:,} tokens, "
        "number = own-words matches / all matches (the rest are inside quotations or reported "
        "speech; blank: none). Markers that point in opposite directions are separate rows. "
        f"{fmt.n_of(len(m), 'match', 'matches')} in the analysed articles; "
        "reports/tables/stance/marker_matches.csv lists every match of every article with its "
        "voice."
    )
    grid = (rates.where(mask), notes.where(mask, ""))
    legend = f"matches per {per_1000:,} tokens"
    return _heatmap_figure(out / "markers.svg", grid, legend, rows(d, by_article).colour, caption)


def voices_figure(d: ReportData, out: Path) -> dict | None:
    v = d.t("voices")
    if v is None or v.empty:
        return None
    asked = int(v.loc[v["group"] == INTERVIEWER, "words"].sum())
    v = source_voices(v)
    if v.empty:
        return None
    by_article = per_article(d, MAX_ARTICLE_COLUMNS)
    v = v.assign(row=_row_key(d, v, by_article))
    words = v.groupby(["group", "row"])["words"].sum().unstack(fill_value=0)
    cols = [r for r in rows(d, by_article).order if r in words.columns]
    words = words.reindex(columns=cols, fill_value=0)
    shares = words / words.sum(axis=0)
    notes = shares.apply(lambda c: c.map(fmt.pct))
    words.index = shares.index = notes.index = [d.group(g) for g in words.index]
    notes.columns = [f"{c}\n({fmt.count(words[c].sum())} w.)" for c in cols]
    shares.columns = notes.columns
    columns = rows(d, by_article)
    colours = {f"{c}\n({fmt.count(words[c].sum())} w.)": columns.colour[c] for c in cols}
    fig = paper.heatmap(
        shares.where(shares > 0),
        notes.where(shares > 0, ""),
        "share of attributed words",
        vmax=1.0,
        col_colours=colours,
    )
    style.save(fig, out / "voices.svg")
    missing = [r for r in columns.order if r not in cols]
    caption = (
        "Whose words each "
        + ("article" if by_article else "camp (articles pooled)")
        + " carries: share of its quoted and reported words (w. = words) by actor group "
        "(groups from the study's gazetteer; a speaker it does not list, or a source the text "
        "leaves unnamed, is unmapped)."
        + (
            f" Interviewers' questions ({fmt.count(asked)} words) are the outlet's own words and "
            "are not counted."
            if asked
            else ""
        )
        + (f" No voice was found in {fmt.series(missing)}." if missing else "")
        + (
            ""
            if by_article
            else " Words are pooled over a camp's articles, so one long interview can carry a "
            "group's share; every statement with its article is in "
            "reports/tables/stance/voices.csv."
        )
    )
    return {"path": f"/{OUT}/voices.svg", "caption": caption}


def naming_figure(d: ReportData, out: Path) -> dict | None:
    nm = d.t("naming")
    if nm is None or nm.empty:
        return None
    nm = nm.assign(row=nm["pair"].str.replace("_", " ") + ": " + nm["variant"])
    rows_order = list(dict.fromkeys(nm["row"]))
    cols = [d.camp_label[c] for c in d.camps]  # the heatmap wraps long labels
    nm = nm.assign(camp=nm["camp"].map(d.camp_label))
    n = nm.pivot_table(index="row", columns="camp", values="n", aggfunc="sum").reindex(rows_order)
    own = nm.pivot_table(index="row", columns="camp", values="own_voice", aggfunc="sum").reindex(
        rows_order
    )
    n, own = n.reindex(columns=cols), own.reindex(columns=cols)
    share = (own / n).where(n > 0)
    notes = own.fillna(0).astype(int).astype(str) + "/" + n.fillna(0).astype(int).astype(str)
    colours = {d.camp_label[c]: col for c, col in style.camp_colours(d.camps).items()}
    caption = (
        "Contested names by camp: colour = share of a variant's uses that stand outside quotation "
        "marks and outside reported speech (the text's own words: narrator or indicative "
        "paraphrase), number = own-words uses / all uses; blank = not used."
    )
    legend = "share of uses in the text's own voice"
    grid = (share, notes.where(n > 0, ""))
    return _heatmap_figure(out / "naming.svg", grid, legend, colours, caption, vmax=1.0)


def keyness_figure(d: ReportData, out: Path) -> dict | None:
    k = d.t("keyness")
    if k is None or k.empty:
        return None
    top = int(d.p("stance", "keyness_top_n"))
    k = k.sort_values(["group", "z"], ascending=[True, False]).groupby("group").head(top)
    k = k.assign(camp=k["group"].map(d.camp_label))
    camps = [d.camp_label[c] for c in d.camps if c in set(k["group"])]
    colours = {d.camp_label[c]: col for c, col in style.camp_colours(d.camps).items()}
    z = float(d.p("stance", "keyness_z"))
    style.save(paper.keyness_bars(k, camps, colours, z), out / "keyness.svg")
    n_robust = int(k["robust"].sum())
    caption = (
        f"Distinctive lemmas per camp against the rest (top {top} by z; count in parentheses): "
        f"bar = log-odds ratio with informative Dirichlet prior, whisker = ±{z:.2f} standard "
        "errors. Filled bars mark terms that keep |z| above the threshold whichever single "
        "article is left out; "
        + (
            "none does, so all bars are open."
            if n_robust == 0
            else f"{fmt.n_of(n_robust, 'term')} {'does' if n_robust == 1 else 'do'}."
        )
    )
    return {"path": f"/{OUT}/keyness.svg", "caption": caption}


def sweep_figure(d: ReportData, out: Path) -> dict | None:
    sw, tm = d.t("k_sweep"), d.metrics.get("topics")
    if sw is None or tm is None:
        return None
    minimum = float(d.p("topics", "stability_min"))
    style.save(paper.sweep(sw, int(tm["k"]), minimum), out / "k_sweep.svg")
    words, top = topic_method.terms(d), tm["npmi_top_n"]
    caption = (
        f"K sweep of {topic_method.short_name(tm)} ({int(sw['k'].min())}–{int(sw['k'].max())}): "
        f"NPMI coherence of the top-{top} {words}, diversity (unique share of the "
        f"top-{tm['diversity_top_n']} {words}) and stability (matched Jaccard of top-{top} "
        f"{words} over {tm['stability_runs']} runs on "
        f"{topic_method.runs(d, int(tm['n_units']))}). Dashed: the chosen K = {tm['k']}; "
        f"dotted: the stability threshold of the automatic choice of K ({minimum:g})."
    )
    return {"path": f"/{OUT}/k_sweep.svg", "caption": caption}


def confusion_figure(d: ReportData, out: Path) -> dict | None:
    c = d.t("confusion")
    if c is None or c.empty:
        return None
    grid = c.set_index("manual")
    unused = "none" in grid.index and "none" in grid.columns
    if unused and grid.loc["none"].sum() == 0 and grid["none"].sum() == 0:
        grid = grid.drop(index="none", columns="none")
    style.save(paper.confusion(grid), out / "confusion.svg")
    total = int(np.asarray(grid.to_numpy()).sum())
    caption = (
        f"Manual coding (rows) against the rules (columns), {fmt.n_of(total, 'unit')}"
        + _split_phrase(d)
        + (
            ". none = no label on that side (the coder coded the unit absent, or the rules "
            "found no mention)."
            if "none" in grid.index
            else "."
        )
    )
    return {"path": f"/{OUT}/confusion.svg", "caption": caption}


def _split_phrase(d: ReportData) -> str:
    """', 29 dev (rules revised on them) and 37 test', or the in-sample note without a split."""
    units = d.t("validation_units")
    if units is None or "split" not in units.columns:
        return ", in sample: the rules were revised on these units"
    n = units["split"].value_counts()
    return (
        f": {fmt.count(n.get('dev', 0))} dev (the rules were revised on them) and "
        f"{fmt.count(n.get('test', 0))} test, pooled (the abstract gives each split's α, "
        "Section 5 the test split's)"
    )


def draw_all(d: ReportData, clusters: dict[str, str]) -> dict[str, dict]:
    """Draw every figure into reports/figures/report/ and return name -> {path, caption}."""
    out = d.root / OUT
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("*.svg"):
        old.unlink()
    drawn = {
        "stance": stance_figure(d, out),
        "topics": topic_figure(d, out, clusters),
        "markers": markers_figure(d, out),
        "voices": voices_figure(d, out),
        "naming": naming_figure(d, out),
        "keyness": keyness_figure(d, out),
        "k_sweep": sweep_figure(d, out),
        "confusion": confusion_figure(d, out),
    }
    return {k: v for k, v in drawn.items() if v is not None}
