#!/usr/bin/env bash
# Build the PyInstaller bundle and prove it works frozen: init, sign-in and status against a real
# Secret Service (gnome-keyring in a private D-Bus session), device binding "bound".
set -euo pipefail
cd "$(dirname "$0")/.."
.venv/bin/python -m pip install -q "pyinstaller>=6.10,<7"
.venv/bin/pyinstaller packaging/kense.spec --noconfirm --distpath build/dist --workpath build/work >/dev/null 2>&1
unset PYTHON_KEYRING_BACKEND KENSE_DATA_DIR KENSE_USER KENSE_PASSWORD KENSE_LANG
home=$(mktemp -d); mkdir -p "$home/run"; chmod 700 "$home/run"
HOME="$home" XDG_DATA_HOME="$home/data" XDG_RUNTIME_DIR="$home/run" dbus-run-session -- bash -c '
  set -euo pipefail
  echo -n pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1
  cli=build/dist/kense/kense-cli
  export KENSE_DATA_DIR="$HOME/profile" KENSE_USER=admin KENSE_NEW_PASSWORD=Frozen-Build-2026 KENSE_PASSWORD=Frozen-Build-2026
  $cli init --school-name "Frozen test" --admin admin --json >/dev/null
  $cli status --json | tee "$HOME/status.json" >/dev/null
  grep -q "\"device_binding\": \"bound\"" "$HOME/status.json"
  grep -q "SecretService" "$HOME/status.json"
  echo "frozen build OK: bound to the Secret Service"'
rc=$?
rm -rf "$home"
exit $rc
