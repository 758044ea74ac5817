"""Figure style and byte-stable saving (fixed size, dpi and metadata)."""

from __future__ import annotations

from pathlib import Path

import matplotlib

matplotlib.rcParams["svg.hashsalt"] = "framelab"

import matplotlib.pyplot as plt  # noqa: E402
import seaborn as sns  # noqa: E402

DPI = 150


def setup() -> None:
    """A sober style for print: white grid, colour-blind palette, DejaVu Sans."""
    sns.set_theme(style="whitegrid", palette="colorblind", font="DejaVu Sans")


def save(fig: plt.Figure, path: Path) -> Path:
    """Save a figure as PNG without volatile metadata; creates the folder."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=DPI, bbox_inches="tight", metadata={"Software": None})
    return path


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
    """Mean topic share per group with bootstrap intervals where estimable; where a group has
    too few articles for an interval, its per-article values are drawn as open points."""
    prev = prevalence.assign(label=prevalence["topic"].map(labels))
    groups = sorted(prev[by].unique())
    fig, ax = plt.subplots(figsize=(7, 0.5 + 0.55 * len(labels) * max(1, len(groups)) / 2))
    palette = dict(zip(groups, sns.color_palette("colorblind", len(groups)), strict=False))
    order = [labels[t] for t in sorted(labels)]
    offsets = {g: (i - (len(groups) - 1) / 2) * 0.22 for i, g in enumerate(groups)}
    for g in groups:
        sub = prev[prev[by] == g]
        y = [order.index(lab) + offsets[g] for lab in sub["label"]]
        if sub["estimable"].all():
            ax.errorbar(
                sub["mean"],
                y,
                xerr=[sub["mean"] - sub["lower"], sub["upper"] - sub["mean"]],
                fmt="o",
                color=palette[g],
                label=f"{g} (95% CI)",
                capsize=2,
            )
        else:
            ax.plot(sub["mean"], y, "D", color=palette[g], label=f"{g} (mean, no CI)")
            pts = article_values.merge(sub[["topic"]], on="topic")
            pts = pts[pts[by] == g]
            ax.plot(
                pts["share"],
                [order.index(labels[t]) + offsets[g] for t in pts["topic"]],
                "o",
                mfc="none",
                color=palette[g],
                alpha=0.7,
            )
    ax.set_yticks(range(len(order)), order)
    ax.invert_yaxis()
    ax.set(xlabel="topic share", xlim=(-0.02, 1.02))
    ax.legend(fontsize=7, loc="lower right")
    return fig


def passage_heatmaps(unit_shares, labels: dict[int, str], max_articles: int = 12):
    """One heatmap per article: topic shares (rows) along its passages (columns)."""
    ids = sorted(unit_shares["article_id"].unique())[:max_articles]
    fig, axes = plt.subplots(
        len(ids), 1, figsize=(7, 0.9 + 0.75 * len(labels) * len(ids) / 3), squeeze=False
    )
    for ax, aid in zip(axes[:, 0], ids, strict=True):
        sub = unit_shares[unit_shares["article_id"] == aid]
        grid = sub.pivot(index="topic", columns="position", values="share")
        grid.index = [labels[int(t)] for t in grid.index]
        sns.heatmap(grid, vmin=0, vmax=1, cmap="Blues", cbar=False, ax=ax, linewidths=0.3)
        ax.set_ylabel(aid, rotation=0, ha="right", va="center", fontsize=7)
        ax.set_xlabel("")
        ax.tick_params(labelsize=6)
    axes[-1, 0].set_xlabel("passage position")
    fig.tight_layout()
    return fig
