"""The multinomial mixture that refines a topic model's main-topic assignment."""

import numpy as np
import pytest
import scipy.sparse as sp

from framelab.topics.mixture import MultinomialMixture, log_counts

# terms: 0 Tor, 1 Trainer, 2 Museum, 3 Galerie, 4 Jahr (shared by both themes)
COUNTS = sp.csr_matrix(
    np.array(
        [
            [3, 2, 0, 0, 1],
            [2, 3, 0, 0, 1],
            [1, 1, 0, 0, 2],  # mostly the shared word, but its theme words are sport
            [0, 0, 3, 2, 1],
            [0, 0, 2, 3, 1],
        ]
    )
)


def test_log_counts_dampens_repeats():
    assert log_counts(sp.csr_matrix([[0, 1, 3]])).toarray()[0] == pytest.approx(
        [0.0, np.log(2), np.log(4)]
    )


def test_a_wrong_start_is_corrected_by_the_documents_words():
    start = np.array(
        [[1, 0], [1, 0], [0.4, 0.6], [0, 1], [0, 1]]
    )  # row 2 starts in the wrong topic
    mixture = MultinomialMixture(n_iter=10, alpha=0.1).fit(COUNTS, start)
    assert mixture.responsibilities_.argmax(axis=1).tolist() == [0, 0, 0, 1, 1]
    assert mixture.responsibilities_.sum(axis=1) == pytest.approx(np.ones(5))


def test_transform_gives_the_posterior_of_the_fit():
    start = np.array([[1, 0], [1, 0], [0.5, 0.5], [0, 1], [0, 1]])
    mixture = MultinomialMixture(n_iter=5).fit(COUNTS, start)
    assert mixture.transform(COUNTS) == pytest.approx(mixture.responsibilities_)
    new = sp.csr_matrix([[0, 0, 1, 1, 0]])
    assert mixture.transform(new).argmax() == 1


def test_a_row_without_weight_starts_uniform():
    start = np.array([[1, 0], [1, 0], [np.nan, np.nan], [0, 1], [0, 1]])
    mixture = MultinomialMixture(n_iter=10).fit(COUNTS, start)
    assert mixture.responsibilities_[2].argmax() == 0


@pytest.mark.parametrize(
    ("kwargs", "start", "message"),
    [
        (dict(n_iter=0), np.ones((5, 2)), "n_iter must be at least 1"),
        (dict(alpha=0), np.ones((5, 2)), "alpha must be above 0"),
        ({}, np.ones((4, 2)), "one row per document"),
        ({}, -np.ones((5, 2)), "must be non-negative"),
    ],
)
def test_bad_settings_are_named(kwargs, start, message):
    with pytest.raises(ValueError, match=message):
        MultinomialMixture(**kwargs).fit(COUNTS, start)


def test_transform_rejects_another_vocabulary():
    mixture = MultinomialMixture(n_iter=2).fit(COUNTS, np.ones((5, 2)))
    with pytest.raises(ValueError, match="3 terms, fitted on 5"):
        mixture.transform(sp.csr_matrix(np.ones((1, 3))))


def test_refine_none_keeps_the_shares_and_mixture_keeps_empty_units_empty():
    from framelab.topics.mixture import refine_shares

    shares = np.array([[1, 0], [1, 0], [0.4, 0.6], [0, 1], [np.nan, np.nan]])
    counts = sp.vstack([COUNTS[[0, 1, 2, 3]], sp.csr_matrix((1, 5))]).tocsr()
    assert refine_shares(shares, counts, "none") is shares
    refined = refine_shares(shares, counts, "mixture", n_iter=10)
    assert refined[:4].argmax(axis=1).tolist() == [0, 0, 0, 1]
    assert np.isnan(refined[4]).all()
    with pytest.raises(ValueError, match=r"unknown topics\.refine 'em'"):
        refine_shares(shares, counts, "em")


def test_fit_weights_runs_the_same_em_on_weights_given_and_records_the_likelihood():
    start = np.array([[1, 0], [1, 0], [0.4, 0.6], [0, 1], [0, 1]])
    fitted = MultinomialMixture(n_iter=10).fit(COUNTS, start)
    short = MultinomialMixture(n_iter=1).fit_weights(log_counts(COUNTS), start)
    long = MultinomialMixture(n_iter=10).fit_weights(log_counts(COUNTS), start)
    assert long.responsibilities_ == pytest.approx(fitted.responsibilities_)
    assert long.log_likelihood_ > short.log_likelihood_  # EM does not lower the likelihood
