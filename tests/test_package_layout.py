"""The package layout shows the pipeline, and lower layers never import upper ones."""

from pathlib import Path

import pytest

from framelab.paths import PACKAGE_DIR
from framelab.pipeline import imported_modules

CORE = {
    "__init__",
    "__main__",
    "cli",
    "config",
    "errors",
    "layout",
    "paths",
    "pipeline",
    "sentences",
    "text",
}
SUBPACKAGES = {
    "io",
    "clean",
    "attribution",
    "analysis",
    "topics",
    "study",
    "runtime",
    "stages",
    "report",
    "viz",
    "lab",
}
# A module may import its own layer and the layers before it, never a later one. The method
# packages share a layer (attribution matches the markers lexicon; a study loads its targets).
LAYERS = [
    {"errors", "paths", "text", "sentences", "config", "layout", "io", "runtime"},
    {"clean", "study", "attribution", "analysis", "topics", "viz"},
    {"report", "lab", "front"},
    {"stages", "pipeline"},
    {"cli", "__main__"},
]
# Front ends of commands that sit in a low package for what they are about.
FRONT = {
    "framelab.io.checking",
    "framelab.io.corpus_cli",
    "framelab.runtime.bench",
    "framelab.runtime.bench_components",
    "framelab.runtime.pipeline_bench",
}


def layer_of(module: str) -> int:
    part = "front" if module in FRONT else module.split(".")[1]
    return next(i for i, layer in enumerate(LAYERS) if part in layer)


def modules() -> list[str]:
    files = sorted(PACKAGE_DIR.rglob("*.py"))
    return [
        ".".join(("framelab", *f.relative_to(PACKAGE_DIR).with_suffix("").parts)) for f in files
    ]


def test_top_level_holds_only_the_core_and_the_subpackages():
    top = {p.stem for p in PACKAGE_DIR.glob("*.py")}
    packages = {p.parent.name for p in PACKAGE_DIR.glob("*/__init__.py")}
    assert top == CORE
    assert packages == SUBPACKAGES


@pytest.mark.parametrize("module", [m for m in modules() if not m.endswith("__init__")])
def test_no_module_imports_a_later_layer(module):
    path = PACKAGE_DIR.joinpath(*module.split(".")[1:]).with_suffix(".py")
    own = layer_of(module)
    later = sorted(
        m
        for m in imported_modules(Path(path).read_text(encoding="utf-8"), module)
        if m.count(".") and layer_of(m) > own
    )
    assert later == [], f"{module} imports {later}"
