#!/usr/bin/env bash
# The main job: build and install the package, then run the quickstart against
# the embedded mock server.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
echo "== running examples/quickstart.py against the embedded mock server" >&2
exec .venv/bin/python examples/quickstart.py "$@"
