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
