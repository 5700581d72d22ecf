# CT Academy. `make help` lists the targets.
SHELL := /bin/bash
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000
# Every absolute link in e-mails, PDFs and certificate QR codes is built on BASE_URL: by default
# the address `make run` serves on. Set it yourself when the site is reached another way.
BASE_URL ?= http://$(HOST):$(PORT)
STAMP := $(VENV)/.installed
# `make test` runs the suite in one process per core (pytest-xdist); TEST_WORKERS=0 runs it in
# this process alone, as a debugger wants.
TEST_WORKERS ?= auto

.DEFAULT_GOAL := help
.PHONY: help venv run test lint format worker beat bench migrate seed messages clean

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-8s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	@touch $(STAMP)

venv: $(STAMP) ## Create .venv and install the project with its dev tools

migrate: $(STAMP) ## Apply database migrations
	$(BIN)/python manage.py migrate --noinput

seed: migrate ## Load the demo catalogue and accounts (idempotent)
	BASE_URL=$(BASE_URL) $(BIN)/python manage.py seed_demo

run: seed ## Install, migrate, seed the demo and serve on http://$(HOST):$(PORT)
	@echo "Serving CT Academy on http://$(HOST):$(PORT)/  (admin: http://$(HOST):$(PORT)/admin/); links in e-mails and PDFs: $(BASE_URL)"
	BASE_URL=$(BASE_URL) $(BIN)/python manage.py runserver $(HOST):$(PORT)

test: $(STAMP) ## Run the whole test suite (tiers whose services are unreachable are skipped, with the reason)
	$(BIN)/python -m pytest -n $(TEST_WORKERS) --dist loadgroup --no-loadscope-reorder $(PYTEST_ARGS)

lint: $(STAMP) ## ruff check, ruff format --check and the import layering contract
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports --no-cache

format: $(STAMP) ## Apply ruff's fixes and formatting
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

worker: $(STAMP) ## Run a Celery worker against CELERY_BROKER_URL or REDIS_URL
	@if [ -z "$${CELERY_BROKER_URL}$${REDIS_URL}" ]; then \
	  echo "Set REDIS_URL (e.g. REDIS_URL=redis://127.0.0.1:6379/0 make worker), and the same for make run."; exit 2; fi
	$(BIN)/celery -A lms worker --loglevel=INFO

beat: $(STAMP) ## Run Celery beat (periodic tasks) against the configured broker
	$(BIN)/celery -A lms beat --loglevel=INFO

bench: $(STAMP) ## Run the benchmarks in bench/ and print their ratios
	$(BIN)/python bench/run.py

messages: $(STAMP) ## Collect the interface text into locale/*/LC_MESSAGES/django.po and compile them
	$(BIN)/python manage.py makemessages --all --add-location=file --no-obsolete --ignore=.venv \
	  --ignore=staticfiles --ignore=artifacts --ignore=media --ignore=private --ignore=tests --ignore=bench
	$(BIN)/python manage.py compilemessages --ignore=.venv

clean: ## Remove the venv, the SQLite database and collected static files
	rm -rf $(VENV) db.sqlite3 staticfiles .pytest_cache
