"""Study folders: everything event-specific is data, checked when the study is loaded."""

import shutil

import pytest

from framelab.errors import InputError
from framelab.study.model import load_study

from .conftest import KURSK, REPO, RESOURCES, SCARE

LEXICON = RESOURCES / "framing.yml"


@pytest.mark.parametrize("name", ["kursk-2025", "refugees-2015"])
def test_shipped_studies_load_with_every_example_holding(name):
    study = load_study(REPO / "studies" / name, LEXICON, SCARE)
    assert study.id == name
    assert study.targets and study.camps
    assert all(t.label for t in study.targets)


def test_a_failing_example_is_an_error_naming_the_entry(tmp_path):
    folder = tmp_path / "kursk-2025"
    shutil.copytree(KURSK, folder)
    targets = folder / "targets.yml"
    text = targets.read_text(encoding="utf-8")
    targets.write_text(
        text.replace(
            '"Russlands Armee hat Kursk nach eigenen Angaben zurückerobert.", report]',
            '"Russlands Armee hat Kursk nach eigenen Angaben zurückerobert.", endorse]',
        ),
        encoding="utf-8",
    )
    with pytest.raises(InputError) as err:
        load_study(folder, LEXICON, SCARE)
    assert [str(p) for p in err.value.problems] == [
        "targets.yml: kursk_recaptured: example labelled report, expected endorse: "
        "'Russlands Armee hat Kursk nach eigenen Angaben zurückerobert.'"
    ]


def test_study_yaml_problems_are_listed_together(tmp_path):
    folder = tmp_path / "mine"
    shutil.copytree(KURSK, folder)
    study = folder / "study.yaml"
    text = study.read_text(encoding="utf-8").replace("    short: RU\n", "")
    study.write_text(text.replace("  format: folder", "  format: xml"), encoding="utf-8")
    with pytest.raises(InputError) as err:
        load_study(folder, LEXICON, SCARE)
    messages = [p.message for p in err.value.problems]
    assert "id 'kursk-2025' differs from the folder name 'mine'" in messages
    assert "corpus.format 'xml' is not one of folder, csv, jsonl, parquet" in messages
    assert "camp 'russian_state': missing short" in messages


def test_a_misspelt_study_key_is_an_error_with_its_line_and_the_likely_key(tmp_path):
    folder = tmp_path / "kursk-2025"
    shutil.copytree(KURSK, folder)
    study = folder / "study.yaml"
    text = study.read_text(encoding="utf-8")
    line = text[: text.index("  min_anchor_hits:")].count("\n") + 1
    study.write_text(text.replace("  min_anchor_hits:", "  min_anchor_hit:"), encoding="utf-8")
    with pytest.raises(InputError) as err:
        load_study(folder, LEXICON, SCARE)
    assert [str(p) for p in err.value.problems] == [
        f"kursk-2025/study.yaml:{line}: unknown key event.'min_anchor_hit' "
        "(did you mean 'min_anchor_hits'?)"
    ]


def test_a_counterexample_that_matches_is_an_error(tmp_path):
    folder = tmp_path / "kursk-2025"
    shutil.copytree(KURSK, folder)
    markers = folder / "markers.yml"
    text = markers.read_text(encoding="utf-8")
    markers.write_text(
        text.replace(
            'counterexamples: ["im Einklang mit dem Vertrag",',
            'counterexamples: ["ein Verstoß gegen das Völkerrecht",',
        ),
        encoding="utf-8",
    )
    with pytest.raises(InputError, match="illegality: counterexample matches"):
        load_study(folder, LEXICON, SCARE)


def test_a_study_may_bring_its_own_stop_words(tmp_path):
    from framelab import text
    from framelab.study.files import study_stopword_files

    assert study_stopword_files(tmp_path) == []
    (tmp_path / "stopwords.txt").write_text("standard  # the outlet's name\nmontag\n", "utf-8")
    assert text.load_stopwords(study_stopword_files(tmp_path)) == {"standard", "montag"}
    refugees = study_stopword_files(REPO / "studies" / "refugees-2015")
    assert "standard" in text.load_stopwords(refugees)


def test_camp_short_codes_are_unique_and_do_not_read_like_topic_labels(tmp_path):
    folder = tmp_path / "kursk-2025"
    shutil.copytree(KURSK, folder)
    study = folder / "study.yaml"
    text = study.read_text(encoding="utf-8")
    study.write_text(text.replace("short: RU", "short: T").replace("short: O", "short: W"), "utf-8")
    with pytest.raises(InputError) as err:
        load_study(folder, LEXICON, SCARE)
    problems = [p.message for p in err.value.problems]
    assert problems == [
        "camp 'russian_state': short 'T' makes article labels T1, T2 … that read like the topic "
        "labels T1, T2 …; choose another short code",
        "camp 'other': short 'W' is camp 'western_agency''s short too",
    ]
