"""Stance towards targets, keyness and agreement with manual coding."""

import math

import numpy as np
import pandas as pd
import pytest

from framelab.analysis import keyness, validation
from framelab.analysis.markers import load_lexicon
from framelab.analysis.stance import label_passage, load_targets, stance_table
from framelab.attribution.annotate import passage_voice_of
from framelab.errors import InputError

from .conftest import KURSK, REPO, RESOURCES, SCARE

LEXICON = load_lexicon(RESOURCES / "framing.yml", KURSK / "markers.yml", SCARE)
TARGETS = {t.name: t for t in load_targets(KURSK / "targets.yml", LEXICON)}


@pytest.mark.parametrize(
    ("target", "sentence", "label"),
    [(t.name, s, lab) for t in TARGETS.values() for s, lab in t.examples],
)
def test_target_examples_get_their_documented_label(target, sentence, label):
    voice_of = passage_voice_of(sentence, SCARE)
    decision = label_passage(sentence, TARGETS[target], LEXICON, voice_of=voice_of)
    assert decision is not None and decision.label == label, decision


def test_passage_without_mention_is_not_labelled():
    assert (
        label_passage("Die Soldaten kämpften tapfer.", TARGETS["kursk_recaptured"], LEXICON) is None
    )


def test_decision_explains_itself():
    d = label_passage(
        "Die letzte Siedlung sei „befreit“ worden, sagte Gerassimow. Kiew "
        "bezeichnete das als „Propagandatrick“.",
        TARGETS["kursk_recaptured"],
        LEXICON,
    )
    assert d.label == "contest"
    assert d.rules == ("propaganda_label: Propagandatrick",)
    assert d.explanation == "contest ← propaganda_label: Propagandatrick"


def test_heading_that_names_the_topic_is_report():
    d = label_passage(
        "Vertragsdetails und militärischer Beistand",
        TARGETS["dprk_deployment_legitimate"],
        LEXICON,
        is_heading=True,
    )
    assert d.label == "report" and "heading names the topic" in d.rules


def test_log_odds_dirichlet_matches_hand_computation():
    counts = pd.DataFrame({"x": [2, 1], "y": [0, 1]}, index=["A", "B"])
    # prior a0 = 4, pooled x = 3, y = 1 -> alpha_x = 3, alpha_y = 1; n_A = n_B = 2
    table = keyness.log_odds_dirichlet(counts, prior_strength=4.0).set_index(["group", "term"])
    ax = table.loc[("A", "x")]
    delta = math.log(5 / 1) - math.log(4 / 2)
    var = 1 / 5 + 1 / 4
    assert ax["delta"] == pytest.approx(delta)
    assert ax["var"] == pytest.approx(0.45)
    assert ax["z"] == pytest.approx(delta / math.sqrt(var))
    assert table.loc[("B", "x"), "delta"] == pytest.approx(-delta)  # two groups: symmetric


def test_leave_one_article_out_cannot_confirm_a_single_article_group():
    docs = pd.DataFrame(
        {
            "article_id": ["r1", "w1", "w2", "w3"],
            "camp": ["r", "w", "w", "w"],
            "text": [
                "Befreiung Befreiung Befreiung Sieg",
                "Rückeroberung Kiew",
                "Rückeroberung Kiew",
                "Rückeroberung Kiew",
            ],
        }
    )
    table = keyness.keyness_table(docs, "camp", frozenset(), prior_strength=10, top_n=3)
    assert not table[table.group == "r"].robust.any()
    assert table[table.group == "r"].min_z_loao.isna().all()


def test_krippendorff_alpha_on_a_constructed_example():
    units = pd.DataFrame(
        {
            "manual": ["report", "report", "contest", "contest"],
            "rule": ["report", "report", "contest", "report"],
        }
    )
    # coincidences: o_rr = 4, o_cc = 2, o_rc = o_cr = 1; n = 8; D_o = 2/8, D_e = 2*5*3/(8*7)
    assert validation.alpha(units) == pytest.approx(1 - (2 / 8) / (30 / 56))
    assert round(validation.alpha(units), 6) == round(8 / 15, 6)


def test_alpha_is_undefined_when_every_unit_carries_one_label():
    units = pd.DataFrame({"manual": ["report", "report"], "rule": ["report", "report"]})
    assert np.isnan(validation.alpha(units))
    from framelab.report.build import _alpha_of

    part = {"alpha": validation.alpha(units), "units": 2, "agree": 2}
    assert _alpha_of(part) == "α undefined (2 units, all with one label; 2 agree)"
    assert _alpha_of({"alpha": 0.5, "units": 6, "agree": 4}) == "α = 0.500 (6 units)"


def test_alpha_of_a_single_unit_is_undefined_even_when_the_codings_differ():
    from framelab.report.build import _alpha_of

    one = pd.DataFrame({"manual": ["report"], "rule": ["endorse"]})
    assert np.isnan(validation.alpha(one))
    assert _alpha_of({"alpha": validation.alpha(one), "units": 1, "agree": 0}) == (
        "α undefined (1 unit; 0 agree)"
    )


def test_per_label_scores_and_confusion():
    units = pd.DataFrame(
        {
            "manual": ["report", "contest", "contest", "none"],
            "rule": ["report", "contest", "report", "distance"],
        }
    )
    s = validation.per_label(units).set_index("label")
    assert s.loc["contest", "recall"] == 0.5 and s.loc["contest", "precision"] == 1.0
    assert s.loc["report", "precision"] == 0.5
    c = validation.confusion(units).set_index("manual")
    assert c.loc["none", "distance"] == 1 and c.loc["contest", "report"] == 1


def test_per_label_and_confusion_equal_scikit_learn_on_random_codings():
    from sklearn.metrics import confusion_matrix, precision_recall_fscore_support

    rng = np.random.default_rng(7)
    labels = [*validation.ALL_LABELS, "absent"]  # a label outside both lists is not counted
    for n in (1, 5, 60):
        units = pd.DataFrame({c: rng.choice(labels, size=n) for c in ("manual", "rule")})
        ours = validation.per_label(units)
        p, r, f, support = precision_recall_fscore_support(
            units["manual"], units["rule"], labels=list(validation.LABEL_ORDER), zero_division=0
        )
        assert ours["precision"].tolist() == p.tolist() and ours["recall"].tolist() == r.tolist()
        assert ours["f1"].tolist() == f.tolist() and ours["support"].tolist() == support.tolist()
        if not units["manual"].isin(validation.ALL_LABELS).any():
            continue  # scikit-learn refuses a matrix without a known reference label
        matrix = confusion_matrix(
            units["manual"], units["rule"], labels=list(validation.ALL_LABELS)
        )
        assert (
            validation.confusion(units).set_index("manual").to_numpy().tolist() == matrix.tolist()
        )


def test_seed_rules_against_manual_coding(seeds):
    stance = stance_table(seeds.passages, tuple(TARGETS.values()), LEXICON)
    manual = validation.load_manual(
        REPO / "studies/kursk-2025/annotations/stance_manual.csv", seeds.passages, list(TARGETS)
    )
    units = validation.align(manual, stance)
    summary = validation.agreement_summary(units)
    assert summary["units"] == len(manual) == 38
    assert summary["alpha"] >= 0.8, units[units.manual != units.rule]


def test_manual_coding_errors_name_the_line(seeds, tmp_path):
    bad = tmp_path / "m.csv"
    src = (
        (REPO / "studies/kursk-2025/annotations/stance_manual.csv")
        .read_text(encoding="utf-8")
        .splitlines()
    )
    src[1] = src[1].replace("Armeegeneral Waleri Gerassimow", "Generaloberst")
    src[2] = src[2].replace(",report,", ",agree,")
    bad.write_text("\n".join(src) + "\n", encoding="utf-8")
    with pytest.raises(InputError) as err:
        validation.load_manual(bad, seeds.passages, list(TARGETS))
    msg = str(err.value)
    assert "m.csv:2: passage 000_f68ed09cd8fdb5d3 #1 no longer starts with 'Generaloberst'" in msg
    assert "m.csv:3: label 'agree' is not one of contest, distance, endorse, report, absent" in msg
    assert f"{bad}:3" in msg  # outside the repository the file is named as given


def test_manual_coding_of_another_corpus_is_skipped(seeds):
    other = seeds.passages.assign(article_id="zz" + seeds.passages.article_id)
    assert (
        validation.load_manual_if_coded(
            REPO / "studies/kursk-2025/annotations/stance_manual.csv", other, list(TARGETS)
        )
        is None
    )


def test_an_unused_coding_of_another_corpus_still_has_its_labels_checked(seeds, tmp_path):
    other = seeds.passages.assign(article_id="zz" + seeds.passages.article_id)
    lines = (REPO / "studies/kursk-2025/annotations/stance_manual.csv").read_text("utf-8")
    bad = tmp_path / "stance_manual.csv"
    bad.write_text(lines.replace(",report,", ",absnt,", 1), encoding="utf-8")
    with pytest.raises(InputError) as err:
        validation.load_manual_if_coded(bad, other, list(TARGETS))
    assert str(err.value).count("label 'absnt' is not one of") == 1


def test_manual_coding_keeps_numeric_ids_as_text_and_checks_positions_and_split(tmp_path):
    passages = pd.DataFrame({"article_id": ["0001", "0002"], "position": [1, 1], "text": "x"})
    coding = tmp_path / "stance_manual.csv"
    coding.write_text(
        "article_id,position,target,label\n0001,1,t1,report\n0002,1,t1,absent\n", "utf-8"
    )
    manual = validation.load_manual(coding, passages, ["t1"])
    assert manual["article_id"].tolist() == ["0001", "0002"]
    (tmp_path / "split.csv").write_text("article_id,position,split\n0001,1,dev\n", "utf-8")
    with pytest.raises(InputError) as err:
        validation.load_manual(coding, passages, ["t1"])
    assert "stance_manual.csv:3: passage 0002 #1 is coded but not in split.csv" in str(err.value)
    coding.write_text("article_id,position,target,label\n0001,first,t1,report\n", "utf-8")
    with pytest.raises(InputError, match=r"stance_manual.csv:2: position 'first' is not a whole"):
        validation.load_manual(coding, passages, ["t1"])


def _targets_file(tmp_path, extra: str):
    text = (KURSK / "targets.yml").read_text(encoding="utf-8")
    block = "    paraphrase: report\n"
    assert text.count(block) == 1
    path = tmp_path / "targets.yml"
    path.write_text(text.replace(block, extra), encoding="utf-8")
    return path, text[: text.index(block)].count("\n") + 1


def test_the_removed_second_voice_judgement_is_an_error_naming_its_line(tmp_path):
    path, line = _targets_file(tmp_path, "    endorse_blocked_by: [reporting_verb]\n")
    with pytest.raises(InputError) as err:
        load_targets(path, LEXICON)
    [problem] = err.value.problems
    assert (problem.file, problem.line) == ("targets.yml", line)
    assert problem.message.startswith("dprk_deployment_legitimate: 'endorse_blocked_by' is no")
    assert "'paraphrase: report'" in problem.message


def test_a_paraphrase_value_that_is_not_a_label_is_an_error(tmp_path):
    path, line = _targets_file(tmp_path, "    paraphrase: reported\n")
    with pytest.raises(InputError) as err:
        load_targets(path, LEXICON)
    assert [(p.line, p.message) for p in err.value.problems] == [
        (line, "dprk_deployment_legitimate: paraphrase is 'reported'; use one of endorse, report")
    ]


def test_examples_are_read_with_the_attribution_voices(tmp_path):
    text = (KURSK / "targets.yml").read_text(encoding="utf-8")
    path = tmp_path / "targets.yml"
    path.write_text(text.replace("    paraphrase: report\n", "    paraphrase: endorse\n"), "utf-8")
    with pytest.raises(InputError) as err:
        load_targets(path, LEXICON)
    messages = [p.message for p in err.value.problems]
    assert any("example labelled endorse, expected report" in m for m in messages), messages


def test_a_caller_the_attribute_stage_has_checked_for_can_leave_the_examples_out(tmp_path):
    text = (KURSK / "targets.yml").read_text(encoding="utf-8")
    path = tmp_path / "targets.yml"
    path.write_text(text.replace("    paraphrase: report\n", "    paraphrase: endorse\n"), "utf-8")
    targets = load_targets(path, LEXICON, check_examples=False)
    assert [t.paraphrase for t in targets] == ["endorse", "endorse", "endorse"]
    with pytest.raises(InputError):
        load_targets(path, LEXICON)
