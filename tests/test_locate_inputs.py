"""Stage locate_inputs: optional inputs outside the repository, fingerprinted or ``missing``, so
that adding ``../shared`` later re-runs the stages that read it."""

import hashlib
import json

import pytest
import yaml

from framelab import pipeline
from framelab.errors import InputError
from framelab.paths import KGNAD_TEST_RELATIVE
from framelab.stages import locate_inputs as stage


def test_the_optional_inputs_are_the_10kgnad_split_and_the_study_second_coding(tmp_path):
    study = tmp_path / "study"
    study.mkdir()
    meta = {"annotations": {"second_coding": "../elsewhere/coder2.csv"}}
    (study / "study.yaml").write_text(yaml.safe_dump(meta), encoding="utf-8")
    assert stage.optional_inputs(str(study)) == sorted(
        ["../elsewhere/coder2.csv", KGNAD_TEST_RELATIVE]
    )
    (study / "study.yaml").write_text("title: x\n", encoding="utf-8")
    assert stage.optional_inputs(str(study)) == [KGNAD_TEST_RELATIVE]


def test_a_file_is_fingerprinted_by_its_bytes_and_an_absent_one_is_missing(tmp_path):
    coding = tmp_path / "coder2.csv"
    coding.write_bytes(b"unit,label\n1,endorse\n")
    assert stage.fingerprint(str(coding)) == hashlib.md5(b"unit,label\n1,endorse\n").hexdigest()
    assert stage.fingerprint(str(tmp_path / "absent.csv")) == "missing"


def test_the_stages_that_read_optional_inputs_depend_on_their_fingerprints():
    entries = {name: pipeline.stage_entry(name) for name in ("stance", "voices_benchmark")}
    assert all("data/processed/optional_inputs.json" in e["deps"] for e in entries.values())
    assert pipeline.stage_entry("locate_inputs")["always_changed"] is True
    assert "always_changed" not in pipeline.stage_entry("clean")


def test_dvc_status_is_current_when_only_the_always_changed_stage_is_listed():
    assert stage.status_is_current({})
    assert stage.status_is_current({"locate_inputs": ["always changed"]})
    changed = [{"changed deps": {"src/framelab/stages/report.py": "modified"}}]
    assert not stage.status_is_current({"locate_inputs": ["always changed"], "report": changed})
    assert not stage.status_is_current({"locate_inputs": ["always changed", *changed]})


def test_the_recorded_fingerprints_must_be_the_files_now(tmp_path, monkeypatch):
    study = tmp_path / "study"
    study.mkdir()
    coding = tmp_path / "coder2.csv"
    meta = {"annotations": {"second_coding": str(coding)}}
    (study / "study.yaml").write_text(yaml.safe_dump(meta), encoding="utf-8")
    out = tmp_path / "optional_inputs.json"
    monkeypatch.setattr(stage.layout, "resolve", lambda rel: out)
    assert not stage.recorded(str(study))  # nothing recorded yet
    out.write_text(json.dumps(stage.fingerprints(str(study))), encoding="utf-8")
    assert stage.recorded(str(study))
    coding.write_text("unit,label\n", encoding="utf-8")  # the second coding appears
    assert not stage.recorded(str(study))


def test_a_malformed_annotations_entry_is_an_input_error(tmp_path):
    (tmp_path / "study.yaml").write_text("annotations: stance_coder2.csv\n", encoding="utf-8")
    with pytest.raises(InputError, match="second_coding"):
        stage.optional_inputs(str(tmp_path))
