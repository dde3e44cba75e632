# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 ISF Desk maintainers
# Sourced by scripts/test.sh and every step in scripts/ci/: what the steps share.
jobs=$(nproc 2>/dev/null || echo 2)
# ccache (when present) keyed on paths relative to the checkout, so a fresh clone in
# another folder reuses earlier compiles; it only saves time, never changes a result.
launcher=()
if command -v ccache >/dev/null; then
  export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=1
  launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache)
fi
export ASAN_OPTIONS=detect_leaks=0:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
