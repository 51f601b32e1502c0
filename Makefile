# PeerMentor: `make run` serves the product, `make test` runs every test. Each sets itself up.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml | sha1sum | cut -c1-12)
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: install run test lint typecheck pytest openapi openapi-lint client client-check bench \
	drills clean \
	frontend-install frontend-client frontend-build frontend-test

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	@rm -f $(VENV)/.installed-* && touch $@

install: $(STAMP)

run: install frontend-build
	$(BIN)/peermentor migrate
	$(BIN)/peermentor seed-demo
	@echo "PeerMentor API on http://$(HOST):$(PORT)  (interactive docs: http://$(HOST):$(PORT)/docs)"
	$(BIN)/peermentor serve --host $(HOST) --port $(PORT) --with-worker

lint: install
	$(BIN)/ruff check api tests $(wildcard bench) migrations/env.py
	$(BIN)/ruff format --check api
	$(BIN)/mypy
	$(BIN)/lint-imports

openapi: install
	$(BIN)/peermentor openapi

# Redocly's recommended rules and ours (redocly.yaml; accepted problems in
# .redocly.lint-ignore.yaml), pinned, from the project's root where both files are found.
REDOCLY := npx --yes @redocly/cli@2.77.0
openapi-lint:
	cd $(CURDIR) && $(REDOCLY) lint openapi.yaml

# The Python client in clients/python, generated from openapi.yaml by openapi-python-client
# (kept in its own virtualenv: it brings its own ruff).
CLIENT_VENV := .venv-client
CLIENT_GEN = PATH=$(CURDIR)/$(CLIENT_VENV)/bin:$$PATH $(CLIENT_VENV)/bin/openapi-python-client \
	generate --path openapi.yaml --config clients/openapi-python-client.yaml --overwrite

$(CLIENT_VENV)/.installed:
	$(PYTHON) -m venv $(CLIENT_VENV)
	$(CLIENT_VENV)/bin/python -m pip install --quiet openapi-python-client==0.29.1
	@touch $@

client: $(CLIENT_VENV)/.installed
	$(CLIENT_GEN) --output-path clients/python

client-check: $(CLIENT_VENV)/.installed
	@rm -rf .test-results/client && mkdir -p .test-results
	@$(CLIENT_GEN) --output-path .test-results/client >/dev/null
	@diff -r -x .ruff_cache clients/python .test-results/client >/dev/null \
		|| (echo "clients/python is stale: run 'make client'" && exit 1)
	@echo "clients/python matches openapi.yaml."

# Python tests on SQLite, then on PostgreSQL when PEERMENTOR_TEST_POSTGRES_URL names a server.
# One pytest-xdist worker per core (PYTEST_WORKERS=0 runs them in this process); every worker
# has its own SQLite file or PostgreSQL database (tests/conftest.py).
PYTEST_WORKERS ?= auto
pytest: install
	@mkdir -p .test-results
	$(BIN)/pytest -q -n $(PYTEST_WORKERS) --junitxml=.test-results/sqlite.xml
	@if [ -n "$$PEERMENTOR_TEST_POSTGRES_URL" ]; then \
		echo "== the same tests on PostgreSQL =="; \
		PEERMENTOR_TEST_DATABASE_URL="$$PEERMENTOR_TEST_POSTGRES_URL" \
			$(BIN)/pytest -q -n $(PYTEST_WORKERS) -m "not serial" --junitxml=.test-results/postgres.xml && \
		echo "== the tests that need the PostgreSQL server to themselves ==" && \
		PEERMENTOR_TEST_DATABASE_URL="$$PEERMENTOR_TEST_POSTGRES_URL" \
			$(BIN)/pytest -q -m serial --junitxml=.test-results/postgres-serial.xml; \
	else \
		rm -f .test-results/postgres.xml; \
		echo "PEERMENTOR_TEST_POSTGRES_URL is not set: PostgreSQL tests skipped"; \
	fi

test: lint openapi-lint
	$(BIN)/peermentor openapi --check
	$(MAKE) client-check
	$(MAKE) pytest
	$(MAKE) frontend-test

# The SPA (frontend/): dependencies from package-lock.json, Debian's Chromium for the e2e tests.
FRONTEND_DEPS := frontend/node_modules/.installed
FRONTEND_SOURCES := $(shell find frontend/src frontend/public -type f 2>/dev/null) \
	frontend/index.html frontend/package.json frontend/tsconfig.json frontend/vite.config.ts

$(FRONTEND_DEPS): frontend/package-lock.json
	cd frontend && npm ci --no-audit --no-fund
	@touch $@

frontend-install: $(FRONTEND_DEPS)
	@test -x /usr/bin/chromium || (apt-get update && apt-get install -y --no-install-recommends chromium)

frontend-client: $(FRONTEND_DEPS)
	cd frontend && npm run client

# Rebuilt only when a source changed; `make run` serves frontend/dist under /.
frontend/dist/index.html: $(FRONTEND_DEPS) $(FRONTEND_SOURCES)
	cd frontend && npm run build

frontend-build: frontend/dist/index.html

# Client staleness, types, unit tests, then end-to-end against a live API serving the build.
frontend-test: install frontend-install
	cd frontend && npm run check:client && npm run typecheck && npx vitest run
	cd frontend && npm run build && npm run test:e2e

bench: install
	$(BIN)/python bench/run.py

# Fault drills on a private PostgreSQL cluster (initdb in a temp dir, never the shared server):
# the database restarted under load, the webhook receiver down, a crash mid-sync.
drills: install
	$(BIN)/python bench/drills.py

clean:
	rm -rf $(VENV) $(CLIENT_VENV) .test-results .pytest_cache .mypy_cache .ruff_cache
