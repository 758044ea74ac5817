"""Figures: one print style (:mod:`.style`), the paper's figures (:mod:`.paper`) and the stage
notebooks' diagnostic figures (:mod:`.diagnostic`). Every figure is saved as SVG with text as
paths (no font needed downstream) and without a date, so reruns give the same bytes."""

from framelab.viz.diagnostic import (
    confusion_plot,
    keyness_plot,
    markers_plot,
    naming_plot,
    passage_heatmaps,
    prevalence_plot,
    stance_plot,
    sweep_plot,
    voices_plot,
)
from framelab.viz.style import save, setup

__all__ = [
    "confusion_plot",
    "keyness_plot",
    "markers_plot",
    "naming_plot",
    "passage_heatmaps",
    "prevalence_plot",
    "save",
    "setup",
    "stance_plot",
    "sweep_plot",
    "voices_plot",
]
