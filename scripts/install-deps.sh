#!/usr/bin/env bash
# Installs the system packages ISF Desk needs to build, run and test.
# Debian 12 / Ubuntu 22.04+ via apt. Idempotent: does nothing when all are present.
# macOS:   brew install cmake ninja qt@6 catch2 libzip libxlsxwriter poppler
# Windows: winget install Kitware.CMake; vcpkg install qtbase[sql-sqlite] catch2 libzip[default-aes] libxlsxwriter
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config
  qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libgl-dev
  catch2 libzip-dev libxlsxwriter-dev zlib1g-dev
  xvfb xauth poppler-utils qt6-qpa-plugins fonts-dejavu-core sqlite3 clang-format
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if ! command -v apt-get >/dev/null; then
  echo "install-deps: missing ${missing[*]}; install them with your package manager (see README)" >&2
  exit 1
fi
sudo_cmd=()
[ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
echo "install-deps: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
