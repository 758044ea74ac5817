"""Import from folder/CSV/JSONL, every kind of bad input, `framelab check`, language, reuse."""

import csv
import hashlib
import json
import shutil
from pathlib import Path

import pandas as pd
import pytest

from framelab import config
from framelab.analysis import reuse
from framelab.clean import language
from framelab.clean.cleaning import load_rules
from framelab.cli import EXIT_BAD_INPUT, main
from framelab.io.checking import check_corpus
from framelab.io.corpus import load_corpus
from framelab.paths import KGNAD_TEST
from framelab.topics.model import select_units

from .conftest import REPO, RESOURCES, TINY, check_settings, clean_for_test, make_article

RULES = RESOURCES / "boilerplate.yml"
GOOD = "Russland hat die Region Kursk nach eigenen Angaben zurückerobert. Kiew bestreitet das."


def digest(path: Path) -> dict[str, str]:
    files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
    return {str(p): hashlib.sha256(p.read_bytes()).hexdigest() for p in files}


def folder_input(tmp_path: Path, files: dict[str, bytes], rows: list[dict] | None = None):
    src = tmp_path / "in"
    src.mkdir()
    for name, data in files.items():
        (src / name).write_bytes(data)
    rows = (
        rows if rows is not None else [dict(id=Path(n).stem, file=n, camp="other") for n in files]
    )
    meta = tmp_path / "meta.csv"
    with meta.open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, ["id", "file", "camp"])
        w.writeheader()
        w.writerows(rows)
    return src, meta


def run_import(args: list[str], capsys) -> tuple[int, str]:
    code = main(["import", *args])
    return code, capsys.readouterr().err


def assert_rejected(tmp_path, capsys, args, inputs, expected: str, out_name: str = "out"):
    """Exit code 2, the message, nothing written, the input unchanged; returns stderr."""
    before = {str(p): digest(p) for p in inputs}
    out = tmp_path / out_name
    existed = out.exists()
    code, err = run_import([*args, "--out", str(out)], capsys)
    assert code == EXIT_BAD_INPUT, err
    assert expected in err, err
    assert existed or not out.exists()
    assert not list(tmp_path.glob(f".{out_name}-*")), "temporary output left behind"
    assert {str(p): digest(p) for p in inputs} == before
    return err


def assert_exact(err: str, *lines: str) -> None:
    """Each problem line is printed exactly (indented, a line of its own)."""
    for line in lines:
        assert f"\n  {line}\n" in err, err


# --- one test per bad input ------------------------------------------------------------------


def test_empty_file(tmp_path, capsys):
    src, meta = folder_input(tmp_path, {"a.txt": GOOD.encode(), "b.txt": b""})
    assert_rejected(
        tmp_path,
        capsys,
        ["folder", str(src), "--metadata", str(meta)],
        [src, meta],
        "b.txt: empty: no text",
    )


def test_binary_file(tmp_path, capsys):
    src, meta = folder_input(tmp_path, {"a.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"})
    assert_rejected(
        tmp_path,
        capsys,
        ["folder", str(src), "--metadata", str(meta)],
        [src, meta],
        "a.txt: binary data (NUL or control bytes), not a text file",
    )


def test_non_utf8_is_transcoded_and_recorded(tmp_path, capsys):
    src, meta = folder_input(
        tmp_path,
        {"a.txt": "Grüße aus Kursk, sagte er. Die Lage ist unübersichtlich.".encode("latin-1")},
    )
    out = tmp_path / "out"
    assert main(["import", "folder", str(src), "--metadata", str(meta), "--out", str(out)]) == 0
    assert (out / "articles/a.txt").read_text(encoding="utf-8").startswith("Grüße aus Kursk")
    log = pd.read_csv(out / "import_log.csv")
    assert log.repairs[0].startswith("transcoded from ")


def test_non_utf8_in_a_raw_corpus_is_rejected_with_line(corpus_copy, capsys):
    (corpus_copy / "articles/ot1.txt").write_bytes("Zeile\nGrüße\n".encode("latin-1"))
    assert main(["check", str(corpus_copy)]) == EXIT_BAD_INPUT
    assert "corpus/articles/ot1.txt:2: not valid UTF-8" in capsys.readouterr().out


def test_mojibake_is_repaired_and_recorded(tmp_path, capsys):
    src, meta = folder_input(
        tmp_path, {"a.txt": "Grüße „Mut“".encode().decode("latin-1").encode("utf-8")}
    )
    out = tmp_path / "out"
    assert main(["import", "folder", str(src), "--metadata", str(meta), "--out", str(out)]) == 0
    assert (out / "articles/a.txt").read_text(encoding="utf-8") == "Grüße „Mut“\n"
    assert "repaired mojibake (ftfy)" in pd.read_csv(out / "import_log.csv").repairs[0]


def test_mojibake_in_a_raw_corpus_is_a_warning(corpus_copy, capsys):
    (corpus_copy / "articles/ot1.txt").write_text("Die GrÃ¼ÃŸe aus MÃ¼nchen.", encoding="utf-8")
    assert main(["check", str(corpus_copy)]) == 0
    assert "ot1.txt: warning: looks like mojibake" in capsys.readouterr().out


def test_bom_and_crlf(tmp_path, capsys):
    src, meta = folder_input(tmp_path, {"a.txt": b"\xef\xbb\xbfErste Zeile.\r\nZweite Zeile.\r\n"})
    out = tmp_path / "out"
    assert main(["import", "folder", str(src), "--metadata", str(meta), "--out", str(out)]) == 0
    assert (out / "articles/a.txt").read_bytes() == b"Erste Zeile.\nZweite Zeile.\n"
    assert pd.read_csv(out / "import_log.csv").repairs[0] == (
        "removed UTF-8 BOM; normalised CRLF/CR line endings"
    )


def test_metadata_row_without_file(tmp_path, capsys):
    src, meta = folder_input(
        tmp_path,
        {"a.txt": GOOD.encode()},
        [dict(id="a", file="a.txt", camp="other"), dict(id="b", file="b.txt", camp="other")],
    )
    assert_rejected(
        tmp_path,
        capsys,
        ["folder", str(src), "--metadata", str(meta)],
        [src, meta],
        "meta.csv:3: file 'b.txt' does not exist",
    )


def test_file_without_metadata_row(tmp_path, capsys):
    src, meta = folder_input(
        tmp_path,
        {"a.txt": GOOD.encode(), "b.txt": GOOD.encode()},
        [dict(id="a", file="a.txt", camp="other")],
    )
    assert_rejected(
        tmp_path,
        capsys,
        ["folder", str(src), "--metadata", str(meta)],
        [src, meta],
        "b.txt: file has no row in the metadata CSV",
    )


def write_csv_input(tmp_path, text: str) -> Path:
    path = tmp_path / "in.csv"
    path.write_text(text, encoding="utf-8")
    return path


def test_duplicate_ids(tmp_path, capsys):
    path = write_csv_input(tmp_path, f"id,camp,text\nx1,other,{GOOD}\nx1,other,Noch ein Text.\n")
    assert_rejected(
        tmp_path,
        capsys,
        ["csv", str(path)],
        [path],
        "in.csv:3: duplicate id 'x1' (first on line 2)",
    )


def test_unknown_camp(tmp_path, capsys):
    path = write_csv_input(tmp_path, f"id,camp,text\nx1,kremlin,{GOOD}\n")
    assert_rejected(
        tmp_path,
        capsys,
        ["csv", str(path), "--camps", "russian_state,western_agency,other"],
        [path],
        "in.csv:2: camp 'kremlin' is not one of: russian_state, western_agency, other",
    )


def test_malformed_csv_unbalanced_quotes(tmp_path, capsys):
    path = write_csv_input(tmp_path, f'id,camp,text\nx1,other,"{GOOD}\nx2,other,Text\n')
    assert_rejected(
        tmp_path,
        capsys,
        ["csv", str(path)],
        [path],
        "malformed CSV: unbalanced quote character '\"'",
    )


def test_malformed_csv_wrong_column_count(tmp_path, capsys):
    path = write_csv_input(tmp_path, f"id,camp,text\nx1,other,{GOOD}\nx2,other\n")
    assert_rejected(
        tmp_path,
        capsys,
        ["csv", str(path)],
        [path],
        "in.csv:3: expected 3 fields, found 2 (a field with the separator inside must be quoted "
        "with '\"'; --quotechar sets the quote character)",
    )


def test_a_first_row_of_text_points_to_no_header(tmp_path, capsys):
    row = "Sport;" + "Ein langer Satz ohne Kopfzeile, der als Spaltenname gelesen wird. " * 3
    path = tmp_path / "in.csv"
    path.write_text(row + "\nKultur;Noch ein Text.\n", encoding="utf-8")
    assert_rejected(
        tmp_path,
        capsys,
        ["csv", str(path), "--delimiter", ";"],
        [path],
        "the first row looks like text: if the file has no header row, add --no-header",
    )


def test_very_large_article_is_rejected_without_reading_it(tmp_path, capsys):
    src, meta = folder_input(tmp_path, {"a.txt": GOOD.encode()})
    with (src / "big.txt").open("wb") as fh:  # 50 MB
        fh.truncate(50 * 1024 * 1024)
    with meta.open("a", encoding="utf-8") as fh:
        fh.write("big,big.txt,other\n")
    assert_rejected(
        tmp_path,
        capsys,
        ["folder", str(src), "--metadata", str(meta)],
        [meta],
        "big.txt: 52,428,800 bytes is larger than the limit of 5,000,000 bytes",
    )


def test_only_boilerplate_article_is_kept_with_a_warning(corpus_copy, capsys, caplog):
    (corpus_copy / "articles/ot1.txt").write_text(
        "Keystone-SDA\nMEHR IN NEWS\nWetter\n", encoding="utf-8"
    )
    assert main(["check", str(corpus_copy), "--rules", str(RULES)]) == 0
    assert "ot1.txt: warning: only boilerplate" in capsys.readouterr().out
    cleaned = clean_for_test(load_corpus(corpus_copy), load_rules(RULES))
    art = cleaned.articles.set_index("id")
    assert art.loc["ot1", "n_passages"] == 0 and "ot1" in art.index
    assert "ot1: only boilerplate" in caplog.text


def test_check_lists_every_problem_at_once(tmp_path, capsys):
    corpus = tmp_path / "bad"
    shutil.copytree(TINY, corpus)
    arts = corpus / "articles"
    (arts / "ot1.txt").write_bytes(b"")  # empty
    (arts / "ru1.txt").write_bytes("Grüße".encode("latin-1"))  # not UTF-8
    (arts / "we1.txt").write_bytes(b"\x00\x01binary")  # binary
    (arts / "orphan.txt").write_text(GOOD, encoding="utf-8")  # no metadata row
    (arts / "moji.txt").write_text("Die GrÃ¼ÃŸe aus MÃ¼nchen.", encoding="utf-8")  # mojibake
    (arts / "furniture.txt").write_text(
        "Keystone-SDA\nMEHR IN NEWS\nWetter\n", encoding="utf-8"
    )  # only boilerplate
    (arts / "crlf.txt").write_bytes(b"\xef\xbb\xbfEin Satz.\r\nNoch einer.\r\n")  # BOM, CRLF: fine
    with (arts / "big.txt").open("wb") as fh:  # 50 MB
        fh.truncate(50 * 1024 * 1024)
    rows = [
        "gone,articles/gone.txt,unknown,unknown,other,de,unknown,x",  # row without file
        "ot1,articles/ot1.txt,unknown,unknown,other,de,unknown,x",  # duplicate id
        "bad,articles/moji.txt,unknown,unknown,kremlin,de,unknown,x",  # unknown camp
        "moji,articles/moji.txt,unknown,unknown,other,de,unknown,x",
        "furniture,articles/furniture.txt,unknown,unknown,other,de,unknown,x",
        "crlf,articles/crlf.txt,unknown,unknown,other,de,unknown,x",
        "big,articles/big.txt,unknown,unknown,other,de,unknown,x",  # too large
        "short,articles/short.txt,unknown",  # wrong column count
        'open,articles/open.txt,"unbalanced,unknown,other,de,unknown,x',  # unbalanced quote
    ]
    with (corpus / "metadata.csv").open("a", encoding="utf-8") as fh:
        fh.write("\n".join(rows) + "\n")
    before = digest(corpus)
    camps = "russian_state,western_agency,other"
    assert main(["check", str(corpus), "--rules", str(RULES), "--camps", camps]) == EXIT_BAD_INPUT
    out = capsys.readouterr().out
    for expected in [
        "ot1.txt: article text is empty",
        "ru1.txt:1: not valid UTF-8",
        "we1.txt: binary data",
        "orphan.txt: article file has no row",
        "metadata.csv:5: file 'articles/gone.txt' does not exist",
        "metadata.csv:6: duplicate id 'ot1'",
        "metadata.csv:7: camp 'kremlin'",
        "moji.txt: warning: looks like mojibake",
        "furniture.txt: warning: only boilerplate",
        "big.txt: 52,428,800 bytes is larger than the limit of 5,000,000 bytes",
        "metadata.csv:12: expected 8 fields, found 3",
        "metadata.csv:13: malformed CSV: unbalanced quote character",
        "10 error(s)",
    ]:
        assert expected in out, expected
    assert "crlf.txt" not in out
    assert digest(corpus) == before


# --- import, check and clean agree ------------------------------------------------------------

MESSY = (
    "id,source,title,text,date\n"
    'm1,dpa,Eins,"Erste Zeile.\nZweite Zeile.",2021-03-25T06:32:31+01:00\n'
    "m2,dpa,Zwei,Text zwei.,2020-03-1\n"
    "m3,rt,Drei,Text drei.,25.3.2021\n"
)


def test_import_normalises_dates_and_check_accepts_the_result(tmp_path, capsys):
    path = write_csv_input(tmp_path, MESSY)
    out = tmp_path / "out"
    args = ["csv", str(path), "--camp-column", "source", "--published", "date"]
    assert main(["import", *args, "--out", str(out)]) == 0
    meta = pd.read_csv(out / "metadata.csv", dtype=str)
    assert meta.published.tolist() == ["2021-03-25", "2020-03-01", "2021-03-25"]
    assert meta.camp.tolist() == ["dpa", "dpa", "rt"]  # camps: whatever is present
    capsys.readouterr()
    assert main(["check", str(out), "--no-params"]) == 0
    assert capsys.readouterr().out.endswith("out: 0 error(s), 0 warning(s)\n")


def test_impossible_date_names_the_row(tmp_path, capsys):
    path = write_csv_input(tmp_path, MESSY.replace("2020-03-1", "2020-02-30"))
    err = assert_rejected(
        tmp_path,
        capsys,
        ["csv", str(path), "--camp-column", "source", "--published", "date"],
        [path],
        "published",
    )
    assert_exact(err, "in.csv:4: published '2020-02-30' is not a valid date")


@pytest.mark.parametrize(
    "option",
    [
        "--text",
        "--id",
        "--title",
        "--published",
        "--language",
        "--outlet",
        "--camp-column",
        "--camp-evidence",
    ],
)
def test_unknown_column_is_an_error_before_parsing(tmp_path, capsys, option):
    # the broken last record proves nothing was parsed: its problem is not reported
    path = write_csv_input(tmp_path, MESSY + 'm4,dpa,Vier,"offen,2020\n')
    args = ["csv", str(path), "--camp-column", "source", option, "nosuch"]
    err = assert_rejected(tmp_path, capsys, args, [path], "nosuch")
    assert_exact(
        err,
        f"in.csv: no column 'nosuch' for {option} (columns: id, source, title, text, date)",
    )
    assert "malformed" not in err and "bad input (1 problem(s))" in err


def test_a_default_column_may_be_missing(tmp_path):
    path = write_csv_input(tmp_path, "id,camp,text\nx1,other,Ein Text.\n")
    out = tmp_path / "out"
    assert main(["import", "csv", str(path), "--out", str(out)]) == 0
    row = pd.read_csv(out / "metadata.csv", dtype=str).iloc[0]
    assert (row.title, row.outlet, row.published, row.language) == ("unknown",) * 4


def test_missing_camp_column_says_how_to_give_camps(tmp_path, capsys):
    path = write_csv_input(tmp_path, "id,text\nx1,Ein Text.\n")
    err = assert_rejected(tmp_path, capsys, ["csv", str(path)], [path], "camp")
    assert_exact(
        err,
        "in.csv: no camp column 'camp' (columns: id, text); give --camp-column COLUMN, "
        "--camp VALUE or --camp-from-filename",
    )


def test_identical_errors_are_grouped_with_count_and_first_rows(tmp_path, capsys):
    rows = "".join(f"x{i},,Text {i}.\n" for i in range(1, 6))
    path = write_csv_input(tmp_path, "id,camp,text\n" + rows)
    err = assert_rejected(tmp_path, capsys, ["csv", str(path), "--camps", "a,b"], [path], "camp")
    assert_exact(err, "in.csv: camp 'unknown' is not one of: a, b (5 rows: 2, 3, 4, …)")
    assert err.count("is not one of") == 1


def test_csv_problems_name_the_records_first_line(tmp_path, capsys):
    text = 'id,camp,text\nx1,kremlin,"Zeile eins\nZeile zwei\nZeile drei"\nx2,a,"offen\nweiter\n'
    path = write_csv_input(tmp_path, text)
    err = assert_rejected(tmp_path, capsys, ["csv", str(path), "--camps", "a"], [path], "kremlin")
    assert_exact(
        err,
        "in.csv:2: camp 'kremlin' is not one of: a",
        "in.csv:5: malformed CSV: unbalanced quote character '\"' (unexpected end of data)",
    )


def test_missing_input_folder(tmp_path, capsys):
    meta = tmp_path / "meta.csv"
    meta.write_text("id,file,camp\n", encoding="utf-8")
    err = assert_rejected(
        tmp_path,
        capsys,
        ["folder", str(tmp_path / "nowhere"), "--metadata", str(meta)],
        [meta],
        "nowhere",
    )
    assert_exact(err, f"{tmp_path / 'nowhere'}: input does not exist")


def test_csv_file_where_a_folder_is_expected(tmp_path, capsys):
    path = write_csv_input(tmp_path, f"id,camp,text\nx1,other,{GOOD}\n")
    err = assert_rejected(tmp_path, capsys, ["folder", str(path)], [path], "folder")
    assert_exact(
        err,
        f"{path}: a file, not a folder of article files; to import it: "
        f"`framelab import csv {path} --out DIR`",
    )


def test_output_that_exists_is_reported_before_parsing(tmp_path, capsys):
    path = write_csv_input(tmp_path, "id,camp,text\nx1,,Ein Text.\n")  # a row error, not parsed
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "keep.txt").write_text("mine", encoding="utf-8")
    err = assert_rejected(tmp_path, capsys, ["csv", str(path)], [path, tmp_path / "out"], "exists")
    assert_exact(err, f"{tmp_path / 'out'}: output folder exists and is not empty")
    assert "camp" not in err


def test_several_files_with_the_camp_from_the_file_name(tmp_path):
    for name, body in [("rt.csv", "Ein Text."), ("dpa.csv", "Noch ein Text.")]:
        (tmp_path / name).write_text(f"text\n{body}\n{body} Zwei.\n", encoding="utf-8")
    out = tmp_path / "out"
    pattern = str(tmp_path / "*.csv")  # a quoted glob, expanded by framelab
    assert main(["import", "csv", pattern, "--camp-from-filename", "--out", str(out)]) == 0
    meta = pd.read_csv(out / "metadata.csv", dtype=str)
    assert meta[["id", "camp"]].values.tolist() == [
        ["doc00001", "dpa"],
        ["doc00002", "dpa"],
        ["doc00003", "rt"],
        ["doc00004", "rt"],
    ]
    assert meta.camp_evidence[0] == "camp from the file name 'dpa.csv' (dpa.csv:2)"


def test_jsonl_unknown_field_is_an_error_before_parsing(tmp_path, capsys):
    path = tmp_path / "in.jsonl"
    path.write_text('{"body": "Ein Text.", "camp": "a"}\n{kaputt\n', encoding="utf-8")
    err = assert_rejected(tmp_path, capsys, ["jsonl", str(path), "--text", "text_"], [path], "x")
    assert_exact(err, "in.jsonl: no column 'text_' for --text (columns: body, camp)")
    assert "not valid JSON" not in err


# --- Parquet corpora and streaming ---------------------------------------------------------------


def test_parquet_import_is_one_sorted_file_that_reads_like_the_folder(tmp_path, monkeypatch):
    import pyarrow.parquet as pq

    from framelab.io import importing
    from framelab.io.corpus import iter_corpus

    monkeypatch.setattr(importing, "ROW_GROUP_SIZE", 2)
    rows = "".join(f"z{9 - i},c{i % 2},Text Nummer {i}.\n" for i in range(5))
    path = write_csv_input(tmp_path, "id,camp,text\n" + rows)
    pq_out, dir_out = tmp_path / "corpus.parquet", tmp_path / "folder"
    assert main(["import", "csv", str(path), "--format", "parquet", "--out", str(pq_out)]) == 0
    assert main(["import", "csv", str(path), "--out", str(dir_out)]) == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "corpus.import_log.csv",
        "corpus.parquet",
        "folder",
        "in.csv",
    ]
    pf = pq.ParquetFile(pq_out)
    assert pf.schema_arrow.names == [
        "id",
        "camp",
        "title",
        "outlet",
        "language",
        "published",
        "camp_evidence",
        "text",
    ]
    assert pf.metadata.num_row_groups == 3
    assert pq.read_table(pq_out).column("id").to_pylist() == ["z5", "z6", "z7", "z8", "z9"]
    from_pq = [a for chunk in iter_corpus(pq_out, "parquet", chunk_size=2) for a in chunk]
    from_dir = [a for chunk in iter_corpus(dir_out, "folder") for a in chunk]
    assert [a.meta | {"file": ""} for a in from_pq] == [a.meta | {"file": ""} for a in from_dir]
    assert [a.text.strip() for a in from_pq] == [a.text.strip() for a in from_dir]


def test_parquet_output_that_exists_is_refused(tmp_path, capsys):
    path = write_csv_input(tmp_path, f"id,camp,text\nx1,other,{GOOD}\n")
    (tmp_path / "out").write_bytes(b"old")
    err = assert_rejected(
        tmp_path, capsys, ["csv", str(path), "--format", "parquet"], [path, tmp_path / "out"], "x"
    )
    assert_exact(err, f"{tmp_path / 'out'}: output file exists")


def test_reading_a_csv_directly_gives_what_its_import_gives(tmp_path):
    from framelab.io.corpus import iter_corpus

    path = write_csv_input(tmp_path, MESSY)
    options = dict(camp_column="source", published="date")
    out = tmp_path / "out"
    assert main(["import", "csv", str(path), "--camp-column", "source", "--published", "date",
                 "--out", str(out)]) == 0  # fmt: skip
    direct = [a for chunk in iter_corpus(path, "csv", options) for a in chunk]
    imported = load_corpus(out)
    assert [a.meta | {"file": ""} for a in direct] == [a.meta | {"file": ""} for a in imported]
    assert [a.text.rstrip("\n") for a in direct] == [a.text.rstrip("\n") for a in imported]
    assert direct[0].file == "in.csv:2"


def test_iter_corpus_reads_in_chunks_and_raises_at_the_end(corpus_copy):
    from framelab.errors import InputError
    from framelab.io.corpus import iter_corpus

    assert [[a.id for a in c] for c in iter_corpus(corpus_copy, chunk_size=2)] == [
        ["ot1", "ru1"],
        ["we1"],
    ]
    (corpus_copy / "articles/ru1.txt").write_text("", encoding="utf-8")
    seen = []
    with pytest.raises(InputError) as err:
        for chunk in iter_corpus(corpus_copy, chunk_size=2):
            seen += [a.id for a in chunk]
    assert seen == ["ot1", "we1"]
    assert err.value.lines() == ["corpus/articles/ru1.txt: article text is empty"]


def test_10kgnad_read_directly_with_study_options():
    from framelab.io.corpus import iter_corpus

    if not KGNAD_TEST.is_file():
        pytest.skip(f"{KGNAD_TEST} not found: 10kGNAD benchmark corpus absent")
    from framelab.study.files import read_study_yaml

    options = read_study_yaml(REPO / "studies/refugees-2015")["corpus"]["options"]
    chunks = list(iter_corpus(KGNAD_TEST, "csv", options, chunk_size=500))
    assert [len(c) for c in chunks] == [500, 500, 28]
    first = chunks[0][0]
    assert (first.id, first.camp, first.file) == ("gnad00001", "Wirtschaft", "test.csv:1")
    assert first.text.startswith("Die Gewerkschaft GPA-djp lanciert den")
    assert chunks[-1][-1].id == "gnad01028"


# --- round trips, HTML ------------------------------------------------------------------------

ROWS = [
    dict(id="a1", camp="russian_state", title="Sieg", text=GOOD),
    dict(
        id="a2",
        camp="western_agency",
        title="unknown",
        text="Die Ukraine hatte eine Offensive begonnen.\nEine Bestätigung gab es nicht.",
    ),
]


def imported_articles(out: Path) -> pd.DataFrame:
    c = clean_for_test(load_corpus(out), load_rules(RULES))
    return c.articles[["id", "camp", "title", "text", "n_passages"]]


def test_csv_jsonl_and_folder_imports_give_the_same_articles(tmp_path):
    csv_in = tmp_path / "in.csv"
    pd.DataFrame(ROWS).to_csv(csv_in, index=False)
    jsonl_in = tmp_path / "in.jsonl"
    jsonl_in.write_text(
        "\n".join(json.dumps(r, ensure_ascii=False) for r in ROWS), encoding="utf-8"
    )
    folder = tmp_path / "folder"
    folder.mkdir()
    for r in ROWS:
        (folder / f"{r['id']}.txt").write_text(r["text"], encoding="utf-8")
    meta = tmp_path / "meta.csv"
    pd.DataFrame(
        [{k: v for k, v in r.items() if k != "text"} | {"file": f"{r['id']}.txt"} for r in ROWS]
    ).to_csv(meta, index=False)
    outs = []
    for name, args in [
        ("csv", ["csv", str(csv_in)]),
        ("jsonl", ["jsonl", str(jsonl_in)]),
        ("folder", ["folder", str(folder), "--metadata", str(meta)]),
    ]:
        out = tmp_path / f"out-{name}"
        assert main(["import", *args, "--out", str(out)]) == 0
        outs.append(imported_articles(out))
    pd.testing.assert_frame_equal(outs[0], outs[1])
    pd.testing.assert_frame_equal(outs[0], outs[2])
    assert outs[0].n_passages.tolist() == [1, 2]


HTML = """<html><head><title>Kursk: Russland meldet Rückeroberung</title>
<script>var tracking = "do not keep me";</script><style>.x{color:red}</style></head>
<body><nav><a href="/">Startseite</a> | <a href="/politik">Politik</a> | Menü</nav>
<article><h1>Kursk: Russland meldet Rückeroberung</h1>
<p>Russland hat nach eigenen Angaben die Region Kursk vollständig zurückerobert. Nordkoreanische
Soldaten sollen dabei geholfen haben, sagte der Generalstabschef am Samstag in Moskau.</p>
<p>Die ukrainische Armee bestreitet das. Die Kämpfe in der Grenzregion dauerten an, hieß es aus
Kiew am Sonntag. Eine unabhängige Bestätigung gab es zunächst nicht.</p></article>
<footer>Impressum · Datenschutz · Cookies</footer></body></html>"""


def test_html_extraction_keeps_paragraphs_and_drops_script_and_navigation(tmp_path):
    src, meta = folder_input(tmp_path, {"page.html": HTML.encode()})
    out = tmp_path / "out"
    assert main(["import", "folder", str(src), "--metadata", str(meta), "--out", str(out)]) == 0
    text = (out / "articles/page.txt").read_text(encoding="utf-8")
    assert "vollständig zurückerobert" in text and "Die ukrainische Armee bestreitet das." in text
    for junk in ("tracking", "Startseite", "Impressum", "color:red"):
        assert junk not in text
    assert pd.read_csv(out / "metadata.csv").title[0] == "Kursk: Russland meldet Rückeroberung"
    assert bool(pd.read_csv(out / "import_log.csv").html_extracted[0])


# --- language, duplicates, reuse ---------------------------------------------------------------


def test_other_language_passage_is_flagged_and_left_out_of_topics():
    passages = pd.DataFrame(
        {
            "article_id": ["a", "a"],
            "position": [1, 2],
            "kind": ["body", "body"],
            "text": [
                "Die russische Armee hat die Grenzregion Kursk nach eigenen Angaben "
                "vollständig zurückerobert.",
                "The Russian army says it has fully recaptured the Kursk border region, "
                "Kyiv denies it.",
            ],
            "n_tokens": [14, 15],
        }
    )
    flagged = language.flag_languages(passages, "de", 0.8, 5)
    assert flagged.lang.tolist() == ["de", "en"]
    assert flagged.in_language.tolist() == [True, False]
    assert select_units(flagged, pd.DataFrame(), "passage").position.tolist() == [1]


LONG = (
    "Russland hat erstmals den Einsatz von nordkoreanischen Soldaten im Kampf um Kursk "
    "bestätigt. Der Chef des Generalstabs lobte ihren Mut und ihre Professionalität bei der "
    "Rückeroberung der Region an der Grenze zur Ukraine, sagte er am Samstag in Moskau."
)


def test_exact_and_near_duplicates_are_found_and_dropped_with_an_audit():
    arts = [
        make_article("a", LONG),
        make_article("b", LONG.upper()),
        make_article("c", LONG.replace("am Samstag", "am Sonntag")),
        make_article("d", "Ganz anderer Text über das Wetter in Wien und die Wahl in Graz."),
    ]
    kept = clean_for_test(arts, load_rules(RULES), duplicates="keep", duplicate_threshold=0.8)
    assert kept.duplicates[["article_id", "duplicate_of", "kind"]].values.tolist() == [
        ["b", "a", "exact"],
        ["c", "a", "near"],
    ]
    assert len(kept.articles) == 4
    dropped = clean_for_test(arts, load_rules(RULES), duplicates="drop", duplicate_threshold=0.8)
    assert dropped.articles.id.tolist() == ["a", "d"]
    audit = dropped.removed[dropped.removed.rule == "duplicate_article"]
    assert audit.article_id.tolist() == ["b", "c"]
    assert set(dropped.passages.article_id) == {"a", "d"}


def test_reuse_finds_a_copied_passage_and_not_a_rewritten_one():
    copied = (
        "Die Beteiligung der Soldaten aus Nordkorea an dem russischen Krieg gegen die "
        "Ukraine gilt als Verstoss gegen internationales Recht."
    )
    rewritten = (
        "Dass Pjöngjang Truppen an die Front schickt, halten Völkerrechtler für "
        "unzulässig, schreibt die Agentur."
    )
    original_2 = (
        "Nach Ansicht von Juristen verletzt die Entsendung nordkoreanischer Einheiten "
        "das Völkerrecht."
    )
    passages = pd.DataFrame(
        {
            "article_id": ["x", "x", "y", "y"],
            "position": [1, 2, 1, 2],
            "text": [copied, original_2, "Einleitung. " + copied, rewritten],
        }
    )
    settings = config.load().reuse
    params = config.pick(reuse.ReuseParams, settings, shingle=3, lsh_threshold=0.05)
    pairs = reuse.passage_reuse(passages, params)
    assert pairs[["article_a", "position_a", "article_b", "position_b"]].values.tolist() == [
        ["x", 1, "y", 1]
    ]
    assert pairs.containment.iloc[0] == 1.0
    by_article = reuse.article_reuse(pairs, passages)
    assert by_article[["passages_a", "share_a"]].values.tolist() == [[1, 0.5]]


@pytest.mark.slow
def test_import_and_clean_10kgnad(tmp_path):
    if not KGNAD_TEST.is_file():
        pytest.skip(f"{KGNAD_TEST} not found: 10kGNAD benchmark corpus absent")
    out = tmp_path / "gnad"
    camps = "Etat,Inland,International,Kultur,Panorama,Sport,Web,Wirtschaft,Wissenschaft"
    assert (
        main(
            [
                "import",
                "csv",
                str(KGNAD_TEST),
                "--out",
                str(out),
                "--delimiter",
                ";",
                "--quotechar",
                "'",
                "--no-header",
                "--columns",
                "label,text",
                "--camp-column",
                "label",
                "--id-prefix",
                "gnad",
                "--camps",
                camps,
            ]
        )
        == 0
    )
    assert len(pd.read_csv(out / "metadata.csv")) == 1028
    report = check_corpus(out, settings=check_settings(camps=tuple(camps.split(","))))
    assert report.summary.articles == 1028
    assert [p.message.split(":")[0] for p in report.problems] == [
        "almost no quotation marks (0.4 per article)"  # 10kGNAD strips its quotation marks
    ]
    cleaned = clean_for_test(load_corpus(out, tuple(camps.split(","))), load_rules(RULES))
    assert len(cleaned.articles) == 1028 and cleaned.articles.camp.nunique() == 9
    assert (cleaned.removed.rule == "fulltext_unavailable").sum() == 12


def test_camp_map_turns_outlets_into_camps_with_evidence(tmp_path, capsys):
    src = tmp_path / "in.csv"
    src.write_text(
        "id,outlet,text\na1,dpa,Ein Text.\na2,RT DE,Noch ein Text.\na3,Reuters,Ein dritter.\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    args = ["import", "csv", str(src), "--out", str(out), "--camp-column", "outlet"]
    assert main([*args, "--camp-map", "dpa=western, RT DE=russian, *=other"]) == 0
    meta = pd.read_csv(out / "metadata.csv")
    assert meta["camp"].tolist() == ["western", "russian", "other"]
    assert meta["camp_evidence"][1] == (
        "camp 'russian' by camp_map from the input's 'outlet' field (in.csv:3)"
    )
    capsys.readouterr()
    assert main([*args[:4], str(tmp_path / "o2"), *args[5:], "--camp-map", "dpa western"]) == 2
    assert "camp_map: 'dpa western' has no '=': write value=camp" in capsys.readouterr().err


def test_a_studys_camp_map_is_a_mapping_in_its_corpus_options():
    from framelab.io.importing import ImportOptions, mapped_camp

    opts = ImportOptions.from_dict({"camp_column": "outlet", "camp_map": {"dpa": "western"}})
    assert mapped_camp("dpa", opts.camp_map) == "western"
    assert mapped_camp("AFP", opts.camp_map) == "AFP"  # unmapped: the allow-list decides


def test_a_parquet_file_without_text_names_its_columns_and_the_import_command(tmp_path):
    import pandas as pd

    from framelab.errors import InputError
    from framelab.io.corpus import iter_corpus

    path = tmp_path / "notext.parquet"
    pd.DataFrame({"id": ["a"], "body": ["Ein Text."]}).to_parquet(path)
    with pytest.raises(InputError) as err:
        list(iter_corpus(path, "parquet"))
    message = err.value.problems[0].message
    assert message.startswith("missing column(s): ")
    assert "text (columns: id, body); a framelab Parquet corpus is written by `framelab " in message


def test_a_csv_whose_first_megabyte_is_ascii_is_read_in_the_encoding_of_its_later_bytes(
    tmp_path, monkeypatch
):
    from framelab.io import importing

    monkeypatch.setattr(importing, "ENCODING_SAMPLE", 64)  # the sample ends before the umlauts
    body = "id,source,title,text\n" + "".join(f"a{i},dpa,T{i},Text {i}.\n" for i in range(5))
    path = tmp_path / "in.csv"
    path.write_bytes((body + "z1,dpa,Grüße,Grüße aus Wien.\n").encode("cp1252"))
    out = tmp_path / "out"
    assert main(["import", "csv", str(path), "--camp-column", "source", "--out", str(out)]) == 0
    assert (out / "articles/z1.txt").read_text(encoding="utf-8") == "Grüße aus Wien.\n"
    log = pd.read_csv(out / "import_log.csv")
    assert set(log.repairs.dropna()) == {"transcoded from cp1252"}


def test_check_on_a_folder_of_html_pages_names_the_import_command(tmp_path, capsys):
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "a.html").write_text("<html><body><p>Hallo.</p></body></html>", encoding="utf-8")
    assert main(["check", str(pages), "--no-params"]) == EXIT_BAD_INPUT
    assert capsys.readouterr().out.splitlines()[0] == (
        "pages/metadata.csv: metadata file is missing: this looks like a folder of raw HTML "
        "pages, not a corpus folder; import it with `framelab import folder "
        f"{pages} --metadata META.csv --html --out DIR` (META.csv: one row per file, column "
        "'file')"
    )


def test_input_columns_without_a_corpus_field_are_named_not_dropped_silently(tmp_path, capsys):
    path = write_csv_input(tmp_path, "id,camp,text,section,url\nx1,other,Ein Text.,Inland,u\n")
    out = tmp_path / "out"
    assert main(["import", "csv", str(path), "--out", str(out)]) == 0
    assert capsys.readouterr().out.splitlines()[0] == (
        "in.csv: warning: column(s) not imported: section, url (a corpus keeps id, title, "
        "outlet, camp, language, published, camp_evidence and the text; map a column with "
        "--title, --outlet, … or keep the input file for the rest)"
    )


def test_a_study_option_naming_a_missing_column_names_the_study_option():
    from framelab.io.importing import ImportOptions, check_columns

    problems = []
    opts = ImportOptions.from_dict({"camp_column": "lable"})
    check_columns(["id", "label", "text"], opts, "in.csv", "csv", problems)
    assert [str(p) for p in problems] == [
        "in.csv: no column 'lable' for corpus.options.camp_column (study.yaml) "
        "(columns: id, label, text)"
    ]
