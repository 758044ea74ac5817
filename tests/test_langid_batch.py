"""The batched language identifier against py3langid's own classify and byte walk."""

from collections import Counter

import numpy as np
import pytest
from py3langid.langid import visit_counts

from framelab.clean import langid_batch
from framelab.clean.language import _identifier, detect

GERMAN = (
    "Die Bundesregierung hat am Mittwoch neue Regeln für die Aufnahme von Geflüchteten "
    "beschlossen. Der Innenminister sagte, die Kommunen würden dabei unterstützt."
)
TEXTS = [
    GERMAN,
    GERMAN * 9,  # several segments: the warm-up must carry the automaton's state across them
    "The government adopted new rules on Wednesday, the minister said in Berlin.",
    "Правительство приняло новые правила, заявил министр.",
    "DIE REGIERUNG HAT NEUE REGELN BESCHLOSSEN",  # upper case is lowered, as in py3langid
    "Grüße aus Köln 😀 – „Zitat“ … ",
    "",
    "   ",
    "a",
]


def test_feature_counts_equal_the_sequential_walk():
    ident = _identifier()
    encoded = [langid_batch.encode(t) for t in TEXTS]
    text, feature = langid_batch.walk(encoded, langid_batch.automaton(ident))
    for i, b in enumerate(encoded):
        expected = visit_counts(ident.tk_nextmove, ident._rowbase, ident.tk_output, b) or {}
        assert Counter(feature[text == i].tolist()) == Counter(expected)


def test_long_text_spans_several_segments():
    assert len(langid_batch.encode(TEXTS[1])) > 2 * langid_batch.SEGMENT


def test_classify_many_agrees_with_py3langid():
    ident = _identifier()
    got = langid_batch.classify_many(TEXTS, ident)
    for text, (lang, prob) in zip(TEXTS, got, strict=True):
        ref_lang, ref_prob = ident.classify(text)
        assert lang == ref_lang
        assert prob == pytest.approx(float(ref_prob), abs=1e-5)
    assert [lang for lang, _ in got[:4]] == ["de", "de", "en", "ru"]


def test_a_texts_result_does_not_depend_on_its_batch():
    ident = _identifier()
    alone = [langid_batch.classify_many([t], ident)[0] for t in TEXTS]
    assert langid_batch.classify_many(TEXTS, ident) == alone
    assert langid_batch.classify_many(TEXTS[::-1], ident) == alone[::-1]


def test_detect_keeps_order_and_duplicates():
    found = detect([TEXTS[2], TEXTS[0], TEXTS[2]])
    assert [lang for lang, _ in found] == ["en", "de", "en"]
    assert found[0] == found[2]


def test_no_text_at_all():
    assert langid_batch.classify_many([], _identifier()) == []
    text, feature = langid_batch.walk([], langid_batch.automaton(_identifier()))
    assert len(text) == len(feature) == 0 and text.dtype == np.int64
