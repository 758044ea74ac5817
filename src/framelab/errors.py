"""Errors that carry where the problem is (file, line) and what it is, and their grouping.

Every command prints problems with :func:`format_problems`: identical problems (same file, same
message) are printed once with a count and the first rows, so 2,834 times the same wrong camp is
one line, not 2,834.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import yaml

SHOWN_ROWS = 3  # row numbers printed for a group of identical problems


@dataclass(frozen=True)
class Problem:
    """One problem found in the input: the file, optionally the line, and what is wrong."""

    file: str
    message: str
    line: int | None = None
    severity: str = "error"  # or "warning": reported, but the input is still usable

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line is not None else self.file
        tag = "warning: " if self.severity == "warning" else ""
        return f"{where}: {tag}{self.message}"


def _group_line(first: Problem, lines: list[int | None], shown: int) -> str:
    tag = "warning: " if first.severity == "warning" else ""
    rows = [str(n) for n in lines if n is not None]
    if not rows:
        return f"{first.file}: {tag}{first.message} ({len(lines):,} times)"
    more = ", …" if len(rows) > shown else ""
    return (
        f"{first.file}: {tag}{first.message} ({len(lines):,} rows: {', '.join(rows[:shown])}{more})"
    )


def format_problems(problems: Iterable[Problem], shown: int = SHOWN_ROWS) -> list[str]:
    """One printable line per group of identical problems (same file, message and severity).

    A problem that occurs once prints as ``file:line: message``; a repeated one as
    ``file: message (2,834 rows: 2, 3, 4, …)``. Groups keep the order of their first problem.
    """
    groups: dict[tuple[str, str, str], list[Problem]] = {}
    for p in problems:
        groups.setdefault((p.file, p.message, p.severity), []).append(p)
    out = []
    for members in groups.values():
        if len(members) == 1:
            out.append(str(members[0]))
        else:
            out.append(_group_line(members[0], [m.line for m in members], shown))
    return out


def count_errors(problems: Iterable[Problem]) -> int:
    return sum(1 for p in problems if p.severity == "error")


class InputError(Exception):
    """Bad input. Holds every problem found, so a researcher can fix them all in one pass."""

    def __init__(self, problems: list[Problem]):
        self.problems = list(problems)
        super().__init__("\n".join(format_problems(self.problems)))

    def lines(self) -> list[str]:
        """The problems as printed: identical ones grouped (see :func:`format_problems`)."""
        return format_problems(self.problems)

    def __reduce__(self):
        """Pickled with its problems, so that one raised in a worker process reaches the parent
        whole (the default pickled the message, and unpickling then failed)."""
        return (type(self), (self.problems,))


EXIT_BAD_INPUT = 2  # every command's exit code for bad input


def print_bad_input(command: str, exc: InputError) -> int:
    """Print the problems of ``exc`` (grouped) under ``framelab COMMAND``; return exit code 2."""
    print(f"framelab {command}: bad input ({len(exc.problems)} problem(s)):", file=sys.stderr)
    for line in exc.lines():
        print(f"  {line}", file=sys.stderr)
    return EXIT_BAD_INPUT


def compiled_pattern(raw: dict, where: str, name: str, problems: list[Problem]):
    """``raw["pattern"]`` compiled; a missing or bad pattern is recorded as a problem (→ None)."""
    try:
        return re.compile(raw["pattern"])
    except (KeyError, re.error) as exc:
        problems.append(Problem(where, f"{name}: bad or missing pattern ({exc})"))
        return None


def one_line(value) -> str:
    """A YAML text (rationale, description) on one line with single spaces."""
    return " ".join(str(value or "").split())


def listed(raw: dict, key: str) -> tuple:
    """A rule entry's list (examples, keep-cases) as a tuple; missing or empty → ()."""
    return tuple(raw.get(key) or ())


class BenchmarkDataMissing(Exception):
    """A benchmark's corpus (``../shared``) is not on this machine: the benchmark is skipped."""


def read_yaml(path: Path) -> dict:
    """A YAML file's mapping (``{}`` when empty); invalid YAML is an :class:`InputError` naming
    the file and line."""
    try:
        return yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        raise InputError([Problem(Path(path).name, f"not valid YAML: {exc}", line)]) from None
