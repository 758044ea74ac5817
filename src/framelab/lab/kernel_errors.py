"""Bad input found inside a notebook's cells, handed back to the stage process that runs it.

An :class:`~framelab.errors.InputError` raised in a cell reaches papermill only as a text
traceback. When ``$FRAMELAB_BAD_INPUT`` names a file, the problems of an InputError that ends a
cell are recorded there: by the in-process engine (:mod:`framelab.lab.inprocess`) after the
cell, or, with a Jupyter kernel, by :func:`install`, which the stage runs at kernel start
(:data:`KERNEL_LINE`). The stage rebuilds the same InputError with :func:`recorded` and prints it
like every script stage (grouped, exit code 2). Without the variable (JupyterLab, a plain
papermill run) nothing changes.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict
from pathlib import Path

from framelab.errors import InputError, Problem

RECORD_ENV = "FRAMELAB_BAD_INPUT"
# run once at kernel start (IPKernelApp.exec_lines), before any cell; defines no name
KERNEL_LINE = "__import__('framelab.lab.kernel_errors').lab.kernel_errors.install()"


def install(shell=None) -> None:
    """Record the InputError that ends a cell of this kernel in ``$FRAMELAB_BAD_INPUT``."""
    from IPython import get_ipython

    target = os.environ.get(RECORD_ENV)
    shell = shell or get_ipython()
    if target and shell is not None:
        shell.events.register("post_run_cell", lambda result: record(result.error_in_exec, target))


def record(error: BaseException | None, target: str | os.PathLike[str]) -> None:
    """Write the problems of ``error`` as JSON to ``target`` if it is an InputError."""
    if isinstance(error, InputError):
        problems = [asdict(p) for p in error.problems]
        Path(target).write_text(json.dumps(problems, ensure_ascii=False), encoding="utf-8")


def recorded(target: str | os.PathLike[str]) -> InputError | None:
    """The InputError a kernel recorded in ``target``, or None when it recorded none."""
    path = Path(target)
    if not path.is_file():
        return None
    problems = json.loads(path.read_text(encoding="utf-8"))
    return InputError([Problem(**p) for p in problems])
