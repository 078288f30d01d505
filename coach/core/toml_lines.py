"""Find the line a TOML key sits on, so error messages can point at it.

``tomllib`` does not report positions; this scans the text for table headers
and ``key =`` lines.  It handles the shapes routine files use (top-level keys,
``[table]``, ``[[array]]`` and ``[[array.sub]]``) and falls back to the
nearest enclosing header, or ``None``.
"""

from __future__ import annotations

import re

_HEADER = re.compile(r"^\s*(\[\[?)\s*([A-Za-z0-9_.\-\" ]+?)\s*\]\]?\s*(#.*)?$")
_KEY = re.compile(r"^\s*([A-Za-z0-9_\-]+|\"[^\"]*\")\s*=")


class LineIndex:
    """Line numbers of headers and keys in one TOML document."""

    def __init__(self, text: str) -> None:
        # Each section: (header name, is_array, header line, {key: line})
        self._sections: list[tuple[str, bool, int, dict[str, int]]] = [("", False, 0, {})]
        for number, line in enumerate(text.splitlines(), start=1):
            header = _HEADER.match(line)
            if header:
                name = header.group(2).replace('"', "").replace(" ", "")
                self._sections.append((name, header.group(1) == "[[", number, {}))
                continue
            key = _KEY.match(line)
            if key:
                self._sections[-1][3].setdefault(key.group(1).strip('"'), number)

    def _nth_array(self, name: str, index: int, after: int = 0, before: int = 10**9) -> int | None:
        seen = 0
        for section_name, is_array, line, _keys in self._sections:
            if is_array and section_name == name and after < line < before:
                if seen == index:
                    return line
                seen += 1
        return None

    def _section_end(self, start_line: int, prefix: str) -> int:
        """First header after *start_line* that is not inside *prefix*."""
        for name, _is_array, line, _keys in self._sections:
            if line > start_line and not name.startswith(prefix + "."):
                return line
        return 10**9

    def _key_in(self, header_line: int, key: str) -> int | None:
        for _name, _is_array, line, keys in self._sections:
            if line == header_line:
                return keys.get(key)
        return None

    def find(self, path: tuple[str | int, ...]) -> int | None:
        """Line of the key at *path*, e.g. ``("steps", 2, "relax")``; else best guess."""
        if not path:
            return None
        if len(path) == 1:
            key = str(path[0])
            top = self._key_in(0, key)
            if top is not None:
                return top
            return next((ln for name, _a, ln, _k in self._sections if name == key), None)
        table, rest = str(path[0]), path[1:]
        if isinstance(rest[0], int):
            header = self._nth_array(table, rest[0])
            if header is None:
                return self._key_in(0, table)
            if len(rest) == 1:
                return header
            if len(rest) >= 3 and isinstance(rest[2], int):
                sub = f"{table}.{rest[1]}"
                end = self._section_end(header, table)
                sub_header = self._nth_array(sub, rest[2], after=header, before=end)
                if sub_header is None:
                    return self._key_in(header, str(rest[1])) or header
                if len(rest) == 3:
                    return sub_header
                return self._key_in(sub_header, str(rest[3])) or sub_header
            return self._key_in(header, str(rest[1])) or header
        for name, is_array, line, keys in self._sections:
            if name == table and not is_array:
                return keys.get(str(rest[0]), line)
        return self._key_in(0, table)
