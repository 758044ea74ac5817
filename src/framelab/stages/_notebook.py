"""Notebook stages: run ``notebooks/<stage>.ipynb`` with papermill, its section of the config
injected as parameters (the notebook's ``parameters`` cell holds the same values as defaults)."""

from __future__ import annotations

from framelab import config, layout, paths


def run_notebook_stage(stage: str) -> None:
    """Execute the stage's notebook into ``reports/notebooks/`` with the config's parameters."""
    from framelab.lab.notebooks import run_notebook

    cfg = config.load()
    parameters = config.as_dict(cfg.section(stage))
    run_notebook(
        paths.resolve(f"notebooks/{stage}.ipynb"),
        layout.resolve(layout.executed_notebook(stage)),
        parameters,
    )
