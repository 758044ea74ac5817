"""Shared fixtures: the repository's own seed corpus, rules, lexicon and a tiny test corpus."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from framelab import config
from framelab.analysis.markers import load_lexicon
from framelab.clean.cleaning import CleanCorpus, CleanSettings, clean_corpus, load_rules
from framelab.io.corpus import Article, load_corpus
from framelab.paths import PACKAGE_DIR

REPO = PACKAGE_DIR.parents[1]
SEEDS = REPO / "data" / "raw"
TINY = REPO / "tests" / "fixtures" / "tiny_corpus"
RESOURCES = PACKAGE_DIR / "resources" / "de"
KURSK = REPO / "studies" / "kursk-2025"
SCARE = config.load(REPO / "params.yaml").attribute.scare_max_words


@pytest.fixture(scope="session")
def rules():
    return load_rules(RESOURCES / "boilerplate.yml")


@pytest.fixture(scope="session")
def lexicon():
    return load_lexicon(RESOURCES / "framing.yml", KURSK / "markers.yml", SCARE)


def clean_for_test(articles, rules, duplicates="keep", duplicate_threshold=0.9) -> CleanCorpus:
    """The clean stage's corpus step with the shipped settings (language de, 5-word shingles)."""
    settings = CleanSettings(rules, "auto", "de", 0.8, 5)
    return clean_corpus(articles, settings, duplicates, duplicate_threshold, 5)


@pytest.fixture(scope="session")
def seeds(rules) -> CleanCorpus:
    return clean_for_test(load_corpus(SEEDS), rules)


@pytest.fixture
def corpus_copy(tmp_path) -> Path:
    """A writable copy of the tiny corpus, to break in a test."""
    dest = tmp_path / "corpus"
    shutil.copytree(TINY, dest)
    return dest


def make_article(aid: str, text: str) -> Article:
    """A test article with placeholder metadata."""
    return Article(
        id=aid,
        file=f"{aid}.txt",
        title="unknown",
        outlet="unknown",
        camp="other",
        language="de",
        published="unknown",
        camp_evidence="test",
        text=text,
    )


def make_project(root: Path, corpus: Path, **overrides) -> Path:
    """A project root that runs the real stages on ``corpus`` (src, studies, notebooks linked).

    ``overrides`` are dotted params.yaml keys (``clean__duplicates="drop"`` → clean.duplicates).
    """
    import yaml

    root.mkdir(parents=True, exist_ok=True)
    for name in ("src", "studies", "notebooks"):
        (root / name).symlink_to(REPO / name)
    params = yaml.safe_load((REPO / "params.yaml").read_text(encoding="utf-8"))
    params["corpus"]["source"] = str(corpus)
    for key, value in overrides.items():
        section, name = key.split("__")
        params[section][name] = value
    (root / "params.yaml").write_text(yaml.safe_dump(params, sort_keys=False), encoding="utf-8")
    return root


def run_stage(root: Path, stage: str, monkeypatch) -> int:
    """Run one stage's entry in this process with ``root`` as the project root."""
    import importlib

    monkeypatch.setenv("FRAMELAB_ROOT", str(root))
    return importlib.import_module(f"framelab.stages.{stage}").main()


def check_settings(**overrides):
    """``framelab check``'s settings from the repository's params.yaml, with overrides."""
    from framelab.io.checking import CheckSettings

    cfg = config.load(REPO / "params.yaml")
    return CheckSettings(
        max_bytes=cfg.corpus.max_bytes,
        furniture_min_share=cfg.clean.furniture_min_share,
        furniture_min_articles=cfg.clean.furniture_min_articles,
        **overrides,
    )
