"""Sentence-level attribution: whose voice is each sentence, and who is the speaker.

Pure functions over German text, no study-specific content. Entry points:
:func:`annotate.annotate_article`, :func:`annotate.voice_spans` + :func:`annotate.voice_at`,
:func:`tables.voices_from_passages`, :func:`framelab.sentences.sentence_spans`,
:func:`quotes.quote_spans`, :func:`cues.find_cues`.
"""

from framelab.attribution.annotate import annotate_article, voice_at, voice_spans
from framelab.attribution.tables import annotate_passages, voices_from_passages
from framelab.sentences import sentence_spans, split_sentences

__all__ = [
    "annotate_article",
    "annotate_passages",
    "sentence_spans",
    "split_sentences",
    "voice_at",
    "voice_spans",
    "voices_from_passages",
]
