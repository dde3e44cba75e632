#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 ISF Desk maintainers
# Installs what is missing, then runs each CI step in scripts/ci/ in order (NN-name.sh):
# the clang-format check, core without any GUI library, everything under ASan + UBSan
# with warnings as errors, and the further suites each step names. This is what CI runs.
# ISF_CI_ONLY=PATTERN runs just the steps whose name matches (for local use).
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh

start=$SECONDS
for step in scripts/ci/[0-9]*.sh; do
  name=$(basename "$step" .sh)
  if [ -n "${ISF_CI_ONLY:-}" ] && [[ ! $name =~ ${ISF_CI_ONLY} ]]; then continue; fi
  echo "== $name"
  t0=$SECONDS
  bash "$step"
  echo "== $name: done in $((SECONDS - t0)) s"
done
echo "== all steps passed in $((SECONDS - start)) s"
