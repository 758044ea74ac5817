"""Pipeline notebooks: committed clean, one parameters cell equal to params.yaml, no logic."""

import ast
import json
import os
import shutil
import subprocess
import sys

import pytest
import yaml

from framelab import config
from framelab.errors import InputError
from framelab.lab.notebooks import (
    dumps,
    normalize_source,
    notebook_parameters,
    run_notebook,
    tidy_executed,
)

from .conftest import REPO, TINY, make_project

NOTEBOOKS = sorted((REPO / "notebooks").glob("*.ipynb"))
PARAMS = yaml.safe_load((REPO / "params.yaml").read_text(encoding="utf-8"))
DVC = yaml.safe_load((REPO / "dvc.yaml").read_text(encoding="utf-8"))


def test_each_pipeline_stage_has_its_notebook():
    assert [p.stem for p in NOTEBOOKS] == ["stance", "topics"]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_is_committed_normalised(path):
    raw = path.read_text(encoding="utf-8")
    assert dumps(normalize_source(json.loads(raw))) == raw, "run `make strip`"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_one_parameters_cell_and_no_logic(path):
    nb = json.loads(path.read_text(encoding="utf-8"))
    tagged = [c for c in nb["cells"] if "parameters" in c["metadata"].get("tags", [])]
    assert len(tagged) == 1
    for cell in nb["cells"]:
        if cell["cell_type"] != "code":
            continue
        src = "".join(cell["source"])
        assert "!dvc" not in src and "%run" not in src
        for node in ast.walk(ast.parse(src)):
            assert not isinstance(node, ast.FunctionDef | ast.ClassDef | ast.Lambda), src
            if isinstance(node, ast.Attribute):
                assert node.attr not in {"now", "today", "time"}, "clock-derived value"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_defaults_equal_params_and_dvc_passes_each_parameter(path):
    stage = path.stem
    defaults = {k: ast.literal_eval(v) for k, v in notebook_parameters(path).items()}
    section = config.as_dict(config.load(REPO / "params.yaml").section(stage))
    assert defaults == section, f"{stage}: the parameters cell differs from params.yaml"
    assert DVC["stages"][stage]["cmd"] == f"python -m framelab.stages.{stage}"
    assert stage in DVC["stages"][stage]["params"]


def test_run_notebook_refuses_unknown_and_missing_parameters(tmp_path):
    with pytest.raises(InputError) as err:
        run_notebook(REPO / "notebooks" / "topics.ipynb", tmp_path / "x.ipynb", {"kk": 4})
    msg = str(err.value)
    assert "unknown parameter 'kk'" in msg
    assert "parameter 'k' is not passed" in msg
    assert not (tmp_path / "x.ipynb").exists()


def test_tidy_executed_removes_timestamps_and_random_ids(tmp_path):
    nb = {
        "cells": [
            {
                "cell_type": "code",
                "id": "a8f3",
                "execution_count": 1,
                "source": "1",
                "outputs": [],
                "metadata": {
                    "execution": {"iopub.status.busy": "2026"},
                    "papermill": {"duration": 1.2, "status": "ok"},
                },
            }
        ],
        "metadata": {
            "papermill": {"start_time": "x", "end_time": "y", "duration": 3, "parameters": {"k": 4}}
        },
        "nbformat": 4,
        "nbformat_minor": 5,
    }
    path = tmp_path / "nb.ipynb"
    path.write_text(json.dumps(nb), encoding="utf-8")
    tidy_executed(path)
    out = json.loads(path.read_text(encoding="utf-8"))
    assert out["metadata"]["papermill"] == {"parameters": {"k": 4}}
    cell = out["cells"][0]
    assert cell["id"] == "cell-000"
    assert cell["metadata"] == {"papermill": {"status": "ok"}}


def test_tidy_executed_records_the_notebook_paths_relative_to_the_checkout(tmp_path, monkeypatch):
    monkeypatch.setenv("FRAMELAB_ROOT", str(tmp_path))
    pm = {"input_path": f"{tmp_path}/notebooks/topics.ipynb", "output_path": "/elsewhere/x.ipynb"}
    nb = {"cells": [], "metadata": {"papermill": pm}, "nbformat": 4, "nbformat_minor": 5}
    path = tmp_path / "nb.ipynb"
    path.write_text(json.dumps(nb), encoding="utf-8")
    tidy_executed(path)
    out = json.loads(path.read_text(encoding="utf-8"))["metadata"]["papermill"]
    assert out == {"input_path": "notebooks/topics.ipynb", "output_path": "/elsewhere/x.ipynb"}


@pytest.fixture(scope="module")
def tiny_root(tmp_path_factory):
    """A project root with the tiny corpus cleaned into data/processed."""
    root = make_project(tmp_path_factory.mktemp("root") / "p", TINY)
    env = os.environ | {"FRAMELAB_ROOT": str(root)}
    for stage in ("clean", "attribute"):
        subprocess.run([sys.executable, "-m", f"framelab.stages.{stage}"], check=True, env=env)
    return root


@pytest.mark.parametrize("name", ["topics", "stance"])
def test_notebook_runs_with_its_defaults(tiny_root, name, tmp_path):
    import papermill

    env_before = os.environ.get("FRAMELAB_ROOT")
    os.environ["FRAMELAB_ROOT"] = str(tiny_root)
    try:
        papermill.execute_notebook(
            str(REPO / "notebooks" / f"{name}.ipynb"),
            str(tmp_path / "out.ipynb"),
            progress_bar=False,
            kernel_name="python3",
        )
    finally:
        if env_before is None:
            del os.environ["FRAMELAB_ROOT"]
        else:
            os.environ["FRAMELAB_ROOT"] = env_before
    metrics = json.loads((tiny_root / "reports" / "metrics" / f"{name}.json").read_text())
    assert metrics
    assert any((tiny_root / "reports" / "figures" / name).glob("*.svg"))
    shutil.rmtree(tiny_root / "reports" / "figures" / name)


def test_starter_notebook_runs_on_the_pipeline_outputs(tiny_root, tmp_path, monkeypatch):
    """The explore folder's starter (README: "start from starter.ipynb") loads every stage
    output; it once broke on a removed ``framelab.paths`` name and no test noticed."""
    import papermill

    monkeypatch.setenv("FRAMELAB_ROOT", str(tiny_root))
    for name in ("topics", "stance"):
        if not (tiny_root / "reports" / "metrics" / f"{name}.json").is_file():
            papermill.execute_notebook(
                str(REPO / "notebooks" / f"{name}.ipynb"),
                str(tmp_path / f"{name}.ipynb"),
                progress_bar=False,
                kernel_name="python3",
            )
    subprocess.run([sys.executable, "-m", "framelab.stages.reuse"], check=True, env=os.environ)
    papermill.execute_notebook(
        str(REPO / "notebooks" / "explore" / "starter.ipynb"),
        str(tmp_path / "starter.ipynb"),
        parameters={"scratch_name": "scratch-starter-test"},
        progress_bar=False,
        kernel_name="python3",
    )
    assert (tiny_root / "reports" / "scratch-starter-test" / "passages_per_camp.png").is_file()


def test_notebook_stages_skip_the_iri_grammar_and_still_validate_notebooks():
    import subprocess
    import sys

    code = """
import sys
from framelab.stages._notebook import skip_iri_grammar
skip_iri_grammar()
import nbformat
nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("x = 1")])
nbformat.validate(nb)
nb["cells"][0]["cell_type"] = "nonsense"
try:
    nbformat.validate(nb)
except nbformat.ValidationError:
    print("invalid rejected")
print(sys.modules["rfc3987_syntax"])
"""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["invalid", "rejected", "None"]
