"""Every round of the voices gold passes its own checker (verbatim text, counts, selection)."""

import subprocess
import sys
from pathlib import Path

import pytest

from framelab import paths

ANNOTATIONS = paths.resolve("data/annotations")
GNAD = paths.resolve("../shared/corpora/10kgnad/test.csv")
CHECKERS = sorted(Path(ANNOTATIONS).glob("voices_gold*_check.py"))


def test_every_gold_round_has_a_checker():
    rounds = sorted(Path(ANNOTATIONS).glob("voices_gold*_articles.csv"))
    assert len(CHECKERS) == len(rounds) >= 6


@pytest.mark.parametrize("checker", CHECKERS, ids=lambda p: p.name)
def test_gold_round_passes_its_checker(checker):
    if not Path(GNAD).is_file():
        pytest.skip(f"{GNAD} not found (the 10kGNAD corpus is in ../shared)")
    done = subprocess.run(
        [sys.executable, str(checker)],
        cwd=paths.resolve("."),
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode == 2 and "not found" in done.stdout:
        # a set whose corpus is outside ../shared (wiki41): skipped, not an error
        pytest.skip(done.stdout.strip().removeprefix("ERROR: "))
    assert done.returncode == 0, done.stdout + done.stderr
    assert ", 0 errors" in done.stdout
