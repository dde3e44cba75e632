#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 ISF Desk maintainers
# kill -9 at random moments against import, post, generate, audit-pack, export and
# backup. After each kill: the provider file verifies, and what was being written is all
# there or not there at all; no personal data is left in working files.
#   ISF=build/app/cli/isf scripts/reliability/kill-loops.sh [TRIALS_PER_OPERATION]
source "$(dirname "$0")/common.sh"
per=${1:-9}
cd "$WORK"
"$ISF" generate base.isf --people 25 --years 2 >/dev/null
"$ISF" backup base.isf >/dev/null 2>&1 || true
rm -rf base.isf.backups
council=$(sqlite3 -readonly base.isf "SELECT name FROM councils c WHERE EXISTS (SELECT 1 FROM people p WHERE p.council_id = c.id) ORDER BY id LIMIT 1")
# An import of 3,000 new contributions for the people in the file.
mapfile -t refs < <(sqlite3 -readonly base.isf "SELECT ref FROM people ORDER BY id")
{
  echo "person_ref,date,type,amount,category,supplier,reference,description,hours,rate"
  for i in $(seq 1 3000); do
    echo "${refs[$((i % ${#refs[@]}))]},2026-11-2$((i % 7 + 1)),contribution,1.$((i % 90 + 10)),,,KILL-$i,Kill test,,"
  done
} >import.csv
base_txns=$(rows base.isf transactions)

trial_import() {
  cp base.isf t.isf
  local pid
  "$ISF" import t.isf transactions import.csv >/dev/null 2>&1 &
  pid=$!
  sleep "$(random_delay "$1")"
  kill -9 "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  local n
  n=$(rows t.isf transactions)
  if ! verified t.isf; then bad "import: file does not verify after kill"; return; fi
  if [ "$n" -ne "$base_txns" ] && [ "$n" -ne $((base_txns + 3000)) ]; then
    bad "import: $n transactions after kill (expected $base_txns or $((base_txns + 3000)))"; return
  fi
  ok
}

trial_post() {
  cp base.isf t.isf
  local pid
  "$ISF" post t.isf --person "${refs[0]}" --date 2026-11-27 --type contribution --amount 9.99 >/dev/null 2>&1 &
  pid=$!
  sleep "$(random_delay "$1")"
  kill -9 "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  local n
  n=$(rows t.isf transactions)
  if ! verified t.isf; then bad "post: file does not verify after kill"; return; fi
  if [ "$n" -ne "$base_txns" ] && [ "$n" -ne $((base_txns + 1)) ]; then bad "post: $n transactions"; return; fi
  ok
}

trial_generate() {
  rm -f g.isf g.isf-wal g.isf-shm
  local pid
  "$ISF" generate g.isf --people 25 --years 2 >/dev/null 2>&1 &
  pid=$!
  sleep "$(random_delay "$1")"
  kill -9 "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  if [ -e g.isf ]; then
    if ! verified g.isf || [ "$(rows g.isf people)" -ne 25 ]; then bad "generate: a file that is not complete"; return; fi
  fi
  # A killed run never blocks the next one, and its leftovers go.
  rm -f g.isf
  if ! "$ISF" generate g.isf --people 2 --years 1 >/dev/null 2>&1; then bad "generate: re-run refused"; return; fi
  if compgen -G ".g.isf.generating-*" >/dev/null; then bad "generate: temporary file left behind"; return; fi
  ok
}

trial_pack() {
  local pid password=()
  rm -f p.zip
  if [ $((RANDOM % 2)) -eq 0 ]; then echo "correct horse battery" >pw.txt; password=(--password-file pw.txt); fi
  "$ISF" audit-pack base.isf --council "$council" --year 2025 --out p.zip "${password[@]}" >/dev/null 2>&1 &
  pid=$!
  sleep "$(random_delay "$1")"
  kill -9 "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  if [ -e p.zip ] && ! "$ISF" verify-pack p.zip "${password[@]}" >/dev/null 2>&1; then bad "audit-pack: incomplete pack"; return; fi
  if ! verified base.isf; then bad "audit-pack: provider file damaged"; return; fi
  # The next run clears what the killed one left (plaintext ledgers), then finishes.
  "$ISF" audit-pack base.isf --council "$council" --year 2025 --out p2.zip >/dev/null 2>&1 || { bad "audit-pack: re-run failed"; return; }
  if compgen -G ".isf-pack-*" >/dev/null || compgen -G ".p.zip.tmp-*" >/dev/null; then bad "audit-pack: staging left after the next run"; return; fi
  rm -f p2.zip
  ok
}

trial_export() {
  local pid
  echo "old" >e.csv
  "$ISF" export base.isf transactions --output e.csv >/dev/null 2>&1 &
  pid=$!
  sleep "$(random_delay "$1")"
  kill -9 "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  if [ "$(cat e.csv)" != "old" ] && [ "$(($(wc -l <e.csv) - 1))" -lt "$base_txns" ]; then
    bad "export: a part-written export ($(wc -l <e.csv) lines)"; return
  fi
  ok
}

trial_backup() {
  local pid
  rm -f b.isf
  "$ISF" backup base.isf --out b.isf >/dev/null 2>&1 &
  pid=$!
  sleep "$(random_delay "$1")"
  kill -9 "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  if [ -e b.isf ] && ! verified b.isf; then bad "backup: an unverifiable backup"; return; fi
  if ! verified base.isf; then bad "backup: provider file damaged"; return; fi
  ok
}

for op in import post generate pack export backup; do
  # Kill anywhere from the start to a little past a full run's length.
  case $op in
    import) ms=$(duration_ms bash -c "cp base.isf m.isf && '$ISF' import m.isf transactions import.csv") ;;
    post) ms=$(duration_ms bash -c "cp base.isf m.isf && '$ISF' post m.isf --person '${refs[0]}' --date 2026-11-27 --type contribution --amount 1") ;;
    generate) ms=$(duration_ms bash -c "rm -f m.isf; '$ISF' generate m.isf --people 25 --years 2") ;;
    pack) ms=$(duration_ms "$ISF" audit-pack base.isf --council "$council" --year 2025 --out m.zip) ;;
    export) ms=$(duration_ms "$ISF" export base.isf transactions --output m.csv) ;;
    backup) ms=$(duration_ms bash -c "rm -f m.isf; '$ISF' backup base.isf --out m.isf") ;;
  esac
  before=$failed
  for _ in $(seq 1 "$per"); do "trial_$op" $((ms * 11 / 10)); done
  echo "kill -9 $op: $per trials (a full run takes $ms ms), $((failed - before)) failed"
done
summary "kill-loops ($((per * 6)) trials)"
rm -rf "$WORK"
[ "$failed" -eq 0 ]
