"""Where a pipeline notebook writes: the pipeline's outputs, or reports/scratch when exploring."""

import json
import subprocess
import sys

import pytest

from framelab import layout
from framelab.lab import exploring
from framelab.lab.exploring import (
    banner,
    changed_parameters,
    output_root,
    pipeline_defaults,
    prepare,
    redirect,
)
from framelab.paths import project_root

from .conftest import REPO

ROOT = project_root()
TOPICS = ROOT / "notebooks" / "topics.ipynb"
SCRATCH = ROOT / "reports" / "scratch"


@pytest.fixture
def defaults():
    return pipeline_defaults("topics")


def test_pipeline_defaults_are_the_params_yaml_section(defaults):
    assert defaults["k"] == "auto"
    assert defaults["max_df"] == 0.9
    assert "figures_dir" not in defaults  # outputs come from framelab.layout


def test_changed_parameters_names_each_changed_value(defaults):
    params = dict(defaults, k=6)
    assert changed_parameters(params, defaults) == {"k": ("auto", 6)}
    assert changed_parameters(dict(defaults), defaults) == {}


def test_output_root_decides_scratch_only_when_exploring(defaults):
    explore = ROOT / "notebooks" / "explore" / "topics-copy.ipynb"
    changed = dict(defaults, k=6)
    assert output_root(TOPICS, changed, defaults, under_dvc=True) == ROOT
    assert output_root(TOPICS, dict(defaults), defaults, under_dvc=False) == ROOT
    assert output_root(None, dict(defaults), defaults, under_dvc=False, stage="topics") == ROOT
    assert output_root(TOPICS, changed, defaults, under_dvc=False) == SCRATCH
    assert output_root(None, changed, defaults, under_dvc=False, stage="topics") == SCRATCH
    assert output_root(explore, dict(defaults), defaults, False, stage="topics") == SCRATCH


def test_redirect_moves_reports_paths_under_scratch():
    assert redirect("reports/figures/topics", SCRATCH) == SCRATCH / "figures" / "topics"
    assert redirect("reports/metrics/topics.json", SCRATCH) == SCRATCH / "metrics/topics.json"
    assert redirect("reports/figures/topics", ROOT) == ROOT / "reports" / "figures" / "topics"
    assert redirect("/abs/x.png", SCRATCH).as_posix() == "/abs/x.png"


def test_banner_says_where_why_and_how_to_make_it_the_result():
    text = banner("topics", {"k": ("auto", 6)}, TOPICS, SCRATCH)
    assert text.splitlines()[0] == (
        "EXPLORING: outputs go to reports/scratch/ (ignored by git and DVC); the pipeline's"
    )
    assert "Why: k = 6 (params.yaml / dvc.yaml: 'auto')." in text
    assert "dvc exp run -S topics.k=6" in text
    assert text.isascii()
    copy = banner("topics", {}, ROOT / "notebooks" / "explore" / "t.ipynb", SCRATCH)
    assert "Why: this notebook is not notebooks/topics.ipynb." in copy


def test_prepare_redirects_and_announces(monkeypatch, capsys, defaults):
    monkeypatch.delenv("FRAMELAB_PIPELINE", raising=False)
    monkeypatch.setenv("JPY_SESSION_NAME", "notebooks/topics.ipynb")
    place = prepare("topics", dict(defaults, k=5))
    assert place(layout.figures("topics")) == SCRATCH / "figures" / "topics"
    assert place(layout.tables("topics")) == SCRATCH / "tables" / "topics"
    assert place(layout.metrics("topics")) == SCRATCH / "metrics" / "topics.json"
    assert "EXPLORING" in capsys.readouterr().out
    place = prepare("topics", dict(defaults))
    assert place(layout.tables("topics")) == ROOT / "reports" / "tables" / "topics"
    assert capsys.readouterr().out == ""


def test_prepare_under_the_pipeline_writes_the_outputs_and_plain_progress(monkeypatch, capsys):
    import tqdm.auto

    monkeypatch.setenv("FRAMELAB_PIPELINE", "1")
    monkeypatch.setattr(tqdm.auto, "tqdm", tqdm.auto.tqdm)
    namespace = dict(pipeline_defaults("topics"), k=7)
    place = prepare("topics", namespace)
    assert place(layout.figures("topics")) == ROOT / "reports" / "figures" / "topics"
    assert capsys.readouterr().out == ""
    assert tqdm.auto.tqdm is exploring.TextProgress


def test_text_progress_is_one_line_without_timings():
    code = (
        "import io, framelab.lab.exploring as e\n"
        "buf = io.StringIO()\n"
        "for _ in e.TextProgress(range(7), desc='K sweep', file=buf): pass\n"
        "print(repr(buf.getvalue()))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True).stdout
    assert out.strip() == repr("\rK sweep: 0/7\rK sweep: 7/7\n")


@pytest.mark.parametrize("stage", ["topics", "stance"])
def test_each_pipeline_notebook_calls_prepare_once_in_its_setup_cell(stage):
    nb = json.loads((REPO / "notebooks" / f"{stage}.ipynb").read_text(encoding="utf-8"))
    sources = ["".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "code"]
    line = f'place = exploring.prepare("{stage}", globals())'
    assert [i for i, s in enumerate(sources) if line in s] == [1]
