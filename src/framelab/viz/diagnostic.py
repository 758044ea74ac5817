"""Diagnostic figures drawn by the stage notebooks (quick looks at a stage's own output).

The paper's figures are drawn by the report stage (:mod:`framelab.viz.paper`) with the study's
camp labels and short article labels; these stay close to the notebooks' tables.
"""

from __future__ import annotations

import matplotlib.colors as mcolors
import matplotlib.pyplot as plt
import numpy as np

# seaborn's "colorblind" palette, as RGB like seaborn's color_palette. The stage figures are
# drawn with matplotlib alone: importing seaborn pulls in scipy.stats and parses hundreds of
# docstrings, about 1.6 s in every stage that drew one figure with it.
COLORBLIND = [
    mcolors.to_rgb(c)
    for c in (
        "#0173B2", "#DE8F05", "#029E73", "#D55E00", "#CC78BC",
        "#CA9161", "#FBAFE4", "#949494", "#ECE133", "#56B4E9",
    )
]  # fmt: skip


def colorblind(n: int) -> list[tuple[float, float, float]]:
    """``n`` colours of the palette (repeating after ten, as seaborn does)."""
    return [COLORBLIND[i % len(COLORBLIND)] for i in range(n)]


def sweep_plot(table, chosen_k: int) -> plt.Figure:
    """NPMI, diversity and stability against K, the chosen K marked."""
    fig, axes = plt.subplots(1, 3, figsize=(8, 2.6), sharex=True)
    for ax, col, name in zip(
        axes,
        ["npmi", "diversity", "stability"],
        ["NPMI coherence", "diversity", "stability"],
        strict=True,
    ):
        ax.plot(table["k"], table[col], marker="o")
        ax.axvline(chosen_k, color="grey", linestyle="--", linewidth=1)
        ax.set(title=name, xlabel="K")
    fig.tight_layout()
    return fig


def prevalence_plot(prevalence, article_values, labels: dict[int, str], by: str = "camp"):
    """Mean topic share per group (filled diamond) over its articles' shares (open points);
    ``prevalence`` from :func:`framelab.analysis.uncertainty.article_ranges`. No interval: the
    report draws those over the reuse stage's dependence clusters."""
    prev = prevalence.assign(label=prevalence["topic"].map(labels))
    groups = sorted(prev[by].unique())
    fig, ax = plt.subplots(figsize=(7, 0.5 + 0.55 * len(labels) * max(1, len(groups)) / 2))
    palette = dict(zip(groups, colorblind(len(groups)), strict=True))
    order = [labels[t] for t in sorted(labels)]
    offsets = {g: (i - (len(groups) - 1) / 2) * 0.22 for i, g in enumerate(groups)}
    for g in groups:
        sub = prev[prev[by] == g]
        pts = article_values[article_values[by] == g]
        ax.plot(
            pts["share"],
            [order.index(labels[t]) + offsets[g] for t in pts["topic"]],
            "o",
            mfc="none",
            color=palette[g],
            alpha=0.6,
        )
        y = [order.index(lab) + offsets[g] for lab in sub["label"]]
        ax.plot(sub["centre"], y, "D", color=palette[g], label=f"{g} (mean; points: articles)")
    ax.set_yticks(range(len(order)), order)
    ax.invert_yaxis()
    ax.set(xlabel="topic share", xlim=(-0.02, 1.02))
    ax.legend(fontsize=7, loc="upper left", bbox_to_anchor=(1.01, 1), frameon=False)
    fig.tight_layout()
    return fig


MAX_POSITION_LABELS = 25  # passage positions labelled per heatmap row (every k-th beyond)


def passage_heatmaps(unit_shares, labels: dict[int, str], max_articles: int = 12):
    """One heatmap per article: topic shares (rows, 0 white to 1 dark blue) along its
    passages (columns). Drawn with matplotlib directly: seaborn's heatmap draws the whole
    figure once per panel to check its tick labels, which made 12 panels cost seconds."""
    ids = sorted(unit_shares["article_id"].unique())[:max_articles]
    fig, axes = plt.subplots(
        len(ids), 1, figsize=(7, 0.9 + 0.75 * len(labels) * len(ids) / 3), squeeze=False
    )
    shown = unit_shares[unit_shares["article_id"].isin(ids)]
    for ax, (aid, sub) in zip(axes[:, 0], shown.groupby("article_id", sort=True), strict=True):
        grid = sub.pivot(index="topic", columns="position", values="share")
        _heatmap_panel(ax, grid, [labels[int(t)] for t in grid.index])
        ax.set_ylabel(aid, rotation=0, ha="right", va="center", fontsize=7)
    axes[-1, 0].set_xlabel("passage position")
    fig.tight_layout()
    return fig


def _heatmap_panel(ax, grid, row_labels: list[str]) -> None:
    """Shares as cells with white gaps; rows top to bottom as in the table, thinned x labels."""
    ax.pcolormesh(
        grid.to_numpy(dtype=float), cmap="Blues", vmin=0, vmax=1, edgecolors="white", linewidth=0.3
    )
    step = -(-grid.shape[1] // MAX_POSITION_LABELS)
    columns = list(range(0, grid.shape[1], step))
    ax.set_xticks([c + 0.5 for c in columns], [str(grid.columns[c]) for c in columns])
    ax.set_yticks([r + 0.5 for r in range(grid.shape[0])], row_labels)
    ax.set_xlim(0, grid.shape[1])
    ax.set_ylim(grid.shape[0], 0)
    ax.tick_params(labelsize=7, length=0)
    for side in ax.spines.values():
        side.set_visible(False)


def stance_plot(counts, label_order, by: str = "camp"):
    """Share of each stance label per camp, one panel per target (a note when there is none)."""
    targets = sorted(counts["target"].unique())
    if not targets:
        fig, ax = plt.subplots(figsize=(8, 1.2))
        ax.axis("off")
        ax.text(
            0.5,
            0.5,
            "No passage of this corpus is about the event: no stance labels.",
            ha="center",
            va="center",
            fontsize=9,
        )
        return fig
    fig, axes = plt.subplots(1, len(targets), figsize=(8, 2.8), sharey=True, squeeze=False)
    colors = dict(zip(label_order, colorblind(len(label_order)), strict=True))
    for ax, target in zip(axes[0], targets, strict=True):
        sub = counts[counts["target"] == target].pivot(index=by, columns="label", values="n")
        sub = sub.reindex(columns=list(label_order), fill_value=0)
        left = None
        for label in label_order:
            ax.barh(sub.index, sub[label], left=left, color=colors[label], label=label)
            left = sub[label] if left is None else left + sub[label]
        ax.set(title=target, xlabel="passages")
        ax.title.set_size(8)
    axes[0, -1].legend(fontsize=7, loc="lower right")
    fig.tight_layout()
    return fig


def voices_plot(voices_by_camp):
    """Words quoted or reported per actor group, per camp."""
    wide = voices_by_camp.groupby(["camp", "group"])["words"].sum().unstack(fill_value=0)
    fig, ax = plt.subplots(figsize=(7, 2.6))
    wide.plot(kind="barh", stacked=True, ax=ax, colormap="tab10", width=0.7)
    ax.set(xlabel="words of quoted or reported speech", ylabel="", title="Who is given a voice")
    ax.legend(fontsize=7, loc="lower right")
    return fig


def keyness_plot(table):
    """Top terms per camp by z (log-odds, Dirichlet prior); filled bars survive
    leave-one-article-out."""
    groups = sorted(table["group"].unique())
    fig, axes = _panel_grid(len(groups), columns=3, width=8, row_height=3)
    for ax, group in zip(axes, groups, strict=False):
        sub = table[table["group"] == group].iloc[::-1]
        colors = ["#0072B2" if r else "#B0C4DE" for r in sub["robust"]]
        ax.barh(sub["term"], sub["z"], color=colors)
        ax.axvline(1.96, color="grey", linestyle="--", linewidth=0.8)
        ax.set(title=group, xlabel="z")
        ax.title.set_size(8)
        ax.tick_params(labelsize=7)
    fig.tight_layout()
    return fig


def naming_plot(naming):
    """Uses of each naming variant per camp, own voice versus inside quotations."""
    pairs = list(dict.fromkeys(naming["pair"]))
    bars = int(naming.groupby("pair").size().max()) if len(naming) else 1
    fig, axes = _panel_grid(len(pairs), columns=1, width=8, row_height=0.8 + 0.16 * bars)
    for ax, pair in zip(axes, pairs, strict=False):
        sub = naming[naming["pair"] == pair]
        labels = [f"{v} · {c}" for v, c in zip(sub["variant"], sub["camp"], strict=True)]
        ax.barh(labels, sub["own_voice"], color="#0072B2", label="own voice")
        ax.barh(labels, sub["quoted"], left=sub["own_voice"], color="#E69F00", label="quoted")
        ax.set(title=pair, xlabel="uses")
        ax.title.set_size(7)
        ax.tick_params(labelsize=7)
    axes[0].legend(fontsize=7)
    fig.tight_layout()
    return fig


def _panel_grid(n: int, columns: int, width: float, row_height: float):
    """A figure with ``n`` panels, at most ``columns`` to a row (unused cells hidden), so
    that a study with many camps or pairs still gets readable panels."""
    cols = max(1, min(columns, n))
    rows = -(-max(n, 1) // cols)
    fig, grid = plt.subplots(rows, cols, figsize=(width, row_height * rows), squeeze=False)
    axes = list(grid.ravel())
    for ax in axes[n:]:
        ax.set_visible(False)
    return fig, axes


def confusion_plot(confusion):
    """Manual labels (rows) against the rules' labels (columns), each cell's count written in
    it (white on the darker half of the scale)."""
    grid = confusion.set_index("manual")
    counts = grid.to_numpy(dtype=float)
    fig, ax = plt.subplots(figsize=(4.2, 3.2))
    ax.imshow(counts, cmap="Blues", aspect="auto", vmin=0)
    middle = counts.max() / 2 if counts.size else 0
    for (row, col), n in np.ndenumerate(counts):
        colour = "white" if n > middle else "black"
        ax.text(col, row, f"{n:.0f}", ha="center", va="center", fontsize=8, color=colour)
    ax.set_xticks(range(grid.shape[1]), [str(c) for c in grid.columns], rotation=30, ha="right")
    ax.set_yticks(range(grid.shape[0]), [str(r) for r in grid.index])
    ax.set(xlabel="rules", ylabel="manual coding", title="Stance labels: rules vs manual")
    fig.tight_layout()
    return fig


def markers_plot(by_camp, per_tokens: int):
    """Framing markers in the text's own words (narrator or indicative paraphrase,
    :data:`~framelab.analysis.markers.OWN_CLASSES`) per ``per_tokens`` tokens, by category (and
    direction) and camp, one bar per camp; quoted and reported markers are left out."""
    from framelab.analysis.markers import OWN_CLASSES

    keys = ["camp", "category", "direction"]
    own = (
        by_camp[by_camp["voice_class"].isin(OWN_CLASSES)]
        .groupby(keys, dropna=False, sort=True)["rate"]
        .sum()
        .reset_index()
        .assign(
            label=lambda d: d["category"] + d["direction"].map(lambda x: f" ({x})" if x else "")
        )
    )
    labels, camps = list(dict.fromkeys(own["label"])), list(dict.fromkeys(own["camp"]))
    wide = own.pivot_table(index="label", columns="camp", values="rate", aggfunc="sum")
    wide = wide.reindex(index=labels, columns=camps).fillna(0.0)
    fig, ax = plt.subplots(figsize=(7, 1.2 + 0.3 * max(len(labels), 1)))
    height = 0.8 / max(len(camps), 1)
    for i, (camp, colour) in enumerate(zip(camps, colorblind(len(camps)), strict=True)):
        rows = np.arange(len(labels)) - 0.4 + height * (i + 0.5)
        ax.barh(rows, wide[camp], height=height, color=colour, label=camp)
    ax.set_yticks(range(len(labels)), labels)
    ax.set_ylim(len(labels) - 0.5, -0.5)
    ax.set(
        xlabel=f"markers in the text's own words per {per_tokens} tokens (pooled per camp)",
        ylabel="",
    )
    if camps:
        ax.legend(title="camp", fontsize=7, loc="upper left", bbox_to_anchor=(1.01, 1))
    fig.tight_layout()
    return fig
