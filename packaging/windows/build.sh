#!/usr/bin/env bash
# Builds the Windows release on Debian from a checkout: OUTDIR/kense-setup-VERSION.exe
#   packaging/windows/build.sh OUTDIR
# Steps: a Wine prefix with Windows CPython 3.11, the project's dependencies as win_amd64 wheels (pip
# under Wine, versions from pyproject.toml), translations compiled with Qt's lrelease.exe, the
# PyInstaller one-folder bundle (packaging/kense.spec, version resources from pyproject.toml), then the
# NSIS installer (packaging/windows/kense.nsi), built by Debian's native makensis.
# Why NSIS: it is a Debian package that runs natively (no compiler under Wine), it is reproducible from
# the distribution alone, and it does all the installer needs (per-machine install, shortcuts, upgrade,
# uninstall that keeps data). Inno Setup's compiler would itself have to run under Wine.
# The Wine DLL stand-ins in test-shims/ are needed by the BUILD prefix (PyInstaller loads Qt while it
# analyses) and are a test harness only: they are never shipped — the bundle is checked for them.
# Environment: KENSE_WINDOWS_WORK (work folder, default OUTDIR/work), KENSE_WINDOWS_CACHE (downloads).
set -euo pipefail
OUT=${1:?usage: build.sh OUTDIR}
mkdir -p "$OUT"; OUT=$(readlink -f "$OUT")
source "$(dirname "$0")/common.sh"
WORK=${KENSE_WINDOWS_WORK:-$OUT/work}
mkdir -p "$WORK"; WORK=$(readlink -f "$WORK")
VERSION=$(project_version)
T0=$(date +%s)
TIMES="$OUT/build-times.txt"; : > "$TIMES"
step() { local name=$1; shift; local s; s=$(date +%s); log "$name"; "$@"; echo "$name $(( $(date +%s) - s ))s" >> "$TIMES"; }

# 1. The source: tracked (and new, not ignored) files of the checkout, nothing built or local.
copy_source() {
  rm -rf "$WORK/src"; mkdir -p "$WORK/src"
  git -C "$REPO" ls-files -z --cached --others --exclude-standard | (cd "$REPO" && tar --null -T - -c 2>/dev/null) \
    | tar x -C "$WORK/src"
  # A tracked file deleted in the work tree is simply absent: tar warns, the copy goes on.
}
step source copy_source

# 2. Windows CPython in a fresh prefix.
prefix() { new_prefix "$WORK/prefix"; install_test_shims; install_python; }
step prefix prefix
export WINEPREFIX="$WORK/prefix" WINEPATH='C:\py311;C:\py311\Scripts'

# 3. Dependencies: wheels only (no compiler under Wine), the exact ranges of pyproject.toml. Linux pip
# downloads the win_amd64 wheels into the cache (fast, and pip's own cache does not work under Wine);
# Windows pip installs from there without an index. Markers are evaluated by the Linux pip, so the
# Windows-only dependencies (pywin32-ctypes for keyring and PyInstaller, pefile) are named here. If
# the cache lacks something all the same, Windows pip goes to the index for it.
mapfile -t REQS < <(runtime_requirements)
BUILD_REQS=("pyinstaller>=6.10,<7" "pywin32-ctypes>=0.2" "pefile>=2022.5.30" "setuptools>=68")
deps() {
  mkdir -p "$CACHE/wheels"
  env -u PIP_FIND_LINKS python3 -m pip download -q --disable-pip-version-check --only-binary=:all: \
    --platform win_amd64 --python-version 3.11 --implementation cp --abi cp311 --abi abi3 --abi none \
    -d "$CACHE/wheels" "${REQS[@]}" "${BUILD_REQS[@]}" 2>&1 | grep -v "^WARNING: Location" >&2 || true
  local pip=("$PY" -m pip install -q --disable-pip-version-check --no-warn-script-location --only-binary=:all:
             --find-links "$(winpath "$CACHE/wheels")")
  w "${pip[@]}" --no-index "${REQS[@]}" "${BUILD_REQS[@]}" || {
    log "the wheel cache lacks something: Windows pip asks the index"
    w "${pip[@]}" "${REQS[@]}" "${BUILD_REQS[@]}"; }
  w "$PY" -m pip install -q --disable-pip-version-check --no-warn-script-location --no-deps \
    --no-build-isolation "$(winpath "$WORK/src")"
}
step dependencies deps

# 4. Translations (.ts -> .qm) with the lrelease of the same Qt that is shipped.
lrelease() {
  local ts
  for ts in "$WORK"/src/resources/translations/*.ts; do
    w 'C:\py311\Lib\site-packages\PySide6\lrelease.exe' -silent "$(winpath "$ts")" -qm "$(winpath "${ts%.ts}.qm")"
  done
  ls "$WORK"/src/resources/translations/*.qm >/dev/null
}
step translations lrelease

# 5. The PyInstaller one-folder bundle.
bundle() {
  rm -rf "$WORK/dist" "$WORK/pyi"
  (cd "$WORK/src" && w "$PY" -m PyInstaller "$(winpath "$WORK/src/packaging/kense.spec")" --noconfirm \
     --log-level WARN --distpath "$(winpath "$WORK")\\dist" --workpath "$(winpath "$WORK")\\pyi")
  [ -x "$WORK/dist/kense/kense.exe" ] || [ -f "$WORK/dist/kense/kense.exe" ]
  [ -f "$WORK/dist/kense/kense-cli.exe" ]
  # The test harness must never reach a school PC (see common.sh install_test_shims).
  local leaked
  leaked=$(find "$WORK/dist/kense" -iname icuuc.dll -o -iname bcryptprimitives.dll)
  if [ -n "$leaked" ]; then echo "test-only Wine stand-ins found in the bundle: $leaked" >&2; return 1; fi
  if find "$WORK/dist/kense" -ipath '*keyrings/alt*' | grep -q .; then
    echo "keyrings.alt found in the bundle (it only encodes secrets)" >&2; return 1
  fi
}
step pyinstaller bundle

# 6. The installer.
installer() {
  local description vi
  description=$(python3 -c 'import tomllib,sys; print(tomllib.load(open(sys.argv[1],"rb"))["project"]["description"])' "$REPO/pyproject.toml")
  vi=$(python3 -c 'import sys; p=[int("".join(c for c in x if c.isdigit()) or 0) for x in sys.argv[1].split(".")][:4]; print(".".join(map(str, p + [0]*(4-len(p)))))' "$VERSION")
  makensis -V2 -INPUTCHARSET UTF8 -DVERSION="$VERSION" -DVIVERSION="$vi" -DDESCRIPTION="$description" \
    -DBUNDLE="$WORK/dist/kense" -DOUTFILE="$OUT/kense-setup-$VERSION.exe" "$HERE/kense.nsi"
}
step installer installer

SETUP="$OUT/kense-setup-$VERSION.exe"
{
  echo "version $VERSION"
  echo "installer_bytes $(stat -c %s "$SETUP")"
  echo "bundle_bytes $(du -sb "$WORK/dist/kense" | cut -f1)"
  echo "build_seconds $(( $(date +%s) - T0 ))"
} > "$OUT/build-info.txt"
cat "$TIMES" "$OUT/build-info.txt" >&2
log "built $SETUP"
