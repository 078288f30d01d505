"""The user's routines on disk: copies of built-ins, renames, deletes with undo, import/export.

Built-in routines are never written.  User routines are TOML files in the
user data folder, written atomically and readable only by the user.  A file
that fails to load is listed with its error and never overwritten: new files
always get a fresh name.
"""

from __future__ import annotations

import re
import shutil
import time
from dataclasses import dataclass, replace
from pathlib import Path

from coach.adapters.atomic import write_private_text
from coach.core.library import Entry, list_routines
from coach.core.problems import Problem
from coach.core.routine import Routine
from coach.core.routine_format import RoutineError, dump_routine, load_routine, parse_routine
from coach.core.words import said


@dataclass(frozen=True)
class Deleted:
    """What undo needs to put a deleted routine back."""

    original: Path
    kept: Path


class RoutineLibrary:
    def __init__(self, builtin_dir: Path, user_dir: Path, language: str = "en") -> None:
        self.builtin_dir = builtin_dir
        self.user_dir = user_dir
        #: The person's language: the built-in routines offered are in it.
        self.language = language
        self.trash_dir = user_dir.parent / "deleted-routines"

    def entries(self) -> list[Entry]:
        return list_routines(self.builtin_dir, self.user_dir, self.language)

    def is_builtin(self, path: Path | None) -> bool:
        return path is not None and path.parent.resolve() == self.builtin_dir.resolve()

    def _fresh_path(self, name: str) -> Path:
        slug = re.sub(r"[^a-z0-9]+", "-", name.casefold()).strip("-")[:40] or "routine"
        path = self.user_dir / f"{slug}.toml"
        number = 2
        while path.exists():
            path = self.user_dir / f"{slug}-{number}.toml"
            number += 1
        return path

    def save(self, routine: Routine, path: Path | None = None) -> Routine:
        """Write *routine* (to its own file, or a new one); returns it with its source set."""
        if path is None or self.is_builtin(path):
            path = self._fresh_path(routine.name)
        text = dump_routine(routine)
        parse_routine(text, str(path))  # never write what could not be read back
        self.user_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        write_private_text(path, text)
        return replace(routine, source=path)

    def duplicate(self, routine: Routine) -> Routine:
        """A user copy to edit (of a built-in or of another user routine)."""
        return self.save(replace(routine, name=_copy_name(routine.name), source=None))

    def rename(self, routine: Routine, name: str) -> Routine:
        if self.is_builtin(routine.source):
            raise PermissionError("built-in routines cannot be renamed; duplicate it first")
        return self.save(replace(routine, name=name), routine.source)

    def delete(self, routine: Routine) -> Deleted:
        """Move a user routine aside (undo puts it back)."""
        path = routine.source
        if path is None or self.is_builtin(path):
            raise PermissionError("built-in routines cannot be deleted")
        self.trash_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        kept = self.trash_dir / f"{time.strftime('%Y%m%d-%H%M%S')}-{path.name}"
        shutil.move(path, kept)
        return Deleted(path, kept)

    def undo_delete(self, deleted: Deleted) -> Path:
        target = (
            deleted.original
            if not deleted.original.exists()
            else self._fresh_path(deleted.original.stem)
        )
        shutil.move(deleted.kept, target)
        return target

    def import_file(self, source: Path) -> Routine:
        """Copy a routine file into the library after checking it; raises RoutineError."""
        routine = load_routine(source)
        return self.save(replace(routine, source=None))

    def export(self, routine: Routine, destination: Path) -> None:
        try:
            write_private_text(destination, dump_routine(routine))
        except OSError as exc:
            raise RoutineError(
                [
                    Problem(
                        str(destination),
                        said("FileProblem", "cannot be written: {reason}").using(
                            reason=exc.strerror or str(exc)
                        ),
                    )
                ]
            ) from None


def _copy_name(name: str) -> str:
    base = re.sub(r" \(my copy(?: \d+)?\)$", "", name)
    return f"{base} (my copy)"[:80]
