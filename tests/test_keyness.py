import pickle

import numpy as np
import pandas as pd
import pytest
import scipy.sparse as sp

from framelab.analysis import keyness


def _reference_loao(gc: keyness.GroupCounts, prior: float) -> np.ndarray:
    """The old definition: one run per article, dense vocabulary rows."""
    G = gc.group_totals()
    alpha = keyness._alpha(G, prior)
    mins = np.full(G.shape, np.inf)
    for i in range(gc.X.shape[0]):
        Gi = G.copy()
        Gi[gc.codes[i]] -= gc.X[i].toarray().ravel()
        mins = np.minimum(mins, keyness._z(Gi, alpha)[2])
    mins[np.bincount(gc.codes, minlength=len(gc.names)) < 2] = np.nan
    return mins


def test_vectorised_leave_one_out_equals_the_per_article_loop_bit_for_bit():
    rng = np.random.default_rng(0)
    for _ in range(15):
        n, v = int(rng.integers(2, 30)), int(rng.integers(3, 40))
        dense = rng.poisson(rng.uniform(0.1, 1.5), size=(n, v))
        dense[:, 0] = 1  # every term occurs somewhere
        X = sp.csr_matrix(dense)
        labels = rng.choice(["a", "b", "c"][: int(rng.integers(1, 4))], size=n)
        gc = keyness.GroupCounts(
            X, np.arange(n), np.arange(v).astype(str), labels, sorted(set(labels))
        )
        with np.errstate(all="ignore"):
            ref = _reference_loao(gc, 10.0)
            got = keyness.loao_minimum(gc, 10.0)
        assert np.array_equal(ref, got, equal_nan=True)


def test_keyness_table_flags_a_term_robust_only_when_no_article_carries_it_alone():
    docs = pd.DataFrame(
        {
            "article_id": ["r1", "r2", "r3", "w1", "w2", "w3"],
            "camp": ["ru"] * 3 + ["west"] * 3,
            "text": [
                "Spezialoperation Befreiung Spezialoperation",
                "Spezialoperation Befreiung Spezialoperation",
                "Spezialoperation Kiew Spezialoperation",
                "Angriffskrieg Invasion Angriffskrieg",
                "Angriffskrieg Invasion Angriffskrieg",
                "Angriffskrieg Kiew Angriffskrieg",
            ],
        }
    )
    table = keyness.keyness_table(docs, "camp", frozenset(), prior_strength=10, top_n=2)
    ru = table[table["group"] == "ru"].set_index("term")
    assert ru.index.tolist() == ["spezialoperation", "befreiung"]
    assert ru.loc["spezialoperation", "count"] == 6
    # Monroe et al. (2008) by hand: 18 lemmas, 6 of them the term, prior 10 -> alpha = 10/3;
    # ru has it 6 times in 9 lemmas, the rest 0 times in 9.
    a, a0 = 10 * 6 / 18, 10
    delta = np.log((6 + a) / (9 + a0 - 6 - a)) - np.log(a / (9 + a0 - a))
    assert ru.loc["spezialoperation", "z"] == pytest.approx(delta / np.sqrt(1 / (6 + a) + 1 / a))
    assert round(ru.loc["spezialoperation", "min_z_loao"], 4) == 2.0372
    assert ru["robust"].tolist() == [True, False]  # "befreiung" is missing from r3


def test_analyzer_pickles_for_worker_processes():
    an = pickle.loads(pickle.dumps(keyness.Lemmas(frozenset({"der"}))))
    assert an("Der Soldat kämpfte") == ["soldat", "kämpfen"]


def test_present_minimum_is_the_same_in_column_blocks_of_any_size():
    rng = np.random.default_rng(3)
    dense = rng.poisson(0.8, size=(25, 40))
    X = sp.csr_matrix(dense)
    labels = rng.choice(["a", "b", "c"], size=25)
    gc = keyness.GroupCounts(X, np.arange(25), np.arange(40).astype(str), labels, ["a", "b", "c"])
    G = gc.group_totals()
    alpha = keyness._alpha(G, 10.0)
    whole = keyness._present_minimum(gc, G, alpha)
    assert keyness._column_blocks(X.tocsc().indptr, 7)[0][0] == 0
    for chunk in (1, 7, 60):
        assert np.array_equal(keyness._present_minimum(gc, G, alpha, chunk), whole)
