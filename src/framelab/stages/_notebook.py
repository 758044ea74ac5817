"""Notebook stages: run ``notebooks/<stage>.ipynb`` with papermill, its section of the config
injected as parameters (the notebook's ``parameters`` cell holds the same values as defaults)."""

from __future__ import annotations

import sys

from framelab import config, layout, paths


def skip_iri_grammar() -> None:
    """Keep jsonschema from building its IRI grammar in this process.

    nbformat imports jsonschema, whose format checkers import ``rfc3987_syntax`` when it is
    installed (JupyterLab's event schemas pull it in); that import compiles a lark grammar and
    takes about 0.8 s, in every notebook stage. The notebook schema checks no ``iri`` format,
    so the stage process marks the module absent and jsonschema skips those two checkers.
    """
    sys.modules.setdefault("rfc3987_syntax", None)


def run_notebook_stage(stage: str) -> None:
    """Execute the stage's notebook into ``reports/notebooks/`` with the config's parameters."""
    skip_iri_grammar()
    from framelab.lab.notebooks import run_notebook

    cfg = config.load()
    parameters = config.as_dict(cfg.section(stage))
    run_notebook(
        paths.resolve(f"notebooks/{stage}.ipynb"),
        layout.resolve(layout.executed_notebook(stage)),
        parameters,
    )
