"""A notebook stage fails like a script stage: bad input raised in the kernel is printed grouped
with exit code 2, any other error is loud, and a failed run leaves none of its outputs."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest
from papermill.exceptions import PapermillExecutionError

from framelab import config, layout
from framelab.errors import InputError, Problem, print_bad_input
from framelab.lab.kernel_errors import record, recorded
from framelab.lab.notebooks import dumps, normalize_source
from framelab.stages._notebook import declared_outputs, failed_notebook, publish

from .conftest import KURSK, REPO, TINY, make_project, run_stage

SETUP = """\
from framelab import layout
from framelab.errors import InputError, Problem
from framelab.io import outputs
from framelab.lab import exploring
place = exploring.prepare("topics", globals())
tables_out = place(layout.tables("topics"))
figures_out = place(layout.figures("topics"))
outputs.write_json({"written": "before the error"}, place(layout.metrics("topics")))
(tables_out / "first.csv").write_text("a\\n1\\n")
"""
BAD_INPUT = """\
raise InputError([
    Problem("targets.yml", "mention: bad or missing pattern", 22),
    Problem("targets.yml", "unknown key 'lable'", 23),
    Problem("targets.yml", "mention: bad or missing pattern", 40),
])
"""
PROBLEMS = [
    Problem("targets.yml", "mention: bad or missing pattern", 22),
    Problem("targets.yml", "unknown key 'lable'", 23),
    Problem("targets.yml", "mention: bad or missing pattern", 40),
]
EXPECTED = """\
framelab stage topics: bad input (3 problem(s)):
  targets.yml: mention: bad or missing pattern (2 rows: 22, 40)
  targets.yml:23: unknown key 'lable'
"""


def tiny_topics_notebook(root: Path, last_cell: str) -> None:
    """``notebooks/topics.ipynb`` in ``root``: the real parameters cell, a setup cell that writes
    some outputs, then ``last_cell``."""
    section = config.as_dict(config.load(root / "params.yaml").section("topics"))
    params = nbformat.v4.new_code_cell("\n".join(f"{k} = {v!r}" for k, v in section.items()))
    params.metadata["tags"] = ["parameters"]
    cells = [params, nbformat.v4.new_code_cell(SETUP), nbformat.v4.new_code_cell(last_cell)]
    nb = nbformat.v4.new_notebook(cells=cells)
    (root / "notebooks").mkdir(exist_ok=True)
    (root / "notebooks" / "topics.ipynb").write_text(dumps(normalize_source(nb)), encoding="utf-8")


@pytest.fixture
def project(tmp_path) -> Path:
    """A project root with its own notebooks folder (not linked to the repository's)."""
    root = tmp_path / "p"
    root.mkdir()
    shutil.copy(REPO / "params.yaml", root / "params.yaml")
    return root


def existing_outputs(root: Path, stage: str = "topics") -> list[str]:
    return [rel for rel in declared_outputs(stage) if (root / rel).exists()]


def staging_left(root: Path) -> list[Path]:
    return list((root / "reports" / "scratch").glob(".stage-*"))


def test_bad_input_in_the_kernel_is_printed_like_a_script_stage(project, monkeypatch, capsys):
    tiny_topics_notebook(project, BAD_INPUT)
    assert run_stage(project, "topics", monkeypatch) == 2
    err = capsys.readouterr().err
    assert err == EXPECTED
    assert print_bad_input("stage topics", InputError(PROBLEMS)) == 2
    assert capsys.readouterr().err == EXPECTED  # what a script stage prints for the same input
    assert existing_outputs(project) == []  # metrics and a table were written before the error
    assert staging_left(project) == []
    kept = json.loads(failed_notebook("topics").read_text(encoding="utf-8"))
    assert kept["cells"][-1]["outputs"][0]["ename"] == "InputError"


def test_other_errors_fail_loudly_and_leave_the_previous_outputs(project, monkeypatch, capsys):
    tiny_topics_notebook(project, 'raise ValueError("boom")')
    for rel in declared_outputs("topics"):  # a previous complete run
        path = project / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        if path.suffix:
            path.write_text("old", encoding="utf-8")
        else:
            path.mkdir()
            (path / "old.csv").write_text("old", encoding="utf-8")
    with pytest.raises(PapermillExecutionError) as exc:
        run_stage(project, "topics", monkeypatch)
    assert exc.value.ename == "ValueError" and "boom" in exc.value.evalue
    assert "reports/scratch/failed/topics.ipynb" in capsys.readouterr().err
    assert (project / layout.metrics("topics")).read_text(encoding="utf-8") == "old"
    assert [p.name for p in (project / layout.tables("topics")).iterdir()] == ["old.csv"]
    assert staging_left(project) == []


def test_a_successful_run_moves_every_output_into_place(project, monkeypatch):
    tiny_topics_notebook(project, "print('done')")
    monkeypatch.setenv("FRAMELAB_ROOT", str(project))
    failed_notebook("topics").parent.mkdir(parents=True)
    failed_notebook("topics").write_text("an earlier failure", encoding="utf-8")
    assert run_stage(project, "topics", monkeypatch) == 0
    assert existing_outputs(project) == declared_outputs("topics")
    assert (project / layout.tables("topics") / "first.csv").read_text() == "a\n1\n"
    executed = json.loads((project / layout.executed_notebook("topics")).read_text())
    assert executed["metadata"]["papermill"]["output_path"] == layout.executed_notebook("topics")
    assert not failed_notebook("topics").exists()
    assert staging_left(project) == []


def test_publish_moves_nothing_when_an_output_is_missing(tmp_path, monkeypatch):
    monkeypatch.setenv("FRAMELAB_ROOT", str(tmp_path / "root"))
    staging = tmp_path / "staging"
    for rel in declared_outputs("topics")[:-1]:  # no metrics file
        (staging / rel).parent.mkdir(parents=True, exist_ok=True)
        (staging / rel).write_text("x", encoding="utf-8")
    with pytest.raises(RuntimeError, match="did not write its outputs: reports/metrics/topics"):
        publish("topics", staging)
    assert not (tmp_path / "root").exists()


def test_the_kernel_record_round_trips_every_problem(tmp_path):
    target = tmp_path / "bad_input.json"
    record(ValueError("not bad input"), target)
    assert recorded(target) is None
    problems = [*PROBLEMS, Problem("x.csv", "warning only", None, "warning")]
    record(InputError(problems), target)
    assert recorded(target).problems == problems


@pytest.mark.slow
def test_stance_stage_with_a_malformed_targets_file(tmp_path):
    """The real stance notebook on the tiny corpus, with a broken line in the study's claims."""
    root = make_project(tmp_path / "p", TINY)
    (root / "studies").unlink()
    shutil.copytree(KURSK, root / "studies" / KURSK.name)
    env = os.environ | {"FRAMELAB_ROOT": str(root)}
    for stage in ("clean", "attribute"):
        subprocess.run([sys.executable, "-m", f"framelab.stages.{stage}"], env=env, check=True)
    targets = root / "studies" / KURSK.name / "targets.yml"
    text = targets.read_text(encoding="utf-8")
    broken = text[: text.index("    label: Kursk recaptured")].count("\n") + 1
    targets.write_text(text.replace("    label: Kursk recaptured", "    label: [Kursk", 1))
    out = subprocess.run(
        [sys.executable, "-m", "framelab.stages.stance"], env=env, capture_output=True, text=True
    )
    assert out.returncode == 2, out.stderr
    lines = out.stderr.splitlines()
    assert lines[0] == "framelab stage stance: bad input (1 problem(s)):"
    found = f"  targets.yml:{broken + 1}: not valid YAML: while parsing a flow sequence"
    assert lines[1].startswith(found)  # YAML reports the line after the unclosed bracket
    assert "Traceback" not in out.stderr
    assert existing_outputs(root, "stance") == []
