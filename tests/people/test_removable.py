"""The removable-drive check behind list exports (regulation 6.5)."""

from __future__ import annotations

from pathlib import Path

from app.platform_support.removable import is_removable, mount_device

MOUNTS = """/dev/sda2 / ext4 rw,relatime 0 0
proc /proc proc rw 0 0
/dev/sdb1 /media/user/FLASH\\040DISK vfat rw 0 0
/dev/sda1 /boot/efi vfat rw 0 0
"""


def test_the_longest_mount_point_wins_and_escapes_are_read() -> None:
    assert mount_device(Path("/media/user/FLASH DISK/list.xlsx"), MOUNTS) == "/dev/sdb1"
    assert mount_device(Path("/home/user/list.xlsx"), MOUNTS) == "/dev/sda2"
    assert mount_device(Path("/boot/efi/x"), MOUNTS) == "/dev/sda1"
    assert mount_device(Path("/media/user/FLASH"), MOUNTS) == "/dev/sda2"   # a prefix of a name is not a mount


def test_a_temporary_folder_on_this_machine_is_not_removable(tmp_path) -> None:
    assert is_removable(tmp_path / "list.xlsx") is False
