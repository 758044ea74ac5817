# framelab — the front door. `make help` lists the targets.
# Set-up on a fresh machine (Python 3.11, 3.12 or 3.13 + pip): `make repro`, then `make test`.

SHELL := /bin/bash
VENV ?= .venv
# The newest supported Python on PATH (override: make PYTHON=/path/to/python3.12 ...)
SUPPORTED_PYTHONS := python3.13 python3.12 python3.11
PYTHON ?= $(or $(shell for p in $(SUPPORTED_PYTHONS); do $$p -c '' 2>/dev/null && { command -v $$p; break; }; done),python3)
UV_VERSION := 0.13.8
BIN := $(CURDIR)/$(VENV)/bin
export PATH := $(BIN):$(PATH)
export DVC_NO_ANALYTICS := 1
export PYTHONHASHSEED := 0

.DEFAULT_GOAL := help
.PHONY: help env repro test test-fast lab lint format strip lock bench bench-topics bench-voices bench-voices-external bench-voices-wikinews bench-voices-newspapers bench-voices-commentaries bench-scale dvc-yaml notebook-params clean-outputs

help: ## List the targets
	@awk 'BEGIN {FS = ":.*## "} /^[a-zA-Z_-]+:.*## / {printf "  \033[36m%-26s\033[0m %s\n", $$1, $$2}' $(MAKEFILE_LIST)

$(VENV)/.installed: requirements.lock pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -c 'import sys; sys.exit(not (3, 11) <= sys.version_info[:2] <= (3, 13))' \
	  || { echo "needs Python 3.11, 3.12 or 3.13 on PATH (or: make PYTHON=/path/to/python3.x)"; exit 1; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check uv==$(UV_VERSION)
	$(BIN)/uv pip sync --quiet --compile-bytecode --python $(BIN)/python requirements.lock
	$(BIN)/uv pip install --quiet --python $(BIN)/python --no-deps -e .
	@# bytecode for the package too: with PYTHONDONTWRITEBYTECODE set (as on CI machines) every
	@# stage and notebook kernel would otherwise compile its imports from source at each start
	$(BIN)/python -m compileall -q src
	touch $@

env: $(VENV)/.installed ## Create .venv with the pinned dependencies (if missing or outdated)

repro: env ## Run the whole pipeline (dvc repro) and print where the report is
	@python -m framelab.stages.uptodate && echo "Data and pipelines are up to date." || { \
	  dvc repro && { python -m framelab provenance-current 2>/dev/null \
	  || dvc repro --force --single-item report; }; }
	@echo ""; echo "Report: $(CURDIR)/reports/report.pdf"

test: env ## Run all tests, including the slow end-to-end pipeline runs
	pytest

test-fast: env ## Run the fast tests only
	pytest -m "not slow"

lab: env ## Start JupyterLab (pipeline outputs read-only, explorations to reports/scratch; see README)
	jupyter lab --config=jupyter_server_config.py

lint: env ## Check code style (ruff)
	ruff check src tests
	ruff format --check src tests

format: env ## Format code (ruff)
	ruff format src tests
	ruff check --fix src tests

strip: env ## Normalise committed notebooks (no outputs, fixed metadata)
	python -m framelab strip-notebooks notebooks

lock: ## Re-pin dependencies into requirements.lock (one lock, markers for Python 3.11-3.13)
	test -x $(BIN)/uv || { $(PYTHON) -m venv $(VENV) && $(BIN)/python -m pip install --quiet uv==$(UV_VERSION); }
	$(BIN)/uv pip compile pyproject.toml --extra dev --universal --fork-strategy fewest \
	  --python-version 3.11 --quiet -o requirements.lock

bench: bench-topics bench-voices ## All benchmarks (10kGNAD in ../shared; wall time, memory, quality)

bench-topics: env ## Topic validity on 10kGNAD: NMI/ARI vs categories, K=9, 5 seeds
	python -m framelab bench topics --out reports/benchmarks

bench-voices: env ## Attribution vs the blind gold (dev and test): P/R/F1, speaker accuracy, speed
	python -m framelab.attribution.benchmark data/annotations data/raw/articles \
	  ../shared/corpora/10kgnad/test.csv reports/benchmarks

QUOTES ?= ../external/german-news-quotation-attribution-2024
bench-voices-external: env ## Attribution vs an independent gold (Wikinews quotations; QUOTES=path to its clone)
	python -m framelab.attribution.external_benchmark $(QUOTES) data/annotations/voices_revisions.md \
	  reports/benchmarks $(SPLITS)

WIKINEWS ?= /tmp/dewikinews/articles.jsonl
bench-voices-wikinews: env ## Attribution on the Wikinews held-out sets (WIKINEWS=their articles.jsonl)
	python -m framelab.attribution.wikinews_benchmark $(WIKINEWS) data/annotations \
	  data/annotations/voices_revisions.md reports/benchmarks

WMT ?= /tmp/wmt/articles.jsonl
bench-voices-newspapers: env ## Attribution on the newspaper held-out sets (WMT=their articles.jsonl)
	python -m framelab.attribution.wikinews_benchmark $(WMT) data/annotations \
	  data/annotations/voices_revisions.md reports/benchmarks wmt

PCC ?= /tmp/pcc/articles.jsonl
bench-voices-commentaries: env ## Attribution on the newspaper-commentary held-out sets (PCC=their articles.jsonl)
	python -m framelab.attribution.wikinews_benchmark $(PCC) data/annotations \
	  data/annotations/voices_revisions.md reports/benchmarks pcc

FANG ?= /tmp/fang/articles.jsonl
bench-voices-fang: env ## Attribution on the COVID-19 news held-out sets, newspapers and RT DE (FANG=their articles.jsonl)
	python -m framelab.attribution.wikinews_benchmark $(FANG) data/annotations \
	  data/annotations/voices_revisions.md reports/benchmarks fang

dvc-yaml: env ## Regenerate dvc.yaml from the stage registry and the import graph
	python -m framelab.pipeline > dvc.yaml

notebook-params: env ## Rewrite the pipeline notebooks' parameters cells from params.yaml
	python -c 'from framelab import config; from framelab.lab import notebooks; from pathlib import Path; \
	  cfg = config.load(); [notebooks.sync_parameters(Path(f"notebooks/{s}.ipynb"), \
	  config.as_dict(cfg.section(s))) for s in ("topics", "stance")]'

bench-scale: env ## Whole pipeline, stage by stage, on seeds, 10kGNAD, synthetic 10k/100k (SIZES="10000 100000")
	python -m framelab.runtime.pipeline_bench --sizes $(or $(SIZES),10000 100000) --out reports/benchmarks

clean-outputs: ## Delete generated outputs (data/processed, reports/*) but not the templates
	rm -rf data/processed/*.parquet reports/notebooks reports/figures reports/tables reports/metrics \
	  reports/report.pdf reports/supplement.pdf reports/provenance.json reports/scratch
