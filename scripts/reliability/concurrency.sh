#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 ISF Desk maintainers
# Concurrent writers and readers against one file: 8 writers x 100 posts, an import of
# 2,000 rows and readers all at once. Nothing may be lost or doubled, and the file verifies.
#   ISF=build/app/cli/isf scripts/reliability/concurrency.sh [POSTS_PER_WRITER]
source "$(dirname "$0")/common.sh"
posts=${1:-100}
writers=8
cd "$WORK"
"$ISF" generate c.isf --people 10 --years 1 >/dev/null
mapfile -t refs < <(sqlite3 -readonly c.isf "SELECT ref FROM people ORDER BY id")
{
  echo "person_ref,date,type,amount,category,supplier,reference,description,hours,rate"
  for i in $(seq 1 2000); do echo "${refs[$((i % ${#refs[@]}))]},2026-11-20,contribution,2.00,,,CONC-$i,Import,,"; done
} >import.csv
before=$(rows c.isf transactions)
before_balance=$(sqlite3 -readonly c.isf "SELECT coalesce(sum(amount),0) FROM transactions WHERE kind = 'contribution'")
writer() {
  local w=$1 fails=0
  for i in $(seq 1 "$posts"); do
    "$ISF" post c.isf --person "${refs[$((w % ${#refs[@]}))]}" --date 2026-11-2$((i % 7 + 1)) \
      --type contribution --amount 0.01 --reference "W$w-$i" >/dev/null 2>>"writer-$w.err" || fails=$((fails + 1))
  done
  echo "$fails" >"writer-$w.fails"
}
reader() {
  while [ ! -e stop ]; do "$ISF" balances c.isf >/dev/null 2>>reader.err || echo x >>reader.fails; done
}
t0=$SECONDS
reader & r1=$!
reader & r2=$!
pids=()
for w in $(seq 1 $writers); do writer "$w" & pids+=($!); done
"$ISF" import c.isf transactions import.csv >/dev/null 2>import.err & imp=$!
import_status=0
wait "$imp" || import_status=$?
for p in "${pids[@]}"; do wait "$p"; done
touch stop
wait "$r1" "$r2" || true
after=$(rows c.isf transactions)
post_fails=$(cat writer-*.fails | paste -sd+ | bc)
reader_fails=$( [ -e reader.fails ] && wc -l <reader.fails || echo 0)
expected=$((before + writers * posts - post_fails + (import_status == 0 ? 2000 : 0)))
echo "concurrency: $writers writers x $posts posts ($post_fails refused), import exit $import_status, readers failed $reader_fails times, $((SECONDS - t0)) s"
[ "$post_fails" -eq 0 ] && ok || bad "$post_fails posts failed: $(sort -u writer-*.err | head -3)"
[ "$import_status" -eq 0 ] && ok || bad "the import failed: $(head -2 import.err)"
[ "$reader_fails" -eq 0 ] && ok || bad "readers failed: $(sort -u reader.err | head -3)"
[ "$after" -eq "$expected" ] && ok || bad "$after transactions, expected $expected (lost or doubled)"
dups=$(sqlite3 -readonly c.isf "SELECT count(*) FROM (SELECT reference FROM transactions WHERE reference LIKE 'W%-%' GROUP BY reference HAVING count(*) > 1)")
[ "$dups" -eq 0 ] && ok || bad "$dups posts doubled"
total=$(sqlite3 -readonly c.isf "SELECT coalesce(sum(amount),0) FROM transactions WHERE kind = 'contribution'")
want=$((before_balance + (writers * posts - post_fails) * 1 + (import_status == 0 ? 2000 * 200 : 0)))
[ "$total" -eq "$want" ] && ok || bad "contributions total $total pence, expected $want"
verified c.isf && ok || bad "the file does not verify"
summary concurrency
rm -rf "$WORK"
[ "$failed" -eq 0 ]
