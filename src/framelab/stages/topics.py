"""Stage ``topics``: runs ``notebooks/topics.ipynb`` with the ``topics`` section of params."""

from __future__ import annotations

import sys

from framelab.stages._entry import run_stage
from framelab.stages._notebook import run_notebook_stage


def main() -> int:
    return run_stage("topics", lambda: run_notebook_stage("topics"))


if __name__ == "__main__":
    sys.exit(main())
