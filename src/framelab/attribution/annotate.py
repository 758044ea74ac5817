"""Per-article attribution: which sentences are somebody else's speech, and whose.

Pure functions over text. The article state (last speaker, whether the previous sentence was a
statement, a pending colon introduction, the current interview turn) is an explicit
:class:`ArticleState` value passed from sentence to sentence.

Rules, in order, for one sentence:
1. interview turn ("STANDARD: …", "Name: …" in an article with two or more such labels);
2. speech cues (verbs, particle verbs, nominal and impersonal cues) with a speaker → one
   statement per distinct speaker; ``direct`` when verbatim quotation (longer than
   ``scare_max_words``) is at least half of the sentence's words, else ``reported``;
3. without a cue: a long quotation → ``direct`` by the pending colon speaker or the previous
   statement's speaker; text after a colon introduction → its speaker (``direct`` in first
   person, else ``reported``); Konjunktiv I (or II as substitute) right after a statement →
   ``reported`` continuation; first-person speech right after a direct statement → ``direct``.
A sentence ending in a cue and a colon ("Gerassimow betonte:") introduces the next one and is
not a statement itself.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from framelab.attribution.cues import (
    SPEECH,
    CueLexicon,
    blank,
    cue_surface,
    default_cues,
    find_cues,
)
from framelab.attribution.model import Quote, Sentence, Speaker, Statement, VoiceRow, VoiceSpan
from framelab.attribution.quotes import quote_spans, word_count
from framelab.attribution.sentences import sentence_spans
from framelab.attribution.speakers import find_speaker

TURN = re.compile(r"^([A-ZÄÖÜ][\w.\-]*(?:\s[A-ZÄÖÜ][\w.\-]*){0,2}):\s+\S")
FIRST_PERSON = re.compile(r"(?<!\w)(?:ich|wir|mir|mich|uns|unser\w*|mein\w*)(?!\w)", re.IGNORECASE)
COORDINATED = re.compile(r"(?:,|\bund|\bsowie)\s*$")
PRONOUN = frozenset({"er", "sie", "Er", "Sie"})


@dataclass(frozen=True)
class ArticleState:
    """What carries over from one sentence to the next within an article."""

    last: Speaker | None = None  # speaker of the last statement
    continuing: str = ""  # kind of the previous sentence's statement, "" if narrator
    pending: Speaker | None = None  # speaker of a colon introduction ("X sagte:")
    turn: Speaker | None = None  # current interview turn
    interview: bool = False  # the article is printed in question/answer format
    people: tuple[Speaker, ...] = ()  # speakers named so far (for pronouns and descriptions)


@dataclass(frozen=True)
class Context:
    lexicon: CueLexicon
    scare_max_words: int


def resolve(speaker: Speaker, state: ArticleState) -> Speaker:
    """A pronoun or a description resolved to the last fitting named speaker of the article."""
    if speaker.mention in PRONOUN:
        fits = [p for p in state.people if speaker.gender in (p.gender, "?") or p.gender == "?"]
        found = (fits or list(state.people))[-1:] if state.people else []
        return (
            replace(speaker, name=found[0].name, rule=speaker.rule + "+pronoun")
            if found
            else speaker
        )
    if speaker.rule.endswith("+description"):
        head = speaker.name.split()[-1] if speaker.name else ""
        if head.endswith(("Jährige", "Jähriger")) and state.people:
            return replace(speaker, name=state.people[-1].name)
    return speaker


def _remember(state: ArticleState, speaker: Speaker) -> ArticleState:
    if speaker.rule.endswith("+description") or speaker.mention in PRONOUN or not speaker.mention:
        return state
    return replace(state, people=(*state.people, speaker))


def _is_cued(masked: str, quote: Quote, s0: int, lexicon: CueLexicon) -> bool:
    """A short quotation with a speech verb right after it (", sagte er") or a colon before it."""
    after = masked[quote.end - s0 : quote.end - s0 + 40]
    before = masked[: quote.start - s0].rstrip()
    if before.endswith(":"):
        return True
    return any(
        c.category in {"verb", "particle"} and c.start <= 3 for c in find_cues(after, lexicon)
    )


def _cue_speakers(text: str, masked: str, ctx: Context, state: ArticleState):
    """``(cue, speaker)`` for every speech cue with a speaker, one per distinct speaker."""
    found, seen = [], set()
    cues = [c for c in find_cues(masked, ctx.lexicon) if c.category in SPEECH]
    for cue in sorted(cues, key=lambda c: c.category not in {"verb", "particle"}):
        if found and COORDINATED.search(masked, 0, cue.start):
            continue  # "…, hob deren Mut hervor und lobte …": same (elided) subject
        speaker = find_speaker(text, cue, ctx.lexicon.metonyms)
        if speaker is None:
            continue
        speaker = resolve(speaker, state)
        if speaker.name not in seen:
            seen.add(speaker.name)
            found.append((cue, speaker))
    return found


def _konjunktiv(masked: str, ctx: Context, second: bool = True) -> str:
    """The first Konjunktiv I form (or II substitute) outside quotations, "" if none."""
    for cue in find_cues(masked, ctx.lexicon):
        if cue.category == "konjunktiv1" or (second and cue.category == "konjunktiv2"):
            return f"Konjunktiv {'I' if cue.category == 'konjunktiv1' else 'II'}: {cue.text}"
    return ""


def _statement(sent: Sentence, kind: str, cue: str, speaker: Speaker, text: str, rule: str):
    return Statement(
        sent.position,
        sent.index,
        kind,
        cue,
        speaker.mention,
        speaker.name,
        text.strip(),
        sent.start,
        sent.end,
        rule,
    )


def _direct_share(sent: Sentence, quotes: list[Quote], masked: str, ctx: Context) -> float:
    voiced = [q for q in quotes if not q.scare or _is_cued(masked, q, sent.start, ctx.lexicon)]
    total = word_count(sent.text) or 1
    return sum(q.words for q in voiced) / total


def _quoted_text(sent: Sentence, quotes: list[Quote], passage: str) -> str:
    return " … ".join(passage[q.inner_start : q.inner_end] for q in quotes if not q.scare)


def _content(sent: Sentence, cue_start: int) -> str:
    """Content without a postposed cue ("…, sagte Putin." → the part before the comma)."""
    head = sent.text[:cue_start].rstrip()
    if head.endswith((",", "–")) and len(head) > 10:
        return head.rstrip(",–").strip()
    return sent.text


def _with_cues(sent, quotes, masked, passage, found, ctx):
    share = _direct_share(sent, quotes, masked, ctx)
    kind = "direct" if share >= 0.5 else "reported"
    out = []
    for cue, speaker in found:
        text = (
            _quoted_text(sent, quotes, passage) if kind == "direct" else _content(sent, cue.start)
        )
        out.append(_statement(sent, kind, cue_surface(cue), speaker, text, f"cue:{cue.entry}"))
    return out


def _without_cues(sent, quotes, masked, passage, state, ctx):
    """Statements of a sentence without a speech cue: quotations, colon intros, continuations."""
    source = state.pending or (state.last if state.continuing else None)
    if source is None:
        return []
    inherited = replace(source, mention="")
    rule = "colon" if state.pending else "continuation"
    if _direct_share(sent, quotes, masked, ctx) >= 0.5:
        return [
            _statement(
                sent,
                "direct",
                rule,
                inherited,
                _quoted_text(sent, quotes, passage),
                f"{rule}:quotation",
            )
        ]
    first_person = FIRST_PERSON.search(masked)
    if first_person and (state.pending or state.continuing == "direct"):
        return [_statement(sent, "direct", rule, inherited, sent.text, f"{rule}:first_person")]
    mood = _konjunktiv(masked, ctx)
    if state.pending or mood:
        cue = mood or ":"
        return [_statement(sent, "reported", cue, inherited, sent.text, f"{rule}:konjunktiv")]
    return []


def _is_intro(sent: Sentence, found: list) -> bool:
    """A sentence that ends with its cue and a colon ("Gerassimow betonte:")."""
    return bool(found) and sent.text.rstrip().endswith(":")


def annotate_sentence(
    sent: Sentence, quotes: list[Quote], passage: str, state: ArticleState, ctx: Context
) -> tuple[list[Statement], ArticleState]:
    """Statements of one sentence and the state after it."""
    masked = blank(sent.text, [(q.start - sent.start, q.end - sent.start) for q in quotes])
    turn = _turn(sent, state)
    if turn is not None:
        st = _statement(sent, "interview", ":", turn, sent.text, "interview")
        return [st], replace(state, turn=turn, last=turn, continuing="interview", pending=None)
    found = _cue_speakers(sent.text, masked, ctx, state)
    if _is_intro(sent, found):
        return [], replace(
            state,
            pending=found[0][1],
            continuing="",
            last=found[0][1],
            people=_remember(state, found[0][1]).people,
        )
    if found:
        out = _with_cues(sent, quotes, masked, passage, found, ctx)
        for _, speaker in found:
            state = _remember(state, speaker)
    else:
        out = _without_cues(sent, quotes, masked, passage, state, ctx)
    last = _speaker_of(out[-1]) if out else state.last
    return out, replace(state, last=last, continuing=out[-1].kind if out else "", pending=None)


def _speaker_of(st: Statement) -> Speaker:
    return Speaker(st.speaker, st.speaker_name, st.rule)


def _turn(sent: Sentence, state: ArticleState) -> Speaker | None:
    """The interview turn a sentence belongs to (a new label, or the running turn)."""
    if not state.interview:
        return None
    m = TURN.match(sent.text)
    if m:
        return Speaker(m.group(1), m.group(1), "interview")
    return state.turn


def is_interview(texts: list[str]) -> bool:
    """Question/answer format: two or more turn labels, one of them repeated or "STANDARD"."""
    labels = [m.group(1) for t in texts for s, e in sentence_spans(t) if (m := TURN.match(t[s:e]))]
    return len(labels) >= 2 and (len(set(labels)) < len(labels) or "STANDARD" in labels)


def annotate_passage(
    position: int, text: str, is_heading: bool, state: ArticleState, ctx: Context
) -> tuple[list[Statement], list[VoiceRow], ArticleState]:
    """Statements and per-sentence voices of one passage, and the state after it."""
    quotes = quote_spans(text, ctx.scare_max_words)
    if is_heading:
        state = replace(state, continuing="", pending=None)
    statements, voices = [], []
    for index, (s0, s1) in enumerate(sentence_spans(text)):
        sent = Sentence(position, index, s0, s1, text[s0:s1])
        inside = [_clip(q, s0, s1, text) for q in quotes if q.start < s1 and q.end > s0]
        found, state = annotate_sentence(sent, inside, text, state, ctx)
        statements += found
        voices.append(_voice_row(sent, found))
    if is_heading:
        state = replace(state, continuing="", pending=None)
    return statements, voices, state


def _clip(q: Quote, s0: int, s1: int, text: str) -> Quote:
    """A quotation cut to one sentence (a quotation may span several sentences)."""
    if q.start >= s0 and q.end <= s1:
        return q
    start, end = max(q.start, s0), min(q.end, s1)
    inner0, inner1 = max(q.inner_start, s0), min(q.inner_end, s1)
    return Quote(start, end, inner0, inner1, word_count(text[inner0:inner1]), q.scare)


def _voice_row(sent: Sentence, found: list[Statement]) -> VoiceRow:
    if not found:
        return VoiceRow(sent.position, sent.index, sent.start, sent.end, "narrator", "", "", "")
    st = found[0]
    return VoiceRow(
        sent.position, sent.index, sent.start, sent.end, st.kind, st.speaker_name, st.cue, st.rule
    )


def annotate_article(
    passages: list[tuple[int, str, bool]],
    gazetteer: dict | None = None,
    scare_max_words: int = 3,
    lexicon: CueLexicon | None = None,
):
    """``(voices_rows, statement_rows)`` of one article as lists of dicts, in text order.

    ``passages``: ``(position, text, is_heading)``. ``gazetteer``: optional ``alias → (name,
    group)``; it only maps found names to a group (``unmapped`` otherwise).
    """
    ctx = Context(lexicon or default_cues(), scare_max_words)
    state = ArticleState(interview=is_interview([t for _, t, h in passages if not h]))
    statements, voices = [], []
    for position, text, is_heading in sorted(passages, key=lambda p: p[0]):
        found, rows, state = annotate_passage(position, text, is_heading, state, ctx)
        statements += found
        voices += rows
    statement_rows = [
        dict(vars(st), group=group_of(st.speaker_name, st.speaker, gazetteer)) for st in statements
    ]
    return [dict(vars(v)) for v in voices], statement_rows


def group_of(name: str, mention: str, gazetteer: dict | None) -> str:
    """The group of a speaker from an optional gazetteer (alias → (name, group))."""
    if not gazetteer:
        return "unmapped"
    for key in (mention, name, name.split()[-1] if name else ""):
        if key in gazetteer:
            return gazetteer[key][1]
    return "unmapped"


def voice_spans(
    passages: list[tuple[int, str, bool]],
    scare_max_words: int = 3,
    lexicon: CueLexicon | None = None,
) -> list[VoiceSpan]:
    """Spans of an article that are not the narrator's: statements' sentences and quotations."""
    voices, _ = annotate_article(passages, None, scare_max_words, lexicon)
    texts = {p: t for p, t, _ in passages}
    spans = [
        VoiceSpan(v["position"], v["start"], v["end"], v["voice"], v["speaker_name"])
        for v in voices
        if v["voice"] != "narrator"
    ]
    for position, text in texts.items():
        for q in quote_spans(text, scare_max_words):
            spans.append(VoiceSpan(position, q.start, q.end, "scare" if q.scare else "direct", ""))
    return sorted(spans, key=lambda s: (s.position, s.start, -s.end))


def voice_at(spans: list[VoiceSpan], position: int, offset: int) -> VoiceSpan:
    """Whose voice a character offset of a passage is: the innermost span, else the narrator."""
    inside = [s for s in spans if s.position == position and s.start <= offset < s.end]
    if not inside:
        return VoiceSpan(position, offset, offset, "narrator", "")
    return min(inside, key=lambda s: s.end - s.start)
