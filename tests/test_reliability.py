"""Reliability: Krippendorff's α by hand, bootstrap, unit table, split, and the seed codings."""

import json
from pathlib import Path

import krippendorff
import numpy as np
import pandas as pd
import pytest

from framelab.analysis import reliability as rel
from framelab.analysis.markers import load_lexicon
from framelab.analysis.stance import load_targets, stance_table

from .conftest import KURSK, REPO, RESOURCES, SCARE

ANNOTATIONS = KURSK / "annotations"
CODER2 = REPO.parent / "shared" / "annotations" / "seeds_stance_coder2.csv"
needs_shared = pytest.mark.skipif(
    not CODER2.is_file(), reason=f"second coding not found at {CODER2} (../shared absent)"
)

C1 = ["endorse", "report", "report", "contest"]
C2 = ["endorse", "report", "distance", "contest"]


def test_nominal_alpha_by_hand():
    # o_ee = 2, o_rr = 2, o_cc = 2, o_rd = o_dr = 1; n = 8; marginals e2 r3 d1 c2
    # D_o ∝ 2, D_e ∝ n² − Σ n_c² = 64 − 18 = 46  →  α = 1 − 7·2/46 = 16/23
    assert rel.alpha(C1, C2, "nominal") == pytest.approx(16 / 23)


def test_ordinal_alpha_by_hand():
    # δ²(r,d) = (n_r + n_d − (n_r + n_d)/2)² = 4, so Σ o·δ² = 8; Σ n_c n_k δ² = 624
    # (pairs e-r 6.25, e-d 20.25, e-c 36, r-d 4, r-c 12.25, d-c 2.25)  →  α = 1 − 7·8/624 = 71/78
    assert rel.alpha(C1, C2, "ordinal") == pytest.approx(71 / 78)


def test_alpha_matches_the_krippendorff_package():
    codes = {c: i for i, c in enumerate(rel.STANCE_LABELS)}
    data = np.array([[codes[x] for x in C1], [codes[x] for x in C2]], dtype=float)
    ordinal = krippendorff.alpha(reliability_data=data, level_of_measurement="ordinal")
    assert rel.alpha(C1, C2, "ordinal") == pytest.approx(ordinal)


def test_absent_is_a_category_for_nominal_and_missing_for_ordinal():
    a, b = [*C1, "absent"], [*C2, "report"]
    # ordinal: the unit with "absent" is unpairable, so α equals the 4-unit value
    assert rel.alpha(a, b, "ordinal") == pytest.approx(71 / 78)
    assert rel.alpha(a, b, "nominal") < rel.alpha(C1, C2, "nominal")
    assert np.isnan(rel.alpha(["report", "report"], ["report", "report"]))


def test_unit_table_fills_omitted_units_with_absent():
    c1 = pd.DataFrame({"article_id": ["a"], "position": [1], "target": ["t1"], "label": ["report"]})
    c2 = pd.DataFrame(
        {
            "article_id": ["a", "a", "b", "b"],
            "position": [1, 1, 2, 2],
            "target": ["t1", "t2", "t1", "t2"],
            "label": ["report", "absent", "contest", "absent"],
        }
    )
    u = rel.unit_table({"c1": c1, "c2": c2})
    assert u[rel.KEYS].values.tolist() == [
        ["a", 1, "t1"],
        ["a", 1, "t2"],
        ["b", 2, "t1"],
        ["b", 2, "t2"],
    ]
    assert u["c1"].tolist() == ["report", "absent", "absent", "absent"]
    d = rel.disagreements(u, "c1", "c2")
    assert d[["article_id", "kind", "pair"]].values.tolist() == [
        ["b", "mention", "absent → contest"]
    ]
    with pytest.raises(ValueError, match="outside the passage"):
        rel.unit_table({"c1": c1.assign(article_id="z")}, passages=c2, targets=["t1"])


def test_bootstrap_is_seeded_and_cluster_resamples_are_few():
    a = pd.Series(C1 * 5)
    b = pd.Series(C2 * 4 + C1)
    one = rel.bootstrap_alpha(a, b, "nominal", n_boot=200, seed=3)
    assert one == rel.bootstrap_alpha(a, b, "nominal", n_boot=200, seed=3)
    assert one["lo"] < rel.alpha(a, b) < one["hi"] <= 1.0
    clusters = pd.Series(np.repeat(list("vwxyz"), 4))
    c = rel.bootstrap_alpha(a, b, "nominal", n_boot=200, seed=3, clusters=clusters)
    assert c["n_distinct"] == 126 and c["n_valid"] <= 200


def _bootstrap_one_by_one(a, b, level, n_boot, seed, clusters):
    """The bootstrap's definition: draw clusters, concatenate their units, compute α."""
    rng = np.random.default_rng(seed)
    groups = [np.flatnonzero(clusters.to_numpy() == c) for c in pd.unique(clusters)]
    stats = []
    for _ in range(n_boot):
        idx = np.concatenate([groups[g] for g in rng.integers(0, len(groups), len(groups))])
        stats.append(rel.alpha(a.iloc[idx].tolist(), b.iloc[idx].tolist(), level))
    stats = [s for s in stats if not np.isnan(s)]
    tail = (1 - rel.ALPHA_INTERVAL) / 2 * 100
    return np.percentile(stats, [tail, 100 - tail]).tolist(), len(stats)


@pytest.mark.parametrize("level", ["nominal", "ordinal"])
def test_bootstrap_from_draw_counts_equals_resampling_units(level):
    rng = np.random.default_rng(7)
    a = pd.Series(rng.choice(rel.CATEGORIES, 60))
    b = a.where(rng.random(60) < 0.6, pd.Series(rng.choice(rel.CATEGORIES, 60)))
    clusters = pd.Series(rng.integers(0, 15, 60))
    got = rel.bootstrap_alpha(a, b, level, n_boot=300, seed=11, clusters=clusters)
    bounds, n_valid = _bootstrap_one_by_one(a, b, level, 300, 11, clusters)
    assert [got["lo"], got["hi"]] == bounds and got["n_valid"] == n_valid


def test_pair_agreement_and_confusion():
    u = pd.DataFrame({"x": [*C1, "absent"], "y": [*C2, "absent"]})
    p = rel.pair_agreement(u, "x", "y")
    assert (p["n_agree"], p["n_mentioned_both"]) == (4, 4)
    assert p["pct_agreement"] == 80.0
    # F1: endorse 1, report 2/3, distance 0, contest 1
    assert p["macro_f1"] == pytest.approx((1 + 2 / 3 + 0 + 1) / 4)
    c = rel.confusion(u, "x", "y").set_index("x")
    assert c.loc["report", "distance"] == 1 and c.loc["absent", "absent"] == 1


def test_split_keeps_groups_together():
    n = {"a": 10, "b": 10, "c": 5, "d": 5}
    for seed in range(20):
        s = rel.split_articles(n, {"c": "cd", "d": "cd"}, 0.3, seed)
        assert s["c"] == s["d"] and "dev" in s.values() and "test" in s.values()


def test_recorded_split_is_the_seeded_draw():
    split = pd.read_csv(ANNOTATIONS / "split.csv")
    n = split.groupby("article_id").size().to_dict()
    groups = dict(zip(split["article_id"], split["group"], strict=False))
    drawn = rel.split_articles(n, groups, 0.3, 20250426)
    assert split.drop_duplicates("article_id").set_index("article_id")["split"].to_dict() == drawn
    assert sorted(split.loc[split.split == "test", "article_id"].str[:3].unique()) == ["002", "004"]


def test_history_gives_the_pre_revision_figures():
    pre = rel.pre_revision(rel.load_history(ANNOTATIONS / "agreement_history.csv"))
    assert pre == {"alpha": 0.926, "macro_f1": 0.951, "n_units": 38}


@needs_shared
def test_seed_coders_disagree_on_three_units():
    c1 = rel.load_coding(ANNOTATIONS / "stance_manual.csv")
    c2 = rel.load_coding(CODER2)
    u = rel.unit_table({"coder1": c1, "coder2": c2})
    assert len(u) == 117
    d = rel.disagreements(u, "coder1", "coder2")
    got = [(a[:3], p, t, x, y) for a, p, t, x, y in d[[*rel.KEYS, "coder1", "coder2"]].values]
    assert got == [
        ("000", 6, "ukraine_kursk_operation", "report", "endorse"),
        ("001", 9, "kursk_recaptured", "report", "distance"),
        ("004", 9, "ukraine_kursk_operation", "report", "endorse"),
    ]
    assert set(d["kind"]) == {"stance"}
    assert rel.alpha(u["coder1"], u["coder2"]) == pytest.approx(0.950267, abs=1e-6)


@needs_shared
def test_adjudicated_gold_follows_both_codings():
    gold = pd.read_csv(ANNOTATIONS / "stance_adjudicated.csv")
    c1 = rel.load_coding(ANNOTATIONS / "stance_manual.csv")
    u = rel.unit_table({"coder1": c1, "coder2": rel.load_coding(CODER2)})
    m = gold.merge(u, on=rel.KEYS, suffixes=("", "_file"))
    assert len(m) == 117 and (m["coder1"] == m["coder1_file"]).all()
    agreed = m[m.basis == "agreed"]
    assert (agreed["label"] == agreed["coder1"]).all() and (
        agreed["label"] == agreed["coder2"]
    ).all()
    adj = m[m.basis == "adjudicated-v2"]
    assert len(adj) == 6 and adj["note"].str.startswith("v2 D").all()


@needs_shared
def test_reliability_report_on_the_seeds(seeds, tmp_path):
    lexicon = load_lexicon(RESOURCES / "framing.yml", KURSK / "markers.yml", SCARE)
    table = stance_table(seeds.passages, load_targets(KURSK / "targets.yml", lexicon), lexicon)
    rules = tmp_path / "stance_by_passage.csv"
    table.to_csv(rules, index=False)
    metrics = tmp_path / "reliability.json"
    rel.reliability_report(
        ANNOTATIONS / "stance_manual.csv",
        CODER2,
        rules,
        tmp_path / "t",
        metrics,
        n_boot=200,
        seed=1,
    )
    out = json.loads(Path(metrics).read_text(encoding="utf-8"))
    assert set(out) == {
        "alpha_coders",
        "alpha_ci",
        "alpha_rules_vs_coder1",
        "alpha_rules_vs_coder2",
        "alpha_pre_revision",
        "agreement_pre_revision",
        "n_units_pre_revision",
        "alpha_pre_revision_round2",
        "n_units_pre_revision_round2",
        "basis_pre_revision_round2",
        "alpha_coders_mentioned",
        "alpha_ci_mentioned",
        "n_units_mentioned",
        "alpha_rules_vs_coder1_mentioned",
        "n_units_rules_vs_coder1_mentioned",
        "alpha_rules_vs_coder2_mentioned",
        "n_units_rules_vs_coder2_mentioned",
        "n_units",
        "n_disagreements_coders",
    }
    assert (out["n_units"], out["n_disagreements_coders"]) == (117, 3)
    assert (out["alpha_pre_revision"], out["agreement_pre_revision"]) == (0.926, 0.951)
    # round 2 began with the round-1 rules against the adjudicated gold on the dev units
    assert (out["alpha_pre_revision_round2"], out["n_units_pre_revision_round2"]) == (0.872541, 75)
    assert out["alpha_ci"][0] < out["alpha_coders"] <= out["alpha_ci"][1]
    assert out["basis_pre_revision_round2"] == "rules vs gold_v2, dev passages"
    # on the 38 units a coder mentions, agreed absences no longer raise α (0.950 on all 117)
    assert out["n_units_mentioned"] == 38
    assert out["alpha_coders_mentioned"] == pytest.approx(0.890083, abs=1e-6)
    assert out["alpha_ci_mentioned"][0] < out["alpha_coders_mentioned"]
    assert out["alpha_rules_vs_coder1_mentioned"] == pytest.approx(0.815544, abs=1e-6)
    assert out["alpha_rules_vs_coder2_mentioned"] == pytest.approx(0.856115, abs=1e-6)
    intervals = pd.read_csv(tmp_path / "t" / "alpha_coders_bootstrap.csv")
    assert sorted(set(zip(intervals["units"], intervals["n_units"], strict=True))) == [
        ("all", 117),
        ("mentioned", 38),
    ]
    gold = pd.read_csv(tmp_path / "t" / "agreement_gold_v2.csv").set_index("pair")
    assert gold.loc["gold_v2 vs rules", "n_agree"] == 117
    assert (tmp_path / "t" / "confusion_coder1_coder2.csv").is_file()


def test_a_single_coder_study_keeps_its_first_agreement_before_revision(tmp_path):
    history = tmp_path / "agreement_history.csv"
    history.write_text(
        "round,stage,date,comparison,split,n_units,n_agree,alpha,macro_f1,note\n"
        "1,pre-revision,2026-12-04,rules vs coder1,dev,10,8,0.61,0.6,first rules\n"
        "1,post-revision,2026-12-04,rules vs coder1,dev,10,10,1.0,1.0,tuned\n"
        "3,pre-revision-3,2026-12-05,rules vs coder1,dev,12,9,0.55,0.5,round-2 rules\n",
        encoding="utf-8",
    )
    out = rel.unavailable(tmp_path / "r.json", "no second coding in this study", history)
    assert out == {
        "available": False,
        "reason": "no second coding in this study",
        "alpha_pre_revision": 0.61,
        "n_units_pre_revision": 10,
        "alpha_pre_revision_round3": 0.55,
        "n_units_pre_revision_round3": 12,
        "basis_pre_revision_round3": "rules vs coder1, dev passages",
    }
    assert rel.unavailable(tmp_path / "r.json", "none", tmp_path / "missing.csv") == {
        "available": False,
        "reason": "none",
    }


def test_the_refugee_study_history_gives_its_round_0_agreement_without_a_macro_f1():
    history = rel.load_history(REPO / "studies/refugees-2015/annotations/agreement_history.csv")
    pre = rel.pre_revision(history)
    assert (pre["alpha"], pre["n_units"]) == (0.738, 93) and np.isnan(pre["macro_f1"])
    assert rel.later_pre_revisions(history) == {
        "alpha_pre_revision_round3": 0.955,  # before the voice judgement became the attribution's
        "n_units_pre_revision_round3": 93,
        "basis_pre_revision_round3": "rules vs coder1, dev passages",
    }
