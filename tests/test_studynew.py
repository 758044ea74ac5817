"""`framelab study new` gives a valid, loadable study; `study use` points params.yaml at one."""

import pytest

from framelab.cli import main
from framelab.study.model import load_study

from .conftest import REPO, RESOURCES, SCARE


def test_new_study_loads_and_every_entry_says_todo(tmp_path, capsys):
    assert main(["study", "new", "my-event", "--parent", str(tmp_path)]) == 0
    folder = tmp_path / "my-event"
    study = load_study(folder, RESOURCES / "framing.yml", SCARE)
    assert study.id == "my-event"
    assert [t.name for t in study.targets] == ["example_claim"]
    assert "TODO" in (folder / "study.yaml").read_text(encoding="utf-8")
    assert "fill in every TODO" in capsys.readouterr().out


def test_new_study_refuses_to_overwrite(tmp_path, capsys):
    (tmp_path / "x").mkdir()
    assert main(["study", "new", "x", "--parent", str(tmp_path)]) == 2
    assert "exists already" in capsys.readouterr().err


def test_use_sets_study_and_corpus_source(tmp_path, monkeypatch):
    (tmp_path / "studies").symlink_to(REPO / "studies")
    params = tmp_path / "params.yaml"
    params.write_text((REPO / "params.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    monkeypatch.setenv("FRAMELAB_ROOT", str(tmp_path))
    assert main(["study", "use", "studies/refugees-2015"]) == 0
    text = params.read_text(encoding="utf-8")
    assert "\nstudy: studies/refugees-2015" in text
    assert "  source: ../shared/corpora/10kgnad/test.csv" in text
    assert text.count("#") == (REPO / "params.yaml").read_text(encoding="utf-8").count("#")


@pytest.mark.parametrize("bad", ["Big Name", "../x"])
def test_new_study_names_are_checked(tmp_path, bad, capsys):
    assert main(["study", "new", bad, "--parent", str(tmp_path)]) == 2
