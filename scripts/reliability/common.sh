# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 ISF Desk maintainers
# Sourced by the reliability scripts: the isf binary, a work folder, counters.
set -euo pipefail
ISF=${ISF:?set ISF to the isf binary}
WORK=${WORK:-$(mktemp -d /tmp/isf-reliability.XXXXXX)}
mkdir -p "$WORK"
export ISF_USER=reliability TZ=Europe/London LC_ALL=C.UTF-8 QT_QPA_PLATFORM=offscreen
export ISF_NOW=${ISF_NOW:-2026-11-28T12:00:00}
export ASAN_OPTIONS=detect_leaks=0 QT_LOGGING_RULES='*.warning=false'
passed=0
failed=0
ok() { passed=$((passed + 1)); }
bad() { failed=$((failed + 1)); echo "FAIL: $*"; }
# Rows in a table, read with SQLite's own tool (read-only, so nothing is changed).
rows() { sqlite3 -readonly "$1" "SELECT count(*) FROM $2"; }
sha() { sha256sum "$1" | cut -d' ' -f1; }
verified() { "$ISF" verify "$1" >/dev/null 2>&1; }
# A random delay from 0 to $1 milliseconds, in seconds for sleep.
random_delay() { awk -v max="$1" -v r="$RANDOM" 'BEGIN { printf "%.3f", (r % (max + 1)) / 1000 }'; }
# Milliseconds a command takes.
duration_ms() {
  local t0 t1
  t0=$(date +%s%N)
  "$@" >/dev/null 2>&1 || true
  t1=$(date +%s%N)
  echo $(((t1 - t0) / 1000000))
}
summary() { echo "$1: $passed passed, $failed failed"; }
