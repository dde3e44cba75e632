#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 ISF Desk maintainers
# The DEB and RPM: built, linted, installed into a clean Debian 12 root and used there
# (installer/check-linux-packages.sh). Reuses the Release build of an earlier step.
set -euo pipefail
exec bash installer/check-linux-packages.sh build-ci-release
