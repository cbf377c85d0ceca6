# Two commands: `make run` and `make test`. Everything else is a step they take.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# A uv already on PATH is used; otherwise one is bootstrapped into .tools/ with pip.
UV := $(or $(shell command -v uv 2>/dev/null),.tools/bin/uv)
export UV_PYTHON ?= $(PYTHON)
export UV_PYTHON_DOWNLOADS ?= never
export UV_PROJECT_ENVIRONMENT := $(VENV)

.PHONY: run test install loadgen lint typecheck dockerlint pytest format migrate seed openapi clients fuzz chaos bench clean

run: install migrate seed ## Serve the API on 127.0.0.1:8000 (SQLite under ./var, demo data)
	$(BIN)/passerelle serve

test: install loadgen lint typecheck dockerlint pytest ## Every gate CI runs

install: $(VENV)/.installed

.tools/bin/uv:
	$(PYTHON) -m venv .tools
	.tools/bin/pip install --quiet --disable-pip-version-check "uv>=0.9"

$(VENV)/.installed: pyproject.toml uv.lock | $(UV)
	$(UV) sync --frozen
	@touch $@

# wrk, the load generator of bench/load.py, from Debian's packages where it can be installed;
# without it the load benchmark's smoke test is skipped with a message.
loadgen:
	@command -v wrk >/dev/null 2>&1 || { \
		[ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1 && \
		{ DEBIAN_FRONTEND=noninteractive apt-get install -y -q wrk >/dev/null 2>&1 || \
		  { apt-get update -q >/dev/null 2>&1 && \
		    DEBIAN_FRONTEND=noninteractive apt-get install -y -q wrk >/dev/null 2>&1; }; }; \
	} || echo "wrk could not be installed: the load benchmark will be skipped"

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: install
	$(BIN)/mypy

dockerlint: install
	$(BIN)/hadolint Dockerfile

pytest: install
	$(BIN)/pytest -n auto

format: install
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

migrate: install
	$(BIN)/passerelle db upgrade

seed: install
	$(BIN)/passerelle seed-demo

openapi: install ## Write the contract to clients/openapi/openapi.json (a test checks it is current)
	$(BIN)/passerelle openapi > clients/openapi/openapi.json

clients: openapi ## Regenerate the Python and TypeScript clients from the contract (a test checks they are current)
	$(BIN)/python clients/openapi/generate.py

fuzz: install ## Contract fuzzing with every role's token, 50 examples per operation (make test runs 2)
	PASSERELLE_FUZZ_EXAMPLES=50 $(BIN)/pytest -p no:xdist -s tests/e2e/test_contract_fuzz.py

chaos: install ## Faults on a throwaway PostgreSQL cluster: crash under writes, statement timeout, full pool (make test runs them shorter)
	PASSERELLE_CHAOS_SECONDS=10 $(BIN)/pytest -p no:xdist -s -m chaos tests/chaos

bench: install loadgen ## Print benchmark figures (PostgreSQL on 127.0.0.1:5432 when it answers)
	$(BIN)/python bench/token_verification.py
	@if pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null; then \
		psql -h 127.0.0.1 -U postgres -qc "DROP DATABASE IF EXISTS passerelle_bench" && \
		psql -h 127.0.0.1 -U postgres -qc "CREATE DATABASE passerelle_bench" && \
		$(BIN)/python bench/token_verification.py \
			--database-url postgresql+asyncpg://postgres@127.0.0.1:5432/passerelle_bench; \
		$(BIN)/python bench/inmate_registry.py; \
		$(BIN)/python bench/assessments.py; \
		$(BIN)/python bench/attendance_sync.py; \
		$(BIN)/python bench/stats.py --growth; \
		$(BIN)/python bench/load.py --scale 1 --growth; \
		psql -h 127.0.0.1 -U postgres -qc "DROP DATABASE IF EXISTS passerelle_bench"; \
	fi

clean:
	rm -rf $(VENV) .tools var .mypy_cache .ruff_cache .pytest_cache
