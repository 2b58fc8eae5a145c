# corresp — raw listings → TEI → validated → HTML, CSV, CMIF.
# `make` runs everything on raw/*.txt; `make test` runs the test suite.
# Every target bootstraps .venv from pyproject.toml first; nothing else is needed.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
BYTECODE := $(VENV)/.compiled
CORRESP := $(BIN)/corresp

.PHONY: all tei validate html csv cmif test bench bench-full screenshots clean distclean

all: $(BYTECODE)
	$(CORRESP) build

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

# corresp's own modules compiled ahead: where PYTHONDONTWRITEBYTECODE is set, each corresp
# process (and each worker it starts) compiled them all again, ~0.12 s (pip compiled the
# installed libraries; the package itself is installed from this folder).
$(BYTECODE): $(STAMP) $(wildcard pipeline/*.py pipeline/*/*.py)
	$(BIN)/python -m compileall -q pipeline
	touch $@

tei: $(BYTECODE)
	$(CORRESP) tei

validate: $(BYTECODE)
	$(CORRESP) validate

html: $(BYTECODE)
	$(CORRESP) html

csv: $(BYTECODE)
	$(CORRESP) csv

cmif: $(BYTECODE)
	$(CORRESP) cmif

test: $(BYTECODE)
	$(BIN)/python -m pytest

bench: $(BYTECODE)
	$(BIN)/python benchmarks/run.py

bench-full: $(BYTECODE)
	$(BIN)/python benchmarks/run.py --full

# Screenshots of the HTML edition (index, a letter, a person, the network) in headless
# Chromium, for a human to look at: output/screenshots/*.png (not committed).
screenshots: html
	$(BIN)/python tests/browser.py output/html output/screenshots

clean:
	rm -rf output

distclean: clean
	rm -rf $(VENV) *.egg-info .pytest_cache .hypothesis pipeline/__pycache__ pipeline/*/__pycache__
