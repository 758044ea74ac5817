"""Keeping notebooks reproducible.

* :func:`tidy_executed` rewrites papermill's executed copy without timestamps, durations or random
  cell ids, so two runs of a stage give byte-identical notebooks.
* :func:`normalize_source` is what a committed pipeline notebook must look like: no outputs, no
  execution counts, fixed metadata. JupyterLab applies it on every save of a pipeline notebook
  (:func:`framelab.lab.server.save_hook`), so exploring one never leaves the git tree dirty or
  the DVC pipeline stale; ``make strip`` applies it by hand.
"""

from __future__ import annotations

import ast
import json
import os
import tempfile
from pathlib import Path
from typing import Any
from unittest.mock import patch

import nbformat

from framelab.errors import InputError, Problem
from framelab.paths import project_root

TIMING_KEYS = ("start_time", "end_time", "duration")
KERNELSPEC = {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"}
SOURCE_METADATA = {"kernelspec": KERNELSPEC, "language_info": {"name": "python"}}
KEPT_CELL_METADATA = ("tags",)


def dumps(nb: dict[str, Any]) -> str:
    """Serialise a notebook exactly as Jupyter saves it (nbformat's writer)."""
    return nbformat.writes(nbformat.from_dict(nb), version=nbformat.NO_CONVERT) + "\n"


def normalize_source(nb: dict[str, Any]) -> dict[str, Any]:
    """Strip outputs, execution counts and volatile metadata from a notebook (in place)."""
    nb["metadata"] = json.loads(json.dumps(SOURCE_METADATA))
    for i, cell in enumerate(nb.get("cells", [])):
        cell["metadata"] = {
            k: v for k, v in cell.get("metadata", {}).items() if k in KEPT_CELL_METADATA
        }
        cell.setdefault("id", f"cell-{i:03d}")
        if cell.get("cell_type") == "code":
            cell["outputs"] = []
            cell["execution_count"] = None
        else:
            cell.pop("outputs", None)
            cell.pop("execution_count", None)
    return nb


def _scrub_paths(value: Any, old: str, new: str) -> Any:
    if isinstance(value, str):
        return value.replace(old, new)
    if isinstance(value, list):
        return [_scrub_paths(v, old, new) for v in value]
    if isinstance(value, dict):
        return {k: _scrub_paths(v, old, new) for k, v in value.items()}
    return value


def tidy_executed(path: Path, staged_at: Path | None = None) -> None:
    """Make a papermill output notebook reproducible (in place).

    ``staged_at``: the folder the run wrote its outputs under instead of the project root; paths
    under it are recorded as if written in place.
    """
    nb = json.loads(Path(path).read_text(encoding="utf-8"))
    root = str(project_root())
    if staged_at is not None:
        nb = _scrub_paths(nb, str(staged_at), root)
    pm = nb.get("metadata", {}).get("papermill", {})
    for key in TIMING_KEYS:
        pm.pop(key, None)
    for key in ("input_path", "output_path"):  # papermill records where this checkout is
        if isinstance(pm.get(key), str) and pm[key].startswith(root + "/"):
            pm[key] = pm[key][len(root) + 1 :]
    for i, cell in enumerate(nb.get("cells", [])):
        cell["id"] = f"cell-{i:03d}"
        meta = cell.get("metadata", {})
        meta.pop("execution", None)
        for key in TIMING_KEYS:
            meta.get("papermill", {}).pop(key, None)
        if "outputs" in cell:
            cell["outputs"] = _scrub_paths(cell["outputs"], root, "<repo>")
    Path(path).write_text(dumps(nb), encoding="utf-8")


def strip_notebooks(folder: Path) -> list[Path]:
    """Normalise every notebook under ``folder``; return those that changed."""
    changed = []
    for path in sorted(Path(folder).rglob("*.ipynb")):
        if ".ipynb_checkpoints" in path.parts:
            continue
        before = path.read_text(encoding="utf-8")
        after = dumps(normalize_source(json.loads(before)))
        if after != before:
            path.write_text(after, encoding="utf-8")
            changed.append(path)
    return changed


def parameters_cell(nb: dict[str, Any]) -> dict | None:
    """The notebook's cell tagged ``parameters`` (the first one), or None."""
    tagged = (c for c in nb["cells"] if "parameters" in c.get("metadata", {}).get("tags", []))
    return next(tagged, None)


def notebook_parameters(path: Path) -> dict[str, str]:
    """Names and default values (as source text) of the cell tagged ``parameters``: its
    top-level ``name = value`` assignments, as papermill reads them (read with :mod:`ast`:
    papermill's own reader costs about half a second of imports in every notebook stage)."""
    cell = parameters_cell(json.loads(Path(path).read_text(encoding="utf-8")))
    if cell is None:
        return {}
    source = "".join(cell["source"])
    return {
        node.targets[0].id: ast.get_source_segment(source, node.value)
        for node in ast.parse(source).body
        if isinstance(node, ast.Assign)
        and len(node.targets) == 1
        and isinstance(node.targets[0], ast.Name)
    }


def run_notebook(
    source: Path, output: Path, parameters: dict[str, Any], output_root: Path | None = None
) -> None:
    """Execute a pipeline notebook with papermill, then tidy its executed copy.

    Every parameter of the notebook must be passed and no other: a misspelt or forgotten
    parameter is an error here, where papermill would only warn. An InputError raised in the
    kernel is raised here again, with its problems (:mod:`framelab.lab.kernel_errors`).
    ``output_root``: a folder laid out like the project root where the notebook writes its
    outputs instead (:func:`framelab.lab.exploring.prepare`); the executed copy records them as
    written in place.
    """
    from framelab.lab.exploring import OUTPUT_ROOT_ENV, PIPELINE_ENV
    from framelab.lab.kernel_errors import RECORD_ENV

    _check_parameters(source, parameters)
    Path(output).parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="framelab-kernel-") as tmp:
        record = str(Path(tmp) / "bad_input.json")
        # PIPELINE_ENV: framelab.lab.exploring writes the pipeline's outputs
        env = {PIPELINE_ENV: "1", RECORD_ENV: record}
        if output_root is not None:
            env[OUTPUT_ROOT_ENV] = str(output_root)
        with patch.dict(os.environ, env):
            _execute(source, output, parameters, record)
    tidy_executed(Path(output), output_root)


def _check_parameters(source: Path, parameters: dict[str, Any]) -> None:
    """Raise InputError for a parameter the notebook does not declare or one not passed."""
    declared = notebook_parameters(source)
    unknown = sorted(set(parameters) - set(declared))
    missing = sorted(set(declared) - set(parameters))
    problems = [
        Problem(str(source), f"unknown parameter {n!r} (not in the parameters cell)")
        for n in unknown
    ]
    problems += [
        Problem(str(source), f"parameter {n!r} is not passed (dvc.yaml must pass it)")
        for n in missing
    ]
    if problems:
        raise InputError(problems)


def _execute(source: Path, output: Path, parameters: dict[str, Any], record: str) -> None:
    """papermill's run; a cell's InputError (recorded by the kernel) is raised as itself."""
    import papermill
    from papermill.exceptions import PapermillExecutionError
    from traitlets.config import Config

    from framelab.lab.inprocess import engine_name
    from framelab.lab.kernel_errors import KERNEL_LINE, recorded

    try:
        papermill.execute_notebook(
            str(source),
            str(output),
            engine_name=engine_name(),  # in this process unless $FRAMELAB_NOTEBOOK_ENGINE=kernel
            parameters=parameters,
            progress_bar=_cells_bar(),
            log_output=False,
            request_save_on_cell_execute=False,  # written once at the end (tidied after)
            kernel_name="python3",
            # the kernel engine's settings (the in-process engine ignores them):
            config=Config({"KernelManager": {"transport": "ipc"}}),  # IPC: no TCP warning
            # jupyter_client interrupts a kernel before every shutdown; ipykernel logs that as an
            # ERROR ("KeyboardInterrupt caught in kernel") after a successful run. Cell errors
            # still reach papermill (they travel as messages, not as kernel log lines).
            extra_arguments=[
                "--IPKernelApp.log_level=CRITICAL",
                f"--IPKernelApp.exec_lines={KERNEL_LINE}",
            ],
        )
    except PapermillExecutionError:
        bad_input = recorded(record)
        if bad_input is None:
            raise
        raise bad_input from None


def _cells_bar() -> dict | bool:
    """papermill's bar over the notebook's cells, on a terminal only (a notebook stage would
    otherwise show nothing until it ends)."""
    import sys

    from framelab.runtime.executor import terminal_shape

    if not sys.stderr.isatty():
        return False
    return {"desc": "cells"} | terminal_shape()


def sync_parameters(path: Path, values: dict[str, Any]) -> bool:
    """Rewrite a notebook's ``parameters`` cell from ``values`` (its params.yaml section).

    Returns whether the file changed. ``make notebook-params`` runs it for every pipeline
    notebook, so the cell's defaults are derived from params.yaml, never typed.
    """
    nb = json.loads(Path(path).read_text(encoding="utf-8"))
    cell = parameters_cell(nb)
    lines = [
        f"# Parameters: the `{Path(path).stem}` section of params.yaml (`make notebook-params`).",
        "# `dvc repro` injects params.yaml's values; change them there, not here.",
        *(f"{k} = {v!r}" for k, v in values.items()),
    ]
    new = "\n".join(lines)
    if "".join(cell["source"]) == new:
        return False
    cell["source"] = new.splitlines(keepends=True)
    Path(path).write_text(dumps(normalize_source(nb)), encoding="utf-8")
    return True
