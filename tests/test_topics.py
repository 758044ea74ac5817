import numpy as np
import pandas as pd
import pytest
from scipy.sparse import csr_matrix

from framelab.topics import model as topics


@pytest.fixture
def toy():
    docs = pd.DataFrame(
        {
            "article_id": ["a", "a", "b", "b", "c", "c"],
            "position": [1, 2, 1, 2, 1, 2],
            "text": [
                "Soldaten kämpfen an der Front",
                "Soldaten kämpfen im Gebiet Kursk",
                "Der Vertrag regelt den Beistand",
                "Vertrag und Beistand im Abkommen",
                "Touristen reisen nach Nordkorea",
                "Touristen lieben Urlaub in Nordkorea",
            ],
            "n_tokens": [5, 6, 5, 5, 4, 6],
        }
    )
    vec = topics.build_vectorizer("nmf", frozenset({"der", "den", "und", "im", "in", "an", "nach"}))
    X = vec.fit_transform(docs.text)
    return docs, vec, X


def test_shares_sum_to_one_and_fit_is_repeatable(toy):
    _docs, _vec, X = toy
    a = topics.TopicModel(k=3, random_state=7).fit(X).transform(X)
    b = topics.TopicModel(k=3, random_state=7).fit(X).transform(X)
    np.testing.assert_allclose(a.sum(axis=1), 1.0)
    assert np.array_equal(a, b)


def test_lda_shares_sum_to_one(toy):
    docs, _, _ = toy
    vec = topics.build_vectorizer("lda", frozenset())
    X = vec.fit_transform(docs.text)
    shares = topics.TopicModel(k=2, method="lda", random_state=1).fit(X).transform(X)
    np.testing.assert_allclose(shares.sum(axis=1), 1.0)


def test_rows_without_terms_get_nan_not_a_fake_share(toy):
    _, _, X = toy
    model = topics.TopicModel(k=3, random_state=0).fit(X)
    empty = csr_matrix((1, X.shape[1]))
    assert np.isnan(model.transform(empty)).all()


def test_k_out_of_range_is_refused(toy):
    _, _, X = toy
    with pytest.raises(ValueError, match="k=10 must be between 1 and 6"):
        topics.TopicModel(k=10).fit(X)


def test_top_terms_separate_the_three_themes(toy):
    _docs, vec, X = toy
    model = topics.TopicModel(k=3, random_state=0).fit(X)
    terms = topics.top_terms(model, vec.get_feature_names_out(), n=2)
    firsts = {frozenset(g.term) for _, g in terms.groupby("topic")}
    assert (
        {"soldat", "kämpfen"} in firsts
        or {"soldat", "kampf"} in firsts
        or any("soldat" in s for s in firsts)
    )
    assert any("vertrag" in s or "beistand" in s for s in firsts)
    assert any("tourist" in s or "nordkorea" in s for s in firsts)
    labels = topics.topic_labels(terms, n=2)
    assert labels[1].startswith("T1 ")


def test_article_shares_are_length_weighted_and_sum_to_one():
    ps = pd.DataFrame(
        {
            "article_id": ["a"] * 4,
            "position": [1, 1, 2, 2],
            "topic": [1, 2, 1, 2],
            "share": [1.0, 0.0, 0.0, 1.0],
        }
    )
    w = pd.Series(
        [3, 1],
        index=pd.MultiIndex.from_tuples([("a", 1), ("a", 2)], names=["article_id", "position"]),
    )
    out = topics.article_shares(ps, w)
    assert out.share.tolist() == [0.75, 0.25]
    assert topics.article_shares(ps).share.tolist() == [0.5, 0.5]


def test_group_shares_count_each_article_once():
    art = pd.DataFrame(
        {
            "article_id": ["a", "a", "b", "b", "c", "c"],
            "topic": [1, 2] * 3,
            "share": [1.0, 0.0, 0.5, 0.5, 0.0, 1.0],
        }
    )
    meta = pd.DataFrame({"id": ["a", "b", "c"], "camp": ["x", "x", "y"]})
    g = topics.group_shares(art, meta, "camp")
    assert g[g.camp == "x"].share.tolist() == [0.75, 0.25]
    assert g[g.camp == "x"].n_articles.tolist() == [2, 2]
    d = topics.most_different_topic(g)
    assert d["spread"] == 0.75 and {d["high"], d["low"]} == {"x", "y"}


def test_select_units_drops_headings_and_short_passages():
    passages = pd.DataFrame(
        {
            "article_id": ["a", "a", "a"],
            "position": [1, 2, 3],
            "kind": ["heading", "body", "body"],
            "text": ["Titel", "Ein langer Satz mit vielen Worten hier.", "Kurz."],
            "n_tokens": [1, 7, 1],
        }
    )
    units = topics.select_units(passages, pd.DataFrame(), "passage", min_tokens=5)
    assert units.position.tolist() == [2]
    with pytest.raises(ValueError, match="unknown topic unit"):
        topics.select_units(passages, pd.DataFrame(), "sentence")


def test_representative_units_are_the_highest_shares_with_stable_ties():
    shares = pd.DataFrame(
        {
            "article_id": ["a", "a", "b", "b"],
            "position": [1, 2, 1, 2],
            "topic": [1, 1, 1, 1],
            "share": [0.9, 0.5, 0.9, 0.1],
        }
    )
    units = pd.DataFrame(
        {
            "article_id": ["a", "a", "b", "b"],
            "position": [1, 2, 1, 2],
            "text": ["x" * 400, "y", "z", "w"],
            "n_tokens": [1, 1, 1, 1],
        }
    )
    rep = topics.representative_units(shares, units, n=2, max_chars=10)
    assert rep[["article_id", "position", "rank"]].values.tolist() == [["a", 1, 1], ["b", 1, 2]]
    assert rep.text.iloc[0] == "x" * 9 + "…"


def test_nouns_only_keeps_capitalised_tokens():
    an = topics.LemmaAnalyzer(frozenset({"die"}), False, True, True, True)
    assert an("Die Soldaten kämpften im Gebiet Kursk") == ["soldat", "gebiet", "kursk"]
    raw = topics.LemmaAnalyzer(frozenset(), False, False, False, False)
    assert raw("Die Soldaten") == ["Die", "Soldaten"]


STOP = frozenset({"der", "den", "und", "im", "in", "an", "nach"})


def test_chunked_vectorize_equals_the_single_vectorizer(toy):
    docs = toy[0]
    for method in ("nmf", "lda"):
        ref = topics.build_vectorizer(method, STOP, min_df=1, max_df=0.9)
        Xr = ref.fit_transform(docs.text)
        Xc, vocab = topics.vectorize(
            list(docs.text),
            method,
            STOP,
            topics.VectorParams(1, 0.9, False, False, True, True, "tfidf", 1.2, 0.75),
        )
        assert vocab.tolist() == ref.get_feature_names_out().tolist()
        np.testing.assert_allclose(Xc.toarray(), Xr.toarray(), rtol=0, atol=1e-15)
    assert "soldat" in vocab.tolist() and "der" not in vocab.tolist()


def test_chunked_transform_equals_one_transform_within_a_chunk(toy):
    _, _, X = toy
    model = topics.TopicModel(k=3, random_state=0).fit(X)
    np.testing.assert_array_equal(topics.transform_chunked(model, X), model.transform(X))
    assert topics.transform_chunked(model, X, chunk_rows=2).shape == (6, 3)


def test_minibatch_nmf_gives_three_topics_summing_to_one(toy):
    _, _, X = toy
    shares = topics.TopicModel(k=3, random_state=0, minibatch=True).fit(X).transform(X)
    np.testing.assert_allclose(shares.sum(axis=1), 1.0)


def test_topic_flags_name_a_topic_one_article_carries():
    shares = pd.DataFrame(
        dict(
            article_id=["a", "b", "c", "a", "b", "c"],
            position=[1] * 6,
            topic=[1, 1, 1, 2, 2, 2],
            share=[0.8, 0.1, 0.1, 0.3, 0.4, 0.3],
        )
    )
    units = pd.DataFrame(dict(article_id=["a", "b", "c"], position=[1, 1, 1], n_tokens=[10] * 3))
    flags = topics.topic_flags(shares, units, duplicates={"b", "c"})
    assert flags[["topic", "top_article", "flag"]].values.tolist() == [
        [1, "a", "one_article"],
        [2, "b", "duplicates"],
    ]
    assert [round(x, 2) for x in flags["top_article_share"]] == [0.8, 0.4]


def test_bm25_weights_a_count_matrix_as_the_formula_says():
    counts = csr_matrix(np.array([[2, 0, 1], [0, 1, 1]]))  # lengths 3 and 2, mean 2.5
    X = topics.Bm25Transformer(k1=1.2, b=0.75).fit_transform(counts).toarray()
    idf = np.log1p((2 - np.array([1, 1, 2]) + 0.5) / (np.array([1, 1, 2]) + 0.5))
    norm = 1 - 0.75 + 0.75 * 3 / 2.5
    row0 = np.array([2 * 2.2 / (2 + 1.2 * norm), 0, 1 * 2.2 / (1 + 1.2 * norm)]) * idf
    np.testing.assert_allclose(X[0], row0 / np.linalg.norm(row0), rtol=1e-12)
    assert np.allclose(np.linalg.norm(X, axis=1), 1.0)
    # b = 0: no length discount, tf saturates only with k1
    flat = topics.Bm25Transformer(k1=1.2, b=0.0).fit_transform(counts).toarray()
    row0 = np.array([2 * 2.2 / (2 + 1.2), 0, 1 * 2.2 / (1 + 1.2)]) * idf
    np.testing.assert_allclose(flat[0], row0 / np.linalg.norm(row0), rtol=1e-12)


def test_vectorize_with_bm25_differs_from_tfidf_on_the_same_vocabulary(toy):
    docs = list(toy[0].text)
    base = topics.VectorParams(1, 0.9, False, False, True, True, "tfidf", 1.2, 0.75)
    Xt, vt = topics.vectorize(docs, "nmf", STOP, base)
    Xb, vb = topics.vectorize(
        docs, "nmf", STOP, topics.VectorParams(1, 0.9, False, False, True, True, "bm25", 1.2, 0.75)
    )
    assert vt.tolist() == vb.tolist() and (Xt != Xb).nnz > 0
    cells = sorted(zip(*Xb.nonzero(), strict=True))
    assert cells == sorted(zip(*Xt.nonzero(), strict=True))  # same non-zero cells, other weights
    with pytest.raises(ValueError, match="unknown term weighting 'okapi'"):
        topics.term_weights("okapi", 1.2, 0.75)
    assert topics.describe("nmf", "nndsvda", weighting="bm25")["weighting"] == "bm25"
    assert topics.describe("lda", "nndsvda", weighting="bm25")["weighting"] == "counts"


def test_bm25_checks_its_parameters_and_the_matrix_it_transforms():
    counts = csr_matrix(np.array([[2, 0, 1], [0, 1, 1]]))
    with pytest.raises(ValueError, match="b must be between 0 and 1"):
        topics.Bm25Transformer(k1=1.2, b=1.5).fit(counts)
    with pytest.raises(ValueError, match="k1 must be at least 0"):
        topics.Bm25Transformer(k1=-1, b=0.5).fit(counts)
    fitted = topics.Bm25Transformer(k1=1.2, b=0.75).fit(counts)
    with pytest.raises(ValueError, match="2 terms, fitted on 3"):
        fitted.transform(csr_matrix(np.ones((1, 2))))
    stored_zero = csr_matrix(
        (np.array([0.0, 1.0]), np.array([0, 1]), np.array([0, 2])), shape=(1, 3)
    )
    weights = topics.Bm25Transformer(k1=0.0, b=0.75).fit_transform(stored_zero)
    assert np.isfinite(weights.toarray()).all() and weights[0, 0] == 0
