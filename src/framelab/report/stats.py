"""The report's words for the interval rule of :mod:`framelab.analysis.uncertainty` (which
computes every interval the report prints)."""

from __future__ import annotations

import pandas as pd

from framelab.report import fmt


def spread_rule(min_clusters: int, level: float) -> str:
    """The rule as one sentence for methods and captions; ``level`` is the interval's level."""
    return (
        f"A camp gets a {fmt.level(level)} cluster-bootstrap interval only with at least "
        f"{min_clusters} "
        "independent clusters; with fewer it shows the range (lowest to highest cluster value), "
        "and with one cluster that cluster's value."
    )


def any_interval(summary: pd.DataFrame | None) -> bool:
    """Whether some camp's summary (``uncertainty.summarise``) carries an interval."""
    return summary is not None and bool((summary["kind"] == "interval").any())
