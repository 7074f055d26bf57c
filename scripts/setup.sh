#!/usr/bin/env bash
# Set up from a fresh clone with only Rust and Python present: a virtual
# environment in .venv with the build and test tools, then build the release
# wheel and install it, so what runs afterwards is the package as users get it.
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
    "$PYTHON" -m venv .venv
fi
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet "maturin>=1.9.4,<2" -r tests/requirements.txt

rm -rf target/wheels
.venv/bin/maturin build --release --out target/wheels
.venv/bin/python -m pip install --quiet --force-reinstall --no-deps target/wheels/tidbcloud-*.whl
