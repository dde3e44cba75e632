#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 ISF Desk maintainers
# Every C++ file is clang-formatted.
set -euo pipefail
mapfile -t sources < <(git ls-files '*.cpp' '*.h' 2>/dev/null || find core reports ui app tests bench -name '*.cpp' -o -name '*.h')
clang-format --dry-run --Werror "${sources[@]}"
# Every source, build and script file carries its SPDX licence header.
bash scripts/spdx.sh
