# fraudwall: `make demo` runs the main job end to end, `make test` runs the whole suite.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEMO := demo-out

.PHONY: demo test lint install clean bench

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[ml,serve,dev]'
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/python -m fraudwall demo --out $(DEMO)

test: $(STAMP)
	$(BIN)/ruff check src tests bench
	$(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check src tests bench

# The benchmarks behind the goals in docs/benchmarks.md (about 20 minutes on 2 cores).
# BENCH_WORK keeps generated data between runs; BENCH_DATA holds the public benchmark sets
# (skipped when absent). The screening load generator is Debian's wrk.
BENCH_WORK ?= /tmp/fraudwall-bench
BENCH_DATA ?= ../shared/data
bench: $(STAMP)
	command -v wrk >/dev/null || apt-get install -y wrk
	$(BIN)/python bench/bench_ingest.py --rows 10000000 --work $(BENCH_WORK)/ingest --formats csv,parquet
	$(BIN)/python bench/bench_detect.py --rows 10000000 --work $(BENCH_WORK)/detect
	$(BIN)/python bench/bench_detect_province.py --subscribers 1000000 --days 2 --work $(BENCH_WORK)/province
	$(BIN)/python bench/bench_screening.py --workers 2 --duration 15 --connections 64
	$(BIN)/python bench/bench_sms_inference.py
	$(BIN)/python bench/eval_library.py --seeds 61,67,71 --configs default,heavy,light,shifted --work $(BENCH_WORK)/library
	$(BIN)/python bench/redteam/run.py --seeds 1,2,4 --quiet-seeds 3,5 --work $(BENCH_WORK)/redteam
	if [ -d $(BENCH_DATA)/sichuan ]; then $(BIN)/fraudwall bench sichuan --data $(BENCH_DATA)/sichuan --json; fi
	if [ -d $(BENCH_DATA)/sms_spam_uci ]; then $(BIN)/fraudwall bench sms-uci --data $(BENCH_DATA)/sms_spam_uci/SMSSpamCollection.tsv --json; fi
	if [ -d $(BENCH_DATA)/phishing_urls ]; then $(BIN)/fraudwall bench phishing --data $(BENCH_DATA)/phishing_urls/dataset_phishing.csv --json; fi

clean:
	rm -rf $(VENV) $(DEMO) build dist src/*.egg-info
