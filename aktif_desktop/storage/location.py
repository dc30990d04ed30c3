"""A warning when the database lies where SQLite's file locking is not reliable.

Network shares (UNC paths, mapped network drives on Windows, NFS/CIFS/SMB/SSHFS mounts on
Linux) and folders a sync client copies behind our back (OneDrive, Dropbox, Google Drive,
iCloud, Nextcloud, ownCloud, …) can lose or mix up changes. The GUI shows the warning at start,
the command line prints it to stderr.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path, PurePath, PureWindowsPath

from aktif_desktop import messages, paths

NETWORK_FILESYSTEMS = frozenset(
    {
        "nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "ncpfs", "afs", "9p",
        "fuse.sshfs", "sshfs", "davfs", "fuse.davfs2", "fuse.gvfsd-fuse", "fuse.rclone",
        "glusterfs", "fuse.glusterfs", "ceph", "fuse.ceph", "lustre", "gpfs",
    }
)  # fmt: skip
# Folder-name fragments (lower case) of sync clients -> the name the user knows.
CLOUD_FOLDERS = (
    ("onedrive", "OneDrive"),
    ("dropbox", "Dropbox"),
    ("google drive", "Google Drive"),
    ("googledrive", "Google Drive"),
    ("my drive", "Google Drive"),
    ("meine ablage", "Google Drive"),
    ("icloud", "iCloud"),
    ("mobile documents", "iCloud"),
    ("nextcloud", "Nextcloud"),
    ("owncloud", "ownCloud"),
    ("seafile", "Seafile"),
    ("magentacloud", "MagentaCLOUD"),
    ("box sync", "Box"),
    ("pcloud", "pCloud"),
)
DRIVE_REMOTE = 4  # GetDriveTypeW


def cloud_service(path: PurePath) -> str | None:
    """Return the sync service whose folder holds ``path``, or None."""
    for part in path.parts[:-1]:
        folded = part.casefold()
        for fragment, name in CLOUD_FOLDERS:
            if fragment in folded:
                return name
    return None


def is_unc(text: str) -> bool:
    """True for ``\\\\server\\share\\…`` (and ``//server/share/…``), but not ``\\\\?\\C:\\…``."""
    if text.startswith(("\\\\?\\UNC\\", "//?/UNC/")):
        return True
    return text.startswith(("\\\\", "//")) and not text.startswith(("\\\\?\\", "\\\\.\\"))


def mount_filesystem(path: Path, mounts_text: str) -> str | None:
    """Return the file system type of the mount holding ``path`` (from /proc/mounts text)."""
    best, best_type = "", None
    target = str(path)
    for line in mounts_text.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        # /proc/mounts escapes spaces and friends as octal (\040).
        point = fields[1].encode().decode("unicode_escape")
        inside = target == point or target.startswith(point.rstrip("/") + "/")
        if inside and len(point) >= len(best):
            best, best_type = point, fields[2]
    return best_type


def _windows_drive_type(root: str) -> int:
    import ctypes

    windll = getattr(ctypes, "windll", None)
    if windll is None:  # not on Windows
        return 0
    return int(windll.kernel32.GetDriveTypeW(root))


def _read_mounts() -> str:
    try:
        return Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""


def on_network(
    path: PurePath,
    *,
    platform: str | None = None,
    mounts_text: str | None = None,
    drive_type: Callable[[str], int] = _windows_drive_type,
) -> bool:
    """True when ``path`` lies on a network share (the keyword arguments exist for tests)."""
    platform = platform or sys.platform
    if is_unc(str(path)):
        return True
    if platform == "win32":
        drive = PureWindowsPath(path).drive
        return bool(drive) and drive_type(drive + "\\") == DRIVE_REMOTE
    if platform.startswith("linux"):
        text = _read_mounts() if mounts_text is None else mounts_text
        return mount_filesystem(Path(path), text) in NETWORK_FILESYSTEMS
    return False


def _local_suggestion(db_path: PurePath) -> str:
    """The standard data folder, unless the database already lies in it."""
    folder = paths.data_dir()
    if str(db_path.parent) == str(folder.resolve()):
        return "einen Ordner auf der Festplatte dieses Computers"
    return str(folder)


def location_warning(
    path: Path,
    *,
    platform: str | None = None,
    mounts_text: str | None = None,
    drive_type: Callable[[str], int] = _windows_drive_type,
) -> str | None:
    """Return a German warning if the database at ``path`` lies on a share or in a cloud folder."""
    platform = platform or sys.platform
    raw = str(path)
    native = platform == sys.platform and not is_unc(raw)
    absolute = os.path.abspath(raw) if native else raw
    pure = PureWindowsPath(absolute) if platform == "win32" else PurePath(absolute)
    local = _local_suggestion(pure)
    if on_network(pure, platform=platform, mounts_text=mounts_text, drive_type=drive_type):
        return messages.LOCATION_NETWORK.format(path=raw, local=local)
    service = cloud_service(pure)
    if service:
        return messages.LOCATION_CLOUD.format(path=raw, service=service, local=local)
    return None
