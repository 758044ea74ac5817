"""End to end: `dvc repro` in a copy of the project, on the tiny fixture corpus and on the seeds."""

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from pypdf import PdfReader

from framelab.stages.locate_inputs import status_is_current

from .conftest import REPO

pytestmark = pytest.mark.slow
SECTIONS = [
    "Abstract",
    "Introduction and research questions",
    "Data",
    "Methods",
    "Results",
    "Validity and reliability",
    "Discussion",
    "Limitations",
    "Data, code and ethics",
    "References",
]
SUPPLEMENT = ["Stance decisions", "Framing lexicon", "Parameters and provenance"]


def copy_project(dest: Path) -> Path:
    files = subprocess.run(
        ["git", "ls-files", "--cached", "--others", "--exclude-standard", "-z"],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    for rel in filter(None, files.split("\0")):
        src = REPO / rel
        if src.is_file():
            (dest / rel).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, dest / rel)
    git = ["git", "-c", "user.name=test", "-c", "user.email=test@example.invalid"]
    subprocess.run([*git, "init", "-q"], cwd=dest, check=True)
    subprocess.run([*git, "add", "-A"], cwd=dest, check=True)
    subprocess.run([*git, "commit", "-q", "-m", "copy"], cwd=dest, check=True)
    return dest


def dvc_repro(root: Path, *args: str) -> subprocess.CompletedProcess:
    env = os.environ | {
        "FRAMELAB_ROOT": str(root),
        "DVC_NO_ANALYTICS": "1",
        "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}",
    }
    result = subprocess.run(
        ["dvc", "repro", *args], cwd=root, env=env, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return result


def uptodate(root: Path) -> int:
    """Exit code of ``python -m framelab.stages.uptodate`` in the project copy."""
    env = os.environ | {"FRAMELAB_ROOT": str(root)}
    return subprocess.run(
        [sys.executable, "-m", "framelab.stages.uptodate"], cwd=root, env=env
    ).returncode


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


@pytest.mark.parametrize(
    ("corpus", "n_articles"), [("tests/fixtures/tiny_corpus", 3), ("data/raw", 5)]
)
def test_dvc_repro_builds_the_report(tmp_path, corpus, n_articles):
    root = copy_project(tmp_path / "project")
    params = yaml.safe_load((root / "params.yaml").read_text(encoding="utf-8"))
    params["corpus"]["source"] = corpus
    (root / "params.yaml").write_text(yaml.safe_dump(params, sort_keys=False), encoding="utf-8")
    dvc_repro(root)
    pdf = root / "reports" / "report.pdf"
    assert pdf.stat().st_size > 10_000
    text = pdf_text(pdf)
    for section in SECTIONS:
        assert section in text, section
    assert f"{n_articles} articles" in text
    assert re.findall(r"\(\d{4},\s*\)", text) == []  # a reference's year without a stray comma
    supplement = pdf_text(root / "reports" / "supplement.pdf")
    for section in SUPPLEMENT:
        assert section in supplement, section
    status = subprocess.run(
        [str(Path(sys.executable).parent / "dvc"), "status", "--json"],
        cwd=root,
        capture_output=True,
        text=True,
        check=True,
        env=os.environ | {"FRAMELAB_ROOT": str(root)},
    )
    assert status.stdout.strip(), status.stderr  # the always-changed stage is listed
    assert status_is_current(json.loads(status.stdout)), status.stdout
    assert uptodate(root) == 0  # make repro's fast path agrees with dvc status
    assert (root / ".dvc/tmp/framelab-uptodate.json").is_file()  # ... and stamped it
    assert uptodate(root) == 0  # answered from the stamp
    if corpus == "data/raw":  # the seeds' coding: dev agreement while writing rules
        agreement = subprocess.run(
            [sys.executable, "-m", "framelab", "agreement", "--split", "dev"],
            cwd=root,
            capture_output=True,
            text=True,
            env=os.environ | {"FRAMELAB_ROOT": str(root)},
        )
        assert agreement.stdout.splitlines() == [
            "dev: 75 coded units (50 absent); 25 mentioned by the coder or the rules, "
            "25 agree; α = 1.000, macro-F1 = 1.000"
        ]
    (root / "params.yaml").write_text(
        yaml.safe_dump(params | {"stance": params["stance"] | {"n_boot": 999}}, sort_keys=False),
        encoding="utf-8",
    )
    assert uptodate(root) == 1
    for raw in (root / corpus).rglob("*"):
        assert raw.is_dir() or raw.read_bytes() == (REPO / raw.relative_to(root)).read_bytes()
