"""Is a path on a removable drive (a USB stick, a memory card)? Regulation 6.5 forbids writing protected
data to such media unless the administrator allows it.

Linux: the mount holding the path is found in /proc/mounts (longest mount-point prefix); its block
device is removable when /sys/block/<disk>/removable is 1 or the device sits on a USB bus (many USB
sticks and card readers report removable=0). Windows: GetDriveTypeW on the path's drive root.
Elsewhere, or when it cannot be told, the answer is False: the check exists to catch the usual case.
"""

from __future__ import annotations

import ntpath
import os
import sys
from pathlib import Path
from typing import Any

from app.platform_support import win32


def _unescape(field: str) -> str:
    # /proc/mounts escapes space, tab, newline and backslash as octal (\040 …).
    out, i = [], 0
    while i < len(field):
        if field[i] == "\\" and i + 3 < len(field) and field[i + 1:i + 4].isdigit():
            out.append(chr(int(field[i + 1:i + 4], 8)))
            i += 4
        else:
            out.append(field[i])
            i += 1
    return "".join(out)


def mount_device(path: Path, mounts_text: str) -> str | None:
    """The device of the mount that holds ``path`` (longest matching mount point)."""
    target = str(path)
    best: tuple[int, str] | None = None
    for line in mounts_text.splitlines():
        parts = line.split()
        if len(parts) < 2:
            continue
        device, mount_point = _unescape(parts[0]), _unescape(parts[1])
        prefix = mount_point.rstrip("/") + "/"
        if (target == mount_point or target.startswith(prefix) or mount_point == "/") and (
                best is None or len(mount_point) > best[0]):
            best = (len(mount_point), device)
    return best[1] if best else None


def _linux_block_removable(device: str, sys_root: Path = Path("/sys")) -> bool:
    if not device.startswith("/dev/"):
        return False
    name = Path(os.path.realpath(device)).name
    block = sys_root / "class" / "block" / name
    if not block.exists():
        return False
    real = Path(os.path.realpath(block))
    if "/usb" in str(real):
        return True
    # A partition's parent folder is its disk (…/sdb/sdb1); the flag lives on the disk.
    disk = real if (real / "removable").exists() else real.parent
    try:
        return (disk / "removable").read_text().strip() == "1"
    except OSError:
        return False


def _linux_is_removable(path: Path) -> bool:
    try:
        mounts = Path("/proc/mounts").read_text()
    except OSError:
        return False
    device = mount_device(path, mounts)
    return bool(device) and _linux_block_removable(str(device))


def windows_drive_root(path: str) -> str | None:
    """"E:\\" for E:\\backups\\x, None for a UNC path (a network share, never removable) or no drive."""
    drive = ntpath.splitdrive(path)[0]
    if len(drive) != 2 or drive[1] != ":":
        return None
    return drive.upper() + "\\"


def _windows_is_removable(path: Path, kernel32: Any = None) -> bool:
    root = windows_drive_root(str(path))
    return root is not None and win32.drive_type(root, kernel32) == win32.DRIVE_REMOVABLE


def is_removable(path: Path) -> bool:
    """True when ``path`` (a file to be written, or a folder) lies on a removable drive."""
    path = Path(path).expanduser()
    folder = path if path.is_dir() else path.parent
    folder = Path(os.path.realpath(folder))
    if sys.platform.startswith("linux"):
        return _linux_is_removable(folder)
    if sys.platform == "win32":
        return _windows_is_removable(folder)
    return False
