"""What ``framelab check`` says about a study: its rule examples run (by loading it), the
articles its event and camps select, and what is still unfinished (TODO lines, no coding)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from framelab.errors import InputError, Problem
from framelab.study.files import anchor_hits, in_window_of


@dataclass
class ScopeCounts:
    """Which articles the study would analyse: about the event (anchors, window), in a camp."""

    study: object  # framelab.study.model.Study
    articles: int = 0
    about: int = 0
    outside_window: int = 0
    analysed: Counter = field(default_factory=Counter)  # camp -> articles about the event

    def add(self, article) -> None:
        event = self.study.event
        self.articles += 1
        inside = in_window_of(article.published, event.window)
        self.outside_window += not inside
        if inside and anchor_hits(event, article.title, article.text) >= event.min_anchor_hits:
            self.about += 1
            if article.camp in self.study.camps:
                self.analysed[article.camp] += 1

    def lines(self) -> list[str]:
        event = self.study.event
        rule = f"at least {event.min_anchor_hits} anchor match(es)"
        rule += f", dated {event.window[0]} to {event.window[1]}" if event.window else ""
        camps = ", ".join(f"{c} {self.analysed[c]:,}" for c in self.study.camps)
        return [
            f"study {self.study.id}: every rule example holds",
            f"about the event ({rule}): {self.about:,} of {self.articles:,} articles"
            + (
                f" ({self.outside_window:,} dated outside the window)"
                if self.outside_window
                else ""
            ),
            f"analysed (about the event, in a study camp): {camps}",
        ]

    def problems(self, shown: str) -> list[Problem]:
        if not self.articles:
            return []
        if not self.about:
            return [
                Problem(
                    shown,
                    "no article is about the event: check the study's anchors, "
                    "min_anchor_hits and window (the stance layer would label nothing)",
                    severity="warning",
                )
            ]
        empty = [c for c in self.study.camps if not self.analysed[c]]
        return [
            Problem(shown, f"camp {c!r} has no article about the event", severity="warning")
            for c in empty
        ]


STUDY_TEXT_FILES = ("*.yaml", "*.yml", "*.md")


def unfinished(folder: Path) -> list[Problem]:
    """Warnings for a study still being written: files with TODO lines (first one named) and
    a manual coding without any coded unit."""
    folder = Path(folder)
    out = []
    files = sorted(p for pattern in STUDY_TEXT_FILES for p in folder.rglob(pattern))
    for path in files:
        todo = [i for i, ln in enumerate(path.read_text("utf-8").splitlines(), 1) if "TODO" in ln]
        if todo:
            out.append(
                Problem(
                    f"{folder.name}/{path.relative_to(folder)}",
                    f"{fmt_lines(len(todo))} still TODO (the first is here)",
                    todo[0],
                    severity="warning",
                )
            )
    coding = folder / "annotations" / "stance_manual.csv"
    if coding.is_file() and len(coding.read_text("utf-8").strip().splitlines()) < 2:
        out.append(
            Problem(
                f"{folder.name}/annotations/stance_manual.csv",
                "no unit is coded yet: the stance labels will not be validated",
                severity="warning",
            )
        )
    return out


def fmt_lines(n: int) -> str:
    return "1 line" if n == 1 else f"{n} lines"


def load_checked(folder: Path, lexicon: Path, scare_max_words: int, problems: list[Problem]):
    """The study with every rule example run, or None (its problems added to ``problems``)."""
    from framelab.study.model import load_study

    try:
        return load_study(folder, lexicon, scare_max_words)
    except InputError as exc:
        problems.extend(exc.problems)
        return None
