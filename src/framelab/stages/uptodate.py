"""``make repro``'s fast path: exit 0 when there is nothing to do, in one short process.

Nothing to do means: ``dvc status`` finds every stage up to date (but the always-changed
``locate_inputs``), the optional inputs outside the repository are as that stage last recorded
them, and the report names the commit the work tree is at
(:func:`framelab.report.provenance.provenance_is_current`). Any
other answer, or any error, exits 1 and ``make repro`` runs ``dvc repro`` as usual. Calling
DVC's Python API here instead of ``dvc status`` and ``framelab provenance-current`` as two
commands saves a second interpreter start-up. Once DVC has found everything current, a stat
stamp of the pipeline's files (:mod:`framelab.runtime.stamp`) answers the next calls without
importing DVC at all, until any of those files changes.
"""

from __future__ import annotations

import sys

from framelab import layout
from framelab.paths import project_root


def pipeline_is_current() -> bool:
    """Every DVC stage up to date and the report's provenance naming the current commit."""
    from framelab import config
    from framelab.report.provenance import provenance_is_current
    from framelab.runtime.stamp import stamp_holds, write_stamp
    from framelab.stages.locate_inputs import recorded

    root = project_root()
    if not provenance_is_current(layout.resolve(layout.PROVENANCE)):
        return False
    if not recorded(config.load().study):
        return False  # ../shared appeared, went or changed since the last run
    if stamp_holds(root):
        return True
    if not dvc_finds_current(root):
        return False
    write_stamp(root)
    return True


def dvc_finds_current(root) -> bool:
    """``dvc status`` reports every stage up to date (but the always-changed one)."""
    from dvc.repo import Repo

    from framelab.stages.locate_inputs import status_is_current

    with Repo(str(root)) as repo:
        return status_is_current(repo.status())


def main() -> int:
    try:
        return 0 if pipeline_is_current() else 1
    except Exception:  # any doubt means: let dvc repro decide
        return 1


if __name__ == "__main__":
    sys.exit(main())
