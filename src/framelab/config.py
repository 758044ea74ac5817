"""The one typed view of ``params.yaml``: a frozen dataclass per section, validated on load.

Every parameter's default lives in ``params.yaml`` only; nothing here restates a value. An unknown
key, a missing key or a value of the wrong type is an :class:`~framelab.errors.InputError` naming
``params.yaml:line`` and the key. Stages, notebooks and the report read their section from here.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import yaml

from framelab import paths
from framelab.errors import InputError, Problem

PARAMS_FILE = "params.yaml"


@dataclass(frozen=True)
class CorpusConfig:
    source: str
    camps: tuple[str, ...] | None
    max_bytes: int


@dataclass(frozen=True)
class CleanConfig:
    rules: str
    paragraphs: Literal["auto", "line", "blank_line"]
    language_min_prob: float
    language_min_tokens: int
    duplicates: Literal["keep", "drop"]
    duplicate_threshold: float
    duplicate_shingle: int
    furniture_min_share: float
    furniture_min_articles: int


@dataclass(frozen=True)
class AttributeConfig:
    scare_max_words: int
    lexicon: str


@dataclass(frozen=True)
class ReuseConfig:
    shingle: int
    lsh_threshold: float
    min_containment: float
    min_shared: int
    num_perm: int
    seed: int
    max_candidates: int


@dataclass(frozen=True)
class TopicsConfig:
    unit: Literal["passage", "article"]
    method: Literal["nmf", "lda"]
    init: Literal["nndsvda", "random"]
    k: int | Literal["auto"]
    k_min: int
    k_max: int
    n_seeds: int
    subsample: float
    stability_min: float
    sweep_max_units: int
    minibatch_above: int
    seed: int
    min_df: int | float
    max_df: int | float
    bigrams: bool
    nouns_only: bool
    lemmatize: bool
    lowercase: bool
    weighting: Literal["tfidf", "bm25"]
    bm25_k1: float
    bm25_b: float
    refine: Literal["none", "mixture"]
    refine_iter: int
    refine_alpha: float
    min_tokens: int
    dedupe: bool
    n_top_terms: int
    n_boot: int
    ci_level: float
    max_heatmap_articles: int
    stopwords: str
    stopwords_extra: str


@dataclass(frozen=True)
class StanceConfig:
    per_tokens: int
    keyness_prior: float
    keyness_top_n: int
    keyness_z: float
    stopwords: str
    fit_min_share: float
    n_boot: int
    seed: int


@dataclass(frozen=True)
class ReportConfig:
    min_clusters_interval: int
    dependence_min_share: float
    max_article_rows: int
    table_rows: int
    supplement_rows: int
    alpha_min: float


@dataclass(frozen=True)
class BenchTopicsConfig:
    corpus: str
    k: int
    seed: int
    n_seeds: int
    min_df: int | float
    max_df: int | float
    init: Literal["nndsvda", "random"]


@dataclass(frozen=True)
class Config:
    """Every section of ``params.yaml``."""

    study: str
    corpus: CorpusConfig
    clean: CleanConfig
    attribute: AttributeConfig
    reuse: ReuseConfig
    topics: TopicsConfig
    stance: StanceConfig
    report: ReportConfig
    bench_topics: BenchTopicsConfig

    def section(self, name: str) -> Any:
        return getattr(self, name)


def load(path: str | Path | None = None, overrides: dict[str, Any] | None = None) -> Config:
    """Read, type-check and return ``params.yaml`` (``overrides``: ``{"topics.k": 5}``)."""
    file = Path(path) if path is not None else paths.resolve(PARAMS_FILE)
    text = file.read_text(encoding="utf-8")
    raw = yaml.safe_load(text) or {}
    for dotted, value in (overrides or {}).items():
        _set_dotted(raw, dotted, value)
    lines = key_lines(text)
    problems: list[Problem] = []
    config = _build(Config, raw, "", file.name, lines, problems)
    if problems:
        raise InputError(problems)
    return config


def pick(cls: type, section: Any, **overrides: Any) -> Any:
    """An instance of dataclass ``cls`` with the values of the same-named keys of a config
    section, ``overrides`` on top: the one way code gets a parameter without restating it."""
    names = {f.name for f in dataclasses.fields(cls)}
    values = {n: getattr(section, n) for n in names if hasattr(section, n)}
    return cls(**(values | overrides))


def as_dict(config: Any) -> dict[str, Any]:
    """A section (or the whole config) as plain data, e.g. for papermill parameters."""
    return {
        f.name: (list(v) if isinstance(v := getattr(config, f.name), tuple) else v)
        for f in dataclasses.fields(config)
    }


def _set_dotted(raw: dict, dotted: str, value: Any) -> None:
    *parents, leaf = dotted.split(".")
    node = raw
    for key in parents:
        node = node.setdefault(key, {})
    node[leaf] = value


def key_lines(text: str) -> dict[str, int]:
    """Line numbers of every key (``section.key`` → line), from the YAML node marks."""
    lines: dict[str, int] = {}

    def walk(node: yaml.Node, prefix: str) -> None:
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                name = f"{prefix}{key.value}"
                lines[name] = key.start_mark.line + 1
                walk(value, f"{name}.")

    root = yaml.compose(text)
    if root is not None:
        walk(root, "")
    return lines


def _build(cls: type, raw: Any, prefix: str, shown: str, lines: dict, problems: list) -> Any:
    where = prefix.rstrip(".") or "top level"
    if not isinstance(raw, dict):
        problems.append(Problem(shown, f"{where}: expected a mapping", lines.get(where)))
        return None
    hints = typing.get_type_hints(cls)
    known = {f.name for f in dataclasses.fields(cls)}
    for key in sorted(set(raw) - known):
        message = f"{prefix}{key}: unknown key (known: {', '.join(sorted(known))})"
        problems.append(Problem(shown, message, lines.get(f"{prefix}{key}")))
    values = {}
    for name in sorted(known):
        dotted = f"{prefix}{name}"
        if name not in raw:
            problems.append(Problem(shown, f"{dotted}: missing", lines.get(where)))
            continue
        values[name] = _convert(hints[name], raw[name], dotted, shown, lines, problems)
    return None if len(values) < len(known) else cls(**values)


def _convert(hint: Any, value: Any, dotted: str, shown: str, lines: dict, problems: list) -> Any:
    if dataclasses.is_dataclass(hint):
        return _build(hint, value, f"{dotted}.", shown, lines, problems)
    ok, converted = _coerce(hint, value)
    if not ok:
        message = f"{dotted}: {value!r} is not {_describe(hint)}"
        problems.append(Problem(shown, message, lines.get(dotted)))
    return converted


def _coerce(hint: Any, value: Any) -> tuple[bool, Any]:
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        for option in typing.get_args(hint):
            ok, converted = _coerce(option, value)
            if ok:
                return True, converted
        return False, value
    if origin is Literal:
        return value in typing.get_args(hint), value
    if origin is tuple:
        items = value if isinstance(value, list) else None
        ok = items is not None and all(isinstance(v, str) for v in items)
        return ok, tuple(items) if ok else value
    if hint is type(None):
        return value is None, value
    if hint is float:
        ok = isinstance(value, int | float) and not isinstance(value, bool)
        return ok, float(value) if ok else value
    if hint is int:
        return isinstance(value, int) and not isinstance(value, bool), value
    return isinstance(value, hint), value


def _describe(hint: Any) -> str:
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        return " or ".join(_describe(h) for h in typing.get_args(hint))
    if origin is Literal:
        return "one of " + ", ".join(repr(v) for v in typing.get_args(hint))
    if origin is tuple:
        return "a list of strings"
    if hint is type(None):
        return "null"
    return f"a {hint.__name__}"
