"""``make repro``'s fast path: exit 0 when there is nothing to do, in one short process.

Nothing to do means: ``dvc status`` finds every stage up to date and the report names the
commit the work tree is at (:func:`framelab.report.provenance.provenance_is_current`). Any
other answer, or any error, exits 1 and ``make repro`` runs ``dvc repro`` as usual. Calling
DVC's Python API here instead of ``dvc status`` and ``framelab provenance-current`` as two
commands saves a second interpreter start-up, which is most of a no-op run.
"""

from __future__ import annotations

import sys

from framelab import layout
from framelab.paths import project_root


def pipeline_is_current() -> bool:
    """Every DVC stage up to date and the report's provenance naming the current commit."""
    from dvc.repo import Repo

    from framelab.report.provenance import provenance_is_current

    root = project_root()
    with Repo(str(root)) as repo:
        if repo.status():
            return False
    return provenance_is_current(layout.resolve(layout.PROVENANCE))


def main() -> int:
    try:
        return 0 if pipeline_is_current() else 1
    except Exception:  # any doubt means: let dvc repro decide
        return 1


if __name__ == "__main__":
    sys.exit(main())
