# The two commands of the README: `make run` and `make test`.
# Both create their virtual environment when it is missing and install what they need.
# `make run` uses .venv-app with the application only: the test extras bring
# keyrings.alt, whose plaintext keyring the first-run wizard would otherwise find
# (and refuse); `make test` and `make lint` use .venv with the test extras added.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
# Shared libraries Qt needs to draw offscreen, fonts for ə ş ğ and Cyrillic, and the
# zone files (tzdata) by which a desk puts calls in months of its own time zone.
SYSTEM_PACKAGES := libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3 libglib2.0-0 fonts-dejavu-core tzdata
# For the tests only: PostgreSQL's server, which the tests of a centre (tests/server/)
# start themselves on loopback in a temporary folder. A workstation does not need it.
TEST_SYSTEM_PACKAGES := $(SYSTEM_PACKAGES) postgresql

.PHONY: run test system-deps test-system-deps lint bench screenshots translations clean

$(PY):
	$(PYTHON) -m venv $(VENV)

$(STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[test]"
	touch $(STAMP)

# The application alone (no test extras), for `make run`.
APP_VENV := .venv-app
APP_PY := $(APP_VENV)/bin/python
APP_STAMP := $(APP_VENV)/.installed

$(APP_PY):
	$(PYTHON) -m venv $(APP_VENV)

$(APP_STAMP): pyproject.toml | $(APP_PY)
	$(APP_PY) -m pip install --quiet --upgrade pip
	$(APP_PY) -m pip install --quiet -e .
	touch $(APP_STAMP)

system-deps:
	@sh scripts/system_deps.sh $(SYSTEM_PACKAGES)

test-system-deps:
	@sh scripts/system_deps.sh $(TEST_SYSTEM_PACKAGES)

run: system-deps $(APP_STAMP)
	@sh scripts/run.sh $(APP_PY) $(if $(DEMO),--demo,) $(ARGS)

test: test-system-deps $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q $(PYTEST_ARGS)

lint: $(STAMP)
	$(VENV)/bin/ruff check hotline tests bench
	$(VENV)/bin/ruff format --check hotline tests bench
	$(VENV)/bin/mypy
	$(VENV)/bin/lint-imports --no-logo --no-cache

bench: $(STAMP)
	@for b in bench/*.py; do echo "== $$b"; QT_QPA_PLATFORM=offscreen $(PY) $$b || exit 1; done

# The screenshots the GUI tests write to screenshots/ (every page of an operator's,
# a supervisor's and an administrator's, in az, ru and en), to look at.
screenshots: test-system-deps $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q tests/ui/test_screenshots.py \
		tests/ui/test_admin_screens.py tests/ui/test_import_page.py \
		tests/ui/test_findings_language.py -k "shot or screens or window_says"

translations: $(STAMP)
	$(PY) scripts/translations.py

clean:
	rm -rf $(VENV) $(APP_VENV) .pytest_cache .mypy_cache .ruff_cache screenshots

# Installable desk (issue 9): the icon's PNG sizes, the bundle, the .deb, the smoke test.
.PHONY: icons package package-test
icons: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) scripts/icons.py

# The packaging venv: the application's dependencies and PyInstaller, nothing of the tests.
PKG_VENV := build/package-venv
PKG_PY := $(PKG_VENV)/bin/python
PKG_STAMP := $(PKG_VENV)/.installed

$(PKG_STAMP): pyproject.toml
	$(PYTHON) -m venv $(PKG_VENV)
	$(PKG_PY) -m pip install --quiet --upgrade pip
	$(PKG_PY) -m pip install --quiet . "pyinstaller>=6.10,<7"
	touch $(PKG_STAMP)

# The Linux bundle and the .deb, with their sizes (installer/README.md).
package: $(PKG_STAMP)
	sh installer/linux/package.sh $(PKG_PY)

# Wheel in a fresh venv, then the bundle and the .deb installed with dpkg (installer/smoke_test.sh).
package-test:
	bash installer/smoke_test.sh
