#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 ISF Desk maintainers
# The bad-file corpus: every damaged, foreign, odd, read-only, locked, full or missing
# file of issue 11, made the way the fault makes it, opened with the CLI as a person
# would. Each case checks the exact message and that the file's SHA-256 is unchanged.
#   ISF=build/app/cli/isf scripts/reliability/bad-files.sh
source "$(dirname "$0")/common.sh"
chmod 0755 "$WORK"
cd "$WORK"
trap 'umount "$WORK/full" 2>/dev/null || true' EXIT
# Permission cases run as an unprivileged user when we are root (root ignores modes).
as_user=()
# That user gets a home of its own, as any officer has, for its settings and keys.
if [ "$(id -u)" -eq 0 ]; then
  mkdir -p "$WORK/nobody-home" && chown 65534:65534 "$WORK/nobody-home"
  as_user=(setpriv --reuid=65534 --regid=65534 --clear-groups
    env HOME="$WORK/nobody-home" XDG_CONFIG_HOME="$WORK/nobody-home/.config")
fi

# expect NAME FILE_TO_HASH "EXACT STDERR" COMMAND...
expect() {
  local name=$1 file=$2 want=$3
  shift 3
  local before="" got
  [ -n "$file" ] && [ -e "$file" ] && before=$(sha "$file")
  got=$("$@" 2>&1 >/dev/null) && { bad "$name: succeeded, expected: $want"; return; }
  if [ "$got" != "$want" ]; then bad "$name: said \"$got\", expected \"$want\""; return; fi
  if [ -n "$before" ] && [ "$(sha "$file")" != "$before" ]; then bad "$name: the file changed"; return; fi
  ok
}
fresh() { "$ISF" generate "$1" --people "${2:-3}" --years 1 >/dev/null; }

# Not ours.
printf 'hello, this is not a database\n' >notes.isf
expect "text file" notes.isf "isf balances: $PWD/notes.isf is not an ISF Desk provider file." "$ISF" balances "$PWD/notes.isf"
sqlite3 other.sqlite "CREATE TABLE x (a)"
expect "another program's SQLite" other.sqlite "isf balances: $PWD/other.sqlite is not an ISF Desk provider file." "$ISF" balances "$PWD/other.sqlite"
: >empty.isf
expect "empty file" empty.isf "isf balances: $PWD/empty.isf is empty (0 bytes): it is not an ISF Desk provider file. Nothing was written to it." "$ISF" balances "$PWD/empty.isf"
sqlite3 marked.isf "PRAGMA application_id = 1230194244; CREATE TABLE notes (body TEXT)"
expect "foreign SQLite with our application_id" marked.isf "isf balances: $PWD/marked.isf carries ISF Desk's mark but is not a complete ISF Desk provider file (it records no file format). It was not changed." "$ISF" balances "$PWD/marked.isf"
[ "$(sqlite3 -readonly marked.isf 'PRAGMA journal_mode')" = delete ] && ok || bad "foreign file was switched to WAL"
sqlite3 blank.isf "PRAGMA application_id = 1230194244"
expect "empty SQLite with our mark" blank.isf "isf balances: $PWD/blank.isf carries ISF Desk's mark but is not a complete ISF Desk provider file (it records no file format). It was not changed." "$ISF" balances "$PWD/blank.isf"

# Format marks.
fresh v4.isf
current=$(sqlite3 -readonly v4.isf "PRAGMA user_version")
sqlite3 v4.isf "PRAGMA user_version = 3"
expect "current file with user_version 3" v4.isf "isf balances: $PWD/v4.isf records two different file formats (3 in its header, $current inside): another program changed it, or it is damaged. It was not changed. Restore from a backup: no automatic backup was found in $PWD/v4.isf.backups." "$ISF" balances "$PWD/v4.isf"
fresh newer.isf
sqlite3 newer.isf "PRAGMA user_version = 99"
expect "newer version" newer.isf "isf balances: $PWD/newer.isf was written by a newer version of ISF Desk (file format 99; this version reads up to $current). Open it with the newer version." "$ISF" balances "$PWD/newer.isf"

# Damaged, with the latest backup named.
fresh damaged.isf 20
"$ISF" balances "$PWD/damaged.isf" >/dev/null # the first open of the day makes the daily backup
latest="$PWD/damaged.isf.backups/damaged-2026-11-28.isf"
[ -e "$latest" ] && ok || bad "no daily backup was made"
printf '\xff%.0s' $(seq 1 60) | dd of=damaged.isf bs=1 seek=100 conv=notrunc 2>/dev/null
expect "damaged file" damaged.isf "isf balances: $PWD/damaged.isf is damaged (its database structure is broken). Nothing was changed. Restore from a backup: the latest is $latest (isf restore \"$latest\" \"$PWD/damaged.isf\")." "$ISF" balances "$PWD/damaged.isf"
expect "restore without --force" damaged.isf "isf restore: $PWD/damaged.isf already exists; restoring would replace it. Give --force to replace it (it is kept in its backup folder first), or restore to a new name." "$ISF" restore "$latest" "$PWD/damaged.isf"
"$ISF" restore "$latest" "$PWD/damaged.isf" --force >/dev/null && verified damaged.isf && ok || bad "restore --force did not give a file that verifies"

fresh cut.isf 30
size=$(stat -c %s cut.isf)
truncate -s -4096 cut.isf
expect "missing its last 4 KiB" cut.isf "isf balances: $PWD/cut.isf is damaged (its database structure is broken). Nothing was changed. Restore from a backup: no automatic backup was found in $PWD/cut.isf.backups (it is $((size - 4096)) bytes long but its header says $size: the end of the file is missing)." "$ISF" balances "$PWD/cut.isf"

expect "missing file" "" "isf balances: $PWD/nope.isf does not exist." "$ISF" balances "$PWD/nope.isf"

# Read-only file and folder: reading works, writing names the reason.
mkdir -p ro && fresh ro/file.isf && chmod 0755 ro && chmod 0444 ro/file.isf && chown -R 65534 ro 2>/dev/null; chmod 0444 ro/file.isf
if "${as_user[@]}" "$ISF" balances "$PWD/ro/file.isf" >/dev/null 2>&1; then ok; else bad "read-only file: reading failed: $("${as_user[@]}" "$ISF" balances "$PWD/ro/file.isf" 2>&1 | head -2)"; fi
ref=$(sqlite3 -readonly ro/file.isf "SELECT ref FROM people LIMIT 1")
expect "read-only file" ro/file.isf "isf post: Could not post the entry: $PWD/ro/file.isf cannot be changed: the file $PWD/ro/file.isf is read-only for you. Reading still works; to make changes, ask for write access or copy the file to a folder of your own." "${as_user[@]}" "$ISF" post "$PWD/ro/file.isf" --person "$ref" --date 2026-11-27 --type contribution --amount 1
mkdir -p rodir && fresh rodir/file.isf
"$ISF" checkpoint "$PWD/rodir/file.isf" >/dev/null 2>&1 # the provider's key, made while writable
council=$(sqlite3 -readonly rodir/file.isf "SELECT name FROM councils c WHERE EXISTS (SELECT 1 FROM people p WHERE p.council_id = c.id) LIMIT 1")
chown -R 65534 rodir 2>/dev/null || true
chmod 0555 rodir
if "${as_user[@]}" "$ISF" balances "$PWD/rodir/file.isf" >/dev/null 2>&1; then ok; else bad "read-only folder: reading failed: $("${as_user[@]}" "$ISF" balances "$PWD/rodir/file.isf" 2>&1 | head -2)"; fi
expect "read-only folder" rodir/file.isf "isf post: Could not post the entry: $PWD/rodir/file.isf cannot be changed: the folder $PWD/rodir is read-only for you (SQLite needs to write its journal beside the file). Reading still works; to make changes, ask for write access or copy the file to a folder of your own." "${as_user[@]}" "$ISF" post "$PWD/rodir/file.isf" --person "$ref" --date 2026-11-27 --type contribution --amount 1
# An audit pack needs only to read the file; it is signed with the provider's key, which
# the officer making it holds (here: a copy of the key file made when the file was).
mkdir -p out && chown 65534 out 2>/dev/null || true
if [ "$(id -u)" -eq 0 ] && [ -d "${XDG_CONFIG_HOME:-$HOME/.config}/isf-desk/keys" ]; then
  mkdir -p "$WORK/nobody-home/.config/isf-desk"
  cp -r "${XDG_CONFIG_HOME:-$HOME/.config}/isf-desk/keys" "$WORK/nobody-home/.config/isf-desk/"
  chown -R 65534:65534 "$WORK/nobody-home"
fi
if "${as_user[@]}" "$ISF" audit-pack "$PWD/rodir/file.isf" --council "$council" --year 2025 --out "$PWD/out/pack.zip" >/dev/null 2>&1; then ok; else bad "audit-pack of a read-only file: $("${as_user[@]}" "$ISF" audit-pack "$PWD/rodir/file.isf" --council "$council" --year 2025 --out "$PWD/out/pack.zip" 2>&1 | tail -1)"; fi
chmod 0755 rodir

# Locked by another program (a writer holding SQLite's lock).
fresh locked.isf
ref=$(sqlite3 -readonly locked.isf "SELECT ref FROM people LIMIT 1")
"$ISF" balances "$PWD/locked.isf" >/dev/null
(echo "BEGIN EXCLUSIVE; SELECT 1;"; sleep 4; echo "ROLLBACK;") | sqlite3 locked.isf >/dev/null &
holder=$!
sleep 1
expect "locked" locked.isf "isf post: Could not start saving: $PWD/locked.isf is locked by another program or window that is writing to it. Try again when it has finished." env ISF_BUSY_TIMEOUT_MS=300 "$ISF" post "$PWD/locked.isf" --person "$ref" --date 2026-11-27 --type contribution --amount 1
wait "$holder" || true

# A full disk (a 3 MB filesystem; needs root to mount).
if [ "$(id -u)" -eq 0 ] && mkdir -p full && mount -t tmpfs -o size=3m tmpfs full 2>/dev/null; then
  fresh full/f.isf 5
  ref=$(sqlite3 -readonly full/f.isf "SELECT ref FROM people LIMIT 1")
  "$ISF" balances "$PWD/full/f.isf" >/dev/null 2>&1 || true
  rm -rf full/f.isf.backups
  head -c $(( $(df --output=avail -B1 full | tail -1) - 8192 )) /dev/zero >full/filler 2>/dev/null || true
  got=""
  for i in $(seq 1 200); do
    got=$("$ISF" post "$PWD/full/f.isf" --person "$ref" --date 2026-11-27 --type contribution --amount 1 --description "$(head -c 3000 /dev/zero | tr '\0' x)" 2>&1 >/dev/null) || break
    got=""
  done
  rm -f full/filler
  case "$got" in
    *"the disk holding $PWD/full/f.isf is full. Nothing was changed; free some space and try again.") ok ;;
    *) bad "disk full: said \"$got\"" ;;
  esac
  verified full/f.isf && ok || bad "disk full: the file does not verify afterwards"
  umount full
else
  echo "disk full: skipped (needs root to mount a small tmpfs); the core test covers it with max_page_count"
fi

# Bad CSV input: exact line and column, and the provider file unchanged.
fresh csv.isf
ref=$(sqlite3 -readonly csv.isf "SELECT ref FROM people LIMIT 1")
printf 'person_ref,date,type,amount,category,supplier,reference,description,hours,rate\n%s,2026-11-02,council_payment,2897.12,,,RA-1,Payment,,\n%s,2026-11-16,council_payment,28' "$ref" "$ref" >cut.csv
expect "CSV cut off mid-row" csv.isf "isf import: cut.csv:3: the last line has no line end and only 4 of the header's 10 fields: the file looks cut off. Export it again
Nothing was imported." "$ISF" import csv.isf transactions cut.csv
printf 'person_ref,date,type,amount,category,supplier,reference,description,hours,rate\n%s,2026-11-02,contribution,1.00\n' "$ref" >short.csv
expect "CSV short row" csv.isf "isf import: short.csv:2: row has 4 fields but the header has 10
Nothing was imported." "$ISF" import csv.isf transactions short.csv
{ printf 'person_ref,date,type,amount,category,supplier,reference,description,hours,rate\n%s,2026-11-02,contribution,1.00,,,,bad' "$ref"; printf '\0'; printf 'x,,\n'; } >nul.csv
expect "CSV NUL byte" csv.isf "isf import: nul.csv:2: column 8 (description) holds a NUL byte (0x00); this is not a text CSV file, or it is damaged
Nothing was imported." "$ISF" import csv.isf transactions nul.csv
{ printf 'person_ref,date,type,amount,category,supplier,reference,description,hours,rate\n%s,2026-11-02,contribution,1.00,,,,' "$ref"; head -c 4194304 /dev/zero | tr '\0' a; printf ',,\n'; } >big.csv
expect "CSV 4 MB cell" csv.isf "isf import: big.csv:2: column 8 (description) holds 4194304 characters; a field may hold at most 10000
Nothing was imported." "$ISF" import csv.isf transactions big.csv

# An expense no agreement covers, or far in the future, needs --confirm.
fresh exp.isf
ref=$(sqlite3 -readonly exp.isf "SELECT ref FROM people ORDER BY id LIMIT 1")
start=$(sqlite3 -readonly exp.isf "SELECT min(a.start_date) FROM agreements a JOIN people p ON p.id = a.person_id WHERE p.ref = '$ref' AND a.status <> 'draft'")
expect "expense before the agreement" exp.isf "isf post: --date: 1900-01-01 is before the person's agreement starts ($start).
isf post: nothing was posted; check the entry, or give --confirm to post it as it is." "$ISF" post exp.isf --person "$ref" --date 1900-01-01 --type expense --amount 5 --category Equipment
expect "expense in 2200" exp.isf "isf post: --date: 2200-12-31 is more than a year after today (2026-11-28).
isf post: nothing was posted; check the entry, or give --confirm to post it as it is." "$ISF" post exp.isf --person "$ref" --date 2200-12-31 --type expense --amount 5 --category Equipment
expect "a date outside 1900-2200" exp.isf "isf post: --date: \"1899-12-31\" is outside the dates ISF Desk accepts (1900 to 2200)" "$ISF" post exp.isf --person "$ref" --date 1899-12-31 --type expense --amount 5 --category Equipment
before=$(rows exp.isf transactions)
"$ISF" post exp.isf --person "$ref" --date 1900-01-01 --type expense --amount 5 --category Equipment --confirm >/dev/null && [ "$(rows exp.isf transactions)" -eq $((before + 1)) ] && ok || bad "--confirm did not post the expense"

# Help names the command, not the binary's path.
"$ISF" post --help | head -1 | grep -qx 'Usage: isf post \[options\] FILE' && ok || bad "post --help: $("$ISF" post --help | head -1)"

# Private files whatever the umask.
(umask 000; "$ISF" generate priv.isf --people 2 --years 1 >/dev/null; "$ISF" export priv.isf people --output priv.csv >/dev/null; "$ISF" backup priv.isf --out priv-backup.isf >/dev/null; "$ISF" balances priv.isf >/dev/null)
for f in priv.isf priv.csv priv-backup.isf priv.isf.backups/*.isf; do
  [ "$(stat -c %a "$f")" = 600 ] && ok || bad "$f is $(stat -c %a "$f"), not 600"
done

summary bad-files
rm -rf "$WORK"
[ "$failed" -eq 0 ]
