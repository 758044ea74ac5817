"""The code's shape: parameters live in params.yaml only; functions are short and simple."""

import argparse
import ast

import yaml

from framelab.cli import build_parser
from framelab.paths import PACKAGE_DIR

from .conftest import REPO

MAX_LINES = 60


def leaves(tree: dict, prefix: str = "") -> dict[str, object]:
    out = {}
    for key, value in tree.items():
        if isinstance(value, dict):
            out |= leaves(value, f"{prefix}{key}.")
        else:
            out[f"{prefix}{key}"] = value
    return out


def cli_defaults() -> dict[str, object]:
    """Every (sub)command option's default, by option name."""
    out = {}
    parser = build_parser()
    subs = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    for name, sub in subs[0].choices.items():
        for action in sub._actions:
            if action.default not in (None, False, argparse.SUPPRESS) and action.dest != "help":
                out[f"{name}.{action.dest}"] = action.default
    return out


def test_the_cli_restates_no_parameter_of_params_yaml():
    params = leaves(yaml.safe_load((REPO / "params.yaml").read_text(encoding="utf-8")))
    by_key = {k.rsplit(".", 1)[-1]: v for k, v in params.items()}
    restated = {
        option: default
        for option, default in cli_defaults().items()
        if option.rsplit(".", 1)[-1] in by_key and by_key[option.rsplit(".", 1)[-1]] == default
    }
    assert restated == {}


def test_no_function_is_longer_than_60_lines():
    long = []
    for path in sorted(PACKAGE_DIR.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            function = isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
            if function and node.end_lineno - node.lineno + 1 > MAX_LINES:
                long.append(f"{path.name}:{node.lineno} {node.name}")
    assert long == []


def test_no_function_is_more_complex_than_radon_grade_c():
    from radon.complexity import cc_rank, cc_visit

    complex_ = [
        f"{path.name}:{block.lineno} {block.name} {cc_rank(block.complexity)}"
        for path in sorted(PACKAGE_DIR.rglob("*.py"))
        for block in cc_visit(path.read_text(encoding="utf-8"))
        if cc_rank(block.complexity) not in "ABC"
    ]
    assert complex_ == []
