"""A papermill engine that runs a pipeline notebook's cells in the stage's own process.

papermill's default engine starts a Jupyter kernel for every notebook stage and talks to it over
ZeroMQ: about a second of start-up and shut-down per stage before any cell runs, and the stage
process imports everything a second time. This engine runs the cells in an IPython shell inside
the stage process instead, and records what a kernel would send as the cells' outputs:

- ``stream`` outputs for ``stdout``/``stderr``, in the order they were written;
- ``display_data`` for ``display(...)``;
- ``execute_result`` with every format the shell computes (a DataFrame's HTML and text);
- an ``error`` output that stops the run, from which papermill raises its usual
  ``PapermillExecutionError``.

Matplotlib draws with Agg: pipeline notebooks save and close their figures (no inline images).
The notebooks themselves are unchanged and still run top to bottom in JupyterLab's kernel;
``FRAMELAB_NOTEBOOK_ENGINE=kernel`` runs a stage through a Jupyter kernel as before.
"""

from __future__ import annotations

import os
import platform
import sys
from contextlib import contextmanager
from typing import Any

ENGINE = "framelab-inprocess"
ENGINE_ENV = "FRAMELAB_NOTEBOOK_ENGINE"  # "kernel": a Jupyter kernel per stage (papermill's own)

LANGUAGE_INFO = {  # what an ipykernel reports, so the executed notebook reads the same
    "codemirror_mode": {"name": "ipython", "version": 3},
    "file_extension": ".py",
    "mimetype": "text/x-python",
    "name": "python",
    "nbconvert_exporter": "python",
    "pygments_lexer": "ipython3",
}


def engine_name() -> str | None:
    """The papermill engine for a stage: this module's (default, or
    ``$FRAMELAB_NOTEBOOK_ENGINE=inprocess``) or, with ``kernel``, papermill's kernel engine
    (``None``); any other value is bad input."""
    choice = os.environ.get(ENGINE_ENV, "").strip() or "inprocess"
    if choice == "kernel":
        return None
    if choice != "inprocess":
        from framelab.errors import InputError, Problem

        raise InputError([Problem(ENGINE_ENV, f"{choice!r}: use inprocess (default) or kernel")])
    register()
    return ENGINE


def register() -> None:
    """Make the engine known to papermill (idempotent)."""
    from papermill.engines import papermill_engines

    papermill_engines.register(ENGINE, _engine_class())


class Outputs:
    """The outputs of the running cell, in the order they were produced."""

    def __init__(self, execution_count: int | None = None) -> None:
        self.items: list[dict] = []
        self.execution_count = execution_count

    def stream(self, name: str, text: str) -> None:
        from nbformat.v4 import new_output

        if not text:
            return
        last = self.items[-1] if self.items else None
        if last is not None and last.get("output_type") == "stream" and last["name"] == name:
            last["text"] += text
        else:
            self.items.append(new_output("stream", name=name, text=text))

    def add(self, output_type: str, **fields: Any) -> None:
        from nbformat.v4 import new_output

        self.items.append(new_output(output_type, **fields))


class _Stream:
    """A text stream (``sys.stdout``/``sys.stderr``) writing into :class:`Outputs`."""

    def __init__(self, outputs: Outputs, name: str) -> None:
        self.outputs, self.name = outputs, name
        self.encoding = "utf-8"

    def write(self, text: str) -> int:
        self.outputs.stream(self.name, text)
        return len(text)

    def flush(self) -> None:
        pass

    def isatty(self) -> bool:
        return False

    def writable(self) -> bool:
        return True


def _engine_class():
    """The engine class (built on first use: papermill and IPython are imported only here)."""
    from papermill.engines import Engine

    shell_classes = _shell_classes()

    class InProcessEngine(Engine):
        """Executes the notebook's cells in this process (see the module docstring)."""

        @classmethod
        def execute_managed_notebook(cls, nb_man, kernel_name, **kwargs) -> None:
            with _shell(*shell_classes) as shell:
                nb_man.nb.metadata["language_info"] = LANGUAGE_INFO | {
                    "version": platform.python_version()
                }
                for index, cell in enumerate(nb_man.nb.cells):
                    nb_man.cell_start(cell, index)
                    failed = cell.cell_type == "code" and not _run(shell, cell)
                    if failed:
                        nb_man.cell_exception(cell, cell_index=index)
                    nb_man.cell_complete(cell, cell_index=index)
                    if failed:
                        break

    return InProcessEngine


def _shell_classes() -> tuple[type, type, type]:
    """The shell, its display hook and its display publisher, writing into :class:`Outputs`."""
    from IPython.core.displayhook import DisplayHook
    from IPython.core.displaypub import DisplayPublisher
    from IPython.core.interactiveshell import InteractiveShell

    class Hook(DisplayHook):
        """The value of a cell's last expression as an ``execute_result``."""

        def write_output_prompt(self) -> None:
            pass

        def write_format_data(self, format_dict, md_dict=None) -> None:
            self.shell.outputs.add(
                "execute_result",
                data=format_dict,
                metadata=md_dict or {},
                execution_count=self.shell.outputs.execution_count,
            )

        def finish_displayhook(self) -> None:
            self._is_active = False

    class Publisher(DisplayPublisher):
        """``display(...)`` as ``display_data``."""

        def publish(self, data, metadata=None, source=None, *, transient=None, update=False):
            self.shell.outputs.add("display_data", data=data, metadata=metadata or {})

        def clear_output(self, wait: bool = False) -> None:
            self.shell.outputs.items.clear()

    class Shell(InteractiveShell):
        """An IPython shell whose display, results and tracebacks become cell outputs."""

        outputs = Outputs()
        # pandas lays tables out for a notebook, not for a terminal, when the shell has a kernel
        # (``pandas.io.formats.console.is_terminal``), as in JupyterLab
        kernel = None

        def _showtraceback(self, etype, evalue, stb) -> None:
            self.outputs.add("error", ename=etype.__name__, evalue=str(evalue), traceback=stb)

    return Shell, Hook, Publisher


@contextmanager
def _shell(shell_class, hook_class, publisher_class):
    """A fresh shell with Agg drawing and no history file; the interpreter's hooks, streams and
    ``__main__`` are given back afterwards."""
    from traitlets.config import Config

    saved = (sys.stdout, sys.stderr, sys.displayhook, sys.excepthook, sys.modules.get("__main__"))
    os.environ.setdefault("MPLBACKEND", "agg")
    config = Config(
        {
            "HistoryManager": {"enabled": False},
            "InteractiveShell": {"colors": "nocolor", "autocall": 0},
        }
    )
    shell = shell_class.instance(  # the instance get_ipython() and display() find
        config=config, displayhook_class=hook_class, display_pub_class=publisher_class
    )
    try:
        with _notebook_tables():
            yield shell
    finally:
        shell_class.clear_instance()
        sys.stdout, sys.stderr, sys.displayhook, sys.excepthook = saved[:4]
        if saved[4] is not None:
            sys.modules["__main__"] = saved[4]


NOTEBOOK_MAX_COLUMNS = 20  # pandas' display.max_columns outside a terminal (in a kernel)


@contextmanager
def _notebook_tables():
    """Tables shown as in a kernel. pandas picks ``display.max_columns`` when it is imported:
    imported by a cell it sees the shell's ``kernel`` and picks 20; imported earlier by this
    process (a test, a script) it may have picked the terminal's 0 (fit to width)."""
    pandas = sys.modules.get("pandas")
    if pandas is None:
        yield
        return
    with pandas.option_context("display.max_columns", NOTEBOOK_MAX_COLUMNS):
        yield


def _run(shell, cell) -> bool:
    """Run one code cell, its outputs into ``cell.outputs``; False if it raised."""
    from framelab.lab.kernel_errors import RECORD_ENV, record

    cell.execution_count = shell.execution_count
    shell.outputs = outputs = Outputs(cell.execution_count)
    streams = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = _Stream(outputs, "stdout"), _Stream(outputs, "stderr")
    try:
        result = shell.run_cell(cell.source, store_history=True)
    finally:
        sys.stdout, sys.stderr = streams
    cell.outputs = outputs.items
    error = result.error_before_exec or result.error_in_exec
    if error is not None and os.environ.get(RECORD_ENV):
        record(error, os.environ[RECORD_ENV])
    return error is None
