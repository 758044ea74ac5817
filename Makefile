# framelab — the front door. `make help` lists the targets.
# Set-up on a fresh machine (Python 3.11 + pip): `make repro`, then `make test`.

SHELL := /bin/bash
VENV ?= .venv
PYTHON ?= python3.11
UV_VERSION := 0.13.8
BIN := $(CURDIR)/$(VENV)/bin
export PATH := $(BIN):$(PATH)
export DVC_NO_ANALYTICS := 1
export PYTHONHASHSEED := 0

.DEFAULT_GOAL := help
.PHONY: help env repro test test-fast lab lint format strip lock bench bench-topics bench-scale clean-outputs

help: ## List the targets
	@awk 'BEGIN {FS = ":.*## "} /^[a-zA-Z_-]+:.*## / {printf "  \033[36m%-14s\033[0m %s\n", $$1, $$2}' $(MAKEFILE_LIST)

$(VENV)/.installed: requirements.lock pyproject.toml
	@command -v $(PYTHON) >/dev/null || { echo "needs $(PYTHON) on PATH (or: make PYTHON=python3 …)"; exit 1; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check uv==$(UV_VERSION)
	$(BIN)/uv pip sync --quiet --python $(BIN)/python requirements.lock
	$(BIN)/uv pip install --quiet --python $(BIN)/python --no-deps -e .
	touch $@

env: $(VENV)/.installed ## Create .venv with the pinned dependencies (if missing or outdated)

repro: env ## Run the whole pipeline (dvc repro) and print where the report is
	dvc repro
	@python -m framelab provenance-current 2>/dev/null || dvc repro --force --single-item report
	@echo ""; echo "Report: $(CURDIR)/reports/report.pdf"

test: env ## Run all tests, including the slow end-to-end pipeline runs
	pytest

test-fast: env ## Run the fast tests only
	pytest -m "not slow"

lab: env ## Start JupyterLab (notebooks are saved without outputs; see README)
	jupyter lab --config=jupyter_server_config.py

lint: env ## Check code style (ruff)
	ruff check src tests
	ruff format --check src tests

format: env ## Format code (ruff)
	ruff format src tests
	ruff check --fix src tests

strip: env ## Normalise committed notebooks (no outputs, fixed metadata)
	python -m framelab strip-notebooks notebooks

lock: ## Re-pin dependencies from pyproject.toml into requirements.lock
	test -x $(BIN)/uv || { $(PYTHON) -m venv $(VENV) && $(BIN)/python -m pip install --quiet uv==$(UV_VERSION); }
	$(BIN)/uv pip compile pyproject.toml --extra dev --python-version 3.11 --quiet -o requirements.lock

bench: env ## All benchmarks on ../shared/corpora/10kgnad (wall time, peak memory, throughput)
	python -m framelab bench all --out reports/benchmarks

bench-topics: env ## Topic validity on 10kGNAD: NMI/ARI vs categories, K=9, 5 seeds
	python -m framelab bench topics --out reports/benchmarks

bench-scale: env ## Scale components on synthetic 10k/100k-article corpora (FRAMELAB_SCHEDULER, FRAMELAB_WORKERS)
	python -m framelab.runtime.bench all --out reports/benchmarks

clean-outputs: ## Delete generated outputs (data/processed, reports/*) but not the template
	rm -rf data/processed/*.parquet reports/notebooks reports/figures reports/tables reports/metrics reports/report.pdf
