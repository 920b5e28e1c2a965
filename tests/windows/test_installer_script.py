"""The NSIS script compiles and keeps its promises about data (the full install/uninstall under Wine
is packaging/windows/ci.sh, run by ./run tests after pytest)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
NSI = ROOT / "packaging" / "windows" / "kense.nsi"


def _makensis() -> str:
    found = shutil.which("makensis")
    if not found:
        if os.environ.get("CI"):
            pytest.fail("makensis missing (./run installs nsis)")
        pytest.skip("makensis not installed")
    return found


def test_a_small_bundle_compiles_into_a_64_bit_installer_with_pyproject_version(tmp_path: Path) -> None:
    bundle = tmp_path / "kense"
    (bundle / "_internal").mkdir(parents=True)
    for name in ("kense.exe", "kense-cli.exe", "_internal/python311.dll"):
        (bundle / name).write_bytes(b"MZ" + b"\0" * 64)
    version = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    out = tmp_path / f"kense-setup-{version}.exe"
    result = subprocess.run([_makensis(), "-V2", "-INPUTCHARSET", "UTF8", f"-DVERSION={version}",
                             f"-DVIVERSION={version}.0", "-DDESCRIPTION=test", f"-DBUNDLE={bundle}",
                             f"-DOUTFILE={out}", str(NSI)], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    data = out.read_bytes()
    pe = int.from_bytes(data[0x3C:0x40], "little")
    assert data[pe:pe + 4] == b"PE\0\0"
    assert int.from_bytes(data[pe + 4:pe + 6], "little") == 0x8664  # x64: runs on 64-bit-only Wine too
    assert version.encode("utf-16-le") in data                     # the file version resource


def test_the_uninstaller_never_deletes_a_whole_install_folder_or_data_unasked() -> None:
    script = NSI.read_text(encoding="utf-8")
    # A user may install into a folder that holds other things: only our own files go.
    assert not re.search(r'RMDir\s+/r\s+"\$INSTDIR"', script)
    deletions = [line.strip() for line in script.splitlines() if "LOCALAPPDATA\\Kense" in line and "RMDir" in line]
    assert len(deletions) == 2  # /DELETEDATA, or "Yes" to the question (default "No")
    assert "MB_DEFBUTTON2" in script and "/DELETEDATA" in script


def test_the_wine_stand_ins_stay_out_of_the_release() -> None:
    script = NSI.read_text(encoding="utf-8").lower()
    assert "icuuc" not in script and "bcryptprimitives" not in script
    build = (ROOT / "packaging" / "windows" / "build.sh").read_text(encoding="utf-8")
    assert "-iname icuuc.dll -o -iname bcryptprimitives.dll" in build
