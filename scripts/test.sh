#!/usr/bin/env bash
# Installs what is missing, builds everything with AddressSanitizer and
# UndefinedBehaviorSanitizer (warnings are errors), and runs every test. Also builds
# core and its tests without any GUI library, which proves core never needs one,
# and checks that the code is clang-formatted. This is what CI runs.
set -euo pipefail
cd "$(dirname "$0")/.."
jobs=$(nproc 2>/dev/null || echo 2)

bash scripts/install-deps.sh

echo "== clang-format check"
mapfile -t sources < <(git ls-files '*.cpp' '*.h' 2>/dev/null || find core reports ui app tests bench -name '*.cpp' -o -name '*.h')
clang-format --dry-run --Werror "${sources[@]}"

echo "== core without the GUI (ISF_BUILD_GUI=OFF)"
cmake -S . -B build-ci-core -G Ninja -DCMAKE_BUILD_TYPE=Debug -DISF_BUILD_GUI=OFF >/dev/null
cmake --build build-ci-core -j "$jobs"
(cd build-ci-core && ctest --output-on-failure -j "$jobs" -R '^core_')

echo "== everything with ASan + UBSan"
cmake -S . -B build-ci -G Ninja -DCMAKE_BUILD_TYPE=Debug -DISF_SANITIZE=ON >/dev/null
cmake --build build-ci -j "$jobs"
export ASAN_OPTIONS=detect_leaks=0:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
(cd build-ci && ctest --output-on-failure -j "$jobs" --timeout 900)
