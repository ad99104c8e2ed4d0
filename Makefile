# The two commands of the README: `make demo` and `make test`.  Both create
# the virtual environment .venv when it is missing and install the kit in it.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DEMO := build/demo

.PHONY: demo test lab clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# The stamp files record which extras are installed; they are rebuilt when pyproject.toml changes.
$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $(VENV)/.installed $@

$(VENV)/.installed-lab: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e ".[lab]"
	touch $(VENV)/.installed $@

# The main job on the built-in demo data: write it, validate it, render its latest month
# into reports/ (existing reports are kept; `proeftuin render ... --force` renews them).
demo: $(VENV)/.installed
	$(BIN)/proeftuin demo $(DEMO) > /dev/null
	$(BIN)/proeftuin validate $(DEMO)
	$(BIN)/proeftuin render $(DEMO)

# The notebooks' default parameters point at the demo dataset in build/demo.
test: $(VENV)/.installed-test
	$(BIN)/proeftuin demo $(DEMO) > /dev/null
	$(BIN)/python -m pytest --nbval-lax --doctest-modules --ignore=kit/render/notebooks tests notebooks kit

lab: $(VENV)/.installed-lab
	$(BIN)/python -m ipykernel install --sys-prefix --name proeftuin --display-name "Proeftuin kit"
	$(BIN)/jupyter lab notebooks/

clean:
	rm -rf build .pytest_cache
