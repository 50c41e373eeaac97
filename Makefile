# Two entry points for a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
# Evaluation data and corpus (a checkout of the shared data folder).
DATA   ?= ../shared
# Which fixed half of each dev set `make eval` scores: tune, check or all (evaluate/splits.py).
SPLIT  ?= tune
# A folder caching spaCy parses between evaluation runs (empty: no cache).
PARSE_CACHE ?=
CACHE_OPT := $(if $(PARSE_CACHE),--parse-cache $(PARSE_CACHE),)
# task:folder of $(DATA)/eval/FOLDER/dev.jsonl
EVAL_TASKS := ner:conll2003 coref:gum quotes:polnear times:tempeval3 places:geo events:plover \
              multicoped:multicoped stories:ecbplus
BENCH_LIMIT ?= 200
BENCH_DOCUMENTS ?= 20000

.PHONY: install demo test chromium lint eval bench docs model world clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e ".[model,postgres,dask,web,export]" "pytest>=8" "hypothesis>=6" \
		"pandas>=2" "networkx>=3" "duckdb>=1" "playwright>=1.40" "schemathesis>=4" \
		"ruff>=0.17,<0.18" "mypy>=2.4,<3" "pre-commit>=3.5"
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	rm -f demo/demo.db demo/demo.db-wal demo/demo.db-shm
	mkdir -p demo
	$(BIN)/sidelines ingest src/sidelines/samples --db demo/demo.db
	$(BIN)/sidelines events --db demo/demo.db --format table
	$(BIN)/sidelines quotes --db demo/demo.db --format table
	$(BIN)/sidelines actors --db demo/demo.db --limit 10
	$(BIN)/sidelines brief --since 30d --db demo/demo.db
	@echo
	@echo "Open the store in a browser:  $(BIN)/sidelines serve --db demo/demo.db"
	@echo "then visit http://127.0.0.1:8000/ (the brief at /brief, the API at /docs)."

# The browser tests drive Debian's Chromium (Playwright never downloads one); installed here when
# missing and apt-get is there, else those tests skip.
CHROMIUM := /usr/bin/chromium

chromium:
	@if [ ! -x $(CHROMIUM) ] && command -v apt-get >/dev/null 2>&1; then \
		echo "installing Chromium for the browser tests (apt-get install chromium)"; \
		apt-get install -y -q chromium >/dev/null 2>&1 || { apt-get update -q >/dev/null 2>&1 && \
			apt-get install -y -q chromium >/dev/null 2>&1; } || \
			echo "could not install Chromium: the browser tests will skip"; \
	fi

test: $(STAMP) chromium
	$(BIN)/python -m pytest -q

# ruff and mypy on src/ (settings in pyproject.toml); both run, the target fails if either does.
lint: $(STAMP)
	@$(BIN)/ruff check src tests; r=$$?; $(BIN)/mypy; m=$$?; test $$r -eq 0 -a $$m -eq 0

# Every dev-set task on the $(SPLIT) half, then the whole-article gold of that half.
eval: $(STAMP)
	@test -d $(DATA)/eval || { echo "no evaluation data in $(DATA)/eval; set DATA=..."; exit 2; }
	@set -e; for pair in $(EVAL_TASKS); do task=$${pair%%:*}; dir=$${pair#*:}; \
		echo "== $$task: $(DATA)/eval/$$dir/dev.jsonl, split $(SPLIT)"; \
		$(BIN)/sidelines eval $$task --data $(DATA)/eval/$$dir/dev.jsonl --split $(SPLIT) $(CACHE_OPT); \
	done
	@if [ -d tests/golden/articles/$(SPLIT) ]; then \
		echo "== articles: tests/golden/articles/$(SPLIT)"; \
		$(BIN)/sidelines eval articles --data tests/golden/articles/$(SPLIT) \
			--corpus $(DATA)/corpus/news_dev.jsonl $(CACHE_OPT); \
	fi

# Throughput against bare spaCy on the dev corpus, then the store's ingest and query speed.
bench: $(STAMP)
	@test -f $(DATA)/corpus/news_dev.jsonl || { echo "no corpus at $(DATA)/corpus/news_dev.jsonl; set DATA=..."; exit 2; }
	$(BIN)/sidelines bench --data $(DATA)/corpus/news_dev.jsonl --limit $(BENCH_LIMIT)
	$(BIN)/sidelines bench --store --documents $(BENCH_DOCUMENTS)

# docs/record.md from the record's JSON Schema (tests/test_record_docs.py checks it is current).
docs: $(STAMP)
	$(BIN)/python scripts/build_record_docs.py

# The event typer's trigger lexicon and classifier (build time: needs ../shared and scikit-learn;
# the two JSON files are committed, so nothing here is needed at run time).
model: $(STAMP)
	$(BIN)/python -m pip install -q -e ".[build]"
	$(BIN)/python scripts/build_trigger_lexicon.py $(DATA)/lexicons/cameo
	$(BIN)/python scripts/train_event_classifier.py --shared $(DATA)
	$(BIN)/python scripts/build_domain_words.py --shared $(DATA)
	$(BIN)/python scripts/train_event_confidence.py --shared $(DATA)
	$(BIN)/python scripts/train_event_sides.py --shared $(DATA)
	$(BIN)/python scripts/train_quote_judgements.py --shared $(DATA)

# The map's world outline (src/sidelines/web/static/world-land.svg, committed) from the npm package
# world-atlas (Natural Earth land, public domain; ISC); build time only, needs npm.
world:
	npm install --no-audit --no-fund
	$(BIN)/python scripts/build_world_outline.py

clean:
	rm -rf $(VENV) demo .pytest_cache
