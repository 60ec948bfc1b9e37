# Set-up and everyday tasks. Both `make demo` and `make test` create .venv/ when it is missing.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-stamp

.PHONY: demo test bench fuzz reliability install clean

$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --disable-pip-version-check --upgrade pip
	$(PY) -m pip install -q --disable-pip-version-check -e '.[dev]'
	@touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	bash scripts/demo.sh

# The browser tests drive Debian's Chromium through Playwright (no browser download): install it
# when missing, and make those tests fail rather than skip if it still is not there.
test: $(STAMP)
	@command -v chromium >/dev/null || (apt-get update && apt-get install -y chromium)
	VNTERM_REQUIRE_BROWSER=1 $(PY) -m pytest

bench: $(STAMP)
	bash bench/run_all.sh

# The long fuzz run: FUZZ_TOTAL inputs split over the targets in tests/fuzz and over FUZZ_ROUNDS rounds
# (seeds FUZZ_SEED, FUZZ_SEED+1, ...), FUZZ_JOBS targets at once; totals saved to FUZZ_JSON after each round.
FUZZ_TOTAL  ?= 1000000
FUZZ_ROUNDS ?= 10
FUZZ_SEED   ?= 17
FUZZ_JOBS   ?= $(shell nproc 2>/dev/null || echo 2)
FUZZ_JSON   ?= bench/results/fuzz.json
fuzz: $(STAMP)
	$(PY) scripts/fuzz.py --total $(FUZZ_TOTAL) --rounds $(FUZZ_ROUNDS) --seed $(FUZZ_SEED) --jobs $(FUZZ_JOBS) --json $(FUZZ_JSON)

# docs/reliability.md: every command on every bad-input class, the limits, kill -9 runs.
reliability: $(STAMP)
	$(PY) scripts/reliability_table.py -o docs/reliability.md

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache
