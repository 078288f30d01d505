"""Load and save the evening plan file; a broken file is moved aside, never overwritten."""

from __future__ import annotations

import os
import time
from pathlib import Path

from coach.adapters.atomic import write_private_text
from coach.core.checklist_format import PlanFileError, dump_plan, parse_plan
from coach.core.evening import DEFAULT_ITEMS, Bedtimes, Item
from coach.core.files import read_small_file
from coach.core.problems import Problem
from coach.core.words import said


class PlanStore:
    def __init__(self, path: Path) -> None:
        self.path = path

    def _move_aside(self, problems: list[Problem]) -> list[Problem]:
        kept = self.path.with_name(f"{self.path.name}.broken-{time.strftime('%Y%m%d-%H%M%S')}")
        try:
            os.replace(self.path, kept)
        except OSError:
            return problems
        return [
            *problems,
            Problem(
                str(self.path),
                said(
                    "FileProblem", "the default plan is used; your old file is kept as {kept}"
                ).using(kept=str(kept)),
            ),
        ]

    def load(self, move_aside: bool = True) -> tuple[Bedtimes, tuple[Item, ...], list[Problem]]:
        """The plan, or the default one with the reasons.  A damaged file (not UTF-8, not
        a valid plan) is moved aside unless *move_aside* is False (print commands change
        nothing); one that cannot be read now (a FIFO, no permission) stays where it is."""
        try:
            text = read_small_file(self.path).decode("utf-8")
        except FileNotFoundError:
            return Bedtimes(), DEFAULT_ITEMS, []
        except OSError as exc:
            why = exc.strerror or str(exc)
            return (
                Bedtimes(),
                DEFAULT_ITEMS,
                [
                    Problem(
                        str(self.path),
                        said(
                            "FileProblem", "cannot be read ({reason}); the default plan is used"
                        ).using(reason=why),
                    )
                ],
            )
        except UnicodeDecodeError as exc:
            problems = [
                Problem(
                    str(self.path),
                    said("FileProblem", "is not UTF-8 text ({reason})").using(reason=exc.reason),
                )
            ]
        else:
            try:
                bedtimes, items = parse_plan(text, str(self.path))
            except PlanFileError as exc:
                problems = list(exc.problems)
            else:
                return bedtimes, items, []
        if not move_aside:
            return (
                Bedtimes(),
                DEFAULT_ITEMS,
                [
                    *problems,
                    Problem(
                        str(self.path),
                        said("FileProblem", "the default plan is used until the file is mended"),
                    ),
                ],
            )
        return Bedtimes(), DEFAULT_ITEMS, self._move_aside(problems)

    def save(self, bedtimes: Bedtimes, items: tuple[Item, ...]) -> None:
        write_private_text(self.path, dump_plan(bedtimes, items))
