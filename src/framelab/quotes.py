"""Who is given a voice: direct quotations and reported speech with their speakers.

Direct quotations are quotation-mark spans of at least ``min_words`` words in any German style
(„…“ “…” «…» »…« "…"); shorter ones are scare quotes (see :mod:`framelab.stance`). The speaker
is found, in this order, (1) after the quotation in its sentence (", sagte Waleri Gerassimow"),
(2) before it in its sentence when that part attributes ("Gerassimow betonte: „…“",
"… berichtete, dass die „…“"), (3) in the previous passage when it ends with a colon, a pronoun
("Er", "Sie") standing for the last actor named in the article, (4) the previous quotation's
speaker in the same passage (a quotation split in two). Reported speech is a sentence without a
direct quotation that has an attribution marker and names an actor. Speakers are mapped to
actor groups by the gazetteer the study's ``actors.yml``; unknown speakers are ``unknown``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import yaml

from framelab import text as textlib
from framelab.markers import Lexicon, match_markers

ATTRIBUTION = (
    "reporting_verb",
    "so_speaker",
    "laut_source",
    "according_to_own_account",
    "wie_reported",
)
SPEECH_VERB = re.compile(
    r"^\W*(?:sagte|sagten|so|erklärte|betonte|betonten|versicherte|"
    r"fügte|lautet|meldete|berichtete|hieß es)\b"
)
PRONOUN = re.compile(r"\b(?:Er|Sie|er|sie)\b")  # a speaker named earlier


@dataclass(frozen=True)
class Actor:
    name: str
    group: str


@dataclass(frozen=True)
class Gazetteer:
    pattern: re.Pattern[str]
    by_alias: dict[str, Actor]
    groups: dict[str, str]

    def find(self, text: str) -> list[tuple[int, Actor]]:
        """Actors named in a text, with their positions, in text order."""
        return [(m.start(), self.by_alias[m.group()]) for m in self.pattern.finditer(text)]


def load_gazetteer(path: Path) -> Gazetteer:
    data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    by_alias = {}
    for raw in data["actors"]:
        actor = Actor(raw["name"], raw["group"])
        for alias in raw["aliases"]:
            by_alias[alias] = actor
    aliases = sorted(by_alias, key=len, reverse=True)
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, aliases)) + r")(?!\w)")
    return Gazetteer(pattern, by_alias, data["groups"])


QUOTE_COLUMNS = ["article_id", "position", "kind", "speaker", "group", "how", "words", "text"]


def _sentence_bounds(passage: str, pos: int) -> tuple[int, int]:
    starts = [
        m.end()
        for m in re.finditer(r"[.!?…][\"“”»«]?\s+(?=[\"„“«»A-ZÄÖÜ])", passage)
        if m.end() <= pos
    ]
    start = starts[-1] if starts else 0
    end_m = re.search(r"[.!?…](?:[\"“”»«])?(?=\s|$)", passage[pos:])
    return start, (pos + end_m.end() if end_m else len(passage))


def extract_voices(
    passages: pd.DataFrame, gazetteer: Gazetteer, lexicon: Lexicon, min_words: int = 4
) -> pd.DataFrame:
    """Every direct quotation and reported-speech sentence with its speaker and group."""
    rows = []
    for article_id, group in passages.sort_values(["article_id", "position"]).groupby(
        "article_id", sort=True
    ):
        last_actor: Actor | None = None
        prev_text = ""
        for p in group.itertuples():
            text = p.text
            last_quote_speaker: Actor | None = None
            quoted = []
            for q0, q1 in textlib.quote_spans(text):
                inner = text[q0 + 1 : q1 - 1]
                if len(inner.split()) < min_words:
                    continue
                quoted.append((q0, q1))
                s0, s1 = _sentence_bounds(text, q0)
                after, before = text[q1:s1], text[s0:q0]
                speaker, how = None, "unknown"
                found_after = gazetteer.find(after)
                if SPEECH_VERB.search(after) and found_after:
                    speaker, how = found_after[0][1], "named after the quote"
                elif (
                    before.strip()
                    and gazetteer.find(before)
                    and (
                        before.rstrip().endswith(":")
                        or any(m.marker in ATTRIBUTION for m in match_markers(before, lexicon))
                    )
                ):
                    speaker, how = gazetteer.find(before)[-1][1], "named before the quote"
                elif not before.strip() and prev_text.rstrip().endswith(":"):
                    last = textlib.sentences(prev_text)[-1]
                    named = gazetteer.find(last)
                    if named:
                        speaker, how = named[0][1], "named in the preceding passage"
                    elif PRONOUN.search(last) and last_actor:
                        speaker, how = last_actor, "pronoun for the last actor named"
                elif last_quote_speaker is not None:
                    speaker, how = last_quote_speaker, "continues the previous quotation"
                if speaker is not None:
                    last_quote_speaker = speaker
                rows.append(
                    dict(
                        article_id=article_id,
                        position=p.position,
                        kind="direct",
                        speaker=speaker.name if speaker else "unknown",
                        group=speaker.group if speaker else "unknown",
                        how=how,
                        words=len(inner.split()),
                        text=inner,
                    )
                )
            for s in textlib.sentences(text):
                start = text.find(s)
                if any(q0 <= start < q1 or start <= q0 < start + len(s) for q0, q1 in quoted):
                    continue
                if s.rstrip().endswith(":"):
                    continue  # introduces the direct quotation that follows
                attributions = [m for m in match_markers(s, lexicon) if m.marker in ATTRIBUTION]
                named = gazetteer.find(s)
                if attributions and PRONOUN.match(s) and last_actor is not None:
                    named = [(0, last_actor)]
                if attributions and named:
                    verb = attributions[0].start
                    speaker = min(named, key=lambda a: abs(a[0] - verb))[1]
                    rows.append(
                        dict(
                            article_id=article_id,
                            position=p.position,
                            kind="reported",
                            speaker=speaker.name,
                            group=speaker.group,
                            how=f"{attributions[0].marker}: {attributions[0].text}",
                            words=len(s.split()),
                            text=s,
                        )
                    )
            named_here = gazetteer.find(text)
            if named_here:
                last_actor = named_here[-1][1]
            prev_text = text
    return pd.DataFrame(rows, columns=QUOTE_COLUMNS)


def voices_by_camp(voices: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """Per camp, actor group and kind: how many quotations and how many words."""
    df = voices.merge(articles[["id", "camp"]], left_on="article_id", right_on="id")
    out = df.groupby(["camp", "group", "kind"], as_index=False).agg(
        n=("text", "size"),
        words=("words", "sum"),
        speakers=("speaker", lambda s: ", ".join(sorted(set(s)))),
    )
    out["word_share"] = out["words"] / out.groupby("camp")["words"].transform("sum")
    return out.sort_values(["camp", "group", "kind"], ignore_index=True)


def voice_summary(by_camp: pd.DataFrame) -> dict:
    """``{camp: {group: words}}`` for the metrics file."""
    return {
        camp: {grp: int(w) for grp, w in g.groupby("group")["words"].sum().items()}
        for camp, g in by_camp.groupby("camp")
    }
