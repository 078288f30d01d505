"""Temporary files left behind by a process that was killed while writing, removed later.

Every file the app writes goes first to a hidden temporary name beside its target
(``.settings.toml.k3j9.tmp``, ``.<hash>.<pid>.tmp.wav``, ``.<name>.<pid>.part``) and is
then renamed.  A ``kill -9`` or a power cut between the two leaves the temporary file;
the next start removes those old enough that no other running command can still be
writing them.
"""

from __future__ import annotations

import logging
import os
import stat
import time
from collections.abc import Iterator
from pathlib import Path

from coach.paths import UserDirs

log = logging.getLogger(__name__)

#: A temporary file this old (seconds) belongs to no write still in progress.
LEFTOVER_AGE = 600.0
#: How deep below each of the app's folders to look (recordings/<routine>/ is 2).
MAX_DEPTH = 3


def is_temporary_name(name: str) -> bool:
    """Whether *name* is one of the app's own temporary names."""
    if not name.startswith(".") or name in (".", ".."):
        return False
    return name.endswith((".tmp", ".part", ".export")) or ".tmp." in name


def leftover_files(dirs: UserDirs, now: float, older_than: float = LEFTOVER_AGE) -> list[Path]:
    """The app's temporary files under its folders, last changed before *now − older_than*."""
    found = []
    for root in (dirs.config, dirs.data, dirs.cache, dirs.state):
        for path in _files(root, MAX_DEPTH):
            if not is_temporary_name(path.name):
                continue
            try:
                info = path.lstat()
            except OSError:
                continue
            if stat.S_ISREG(info.st_mode) and now - info.st_mtime >= older_than:
                found.append(path)
    return found


def remove_leftovers(dirs: UserDirs, now: float | None = None) -> int:
    """Delete the leftovers :func:`leftover_files` finds; returns how many went."""
    removed = 0
    for path in leftover_files(dirs, time.time() if now is None else now):
        try:
            path.unlink()
        except OSError as exc:
            log.warning("could not remove the leftover %s: %s", path, exc.strerror or exc)
            continue
        removed += 1
    if removed:
        log.info("removed %d temporary files left by an interrupted write", removed)
    return removed


def _files(folder: Path, depth: int) -> Iterator[Path]:
    """Files in *folder* and its sub-folders down to *depth*, never following a link."""
    try:
        with os.scandir(folder) as entries:
            children = list(entries)
    except OSError:
        return
    for entry in children:
        try:
            if entry.is_dir(follow_symlinks=False):
                if depth > 0:
                    yield from _files(Path(entry.path), depth - 1)
            elif entry.is_file(follow_symlinks=False):
                yield Path(entry.path)
        except OSError:
            continue
