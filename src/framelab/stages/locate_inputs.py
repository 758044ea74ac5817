"""Stage ``locate_inputs``: the optional inputs outside the repository, located and fingerprinted.

Two stages read files that may be absent on a machine: ``voices_benchmark`` reads the 10kGNAD
test split (``../shared/corpora/10kgnad/test.csv``) and ``stance`` the study's second coding
(``annotations.second_coding`` in ``study.yaml``, ``../shared/annotations/…`` for the Kursk
study). A DVC dependency on a missing file would stop the pipeline, so they depend on this
stage's ``data/processed/optional_inputs.json`` instead: each optional input's path with the MD5
of its bytes, or ``missing``. DVC runs the stage every time (``always_changed``), and the file's
bytes change only when an input appears, disappears or changes, so adding ``../shared`` after a
first ``make repro`` re-runs the two stages that read optional inputs (both, whichever input
changed: they share one fingerprint file) and the report. ``dvc status`` therefore always lists
this stage as "always changed"; the pipeline is current when that is all it lists
(:func:`status_is_current`) and the recorded fingerprints are the files' (:func:`recorded`).
"""

from __future__ import annotations

import sys

from framelab import config, layout, paths
from framelab.stages._entry import run_stage


def optional_inputs(study_dir: str) -> list[str]:
    """The optional inputs' paths as the project reads them, sorted."""
    from framelab.errors import InputError, Problem, read_yaml

    shown = paths.resolve(study_dir) / "study.yaml"
    meta = read_yaml(shown) or {}
    annotations = meta.get("annotations") or {}
    second = annotations.get("second_coding") if isinstance(annotations, dict) else None
    if not isinstance(annotations, dict) or not isinstance(second, str | None):
        wrong = "annotations must be a mapping with a file path as second_coding"
        raise InputError([Problem(str(shown), wrong)])
    return sorted({paths.KGNAD_TEST_RELATIVE, *([second] if second else [])})


def fingerprint(path: str) -> str:
    """The MD5 of a file's bytes, or ``missing``."""
    import hashlib

    file = paths.resolve(path)
    if not file.is_file():
        return "missing"
    digest = hashlib.md5(usedforsecurity=False)
    with open(file, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def fingerprints(study_dir: str) -> dict[str, str]:
    """Each optional input's fingerprint now."""
    return {path: fingerprint(path) for path in optional_inputs(study_dir)}


def recorded(study_dir: str) -> bool:
    """Whether the stage's output records the optional inputs as they are now."""
    import json

    try:
        text = layout.resolve(layout.OPTIONAL_INPUTS).read_text(encoding="utf-8")
        return json.loads(text) == fingerprints(study_dir)
    except (OSError, ValueError):
        return False


def status_is_current(status: dict) -> bool:
    """Whether ``dvc status`` (its JSON) finds nothing to do but run this always-changed stage."""
    return all(
        name == "locate_inputs" and changes == ["always changed"]
        for name, changes in status.items()
    )


def locate_inputs(cfg: config.Config) -> dict[str, str]:
    """Write each optional input's fingerprint."""
    import os

    from framelab.io.outputs import write_json

    found = fingerprints(cfg.study)
    out = layout.resolve(layout.OPTIONAL_INPUTS)
    out.parent.mkdir(parents=True, exist_ok=True)
    partial = out.with_suffix(".tmp")
    write_json(found, partial)
    os.replace(partial, out)  # never half-written for the fast path's reader
    return found


def main() -> int:
    return run_stage("locate_inputs", lambda: locate_inputs(config.load()))


if __name__ == "__main__":
    sys.exit(main())
