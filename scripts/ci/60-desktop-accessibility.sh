#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 ISF Desk maintainers
# The desktop app driven through AT-SPI, as a screen reader would (tests/accessibility):
# under Xvfb with its own D-Bus session and accessibility bus. Builds isfdesk and isf
# only; about a minute once built.
set -euo pipefail
source scripts/ci/lib.sh
# The same Release build as the packaging step, which reuses it.
cmake -S . -B build-ci-release -G Ninja -DCMAKE_BUILD_TYPE=Release -DISF_BUILD_TESTS=OFF "${launcher[@]}" >/dev/null
cmake --build build-ci-release -j "$jobs" --target isfdesk isf
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
build-ci-release/app/cli/isf generate "$work/demo.isf" --people 20 --years 1 --seed 1 >/dev/null
export QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 QT_ACCESSIBILITY=1 NO_AT_BRIDGE=0
timeout 180 xvfb-run -a -s "-screen 0 1280x800x24" \
  dbus-run-session -- bash -c '
    /usr/libexec/at-spi-bus-launcher --launch-immediately &
    sleep 1
    /usr/bin/python3 tests/accessibility/smoke.py "$1" "$2"' _ \
  "$PWD/build-ci-release/app/desk/isfdesk" "$work/demo.isf"
