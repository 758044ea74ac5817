"""A stat stamp of the pipeline's files, so ``make repro`` can tell "nothing to do" without DVC.

``dvc status`` parses ``dvc.yaml`` and ``dvc.lock`` with a pure-Python YAML reader and walks
every dependency; that is over a second of a no-op ``make repro``. After ``dvc status`` has once
found every stage up to date, :func:`write_stamp` records size and modification time (ns) of
every file the lock file names (folders file by file, so an added or removed file counts),
plus ``dvc.yaml``, ``dvc.lock``, ``params.yaml`` and ``.dvc/config``. While :func:`stamp_holds`,
no file has been written since, and DVC would answer the same: its own state database trusts the
same size and mtime to skip re-hashing. Any difference, a missing or unreadable stamp, sends
``make repro`` back to ``dvc status``.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

STAMP = Path(".dvc/tmp/framelab-uptodate.json")
PIPELINE_FILES = ("dvc.yaml", "dvc.lock", "params.yaml", ".dvc/config")


def locked_paths(root: Path) -> list[str]:
    """Every dependency and output path ``dvc.lock`` records, and the pipeline files (sorted)."""
    import yaml

    lock = yaml.load((root / "dvc.lock").read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
    paths = set(PIPELINE_FILES)
    for stage in (lock or {}).get("stages", {}).values():
        for key in ("deps", "outs"):
            paths.update(entry["path"] for entry in stage.get(key, []))
    return sorted(paths)


def file_state(root: Path, rel: str) -> list | None:
    """``[size, mtime_ns]`` of a file, ``{name: [size, mtime_ns]}`` of a folder's files (all
    depths), or None when the path is missing."""
    path = root / rel
    if path.is_dir():
        found = {}
        for folder, _, files in os.walk(path):
            for name in files:
                full = Path(folder) / name
                stat = full.stat()
                found[full.relative_to(path).as_posix()] = [stat.st_size, stat.st_mtime_ns]
        return dict(sorted(found.items()))
    try:
        stat = path.stat()
    except FileNotFoundError:
        return None
    return [stat.st_size, stat.st_mtime_ns]


def snapshot(root: Path, rels: list[str]) -> dict:
    """The state of each of ``rels`` under ``root``."""
    return {rel: file_state(root, rel) for rel in rels}


def write_stamp(root: Path) -> None:
    """Record the current state of every locked path (call only when DVC found all current)."""
    state = snapshot(root, locked_paths(root))
    target = root / STAMP
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_suffix(".tmp")
    partial.write_text(json.dumps(state, sort_keys=True), encoding="utf-8")
    os.replace(partial, target)


def stamp_holds(root: Path) -> bool:
    """Whether every path in the stamp is in the state it was when the stamp was written."""
    try:
        recorded = json.loads((root / STAMP).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    if not isinstance(recorded, dict) or not recorded:
        return False
    return snapshot(root, list(recorded)) == recorded


def forget_stamp(root: Path) -> None:
    """Remove the stamp (the next check asks DVC)."""
    (root / STAMP).unlink(missing_ok=True)
