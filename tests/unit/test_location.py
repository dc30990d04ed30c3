"""A database on a network share or in a synced cloud folder gets a German warning."""

from __future__ import annotations

from pathlib import Path

import pytest

from aktif_desktop.storage.location import location_warning, mount_filesystem

MOUNTS = "\n".join(
    [
        "/dev/nvme0n1p2 / ext4 rw,relatime 0 0",
        "/dev/nvme0n1p1 /boot/efi vfat rw 0 0",
        "//nas/verbund /mnt/verbund cifs rw,vers=3.0 0 0",
        "fileserver:/export/home /home/netz nfs4 rw 0 0",
        "user@host:/data /media/ssh\\040daten fuse.sshfs rw 0 0",
        "tmpfs /tmp tmpfs rw 0 0",
    ]
)


@pytest.mark.parametrize(
    ("path", "platform", "expected"),
    [
        ("/mnt/verbund/aktif/aktif.db", "linux", "Netzlaufwerk"),
        ("/home/netz/anna/aktif.db", "linux", "Netzlaufwerk"),
        ("/media/ssh daten/aktif.db", "linux", "Netzlaufwerk"),
        (r"\\server\freigabe\Aktif\aktif.db", "win32", "Netzlaufwerk"),
        ("//server/freigabe/aktif.db", "linux", "Netzlaufwerk"),
        (r"Z:\Aktif\aktif.db", "win32", "Netzlaufwerk"),  # mapped drive (DRIVE_REMOTE)
        (r"C:\Users\anna\OneDrive - Caritas\Aktif\aktif.db", "win32", "(OneDrive)"),
        (r"C:\Users\anna\Dropbox\aktif.db", "win32", "(Dropbox)"),
        (r"G:\Meine Ablage\aktif.db", "win32", "(Google Drive)"),
        ("/Users/anna/Library/Mobile Documents/com~apple~CloudDocs/aktif.db", "darwin", "iCloud"),
        ("/home/anna/Nextcloud/Verbund/aktif.db", "linux", "(Nextcloud)"),
    ],
)
def test_risky_locations_are_named(path: str, platform: str, expected: str) -> None:
    warning = location_warning(
        Path(path),
        platform=platform,
        mounts_text=MOUNTS,
        drive_type=lambda root: 4 if root.upper().startswith("Z") else 3,
    )
    assert warning is not None
    assert expected in warning
    assert "Bitte legen Sie die Datenbank in einen lokalen Ordner" in warning


@pytest.mark.parametrize(
    ("path", "platform"),
    [
        ("/home/anna/.local/share/AktifDesktop/aktif.db", "linux"),
        ("/tmp/aktif.db", "linux"),
        (r"C:\Users\anna\AppData\Local\Aktif\AktifDesktop\aktif.db", "win32"),
        (r"\\?\C:\Users\anna\aktif.db", "win32"),  # long-path prefix, local disk
        ("/Users/anna/Documents/aktif.db", "darwin"),
    ],
)
def test_local_folders_give_no_warning(path: str, platform: str) -> None:
    warning = location_warning(
        Path(path), platform=platform, mounts_text=MOUNTS, drive_type=lambda root: 3
    )
    assert warning is None


def test_the_longest_mount_point_wins() -> None:
    mounts = "/dev/sda1 / ext4 rw 0 0\n//nas/x /mnt cifs rw 0 0\n/dev/sdb1 /mnt/local ext4 rw 0 0"
    assert mount_filesystem(Path("/mnt/local/aktif.db"), mounts) == "ext4"
    assert mount_filesystem(Path("/mnt/other/aktif.db"), mounts) == "cifs"
    assert mount_filesystem(Path("/mntx/aktif.db"), mounts) == "ext4"


def test_the_real_test_folder_is_local(tmp_path: Path) -> None:
    assert location_warning(tmp_path / "aktif.db") is None
