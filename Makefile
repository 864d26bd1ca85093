PY ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: setup demo test lint gate bench clean

setup: $(STAMP)

$(STAMP): pyproject.toml
	@command -v $(PY) >/dev/null 2>&1 || { echo "setup: $(PY) not found; install Python 3.11 or run 'make PY=python3 setup'"; exit 1; }
	$(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	$(BIN)/python -c "from parley.resolve.places import Gazetteer; Gazetteer.default()"  # the place index, built once
	touch $(STAMP)

demo: setup
	$(BIN)/parley extract ../shared/examples/mariupol-talks.txt --published 2022-03-10 --table
	@echo
	@echo "JSON records: $(BIN)/parley extract ../shared/examples/mariupol-talks.txt --published 2022-03-10"
	@echo "Dashboard: not built yet (issue 5); the CLI above is the interface today."

test: setup
	$(BIN)/ruff check parley tests tools training
	$(BIN)/mypy parley
	$(BIN)/python -m pytest -q

gate: setup
	$(BIN)/python -m parley.evaluation --check --shared ../shared

bench: setup
	$(BIN)/parley bench --articles 300

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
