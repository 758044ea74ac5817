"""Every path the project uses, anchored at this file (never at the current directory).

``ROOT`` is the repository root: two levels above ``src/framelab``. It can be overridden with the
environment variable ``FRAMELAB_ROOT`` (used by tests that run the pipeline in a copy of the repo).
"""

from __future__ import annotations

import os
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
RESOURCES = PACKAGE_DIR / "resources"


def project_root() -> Path:
    """The repository root: ``$FRAMELAB_ROOT`` if set, else the folder above ``src/``."""
    override = os.environ.get("FRAMELAB_ROOT")
    if override:
        return Path(override).resolve()
    return PACKAGE_DIR.parents[1]


ROOT = project_root()
DATA_RAW = ROOT / "data" / "raw"  # for notebooks (notebooks/explore/README.md); stages read params
DATA_PROCESSED = ROOT / "data" / "processed"
REPORTS = ROOT / "reports"
SHARED = ROOT.parent / "shared"
KGNAD_TEST_RELATIVE = "../shared/corpora/10kgnad/test.csv"  # as the project reads it
"""The 10kGNAD test split (benchmarks and the voices gold). Not a DVC dependency: a machine
without ``../shared`` still runs the pipeline, and the benchmark stage then says so."""
KGNAD_TEST = ROOT / KGNAD_TEST_RELATIVE


def resolve(path: str | os.PathLike[str]) -> Path:
    """Resolve a project-relative path (as written in params.yaml) against the repository root."""
    p = Path(path)
    return p if p.is_absolute() else project_root() / p
