import numpy as np
import pandas as pd
import pytest

from framelab import config
from framelab.analysis import reuse

REUSE = config.load().reuse


def params(**overrides) -> reuse.ReuseParams:
    return config.pick(reuse.ReuseParams, REUSE, **overrides)


COPIED = (
    "Nach Angaben des russischen Generalstabs haben nordkoreanische Soldaten an der Befreiung "
    "der Region Kursk teilgenommen und dabei Heldenmut bewiesen"
)
PASSAGES = pd.DataFrame(
    {
        "article_id": ["a", "a", "b", "b", "c"],
        "position": [0, 1, 0, 1, 0],
        "text": [
            COPIED,
            "Das Wetter in Moskau war am Montag sonnig und mild bei zwanzig Grad",
            "Die Agentur meldete am Abend weitere Einzelheiten aus Kiew und Charkiw",
            "Wie es hieß: " + COPIED + ", sagte ein Sprecher",
            "Ganz andere Worte beschreiben hier denselben Vorgang ohne jede Übernahme",
        ],
    }
)


def test_a_short_passage_sharing_only_a_stock_phrase_is_no_reuse():
    stock = pd.DataFrame(
        {
            "article_id": ["a", "b"],
            "position": [0, 0],
            "text": [
                "Frontex: Im Mai hat sich die Zahl der Ankünfte verdoppelt",
                "Nach dem Anschlag auf das Hotel hat sich die Zahl der Gäste im Sinai halbiert",
            ],
        }
    )
    loose = params(shingle=3, lsh_threshold=0.05, min_containment=0.2, min_shared=1)
    found = reuse.passage_reuse(stock, loose)
    assert found["shared_shingles"].tolist() == [
        3
    ]  # "hat sich die", "sich die Zahl", "die Zahl der"
    assert reuse.passage_reuse(stock, params(min_containment=0.2, min_shared=5)).empty


def test_copied_passage_is_found_with_exact_overlap_and_texts():
    pairs = reuse.passage_reuse(
        PASSAGES, params(shingle=3, lsh_threshold=0.05, min_containment=0.2)
    )
    assert pairs[["article_a", "position_a", "article_b", "position_b"]].values.tolist() == [
        ["a", 0, "b", 1]
    ]
    row = pairs.iloc[0]
    shared = reuse.shingles(COPIED, 3)
    both = reuse.shingles(PASSAGES.text[3], 3)
    assert row["shared_shingles"] == len(shared & both) == len(shared)
    assert row["containment"] == 1.0
    assert row["jaccard"] == pytest.approx(len(shared) / len(shared | both))
    assert row["text_a"] == COPIED and row["text_b"].startswith("Wie es hieß")


def test_hashed_shingles_match_the_string_shingles():
    offsets, _ = reuse.shingle_chunk([*PASSAGES["text"], "", "zwei Worte"], 3)
    sizes = np.diff(offsets).tolist()
    expected = [len(reuse.shingles(t, 3)) for t in PASSAGES["text"]] + [0, 1]
    assert sizes == expected


def test_results_do_not_depend_on_chunking_or_workers_and_stream_sorted(tmp_path):
    small = params(chunk=2)
    big = params(chunk=1000)
    a = pd.concat(reuse.iter_passage_reuse(PASSAGES, small), ignore_index=True)
    b = pd.concat(reuse.iter_passage_reuse(PASSAGES, big), ignore_index=True)
    pd.testing.assert_frame_equal(a, b)
    n = reuse.write_passage_reuse(PASSAGES, tmp_path / "pairs.parquet", small)
    on_disk = pd.read_parquet(tmp_path / "pairs.parquet")
    assert n == 1 and list(on_disk.columns) == reuse.PAIR_COLUMNS
    pd.testing.assert_frame_equal(on_disk, a, check_dtype=False)


def test_candidate_cap_keeps_the_passages_sharing_most_bands():
    rng = np.random.default_rng(0)
    base = rng.integers(0, 1000, size=(1, 64)).astype(np.uint32)
    sig = np.repeat(base, 5, axis=0)
    sig[2, :8] += 1  # passage 2 shares 24 of the 32 one-row bands, the others all 32
    capped = params(num_perm=64, max_candidates=2, window=4)
    pairs = reuse.lsh_candidates(sig, np.arange(5), capped)
    # each passage keeps its 2 best (ties: lower index): 0 -> 1, 3; 1 -> 0, 3; 2 -> 0, 1;
    # 3 -> 0, 1; 4 -> 0, 1. Nobody but 2 itself picks 2.
    assert pairs.tolist() == [[0, 1], [0, 2], [0, 3], [0, 4], [1, 2], [1, 3], [1, 4]]


def test_lineage_summary_pools_both_directions_per_pair_of_groups():
    by_article = pd.DataFrame(
        {
            "article_a": ["a", "b"],
            "article_b": ["b", "c"],
            "passages_a": [1, 2],
            "passages_b": [1, 1],
            "share_a": [0.5, 1.0],
            "share_b": [0.5, 1.0],
            "mean_containment": [1.0, 0.5],
        }
    )
    articles = pd.DataFrame({"id": ["a", "b", "c"], "outlet": ["TASS", "dpa", "TASS"]})
    out = reuse.lineage_summary(by_article, articles)
    assert out.values.tolist() == [["TASS", "dpa", 2, 5, 0.75]]
    top = reuse.top_pairs(
        reuse.passage_reuse(PASSAGES, params(shingle=3, lsh_threshold=0.05, min_containment=0.2))[
            reuse.PAIR_COLUMNS
        ],
        PASSAGES,
        n=1,
    )
    assert top["text_a"].tolist() == [COPIED]


def test_streamed_tables_equal_the_tables_computed_at_once():
    """Article pairs, top pairs and lineage from the chunked stream equal the in-memory ones,
    also when an article pair's passage pairs straddle two chunks."""
    rng = np.random.default_rng(4)
    base = [f"{COPIED} Variante {i} mit eigenen Worten am Ende" for i in range(4)]
    rows = [
        dict(article_id=f"x{a:02d}", position=p, text=base[int(rng.integers(4))])
        for a in range(16)
        for p in range(3)
    ]
    passages = pd.DataFrame(rows)
    streamed = params(chunk=1, max_candidates=50, window=64)  # 50 pairs per chunk
    chunks = list(reuse.iter_reuse(passages, streamed))
    assert len(chunks) > 2
    pairs = pd.concat([c[0] for c in chunks], ignore_index=True)
    by_article = pd.concat([c[1] for c in chunks], ignore_index=True)
    pd.testing.assert_frame_equal(
        by_article, reuse.article_reuse(pairs, passages), check_dtype=False
    )
    outlets = pd.DataFrame({"id": sorted(set(passages["article_id"]))})
    outlets["outlet"] = ["dpa", "APA", "TASS", "RT"] * 4
    totals = reuse.ReuseTotals(5, {"outlet": outlets.set_index("id")["outlet"]})
    for p, a in chunks:
        totals.add(p, a)
    assert (totals.passage_pairs, totals.article_pairs) == (len(pairs), len(by_article))
    expected = reuse.lineage_summary(by_article, outlets)
    pd.testing.assert_frame_equal(totals.lineage("outlet"), expected, check_dtype=False)
    pd.testing.assert_frame_equal(
        totals.top_pairs(passages), reuse.top_pairs(pairs, passages, n=5), check_dtype=False
    )


def test_streamed_totals_keep_the_article_pairs_with_the_highest_containment():
    by_article = pd.DataFrame(
        {
            "article_a": ["a1", "a2", "a3"],
            "article_b": ["b1", "b2", "b3"],
            "passages_a": [1, 2, 1],
            "passages_b": [1, 2, 1],
            "share_a": [0.5, 1.0, 0.2],
            "share_b": [0.5, 0.5, 0.2],
            "mean_containment": [0.9, 0.3, 0.9],
        }
    )
    totals = reuse.ReuseTotals(2, {})
    totals.add(pd.DataFrame(columns=reuse.PAIR_COLUMNS), by_article.iloc[:2])
    totals.add(pd.DataFrame(columns=reuse.PAIR_COLUMNS), by_article.iloc[2:])
    top = totals.top_article_pairs()
    assert top["article_a"].tolist() == ["a1", "a3"]  # 0.9 each; a1 has the larger shares


def test_pair_tables_are_written_as_parquet_with_their_schema(tmp_path):
    passages = pd.DataFrame(
        {"article_id": ["x1", "x2"], "position": [0, 0], "text": [COPIED, COPIED]}
    )
    path = tmp_path / "pairs.parquet"
    n = reuse.write_passage_reuse(passages, path, params())
    table = pd.read_parquet(path)
    assert n == 1
    assert table[["article_a", "article_b", "containment"]].values.tolist() == [["x1", "x2", 1.0]]
    assert list(table.columns) == reuse.PAIR_COLUMNS


def test_streamed_texts_from_parquet_give_the_same_pairs(tmp_path):
    from framelab.runtime.partitions import ColumnPieces

    table = PASSAGES.assign(in_language=[True, True, False, True, True])
    table.to_parquet(tmp_path / "passages.parquet", row_group_size=2)
    kept = table[table["in_language"]].reset_index(drop=True)
    pieces = ColumnPieces(tmp_path / "passages.parquet", "text", "in_language", len(kept), 3)
    assert len(pieces) == 2
    assert [len(p) for p in pieces] == [3, 1] and next(iter(pieces))[2] == PASSAGES.text[3]
    p = params(shingle=3, lsh_threshold=0.05, min_containment=0.2, chunk=3)
    streamed = pd.concat(reuse.iter_passage_reuse(kept, p, texts=pieces), ignore_index=True)
    in_memory = pd.concat(reuse.iter_passage_reuse(kept, p), ignore_index=True)
    pd.testing.assert_frame_equal(streamed, in_memory)
    assert streamed[["article_a", "position_a", "article_b", "position_b"]].values.tolist() == [
        ["a", 0, "b", 1]
    ]
    with pytest.raises(ValueError, match="sorted by article"):
        list(reuse.iter_passage_reuse(kept.iloc[::-1], p, texts=pieces))


def test_blocks_never_split_an_article():
    art = np.array([0, 0, 0, 1, 2, 2, 2, 2, 3], dtype=np.int32)
    assert reuse.article_blocks(art, 2).tolist() == [0, 3, 4, 8, 9]
    assert reuse.article_blocks(art, 100).tolist() == [0, 9]


def test_minhash_signatures_do_not_depend_on_the_hashing_block(monkeypatch):
    from framelab.analysis import reuse as reuse_mod

    texts = [
        "",
        "Die Regierung in Wien kündigte am Montag neue Grenzkontrollen an.",
        "Kurz",
        " ".join(f"wort{i}" for i in range(60)),  # longer than a block
        "",
        "Die Regierung in Wien kündigte am Montag neue Grenzkontrollen an, sagte er.",
    ]
    offsets, hashes = reuse_mod.shingle_chunk(texts, 3)
    task = (offsets, hashes, 16, 1)
    monkeypatch.setattr(reuse_mod, "SIGNATURE_BLOCK", 1 << 30)
    at_once = reuse_mod.signature_chunk(task)
    monkeypatch.setattr(reuse_mod, "SIGNATURE_BLOCK", 7)
    blocks = reuse_mod._signature_blocks(offsets, np.flatnonzero(np.diff(offsets)))
    assert [b.tolist() for b in blocks] == [[1], [2, 3], [5]]  # shingles 0-7 | 8, 9-126 | 127-
    np.testing.assert_array_equal(reuse_mod.signature_chunk(task), at_once)
    assert (at_once[[0, 4]] == np.iinfo(np.uint32).max).all()  # no shingles: all-max
    assert (at_once[1] != np.iinfo(np.uint32).max).all()


def _one_passage_shingles(wh, k):
    """The per-passage definition: windows of k words (all words if fewer), hashed in order."""
    if len(wh) == 0:
        return wh
    n, width = max(1, len(wh) - k + 1), min(k, len(wh))
    h = np.full(n, np.uint64(width))
    with np.errstate(over="ignore"):
        for m in range(width):
            h = reuse._mix(h * reuse.FNV_PRIME ^ wh[m : m + n])
    return np.unique(h)


@pytest.mark.parametrize("k", [1, 3, 5])
def test_a_chunks_shingles_are_each_passages_own(k):
    texts = ["", "eins", "eins zwei", "Die Regierung in Wien sagte, die Regierung in Wien", "a a"]
    offsets, hashes = reuse.shingle_chunk(texts, k)
    for i, text in enumerate(texts):
        words = [w.lower() for w in reuse.textlib.tokenize(text)]
        expected = _one_passage_shingles(reuse._word_hashes(words), k)
        np.testing.assert_array_equal(hashes[offsets[i] : offsets[i + 1]], expected)
    assert offsets[1] == 0 and offsets[-1] == len(hashes)


def test_a_paragraph_shared_by_many_articles_pairs_them_all_within_the_cap():
    """Wire copy: 60 articles carry one identical paragraph. Every passage may keep
    max_candidates = 59 partners, so all 60 * 59 / 2 pairs are found (a fixed window of 16
    bucket neighbours per band found fewer than half of them)."""
    own = [
        f"Eigener Bericht Nummer {i} über ein ganz anderes Thema mit neuen Worten"
        for i in range(60)
    ]
    rows = [dict(article_id=f"w{i:02d}", position=1, text=COPIED) for i in range(60)]
    rows += [dict(article_id=f"w{i:02d}", position=2, text=own[i]) for i in range(60)]
    passages = pd.DataFrame(rows).sort_values(["article_id", "position"], ignore_index=True)
    pairs = reuse.passage_reuse(passages, params(max_candidates=59))
    shared = pairs[(pairs["position_a"] == 1) & (pairs["position_b"] == 1)]
    assert len(shared) == 60 * 59 // 2
