#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 ISF Desk maintainers
# Core and its tests build and pass without any GUI library (ISF_BUILD_GUI=OFF).
set -euo pipefail
source scripts/ci/lib.sh
cmake -S . -B build-ci-core -G Ninja -DCMAKE_BUILD_TYPE=Debug -DISF_BUILD_GUI=OFF "${launcher[@]}" >/dev/null
cmake --build build-ci-core -j "$jobs"
(cd build-ci-core && ctest --output-on-failure -j "$jobs" -R '^core_')
