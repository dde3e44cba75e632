#!/usr/bin/env bash
# Every C++ file is clang-formatted.
set -euo pipefail
mapfile -t sources < <(git ls-files '*.cpp' '*.h' 2>/dev/null || find core reports ui app tests bench -name '*.cpp' -o -name '*.h')
clang-format --dry-run --Werror "${sources[@]}"
