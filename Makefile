# The only entry points. `make run` and `make test` set up everything they need.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip
MANAGE := $(PY) manage.py
HOST ?= 127.0.0.1
PORT ?= 8000
export DJANGO_SETTINGS_MODULE := oversight.settings
# These targets are for a developer's machine and CI; production sets DEBUG=false and its own secrets.
export DEBUG ?= true

.PHONY: run test setup system-deps deps assets migrate demo lint bench clean e2e

# Stamps: each step runs again only when its inputs changed, so a second `make run` starts in seconds.
STAMPS := var/stamps
DB_KEY := $(shell printf '%s' "$${DATABASE_URL:-sqlite}" | md5sum | cut -c1-12)
ASSET_INPUTS := $(shell find frontend oversight -type f \( -path 'frontend/*' -o -path '*/static/*' \) -not -name '*.pyc' 2>/dev/null)
MIGRATIONS := $(shell find oversight -path '*/migrations/*.py' 2>/dev/null)
DEMO_INPUTS := $(shell find oversight/demo -type f -not -name '*.pyc' 2>/dev/null)

run: setup demo ## Set up, load demo data and serve on http://127.0.0.1:8000 with a task worker beside it
	@$(PY) -m oversight.cli demo-banner --url http://$(HOST):$(PORT)/ & \
	$(PY) -m oversight.cli worker & worker=$$!; trap "kill $$worker 2>/dev/null" EXIT INT TERM; \
	$(VENV)/bin/gunicorn oversight.wsgi --bind $(HOST):$(PORT) --workers 2 --preload --access-logfile -

test: setup ## Set up and run the whole suite
	$(VENV)/bin/pytest -n $${PYTEST_WORKERS:-2} -q $(PYTEST_ARGS)

setup: system-deps deps assets migrate

# Debian packages the app uses, installed only when missing (and when apt-get can run; otherwise the
# set-up says what to install): libreoffice-writer-nogui (about 263 MB) turns every paper's Word file
# (the default template's or an organisation's own) into its PDF; tesseract-ocr reads scanned PDFs.
SYSTEM_PACKAGES := soffice:libreoffice-writer-nogui tesseract:tesseract-ocr
system-deps:
	@missing=""; for pair in $(SYSTEM_PACKAGES); do \
	  command -v "$${pair%%:*}" >/dev/null 2>&1 || missing="$$missing $${pair#*:}"; done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing >/dev/null \
	    || echo "Could not install$$missing: papers fall back to WeasyPrint for PDF and scanned PDFs are refused."; \
	  else echo "Install$$missing (Debian) for PDFs that follow the Word template and for scanned PDFs."; fi; fi

deps: $(VENV)/.installed node_modules/.installed

$(VENV)/.installed: requirements.lock pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PIP) install -q --upgrade pip
	$(PIP) install -q -r requirements.lock
	$(PIP) install -q --no-deps -e .
	touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

assets: deps $(STAMPS)/assets

$(STAMPS)/assets: $(VENV)/.installed node_modules/.installed $(ASSET_INPUTS)
	node frontend/build.mjs
	$(MANAGE) collectstatic --noinput -v 0
	@mkdir -p $(STAMPS) && touch $@

# A fresh SQLite file (or another DATABASE_URL) is migrated and loaded again.
migrate: deps
	@if [ -z "$$DATABASE_URL" ] && [ ! -f var/oversight.sqlite3 ]; then rm -f $(STAMPS)/migrated-* $(STAMPS)/demo-*; fi
	@$(MAKE) --no-print-directory $(STAMPS)/migrated-$(DB_KEY)

$(STAMPS)/migrated-$(DB_KEY): $(VENV)/.installed $(MIGRATIONS)
	$(MANAGE) migrate --noinput -v 0
	$(MANAGE) createcachetable
	@mkdir -p $(STAMPS) && touch $@

demo: migrate
	@$(MAKE) --no-print-directory $(STAMPS)/demo-$(DB_KEY)

$(STAMPS)/demo-$(DB_KEY): $(STAMPS)/migrated-$(DB_KEY) $(DEMO_INPUTS)
	$(PY) -m oversight.cli demo
	@mkdir -p $(STAMPS) && touch $@

lint: deps
	$(VENV)/bin/ruff check oversight tests bench

bench: setup
	for f in bench/*.py; do echo "== $$f"; $(PY) $$f; done

clean:
	rm -rf $(VENV) node_modules var
