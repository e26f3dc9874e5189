# The two set-up commands of README.md: `make demo` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin

.PHONY: setup demo test services lint bench clean

setup: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --only-binary :all: --upgrade pip
	$(BIN)/python -m pip install --quiet --only-binary :all: -e '.[test]'
	touch $@

## Vet real packages from PyPI and install them into a fresh virtual environment.
demo: setup
	bash scripts/demo.sh

## Lint, type-check and run the hermetic test suite (after starting the services it uses).
test: setup services lint
	$(BIN)/python -m pytest -p no:cacheprovider -n auto

## PostgreSQL on 127.0.0.1 for the `pipwarden serve` tests (installed and started when root).
services:
	bash scripts/test-services.sh

lint: setup
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench
	$(BIN)/mypy

clean:
	rm -rf $(VENV) .demo-venv .pytest_cache .mypy_cache .ruff_cache
