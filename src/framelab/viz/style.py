"""One print style for every figure: sizes, fonts, palettes and byte-stable vector saving.

Every figure is drawn at its print size (``TEXT_WIDTH`` inches wide at most) and embedded at
100 %, so the font sizes set here are the sizes on paper (no label below ``MIN_FONT_PT``). Text
is saved as paths (``svg.fonttype: path``): the SVG needs no font in Typst and the PDF gets no
Type 3 font. Colours carry one meaning each, in every figure:

* camps: Okabe–Ito colours in the study's camp order (``camp_colours``);
* stance labels: an ordinal, diverging brown–teal scale endorse → report → distance → contest;
* own voice vs quoted: dark vs light grey;
* shares and rates in heatmaps: one sequential map (``SEQUENTIAL``) with a colour bar.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt

TEXT_WIDTH = 6.2  # inches: the text column of the A4 template (16 cm) minus a margin
MIN_FONT_PT = 7.0
BASE_FONT_PT = 8.0
FONT = "DejaVu Sans"  # bundled with matplotlib; saved as paths

# Okabe & Ito (2008): distinguishable with every common colour-vision deficiency.
OKABE_ITO = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#56B4E9", "#E69F00", "#F0E442", "#000000")
STANCE_ORDER = ("endorse", "report", "distance", "contest")
# ColorBrewer BrBG (4 classes, colour-blind safe): endorse and contest are the ends of the scale.
STANCE_COLOURS = {
    "endorse": "#A6611A",
    "report": "#DFC27D",
    "distance": "#80CDC1",
    "contest": "#018571",
}
# The opponents' side is hatched: in greyscale print endorse and contest (and report and
# distance) have nearly the same lightness, so colour alone would not tell them apart.
STANCE_HATCH = {"endorse": "", "report": "", "distance": "////", "contest": "////"}
VOICE_COLOURS = {"own voice": "#404040", "quoted": "#BDBDBD"}
SEQUENTIAL = "cividis"  # perceptually uniform and colour-blind safe
NEUTRAL = "#808080"

RC = {
    "font.family": FONT,
    "font.size": BASE_FONT_PT,
    "axes.titlesize": BASE_FONT_PT,
    "axes.labelsize": BASE_FONT_PT,
    "xtick.labelsize": 7.5,
    "ytick.labelsize": 7.5,
    "legend.fontsize": 7.5,
    "legend.title_fontsize": 7.5,
    "figure.titlesize": BASE_FONT_PT,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.grid": False,
    "axes.linewidth": 0.6,
    "xtick.major.width": 0.6,
    "ytick.major.width": 0.6,
    "lines.linewidth": 1.0,
    "svg.fonttype": "path",
    "svg.hashsalt": "framelab",
    "pdf.fonttype": 42,
    "figure.dpi": 100,
    "savefig.dpi": 300,
}


def setup() -> None:
    """Apply the print style (idempotent)."""
    plt.rcdefaults()
    plt.rcParams.update(RC)


def camp_colours(camps: Sequence[str]) -> dict[str, str]:
    """Camp -> colour, by position in the study's camp order (so it is the same everywhere)."""
    return {c: OKABE_ITO[i % len(OKABE_ITO)] for i, c in enumerate(camps)}


def figure(width: float = TEXT_WIDTH, height: float = 2.5, **kwargs):
    """A figure at print size with constrained layout (no later rescaling)."""
    setup()
    return plt.subplots(figsize=(width, height), layout="constrained", **kwargs)


def save(fig, path: Path) -> None:
    """Save as SVG (or PDF/PNG by suffix) without volatile metadata; creates the folder (returns
    nothing, so a notebook cell ending in ``viz.save(...)`` shows only the figure)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    meta = {"Date": None} if path.suffix in {".svg", ".pdf"} else {"Software": None}
    if path.suffix == ".pdf":
        meta |= {"CreationDate": None, "ModDate": None}
        meta.pop("Date")
    fig.savefig(path, metadata=meta)
    plt.close(fig)


def text_sizes(fig) -> list[tuple[str, float]]:
    """(text, size in pt) of every visible, non-empty text object of a figure."""
    fig.canvas.draw()
    found = []
    for artist in fig.findobj(matplotlib.text.Text):
        if artist.get_visible() and artist.get_text().strip():
            found.append((artist.get_text(), float(artist.get_fontsize())))
    return found
