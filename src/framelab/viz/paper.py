"""The paper's figures, drawn by the report stage from the stage tables.

Every function takes tidy tables whose labels are already the report's labels (short article
labels such as RU1, the study's camp labels, the claims' labels) and returns a figure at print
size in the style of :mod:`framelab.viz.style`. Legends sit outside the data (below the plot),
heatmaps carry a colour bar, and shares are annotated with their n.
"""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd
from matplotlib.lines import Line2D
from matplotlib.patches import Patch

from framelab.viz.style import (
    NEUTRAL,
    SEQUENTIAL,
    STANCE_COLOURS,
    STANCE_HATCH,
    STANCE_ORDER,
    TEXT_WIDTH,
    figure,
)


@dataclass(frozen=True)
class Rows:
    """The rows of a per-unit figure (articles or camps), in display order."""

    order: tuple[str, ...]  # display labels (RU1, W1 … or camp labels)
    colour: dict[str, str]  # display label -> camp colour


COLUMN_CHARS = 12  # a heatmap column (0.75 in) holds about 12 characters at 7 pt
ROW_CHARS = 40  # row labels wrap here, so long labels do not squeeze the columns


def wrap_label(label, width: int) -> str:
    """``label`` with each of its lines wrapped at ``width`` characters (words kept whole)."""
    return "\n".join(
        textwrap.fill(line, width, break_long_words=False) or line
        for line in str(label).split("\n")
    )


PANEL_CHARS = 66  # characters of a title line across the text width, shared by the panels


def panel_chars(n_panels: int) -> int:
    """Characters per title line of one of ``n_panels`` side-by-side panels."""
    return max(14, PANEL_CHARS // max(1, n_panels))


def _colour_ticks(labels, colours: dict[str, str]) -> None:
    for tick in labels:
        tick.set_color(colours.get(tick.get_text(), "black"))


def _legend_below(fig, handles, ncol: int, title: str | None = None) -> None:
    fig.legend(handles=handles, loc="outside lower center", ncol=ncol, frameon=False, title=title)


def stance_fill(label: str) -> dict:
    """Colour and hatch of a stance label (hatched white lines on the opponents' side)."""
    return {
        "facecolor": STANCE_COLOURS[label],
        "hatch": STANCE_HATCH[label] or None,
        "hatchcolor": "white",
        "linewidth": 0,
    }


def stance_bars(table: pd.DataFrame, rows: Rows, targets: Sequence[str]):
    """Share of each stance label among the passages of a row mentioning each claim.

    ``table``: ``row, target, label, n`` (``target`` = the claim's display label). Rows without a
    mention show "not mentioned". Each bar is annotated with its n of passages.
    """
    height = 1.3 + 0.2 * len(rows.order)
    fig, axes = figure(TEXT_WIDTH, height, ncols=len(targets), sharey=True, squeeze=False)
    y = np.arange(len(rows.order))
    for ax, target in zip(axes[0], targets, strict=True):
        sub = table[table["target"] == target]
        wide = sub.pivot_table(index="row", columns="label", values="n", aggfunc="sum")
        wide = wide.reindex(index=list(rows.order), columns=list(STANCE_ORDER)).fillna(0)
        total = wide.sum(axis=1)
        left = np.zeros(len(y))
        for label in STANCE_ORDER:
            share = np.where(total > 0, wide[label] / total.replace(0, 1), 0.0)
            ax.barh(y, share, left=left, height=0.7, **stance_fill(label))
            left += share
        for i, n in enumerate(total):
            note = f"n = {int(n)}" if n else "not mentioned"
            ax.text(1.02 if n else 0.02, i, note, va="center", fontsize=7, color=NEUTRAL)
        ax.set_xlim(0, 1.3 if total.max() else 1)
        ax.set_xticks([0, 0.5, 1], ["0", "0.5", "1"])
        ax.set_xlabel("share of passages")
        ax.set_title(wrap_label(target, panel_chars(len(targets))), loc="left")
    axes[0, 0].set_yticks(y, rows.order)
    axes[0, 0].invert_yaxis()
    _colour_ticks(axes[0, 0].get_yticklabels(), rows.colour)
    handles = [Patch(label=s, **stance_fill(s)) for s in STANCE_ORDER]
    _legend_below(fig, handles, ncol=4, title="stance (ordinal: endorse → contest)")
    return fig


def dot_plot(values: pd.DataFrame, summary: pd.DataFrame, items: Sequence[str], camps, colours):
    """Per-article values (dots) and per-camp summaries (tick + line) for each item.

    ``values``: ``item, camp, value`` (one row per article, or empty to draw summaries only);
    ``summary``: ``item, camp, centre, lo, hi, kind`` with ``kind`` in interval | range | single.
    Intervals are drawn as thick lines, ranges as thin lines; the legend says which.
    """
    fig, ax = figure(TEXT_WIDTH, 1.0 + 0.32 * len(items) * max(1, len(camps)) / 2)
    offsets = {
        c: (i - (len(camps) - 1) / 2) * 0.8 / max(1, len(camps)) for i, c in enumerate(camps)
    }
    index = {item: i for i, item in enumerate(items)}
    for row in summary.itertuples():
        y = index[row.item] + offsets[row.camp]
        if row.kind != "single":
            ax.plot(
                [row.lo, row.hi],
                [y, y],
                color=colours[row.camp],
                linewidth=2.2 if row.kind == "interval" else 0.9,
                solid_capstyle="butt",
            )
        ax.plot([row.centre], [y], marker="|", markersize=9, mew=1.6, color=colours[row.camp])
    for camp, sub in values.groupby("camp"):
        ys = [index[i] + offsets[camp] for i in sub["item"]]
        ax.plot(sub["value"], ys, "o", mfc="white", mec=colours[camp], mew=0.9, ms=4, ls="none")
    ax.set_yticks(range(len(items)), [wrap_label(i, ROW_CHARS) for i in items])
    ax.invert_yaxis()
    ax.set_xlim(-0.02, 1.02)
    ax.set_xlabel("topic share of the article (tokens)")
    ax.grid(axis="x", linewidth=0.3, color="#DDDDDD")
    handles = [
        Line2D([], [], color=colours[c], marker="o", mfc="white", ls="-", label=c) for c in camps
    ]
    _legend_below(fig, handles, ncol=min(4, len(camps)))
    return fig


def heatmap(
    values: pd.DataFrame,
    notes: pd.DataFrame,
    cbar_label: str,
    vmax: float | None = None,
    col_colours: dict[str, str] | None = None,
    height: float | None = None,
):
    """An annotated heatmap (rows x columns) with a colour bar; NaN cells stay blank.

    ``values`` sets the colour, ``notes`` (same shape, strings) is printed in each cell.
    """
    nrow, ncol = values.shape
    columns = [wrap_label(c, COLUMN_CHARS) for c in values.columns]
    index = [wrap_label(r, ROW_CHARS) for r in values.index]
    if col_colours:
        col_colours = {wrap_label(k, COLUMN_CHARS): v for k, v in col_colours.items()}
    label_in = 0.065 * max((len(line) for r in index for line in r.split("\n")), default=4)
    width = min(TEXT_WIDTH, label_in + 1.3 + 0.75 * ncol)
    fig, ax = figure(width, height or 1.0 + 0.26 * nrow)
    data = np.ma.masked_invalid(values.to_numpy(dtype=float))
    top = vmax if vmax is not None else (float(np.nanmax(values.to_numpy(dtype=float))) or 1.0)
    mesh = ax.pcolormesh(data, cmap=SEQUENTIAL, vmin=0, vmax=top, edgecolors="white", linewidth=0.6)
    for i in range(nrow):
        for j in range(ncol):
            v = values.iat[i, j]
            if not pd.isna(v):
                ink = "white" if v < 0.55 * top else "black"
                ax.text(
                    j + 0.5,
                    i + 0.5,
                    notes.iat[i, j],
                    ha="center",
                    va="center",
                    fontsize=7,
                    color=ink,
                )
    ax.set_xticks(np.arange(ncol) + 0.5, columns, rotation=0)
    ax.set_yticks(np.arange(nrow) + 0.5, index)
    ax.invert_yaxis()
    ax.xaxis.tick_top()
    ax.tick_params(length=0)
    for side in ("left", "bottom"):
        ax.spines[side].set_visible(False)
    if col_colours:
        _colour_ticks(ax.get_xticklabels(), col_colours)
    bar = fig.colorbar(mesh, ax=ax, shrink=0.9, pad=0.02, aspect=25)
    bar.set_label(cbar_label)
    bar.solids.set_rasterized(False)  # vector colour bar (matplotlib rasterises long ones)
    bar.solids.set_edgecolor("face")  # no seams between the colour steps
    bar.outline.set_linewidth(0.5)
    return fig


def keyness_bars(table: pd.DataFrame, camps: Sequence[str], colours: dict[str, str], z: float):
    """Log-odds ratio (effect size) of each camp's top terms with a ±z·SE bar.

    ``table``: ``camp, term, count, delta, var, robust``. Filled bars keep |z| above the threshold
    whichever single article is left out; open bars do not.
    """
    n_terms = int(table.groupby("camp").size().max()) if len(table) else 1
    fig, axes = figure(TEXT_WIDTH, 1.2 + 0.17 * n_terms, ncols=len(camps), squeeze=False)
    for ax, camp in zip(axes[0], camps, strict=True):
        sub = table[table["camp"] == camp].iloc[::-1]
        y = np.arange(len(sub))
        err = z * np.sqrt(sub["var"].to_numpy(dtype=float))
        fill = [colours[camp] if r else "white" for r in sub["robust"]]
        ax.barh(
            y,
            sub["delta"],
            xerr=err,
            color=fill,
            edgecolor=colours[camp],
            linewidth=0.8,
            height=0.65,
            error_kw={"elinewidth": 0.6, "ecolor": NEUTRAL},
        )
        ax.set_yticks(y, [f"{t} ({c})" for t, c in zip(sub["term"], sub["count"], strict=True)])
        ax.axvline(0, color="black", linewidth=0.6)
        title = wrap_label(camp, panel_chars(len(camps) + 1))  # + 1: each panel has tick labels
        ax.set_title(title, loc="left", color=colours[camp])
        ax.set_xlabel("log-odds ratio")
    handles = [
        Patch(facecolor=NEUTRAL, edgecolor=NEUTRAL, label="robust to leaving one article out"),
        Patch(facecolor="white", edgecolor=NEUTRAL, label="not robust"),
    ]
    _legend_below(fig, handles, ncol=2)
    return fig


def sweep(table: pd.DataFrame, chosen_k: int, stability_min: float | None = None):
    """NPMI, diversity and stability against K; the chosen K dashed; the stability that K
    must reach (``stability_min``) dotted, with the axis extended to show it."""
    fig, axes = figure(TEXT_WIDTH, 2.0, ncols=3, sharex=True)
    names = {"npmi": "NPMI coherence", "diversity": "diversity", "stability": "stability"}
    for ax, (col, name) in zip(axes, names.items(), strict=True):
        ax.plot(table["k"], table[col], marker="o", ms=3.5, color="black")
        ax.axvline(chosen_k, color=NEUTRAL, linestyle="--", linewidth=0.8)
        ax.set_title(name, loc="left")
        ax.set_xlabel("K")
        ax.set_xticks(list(table["k"]))
    if stability_min is not None:
        axes[2].axhline(stability_min, color=NEUTRAL, linestyle=":", linewidth=0.8)
        low, high = axes[2].get_ylim()
        axes[2].set_ylim(min(low, stability_min - 0.02), max(high, stability_min + 0.02))
    return fig


def confusion(table: pd.DataFrame, row_name: str = "manual coding", col_name: str = "rules"):
    """Counts of (row label, column label); a heatmap with a colour bar."""
    values = table.astype(float)
    notes = table.astype(int).astype(str)
    fig = heatmap(values, notes, "passage × claim units", height=0.9 + 0.26 * len(table))
    ax = fig.axes[0]
    ax.set_xlabel(col_name)
    ax.xaxis.set_label_position("top")
    ax.set_ylabel(row_name)
    return fig
