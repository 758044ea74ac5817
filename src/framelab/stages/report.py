"""Stage ``report``: the PDF report, every number read from the other stages' outputs."""

from __future__ import annotations

import sys

from framelab import layout, paths
from framelab.config import PARAMS_FILE
from framelab.stages._entry import run_stage

TEMPLATE = "reports/report.typ"


def report() -> None:
    """Compile the report template into ``reports/report.pdf`` and record its provenance."""
    from framelab.report import build_report

    build_report(
        template=paths.resolve(TEMPLATE),
        output=layout.resolve(layout.REPORT_PDF),
        params_file=paths.resolve(PARAMS_FILE),
        provenance=layout.resolve(layout.PROVENANCE),
    )


def main() -> int:
    return run_stage("report", report)


if __name__ == "__main__":
    sys.exit(main())
