"""dvc.yaml is derived: outputs from the registry, code deps from each stage's imports."""

import yaml

from framelab import layout, pipeline

from .conftest import REPO


def test_committed_dvc_yaml_equals_the_generated_one():
    committed = (REPO / "dvc.yaml").read_text(encoding="utf-8")
    assert committed == pipeline.dvc_yaml(), "run `make dvc-yaml`"


def test_each_stage_depends_on_exactly_the_modules_it_imports():
    dvc = yaml.safe_load((REPO / "dvc.yaml").read_text(encoding="utf-8"))
    for name, stage in dvc["stages"].items():
        code = [d for d in stage["deps"] if d.startswith("src/framelab/")]
        assert code == pipeline.stage_modules(name)
        assert f"src/framelab/stages/{name}.py" in code
    clean = dvc["stages"]["clean"]["deps"]
    assert "src/framelab/cli.py" not in clean  # help texts do not re-run stages
    assert "src/framelab/analysis/stance.py" not in clean


def test_imports_inside_functions_count():
    src = "def f():\n    from framelab.analysis.reuse import passage_reuse\n"
    assert pipeline.imported_modules(src) == {"framelab.analysis.reuse"}


def test_outputs_come_from_the_registry():
    dvc = yaml.safe_load((REPO / "dvc.yaml").read_text(encoding="utf-8"))
    for name, stage in dvc["stages"].items():
        assert stage.get("outs", []) == list(layout.STAGES[name].outs)


def test_stages_depend_on_the_rule_files_their_modules_load():
    from framelab.pipeline import stage_entry

    deps = stage_entry("attribute")["deps"]
    assert "src/framelab/resources/de/attribution.yml" in deps
    assert "src/framelab/resources/de/first_names.yml" in deps
    assert "src/framelab/resources/de/attribution.yml" not in stage_entry("clean")["deps"]
