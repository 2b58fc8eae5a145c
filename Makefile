# corresp — raw listings → TEI → validated → HTML, CSV, CMIF.
# `make` runs everything on raw/*.txt; `make test` runs the test suite.
# Every target bootstraps .venv from pyproject.toml first; nothing else is needed.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
CORRESP := $(BIN)/corresp

.PHONY: all tei validate html csv cmif test bench bench-full screenshots clean distclean

all: $(STAMP)
	$(CORRESP) build

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

tei: $(STAMP)
	$(CORRESP) tei

validate: $(STAMP)
	$(CORRESP) validate

html: $(STAMP)
	$(CORRESP) html

csv: $(STAMP)
	$(CORRESP) csv

cmif: $(STAMP)
	$(CORRESP) cmif

test: $(STAMP)
	$(BIN)/python -m pytest

bench: $(STAMP)
	$(BIN)/python benchmarks/run.py

bench-full: $(STAMP)
	$(BIN)/python benchmarks/run.py --full

# Screenshots of the HTML edition (index, a letter, a person, the network) in headless
# Chromium, for a human to look at: output/screenshots/*.png (not committed).
screenshots: html
	$(BIN)/python tests/browser.py output/html output/screenshots

clean:
	rm -rf output

distclean: clean
	rm -rf $(VENV) *.egg-info .pytest_cache .hypothesis
