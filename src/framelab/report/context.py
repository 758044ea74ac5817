"""The study's words for the report, read through ONE adapter each (swap for ``load_study``).

``study_meta`` turns ``studies/<id>/study.yaml`` (schema v1) into the plain dict the templates
use; ``target_meta`` reads the claims' labels. Nothing else in the report package reads study
files, so when :func:`framelab.study.model.load_study` exists only these two functions change.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from framelab.errors import read_yaml

DEFAULT_STUDY = {
    "id": "study",
    "title": "framelab report",
    "subtitle": "",
    "authors": [{"name": "framelab", "affiliation": ""}],
    "build_stamp": "2025-01-01",
    "language": "de",
    "abstract_context": "",
    "research_questions": [],
    "corpus": {},
    "event": {},
    "camps": {},
    "discussion_notes": [],
    "limitations": [],
}


REVISION_LOG = "annotations/rule_revisions.md"  # a study's record of every rule revision
HISTORY_LOG = "annotations/agreement_history.csv"  # the agreement measured in every round


REVISION_HEADING = re.compile(r"^##\s+(?:Revision\s+)?[Rr]ound\s+(\d+)", re.MULTILINE)


def revision_rounds(log: Path) -> int:
    """Revision rounds a study's log records: its level-2 headings "Round N" or "Revision round
    N" with N >= 1 ("Round 0" is the first rules, before any revision); 0 without a log."""
    if not log.is_file():
        return 0
    return sum(int(n) >= 1 for n in REVISION_HEADING.findall(log.read_text(encoding="utf-8")))


def group_labels(actors: Path) -> dict[str, str]:
    """Actor group id -> the label the report prints: a group's ``label`` where actors.yml gives
    one (``fpoe: {label: FPÖ, description: …}``), else the id with spaces."""
    groups = (read_yaml(actors).get("groups") or {}) if actors.is_file() else {}
    return {
        g: str(v["label"]) if isinstance(v, dict) and v.get("label") else g.replace("_", " ")
        for g, v in groups.items()
    }


def study_meta(path: Path | None) -> dict[str, Any]:
    """Metadata, questions, corpus description, event, camps and prose of a study folder.

    ``path`` is the study folder (or its ``study.yaml``); ``None`` or a missing folder gives
    neutral defaults, so the report still builds. Camps become a list in the study's order with
    ``id``, ``label``, ``short`` and ``definition``; ``discussion`` is the text of
    ``report/discussion.md`` if present; ``revision_rounds`` the rule revisions the study logs
    (:func:`revision_rounds`).
    """
    meta = dict(DEFAULT_STUDY)
    folder = None
    if path is not None:
        path = Path(path)
        folder = path.parent if path.suffix in {".yaml", ".yml"} else path
        if (folder / "study.yaml").is_file():
            meta |= read_yaml(folder / "study.yaml")
    camps = []
    for i, (cid, c) in enumerate((meta.get("camps") or {}).items()):
        c = c or {}
        camps.append(
            {
                "id": cid,
                "label": c.get("label", cid.replace("_", " ")),
                "short": c.get("short", f"C{i + 1}"),
                "definition": c.get("definition", ""),
            }
        )
    meta["camps"] = camps
    meta["build_stamp"] = str(meta.get("build_stamp"))
    meta["revision_rounds"] = revision_rounds(folder / REVISION_LOG) if folder else 0
    meta["group_labels"] = group_labels(folder / "actors.yml") if folder else {}
    discussion = folder / "report" / "discussion.md" if folder else None
    meta["discussion"] = (
        discussion.read_text(encoding="utf-8").strip()
        if discussion and discussion.is_file()
        else ""
    )
    return meta


def target_meta(path: Path) -> dict[str, dict[str, str]]:
    """Claim id -> ``{"claim", "label"}``; ``label`` falls back to the claim sentence."""
    data = read_yaml(path) if Path(path).is_file() else {}
    out = {}
    for tid, t in (data.get("targets") or {}).items():
        claim = str(t.get("claim", tid)).strip()
        out[tid] = {"claim": claim, "label": str(t.get("label") or claim.rstrip("."))}
    return out


def study_path(params: dict, root: Path) -> Path | None:
    """The study folder named by ``params.yaml`` (``study:``), else the only one in studies/."""
    if params.get("study"):
        return root / params["study"]
    found = sorted(p.parent for p in (root / "studies").glob("*/study.yaml"))
    return found[0] if len(found) == 1 else None
