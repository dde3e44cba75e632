#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 ISF Desk maintainers
# Everything with AddressSanitizer and UndefinedBehaviorSanitizer, warnings as errors,
# and every ctest.
set -euo pipefail
source scripts/ci/lib.sh
cmake -S . -B build-ci -G Ninja -DCMAKE_BUILD_TYPE=Debug -DISF_SANITIZE=ON "${launcher[@]}" >/dev/null
cmake --build build-ci -j "$jobs"
(cd build-ci && ctest --output-on-failure -j "$jobs" --timeout 900)
