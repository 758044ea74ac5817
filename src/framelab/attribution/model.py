"""Frozen records of the attribution analysis.

Voices (per sentence, :class:`VoiceRow`): ``narrator`` (the text's own voice), ``direct``
(verbatim quotation is the main content), ``reported`` (indirect speech: cue + dass-clause,
Konjunktiv, nominal cue, continuation), ``interview`` (a question/answer turn). A sentence that
holds attributed content of two speakers gets the voice of its first statement. Finer-grained
spans (a scare quote inside narrator text, a quotation inside a reported clause) are
:class:`VoiceSpan` records; see :func:`framelab.attribution.annotate.voice_at`.
"""

from __future__ import annotations

from dataclasses import dataclass

VOICES = ("narrator", "direct", "reported", "interview", "scare")
KINDS = ("direct", "reported", "interview")


@dataclass(frozen=True)
class Span:
    start: int
    end: int

    def contains(self, offset: int) -> bool:
        return self.start <= offset < self.end


@dataclass(frozen=True)
class Sentence:
    position: int
    index: int
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Quote:
    """A quotation: outer span with the marks, inner span without, word count, scare or not."""

    start: int
    end: int
    inner_start: int
    inner_end: int
    words: int
    scare: bool


@dataclass(frozen=True)
class Cue:
    """One cue match in a sentence (offsets relative to the sentence)."""

    category: str
    entry: str
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Speaker:
    """A speaker mention (``mention`` as written) and its resolved ``name``."""

    mention: str
    name: str
    rule: str
    gender: str = "?"  # m | f | p (plural) | o (organisation) | ? — for pronoun resolution


@dataclass(frozen=True)
class Statement:
    position: int
    sentence_index: int
    kind: str
    cue: str
    speaker: str
    speaker_name: str
    text: str
    start: int
    end: int
    rule: str


@dataclass(frozen=True)
class VoiceRow:
    position: int
    sentence_index: int
    start: int
    end: int
    voice: str
    speaker_name: str
    cue: str
    rule: str


@dataclass(frozen=True)
class VoiceSpan:
    """A span of a passage and whose voice it is (narrator, direct, reported, interview, scare)."""

    position: int
    start: int
    end: int
    voice: str
    speaker_name: str
