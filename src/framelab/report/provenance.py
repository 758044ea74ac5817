"""Provenance printed in the report: commit, package and compiler versions, parameters."""

from __future__ import annotations

import json
import platform
import re
import subprocess
import tempfile
from importlib import metadata
from pathlib import Path
from typing import Any

from framelab.paths import project_root

PACKAGES = (
    "framelab",
    "pandas",
    "numpy",
    "scikit-learn",
    "simplemma",
    "seaborn",
    "matplotlib",
    "papermill",
    "dvc",
    "typst",
    "pyarrow",
)


def _git(root: Path, *args: str) -> str:
    """The output of ``git ARGS`` run in ``root`` (raises if git fails)."""
    return subprocess.run(
        ["git", *args], cwd=root, capture_output=True, text=True, check=True
    ).stdout


def git_commit(root: Path) -> str:
    """The last commit that changed the inputs (anything but ``dvc.lock``), ``+dirty`` if the
    work tree has uncommitted changes to tracked inputs.

    ``dvc.lock`` is left out on purpose: it records this PDF's hash, so a PDF naming the commit
    that contains the lock could never match it. Commit the lock on its own after ``dvc repro``.
    """
    inputs = ["--", ".", ":(exclude)dvc.lock"]
    try:
        head = _git(root, "log", "-1", "--format=%H", *inputs).strip()
        dirty = _git(root, "status", "--porcelain", "--untracked-files=no", *inputs)
    except (OSError, subprocess.CalledProcessError):
        return "unknown (not a git checkout)"
    if not head:
        return "unknown (no commits yet)"
    return head + ("+dirty" if dirty.strip() else "")


def package_versions() -> dict[str, str]:
    versions = {"python": platform.python_version()}
    for name in PACKAGES:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = "not installed"
    return versions


def flatten(params: dict[str, Any], prefix: str = "") -> list[dict[str, str]]:
    """``{"topics": {"k": 4}}`` -> ``[{"name": "topics.k", "value": "4"}]``."""
    rows = []
    for key, value in params.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            rows.extend(flatten(value, name + "."))
        else:
            rows.append({"name": name, "value": json.dumps(value, ensure_ascii=False)})
    return rows


ANALYSIS_SECTIONS = ("study", "corpus", "clean", "topics", "stance", "reuse", "report")


def analysis_params(params: dict[str, Any]) -> list[dict[str, str]]:
    """The parameters that shaped this run (benchmarks and the like left out), values plain."""
    rows = flatten({k: v for k, v in params.items() if k in ANALYSIS_SECTIONS})
    return [{"name": r["name"], "value": r["value"].strip('"')} for r in rows]


def typst_compiler_version() -> str:
    """The Typst compiler's version as it writes it into a PDF (not the Python binding's)."""
    import typst

    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "v.typ"
        src.write_text("v", encoding="utf-8")
        found = re.search(rb"Typst ([0-9][0-9.]*)", typst.compile(str(src)))
    return found.group(1).decode() if found else "unknown"


def provenance_is_current(provenance_file: Path) -> bool:
    """Whether the report names the commit the work tree is at now."""
    if not Path(provenance_file).is_file():
        return False
    recorded = json.loads(Path(provenance_file).read_text(encoding="utf-8")).get("commit")
    return recorded == git_commit(project_root())
