#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 ISF Desk maintainers
# The reliability suite (issue 11): kill -9 at random moments against import, post,
# generate, audit-pack, export and backup (54 trials); 8 concurrent writers x 100 posts
# with an import and readers; the bad-file corpus with exact messages and unchanged
# SHA-256; then each libFuzzer target for a fixed short time (scripts/fuzz.sh runs them
# longer). Uses the ASan build of step 30 when it is there, so memory errors under a kill
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
t1=$SECONDS
bash scripts/fuzz.sh "${ISF_FUZZ_SECONDS:-15}" || status=1
echo "reliability: fuzzing took $((SECONDS - t1)) s"
exit $status
