"""An external attribution gold: the German news quotation corpus (Petersen-Frey & Biemann 2024).

1,000 German Wikinews articles annotated by its authors, independently of this project, with
every quotation: its cue, speaker and content spans, its type (``Direct``, ``Indirect``,
``FreeIndirect``, ``IndirectFreeIndirect``, ``Reported``) and medium (speech, writing,
thought), split train/dev/test (one JSON file per article under ``data/<split>/``; licence
CC BY-NC-SA 4.0; https://github.com/uhh-lt/german-news-quotation-attribution-2024). The rules
were never written for or tuned on it, so it measures them on text they have not seen.

Its annotations are mapped to this project's statement unit (``docs/voices_guideline.md`` §2):

- one row per sentence a quotation's content covers (their sentence segmentation; a lone
  quotation mark split off as a sentence is dropped), and per speaker: two annotations of one
  speaker in one sentence give one row;
- nested quotations (a quotation inside another's content) are dropped: the guideline codes the
  outer speaker only (§3.7); so are pure thoughts (medium ``Thought``/``TW``, §1.3);
- ``kind`` is ``direct`` for ``Direct``, else ``reported``;
- the corpus marks the speaker's mention, not its referent: ``speaker`` and ``speaker_name`` are
  that mention; a pronoun or missing mention leaves ``speaker_name`` empty, and such a row is
  scored for attribution but not for the speaker (see :func:`benchmark.scores`).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pandas as pd

from framelab import text as textlib
from framelab.errors import InputError, Problem

SPLITS = ("train", "dev", "test")
THOUGHT = frozenset({"Thought", "TW"})
PRONOUNS = frozenset(
    [
        "er",
        "sie",
        "es",
        "ihr",
        "ihm",
        "ihn",
        "ihnen",
        "wir",
        "ich",
        "du",
        "man",
        "dieser",
        "diese",
        "dieses",
        "jener",
        "jene",
        "der",
        "die",
        "das",
        "derselbe",
        "dieselbe",
        "welcher",
        "welche",
    ]
)
DOC_NUMBER = re.compile(r"^(\d+) - ")
GOLD_COLUMNS = ["article_id", "n", "sentence", "kind", "cue", "speaker", "speaker_name", "type"]


def article_id(path: Path) -> str:
    """``wikinews<number>`` from a file named ``<number> - <title> (<date>).pretty.json``."""
    m = DOC_NUMBER.match(path.name)
    return f"wikinews{int(m.group(1)):06d}" if m else f"wikinews-{path.stem}"


def _is_pronoun(mention: str) -> bool:
    words = re.findall(r"\w+", mention.lower())
    return not words or all(w in PRONOUNS for w in words)


def _char_ranges(span_field: dict) -> list[tuple[int, int]]:
    return [(s["charBegin"], s["charEnd"]) for s in span_field.get("spans", [])]


def _covered_sentences(doc: dict, ranges: list[tuple[int, int]]) -> list[dict]:
    """The corpus's sentences a quotation covers; a "sentence" without a word (a lone quotation
    mark its segmenter split off) is no unit of the guideline."""
    text = doc["originalText"]
    return [
        s
        for s in doc["sentences"]
        if any(b < s["charEnd"] and e > s["charBegin"] for b, e in ranges)
        and re.search(r"\w", text[s["charBegin"] : s["charEnd"]])
    ]


def statements(doc: dict, aid: str) -> list[dict]:
    """The gold rows of one article (see the module docstring for the mapping)."""
    text, rows, seen = doc["originalText"], [], set()
    for ann in doc.get("annotations", []):
        if ann.get("isNested") or ann.get("medium") in THOUGHT:
            continue
        mention = " ".join(ann.get("speaker", {}).get("text", "").split())
        for sent in _covered_sentences(doc, _char_ranges(ann["quote"])):
            key = (sent["id"], mention.lower())
            if key in seen:
                continue
            seen.add(key)
            rows.append(
                dict(
                    article_id=aid,
                    sentence_id=sent["id"],
                    sentence=" ".join(text[sent["charBegin"] : sent["charEnd"]].split()),
                    kind="direct" if ann.get("type") == "Direct" else "reported",
                    cue=ann.get("cue", {}).get("text", ""),
                    speaker=mention,
                    speaker_name="" if _is_pronoun(mention) else mention,
                    type=ann.get("type", ""),
                )
            )
    rows.sort(key=lambda r: r["sentence_id"])
    for n, r in enumerate(rows, 1):
        r["n"] = n
        del r["sentence_id"]
    return rows


def _read(path: Path) -> dict:
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError([Problem(str(path), f"cannot be read ({exc})")]) from exc
    except json.JSONDecodeError as exc:
        raise InputError([Problem(str(path), f"is not JSON: {exc.msg}", exc.lineno)]) from exc
    missing = [k for k in ("originalText", "sentences", "annotations") if k not in doc]
    if missing:
        raise InputError([Problem(str(path), f"has no {', '.join(missing)} (not this format)")])
    return doc


def load_split(root: Path, split: str) -> tuple[pd.DataFrame, pd.DataFrame]:
    """``(passages, gold)`` of one split: passages as :func:`benchmark.passages_table` makes
    them (paragraphs of the normalised text), gold rows in :data:`GOLD_COLUMNS`."""
    folder = Path(root) / "data" / split
    files = sorted(folder.glob("*.json"), key=lambda p: article_id(p))
    if not files:
        raise InputError([Problem(str(folder), "holds no *.json articles of the corpus")])
    passages, gold = [], []
    for path in files:
        doc, aid = _read(path), article_id(path)
        for pos, par in enumerate(textlib.paragraphs(textlib.normalize(doc["originalText"]))):
            passages.append(dict(article_id=aid, position=pos, text=par, is_heading=False))
        gold += statements(doc, aid)
    return pd.DataFrame(passages), pd.DataFrame(gold, columns=GOLD_COLUMNS)
