"""``study.yaml``: a study's metadata, read and checked (without loading its rule files).

The clean stage needs only this (camps, language, corpus format); :mod:`framelab.study.model` adds
the rule files on top.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from framelab.errors import InputError, Problem
from framelab.runtime.literal_gate import could_match

STUDY_FILE = "study.yaml"
STOPWORDS_FILE = "stopwords.txt"  # optional: the study's own stop words (outlet names, rubrics)
REQUIRED = ("id", "title", "language", "research_questions", "corpus", "event", "camps")
CORPUS_FORMATS = ("folder", "csv", "jsonl", "parquet")
KNOWN_KEYS = {  # every key study.yaml may hold (docs/studies.md); a misspelt one is an error
    "": (
        *REQUIRED,
        "subtitle",
        "authors",
        "build_stamp",
        "abstract_context",
        "annotations",
        "limitations",
        "discussion_notes",
        "construct_decisions",
    ),
    "corpus": (
        "source",
        "format",
        "options",
        "description",
        "search",
        "inclusion",
        "provenance",
    ),
    "event": ("name", "definition", "anchors", "min_anchor_hits", "window"),
    "annotations": ("gold", "gold_description", "second_coding", "test_split", "test_held_out"),
    "camp": ("label", "short", "definition"),
}


def study_stopword_files(root: Path) -> list[Path]:
    """The study's own stop-word file, if it has one: words of this corpus that carry no
    content (the outlet's name in its interview labels, dateline weekdays), dropped from the
    distinctive words next to the generic German list."""
    path = Path(root) / STOPWORDS_FILE
    return [path] if path.is_file() else []


def keyness_stopwords(generic: Path, root: Path) -> frozenset[str]:
    """The stop words of the distinctive words: the generic list (``stance.stopwords``) and the
    study's own (:func:`study_stopword_files`)."""
    from framelab import text

    return text.load_stopwords([generic, *study_stopword_files(root)])


def read_study_yaml(root: Path) -> dict[str, Any]:
    """``study.yaml`` checked for its required keys and value shapes."""
    path = root / STUDY_FILE
    shown = f"{root.name}/{STUDY_FILE}"
    if not path.is_file():
        raise InputError(
            [
                Problem(
                    shown, f"no {STUDY_FILE} in {root} (create one with `framelab study new NAME`)"
                )
            ]
        )
    text = path.read_text(encoding="utf-8")
    try:
        meta = yaml.safe_load(text) or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise InputError(
            [Problem(shown, f"not valid YAML: {exc}", mark.line + 1 if mark else None)]
        ) from None
    lines = _key_lines(text)
    problems = [Problem(shown, f"missing key {k!r}") for k in REQUIRED if k not in meta]
    problems += unknown_keys(meta, shown, lines)
    if not problems:
        problems += _shape_problems(meta, shown, lines)
    if problems:
        raise InputError(problems)
    return meta


def _sections(meta: dict) -> list[tuple[str, str, Any]]:
    """``(shown name, schema section, mapping)`` of every mapping whose keys are checked."""
    out = [("", "", meta)]
    out += [(k, k, meta.get(k)) for k in ("corpus", "event", "annotations")]
    camps = meta.get("camps")
    if isinstance(camps, dict):
        out += [(f"camps.{name}", "camp", camp) for name, camp in camps.items()]
    return [(name, section, m) for name, section, m in out if isinstance(m, dict)]


def unknown_keys(meta: dict, shown: str, lines: dict[str, int]) -> list[Problem]:
    """A key the schema does not know, with its line and the closest known key."""
    import difflib

    problems = []
    for name, section, mapping in _sections(meta):
        known = KNOWN_KEYS[section]
        for key in mapping:
            if key in known:
                continue
            close = difflib.get_close_matches(str(key), known, n=1)
            hint = f" (did you mean {close[0]!r}?)" if close else f" (known: {', '.join(known)})"
            where = f"{name}." if name else ""
            problems.append(Problem(shown, f"unknown key {where}{key!r}{hint}", lines.get(key)))
    return problems


def _shape_problems(meta: dict, shown: str, lines: dict[str, int]) -> list[Problem]:
    problems = []
    if meta["id"] != Path(shown).parent.name and Path(shown).parent.name:
        problems.append(
            Problem(
                shown,
                f"id {meta['id']!r} differs from the folder name {Path(shown).parent.name!r}",
                lines.get("id"),
            )
        )
    fmt = meta["corpus"].get("format", "folder")
    if fmt not in CORPUS_FORMATS:
        problems.append(
            Problem(
                shown,
                f"corpus.format {fmt!r} is not one of {', '.join(CORPUS_FORMATS)}",
                lines.get("format"),
            )
        )
    shorts: dict[str, str] = {}
    for name, camp in (meta["camps"] or {}).items():
        missing = [k for k in ("label", "short", "definition") if k not in (camp or {})]
        if missing:
            problems.append(
                Problem(shown, f"camp {name!r}: missing {', '.join(missing)}", lines.get(name))
            )
            continue
        problems += _short_problems(name, str(camp["short"]), shorts, shown, lines.get(name))
    for i, pattern in enumerate(meta["event"].get("anchors") or []):
        try:
            re.compile(pattern)
        except re.error as exc:
            problems.append(
                Problem(shown, f"event.anchors[{i}]: bad regex ({exc})", lines.get("anchors"))
            )
    if not meta["event"].get("anchors"):
        problems.append(Problem(shown, "event.anchors: at least one anchor regex is needed"))
    held_out = (meta.get("annotations") or {}).get("test_held_out", False)
    if not isinstance(held_out, bool):
        problems.append(
            Problem(
                shown,
                f"annotations.test_held_out must be true or false, not {held_out!r}",
                lines.get("test_held_out"),
            )
        )
    return problems


def _key_lines(text: str) -> dict[str, int]:
    lines: dict[str, int] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        m = re.match(r"\s*([\w-]+):", line)
        if m:
            lines.setdefault(m.group(1), number)
    return lines


@dataclass(frozen=True)
class Camp:
    id: str
    label: str
    short: str
    definition: str


@dataclass(frozen=True)
class Event:
    name: str
    definition: str
    anchors: tuple[re.Pattern[str], ...]
    min_anchor_hits: int
    window: tuple[str, str] | None

    def hits(self, text: str) -> int:
        """Anchor matches in a text (all anchors together)."""
        return sum(len(a.findall(text)) for a in self.anchors if could_match(a, text))


def camps_of(meta: dict) -> dict[str, Camp]:
    return {
        name: Camp(name, str(c["label"]), str(c["short"]), " ".join(str(c["definition"]).split()))
        for name, c in meta["camps"].items()
    }


def event_of(meta: dict) -> Event:
    event = meta["event"]
    window = event.get("window")
    return Event(
        name=str(event.get("name", meta["id"])),
        definition=" ".join(str(event.get("definition", "")).split()),
        anchors=tuple(re.compile(a) for a in event["anchors"]),
        min_anchor_hits=int(event.get("min_anchor_hits", 1)),
        window=(str(window["start"]), str(window["end"])) if window else None,
    )


def event_flags(articles, event: Event, camps: dict[str, Camp]):
    """Per article: anchor hits, whether it is about the event, in its window, in a study camp.

    An article is about the event when its title and text have at least ``min_anchor_hits``
    anchor matches and its publication date (when known) lies inside the event window.
    """
    cols = (articles[c] for c in ("title", "text"))
    hits = [anchor_hits(event, title, text) for title, text in zip(*cols, strict=True)]
    in_window = [in_window_of(str(d), event.window) for d in articles["published"]]
    about = [h >= event.min_anchor_hits and w for h, w in zip(hits, in_window, strict=True)]
    return articles.assign(
        event_hits=hits,
        in_window=in_window,
        about_event=about,
        analysed=articles["camp"].isin(list(camps)),
    )


def anchor_hits(event: Event, title: str, text: str) -> int:
    """The event anchors' matches in an article's title and text (an unknown title is empty)."""
    return event.hits(("" if title == "unknown" else title) + "\n" + text)


def in_window_of(date: str, window: tuple[str, str] | None) -> bool:
    """A known ISO date inside the event window (an unknown date is kept)."""
    if window is None or not re.match(r"^\d{4}-\d{2}-\d{2}$", date):
        return True
    return window[0] <= date <= window[1]


TOPIC_PREFIX = "T"  # topics are labelled T1, T2 … (framelab.topics.model.topic_labels)


def _short_problems(name: str, short: str, seen: dict, shown: str, line) -> list[Problem]:
    """A camp's short code labels its articles (short + running number): it must be unique and
    must not read like a topic label."""
    problems = []
    if short == TOPIC_PREFIX:
        problems.append(
            Problem(
                shown,
                f"camp {name!r}: short {short!r} makes article labels {short}1, {short}2 … that "
                "read like the topic labels T1, T2 …; choose another short code",
                line,
            )
        )
    if short in seen:
        problems.append(
            Problem(
                shown, f"camp {name!r}: short {short!r} is camp {seen[short]!r}'s short too", line
            )
        )
    seen[short] = name
    return problems
