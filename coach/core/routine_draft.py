"""A routine being edited: a plain document with undo and redo, checked after every edit."""

from __future__ import annotations

import copy
from typing import Any

from coach.core.problems import Problem
from coach.core.routine import Routine
from coach.core.routine_edit import document_duration, scale_document
from coach.core.routine_format import routine_document, validate_document

UNDO_LIMIT = 200
NEW_STEP = {"area": "right_hand", "say": "Let your hand rest.", "relax": 20}


class RoutineDraft:
    """Holds the document, its history and its problems; knows nothing of widgets."""

    def __init__(self, routine: Routine) -> None:
        self.source = routine.source
        self.doc: dict[str, Any] = routine_document(routine)
        self._saved = copy.deepcopy(self.doc)
        self._undo: list[tuple[dict[str, Any], str | None]] = []
        self._redo: list[dict[str, Any]] = []
        self.routine: Routine | None = routine
        self.problems: list[Problem] = []

    # -- state --------------------------------------------------------------
    @property
    def dirty(self) -> bool:
        return self.doc != self._saved

    @property
    def duration(self) -> float:
        return document_duration(self.doc)

    @property
    def steps(self) -> list[dict[str, Any]]:
        return self.doc.setdefault("steps", [])

    def can_undo(self) -> bool:
        return bool(self._undo)

    def can_redo(self) -> bool:
        return bool(self._redo)

    def mark_saved(self, routine: Routine) -> None:
        self.source = routine.source
        self._saved = copy.deepcopy(self.doc)

    # -- edits ----------------------------------------------------------------
    def _change(self, merge: str | None = None) -> None:
        """Record the state before an edit; edits with the same *merge* key coalesce."""
        if merge is not None and self._undo and self._undo[-1][1] == merge:
            self._redo.clear()
            return
        self._undo.append((copy.deepcopy(self.doc), merge))
        del self._undo[:-UNDO_LIMIT]
        self._redo.clear()

    def _checked(self) -> None:
        self.routine, self.problems = validate_document(self.doc)

    def set(self, path: tuple[str | int, ...], value: Any) -> None:
        """Set the field at *path* (``("steps", 2, "relax")``); ``None`` removes it."""
        target: Any = self.doc
        for key in path[:-1]:
            if isinstance(key, str) and key not in target:
                target[key] = {}
            target = target[key]
        last = path[-1]
        current = target.get(last) if isinstance(target, dict) else target[last]
        if current == value:
            return
        self._change(merge=repr(path))
        if value is None and isinstance(target, dict):
            target.pop(last, None)
        else:
            target[last] = value
        self._checked()

    def insert_step(self, index: int, step: dict[str, Any] | None = None) -> int:
        self._change()
        index = max(0, min(index, len(self.steps)))
        self.steps.insert(index, copy.deepcopy(step or NEW_STEP))
        self._checked()
        return index

    def duplicate_step(self, index: int) -> int:
        return self.insert_step(index + 1, self.steps[index])

    def remove_step(self, index: int) -> None:
        self._change()
        del self.steps[index]
        self._checked()

    def move_step(self, index: int, to: int) -> None:
        if index == to or not 0 <= to < len(self.steps):
            return
        self._change()
        self.steps.insert(to, self.steps.pop(index))
        self._checked()

    def scale_to(self, seconds: float) -> float:
        """Fit the routine to *seconds* (tension holds kept); how long it lasts now."""
        self._change()
        self.doc = scale_document(self.doc, seconds)
        self._checked()
        return document_duration(self.doc)

    def undo(self) -> bool:
        if not self._undo:
            return False
        self._redo.append(copy.deepcopy(self.doc))
        self.doc = self._undo.pop()[0]
        self._checked()
        return True

    def redo(self) -> bool:
        if not self._redo:
            return False
        self._undo.append((copy.deepcopy(self.doc), None))
        self.doc = self._redo.pop()
        self._checked()
        return True

    def problems_for(self, prefix: str) -> list[Problem]:
        """Problems whose field is *prefix* or inside it (``steps[3]`` covers its fields)."""
        return [
            p
            for p in self.problems
            if p.field
            and (
                p.field == prefix
                or p.field.startswith(prefix + ".")
                or p.field.startswith(prefix + "[")
            )
        ]
