"""The in-process notebook engine records what a Jupyter kernel would, in order, and stops at
the first error; a notebook executed by it reads the same as one executed by a kernel."""

from __future__ import annotations

import json
import sys

import nbformat
import pytest
from papermill.exceptions import PapermillExecutionError

from framelab.errors import InputError
from framelab.lab.inprocess import ENGINE, ENGINE_ENV, engine_name
from framelab.lab.notebooks import dumps, normalize_source, run_notebook

CELLS = [
    'print("first")\nfrom IPython.display import display\n'
    'display({"a": 1})\nprint("second")\nn * 2',
    "import pandas as pd\npd.DataFrame({f'column_{i}': [i * 1.5, i * 2.5] for i in range(14)})",
    'import sys\nprint("to stderr", file=sys.stderr)\nNone',
]


def notebook(path, cells: list[str]) -> None:
    params = nbformat.v4.new_code_cell("n = 1")
    params.metadata["tags"] = ["parameters"]
    nb = nbformat.v4.new_notebook(cells=[params, *map(nbformat.v4.new_code_cell, cells)])
    path.write_text(dumps(normalize_source(nb)), encoding="utf-8")


def executed(tmp_path, cells: list[str], name: str = "out.ipynb") -> list[dict]:
    source = tmp_path / "nb.ipynb"
    notebook(source, cells)
    run_notebook(source, tmp_path / name, {"n": 21})
    return json.loads((tmp_path / name).read_text(encoding="utf-8"))["cells"]


def text(lines: str | list[str]) -> str:
    """A notebook's multi-line string (stored as a list of lines)."""
    return "".join(lines)


def test_outputs_are_recorded_in_the_order_they_were_produced(tmp_path):
    cells = executed(tmp_path, CELLS)
    first = cells[2]  # parameters, papermill's injected parameters, then the cells
    kinds = [(o["output_type"], o.get("name")) for o in first["outputs"]]
    assert kinds == [
        ("stream", "stdout"),
        ("display_data", None),
        ("stream", "stdout"),
        ("execute_result", None),
    ]
    assert text(first["outputs"][0]["text"]) == "first\n"
    assert text(first["outputs"][1]["data"]["text/plain"]) == "{'a': 1}"
    assert text(first["outputs"][3]["data"]["text/plain"]) == "42"
    assert first["outputs"][3]["execution_count"] == first["execution_count"]
    table = cells[3]["outputs"][0]["data"]
    assert "text/html" in table and "column_13" in text(table["text/plain"])
    assert cells[4]["outputs"] == [
        {"name": "stderr", "output_type": "stream", "text": ["to stderr\n"]}
    ]


def test_the_first_error_stops_the_run_and_the_interpreter_is_given_back(tmp_path):
    stdout, hook, main = sys.stdout, sys.displayhook, sys.modules["__main__"]
    with pytest.raises(PapermillExecutionError) as err:
        executed(tmp_path, ['raise ValueError("boom")', 'print("never")'])
    assert err.value.ename == "ValueError" and err.value.evalue == "boom"
    assert (sys.stdout, sys.displayhook, sys.modules["__main__"]) == (stdout, hook, main)
    cells = json.loads((tmp_path / "out.ipynb").read_text(encoding="utf-8"))["cells"]
    assert cells[-1]["outputs"] == [] and cells[-1]["execution_count"] is None


def test_a_kernel_executes_the_notebook_to_the_same_cells(tmp_path, monkeypatch):
    here = executed(tmp_path, CELLS, "inprocess.ipynb")
    monkeypatch.setenv(ENGINE_ENV, "kernel")
    kernel = executed(tmp_path, CELLS, "kernel.ipynb")
    assert here == kernel


def test_the_engine_is_chosen_by_the_environment(monkeypatch):
    monkeypatch.delenv(ENGINE_ENV, raising=False)
    assert engine_name() == ENGINE
    monkeypatch.setenv(ENGINE_ENV, "kernel")
    assert engine_name() is None
    monkeypatch.setenv(ENGINE_ENV, "kernal")
    with pytest.raises(InputError, match="'kernal': use inprocess"):
        engine_name()
