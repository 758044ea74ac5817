"""``framelab study new NAME`` (scaffold a study folder) and ``framelab study use FOLDER``.

The scaffold is a valid study whose every entry says TODO: it loads, runs and shows where to
write. ``use`` points ``params.yaml`` at a study and at the corpus its ``study.yaml`` names.
"""

from __future__ import annotations

import re
from pathlib import Path

from framelab import paths
from framelab.errors import InputError, Problem
from framelab.study.files import read_study_yaml

TEMPLATE = paths.RESOURCES / "study_template"
NAME = re.compile(r"^[a-z0-9][a-z0-9_-]*$")


def new_study(name: str, parent: Path) -> Path:
    """Create ``parent/name`` from the commented template; refuses to overwrite anything."""
    folder = Path(parent) / name
    if not NAME.match(name):
        raise InputError([Problem(name, "a study name is lower-case letters, digits, - and _")])
    if folder.exists():
        raise InputError([Problem(str(folder), "exists already; choose another name")])
    for source in sorted(TEMPLATE.rglob("*")):
        if source.is_file():
            target = folder / source.relative_to(TEMPLATE)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(_fill(source.read_text(encoding="utf-8"), name), encoding="utf-8")
    return folder


def _fill(text: str, name: str) -> str:
    return text.replace("{id}", name).replace("{{", "{").replace("}}", "}")


def use_study(folder: Path, params_file: Path) -> str:
    """Set ``study`` and ``corpus.source`` in params.yaml (comments kept); returns the source."""
    root = paths.resolve(folder)
    meta = read_study_yaml(root)
    source = str(meta["corpus"]["source"])
    text = params_file.read_text(encoding="utf-8")
    text, n_study = re.subn(r"(?m)^study: *\S+", f"study: {_rel(root)}", text, count=1)
    text, n_source = re.subn(r"(?m)^(  source: *)\S+", rf"\g<1>{source}", text, count=1)
    if not (n_study and n_source):
        raise InputError([Problem(params_file.name, "no `study:` or `corpus.source:` line")])
    params_file.write_text(text, encoding="utf-8")
    return source


def _rel(root: Path) -> str:
    try:
        return root.relative_to(paths.project_root()).as_posix()
    except ValueError:
        return root.as_posix()
