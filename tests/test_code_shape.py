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


def commands(parser: argparse.ArgumentParser, prefix: str = "") -> dict:
    """Every (sub)command parser below ``parser``, by its command line ("study sample")."""
    out = {}
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                out[f"{prefix}{name}"] = sub
                out |= commands(sub, f"{prefix}{name} ")
    return out


def cli_defaults() -> dict[str, object]:
    """Every (sub)command option's default, by option name."""
    out = {}
    for name, sub in commands(build_parser()).items():
        for action in sub._actions:
            if action.default not in (None, False, argparse.SUPPRESS) and action.dest != "help":
                out[f"{name}.{action.dest}"] = action.default
    return out


def test_every_option_and_argument_of_every_command_has_help():
    undocumented = [
        f"{name} {action.dest}"
        for name, sub in commands(build_parser()).items()
        for action in sub._actions
        if not isinstance(action, argparse._SubParsersAction) and not action.help
    ]
    assert undocumented == []


def test_study_actions_each_have_their_own_options():
    subs = commands(build_parser())
    sample = {a.dest for a in subs["study sample"]._actions}
    new = {a.dest for a in subs["study new"]._actions}
    assert {"articles", "seed", "test_share", "out"} <= sample and "parent" not in sample
    assert "parent" in new and "articles" not in new


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


def _literal(node):
    try:
        return ast.literal_eval(node) if node is not None else None
    except ValueError:
        return None


def _defaults_of(node) -> dict[str, object]:
    """Literal defaults of a class's annotated fields."""
    fields = [s for s in node.body if isinstance(s, ast.AnnAssign)]
    return {f.target.id: _literal(f.value) for f in fields if isinstance(f.target, ast.Name)}


def package_defaults() -> dict[str, object]:
    """Every literal default of a dataclass field in the package, ``module:Class.field``."""
    out = {}
    for path in sorted(PACKAGE_DIR.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                for name, value in _defaults_of(node).items():
                    out[f"{path.stem}:{node.name}.{name}"] = value
    return out


def test_no_dataclass_restates_a_parameter_of_params_yaml():
    """Parameter objects get their values from the config (``config.pick``), never a default."""
    params = leaves(yaml.safe_load((REPO / "params.yaml").read_text(encoding="utf-8")))
    values: dict[str, list] = {}
    for key, value in params.items():
        values.setdefault(key.rsplit(".", 1)[-1], []).append(value)
    restated = {
        field: default
        for field, default in package_defaults().items()
        if default is not None and default in values.get(field.rsplit(".", 1)[-1], [])
    }
    assert restated == {}
