"""Notebook stages: run ``notebooks/<stage>.ipynb`` with papermill, its section of the config
injected as parameters (the notebook's ``parameters`` cell holds the same values as defaults).

All or nothing, like the script stages: the notebook writes every output under a staging folder
(``reports/scratch/.stage-<stage>-*``, laid out like the project root) and the stage moves the
outputs ``dvc.yaml`` declares into place only when the whole notebook ran. On any error none is
touched; the executed notebook with the error is kept as ``reports/scratch/failed/<stage>.ipynb``
(git- and DVC-ignored, never a stage output). Bad input raised in the kernel is printed like a
script stage's (:mod:`framelab.lab.kernel_errors`).
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from framelab import config, layout, paths
from framelab.errors import InputError
from framelab.lab.exploring import SCRATCH


def skip_iri_grammar() -> None:
    """Keep jsonschema from building its IRI grammar in this process.

    nbformat imports jsonschema, whose format checkers import ``rfc3987_syntax`` when it is
    installed (JupyterLab's event schemas pull it in); that import compiles a lark grammar and
    takes about 0.8 s, in every notebook stage. The notebook schema checks no ``iri`` format,
    so the stage process marks the module absent and jsonschema skips those two checkers.
    """
    sys.modules.setdefault("rfc3987_syntax", None)


def run_notebook_stage(stage: str) -> None:
    """Execute the stage's notebook with the config's parameters; its outputs appear in place
    only if it succeeds."""
    skip_iri_grammar()
    from framelab.lab.notebooks import run_notebook

    cfg = config.load()
    parameters = config.as_dict(cfg.section(stage))
    with staged_stage(stage) as staging:
        source = paths.resolve(f"notebooks/{stage}.ipynb")
        run_notebook(source, staging / layout.executed_notebook(stage), parameters, staging)


def declared_outputs(stage: str) -> list[str]:
    """The outputs and metrics ``dvc.yaml`` declares for ``stage`` (project-relative)."""
    outputs = layout.STAGES[stage]
    return [*outputs.outs, *outputs.metrics]


def failed_notebook(stage: str) -> Path:
    """Where the executed notebook of a failed run is kept for debugging."""
    return paths.resolve(SCRATCH / "failed" / f"{stage}.ipynb")


@contextmanager
def staged_stage(stage: str) -> Iterator[Path]:
    """A fresh staging folder for the stage's outputs; they are moved into place if the block
    succeeds, else discarded (the executed notebook kept, see :func:`failed_notebook`)."""
    parent = paths.resolve(SCRATCH)
    parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".stage-{stage}-", dir=parent))
    try:
        yield staging
        publish(stage, staging)
        failed_notebook(stage).unlink(missing_ok=True)
    except BaseException as exc:
        _keep_failed(stage, staging, loud=not isinstance(exc, InputError))
        raise
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def publish(stage: str, staging: Path) -> None:
    """Move every declared output of ``stage`` from ``staging`` into place (all must exist)."""
    from framelab.io.outputs import move_into_place

    declared = declared_outputs(stage)
    missing = [rel for rel in declared if not (staging / rel).exists()]
    if missing:  # named as dvc.yaml names them
        raise RuntimeError(f"stage {stage} did not write its outputs: {', '.join(missing)}")
    move_into_place({layout.resolve(rel): staging / rel for rel in declared})


def _keep_failed(stage: str, staging: Path, loud: bool) -> None:
    """Keep the failed run's executed notebook in the scratch folder (and say where if loud)."""
    executed = staging / layout.executed_notebook(stage)
    if not executed.is_file():
        return
    kept = failed_notebook(stage)
    kept.parent.mkdir(parents=True, exist_ok=True)
    os.replace(executed, kept)
    if loud:
        shown = kept.relative_to(paths.project_root()).as_posix()
        print(f"framelab stage {stage}: failed; the executed notebook: {shown}", file=sys.stderr)
