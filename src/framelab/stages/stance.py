"""Stage ``stance``: runs ``notebooks/stance.ipynb`` with the ``stance`` section of params."""

from __future__ import annotations

import sys

from framelab.stages._entry import run_stage
from framelab.stages._notebook import run_notebook_stage


def main() -> int:
    return run_stage("stance", lambda: run_notebook_stage("stance"))


if __name__ == "__main__":
    sys.exit(main())
