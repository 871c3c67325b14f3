# The README's commands. Everything installs into .venv from requirements.lock (a uv lock of pyproject.toml).
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
UV_VERSION := 0.13.9

.PHONY: install browser run test lint lock bench report

$(BIN)/.installed: pyproject.toml requirements.lock
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet "uv==$(UV_VERSION)"
	$(BIN)/uv pip install --quiet --python $(BIN)/python -r requirements.lock -e .
	touch $@

install: $(BIN)/.installed

## run the whole pipeline once on seeds/ into data/stancewatch.duckdb (no Prefect server needed)
run: install
	$(BIN)/stancewatch run

## headless Chromium for the Prefect UI browser check (Debian package; needs root or sudo)
browser:
	bash scripts/install-chromium.sh || echo "warning: no Chromium; the browser check is skipped outside CI"

## run the test suite (what .ci/run calls)
test: install browser
	PREFECT_SERVER_ANALYTICS_ENABLED=false $(BIN)/python -m pytest -q

lint: install
	$(BIN)/ruff check stancewatch flows warehouse tests benchmarks
	$(BIN)/sqlfluff lint sql

## re-resolve requirements.lock from pyproject.toml
lock:
	$(BIN)/uv pip compile --python-version 3.11 pyproject.toml --extra dev -o requirements.lock

## the performance benchmark (issue #7); 10-20 minutes; rewrites the tables in BENCHMARKS.md
bench: install
	$(BIN)/python -m benchmarks.run --sizes 1000,10000,50000 --write BENCHMARKS.md
