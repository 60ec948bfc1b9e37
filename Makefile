# Set-up and everyday tasks. Both `make demo` and `make test` create .venv/ when it is missing.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-stamp

.PHONY: demo test bench install clean

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

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache
