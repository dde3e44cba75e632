#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 ISF Desk maintainers
# Every source, build and script file starts with its SPDX licence header
# (GPL-3.0-or-later, see LICENSE).
#   scripts/spdx.sh          check: lists the files without one, exits 1 if any
#   scripts/spdx.sh --fix    adds the header where it is missing
set -euo pipefail
cd "$(dirname "$0")/.."
fix=${1:-}
license="SPDX-License-Identifier: GPL-3.0-or-later"
copyright="SPDX-FileCopyrightText: 2026 ISF Desk maintainers"
missing=0
while IFS= read -r f; do
  [ -f "$f" ] || continue
  head -5 "$f" | grep -q 'SPDX-License-Identifier' && continue
  case "$f" in
    *.cpp|*.h|*.c) prefix="//" ;;
    *) prefix="#" ;;
  esac
  if [ "$fix" != --fix ]; then echo "no SPDX header: $f"; missing=1; continue; fi
  tmp=$(mktemp)
  if head -1 "$f" | grep -q '^#!'; then
    { head -1 "$f"; echo "$prefix $license"; echo "$prefix $copyright"; tail -n +2 "$f"; } >"$tmp"
  else
    { echo "$prefix $license"; echo "$prefix $copyright"; cat "$f"; } >"$tmp"
  fi
  chmod --reference="$f" "$tmp" && mv "$tmp" "$f"
done < <(git ls-files '*.cpp' '*.h' '*.c' '*.sh' '*.py' '*.cmake' 'CMakeLists.txt' '*/CMakeLists.txt' '.ci/run' \
           | grep -v -E '(^|/)(corpus|cases|data)/')
exit $missing
