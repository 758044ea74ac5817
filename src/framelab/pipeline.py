"""The DVC pipeline, derived: ``dvc.yaml`` is generated from the stage registry and the imports.

Each stage depends on exactly the modules it runs: the import closure (module- and function-level
imports, found in the syntax tree) of its entry module ``framelab.stages.<name>`` and, for a
notebook stage, of the notebook's code cells. ``python -m framelab.pipeline`` prints the file;
``make dvc-yaml`` writes it, and a test keeps the committed ``dvc.yaml`` equal to it.
"""

from __future__ import annotations

import ast
import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path

import yaml

from framelab import layout
from framelab.paths import PACKAGE_DIR, RESOURCES, project_root

PACKAGE = "framelab"


@dataclass(frozen=True)
class StageSpec:
    """What a stage reads besides code: data dependencies and the params.yaml keys it uses."""

    deps: tuple[str, ...]
    params: tuple[str, ...]
    notebook: str | None = None
    always_changed: bool = False  # DVC runs it every time (its output changes only with its data)


NOTEBOOK_OUTPUTS = (layout.PASSAGES, layout.ARTICLES)
SPECS: dict[str, StageSpec] = {
    "locate_inputs": StageSpec(
        deps=("${study}/study.yaml",), params=("study",), always_changed=True
    ),
    "clean": StageSpec(
        deps=("${corpus.source}", "${study}/study.yaml", "${clean.rules}"),
        params=("study", "corpus", "clean"),
    ),
    "attribute": StageSpec(
        deps=(layout.PASSAGES, "${study}", "${attribute.lexicon}"),
        params=("study", "attribute"),
    ),
    "topics": StageSpec(
        deps=(*NOTEBOOK_OUTPUTS, "${topics.stopwords}", "${topics.stopwords_extra}"),
        params=("topics",),
        notebook="notebooks/topics.ipynb",
    ),
    "stance": StageSpec(
        deps=(
            *NOTEBOOK_OUTPUTS,
            "${study}",
            "${attribute.lexicon}",
            "${stance.stopwords}",
            layout.OPTIONAL_INPUTS,
        ),
        params=("study", "attribute", "stance"),
        notebook="notebooks/stance.ipynb",
    ),
    "reuse": StageSpec(deps=(layout.PASSAGES, layout.ARTICLES), params=("reuse",)),
    "voices_benchmark": StageSpec(
        deps=("data/annotations", "data/raw/articles", layout.OPTIONAL_INPUTS),
        params=("attribute",),
    ),
    "report": StageSpec(
        deps=(
            "reports/templates",
            "reports/references.bib",
            "${study}",
            "${attribute.lexicon}",
            layout.ARTICLES,
            layout.PASSAGES,
        ),
        params=("study", "corpus", "clean", "attribute", "reuse", "topics", "stance", "report"),
    ),
}
REPORT_READS = ("clean", "attribute", "topics", "stance", "reuse", "voices_benchmark")


def module_file(module: str) -> Path | None:
    """The source file of a ``framelab`` module (package ``__init__`` for packages)."""
    rel = Path(*module.split(".")[1:])
    for candidate in (PACKAGE_DIR / rel / "__init__.py", PACKAGE_DIR / f"{rel}.py"):
        if candidate.is_file():
            return candidate
    return None


def imported_modules(source: str, current: str = PACKAGE) -> set[str]:
    """``framelab`` modules imported anywhere in a source text (``from framelab import x`` too)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names if a.name.split(".")[0] == PACKAGE}
        elif isinstance(node, ast.ImportFrom) and node.module:
            base = node.module if node.level == 0 else _relative(current, node)
            if base.split(".")[0] != PACKAGE:
                continue
            found.add(base)
            found |= {f"{base}.{a.name}" for a in node.names if module_file(f"{base}.{a.name}")}
    return {m for m in found if module_file(m)}


def _relative(current: str, node: ast.ImportFrom) -> str:
    parts = current.split(".")[: -node.level]
    return ".".join([*parts, node.module])


def closure(roots: set[str]) -> set[str]:
    """Every framelab module reachable from ``roots``, with the packages that contain them."""
    seen: set[str] = set()
    todo = sorted(roots)
    while todo:
        module = todo.pop()
        if module in seen:
            continue
        seen.add(module)
        parents = {".".join(module.split(".")[:i]) for i in range(1, module.count(".") + 1)}
        source = module_file(module).read_text(encoding="utf-8")
        todo += sorted((imported_modules(source, module) | parents) - seen)
    return seen


def notebook_source(path: Path) -> str:
    """The code cells of a notebook as one source text."""
    nb = json.loads(path.read_text(encoding="utf-8"))
    cells = ["".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "code"]
    return "\n".join(c for c in cells if not c.lstrip().startswith(("%", "!")))


# a module's own data file, anchored at the package: RESOURCE = RESOURCES / "de" / "cues.yml"
RESOURCE_FILE = re.compile(r'\bRESOURCES\s*/\s*"(\w+)"\s*/\s*"([\w.-]+)"')


def module_resources(path: Path) -> list[Path]:
    """The resource files a module loads by a fixed path (rules and lexicons are data, so a
    changed file must rerun the stage, like changed code)."""
    found = RESOURCE_FILE.findall(path.read_text(encoding="utf-8"))
    return [RESOURCES / lang / name for lang, name in found]


def stage_modules(stage: str, root: Path | None = None) -> list[str]:
    """The framelab modules a stage runs and the resource files they load, as repository
    paths, sorted."""
    root = root or project_root()
    roots = {f"{PACKAGE}.stages.{stage}"}
    spec = SPECS[stage]
    if spec.notebook:
        roots |= imported_modules(notebook_source(root / spec.notebook))
    files = [module_file(m) for m in closure(roots)]
    files += [r for f in files for r in module_resources(f)]
    return sorted({f.relative_to(PACKAGE_DIR.parents[1]).as_posix() for f in files})


def stage_entry(stage: str) -> dict:
    """One stage of dvc.yaml."""
    spec = SPECS[stage]
    outputs = layout.STAGES[stage]
    upstream = [
        o for s in REPORT_READS for o in (*layout.STAGES[s].outs, *layout.STAGES[s].metrics)
    ]
    deps = [*([spec.notebook] if spec.notebook else []), *spec.deps]
    if stage == "report":
        deps += [o for o in upstream if o.startswith(f"{layout.REPORTS}/") and ".ipynb" not in o]
    entry = {
        "cmd": f"python -m {PACKAGE}.stages.{stage}",
        "deps": [*dict.fromkeys(deps), *stage_modules(stage)],
        "params": list(spec.params),
    }
    if spec.always_changed:
        entry["always_changed"] = True
    if outputs.outs:
        entry["outs"] = list(outputs.outs)
    if outputs.metrics:
        entry["metrics"] = list(outputs.metrics)
    return entry


HEADER = """\
# GENERATED by `make dvc-yaml` (python -m framelab.pipeline) from framelab.layout (outputs),
# framelab.pipeline.SPECS (data dependencies and params keys) and the import graph of each stage
# (code dependencies). Do not edit by hand: a test checks that this file equals the generated one.
"""


def dvc_yaml() -> str:
    """The full text of dvc.yaml."""
    stages = {name: stage_entry(name) for name in layout.STAGES if name in SPECS}
    body = yaml.safe_dump({"stages": stages}, sort_keys=False, width=100)
    return HEADER + body


if __name__ == "__main__":
    sys.stdout.write(dvc_yaml())
