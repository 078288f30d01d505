"""Pauses written into prompts: "..." (or "…") and line breaks mean a real silence.

A calm script wants a second or so where it says "...", longer than most voices
pause by themselves; engines that cannot be told (the natural voice) speak the
pieces apart and the silence is put in between.
"""

from __future__ import annotations

import re

#: Silence for a written pause, in seconds (at the default bedtime pace).
PAUSE_SECONDS = 1.2

_PAUSE = re.compile(r"\s*(?:\.{3,}|…|\n+)\s*")


def split_pauses(text: str) -> list[str]:
    """The spoken pieces of *text*, in order; a pause stands between each two.

    A piece keeps an ending that tells the voice how to say it: "Breathe in..." is
    spoken as "Breathe in." and then the pause.
    """
    pieces = []
    for raw in _PAUSE.split(text):
        piece = raw.strip()
        if not piece:
            continue
        if piece[-1] not in ".!?;:,":
            piece += "."
        pieces.append(piece)
    return pieces
