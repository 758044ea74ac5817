"""A study is a folder of data files (``studies/<id>/``, schema in ``docs/studies.md``).

:func:`load_study` reads and checks all of it at once — ``study.yaml``, the event-specific markers,
the targets (claims), the speaker gazetteer and the naming pairs — and runs every rule's own
examples. Every problem is reported with its file (and line) in one :class:`InputError`.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from framelab import paths
from framelab.errors import InputError, Problem
from framelab.study.files import Camp, Event, camps_of, event_of, read_study_yaml


@dataclass(frozen=True)
class Study:
    """A study's metadata (``meta``: study.yaml as read) and its checked resources."""

    root: Path
    meta: dict[str, Any]
    camps: dict[str, Camp]
    event: Event
    lexicon: Any
    targets: tuple
    gazetteer: Any
    naming_pairs: list[dict]

    @property
    def id(self) -> str:
        return self.meta["id"]

    @property
    def corpus(self) -> dict[str, Any]:
        return self.meta["corpus"]

    def file(self, name: str) -> Path | None:
        """A file of the study folder, or None if the study does not have it."""
        path = self.root / name
        return path if path.exists() else None


def load_study(
    folder: str | Path, lexicon: str | Path, scare_max_words: int, check_examples: bool = True
) -> Study:
    """Read and check a study folder against the generic lexicon (all problems at once).
    ``check_examples=False`` leaves out running the targets' examples through the attribution
    (about a second for loading the tagger): for the stance stage, whose study the attribute
    stage checked in the same run (it depends on the whole study folder, so it re-runs first
    whenever a rule file changes)."""
    root = paths.resolve(folder)
    meta = read_study_yaml(root)
    from framelab.analysis import markers, naming, stance

    problems: list[Problem] = []
    lex = _collect(
        problems,
        markers.load_lexicon,
        paths.resolve(lexicon),
        _opt(root, "markers.yml"),
        scare_max_words,
    )
    targets = ()
    if lex is not None:
        targets = (
            _collect(problems, stance.load_targets, root / "targets.yml", lex, check_examples) or ()
        )
    actors = _opt(root, "actors.yml")
    gazetteer = _collect(problems, load_actors, actors) if actors else None
    pairs_file = _opt(root, "naming.yml")
    pairs = (_collect(problems, naming.load_pairs, pairs_file) if pairs_file else []) or []
    if problems:
        raise InputError(problems)
    return Study(root, meta, camps_of(meta), event_of(meta), lex, targets, gazetteer, pairs)


def _opt(root: Path, name: str) -> Path | None:
    path = root / name
    return path if path.is_file() else None


def _collect(problems: list[Problem], loader, *args):
    try:
        return loader(*args)
    except InputError as exc:
        problems.extend(exc.problems)
        return None


def load_actors(path: Path) -> dict[str, tuple[str, str]]:
    """The gazetteer ``alias → (name, group)`` of an actors.yml; groups must be declared."""
    from framelab.attribution.gazetteer import gazetteer_from_actors
    from framelab.errors import read_yaml

    data = read_yaml(path)
    groups = set(data.get("groups") or {})
    problems = [
        Problem(Path(path).name, f"{a.get('name')}: group {a.get('group')!r} is not in groups")
        for a in data.get("actors") or []
        if a.get("group") not in groups
    ]
    if problems:
        raise InputError(problems)
    return gazetteer_from_actors(data)
