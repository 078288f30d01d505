"""Text from files and people: no control characters (they rewrite terminals, confuse
screen readers and hide words), and a safe form for printing to a terminal."""

from __future__ import annotations

import unicodedata

from coach.core.words import Said, said

#: Where a line break means a pause in the words, it is allowed (and a tab as space).
LINE_BREAKS = "\n\t"


def first_control_character(text: str, allow: str = "") -> tuple[int, str] | None:
    """The position and character of the first control character not in *allow*."""
    plain = text
    for char in allow:
        plain = plain.replace(char, "")
    if plain.isprintable():  # no Cc or Cf character at all (the usual case)
        return None
    for index, char in enumerate(text):
        if char in allow:
            continue
        if unicodedata.category(char) in ("Cc", "Cf") and char not in "\u200d\u200c":
            return index, char
    return None


def describe_control(text: str, allow: str = "") -> Said | None:
    """Why *text* is refused ("has a control character (U+001B) after 'Rose'"), or None."""
    found = first_control_character(text, allow)
    if found is None:
        return None
    index, char = found
    before = text[max(0, index - 12) : index].strip()
    code = f"U+{ord(char):04X}"
    if before:
        return said(
            "FileProblem", "has a control character ({code}) after “{before}”; write plain text"
        ).using(code=code, before=for_terminal(before))
    return said(
        "FileProblem", "has a control character ({code}) at the start; write plain text"
    ).using(code=code)


def for_terminal(text: str, allow: str = "") -> str:
    """*text* with every control character (but those in *allow*) shown as an escape,
    so printing it can never move the cursor, retitle the window or clear the screen."""
    out = []
    for char in text:
        if char in allow:
            out.append(char)
        elif unicodedata.category(char) in ("Cc", "Cf") and char not in "\u200d\u200c":
            out.append(char.encode("unicode_escape").decode("ascii"))
        else:
            out.append(char)
    return "".join(out)
