# Two entry points for a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: install demo test eval bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e ".[model,postgres,dask,web]" "pytest>=8" "hypothesis>=6"
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	rm -f demo/demo.db demo/demo.db-wal demo/demo.db-shm
	mkdir -p demo
	$(BIN)/sidelines ingest src/sidelines/samples --db demo/demo.db
	$(BIN)/sidelines events --db demo/demo.db --format table
	$(BIN)/sidelines quotes --db demo/demo.db --format table
	$(BIN)/sidelines actors --db demo/demo.db --limit 10

test: $(STAMP)
	$(BIN)/python -m pytest -q

clean:
	rm -rf $(VENV) demo .pytest_cache
