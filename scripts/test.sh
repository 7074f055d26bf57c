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
# One run, away from UTC and with a client setting exported, so that a test
# that reads the local calendar or the shell fails here rather than for part of
# someone's day. The machine and the Rust tests above are UTC, so this one run
# covers both sides; the zone is one on another date than UTC right now (UTC+14
# from 10:00 UTC, UTC-11 before). The live tests (tests/live) stay skipped: they
# run only with --live, whatever keys the shell holds.
if [ "$(date -u +%H)" -ge 10 ]; then zone=Pacific/Kiritimati; else zone=Pacific/Pago_Pago; fi
echo "TZ=$zone, TIDBCLOUD_BASE_URL exported"
# Run from tests/ so that nothing from the source tree shadows the installed package.
cd tests
TZ=$zone TIDBCLOUD_BASE_URL=http://127.0.0.1:9/v1beta1 \
    exec ../.venv/bin/python -m pytest -p no:cacheprovider -q "$@"
