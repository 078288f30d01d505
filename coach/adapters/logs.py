"""A small rotating log in the user's state folder (for support, never for personal notes)."""

from __future__ import annotations

import contextlib
import logging
import logging.handlers
import os
import stat
import sys
from pathlib import Path

MAX_BYTES = 512_000
BACKUPS = 2


def setup_logging(state_dir: Path, level: str = "WARNING") -> Path | None:
    """Log to ``state_dir/coach.log`` (rotated, readable only by the user) and stderr."""
    root = logging.getLogger()
    root.setLevel(logging.DEBUG)
    console = logging.StreamHandler()
    console.setLevel(level)
    console.setFormatter(logging.Formatter("%(levelname)s:%(name)s:%(message)s"))
    root.addHandler(console)
    path = state_dir / "coach.log"
    try:
        state_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        if path.is_symlink() or (path.exists() and not stat.S_ISREG(path.stat().st_mode)):
            raise OSError(0, "it is not a regular file", str(path))
        handler = QuietFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8")
        os.chmod(path, 0o600)
    except OSError as exc:
        logging.getLogger(__name__).warning("no log file (%s): %s", path, exc.strerror or exc)
        return None
    handler.setLevel(logging.INFO)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    return path


class QuietFileHandler(logging.handlers.RotatingFileHandler):
    """A rotating log file that, when it cannot be written (a full disk), says so once
    on stderr and stops, instead of printing a traceback for every message."""

    failed = False

    def emit(self, record: logging.LogRecord) -> None:
        if not self.failed:
            super().emit(record)

    def close(self) -> None:
        try:
            super().close()
        except OSError:  # the last buffered lines had nowhere to go
            self.failed = True

    def handleError(self, record: logging.LogRecord) -> None:
        if self.failed:
            return
        self.failed = True
        error = sys.exc_info()[1]
        why = getattr(error, "strerror", None) or error or "unknown error"
        with contextlib.suppress(OSError, ValueError):
            sys.stderr.write(
                f"coach: the log file {self.baseFilename} cannot be written "
                f"({why}); nothing more is written to it\n"
            )
