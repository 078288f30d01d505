"""Load and save the evening plan file; a broken file is kept, never silently overwritten."""

from __future__ import annotations

import os
import time
from pathlib import Path

from coach.adapters.atomic import write_private_text
from coach.core.checklist_format import PlanFileError, dump_plan, parse_plan
from coach.core.evening import DEFAULT_ITEMS, Bedtimes, Item
from coach.core.problems import Problem


class PlanStore:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._broken = False

    def load(self) -> tuple[Bedtimes, tuple[Item, ...], list[Problem]]:
        try:
            text = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return Bedtimes(), DEFAULT_ITEMS, []
        except (OSError, UnicodeDecodeError) as exc:
            self._broken = True
            return (
                Bedtimes(),
                DEFAULT_ITEMS,
                [Problem(str(self.path), f"cannot be read ({exc}); using the default plan")],
            )
        try:
            bedtimes, items = parse_plan(text, str(self.path))
        except PlanFileError as exc:
            self._broken = True
            return Bedtimes(), DEFAULT_ITEMS, exc.problems
        return bedtimes, items, []

    def save(self, bedtimes: Bedtimes, items: tuple[Item, ...]) -> None:
        if self._broken and self.path.exists():
            # Keep what the user had: the broken file moves aside, it is not lost.
            os.replace(
                self.path,
                self.path.with_name(f"{self.path.name}.broken-{time.strftime('%Y%m%d-%H%M%S')}"),
            )
            self._broken = False
        write_private_text(self.path, dump_plan(bedtimes, items))
