"""The faster sentence search gives HanTa's own tags, sentence for sentence."""

import csv
import random

import pytest

from framelab.attribution import tagging
from framelab.attribution.hanta_viterbi import ViterbiTagger
from framelab.paths import KGNAD_TEST
from framelab.sentences import sentence_spans

from ..conftest import SEEDS

SAMPLE = 300  # 10kGNAD sentences compared (seeded sample)


def _sentences(text: str) -> list[list[str]]:
    """The token lists of a text's sentences, tokenised as the tagger is called."""
    sentences = (text[s:e] for s, e in sentence_spans(text))
    tokens = ([m.group() for m in tagging.TOKEN.finditer(s)] for s in sentences)
    return [t for t in tokens if t]


@pytest.fixture(scope="module")
def model():
    """The project's tagger (its word analysis is HanTa's, as test_hanta_forward checks)."""
    return tagging.tagger()


def _assert_same_tags(model, sentences: list[list[str]]) -> None:
    """HanTa's own search (the class's method) and a fresh ViterbiTagger agree."""
    from HanTa.HanoverTagger import HanoverTagger

    fast = ViterbiTagger(model)
    for tokens in sentences:
        for casesensitive in (True, False):
            expected = HanoverTagger.tag_sent_viterbi(model, tokens, casesensitive)
            assert fast(tokens, casesensitive) == expected, tokens


def test_same_tags_as_hanta_on_the_seed_articles(model):
    texts = [p.read_text(encoding="utf-8") for p in sorted((SEEDS / "articles").glob("*.txt"))]
    sentences = [s for text in texts for s in _sentences(text)]
    assert len(sentences) > 50
    _assert_same_tags(model, [*sentences, ["ja"], ["Nein", "!"], ["xqzt", "vbrk", "."]])


def test_same_tags_as_hanta_on_10kgnad_sentences(model):
    if not KGNAD_TEST.is_file():
        pytest.skip(f"{KGNAD_TEST} not found: 10kGNAD benchmark corpus absent")
    with KGNAD_TEST.open(newline="", encoding="utf-8") as f:
        texts = [row[1] for row in csv.reader(f, delimiter=";", quotechar="'")]
    sentences = [s for text in random.Random(11).sample(texts, 60) for s in _sentences(text)]
    _assert_same_tags(model, random.Random(5).sample(sentences, SAMPLE))


def test_empty_sentence_fails_as_in_hanta(model):
    from HanTa.HanoverTagger import HanoverTagger

    with pytest.raises(IndexError):
        HanoverTagger.tag_sent_viterbi(model, [])
    with pytest.raises(IndexError):
        ViterbiTagger(model)([])


def test_the_tagger_uses_it():
    assert isinstance(tagging.tagger().tag_sent_viterbi, ViterbiTagger)
    tagged = tagging.tag("Der Regierungssprecher wies die Vorwürfe zurück.")
    assert [t.tag for t in tagged][:3] == ["ART", "NN", "VV(FIN)"]


class ToyModel:
    """A small random HanTa-like model whose log probabilities come from a few values, so that
    paths often tie and the order of states, comparisons and additions decides the tags."""

    _debug = False

    def __init__(self, seed: int):
        rng = random.Random(seed)
        tags = list(range(4, 10))
        order = [*rng.sample(tags, len(tags)), 2]  # one order for all states, END (2) last
        values = [-0.1, -0.2, -0.3, -0.7, -1.0]
        states = [(0, 1)] + [(1, c) for c in tags] + [(a, b) for a in tags for b in tags]
        self.LP_trans_word = {s: {c: rng.choice(values) for c in order} for s in states}
        lexicon = [rng.sample(tags, rng.randint(1, 4)) for _ in range(8)] + [[], [3]]
        self.words = {
            f"w{i}": [(c, rng.choice(values)) for c in cands] for i, cands in enumerate(lexicon)
        }

    def _tag_word(self, word, cutoff, casesensitive, conditional):
        return self.words[word]


def test_same_tags_as_hanta_where_paths_tie():
    from HanTa.HanoverTagger import HanoverTagger

    rng = random.Random(3)
    for seed in range(40):
        toy = ToyModel(seed)
        fast = ViterbiTagger(toy)
        for _ in range(50):
            sent = rng.choices(sorted(toy.words), k=rng.randint(1, 8))
            assert fast(sent) == HanoverTagger.tag_sent_viterbi(toy, sent), (seed, sent)
