"""Corpus validation: each violation names file and line, exits non-zero and writes nothing."""

import hashlib
from pathlib import Path

import pytest

from framelab.cli import EXIT_BAD_INPUT
from framelab.errors import InputError, Problem, format_problems
from framelab.io.corpus import corpus_summary, load_corpus, normalise_date, validate_source

from .conftest import SEEDS, make_project, run_stage

CAMPS = ("russian_state", "western_agency", "other")  # the Kursk study's camps


def problems(corpus: Path) -> list[str]:
    with pytest.raises(InputError) as err:
        load_corpus(corpus, CAMPS)
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
    project = make_project(out, corpus, corpus__camps=list(CAMPS))
    return run_stage(project, "clean", monkeypatch)


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
        "reports/tables/clean/repeated_lines.csv",
        "reports/tables/clean/rules.csv",
    ]
    assert tree_digest(SEEDS) == before


# --- the one validator: dates, camps, missing folders; grouped problems -----------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2021-03-25T06:32:31+01:00", "2021-03-25"),
        ("2021-03-25 23:59:59Z", "2021-03-25"),
        ("2020-03-1", "2020-03-01"),
        ("2020-3", "2020-03"),
        ("2020", "2020"),
        ("25.3.2021", "2021-03-25"),
        ("unknown", "unknown"),
    ],
)
def test_dates_are_normalised(raw, expected):
    assert normalise_date(raw) == expected


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ("2020-02-30", "published '2020-02-30' is not a valid date"),
        ("2020-13", "published '2020-13' is not a valid date"),
        ("2021-03-25T25:00", "published '2021-03-25T25:00' is not a valid ISO 8601 date-time"),
        (
            "gestern",
            "published 'gestern' is neither an ISO 8601 date (YYYY-MM-DD, YYYY-MM, YYYY, "
            "or a date-time) nor 'unknown'",
        ),
    ],
)
def test_impossible_dates_are_errors(raw, message):
    with pytest.raises(ValueError) as err:
        normalise_date(raw)
    assert str(err.value) == message


def test_folder_dates_are_normalised_and_impossible_ones_name_the_row(corpus_copy):
    rewrite_metadata(corpus_copy, "de,2025-04-27,", "de,2025-4-27T10:00:00+02:00,")
    assert [a.published for a in load_corpus(corpus_copy)][2] == "2025-04-27"
    rewrite_metadata(corpus_copy, "de,2025-4-27T10:00:00+02:00,", "de,2025-02-30,")
    assert problems(corpus_copy) == [
        "corpus/metadata.csv:4: published '2025-02-30' is not a valid date"
    ]


def test_camps_default_to_those_present_but_every_article_needs_one(corpus_copy):
    rewrite_metadata(corpus_copy, ",russian_state,", ",kremlin,")
    assert {a.camp for a in load_corpus(corpus_copy)} == {"kremlin", "western_agency", "other"}
    rewrite_metadata(corpus_copy, ",kremlin,", ",unknown,")
    with pytest.raises(InputError) as err:
        load_corpus(corpus_copy)
    assert err.value.lines() == [
        "corpus/metadata.csv:3: camp is empty or 'unknown' (every article needs a camp)"
    ]


def test_missing_folder_and_a_file_instead_of_a_folder(tmp_path):
    with pytest.raises(InputError) as err:
        load_corpus(tmp_path / "raw")
    assert err.value.lines() == [
        f"{tmp_path / 'raw'}: no such corpus folder; create one with "
        f"`framelab import folder|csv|jsonl INPUT --out {tmp_path / 'raw'}` (or, for a study, "
        "point corpus.source in its study.yaml at your corpus and run `framelab study use`)"
    ]
    path = tmp_path / "articles.csv"
    path.write_text("id,text\n", encoding="utf-8")
    with pytest.raises(InputError) as err:
        load_corpus(path)
    assert err.value.lines() == [
        f"{path}: a file, not a corpus folder (metadata.csv + articles/); import it with "
        f"`framelab import csv {path} --out DIR`"
    ]


def test_problems_are_grouped_once_for_every_command():
    probs = [Problem("x.csv", "camp 'unknown' is not one of: a, b", n) for n in range(2, 2836)]
    probs += [Problem("y.txt", "article text is empty"), Problem("x.csv", "other", 7)]
    assert format_problems(probs) == [
        "x.csv: camp 'unknown' is not one of: a, b (2,834 rows: 2, 3, 4, …)",
        "y.txt: article text is empty",
        "x.csv:7: other",
    ]
    assert str(InputError(probs)).splitlines()[0].startswith("x.csv: camp 'unknown'")
    warnings = [Problem("a.txt", "looks odd", severity="warning")] * 2
    assert format_problems(warnings) == ["a.txt: warning: looks odd (2 times)"]


def test_summary_of_a_corpus():
    summary = corpus_summary(SEEDS)
    assert summary.articles == 5
    assert dict(summary.camps) == {"russian_state": 1, "western_agency": 3, "other": 1}
    assert summary.lines()[3] == "dates: none known (5 unknown)"
    summary, found = validate_source(SEEDS, camps=("other",))
    assert summary.articles == 1 and format_problems(found) == [
        "raw/metadata.csv:2: camp 'russian_state' is not one of: other",
        "raw/metadata.csv: camp 'western_agency' is not one of: other (3 rows: 3, 4, 6)",
    ]
