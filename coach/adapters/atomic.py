"""Write files so that a crash leaves either the old or the new version, never half."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

#: Every temporary file the app writes ends so (see :mod:`coach.adapters.leftovers`).
TEMP_SUFFIX = ".tmp"


def write_private_text(path: Path, text: str) -> None:
    """Atomically replace *path* with *text*; the file is readable only by its owner."""
    write_private_bytes(path, text.encode("utf-8"))


def write_private_bytes(path: Path, data: bytes) -> None:
    """Atomically replace *path* with *data*; the file is readable only by its owner."""
    tmp = stage_private_bytes(path, data)
    try:
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    sync_folder(path.parent)


def stage_private_bytes(path: Path, data: bytes) -> Path:
    """*data* written in full (and synced) to a private temporary file beside *path*.

    The caller moves it into place with :func:`os.replace` (or deletes it).
    """
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=TEMP_SUFFIX, dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o600)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return Path(tmp)


def sync_folder(folder: Path) -> None:
    """Make a rename inside *folder* durable (best effort: not every file system can)."""
    try:
        dir_fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(dir_fd)
    except OSError:
        pass
    finally:
        os.close(dir_fd)
