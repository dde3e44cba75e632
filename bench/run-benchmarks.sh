#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 ISF Desk maintainers
# The benchmarks of issue 2, on a file from `isf generate --people 1000 --years 5`.
#
#   bench/run-benchmarks.sh [WORK_DIR]
#
# Builds a Release build of its own (BUILD_DIR, default build-bench; GUI parts off),
# generates the file, times the isf commands with /usr/bin/time -v (wall time,
# processor time and peak memory), then runs bench_io for the in-process timings and the
# import rate. Targets: generate < 20 s; balances for everyone at a date < 0.2 s; one
# person's ledger < 0.05 s; opening the file < 0.2 s; import >= 100,000 rows/s; peak
# memory < 300 MB. hyperfine is used for the short commands when it is installed.
# Timings depend on the machine and on what else it is doing: on a shared machine read
# the processor (user + sys) times as well as the wall times.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
build="${BUILD_DIR:-$root/build-bench}"
work="${1:-$build/bench-data}"
jobs="${JOBS:-2}"
people="${PEOPLE:-1000}"
years="${YEARS:-5}"
export ISF_NOW="${ISF_NOW:-2026-11-28}" ISF_USER="${ISF_USER:-bench}" TZ=Europe/London LC_ALL=C.UTF-8

echo "== Release build in $build"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DISF_BUILD_GUI=OFF \
  -DISF_BUILD_TESTS=ON >/dev/null
cmake --build "$build" -j "$jobs" --target isf bench_io >/dev/null
isf="$build/app/cli/isf"
mkdir -p "$work"
cd "$work"
rm -f big.isf big.isf-wal big.isf-shm bench-import.isf*

# Runs a command under /usr/bin/time -v and prints one line: wall, cpu, peak memory.
timed() {
  local label="$1" target="$2"
  shift 2
  local log
  log=$(mktemp)
  /usr/bin/time -v "$@" >/dev/null 2>"$log" || { cat "$log"; rm -f "$log"; return 1; }
  awk -v label="$label" -v target="$target" '
    /Elapsed \(wall clock\)/ { n = split($NF, p, ":"); wall = (n == 3 ? p[1] * 3600 + p[2] * 60 + p[3] : p[1] * 60 + p[2]) }
    /User time/ { user = $NF } /System time/ { sys = $NF }
    /Maximum resident set size/ { rss = $NF / 1024 }
    END { printf "%-44s %8.3f s  (cpu %6.2f s)  peak %6.1f MB  target %s  %s\n", label, wall, user + sys, rss, target,
          (wall < target + 0 ? "ok" : "MISSED") }' "$log"
  rm -f "$log"
}

echo "== Timings (ISF_NOW=$ISF_NOW)"
timed "isf generate --people $people --years $years" 20 \
  "$isf" generate big.isf --people "$people" --years "$years" --seed 1
"$isf" verify big.isf | sed -n 3p
for date in 2022-03-31 2024-06-15 2025-12-31 2026-11-28; do
  timed "isf balances --as-of $date" 0.2 "$isf" balances big.isf --as-of "$date"
done
timed "isf ledger P0500" 0.05 "$isf" ledger big.isf P0500
# Opening the file: a command that opens it and reads almost nothing.
timed "open the file (isf ledger, a day with no entries)" 0.2 \
  "$isf" ledger big.isf P0500 --from 1990-01-01 --to 1990-01-01
if command -v hyperfine >/dev/null; then
  hyperfine --warmup 2 --runs 10 \
    "$isf balances big.isf --as-of 2026-11-28" "$isf ledger big.isf P0500" \
    "$isf ledger big.isf P0500 --from 1990-01-01 --to 1990-01-01"
fi

echo "== Import: export the generated file, import it into a new one"
mkdir -p export
for kind in councils suppliers people agreements transactions; do
  "$isf" export big.isf "$kind" -o "export/$kind.csv" >/dev/null
done
echo "transactions.csv: $(($(wc -l <export/transactions.csv) - 1)) rows, $(du -h export/transactions.csv | cut -f1)"
rm -f import.isf import.isf-wal import.isf-shm
"$isf" init import.isf --provider-name "Import benchmark" >/dev/null
for kind in councils suppliers people agreements; do
  "$isf" import import.isf "$kind" "export/$kind.csv" >/dev/null
done
rows=$(($(wc -l <export/transactions.csv) - 1))
start=$(date +%s.%N)
timed "isf import transactions ($rows rows)" 60 "$isf" import import.isf transactions export/transactions.csv
end=$(date +%s.%N)
awk -v rows="$rows" -v s="$start" -v e="$end" \
  'BEGIN { r = rows / (e - s); printf "import rate: %d rows/s  target >= 100000  %s\n", r, (r >= 100000 ? "ok" : "MISSED") }'
for date in 2023-06-30 2026-11-28; do
  if [ "$("$isf" balances big.isf --as-of "$date" --format csv)" = "$("$isf" balances import.isf --as-of "$date" --format csv)" ]; then
    echo "balances after the round trip, $date: the same"
  else
    echo "balances after the round trip, $date: DIFFERENT"
  fi
done

echo "== In-process timings (bench_io)"
"$build/bench/bench_io" big.isf P0500 export
