#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 ISF Desk maintainers
# Builds the libFuzzer targets (clang, ASan + UBSan, core only) in build-fuzz and runs
# each for SECONDS (default 300): the CSV reader, money, dates and every import kind.
# Seeds come from fuzz/corpus/<target>/ (committed); what a run learns stays in
# build-fuzz/corpus/. Every input that ever crashed lives in fuzz/regressions/<target>/
# and is replayed first. A crash stops with its input saved in build-fuzz/artifacts/:
# add it to fuzz/regressions/<target>/ once fixed.
#   scripts/fuzz.sh [SECONDS] [TARGET...]     e.g. scripts/fuzz.sh 20 csv money
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-300}
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  targets=(csv money dates import-councils import-people import-suppliers import-agreements
    import-transactions import-hours import-remittances)
fi
launcher=()
if command -v ccache >/dev/null; then
  export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=1
  launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache)
fi
CC=clang CXX=clang++ cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DISF_FUZZ=ON "${launcher[@]}" >/dev/null
cmake --build build-fuzz -j "$(nproc)" --target fuzz_csv fuzz_money fuzz_dates fuzz_import >/dev/null
export ASAN_OPTIONS=detect_leaks=0:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
export QT_LOGGING_RULES='*.warning=false' TZ=Europe/London LC_ALL=C.UTF-8
mkdir -p build-fuzz/artifacts
total_runs=0
failed=0
for t in "${targets[@]}"; do
  binary=build-fuzz/fuzz/fuzz_${t%%-*}
  kind=""
  [[ $t == import-* ]] && kind=${t#import-}
  work=build-fuzz/corpus/$t
  mkdir -p "$work"
  cp -n fuzz/corpus/"$t"/* "$work"/ 2>/dev/null || true
  # Regressions first: each once.
  if compgen -G "fuzz/regressions/$t/*" >/dev/null; then
    if ! ISF_FUZZ_KIND=$kind "$binary" fuzz/regressions/"$t"/* >build-fuzz/$t.regressions.log 2>&1; then
      echo "fuzz $t: a regression input fails again (build-fuzz/$t.regressions.log)"
      failed=$((failed + 1))
      continue
    fi
  fi
  log=build-fuzz/$t.log
  if ISF_FUZZ_KIND=$kind "$binary" -max_total_time="$seconds" -max_len=8192 -timeout=20 \
      -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix=build-fuzz/artifacts/"$t"- \
      "$work" >"$log" 2>&1; then
    status=ok
  else
    status=CRASH
    failed=$((failed + 1))
  fi
  runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1)
  runs=${runs:-0}
  total_runs=$((total_runs + runs))
  echo "fuzz $t: $status, $runs executions in ${seconds} s"
  if [ "$status" = CRASH ]; then grep -m5 -E 'ERROR|SUMMARY|Test unit written' "$log" || true; fi
done
echo "fuzz: ${#targets[@]} targets, $total_runs executions, $failed failed"
[ "$failed" -eq 0 ]
