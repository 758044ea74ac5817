"""The Makefile front door names only code that exists (a renamed module broke
`make notebook-params` unnoticed once)."""

from __future__ import annotations

import importlib
import importlib.util
import re
from pathlib import Path

MAKEFILE = (Path(__file__).parents[1] / "Makefile").read_text(encoding="utf-8").replace("\\\n", " ")


def test_every_module_a_target_runs_exists():
    modules = set(re.findall(r"python -m (framelab[\w.]*)", MAKEFILE))
    assert "framelab.attribution.external_benchmark" in modules
    missing = sorted(m for m in modules if importlib.util.find_spec(m) is None)
    assert missing == []


def test_every_name_an_inline_snippet_imports_exists():
    imports = re.findall(r"from (framelab[\w.]*) import ([\w, ]+?);", MAKEFILE)
    assert ("framelab.lab", "notebooks") in imports
    for module, names in imports:
        for name in (n.strip() for n in names.split(",")):
            found = hasattr(importlib.import_module(module), name)
            assert found or importlib.util.find_spec(f"{module}.{name}"), f"{module}.{name}"
