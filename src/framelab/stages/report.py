"""Stage ``report``: the paper and its supplement, every number read from the stage outputs."""

from __future__ import annotations

import sys

from framelab import layout, paths
from framelab.config import PARAMS_FILE
from framelab.stages._entry import run_stage

TEMPLATES = "reports/templates"


def report() -> None:
    """Compile ``report.pdf`` and ``supplement.pdf`` and record their provenance."""
    from framelab.report.build import build_report

    build_report(
        template=paths.resolve(f"{TEMPLATES}/main.typ"),
        output=layout.resolve(layout.REPORT_PDF),
        params_file=paths.resolve(PARAMS_FILE),
        provenance_file=layout.resolve(layout.PROVENANCE),
        supplement_template=paths.resolve(f"{TEMPLATES}/supplement.typ"),
        supplement=layout.resolve(layout.SUPPLEMENT_PDF),
    )


def main() -> int:
    return run_stage("report", report)


if __name__ == "__main__":
    sys.exit(main())
