#!/usr/bin/env bash
# Set up from a fresh clone with only Rust and Python present: a virtual
# environment in .venv with the build tool, then build the release wheel and
# install it, so what runs afterwards is the package as users get it.
# `--with-tests` also installs what the test command needs (tests/requirements.txt).
set -euo pipefail
cd "$(dirname "$0")/.."

say() { echo "== $*" >&2; }

PYTHON=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
    say "creating .venv with $PYTHON"
    "$PYTHON" -m venv .venv
fi
say "installing the build tool (maturin)"
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet "maturin>=1.9.4,<2"
if [ "${1:-}" = "--with-tests" ]; then
    say "installing the test tools (tests/requirements.txt)"
    .venv/bin/python -m pip install --quiet -r tests/requirements.txt
fi

say "building the release wheel (the first build compiles the Rust core: a few minutes)"
rm -rf target/wheels
.venv/bin/maturin build --release --out target/wheels
say "installing the wheel"
.venv/bin/python -m pip install --quiet --force-reinstall --no-deps target/wheels/tidbcloud-*.whl
