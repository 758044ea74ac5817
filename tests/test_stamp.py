"""The stat stamp behind ``make repro``'s no-op fast path."""

from __future__ import annotations

import os

import pytest

from framelab.runtime.stamp import STAMP, forget_stamp, locked_paths, stamp_holds, write_stamp

LOCK = """schema: '2.0'
stages:
  clean:
    cmd: python -m framelab.stages.clean
    deps:
    - path: data/raw
      md5: 0.dir
    - path: src/code.py
      md5: 1
    outs:
    - path: data/processed/passages.parquet
      md5: 2
"""


@pytest.fixture
def project(tmp_path):
    (tmp_path / "data/raw").mkdir(parents=True)
    (tmp_path / "data/processed").mkdir(parents=True)
    (tmp_path / "src").mkdir()
    (tmp_path / "dvc.lock").write_text(LOCK, encoding="utf-8")
    (tmp_path / "dvc.yaml").write_text("stages: {}\n", encoding="utf-8")
    (tmp_path / "params.yaml").write_text("a: 1\n", encoding="utf-8")
    (tmp_path / "data/raw/001.txt").write_text("Text.\n", encoding="utf-8")
    (tmp_path / "src/code.py").write_text("x = 1\n", encoding="utf-8")
    (tmp_path / "data/processed/passages.parquet").write_bytes(b"PAR1")
    return tmp_path


def test_locked_paths_lists_deps_outs_and_pipeline_files(project):
    assert locked_paths(project) == [
        ".dvc/config",
        "data/processed/passages.parquet",
        "data/raw",
        "dvc.lock",
        "dvc.yaml",
        "params.yaml",
        "src/code.py",
    ]


def test_stamp_holds_until_a_file_changes(project):
    assert not stamp_holds(project)  # no stamp yet
    write_stamp(project)
    assert stamp_holds(project)
    code = project / "src/code.py"
    code.write_text("x = 2\n", encoding="utf-8")
    os.utime(code, ns=(1, 1))
    assert not stamp_holds(project)


@pytest.mark.parametrize(
    "change",
    [
        lambda p: (p / "data/raw/002.txt").write_text("New.\n", encoding="utf-8"),
        lambda p: (p / "data/raw/001.txt").unlink(),
        lambda p: (p / "data/processed/passages.parquet").unlink(),
        lambda p: (p / "params.yaml").write_text("a: 22\n", encoding="utf-8"),
        lambda p: (p / ".dvc/config").write_text("[core]\n", encoding="utf-8"),
    ],
    ids=["file added to a folder", "file removed", "output removed", "params", "dvc config"],
)
def test_any_change_breaks_the_stamp(project, change):
    write_stamp(project)
    change(project)
    assert not stamp_holds(project)


def test_an_unreadable_or_forgotten_stamp_does_not_hold(project):
    write_stamp(project)
    (project / STAMP).write_text("{not json", encoding="utf-8")
    assert not stamp_holds(project)
    write_stamp(project)
    forget_stamp(project)
    assert not stamp_holds(project)
