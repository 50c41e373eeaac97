# Two entry points for a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

SHARED ?= ../shared

.PHONY: install demo test eval bench clean model

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

# The event typer's trigger lexicon and classifier (build time: needs ../shared and scikit-learn;
# the two JSON files are committed, so nothing here is needed at run time).
model: $(STAMP)
	$(BIN)/python -m pip install -q -e ".[build]"
	$(BIN)/python scripts/build_trigger_lexicon.py $(SHARED)/lexicons/cameo
	$(BIN)/python scripts/train_event_classifier.py --shared $(SHARED)

clean:
	rm -rf $(VENV) demo .pytest_cache
