# The two commands of the README: `make demo` (the main job on the sample corpus)
# and `make test` (the whole suite; .ci/run calls exactly this). Both set up
# everything they need on a fresh machine with Python 3.11.
PYTHON ?= python3.11
VENV   := .venv
BIN    := $(VENV)/bin
OUT    := out

.PHONY: demo test install browser lint clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV) || python3 -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $@

# The project's modules compiled (an editable install compiles none), again whenever one of them changes: where
# PYTHONDONTWRITEBYTECODE is set, every build would compile each module changed since at its start (about 200
# modules, 0.3 to 0.5 s of CPU; 0.3 s after one session's merges left 51 of them stale).
SOURCES := $(shell find actorgraph graph loaders -name '*.py')
$(VENV)/.compiled: $(SOURCES) | $(VENV)/.installed
	$(BIN)/python -m compileall -q actorgraph graph loaders
	touch $@

install: $(VENV)/.installed $(VENV)/.compiled

# Debian's Chromium for the browser tests (a test tool's own browser download does not work offline).
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium >/dev/null; }

demo: install
	$(BIN)/actorgraph build seeds --out $(OUT)
	$(BIN)/actorgraph links "Muhandis" "Iran" --graph $(OUT)
	$(BIN)/actorgraph load --graph $(OUT)
	$(BIN)/actorgraph run leaders --param name="Kataib Hezbollah" --graph $(OUT)

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

test: install browser
	$(BIN)/ruff check .
	$(BIN)/python -m pytest

clean:
	rm -rf $(OUT) .pytest_cache
