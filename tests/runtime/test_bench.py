import json
import sys

import pandas as pd
import pytest

from framelab.runtime import bench


def test_measure_sees_the_memory_of_a_child_process():
    code = (
        "import time; b = bytearray(200 * 2**20); b[::4096] = b'x' * (200 * 256); time.sleep(0.6)"
    )
    m = bench.measure([sys.executable, "-c", code], interval=0.05)
    assert m["peak_rss_mib"] >= 200 and m["wall_s"] >= 0.6


def test_scale_report_has_throughput_and_the_scaling_exponent(tmp_path):
    results = {
        "synthetic_10000": {"articles": 10_000, "topics": {"wall_s": 10.0, "peak_rss_mib": 500}},
        "synthetic_100000": {"articles": 100_000, "topics": {"wall_s": 120.0, "peak_rss_mib": 900}},
    }
    report = bench.write_scale_report(results, tmp_path)
    assert report["synthetic_10000"]["topics"]["articles_per_s"] == 1000.0
    assert report["scaling_exponent"]["topics"] == 1.079  # log(12) / log(10)
    assert json.loads((tmp_path / "scale.json").read_text()) == report
    assert "| synthetic_100000 | 100000 | topics | 120.0 | 900 | 833.3 |" in (
        (tmp_path / "scale.md").read_text()
    )


def test_synthetic_corpus_recombines_sentences_within_a_section(tmp_path):
    src = tmp_path / "gnad.csv"
    src.write_text(
        "Sport;'Rapid gewann. Sturm verlor. Der LASK spielte remis.'\n"
        "Kultur;'Die Oper war voll. Das Theater blieb leer.'\n",
        encoding="utf-8",
    )
    out = bench.build_corpus(40, tmp_path / "bench" / "c.parquet", source=src, seed=3, chunk=16)
    df = pd.read_parquet(out)
    assert len(df) == 40 and df["id"].is_monotonic_increasing
    assert list(df.columns) == list(bench.SCHEMA.names)
    sport = {"Rapid gewann.", "Sturm verlor.", "Der LASK spielte remis."}
    for title, text in zip(df["title"], df["text"], strict=True):
        sents = {s for p in text.split("\n\n") for s in bench.textlib.sentences(p)}
        assert sents <= sport if title.startswith("Sport") else not sents & sport
    again = pd.read_parquet(bench.build_corpus(40, tmp_path / "b2" / "c.parquet", src, 3, 7))
    pd.testing.assert_frame_equal(df, again)
    assert (tmp_path / "bench" / ".gitignore").read_text() == "*\n"


def test_a_stage_over_its_memory_limit_is_stopped_and_recorded():
    grow = "x = bytearray(400 * 2**20); import time; time.sleep(30)"
    with pytest.raises(bench.Aborted) as stopped:
        bench.measure([sys.executable, "-c", grow], max_rss_mib=200, interval=0.05)
    figures = stopped.value.figures
    assert figures["aborted"] == "stopped above 200 MiB"
    assert figures["peak_rss_mib"] > 200 and figures["wall_s"] < 25


def test_scale_markdown_states_where_it_ran_and_each_target():
    from framelab.runtime.pipeline_bench import markdown

    report = {
        "seeds": {"study": "kursk", "articles": 5, "clean": {"wall_s": 1.5, "peak_rss_mib": 250}},
        "scaling_exponent": {"clean": 0.99},
        "targets": {"seeds total ≤ 20 s": {"value": 24.9, "met": False}},
        "machine": {"cpus": 2, "python": "3.11.7", "date": "2026-12-02"},
    }
    text = markdown(report)
    assert "| seeds | kursk | 5 | clean | 1.5 | 250 |  |  |" in text
    assert "Measured on 2026-12-02 with 2 CPUs, Python 3.11.7." in text
    assert "| seeds total ≤ 20 s | 24.9 | no |" in text
    assert "Machine not recorded." in markdown(report | {"machine": {}})
