"""Exploring a pipeline notebook without overwriting the pipeline's results.

A pipeline notebook (``notebooks/<stage>.ipynb``) writes its figures, tables and metrics where
:mod:`framelab.layout` says. Run by ``dvc repro`` (the stage sets ``FRAMELAB_PIPELINE=1``) or
interactively with ``params.yaml``'s values, it writes there: the bytes are the same. Run
interactively with any other parameter value, or as a copy (``notebooks/explore/...``), it
writes under ``reports/scratch/`` instead (git- and DVC-ignored) and says so at the top.

The notebook's setup cell calls :func:`prepare` once and places every output with it::

    place = exploring.prepare("topics", globals())
    figures_out = place(layout.figures("topics"))
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import tqdm.auto
import tqdm.std

from framelab.paths import project_root

PIPELINE_ENV = "FRAMELAB_PIPELINE"
OUTPUT_ROOT_ENV = "FRAMELAB_OUTPUT_ROOT"  # the stage's staging folder (framelab.stages._notebook)
SESSION_ENV = "JPY_SESSION_NAME"  # set by Jupyter Server: the path of the notebook a kernel runs
SCRATCH = Path("reports") / "scratch"


def under_pipeline() -> bool:
    """True when the notebook runs as a pipeline stage (``python -m framelab.stages.<stage>``)."""
    return os.environ.get(PIPELINE_ENV) == "1"


def pipeline_root() -> Path:
    """Where a pipeline run writes: the stage's staging folder (laid out like the project
    root, moved into place when the notebook succeeded) or, without one, the project root."""
    staged = os.environ.get(OUTPUT_ROOT_ENV)
    return Path(staged) if staged else project_root()


def scratch_root() -> Path:
    """The folder explorations write to (git- and DVC-ignored)."""
    return project_root() / SCRATCH


def session_notebook() -> Path | None:
    """The notebook this kernel runs, as Jupyter Server tells it (None under papermill)."""
    name = os.environ.get(SESSION_ENV)
    if not name:
        return None
    path = Path(name)
    return path if path.is_absolute() else project_root() / path


def pipeline_defaults(stage: str) -> dict[str, Any]:
    """The parameters ``dvc repro`` passes to the stage's notebook: its params.yaml section."""
    from framelab import config

    return config.as_dict(config.load().section(stage))


def changed_parameters(params: dict[str, Any], defaults: dict[str, Any]) -> dict[str, tuple]:
    """``{name: (default, value)}`` for each parameter whose value differs from the pipeline's."""
    return {
        name: (defaults[name], params[name])
        for name in sorted(set(params) & set(defaults))
        if params[name] != defaults[name]
    }


def is_pipeline_notebook(notebook: Path | None, stage: str) -> bool:
    """Whether ``notebook`` is ``notebooks/<stage>.ipynb`` itself (unknown counts as yes)."""
    if notebook is None:
        return True
    expected = (project_root() / "notebooks" / f"{stage}.ipynb").resolve()
    return Path(notebook).resolve() == expected


def output_root(
    notebook_path: Path | None,
    params: dict[str, Any],
    defaults: dict[str, Any],
    under_dvc: bool,
    stage: str | None = None,
) -> Path:
    """Where a run writes: the project root, or ``reports/scratch`` when exploring.

    The project root (or the stage's staging folder) when run by the pipeline, the project root
    when the stage's own notebook runs with the pipeline's parameters; the scratch folder for
    any other value or any other notebook.
    """
    if under_dvc:
        return pipeline_root()
    stage = stage or (Path(notebook_path).stem if notebook_path else "")
    if changed_parameters(params, defaults) or not is_pipeline_notebook(notebook_path, stage):
        return scratch_root()
    return project_root()


def redirect(path: str | os.PathLike[str], root: Path) -> Path:
    """An output path of ``dvc.yaml`` (relative to the repository) placed under ``root``.

    Under the scratch folder a leading ``reports/`` is dropped:
    ``reports/figures/topics`` -> ``reports/scratch/figures/topics``.
    """
    p = Path(path)
    if p.is_absolute():
        return p
    if root == scratch_root() and p.parts[:1] == ("reports",):
        p = Path(*p.parts[1:])
    return root / p


def banner(stage: str, changed: dict[str, tuple], notebook: Path | None, root: Path) -> str:
    """The text a notebook prints at the top when it writes to the scratch folder (ASCII)."""
    rel = root.relative_to(project_root()).as_posix() if root != project_root() else "."
    lines = [f"EXPLORING: outputs go to {rel}/ (ignored by git and DVC); the pipeline's"]
    lines.append("results in reports/ are left untouched.")
    if notebook is not None and not is_pipeline_notebook(notebook, stage):
        lines.append(f"Why: this notebook is not notebooks/{stage}.ipynb.")
    for name, (default, value) in changed.items():
        lines.append(f"Why: {name} = {value!r} (params.yaml / dvc.yaml: {default!r}).")
    lines.append("To make a value the result: set it in params.yaml and run `dvc repro`,")
    example = ", ".join(f"-S {stage}.{n}={v!r}" for n, (_, v) in changed.items()) or "-S ..."
    lines.append(f"or try it as a DVC experiment: dvc exp run {example}")
    return "\n".join(lines)


class TextProgress(tqdm.std.tqdm):
    """A progress bar as one plain line without timings (reproducible in an executed notebook)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.update(bar_format="{desc}: {n_fmt}/{total_fmt}", mininterval=float("inf"))
        super().__init__(*args, **kwargs)


def text_progress() -> None:
    """Make ``tqdm.auto`` give :class:`TextProgress` (no widget state with random ids)."""
    tqdm.auto.tqdm = TextProgress


def prepare(stage: str, namespace: dict[str, Any]):
    """Call once in a pipeline notebook's setup cell; returns ``place(path) -> Path`` that puts
    an output path of :mod:`framelab.layout` where this run writes (redirected when exploring)."""
    under_dvc = under_pipeline()
    if under_dvc:
        text_progress()
    notebook = session_notebook()
    defaults = pipeline_defaults(stage)
    params = {k: v for k, v in namespace.items() if k in defaults}
    root = output_root(notebook, params, defaults, under_dvc, stage)
    if root == scratch_root():
        print(banner(stage, changed_parameters(params, defaults), notebook, root))

    def place(path: str | os.PathLike[str]) -> Path:
        target = redirect(path, root)
        (target.parent if target.suffix else target).mkdir(parents=True, exist_ok=True)
        return target

    return place
