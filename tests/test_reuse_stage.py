"""The reuse stage streams texts in the clean stage's order, and falls back to reading them at
once for a passages file in another order: the same tables either way."""

import pandas as pd

from framelab import layout
from framelab.analysis.reuse import is_sorted

from .conftest import make_project, run_stage
from .test_no_event import write_corpus


def test_reuse_stage_same_tables_for_a_shuffled_passages_file(tmp_path, monkeypatch):
    write_corpus(tmp_path / "corpus")  # every text twice: reuse between the copies
    root = make_project(tmp_path / "p", tmp_path / "corpus")
    monkeypatch.setenv("FRAMELAB_SCHEDULER", "serial")
    assert run_stage(root, "clean", monkeypatch) == 0
    assert run_stage(root, "reuse", monkeypatch) == 0
    tables = root / layout.tables("reuse")
    streamed = {f.name: f.read_bytes() for f in sorted(tables.iterdir())}
    pairs = pd.read_parquet(tables / "passage_pairs.parquet")
    assert len(pairs) > 0
    path = root / layout.PASSAGES
    passages = pd.read_parquet(path)
    shuffled = passages.sample(frac=1, random_state=3)
    assert not is_sorted(shuffled[shuffled["in_language"]])  # the fallback path is taken
    shuffled.to_parquet(path, index=False)
    assert run_stage(root, "reuse", monkeypatch) == 0
    at_once = {f.name: f.read_bytes() for f in sorted(tables.iterdir())}
    assert at_once.keys() == streamed.keys()
    for name in at_once:
        if name.endswith(".csv"):
            assert at_once[name] == streamed[name], name
    pd.testing.assert_frame_equal(pd.read_parquet(tables / "passage_pairs.parquet"), pairs)
