"""A step's extra words while resting, as the editor shows them: one "seconds: words" line
each (``12: Let the warmth spread``), read back into the routine's prompts."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

#: ``seconds: words`` (a comma works too, as people type it).
PROMPT_LINE = re.compile(r"^\s*([0-9]+(?:\.[0-9]+)?)\s*[:,]\s*(.+?)\s*$")


def parse_prompt_lines(text: str) -> tuple[list[dict[str, Any]], list[int]]:
    """The prompts in *text* (``{"at": seconds, "say": words}``), and the numbers of the
    lines that are not "seconds: words" (blank lines are skipped)."""
    prompts: list[dict[str, Any]] = []
    bad: list[int] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        match = PROMPT_LINE.match(line)
        if match is None:
            bad.append(number)
            continue
        prompts.append({"at": float(match.group(1)), "say": match.group(2)})
    return prompts, bad


def format_prompt_lines(prompts: Iterable[object]) -> str:
    """The lines the editor shows for a step's prompts (entries that are not tables are
    left out: the routine's checks report them)."""
    return "\n".join(
        f"{seconds_text(p.get('at'))}: {p.get('say', '')}" for p in prompts if isinstance(p, dict)
    )


def seconds_text(value: object) -> str:
    """``12`` for 12.0, ``2.5`` for 2.5; 0 for anything that is not a number."""
    number = float(value) if isinstance(value, int | float) and not isinstance(value, bool) else 0.0
    return str(int(number)) if number.is_integer() else str(number)
