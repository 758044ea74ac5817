"""Voices benchmark helpers: sentence overlap and speaker-name equality."""

import json
import unicodedata

import pandas as pd

from framelab.attribution.benchmark import (
    by_section,
    first_measured,
    headline_metrics,
    last_round,
    match,
    other_sections,
    same_speaker,
    scores,
    second_coders,
    section_rows,
    sentences_overlap,
    split_rows,
    summary_metrics,
    tuning_splits,
)


def test_speaker_names_normalised_and_surname_match():
    assert same_speaker("Waleri Gerassimow", "Gerassimow")
    assert same_speaker("Ukraine (government)", "Ukraine")
    assert same_speaker("Russia (government)", "Russland")
    assert same_speaker("der ukrainische Generalstab", "ukrainische Generalstab")
    assert not same_speaker("russischer Generalstab", "ukrainischer Generalstab")
    assert not same_speaker("", "Putin")
    # round 19: an -isch adjective with any ending is one word
    assert same_speaker(
        "Burgenländischer Landesrechnungshof (BLRH)", "Burgenländische Landesrechnungshof"
    )
    assert not same_speaker("Burgenländischer Landesrechnungshof", "Steirischer Landesrechnungshof")


def test_sentence_overlap_containment_and_jaccard():
    assert sentences_overlap("Das sei falsch, sagte er.", "Das sei falsch, sagte er.") == 1.0
    assert sentences_overlap("a b c d", "a b c e") == 0.6
    assert sentences_overlap("a b", "c d") == 0.0


def test_one_to_one_matching_and_scores():
    gold = pd.DataFrame(
        dict(
            article_id=["x", "x"],
            sentence=["Das sei falsch, sagte Putin.", "Er lachte nicht."],
            speaker_name=["Wladimir Putin", "Putin"],
            speaker=["Putin", "er"],
            kind=["reported", "reported"],
        )
    )
    system = pd.DataFrame(
        dict(
            article_id=["x", "x"],
            sentence=["Das sei falsch, sagte Putin.", "Ganz anders hier."],
            speaker_name=["Putin", "Putin"],
            kind=["reported", "direct"],
        )
    )
    assert match(system, gold) == [(0, 0)]
    s = scores(system, gold)
    assert (s["precision"], s["recall"], s["speaker_accuracy"], s["kind_accuracy"]) == (
        0.5,
        0.5,
        1.0,
        1.0,
    )


def test_held_out_sets_pooled_as_first_measured():
    result = {
        "pre_revision_round2": {
            "test2": {"gold": 100, "system": 60, "matched": 50, "speaker_accuracy": 0.6}
        },
        "pre_revision_round3": None,  # not recorded: left out
        "pre_revision_round4": {
            "test4": {"gold": 50, "system": 40, "matched": 30, "speaker_accuracy": 0.8}
        },
    }
    pooled = first_measured(result)
    assert pooled["sets"] == ["test2", "test4"]
    assert (pooled["gold"], pooled["system"], pooled["matched"]) == (150, 100, 80)
    assert (pooled["precision"], pooled["recall"], pooled["f1"]) == (0.8, 0.533, 0.64)
    assert pooled["speaker_accuracy"] == round((30 + 24) / 80, 3)
    assert first_measured({}) is None


def test_the_latest_set_is_marked_once_a_later_round_tuned_on_it(tmp_path):
    revisions = tmp_path / "voices_revisions.md"
    revisions.write_text("## Round 2 (x)\n\n## Round 3 (y): tuned on test2\n", encoding="utf-8")
    assert last_round(revisions) == 3
    assert last_round(tmp_path / "missing.md") == 0
    fig = {"precision": 0.9, "recall": 0.6, "f1": 0.72, "speaker_accuracy": 0.7, "gold": 10}
    result = {"engine_without_interviews": {"test2": fig}, "pre_revision_round2": {"test2": fig}}
    assert "tuned_in_round" not in summary_metrics(dict(result, last_revision_round=2))["latest"]
    assert summary_metrics(dict(result, last_revision_round=3))["latest"]["tuned_in_round"] == 3


def test_tuning_splits_leave_out_the_latest_held_out_set():
    arts = pd.DataFrame({"split": ["dev", "test", "test2", "test3"]})
    assert tuning_splits(arts) == ("dev", "test", "test2")
    assert tuning_splits(arts.iloc[:2]) == ("dev",)
    # a later round (4) tuned on the latest held-out set (test3, measured in round 3) as well
    assert tuning_splits(arts, last_revision=4) == ("dev", "test", "test2", "test3")
    assert tuning_splits(arts, last_revision=3) == ("dev", "test", "test2")
    # sets from other sections are tuned on once a later round has read them
    other = pd.DataFrame({"split": ["dev", "test", "test2", "other29", "other30"]})
    splits = ("dev", "test", "test2", "other29", "other30")
    assert tuning_splits(other, splits, last_revision=30) == ("dev", "test", "test2", "other29")
    # two held-out sets at the end: one measured in the last round, one not yet tuned on
    arts = pd.DataFrame({"split": ["dev", "test", "test2", "test3", "test4"]})
    assert tuning_splits(arts, last_revision=3) == ("dev", "test", "test2")


def test_summary_metrics_are_a_few_scalars_whatever_the_rounds():
    fig = {"precision": 0.9, "recall": 0.6, "f1": 0.72, "speaker_accuracy": 0.7, "gold": 10}
    full = dict(fig, system=7, matched=6, kind_accuracy=1.0)
    result = {
        "engine": {"dev": full, "test": full, "test2": full, "test3": full},
        "engine_without_interviews": {"dev": full, "test2": full, "test3": full},
        "engine_on_tuning_splits": dict(full, splits=["dev", "test", "test2"]),
        "pre_revision_round3": {"test3": full},
        "held_out_first_measured": dict(full, sets=["test3"]),
    }
    summary = summary_metrics(result)
    assert sorted(summary) == ["dev", "held_out_first_measured", "latest", "test", "tuning"]
    assert summary["latest"] == dict(fig, split="test3", before=fig)
    assert summary["tuning"]["splits"] == ["dev", "test", "test2"]
    assert "matched" not in summary["dev"]
    rows = split_rows(result)
    assert [(r["measurement"], r["split"]) for r in rows][-1] == ("before round 3", "test3")
    assert len(rows) == 4 + 3 + 1


def test_sets_from_other_sections_are_reported_beside_the_pool_never_in_it():
    fig = {"precision": 0.9, "recall": 0.6, "f1": 0.72, "speaker_accuracy": 0.7, "gold": 10}
    first29 = dict(fig, recall=0.5, system=10, matched=5, speaker_accuracy=0.8)
    first30 = dict(fig, gold=20, system=10, matched=10, speaker_accuracy=0.5)
    arts = pd.DataFrame(
        {
            "split": ["test3", "other29", "other29", "other30"],
            "section": ["Web", "Panorama", "International", "Panorama"],
        }
    )
    result = {
        "engine_without_interviews": {"test3": fig, "other29": fig, "other30": fig},
        "pre_revision_round3": {"test3": dict(fig, system=7, matched=6)},
        "other_first_measured": {"other29": first29, "other30": first30},
        "other_split_sections": other_sections(arts),
    }
    assert other_sections(arts) == {
        "other29": ["International", "Panorama"],
        "other30": ["Panorama"],
    }
    assert first_measured(result)["sets"] == ["test3"]
    summary = summary_metrics(result)
    assert summary["latest"]["split"] == "test3"
    other = summary["other_sections"]
    assert (other["split"], other["sections"]) == ("other30", ["International", "Panorama"])
    assert other["first"] == {k: first30[k] for k in fig}
    # pooled from counts: 15 of 20 found, 15 of 30 gold; speakers 4 + 5 of 15
    assert other["pooled_first"] == dict(
        precision=0.75,
        recall=0.5,
        f1=0.6,
        speaker_accuracy=0.6,
        gold=30,
        sets=["other29", "other30"],
    )
    assert "tuned_in_round" not in other  # no later round: the current figure is held out
    later = summary_metrics(dict(result, last_revision_round=31))["other_sections"]
    assert later["tuned_in_round"] == 31
    counted = dict(fig, gold=146, system=127, matched=114, articles=24)
    wiki = {"wiki41": {"round-41 rules": dict(counted, kind_accuracy=0.9)}}
    wmt = {"wmt21": {"round-48 rules": dict(counted, kind_accuracy=0.9)}}
    pcc = {"pcc2": {"round-52 rules": dict(counted, kind_accuracy=0.9)}}
    recorded = dict(result, other_source_first_measured=wiki, newspaper_first_measured=wmt)
    fang = {"fang1": {"round-52 rules": dict(counted, kind_accuracy=0.9)}}
    recorded |= dict(commentary_first_measured=pcc, fang_first_measured=fang)
    unquoted = {"fang1_unquoted": {"round-52 rules": dict(counted, kind_accuracy=0.9)}}
    summary = summary_metrics(dict(recorded, fang_unquoted_first_measured=unquoted))
    assert summary["other_source"] == {"wiki41": {"round-41 rules": counted}}
    assert summary["newspaper"] == {"wmt21": {"round-48 rules": counted}}
    assert summary["commentary"] == {"pcc2": {"round-52 rules": counted}}
    assert summary["fang"] == {"fang1": {"round-52 rules": counted}}
    assert summary["fang_unquoted"] == {"fang1_unquoted": {"round-52 rules": counted}}
    assert "fang_unquoted" not in headline_metrics(summary)  # a check, not a headline


def test_second_coder_scored_against_the_gold_on_the_articles_both_coded(tmp_path):
    gold = pd.DataFrame(
        dict(
            article_id=["a", "a", "b"],
            split=["test6", "test6", "test6"],
            sentence=["Das sei falsch, sagte Putin.", "Er lachte nicht.", "Anderes Blatt."],
            speaker_name=["Wladimir Putin", "Wladimir Putin", "Merkel"],
            speaker=["Putin", "", "Merkel"],
            kind=["reported", "reported", "direct"],
        )
    )
    second = gold.iloc[:1].drop(columns=["split"]).assign(speaker_name="Putin")
    second.to_csv(tmp_path / "voices_gold_round6_coder2.csv", index=False)
    found = second_coders(tmp_path, gold, {})
    assert list(found) == ["test6"]
    s = found["test6"]
    assert (s["articles"], s["gold"], s["system"], s["matched"]) == (1, 2, 1, 1)
    assert (s["precision"], s["recall"], s["speaker_accuracy"]) == (1.0, 0.5, 1.0)
    assert second_coders(tmp_path / "none", gold, {}) == {}


def test_the_engine_on_the_gold_gives_the_same_table_in_worker_processes(monkeypatch):
    from framelab.attribution.benchmark import run_engine

    monkeypatch.setenv("FRAMELAB_WORKERS", "2")
    texts = {
        "a1": "Das sei falsch, sagte Anna Huber. Sie sei enttäuscht.",
        "a2": "Laut dem Ministerium steigen die Zahlen.",
        "a3": "Wir schaffen das, sagte Merkel.",
    }
    passages = pd.DataFrame(
        [dict(article_id=a, position=0, text=t, is_heading=False) for a, t in texts.items()]
    )
    serial = run_engine(passages, 3)
    assert len(serial) == 4 and set(serial["article_id"]) == set(texts)
    pd.testing.assert_frame_equal(run_engine(passages, 3, parallel=True), serial)


def test_the_independent_corpus_test_split_is_read_from_the_revision_log(tmp_path):
    from framelab.attribution.benchmark import external_test

    fig = dict(precision=0.9, recall=0.7, f1=0.79, speaker_accuracy=0.8, gold=660, system=500)
    fig.update(articles=148, speaker_judged=555)
    log = tmp_path / "voices_revisions.md"
    assert external_test(log) is None
    log.write_text(
        "```json external_before_round20\n"
        + json.dumps({"train": dict(fig, gold=1), "test": fig})
        + "\n```\n"
    )
    assert external_test(log) == {"before": fig, "after": None}
    summary = summary_metrics({"external": external_test(log)})
    summarised = {k: v for k, v in fig.items() if k != "system"}  # no count of found statements
    assert summary == {"external_test": {"before": summarised}}


def test_scores_per_section_cover_every_gold_article_of_the_section():
    arts = pd.DataFrame(
        {"article_id": ["a1", "a2", "s1"], "section": ["Web", "Web", "seeds"], "split": ["t"] * 3}
    )
    gold = pd.DataFrame(
        {
            "article_id": ["a1", "a2", "s1"],
            "sentence": ["Er sagte, es regnet.", "Sie meinte, es schneit.", "Putin sagte, ja."],
            "speaker": ["Er", "Sie", "Putin"],
            "speaker_name": ["Max Muster", "Eva Beispiel", "Wladimir Putin"],
            "kind": ["reported"] * 3,
        }
    )
    system = gold.iloc[[0, 2]].assign(speaker_name=["Max Muster", "Selenskyj"])
    result = {"engine_by_section": by_section(system, gold, arts, {})}
    web, seeds = result["engine_by_section"]["Web"], result["engine_by_section"]["seeds"]
    assert (web["articles"], web["gold"], web["matched"], web["recall"]) == (2, 2, 1, 0.5)
    assert (seeds["precision"], seeds["speaker_accuracy"]) == (1.0, 0.0)
    assert [r["section"] for r in section_rows(result)] == ["Web", "seeds"]


def test_the_readers_figures_keep_the_pool_and_the_last_round_study():
    from framelab.attribution.benchmark import _adjudicated_summary

    fig = dict(pairs=4, string_test=0.75, conservative=0.5, liberal=0.75, kappa=0.5)
    pooled = dict(fig, pairs=9, conservative_wilson=(0.3, 0.8), sets=["wiki41", "wiki48"])
    judged = {
        "wikinews_first_measured": dict(fig, conservative_wilson=(0.1, 0.9), sets=["wiki41"]),
        "round45_held_out": {"r44": fig, "r45": fig},
        "round46_held_out": {
            "r45": dict(fig, conservative=0.6),
            "r46": dict(fig, conservative=0.7),
        },
        "pooled_first_measured": pooled,
        "round50_held_out_newspapers": {"r49": dict(fig, conservative=0.8), "r50": fig},
        "round53_held_out_fang": {"r52": dict(fig, conservative=0.75), "r53": fig},
    }
    out = _adjudicated_summary(judged)
    assert sorted(out) == [
        "fang_held_out_r52",
        "fang_held_out_r53",
        "first_measured",
        "held_out_r45",
        "held_out_r46",
        "newspaper_held_out_r49",
        "newspaper_held_out_r50",
        "pooled_first_measured",
    ]
    assert out["fang_held_out_r52"]["conservative"] == 0.75  # no Wikinews round either
    assert (out["held_out_r45"]["conservative"], out["held_out_r46"]["conservative"]) == (0.6, 0.7)
    # the newspaper round study is no Wikinews round (sorted after round46, kept apart)
    assert (
        out["newspaper_held_out_r49"]["conservative"],
        out["newspaper_held_out_r50"]["conservative"],
    ) == (0.8, 0.5)
    assert out["pooled_first_measured"]["wilson"] == [0.3, 0.8]
    assert out["pooled_first_measured"]["sets"] == 2


def test_a_gold_sentence_with_decomposed_umlauts_matches_the_engines():
    from framelab.attribution.benchmark import sentences_overlap

    composed = "Die Behörde prüft, sagte die Sprecherin."
    decomposed = unicodedata.normalize("NFD", composed)
    assert decomposed != composed
    assert sentences_overlap(decomposed, composed) == 1.0


def test_the_metrics_file_is_a_few_headlines_however_many_sets():
    """Forty sets, two engines each, five sources and their readers' studies: 19 scalars."""
    block = {"gold": 100, "system": 80, "matched": 70, "speaker_accuracy": 0.7}
    block |= {"precision": 0.875, "recall": 0.7, "f1": 0.778, "articles": 20}
    later = dict(block, matched=80, recall=0.8)  # a later engine: not the first measurement
    sets = {f"s{i}": {"round-1 rules": block, "round-2 rules": later} for i in range(40)}
    judged = {"conservative": 0.7, "pairs": 10}
    summary = {
        "held_out_first_measured": dict(block, sets=["test2"]),
        "other_source": sets,
        "newspaper": sets,
        "commentary": {"pcc1": {"round-51 rules": dict(block, matched=40, system=80)}},
        "fang": {"fang1": {"round-52 rules": dict(block, matched=60)}},
        "speaker_adjudicated": {
            "first_measured": dict(judged, conservative=0.6),
            "pooled_first_measured": judged,
            "newspaper_first_measured": judged,
            "commentary_first_measured": dict(judged, conservative=0.5),
            "fang_first_measured": dict(judged, conservative=0.65),
        },
    }
    out = headline_metrics(summary)
    assert sum(len(v) for v in out.values()) == 19
    assert out["fang"] == {"precision": 0.75, "recall": 0.6, "speaker_accuracy": 0.7}
    assert out["wikinews"] == {"precision": 0.875, "recall": 0.7, "speaker_accuracy": 0.7}
    assert out["commentary"] == {"precision": 0.5, "recall": 0.4, "speaker_accuracy": 0.7}
    assert out["speaker_judged_by_readers"] == {
        "wikinews": 0.7,  # the pooled studies, not the first one alone
        "newspaper": 0.7,
        "commentary": 0.5,
        "fang": 0.65,
    }
    missing = {"available": False, "reason": "test.csv missing"}
    assert headline_metrics(missing) == missing
