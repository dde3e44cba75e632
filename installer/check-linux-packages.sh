#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 ISF Desk maintainers
# Builds the DEB and RPM, checks them the way a distribution would, then installs the DEB
# into a clean Debian 12 root and uses it there as a finance officer would:
#   - one version everywhere (CMakeLists.txt, CHANGELOG.md, AppStream metainfo, isf --version)
#   - lintian (no errors; every warning printed), appstreamcli and desktop-file-validate
#   - rpm -qlp lists the RPM
#   - `apt install ./isfdesk_*.deb` into a debootstrap root, then, as an ordinary user:
#     isf --version, isf init + isf verify, isfdesk --version/--help and
#     isfdesk --screenshots offscreen, from the installed paths
#   - an upgrade over the installed package keeps the user's settings, keys and files;
#     removing it (purge) leaves every provider file untouched
# Usage: installer/check-linux-packages.sh [BUILD_DIR]   (default build-ci-release)
# Needs root (debootstrap, chroot). The clean root is cached for a week in
# ISF_CHROOT_CACHE (default /var/cache/isfdesk-ci) to save ~2 minutes a run.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/ci/lib.sh
build=${1:-build-ci-release}
mirror=${ISF_DEBIAN_MIRROR:-http://deb.debian.org/debian}
cache=${ISF_CHROOT_CACHE:-/var/cache/isfdesk-ci}
step() { echo "-- $*"; }
fail() { echo "check-linux-packages: FAILED: $*" >&2; exit 1; }

step "build (Release) in $build"
if [ ! -f "$build/build.ninja" ]; then
  cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DISF_BUILD_TESTS=OFF "${launcher[@]}" >/dev/null
fi
cmake --build "$build" -j "$jobs" >/dev/null

step "one version everywhere"
version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build/CMakeCache.txt")
[ -n "$version" ] || fail "no CMAKE_PROJECT_VERSION in $build/CMakeCache.txt"
meta=resources/io.github.isfdesk.ISFDesk.metainfo.xml
meta_version=$(grep -o '<release version="[^"]*"' "$meta" | head -1 | cut -d'"' -f2)
log_version=$(grep -o '^## \[[^]]*\]' CHANGELOG.md | head -1 | tr -d '#[] ')
cli_version=$("$build/app/cli/isf" --version | awk '{print $2}')
echo "   CMakeLists $version, metainfo $meta_version, CHANGELOG $log_version, isf --version $cli_version"
[ "$meta_version" = "$version" ] || fail "metainfo's newest release is $meta_version, CMakeLists.txt says $version"
[ "$log_version" = "$version" ] || fail "CHANGELOG.md's newest entry is $log_version, CMakeLists.txt says $version"
[ "$cli_version" = "$version" ] || fail "isf --version says $cli_version, CMakeLists.txt says $version"

step "cpack DEB and RPM"
rm -f "$build"/isfdesk_*.deb "$build"/isfdesk-*.rpm
(cd "$build" && cpack -G "DEB;RPM" >/dev/null)
deb=$(ls "$build"/isfdesk_*.deb)
rpm_file=$(ls "$build"/isfdesk-*.rpm)
echo "   $(basename "$deb") $(du -h "$deb" | cut -f1), $(basename "$rpm_file") $(du -h "$rpm_file" | cut -f1)"

step "lintian"
# --fail-on error: an error fails the check; warnings are printed and explained in
# installer/README.md.
lintian --fail-on error --tag-display-limit 0 --suppress-tags-from-file installer/debian/lintian-suppressed "$deb" \
  || fail "lintian found errors in $(basename "$deb")"
echo "   lintian: no errors"

step "AppStream and the desktop entry"
appstreamcli validate --no-net "$meta"
desktop-file-validate resources/io.github.isfdesk.ISFDesk.desktop
echo "   desktop-file-validate: clean"

step "rpm -qlp"
rpm -qlp "$rpm_file" 2>/dev/null | tee /tmp/isf-rpm-list.txt | sed 's/^/   /'
for f in /usr/bin/isf /usr/bin/isfdesk /usr/share/applications/io.github.isfdesk.ISFDesk.desktop \
         /usr/share/metainfo/io.github.isfdesk.ISFDesk.metainfo.xml /usr/share/man/man1/isf.1.gz; do
  grep -qx "$f" /tmp/isf-rpm-list.txt || fail "the RPM does not hold $f"
done

step "a clean Debian 12 root"
root=$(mktemp -d /var/tmp/isf-pkgroot.XXXXXX)
cleanup() {
  for m in proc dev/pts dev; do mountpoint -q "$root/$m" && umount -l "$root/$m"; done
  rm -rf --one-file-system "$root"
}
trap cleanup EXIT
mkdir -p "$cache"
tarball="$cache/bookworm-minbase.tar"
if [ -f "$tarball" ] && [ -z "$(find "$tarball" -mtime +7)" ]; then
  tar -C "$root" -xf "$tarball"
else
  debootstrap --variant=minbase bookworm "$root" "$mirror" >/tmp/isf-debootstrap.log 2>&1 \
    || { tail -20 /tmp/isf-debootstrap.log; fail "debootstrap"; }
  tar -C "$root" -cf "$tarball.tmp" . && mv "$tarball.tmp" "$tarball"
fi
cat > "$root/etc/apt/sources.list" <<SOURCES
deb $mirror bookworm main
deb $mirror bookworm-updates main
deb ${mirror%/debian}/debian-security bookworm-security main
SOURCES
cp /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true
mount -t proc proc "$root/proc"
mount --bind /dev "$root/dev"
mount --bind /dev/pts "$root/dev/pts"
in_root() { chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 "$@"; }
as_officer() {
  chroot --userspec=officer:officer "$root" /usr/bin/env -i PATH=/usr/bin:/bin HOME=/home/officer \
    LANG=C.UTF-8 TZ=Europe/London ISF_USER=officer XDG_RUNTIME_DIR=/tmp/runtime-officer "$@" \
    2> >(grep -v 'propagateSizeHints' >&2)
}

step "apt install ./$(basename "$deb")"
cp "$deb" "$root/tmp/"
in_root apt-get update -qq
in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
  "/tmp/$(basename "$deb")" >/tmp/isf-apt-install.log 2>&1 || { tail -30 /tmp/isf-apt-install.log; fail "apt install"; }
in_root useradd --create-home --shell /bin/bash officer
in_root install -d -m 0700 -o officer -g officer /tmp/runtime-officer

step "use it from the installed paths, as an ordinary user"
out=$(as_officer /usr/bin/isf --version); echo "   isf --version: $out"
[ "$out" = "isf $version" ] || fail "installed isf --version says '$out'"
as_officer /usr/bin/isf init /home/officer/bluebell.isf --provider-name "Bluebell Support Ltd" | sed 's/^/   /'
as_officer /usr/bin/isf verify /home/officer/bluebell.isf | sed 's/^/   /'
mode=$(stat -c %a "$root/home/officer/bluebell.isf"); echo "   bluebell.isf mode $mode"
out=$(as_officer /usr/bin/isfdesk --version); echo "   isfdesk --version: $out"
[[ $out == *"$version"* ]] || fail "installed isfdesk --version says '$out'"
as_officer /usr/bin/isfdesk --help | grep -q -- '--screenshots' || fail "isfdesk --help without a display"
as_officer env QT_QPA_PLATFORM=offscreen /usr/bin/isfdesk --screenshots /home/officer/shots | sed 's/^/   /'
shots=$(find "$root/home/officer/shots" -name '*.png' | wc -l)
[ "$shots" -ge 3 ] || fail "isfdesk --screenshots wrote $shots PNG files"
for f in /usr/share/man/man1/isf.1.gz /usr/share/man/man1/isfdesk.1.gz /usr/share/doc/isfdesk/copyright \
         /usr/share/applications/io.github.isfdesk.ISFDesk.desktop /usr/share/mime/packages/io.github.isfdesk.ISFDesk.xml \
         /usr/share/icons/hicolor/256x256/apps/io.github.isfdesk.ISFDesk.png; do
  [ -f "$root$f" ] || fail "the installed package has no $f"
done
mkdir -p "$build/package-check"
cp "$root/home/officer/shots/"*.png "$build/package-check/" 2>/dev/null || true

step "upgrade over the installed package keeps the user's files"
conf="$root/home/officer/.config/ISF Desk"
as_officer mkdir -p "/home/officer/.config/ISF Desk"
as_officer sh -c 'printf "[General]\nrecentFiles=/home/officer/bluebell.isf\n" > "/home/officer/.config/ISF Desk/ISF Desk.conf"'
before=$(cd "$root/home/officer" && find . -type f -not -path './shots/*' -print0 | sort -z | xargs -0 sha256sum)
newer="${version}+upgradecheck1"
(cd "$build" && cpack -G DEB -D CPACK_PACKAGE_VERSION="$newer" -D CPACK_PACKAGE_FILE_NAME="isfdesk-upgradecheck" >/dev/null)
up=$(ls "$build"/isfdesk_"$newer"*.deb 2>/dev/null || ls "$build"/isfdesk-upgradecheck*.deb)
cp "$up" "$root/tmp/isfdesk-upgrade.deb"
in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends /tmp/isfdesk-upgrade.deb >/dev/null 2>&1
installed=$(in_root dpkg-query -W -f='${Version}' isfdesk); echo "   installed version now $installed"
[ "$installed" = "$newer" ] || fail "the upgrade left version $installed"
after=$(cd "$root/home/officer" && find . -type f -not -path './shots/*' -print0 | sort -z | xargs -0 sha256sum)
[ "$before" = "$after" ] || fail "the upgrade changed the user's files"
as_officer /usr/bin/isf verify /home/officer/bluebell.isf >/dev/null || fail "verify after upgrade"
rm -f "$up"

step "purge leaves provider files and settings"
before=$(cd "$root/home/officer" && find . -type f -not -path './shots/*' -print0 | sort -z | xargs -0 sha256sum)
in_root env DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq isfdesk >/dev/null 2>&1
[ ! -e "$root/usr/bin/isf" ] || fail "purge left /usr/bin/isf"
after=$(cd "$root/home/officer" && find . -type f -not -path './shots/*' -print0 | sort -z | xargs -0 sha256sum)
[ "$before" = "$after" ] || fail "purging the package changed the user's files"
echo "$before" | sed 's/^/   kept: /'
echo "check-linux-packages: all checks passed ($(basename "$deb"), $(basename "$rpm_file"))"
