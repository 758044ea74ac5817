"""simplemma's dictionaries, decoded once per machine.

simplemma 2 ships each language's dictionary front-coded and lzma-compressed; decoding the
German one takes about 0.85 s of pure Python in every process that lemmatises (each notebook
kernel, each worker). :class:`CachedDictionaryFactory` decodes it once, keeps the decoded
``bytes -> bytes`` dictionary as a pickle in the user's cache folder (``$FRAMELAB_CACHE``, else
``$XDG_CACHE_HOME/framelab``, else ``~/.cache/framelab``), named by simplemma's version, and
loads that (about 0.27 s) afterwards. The dictionary is the same object either way, so lemmas do
not change. Any failure to read or write the cache falls back to simplemma's own loader.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import tempfile
from functools import cache, lru_cache
from importlib.metadata import version
from pathlib import Path

from simplemma.strategies.dictionaries.dictionary_factory import (
    DictionaryFactory,
    MappingStrToByteString,
    _load_dictionary_from_disk,
)


def cache_folder() -> Path:
    """Where decoded dictionaries are kept (see module docstring)."""
    if os.environ.get("FRAMELAB_CACHE"):
        return Path(os.environ["FRAMELAB_CACHE"])
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "framelab"


def cache_path(lang: str) -> Path:
    """The cache file of one language's decoded dictionary."""
    return cache_folder() / f"simplemma-{version('simplemma')}-{lang}.pickle"


def _write_atomically(path: Path, data: dict[bytes, bytes]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as out:
            pickle.dump(data, out, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)  # concurrent writers: the last complete file wins
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def load_decoded(lang: str) -> dict[bytes, bytes]:
    """The decoded dictionary of ``lang``: from the cache, else decoded and cached."""
    path = cache_path(lang)
    try:
        with path.open("rb") as f:
            data = pickle.load(f)
        if isinstance(data, dict):
            return data
    except (OSError, pickle.UnpicklingError, EOFError, ValueError):
        pass
    data = _load_dictionary_from_disk(lang)
    with contextlib.suppress(OSError):  # a read-only home: decode every time, as simplemma does
        _write_atomically(path, data)
    return data


class CachedDictionaryFactory(DictionaryFactory):
    """A simplemma ``DictionaryFactory`` backed by :func:`load_decoded`."""

    __slots__ = ()

    @lru_cache(maxsize=8)  # noqa: B019 - one factory per process, dictionaries live as long
    def get_dictionary(self, lang: str) -> MappingStrToByteString:
        return MappingStrToByteString(load_decoded(lang))


@cache
def lemmatizer():
    """simplemma's default lemmatizer (non-greedy), over the cached dictionaries."""
    from simplemma import Lemmatizer
    from simplemma.strategies import DefaultStrategy

    return Lemmatizer(
        lemmatization_strategy=DefaultStrategy(dictionary_factory=CachedDictionaryFactory())
    )
