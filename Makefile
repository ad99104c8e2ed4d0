# The two commands of the README: `make demo` and `make test`.  Both create
# the virtual environment .venv when it is missing and install the kit in it
# from the lock; `make lock` refreshes the lock.  `make check` runs only the
# linter, the formatter check and the type checker; `make fix` formats and
# applies the linter's safe fixes; `make quick` runs the tests that are not slow.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DEMO := build/demo

.PHONY: demo test quick check fix lab lock clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# Each target installs the exact versions of its lock, requirements/<extra>.txt (written by
# `make lock`; pip checks every file's hash), then the kit itself without dependencies.  The
# stamp files record what is installed; a changed lock or pyproject.toml installs again.
# The locks agree on every version they share, so one venv holds them all.
$(VENV)/.installed: requirements/base.txt pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -r $<
	$(BIN)/python -m pip install --quiet --no-deps -e .
	touch $@

$(VENV)/.installed-test: requirements/test.txt pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -r $<
	$(BIN)/python -m pip install --quiet --no-deps -e .
	touch $@

$(VENV)/.installed-lab: requirements/lab.txt pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -r $<
	$(BIN)/python -m pip install --quiet --no-deps -e .
	touch $@

# Refresh the lock: the newest versions pyproject.toml allows, one version of each package for
# every Python >= 3.11 and platform (uv.lock), exported for pip per extra, and environment.yml.
# `make lock UPGRADE=` keeps the locked versions and only adds what pyproject.toml added.
UPGRADE ?= --upgrade

lock: | $(BIN)/python
	$(BIN)/python -m pip install --quiet "uv>=0.9"
	$(BIN)/uv lock $(UPGRADE)
	$(BIN)/uv export --quiet --frozen --no-emit-project --output-file requirements/base.txt
	$(BIN)/uv export --quiet --frozen --no-emit-project --extra test --output-file requirements/test.txt
	$(BIN)/uv export --quiet --frozen --no-emit-project --extra lab --output-file requirements/lab.txt
	$(BIN)/python requirements/environment.py

# The main job on the built-in demo data: write it, validate it, render its latest month
# into reports/ (existing reports are kept; `proeftuin render ... --force` renews them).
demo: $(VENV)/.installed
	$(BIN)/proeftuin demo $(DEMO) > /dev/null
	$(BIN)/proeftuin validate $(DEMO)
	$(BIN)/proeftuin render $(DEMO)

# The checks, each stopping make with its own located messages (path:line:col: code message):
# ruff's rules and its formatting (pyproject.toml [tool.ruff]), then mypy ([tool.mypy]).
check: $(VENV)/.installed-test
	$(BIN)/ruff check --no-cache .
	$(BIN)/ruff format --no-cache --check .
	$(BIN)/mypy

# Only ruff's safe fixes (never --unsafe-fixes), then the formatter; mypy's findings stay for you.
fix: $(VENV)/.installed-test
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

# The checks first, then the tests.  The notebooks' default parameters point at the demo dataset
# in build/demo; nbval runs them in this venv's Python (the kernel `make lab` registers need not exist).
test: check
	$(BIN)/proeftuin demo $(DEMO) > /dev/null
	$(BIN)/python -m pytest --nbval-lax --nbval-current-env --doctest-modules --ignore=kit/render/notebooks tests notebooks kit

# The quick loop while developing: every test but those marked slow (real renders, kernels, workbooks
# written and read back; pyproject.toml [tool.pytest.ini_options]), without the checks and the notebooks.
quick: $(VENV)/.installed-test
	$(BIN)/python -m pytest -m "not slow" --doctest-modules --ignore=kit/render/notebooks tests kit

lab: $(VENV)/.installed-lab
	$(BIN)/python -m ipykernel install --sys-prefix --name proeftuin-kit --display-name "Proeftuin kit"
	$(BIN)/jupyter lab notebooks/

clean:
	rm -rf build .pytest_cache .ruff_cache .mypy_cache
