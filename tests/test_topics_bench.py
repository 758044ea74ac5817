"""The 10kGNAD topics benchmark runs the pipeline's own cleaning and topic code end to end."""

import scipy.sparse as sp

from framelab.clean.cleaning import CleanSettings, load_rules
from framelab.topics.bench import SUPERVISED, bench_topics, markdown_table, supervised_reference

from .conftest import REPO, RESOURCES

SPORT = "Der Verein gewann das Heimspiel, der Trainer lobte Abwehr und Torhüter der Mannschaft."
KULTUR = "Das Museum zeigt Gemälde, die Ausstellung der Galerie begleitet ein Konzert im Saal."


def test_the_benchmark_scores_topics_against_the_categories(tmp_path):
    csv = tmp_path / "gnad.csv"
    rows = [
        f"{'Sport' if i % 2 else 'Kultur'};'{SPORT if i % 2 else KULTUR} Tag {i}.'"
        for i in range(20)
    ]
    csv.write_text("\n".join(rows) + "\n", encoding="utf-8")
    settings = CleanSettings(load_rules(RESOURCES / "boilerplate.yml"), "auto", "de", 0.8, 5)
    stop = [REPO / "src/framelab/resources/de/stopwords.txt"]
    vector = dict(min_df=1, max_df=1.0, init="nndsvda", duplicates=0.99, shingle=5)
    vector.update(bm25_k1=1.2, bm25_b=0.75, refine_iter=30, refine_alpha=0.1)
    result = bench_topics(csv, settings, stop, 2, [0, 1], vector)
    assert (result["articles"], result["categories"], result["k"]) == (20, 2, 2)
    best = max(result["results"], key=lambda r: r["nmi_median"])
    assert best["nmi_median"] == 1.0  # two unmistakable themes: each article's topic is its section
    assert "| configuration | NMI median" in markdown_table(result)
    names = [r["config"] for r in result["results"]]
    assert names[-4].endswith("[framelab]")  # the options are measured after the shipped terms
    assert names[-3] == "same terms, BM25 weights (k1 1.2, b 0.75) [option topics.weighting: bm25]"
    assert names[-2] == (
        "framelab's terms, shares refined by a multinomial mixture (30 EM steps, "
        "smoothing 0.1) [option topics.refine: mixture]"
    )
    assert result["results"][-2]["nmi_median"] == 1.0
    assert names[-1] == SUPERVISED  # the yardstick comes last and is explained under the table
    assert "trained on the categories and shows how far" in markdown_table(result)


def test_the_supervised_reference_predicts_each_article_from_the_other_folds():
    counts = sp.csr_matrix([[3, 0, 0], [2, 1, 0], [0, 0, 4], [0, 1, 3]] * 5)
    labels = ["Sport", "Sport", "Kultur", "Kultur"] * 5
    result = supervised_reference(counts, labels, [0, 1])
    assert result["nmi_per_seed"] == [1.0, 1.0]
    assert result["vocabulary"] == 3


def test_a_term_that_tells_the_categories_apart_only_by_label_noise_scores_low():
    counts = sp.csr_matrix([[1, 1]] * 20)  # every article has the same terms
    labels = ["Sport", "Kultur"] * 10
    assert supervised_reference(counts, labels, [0])["nmi_median"] < 0.1
