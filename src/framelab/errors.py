"""Errors that carry where the problem is (file, line) and what it is."""

from __future__ import annotations

from dataclasses import dataclass


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


class InputError(Exception):
    """Bad input. Holds every problem found, so a researcher can fix them all in one pass."""

    def __init__(self, problems: list[Problem]):
        self.problems = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))

    def grouped_lines(self, shown: int = 5) -> list[str]:
        """Problems as lines, identical messages of one file grouped with a count and lines."""
        groups: dict[tuple[str, str, str], list[int | None]] = {}
        for p in self.problems:
            groups.setdefault((p.file, p.message, p.severity), []).append(p.line)
        out = []
        for (file, message, severity), lines in groups.items():
            problem = Problem(file, message, lines[0], severity)
            if len(lines) == 1:
                out.append(str(problem))
                continue
            numbers = [str(n) for n in lines[:shown] if n is not None]
            more = ", …" if len(lines) > shown else ""
            where = f" (lines {', '.join(numbers)}{more})" if numbers else ""
            out.append(f"{Problem(file, message, None, severity)} — {len(lines)}×{where}")
        return out
