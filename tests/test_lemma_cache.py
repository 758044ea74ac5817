"""simplemma's German dictionary, decoded once and cached: same lemmas, a cache that heals."""

import pickle

import simplemma

from framelab.runtime import lemma_cache

WORDS = ["Häusern", "sagte", "bestreitet", "Soldaten", "Kriegen", "vorgeworfen", "xyzunbekannt"]


def test_cached_lemmatizer_gives_simplemmas_lemmas():
    lem = lemma_cache.lemmatizer()
    assert [lem.lemmatize(w, "de") for w in WORDS] == [
        simplemma.lemmatize(w, lang="de") for w in WORDS
    ]
    assert lem.lemmatize("Häusern", "de") == "Haus"


SMALL = {b"sagte": b"sagen", b"H\xc3\xa4usern": b"Haus"}


def decoded_small(monkeypatch, calls):
    def decode(lang):
        calls.append(lang)
        return dict(SMALL)

    monkeypatch.setattr(lemma_cache, "_load_dictionary_from_disk", decode)


def test_first_load_writes_the_cache_and_a_broken_cache_is_rewritten(tmp_path, monkeypatch):
    monkeypatch.setenv("FRAMELAB_CACHE", str(tmp_path))
    calls = []
    decoded_small(monkeypatch, calls)
    path = lemma_cache.cache_path("de")
    assert path.parent == tmp_path and "simplemma-" in path.name
    first = lemma_cache.load_decoded("de")
    assert path.is_file() and first == SMALL and calls == ["de"]
    assert lemma_cache.load_decoded("de") == SMALL and calls == ["de"]  # read, not decoded
    path.write_bytes(b"not a pickle")
    again = lemma_cache.load_decoded("de")
    assert again == first and calls == ["de", "de"]
    with path.open("rb") as f:
        assert pickle.load(f) == first


def test_an_unwritable_cache_folder_still_gives_the_dictionary(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("a file where the folder should be")
    monkeypatch.setenv("FRAMELAB_CACHE", str(blocker / "cache"))
    decoded_small(monkeypatch, [])
    assert lemma_cache.load_decoded("de") == SMALL
    assert not (blocker / "cache").exists()
