"""The wiki41 benchmark scores the engine on Wikinews texts read from a local JSONL."""

import json

from framelab.attribution import wikinews_benchmark as wb

COLS = "article_id,source,section,split,n,sentence,kind,cue,speaker,speaker_name,text"
TEXT = "„Wir bleiben“, sagte Angela Merkel am Montag. Die Sitzung endete spät."


def _set(tmp_path, rows):
    corpus = tmp_path / "articles.jsonl"
    record = dict(source_record_id="article_7", title="Test", text=TEXT)
    corpus.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    (tmp_path / "voices_gold_wiki41.csv").write_text(
        "\n".join([COLS, *rows]) + "\n", encoding="utf-8"
    )
    n = len(rows)
    (tmp_path / "voices_gold_wiki41_articles.csv").write_text(
        f"article_id,source,section,split,n_statements\nwn007,wikinews,Politik,wiki41,{n}\n",
        encoding="utf-8",
    )
    return corpus


def test_the_set_is_scored_from_the_jsonl_by_the_draws_ids(tmp_path):
    row = (
        'wn007,wikinews,Politik,wiki41,1,"„Wir bleiben“, sagte Angela Merkel am Montag.",'
        "direct,sagte,Angela Merkel,Angela Merkel,Wir bleiben"
    )
    corpus = _set(tmp_path, [row])
    assert wb.load_texts(corpus) == {"wn007": TEXT}
    log = tmp_path / "voices_revisions.md"
    log.write_text("## Round 42 (day): tuned on all gold, `wiki41`; `wiki43` held out\n")
    result = wb.run(corpus, tmp_path, log, tmp_path / "out", 6)
    s = result["current"]["wiki41"]
    assert (s["gold"], s["system"], s["matched"], s["speaker_accuracy"]) == (1, 1, 1, 1.0)
    md = (tmp_path / "out" / "voices_wikinews.md").read_text(encoding="utf-8")
    assert "| wiki41 | current | 1 | 1 | 1 | 1 | 1.0 | 1.0 | 1.0 | 1.0 | 1.0 |" in md
    assert "The current figures of wiki41 (round 42) are in sample, and so is the pooled" in md
    assert wb.tuned_in(log, "wiki43") is None  # held out, not tuned on


def test_an_article_without_a_statement_counts_its_false_ones(tmp_path):
    corpus = _set(tmp_path, [])
    s = wb.run(corpus, tmp_path, tmp_path / "none.md", tmp_path / "out", 6)["current"]["wiki41"]
    assert (s["gold"], s["system"], s["precision"]) == (0, 1, 0.0)


def test_a_missing_corpus_file_says_how_to_build_it(tmp_path, capsys):
    code = wb.main([str(tmp_path / "absent.jsonl"), str(tmp_path), "x.md", str(tmp_path)])
    assert code == 2
    assert "voices_gold_wiki41_corpus.py" in capsys.readouterr().err


def test_two_sets_are_scored_each_and_pooled(tmp_path):
    row = (
        'wn007,wikinews,Politik,wiki41,1,"„Wir bleiben“, sagte Angela Merkel am Montag.",'
        "direct,sagte,Angela Merkel,Angela Merkel,Wir bleiben"
    )
    corpus = _set(tmp_path, [row])
    for suffix in (".csv", "_articles.csv"):  # wiki42: the same article, coded with no statement
        text = (tmp_path / f"voices_gold_wiki41{suffix}").read_text(encoding="utf-8")
        lines = text.replace("wiki41", "wiki42").splitlines()[:1]
        lines += ["wn007,wikinews,Politik,wiki42,0"] if suffix == "_articles.csv" else []
        (tmp_path / f"voices_gold_wiki42{suffix}").write_text("\n".join(lines) + "\n")
    current = wb.run(corpus, tmp_path, tmp_path / "none.md", tmp_path / "out", 6)["current"]
    assert sorted(current) == ["pooled", "wiki41", "wiki42"]
    pooled = current["pooled"]
    assert (pooled["gold"], pooled["system"], pooled["matched"], pooled["articles"]) == (1, 2, 1, 2)


def test_a_heading_may_name_the_sets_it_tuned_on_as_a_range(tmp_path):
    log = tmp_path / "voices_revisions.md"
    log.write_text(
        "## Round 44 (day): tuned on all own gold, `wiki41`–`wiki45`; `wiki46` held out\n",
        encoding="utf-8",
    )
    assert [wb.tuned_in(log, f"wiki{n}") for n in (41, 44, 45, 46)] == [44, 44, 44, None]


def test_the_newspaper_sets_are_read_by_their_own_ids_and_written_apart(tmp_path, capsys):
    _set(tmp_path, [])  # a Wikinews set beside it is not measured as a newspaper set
    corpus = tmp_path / "wmt.jsonl"
    record = dict(id="mt21_07", title="Schlagzeile", text=TEXT)
    corpus.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    row = (
        'mt21_07,wmt,Nachrichten,wmt21,1,"„Wir bleiben“, sagte Angela Merkel am Montag.",'
        "direct,sagte,Angela Merkel,Angela Merkel,Wir bleiben"
    )
    (tmp_path / "voices_gold_wmt21.csv").write_text(f"{COLS}\n{row}\n", encoding="utf-8")
    (tmp_path / "voices_gold_wmt21_articles.csv").write_text(
        "article_id,source,section,split,n_statements\nmt21_07,wmt,Nachrichten,wmt21,1\n",
        encoding="utf-8",
    )
    code = wb.main([str(corpus), str(tmp_path), "none.md", str(tmp_path / "out"), "wmt"])
    assert code == 0
    result = json.loads((tmp_path / "out" / "voices_newspapers.json").read_text("utf-8"))
    assert list(result["current"]) == ["wmt21"]
    assert result["current"]["wmt21"]["speaker_accuracy"] == 1.0
    md = (tmp_path / "out" / "voices_newspapers.md").read_text(encoding="utf-8")
    assert md.startswith("# Voices on newspaper articles, the German-original news of WMT20")
    assert not (tmp_path / "out" / "voices_wikinews.json").exists()
    assert wb.main([str(tmp_path / "absent"), str(tmp_path), "x.md", str(tmp_path), "wmt"]) == 2
    assert "voices_gold_wmt_corpus.py" in capsys.readouterr().err
    assert wb.main([str(corpus), str(tmp_path), "x.md", str(tmp_path), "nyt"]) == 2
    assert "unknown source 'nyt'" in capsys.readouterr().err


def _fang_set(tmp_path):
    """Two FANG-COVID articles of two outlets; the RT DE one's statement is coded, the
    Tagesspiegel one holds a statement the gold does not (a false one)."""
    corpus = tmp_path / "fang.jsonl"
    records = [
        dict(id="fang_1", publisher="RT DE", title="T", text=TEXT),
        dict(id="fang_2", publisher="Tagesspiegel", title="T", text=TEXT),
    ]
    corpus.write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8"
    )
    row = (
        'fang_1,fang,Nachrichten,fang1,1,"„Wir bleiben“, sagte Angela Merkel am Montag.",'
        "direct,sagte,Angela Merkel,Angela Merkel,Wir bleiben"
    )
    (tmp_path / "voices_gold_fang1.csv").write_text(f"{COLS}\n{row}\n", encoding="utf-8")
    (tmp_path / "voices_gold_fang1_articles.csv").write_text(
        "article_id,source,section,split,n_statements\n"
        "fang_1,fang,Nachrichten,fang1,1\nfang_2,fang,Nachrichten,fang1,0\n",
        encoding="utf-8",
    )
    return corpus


def test_the_fang_sets_are_scored_per_outlet_as_well(tmp_path):
    corpus = _fang_set(tmp_path)
    assert wb.main([str(corpus), str(tmp_path), "none.md", str(tmp_path / "out"), "fang"]) == 0
    result = json.loads((tmp_path / "out" / "voices_fang.json").read_text("utf-8"))
    outlets = result["by_publisher"]
    assert list(outlets) == ["RT DE", "Tagesspiegel"]
    rt, ts = outlets["RT DE"], outlets["Tagesspiegel"]
    assert (rt["gold"], rt["system"], rt["matched"], rt["precision"]) == (1, 1, 1, 1.0)
    assert (ts["gold"], ts["system"], ts["matched"], ts["precision"]) == (0, 1, 0, 0.0)
    assert result["current"]["fang1"]["system"] == 2
    md = (tmp_path / "out" / "voices_fang.md").read_text(encoding="utf-8")
    assert "| RT DE | 1 | 1 | 1 | 1 | 1.0 | 1.0 | 1.0 | 1.0 |" in md


def test_no_outlet_figures_where_a_record_names_no_publisher(tmp_path):
    corpus = _fang_set(tmp_path)
    lines = corpus.read_text(encoding="utf-8").splitlines()
    record = json.loads(lines[1])
    del record["publisher"]
    corpus.write_text(lines[0] + "\n" + json.dumps(record) + "\n", encoding="utf-8")
    records = wb.load_records(corpus, "fang")
    assert wb.by_publisher(records, tmp_path, 6, ["fang1"]) == {}
