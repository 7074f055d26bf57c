#!/usr/bin/env bash
# Every check and test: formatting and lints, the Rust tests, then pytest
# against the installed release wheel.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --with-tests

echo "== lints"
cargo fmt --check
cargo clippy --all-targets -- -D warnings
cargo clippy --all-targets --features python -- -D warnings
.venv/bin/ruff check python tests examples scripts benches docs

echo "== docs (warnings are errors)"
rm -rf docs/_build
.venv/bin/python -m sphinx -W -q -b html docs docs/_build

echo "== cargo test"
cargo test

echo "== pytest (installed wheel)"
# Run from tests/ so that nothing from the source tree shadows the installed package.
cd tests
exec ../.venv/bin/python -m pytest -p no:cacheprovider -q "$@"
