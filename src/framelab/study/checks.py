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
    watch: frozenset = frozenset()  # article ids whose status is kept (the manual coding's)
    status: dict = field(default_factory=dict)  # watched id -> "scope" or "outside"

    def add(self, article) -> None:
        event = self.study.event
        self.articles += 1
        inside = in_window_of(article.published, event.window)
        self.outside_window += not inside
        scope = False
        if inside and anchor_hits(event, article.title, article.text) >= event.min_anchor_hits:
            self.about += 1
            if article.camp in self.study.camps:
                self.analysed[article.camp] += 1
                scope = True
        if article.id in self.watch:
            self.status[article.id] = "scope" if scope else "outside"

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
DEFAULT_CODING = "annotations/stance_manual.csv"  # the coding unless ``annotations.gold`` says


def unfinished(folder: Path) -> list[Problem]:
    """Warnings for a study still being written: files with TODO lines (first one named) and
    a manual coding without any coded unit."""
    folder = Path(folder)
    out = todo_files(folder)
    coding = folder / DEFAULT_CODING
    if coding.is_file() and len(coding.read_text("utf-8").strip().splitlines()) < 2:
        out.append(
            Problem(
                f"{folder.name}/{DEFAULT_CODING}",
                "no unit is coded yet: the stance labels will not be validated",
                severity="warning",
            )
        )
    return out


def todo_files(folder: Path) -> list[Problem]:
    """A warning for each study file with TODO lines, naming its first."""
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


def coding_file(study) -> Path | None:
    """The manual coding the rules are compared with (``annotations.gold`` or the default)."""
    name = (study.meta.get("annotations") or {}).get("gold", DEFAULT_CODING)
    return study.file(name)


def read_coding(path: Path) -> tuple[list[str], list[tuple[int, dict]]]:
    """The coding's columns and its rows with their line numbers (header = line 1)."""
    import csv

    with open(path, encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        rows = [(reader.line_num, row) for row in reader]
        return list(reader.fieldnames or []), rows


def coding_problems(study, path: Path, status: dict[str, str]) -> list[Problem]:
    """A manual coding checked against its study and corpus before any run: required columns,
    known labels and claims, positions from 1, and articles that exist (``status``: article id
    -> ``scope``, ``outside`` or missing) and that the study analyses."""
    from framelab.analysis.validation import MANUAL_COLUMNS

    shown = f"{study.root.name}/{path.relative_to(study.root)}"
    columns, rows = read_coding(path)
    missing = [c for c in MANUAL_COLUMNS if c not in columns]
    if missing:
        return [Problem(shown, f"missing column(s): {', '.join(missing)}", 1)]
    claims = [t.name for t in study.targets]
    out = []
    for line, row in rows:
        out += [Problem(shown, message, line) for message in _row_messages(row, claims)]
        if not status:  # the coding of another corpus: its articles go unused, so unchecked
            continue
        where = status.get(row["article_id"])
        if where is None:
            out.append(Problem(shown, f"article {row['article_id']!r} is not in the corpus", line))
        elif where == "outside":
            out.append(
                Problem(
                    shown,
                    f"article {row['article_id']!r} is not about the event in a study camp",
                    line,
                    severity="warning",
                )
            )
    if rows and not status:
        n = len({row["article_id"] for _, row in rows})
        out.append(
            Problem(
                shown,
                f"none of the {n} coded articles is in this corpus: the coding is of another "
                "corpus and goes unused (the report will say no manual coding covers it)",
                severity="warning",
            )
        )
    return out


def _row_messages(row: dict, claims: list[str]) -> list[str]:
    from framelab.analysis.validation import code_messages

    out = code_messages(row["label"], row["target"], claims)
    if not str(row["position"]).isdigit() or int(row["position"]) < 1:
        out.append(f"position {row['position']!r} is not a passage number (counting from 1)")
    return out


@dataclass(frozen=True)
class StudyCheck:
    """A study being checked alongside its corpus: the loaded study (None if it failed), the
    scope being counted and the manual coding to check at the end."""

    folder: Path | None = None
    study: object = None
    scope: ScopeCounts | None = None
    coding: Path | None = None

    def add(self, article) -> None:
        if self.scope is not None:
            self.scope.add(article)

    def problems(self) -> list[Problem]:
        """After the corpus pass: event and camp warnings, then the coding's problems."""
        if self.scope is None:
            return []
        out = self.scope.problems(f"{Path(self.folder).name}/study.yaml")
        if self.coding is not None:
            out += coding_problems(self.study, self.coding, self.scope.status)
        return out


def start_check(folder, lexicon, scare_max_words, problems: list[Problem]) -> StudyCheck:
    """Load the study (its problems and unfinished parts into ``problems``) and prepare the
    counts; an empty check without a study to load."""
    if folder is None or not lexicon or not scare_max_words:
        return StudyCheck()
    study = load_checked(folder, lexicon, scare_max_words, problems)
    problems += unfinished(folder)
    if study is None:
        return StudyCheck(folder)
    coding = coding_file(study)
    watch = frozenset(r.get("article_id") for _, r in read_coding(coding)[1]) if coding else None
    return StudyCheck(folder, study, ScopeCounts(study, watch=watch or frozenset()), coding)
