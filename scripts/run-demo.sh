#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 ISF Desk maintainers
# Installs what is missing, builds ISF Desk (Release), makes a demo provider file on
# first use, and starts the desktop app on it. Extra arguments go to isfdesk.
set -euo pipefail
cd "$(dirname "$0")/.."
jobs=$(nproc 2>/dev/null || echo 2)

bash scripts/install-deps.sh
cmake -S . -B build-release -G Ninja -DCMAKE_BUILD_TYPE=Release -DISF_BUILD_TESTS=OFF >/dev/null
cmake --build build-release -j "$jobs" --target isf isfdesk

demo_dir="${XDG_DATA_HOME:-$HOME/.local/share}/ISF Desk"
demo="$demo_dir/demo-provider.isf"
if [ ! -f "$demo" ]; then
  mkdir -p "$demo_dir"
  echo "Making a demo provider file at $demo"
  build-release/app/cli/isf generate "$demo" --people 60 --years 3 --seed 1
fi
if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ] && [ "$(uname)" = Linux ]; then
  echo "No display found: starting under Xvfb (xvfb-run)." >&2
  exec xvfb-run -a build-release/app/desk/isfdesk "$demo" "$@"
fi
exec build-release/app/desk/isfdesk "$demo" "$@"
