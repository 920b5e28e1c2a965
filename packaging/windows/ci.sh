#!/usr/bin/env bash
# The Windows job of the test suite (./run tests runs it after pytest; CI runs ./run tests):
#   packaging/windows/ci.sh OUTDIR
# 1. build.sh OUTDIR: the installer from this checkout;
# 2. test_installer.sh: silent install into a fresh prefix, the installed CLI and window, upgrade,
#    uninstall (screenshots and figures kept in OUTDIR/artefacts);
# 3. native_checks.py in the build prefix: the Win32 calls behind app/platform_support under Wine.
# Exit non-zero when any step fails. Downloads are cached (common.sh); nothing is skipped.
set -euo pipefail
OUT=${1:?usage: ci.sh OUTDIR}
mkdir -p "$OUT"; OUT=$(readlink -f "$OUT")
source "$(dirname "$0")/common.sh"
T0=$(date +%s)
ART="$OUT/artefacts"; rm -rf "$ART"; mkdir -p "$ART"
rc=0
"$HERE/build.sh" "$OUT" || { echo "Windows build FAILED" >&2; exit 1; }
VERSION=$(project_version)
BUILD_SECONDS=$(( $(date +%s) - T0 ))
"$HERE/test_installer.sh" "$OUT/kense-setup-$VERSION.exe" "$ART" || rc=1

# Win32 calls with real Wine: a removable drive R: (Wine reports a drive's type from its registry).
export WINEPREFIX="$OUT/work/prefix" WINEPATH='C:\py311;C:\py311\Scripts'
mkdir -p "$OUT/work/removable"
ln -sfn "$OUT/work/removable" "$WINEPREFIX/dosdevices/r:"
w reg add 'HKLM\Software\Wine\Drives' /v 'r:' /t REG_SZ /d floppy /f >/dev/null
wineserver -k || true   # the mount manager reads drive types when the prefix starts
number=$(for n in $(seq 97 140); do [ -e "/tmp/.X11-unix/X$n" ] || { echo "$n"; break; }; done)
Xvfb ":$number" -screen 0 1024x768x24 -nolisten tcp >/dev/null 2>&1 & XPID=$!
for _ in $(seq 1 60); do [ -e "/tmp/.X11-unix/X$number" ] && break; sleep 0.25; done
DISPLAY=":$number" PYTHONPATH="$(winpath "$OUT/work/src")" w "$PY" "$(winpath "$HERE/native_checks.py")" R \
  | tee "$ART/native-checks.txt" || rc=1
kill "$XPID"; wait "$XPID" 2>/dev/null || true
wineserver -k || true

echo "Windows job: build ${BUILD_SECONDS}s, total $(( $(date +%s) - T0 ))s; artefacts in $ART" >&2
cp "$OUT/build-info.txt" "$OUT/build-times.txt" "$ART/" 2>/dev/null || true
[ $rc -eq 0 ] && echo "Windows job OK" >&2 || echo "Windows job FAILED" >&2
exit $rc
