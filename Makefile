# Two commands do all the set-up on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint bench clean

$(STAMP): pyproject.toml requirements.lock
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -r requirements.lock
	$(BIN)/pip install --quiet --no-deps -e .
	touch $(STAMP)

PORT ?= 8000

# The web app on the embedded SQLite database; it prints the one-time sign-in link to open.
# PORT=8001 make run listens on another port.
run: $(STAMP)
	@$(BIN)/followthrough serve --port $(PORT)

# ruff over everything; bandit over the project's code; mypy over it (strict for domain/ and
# formats/; the configuration of all three is in pyproject.toml).
lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/bandit -c pyproject.toml -r followthrough -q
	$(BIN)/mypy

test: lint
	$(BIN)/pytest

bench: $(STAMP)
	$(BIN)/python -m bench

clean:
	rm -rf $(VENV)
