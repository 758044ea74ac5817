"""An external attribution gold: the German news quotation corpus (Petersen-Frey & Biemann 2024).

1,000 German Wikinews articles annotated by its authors, independently of this project, with
every quotation: its cue, speaker and content spans, its type (``Direct``, ``Indirect``,
``FreeIndirect``, ``IndirectFreeIndirect``, ``Reported``) and medium (speech, writing,
thought), split train/dev/test (one JSON file per article under ``data/<split>/``; licence
CC BY-NC-SA 4.0; https://github.com/uhh-lt/german-news-quotation-attribution-2024). The rules
were written without it; round 20 tuned on its train split, and its test split was measured
once then (``data/annotations/voices_revisions.md``), so only train and dev are scored by default.

Its annotations are mapped to this project's statement unit (``docs/voices_guideline.md`` §2;
mapping version 2, after the review of the first external evaluation):

- one row per sentence a quotation's content covers (their sentence segmentation); a "sentence"
  the segmenter split off (a lone quotation mark, "CDU/CSU", "31": under three words and no
  final mark) is no unit and gives no row;
- one row per sentence and speaker mention; an annotation without a mention adds no row to a
  sentence that already has one naming a speaker (the corpus leaves the mention out when it
  stands elsewhere);
- nested quotations (a quotation inside another's content) give no row where the outer one
  covers the sentence: the guideline codes the outer speaker only (§3.7). A sentence only nested
  annotations cover (a chain "X sagte der Agentur Y", each marked inside the other) gives one
  row, scored for attribution but not for the speaker;
- pure thoughts (medium ``Thought``) give no row (§1.3); ``TW`` (thought or writing) does;
- ``kind`` is ``direct`` when a ``Direct`` quotation is the sentence's main content (it opens the
  sentence, follows a colon, or covers half of it outside cue and speaker), else ``reported``:
  a quoted fragment inside paraphrase ("bezeichnete es als „Wortbruch“") is reported (§1.1);
- the corpus marks the speaker's mention, not its referent: ``speaker`` and ``speaker_name`` are
  that mention; a pronoun, a possessive ("dessen Angaben") or a missing mention leaves
  ``speaker_name`` empty, and such a row is scored for attribution but not for the speaker (see
  :func:`benchmark.scores`). So ``speaker_accuracy_strict`` equals ``speaker_accuracy`` here:
  both compare mentions leniently (one name's words contain the other's).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pandas as pd

from framelab.attribution.benchmark import passages_of
from framelab.errors import InputError, Problem

SPLITS = ("train", "dev", "test")
MAPPING_VERSION = 2  # of the rules below (version 1: e735f64; see voices_revisions.md)
OPEN_SPLITS = ("train", "dev")  # test was measured once after round 20: used up
THOUGHT = frozenset({"Thought"})  # "TW" is thought or writing: writing is a statement
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
        "welchem",
        "welchen",
        "denen",
    ]
)
# a mention opened by a possessive ("seiner Wutrede", "dessen Angaben") names no speaker itself,
# unless a role and a name follow ("sein Anwalt Hartmut Lierow")
POSSESSIVE = re.compile(r"(?:sein|ihr|unser|eu?er|mein|dein)(?:e|er|em|en|es)?|dessen|deren")
SENTENCE_END = re.compile(r"[.!?…“”\"»«:;]\s*$")
MIN_WORDS = 3  # a shorter "sentence" without a final mark is a fragment of the corpus's segmenter
DIRECT_SHARE = 0.5  # a Direct quotation covering less of the sentence is a quoted fragment
DOC_NUMBER = re.compile(r"^(\d+) - ")
GOLD_COLUMNS = ["article_id", "n", "sentence", "kind", "cue", "speaker", "speaker_name", "type"]


def article_id(path: Path) -> str:
    """``wikinews<number>`` from a file named ``<number> - <title> (<date>).pretty.json``."""
    m = DOC_NUMBER.match(path.name)
    return f"wikinews{int(m.group(1)):06d}" if m else f"wikinews-{path.stem}"


def _is_pronoun(mention: str) -> bool:
    """A mention that names nobody: a pronoun, or a possessive before less than a role and a
    name ("dessen Angaben", "seiner Meinung nach", but not "Ihr Vorsitzender Eberhard Brandt")."""
    words = re.findall(r"\w+", mention)
    if not words or all(w.lower() in PRONOUNS for w in words):
        return True
    named = sum(w[:1].isupper() for w in words[1:]) >= 2
    return bool(POSSESSIVE.fullmatch(words[0].lower())) and not named


def _char_ranges(span_field: dict) -> list[tuple[int, int]]:
    return [(s["charBegin"], s["charEnd"]) for s in span_field.get("spans", [])]


def _is_unit(sentence: str) -> bool:
    """A sentence of the guideline: it has a word, and it is not a fragment the corpus's
    segmenter split off ("CDU/CSU", "31", a lone quotation mark)."""
    words = re.findall(r"\w+", sentence)
    return bool(words) and (len(words) >= MIN_WORDS or bool(SENTENCE_END.search(sentence)))


def _covered_sentences(doc: dict, ranges: list[tuple[int, int]]) -> list[dict]:
    """The corpus's sentences (that are units of the guideline) a quotation covers with at least
    a word (not only a stray quotation mark at the sentence's edge)."""
    text = doc["originalText"]
    return [
        s
        for s in doc["sentences"]
        if any(
            re.search(r"\w", text[max(b, s["charBegin"]) : min(e, s["charEnd"])]) for b, e in ranges
        )
        and _is_unit(text[s["charBegin"] : s["charEnd"]])
    ]


def _overlap(b: int, e: int, ranges: list[tuple[int, int]]) -> int:
    return sum(max(0, min(e, re_) - max(b, rb)) for rb, re_ in ranges)


def _opens_clause(text: str, b: int, ranges: list[tuple[int, int]]) -> bool:
    """A quotation that opens the sentence or follows a colon is a clause of its own."""
    return any(
        not re.search(r"\w", text[b:qb]) or text[b:qb].rstrip(' „“"»«').endswith(":")
        for qb, qe in ranges
        if qe > b
    )


def _kind(ann: dict, sent: dict, ranges: list[tuple[int, int]], text: str) -> str:
    """``direct`` when a Direct quotation is the sentence's main content (§1.1): it opens the
    sentence, follows a colon, or covers at least half of the sentence outside the cue and the
    speaker; else ``reported`` (a quoted fragment inside paraphrase is reported)."""
    if ann.get("type") != "Direct":
        return "reported"
    b, e = sent["charBegin"], sent["charEnd"]
    frame = _char_ranges(ann.get("cue", {})) + _char_ranges(ann.get("speaker", {}))
    rest = (e - b) - _overlap(b, e, frame)
    main = _overlap(b, e, ranges) >= DIRECT_SHARE * rest
    return "direct" if main or _opens_clause(text, b, ranges) else "reported"


def _mention(ann: dict) -> str:
    return " ".join(ann.get("speaker", {}).get("text", "").split())


def _rows_of(doc: dict, ann: dict, aid: str) -> list[dict]:
    """One row per sentence the annotation's quotation covers."""
    text, ranges, mention = doc["originalText"], _char_ranges(ann["quote"]), _mention(ann)
    return [
        dict(
            article_id=aid,
            sentence_id=sent["id"],
            sentence=" ".join(text[sent["charBegin"] : sent["charEnd"]].split()),
            kind=_kind(ann, sent, ranges, text),
            cue=ann.get("cue", {}).get("text", ""),
            speaker=mention,
            speaker_name="" if _is_pronoun(mention) else mention,
            type=ann.get("type", ""),
        )
        for sent in _covered_sentences(doc, ranges)
    ]


def _chain_rows(doc: dict, nested: list[dict], aid: str, covered: set) -> list[dict]:
    """Sentences only nested annotations cover (a chain "X sagte der Agentur Y" marked as
    two quotations inside each other): one row, scored for attribution, not for the speaker,
    since the chain does not say which of its speakers the guideline's speaker is."""
    rows: dict[int, dict] = {}
    for ann in nested:
        for row in _rows_of(doc, ann, aid):
            if row["sentence_id"] in covered:
                continue
            first = rows.setdefault(row["sentence_id"], {**row, "speaker": ""})
            names = first["speaker"].split(" / ") if first["speaker"] else []
            if row["speaker"] and row["speaker"] not in names:
                first["speaker"] = " / ".join([*names, row["speaker"]])
            first["speaker_name"] = ""
    return list(rows.values())


def _one_per_speaker(rows: list[dict]) -> list[dict]:
    """One row per sentence and speaker mention; a row without a mention is dropped where its
    sentence has a row naming one (the corpus leaves the mention out when it is elsewhere)."""
    named = {r["sentence_id"] for r in rows if r["speaker"]}
    seen, out = set(), []
    for r in rows:
        key = (r["sentence_id"], r["speaker"].lower())
        if key in seen or (not r["speaker"] and r["sentence_id"] in named):
            continue
        seen.add(key)
        out.append(r)
    return out


def statements(doc: dict, aid: str) -> list[dict]:
    """The gold rows of one article (see the module docstring for the mapping)."""
    anns = [a for a in doc.get("annotations", []) if a.get("medium") not in THOUGHT]
    rows = [r for a in anns if not a.get("isNested") for r in _rows_of(doc, a, aid)]
    covered = {r["sentence_id"] for r in rows}
    rows += _chain_rows(doc, [a for a in anns if a.get("isNested")], aid, covered)
    rows = _one_per_speaker(sorted(rows, key=lambda r: r["sentence_id"]))
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
    """``(passages, gold)`` of one split: passages as :func:`benchmark.passages_of` makes
    them, gold rows in :data:`GOLD_COLUMNS`."""
    folder = Path(root) / "data" / split
    files = sorted(folder.glob("*.json"), key=lambda p: article_id(p))
    if not files:
        raise InputError([Problem(str(folder), "holds no *.json articles of the corpus")])
    passages, gold = [], []
    for path in files:
        doc, aid = _read(path), article_id(path)
        passages += passages_of(aid, doc["originalText"])
        gold += statements(doc, aid)
    return pd.DataFrame(passages), pd.DataFrame(gold, columns=GOLD_COLUMNS)
