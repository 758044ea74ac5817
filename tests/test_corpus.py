"""Corpus validation: each violation names file and line, exits non-zero and writes nothing."""

import hashlib
from pathlib import Path

import pytest

from framelab.cli import EXIT_BAD_INPUT
from framelab.corpus import load_corpus
from framelab.errors import InputError

from .conftest import SEEDS, make_project, run_stage


def problems(corpus: Path) -> list[str]:
    with pytest.raises(InputError) as err:
        load_corpus(corpus)
    return [str(p) for p in err.value.problems]


def rewrite_metadata(corpus: Path, old: str, new: str) -> None:
    meta = corpus / "metadata.csv"
    text = meta.read_text(encoding="utf-8")
    assert old in text
    meta.write_text(text.replace(old, new), encoding="utf-8")


def test_seed_corpus_is_valid():
    arts = load_corpus(SEEDS)
    assert [a.id[:3] for a in arts] == ["000", "001", "002", "003", "004"]
    assert {a.camp for a in arts} == {"russian_state", "western_agency", "other"}


def test_row_without_file(corpus_copy):
    (corpus_copy / "articles" / "ru1.txt").unlink()
    assert problems(corpus_copy) == [
        "corpus/metadata.csv:3: file 'articles/ru1.txt' does not exist"
    ]


def test_file_without_row(corpus_copy):
    (corpus_copy / "articles" / "extra.txt").write_text("Ein Text.", encoding="utf-8")
    assert problems(corpus_copy) == [
        "corpus/articles/extra.txt: article file has no row in metadata.csv"
    ]


def test_duplicate_id(corpus_copy):
    rewrite_metadata(corpus_copy, "ru1,articles/ru1.txt", "ot1,articles/ru1.txt")
    assert "corpus/metadata.csv:3: duplicate id 'ot1' (first on line 2)" in problems(corpus_copy)


def test_unknown_camp(corpus_copy):
    rewrite_metadata(corpus_copy, ",russian_state,", ",kremlin,")
    assert problems(corpus_copy) == [
        "corpus/metadata.csv:3: camp 'kremlin' is not one of: russian_state, western_agency, other"
    ]


def test_not_utf8_names_line(corpus_copy):
    (corpus_copy / "articles" / "ot1.txt").write_bytes(
        "Zeile eins\nGr\xfc\xdfe\n".encode("latin-1")
    )
    assert problems(corpus_copy) == [
        "corpus/articles/ot1.txt:2: not valid UTF-8 (byte 13); `framelab import` detects and "
        "transcodes other encodings"
    ]


def test_empty_text(corpus_copy):
    (corpus_copy / "articles" / "ot1.txt").write_text("  \n\n", encoding="utf-8")
    assert problems(corpus_copy) == ["corpus/articles/ot1.txt: article text is empty"]


def test_wrong_field_count(corpus_copy):
    with (corpus_copy / "metadata.csv").open("a", encoding="utf-8") as fh:
        fh.write("zz1,articles/zz1.txt,unknown\n")
    assert problems(corpus_copy) == ["corpus/metadata.csv:5: expected 8 fields, found 3"]


def test_missing_column(corpus_copy):
    rewrite_metadata(corpus_copy, "id,file,title,outlet,camp,", "id,file,title,outlet,lager,")
    assert problems(corpus_copy) == ["corpus/metadata.csv:1: missing column(s): camp"]


def test_all_problems_are_reported_at_once(corpus_copy):
    rewrite_metadata(corpus_copy, ",russian_state,", ",kremlin,")
    (corpus_copy / "articles" / "ot1.txt").write_text("", encoding="utf-8")
    (corpus_copy / "articles" / "extra.txt").write_text("x", encoding="utf-8")
    assert len(problems(corpus_copy)) == 3


def tree_digest(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def run_clean(corpus: Path, out: Path, monkeypatch) -> int:
    return run_stage(make_project(out, corpus), "clean", monkeypatch)


def test_cli_bad_input_exits_2_prints_every_problem_and_writes_nothing(
    corpus_copy, tmp_path, capsys, monkeypatch
):
    rewrite_metadata(corpus_copy, ",russian_state,", ",kremlin,")
    (corpus_copy / "articles" / "extra.txt").write_text("x", encoding="utf-8")
    before = tree_digest(corpus_copy)
    out = tmp_path / "out"
    assert run_clean(corpus_copy, out, monkeypatch) == EXIT_BAD_INPUT
    err = capsys.readouterr().err
    assert "bad input (2 problem(s))" in err
    assert "corpus/metadata.csv:3: camp 'kremlin'" in err
    assert "corpus/articles/extra.txt: article file has no row" in err
    assert not (out / "data").exists() and not (out / "reports").exists()
    assert tree_digest(corpus_copy) == before


def test_cli_clean_writes_all_outputs_and_leaves_raw_untouched(tmp_path, monkeypatch):
    before = tree_digest(SEEDS)
    out = tmp_path / "out"
    assert run_clean(SEEDS, out, monkeypatch) == 0
    names = sorted(
        str(p.relative_to(out))
        for d in ("data", "reports")
        for p in (out / d).rglob("*")
        if p.is_file()
    )
    assert names == [
        "data/processed/articles.parquet",
        "data/processed/duplicates.parquet",
        "data/processed/passages.parquet",
        "data/processed/removed.parquet",
        "data/processed/sentences.parquet",
        "reports/metrics/clean.json",
        "reports/tables/clean/camps.csv",
        "reports/tables/clean/corpus.csv",
        "reports/tables/clean/duplicates.csv",
        "reports/tables/clean/removals.csv",
        "reports/tables/clean/removed_lines.csv",
        "reports/tables/clean/rules.csv",
    ]
    assert tree_digest(SEEDS) == before
