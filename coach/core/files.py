"""Reading the app's small text files safely: regular files only, with a size cap.

A FIFO in place of a settings file would hang the app at start-up, a symlink to
``/dev/zero`` would fill the memory; both are refused with a reason instead.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

#: No file the app reads as text (settings, plan, lock, routine) is anywhere near this.
MAX_TEXT_FILE_BYTES = 1_000_000


class NotReadable(OSError):
    """The path exists but is not a small regular file; ``strerror`` says why."""


def read_small_file(path: Path, limit: int = MAX_TEXT_FILE_BYTES) -> bytes:
    """The bytes of *path*, which must be a regular file of at most *limit* bytes.

    Raises FileNotFoundError when it is missing, :class:`NotReadable` when it is
    something else (a FIFO, a device, a folder) or too large, and OSError otherwise.
    """
    # O_NONBLOCK: opening a FIFO returns at once instead of waiting for a writer.
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            kind = "a folder" if stat.S_ISDIR(info.st_mode) else "not a regular file"
            raise NotReadable(0, f"it is {kind}", str(path))
        if info.st_size > limit:
            raise NotReadable(
                0, f"it is {info.st_size // 1000} kB; at most {limit // 1000} kB", str(path)
            )
        chunks = []
        left = limit + 1
        while left > 0:
            chunk = os.read(fd, min(left, 65536))
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
        data = b"".join(chunks)
        if len(data) > limit:  # it grew while we read
            raise NotReadable(0, f"it is larger than {limit // 1000} kB", str(path))
        return data
    finally:
        os.close(fd)
