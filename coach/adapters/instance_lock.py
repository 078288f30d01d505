"""The one running app holds a lock file while it runs; the kernel lets go of it if the
app crashes.  Plain Python: it is taken before the window, before Qt's network module."""

from __future__ import annotations

import fcntl
from pathlib import Path
from typing import IO


class InstanceLock:
    """Held by the one running app (an flock on a file in its state folder)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._file: IO[bytes] | None = None

    def acquire(self) -> bool:
        self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        handle = open(self.path, "ab")  # noqa: SIM115 - held for the app's life
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            handle.close()
            return False
        self._file = handle
        return True

    def release(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None
