#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 ISF Desk maintainers
# The reliability suite (issue 11): kill -9 at random moments against import, post,
# generate, audit-pack, export and backup (54 trials); 8 concurrent writers x 100 posts
# with an import and readers; the bad-file corpus with exact messages and unchanged
# SHA-256. (Fuzzing: see below.) Uses the ASan build of step 30 when it is there, so memory errors under a kill
# or a race show too. Bounded to a few minutes on 2 cores.
set -euo pipefail
source scripts/ci/lib.sh
build=${ISF_RELIABILITY_BUILD:-build-ci}
if [ ! -x "$build/app/cli/isf" ]; then
  cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DISF_SANITIZE=ON "${launcher[@]}" >/dev/null
  cmake --build "$build" -j "$jobs" --target isf
fi
export ISF="$PWD/$build/app/cli/isf"
status=0
t0=$SECONDS
bash scripts/reliability/bad-files.sh || status=1
bash scripts/reliability/kill-loops.sh "${ISF_KILL_TRIALS:-9}" || status=1
bash scripts/reliability/concurrency.sh "${ISF_CONCURRENT_POSTS:-100}" || status=1
echo "reliability: kill, concurrency and bad-file checks took $((SECONDS - t0)) s"
# Fuzzing is not in CI yet: on its first run (3 s a target) the fuzzers found an
# overflow in Hours::parse (fixed; its input is in fuzz/regressions/money/) and a CSV
# file that the chunked reader of big imports reads differently from the whole-file
# reader (open; fuzz/regressions/csv/). Until that is fixed, `scripts/fuzz.sh` fails on
# its regression, as it should; run it by hand. ISF_FUZZ_SECONDS=N runs it here too.
if [ -n "${ISF_FUZZ_SECONDS:-}" ]; then
  t1=$SECONDS
  bash scripts/fuzz.sh "$ISF_FUZZ_SECONDS" || status=1
  echo "reliability: fuzzing took $((SECONDS - t1)) s"
fi
exit $status
