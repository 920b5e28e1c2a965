#!/usr/bin/env bash
# Installs SETUP.EXE into a FRESH Wine prefix (no Python, nothing of the build) and tests it there:
#   packaging/windows/test_installer.sh OUTDIR/kense-setup-VERSION.exe ARTEFACTS_DIR
# The prefix gets only the test-only DLL stand-ins Wine 8 lacks (see common.sh); the checks are in
# test_installer.py. Exit code non-zero on any failure.
set -euo pipefail
SETUP=$(readlink -f "${1:?usage: test_installer.sh SETUP.EXE ARTEFACTS_DIR}")
ART=${2:?usage: test_installer.sh SETUP.EXE ARTEFACTS_DIR}
mkdir -p "$ART"; ART=$(readlink -f "$ART")
source "$(dirname "$0")/common.sh"
TEST_PREFIX=${KENSE_WINDOWS_TEST_PREFIX:-$(dirname "$SETUP")/work/test-prefix}
log "fresh test prefix $TEST_PREFIX"
new_prefix "$TEST_PREFIX"
install_test_shims
log "installer tests"
python3 "$HERE/test_installer.py" "$SETUP" "$ART"
