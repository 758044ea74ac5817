"""One pass over the passages for the stance analysis, chunk by chunk in worker processes.

A chunk holds whole articles with their voice rows from the attribution stage. For every passage
the targets are searched once; event passages are labelled; contested names are matched with
the voice at their position; each article's lemmas are counted for keyness. Only summaries
return to the parent — mention counts, the stance rows of event passages, name matches, sparse
word counts, and the passages of manually coded articles — so memory follows the chunk size and
the vocabulary, not the number of articles. The result is the same for any chunking or number
of workers (counts add up; rows are sorted; vocabularies are merged in sorted order).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import partial

import numpy as np
import pandas as pd

from framelab.analysis.fit import mention_table
from framelab.analysis.keyness import GroupCounts, Lemmas
from framelab.analysis.naming import naming_matches
from framelab.analysis.scope import event_mask, in_scope
from framelab.analysis.stance import STANCE_COLUMNS, stance_table
from framelab.attribution.annotate import spans_of
from framelab.runtime.vectorize import CountMerger, count_chunk

ARTICLE_COLUMNS = ["id", "camp", "n_tokens", "about_event", "analysed"]
PASSAGE_COLUMNS = ["article_id", "position", "kind", "text", "in_language"]
VOICE_COLUMNS = ["article_id", "position", "start", "end", "voice", "speaker_name"]


@dataclass(frozen=True)
class PassSettings:
    """What one worker needs (picklable)."""

    targets: tuple
    lexicon: object
    pairs: list
    scare_max_words: int
    stopwords: frozenset[str]
    coded: frozenset[str] = frozenset()  # articles of the manual coding: their passages return


@dataclass
class PassResult:
    """What the pass returns to the notebook. The article × lemma counts are assembled on
    first use of :attr:`keyness` (after the workers are gone, so the merge's peak does not add
    to theirs)."""

    fit: pd.DataFrame  # target, inside, passages, hits
    stance: pd.DataFrame  # STANCE_COLUMNS, event passages only
    names: pd.DataFrame  # pair, variant, camp, voice_class, n
    counts: _Counts = field(repr=False)
    coded: pd.DataFrame  # passages of manually coded articles
    parts: list = field(default_factory=list, repr=False)

    @property
    def keyness(self) -> GroupCounts | None:
        """Article × lemma counts with the camps (``None`` for an empty corpus)."""
        return self.counts.result()


def pass_chunk(chunk: tuple[pd.DataFrame, pd.DataFrame], settings: PassSettings):
    """Map step over ``(passages, voices)`` of whole articles, sorted by article (passages
    carry ``camp``, ``in_event`` and ``in_scope``). Target mentions are counted in every
    passage (for the fit table); stance labels only in event passages; names and keyness
    words only in the analysed articles."""
    passages, voices = chunk
    spans = article_spans(passages, voices, settings.scare_max_words)
    mentioned = mention_table(passages, settings.targets)
    inside = passages["in_event"].to_numpy(bool)
    fit = _fit_counts(mentioned, inside)
    stance = stance_table(
        passages[inside], settings.targets, settings.lexicon, spans, mentioned[inside]
    )
    scoped = passages[passages["in_scope"].to_numpy(bool)]
    names = naming_matches(scoped, settings.pairs, spans)
    texts = scoped.groupby("article_id", sort=True)["text"].apply(" ".join)
    vocab, X = count_chunk(texts.tolist(), Lemmas(settings.stopwords))
    camps = scoped.groupby("article_id", sort=True)["camp"].first().to_numpy()
    coded = passages[passages["article_id"].isin(settings.coded)]
    return fit, stance, names, (texts.index.to_numpy(), camps, vocab, X), coded


def article_spans(passages: pd.DataFrame, voices: pd.DataFrame, scare_max_words: int) -> dict:
    """``{article_id: [VoiceSpan]}`` of every article in ``passages`` (columns read once, not
    per article)."""
    rows: dict[str, list[tuple]] = {}
    cols = [passages[c] for c in ("article_id", "position", "text", "kind")]
    for a, pos, text, kind in zip(*cols, strict=True):
        rows.setdefault(a, []).append((int(pos), str(text), kind == "heading"))
    said: dict[str, list[dict]] = {}
    if len(voices):
        for v in voices[VOICE_COLUMNS].to_dict("records"):
            said.setdefault(v["article_id"], []).append(v)
    return {a: spans_of(said.get(a, []), p, scare_max_words) for a, p in rows.items()}


def _fit_counts(mentioned: pd.DataFrame, inside: np.ndarray) -> pd.DataFrame:
    rows = [
        dict(target=name, inside=flag, passages=int(where.sum()), hits=int(hit[where].sum()))
        for name, hit in ((n, mentioned[n].to_numpy(bool)) for n in mentioned.columns)
        for flag, where in ((True, inside), (False, ~inside))
    ]
    return pd.DataFrame(rows, columns=["target", "inside", "passages", "hits"])


def run_pass(chunks: Iterable, settings: PassSettings, executor) -> PassResult:
    """Reduce step: the summaries of every chunk, combined."""
    fits, stances, names, coded = [], [], [], []
    counts = _Counts()
    for fit, stance, name, count, code in executor.map(
        partial(pass_chunk, settings=settings), chunks, desc="stance"
    ):
        fits.append(fit)
        stances.append(stance)
        names.append(_sum_names([name]))  # matches summed per chunk, not kept
        counts.add(*count)
        coded.append(code)
    return PassResult(
        fit=_sum_fit(fits, settings.targets),
        stance=_sorted_stance(stances),
        names=_sum_names(names, "n"),
        counts=counts,
        coded=pd.concat(coded, ignore_index=True) if coded else pd.DataFrame(),
    )


def _sum_fit(fits: list[pd.DataFrame], targets) -> pd.DataFrame:
    empty = pd.DataFrame(
        [dict(target=t.name, inside=f, passages=0, hits=0) for t in targets for f in (True, False)]
    )
    df = pd.concat([empty, *fits], ignore_index=True)
    return df.groupby(["target", "inside"], as_index=False, sort=True)[["passages", "hits"]].sum()


def _sorted_stance(stances: list[pd.DataFrame]) -> pd.DataFrame:
    frames = [s for s in stances if len(s)]
    if not frames:
        return pd.DataFrame(columns=STANCE_COLUMNS)
    df = pd.concat(frames, ignore_index=True)
    return df.sort_values(["article_id", "position", "target"], ignore_index=True)


def _sum_names(names: list[pd.DataFrame], weight: str = "") -> pd.DataFrame:
    """Matches (or counts in column ``weight``) summed per pair, variant, camp and voice."""
    keys = ["pair", "variant", "camp", "voice_class"]
    df = pd.concat(names, ignore_index=True) if names else pd.DataFrame(columns=keys)
    if weight:
        return df.groupby(keys, as_index=False, sort=True)[weight].sum()
    return df.groupby(keys, as_index=False, sort=True).size().rename(columns={"size": "n"})


class _Counts:
    """Article × lemma counts of the chunks, merged as they arrive (:class:`CountMerger`)."""

    def __init__(self) -> None:
        self.merger, self.ids, self.labels = CountMerger(), [], []
        self._result: GroupCounts | None = None

    def add(self, ids: np.ndarray, labels: np.ndarray, vocab: np.ndarray, X) -> None:
        if len(ids):
            self.merger.add(vocab, X)
            self.ids.append(ids)
            self.labels.append(labels)

    def result(self) -> GroupCounts | None:
        """The merged counts (assembled once)."""
        if self._result is None and self.ids:
            X, vocab = self.merger.result()
            labels = np.concatenate(self.labels)
            ids = np.concatenate(self.ids)
            self._result = GroupCounts(X, ids, vocab, labels, sorted(set(labels)))
            self.ids, self.labels = [], []
        return self._result


def pass_chunks(
    passages: Iterator[pd.DataFrame],
    voices: Iterator[pd.DataFrame],
    articles: pd.DataFrame,
    size: int,
) -> Iterator[tuple[pd.DataFrame, pd.DataFrame]]:
    """Chunks of ``size`` whole articles as ``(passages, voices)``; the passages carry their
    article's ``camp``, ``in_event`` (about the event and in a study camp) and ``in_scope``
    (an analysed article, :func:`framelab.analysis.scope.in_scope`)."""
    flags = articles.set_index("id")
    event = event_mask(flags)
    analysed = in_scope(flags)
    held_p: list[pd.DataFrame] = []
    held_v: list[pd.DataFrame] = []
    for p, v in align_articles(passages, voices):
        p = p[p["in_language"].astype(bool)]  # other-language passages are counted, not analysed
        p = p.assign(
            camp=p["article_id"].map(flags["camp"]),
            in_event=p["article_id"].map(event).fillna(False).astype(bool),
            in_scope=p["article_id"].map(analysed).fillna(False).astype(bool),
        )
        held_p.append(p)
        held_v.append(v)
        yield from _full_chunks(held_p, held_v, size)
    yield from _full_chunks(held_p, held_v, size, last=True)


def _full_chunks(held_p: list, held_v: list, size: int, last: bool = False):
    """Cut the held frames into chunks of ``size`` articles (the rest stays held, unless
    ``last``)."""
    frames = [f for f in held_p if len(f)]
    if not frames:
        held_p.clear(), held_v.clear()
        return
    p = pd.concat(frames, ignore_index=True)
    vs = [f for f in held_v if len(f)]
    v = pd.concat(vs, ignore_index=True) if vs else pd.DataFrame(columns=VOICE_COLUMNS)
    ids = p["article_id"].drop_duplicates().to_numpy()
    cut = len(ids) if last else len(ids) - len(ids) % size
    for start in range(0, cut, size):
        chosen = set(ids[start : start + size])
        yield (
            p[p["article_id"].isin(chosen)].reset_index(drop=True),
            v[v["article_id"].isin(chosen)].reset_index(drop=True),
        )
    rest = set(ids[cut:])
    held_p[:] = [p[p["article_id"].isin(rest)]]
    held_v[:] = [v[v["article_id"].isin(rest)]]


def align_articles(
    left: Iterable[pd.DataFrame], right: Iterable[pd.DataFrame], key: str = "article_id"
) -> Iterator[tuple[pd.DataFrame, pd.DataFrame]]:
    """``(left frame, right rows of the same articles)``; both streams are sorted by ``key``
    and hold whole articles per frame (see :func:`framelab.runtime.partitions.iter_articles`)."""
    right = iter(right)
    buf: pd.DataFrame | None = None
    done = False
    for frame in left:
        last = frame[key].iloc[-1]
        while not done and (buf is None or buf.empty or buf[key].iloc[-1] <= last):
            nxt = next(right, None)
            if nxt is None:
                done = True
            else:
                buf = nxt if buf is None or buf.empty else pd.concat([buf, nxt], ignore_index=True)
        if buf is None:
            yield frame, pd.DataFrame(columns=[key])
            continue
        upto = buf[key] <= last
        yield frame, buf[upto & buf[key].isin(frame[key])]
        buf = buf[~upto]


CHUNK_ARTICLES = 200  # articles per task (memory per worker, not a research parameter)


def corpus_pass(articles: pd.DataFrame, settings: PassSettings, executor, size: int = 0):
    """The pass over the project's passages and voice rows (``data/processed``), read in
    batches of whole articles."""
    from framelab import layout
    from framelab.runtime.partitions import iter_articles

    chunks = pass_chunks(
        iter_articles(layout.resolve(layout.PASSAGES), PASSAGE_COLUMNS),
        iter_articles(layout.resolve(layout.ATTRIBUTION), VOICE_COLUMNS),
        articles,
        size or CHUNK_ARTICLES,
    )
    return run_pass(chunks, settings, executor)


def event_passage_count(fit: pd.DataFrame) -> tuple[int, int]:
    """``(event passages, all analysed passages)`` from the pass's mention counts."""
    first = fit[fit["target"] == fit["target"].iloc[0]] if len(fit) else fit
    inside = int(first.loc[first["inside"], "passages"].sum())
    return inside, int(first["passages"].sum())
