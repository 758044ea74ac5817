"""Touching any module under src/framelab makes exactly the stages that import it stale, as
`dvc status` itself reports (in a copy of the project with the committed dvc.lock)."""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from .conftest import REPO

pytestmark = pytest.mark.slow


def changed_deps(root: Path) -> dict[str, set[str]]:
    """``{stage: {dep paths dvc status reports as changed}}``."""
    dvc = str(Path(sys.executable).parent / "dvc")
    out = subprocess.run(
        [dvc, "status", "--json"],
        cwd=root,
        capture_output=True,
        text=True,
        env=os.environ | {"DVC_NO_ANALYTICS": "1"},
        check=True,
    ).stdout
    status = json.loads(out or "{}")
    return {
        stage: {
            p
            for entry in entries
            if isinstance(entry, dict)
            for p in (entry.get("changed deps") or {})
        }
        for stage, entries in status.items()
    }


def test_touching_a_module_makes_exactly_its_importers_stale(tmp_path):
    root = tmp_path / "p"
    files = subprocess.run(
        ["git", "ls-files", "-z"], cwd=REPO, capture_output=True, text=True, check=True
    ).stdout
    for rel in filter(None, files.split("\0")):
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(REPO / rel, root / rel)
    subprocess.run(["git", "init", "-q"], cwd=root, check=True)
    stages = yaml.safe_load((root / "dvc.yaml").read_text(encoding="utf-8"))["stages"]
    before = changed_deps(root)
    stale_lock = {s: sorted(p for p in d if p.startswith("src/")) for s, d in before.items()}
    stale_lock = {s: d for s, d in stale_lock.items() if d}
    assert stale_lock == {}, "the committed dvc.lock is stale (run `make repro`, commit dvc.lock)"
    wrong = {}
    for module in sorted((root / "src/framelab").rglob("*.py")):
        rel = module.relative_to(root).as_posix()
        text = module.read_text(encoding="utf-8")
        module.write_text(text + "\n# touched\n", encoding="utf-8")
        after = changed_deps(root)
        module.write_text(text, encoding="utf-8")
        stale = {s for s, deps in after.items() if rel in deps - before.get(s, set())}
        expected = {s for s, st in stages.items() if rel in st.get("deps", [])}
        if stale != expected:
            wrong[rel] = (sorted(stale), sorted(expected))
    assert wrong == {}
